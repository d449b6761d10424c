//! Dataset formats: golden files shaped like each tool's published examples,
//! round trips through every format, the unicode corpus (ZWJ emoji, CJK,
//! RTL, combining marks, CRLF) with offsets checked by slicing in each
//! format's unit, bad rows reported with their location, and no panic on
//! garbage.

use std::collections::BTreeSet;
use std::io::Read;
use std::ops::Range;
use std::path::Path;

use article_annotator::domain::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId,
};
use article_annotator::domain::corpus::Record;
use article_annotator::domain::document::Document;
use article_annotator::domain::formats::{
    detect, export, import, Format, ImportReport, InputFile, OutputFile,
};
use proptest::prelude::*;
use serde_json::Value;

use crate::fixtures::parse;
use crate::properties::{op, text, to_edit, Op};
use article_annotator::domain::session::Session;

// ---------------------------------------------------------------- helpers

fn golden(format: &str, name: &str) -> InputFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format)
        .join(name);
    InputFile {
        name: name.to_owned(),
        bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

fn input(out: &OutputFile) -> InputFile {
    InputFile {
        name: out.name.clone(),
        bytes: out.bytes.clone(),
    }
}

fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

/// What a record says, independent of ids and colours: each quote as
/// (text, kind, speaker name, cue text), each mention as (text, speaker).
/// A quote as (range, text, kind, speaker name, cue text).
type QuoteSummary = (
    Range<usize>,
    String,
    QuoteKind,
    Option<String>,
    Option<String>,
);

#[derive(Debug, PartialEq, Eq)]
struct Summary {
    id: String,
    text: String,
    quotes: Vec<QuoteSummary>,
    mentions: Vec<(Range<usize>, String, String)>,
}

fn summary(r: &Record) -> Summary {
    let text = &r.document.text;
    let ann = &r.annotations;
    let name = |id: SpeakerId| ann.speaker(id).unwrap().name.clone();
    Summary {
        id: r.document.id.clone(),
        text: text.clone(),
        quotes: ann
            .quotes
            .iter()
            .map(|q| {
                (
                    q.range.clone(),
                    text[q.range.clone()].to_owned(),
                    q.kind,
                    q.speaker.map(name),
                    q.cue.clone().map(|c| text[c].to_owned()),
                )
            })
            .collect(),
        mentions: ann
            .mentions
            .iter()
            .map(|m| {
                (
                    m.range.clone(),
                    text[m.range.clone()].to_owned(),
                    name(m.speaker),
                )
            })
            .collect(),
    }
}

fn quote_texts(r: &Record) -> Vec<&str> {
    let text = &r.document.text;
    r.annotations
        .quotes
        .iter()
        .map(|q| &text[q.range.clone()])
        .collect()
}

fn problems_at(report: &ImportReport) -> Vec<String> {
    report.problems.iter().map(|p| p.location.clone()).collect()
}

fn has_problem(report: &ImportReport, location: &str, words: &str) -> bool {
    report
        .problems
        .iter()
        .any(|p| p.location == location && p.message.contains(words))
}

// ---------------------------------------------------------------- corpus

/// Spans, in fixture order: 0 mention Zoë, 1 quote, 2 cue; 3 quote (CJK,
/// ZWJ), 4 cue, 5 mention Zoë; 6 quote over a line break, 7 cue, 8 mention
/// דוד (RTL); 9 quote by a speaker never mentioned; 10 unattributed quote.
const UNICODE: &str = "Ünïcödé 日本 👩‍👩‍👧\n\n\
👩‍👩‍👧 ⟦Zoë⟧ said: ⟦“e\u{301}mojis 🇺🇦 שלום ok”⟧ — ⟦said⟧ she.\n\n\
⟦“日本語の引用 👩‍👩‍👧”⟧, ⟦told⟧ ⟦Zoë⟧.\n\n\
A line\n⟦“spanning 👩‍👩‍👧\nlines, = + - @”⟧ was ⟦reported⟧ by ⟦דוד⟧.\n\n\
⟦-Nobody named \"here\", said this⟧.\n\n⟦Orphan quote e\u{301}⟧";

fn unicode_record() -> Record {
    let (text, s) = parse(UNICODE);
    let document = Document {
        id: "doc-ünï/1".to_owned(),
        ..Document::from_text(&text)
    };
    let mut ann = Annotations::default();
    let speaker = |id, name: &str| Speaker {
        id: SpeakerId(id),
        name: name.to_owned(),
        aliases: vec![],
        color: 0,
    };
    ann.speakers = vec![
        speaker(1, "Zoë"),
        speaker(2, "דוד"),
        speaker(3, "Ghost Writer"),
    ];
    for (id, span, who) in [(10, 0, 1), (11, 5, 1), (12, 8, 2)] {
        ann.put_mention(Mention {
            id: MentionId(id),
            range: s[span].clone(),
            speaker: SpeakerId(who),
        });
    }
    for (id, span, kind, who, cue) in [
        (20, 1, QuoteKind::Direct, Some(1), Some(2)),
        (21, 3, QuoteKind::Indirect, Some(1), Some(4)),
        (22, 6, QuoteKind::Mixed, Some(2), Some(7)),
        (23, 9, QuoteKind::Direct, Some(3), None),
        (24, 10, QuoteKind::Direct, None, None),
    ] {
        ann.put_quote(Quote {
            id: QuoteId(id),
            range: s[span].clone(),
            kind,
            speaker: who.map(SpeakerId),
            cue: cue.map(|c: usize| s[c].clone()),
        });
    }
    Record {
        document,
        annotations: ann,
        annotator: None,
    }
}

fn plain_record() -> Record {
    let (text, s) = parse("Plain title\n\n⟦“Hello,”⟧ ⟦said⟧ ⟦Ann Lee⟧.");
    let mut ann = Annotations::default();
    ann.speakers.push(Speaker {
        id: SpeakerId(1),
        name: "Ann Lee".to_owned(),
        aliases: vec![],
        color: 3,
    });
    ann.put_mention(Mention {
        id: MentionId(2),
        range: s[2].clone(),
        speaker: SpeakerId(1),
    });
    ann.put_quote(Quote {
        id: QuoteId(3),
        range: s[0].clone(),
        kind: QuoteKind::Direct,
        speaker: Some(SpeakerId(1)),
        cue: Some(s[1].clone()),
    });
    Record {
        document: Document {
            id: "plain-2".to_owned(),
            ..Document::from_text(&text)
        },
        annotations: ann,
        annotator: None,
    }
}

fn corpus() -> Vec<Record> {
    vec![unicode_record(), plain_record()]
}

fn round_trip(format: Format) -> (Vec<Record>, ImportReport) {
    let records = corpus();
    let files: Vec<InputFile> = export(format, &records)
        .unwrap()
        .iter()
        .map(input)
        .collect();
    assert_eq!(detect(&files), Some(format), "detect {format:?}");
    (records, import(format, &files))
}

// ------------------------------------------------------------ round trips

#[test]
fn native_and_jsonl_round_trip_everything() {
    for format in [Format::Native, Format::Jsonl] {
        let (records, report) = round_trip(format);
        assert!(
            report.problems.is_empty(),
            "{format:?}: {:?}",
            report.problems
        );
        assert_eq!(report.records.len(), 2);
        for (a, b) in records.iter().zip(&report.records) {
            assert_eq!(summary(a), summary(b), "{format:?}");
            assert_eq!(a.document, b.document);
            assert_eq!(a.annotations.speakers.len(), b.annotations.speakers.len());
        }
    }
}

#[test]
fn span_formats_round_trip_quotes_mentions_speakers_and_attributions() {
    for format in [Format::LabelStudio, Format::Doccano, Format::Brat] {
        let (records, report) = round_trip(format);
        assert!(
            report.problems.is_empty(),
            "{format:?}: {:?}",
            report.problems
        );
        assert_eq!(report.records.len(), 2, "{format:?}");
        for (a, b) in records.iter().zip(&report.records) {
            let (sa, mut sb) = (summary(a), summary(b));
            if format == Format::Brat {
                // brat names files after ids: "/" cannot be in a file name.
                assert_eq!(sb.id, sa.id.replace('/', "_"));
                sb.id = sa.id.clone();
            }
            assert_eq!(sa, sb, "{format:?}");
            assert_eq!(a.document.title, b.document.title);
            let names = |r: &Record| -> BTreeSet<String> {
                r.annotations
                    .speakers
                    .iter()
                    .map(|s| s.name.clone())
                    .collect()
            };
            assert_eq!(names(a), names(b), "{format:?}");
        }
    }
}

#[test]
fn plain_rows_round_trip_texts_ids_and_titles() {
    let (records, report) = round_trip(Format::PlainRows);
    assert!(report.problems.is_empty());
    for (a, b) in records.iter().zip(&report.records) {
        assert_eq!(a.document, b.document);
        assert_eq!(b.annotations, Annotations::default());
    }
}

#[test]
fn export_only_formats_refuse_import_with_a_reason() {
    for format in [Format::Csv, Format::WebAnnotation] {
        let files: Vec<InputFile> = export(format, &corpus())
            .unwrap()
            .iter()
            .map(input)
            .collect();
        let report = import(format, &files);
        assert!(report.records.is_empty());
        assert!(report.problems[0].message.contains("export only"));
    }
}

// ------------------------------------------------ offsets in each unit

#[test]
fn doccano_offsets_are_utf16_units() {
    let out = export(Format::Doccano, &corpus()).unwrap();
    let text = String::from_utf8(out[0].bytes.clone()).unwrap();
    let line: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let doc = line["text"].as_str().unwrap();
    let r = unicode_record();
    let expected: BTreeSet<String> = quote_texts(&r)
        .into_iter()
        .map(str::to_owned)
        .chain(
            r.annotations
                .mentions
                .iter()
                .map(|m| doc[m.range.clone()].to_owned()),
        )
        .chain(
            r.annotations
                .quotes
                .iter()
                .filter_map(|q| q.cue.clone())
                .map(|c| doc[c].to_owned()),
        )
        .collect();
    let mut got = BTreeSet::new();
    let mut differs_from_code_points = false;
    for e in line["entities"].as_array().unwrap() {
        let (s, e) = (
            e["start_offset"].as_u64().unwrap() as usize,
            e["end_offset"].as_u64().unwrap() as usize,
        );
        let slice = utf16_slice(doc, s, e);
        differs_from_code_points |=
            s > doc.chars().count() || cp_slice(doc, s, e.min(doc.chars().count())) != slice;
        got.insert(slice);
    }
    assert_eq!(got, expected);
    assert!(
        differs_from_code_points,
        "the corpus must tell the units apart"
    );
}

#[test]
fn label_studio_offsets_are_code_points_and_config_matches() {
    let out = export(Format::LabelStudio, &corpus()).unwrap();
    assert_eq!(out.len(), 2);
    assert_eq!(out[1].name, "label-studio-config.xml");
    let config = String::from_utf8(out[1].bytes.clone()).unwrap();
    for needle in [
        "<Labels name=\"label\" toName=\"text\">",
        "<Label value=\"Quote\"",
        "<Label value=\"Speaker\"",
        "<Label value=\"Cue\"",
        "<Text name=\"text\" value=\"$text\"/>",
        "<Relation value=\"said_by\"/>",
        "perRegion=\"true\"",
    ] {
        assert!(config.contains(needle), "{needle}");
    }
    let tasks: Value = serde_json::from_slice(&out[0].bytes).unwrap();
    let task = &tasks[0];
    let doc = task["data"]["text"].as_str().unwrap();
    let mut regions = 0;
    let mut relations = 0;
    for r in task["annotations"][0]["result"].as_array().unwrap() {
        match r["type"].as_str().unwrap() {
            "labels" => {
                regions += 1;
                let v = &r["value"];
                let (s, e) = (
                    v["start"].as_u64().unwrap() as usize,
                    v["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(cp_slice(doc, s, e), v["text"].as_str().unwrap());
            }
            "relation" => {
                relations += 1;
                assert_eq!(r["direction"], "right");
            }
            "choices" => {}
            other => panic!("unexpected result type {other}"),
        }
    }
    assert_eq!(regions, 11);
    // said_by × 3 (the never-mentioned speaker is kept in meta), cue × 3.
    assert_eq!(relations, 6);
    let ghost = task["annotations"][0]["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["meta"]["text"][0] == "Ghost Writer")
        .expect("the never-mentioned speaker is kept in the quote's meta");
    assert_eq!(ghost["value"]["labels"][0], "Quote");
}

fn unzip(file: &OutputFile) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&file.bytes[..])).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut s = String::new();
            f.read_to_string(&mut s).unwrap();
            (f.name().to_owned(), s)
        })
        .collect()
}

#[test]
fn brat_offsets_are_code_points_and_multiline_spans_are_fragments() {
    let out = export(Format::Brat, &corpus()).unwrap();
    let files = unzip(&out[0]);
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "annotation.conf",
            "doc-ünï_1.txt",
            "doc-ünï_1.ann",
            "plain-2.txt",
            "plain-2.ann"
        ]
    );
    let (txt, ann) = (&files[1].1, &files[2].1);
    let mut fragmented = false;
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let parts: Vec<&str> = line.split('\t').collect();
        let offsets = parts[1].split_once(' ').unwrap().1;
        let pieces: Vec<String> = offsets
            .split(';')
            .map(|f| {
                let (s, e) = f.split_once(' ').unwrap();
                cp_slice(txt, s.parse().unwrap(), e.parse().unwrap())
            })
            .collect();
        fragmented |= pieces.len() > 1;
        assert_eq!(pieces.join(" "), parts[2], "{line}");
    }
    assert!(
        fragmented,
        "the quote over a line break is written as fragments"
    );
    assert!(ann.contains("A3\tKind T"), "{ann}");
    assert!(ann.contains("AnnotatorNotes") && ann.contains("\tGhost Writer\n"));
    assert!(ann.contains("\tSaidBy Arg1:T") && ann.contains("\tHasCue Arg1:T"));
}

#[test]
fn web_annotation_selectors_are_code_points_with_quote_context() {
    let out = export(Format::WebAnnotation, &corpus()).unwrap();
    let v: Value = serde_json::from_slice(&out[0].bytes).unwrap();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
    let doc = &unicode_record().document.text;
    let mut linking = 0;
    for item in items {
        if item["motivation"] == "linking" {
            linking += 1;
            continue;
        }
        if !item["target"]["source"]
            .as_str()
            .unwrap()
            .ends_with("doc-%C3%BC%C3%AF%2F1")
        {
            continue;
        }
        let sel = item["target"]["selector"].as_array().unwrap();
        assert_eq!(sel[0]["type"], "TextQuoteSelector");
        let (s, e) = (
            sel[1]["start"].as_u64().unwrap() as usize,
            sel[1]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(cp_slice(doc, s, e), sel[0]["exact"].as_str().unwrap());
        let prefix = sel[0]["prefix"].as_str().unwrap();
        assert!(cp_slice(doc, 0, s).ends_with(prefix));
        let suffix = sel[0]["suffix"].as_str().unwrap();
        assert!(doc.chars().skip(e).collect::<String>().starts_with(suffix));
    }
    // 4 + 1 attributions, 3 + 1 cues.
    assert_eq!(linking, 9);
    let ghost = items
        .iter()
        .find(|i| i["motivation"] == "linking" && i["body"][1]["value"] == "Ghost Writer")
        .unwrap();
    assert_eq!(
        ghost["target"].as_array().unwrap().len(),
        1,
        "no mention to link"
    );
}

#[test]
fn csv_is_excel_ready_code_points_and_formula_guarded() {
    let out = export(Format::Csv, &corpus()).unwrap();
    let bytes = &out[0].bytes;
    assert!(bytes
        .starts_with("\u{feff}document_id,title,quote,speaker,kind,cue,start,end\r\n".as_bytes()));
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 6);
    let doc = &unicode_record().document.text;
    for row in rows.iter().filter(|r| &r[0] == "doc-ünï/1") {
        let (s, e) = (row[6].parse().unwrap(), row[7].parse().unwrap());
        let quote = cp_slice(doc, s, e);
        let cell = &row[2];
        if quote.starts_with('-') {
            assert_eq!(cell, format!("'{quote}"), "formula guard");
        } else {
            assert_eq!(cell, quote);
        }
    }
    let ghost = rows.iter().find(|r| &r[3] == "Ghost Writer").unwrap();
    assert_eq!(&ghost[2], "'-Nobody named \"here\", said this");
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.contains("\"'-Nobody named \"\"here\"\", said this\""));
    // The quote over a line break keeps its LF inside a quoted cell, and rows end in CRLF.
    assert!(text.contains("\"“spanning 👩‍👩‍👧\nlines, = + - @”\""));
    assert_eq!(text.matches("\r\n").count(), 7);
}

// ---------------------------------------------------------- golden files

#[test]
fn label_studio_golden_tasks() {
    let report = import(Format::LabelStudio, &[golden("label-studio", "tasks.json")]);
    assert_eq!(report.records.len(), 2, "{:?}", report.problems);
    let harbour = &report.records[0];
    assert_eq!(harbour.document.id, "1");
    assert_eq!(harbour.document.title, "Harbour to reopen");
    let s = summary(harbour);
    assert_eq!(
        s.quotes
            .iter()
            .map(|q| (q.1.as_str(), q.3.as_deref(), q.4.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (
                "“We open the gates on Monday.”",
                Some("Ana Silva"),
                Some("said")
            ),
            ("“It is about time,”", Some("Tomás Reyes"), None),
        ]
    );
    // CRLF in the task's text: offsets count the CR and are shifted.
    let council = &report.records[1];
    assert_eq!(council.document.id, "2");
    assert_eq!(council.document.title, "Council vote (prediction)");
    assert!(!council.document.text.contains('\r'));
    let s = summary(council);
    assert_eq!(
        s.quotes
            .iter()
            .map(|q| (q.1.as_str(), q.2, q.3.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (
                "the budget was “final 👩‍👩‍👧 for now”",
                QuoteKind::Mixed,
                Some("The Mayor")
            ),
            ("שלום", QuoteKind::Direct, None),
        ]
    );
    assert!(has_problem(
        &report,
        "task 2 result 4",
        "splits a character"
    ));
    assert!(has_problem(
        &report,
        "task 2 result 5",
        "unknown label \"Organisation\""
    ));
    assert!(has_problem(&report, "task 3", "no \"text\""));
    assert_eq!(report.problems.len(), 3, "{:?}", report.problems);
}

#[test]
fn doccano_golden_export_counts_utf16_units() {
    let report = import(Format::Doccano, &[golden("doccano", "export.jsonl")]);
    assert_eq!(report.records.len(), 3, "{:?}", report.problems);
    let storm = summary(&report.records[0]);
    assert_eq!(report.records[0].document.id, "42");
    assert_eq!(
        storm
            .quotes
            .iter()
            .map(|q| (q.1.as_str(), q.3.as_deref(), q.4.as_deref()))
            .collect::<Vec<_>>(),
        vec![("“Stay indoors tonight,”", Some("Mei Chen"), Some("said"))]
    );
    assert_eq!(storm.mentions[0].1, "Mei Chen");
    // The older "label": [[start, end, label]] shape, with CRLF text.
    let note = &report.records[1];
    assert_eq!(quote_texts(note), ["“Ça va 🇫🇷?”"]);
    assert!(has_problem(&report, "line 3", "not a doccano line"));
    assert!(has_problem(&report, "line 4 entity 1", "surrogate pair"));
    assert_eq!(quote_texts(&report.records[2]), ["“quote”"]);
    assert_eq!(problems_at(&report), ["line 3", "line 4 entity 1"]);
}

#[test]
fn brat_golden_standoff_files() {
    let files: Vec<InputFile> = [
        "annotation.conf",
        "bridge.txt",
        "bridge.ann",
        "rain.txt",
        "rain.ann",
    ]
    .iter()
    .map(|n| golden("brat", n))
    .collect();
    assert_eq!(detect(&files), Some(Format::Brat));
    let report = import(Format::Brat, &files);
    assert_eq!(report.records.len(), 2, "{:?}", report.problems);
    let bridge = summary(&report.records[0]);
    assert_eq!(report.records[0].document.id, "bridge");
    assert_eq!(
        bridge
            .quotes
            .iter()
            .map(|q| (q.1.as_str(), q.2, q.3.as_deref(), q.4.as_deref()))
            .collect::<Vec<_>>(),
        vec![
            (
                "Engineers found cracks",
                QuoteKind::Indirect,
                Some("City of Example"),
                Some("said")
            ),
            (
                "“We will not take risks,”",
                QuoteKind::Direct,
                Some("Mayor Olsen"),
                Some("told")
            ),
        ]
    );
    assert!(has_problem(&report, "bridge.ann line 13", "not read"));
    assert!(has_problem(
        &report,
        "bridge.ann line 14",
        "crosses a paragraph"
    ));
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    // rain.txt has CRLF; its offsets count the CRs.
    let rain = summary(&report.records[1]);
    assert_eq!(
        rain.text,
        "Rain\n\n“Bring an umbrella ☔,” said the forecaster.\n"
    );
    assert_eq!(rain.quotes[0].1, "“Bring an umbrella ☔,”");
    assert_eq!(rain.quotes[0].3.as_deref(), Some("the forecaster"));
}

#[test]
fn brat_zip_of_the_golden_files_imports_the_same() {
    let files: Vec<InputFile> = ["bridge.txt", "bridge.ann", "rain.txt", "rain.ann"]
        .iter()
        .map(|n| golden("brat", n))
        .collect();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for f in &files {
        zip.start_file(
            format!("corpus/{}", f.name),
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut zip, &f.bytes).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let zipped = InputFile {
        name: "upload.bin".to_owned(),
        bytes,
    };
    assert_eq!(detect(std::slice::from_ref(&zipped)), Some(Format::Brat));
    let a = import(Format::Brat, &[zipped]);
    let b = import(Format::Brat, &files);
    assert_eq!(
        a.records.iter().map(summary).collect::<Vec<_>>(),
        b.records.iter().map(summary).collect::<Vec<_>>()
    );
    assert!(a
        .problems
        .iter()
        .all(|p| p.location.starts_with("corpus/bridge.ann line")));
}

#[test]
fn jsonl_golden_corpus_reports_the_newer_line() {
    let file = golden("jsonl", "corpus.jsonl");
    assert_eq!(detect(std::slice::from_ref(&file)), Some(Format::Jsonl));
    let report = import(Format::Jsonl, &[file]);
    assert_eq!(report.records.len(), 2);
    assert_eq!(problems_at(&report), ["line 3"]);
    assert!(report.problems[0].message.contains("version 9"));
    let lib = &report.records[0];
    assert_eq!(lib.annotations.speakers[0].aliases, ["Dr. Obi"]);
    assert_eq!(summary(lib).quotes[0].4.as_deref(), Some("said"));
}

#[test]
fn jsonl_line_splitting_a_grapheme_is_refused_and_the_rest_imports() {
    let records = corpus();
    let good =
        String::from_utf8(export(Format::Jsonl, &records).unwrap()[0].bytes.clone()).unwrap();
    let mut bad: Value = serde_json::from_str(good.lines().next().unwrap()).unwrap();
    // End the last quote between the e and its combining acute.
    let text = bad["document"]["text"].as_str().unwrap().to_owned();
    let last = text.rfind("e\u{301}").unwrap();
    let inside = text[..last].chars().count() + 1;
    let q = bad["quotes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|q| q["text"] == "Orphan quote e\u{301}")
        .unwrap();
    let start = q["start"].as_u64().unwrap() as usize;
    q["end"] = inside.into();
    q["text"] = cp_slice(&text, start, inside).into();
    q.as_object_mut().unwrap().remove("utf16");
    let file = format!("{}\n{}", bad, good.lines().nth(1).unwrap());
    let report = import(
        Format::Jsonl,
        &[InputFile {
            name: "c.jsonl".into(),
            bytes: file.into_bytes(),
        }],
    );
    assert_eq!(report.records.len(), 1);
    assert_eq!(report.records[0].document.id, "plain-2");
    assert_eq!(problems_at(&report), ["line 1"]);
    assert!(report.problems[0].message.contains("splits a character"));
}

#[test]
fn plain_rows_golden_csv_and_jsonl() {
    let csv_file = golden("rows", "documents.csv");
    assert_eq!(
        detect(std::slice::from_ref(&csv_file)),
        Some(Format::PlainRows)
    );
    let report = import(Format::PlainRows, &[csv_file]);
    let docs: Vec<(&str, &str, &str)> = report
        .records
        .iter()
        .map(|r| {
            (
                r.document.id.as_str(),
                r.document.title.as_str(),
                r.document.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            ("r1", "First", "Line one\n\nHe said \"hi\", then left."),
            ("r2", "Untitled text 🚀", "Untitled text 🚀"),
        ]
    );
    assert_eq!(problems_at(&report), ["row 4"]);

    let jsonl = golden("rows", "documents.jsonl");
    assert_eq!(
        detect(std::slice::from_ref(&jsonl)),
        Some(Format::PlainRows)
    );
    let report = import(Format::PlainRows, &[jsonl]);
    let docs: Vec<(&str, &str)> = report
        .records
        .iter()
        .map(|r| (r.document.id.as_str(), r.document.title.as_str()))
        .collect();
    assert_eq!(docs, [("7", "Seven"), ("x", "Given")]);
    assert_eq!(problems_at(&report), ["line 2"]);
}

// ------------------------------------------- CRLF and bad spans per format

fn crlf_text() -> &'static str {
    "Title 👩‍👩‍👧\r\n\r\n“Zoë’s e\u{301} words,” said שלום.\r\nMore 日本.\r\n\r\nNext"
}

#[test]
fn crlf_source_offsets_are_shifted_in_every_span_format() {
    let raw = crlf_text();
    let quote = "“Zoë’s e\u{301} words,”";
    let more = "More 日本";
    let cp = |s: &str| {
        let i = raw.find(s).unwrap();
        (raw[..i].chars().count(), raw[..i + s.len()].chars().count())
    };
    let u16 = |s: &str| {
        let i = raw.find(s).unwrap();
        (
            raw[..i].encode_utf16().count(),
            raw[..i + s.len()].encode_utf16().count(),
        )
    };
    let (qs, qe) = cp(quote);
    let (ms, me) = cp(more);
    let ls = serde_json::json!([{"data": {"text": raw}, "annotations": [{"result": [
        {"id": "a", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": qs, "end": qe, "labels": ["Quote"]}},
        {"id": "b", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": qs, "end": me, "labels": ["Quote"]}},
        {"id": "c", "type": "labels", "from_name": "label", "to_name": "text",
         "value": {"start": ms, "end": me, "text": "More 日本", "labels": ["Quote"]}},
    ]}]}]);
    let (us, ue) = u16(quote);
    let (vs, ve) = u16(more);
    let dc = serde_json::json!({"text": raw, "entities": [
        {"id": 1, "label": "Quote", "start_offset": us, "end_offset": ue},
        {"id": 2, "label": "Quote", "start_offset": us, "end_offset": ve},
        {"id": 3, "label": "Quote", "start_offset": vs, "end_offset": ve},
    ]});
    let ann = format!(
        "T1\tQuote {qs} {qe}\t{quote}\nT2\tQuote {qs} {me}\tx\nT3\tQuote {ms} {me}\t{more}\n"
    );
    let cases = [
        (
            Format::LabelStudio,
            vec![InputFile {
                name: "t.json".into(),
                bytes: ls.to_string().into_bytes(),
            }],
            "task 1 result 2",
        ),
        (
            Format::Doccano,
            vec![InputFile {
                name: "d.jsonl".into(),
                bytes: dc.to_string().into_bytes(),
            }],
            "line 1 entity 2",
        ),
        (
            Format::Brat,
            vec![
                InputFile {
                    name: "x.txt".into(),
                    bytes: raw.as_bytes().to_vec(),
                },
                InputFile {
                    name: "x.ann".into(),
                    bytes: ann.into_bytes(),
                },
            ],
            "x.ann line 2",
        ),
    ];
    for (format, files, bad) in cases {
        let report = import(format, &files);
        assert_eq!(report.records.len(), 1, "{format:?}");
        let r = &report.records[0];
        assert_eq!(r.document.text, raw.replace("\r\n", "\n"));
        // A quote whose span has a single line break inside its paragraph is
        // fine; the first and third spans come in, the second is refused
        // only where it does not match (brat checks the text).
        let texts = quote_texts(r);
        assert!(
            texts.contains(&quote) && texts.contains(&more),
            "{format:?}: {texts:?}"
        );
        if format == Format::Brat {
            assert!(
                has_problem(&report, bad, "its text is"),
                "{:?}",
                report.problems
            );
        } else {
            assert!(
                texts.contains(&"“Zoë’s e\u{301} words,” said שלום.\nMore 日本"),
                "{format:?}"
            );
        }
    }
}

#[test]
fn bad_spans_are_reported_per_span_and_the_rest_imports() {
    let text = "Head\n\nOne “e\u{301}” 👩‍👩‍👧 two.\n\nThree.";
    let cp = |s: &str| {
        let i = text.find(s).unwrap();
        (
            text[..i].chars().count(),
            text[..i + s.len()].chars().count(),
        )
    };
    let (es, _) = cp("e\u{301}");
    let (fs, fe) = cp("👩‍👩‍👧");
    let (os, _) = cp("One");
    let (_, te) = cp("Three.");
    let n = text.chars().count();
    let region = |id: &str, s: usize, e: usize, t: Option<&str>| {
        let mut v = serde_json::json!({"id": id, "type": "labels", "from_name": "label", "to_name": "text",
            "value": {"start": s, "end": e, "labels": ["Quote"]}});
        if let Some(t) = t {
            v["value"]["text"] = t.into();
        }
        v
    };
    let tasks = serde_json::json!([
        {"data": {"text": text}, "annotations": [{"result": [
            region("ok", fs, fe, Some("👩‍👩‍👧")),
            region("accent", es, es + 1, None),
            region("zwj", fs, fs + 1, None),
            region("cross", os, te, None),
            region("range", n - 1, n + 5, None),
            region("mismatch", fs, fe, Some("nope")),
            region("empty", fs, fs, None),
            {"type": "relation", "from_id": "ok", "to_id": "ghost"},
        ]}]},
        "not a task",
        {"data": {"text": "   "}},
    ]);
    let report = import(
        Format::LabelStudio,
        &[InputFile {
            name: "t.json".into(),
            bytes: tasks.to_string().into_bytes(),
        }],
    );
    assert_eq!(report.records.len(), 1);
    assert_eq!(quote_texts(&report.records[0]), ["👩‍👩‍👧"]);
    for (loc, words) in [
        ("task 1 result 2", "splits a character"),
        ("task 1 result 3", "splits a character"),
        ("task 1 result 4", "crosses a paragraph break"),
        ("task 1 result 5", "past the end"),
        ("task 1 result 6", "its text is \"nope\""),
        ("task 1 result 7", "empty"),
        ("task 1 result 8", "ghost"),
        ("task 2", "must be an object"),
        ("task 3", "empty"),
    ] {
        assert!(
            has_problem(&report, loc, words),
            "{loc}: {:?}",
            report.problems
        );
    }
    assert_eq!(report.problems.len(), 9);
}

// ------------------------------------------------------ detection, safety

#[test]
fn detect_names_each_exported_format() {
    for format in [
        Format::Native,
        Format::Jsonl,
        Format::LabelStudio,
        Format::Doccano,
        Format::Brat,
        Format::PlainRows,
        Format::WebAnnotation,
    ] {
        let files: Vec<InputFile> = export(format, &corpus())
            .unwrap()
            .iter()
            .map(input)
            .collect();
        assert_eq!(detect(&files), Some(format), "{format:?}");
    }
    let mut ls: Vec<InputFile> = export(Format::LabelStudio, &corpus())
        .unwrap()
        .iter()
        .map(input)
        .collect();
    ls.reverse();
    assert_eq!(detect(&ls), Some(Format::LabelStudio), "config first");
    assert_eq!(detect(&[]), None);
    assert_eq!(
        detect(&[InputFile {
            name: "x.bin".into(),
            bytes: vec![0, 159, 146, 150]
        }]),
        None
    );
    for f in Format::ALL {
        assert_eq!(Format::parse(f.name()), Some(f));
    }
    assert_eq!(Format::parse("label-studio"), Some(Format::LabelStudio));
    assert_eq!(Format::parse("w3c"), Some(Format::WebAnnotation));
    assert_eq!(Format::parse("nope"), None);
}

#[test]
fn empty_corpus_exports_and_reimports_nothing() {
    for format in Format::ALL {
        let files: Vec<InputFile> = export(format, &[]).unwrap().iter().map(input).collect();
        if format.can_import() && !files.is_empty() {
            let report = import(format, &files);
            assert!(report.records.is_empty(), "{format:?}");
        }
    }
}

fn garbage() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..64),
        "[\\[\\]{}\",:0-9a-zT\t\n\r 👩\u{200d}é]{0,80}".prop_map(String::into_bytes),
        Just(br#"[{"data":{"text":"a\u00e9b"},"annotations":[{"result":[{"id":"x","type":"labels","value":{"start":1,"end":99999999999,"labels":["Quote"]}}]}]}]"#.to_vec()),
        Just(br#"{"text":"ab","entities":[{"id":1,"label":"Quote","start_offset":18446744073709551615,"end_offset":0}],"relations":[{"from_id":1,"to_id":1}]}"#.to_vec()),
        Just(b"T1\tQuote 0 5;9 2\tx\nR1\tSaidBy Arg1:T1 Arg2:T1\nA1\tKind\n#1\tAnnotatorNotes".to_vec()),
        Just(b"PK\x03\x04garbage".to_vec()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn no_import_panics_on_garbage(bytes in garbage(), name in "(x|y)\\.(json|jsonl|txt|ann|zip|csv|tsv)") {
        let files = [
            InputFile { name: name.clone(), bytes: bytes.clone() },
            InputFile { name: "y.txt".into(), bytes: b"a b c d e f".to_vec() },
        ];
        for format in Format::ALL {
            let _ = import(format, &files[..1]);
            let _ = import(format, &files);
        }
        let _ = detect(&files);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    /// Random texts (CRLF, ZWJ, flags, CJK, RTL, combining marks) annotated
    /// by random edit sequences: every span format brings quotes, kinds,
    /// cues, mentions and speaker names back.
    #[test]
    fn random_annotations_round_trip_through_every_span_format(
        text in text(),
        ops in prop::collection::vec(op(), 1..30),
    ) {
        let mut s = Session::new(Document::from_text(&text), Default::default());
        for op in &ops {
            match op {
                Op::Undo => { s.undo(); }
                Op::Redo => { s.redo(); }
                op => if let Some(e) = to_edit(&s, op) { let _ = s.apply(e); },
            }
        }
        let record = Record { document: (*s.document).clone(), annotations: s.annotations.clone(), annotator: None };
        let records = std::slice::from_ref(&record);
        for format in [Format::Jsonl, Format::LabelStudio, Format::Doccano, Format::Brat] {
            let files: Vec<InputFile> = export(format, records).unwrap().iter().map(input).collect();
            let report = import(format, &files);
            prop_assert!(report.problems.is_empty(), "{:?}: {:?}", format, report.problems);
            prop_assert_eq!(report.records.len(), 1);
            let (mut want, mut got) = (summary(&record), summary(&report.records[0]));
            if format == Format::Brat {
                // brat notes are one line: whitespace in names becomes a space.
                for s in [&mut want, &mut got] {
                    let squash = |n: &mut String| *n = n.split_whitespace().collect::<Vec<_>>().join(" ");
                    s.mentions.iter_mut().for_each(|m| squash(&mut m.2));
                    s.quotes.iter_mut().filter_map(|q| q.3.as_mut()).for_each(squash);
                }
            }
            prop_assert_eq!(want, got, "{:?}", format);
        }
    }
}

/// Label Studio is read in two stages: each task and each result on its
/// own shape first, then validated. A malformed result is a located
/// problem; the rest of the task still comes in.
#[test]
fn label_studio_reads_each_result_on_its_own_and_locates_a_malformed_one() {
    let tasks = serde_json::json!([
        {
            "data": { "text": "“Yes,” said Ana Ortiz." },
            "annotations": [{ "result": [
                { "id": "a", "type": "labels", "value": "not an object" },
                { "id": "b", "type": "labels", "value": { "start": 1, "end": 4, "labels": ["Quote"], "text": "Yes" } },
                { "id": "c", "type": "labels", "value": { "start": "7", "end": 11, "labels": ["Cue"] } },
                { "id": "d", "type": "relation", "from_id": "b", "to_id": "c", "labels": "said_by" }
            ]}]
        },
        { "data": "not an object" },
        7
    ]);
    let file = InputFile {
        name: "tasks.json".into(),
        bytes: serde_json::to_vec(&tasks).unwrap(),
    };
    let report = import(Format::LabelStudio, &[file]);
    assert_eq!(report.records.len(), 1);
    assert_eq!(quote_texts(&report.records[0]), ["Yes"]);
    assert!(
        has_problem(&report, "task 1 result 1", "shape"),
        "{:?}",
        report.problems
    );
    assert!(
        has_problem(&report, "task 1 result 3", "whole-number"),
        "{:?}",
        report.problems
    );
    assert!(
        has_problem(&report, "task 1 result 4", "shape"),
        "{:?}",
        report.problems
    );
    assert!(
        has_problem(&report, "task 2", "shape"),
        "{:?}",
        report.problems
    );
    assert!(
        has_problem(&report, "task 3", "must be an object"),
        "{:?}",
        report.problems
    );
}

/// Label Studio's own export lists predictions as bare ids and may number
/// region ids: such a task still imports from its annotation.
#[test]
fn label_studio_tasks_with_prediction_ids_and_numbered_regions_import() {
    let tasks = serde_json::json!([{
        "id": 7,
        "data": { "text": "“Yes,” said Ana Ortiz." },
        "predictions": [286],
        "annotations": [
            { "was_cancelled": true, "result": [] },
            { "id": 1 },
            { "result": [
                { "id": 11, "type": "labels", "value": { "start": 1, "end": 4, "labels": ["Quote"] } },
                { "id": 11, "type": "choices", "value": { "choices": ["indirect"] } }
            ]}
        ]
    }]);
    let file = InputFile {
        name: "export.json".into(),
        bytes: serde_json::to_vec(&tasks).unwrap(),
    };
    let report = import(Format::LabelStudio, &[file]);
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.records.len(), 1);
    let quotes = &report.records[0].annotations.quotes;
    assert_eq!(quote_texts(&report.records[0]), ["Yes"]);
    assert_eq!(quotes[0].kind.as_str(), "indirect");
}

// ---------------------------------------------------------------- reading a line at a time

/// An import read a line per step (as the page reads a long one between
/// frames) gives what a reading in one go gives, problems in place: a BOM,
/// CRLF line ends, blank and bad lines, a file that is not UTF-8 between two
/// that are.
#[test]
fn an_import_read_a_line_at_a_time_reports_what_one_read_does() {
    use article_annotator::domain::formats::ImportJob;
    let good = String::from_utf8(golden("jsonl", "corpus.jsonl").bytes).unwrap();
    let lines: Vec<&str> = good.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() >= 2, "the golden corpus has several records");
    let first = format!("\u{feff}{}\r\n\r\nnot json\r\n{}", lines[0], lines[0]);
    let files = vec![
        InputFile {
            name: "a.jsonl".into(),
            bytes: first.into_bytes(),
        },
        InputFile {
            name: "b.jsonl".into(),
            bytes: vec![b'{', 0xff, b'}', b'\n'],
        },
        InputFile {
            name: "c.jsonl".into(),
            bytes: format!("{}\n", lines[0]).into_bytes(),
        },
    ];
    let whole = import(Format::Jsonl, &files);
    let mut job = ImportJob::new(Format::Jsonl, &files);
    let mut steps = 0;
    let mut read = 0;
    while !job.step(&files, 1) {
        let (now, total) = job.progress(&files);
        assert!(
            now >= read && now <= total,
            "progress {now} of {total} after {read}"
        );
        read = now;
        steps += 1;
    }
    let total: usize = files.iter().map(|f| f.bytes.len()).sum();
    assert_eq!(job.progress(&files), (total, total));
    let stepped = job.into_report();
    assert_eq!(stepped, whole);
    assert!(steps >= 5, "one step per line: {steps}");
    assert_eq!(whole.records.len(), 3, "{:?}", whole.problems);
    let at: Vec<&str> = whole.problems.iter().map(|p| p.location.as_str()).collect();
    assert_eq!(at, ["a.jsonl line 3", "b.jsonl"], "{:?}", whole.problems);
    // Rows: a JSONL file a line at a time, a CSV file whole.
    let files = vec![
        golden("rows", "documents.jsonl"),
        golden("rows", "documents.csv"),
    ];
    let mut job = ImportJob::new(Format::PlainRows, &files);
    let mut steps = 1;
    while !job.step(&files, 1) {
        steps += 1;
    }
    let report = job.into_report();
    assert_eq!(report, import(Format::PlainRows, &files));
    let jsonl_rows = String::from_utf8(files[0].bytes.clone()).unwrap();
    assert!(steps > jsonl_rows.lines().filter(|l| !l.trim().is_empty()).count());
    assert!(report.records.len() >= 2, "{:?}", report.problems);
    // Formats read whole take one step.
    let tasks = golden("label-studio", "tasks.json");
    let files = vec![tasks];
    let mut job = ImportJob::new(Format::LabelStudio, &files);
    assert!(job.step(&files, 1));
    assert_eq!(job.into_report(), import(Format::LabelStudio, &files));
}

// ------------------------------------------------ the formats worker's side

/// What the page and the formats worker exchange reads back as it was
/// written: records (every layer's annotator kept) and reports.
#[test]
fn worker_wire_carries_records_and_reports_unchanged() {
    use article_annotator::domain::formats::{worker_wire, Problem};
    let mut records = corpus();
    records[1].annotator = Some("gold".to_owned());
    let json = worker_wire::records_to_json(&records);
    assert_eq!(worker_wire::records_from_json(&json), Ok(records.clone()));
    let report = ImportReport {
        records,
        problems: vec![Problem::new("line 3", "not JSON")],
    };
    let json = worker_wire::report_to_json(Some(Format::Doccano), &report);
    let (format, back) = worker_wire::report_from_json(&json).unwrap();
    assert_eq!((format, back), (Some(Format::Doccano), report));
    let undetected = worker_wire::report_to_json(None, &ImportReport::default());
    let (format, _) = worker_wire::report_from_json(&undetected).unwrap();
    assert_eq!(format, None);
}

/// An import's records cross in runs of about a batch's text, in order,
/// none empty, a long record alone.
#[test]
fn worker_wire_batches_cover_every_record_in_order() {
    use article_annotator::domain::formats::worker_wire::{batches, BATCH_BYTES};
    assert!(batches(&[]).is_empty());
    let mut records = Vec::new();
    for i in 0..300 {
        let mut r = plain_record();
        r.document.id = format!("d{i}");
        // Every 50th text is longer than a batch.
        let words = if i % 50 == 0 { BATCH_BYTES / 4 } else { 200 };
        r.document.text = format!("T{i}\n\n{}", "word ".repeat(words));
        r.annotations = Annotations::default();
        records.push(r);
    }
    let runs = batches(&records);
    let flat: Vec<&Record> = runs.iter().flat_map(|r| r.iter()).collect();
    assert_eq!(flat.len(), records.len());
    assert!(flat.iter().zip(&records).all(|(a, b)| std::ptr::eq(*a, b)));
    for run in &runs {
        let bytes: usize = run.iter().map(|r| r.document.text.len()).sum();
        assert!(!run.is_empty());
        assert!(
            run.len() == 1 || bytes <= BATCH_BYTES,
            "{} records, {bytes} bytes",
            run.len()
        );
    }
    assert!(runs.len() > 10, "{} runs", runs.len());
}

/// The page checks every record it is given, as every door does: a quote
/// that splits an emoji, a blank annotator, a name over its bound, another
/// version, are refused.
#[test]
fn worker_wire_checks_every_span_it_reads() {
    use article_annotator::domain::formats::worker_wire;
    let records = vec![unicode_record()];
    let json: Value = serde_json::from_str(&worker_wire::records_to_json(&records)).unwrap();
    let text = records[0].document.text.clone();
    let zwj = text
        .find('\u{200d}')
        .expect("the unicode corpus has a ZWJ sequence");
    let mut split = json.clone();
    split["records"][0]["annotations"]["quotes"][0][1] = zwj.into();
    let why = worker_wire::records_from_json(&split.to_string()).unwrap_err();
    assert!(
        why.starts_with("the record of “doc-ünï/1”: quote 20"),
        "{why}"
    );
    // Names by their bounds and rules, as every other door reads them.
    let mut blank = json.clone();
    blank["records"][0]["annotator"] = "   ".into();
    let why = worker_wire::records_from_json(&blank.to_string()).unwrap_err();
    assert!(why.contains("annotator name can't be empty"), "{why}");
    let mut long = json.clone();
    long["records"][0]["annotations"]["speakers"][0][1] = "N".repeat(100_000).into();
    let why = worker_wire::records_from_json(&long.to_string()).unwrap_err();
    assert!(why.contains("speaker"), "{why}");
    let mut newer = json.clone();
    newer["version"] = 2.into();
    let why = worker_wire::records_from_json(&newer.to_string()).unwrap_err();
    assert!(why.contains("version 2"), "{why}");
    let report =
        serde_json::json!({"version": 1, "format": "excel", "records": [], "problems": []});
    let why = worker_wire::report_from_json(&report.to_string()).unwrap_err();
    assert!(why.contains("excel"), "{why}");
}

/// A dataset import as the worker reads it: zips unpacked, the format
/// detected, the same report as reading the unpacked files, and progress
/// said in that format from 0 on; files of no known format are None with
/// what unpacking found.
#[test]
fn read_dataset_unpacks_detects_and_says_its_progress() {
    use article_annotator::domain::formats::{expand, read_dataset};
    let zipped: Vec<InputFile> = export(Format::Brat, &corpus())
        .unwrap()
        .iter()
        .map(input)
        .collect();
    assert!(zipped[0].name.ends_with(".zip"));
    let mut heard = Vec::new();
    let (format, report) = read_dataset(zipped.clone(), None, |f, read, total| {
        heard.push((f, read, total))
    });
    assert_eq!(format, Some(Format::Brat));
    assert_eq!(report, import(Format::Brat, &expand(zipped).0));
    assert_eq!(report.records.len(), 2);
    assert_eq!(heard.first(), Some(&(Format::Brat, 0, 1)));
    let lines: Vec<String> = (0..200)
        .map(|i| format!("{{\"id\": \"r{i}\", \"text\": \"Row {i}\"}}"))
        .collect();
    let rows = InputFile {
        name: "rows.jsonl".to_owned(),
        bytes: lines.join("\n").into_bytes(),
    };
    let mut heard = Vec::new();
    let (format, report) = read_dataset(vec![rows], Some(Format::PlainRows), |f, read, total| {
        heard.push((f, read, total))
    });
    assert_eq!(
        (format, report.records.len()),
        (Some(Format::PlainRows), 200)
    );
    assert!(heard.len() > 2, "said more than once: {heard:?}");
    assert!(heard
        .windows(2)
        .all(|w| w[0].1 <= w[1].1 && w[1].1 <= w[1].2));
    let broken = InputFile {
        name: "broken.zip".to_owned(),
        bytes: b"PK\x03\x04 not a zip".to_vec(),
    };
    let (format, report) = read_dataset(vec![broken], None, |_, _, _| panic!("nothing to read"));
    assert_eq!(format, None);
    assert!(
        has_problem(&report, "broken.zip", "zip"),
        "{:?}",
        report.problems
    );
}

/// "Import JSON" in the worker: the file's records, top-level layer first,
/// or none and the reason, located at the file's name.
#[test]
fn a_native_file_reads_as_its_records_or_its_reason() {
    use article_annotator::domain::formats::native;
    let file = export(Format::Native, &[plain_record()]).unwrap().remove(0);
    let report = native::import_report(&file.name, &file.bytes);
    assert_eq!(report.records, vec![plain_record()]);
    assert!(report.problems.is_empty());
    let report = native::import_report("latin.json", b"{\"title\": \"caf\xe9\"}");
    assert!(report.records.is_empty());
    assert_eq!(problems_at(&report), vec!["latin.json".to_owned()]);
    assert!(has_problem(&report, "latin.json", "not UTF-8"));
}

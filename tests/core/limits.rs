//! Input bounds (issue #9): one text limit at every door, bounded ids,
//! names and titles, exports that never panic, one unpack budget per import.

use std::collections::BTreeSet;
use std::io::Write;

use article_annotator::domain::corpus::Record;
use article_annotator::domain::document::{sha256_hex, Document};
use article_annotator::domain::formats::{expand, export, export_one, import, Format, InputFile};
use article_annotator::domain::limits::{MAX_TEXT_BYTES, MAX_UNPACKED_BYTES};

const MIB: usize = 1024 * 1024;

fn file(name: &str, bytes: impl Into<Vec<u8>>) -> InputFile {
    InputFile {
        name: name.to_owned(),
        bytes: bytes.into(),
    }
}

/// One byte over the limit, on one line: JSON and CSV need no escaping.
fn big_text() -> String {
    "a".repeat(MAX_TEXT_BYTES + 1)
}

#[test]
fn pasted_text_over_the_limit_is_refused() {
    let err = Document::from_pasted("The pasted text", &big_text()).unwrap_err();
    assert!(err.to_string().contains("32 MiB"), "{err}");
}

#[test]
fn every_importer_refuses_a_text_over_the_limit() {
    let text = big_text();
    let native = format!(
        r#"{{"format":"article-annotator","version":1,"document":{{"id":"big","title":"Big","text":"{text}","sha256":"{}"}},"speakers":[],"mentions":[],"quotes":[]}}"#,
        sha256_hex(&text)
    );
    let cases = [
        (Format::Jsonl, file("big.jsonl", native.clone())),
        (Format::Native, file("big.json", native)),
        (
            Format::Doccano,
            file("big.jsonl", format!(r#"{{"text":"{text}","entities":[]}}"#)),
        ),
        (
            Format::LabelStudio,
            file("big.json", format!(r#"[{{"data":{{"text":"{text}"}}}}]"#)),
        ),
        (
            Format::PlainRows,
            file("big.jsonl", format!(r#"{{"text":"{text}"}}"#)),
        ),
        (
            Format::PlainRows,
            file("big.csv", format!("id,text\nbig,{text}\n")),
        ),
        (Format::Brat, file("big.txt", text.clone())),
        (
            Format::Brat,
            file(
                "big.zip",
                zip_of(&[("big.txt".to_owned(), text.into_bytes())]),
            ),
        ),
    ];
    for (format, f) in cases {
        let report = import(format, &[f]);
        assert!(
            report.records.is_empty(),
            "{format:?} took a text over 32 MiB"
        );
        assert!(
            report
                .problems
                .iter()
                .any(|p| !p.location.is_empty() && p.message.contains("32 MiB")),
            "{format:?}: {:?}",
            report.problems
        );
    }
}

#[test]
fn over_long_ids_titles_and_names_are_problems_with_a_location() {
    let long = |n: usize| "x".repeat(n);
    let doccano =
        |line: serde_json::Value| import(Format::Doccano, &[file("d.jsonl", line.to_string())]);
    let text = "Title\n\n“Hi,” said Ann.";
    // A document id of 300 bytes.
    let r = doccano(serde_json::json!({"text": text, "doc_id": long(300)}));
    assert!(r.records.is_empty());
    assert!(
        r.problems
            .iter()
            .any(|p| p.location == "line 1" && p.message.contains("id")),
        "{:?}",
        r.problems
    );
    // A title of 3,000 bytes.
    let r = doccano(serde_json::json!({"text": text, "title": long(3000)}));
    assert!(r.records.is_empty());
    assert!(
        r.problems
            .iter()
            .any(|p| p.location == "line 1" && p.message.contains("title")),
        "{:?}",
        r.problems
    );
    // At the bounds, everything comes in.
    let r = doccano(serde_json::json!({
        "text": text, "doc_id": long(200), "title": long(2000),
        "entities": [{"id": 1, "label": "Speaker", "start_offset": 18, "end_offset": 21}],
        "speaker_of": {"1": long(1000)},
    }));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.records[0].annotations.mentions.len(), 1);
    // A speaker name of 2,000 bytes.
    let r = doccano(serde_json::json!({
        "text": text,
        "entities": [{"id": 1, "label": "Speaker", "start_offset": 18, "end_offset": 21}],
        "speaker_of": {"1": long(2000)},
    }));
    assert_eq!(r.records.len(), 1);
    assert!(r.records[0].annotations.mentions.is_empty());
    assert!(
        r.problems
            .iter()
            .any(|p| p.location == "line 1 entity 1" && p.message.contains("name")),
        "{:?}",
        r.problems
    );
    // The same in Label Studio, brat and rows.
    let r = import(
        Format::LabelStudio,
        &[file(
            "t.json",
            serde_json::json!([{"data": {"text": text, "doc_id": long(300)}}]).to_string(),
        )],
    );
    assert!(
        r.records.is_empty() && r.problems.iter().any(|p| p.location == "task 1"),
        "{:?}",
        r.problems
    );
    let r = import(
        Format::PlainRows,
        &[file(
            "r.jsonl",
            serde_json::json!({"text": text, "title": long(3000)}).to_string(),
        )],
    );
    assert!(
        r.records.is_empty() && r.problems.iter().any(|p| p.location == "line 1"),
        "{:?}",
        r.problems
    );
    let r = import(
        Format::Brat,
        &[
            file("a.txt", text),
            file(
                "a.ann",
                format!(
                    "T1\tSpeaker 18 21\tAnn\n#1\tAnnotatorNotes T1\t{}\n",
                    long(2000)
                ),
            ),
        ],
    );
    assert_eq!(r.records.len(), 1);
    assert!(r.records[0].annotations.mentions.is_empty());
    assert!(
        r.problems
            .iter()
            .any(|p| p.location == "a.ann line 1" && p.message.contains("name")),
        "{:?}",
        r.problems
    );
    // Native JSONL: a speaker's alias.
    let native = serde_json::json!({
        "format": "article-annotator", "version": 1,
        "document": {"id": "a", "title": "Title", "text": text, "sha256": sha256_hex(text)},
        "speakers": [{"id": "s1", "name": "Ann", "aliases": [long(2000)]}], "mentions": [], "quotes": [],
    });
    let r = import(Format::Jsonl, &[file("c.jsonl", native.to_string())]);
    assert!(
        r.records.is_empty()
            && r.problems
                .iter()
                .any(|p| p.location == "line 1" && p.message.contains("alias")),
        "{:?}",
        r.problems
    );
}

#[test]
fn exports_of_a_very_long_id_do_not_panic() {
    // An id of 65,532 bytes made the zip crate panic in the brat export
    // (and abort the command line). Exports now shorten such a file-name
    // stem, keeping it unique, and a zip error is an error, not a panic.
    let mut a = Document::from_text("Title\n\nText one.");
    a.id = "a".repeat(65_532);
    let mut b = Document::from_text("Title\n\nText two.");
    b.id = "a".repeat(65_533);
    let records: Vec<_> = [a, b]
        .into_iter()
        .map(|document| Record {
            document,
            annotations: Default::default(),
            annotator: None,
        })
        .collect();
    for format in Format::ALL {
        let out = export(format, &records).unwrap();
        assert!(!out.is_empty(), "{format:?}");
    }
    for format in [Format::Native, Format::Brat] {
        let one = export_one(format, &records).unwrap();
        assert_eq!(one.mime, "application/zip");
        let (files, problems) = expand(vec![file(&one.name, one.bytes)]);
        assert!(problems.is_empty(), "{problems:?}");
        let names: BTreeSet<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names.len(), files.len(), "{format:?}: names stay unique");
        assert!(
            files.iter().all(|f| f.name.len() <= 255),
            "{format:?}: {names:?}"
        );
    }
    let brat = export(Format::Brat, &records).unwrap();
    let back = import(Format::Brat, &[file("brat.zip", brat[0].bytes.clone())]);
    assert_eq!(back.records.len(), 2, "{:?}", back.problems);
    assert_ne!(back.records[0].document.id, back.records[1].document.id);
}

fn zip_of(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn one_unpack_budget_for_the_whole_import_across_nested_zips() {
    // A generated zip bomb: an outer zip of 3 zips, each holding 5 files
    // of 30 MiB (150 MiB: under a budget per zip, 450 MiB in all; the
    // whole is about 0.5 MB). Files are `.bin` so that only unpacking is
    // measured; brat's import ignores them.
    // Deflated once, copied raw: building the bomb costs little.
    let one = zip_of(&[("t.bin".to_owned(), vec![0u8; 30 * MIB])]);
    let mut one = zip::ZipArchive::new(std::io::Cursor::new(one)).unwrap();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..5 {
        zip.raw_copy_file_rename(one.by_index(0).unwrap(), format!("t{i}.bin"))
            .unwrap();
    }
    let inner = zip.finish().unwrap().into_inner();
    let outer = zip_of(
        &(0..3)
            .map(|i| (format!("inner{i}.zip"), inner.clone()))
            .collect::<Vec<_>>(),
    );
    assert!(outer.len() < MIB, "{} bytes", outer.len());
    let (files, mut problems) = expand(vec![file("bomb.zip", outer.clone())]);
    let unpacked: u64 = files.iter().map(|f| f.bytes.len() as u64).sum();
    assert!(unpacked <= MAX_UNPACKED_BYTES, "{unpacked} bytes unpacked");
    assert!(files.iter().all(|f| f.name.ends_with(".bin")));
    let report = import(Format::Brat, &files);
    problems.extend(report.problems);
    assert!(
        problems.iter().any(
            |p| p.message.contains("more than 268,435,456 bytes (256 MiB)")
                && p.message.contains("nested zips included")
        ),
        "{problems:?}"
    );
    // The brat importer, given the zip itself, keeps to the same budget.
    let report = import(Format::Brat, &[file("bomb.zip", outer)]);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.message.contains("256 MiB")),
        "{:?}",
        report.problems
    );
}

#[test]
fn zips_nested_more_than_two_deep_are_refused_with_a_problem() {
    let txt = (
        "a.txt".to_owned(),
        b"Title\n\n\xe2\x80\x9cHi,\xe2\x80\x9d said Ann.".to_vec(),
    );
    let level3 = zip_of(&[txt]);
    let level2 = zip_of(&[("l3.zip".to_owned(), level3)]);
    let level1 = zip_of(&[("l2.zip".to_owned(), level2)]);
    let (files, mut problems) = expand(vec![file("top.zip", level1)]);
    let report = import(Format::Brat, &files);
    problems.extend(report.problems);
    assert!(report.records.is_empty());
    assert!(
        problems
            .iter()
            .any(|p| p.location.contains("l3.zip") && p.message.contains("nested")),
        "{problems:?}"
    );
}

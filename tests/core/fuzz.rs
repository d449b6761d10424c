//! Fuzzing, kept as property tests: every importer (`formats::import` for
//! each format, `formats::detect`, `formats::expand`, `native::import`) and
//! the parsers the command line uses (`evaluation::load_jsonl`,
//! `Document::from_file`/`from_pasted`, `review::suggested_file`) are fed
//! arbitrary bytes and structured mutations of the golden files in
//! `tests/golden/<format>/` (and a zip of the brat ones): byte flips,
//! truncations, duplicated or dropped lines, numbers replaced by huge,
//! negative, boundary or off-by-a-few values, strings replaced by long,
//! unicode, escaped or empty values.
//!
//! Properties: nothing panics; every problem has a location and a reason;
//! every imported record keeps the core's invariants (spans non-empty, on
//! grapheme-cluster boundaries, inside one block; speakers that exist;
//! values within `domain::limits`); and every export re-imports to the same
//! spans: each record an import accepted is exported in every format that
//! imports, read back, and gives the same quote, mention and cue ranges,
//! kinds and speaker names (what each format documents as lost aside).
//!
//! The default run is brief: `PROPTEST_CASES` cases per property (64 when
//! unset). `make fuzz` runs the same properties long, in release
//! (`PROPTEST_CASES=20000 cargo test --release --test core fuzz`); a failure
//! is shrunk and its seed kept in `tests/proptest-regressions/fuzz.txt`, so
//! the next run replays it first.
//!
//! Why not cargo-fuzz: it is not installed here, and needs a nightly
//! compiler with `-Z sanitizer`, a C++ toolchain to build libFuzzer and its
//! own crate outside the test suite. These properties run on the stable
//! toolchain inside `cargo test`, so the fuzzing CI already does is kept
//! and every regression it found stays a test.

use std::collections::BTreeMap;
use std::io::Write;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use article_annotator::domain::corpus::Record;
use article_annotator::domain::document::{blocks, Document};
use article_annotator::domain::evaluation::load_jsonl;
use article_annotator::domain::formats::{
    detect, expand, export, import, native, Format, ImportReport, InputFile,
};
use article_annotator::domain::limits;
use article_annotator::domain::review::suggested_file;
use proptest::prelude::*;
use proptest::test_runner::Config as ProptestConfig;
use unicode_segmentation::UnicodeSegmentation;

/// `PROPTEST_CASES` cases, 64 when unset.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// The formats [`import`] reads.
fn importable() -> impl Iterator<Item = Format> {
    Format::ALL.into_iter().filter(|f| f.can_import())
}

// ------------------------------------------------------------ the seeds

/// Golden files of one format, as one import gets them.
#[derive(Debug)]
struct Seed {
    format: Format,
    files: Vec<InputFile>,
}

fn golden(dir: &str, name: &str) -> InputFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(dir)
        .join(name);
    InputFile {
        name: name.to_owned(),
        bytes: std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    }
}

fn seeds() -> &'static [Seed] {
    static SEEDS: OnceLock<Vec<Seed>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let brat: Vec<InputFile> = [
            "annotation.conf",
            "bridge.txt",
            "bridge.ann",
            "rain.txt",
            "rain.ann",
        ]
        .iter()
        .map(|n| golden("brat", n))
        .collect();
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for f in &brat {
            zip.start_file(
                format!("corpus/{}", f.name),
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
            zip.write_all(&f.bytes).unwrap();
        }
        let zipped = InputFile {
            name: "brat.zip".to_owned(),
            bytes: zip.finish().unwrap().into_inner(),
        };
        let corpus = golden("jsonl", "corpus.jsonl");
        let native: Vec<InputFile> = String::from_utf8(corpus.bytes.clone())
            .unwrap()
            .lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, l)| InputFile {
                name: format!("doc{i}.json"),
                bytes: l.as_bytes().to_vec(),
            })
            .collect();
        vec![
            Seed {
                format: Format::Brat,
                files: brat,
            },
            Seed {
                format: Format::Brat,
                files: vec![zipped],
            },
            Seed {
                format: Format::Doccano,
                files: vec![golden("doccano", "export.jsonl")],
            },
            Seed {
                format: Format::Jsonl,
                files: vec![corpus],
            },
            Seed {
                format: Format::Native,
                files: native,
            },
            Seed {
                format: Format::LabelStudio,
                files: vec![golden("label-studio", "tasks.json")],
            },
            Seed {
                format: Format::PlainRows,
                files: vec![golden("rows", "documents.csv")],
            },
            Seed {
                format: Format::PlainRows,
                files: vec![golden("rows", "documents.jsonl")],
            },
        ]
    })
}

// ------------------------------------------------------------ mutations

/// Numbers put in place of a number: boundaries of every integer type a
/// parser might use, negatives, floats, and more digits than any holds.
const NUMBERS: &[&str] = &[
    "0",
    "-1",
    "-0",
    "1.5",
    "1e3",
    "1e308",
    "255",
    "256",
    "65535",
    "65536",
    "2147483647",
    "2147483648",
    "4294967295",
    "4294967296",
    "9007199254740993",
    "18446744073709551615",
    "18446744073709551616",
    "-9223372036854775808",
    "99999999999999999999999999999",
];

/// Strings put in place of a string (JSON escapes included, as written in
/// a JSON file).
fn strings() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(" ".to_owned()),
        Just("👩‍👩‍👧".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("🇺🇦 שלום 日本語".to_owned()),
        Just("\r\n".to_owned()),
        Just("\\r\\n\\r\\n".to_owned()),
        Just("\t".to_owned()),
        Just("\\u0000".to_owned()),
        Just("\\ud83d".to_owned()),
        Just("\\\"".to_owned()),
        Just("Quote".to_owned()),
        Just("Speaker".to_owned()),
        Just("Cue".to_owned()),
        Just("said_by".to_owned()),
        Just("cue".to_owned()),
        Just("T1".to_owned()),
        Just("q3".to_owned()),
        Just("s1".to_owned()),
        Just("indirect".to_owned()),
        Just("article-annotator".to_owned()),
        Just("x".repeat(limits::MAX_ID_BYTES + 1)),
        Just("y".repeat(limits::MAX_NAME_BYTES + 1)),
        Just("é".repeat(limits::MAX_TITLE_BYTES / 2 + 1)),
        Just("z".repeat(limits::MAX_ID_BYTES)),
        "[a-zA-Z0-9 “”\"'\\\\,.:;{}\\[\\]\t\n👩\u{200d}é\u{301}]{0,12}",
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    /// XOR one byte.
    Flip(usize, u8),
    /// Cut the file here.
    Truncate(usize),
    DuplicateLine(usize),
    DropLine(usize),
    /// Replace the n-th number by one of [`NUMBERS`].
    Number(usize, &'static str),
    /// Move the n-th number by a few (offsets off by one or two).
    Nudge(usize, i64),
    /// Replace the n-th string (a JSON string's content, or a field
    /// between tabs, commas or line breaks).
    Text(usize, String),
    /// Insert bytes.
    Insert(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0usize..100_000;
    prop_oneof![
        2 => (at.clone(), 1u8..=255).prop_map(|(a, x)| Mutation::Flip(a, x)),
        1 => at.clone().prop_map(Mutation::Truncate),
        1 => at.clone().prop_map(Mutation::DuplicateLine),
        1 => at.clone().prop_map(Mutation::DropLine),
        3 => (at.clone(), prop::sample::select(NUMBERS)).prop_map(|(a, n)| Mutation::Number(a, n)),
        3 => (at.clone(), -3i64..=3).prop_map(|(a, d)| Mutation::Nudge(a, d)),
        3 => (at.clone(), strings()).prop_map(|(a, s)| Mutation::Text(a, s)),
        1 => (at, prop::collection::vec(any::<u8>(), 1..8)).prop_map(|(a, b)| Mutation::Insert(a, b)),
    ]
}

/// Byte ranges of the numbers in a file (digits, with a leading `-`).
fn numbers(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = if i > 0 && bytes[i - 1] == b'-' {
                i - 1
            } else {
                i
            };
            let mut end = i;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
            out.push(start..end);
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// Byte ranges of the strings in a file: JSON strings' contents, and the
/// fields between tabs, commas and line breaks.
fn fields(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        match start {
            Some(s) if b == b'"' && !escaped => {
                out.push(s..i);
                start = None;
            }
            Some(_) => escaped = b == b'\\' && !escaped,
            None if b == b'"' => {
                start = Some(i + 1);
                escaped = false;
            }
            None => {}
        }
    }
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate().chain([(bytes.len(), &b'\n')]) {
        if matches!(b, b'\t' | b',' | b'\n') {
            if i > from {
                out.push(from..i);
            }
            from = i + 1;
        }
    }
    out
}

fn lines(bytes: &[u8]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            out.push(from..i + 1);
            from = i + 1;
        }
    }
    if from < bytes.len() {
        out.push(from..bytes.len());
    }
    out
}

fn splice(bytes: &mut Vec<u8>, range: Range<usize>, with: &[u8]) {
    bytes.splice(range, with.iter().copied());
}

fn mutate(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    match m {
        Mutation::Flip(at, x) if len > 0 => bytes[at % len] ^= x,
        Mutation::Truncate(at) => bytes.truncate(at % (len + 1)),
        Mutation::DuplicateLine(n) => {
            let l = lines(bytes);
            if !l.is_empty() {
                let r = l[n % l.len()].clone();
                let copy = bytes[r.clone()].to_vec();
                splice(bytes, r.start..r.start, &copy);
            }
        }
        Mutation::DropLine(n) => {
            let l = lines(bytes);
            if !l.is_empty() {
                splice(bytes, l[n % l.len()].clone(), b"");
            }
        }
        Mutation::Number(n, value) => {
            let all = numbers(bytes);
            if !all.is_empty() {
                splice(bytes, all[n % all.len()].clone(), value.as_bytes());
            }
        }
        Mutation::Nudge(n, delta) => {
            let all = numbers(bytes);
            if !all.is_empty() {
                let r = all[n % all.len()].clone();
                let value = std::str::from_utf8(&bytes[r.clone()])
                    .ok()
                    .and_then(|s| s.parse::<i64>().ok())
                    .map_or_else(
                        || delta.to_string(),
                        |v| v.saturating_add(*delta).to_string(),
                    );
                splice(bytes, r, value.as_bytes());
            }
        }
        Mutation::Text(n, value) => {
            let all = fields(bytes);
            if !all.is_empty() {
                splice(bytes, all[n % all.len()].clone(), value.as_bytes());
            }
        }
        Mutation::Insert(at, what) => splice(bytes, at % (len + 1)..at % (len + 1), what),
        Mutation::Flip(..) => {}
    }
}

/// A seed with mutations applied to some of its files (by index).
fn mutated() -> impl Strategy<Value = (usize, Vec<(usize, Mutation)>)> {
    (
        0..seeds().len(),
        prop::collection::vec((0usize..8, mutation()), 1..5),
    )
}

fn apply(seed: &Seed, mutations: &[(usize, Mutation)]) -> Vec<InputFile> {
    let mut files = seed.files.clone();
    for (which, m) in mutations {
        let n = files.len();
        mutate(&mut files[which % n].bytes, m);
    }
    files
}

// ------------------------------------------------------------ the properties

/// Every problem says where and why.
fn assert_located(report: &ImportReport, format: Format) -> Result<(), TestCaseError> {
    for p in &report.problems {
        prop_assert!(
            !p.location.trim().is_empty() && !p.message.trim().is_empty(),
            "{:?}: a problem without a location or reason: {:?}",
            format,
            p
        );
    }
    Ok(())
}

/// What the core requires of every record, wherever it came from.
fn assert_invariants(r: &Record, format: Format) -> Result<(), TestCaseError> {
    let text = &r.document.text;
    let ann = &r.annotations;
    prop_assert!(
        limits::check_record(&r.document, ann).is_ok(),
        "{:?}: {:?}",
        format,
        limits::check_record(&r.document, ann)
    );
    prop_assert!(
        !text.contains('\r'),
        "{:?}: the text is not normalised",
        format
    );
    let bounds: std::collections::HashSet<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let blocks = blocks(text);
    let spans = ann
        .quotes
        .iter()
        .map(|q| ("quote", q.range.clone()))
        .chain(
            ann.quotes
                .iter()
                .filter_map(|q| q.cue.clone().map(|c| ("cue", c))),
        )
        .chain(ann.mentions.iter().map(|m| ("mention", m.range.clone())));
    for (what, r) in spans {
        prop_assert!(r.start < r.end, "{:?}: an empty {} {:?}", format, what, r);
        prop_assert!(
            bounds.contains(&r.start) && bounds.contains(&r.end),
            "{:?}: a {} {:?} splits a character of {:?}",
            format,
            what,
            r,
            text
        );
        prop_assert!(
            blocks
                .iter()
                .any(|b| b.range.start <= r.start && r.end <= b.range.end),
            "{:?}: a {} {:?} crosses blocks",
            format,
            what,
            r
        );
    }
    for q in &ann.quotes {
        prop_assert!(q.speaker.is_none_or(|s| ann.speaker(s).is_some()));
    }
    for m in &ann.mentions {
        prop_assert!(ann.speaker(m.speaker).is_some());
    }
    Ok(())
}

/// A speaker's name as a format that keeps only one line of it reads it.
fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The spans of a record, as what every span format must bring back:
/// each quote as (range, kind, speaker name, cue range), each mention as
/// (range, speaker name), in order.
type Spans = (
    Vec<(
        Range<usize>,
        &'static str,
        Option<String>,
        Option<Range<usize>>,
    )>,
    Vec<(Range<usize>, String)>,
);

fn spans(r: &Record, name: &dyn Fn(&str) -> String) -> Spans {
    let ann = &r.annotations;
    let speaker = |id| ann.speaker(id).map(|s| name(&s.name)).unwrap_or_default();
    let mut quotes: Vec<_> = ann
        .quotes
        .iter()
        .map(|q| {
            (
                q.range.clone(),
                q.kind.as_str(),
                q.speaker.map(speaker),
                q.cue.clone(),
            )
        })
        .collect();
    let mut mentions: Vec<_> = ann
        .mentions
        .iter()
        .map(|m| (m.range.clone(), speaker(m.speaker)))
        .collect();
    quotes.sort_by(|a, b| (a.0.start, a.0.end, &a.2).cmp(&(b.0.start, b.0.end, &b.2)));
    mentions.sort_by(|a, b| (a.0.start, a.0.end, &a.1).cmp(&(b.0.start, b.0.end, &b.1)));
    (quotes, mentions)
}

/// Export → import in every format that imports: the same text and spans.
fn assert_round_trips(record: &Record, from: Format) -> Result<(), TestCaseError> {
    let records = std::slice::from_ref(record);
    for format in importable() {
        let files: Vec<InputFile> = export(format, records)
            .map_err(|e| TestCaseError::fail(format!("{format:?} export failed: {e}")))?
            .into_iter()
            .map(|f| InputFile {
                name: f.name,
                bytes: f.bytes,
            })
            .collect();
        let report = import(format, &files);
        prop_assert!(
            report.problems.is_empty() && report.records.len() == 1,
            "{:?} → {:?}: {:?}\n{:?}",
            from,
            format,
            report.problems,
            record
        );
        let back = &report.records[0];
        prop_assert_eq!(&back.document.text, &record.document.text);
        let keep = |n: &str| n.to_owned();
        // Every importer trims a name, as the editor does, so a record's
        // names are trimmed already; trimming again changes nothing.
        let trimmed = |n: &str| n.trim().to_owned();
        match format {
            Format::Native | Format::Jsonl => {
                prop_assert_eq!(&back.document, &record.document);
                prop_assert_eq!(spans(back, &keep), spans(record, &keep), "{:?}", format);
                let aliases = |r: &Record| -> BTreeMap<String, Vec<String>> {
                    r.annotations
                        .speakers
                        .iter()
                        .map(|s| (s.name.clone(), s.aliases.clone()))
                        .collect()
                };
                prop_assert_eq!(aliases(back), aliases(record));
            }
            Format::PlainRows => {
                prop_assert_eq!(&back.document.id, &record.document.id);
            }
            Format::Brat => {
                prop_assert_eq!(
                    spans(back, &one_line),
                    spans(record, &one_line),
                    "{:?} → {:?}",
                    from,
                    format
                );
            }
            _ => {
                prop_assert_eq!(&back.document.id, &record.document.id);
                prop_assert_eq!(
                    spans(back, &trimmed),
                    spans(record, &trimmed),
                    "{:?} → {:?}",
                    from,
                    format
                );
            }
        }
    }
    Ok(())
}

/// Everything an import does with some files, checked.
fn check_import(files: &[InputFile]) -> Result<(), TestCaseError> {
    let _ = detect(files);
    let (expanded, problems) = expand(files.to_vec());
    for p in &problems {
        prop_assert!(!p.location.trim().is_empty() && !p.message.trim().is_empty());
    }
    for format in Format::ALL {
        for given in [files, &expanded[..]] {
            let report = import(format, given);
            if !format.can_import() {
                prop_assert!(report.records.is_empty());
            }
            assert_located(&report, format)?;
            for r in &report.records {
                assert_invariants(r, format)?;
                assert_round_trips(r, format)?;
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// Golden files, mutated: nothing panics, problems are located, what
    /// comes in is valid and round-trips through every format.
    #[test]
    fn fuzz_mutated_golden_files((seed, mutations) in mutated()) {
        let seed = &seeds()[seed];
        let files = apply(seed, &mutations);
        check_import(&files)?;
        // The seed's own format on its own files, once more by name.
        let report = import(seed.format, &files);
        assert_located(&report, seed.format)?;
    }

    /// Arbitrary bytes under every name an import looks at.
    #[test]
    fn fuzz_arbitrary_bytes(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..512),
            "[\\[\\]{}\",:0-9a-zA-Z\t\n\r #;.\\-_👩\u{200d}é\u{301}“”]{0,200}".prop_map(String::into_bytes),
        ],
        name in "(x|y/z)\\.(json|jsonl|txt|ann|zip|csv|tsv|conf|xml|bin)",
    ) {
        let files = [
            InputFile { name: name.clone(), bytes: bytes.clone() },
            InputFile { name: "y.txt".into(), bytes: "Title\n\n“Hi,” said Ann.".into() },
        ];
        check_import(&files[..1])?;
        check_import(&files)?;
        let text = String::from_utf8_lossy(&bytes);
        let _ = native::import(&text);
        let _ = load_jsonl(&text);
        match Document::from_file(&name, &bytes) {
            Ok(d) => {
                prop_assert!(limits::check_document(&d).is_ok());
                let _ = suggested_file(&d, 0.0);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        let _ = Document::from_pasted("The pasted text", &text);
    }

    /// A native file whose every value is fuzzed at once, in shape: the
    /// native importer and JSONL, with the round trip.
    #[test]
    fn fuzz_native_values(
        text in "[a-z “”👩\u{200d}é\u{301}\n]{1,40}",
        name in strings(),
        alias in strings(),
        id in strings(),
        start in prop::sample::select(vec![0u64, 1, 2, 3, 5, 8, 13, 40, u32::MAX as u64, u64::MAX]),
        len in 0u64..6,
    ) {
        let text = format!("Title\n\n{text}");
        let sha = article_annotator::domain::document::sha256_hex(&text);
        let chars: Vec<char> = text.chars().collect();
        let end = start.saturating_add(len);
        let slice: String = chars
            .get(start as usize..(end as usize).min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        let line = serde_json::json!({
            "format": "article-annotator", "version": 1,
            "document": {"id": id, "title": "T", "text": text, "sha256": sha},
            "speakers": [{"id": "s1", "name": name, "aliases": [alias]}],
            "mentions": [{"id": "m1", "speaker": "s1", "start": start, "end": end, "text": slice}],
            "quotes": [],
        })
        .to_string();
        let _ = native::import(&line);
        for format in [Format::Jsonl, Format::Native] {
            let files = [InputFile { name: "f.jsonl".into(), bytes: line.clone().into_bytes() }];
            let report = import(format, &files);
            assert_located(&report, format)?;
            for r in &report.records {
                assert_invariants(r, format)?;
                assert_round_trips(r, format)?;
            }
        }
    }
}

/// Found by the fuzzer: brat wrote a span that begins or ends with a line
/// break (inside a paragraph) without it, so it read back shorter.
#[test]
fn brat_keeps_a_line_break_at_either_end_of_a_span() {
    let text = "Title\n\nfirst line\nsecond line";
    let at = |s: &str| text.find(s).unwrap();
    let mut ann = article_annotator::domain::annotations::Annotations::default();
    for (id, range) in [
        (1, at("line\n")..at("second")),
        (2, at("\nsecond")..text.len()),
        (3, at("\nsecond")..at("second")),
    ] {
        ann.put_quote(article_annotator::domain::annotations::Quote {
            id: article_annotator::domain::annotations::QuoteId(id),
            range,
            kind: Default::default(),
            speaker: None,
            cue: None,
        });
    }
    let record = Record {
        document: Document::from_text(text),
        annotations: ann,
        annotator: None,
    };
    assert_round_trips(&record, Format::Native).unwrap();
}

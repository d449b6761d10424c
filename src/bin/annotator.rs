//! The command-line companion: the same core as the app, for pipelines.
//!
//! ```text
//! annotator suggest [--min-confidence T] FILE.txt|FILE.jsonl
//!                                         suggestions as native JSON (JSONL for JSONL input),
//!                                         only those with confidence >= T
//! annotator validate FILE.json|FILE.jsonl one message per problem; exit 1 if any
//! annotator stats FILE.json|FILE.jsonl    documents, quotes, speakers, quotes per speaker
//! annotator eval GOLD.jsonl               suggestion quality against gold annotations
//! annotator convert --from F --to F IN... OUT
//!                                         between formats: native, jsonl, label-studio,
//!                                         doccano, brat, w3c, csv, rows (OUT a file, or
//!                                         a zip when the format writes several files)
//! ```

use std::process::ExitCode;

use article_annotator::domain::corpus::{Record, Stats};
use article_annotator::domain::document::Document;
use article_annotator::domain::evaluation::{
    evaluate, evaluate_scope, load_jsonl, threshold_table, Scope,
};
use article_annotator::domain::formats::label_studio;
use article_annotator::domain::formats::{self, native, Format, InputFile};
use article_annotator::domain::limits;
use article_annotator::domain::review::{suggested_file, suggestion_marks};
use article_annotator::domain::suggest::suggest;

const USAGE: &str = "usage: annotator <suggest [--min-confidence T] FILE.txt|FILE.jsonl | validate FILE | stats FILE | eval GOLD.jsonl | convert --from FORMAT --to FORMAT IN... OUT>";

/// Prints a line to standard output. A reader that stops early (`| head`)
/// closes the pipe: that ends the program quietly, where `println!`
/// would panic.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                std::process::exit(0);
            }
            eprintln!("cannot write the output: {e}");
            std::process::exit(1);
        }
    }};
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["suggest", path] => read(path).and_then(|src| cmd_suggest(path, &src, 0.0)),
        ["suggest", "--min-confidence", t, path] => {
            threshold(t).and_then(|t| read(path).and_then(|src| cmd_suggest(path, &src, t)))
        }
        ["validate", path] => read(path).and_then(|src| cmd_validate(&src)),
        ["stats", path] => read(path).and_then(|src| cmd_stats(&src)),
        ["eval", path] => read(path).and_then(|src| cmd_eval(&src)),
        ["convert", "--from", from, "--to", to, paths @ ..] if paths.len() >= 2 => {
            cmd_convert(from, to, paths)
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not UTF-8 text (invalid byte at {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn is_jsonl(path: &str) -> bool {
    path.to_lowercase().ends_with(".jsonl")
}

/// Lines of a JSONL file with their 1-based numbers, blank lines skipped.
fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
}

fn to_json(file: &native::FileV1, pretty: bool) -> String {
    let out = if pretty {
        serde_json::to_string_pretty(file)
    } else {
        serde_json::to_string(file)
    };
    out.expect("boundary types always serialise")
}

/// A document from a JSONL row: a native file, or `{id, title?, text}`;
/// refused over the bounds every import has (`domain::limits`).
fn row_document(line: &str) -> Result<Document, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let document = if v.get("format").is_some() {
        native::import(line)
            .map(|(d, _)| d)
            .map_err(|e| e.to_string())?
    } else {
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or("no \"text\" field")?;
        limits::check_text_len(text.len())?;
        let mut document = Document::from_text(text);
        if let Some(id) = v.get("id").and_then(|i| {
            i.as_str()
                .map(str::to_owned)
                .or_else(|| i.as_u64().map(|n| n.to_string()))
        }) {
            document.id = id;
        }
        if let Some(title) = v.get("title").and_then(|t| t.as_str()) {
            document.title = title.to_owned();
        }
        document
    };
    limits::check_document(&document)?;
    Ok(document)
}

fn threshold(t: &str) -> Result<f32, String> {
    t.parse::<f32>()
        .ok()
        .filter(|t| (0.0..=1.0).contains(t))
        .ok_or_else(|| format!("--min-confidence takes a number from 0 to 1, not {t:?}"))
}

fn cmd_suggest(path: &str, src: &str, min_confidence: f32) -> Result<(), String> {
    if !is_jsonl(path) {
        let document = Document::from_pasted(path, src).map_err(|e| e.to_string())?;
        out!(
            "{}",
            to_json(&suggested_file(&document, min_confidence), true)
        );
        return Ok(());
    }
    let mut failed = 0;
    for (n, line) in lines(src) {
        match row_document(line) {
            Ok(document) => out!(
                "{}",
                to_json(&suggested_file(&document, min_confidence), false)
            ),
            Err(e) => {
                eprintln!("{path} line {n}: {e}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        return Err(format!("{failed} lines could not be read"));
    }
    Ok(())
}

/// The native records of a JSON or JSONL file, with the problems of the
/// lines that are not valid.
fn records(src: &str) -> (Vec<Record>, Vec<String>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let whole =
        src.trim_start().starts_with('{') && serde_json::from_str::<serde_json::Value>(src).is_ok();
    let items: Vec<(String, &str)> = if whole {
        vec![("file".to_owned(), src)]
    } else {
        lines(src).map(|(n, l)| (format!("line {n}"), l)).collect()
    };
    for (where_, item) in items {
        match native::import(item) {
            Ok((document, annotations)) => records.push(Record {
                document,
                annotations,
            }),
            Err(e) => problems.push(format!("{where_}: {e}")),
        }
    }
    (records, problems)
}

fn cmd_validate(src: &str) -> Result<(), String> {
    let (records, problems) = records(src);
    for p in &problems {
        out!("{p}");
    }
    if problems.is_empty() && !records.is_empty() {
        out!("valid: {} documents", records.len());
        Ok(())
    } else if records.is_empty() && problems.is_empty() {
        Err("no documents in the file".to_owned())
    } else {
        Err(format!(
            "{} problems, {} valid documents",
            problems.len(),
            records.len()
        ))
    }
}

fn cmd_stats(src: &str) -> Result<(), String> {
    let (records, problems) = records(src);
    for p in &problems {
        eprintln!("skipped {p}");
    }
    let s = Stats::of(&records);
    let speakers: usize = records.iter().map(|r| r.annotations.speakers.len()).sum();
    out!("documents: {}", s.documents);
    out!("quotes: {} ({} unattributed)", s.quotes, s.unattributed);
    out!("mentions: {}", s.mentions);
    out!(
        "speakers: {} in documents, {} after merging by name and alias",
        speakers,
        s.quotes_per_speaker.len()
    );
    out!("quotes per speaker:");
    for (name, n) in &s.quotes_per_speaker {
        out!("  {n:>6}  {name}");
    }
    Ok(())
}

fn cmd_eval(src: &str) -> Result<(), String> {
    let gold = load_jsonl(src)?;
    let predicted: Vec<_> = gold.iter().map(|d| suggest(&d.text)).collect();
    out!("documents: {}", gold.len());
    out!("DIRECT quotes:\n{}", evaluate(&gold, &predicted));
    out!(
        "ALL kinds:\n{}",
        evaluate_scope(&gold, &predicted, Scope::All)
    );
    out!("DIRECT quotes by confidence threshold (suggest --min-confidence T):");
    out!("{}", threshold_table(&gold, &predicted));
    Ok(())
}

/// The engine's name in Label Studio's `model_version`.
const MODEL_VERSION: &str = concat!("article-annotator-rules-", env!("CARGO_PKG_VERSION"));

/// Each record's score (its spans' mean confidence) when the input is what
/// `suggest` wrote — every span marked as a suggestion — and the output is
/// Label Studio, which takes such spans as predictions; else None.
fn prediction_scores(
    from: Format,
    to: Format,
    files: &[InputFile],
    records: &[Record],
) -> Option<Vec<f32>> {
    if to != Format::LabelStudio || !matches!(from, Format::Jsonl | Format::Native) {
        return None;
    }
    let mut by_id = std::collections::HashMap::new();
    let (mut marked, mut unmarked) = (0, 0);
    for f in files {
        for line in String::from_utf8_lossy(&f.bytes).lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let (m, u, sum) = suggestion_marks(&v);
            marked += m;
            unmarked += u;
            let id = v["document"]["id"].as_str().unwrap_or_default().to_owned();
            by_id.insert(id, if m == 0 { 0.0 } else { sum / m as f32 });
        }
    }
    if marked == 0 || unmarked > 0 {
        return None;
    }
    Some(
        records
            .iter()
            .map(|r| by_id.get(&r.document.id).copied().unwrap_or(0.0))
            .collect(),
    )
}

fn format(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| format!("unknown format {name:?}\n{USAGE}"))
}

/// Reads IN files in one format and writes them in another; problems are
/// listed on stderr and the good documents are still converted.
fn cmd_convert(from: &str, to: &str, paths: &[&str]) -> Result<(), String> {
    let (from, to) = (format(from)?, format(to)?);
    if !from.can_import() {
        return Err(format!("{} is an export-only format", from.name()));
    }
    let (inputs, out) = paths.split_at(paths.len() - 1);
    let files = inputs
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?;
            let name = std::path::Path::new(p)
                .file_name()
                .map_or(p.to_string(), |n| n.to_string_lossy().into_owned());
            Ok(InputFile { name, bytes })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let (files, mut problems) = formats::expand(files);
    let report = formats::import(from, &files);
    problems.extend(report.problems);
    for p in &problems {
        eprintln!("{p}");
    }
    if report.records.is_empty() {
        return Err("no documents could be read".to_owned());
    }
    let output = match prediction_scores(from, to, &files, &report.records) {
        Some(scores) => {
            eprintln!("every span is a suggestion: written as Label Studio predictions");
            let files = label_studio::export_predictions(&report.records, &scores, MODEL_VERSION);
            formats::bundle(to, files).map_err(|e| e.to_string())?
        }
        None => formats::export_one(to, &report.records).map_err(|e| e.to_string())?,
    };
    std::fs::write(out[0], &output.bytes).map_err(|e| format!("{}: {e}", out[0]))?;
    eprintln!(
        "wrote {} documents to {} ({})",
        report.records.len(),
        out[0],
        output.name
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} problems; the other documents were converted",
            problems.len()
        ))
    }
}

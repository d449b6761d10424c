//! Plain rows: texts without annotations, as JSONL (`{"id", "title",
//! "text"}` per line) or CSV/TSV with a header naming a `text` column (and
//! optionally `id`, `title`). A missing title becomes the text's first
//! line; a missing id is derived from the text's hash. A bad JSONL row is
//! located by its line, a bad CSV row as a spreadsheet numbers it (the
//! header is row 1). There are no offsets
//! (no **offset unit**). Export writes the same JSONL; everything but the
//! texts, ids and titles is lost.

use serde::Serialize;
use serde_json::Value;

use super::common::document;
use super::{ImportReport, InputFile, OutputFile, Problem};
use crate::domain::corpus::Record;

#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    title: &'a str,
    text: &'a str,
}

pub fn export(records: &[Record]) -> OutputFile {
    let mut out = String::new();
    for r in records {
        let row = Row {
            id: &r.document.id,
            title: &r.document.title,
            text: &r.document.text,
        };
        out.push_str(&serde_json::to_string(&row).expect("always serialises"));
        out.push('\n');
    }
    OutputFile {
        name: "documents.jsonl".to_owned(),
        mime: "application/x-ndjson",
        bytes: out.into_bytes(),
    }
}

fn record(text: &str, id: Option<&str>, title: Option<&str>) -> Result<Record, String> {
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err("the text is empty; skipped".to_owned());
    }
    Ok(Record {
        document: document(text, id, title).map_err(|m| format!("{m}; skipped"))?,
        annotations: Default::default(),
        annotator: None,
    })
}

/// Reads a file of rows whole when it is CSV or TSV (true), or says it is
/// JSONL, read a line at a time with [`import_line`] (false).
pub(super) fn import_if_csv(
    files: &[InputFile],
    f: &InputFile,
    text: &str,
    report: &mut ImportReport,
) -> bool {
    let lower = f.name.to_ascii_lowercase();
    let is_csv =
        lower.ends_with(".csv") || lower.ends_with(".tsv") || !text.trim_start().starts_with('{');
    if is_csv {
        import_csv(files, f, text, lower.ends_with(".tsv"), report);
    }
    is_csv
}

/// Reads a JSONL row (not blank) found at `loc`.
pub(super) fn import_line(loc: String, line: &str, report: &mut ImportReport) {
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            report
                .problems
                .push(Problem::new(loc, format!("not JSON: {e}")));
            return;
        }
    };
    let Some(text) = value.get("text").and_then(Value::as_str) else {
        report
            .problems
            .push(Problem::new(loc, "a row needs a \"text\" string"));
        return;
    };
    let id = match value.get("id") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let title = value.get("title").and_then(Value::as_str);
    match record(text, id.as_deref(), title) {
        Ok(r) => report.records.push(r),
        Err(m) => report.problems.push(Problem::new(loc, m)),
    }
}

fn import_csv(
    files: &[InputFile],
    f: &InputFile,
    text: &str,
    tsv: bool,
    report: &mut ImportReport,
) {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            report
                .problems
                .push(Problem::new(f.name.clone(), format!("not CSV: {e}")));
            return;
        }
    };
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(text_col) = column("text") else {
        report.problems.push(Problem::new(
            f.name.clone(),
            "the header row has no \"text\" column (expected id, title, text)",
        ));
        return;
    };
    let (id_col, title_col) = (column("id"), column("title"));
    // Rows are located as a spreadsheet numbers them: the header is row 1.
    let prefix = if files.len() > 1 {
        format!("{} ", f.name)
    } else {
        String::new()
    };
    for (i, row) in reader.records().enumerate() {
        let loc = format!("{prefix}row {}", i + 2);
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                report
                    .problems
                    .push(Problem::new(loc, format!("unreadable row: {e}")));
                continue;
            }
        };
        let Some(text) = row.get(text_col) else {
            report
                .problems
                .push(Problem::new(loc, "the row has no text cell"));
            continue;
        };
        let get = |c: Option<usize>| c.and_then(|c| row.get(c));
        match record(text, get(id_col), get(title_col)) {
            Ok(r) => report.records.push(r),
            Err(m) => report.problems.push(Problem::new(loc, m)),
        }
    }
}

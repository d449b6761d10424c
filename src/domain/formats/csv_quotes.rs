//! A table of quotes for spreadsheets (export only): one row per quote with
//! columns `document_id, title, quote, speaker, kind, cue, start, end`.
//!
//! **Offsets (`start`, `end`) are code points** into the document text, end
//! exclusive (Python's `text[start:end]`), like the native file.
//!
//! Written for Excel and LibreOffice: RFC 4180 quoting (a cell with a comma,
//! quote, CR or LF is quoted, quotes doubled), CRLF row ends, and a UTF-8
//! byte-order mark so that Excel reads UTF-8. Formula injection is guarded:
//! a text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
//! apostrophe (`'`), so a spreadsheet shows it as text instead of running
//! it; such a cell then differs from the document text by that apostrophe.
//!
//! Lost (it is a report, not a dataset): mentions, speaker aliases and
//! colours, the document text itself, unattributed quotes' speakers (empty),
//! whose annotations they are (the annotator's name, gold).

use super::OutputFile;
use crate::domain::corpus::Record;
use crate::domain::formats::common::Offsets;

pub const HEADER: [&str; 8] = [
    "document_id",
    "title",
    "quote",
    "speaker",
    "kind",
    "cue",
    "start",
    "end",
];

/// A text cell made safe for spreadsheets: formula guard, then quoting.
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

pub fn export(records: &[Record]) -> OutputFile {
    let mut out = String::from("\u{feff}");
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    for r in records {
        let text = &r.document.text;
        let at = Offsets::new(text);
        let ann = &r.annotations;
        for q in &ann.quotes {
            let speaker = q
                .speaker
                .and_then(|s| ann.speaker(s))
                .map(|s| s.name.as_str())
                .unwrap_or("");
            let cue = q.cue.as_ref().map(|c| &text[c.clone()]).unwrap_or("");
            let row = [
                cell(&r.document.id),
                cell(&r.document.title),
                cell(&text[q.range.clone()]),
                cell(speaker),
                cell(q.kind.as_str()),
                cell(cue),
                at.cp(q.range.start).to_string(),
                at.cp(q.range.end).to_string(),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    OutputFile {
        name: "quotes.csv".to_owned(),
        mime: "text/csv",
        bytes: out.into_bytes(),
    }
}

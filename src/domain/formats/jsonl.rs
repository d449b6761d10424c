//! Native JSONL: a corpus as one native object (see [`super::native`]) per
//! line — one line per layer, each naming its annotator when known — and
//! the native format as one JSON file per record. Offsets
//! are **code points** (with UTF-16 alongside), exactly as in the native
//! file; every line is validated by the native importer, and then every span
//! must also lie on grapheme-cluster boundaries (which the single-document
//! importer leaves to the editor), so that no import breaks the core's
//! invariant. The two formats lose nothing on a round trip except speaker
//! colours outside the palette.

use super::common::{file_stem, utf8, UniqueNames};
use super::{json_layout, native, ImportReport, InputFile, OutputFile, Problem};
use crate::domain::annotations::Annotations;
use crate::domain::corpus::Record;
use crate::domain::document::Document;
use crate::domain::limits;
use crate::domain::offsets::{snap_to_graphemes, OffsetIndex};

/// A native import, refused when a span splits a grapheme cluster or a
/// value is over its bound ([`crate::domain::limits`]).
fn import_one(json: &str) -> Result<Vec<Record>, String> {
    let records = native::import(json)
        .map_err(|e| e.to_string())?
        .into_records();
    for r in &records {
        limits::check_record(&r.document, &r.annotations).map_err(|m| format!("{m}; skipped"))?;
        check_graphemes(&r.document, &r.annotations)?;
    }
    Ok(records)
}

/// A record as a native file: its annotator at the top level.
fn file_of(r: &Record) -> native::FileV2 {
    native::to_file_layers(
        &r.document,
        native::LayerOut {
            annotator: r.annotator.as_deref(),
            annotations: &r.annotations,
        },
        &[],
    )
}

fn check_graphemes(document: &Document, ann: &Annotations) -> Result<(), String> {
    let text = &document.text;
    let spans = ann
        .quotes
        .iter()
        .map(|q| ("Quote", q.id.label(), q.range.clone()))
        .chain(
            ann.quotes
                .iter()
                .filter_map(|q| q.cue.clone().map(|c| ("Cue of quote", q.id.label(), c))),
        )
        .chain(
            ann.mentions
                .iter()
                .map(|m| ("Mention", m.id.label(), m.range.clone())),
        );
    for (what, id, range) in spans {
        if snap_to_graphemes(text, range.clone()) != range {
            let index = OffsetIndex::new(text);
            let (s, e) = (
                index.position(range.start).code_point,
                index.position(range.end).code_point,
            );
            return Err(format!(
                "{what} {id}: offsets {s}..{e} split a character (a grapheme cluster such as an emoji sequence or a letter with its accents)."
            ));
        }
    }
    Ok(())
}

/// One native JSON file per record, named after its document id.
pub fn export_native_files(records: &[Record]) -> Vec<OutputFile> {
    let mut names = UniqueNames::default();
    records
        .iter()
        .map(|r| OutputFile {
            name: format!("{}.json", names.claim(file_stem(&r.document.id))),
            mime: "application/json",
            bytes: json_layout::to_string(&file_of(r)).into_bytes(),
        })
        .collect()
}

/// All records as one JSONL file.
pub fn export(records: &[Record]) -> OutputFile {
    let mut out = String::new();
    for r in records {
        let file = file_of(r);
        out.push_str(&serde_json::to_string(&file).expect("boundary types always serialise"));
        out.push('\n');
    }
    OutputFile {
        name: "corpus.jsonl".to_owned(),
        mime: "application/x-ndjson",
        bytes: out.into_bytes(),
    }
}

pub fn import_native_files(files: &[InputFile], report: &mut ImportReport) {
    for f in files {
        match utf8(&f.bytes).and_then(import_one) {
            Ok(records) => report.records.extend(records),
            Err(message) => report.problems.push(Problem::new(f.name.clone(), message)),
        }
    }
}

/// Reads a native record (a line not blank) found at `loc`.
pub(super) fn import_line(loc: String, line: &str, report: &mut ImportReport) {
    match import_one(line) {
        Ok(records) => report.records.extend(records),
        Err(message) => report.problems.push(Problem::new(loc, message)),
    }
}

/// "line 3", or "name line 3" when several files came in.
pub(crate) fn location(files: &[InputFile], name: &str, line: usize) -> String {
    if files.len() > 1 {
        format!("{name} line {line}")
    } else {
        format!("line {line}")
    }
}

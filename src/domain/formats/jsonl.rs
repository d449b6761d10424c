//! Native JSONL: a corpus as one native v1 object (see [`super::native`])
//! per line, and the native format as one JSON file per document. Offsets
//! are **code points** (with UTF-16 alongside), exactly as in the native
//! file; every line is validated by the native importer, so the two formats
//! lose nothing on a round trip except speaker colours outside the palette.

use super::common::{file_stem, utf8, UniqueNames};
use super::{native, ImportReport, InputFile, OutputFile, Problem};
use crate::domain::corpus::Record;

/// One native JSON file per record, named after its document id.
pub fn export_native_files(records: &[Record]) -> Vec<OutputFile> {
    let mut names = UniqueNames::default();
    records
        .iter()
        .map(|r| OutputFile {
            name: format!("{}.json", names.claim(file_stem(&r.document.id))),
            mime: "application/json",
            bytes: native::export(&r.document, &r.annotations).into_bytes(),
        })
        .collect()
}

/// All records as one JSONL file.
pub fn export(records: &[Record]) -> OutputFile {
    let mut out = String::new();
    for r in records {
        let file = native::to_file(&r.document, &r.annotations);
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
        let result =
            utf8(&f.bytes).and_then(|text| native::import(text).map_err(|e| e.to_string()));
        match result {
            Ok((document, annotations)) => report.records.push(Record {
                document,
                annotations,
            }),
            Err(message) => report.problems.push(Problem::new(f.name.clone(), message)),
        }
    }
}

pub fn import(files: &[InputFile], report: &mut ImportReport) {
    for f in files {
        let text = match utf8(&f.bytes) {
            Ok(t) => t.trim_start_matches('\u{feff}'),
            Err(message) => {
                report.problems.push(Problem::new(f.name.clone(), message));
                continue;
            }
        };
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match native::import(line) {
                Ok((document, annotations)) => report.records.push(Record {
                    document,
                    annotations,
                }),
                Err(e) => report
                    .problems
                    .push(Problem::new(location(files, &f.name, i + 1), e.to_string())),
            }
        }
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

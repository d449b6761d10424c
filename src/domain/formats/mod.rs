//! File formats: boundary types that are serialised, versioned and kept
//! apart from the model, and the translations between them and the model.
//! Every importer parses in two stages: the raw shape first, then a
//! validation into model types that names the first problem it finds.
//!
//! The dataset formats (many documents at once) share one entry point:
//! [`export`] writes records as the files a tool reads, [`import`] reads
//! files into records and lists every problem with its location (a bad row
//! or span is skipped, the good ones still come in), and [`detect`] guesses
//! the format from names and content. Offset units per format:
//!
//! | format | unit |
//! |---|---|
//! | native, JSONL, Label Studio, brat, W3C, CSV | code points |
//! | doccano | UTF-16 code units |

use crate::domain::corpus::Record;

mod archive;
pub use import_job::ImportJob;
mod common;

pub mod brat;
pub mod candidates_wire;
pub mod csv_quotes;
pub mod doccano;
mod import_job;
pub mod json_layout;
pub mod jsonl;
pub mod label_studio;
pub mod native;
pub mod rows;
pub mod stored;
pub mod web_annotation;
pub mod worker_wire;

/// A dataset format the annotator reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One native JSON document per file.
    Native,
    /// Native JSONL: one native v1 object per line.
    Jsonl,
    LabelStudio,
    Doccano,
    Brat,
    /// W3C Web Annotation (JSON-LD); export only.
    WebAnnotation,
    /// A table of quotes; export only.
    Csv,
    /// JSONL or CSV rows of `{id, title, text}`: texts without annotations.
    PlainRows,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Native,
        Format::Jsonl,
        Format::LabelStudio,
        Format::Doccano,
        Format::Brat,
        Format::WebAnnotation,
        Format::Csv,
        Format::PlainRows,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "native",
            Format::Jsonl => "jsonl",
            Format::LabelStudio => "label-studio",
            Format::Doccano => "doccano",
            Format::Brat => "brat",
            Format::WebAnnotation => "w3c",
            Format::Csv => "csv",
            Format::PlainRows => "rows",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        let s = s.trim().to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.name() == s)
    }

    /// Whether [`import`] reads this format.
    pub fn can_import(self) -> bool {
        !matches!(self, Format::WebAnnotation | Format::Csv)
    }
}

/// A file given to an importer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A file an exporter produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// One thing an import could not take, and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// e.g. "line 3", "task 2", "doc7.ann line 4".
    pub location: String,
    pub message: String,
}

impl Problem {
    pub fn new(location: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            location: location.into(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Why an export could not be written (a zip the zip crate refused). An
/// export never panics; it says why instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("The export could not be written: {0}.")]
pub struct ExportError(pub String);

/// What an import produced: the records it could read and every problem.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub records: Vec<Record>,
    pub problems: Vec<Problem>,
}

/// Writes records in a format. Never panics: a zip that cannot be written
/// is an [`ExportError`].
pub fn export(format: Format, records: &[Record]) -> Result<Vec<OutputFile>, ExportError> {
    Ok(match format {
        Format::Native => jsonl::export_native_files(records),
        Format::Jsonl => vec![jsonl::export(records)],
        Format::LabelStudio => label_studio::export(records),
        Format::Doccano => vec![doccano::export(records)],
        Format::Brat => vec![brat::export(records)?],
        Format::WebAnnotation => vec![web_annotation::export(records)],
        Format::Csv => vec![csv_quotes::export(records)],
        Format::PlainRows => vec![rows::export(records)],
    })
}

/// An export as one file: several files are zipped together (browsers ask
/// before letting a page download several files at once).
pub fn export_one(format: Format, records: &[Record]) -> Result<OutputFile, ExportError> {
    bundle(format, export(format, records)?)
}

/// A format's files as one download: the file itself, or a zip of several.
pub fn bundle(format: Format, mut files: Vec<OutputFile>) -> Result<OutputFile, ExportError> {
    if files.len() == 1 {
        return Ok(files.remove(0));
    }
    Ok(OutputFile {
        name: format!("{}-export.zip", format.name()),
        mime: "application/zip",
        bytes: archive::zip_files(&files)?,
    })
}

/// Replaces zip files by the files inside them (and zips inside those), so
/// that any export (a zipped Label Studio export, native files, brat) reads
/// back in; problems are for zips and files that could not be read or were
/// over a bound. Call it once per import: the unpack budget
/// ([`crate::domain::limits::MAX_UNPACKED_BYTES`]) is per call, shared by
/// every zip given and every zip inside them.
pub fn expand(files: Vec<InputFile>) -> (Vec<InputFile>, Vec<Problem>) {
    archive::expand(files)
}

/// Reads files in a format. Never panics: what cannot be read is listed in
/// the report's problems with its location, and everything else comes in.
pub fn import(format: Format, files: &[InputFile]) -> ImportReport {
    let mut job = ImportJob::new(format, files);
    while !job.step(files, usize::MAX) {}
    job.into_report()
}

/// Lines a dataset import reads between two calls of its `on_step`.
const LINES_PER_STEP: usize = 64;

/// A dataset import from the files as given: zips unpacked ([`expand`]),
/// the format detected unless named ([`detect`]; None when it cannot be
/// told, with the unpacking's problems), then read. `on_step` hears the
/// format and how far the reading has got (bytes read, of all) once the
/// format is known and after each step, so that the caller can say so.
pub fn read_dataset(
    files: Vec<InputFile>,
    format: Option<Format>,
    mut on_step: impl FnMut(Format, usize, usize),
) -> (Option<Format>, ImportReport) {
    let (files, unpacking) = expand(files);
    let Some(format) = format.or_else(|| detect(&files)) else {
        let report = ImportReport {
            records: Vec::new(),
            problems: unpacking,
        };
        return (None, report);
    };
    let mut job = ImportJob::new(format, &files);
    on_step(format, 0, 1);
    while !job.step(&files, LINES_PER_STEP) {
        let (read, total) = job.progress(&files);
        on_step(format, read, total);
    }
    let mut report = job.into_report();
    report.problems.splice(0..0, unpacking);
    (Some(format), report)
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Guesses the format of files from their names and content.
pub fn detect(files: &[InputFile]) -> Option<Format> {
    let first = files.first()?;
    if files.iter().any(|f| {
        extension(&f.name) == "ann"
            || extension(&f.name) == "zip"
            || f.bytes.starts_with(b"PK\x03\x04")
    }) {
        return Some(Format::Brat);
    }
    // A labelling config or brat's annotation.conf says nothing on its own.
    let first = files
        .iter()
        .find(|f| !matches!(extension(&f.name).as_str(), "xml" | "conf"))
        .unwrap_or(first);
    let ext = extension(&first.name);
    if ext == "csv" || ext == "tsv" {
        return Some(Format::PlainRows);
    }
    let text = std::str::from_utf8(&first.bytes).ok()?;
    let text = text.trim_start_matches('\u{feff}').trim_start();
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        return detect_json(&value, &ext);
    }
    // Several JSON values, one per line.
    let line = text.lines().find(|l| !l.trim().is_empty())?;
    let value = serde_json::from_str::<serde_json::Value>(line).ok()?;
    match detect_json(&value, "jsonl")? {
        Format::Native => Some(Format::Jsonl),
        other => Some(other),
    }
}

fn detect_json(value: &serde_json::Value, ext: &str) -> Option<Format> {
    use serde_json::Value;
    let object = match value {
        Value::Array(items) => items.first()?.as_object()?,
        Value::Object(o) => o,
        _ => return None,
    };
    if object.get("format").and_then(Value::as_str) == Some(native::FORMAT) {
        return Some(if ext == "jsonl" || ext == "ndjson" {
            Format::Jsonl
        } else {
            Format::Native
        });
    }
    if object.contains_key("@context")
        || object.get("type").and_then(Value::as_str) == Some("AnnotationCollection")
    {
        return Some(Format::WebAnnotation);
    }
    if object.get("data").is_some_and(Value::is_object) {
        return Some(Format::LabelStudio);
    }
    if object.contains_key("text")
        && (object.contains_key("entities")
            || object.contains_key("label")
            || object.contains_key("labels"))
    {
        return Some(Format::Doccano);
    }
    if object.contains_key("text") {
        return Some(Format::PlainRows);
    }
    None
}

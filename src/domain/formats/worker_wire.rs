//! The versioned JSON the page and the dataset formats' worker
//! (`src/bin/formats_worker.rs`) exchange: the records of an export going
//! to the worker, and an import's report coming back. Records travel in
//! the stored form (byte offsets, [`super::stored`]) and are validated when
//! read, by the same rules as a record read back from storage, so neither
//! side takes the other's word for a span.

use serde::{Deserialize, Serialize};

use super::stored::{StoredAnnotations, StoredDocument};
use super::{Format, ImportReport, Problem};
use crate::domain::corpus::Record;
use crate::domain::layers::normalize_annotator;
use crate::domain::limits;

pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct RecordV1 {
    document: StoredDocument,
    annotations: StoredAnnotations,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    annotator: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct RecordsV1 {
    version: u32,
    records: Vec<RecordV1>,
}

#[derive(Serialize, Deserialize)]
struct ReportV1 {
    version: u32,
    /// The format read, by name; None when it could not be told.
    format: Option<String>,
    records: Vec<RecordV1>,
    /// (location, message)
    problems: Vec<(String, String)>,
}

fn record_out(r: &Record) -> RecordV1 {
    RecordV1 {
        document: StoredDocument::from_document(&r.document),
        annotations: StoredAnnotations::from_annotations(&r.document.id, &r.annotations),
        annotator: r.annotator.clone(),
    }
}

/// A record read back by the rules of every door: spans (by the span
/// rule), bounds on the text, names and aliases, and the annotator's name.
fn record_in(r: RecordV1) -> Result<Record, String> {
    let id = r.document.id.clone();
    let why = |e: String| format!("the record of “{id}”: {e}");
    let document = r.document.into_document().map_err(why)?;
    let annotations = r.annotations.into_annotations(&document).map_err(why)?;
    limits::check_record(&document, &annotations).map_err(why)?;
    let annotator = r.annotator.as_deref().map(normalize_annotator);
    Ok(Record {
        document,
        annotations,
        annotator: annotator.transpose().map_err(why)?,
    })
}

fn check_version(version: u32) -> Result<(), String> {
    (version == VERSION)
        .then_some(())
        .ok_or_else(|| format!("a message of version {version}, not {VERSION}"))
}

/// Records for an export.
pub fn records_to_json(records: &[Record]) -> String {
    let wire = RecordsV1 {
        version: VERSION,
        records: records.iter().map(record_out).collect(),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// Records read back, each checked; the first that fails is the error.
pub fn records_from_json(json: &str) -> Result<Vec<Record>, String> {
    let wire: RecordsV1 = serde_json::from_str(json).map_err(|e| e.to_string())?;
    check_version(wire.version)?;
    wire.records.into_iter().map(record_in).collect()
}

/// An import's report, with the format it was read in.
pub fn report_to_json(format: Option<Format>, report: &ImportReport) -> String {
    let wire = ReportV1 {
        version: VERSION,
        format: format.map(|f| f.name().to_owned()),
        records: report.records.iter().map(record_out).collect(),
        problems: report
            .problems
            .iter()
            .map(|p| (p.location.clone(), p.message.clone()))
            .collect(),
    };
    serde_json::to_string(&wire).unwrap_or_default()
}

/// A report read back: every record checked, the format known by name.
pub fn report_from_json(json: &str) -> Result<(Option<Format>, ImportReport), String> {
    let wire: ReportV1 = serde_json::from_str(json).map_err(|e| e.to_string())?;
    check_version(wire.version)?;
    let format = match wire.format {
        None => None,
        Some(name) => Some(Format::parse(&name).ok_or(format!("an unknown format {name:?}"))?),
    };
    let records = wire.records.into_iter().map(record_in);
    let records = records.collect::<Result<_, _>>()?;
    let problems = wire.problems.into_iter();
    let problems = problems.map(|(l, m)| Problem::new(l, m)).collect();
    Ok((format, ImportReport { records, problems }))
}

/// The text a message of records should carry at most, in bytes: reading
/// one back takes the page a few milliseconds, not a frame.
pub const BATCH_BYTES: usize = 128 * 1024;

/// Records cut into runs of about [`BATCH_BYTES`] of text each (a longer
/// record is a run of its own), in order: an import's records cross to
/// the page one run per message, so that the page reads them back between
/// frames.
pub fn batches(records: &[Record]) -> Vec<&[Record]> {
    let mut runs = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, r) in records.iter().enumerate() {
        if i > start && bytes + r.document.text.len() > BATCH_BYTES {
            runs.push(&records[start..i]);
            (start, bytes) = (i, 0);
        }
        bytes += r.document.text.len();
    }
    if start < records.len() {
        runs.push(&records[start..]);
    }
    runs
}

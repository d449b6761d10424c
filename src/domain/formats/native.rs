//! The native JSON file (`"format": "article-annotator"`, version 2): one
//! document with its speakers, mentions and quotes, whose they are
//! (`annotator`; `"gold"` for a curated version), and optionally other
//! layers of the same document (other annotators', or gold), each with its
//! own speakers. Offsets are Unicode code points into `document.text`, end
//! exclusive (Python's `text[start:end]`), with UTF-16 offsets alongside.
//! The schema is in `article-annotator-v2.schema.json` beside this file.
//! Version 1 files (the same without `annotator` and `layers`) still import.

use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::json_layout;
use crate::domain::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId, PALETTE_SIZE,
};
use crate::domain::corpus::Record;
use crate::domain::document::{normalize, sha256_hex, Document};
use crate::domain::layers::{normalize_annotator, same_annotator, AnnotatorLayer};
use crate::domain::limits;
use crate::domain::offsets::{CodePoints, OffsetIndex, Utf16Units};
use crate::domain::spans::{SpanError, SpanRule};
use crate::domain::workspace::{Entry, YOU};

pub const FORMAT: &str = "article-annotator";
pub const VERSION: u64 = 2;

/// The JSON Schema every export validates against.
pub const SCHEMA: &str = include_str!("article-annotator-v2.schema.json");

/// Version 2: version 1 plus whose annotations they are and other layers.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FileV2 {
    pub format: String,
    pub version: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<String>,
    pub document: DocumentV1,
    pub speakers: Vec<SpeakerV1>,
    pub mentions: Vec<MentionV1>,
    pub quotes: Vec<QuoteV1>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<LayerV2>,
}

/// Another layer of the file's document: its annotator and annotations,
/// with speaker ids of its own.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LayerV2 {
    pub annotator: String,
    pub speakers: Vec<SpeakerV1>,
    pub mentions: Vec<MentionV1>,
    pub quotes: Vec<QuoteV1>,
}

impl From<FileV1> for FileV2 {
    fn from(f: FileV1) -> FileV2 {
        FileV2 {
            format: f.format,
            version: VERSION,
            annotator: None,
            document: f.document,
            speakers: f.speakers,
            mentions: f.mentions,
            quotes: f.quotes,
            layers: Vec::new(),
        }
    }
}

/// What a native file holds once validated: the document, the top-level
/// annotations and whose they are, and the other layers.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub document: Document,
    pub annotator: Option<String>,
    pub annotations: Annotations,
    pub layers: Vec<AnnotatorLayer>,
}

impl Imported {
    /// The document and its top-level annotations.
    pub fn pair(self) -> (Document, Annotations) {
        (self.document, self.annotations)
    }

    /// One record per layer, the top-level one first.
    pub fn into_records(self) -> Vec<Record> {
        let mut records = vec![Record {
            document: self.document.clone(),
            annotations: self.annotations,
            annotator: self.annotator,
        }];
        for layer in self.layers {
            records.push(Record {
                document: self.document.clone(),
                annotations: layer.annotations,
                annotator: Some(layer.annotator),
            });
        }
        records
    }
}

/// One layer to write: whose, and the annotations.
#[derive(Debug, Clone, Copy)]
pub struct LayerOut<'a> {
    pub annotator: Option<&'a str>,
    pub annotations: &'a Annotations,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FileV1 {
    pub format: String,
    pub version: u64,
    pub document: DocumentV1,
    pub speakers: Vec<SpeakerV1>,
    pub mentions: Vec<MentionV1>,
    pub quotes: Vec<QuoteV1>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DocumentV1 {
    pub id: String,
    pub title: String,
    pub text: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeakerV1 {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Index into the app's palette; optional for files made elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<u8>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Utf16V1 {
    pub start: Utf16Units,
    pub end: Utf16Units,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MentionV1 {
    pub id: String,
    pub speaker: String,
    pub start: CodePoints,
    pub end: CodePoints,
    pub text: String,
    #[serde(default)]
    pub utf16: Option<Utf16V1>,
    /// Set on spans a tool suggested rather than a person marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<SuggestionV1>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CueV1 {
    pub start: CodePoints,
    pub end: CodePoints,
    pub text: String,
    #[serde(default)]
    pub utf16: Option<Utf16V1>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct QuoteV1 {
    pub id: String,
    pub start: CodePoints,
    pub end: CodePoints,
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub cue: Option<CueV1>,
    #[serde(default)]
    pub utf16: Option<Utf16V1>,
    /// Set on spans a tool suggested rather than a person marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<SuggestionV1>,
}

/// Where a suggested span came from: the engine's rule and its confidence.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SuggestionV1 {
    pub rule: String,
    pub confidence: f32,
}

/// Why a file was refused. The message names the first problem found.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("This is not JSON: {0}")]
    NotJson(String),
    #[error("This is not an article-annotator file (its \"format\" is {0}).")]
    WrongFormat(String),
    #[error(
        "This file is version {0}, newer than this app reads (version {VERSION}). Update the app."
    )]
    NewerVersion(u64),
    #[error("This file's \"version\" is {0}, which is not a version of the format.")]
    BadVersion(String),
    #[error("The file does not have the expected shape: {0}")]
    Shape(String),
    #[error("The document text does not match its sha256: the file was changed after export.")]
    HashMismatch,
    #[error(
        "The document text has CR line endings; offsets must refer to text with LF line endings."
    )]
    NotNormalised,
    #[error(
        "{what} {id}: offsets {start}..{end} are out of range (the text has {len} code points)."
    )]
    OutOfRange {
        what: &'static str,
        id: String,
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("{what} {id}: \"text\" is {found:?} but offsets {start}..{end} give {expected:?}.")]
    TextMismatch {
        what: &'static str,
        id: String,
        start: usize,
        end: usize,
        found: String,
        expected: String,
    },
    #[error("{what} {id}: its utf16 offsets do not match its code point offsets.")]
    Utf16Mismatch { what: &'static str, id: String },
    #[error("{what} {id}: offsets {start}..{end} cannot be a span: {reason}.")]
    BadSpan {
        what: &'static str,
        id: String,
        start: usize,
        end: usize,
        reason: SpanError,
    },
    #[error("{what} {id} refers to speaker {speaker}, which is not in \"speakers\".")]
    UnknownSpeaker {
        what: &'static str,
        id: String,
        speaker: String,
    },
    #[error("Quote {id}: kind {kind:?} is not one of direct, indirect, mixed.")]
    BadKind { id: String, kind: String },
    #[error("The id {0} is used twice.")]
    DuplicateId(String),
    /// An id, title, name, alias or text over the bound every door uses.
    #[error("{0}")]
    TooLarge(String),
    #[error("In the layer of {annotator}: {error}")]
    InLayer {
        annotator: String,
        error: Box<ImportError>,
    },
    #[error("The annotator {0:?} has two layers in this file.")]
    DuplicateLayer(String),
    #[error("An annotator name is not valid: {0}.")]
    BadAnnotator(String),
}

/// A byte range in the file's units: code points, and UTF-16 units alongside (each end
/// looked up once).
fn units_of(index: &OffsetIndex, range: &Range<usize>) -> (CodePoints, CodePoints, Utf16V1) {
    let (start, end) = (index.position(range.start), index.position(range.end));
    let utf16 = Utf16V1 {
        start: start.utf16,
        end: end.utf16,
    };
    (start.code_point, end.code_point, utf16)
}

/// Writes a document and its annotations as the native boundary type.
/// A file of one layer whose annotator is not said.
pub fn to_file(document: &Document, ann: &Annotations) -> FileV2 {
    to_file_layers(
        document,
        LayerOut {
            annotator: None,
            annotations: ann,
        },
        &[],
    )
}

/// A file of a document's layers: `main` at the top level, `others` in
/// `layers` (an other layer without an annotator name is left out: it
/// could not be told apart on import).
pub fn to_file_layers(document: &Document, main: LayerOut, others: &[LayerOut]) -> FileV2 {
    let text = &document.text;
    let index = OffsetIndex::new(text);
    let (speakers, mentions, quotes) = layer_out(text, &index, main.annotations);
    FileV2 {
        format: FORMAT.to_owned(),
        version: VERSION,
        annotator: main.annotator.map(str::to_owned),
        document: DocumentV1 {
            id: document.id.clone(),
            title: document.title.clone(),
            text: text.clone(),
            sha256: sha256_hex(text),
        },
        speakers,
        mentions,
        quotes,
        layers: others
            .iter()
            .filter_map(|l| {
                let (speakers, mentions, quotes) = layer_out(text, &index, l.annotations);
                Some(LayerV2 {
                    annotator: l.annotator?.to_owned(),
                    speakers,
                    mentions,
                    quotes,
                })
            })
            .collect(),
    }
}

type LayerParts = (Vec<SpeakerV1>, Vec<MentionV1>, Vec<QuoteV1>);

fn layer_out(text: &str, index: &OffsetIndex, ann: &Annotations) -> LayerParts {
    (
        ann.speakers
            .iter()
            .map(|s| SpeakerV1 {
                id: s.id.label(),
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                color: Some(s.color),
            })
            .collect(),
        ann.mentions
            .iter()
            .map(|m| {
                let (start, end, utf16) = units_of(index, &m.range);
                MentionV1 {
                    id: m.id.label(),
                    speaker: m.speaker.label(),
                    start,
                    end,
                    text: text[m.range.clone()].to_owned(),
                    utf16: Some(utf16),
                    suggestion: None,
                }
            })
            .collect(),
        ann.quotes
            .iter()
            .map(|q| {
                let (start, end, utf16) = units_of(index, &q.range);
                QuoteV1 {
                    id: q.id.label(),
                    start,
                    end,
                    text: text[q.range.clone()].to_owned(),
                    kind: q.kind.as_str().to_owned(),
                    speaker: q.speaker.map(SpeakerId::label),
                    cue: q.cue.as_ref().map(|c| {
                        let (start, end, utf16) = units_of(index, c);
                        CueV1 {
                            start,
                            end,
                            text: text[c.clone()].to_owned(),
                            utf16: Some(utf16),
                        }
                    }),
                    utf16: Some(utf16),
                    suggestion: None,
                }
            })
            .collect(),
    )
}

/// The export in the native files' layout ([`json_layout`]).
pub fn export(document: &Document, ann: &Annotations) -> String {
    json_layout::to_string(&to_file(document, ann))
}

/// A document with all its layers as one file: the layer shown at the top
/// level (the user's own named `me`, or gold), the others in `layers`.
pub fn export_entry(entry: &Entry, me: Option<&str>) -> String {
    let shown = entry.record_as(me);
    let others: Vec<Record> = entry
        .layer_records(me)
        .into_iter()
        .filter(|r| r.annotator != shown.annotator || r.annotations != shown.annotations)
        .map(|mut r| {
            // A layer in `layers` needs a name: the unnamed user is "you".
            r.annotator.get_or_insert_with(|| YOU.to_owned());
            r
        })
        .collect();
    let outs: Vec<LayerOut> = others
        .iter()
        .map(|r| LayerOut {
            annotator: r.annotator.as_deref(),
            annotations: &r.annotations,
        })
        .collect();
    let main = LayerOut {
        annotator: shown.annotator.as_deref(),
        annotations: &shown.annotations,
    };
    export_layers(&shown.document, main, &outs)
}

/// A document's layers as one file ([`to_file_layers`]).
pub fn export_layers(document: &Document, main: LayerOut, others: &[LayerOut]) -> String {
    json_layout::to_string(&to_file_layers(document, main, others))
}

/// A native file's bytes as an import report: its records (the top-level
/// layer first), or none and one problem, located at the file's name,
/// saying why the file was refused.
pub fn import_report(name: &str, bytes: &[u8]) -> super::ImportReport {
    let imported = std::str::from_utf8(bytes)
        .map_err(|_| "it is not UTF-8 text".to_owned())
        .and_then(|json| import(json).map_err(|e| e.to_string()));
    match imported {
        Ok(imported) => super::ImportReport {
            records: imported.into_records(),
            problems: Vec::new(),
        },
        Err(why) => super::ImportReport {
            records: Vec::new(),
            problems: vec![super::Problem::new(name, why)],
        },
    }
}

/// Reads a version 1 or 2 native file: checks format and version on the
/// raw JSON first (so that a newer file says so rather than failing on its
/// shape), then the shape, then every offset, reference and name.
pub fn import(json: &str) -> Result<Imported, ImportError> {
    let header = read_header(json)?;
    match header.format {
        Some(serde_json::Value::String(f)) if f == FORMAT => {}
        Some(other) => return Err(ImportError::WrongFormat(other.to_string())),
        None => return Err(ImportError::WrongFormat("missing".to_owned())),
    }
    let shape = |e: serde_json::Error| ImportError::Shape(e.to_string());
    let file: FileV2 = match header.version {
        Some(v) if v.as_u64() == Some(1) => {
            serde_json::from_str::<FileV1>(json).map_err(shape)?.into()
        }
        Some(v) if v.as_u64() == Some(VERSION) => serde_json::from_str(json).map_err(shape)?,
        Some(v) => match v.as_u64() {
            Some(n) if n > VERSION => return Err(ImportError::NewerVersion(n)),
            _ => return Err(ImportError::BadVersion(v.to_string())),
        },
        None => return Err(ImportError::BadVersion("missing".to_owned())),
    };
    from_file(file)
}

/// What says which shape a file has: `format` and `version` as JSON
/// values (a `null` kept as one), None when absent.
#[derive(Deserialize, Default)]
struct Header {
    #[serde(default, deserialize_with = "present")]
    format: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "present")]
    version: Option<serde_json::Value>,
}

/// A field that is there, whatever its value (`null` included).
fn present<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<serde_json::Value>, D::Error> {
    serde_json::Value::deserialize(d).map(Some)
}

/// The format and version of a file. An object's are read skipping every
/// other field: parsing a 1 MB file into a generic value before the typed
/// one doubled the import's time. Anything else (not an object, not JSON,
/// a key given twice) is read as it always was, into a generic value.
fn read_header(json: &str) -> Result<Header, ImportError> {
    if json.trim_start().starts_with('{') {
        if let Ok(header) = serde_json::from_str::<Header>(json) {
            return Ok(header);
        }
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| ImportError::NotJson(e.to_string()))?;
    Ok(Header {
        format: value.get("format").cloned(),
        version: value.get("version").cloned(),
    })
}

/// Validates a parsed file into the model (see [`import`]).
pub fn from_file(file: FileV2) -> Result<Imported, ImportError> {
    let text = file.document.text;
    limits::check_text_len(text.len()).map_err(ImportError::TooLarge)?;
    if sha256_hex(&text) != file.document.sha256.to_lowercase() {
        return Err(ImportError::HashMismatch);
    }
    if normalize(&text) != text {
        return Err(ImportError::NotNormalised);
    }
    let annotator = |name: String| normalize_annotator(&name).map_err(ImportError::BadAnnotator);
    let main_annotator = file.annotator.map(annotator).transpose()?;
    let rule = SpanRule::new(text.as_str());
    let index = OffsetIndex::new(&text);
    let annotations = annotations_of(
        &text,
        &index,
        &rule,
        file.speakers,
        file.mentions,
        file.quotes,
    )?;
    let mut layers: Vec<AnnotatorLayer> = Vec::new();
    for layer in file.layers {
        let name = annotator(layer.annotator)?;
        if main_annotator
            .iter()
            .chain(layers.iter().map(|l| &l.annotator))
            .any(|n| same_annotator(n, &name))
        {
            return Err(ImportError::DuplicateLayer(name));
        }
        let annotations = annotations_of(
            &text,
            &index,
            &rule,
            layer.speakers,
            layer.mentions,
            layer.quotes,
        )
        .map_err(|e| ImportError::InLayer {
            annotator: name.clone(),
            error: Box::new(e),
        })?;
        layers.push(AnnotatorLayer {
            annotator: name,
            annotations,
        });
    }
    let document = Document {
        id: file.document.id,
        title: file.document.title,
        text,
    };
    limits::check_record(&document, &annotations).map_err(ImportError::TooLarge)?;
    for layer in &layers {
        limits::check_record(&document, &layer.annotations).map_err(ImportError::TooLarge)?;
    }
    Ok(Imported {
        document,
        annotator: main_annotator,
        annotations,
        layers,
    })
}

/// One layer's speakers, mentions and quotes, validated against the text.
fn annotations_of(
    text: &str,
    index: &OffsetIndex,
    rule: &SpanRule<&str>,
    speakers: Vec<SpeakerV1>,
    mentions: Vec<MentionV1>,
    quotes: Vec<QuoteV1>,
) -> Result<Annotations, ImportError> {
    let mut ids = Ids::default();
    let mut ann = Annotations::default();

    let mut speaker_ids = HashMap::new();
    for (i, s) in speakers.into_iter().enumerate() {
        let id = SpeakerId(ids.claim(&s.id, SpeakerId::parse(&s.id).map(|x| x.0))?);
        speaker_ids.insert(s.id, id);
        let color = s.color.unwrap_or((i % PALETTE_SIZE as usize) as u8) % PALETTE_SIZE;
        // Trimmed as the editor and every other importer trims them.
        ann.speakers.push(Speaker {
            id,
            name: s.name.trim().to_owned(),
            aliases: s
                .aliases
                .iter()
                .map(|a| a.trim().to_owned())
                .filter(|a| !a.is_empty())
                .collect(),
            color,
        });
    }
    let speaker = |what, id: &str, label: &str| {
        speaker_ids
            .get(label)
            .copied()
            .ok_or_else(|| ImportError::UnknownSpeaker {
                what,
                id: id.to_owned(),
                speaker: label.to_owned(),
            })
    };
    let span = |what, id: &str, start, end, found: &str, utf16: Option<Utf16V1>| {
        checked_range(
            text,
            index,
            rule,
            SpanFields {
                what,
                id,
                start,
                end,
                found,
                utf16,
            },
        )
    };

    for m in mentions {
        let range = span("Mention", &m.id, m.start, m.end, &m.text, m.utf16)?;
        let speaker = speaker("Mention", &m.id, &m.speaker)?;
        let id = MentionId(ids.claim(&m.id, MentionId::parse(&m.id).map(|x| x.0))?);
        // Pushed, then sorted once: inserting each in order is quadratic.
        ann.mentions.push(Mention { id, range, speaker });
    }
    for q in quotes {
        let range = span("Quote", &q.id, q.start, q.end, &q.text, q.utf16)?;
        let kind = QuoteKind::parse(&q.kind).ok_or_else(|| ImportError::BadKind {
            id: q.id.clone(),
            kind: q.kind.clone(),
        })?;
        let speaker = q
            .speaker
            .as_deref()
            .map(|s| speaker("Quote", &q.id, s))
            .transpose()?;
        let cue = q
            .cue
            .map(|c| span("Cue of quote", &q.id, c.start, c.end, &c.text, c.utf16))
            .transpose()?;
        let id = QuoteId(ids.claim(&q.id, QuoteId::parse(&q.id).map(|x| x.0))?);
        ann.quotes.push(Quote {
            id,
            range,
            kind,
            speaker,
            cue,
        });
    }
    ids.renumber(&mut ann);
    ann.sort_in_reading_order();
    Ok(ann)
}

struct SpanFields<'a> {
    what: &'static str,
    id: &'a str,
    start: CodePoints,
    end: CodePoints,
    found: &'a str,
    utf16: Option<Utf16V1>,
}

fn checked_range(
    text: &str,
    index: &OffsetIndex,
    rule: &SpanRule<&str>,
    f: SpanFields,
) -> Result<Range<usize>, ImportError> {
    let len = index.len_code_points();
    let id = f.id.to_owned();
    if f.start.0 > f.end.0 || f.end.0 > len {
        return Err(ImportError::OutOfRange {
            what: f.what,
            id,
            start: f.start.0,
            end: f.end.0,
            len,
        });
    }
    let start = index
        .byte_of_code_point(f.start.0)
        .expect("checked against len");
    let end = index
        .byte_of_code_point(f.end.0)
        .expect("checked against len");
    let range = start..end;
    if text[range.clone()] != *f.found {
        return Err(ImportError::TextMismatch {
            what: f.what,
            id,
            start: f.start.0,
            end: f.end.0,
            found: f.found.to_owned(),
            expected: text[range].to_owned(),
        });
    }
    if f.utf16.is_some_and(|u| u != units_of(index, &range).2) {
        return Err(ImportError::Utf16Mismatch { what: f.what, id });
    }
    rule.check(range).map_err(|reason| ImportError::BadSpan {
        what: f.what,
        id,
        start: f.start.0,
        end: f.end.0,
        reason,
    })
}

/// Keeps ids unique across a file. Labels in the app's own form (`q12`)
/// keep their number, so an export imports to the same state; other labels
/// get fresh numbers after the largest one seen.
#[derive(Default)]
struct Ids {
    seen: HashMap<String, ()>,
    numbers: HashMap<u32, ()>,
    /// Items whose label was foreign and still need a number: placeholders.
    pending: u32,
}

const PLACEHOLDER_BASE: u32 = u32::MAX / 2;

impl Ids {
    fn claim(&mut self, label: &str, number: Option<u32>) -> Result<u32, ImportError> {
        if self.seen.insert(label.to_owned(), ()).is_some() {
            return Err(ImportError::DuplicateId(label.to_owned()));
        }
        match number.filter(|n| *n < PLACEHOLDER_BASE && !self.numbers.contains_key(n)) {
            Some(n) => {
                self.numbers.insert(n, ());
                Ok(n)
            }
            None => {
                self.pending += 1;
                Ok(PLACEHOLDER_BASE + self.pending)
            }
        }
    }

    /// Replaces placeholder numbers by fresh ones after the largest real id.
    fn renumber(&self, ann: &mut Annotations) {
        if self.pending == 0 {
            return;
        }
        let base = self.numbers.keys().max().copied().unwrap_or(0);
        let fix = |n: u32| {
            if n > PLACEHOLDER_BASE {
                base + (n - PLACEHOLDER_BASE)
            } else {
                n
            }
        };
        for s in &mut ann.speakers {
            s.id.0 = fix(s.id.0);
        }
        for m in &mut ann.mentions {
            m.id.0 = fix(m.id.0);
            m.speaker.0 = fix(m.speaker.0);
        }
        for q in &mut ann.quotes {
            q.id.0 = fix(q.id.0);
            q.speaker = q.speaker.map(|s| SpeakerId(fix(s.0)));
        }
        ann.sort_in_reading_order();
    }
}

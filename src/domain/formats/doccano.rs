//! doccano's sequence labelling with relations, as JSONL: one document per
//! line, `{"text", "entities": [{"id", "label", "start_offset",
//! "end_offset"}], "relations": [{"id", "from_id", "to_id", "type"}]}`.
//! Import also takes the older `"label": [[start, end, "Quote"], …]` shape.
//!
//! **Offsets are UTF-16 code units**, not code points, whatever the issue
//! that asked for this module assumed either way. Verified in doccano's
//! annotation view, `doccano/v-annotator`
//! (`src/domain/models/EventHandler/TextSelectionHandler.ts`): an entity's
//! offset is the line's start plus the DOM selection's `anchorOffset`, and
//! DOM offsets in a text node are UTF-16 units; the server stores them as
//! given. So an emoji outside the BMP counts 2, and Python's
//! `text[start:end]` is off after one (doccano/doccano#2290 and #2484, both
//! open, report exactly that). Older doccano (0.x, PR #108) converted to
//! code points; a project with "count grapheme clusters as one character"
//! (`graphemeMode`, earlier `perCodePoint`) counts otherwise too. Neither
//! is supported here. Beware: doccano lines carry no span text to check
//! against, so a file counted in another unit is only caught when a span
//! then splits a character or crosses a paragraph; otherwise spans after
//! an astral character come in shifted.
//!
//! Labels: `Quote`, `Speaker` (a mention), `Cue`; relations `said_by`
//! (quote → speaker mention) and `cue` (quote → cue). Extra top-level keys,
//! which doccano keeps as metadata: `doc_id`, `title`, `speaker_of`
//! (entity id → speaker name, for mentions and for quotes attributed to a
//! speaker with no mention in the text) and `kind_of` (quote entity id →
//! `indirect`/`mixed`).
//!
//! Lost on a round trip: speaker aliases and colours; whose annotations
//! they are (the annotator's name, gold); a speaker's name when
//! the `speaker_of` metadata is dropped by the tool (the mention's text is
//! used instead, so mentions with different texts become different
//! speakers); quote kinds without `kind_of`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::common::{
    assemble, document, flatten, InLink, InSpan, Label, Link, Offsets, SourceText,
};
use super::{ImportReport, OutputFile, Problem};
use crate::domain::annotations::QuoteKind;
use crate::domain::corpus::Record;
use crate::domain::offsets::Utf16Units;

#[derive(Debug, Serialize)]
struct LineOut<'a> {
    text: &'a str,
    entities: Vec<EntityOut>,
    relations: Vec<RelationOut>,
    doc_id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    speaker_of: BTreeMap<u32, String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    kind_of: BTreeMap<u32, &'static str>,
}

#[derive(Debug, Serialize)]
struct EntityOut {
    id: u32,
    label: &'static str,
    start_offset: Utf16Units,
    end_offset: Utf16Units,
}

#[derive(Debug, Serialize)]
struct RelationOut {
    id: u32,
    from_id: u32,
    to_id: u32,
    #[serde(rename = "type")]
    kind: &'static str,
}

pub fn export(records: &[Record]) -> OutputFile {
    let mut out = String::new();
    for r in records {
        let text = &r.document.text;
        let at = Offsets::new(text);
        let (spans, links) = flatten(&r.annotations);
        let ids: BTreeMap<&str, u32> = spans
            .iter()
            .enumerate()
            .map(|(i, s)| (s.key.as_str(), i as u32 + 1))
            .collect();
        let mut line = LineOut {
            text,
            entities: Vec::new(),
            relations: Vec::new(),
            doc_id: &r.document.id,
            title: &r.document.title,
            speaker_of: BTreeMap::new(),
            kind_of: BTreeMap::new(),
        };
        for s in &spans {
            let id = ids[s.key.as_str()];
            line.entities.push(EntityOut {
                id,
                label: s.label.as_str(),
                start_offset: at.utf16(s.range.start),
                end_offset: at.utf16(s.range.end),
            });
            if let Some(name) = &s.speaker {
                line.speaker_of.insert(id, name.clone());
            }
            if s.label == Label::Quote && s.kind != QuoteKind::Direct {
                line.kind_of.insert(id, s.kind.as_str());
            }
        }
        for (i, l) in links.iter().enumerate() {
            line.relations.push(RelationOut {
                id: i as u32 + 1,
                from_id: ids[l.from.as_str()],
                to_id: ids[l.to.as_str()],
                kind: l.link.name(),
            });
        }
        out.push_str(&serde_json::to_string(&line).expect("always serialises"));
        out.push('\n');
    }
    OutputFile {
        name: "doccano.jsonl".to_owned(),
        mime: "application/x-ndjson",
        bytes: out.into_bytes(),
    }
}

/// The raw shape of one line, before validation.
#[derive(Debug, Deserialize)]
struct LineIn {
    text: String,
    #[serde(default)]
    entities: Vec<Value>,
    /// The older sequence-labelling export: `[[start, end, label], …]`.
    #[serde(default)]
    label: Option<Value>,
    #[serde(default)]
    relations: Vec<Value>,
    #[serde(default)]
    doc_id: Option<Value>,
    #[serde(default)]
    id: Option<Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    speaker_of: BTreeMap<String, String>,
    #[serde(default)]
    kind_of: BTreeMap<String, String>,
}

fn id_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// (id, label, start, end) of an entity in either shape.
fn entity_fields(v: &Value, index: usize) -> Result<(String, String, usize, usize), String> {
    let num = |v: Option<&Value>, what: &str| {
        v.and_then(Value::as_u64)
            .map(|n| n as usize)
            .ok_or_else(|| format!("its {what} is missing or not a whole number"))
    };
    match v {
        Value::Object(o) => Ok((
            o.get("id")
                .and_then(id_string)
                .unwrap_or_else(|| format!("#{}", index + 1)),
            o.get("label")
                .and_then(Value::as_str)
                .ok_or("its label is missing or not a string")?
                .to_owned(),
            num(o.get("start_offset"), "start_offset")?,
            num(o.get("end_offset"), "end_offset")?,
        )),
        Value::Array(a) if a.len() == 3 => Ok((
            format!("#{}", index + 1),
            a[2].as_str().ok_or("its label is not a string")?.to_owned(),
            num(a.first(), "start")?,
            num(a.get(1), "end")?,
        )),
        _ => Err("an entity must be an object {id, label, start_offset, end_offset} or [start, end, label]".to_owned()),
    }
}

/// Reads a doccano line (not blank) found at `loc`.
pub(super) fn import_line(loc: String, line: &str, report: &mut ImportReport) {
    let raw: LineIn = match serde_json::from_str(line) {
        Ok(raw) => raw,
        Err(e) => {
            report.problems.push(Problem::new(
                loc,
                format!("not a doccano line {{\"text\", \"entities\", \"relations\"}}: {e}"),
            ));
            return;
        }
    };
    if let Some(record) = convert(raw, &loc, &mut report.problems) {
        report.records.push(record);
    }
}

fn convert(raw: LineIn, loc: &str, problems: &mut Vec<Problem>) -> Option<Record> {
    if raw.text.trim_start_matches('\u{feff}').trim().is_empty() {
        problems.push(Problem::new(loc, "the text is empty"));
        return None;
    }
    let id = raw.doc_id.as_ref().or(raw.id.as_ref()).and_then(id_string);
    let document = match document(&raw.text, id.as_deref(), raw.title.as_deref()) {
        Ok(d) => d,
        Err(m) => {
            problems.push(Problem::new(loc, format!("{m}; skipped")));
            return None;
        }
    };
    let source = SourceText::new(&raw.text);
    let mut entities = raw.entities;
    if let Some(Value::Array(old)) = raw.label {
        entities.extend(old);
    }
    let mut spans = Vec::new();
    for (n, e) in entities.iter().enumerate() {
        let (key, label, start, end) = match entity_fields(e, n) {
            Ok(f) => f,
            Err(m) => {
                problems.push(Problem::new(format!("{loc} entity {}", n + 1), m));
                continue;
            }
        };
        let eloc = format!("{loc} entity {key}");
        let Some(label) = Label::parse(&label) else {
            problems.push(Problem::new(
                eloc,
                format!("unknown label {label:?} (expected Quote, Speaker or Cue); skipped"),
            ));
            continue;
        };
        let range = match source.range(Utf16Units(start), Utf16Units(end)) {
            Ok(r) => r,
            Err(m) => {
                problems.push(Problem::new(eloc, format!("{m}; skipped")));
                continue;
            }
        };
        let kind = match raw.kind_of.get(&key) {
            Some(k) => match QuoteKind::parse(k) {
                Some(k) => Some(k),
                None => {
                    problems.push(Problem::new(
                        eloc.clone(),
                        format!("kind {k:?} is not direct, indirect or mixed; direct used"),
                    ));
                    None
                }
            },
            None => None,
        };
        spans.push(InSpan {
            speaker: raw.speaker_of.get(&key).cloned(),
            key,
            location: eloc,
            label,
            range,
            kind,
        });
    }
    let mut links = Vec::new();
    for (n, r) in raw.relations.iter().enumerate() {
        let rloc = format!("{loc} relation {}", n + 1);
        let (Some(from), Some(to)) = (
            r.get("from_id").and_then(id_string),
            r.get("to_id").and_then(id_string),
        ) else {
            problems.push(Problem::new(
                rloc,
                "a relation needs from_id and to_id; skipped",
            ));
            continue;
        };
        let link = match r.get("type").and_then(Value::as_str) {
            None => None,
            Some(t) => match Link::parse(t) {
                Some(l) => Some(l),
                None => {
                    problems.push(Problem::new(
                        rloc,
                        format!("unknown relation type {t:?} (expected said_by or cue); skipped"),
                    ));
                    continue;
                }
            },
        };
        links.push(InLink {
            location: rloc,
            from,
            to,
            link,
        });
    }
    let annotations = assemble(source.text(), spans, links, problems);
    Some(Record {
        document,
        annotations,
        annotator: None,
    })
}

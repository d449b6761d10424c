//! Label Studio: the task JSON its importer takes (`[{"data": {"text"},
//! "annotations": [{"result": […]}]}]`), and the labelling config (XML)
//! that makes those results show, as a second file.
//!
//! **Offsets are code points**: `value.start`/`value.end` index the text
//! as Python's `text[start:end]` does. Label Studio's frontend stores code
//! points rather than JavaScript lengths since
//! heartexlabs/label-studio-frontend#308 (fixing HumanSignal/label-studio#1008
//! and #1347, "Store code points instead of js length").
//!
//! Results written: `labels` regions (`from_name` "label", `to_name` "text")
//! labelled `Quote`, `Speaker` (a mention) or `Cue`; a per-region `choices`
//! result (`from_name` "kind") with the quote kind; `relation` results
//! `said_by` (quote → speaker mention, direction "right") and `cue`
//! (quote → cue). A region's `meta.text[0]` holds the speaker's name, on
//! each mention and on a quote attributed to a speaker who has no mention in
//! the text (Label Studio shows it as the region's note). `data` carries
//! `text`, `doc_id` and `title`.
//!
//! Import reads the first annotation that was not cancelled, else the first
//! prediction; relations may point either way.
//!
//! Lost on a round trip: speaker aliases and colours; whose annotations
//! they are (the annotator's name, gold); which of several
//! mentions of a speaker a quote was linked to (the nearest is used);
//! without `meta`, speaker names (the mention text is used).

use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::common::{
    assemble, document, flatten, positions, utf8, InLink, InSpan, Label, Link, Offsets, SourceText,
};
use super::{ImportReport, InputFile, OutputFile, Problem};
use crate::domain::annotations::QuoteKind;
use crate::domain::corpus::Record;
use crate::domain::offsets::CodePoints;

/// The labelling config matching the exported tasks.
pub const CONFIG: &str = r##"<View>
  <Relations>
    <Relation value="said_by"/>
    <Relation value="cue"/>
  </Relations>
  <Labels name="label" toName="text">
    <Label value="Quote" background="#FFC107"/>
    <Label value="Speaker" background="#42A5F5"/>
    <Label value="Cue" background="#BDBDBD"/>
  </Labels>
  <Text name="text" value="$text"/>
  <Choices name="kind" toName="text" perRegion="true" choice="single" showInline="true">
    <Choice value="direct"/>
    <Choice value="indirect"/>
    <Choice value="mixed"/>
  </Choices>
</View>
"##;

fn task(r: &Record) -> Value {
    json!({
        "data": data(r),
        "annotations": [{ "result": results_of(r) }],
    })
}

fn data(r: &Record) -> Value {
    json!({ "text": r.document.text, "doc_id": r.document.id, "title": r.document.title })
}

/// Label Studio's pre-annotation: each record's spans as a prediction of
/// `model_version` with its `score` (0–1), which Label Studio shows for a
/// person to accept or correct, never as a finished annotation. What
/// `suggest` writes comes in this way (`annotator convert` detects it).
pub fn export_predictions(
    records: &[Record],
    scores: &[f32],
    model_version: &str,
) -> Vec<OutputFile> {
    let tasks: Vec<Value> = records
        .iter()
        .zip(scores)
        .map(|(r, score)| {
            json!({
                "data": data(r),
                "predictions": [{
                    "model_version": model_version,
                    // f32 printed as f64 shows float noise (0.8999999…).
                    "score": (f64::from(*score) * 1000.0).round() / 1000.0,
                    "result": results_of(r),
                }],
            })
        })
        .collect();
    with_config(tasks)
}

fn results_of(r: &Record) -> Vec<Value> {
    let text = &r.document.text;
    let at = Offsets::new(text);
    let (spans, links) = flatten(&r.annotations);
    let mut result = Vec::new();
    for s in &spans {
        let (start, end) = (at.cp(s.range.start), at.cp(s.range.end));
        let mut region = json!({
            "id": s.key,
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": start,
                "end": end,
                "text": &text[s.range.clone()],
                "labels": [s.label.as_str()],
            },
        });
        if let Some(name) = &s.speaker {
            region["meta"] = json!({ "text": [name] });
        }
        result.push(region);
        if s.label == Label::Quote {
            result.push(json!({
                "id": s.key,
                "from_name": "kind",
                "to_name": "text",
                "type": "choices",
                "value": { "start": start, "end": end, "choices": [s.kind.as_str()] },
            }));
        }
    }
    for l in &links {
        result.push(json!({
            "from_id": l.from,
            "to_id": l.to,
            "type": "relation",
            "direction": "right",
            "labels": [l.link.name()],
        }));
    }
    result
}

pub fn export(records: &[Record]) -> Vec<OutputFile> {
    with_config(records.iter().map(task).collect())
}

fn with_config(tasks: Vec<Value>) -> Vec<OutputFile> {
    vec![
        OutputFile {
            name: "label-studio-tasks.json".to_owned(),
            mime: "application/json",
            bytes: serde_json::to_vec_pretty(&tasks).expect("always serialises"),
        },
        OutputFile {
            name: "label-studio-config.xml".to_owned(),
            mime: "application/xml",
            bytes: CONFIG.as_bytes().to_vec(),
        },
    ]
}

// Import, in two stages: the raw shapes below (what a Label Studio file
// may hold, loosely typed), then `convert`, which validates them into the
// model's spans and links. Each task and each result is read on its own, so
// one malformed result is a located problem, not a refused file.

/// A task as exported, before validation.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawTask {
    id: Option<Value>,
    data: Option<Map<String, Value>>,
    /// Each entry is read on its own ([`RawAnnotation`]): Label Studio's
    /// own export may list predictions as bare ids (`"predictions": [286]`).
    annotations: Vec<Value>,
    /// Older exports' name for annotations.
    completions: Vec<Value>,
    predictions: Vec<Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawAnnotation {
    was_cancelled: bool,
    /// Each result is read on its own (see [`RawResult`]); None when the
    /// annotation has no results at all (then the next one is used).
    result: Option<Vec<Value>>,
}

/// One result of an annotation, before validation.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawResult {
    /// A string, or a number in some exports.
    id: Option<Value>,
    #[serde(rename = "type")]
    kind: Option<String>,
    value: RawValue,
    from_id: Option<Value>,
    to_id: Option<Value>,
    labels: Vec<String>,
    meta: Option<RawMeta>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawValue {
    /// Numbers, checked in the second stage (a string is a located problem).
    start: Option<Value>,
    end: Option<Value>,
    labels: Option<Vec<String>>,
    text: Option<String>,
    choices: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RawMeta {
    /// A list of notes (Label Studio's shape) or one string.
    text: Option<Value>,
}

pub fn import(files: &[InputFile], report: &mut ImportReport) {
    for f in files {
        let lower = f.name.to_ascii_lowercase();
        if lower.ends_with(".xml") {
            continue; // the labelling config: nothing to import
        }
        let prefix = if files.len() > 1 {
            format!("{} ", f.name)
        } else {
            String::new()
        };
        let value = match utf8(&f.bytes).and_then(|t| {
            serde_json::from_str::<Value>(t.trim_start_matches('\u{feff}'))
                .map_err(|e| format!("not JSON: {e}"))
        }) {
            Ok(v) => v,
            Err(m) => {
                report.problems.push(Problem::new(f.name.clone(), m));
                continue;
            }
        };
        let tasks = match value {
            Value::Array(tasks) => tasks,
            Value::Object(_) => vec![value],
            _ => {
                report.problems.push(Problem::new(
                    f.name.clone(),
                    "expected a list of Label Studio tasks [{\"data\": {\"text\": …}}]",
                ));
                continue;
            }
        };
        for (i, t) in tasks.into_iter().enumerate() {
            let loc = format!("{prefix}task {}", i + 1);
            if !t.is_object() {
                report
                    .problems
                    .push(Problem::new(loc, "a task must be an object"));
                continue;
            }
            match serde_json::from_value::<RawTask>(t) {
                Ok(task) => {
                    if let Some(r) = convert(task, &loc, &mut report.problems) {
                        report.records.push(r);
                    }
                }
                Err(e) => report.problems.push(Problem::new(
                    loc,
                    format!("the task does not have Label Studio's shape: {e}; skipped"),
                )),
            }
        }
    }
}

/// The results to import from a task: the first annotation that was not
/// cancelled, else the first prediction.
fn results(task: &RawTask, loc: &str, problems: &mut Vec<Problem>) -> Vec<Value> {
    let mut first_kept = |key: &str, list: &[Value]| -> Option<Vec<Value>> {
        list.iter().enumerate().find_map(|(n, a)| {
            // A bare id (Label Studio lists predictions so): nothing to read.
            if !a.is_object() {
                return None;
            }
            match RawAnnotation::deserialize(a) {
                Ok(a) if a.was_cancelled => None,
                Ok(a) => a.result,
                Err(e) => {
                    problems.push(Problem::new(
                        format!("{loc} {key} {}", n + 1),
                        format!("does not have Label Studio's shape: {e}; skipped"),
                    ));
                    None
                }
            }
        })
    };
    first_kept("annotation", &task.annotations)
        .or_else(|| first_kept("completion", &task.completions))
        .or_else(|| first_kept("prediction", &task.predictions))
        .unwrap_or_default()
}

/// A region's id as a string, whether the file gives a string or a number.
fn id_text(id: Option<Value>) -> Option<String> {
    match id? {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A whole number of a raw value, if it is one.
fn whole(v: &Option<Value>) -> Option<usize> {
    v.as_ref()?.as_u64().map(|n| n as usize)
}

fn convert(task: RawTask, loc: &str, problems: &mut Vec<Problem>) -> Option<Record> {
    let Some(data) = &task.data else {
        problems.push(Problem::new(loc, "the task has no \"data\" object"));
        return None;
    };
    let Some(raw_text) = data.get("text").and_then(Value::as_str) else {
        problems.push(Problem::new(loc, "the task's data has no \"text\" string"));
        return None;
    };
    if raw_text.trim_start_matches('\u{feff}').trim().is_empty() {
        problems.push(Problem::new(loc, "the text is empty"));
        return None;
    }
    let id = data
        .get("doc_id")
        .or(task.id.as_ref())
        .and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        });
    let title = data.get("title").and_then(Value::as_str);
    let document = match document(raw_text, id.as_deref(), title) {
        Ok(d) => d,
        Err(m) => {
            problems.push(Problem::new(loc, format!("{m}; skipped")));
            return None;
        }
    };
    let source = SourceText::new(raw_text);
    let mut spans = Vec::new();
    let mut kinds: Vec<(String, String)> = Vec::new();
    let mut links = Vec::new();
    for (n, r) in results(&task, loc, problems).iter().enumerate() {
        let rloc = format!("{loc} result {}", n + 1);
        let r = match serde_json::from_value::<RawResult>(r.clone()) {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::new(
                    rloc,
                    format!("the result does not have Label Studio's shape: {e}; skipped"),
                ));
                continue;
            }
        };
        match r.kind.as_deref() {
            Some("labels") => {
                let (Some(start), Some(end)) = (whole(&r.value.start), whole(&r.value.end)) else {
                    problems.push(Problem::new(
                        rloc,
                        "a labels result needs whole-number value.start and value.end; skipped",
                    ));
                    continue;
                };
                let labels = r.value.labels.clone().unwrap_or_default();
                let [label] = &labels[..] else {
                    problems.push(Problem::new(
                        rloc,
                        format!("a region needs exactly one label, it has {labels:?}; skipped"),
                    ));
                    continue;
                };
                let Some(label) = Label::parse(label) else {
                    problems.push(Problem::new(
                        rloc,
                        format!(
                            "unknown label {label:?} (expected Quote, Speaker or Cue); skipped"
                        ),
                    ));
                    continue;
                };
                let range = match source.range_with_text(
                    CodePoints(start),
                    CodePoints(end),
                    r.value.text.as_deref(),
                ) {
                    Ok(range) => range,
                    Err(m) => {
                        problems.push(Problem::new(rloc, format!("{m}; skipped")));
                        continue;
                    }
                };
                let speaker = r
                    .meta
                    .and_then(|m| m.text)
                    .and_then(|t| match t {
                        Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_owned),
                        Value::String(s) => Some(s),
                        _ => None,
                    })
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty());
                spans.push(InSpan {
                    key: id_text(r.id).unwrap_or_else(|| format!("#{}", n + 1)),
                    location: rloc,
                    label,
                    range,
                    speaker,
                    kind: None,
                });
            }
            Some("choices") => match (id_text(r.id), r.value.choices.first()) {
                (Some(id), Some(c)) => kinds.push((id, c.clone())),
                _ => problems.push(Problem::new(
                    rloc,
                    "a choices result needs a region id and a choice; skipped",
                )),
            },
            Some("relation") => {
                let (Some(from), Some(to)) = (id_text(r.from_id), id_text(r.to_id)) else {
                    problems.push(Problem::new(
                        rloc,
                        "a relation needs from_id and to_id; skipped",
                    ));
                    continue;
                };
                let link = match r.labels.first() {
                    None => None,
                    Some(l) => match Link::parse(l) {
                        Some(l) => Some(l),
                        None => {
                            problems.push(Problem::new(rloc, format!("unknown relation label {l:?} (expected said_by or cue); skipped")));
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
            other => problems.push(Problem::new(
                rloc,
                format!(
                    "result type {} is not one this app reads (labels, choices, relation); skipped",
                    other.unwrap_or("missing")
                ),
            )),
        }
    }
    let at = positions(&spans);
    for (id, choice) in kinds {
        match (
            at.get(&id).map(|&i| &mut spans[i]),
            QuoteKind::parse(&choice),
        ) {
            (Some(s), Some(k)) if s.label == Label::Quote => s.kind = Some(k),
            (Some(_), Some(_)) => {}
            (None, _) => problems.push(Problem::new(
                loc,
                format!("a kind is given for region {id}, which is not a region here; ignored"),
            )),
            (Some(_), None) => problems.push(Problem::new(
                loc,
                format!(
                    "region {id}: kind {choice:?} is not direct, indirect or mixed; direct used"
                ),
            )),
        }
    }
    let annotations = assemble(source.text(), spans, links, problems);
    Some(Record {
        document,
        annotations,
        annotator: None,
    })
}

//! W3C Web Annotation (JSON-LD), export only: one `AnnotationCollection`
//! whose first page holds an annotation per quote, mention and cue, each
//! targeting its document with a `TextQuoteSelector` (exact, prefix,
//! suffix) and a `TextPositionSelector`, plus `linking` annotations for
//! attribution (targets: the quote and the speaker's mention; with no
//! mention, the quote alone and the speaker's name as an `identifying`
//! body) and for cues (targets: the quote and its cue).
//!
//! **Offsets are code points**: the Web Annotation Data Model (W3C
//! Recommendation, Text Quote and Text Position Selectors) counts
//! character positions in Unicode code points, not in code units of any
//! encoding; w3c/web-annotation#206 raised the ambiguity before the
//! Recommendation settled it. The text is this app's normalised text (LF
//! line ends), as the spec asks that selectors refer to a normalised text.
//!
//! Documents are identified as `urn:article-annotator:doc:<id>` and the
//! text itself is not included (a target is a reference): the export is
//! for tools that have the texts. Kinds are `classifying` bodies, labels
//! (`Quote`, `Speaker`, `Cue`) `tagging` bodies, speaker names
//! `identifying` bodies. Lost: the text, titles, aliases, colours, whose
//! annotations they are (the annotator's name, gold).

use serde_json::{json, Value};

use super::common::{LinkedMentions, Offsets};
use super::OutputFile;
use crate::domain::corpus::Record;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Code points of context kept in a TextQuoteSelector's prefix and suffix.
const CONTEXT_CHARS: usize = 32;

fn iri_part(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn tag(value: &str) -> Value {
    json!({ "type": "TextualBody", "purpose": "tagging", "value": value })
}

pub fn export(records: &[Record]) -> OutputFile {
    let mut items = Vec::new();
    for r in records {
        let source = format!("urn:article-annotator:doc:{}", iri_part(&r.document.id));
        let text = &r.document.text;
        let at = Offsets::new(text);
        let target = |range: &std::ops::Range<usize>| {
            let prefix: String = {
                let before: Vec<char> = text[..range.start]
                    .chars()
                    .rev()
                    .take(CONTEXT_CHARS)
                    .collect();
                before.into_iter().rev().collect()
            };
            let suffix: String = text[range.end..].chars().take(CONTEXT_CHARS).collect();
            json!({
                "source": source,
                "selector": [
                    {
                        "type": "TextQuoteSelector",
                        "exact": &text[range.clone()],
                        "prefix": prefix,
                        "suffix": suffix,
                    },
                    {
                        "type": "TextPositionSelector",
                        "start": at.cp(range.start),
                        "end": at.cp(range.end),
                    },
                ],
            })
        };
        let ann = &r.annotations;
        let linked = LinkedMentions::new(ann);
        let name = |id| ann.speaker(id).map(|s| s.name.clone()).unwrap_or_default();
        for m in &ann.mentions {
            items.push(json!({
                "id": format!("{source}#{}", m.id.label()),
                "type": "Annotation",
                "motivation": "identifying",
                "body": [
                    tag("Speaker"),
                    { "type": "TextualBody", "purpose": "identifying", "value": name(m.speaker) },
                ],
                "target": target(&m.range),
            }));
        }
        for q in &ann.quotes {
            let qid = format!("{source}#{}", q.id.label());
            items.push(json!({
                "id": qid,
                "type": "Annotation",
                "motivation": "tagging",
                "body": [
                    tag("Quote"),
                    { "type": "TextualBody", "purpose": "classifying", "value": q.kind.as_str() },
                ],
                "target": target(&q.range),
            }));
            if let Some(cue) = &q.cue {
                let cid = format!("{source}#c{}", q.id.0);
                items.push(json!({
                    "id": cid,
                    "type": "Annotation",
                    "motivation": "tagging",
                    "body": tag("Cue"),
                    "target": target(cue),
                }));
                items.push(json!({
                    "id": format!("{source}#cue-{}", q.id.label()),
                    "type": "Annotation",
                    "motivation": "linking",
                    "body": tag("cue"),
                    "target": [qid, cid],
                }));
            }
            if let Some(speaker) = q.speaker {
                let mut targets = vec![Value::String(qid.clone())];
                if let Some(m) = linked.of(q) {
                    targets.push(Value::String(format!("{source}#{}", m.id.label())));
                }
                items.push(json!({
                    "id": format!("{source}#said-by-{}", q.id.label()),
                    "type": "Annotation",
                    "motivation": "linking",
                    "body": [
                        tag("said_by"),
                        { "type": "TextualBody", "purpose": "identifying", "value": name(speaker) },
                    ],
                    "target": targets,
                }));
            }
        }
    }
    let collection = json!({
        "@context": CONTEXT,
        "id": "urn:article-annotator:export",
        "type": "AnnotationCollection",
        "label": "Quotes and their speakers",
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    OutputFile {
        name: "annotations.jsonld".to_owned(),
        mime: "application/ld+json",
        bytes: serde_json::to_vec_pretty(&collection).expect("always serialises"),
    }
}

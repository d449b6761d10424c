//! What the suggestion engine's worker sends the page: one document's
//! candidates as JSON, a versioned boundary type separate from the model
//! ([`Candidates`]). Offsets are byte offsets into the document text both
//! sides hold; reading back checks every one against that text (in range,
//! on character boundaries, inside one block, speakers that exist), so a
//! message from an older or broken worker is refused, never shown wrong.

use serde::{Deserialize, Serialize};

use crate::domain::annotations::{QuoteKind, SuggestionKey};
use crate::domain::edit::SpeakerGuess;
use crate::domain::review::{Candidate, CandidateKind, Candidates};

pub const VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CandidatesV1 {
    pub version: u32,
    pub document_id: String,
    /// The engine's time, for the page's performance mark.
    pub engine_ms: f64,
    pub speakers: Vec<SpeakerV1>,
    pub items: Vec<CandidateV1>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeakerV1 {
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CandidateV1 {
    /// "direct", "indirect", "mixed", or "mention".
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<usize>,
    pub rule: String,
    pub confidence: f32,
    pub block_start: usize,
}

/// The candidates as the worker sends them.
pub fn to_json(c: &Candidates, engine_ms: f64) -> String {
    let wire = CandidatesV1 {
        version: VERSION,
        document_id: c.document_id.clone(),
        engine_ms,
        speakers: c
            .speakers
            .iter()
            .map(|s| SpeakerV1 {
                name: s.name.clone(),
                aliases: s.aliases.clone(),
            })
            .collect(),
        items: c
            .items
            .iter()
            .map(|i| CandidateV1 {
                kind: match &i.kind {
                    CandidateKind::Quote { kind, .. } => kind.as_str().to_owned(),
                    CandidateKind::Mention => "mention".to_owned(),
                },
                start: i.range.start,
                end: i.range.end,
                cue: match &i.kind {
                    CandidateKind::Quote { cue, .. } => cue.as_ref().map(|c| (c.start, c.end)),
                    CandidateKind::Mention => None,
                },
                speaker: i.speaker,
                rule: i.rule.clone(),
                confidence: i.confidence,
                block_start: i.block_start,
            })
            .collect(),
    };
    serde_json::to_string(&wire).expect("boundary types always serialise")
}

/// The candidates for `text`, read back from the worker's JSON, and the
/// engine's time; or why the message cannot be used.
pub fn from_json(json: &str, text: &str) -> Result<(Candidates, f64), String> {
    let wire: CandidatesV1 =
        serde_json::from_str(json).map_err(|e| format!("unreadable suggestions: {e}"))?;
    if wire.version != VERSION {
        return Err(format!("suggestions of version {}", wire.version));
    }
    let span = |start: usize, end: usize| {
        (start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
            && !text[start..end].contains("\n\n"))
        .then_some(start..end)
        .ok_or_else(|| format!("a suggestion at {start}..{end} is not a span of this text"))
    };
    let speakers = wire.speakers.len();
    let mut items = Vec::with_capacity(wire.items.len());
    for i in wire.items {
        let range = span(i.start, i.end)?;
        if i.speaker.is_some_and(|s| s >= speakers) || i.block_start > range.start {
            return Err(format!(
                "a suggestion at {}..{} is inconsistent",
                i.start, i.end
            ));
        }
        let (key, kind) = if i.kind == "mention" {
            let key = SuggestionKey::Mention {
                start: range.start,
                end: range.end,
            };
            (key, CandidateKind::Mention)
        } else {
            let kind = QuoteKind::parse(&i.kind)
                .ok_or_else(|| format!("a suggestion of kind {:?}", i.kind))?;
            let cue = i.cue.map(|(s, e)| span(s, e)).transpose()?;
            let key = SuggestionKey::Quote {
                start: range.start,
                end: range.end,
            };
            (key, CandidateKind::Quote { kind, cue })
        };
        items.push(Candidate {
            key,
            range,
            kind,
            speaker: i.speaker,
            rule: i.rule,
            confidence: i.confidence,
            block_start: i.block_start,
        });
    }
    let candidates = Candidates {
        document_id: wire.document_id,
        speakers: wire
            .speakers
            .into_iter()
            .map(|s| SpeakerGuess {
                name: s.name,
                aliases: s.aliases,
            })
            .collect(),
        items,
        min_confidence: 0.0,
    };
    Ok((candidates, wire.engine_ms))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_cross_to_the_page_and_back_unchanged() {
        let text =
            "Port 🚢\n\n“We are open again,” said harbour master Inês Duarte. “It took nine days.”";
        let c = Candidates::compute("port", text);
        assert!(!c.items.is_empty());
        let (back, ms) = from_json(&to_json(&c, 12.5), text).unwrap();
        assert_eq!(back, c);
        assert_eq!(ms, 12.5);
    }

    #[test]
    fn a_message_that_does_not_fit_the_text_is_refused() {
        let text = "Port\n\n“We are open again,” said Inês Duarte.";
        let c = Candidates::compute("port", text);
        let json = to_json(&c, 1.0);
        let shorter = "Port\n\nOpen.";
        assert!(from_json(&json, shorter).is_err());
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["version"] = serde_json::json!(2);
        assert!(from_json(&v.to_string(), text)
            .unwrap_err()
            .contains("version 2"));
        assert!(from_json("{", text).unwrap_err().starts_with("unreadable"));
    }
}

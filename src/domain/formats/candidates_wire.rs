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

/// Version 2 writes each candidate as an array and names each rule once:
/// reading 15,000 candidates of version 1 (an object each, with its rule's
/// name) took the page one task of 40-60 ms.
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CandidatesV2 {
    pub version: u32,
    pub document_id: String,
    /// The engine's time, for the page's performance mark.
    pub engine_ms: f64,
    pub speakers: Vec<SpeakerV2>,
    /// The rules' names, which candidates name by index.
    pub rules: Vec<String>,
    pub items: Vec<CandidateV2>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SpeakerV2 {
    pub name: String,
    pub aliases: Vec<String>,
}

/// (kind, start, end, cue, speaker, rule, confidence, block start): kind
/// is 0 for a mention, else 1 + the quote kind's place in
/// [`QuoteKind::ALL`], and rule an
/// index into [`CandidatesV2::rules`].
pub type CandidateV2 = (
    u8,
    usize,
    usize,
    Option<(usize, usize)>,
    Option<usize>,
    usize,
    f32,
    usize,
);

/// The candidates as the worker sends them.
pub fn to_json(c: &Candidates, engine_ms: f64) -> String {
    let mut rules: Vec<String> = Vec::new();
    let mut rule_index = std::collections::HashMap::new();
    let items = c
        .items
        .iter()
        .map(|i| {
            let rule = *rule_index.entry(i.rule.as_str()).or_insert_with(|| {
                rules.push(i.rule.clone());
                rules.len() - 1
            });
            let (kind, cue) = match &i.kind {
                CandidateKind::Quote { kind, cue } => {
                    let number = QuoteKind::ALL.iter().position(|k| k == kind).unwrap_or(0) + 1;
                    (number as u8, cue.as_ref().map(|c| (c.start, c.end)))
                }
                CandidateKind::Mention => (0, None),
            };
            let (start, end) = (i.range.start, i.range.end);
            (
                kind,
                start,
                end,
                cue,
                i.speaker,
                rule,
                i.confidence,
                i.block_start,
            )
        })
        .collect();
    let wire = CandidatesV2 {
        version: VERSION,
        document_id: c.document_id.clone(),
        engine_ms,
        speakers: c
            .speakers
            .iter()
            .map(|s| SpeakerV2 {
                name: s.name.clone(),
                aliases: s.aliases.clone(),
            })
            .collect(),
        rules,
        items,
    };
    serde_json::to_string(&wire).expect("boundary types always serialise")
}

/// The candidates for `text`, read back from the worker's JSON, and the
/// engine's time; or why the message cannot be used.
pub fn from_json(json: &str, text: &str) -> Result<(Candidates, f64), String> {
    // Read once; a message that does not fit is asked its version only
    // then, so that another version says so rather than its shape.
    #[derive(Deserialize)]
    struct Header {
        version: u32,
    }
    let wire: CandidatesV2 = match serde_json::from_str(json) {
        Ok(wire) => wire,
        Err(e) => {
            return Err(match serde_json::from_str::<Header>(json) {
                Ok(h) if h.version != VERSION => format!("suggestions of version {}", h.version),
                _ => format!("unreadable suggestions: {e}"),
            })
        }
    };
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
    for (kind, start, end, cue, speaker, rule, confidence, block_start) in wire.items {
        let range = span(start, end)?;
        let rule = wire.rules.get(rule);
        let (Some(rule), false) = (
            rule,
            speaker.is_some_and(|s| s >= speakers) || block_start > range.start,
        ) else {
            return Err(format!("a suggestion at {start}..{end} is inconsistent"));
        };
        let (key, kind) = if kind == 0 {
            let key = SuggestionKey::Mention {
                start: range.start,
                end: range.end,
            };
            (key, CandidateKind::Mention)
        } else {
            let kind = *QuoteKind::ALL
                .get(usize::from(kind) - 1)
                .ok_or_else(|| format!("a suggestion of kind {kind}"))?;
            let cue = cue.map(|(s, e)| span(s, e)).transpose()?;
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
            speaker,
            rule: rule.clone(),
            confidence,
            block_start,
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
        v["version"] = serde_json::json!(3);
        assert!(from_json(&v.to_string(), text)
            .unwrap_err()
            .contains("version 3"));
        // A rule or kind the message does not name.
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["items"][0][5] = serde_json::json!(99);
        assert!(from_json(&v.to_string(), text)
            .unwrap_err()
            .contains("inconsistent"));
        let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
        v["items"][0][0] = serde_json::json!(7);
        assert!(from_json(&v.to_string(), text)
            .unwrap_err()
            .contains("kind 7"));
        assert!(from_json("{", text).unwrap_err().starts_with("unreadable"));
    }
}

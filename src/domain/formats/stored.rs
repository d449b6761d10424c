//! What the app keeps in browser storage between visits: the document, and
//! the annotations in byte offsets (so saving after every edit needs no
//! offset conversion). Versioned like a file; validated when read back,
//! since storage can hold anything an older app or another tab left.

use serde::{Deserialize, Serialize};

use crate::domain::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId, SuggestionKey,
};
use crate::domain::document::{blocks, Document};

pub const STORED_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredDocument {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub text: String,
}

/// (id, start, end, kind, speaker, cue): tuples keep storage compact.
pub type StoredQuote = (
    u32,
    usize,
    usize,
    String,
    Option<u32>,
    Option<(usize, usize)>,
);

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredAnnotations {
    pub version: u32,
    /// The id of the document these belong to; others are ignored.
    pub document: String,
    pub speakers: Vec<(u32, String, Vec<String>, u8)>,
    /// (id, start byte, end byte, speaker id)
    pub mentions: Vec<(u32, usize, usize, u32)>,
    /// (id, start, end, kind, speaker, cue)
    pub quotes: Vec<StoredQuote>,
    /// Rejected suggestions: (0 quote | 1 mention, start, end).
    #[serde(default)]
    pub rejected: Vec<(u8, usize, usize)>,
}

impl StoredDocument {
    pub fn from_document(d: &Document) -> Self {
        StoredDocument {
            version: STORED_VERSION,
            id: d.id.clone(),
            title: d.title.clone(),
            text: d.text.clone(),
        }
    }

    pub fn into_document(self) -> Option<Document> {
        (self.version == STORED_VERSION).then_some(Document {
            id: self.id,
            title: self.title,
            text: self.text,
        })
    }
}

impl StoredAnnotations {
    pub fn from_annotations(document_id: &str, a: &Annotations) -> Self {
        StoredAnnotations {
            version: STORED_VERSION,
            document: document_id.to_owned(),
            speakers: a
                .speakers
                .iter()
                .map(|s| (s.id.0, s.name.clone(), s.aliases.clone(), s.color))
                .collect(),
            mentions: a
                .mentions
                .iter()
                .map(|m| (m.id.0, m.range.start, m.range.end, m.speaker.0))
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| {
                    let cue = q.cue.as_ref().map(|c| (c.start, c.end));
                    (
                        q.id.0,
                        q.range.start,
                        q.range.end,
                        q.kind.as_str().to_owned(),
                        q.speaker.map(|s| s.0),
                        cue,
                    )
                })
                .collect(),
            rejected: a
                .rejected
                .iter()
                .map(|k| match *k {
                    SuggestionKey::Quote { start, end } => (0, start, end),
                    SuggestionKey::Mention { start, end } => (1, start, end),
                })
                .collect(),
        }
    }

    /// The annotations, if they belong to `document` and every range and
    /// reference is valid for it; None otherwise (they are then dropped
    /// rather than shown wrong).
    pub fn into_annotations(self, document: &Document) -> Option<Annotations> {
        if self.version != STORED_VERSION || self.document != document.id {
            return None;
        }
        let text = &document.text;
        let blocks = blocks(text);
        let valid = |s: usize, e: usize| {
            s < e
                && blocks
                    .iter()
                    .any(|b| b.range.start <= s && e <= b.range.end)
                && text.is_char_boundary(s)
                && text.is_char_boundary(e)
        };
        let mut a = Annotations::default();
        for (id, name, aliases, color) in self.speakers {
            a.speakers.push(Speaker {
                id: SpeakerId(id),
                name,
                aliases,
                color,
            });
        }
        let known = |id: u32| a.speakers.iter().any(|s| s.id.0 == id);
        let mut mentions = Vec::new();
        for (id, s, e, speaker) in self.mentions {
            if !valid(s, e) || !known(speaker) {
                return None;
            }
            mentions.push(Mention {
                id: MentionId(id),
                range: s..e,
                speaker: SpeakerId(speaker),
            });
        }
        let mut quotes = Vec::new();
        for (id, s, e, kind, speaker, cue) in self.quotes {
            let kind = QuoteKind::parse(&kind)?;
            if !valid(s, e)
                || speaker.is_some_and(|sp| !known(sp))
                || cue.is_some_and(|(cs, ce)| !valid(cs, ce))
            {
                return None;
            }
            quotes.push(Quote {
                id: QuoteId(id),
                range: s..e,
                kind,
                speaker: speaker.map(SpeakerId),
                cue: cue.map(|(s, e)| s..e),
            });
        }
        mentions.into_iter().for_each(|m| a.put_mention(m));
        quotes.into_iter().for_each(|q| a.put_quote(q));
        a.rejected = self
            .rejected
            .into_iter()
            .map(|(kind, start, end)| match kind {
                0 => SuggestionKey::Quote { start, end },
                _ => SuggestionKey::Mention { start, end },
            })
            .collect();
        Some(a)
    }
}

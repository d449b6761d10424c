//! Suggestions under review: the engine's output as candidates keyed by
//! what they cover, filtered against what the user has marked or rejected,
//! and turned into ordinary edits when accepted. Nothing here overwrites or
//! duplicates a user's span: a candidate overlapping one of the same kind
//! is not pending.

use super::fast_hash::FastMap;
use std::ops::Range;

use super::annotations::{Annotations, QuoteKind, SuggestionKey};
use super::document::{blocks, Document};
use super::edit::{self, Edit, MentionDraft, QuoteDraft, SpeakerGuess};
use super::formats::native::{to_file, FileV2, SuggestionV1};
use super::suggest::{self, Suggestions};

#[derive(Debug, Clone, PartialEq)]
pub enum CandidateKind {
    Quote {
        kind: QuoteKind,
        cue: Option<Range<usize>>,
    },
    Mention,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub key: SuggestionKey,
    pub range: Range<usize>,
    pub kind: CandidateKind,
    /// Index into [`Candidates::speakers`].
    pub speaker: Option<usize>,
    pub rule: String,
    pub confidence: f32,
    /// Start of the block the candidate lies in: user spans that could
    /// overlap it start between here and its end.
    pub block_start: usize,
}

/// Every suggestion for one document, in reading order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Candidates {
    /// The document these were computed for.
    pub document_id: String,
    pub speakers: Vec<SpeakerGuess>,
    pub items: Vec<Candidate>,
    /// Candidates below this confidence are not offered (the user's
    /// threshold; 0 offers all).
    pub min_confidence: f32,
}

/// The one threshold rule, for the panel, `suggest --min-confidence` and
/// `eval`'s table: a suggestion is offered when its confidence reaches
/// the threshold.
pub fn meets(confidence: f32, min_confidence: f32) -> bool {
    confidence >= min_confidence
}

/// The engine's suggestions without those below the threshold (speakers
/// are kept: they are only referred to).
pub fn above(mut s: Suggestions, min_confidence: f32) -> Suggestions {
    s.quotes.retain(|q| meets(q.confidence, min_confidence));
    s.mentions.retain(|m| meets(m.confidence, min_confidence));
    s
}

fn kind_of(k: &suggest::QuoteKind) -> QuoteKind {
    match k {
        suggest::QuoteKind::Direct => QuoteKind::Direct,
        suggest::QuoteKind::Indirect => QuoteKind::Indirect,
        suggest::QuoteKind::Mixed => QuoteKind::Mixed,
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

impl Candidates {
    /// Runs the engine on a document's text.
    pub fn compute(document_id: &str, text: &str) -> Candidates {
        Self::from_suggestions(document_id, text, suggest::suggest(text))
    }

    pub fn from_suggestions(document_id: &str, text: &str, s: Suggestions) -> Candidates {
        let blocks = blocks(text);
        let block_start = |at: usize| {
            let i = blocks.partition_point(|b| b.range.end < at);
            blocks.get(i).map_or(0, |b| b.range.start.min(at))
        };
        let speakers = s
            .speakers
            .into_iter()
            .map(|sp| SpeakerGuess {
                name: sp.name,
                aliases: sp.aliases,
            })
            .collect();
        let mut items: Vec<Candidate> = s
            .quotes
            .into_iter()
            .map(|q| Candidate {
                key: SuggestionKey::Quote {
                    start: q.range.start,
                    end: q.range.end,
                },
                kind: CandidateKind::Quote {
                    kind: kind_of(&q.kind),
                    cue: q.cue,
                },
                speaker: q.speaker,
                rule: q.rule.to_owned(),
                confidence: q.confidence,
                block_start: block_start(q.range.start),
                range: q.range,
            })
            .collect();
        items.extend(s.mentions.into_iter().map(|m| Candidate {
            key: SuggestionKey::Mention {
                start: m.range.start,
                end: m.range.end,
            },
            kind: CandidateKind::Mention,
            speaker: Some(m.speaker),
            rule: m.rule.to_owned(),
            confidence: m.confidence,
            block_start: block_start(m.range.start),
            range: m.range,
        }));
        items.sort_by_key(|c| (c.range.start, c.range.end));
        Candidates {
            document_id: document_id.to_owned(),
            speakers,
            items,
            min_confidence: 0.0,
        }
    }

    /// The same candidates offered from another threshold on.
    pub fn with_min_confidence(&self, min_confidence: f32) -> Candidates {
        Candidates {
            min_confidence,
            ..self.clone()
        }
    }

    /// True while a candidate awaits a decision: not rejected, and not
    /// overlapping a span of the same kind that the user has.
    pub fn is_pending(&self, i: usize, ann: &Annotations) -> bool {
        let c = &self.items[i];
        if !meets(c.confidence, self.min_confidence) || ann.rejected.contains(&c.key) {
            return false;
        }
        // Spans never cross blocks: only those starting in this block up
        // to the candidate's end can overlap it.
        let near = c.block_start..c.range.end;
        match c.kind {
            CandidateKind::Quote { .. } => !ann
                .quotes_starting_in(near)
                .iter()
                .any(|q| overlaps(&q.range, &c.range)),
            CandidateKind::Mention => !ann
                .mentions_starting_in(near)
                .iter()
                .any(|m| overlaps(&m.range, &c.range)),
        }
    }

    /// Indexes of pending candidates, in reading order.
    pub fn pending(&self, ann: &Annotations) -> Vec<usize> {
        (0..self.items.len())
            .filter(|&i| self.is_pending(i, ann))
            .collect()
    }

    pub fn speaker_name(&self, i: usize) -> Option<&str> {
        self.items[i]
            .speaker
            .map(|s| self.speakers[s].name.as_str())
    }

    /// The edit that accepts these candidates: they become ordinary
    /// quotes and mentions, their speakers linked by name or created.
    pub fn accept(&self, indexes: &[usize]) -> Edit {
        let mut quotes = Vec::new();
        let mut mentions = Vec::new();
        for &i in indexes {
            let c = &self.items[i];
            let speaker = c.speaker.map(|s| self.speakers[s].clone());
            match &c.kind {
                CandidateKind::Quote { kind, cue } => quotes.push(QuoteDraft {
                    range: c.range.clone(),
                    kind: *kind,
                    speaker,
                    cue: cue.clone(),
                }),
                CandidateKind::Mention => {
                    if let Some(speaker) = speaker {
                        mentions.push(MentionDraft {
                            range: c.range.clone(),
                            speaker,
                        });
                    }
                }
            }
        }
        Edit::AddDrafts { quotes, mentions }
    }

    /// The edit that rejects these candidates.
    pub fn reject(&self, indexes: &[usize]) -> Edit {
        Edit::SetRejected {
            keys: indexes.iter().map(|&i| self.items[i].key).collect(),
            rejected: true,
        }
    }
}

/// Every suggestion for a document, accepted into fresh annotations and
/// written as the native file with each span marked as a suggestion (its
/// rule and confidence): what the command line's `suggest` prints.
pub fn suggested_file(document: &Document, min_confidence: f32) -> FileV2 {
    let candidates = Candidates::compute(&document.id, &document.text);
    let mut ann = Annotations::default();
    let all: Vec<usize> = (0..candidates.items.len())
        .filter(|&i| meets(candidates.items[i].confidence, min_confidence))
        .collect();
    let blocks = document.blocks();
    // The engine's spans always lie inside a paragraph; should one not, the
    // file is written without suggestions rather than not at all.
    let _ = edit::apply(&mut ann, &document.text, &blocks, candidates.accept(&all));
    let mut file = to_file(document, &ann);
    // Looked up by what they cover: a search per span was quadratic.
    let by_range: FastMap<(usize, usize, bool), &Candidate> = candidates
        .items
        .iter()
        .map(|c| {
            let quote = matches!(c.kind, CandidateKind::Quote { .. });
            ((c.range.start, c.range.end, quote), c)
        })
        .collect();
    let mark = |range: &Range<usize>, quote: bool| {
        by_range
            .get(&(range.start, range.end, quote))
            .map(|c| SuggestionV1 {
                rule: c.rule.clone(),
                confidence: c.confidence,
            })
    };
    for (q, out) in ann.quotes.iter().zip(&mut file.quotes) {
        out.suggestion = mark(&q.range, true);
    }
    for (m, out) in ann.mentions.iter().zip(&mut file.mentions) {
        out.suggestion = mark(&m.range, false);
    }
    file
}

/// How a native file's spans are marked: (marked as suggestions, not
/// marked, sum of the marked ones' confidence). A file `suggest` wrote has
/// every span marked; it goes to other tools as a prediction, not as an
/// annotation.
pub fn suggestion_marks(file: &serde_json::Value) -> (usize, usize, f32) {
    let spans = ["quotes", "mentions"]
        .iter()
        .filter_map(|k| file.get(k).and_then(|v| v.as_array()))
        .flatten();
    let (mut marked, mut unmarked, mut sum) = (0, 0, 0.0);
    for span in spans {
        match span
            .get("suggestion")
            .and_then(|m| m.get("confidence"))
            .and_then(|c| c.as_f64())
        {
            Some(c) => {
                marked += 1;
                sum += c as f32;
            }
            None => unmarked += 1,
        }
    }
    (marked, unmarked, sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::document::Document;
    use crate::domain::session::Session;

    const TEXT: &str = "Headline\n\n“We will win,” said Mayor Ann Lee. “It is done,” she added.\n\nBo Park said “no.”";

    #[test]
    fn accepting_makes_ordinary_attributed_quotes_and_hides_the_candidates() {
        let mut s = Session::new(Document::from_text(TEXT), Default::default());
        let c = Candidates::compute(&s.document.id, &s.document.text);
        let pending = c.pending(&s.annotations);
        assert!(pending.len() >= 3, "{:?}", c.items);
        s.apply(c.accept(&pending)).unwrap();
        assert!(c.pending(&s.annotations).is_empty());
        let text = &s.document.text;
        let quotes: Vec<(&str, String)> = s
            .annotations
            .quotes
            .iter()
            .map(|q| {
                (
                    &text[q.range.clone()],
                    s.annotations
                        .speaker(q.speaker.unwrap())
                        .unwrap()
                        .name
                        .clone(),
                )
            })
            .collect();
        assert_eq!(quotes[0], ("“We will win,”", "Ann Lee".to_owned()));
        assert_eq!(quotes[1], ("“It is done,”", "Ann Lee".to_owned()));
        assert_eq!(quotes[2].1, "Bo Park");
        // Accepting again adds nothing: spans are never duplicated.
        let before = s.annotations.clone();
        s.apply(c.accept(&pending)).unwrap();
        assert_eq!(s.annotations, before);
        // One undo takes the whole acceptance back.
        s.undo();
        s.undo();
        assert_eq!(s.annotations, Annotations::default());
    }

    #[test]
    fn rejected_and_user_marked_candidates_are_not_pending() {
        let mut s = Session::new(Document::from_text(TEXT), Default::default());
        let c = Candidates::compute(&s.document.id, &s.document.text);
        let first = c.pending(&s.annotations)[0];
        s.apply(c.reject(&[first])).unwrap();
        assert!(!c.is_pending(first, &s.annotations));
        s.undo();
        assert!(c.is_pending(first, &s.annotations));
        // A user's quote overlapping the candidate hides it too.
        let r = c.items[first].range.clone();
        s.apply(Edit::AddQuote {
            range: r.start + 3..r.end,
            kind: QuoteKind::Direct,
        })
        .unwrap();
        assert!(!c.is_pending(first, &s.annotations));
    }
}

//! Curation: building a document's gold layer from its annotators' layers.
//! Every annotator's quotes and mentions are grouped into [`Item`]s (spans
//! of one label that overlap, directly or through a chain, across all
//! layers), each marked agreed by all, disagreed (with what differs:
//! bounds, speaker, kind, cue, or someone did not mark it) or marked by one
//! only. The gold layer is edited as usual; taking one annotator's version
//! of an item, taking none, and accepting everything all agree on are each
//! one undoable [`Edit::Curate`]. An item is resolved once gold has a span
//! of its label overlapping it, or holds the decision to take none
//! (recorded as a rejection of the item's span, so that it is saved,
//! undone and redone with the rest of gold). Speakers are compared across
//! registries by [`same_person`], as agreement compares them.

use std::collections::BTreeSet;
use std::ops::Range;

use super::agreement::Layer;
use super::annotations::{person_keys, same_person, Annotations, SpanRef, SuggestionKey};
use super::edit::{Edit, MentionDraft, QuoteDraft, SpeakerGuess};

/// What an item is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemLabel {
    Quote,
    Mention,
}

/// What annotators disagree on in an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Difference {
    /// Some annotators did not mark it.
    Missing,
    Bounds,
    Speaker,
    Kind,
    Cue,
}

impl Difference {
    pub fn as_str(self) -> &'static str {
        match self {
            Difference::Missing => "not marked by all",
            Difference::Bounds => "bounds",
            Difference::Speaker => "speaker",
            Difference::Kind => "kind",
            Difference::Cue => "cue",
        }
    }
}

/// How far the annotators agree on an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Every annotator marked it the same way.
    Agreed,
    /// Marked by several, or by one of several, with these differences.
    Disagreed(Vec<Difference>),
    /// Marked by one annotator only (of two or more).
    OnlyOne(usize),
}

impl Status {
    /// Needs a decision: anything but agreed.
    pub fn is_disagreement(&self) -> bool {
        !matches!(self, Status::Agreed)
    }
}

/// One annotator's version of an item: their spans in it, as drafts that
/// gold can take (speakers by name, cues included).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Version {
    pub quotes: Vec<QuoteDraft>,
    pub mentions: Vec<MentionDraft>,
}

impl Version {
    /// The annotator marked nothing in the item.
    pub fn is_empty(&self) -> bool {
        self.quotes.is_empty() && self.mentions.is_empty()
    }
}

/// Spans of one label that overlap across the layers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: ItemLabel,
    /// From the first start to the last end of its spans (bytes).
    pub range: Range<usize>,
    /// Per annotator (in the layers' order); empty when they marked none.
    pub versions: Vec<Version>,
    pub status: Status,
}

/// A document's items, in reading order, and whose layers they come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Curation {
    pub annotators: Vec<String>,
    pub items: Vec<Item>,
}

/// Groups the layers' spans into items.
pub fn curate(layers: &[Layer]) -> Curation {
    let mut spans: Vec<(ItemLabel, Range<usize>, usize, Version)> = Vec::new();
    for (a, layer) in layers.iter().enumerate() {
        let ann = layer.annotations;
        for q in &ann.quotes {
            let draft = QuoteDraft {
                range: q.range.clone(),
                kind: q.kind,
                speaker: q.speaker.and_then(|s| guess(ann, s)),
                cue: q.cue.clone(),
            };
            let version = Version {
                quotes: vec![draft],
                mentions: Vec::new(),
            };
            spans.push((ItemLabel::Quote, q.range.clone(), a, version));
        }
        for m in &ann.mentions {
            let Some(speaker) = guess(ann, m.speaker) else {
                continue;
            };
            let draft = MentionDraft {
                range: m.range.clone(),
                speaker,
            };
            let version = Version {
                quotes: Vec::new(),
                mentions: vec![draft],
            };
            spans.push((ItemLabel::Mention, m.range.clone(), a, version));
        }
    }
    spans.sort_by_key(|x| (x.0, x.1.start, x.1.end));
    let mut items: Vec<Item> = Vec::new();
    for (label, range, a, version) in spans {
        let joins = items
            .last()
            .is_some_and(|i| i.label == label && range.start < i.range.end);
        if !joins {
            items.push(Item {
                label,
                range: range.clone(),
                versions: vec![Version::default(); layers.len()],
                status: Status::Agreed,
            });
        }
        let item = items.last_mut().expect("pushed above");
        item.range.end = item.range.end.max(range.end);
        let v = &mut item.versions[a];
        v.quotes.extend(version.quotes);
        v.mentions.extend(version.mentions);
    }
    for item in &mut items {
        item.status = status(&item.versions);
    }
    items.sort_by_key(|i| (i.range.start, i.range.end, i.label));
    Curation {
        annotators: layers.iter().map(|l| l.annotator.to_owned()).collect(),
        items,
    }
}

fn guess(ann: &Annotations, id: super::annotations::SpeakerId) -> Option<SpeakerGuess> {
    ann.speaker(id).map(|s| SpeakerGuess {
        name: s.name.clone(),
        aliases: s.aliases.clone(),
    })
}

fn keys(g: &Option<SpeakerGuess>) -> Option<BTreeSet<String>> {
    g.as_ref().map(|g| person_keys(&g.name, &g.aliases))
}

fn same_speaker(a: &Option<SpeakerGuess>, b: &Option<SpeakerGuess>) -> bool {
    match (keys(a), keys(b)) {
        (None, None) => true,
        (Some(x), Some(y)) => same_person(&x, &y),
        _ => false,
    }
}

fn status(versions: &[Version]) -> Status {
    let marked: Vec<usize> = (0..versions.len())
        .filter(|&a| !versions[a].is_empty())
        .collect();
    if marked.len() == 1 && versions.len() > 1 {
        return Status::OnlyOne(marked[0]);
    }
    let mut differences = BTreeSet::new();
    if marked.len() < versions.len() {
        differences.insert(Difference::Missing);
    }
    let first = &versions[marked[0]];
    for &a in &marked[1..] {
        let other = &versions[a];
        if first.quotes.len() != other.quotes.len() || first.mentions.len() != other.mentions.len()
        {
            differences.insert(Difference::Bounds);
            continue;
        }
        for (x, y) in first.quotes.iter().zip(&other.quotes) {
            if x.range != y.range {
                differences.insert(Difference::Bounds);
            }
            if !same_speaker(&x.speaker, &y.speaker) {
                differences.insert(Difference::Speaker);
            }
            if x.kind != y.kind {
                differences.insert(Difference::Kind);
            }
            if x.cue != y.cue {
                differences.insert(Difference::Cue);
            }
        }
        for (x, y) in first.mentions.iter().zip(&other.mentions) {
            if x.range != y.range {
                differences.insert(Difference::Bounds);
            }
            if !same_speaker(&Some(x.speaker.clone()), &Some(y.speaker.clone())) {
                differences.insert(Difference::Speaker);
            }
        }
    }
    if differences.is_empty() {
        Status::Agreed
    } else {
        Status::Disagreed(differences.into_iter().collect())
    }
}

impl Item {
    /// The key that records "take none" for this item.
    pub fn key(&self) -> SuggestionKey {
        let (start, end) = (self.range.start, self.range.end);
        match self.label {
            ItemLabel::Quote => SuggestionKey::Quote { start, end },
            ItemLabel::Mention => SuggestionKey::Mention { start, end },
        }
    }

    /// Gold's spans of the item's label that overlap it.
    fn in_gold(&self, gold: &Annotations) -> Vec<SpanRef> {
        let overlaps = |r: &Range<usize>| r.start < self.range.end && self.range.start < r.end;
        match self.label {
            ItemLabel::Quote => gold
                .quotes
                .iter()
                .filter(|q| overlaps(&q.range))
                .map(|q| SpanRef::Quote(q.id))
                .collect(),
            ItemLabel::Mention => gold
                .mentions
                .iter()
                .filter(|m| overlaps(&m.range))
                .map(|m| SpanRef::Mention(m.id))
                .collect(),
        }
    }

    /// Gold has a span here, or the decision to take none.
    pub fn is_resolved(&self, gold: &Annotations) -> bool {
        gold.rejected.contains(&self.key()) || !self.in_gold(gold).is_empty()
    }

    /// Gold takes annotator `a`'s version in place of what it has here.
    /// None when that annotator marked nothing here (take none instead).
    pub fn take(&self, a: usize, gold: &Annotations) -> Option<Edit> {
        let version = self.versions.get(a).filter(|v| !v.is_empty())?;
        // A decision to take none, taken earlier, no longer holds.
        Some(Edit::Curate {
            remove: self.in_gold(gold),
            quotes: version.quotes.clone(),
            mentions: version.mentions.clone(),
            decided: vec![(self.key(), false)],
        })
    }

    /// Gold has nothing here, and keeps that decision.
    pub fn take_none(&self, gold: &Annotations) -> Edit {
        Edit::Curate {
            remove: self.in_gold(gold),
            quotes: Vec::new(),
            mentions: Vec::new(),
            decided: vec![(self.key(), true)],
        }
    }
}

impl Curation {
    /// Every agreed item gold does not have yet, as one edit; None when
    /// there is none.
    pub fn accept_agreed(&self, gold: &Annotations) -> Option<Edit> {
        let mut quotes = Vec::new();
        let mut mentions = Vec::new();
        for item in &self.items {
            if item.status == Status::Agreed && !item.is_resolved(gold) {
                let version = &item.versions[0];
                quotes.extend(version.quotes.iter().cloned());
                mentions.extend(version.mentions.iter().cloned());
            }
        }
        (!quotes.is_empty() || !mentions.is_empty()).then_some(Edit::Curate {
            remove: Vec::new(),
            quotes,
            mentions,
            decided: Vec::new(),
        })
    }

    /// (resolved, all) disagreements: "12 of 40 disagreements resolved".
    pub fn progress(&self, gold: &Annotations) -> (usize, usize) {
        let disagreements = self.items.iter().filter(|i| i.status.is_disagreement());
        let (mut resolved, mut all) = (0, 0);
        for item in disagreements {
            all += 1;
            if item.is_resolved(gold) {
                resolved += 1;
            }
        }
        (resolved, all)
    }

    /// The next unresolved disagreement after `from` (or from the start),
    /// wrapping around; `backwards` for the previous one.
    pub fn next_disagreement(
        &self,
        gold: &Annotations,
        from: Option<usize>,
        backwards: bool,
    ) -> Option<usize> {
        let n = self.items.len();
        if n == 0 {
            return None;
        }
        let open =
            |i: usize| self.items[i].status.is_disagreement() && !self.items[i].is_resolved(gold);
        let steps = 1..=n;
        let start = from.unwrap_or(if backwards { 0 } else { n - 1 });
        steps
            .map(|k| {
                if backwards {
                    (start + n * 2 - k) % n
                } else {
                    (start + k) % n
                }
            })
            .find(|&i| open(i))
    }
}

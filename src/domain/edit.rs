//! Edits: every change a user can make to the annotations, as an [`Edit`]
//! applied by one function, [`apply`], which validates it and returns the
//! primitive [`Change`]s it made. Undo replays those changes backwards, so
//! any edit is undoable without an inverse written by hand.

use super::fast_hash::FastMap;
use std::ops::Range;

use thiserror::Error;

use super::annotations::{name_key, NameIndex};
use super::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, SpanRef, Speaker, SpeakerId,
    SuggestionKey, PALETTE_SIZE,
};
use super::document::Block;
use super::limits;
use super::offsets::clean_selection;
use super::spans::{self, SpanError};

/// What a user asks for. Ranges are byte ranges into the document text, as
/// selected (they are cleaned: snapped to graphemes and trimmed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// A selection spanning several paragraphs becomes one quote each.
    AddQuote {
        range: Range<usize>,
        kind: QuoteKind,
    },
    /// Links to `speaker`, or else to the speaker the text names, or else to
    /// a new speaker named by the text.
    AddMention {
        range: Range<usize>,
        speaker: Option<SpeakerId>,
    },
    Delete(SpanRef),
    Resize {
        span: SpanRef,
        range: Range<usize>,
    },
    SetKind {
        quote: QuoteId,
        kind: QuoteKind,
    },
    Attribute {
        quote: QuoteId,
        speaker: Option<SpeakerId>,
    },
    SetCue {
        quote: QuoteId,
        cue: Option<Range<usize>>,
    },
    AddSpeaker {
        name: String,
    },
    RenameSpeaker {
        speaker: SpeakerId,
        name: String,
    },
    SetAliases {
        speaker: SpeakerId,
        aliases: Vec<String>,
    },
    /// `from`'s quotes, mentions, name and aliases go to `into`; `from` goes.
    MergeSpeakers {
        from: SpeakerId,
        into: SpeakerId,
    },
    /// The speaker's quotes become unattributed and its mentions go.
    DeleteSpeaker(SpeakerId),
    /// Accepted suggestions: quotes (attributed, with cues) and mentions,
    /// their speakers linked by name or created, as one undoable edit.
    /// Spans already marked are skipped, never duplicated.
    AddDrafts {
        quotes: Vec<QuoteDraft>,
        mentions: Vec<MentionDraft>,
    },
    /// Marks suggestions rejected (or not).
    SetRejected {
        keys: Vec<SuggestionKey>,
        rejected: bool,
    },
    /// Curation: removes spans, adds drafts (as [`Edit::AddDrafts`]) and
    /// records a decision to have nothing there (as a rejection: true) or
    /// takes one back (false), as one undoable edit.
    Curate {
        remove: Vec<SpanRef>,
        quotes: Vec<QuoteDraft>,
        mentions: Vec<MentionDraft>,
        decided: Vec<(SuggestionKey, bool)>,
    },
}

/// A speaker as a suggestion names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SpeakerGuess {
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteDraft {
    pub range: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerGuess>,
    pub cue: Option<Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionDraft {
    pub range: Range<usize>,
    pub speaker: SpeakerGuess,
}

/// Why an edit was refused. Nothing changes when an edit is refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EditError {
    #[error("Select some text first: the selection is empty or only whitespace.")]
    EmptySelection,
    #[error("The selection is outside the article's text.")]
    OutOfText,
    #[error("A speaker mention can't cross paragraphs.")]
    CrossesParagraphs,
    #[error("That text is already marked as a {0}.")]
    Duplicate(&'static str),
    #[error("That span no longer exists.")]
    NoSuchSpan,
    #[error("That speaker no longer exists.")]
    NoSuchSpeaker,
    #[error("A speaker needs a name.")]
    EmptyName,
    /// A name or alias over the one bound every door uses.
    #[error("{0}")]
    TooLong(String),
    #[error("There is already a speaker called “{0}”.")]
    NameTaken(String),
    #[error("A speaker can't be merged into itself.")]
    SelfMerge,
    #[error("“{0}” doesn't name a speaker yet: pick one from the list.")]
    PronounWithoutSpeaker(String),
}

/// One primitive change: an item's value before and after (None = absent).
/// Speakers carry their list position, which the digit keys depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Quote {
        before: Option<Quote>,
        after: Option<Quote>,
    },
    Mention {
        before: Option<Mention>,
        after: Option<Mention>,
    },
    Speaker {
        before: Option<(usize, Speaker)>,
        after: Option<(usize, Speaker)>,
    },
    /// `rejected` is the state after the change.
    Rejection { key: SuggestionKey, rejected: bool },
}

impl Change {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self.clone() {
            Change::Quote { before, after } => Change::Quote {
                before: after,
                after: before,
            },
            Change::Mention { before, after } => Change::Mention {
                before: after,
                after: before,
            },
            Change::Speaker { before, after } => Change::Speaker {
                before: after,
                after: before,
            },
            Change::Rejection { key, rejected } => Change::Rejection {
                key,
                rejected: !rejected,
            },
        }
    }

    /// Sets the item to its `after` value.
    pub fn apply_to(&self, ann: &mut Annotations) {
        match self {
            // `before` is exactly what is there, and once it is gone the
            // id is free: both found by reading order, not by a scan.
            Change::Quote { before, after } => {
                if let Some(q) = before {
                    ann.remove_exact_quote(q);
                }
                if let Some(q) = after {
                    ann.insert_quote(q.clone());
                }
            }
            Change::Mention { before, after } => {
                if let Some(m) = before {
                    ann.remove_exact_mention(m);
                }
                if let Some(m) = after {
                    ann.insert_mention(m.clone());
                }
            }
            Change::Speaker { before, after } => {
                if let Some((_, s)) = before {
                    ann.speakers.retain(|x| x.id != s.id);
                }
                if let Some((at, s)) = after {
                    ann.speakers
                        .insert((*at).min(ann.speakers.len()), s.clone());
                }
            }
            Change::Rejection {
                key,
                rejected: true,
            } => {
                ann.rejected.insert(*key);
            }
            Change::Rejection {
                key,
                rejected: false,
            } => {
                ann.rejected.remove(key);
            }
        }
    }
}

/// What an applied edit did: its changes, and the span the user is now most
/// likely to work on (the new quote, say), for the UI to make active.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Applied {
    pub changes: Vec<Change>,
    pub focus: Option<SpanRef>,
}

/// Words that refer to a speaker without naming one.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "him", "her", "them", "it", "we", "i", "his", "their", "its",
];

/// Applies an edit, or refuses it and leaves `ann` untouched.
pub fn apply(
    ann: &mut Annotations,
    text: &str,
    blocks: &[Block],
    edit: Edit,
) -> Result<Applied, EditError> {
    let mut b = Builder {
        ann,
        changes: Vec::new(),
        next_id: None,
        names: None,
    };
    match b.run(text, blocks, edit) {
        Ok(focus) => Ok(Applied {
            changes: b.changes,
            focus,
        }),
        Err(e) => {
            // Roll back what was done before the edit was found invalid.
            for change in b.changes.iter().rev() {
                change.inverse().apply_to(b.ann);
            }
            Err(e)
        }
    }
}

struct Builder<'a> {
    ann: &'a mut Annotations,
    changes: Vec<Change>,
    /// The next free id, found once per edit: scanning every span for each
    /// new one made accepting thousands of suggestions quadratic.
    next_id: Option<u32>,
    /// The registry by name, built once by an edit that looks up many
    /// names (drafts): a scan per draft was quadratic in the speakers.
    names: Option<NameIndex>,
}

impl Builder<'_> {
    fn fresh_id(&mut self) -> u32 {
        let id = self.next_id.unwrap_or_else(|| self.ann.next_id());
        self.next_id = Some(id + 1);
        id
    }

    fn commit(&mut self, change: Change) {
        change.apply_to(self.ann);
        self.changes.push(change);
    }

    fn put_quote(&mut self, before: Option<Quote>, after: Option<Quote>) {
        self.commit(Change::Quote { before, after });
    }

    fn put_mention(&mut self, before: Option<Mention>, after: Option<Mention>) {
        self.commit(Change::Mention { before, after });
    }

    fn speaker_at(&self, id: SpeakerId) -> Result<(usize, Speaker), EditError> {
        self.ann
            .speakers
            .iter()
            .position(|s| s.id == id)
            .map(|i| (i, self.ann.speakers[i].clone()))
            .ok_or(EditError::NoSuchSpeaker)
    }

    fn new_speaker(&mut self, name: &str) -> Result<SpeakerId, EditError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(EditError::EmptyName);
        }
        limits::check_name(name).map_err(EditError::TooLong)?;
        match &self.names {
            Some(index) if index.with_name(name).is_some() => {
                return Err(EditError::NameTaken(name.to_owned()))
            }
            Some(_) => {}
            None => self.check_name_free(name, None)?,
        }
        let id = SpeakerId(self.fresh_id());
        let color = (self.ann.speakers.len() % PALETTE_SIZE as usize) as u8;
        let at = self.ann.speakers.len();
        let speaker = Speaker {
            id,
            name: name.to_owned(),
            aliases: Vec::new(),
            color,
        };
        if let Some(index) = &mut self.names {
            index.add(at, &speaker);
        }
        self.commit(Change::Speaker {
            before: None,
            after: Some((at, speaker)),
        });
        Ok(id)
    }

    fn check_name_free(&self, name: &str, except: Option<SpeakerId>) -> Result<(), EditError> {
        let taken = self
            .ann
            .speakers
            .iter()
            .any(|s| Some(s.id) != except && name_key(&s.name) == name_key(name));
        if taken {
            return Err(EditError::NameTaken(name.trim().to_owned()));
        }
        Ok(())
    }

    fn quote(&self, id: QuoteId) -> Result<Quote, EditError> {
        self.ann.quote(id).cloned().ok_or(EditError::NoSuchSpan)
    }

    fn run(
        &mut self,
        text: &str,
        blocks: &[Block],
        edit: Edit,
    ) -> Result<Option<SpanRef>, EditError> {
        // The name index is built for drafts; any other change to the
        // registry makes it stale.
        if matches!(
            edit,
            Edit::RenameSpeaker { .. }
                | Edit::SetAliases { .. }
                | Edit::MergeSpeakers { .. }
                | Edit::DeleteSpeaker(_)
                | Edit::AddSpeaker { .. }
        ) {
            self.names = None;
        }
        match edit {
            Edit::AddQuote { range, kind } => {
                let pieces = pieces_by_block(text, blocks, range)?;
                let mut focus = None;
                for piece in pieces {
                    if self.ann.quotes.iter().any(|q| q.range == piece) {
                        return Err(EditError::Duplicate("quote"));
                    }
                    let id = QuoteId(self.fresh_id());
                    let quote = Quote {
                        id,
                        range: piece,
                        kind,
                        speaker: None,
                        cue: None,
                    };
                    self.put_quote(None, Some(quote));
                    focus.get_or_insert(SpanRef::Quote(id));
                }
                Ok(focus)
            }
            Edit::AddMention { range, speaker } => {
                let range = single_block_range(text, blocks, range)?;
                if self.ann.mentions.iter().any(|m| m.range == range) {
                    return Err(EditError::Duplicate("speaker mention"));
                }
                let said = &text[range.clone()];
                let speaker = match speaker {
                    Some(id) => self.speaker_at(id)?.1.id,
                    None => self.speaker_named_by(said, range.start)?,
                };
                let id = MentionId(self.fresh_id());
                self.put_mention(None, Some(Mention { id, range, speaker }));
                Ok(Some(SpanRef::Mention(id)))
            }
            Edit::Delete(SpanRef::Quote(id)) => {
                let q = self.quote(id)?;
                self.put_quote(Some(q), None);
                Ok(None)
            }
            Edit::Delete(SpanRef::Mention(id)) => {
                let m = self.ann.mention(id).cloned().ok_or(EditError::NoSuchSpan)?;
                self.put_mention(Some(m), None);
                Ok(None)
            }
            Edit::Resize { span, range } => {
                let range = single_block_range(text, blocks, range)?;
                match span {
                    SpanRef::Quote(id) => {
                        let old = self.quote(id)?;
                        let new = Quote {
                            range,
                            ..old.clone()
                        };
                        self.put_quote(Some(old), Some(new));
                    }
                    SpanRef::Mention(id) => {
                        let old = self.ann.mention(id).cloned().ok_or(EditError::NoSuchSpan)?;
                        let new = Mention {
                            range,
                            ..old.clone()
                        };
                        self.put_mention(Some(old), Some(new));
                    }
                }
                Ok(Some(span))
            }
            Edit::SetKind { quote, kind } => {
                let old = self.quote(quote)?;
                self.put_quote(Some(old.clone()), Some(Quote { kind, ..old }));
                Ok(Some(SpanRef::Quote(quote)))
            }
            Edit::Attribute { quote, speaker } => {
                if let Some(s) = speaker {
                    self.speaker_at(s)?;
                }
                let old = self.quote(quote)?;
                self.put_quote(Some(old.clone()), Some(Quote { speaker, ..old }));
                Ok(Some(SpanRef::Quote(quote)))
            }
            Edit::SetCue { quote, cue } => {
                let cue = cue
                    .map(|r| single_block_range(text, blocks, r))
                    .transpose()?;
                let old = self.quote(quote)?;
                self.put_quote(Some(old.clone()), Some(Quote { cue, ..old }));
                Ok(Some(SpanRef::Quote(quote)))
            }
            Edit::AddSpeaker { name } => {
                self.new_speaker(&name)?;
                Ok(None)
            }
            Edit::RenameSpeaker { speaker, name } => {
                let (at, old) = self.speaker_at(speaker)?;
                if name.trim().is_empty() {
                    return Err(EditError::EmptyName);
                }
                limits::check_name(name.trim()).map_err(EditError::TooLong)?;
                self.check_name_free(&name, Some(speaker))?;
                let new = Speaker {
                    name: name.trim().to_owned(),
                    ..old.clone()
                };
                self.commit(Change::Speaker {
                    before: Some((at, old)),
                    after: Some((at, new)),
                });
                Ok(None)
            }
            Edit::SetAliases { speaker, aliases } => {
                self.set_aliases(speaker, aliases)?;
                Ok(None)
            }
            Edit::MergeSpeakers { from, into } => {
                if from == into {
                    return Err(EditError::SelfMerge);
                }
                let (from_at, gone) = self.speaker_at(from)?;
                let (into_at, kept) = self.speaker_at(into)?;
                self.reassign(from, Some(into));
                let mut aliases = kept.aliases.clone();
                aliases.push(gone.name.clone());
                aliases.extend(gone.aliases.iter().cloned());
                let merged = Speaker {
                    aliases: clean_aliases(aliases, &kept.name),
                    ..kept.clone()
                };
                self.commit(Change::Speaker {
                    before: Some((into_at, kept)),
                    after: Some((into_at, merged)),
                });
                self.commit(Change::Speaker {
                    before: Some((from_at, gone)),
                    after: None,
                });
                Ok(None)
            }
            Edit::AddDrafts { quotes, mentions } => {
                let mut focus = None;
                // Thousands of drafts name a handful of speakers: each guess
                // is matched against the registry once.
                let mut speakers: FastMap<SpeakerGuess, SpeakerId> = FastMap::default();
                let mut speaker_for = |b: &mut Self, g: SpeakerGuess| match speakers.get(&g) {
                    Some(&id) => Ok(id),
                    None => {
                        let id = b.speaker_for(&g)?;
                        speakers.insert(g, id);
                        Ok(id)
                    }
                };
                for draft in quotes {
                    let range = single_block_range(text, blocks, draft.range)?;
                    if self
                        .ann
                        .quotes_starting_in(range.start..range.start + 1)
                        .iter()
                        .any(|q| q.range == range)
                    {
                        continue;
                    }
                    let speaker = draft.speaker.map(|g| speaker_for(self, g)).transpose()?;
                    let cue = draft
                        .cue
                        .map(|c| single_block_range(text, blocks, c))
                        .transpose()?;
                    let id = QuoteId(self.fresh_id());
                    let quote = Quote {
                        id,
                        range,
                        kind: draft.kind,
                        speaker,
                        cue,
                    };
                    self.put_quote(None, Some(quote));
                    focus.get_or_insert(SpanRef::Quote(id));
                }
                for draft in mentions {
                    let range = single_block_range(text, blocks, draft.range)?;
                    if self
                        .ann
                        .mentions_starting_in(range.start..range.start + 1)
                        .iter()
                        .any(|m| m.range == range)
                    {
                        continue;
                    }
                    let speaker = speaker_for(self, draft.speaker)?;
                    let id = MentionId(self.fresh_id());
                    self.put_mention(None, Some(Mention { id, range, speaker }));
                }
                Ok(focus)
            }
            Edit::Curate {
                remove,
                quotes,
                mentions,
                decided,
            } => {
                for span in remove {
                    self.run(text, blocks, Edit::Delete(span))?;
                }
                let focus = self.run(text, blocks, Edit::AddDrafts { quotes, mentions })?;
                for (key, rejected) in decided {
                    let keys = vec![key];
                    self.run(text, blocks, Edit::SetRejected { keys, rejected })?;
                }
                Ok(focus)
            }
            Edit::SetRejected { keys, rejected } => {
                for key in keys {
                    if self.ann.rejected.contains(&key) != rejected {
                        self.commit(Change::Rejection { key, rejected });
                    }
                }
                Ok(None)
            }
            Edit::DeleteSpeaker(id) => {
                let (at, gone) = self.speaker_at(id)?;
                self.reassign(id, None);
                self.commit(Change::Speaker {
                    before: Some((at, gone)),
                    after: None,
                });
                Ok(None)
            }
        }
    }

    /// Moves a speaker's quotes to `to` (or unattributes them); its mentions
    /// move to `to` or are removed.
    fn reassign(&mut self, from: SpeakerId, to: Option<SpeakerId>) {
        let quotes: Vec<Quote> = self.ann.quotes_of(from).cloned().collect();
        for q in quotes {
            self.put_quote(Some(q.clone()), Some(Quote { speaker: to, ..q }));
        }
        let mentions: Vec<Mention> = self
            .ann
            .mentions
            .iter()
            .filter(|m| m.speaker == from)
            .cloned()
            .collect();
        for m in mentions {
            let after = to.map(|speaker| Mention {
                speaker,
                ..m.clone()
            });
            self.put_mention(Some(m), after);
        }
    }

    /// The speaker a guess names (by its name or any alias), created with
    /// the guess's aliases when there is none.
    fn speaker_for(&mut self, guess: &SpeakerGuess) -> Result<SpeakerId, EditError> {
        let index = self
            .names
            .get_or_insert_with(|| NameIndex::new(&self.ann.speakers));
        // The first speaker in the registry that the name, or an alias of
        // more than one word holding the name's last word, names: a
        // surname alone would merge Luis Benitez into Carla Benitez, and a
        // role ("local resident") any two residents.
        let surname = guess.name.split_whitespace().last().map(name_key);
        let full_alias = |a: &&String| {
            a.split_whitespace().nth(1).is_some()
                && surname
                    .as_ref()
                    .is_some_and(|s| a.split_whitespace().any(|w| name_key(w) == *s))
        };
        let found = std::iter::once(&guess.name)
            .chain(guess.aliases.iter().filter(full_alias))
            .filter_map(|n| index.find(n))
            .min();
        if let Some(at) = found {
            return Ok(self.ann.speakers[at].id);
        }
        let id = self.new_speaker(&guess.name)?;
        if !guess.aliases.is_empty() {
            self.set_aliases(id, guess.aliases.clone())?;
        }
        Ok(id)
    }

    /// Replaces a speaker's aliases (cleaned: trimmed, deduplicated, never
    /// the name itself).
    fn set_aliases(&mut self, id: SpeakerId, aliases: Vec<String>) -> Result<(), EditError> {
        let (at, old) = self.speaker_at(id)?;
        let aliases = clean_aliases(aliases, &old.name);
        for alias in &aliases {
            limits::check_alias(alias).map_err(EditError::TooLong)?;
        }
        let new = Speaker {
            aliases,
            ..old.clone()
        };
        if let Some(index) = &mut self.names {
            index.add(at, &new);
        }
        self.commit(Change::Speaker {
            before: Some((at, old)),
            after: Some((at, new)),
        });
        Ok(())
    }

    /// The speaker a mention's text refers to: a speaker it names; for a
    /// pronoun, the speaker of the nearest mention before it; else a new one.
    fn speaker_named_by(&mut self, said: &str, at: usize) -> Result<SpeakerId, EditError> {
        if let Some(s) = self.ann.speakers.iter().find(|s| s.is_named_by(said)) {
            return Ok(s.id);
        }
        if PRONOUNS.contains(&said.trim().to_lowercase().as_str()) {
            return self
                .ann
                .mentions
                .iter()
                .rev()
                .find(|m| m.range.end <= at)
                .map(|m| m.speaker)
                .ok_or_else(|| EditError::PronounWithoutSpeaker(said.to_owned()));
        }
        self.new_speaker(said)
    }
}

fn clean_aliases(aliases: Vec<String>, name: &str) -> Vec<String> {
    let name = name_key(name);
    let mut out: Vec<String> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for a in aliases {
        let a = a.trim();
        let key = name_key(a);
        if !a.is_empty() && key != name && !keys.contains(&key) {
            out.push(a.to_owned());
            keys.push(key);
        }
    }
    out
}

fn check_in_text(text: &str, range: &Range<usize>) -> Result<(), EditError> {
    // Offsets inside a character are snapped later, like any selection.
    if range.start.max(range.end) <= text.len() {
        Ok(())
    } else {
        Err(EditError::OutOfText)
    }
}

/// Cleans a selection and splits it at block boundaries: one piece per
/// block it touches, each cleaned again.
fn pieces_by_block(
    text: &str,
    blocks: &[Block],
    range: Range<usize>,
) -> Result<Vec<Range<usize>>, EditError> {
    check_in_text(text, &range)?;
    let range = clean_selection(text, range).ok_or(EditError::EmptySelection)?;
    // Blocks are in order: only those from the one holding the start.
    let first = blocks.partition_point(|b| b.range.end <= range.start);
    let pieces: Vec<Range<usize>> = blocks[first..]
        .iter()
        .take_while(|b| b.range.start < range.end)
        .filter(|b| b.range.start < range.end && range.start < b.range.end)
        .filter_map(|b| {
            clean_selection(
                text,
                range.start.max(b.range.start)..range.end.min(b.range.end),
            )
        })
        .collect();
    if pieces.is_empty() {
        return Err(EditError::EmptySelection);
    }
    // Cleaned pieces always pass; checking with the one rule anyway keeps
    // edits and imports from ever disagreeing on what a span is.
    for piece in &pieces {
        spans::check(text, blocks, piece.clone()).map_err(|e| match e {
            SpanError::CrossesBlocks => EditError::CrossesParagraphs,
            SpanError::OutOfText => EditError::OutOfText,
            SpanError::Empty | SpanError::SplitsCharacter => EditError::EmptySelection,
        })?;
    }
    Ok(pieces)
}

fn single_block_range(
    text: &str,
    blocks: &[Block],
    range: Range<usize>,
) -> Result<Range<usize>, EditError> {
    let mut pieces = pieces_by_block(text, blocks, range)?;
    if pieces.len() > 1 {
        return Err(EditError::CrossesParagraphs);
    }
    Ok(pieces.remove(0))
}

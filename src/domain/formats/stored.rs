//! What the app keeps in browser storage between visits: the document, and
//! the annotations in byte offsets (so saving after every edit needs no
//! offset conversion). Versioned like a file; validated when read back,
//! since storage can hold anything an older app or another tab left.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::domain::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId, SuggestionKey,
};
use crate::domain::document::Document;
use crate::domain::layers::AnnotatorLayer;
use crate::domain::spans::SpanRule;
use crate::domain::workspace::{Editing, Entry};

pub const STORED_VERSION: u32 = 1;
/// The version of the workspace list (order and current document).
pub const META_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredEntry {
    /// The user's own annotations.
    pub annotations: StoredAnnotations,
    pub done: bool,
    /// The gold layer, once curation started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gold: Option<StoredAnnotations>,
    /// Other annotators' layers: (annotator, annotations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layers: Vec<(String, StoredAnnotations)>,
    /// Gold was shown when saved.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub editing_gold: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredMeta {
    pub version: u32,
    pub order: Vec<String>,
    pub current: String,
}

/// What was saved: the entries in order, and the index of the current one;
/// records that could not be read back (kept aside, never dropped); and
/// the titles of stored documents that no list named (listed again).
#[derive(Debug, Clone, Default)]
pub struct Restored {
    pub entries: Vec<Entry>,
    pub current: usize,
    pub set_aside: Vec<SetAside>,
    pub found: Vec<String>,
}

/// A stored record that failed validation, exactly as it was stored, with
/// the reason: shown to the user, exportable, kept until discarded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    pub id: String,
    pub reason: String,
    pub record: String,
}

/// Turns what storage holds into a workspace. Nothing is dropped: a record
/// that fails validation is set aside with its reason (its document, if
/// readable, opens without annotations), and a stored document that the
/// list does not name is listed at the end.
pub fn restore(
    meta: Option<String>,
    aside: Option<String>,
    texts: Vec<String>,
    entries: Vec<String>,
) -> Result<Option<Restored>, String> {
    let meta: Option<StoredMeta> = match meta {
        None => None,
        Some(json) => match serde_json::from_str::<StoredMeta>(&json) {
            Ok(m) if m.version > META_VERSION => {
                return Err(format!("the workspace list has version {}", m.version))
            }
            Ok(m) => Some(m),
            // An unreadable list is rebuilt from the stored documents.
            Err(_) => None,
        },
    };
    let mut loaded = Restored {
        set_aside: aside
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default(),
        ..Restored::default()
    };
    // Storage a newer app wrote refuses the whole workspace: decided on the
    // records' version fields, never on a reason's wording (which quotes
    // titles and values).
    let mut newer = None;
    let mut note_newer = |version: u32| {
        if version > STORED_VERSION {
            newer = check_version(version).err();
        }
    };
    let mut aside = |id: &str, reason: String, record: &str| {
        let item = SetAside {
            id: id.to_owned(),
            reason,
            record: record.to_owned(),
        };
        if !loaded.set_aside.contains(&item) {
            loaded.set_aside.push(item);
        }
    };
    let mut annotations: HashMap<String, (StoredEntry, &String)> = HashMap::new();
    for json in &entries {
        match serde_json::from_str::<StoredEntry>(json) {
            Ok(e) => {
                note_newer(e.annotations.version);
                annotations.insert(e.annotations.document.clone(), (e, json));
            }
            Err(e) => aside("?", format!("unreadable annotations: {e}"), json),
        }
    }
    let mut by_id: HashMap<String, Entry> = HashMap::new();
    let mut stored_order = Vec::new();
    for json in &texts {
        let document = match serde_json::from_str::<StoredDocument>(json) {
            Ok(d) => {
                note_newer(d.version);
                d.into_document()
            }
            Err(e) => Err(format!("unreadable document: {e}")),
        };
        let document = match document {
            Ok(d) => d,
            Err(reason) => {
                aside("?", reason, json);
                continue;
            }
        };
        let entry = match annotations.remove(&document.id) {
            None => Entry::new(document, Default::default()),
            Some((stored, json)) => {
                let (entry, problems) = stored.into_entry(document);
                for reason in problems {
                    aside(&entry.session.document.id, reason, json);
                }
                entry
            }
        };
        stored_order.push(entry.session.document.id.clone());
        by_id.insert(entry.session.document.id.clone(), entry);
    }
    for (id, (_, json)) in annotations {
        aside(
            &id,
            "annotations of a document that is not stored".to_owned(),
            json,
        );
    }
    if let Some(reason) = newer {
        return Err(reason);
    }
    let (order, current) = match meta {
        Some(m) => (m.order, m.current),
        None => (Vec::new(), String::new()),
    };
    loaded.entries = order.iter().filter_map(|id| by_id.remove(id)).collect();
    // Listed nowhere (another tab's list won, or the list was lost): found.
    for id in stored_order {
        if let Some(entry) = by_id.remove(&id) {
            loaded.found.push(entry.session.document.title.clone());
            loaded.entries.push(entry);
        }
    }
    loaded.current = loaded
        .entries
        .iter()
        .position(|e| e.session.document.id == current)
        .unwrap_or(0);
    Ok((!loaded.entries.is_empty() || !loaded.set_aside.is_empty()).then_some(loaded))
}

impl StoredEntry {
    /// What is saved of an entry besides its text: its layers (own, gold,
    /// others'), which is shown, the done mark.
    pub fn of(entry: &Entry) -> StoredEntry {
        let id = &entry.session.document.id;
        StoredEntry {
            annotations: StoredAnnotations::from_annotations(id, entry.own()),
            done: entry.done,
            gold: entry
                .gold()
                .map(|g| StoredAnnotations::from_annotations(id, g)),
            layers: entry
                .layers
                .iter()
                .map(|l| {
                    (
                        l.annotator.clone(),
                        StoredAnnotations::from_annotations(id, &l.annotations),
                    )
                })
                .collect(),
            editing_gold: entry.editing == Editing::Gold,
        }
    }

    /// The entry of `document` as saved, with why any layer could not be
    /// read back (that layer is then left out; the caller keeps the record
    /// aside). The own layer failing leaves it empty.
    pub fn into_entry(self, document: Document) -> (Entry, Vec<String>) {
        let mut problems = Vec::new();
        let title = document.title.clone();
        let own = self
            .annotations
            .into_annotations(&document)
            .unwrap_or_else(|reason| {
                problems.push(format!(
                    "the annotations of “{title}” could not be read back: {reason}"
                ));
                Default::default()
            });
        let gold = self.gold.map(|g| g.into_annotations(&document));
        let layers: Vec<_> = self
            .layers
            .into_iter()
            .map(|(name, a)| (name, a.into_annotations(&document)))
            .collect();
        let mut entry = Entry::new(document, own);
        entry.done = self.done;
        match gold {
            Some(Ok(g)) => entry.set_gold(g),
            Some(Err(reason)) => problems.push(format!(
                "the gold layer of “{title}” could not be read back: {reason}"
            )),
            None => {}
        }
        for (annotator, a) in layers {
            match a {
                Ok(annotations) => {
                    entry.set_layer(AnnotatorLayer {
                        annotator,
                        annotations,
                    });
                }
                Err(reason) => problems.push(format!(
                    "the layer of {annotator} in “{title}” could not be read back: {reason}"
                )),
            }
        }
        if self.editing_gold {
            entry.edit(Editing::Gold);
        }
        (entry, problems)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("stored types always serialise")
    }
}

/// What a page writes synchronously as it closes: the current document's
/// annotations, and the document itself (its save may not have landed
/// either, as for a text pasted just before a reload).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Journal {
    pub entry: StoredEntry,
    pub document: StoredDocument,
}

impl Journal {
    pub fn of(entry: &Entry) -> Journal {
        Journal {
            entry: StoredEntry::of(entry),
            document: StoredDocument::from_document(&entry.session.document),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("stored types always serialise")
    }
}

impl Restored {
    /// Applies the journal an earlier page wrote as it closed: the entry it
    /// names takes the journal's annotations, which are never older than
    /// what the database holds (the journal is written after the last
    /// edit, and cleared once a save has landed); a document the database
    /// lacks is added. A journal that does not validate is set aside like
    /// any stored record.
    pub fn apply_journal(&mut self, json: &str) {
        let Journal {
            entry: journal,
            document,
        } = match serde_json::from_str::<Journal>(json) {
            Ok(j) => j,
            Err(e) => {
                return self.set_aside.push(SetAside {
                    id: "?".to_owned(),
                    reason: format!("the last edits before the page closed could not be read: {e}"),
                    record: json.to_owned(),
                })
            }
        };
        let id = journal.annotations.document.clone();
        if !self.entries.iter().any(|e| e.session.document.id == id) {
            match document.into_document() {
                Ok(d) if d.id == id => {
                    self.current = self.entries.len();
                    self.entries.push(Entry::new(d, Default::default()));
                }
                _ => return,
            }
        }
        let entry = self
            .entries
            .iter_mut()
            .find(|e| e.session.document.id == id)
            .expect("found or added above");
        let (restored, problems) = journal.into_entry((*entry.session.document).clone());
        if problems.is_empty() {
            *entry = restored;
        } else {
            self.set_aside.push(SetAside {
                id,
                reason: format!(
                    "the last edits before the page closed could not be read back: {}",
                    problems.join("; ")
                ),
                record: json.to_owned(),
            });
        }
    }
}

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

/// One rule for every stored record's version: a newer one is refused by
/// name (the caller then changes nothing), an unknown one is set aside.
fn check_version(version: u32) -> Result<(), String> {
    if version > STORED_VERSION {
        return Err(format!(
            "saved by a newer version of the annotator (storage version {version})"
        ));
    }
    if version != STORED_VERSION {
        return Err(format!("unknown storage version {version}"));
    }
    Ok(())
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

    /// The document, or why it cannot be read back.
    pub fn into_document(self) -> Result<Document, String> {
        check_version(self.version)?;
        Ok(Document {
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
    /// reference is valid for it (by the one span rule); otherwise why not,
    /// so that the caller keeps the record aside instead of showing it
    /// wrong or dropping it.
    pub fn into_annotations(self, document: &Document) -> Result<Annotations, String> {
        check_version(self.version)?;
        if self.document != document.id {
            return Err(format!(
                "they belong to document {:?}, not {:?}",
                self.document, document.id
            ));
        }
        let rule = SpanRule::new(&document.text);
        let span = |what: &str, id: u32, s: usize, e: usize| {
            rule.check(s..e)
                .map_err(|why| format!("{what} {id} at bytes {s}..{e} cannot be a span: {why}"))
        };
        let mut a = Annotations::default();
        let mut ids = HashSet::new();
        let mut claim = |id: u32| {
            ids.insert(id)
                .then_some(())
                .ok_or_else(|| format!("the id {id} is used twice"))
        };
        for (id, name, aliases, color) in self.speakers {
            claim(id)?;
            a.speakers.push(Speaker {
                id: SpeakerId(id),
                name,
                aliases,
                color,
            });
        }
        let known: HashSet<u32> = a.speakers.iter().map(|s| s.id.0).collect();
        let speaker = |what: &str, id: u32, speaker: u32| {
            known
                .contains(&speaker)
                .then_some(SpeakerId(speaker))
                .ok_or_else(|| format!("{what} {id} refers to a missing speaker {speaker}"))
        };
        for (id, s, e, sp) in self.mentions {
            claim(id)?;
            a.mentions.push(Mention {
                id: MentionId(id),
                range: span("mention", id, s, e)?,
                speaker: speaker("mention", id, sp)?,
            });
        }
        for (id, s, e, kind, sp, cue) in self.quotes {
            claim(id)?;
            let kind = QuoteKind::parse(&kind)
                .ok_or_else(|| format!("quote {id} has an unknown kind {kind:?}"))?;
            a.quotes.push(Quote {
                id: QuoteId(id),
                range: span("quote", id, s, e)?,
                kind,
                speaker: sp.map(|sp| speaker("quote", id, sp)).transpose()?,
                cue: cue
                    .map(|(s, e)| span("cue of quote", id, s, e))
                    .transpose()?,
            });
        }
        a.sort_in_reading_order();
        a.rejected = self
            .rejected
            .into_iter()
            .map(|(kind, start, end)| match kind {
                0 => SuggestionKey::Quote { start, end },
                _ => SuggestionKey::Mention { start, end },
            })
            .collect();
        Ok(a)
    }
}

//! A workspace: the documents a user annotates, in order, each with its
//! session (annotations and undo history) and a "done" mark, and its rules:
//! opening documents without ever overwriting annotated work (a differently
//! annotated import comes in as a copy under a free id), removing and
//! restoring documents. Entries are shared (`Rc`), so copying a workspace
//! per action costs one pointer per document, however long they are.

use std::rc::Rc;

use super::annotations::Annotations;
use super::corpus::Record;
use super::document::Document;
use super::session::Session;

#[derive(Debug, Clone)]
pub struct Entry {
    pub session: Session,
    pub done: bool,
}

impl Entry {
    pub fn new(document: Document, annotations: Annotations) -> Entry {
        Entry {
            session: Session::new(document, annotations),
            done: false,
        }
    }

    pub fn record(&self) -> Record {
        Record {
            document: (*self.session.document).clone(),
            annotations: self.session.annotations.clone(),
        }
    }
}

/// Documents in the order the user added them; never empty.
#[derive(Debug, Clone)]
pub struct Workspace {
    entries: Vec<Rc<Entry>>,
    current: usize,
    /// Removed documents with their former index, most recent last, for
    /// [`Workspace::undo_remove`].
    removed: Vec<(usize, Rc<Entry>)>,
}

/// What [`Workspace::open`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opened {
    /// Documents added under a new id because one with their id was here
    /// with another text or other annotations.
    pub copies: usize,
}

/// Why [`Workspace::undo_remove`] restored nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UndoRemoveError {
    #[error("There is no removed document to restore.")]
    NothingRemoved,
    #[error("That document was opened again since it was removed: it is already in the list.")]
    OpenedAgain,
}

/// Annotations with nothing in them: an entry that takes imported work.
fn is_blank(a: &Annotations) -> bool {
    a.quotes.is_empty() && a.mentions.is_empty() && a.speakers.is_empty() && a.rejected.is_empty()
}

impl Workspace {
    pub fn new(first: Entry) -> Workspace {
        Workspace {
            entries: vec![Rc::new(first)],
            current: 0,
            removed: Vec::new(),
        }
    }

    /// A workspace of several entries; the first is current. None if empty.
    pub fn from_entries(entries: Vec<Entry>, current: usize) -> Option<Workspace> {
        if entries.is_empty() {
            return None;
        }
        let current = current.min(entries.len() - 1);
        Some(Workspace {
            entries: entries.into_iter().map(Rc::new).collect(),
            current,
            removed: Vec::new(),
        })
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> &Entry {
        &self.entries[self.current]
    }

    /// The current entry, to edit: cloned first if shared.
    pub fn current_mut(&mut self) -> &mut Entry {
        Rc::make_mut(&mut self.entries[self.current])
    }

    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().map(|e| e.as_ref())
    }

    /// The entries as shared: an entry's `Rc` changes exactly when the
    /// entry does, which is how autosave tells what to write.
    pub fn shared_entries(&self) -> impl Iterator<Item = &Rc<Entry>> {
        self.entries.iter()
    }

    pub fn get(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).map(|e| e.as_ref())
    }

    /// The index of the document with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.session.document.id == id)
    }

    pub fn switch_to(&mut self, i: usize) -> bool {
        if i < self.entries.len() {
            self.current = i;
            true
        } else {
            false
        }
    }

    /// Adds documents at the end (a document whose id is already here
    /// replaces nothing and is skipped); returns how many were added.
    pub fn add(&mut self, entries: Vec<Entry>) -> usize {
        let mut added = 0;
        for e in entries {
            if self.position(&e.session.document.id).is_none() {
                self.entries.push(Rc::new(e));
                added += 1;
            }
        }
        added
    }

    /// Adds documents and shows the first of them. A document already here
    /// (same id and same text) is shown as it is, or takes the incoming
    /// annotations if it has none; anything else that would collide — the
    /// same id for another text, or other annotations for annotated work —
    /// comes in under a new id ([`Workspace::free_id`]), so nothing here is
    /// ever overwritten.
    pub fn open(&mut self, entries: Vec<Entry>) -> Opened {
        let Some(mut first) = entries.first().map(|e| e.session.document.id.clone()) else {
            return Opened { copies: 0 };
        };
        let mut copies = 0;
        let mut fresh: Vec<Entry> = Vec::new();
        for (n, entry) in entries.into_iter().enumerate() {
            let id = entry.session.document.id.clone();
            let here = self.position(&id).map(|i| (i, &self.entries[i]));
            let collides = match here {
                Some((_, e)) if e.session.document.text == entry.session.document.text => {
                    !is_blank(&entry.session.annotations)
                        && !is_blank(&e.session.annotations)
                        && e.session.annotations != entry.session.annotations
                }
                Some(_) => true,
                None => fresh.iter().any(|e| e.session.document.id == id),
            };
            if collides {
                let copy = self.free_id(&id, &fresh);
                let mut document = (*entry.session.document).clone();
                document.id = copy.clone();
                if n == 0 {
                    first = copy;
                }
                copies += 1;
                fresh.push(Entry::new(document, entry.session.annotations.clone()));
            } else if let Some((i, e)) = here {
                if is_blank(&e.session.annotations) && !is_blank(&entry.session.annotations) {
                    self.replace(i, entry);
                }
            } else {
                fresh.push(entry);
            }
        }
        self.add(fresh);
        if let Some(i) = self.position(&first) {
            self.switch_to(i);
        }
        Opened { copies }
    }

    /// `id-2`, `id-3`, …: the first id not used in the workspace, by a
    /// document being added, or by a removed one that could come back.
    pub fn free_id(&self, id: &str, adding: &[Entry]) -> String {
        (2..)
            .map(|k| format!("{id}-{k}"))
            .find(|c| {
                self.position(c).is_none()
                    && !adding.iter().any(|e| e.session.document.id == *c)
                    && !self
                        .removed
                        .iter()
                        .any(|(_, e)| e.session.document.id == *c)
            })
            .expect("some suffix is free")
    }

    /// Removes a document (never the last one) and keeps it for
    /// [`Workspace::undo_remove`]; returns it.
    pub fn remove(&mut self, i: usize) -> Option<Rc<Entry>> {
        if self.entries.len() < 2 || i >= self.entries.len() {
            return None;
        }
        let entry = self.entries.remove(i);
        if self.current > i || self.current == self.entries.len() {
            self.current = self.current.saturating_sub(1);
        }
        self.removed.push((i, entry.clone()));
        Some(entry)
    }

    /// Puts the last removed document back where it was; returns its
    /// index. Refused (and kept out) when a document with its id was
    /// opened since.
    pub fn undo_remove(&mut self) -> Result<usize, UndoRemoveError> {
        let (at, entry) = self.removed.pop().ok_or(UndoRemoveError::NothingRemoved)?;
        if self.position(&entry.session.document.id).is_some() {
            return Err(UndoRemoveError::OpenedAgain);
        }
        let at = at.min(self.entries.len());
        self.entries.insert(at, entry);
        if self.current >= at {
            self.current += 1;
        }
        Ok(at)
    }

    /// How many removed documents can be restored.
    pub fn removed_count(&self) -> usize {
        self.removed.len()
    }

    /// Replaces a document with a new version of it (an import).
    pub fn replace(&mut self, i: usize, entry: Entry) {
        if let Some(e) = self.entries.get_mut(i) {
            *e = Rc::new(entry);
        }
    }

    pub fn set_done(&mut self, i: usize, done: bool) {
        if let Some(e) = self.entries.get_mut(i) {
            Rc::make_mut(e).done = done;
        }
    }

    /// Every document as a record, for export and the summary.
    pub fn records(&self) -> Vec<Record> {
        self.entries().map(Entry::record).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(text: &str) -> Entry {
        Entry::new(Document::from_text(text), Annotations::default())
    }

    #[test]
    fn add_switch_remove_restore_keep_the_current_document() {
        let mut w = Workspace::new(entry("A\n\na"));
        assert_eq!(
            w.add(vec![entry("B\n\nb"), entry("C\n\nc"), entry("A\n\na")]),
            2,
            "duplicates are skipped"
        );
        assert!(w.switch_to(2));
        assert_eq!(w.current().session.document.title, "C");
        w.remove(0).unwrap();
        assert_eq!(w.current().session.document.title, "C");
        w.undo_remove().unwrap();
        assert_eq!(w.len(), 3);
        assert_eq!(w.current().session.document.title, "C");
        assert_eq!(w.undo_remove(), Err(UndoRemoveError::NothingRemoved));
        w.remove(2).unwrap();
        assert_eq!(w.current().session.document.title, "B");
        w.remove(0).unwrap();
        assert!(w.remove(0).is_none(), "the last document stays");
        w.set_done(0, true);
        assert!(w.current().done);
    }
}

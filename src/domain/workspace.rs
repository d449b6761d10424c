//! A workspace: the documents a user annotates, in order, each with its
//! session (annotations and undo history) and a "done" mark. Entries are
//! shared (`Rc`), so copying a workspace per action costs one pointer per
//! document, however long the documents are.

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
}

impl Workspace {
    pub fn new(first: Entry) -> Workspace {
        Workspace {
            entries: vec![Rc::new(first)],
            current: 0,
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

    /// Removes a document (never the last one); returns it with its index
    /// so that the removal can be undone with [`Workspace::restore`].
    pub fn remove(&mut self, i: usize) -> Option<(usize, Rc<Entry>)> {
        if self.entries.len() < 2 || i >= self.entries.len() {
            return None;
        }
        let entry = self.entries.remove(i);
        if self.current > i || self.current == self.entries.len() {
            self.current = self.current.saturating_sub(1);
        }
        Some((i, entry))
    }

    pub fn restore(&mut self, at: usize, entry: Rc<Entry>) {
        let at = at.min(self.entries.len());
        self.entries.insert(at, entry);
        if self.current >= at {
            self.current += 1;
        }
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
        let (at, removed) = w.remove(0).unwrap();
        assert_eq!(w.current().session.document.title, "C");
        w.restore(at, removed);
        assert_eq!(w.len(), 3);
        assert_eq!(w.current().session.document.title, "C");
        let (_, _) = w.remove(2).unwrap();
        assert_eq!(w.current().session.document.title, "B");
        w.remove(0).unwrap();
        assert!(w.remove(0).is_none(), "the last document stays");
        w.set_done(0, true);
        assert!(w.current().done);
    }
}

//! A workspace: the documents a user annotates, in order, each with its
//! session (annotations and undo history) and a "done" mark, and its rules:
//! opening documents without ever overwriting annotated work (a differently
//! annotated import comes in as a copy under a free id), removing and
//! restoring documents; and each document's layers: the user's own, the
//! gold one being curated, and other annotators' (read only), an import by
//! another annotator of a text already here joining it as their layer.
//! Entries are shared (`Rc`), so copying a workspace per action costs one
//! pointer per document, however long they are.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::agreement::{self, Agreement, Layer};
use super::annotations::Annotations;
use super::corpus::Record;
use super::document::Document;
pub use super::layers::YOU;
use super::layers::{is_blank, is_gold, is_me, same_annotator, AnnotatorLayer, GOLD};
use super::session::Session;

/// Which editable layer of a document is shown and edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Editing {
    #[default]
    Own,
    Gold,
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// The layer being edited: the user's own, or gold (see `editing`).
    pub session: Session,
    pub done: bool,
    pub editing: Editing,
    /// The editable layer not shown, with its own undo history: gold while
    /// the own layer is edited (None until curation starts), the own layer
    /// while gold is.
    pub parked: Option<Rc<Session>>,
    /// Other annotators' layers, read only, in the order they came.
    pub layers: Rc<Vec<AnnotatorLayer>>,
}

/// Which layers an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LayerChoice {
    /// The layer shown: the user's own, or gold while it is curated.
    #[default]
    Shown,
    /// Gold only: documents without gold are left out.
    Gold,
    /// Every layer, one record each ([`Entry::layer_records`]).
    All,
}

impl LayerChoice {
    pub const ALL: [LayerChoice; 3] = [LayerChoice::Shown, LayerChoice::Gold, LayerChoice::All];

    pub fn name(self) -> &'static str {
        match self {
            LayerChoice::Shown => "shown",
            LayerChoice::Gold => "gold",
            LayerChoice::All => "all",
        }
    }

    pub fn parse(s: &str) -> Option<LayerChoice> {
        LayerChoice::ALL.into_iter().find(|c| c.name() == s)
    }
}

/// What [`Entry::set_layer`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayerChange {
    Added,
    Replaced,
    Unchanged,
}

impl Entry {
    pub fn new(document: Document, annotations: Annotations) -> Entry {
        Entry {
            session: Session::new(document, annotations),
            done: false,
            editing: Editing::Own,
            parked: None,
            layers: Rc::new(Vec::new()),
        }
    }

    /// The layer shown as a record: the user's own (annotator unsaid) or
    /// gold.
    pub fn record(&self) -> Record {
        self.record_as(None)
    }

    /// The layer shown as a record, the user's own named `me`.
    pub fn record_as(&self, me: Option<&str>) -> Record {
        let annotator = match self.editing {
            Editing::Gold => Some(GOLD),
            Editing::Own => me,
        };
        Record {
            document: (*self.session.document).clone(),
            annotations: self.session.annotations.clone(),
            annotator: annotator.map(str::to_owned),
        }
    }

    /// The records an export of this document writes.
    pub fn records_for(&self, choice: LayerChoice, me: Option<&str>) -> Vec<Record> {
        match choice {
            LayerChoice::Shown => vec![self.record_as(me)],
            LayerChoice::Gold => self
                .gold()
                .map(|g| Record {
                    document: (*self.session.document).clone(),
                    annotations: g.clone(),
                    annotator: Some(GOLD.to_owned()),
                })
                .into_iter()
                .collect(),
            LayerChoice::All => self.layer_records(me),
        }
    }

    /// The user's own annotations.
    pub fn own(&self) -> &Annotations {
        match (self.editing, &self.parked) {
            (Editing::Gold, Some(own)) => &own.annotations,
            _ => &self.session.annotations,
        }
    }

    /// The gold annotations, once curation has started or gold came in.
    pub fn gold(&self) -> Option<&Annotations> {
        match self.editing {
            Editing::Gold => Some(&self.session.annotations),
            Editing::Own => self.parked.as_ref().map(|s| &s.annotations),
        }
    }

    /// Shows and edits one editable layer; the other keeps its history.
    /// Gold starts empty the first time.
    pub fn edit(&mut self, which: Editing) {
        if which == self.editing {
            return;
        }
        let shown = match self.parked.take() {
            Some(s) => Rc::unwrap_or_clone(s),
            None => Session {
                annotations: Annotations::default(),
                history: Default::default(),
                ..self.session.clone()
            },
        };
        let previous = std::mem::replace(&mut self.session, shown);
        self.parked = Some(Rc::new(previous));
        self.editing = which;
    }

    /// Sets the user's own annotations (an import into a blank document),
    /// keeping the other layers; the own layer's history starts again.
    pub fn take_own(&mut self, annotations: Annotations) {
        let own = Session {
            annotations,
            history: Default::default(),
            ..self.session.clone()
        };
        match self.editing {
            Editing::Own => self.session = own,
            Editing::Gold => self.parked = Some(Rc::new(own)),
        }
    }

    /// Sets the gold annotations (from storage or an import), without
    /// history.
    pub fn set_gold(&mut self, annotations: Annotations) {
        let gold = Session {
            annotations,
            history: Default::default(),
            ..self.session.clone()
        };
        match self.editing {
            Editing::Gold => self.session = gold,
            Editing::Own => self.parked = Some(Rc::new(gold)),
        }
    }

    /// Adds an annotator's layer, or replaces theirs with a newer import.
    pub fn set_layer(&mut self, layer: AnnotatorLayer) -> LayerChange {
        let layers = Rc::make_mut(&mut self.layers);
        match layers
            .iter_mut()
            .find(|l| same_annotator(&l.annotator, &layer.annotator))
        {
            Some(l) if l.annotations == layer.annotations => LayerChange::Unchanged,
            Some(l) => {
                *l = layer;
                LayerChange::Replaced
            }
            None => {
                layers.push(layer);
                LayerChange::Added
            }
        }
    }

    /// The annotators' layers to compare and curate from: the user's own
    /// (named `me`, else "you"; left out when blank) and the others', in
    /// the order they came. Gold is never one of them.
    pub fn annotator_layers<'a>(&'a self, me: Option<&'a str>) -> Vec<Layer<'a>> {
        let mut out = Vec::new();
        // Rejected suggestions or a speaker list are not annotations to
        // compare: only quotes and mentions make the user an annotator.
        let own = self.own();
        if !own.quotes.is_empty() || !own.mentions.is_empty() {
            out.push(Layer {
                annotator: me.unwrap_or(YOU),
                annotations: self.own(),
            });
        }
        out.extend(self.layers.iter().map(|l| Layer {
            annotator: &l.annotator,
            annotations: &l.annotations,
        }));
        out
    }

    /// Whether the document is being curated: gold shown, and at least
    /// one annotator's layer to take versions from.
    pub fn is_curating(&self) -> bool {
        self.editing == Editing::Gold && (!self.layers.is_empty() || !is_blank(self.own()))
    }

    /// Every layer of the document as records: the user's own (named `me`
    /// when they gave a name; left out when blank and there are others),
    /// gold, then the other annotators'.
    pub fn layer_records(&self, me: Option<&str>) -> Vec<Record> {
        let document = &*self.session.document;
        let record = |annotations: &Annotations, annotator: Option<&str>| Record {
            document: document.clone(),
            annotations: annotations.clone(),
            annotator: annotator.map(str::to_owned),
        };
        let mut out = Vec::new();
        let others = self.gold().is_some() || !self.layers.is_empty();
        if !(others && is_blank(self.own())) {
            out.push(record(self.own(), me));
        }
        if let Some(gold) = self.gold() {
            out.push(record(gold, Some(GOLD)));
        }
        for l in self.layers.iter() {
            out.push(record(&l.annotations, Some(&l.annotator)));
        }
        out
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Opened {
    /// Documents added under a new id because one with their id was here
    /// with another text or other annotations.
    pub copies: usize,
    /// Other annotators' layers added to (or replaced in) documents.
    pub layers: usize,
    /// Gold layers that came in.
    pub gold: usize,
}

/// [`Workspace::agreement`]: per document (by index) and over all.
#[derive(Debug, Clone, Default)]
pub struct WorkspaceAgreement {
    /// Every annotator together, pooled over the documents all of them
    /// marked (α_u and Fleiss' κ of all); None when there are none, or
    /// fewer than two annotators.
    pub overall: Option<Agreement>,
    /// Each pair of annotators, pooled over the documents both marked
    /// (one pair each, in annotator order).
    pub pairs: Vec<Agreement>,
    pub documents: Vec<(usize, Agreement)>,
}

/// Why [`Workspace::undo_remove`] restored nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UndoRemoveError {
    #[error("There is no removed document to restore.")]
    NothingRemoved,
    #[error("That document was opened again since it was removed: it is already in the list.")]
    OpenedAgain,
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
        // A set of the ids here: looking each up in the list made adding a
        // thousand documents quadratic.
        let mut here: HashSet<String> = self.ids().map(str::to_owned).collect();
        let mut added = 0;
        for e in entries {
            if here.insert(e.session.document.id.clone()) {
                self.entries.push(Rc::new(e));
                added += 1;
            }
        }
        added
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.session.document.id.as_str())
    }

    /// Adds documents and shows the first of them. A document already here
    /// (same id and same text) is shown as it is, or takes the incoming
    /// annotations if it has none; anything else that would collide — the
    /// same id for another text, or other annotations for annotated work —
    /// comes in under a new id ([`Workspace::free_id`]), so nothing here is
    /// ever overwritten.
    pub fn open(&mut self, entries: Vec<Entry>) -> Opened {
        let Some(mut first) = entries.first().map(|e| e.session.document.id.clone()) else {
            return Opened::default();
        };
        let mut copies = 0;
        let mut fresh: Vec<Entry> = Vec::new();
        // Where each id is, and the ids coming in: looked up once per entry
        // (a linear search each made a thousand documents quadratic). The
        // loop changes entries in place only, never their places.
        let positions: HashMap<String, usize> = self
            .ids()
            .enumerate()
            .map(|(i, id)| (id.to_owned(), i))
            .collect();
        let mut fresh_ids: HashSet<String> = HashSet::new();
        for (n, entry) in entries.into_iter().enumerate() {
            let id = entry.session.document.id.clone();
            let here = positions.get(&id).map(|&i| (i, &self.entries[i]));
            let collides = match here {
                Some((_, e)) if e.session.document.text == entry.session.document.text => {
                    !is_blank(&entry.session.annotations)
                        && !is_blank(e.own())
                        && *e.own() != entry.session.annotations
                }
                Some(_) => true,
                None => fresh_ids.contains(&id),
            };
            if collides {
                let copy = self.free_id(&id, &fresh);
                let mut document = (*entry.session.document).clone();
                document.id = copy.clone();
                if n == 0 {
                    first = copy;
                }
                copies += 1;
                fresh_ids.insert(document.id.clone());
                fresh.push(Entry::new(document, entry.session.annotations.clone()));
            } else if let Some((i, e)) = here {
                if is_blank(e.own()) && !is_blank(&entry.session.annotations) {
                    let e = Rc::make_mut(&mut self.entries[i]);
                    e.take_own(entry.session.annotations);
                }
            } else {
                fresh_ids.insert(id);
                fresh.push(entry);
            }
        }
        self.add(fresh);
        if let Some(i) = self.position(&first) {
            self.switch_to(i);
        }
        Opened {
            copies,
            ..Opened::default()
        }
    }

    /// The index of the document with this text.
    pub fn position_of_text(&self, text: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.session.document.text == text)
    }

    /// Opens imported records by whose they are. The user's own (named
    /// `me`, or unnamed) open as [`Workspace::open`] does. Another
    /// annotator's record joins the document with the same text as their
    /// layer (read only; a newer import of theirs replaces it), or brings
    /// its document in with an empty own layer. A gold record becomes the
    /// document's gold layer when it has none (or an empty one); gold that
    /// differs from the gold here opens as a copy, so no curated work is
    /// overwritten. The first record's document is shown.
    pub fn open_records(&mut self, records: Vec<Record>, me: Option<&str>) -> Opened {
        let first_text = records.first().map(|r| r.document.text.clone());
        let mut own = Vec::new();
        let mut opened = Opened::default();
        for record in records {
            let whose = record.annotator.clone();
            let theirs = whose.as_deref().filter(|a| !is_me(a, me));
            let Some(annotator) = theirs else {
                own.push(Entry::new(record.document, record.annotations));
                continue;
            };
            let i = match self.position_of_text(&record.document.text) {
                Some(i) => i,
                None => {
                    let mut document = record.document.clone();
                    if self.position(&document.id).is_some() {
                        document.id = self.free_id(&document.id, &[]);
                    }
                    self.entries
                        .push(Rc::new(Entry::new(document, Annotations::default())));
                    self.entries.len() - 1
                }
            };
            let entry = Rc::make_mut(&mut self.entries[i]);
            if is_gold(annotator) {
                match entry.gold() {
                    Some(g) if *g == record.annotations => {}
                    Some(g) if !is_blank(g) => {
                        let mut document = record.document;
                        document.id = self.free_id(&document.id, &[]);
                        let mut copy = Entry::new(document, Annotations::default());
                        copy.set_gold(record.annotations);
                        self.entries.push(Rc::new(copy));
                        opened.copies += 1;
                    }
                    _ => {
                        entry.set_gold(record.annotations);
                        opened.gold += 1;
                    }
                }
            } else if entry.set_layer(AnnotatorLayer {
                annotator: annotator.to_owned(),
                annotations: record.annotations,
            }) != LayerChange::Unchanged
            {
                opened.layers += 1;
            }
        }
        let copies = self.open(own).copies + opened.copies;
        if let Some(i) = first_text.and_then(|t| self.position_of_text(&t)) {
            self.switch_to(i);
        }
        Opened { copies, ..opened }
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

    /// Agreement among the annotators of each document with two or more
    /// layers, and pooled over the documents that every annotator marked.
    pub fn agreement(&self, me: Option<&str>) -> WorkspaceAgreement {
        let mut documents = Vec::new();
        let mut annotators: Vec<String> = Vec::new();
        for (i, e) in self.entries().enumerate() {
            let layers = e.annotator_layers(me);
            if layers.len() < 2 {
                continue;
            }
            for l in &layers {
                if !annotators.iter().any(|a| same_annotator(a, l.annotator)) {
                    annotators.push(l.annotator.to_owned());
                }
            }
            documents.push((i, agreement::compare(&e.session.document.text, &layers)));
        }
        let names: Vec<&str> = annotators.iter().map(String::as_str).collect();
        let pool_over = |names: &[&str]| {
            let parts: Vec<Agreement> = self
                .entries()
                .filter_map(|e| {
                    let layers = e.annotator_layers(me);
                    // Each layer under the name first met, so that the
                    // documents pool ("Ben" here, "ben" there).
                    let ordered: Option<Vec<Layer>> = names
                        .iter()
                        .map(|a| {
                            layers
                                .iter()
                                .find(|l| same_annotator(l.annotator, a))
                                .map(|l| Layer {
                                    annotator: a,
                                    annotations: l.annotations,
                                })
                        })
                        .collect();
                    Some(agreement::compare(&e.session.document.text, &ordered?))
                })
                .collect();
            agreement::pool(parts.iter())
        };
        let mut pairs = Vec::new();
        for i in 0..names.len() {
            for j in i + 1..names.len() {
                pairs.extend(pool_over(&[names[i], names[j]]));
            }
        }
        WorkspaceAgreement {
            overall: pool_over(&names).filter(|a| a.annotators.len() > 1),
            pairs,
            documents,
        }
    }

    /// The records an export of every document writes.
    pub fn records_for(&self, choice: LayerChoice, me: Option<&str>) -> Vec<Record> {
        self.entries()
            .flat_map(|e| e.records_for(choice, me))
            .collect()
    }

    /// Every layer of every document ([`Entry::layer_records`]).
    pub fn layer_records(&self, me: Option<&str>) -> Vec<Record> {
        self.entries().flat_map(|e| e.layer_records(me)).collect()
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

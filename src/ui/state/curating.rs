//! Curating a document's gold layer: switching between the user's own
//! layer and gold, walking the disagreements, taking one annotator's
//! version or none, and accepting everything all annotators agree on. The
//! items and the edits come from the domain (`domain::curation`); this
//! file applies them to gold and keeps the item under review.

use std::rc::Rc;

use super::AppState;
use crate::domain::curation::{curate, Curation};
use crate::domain::session::Session;
use crate::domain::workspace::Editing;

#[derive(Debug, Clone)]
pub enum Curating {
    /// Show and edit the user's own layer or gold.
    EditLayer(Editing),
    /// Show another annotator's layer (by its index), read only.
    View(usize),
    /// Curate the document at this index: it is shown with gold, the first
    /// open disagreement under review.
    Open(usize),
    Next,
    Previous,
    Select(usize),
    /// Gold takes the N-th annotator's version of an item (None: the item
    /// under review).
    Take {
        item: Option<usize>,
        annotator: usize,
    },
    /// Gold has nothing there.
    TakeNone {
        item: Option<usize>,
    },
    /// Every item all annotators agree on goes into gold, as one edit.
    AcceptAgreed,
}

impl AppState {
    /// The current document's curation items (from the annotators' layers).
    pub fn curation(&self) -> Curation {
        let entry = self.workspace.current();
        curate(&entry.annotator_layers(self.annotator.as_deref()))
    }

    pub(super) fn curating(&mut self, action: Curating) {
        match action {
            Curating::EditLayer(which) => {
                if self.viewing.take().is_some() {
                    self.annotations_revision += 1;
                }
                self.edit_layer(which)
            }
            Curating::View(i) => {
                let entry = self.workspace.current();
                let Some(layer) = entry.layers.get(i) else {
                    return;
                };
                let session = Session {
                    annotations: layer.annotations.clone(),
                    history: Default::default(),
                    ..entry.session.clone()
                };
                self.viewing = Some((i, Rc::new(session)));
                self.active = None;
                self.active_suggestion = None;
                self.curation_item = None;
                self.annotations_revision += 1;
            }
            Curating::Open(i) => {
                if i != self.workspace.current_index() && self.workspace.switch_to(i) {
                    self.document_changed();
                }
                self.edit_layer(Editing::Gold);
                self.dialog = None;
                self.step(false);
            }
            Curating::Next => self.step(false),
            Curating::Previous => self.step(true),
            Curating::Select(i) => {
                if self.curating_now() {
                    self.curation_item = Some(i);
                }
            }
            Curating::Take { item, annotator } => {
                let Some((curation, i)) = self.item_under_review(item) else {
                    return;
                };
                let item = &curation.items[i];
                let Some(name) = curation.annotators.get(annotator) else {
                    return self.error(format!(
                        "There is no annotator {} here: this document has {}.",
                        annotator + 1,
                        curation.annotators.len()
                    ));
                };
                match item.take(annotator, &self.session().annotations) {
                    Some(edit) => {
                        self.edit(edit);
                        self.step(false);
                    }
                    None => {
                        self.error(format!("{name} marked nothing here: press 0 to take none."))
                    }
                }
            }
            Curating::TakeNone { item } => {
                let Some((curation, i)) = self.item_under_review(item) else {
                    return;
                };
                let edit = curation.items[i].take_none(&self.session().annotations);
                self.edit(edit);
                self.step(false);
            }
            Curating::AcceptAgreed => {
                if !self.curating_now() {
                    return;
                }
                let curation = self.curation();
                match curation.accept_agreed(&self.session().annotations) {
                    Some(edit) => self.edit(edit),
                    None => self.info("Gold already has everything all annotators agree on."),
                }
            }
        }
    }

    fn curating_now(&self) -> bool {
        self.viewing.is_none() && self.workspace.current().is_curating()
    }

    fn edit_layer(&mut self, which: Editing) {
        if self.workspace.current().editing == which {
            return;
        }
        self.workspace.current_mut().edit(which);
        self.active = None;
        self.active_suggestion = None;
        self.curation_item = None;
        // The other layer is shown: its spans are drawn and saved.
        self.annotations_revision += 1;
        self.workspace_revision += 1;
    }

    /// The item chosen (or else the one under review), with the items, or
    /// a message why there is none; it becomes the item under review.
    fn item_under_review(&mut self, chosen: Option<usize>) -> Option<(Curation, usize)> {
        if self.refuse_if_viewing() {
            return None;
        }
        if !self.curating_now() {
            self.error("Open gold to curate (Agreement, or the layer switch in the panel).");
            return None;
        }
        let curation = self.curation();
        match chosen
            .or(self.curation_item)
            .filter(|&i| i < curation.items.len())
        {
            Some(i) => {
                self.curation_item = Some(i);
                Some((curation, i))
            }
            None => {
                self.error("Choose a disagreement first (j / k, or click one in the list).");
                None
            }
        }
    }

    /// Moves to the next (or previous) open disagreement.
    fn step(&mut self, backwards: bool) {
        if !self.curating_now() {
            return;
        }
        let curation = self.curation();
        let gold = &self.session().annotations;
        match curation.next_disagreement(gold, self.curation_item, backwards) {
            Some(i) => self.curation_item = Some(i),
            None => {
                let (resolved, all) = curation.progress(gold);
                self.info(format!(
                    "No open disagreement left: {resolved} of {all} resolved."
                ));
            }
        }
    }
}

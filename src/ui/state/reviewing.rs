//! Reviewing suggestions: the engine's candidates arriving, showing them
//! or not, the confidence threshold, going from one to the next, and
//! accepting or rejecting them one by one or in bulk.

use std::rc::Rc;

use super::AppState;
use crate::domain::document::Document;
use crate::domain::review::Candidates;

#[derive(Debug, Clone)]
pub enum Reviewing {
    /// The engine finished for a document.
    SuggestionsReady(Rc<Candidates>, Rc<Document>),
    ShowSuggestions(bool),
    /// Offer only suggestions at or above this confidence.
    SetMinConfidence(f32),
    ActivateSuggestion(usize),
    /// Accept or reject the active suggestion, then go to the next one.
    AcceptSuggestion,
    RejectSuggestion,
    NextSuggestion,
    PreviousSuggestion,
    /// Bulk decisions (a speaker's suggestions, or the document's).
    AcceptSuggestions(Vec<usize>),
    RejectSuggestions(Vec<usize>),
}

impl AppState {
    pub(super) fn reviewing(&mut self, action: Reviewing) {
        match action {
            Reviewing::ActivateSuggestion(i) => {
                self.active = None;
                self.active_suggestion = Some(i);
                self.settle();
            }
            Reviewing::SuggestionsReady(c, document) => {
                // Computed for this very text (ids can repeat across imports).
                if Rc::ptr_eq(&document, &self.session().document) {
                    self.suggestions = Some(if c.min_confidence == self.min_confidence {
                        c
                    } else {
                        Rc::new(c.with_min_confidence(self.min_confidence))
                    });
                }
            }
            Reviewing::SetMinConfidence(t) => {
                self.min_confidence = t.clamp(0.0, 1.0);
                if let Some(c) = &self.suggestions {
                    self.suggestions = Some(Rc::new(c.with_min_confidence(self.min_confidence)));
                }
                self.settle();
            }
            Reviewing::ShowSuggestions(show) => {
                self.show_suggestions = show;
                if !show {
                    self.active_suggestion = None;
                }
            }
            Reviewing::AcceptSuggestion => self.decide_suggestion(true),
            Reviewing::RejectSuggestion => self.decide_suggestion(false),
            Reviewing::NextSuggestion | Reviewing::PreviousSuggestion => {
                match self.neighbour_suggestion(matches!(action, Reviewing::NextSuggestion)) {
                    Some(i) => {
                        self.active = None;
                        self.active_suggestion = Some(i);
                    }
                    None => self.info("No more suggestions that way."),
                }
            }
            Reviewing::AcceptSuggestions(items) | Reviewing::RejectSuggestions(items)
                if items.is_empty() =>
            {
                self.info("No suggestions to decide.")
            }
            Reviewing::AcceptSuggestions(items) => {
                if let Some(c) = self.suggestions.clone() {
                    self.edit(c.accept(&items));
                    self.active = None;
                    self.settle();
                    self.info(format!("Accepted {} suggestions.", items.len()));
                }
            }
            Reviewing::RejectSuggestions(items) => {
                if let Some(c) = self.suggestions.clone() {
                    self.edit(c.reject(&items));
                    self.settle();
                    self.info(format!("Rejected {} suggestions.", items.len()));
                }
            }
        }
    }

    /// The pending suggestion after (or before) the active one.
    fn neighbour_suggestion(&self, forward: bool) -> Option<usize> {
        let pending = self.pending_suggestions();
        let here = self.active_suggestion;
        if forward {
            pending.into_iter().find(|&i| here.is_none_or(|h| i > h))
        } else {
            pending
                .into_iter()
                .rev()
                .find(|&i| here.is_none_or(|h| i < h))
        }
    }

    fn decide_suggestion(&mut self, accept: bool) {
        self.settle();
        let Some(i) = self.active_suggestion else {
            let hint = if self.show_suggestions {
                "Press j to go to the next suggestion first."
            } else {
                "Suggestions are off."
            };
            self.info(hint);
            return;
        };
        let Some(c) = self.suggestions.clone() else {
            return;
        };
        let next = self.neighbour_suggestion(true);
        let edit = if accept {
            c.accept(&[i])
        } else {
            c.reject(&[i])
        };
        self.edit(edit);
        self.active = None;
        self.active_suggestion = next;
        self.settle();
    }
}

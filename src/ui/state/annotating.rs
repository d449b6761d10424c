//! Annotating: marking quotes, mentions and cues from a selection,
//! attributing, kinds, deleting, undo and redo, and which span is active.

use std::ops::Range;

use super::AppState;
use crate::domain::annotations::{QuoteKind, SpanRef, SpeakerId};
use crate::domain::announce;
use crate::domain::edit::Edit;

#[derive(Debug, Clone)]
pub enum Annotating {
    /// Any edit of the annotations (the side panel's).
    Edit(Edit),
    /// Mark the selected text as a quote or a speaker mention.
    MarkQuote(Option<Range<usize>>),
    MarkMention(Option<Range<usize>>),
    /// Mark the selection as the active quote's cue.
    MarkCue(Option<Range<usize>>),
    /// Move the active span's boundaries to the selection.
    ResizeActive(Option<Range<usize>>),
    /// Attribute the active quote to the N-th speaker of the list (0-based).
    AttributeActiveTo(usize),
    AttributeActive(Option<SpeakerId>),
    /// Attribute the active quote to a speaker named by text (new if needed).
    AttributeActiveToName(String),
    SetActiveKind(QuoteKind),
    DeleteActive,
    Undo,
    Redo,
    Activate(Option<SpanRef>),
}

impl AppState {
    pub(super) fn annotating(&mut self, action: Annotating) {
        match action {
            Annotating::Edit(edit) => self.edit(edit),
            Annotating::MarkQuote(sel) => {
                if let Some(range) = self.need_selection(sel) {
                    self.edit(Edit::AddQuote {
                        range,
                        kind: QuoteKind::Direct,
                    });
                }
            }
            Annotating::MarkMention(sel) => {
                if let Some(range) = self.need_selection(sel) {
                    // With a quote active, a new mention of an unknown name
                    // is still a new speaker: the link to the quote is made
                    // explicitly, by attributing it.
                    self.edit(Edit::AddMention {
                        range,
                        speaker: None,
                    });
                }
            }
            Annotating::MarkCue(sel) => {
                if let (Some(quote), Some(range)) = (self.active_quote(), sel) {
                    self.edit(Edit::SetCue {
                        quote,
                        cue: Some(range),
                    });
                } else if self.notice.is_none() {
                    self.error("Select the cue words (such as “said”) first.");
                }
            }
            Annotating::ResizeActive(sel) => match (self.active, self.need_selection(sel)) {
                (Some(span), Some(range)) => self.edit(Edit::Resize { span, range }),
                (None, Some(_)) => self.error("Click the span to resize first."),
                _ => {}
            },
            Annotating::AttributeActiveTo(n) => {
                let Some(quote) = self.active_quote() else {
                    return;
                };
                match self.session().annotations.speakers.get(n) {
                    Some(s) => {
                        let speaker = Some(s.id);
                        self.edit(Edit::Attribute { quote, speaker });
                    }
                    None => self.error(format!("There is no speaker number {}.", n + 1)),
                }
            }
            Annotating::AttributeActive(speaker) => {
                if let Some(quote) = self.active_quote() {
                    self.dialog = None;
                    self.edit(Edit::Attribute { quote, speaker });
                }
            }
            Annotating::AttributeActiveToName(name) => {
                let Some(quote) = self.active_quote() else {
                    return;
                };
                let existing = self
                    .session()
                    .annotations
                    .speakers
                    .iter()
                    .find(|s| s.is_named_by(&name))
                    .map(|s| s.id);
                let speaker = match existing {
                    Some(id) => id,
                    None => {
                        self.edit(Edit::AddSpeaker { name: name.clone() });
                        match self
                            .session()
                            .annotations
                            .speakers
                            .iter()
                            .find(|s| s.is_named_by(&name))
                        {
                            Some(s) => s.id,
                            None => return,
                        }
                    }
                };
                self.dialog = None;
                self.active = Some(SpanRef::Quote(quote));
                self.edit(Edit::Attribute {
                    quote,
                    speaker: Some(speaker),
                });
            }
            Annotating::SetActiveKind(kind) => {
                if let Some(quote) = self.active_quote() {
                    self.edit(Edit::SetKind { quote, kind });
                }
            }
            Annotating::DeleteActive => match self.active {
                Some(span) => {
                    self.edit(Edit::Delete(span));
                    self.active = None;
                }
                None => self.info("Click a span to delete first."),
            },
            Annotating::Undo => {
                if !self.refuse_if_viewing() {
                    let moved = self.session_mut().undo();
                    self.after_history_move(moved, "undo");
                }
            }
            Annotating::Redo => {
                if !self.refuse_if_viewing() {
                    let moved = self.session_mut().redo();
                    self.after_history_move(moved, "redo");
                }
            }
            Annotating::Activate(span) => {
                self.active = span.filter(|s| self.session().annotations.range_of(*s).is_some());
                self.active_suggestion = None;
            }
        }
    }

    fn after_history_move(&mut self, moved: bool, what: &str) {
        if moved {
            self.annotations_revision += 1;
            self.settle();
            self.notice = None;
            let history = &self.session().history;
            let speakers = &self.session().annotations.speakers;
            let text = if what == "undo" {
                announce::describe_undo(history.last_undone().unwrap_or_default(), speakers)
            } else {
                announce::describe_redo(history.last_done().unwrap_or_default(), speakers)
            };
            self.announce(text);
        } else {
            self.info(format!("Nothing to {what}."));
        }
    }
}

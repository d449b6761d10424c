//! The page itself: dialogs, notices, the settings kept in this browser
//! (text size, caret mode), what storage reports, long work in progress,
//! a halted tab and a new version waiting.

use super::{AppState, Dialog, Halt, TEXT_SIZES};
use crate::domain::layers::check_annotator_name;

#[derive(Debug, Clone)]
pub enum Page {
    Open(Dialog),
    CloseDialog,
    /// A dialog's work is done: it closes and the page says how it went.
    DialogDone(Result<String, String>),
    /// An export was written (in the formats worker) or failed: the
    /// export dialog closes, if it is still the one open.
    ExportDone(Result<String, String>),
    /// Escape: closes a dialog, else clears the active span and notice,
    /// else leaves caret mode.
    Escape,
    DismissNotice,
    Notify(String),
    /// A file could not be read or imported; the message says why.
    Refused(String),
    StorageFailed(String),
    /// A save landed: storage works (again) and holds this many bytes.
    Saved(usize),
    /// Long work in progress, shown in the page (None when finished).
    Progress(Option<String>),
    /// This tab must stop showing and saving the workspace.
    Halt(Halt),
    /// Keyboard selection in the article, on or off.
    SetCaretMode(bool),
    /// One of [`TEXT_SIZES`].
    SetTextSize(u16),
    /// The service worker has a new build waiting.
    UpdateReady,
    /// The user's annotator name, as typed (checked here); empty clears it.
    SetAnnotator(String),
}

impl AppState {
    pub(super) fn page(&mut self, action: Page) {
        match action {
            Page::Halt(halt) => {
                self.halted = Some(halt);
                self.dialog = None;
            }
            Page::Saved(bytes) => {
                self.storage_error = None;
                self.storage_used = bytes;
            }
            Page::ExportDone(outcome) => {
                if self.dialog == Some(Dialog::Export) {
                    self.dialog = None;
                }
                match outcome {
                    Ok(message) => self.info(message),
                    Err(message) => self.error(message),
                }
            }
            Page::DialogDone(outcome) => {
                self.dialog = None;
                match outcome {
                    Ok(message) => self.info(message),
                    Err(message) => self.error(message),
                }
            }
            Page::Progress(p) => self.progress = p,
            Page::Refused(message) => self.error(message),
            Page::Open(Dialog::SpeakerPicker) => {
                if self.active_quote().is_some() {
                    self.dialog = Some(Dialog::SpeakerPicker);
                }
            }
            Page::Open(dialog) => self.dialog = Some(dialog),
            Page::CloseDialog => self.dialog = None,
            Page::Escape => {
                // One level at a time: a dialog, then what is active, then
                // caret mode.
                if self.dialog.is_some() {
                    self.dialog = None;
                } else if self.active.is_some()
                    || self.active_suggestion.is_some()
                    || self.notice.is_some()
                    || !self.caret_mode
                {
                    self.active = None;
                    self.active_suggestion = None;
                    self.notice = None;
                } else {
                    self.caret_mode = false;
                }
            }
            Page::DismissNotice => self.notice = None,
            Page::SetCaretMode(on) => self.caret_mode = on,
            Page::UpdateReady => self.update_ready = true,
            Page::SetTextSize(size) => {
                if TEXT_SIZES.contains(&size) {
                    self.text_size = size;
                }
            }
            Page::Notify(text) => self.info(text),
            Page::SetAnnotator(name) if name.trim().is_empty() => self.annotator = None,
            Page::SetAnnotator(name) => match check_annotator_name(&name) {
                Ok(name) => {
                    self.info(format!("Your exports now carry your name, “{name}”."));
                    self.annotator = Some(name);
                }
                Err(e) => self.error(e),
            },
            Page::StorageFailed(reason) => self.storage_error = Some(reason),
        }
    }
}

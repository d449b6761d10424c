//! The app's one reducer: [`AppState`] and the [`Action`]s that change it,
//! grouped by concern, each group reduced in its own file: annotating
//! (`annotating.rs`), reviewing suggestions (`reviewing.rs`), the workspace's
//! documents (`documents.rs`), and the page itself — dialogs, notices,
//! settings, storage status (`page.rs`). Reducing is pure: no storage, no
//! DOM, no timers. Effects watch the revision counters and do the I/O at
//! the edge (`app.rs`). An action never dispatches another: what two
//! actions share is a method here.

use std::ops::Range;
use std::rc::Rc;

use crate::domain::annotations::{Annotations, SpanRef};
use crate::domain::announce;
use crate::domain::document::Document;
use crate::domain::edit::Edit;
use crate::domain::formats::stored::SetAside;
use crate::domain::formats::{Format, ImportReport, InputFile, Problem};
use crate::domain::review::Candidates;
use crate::domain::session::Session;
use crate::domain::workspace::{Entry, Workspace};
use crate::ui::view_model::Target;

mod annotating;
mod curating;
mod documents;
mod page;
mod reviewing;
#[cfg(test)]
mod tests;

pub use annotating::Annotating;
pub use curating::Curating;
pub use documents::{Documents, ReadResults};
pub use page::Page;
pub use reviewing::Reviewing;

/// The sample article shown on first start.
pub const SAMPLE: &str = include_str!("../../../seeds/putin-kazakhstan-color-revolutions.txt");

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub text: String,
}

/// Why this tab does not show or save the workspace: the page says so and
/// offers what can be done; nothing is written meanwhile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Halt {
    /// Another tab holds the workspace (`taken`: it took it from this one).
    OtherTab { taken: bool },
    /// Storage was written by a newer version of the app.
    NewerVersion(String),
    /// The database was closed for a newer version in another tab.
    Closed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    Paste,
    Help,
    SpeakerPicker,
    Summary,
    Export,
    ImportPreview,
    Agreement,
}

/// Files read for a dataset import, and what the chosen format made of
/// them: shown for confirmation before anything changes.
#[derive(Debug, Clone)]
pub struct PendingImport {
    pub files: Rc<Vec<InputFile>>,
    /// Files that could not be read or unpacked: listed with the format's
    /// own problems, whichever format is chosen.
    pub unreadable: Rc<Vec<Problem>>,
    pub format: Format,
    pub report: Rc<ImportReport>,
}

/// Files of a dataset import to be read (by an effect, a few lines at a
/// time) in a format; `generation` tells its report from an older one's.
#[derive(Debug, Clone)]
pub struct ImportRequest {
    pub generation: u64,
    pub files: Rc<Vec<InputFile>>,
    pub unreadable: Rc<Vec<Problem>>,
    /// None: detect it.
    pub format: Option<Format>,
}

impl PartialEq for ImportRequest {
    fn eq(&self, other: &Self) -> bool {
        self.generation == other.generation
    }
}

impl PartialEq for PendingImport {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.files, &other.files)
            && self.format == other.format
            && Rc::ptr_eq(&self.report, &other.report)
    }
}

#[derive(Debug, Clone)]
pub struct AppState {
    /// The documents; the current one is what the page shows.
    pub workspace: Workspace,
    pub active: Option<SpanRef>,
    pub notice: Option<Notice>,
    pub dialog: Option<Dialog>,
    /// Set when browser storage refused a save; the page then says so.
    pub storage_error: Option<String>,
    /// Bumped whenever the document is replaced: the document is saved.
    pub document_revision: u64,
    /// Bumped whenever the annotations change: they are saved.
    pub annotations_revision: u64,
    /// The engine's suggestions for this document, once computed.
    pub suggestions: Option<Rc<Candidates>>,
    pub show_suggestions: bool,
    /// Suggestions below this confidence are not offered (a setting).
    pub min_confidence: f32,
    /// The suggestion under review (an index into the candidates); never
    /// set together with `active`.
    pub active_suggestion: Option<usize>,
    /// Bumped when documents are added, removed, reordered, switched or
    /// marked done: the workspace's list is saved.
    pub workspace_revision: u64,
    /// False until the saved workspace has been read at start-up.
    pub loaded: bool,
    /// Set while this tab must not show or save the workspace.
    pub halted: Option<Halt>,
    /// Stored records that failed validation, kept as they were.
    pub set_aside: Rc<Vec<SetAside>>,
    /// Bumped when `set_aside` changes: it is saved.
    pub aside_revision: u64,
    /// Bytes the workspace takes in browser storage.
    pub storage_used: usize,
    /// What long work is doing now ("Reading files: 12 of 300").
    pub progress: Option<String>,
    /// A dataset import awaiting confirmation.
    pub pending_import: Option<PendingImport>,
    /// The import's preview came while another dialog was open: it opens
    /// when that dialog closes, rather than replace what the user opened.
    pub preview_waiting: bool,
    /// Bumped when the active span is to be brought into view (a quote
    /// shown from "Who is quoted").
    pub reveal: u64,
    /// A dataset import being read (its preview comes next).
    pub import_request: Option<Rc<ImportRequest>>,
    /// Bumped by each import request.
    pub import_generation: u64,
    /// The last edit in words, for the screen reader's live region; the
    /// sequence number tells a repeated sentence from the same one.
    pub announcement: Option<(u64, Rc<str>)>,
    /// Keyboard selection: arrows move a caret in the article (a setting
    /// of this page, not saved).
    pub caret_mode: bool,
    /// The article's text size, in percent (a setting).
    pub text_size: u16,
    /// A new build of the app is installed and waits for the user's
    /// reload (never forced: work may be in progress).
    pub update_ready: bool,
    /// The saved workspace could not be read: nothing is saved over it
    /// (the page says to export).
    pub save_off: bool,
    /// The user's name as an annotator (a setting): their exports carry it.
    pub annotator: Option<String>,
    /// The curation item under review (an index into the current
    /// document's items), while gold is edited.
    pub curation_item: Option<usize>,
    /// Another annotator's layer shown, read only, in place of the layer
    /// edited: its index in the current document's layers, and a session
    /// over it (the document and blocks shared).
    pub viewing: Option<(usize, Rc<Session>)>,
}

/// The text sizes offered, in percent.
pub const TEXT_SIZES: &[u16] = &[90, 100, 115, 130, 150];

/// What a user (or an effect reporting back) can do, by concern. Handlers
/// dispatch these and nothing else.
#[derive(Debug, Clone)]
pub enum Action {
    Annotating(Annotating),
    Reviewing(Reviewing),
    Documents(Documents),
    Page(Page),
    Curating(Curating),
}

impl From<Annotating> for Action {
    fn from(a: Annotating) -> Action {
        Action::Annotating(a)
    }
}

impl From<Reviewing> for Action {
    fn from(a: Reviewing) -> Action {
        Action::Reviewing(a)
    }
}

impl From<Documents> for Action {
    fn from(a: Documents) -> Action {
        Action::Documents(a)
    }
}

impl From<Curating> for Action {
    fn from(a: Curating) -> Action {
        Action::Curating(a)
    }
}

impl From<Page> for Action {
    fn from(a: Page) -> Action {
        Action::Page(a)
    }
}

impl AppState {
    pub fn new(document: Document, annotations: Annotations) -> Self {
        AppState {
            workspace: Workspace::new(Entry::new(document, annotations)),
            active: None,
            notice: None,
            dialog: None,
            storage_error: None,
            document_revision: 0,
            annotations_revision: 0,
            suggestions: None,
            show_suggestions: true,
            min_confidence: 0.0,
            active_suggestion: None,
            workspace_revision: 0,
            loaded: false,
            halted: None,
            set_aside: Rc::default(),
            aside_revision: 0,
            storage_used: 0,
            progress: None,
            pending_import: None,
            preview_waiting: false,
            import_request: None,
            reveal: 0,
            import_generation: 0,
            announcement: None,
            caret_mode: false,
            text_size: 100,
            update_ready: false,
            save_off: false,
            annotator: None,
            curation_item: None,
            viewing: None,
        }
    }

    /// Resets what belongs to the shown document after it changed.
    pub(super) fn document_changed(&mut self) {
        self.curation_item = None;
        self.viewing = None;
        self.active = None;
        self.active_suggestion = None;
        self.suggestions = None;
        self.dialog = None;
        self.document_revision += 1;
        self.annotations_revision += 1;
        self.workspace_revision += 1;
    }

    /// The current document's session: the layer edited, or another
    /// annotator's shown read only.
    pub fn session(&self) -> &Session {
        match &self.viewing {
            Some((_, session)) => session,
            None => &self.workspace.current().session,
        }
    }

    /// Whose read-only layer is shown, if one is.
    pub fn viewed_annotator(&self) -> Option<&str> {
        let (i, _) = self.viewing.as_ref()?;
        self.workspace
            .current()
            .layers
            .get(*i)
            .map(|l| l.annotator.as_str())
    }

    /// Refuses a change while another annotator's layer is shown.
    pub(super) fn refuse_if_viewing(&mut self) -> bool {
        match self.viewed_annotator().map(str::to_owned) {
            Some(name) => {
                self.error(format!(
                    "These are {name}'s annotations, shown read only: switch to yours or to gold to edit."
                ));
                true
            }
            None => false,
        }
    }

    pub(super) fn session_mut(&mut self) -> &mut Session {
        &mut self.workspace.current_mut().session
    }

    /// What is active, span or suggestion, as the view marks it.
    pub fn target(&self) -> Option<Target> {
        self.active
            .map(Target::Span)
            .or(self.active_suggestion.map(Target::Suggestion))
    }

    /// Pending suggestions, if any are shown (none over a read-only layer).
    pub fn pending_suggestions(&self) -> Vec<usize> {
        match (&self.suggestions, self.show_suggestions, &self.viewing) {
            (Some(c), true, None) => c.pending(&self.session().annotations),
            _ => Vec::new(),
        }
    }

    /// Drops an active span or suggestion that no longer exists or waits.
    pub(super) fn settle(&mut self) {
        if self
            .active
            .is_some_and(|s| self.session().annotations.range_of(s).is_none())
        {
            self.active = None;
        }
        let ann = &self.session().annotations;
        let still_pending = |i: usize| {
            self.suggestions
                .as_ref()
                .is_some_and(|c| i < c.items.len() && c.is_pending(i, ann))
        };
        if self.active_suggestion.is_some_and(|i| !still_pending(i)) {
            self.active_suggestion = None;
        }
    }

    pub fn sample() -> Self {
        Self::new(Document::from_text(SAMPLE), Annotations::default())
    }

    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: text.into(),
        });
    }

    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        });
    }

    pub(super) fn edit(&mut self, edit: Edit) {
        if self.refuse_if_viewing() {
            return;
        }
        match self.session_mut().apply(edit) {
            Ok(applied) => {
                self.annotations_revision += 1;
                self.notice = None;
                let text =
                    announce::describe(&applied.changes, &self.session().annotations.speakers);
                self.announce(text);
                if applied.focus.is_some() {
                    self.active = applied.focus;
                    self.active_suggestion = None;
                }
                self.settle();
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    pub(super) fn active_quote(&mut self) -> Option<crate::domain::annotations::QuoteId> {
        match self.active {
            Some(SpanRef::Quote(id)) => Some(id),
            _ => {
                self.error("Click a quote first (or mark one with q).");
                None
            }
        }
    }

    pub(super) fn need_selection(
        &mut self,
        selection: Option<Range<usize>>,
    ) -> Option<Range<usize>> {
        if selection.is_none() {
            self.error("Select some text in the article first.");
        }
        selection
    }

    pub(super) fn announce(&mut self, text: String) {
        let seq = self.announcement.as_ref().map_or(0, |(n, _)| n + 1);
        self.announcement = Some((seq, text.into()));
    }

    /// Applies an action in place.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Annotating(a) => self.annotating(a),
            Action::Reviewing(a) => self.reviewing(a),
            Action::Documents(a) => self.documents(a),
            Action::Page(a) => self.page(a),
            Action::Curating(a) => self.curating(a),
        }
        if self.preview_waiting && self.dialog.is_none() {
            self.preview_waiting = false;
            if self.pending_import.is_some() {
                self.dialog = Some(Dialog::ImportPreview);
            }
        }
    }
}

/// Cheap equality for props: every change to the session bumps a revision,
/// so equal revisions (and the same document) mean the same session.
impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.session().document, &other.session().document)
            && self.document_revision == other.document_revision
            && self.annotations_revision == other.annotations_revision
            && self.active == other.active
            && self.notice == other.notice
            && self.dialog == other.dialog
            && self.storage_error == other.storage_error
            && self.pending_import == other.pending_import
            && self.import_request == other.import_request
            && self.reveal == other.reveal
            && self.workspace_revision == other.workspace_revision
            && self.loaded == other.loaded
            && self.storage_used == other.storage_used
            && self.workspace.removed_count() == other.workspace.removed_count()
            && self.show_suggestions == other.show_suggestions
            && self.active_suggestion == other.active_suggestion
            && self.text_size == other.text_size
            && self.annotator == other.annotator
            && self.curation_item == other.curation_item
            && match (&self.viewing, &other.viewing) {
                (Some((i, a)), Some((j, b))) => i == j && Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.min_confidence.to_bits() == other.min_confidence.to_bits()
            && match (&self.suggestions, &other.suggestions) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

#[cfg(target_arch = "wasm32")]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.apply(action)
    }
}

impl AppState {
    /// The reducer: the state after an action, or the same `Rc` when
    /// nothing changed (so that nothing re-renders).
    pub fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same Rc back tells Yew that nothing changed: no re-render.
        if matches!(action, Action::Page(Page::Saved(n)) if n == self.storage_used && self.storage_error.is_none())
        {
            return self;
        }
        // A halted tab neither shows nor changes the workspace: keys and
        // clicks that still reach it do nothing.
        if self.halted.is_some()
            && !matches!(
                action,
                Action::Documents(
                    Documents::WorkspaceLoaded(_) | Documents::WorkspaceUnreadable(_)
                ) | Action::Page(Page::Halt(_) | Page::Progress(_))
            )
        {
            return self;
        }
        let mut next = (*self).clone();
        next.update(action);
        Rc::new(next)
    }
}

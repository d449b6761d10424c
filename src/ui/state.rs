//! The app's one reducer: [`AppState`] and the [`Action`]s that change it.
//! Reducing is pure: no storage, no DOM, no timers. Effects watch the
//! revision counters and do the I/O at the edge (`app.rs`).

use std::ops::Range;
use std::rc::Rc;

use yew::Reducible;

use crate::domain::annotations::{Annotations, QuoteKind, SpanRef, SpeakerId};
use crate::domain::announce;
use crate::domain::document::{Document, LoadError};
use crate::domain::edit::Edit;
use crate::domain::formats::stored::{Restored as Loaded, SetAside};
use crate::domain::formats::{self, native, Format, ImportReport, InputFile, Problem};
use crate::domain::review::Candidates;
use crate::domain::session::Session;
use crate::domain::workspace::{Entry, Workspace};
use crate::ui::files::ReadResults;
use crate::ui::view_model::Target;

/// The sample article shown on first start.
pub const SAMPLE: &str = include_str!("../../seeds/putin-kazakhstan-color-revolutions.txt");

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
    /// Removed documents, most recent last, for "Undo remove".
    pub removed: Vec<(usize, Rc<Entry>)>,
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
    /// Imports kept as copies because the document was annotated
    /// differently already; read (and reset) by the message that follows.
    copies: usize,
}

/// The text sizes offered, in percent.
pub const TEXT_SIZES: &[u16] = &[90, 100, 115, 130, 150];

/// What a user can do. Handlers dispatch these and nothing else.
#[derive(Debug, Clone)]
pub enum Action {
    /// A new document replaces the current one, with its annotations.
    Load {
        document: Document,
        annotations: Annotations,
        message: String,
    },
    /// Back to the sample article.
    LoadSample,
    /// Text from the paste dialog.
    Pasted(String),
    /// A native JSON file's bytes were read: imported if valid.
    ImportRead {
        name: String,
        bytes: Vec<u8>,
    },
    /// A file or paste could not become a document.
    LoadFailed(LoadError),
    /// A file could not be read or imported; the message says why.
    Refused(String),
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
    Open(Dialog),
    CloseDialog,
    /// Escape: closes a dialog, else clears the active span and notice.
    Escape,
    DismissNotice,
    /// Keyboard selection in the article, on or off.
    SetCaretMode(bool),
    /// One of [`TEXT_SIZES`].
    SetTextSize(u16),
    /// The service worker has a new build waiting.
    UpdateReady,
    Notify(String),
    StorageFailed(String),
    /// A save worked again after a failure.
    StorageRecovered,
    /// Several documents to add (bulk import); the message says what
    /// happened, or why nothing was added.
    AddDocuments {
        entries: Vec<Entry>,
        message: String,
    },
    /// The saved workspace, read at start-up or when this tab takes it
    /// over (None when nothing was saved).
    WorkspaceLoaded(Option<Loaded>),
    /// This tab must stop showing and saving the workspace.
    Halt(Halt),
    /// Forget the records kept aside (after exporting them, say).
    DiscardSetAside,
    SwitchTo(usize),
    RemoveDocument(usize),
    UndoRemove,
    SetDone(usize, bool),
    StorageUsed(usize),
    /// Text files read (one or many): each becomes a document if valid.
    FilesRead(ReadResults),
    /// Files read for a dataset import: previewed, not yet added.
    DatasetRead(ReadResults),
    /// Read the pending import's files in another format.
    ReadDatasetAs(Format),
    /// Add the previewed import's documents.
    ConfirmImport,
    /// Long work in progress, shown in the page (None when finished).
    Progress(Option<String>),
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
            removed: Vec::new(),
            loaded: false,
            halted: None,
            set_aside: Rc::default(),
            aside_revision: 0,
            storage_used: 0,
            progress: None,
            pending_import: None,
            announcement: None,
            caret_mode: false,
            text_size: 100,
            update_ready: false,
            copies: 0,
        }
    }

    /// Adds documents and shows the first of them. A document already here
    /// (same id and same text) is shown as it is, or takes the incoming
    /// annotations if it has none; anything else that would collide — the
    /// same id for another text, or other annotations for annotated work —
    /// comes in under a new id, so nothing here is ever overwritten.
    fn open(&mut self, entries: Vec<Entry>) {
        let mut first = entries[0].session.document.id.clone();
        let mut fresh: Vec<Entry> = Vec::new();
        let is_empty = |a: &Annotations| {
            a.quotes.is_empty()
                && a.mentions.is_empty()
                && a.speakers.is_empty()
                && a.rejected.is_empty()
        };
        for (n, entry) in entries.into_iter().enumerate() {
            let id = entry.session.document.id.clone();
            let here = self
                .workspace
                .position(&id)
                .and_then(|i| self.workspace.get(i).map(|e| (i, e)));
            let same_text =
                here.is_some_and(|(_, e)| e.session.document.text == entry.session.document.text);
            let collides = match here {
                Some((_, e)) if same_text => {
                    !is_empty(&entry.session.annotations)
                        && !is_empty(&e.session.annotations)
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
                self.copies += 1;
                fresh.push(Entry::new(document, entry.session.annotations.clone()));
            } else if let Some((i, e)) = here {
                if is_empty(&e.session.annotations) && !is_empty(&entry.session.annotations) {
                    self.workspace.replace(i, entry);
                }
            } else {
                fresh.push(entry);
            }
        }
        self.workspace.add(fresh);
        if let Some(i) = self.workspace.position(&first) {
            self.workspace.switch_to(i);
        }
        self.document_changed();
    }

    /// `id-2`, `id-3`, …: the first not used in the workspace, by a
    /// document being added, or by a removed one that could come back.
    fn free_id(&self, id: &str, adding: &[Entry]) -> String {
        (2..)
            .map(|k| format!("{id}-{k}"))
            .find(|c| {
                self.workspace.position(c).is_none()
                    && !adding.iter().any(|e| e.session.document.id == *c)
                    && !self
                        .removed
                        .iter()
                        .any(|(_, e)| e.session.document.id == *c)
            })
            .expect("some suffix is free")
    }

    fn preview_import(
        &mut self,
        files: Rc<Vec<InputFile>>,
        unreadable: Rc<Vec<Problem>>,
        format: Format,
    ) {
        let mut report = formats::import(format, &files);
        report.problems.splice(0..0, unreadable.iter().cloned());
        let report = Rc::new(report);
        self.pending_import = Some(PendingImport {
            files,
            unreadable,
            format,
            report,
        });
        self.dialog = Some(Dialog::ImportPreview);
    }

    /// Resets what belongs to the shown document after it changed.
    fn document_changed(&mut self) {
        self.active = None;
        self.active_suggestion = None;
        self.suggestions = None;
        self.dialog = None;
        self.document_revision += 1;
        self.annotations_revision += 1;
        self.workspace_revision += 1;
    }

    /// The current document's session.
    pub fn session(&self) -> &Session {
        &self.workspace.current().session
    }

    fn session_mut(&mut self) -> &mut Session {
        &mut self.workspace.current_mut().session
    }

    /// What is active, span or suggestion, as the view marks it.
    pub fn target(&self) -> Option<Target> {
        self.active
            .map(Target::Span)
            .or(self.active_suggestion.map(Target::Suggestion))
    }

    /// Pending suggestions, if any are shown.
    pub fn pending_suggestions(&self) -> Vec<usize> {
        match (&self.suggestions, self.show_suggestions) {
            (Some(c), true) => c.pending(&self.session().annotations),
            _ => Vec::new(),
        }
    }

    /// Drops an active span or suggestion that no longer exists or waits.
    fn settle(&mut self) {
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

    pub fn sample() -> Self {
        Self::new(Document::from_text(SAMPLE), Annotations::default())
    }

    fn error(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind: NoticeKind::Error,
            text: text.into(),
        });
    }

    fn info(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice {
            kind: NoticeKind::Info,
            text: text.into(),
        });
    }

    fn edit(&mut self, edit: Edit) {
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

    fn active_quote(&mut self) -> Option<crate::domain::annotations::QuoteId> {
        match self.active {
            Some(SpanRef::Quote(id)) => Some(id),
            _ => {
                self.error("Click a quote first (or mark one with q).");
                None
            }
        }
    }

    fn need_selection(&mut self, selection: Option<Range<usize>>) -> Option<Range<usize>> {
        if selection.is_none() {
            self.error("Select some text in the article first.");
        }
        selection
    }

    fn announce(&mut self, text: String) {
        let seq = self.announcement.as_ref().map_or(0, |(n, _)| n + 1);
        self.announcement = Some((seq, text.into()));
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

    /// Applies an action in place.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Load {
                document,
                annotations,
                message,
            } => self.update(Action::AddDocuments {
                entries: vec![Entry::new(document, annotations)],
                message,
            }),
            Action::AddDocuments { entries, message } => {
                if entries.is_empty() {
                    self.error(message);
                } else {
                    self.open(entries);
                    match std::mem::take(&mut self.copies) {
                        0 => self.info(message),
                        n => self.info(format!(
                            "{message} {n} of them had the id of a document already here (another text, or other annotations): they were added under a new id, and what was here is unchanged."
                        )),
                    }
                }
            }
            Action::WorkspaceLoaded(loaded) => {
                let mut messages = Vec::new();
                if let Some(Loaded {
                    entries,
                    current,
                    set_aside,
                    found,
                }) = loaded
                {
                    if let Some(mut w) = Workspace::from_entries(entries, current) {
                        // Documents opened while the workspace was loading
                        // join it (all but the sample shown meanwhile); a
                        // tab taking the workspace over shows it as stored.
                        if !self.loaded {
                            let sample_id = Document::from_text(SAMPLE).id;
                            let opened: Vec<Entry> = self
                                .workspace
                                .entries()
                                .filter(|e| e.session.document.id != sample_id)
                                .cloned()
                                .collect();
                            w.add(opened);
                        }
                        self.workspace = w;
                        self.removed.clear();
                    }
                    if !found.is_empty() {
                        messages.push(format!(
                            "{} stored document(s) were missing from the list and are back in it: {}.",
                            found.len(),
                            found.join(", ")
                        ));
                    }
                    if set_aside != *self.set_aside {
                        self.set_aside = Rc::new(set_aside);
                        self.aside_revision += 1;
                    }
                }
                if !self.set_aside.is_empty() {
                    messages.push(format!(
                        "{} stored record(s) could not be read back; they are kept aside unchanged (see the side panel to export them).",
                        self.set_aside.len()
                    ));
                }
                self.loaded = true;
                self.halted = None;
                self.document_changed();
                if !messages.is_empty() {
                    self.error(messages.join(" "));
                }
            }
            Action::Halt(halt) => {
                self.halted = Some(halt);
                self.dialog = None;
            }
            Action::DiscardSetAside => {
                self.set_aside = Rc::default();
                self.aside_revision += 1;
                self.info("The records kept aside were discarded.");
            }
            Action::SwitchTo(i) => {
                if i != self.workspace.current_index() && self.workspace.switch_to(i) {
                    self.document_changed();
                }
            }
            Action::RemoveDocument(i) => match self.workspace.remove(i) {
                Some((at, entry)) => {
                    let title = entry.session.document.title.clone();
                    self.removed.push((at, entry));
                    self.document_changed();
                    self.info(format!(
                        "Removed “{title}”. Undo with the button in the document list."
                    ));
                }
                None => self.info("The last document can't be removed: add another first."),
            },
            Action::UndoRemove => {
                if let Some((at, entry)) = self.removed.pop() {
                    if self
                        .workspace
                        .position(&entry.session.document.id)
                        .is_some()
                    {
                        self.error("That document was opened again since it was removed: it is already in the list.");
                    } else {
                        self.workspace.restore(at, entry);
                        self.workspace_revision += 1;
                        self.info("Document restored.");
                    }
                }
            }
            Action::SetDone(i, done) => {
                self.workspace.set_done(i, done);
                self.workspace_revision += 1;
            }
            Action::StorageUsed(bytes) => self.storage_used = bytes,
            Action::Progress(p) => self.progress = p,
            Action::DatasetRead(results) => {
                self.progress = None;
                let mut files = Vec::new();
                let mut unreadable = Vec::new();
                for (name, bytes) in results {
                    match bytes {
                        Ok(bytes) => files.push(InputFile { name, bytes }),
                        Err(e) => unreadable.push(Problem::new(name, e.to_string())),
                    }
                }
                let (files, zip_problems) = formats::expand(files);
                unreadable.extend(zip_problems);
                let Some(format) = formats::detect(&files) else {
                    let why: Vec<String> = unreadable.iter().map(|p| p.to_string()).collect();
                    self.error(format!(
                        "The annotator can't tell what format these files are in. {}",
                        why.join(" ")
                    ));
                    return;
                };
                self.preview_import(Rc::new(files), Rc::new(unreadable), format);
            }
            Action::ReadDatasetAs(format) => {
                if let Some(p) = self.pending_import.take() {
                    self.preview_import(p.files, p.unreadable, format);
                }
            }
            Action::ConfirmImport => {
                if let Some(p) = self.pending_import.take() {
                    let entries: Vec<Entry> = p
                        .report
                        .records
                        .iter()
                        .map(|r| Entry::new(r.document.clone(), r.annotations.clone()))
                        .collect();
                    let n = entries.len();
                    self.update(Action::AddDocuments {
                        entries,
                        message: format!("Imported {n} documents ({}).", p.format.name()),
                    });
                }
            }
            Action::FilesRead(results) => {
                self.progress = None;
                let count = results.len();
                let first_name = results.first().map(|(n, _)| n.clone()).unwrap_or_default();
                let mut entries = Vec::new();
                let mut refused = Vec::new();
                for (name, bytes) in results {
                    match bytes
                        .map_err(|e| e.to_string())
                        .and_then(|b| Document::from_file(&name, &b).map_err(|e| e.to_string()))
                    {
                        Ok(document) => entries.push(Entry::new(document, Annotations::default())),
                        Err(e) => refused.push(e),
                    }
                }
                let message = match (count, entries.len()) {
                    (1, 1) => format!("Opened “{first_name}”."),
                    (_, 0) if count == 1 => refused.join(" "),
                    (_, 0) => format!(
                        "None of the {count} files could be opened: {}",
                        refused.join(" ")
                    ),
                    (_, added) if refused.is_empty() => {
                        format!("Added {added} documents to the workspace.")
                    }
                    (_, added) => format!(
                        "Added {added} of {count} files; refused: {}",
                        refused.join(" ")
                    ),
                };
                self.update(Action::AddDocuments { entries, message });
            }
            Action::LoadSample => {
                let message = "Back to the sample article.".to_owned();
                self.update(Action::Load {
                    document: Document::from_text(SAMPLE),
                    annotations: Annotations::default(),
                    message,
                });
            }
            Action::Pasted(text) => match Document::from_pasted("The pasted text", &text) {
                Ok(document) => {
                    let message = "Loaded the pasted text.".to_owned();
                    self.update(Action::Load {
                        document,
                        annotations: Annotations::default(),
                        message,
                    });
                }
                Err(e) => self.error(e.to_string()),
            },
            Action::ImportRead { name, bytes } => {
                let imported = std::str::from_utf8(&bytes)
                    .map_err(|_| "it is not UTF-8 text".to_owned())
                    .and_then(|json| native::import(json).map_err(|e| e.to_string()));
                match imported {
                    Ok((document, annotations)) => {
                        let message = format!(
                            "Imported “{name}”: {} quotes, {} speakers.",
                            annotations.quotes.len(),
                            annotations.speakers.len()
                        );
                        self.update(Action::Load {
                            document,
                            annotations,
                            message,
                        });
                    }
                    Err(e) => self.error(format!(
                        "Could not import “{name}”: {e} Nothing was changed."
                    )),
                }
            }
            Action::LoadFailed(e) => self.error(e.to_string()),
            Action::Refused(message) => self.error(message),
            Action::Edit(edit) => self.edit(edit),
            Action::MarkQuote(sel) => {
                if let Some(range) = self.need_selection(sel) {
                    self.edit(Edit::AddQuote {
                        range,
                        kind: QuoteKind::Direct,
                    });
                }
            }
            Action::MarkMention(sel) => {
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
            Action::MarkCue(sel) => {
                if let (Some(quote), Some(range)) = (self.active_quote(), sel) {
                    self.edit(Edit::SetCue {
                        quote,
                        cue: Some(range),
                    });
                } else if self.notice.is_none() {
                    self.error("Select the cue words (such as “said”) first.");
                }
            }
            Action::ResizeActive(sel) => match (self.active, self.need_selection(sel)) {
                (Some(span), Some(range)) => self.edit(Edit::Resize { span, range }),
                (None, Some(_)) => self.error("Click the span to resize first."),
                _ => {}
            },
            Action::AttributeActiveTo(n) => {
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
            Action::AttributeActive(speaker) => {
                if let Some(quote) = self.active_quote() {
                    self.dialog = None;
                    self.edit(Edit::Attribute { quote, speaker });
                }
            }
            Action::AttributeActiveToName(name) => {
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
            Action::SetActiveKind(kind) => {
                if let Some(quote) = self.active_quote() {
                    self.edit(Edit::SetKind { quote, kind });
                }
            }
            Action::DeleteActive => match self.active {
                Some(span) => {
                    self.edit(Edit::Delete(span));
                    self.active = None;
                }
                None => self.info("Click a span to delete first."),
            },
            Action::Undo => {
                let moved = self.session_mut().undo();
                self.after_history_move(moved, "undo");
            }
            Action::Redo => {
                let moved = self.session_mut().redo();
                self.after_history_move(moved, "redo");
            }
            Action::Activate(span) => {
                self.active = span.filter(|s| self.session().annotations.range_of(*s).is_some());
                self.active_suggestion = None;
            }
            Action::ActivateSuggestion(i) => {
                self.active = None;
                self.active_suggestion = Some(i);
                self.settle();
            }
            Action::SuggestionsReady(c, document) => {
                // Computed for this very text (ids can repeat across imports).
                if Rc::ptr_eq(&document, &self.session().document) {
                    self.suggestions = Some(if c.min_confidence == self.min_confidence {
                        c
                    } else {
                        Rc::new(c.with_min_confidence(self.min_confidence))
                    });
                }
            }
            Action::SetMinConfidence(t) => {
                self.min_confidence = t.clamp(0.0, 1.0);
                if let Some(c) = &self.suggestions {
                    self.suggestions = Some(Rc::new(c.with_min_confidence(self.min_confidence)));
                }
                self.settle();
            }
            Action::ShowSuggestions(show) => {
                self.show_suggestions = show;
                if !show {
                    self.active_suggestion = None;
                }
            }
            Action::AcceptSuggestion => self.decide_suggestion(true),
            Action::RejectSuggestion => self.decide_suggestion(false),
            Action::NextSuggestion | Action::PreviousSuggestion => {
                match self.neighbour_suggestion(matches!(action, Action::NextSuggestion)) {
                    Some(i) => {
                        self.active = None;
                        self.active_suggestion = Some(i);
                    }
                    None => self.info("No more suggestions that way."),
                }
            }
            Action::AcceptSuggestions(items) | Action::RejectSuggestions(items)
                if items.is_empty() =>
            {
                self.info("No suggestions to decide.")
            }
            Action::AcceptSuggestions(items) => {
                if let Some(c) = self.suggestions.clone() {
                    self.edit(c.accept(&items));
                    self.active = None;
                    self.settle();
                    self.info(format!("Accepted {} suggestions.", items.len()));
                }
            }
            Action::RejectSuggestions(items) => {
                if let Some(c) = self.suggestions.clone() {
                    self.edit(c.reject(&items));
                    self.settle();
                    self.info(format!("Rejected {} suggestions.", items.len()));
                }
            }
            Action::Open(Dialog::SpeakerPicker) => {
                if self.active_quote().is_some() {
                    self.dialog = Some(Dialog::SpeakerPicker);
                }
            }
            Action::Open(dialog) => self.dialog = Some(dialog),
            Action::CloseDialog => self.dialog = None,
            Action::Escape => {
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
            Action::DismissNotice => self.notice = None,
            Action::SetCaretMode(on) => self.caret_mode = on,
            Action::UpdateReady => self.update_ready = true,
            Action::SetTextSize(size) => {
                if TEXT_SIZES.contains(&size) {
                    self.text_size = size;
                }
            }
            Action::Notify(text) => self.info(text),
            Action::StorageFailed(reason) => self.storage_error = Some(reason),
            Action::StorageRecovered => self.storage_error = None,
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
            && self.workspace_revision == other.workspace_revision
            && self.loaded == other.loaded
            && self.storage_used == other.storage_used
            && self.removed.len() == other.removed.len()
            && self.show_suggestions == other.show_suggestions
            && self.active_suggestion == other.active_suggestion
            && match (&self.suggestions, &other.suggestions) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // The same Rc back tells Yew that nothing changed: no re-render.
        if matches!(action, Action::StorageRecovered) && self.storage_error.is_none() {
            return self;
        }
        if matches!(action, Action::StorageUsed(n) if n == self.storage_used) {
            return self;
        }
        // A halted tab neither shows nor changes the workspace: keys and
        // clicks that still reach it do nothing.
        if self.halted.is_some()
            && !matches!(
                action,
                Action::WorkspaceLoaded(_) | Action::Halt(_) | Action::Progress(_)
            )
        {
            return self;
        }
        let mut next = (*self).clone();
        next.update(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::annotations::QuoteKind;

    fn quote_at(state: &mut AppState, word: &str) {
        let at = state.session().document.text.find(word).unwrap();
        state.update(Action::MarkQuote(Some(at..at + word.len())));
    }

    #[test]
    fn an_import_never_overwrites_a_differently_annotated_document() {
        let mut state = AppState::sample();
        state.loaded = true;
        quote_at(&mut state, "color revolution scenario");
        let mine = state.session().annotations.clone();
        let document = (*state.session().document).clone();

        // The same document with other annotations comes in as a copy.
        let mut theirs = Session::new(document.clone(), Annotations::default());
        let at = document.text.find("normalize the situation").unwrap();
        theirs
            .apply(Edit::AddQuote {
                range: at..at + 10,
                kind: QuoteKind::Direct,
            })
            .unwrap();
        state.update(Action::Load {
            document: document.clone(),
            annotations: theirs.annotations.clone(),
            message: "Imported.".into(),
        });
        assert_eq!(state.workspace.len(), 2);
        assert_eq!(state.workspace.get(0).unwrap().session.annotations, mine);
        assert_eq!(state.session().annotations, theirs.annotations);
        assert!(state
            .notice
            .as_ref()
            .unwrap()
            .text
            .contains("added under a new id"));

        // The same annotations again, or the bare text: nothing new.
        state.update(Action::Load {
            document: document.clone(),
            annotations: mine.clone(),
            message: "Again.".into(),
        });
        state.update(Action::LoadSample);
        assert_eq!(state.workspace.len(), 2);
        assert_eq!(state.session().annotations, mine);
    }

    #[test]
    fn the_same_id_for_another_text_is_another_document() {
        let mut state = AppState::sample();
        let doc = |text: &str| Document {
            id: "1".into(),
            title: text.into(),
            text: text.into(),
        };
        let add = |state: &mut AppState, text: &str| {
            state.update(Action::AddDocuments {
                entries: vec![Entry::new(doc(text), Annotations::default())],
                message: "Added.".into(),
            })
        };
        add(&mut state, "First text");
        add(&mut state, "Second text");
        add(&mut state, "First text");
        let ids: Vec<String> = state
            .workspace
            .entries()
            .map(|e| e.session.document.id.clone())
            .collect();
        assert_eq!(ids[1..], ["1".to_owned(), "1-2".to_owned()]);
        assert_eq!(state.session().document.text, "First text");
    }

    #[test]
    fn escape_leaves_no_suggestion_under_review() {
        let mut state = AppState::sample();
        let document = state.session().document.clone();
        let candidates = Candidates::compute(&document.id, &document.text);
        assert!(!candidates.items.is_empty());
        state.update(Action::SuggestionsReady(Rc::new(candidates), document));
        state.update(Action::NextSuggestion);
        assert!(state.active_suggestion.is_some());
        state.update(Action::Escape);
        assert_eq!(state.active_suggestion, None);
        assert_eq!(state.target(), None);
    }

    #[test]
    fn a_halted_tab_ignores_edits_until_it_holds_the_workspace_again() {
        let mut state = Rc::new(AppState::sample());
        state = state.reduce(Action::WorkspaceLoaded(None));
        state = state.reduce(Action::Halt(Halt::OtherTab { taken: true }));
        let before = state.annotations_revision;
        let at = state.session().document.text.find("Putin").unwrap();
        state = state.reduce(Action::MarkQuote(Some(at..at + 5)));
        assert_eq!(state.annotations_revision, before);
        assert!(state.session().annotations.quotes.is_empty());
        state = state.reduce(Action::WorkspaceLoaded(None));
        assert_eq!(state.halted, None);
        state = state.reduce(Action::MarkQuote(Some(at..at + 5)));
        assert_eq!(state.session().annotations.quotes.len(), 1);
    }

    #[test]
    fn a_confidence_threshold_offers_only_the_surer_suggestions() {
        let mut state = AppState::sample();
        let document = state.session().document.clone();
        let candidates = Candidates::compute(&document.id, &document.text);
        let all = candidates.items.len();
        state.update(Action::SuggestionsReady(Rc::new(candidates), document));
        assert_eq!(state.pending_suggestions().len(), all);
        state.update(Action::SetMinConfidence(0.8));
        let sure = state.pending_suggestions();
        assert!(sure.len() < all, "{} of {all}", sure.len());
        let c = state.suggestions.clone().unwrap();
        assert!(sure.iter().all(|&i| c.items[i].confidence >= 0.8));
        state.update(Action::SetMinConfidence(0.0));
        assert_eq!(state.pending_suggestions().len(), all);
    }
}

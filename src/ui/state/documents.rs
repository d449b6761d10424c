//! The workspace's documents: opening texts (sample, paste, files),
//! importing native JSON and datasets (previewed, then confirmed), the
//! saved workspace arriving, switching, marking done, removing and
//! restoring. The rules of what an import may replace live in the domain
//! (`domain::workspace`); this file says what happened.

use std::rc::Rc;

use super::{AppState, Dialog, Halt, ImportRequest, PendingImport, SAMPLE};
use crate::domain::annotations::{Annotations, SpanRef};
use crate::domain::corpus::Record;
use crate::domain::document::Document;
use crate::domain::formats::stored::Restored as Loaded;
use crate::domain::formats::{Format, ImportReport, InputFile, Problem};
use crate::domain::workspace::{Entry, Workspace};

/// Files as read: each name with its bytes, or why it could not be read.
pub type ReadResults = Vec<(String, Result<Vec<u8>, String>)>;

#[derive(Debug, Clone)]
pub enum Documents {
    /// Back to the sample article.
    LoadSample,
    /// Text from the paste dialog.
    Pasted(String),
    /// A native JSON file was read by the formats worker: its records
    /// are added, or its one problem said (Err: the worker failed).
    NativeImported {
        name: String,
        report: Result<Rc<ImportReport>, String>,
    },
    /// Text files read (one or many): each becomes a document if valid.
    FilesRead(ReadResults),
    /// Files read for a dataset import: previewed, not yet added.
    DatasetRead(ReadResults),
    /// Read the pending import's files in another format.
    ReadDatasetAs(Format),
    /// What the import of a request made of its files (read by an effect),
    /// in the format it was read as (None: the format could not be told,
    /// and the report's problems say what was found).
    ImportReported {
        generation: u64,
        format: Option<Format>,
        report: Rc<ImportReport>,
    },
    /// The import of a request could not be read at all (the worker that
    /// reads it failed).
    ImportFailed {
        generation: u64,
        why: String,
    },
    /// Add the previewed import's documents.
    ConfirmImport,
    /// The saved workspace, read at start-up or when this tab takes it
    /// over (None when nothing was saved).
    WorkspaceLoaded(Option<Loaded>),
    /// The saved workspace could not be read: the page keeps working in
    /// memory and says why.
    WorkspaceUnreadable(String),
    /// Forget the records kept aside (after exporting them, say).
    DiscardSetAside,
    SwitchTo(usize),
    /// Show a document's quote (from "Who is quoted").
    ShowQuote {
        document: usize,
        quote: crate::domain::annotations::QuoteId,
    },
    RemoveDocument(usize),
    UndoRemove,
    SetDone(usize, bool),
}

impl AppState {
    pub(super) fn documents(&mut self, action: Documents) {
        match action {
            Documents::WorkspaceLoaded(loaded) => self.workspace_loaded(loaded),
            Documents::WorkspaceUnreadable(why) => {
                if self.loaded {
                    // Taking the workspace back from another tab: this tab's
                    // copy is older than what that tab saved, so it must
                    // neither show nor save it.
                    self.halted = Some(Halt::Closed(format!(
                        "{why}. This tab could not read the workspace back from the other tab; nothing was changed. Reload the page to try again."
                    )));
                } else {
                    self.workspace_loaded(None);
                    self.storage_error = Some(why);
                    // Nothing read, so nothing may be written over what
                    // storage holds: this tab works in memory only.
                    self.save_off = true;
                }
            }
            Documents::DiscardSetAside => {
                self.set_aside = Rc::default();
                self.aside_revision += 1;
                self.info("The records kept aside were discarded.");
            }
            Documents::SwitchTo(i) => self.switch_to(i),
            Documents::ShowQuote { document, quote } => {
                self.switch_to(document);
                self.dialog = None;
                self.active = Some(SpanRef::Quote(quote))
                    .filter(|s| self.session().annotations.range_of(*s).is_some());
                self.reveal += 1;
            }
            Documents::RemoveDocument(i) => match self.workspace.remove(i) {
                Some(entry) => {
                    let title = entry.session.document.title.clone();
                    self.document_changed();
                    self.info(format!(
                        "Removed “{title}”. Undo with the button in the document list."
                    ));
                }
                None => self.info("The last document can't be removed: add another first."),
            },
            Documents::UndoRemove => match self.workspace.undo_remove() {
                Ok(_) => {
                    self.workspace_revision += 1;
                    self.info("Document restored.");
                }
                Err(e) => self.error(e.to_string()),
            },
            Documents::SetDone(i, done) => {
                self.workspace.set_done(i, done);
                self.workspace_revision += 1;
            }
            Documents::DatasetRead(results) => {
                self.progress = None;
                let mut files = Vec::new();
                let mut unreadable = Vec::new();
                for (name, bytes) in results {
                    match bytes {
                        Ok(bytes) => files.push(InputFile { name, bytes }),
                        Err(e) => unreadable.push(Problem::new(name, e.to_string())),
                    }
                }
                if files.is_empty() {
                    return self.cannot_tell_format(&unreadable);
                }
                self.preview_import(Rc::new(files), Rc::new(unreadable), None);
            }
            Documents::ReadDatasetAs(format) => {
                if let Some(p) = self.pending_import.take() {
                    self.preview_import(p.files, p.unreadable, Some(format));
                }
            }
            Documents::ImportFailed { generation, why } => {
                if self
                    .import_request
                    .take_if(|r| r.generation == generation)
                    .is_some()
                {
                    self.progress = None;
                    self.error(format!(
                        "The import could not be read: {why}. Nothing was changed."
                    ));
                }
            }
            Documents::ImportReported {
                generation,
                format,
                report,
            } => {
                let Some(request) = self.import_request.take_if(|r| r.generation == generation)
                else {
                    return;
                };
                self.progress = None;
                let mut report = Rc::unwrap_or_clone(report);
                report
                    .problems
                    .splice(0..0, request.unreadable.iter().cloned());
                let Some(format) = format else {
                    return self.cannot_tell_format(&report.problems);
                };
                self.pending_import = Some(PendingImport {
                    files: request.files.clone(),
                    unreadable: request.unreadable.clone(),
                    format,
                    report: Rc::new(report),
                });
                match self.dialog {
                    None | Some(Dialog::ImportPreview) => {
                        self.dialog = Some(Dialog::ImportPreview);
                    }
                    Some(_) => {
                        self.preview_waiting = true;
                        self.info("The import is read: its preview opens when this dialog closes.");
                    }
                }
            }
            Documents::ConfirmImport => {
                if let Some(p) = self.pending_import.take() {
                    let records = p.report.records.clone();
                    // Several layers of one text are one document.
                    let texts: std::collections::HashSet<&str> =
                        records.iter().map(|r| r.document.text.as_str()).collect();
                    let n = texts.len();
                    let message = format!("Imported {n} documents ({}).", p.format.name());
                    self.add_records(records, message);
                }
            }
            Documents::FilesRead(results) => {
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
                self.add_documents(entries, message);
            }
            Documents::LoadSample => {
                let sample = Entry::new(Document::from_text(SAMPLE), Annotations::default());
                self.add_documents(vec![sample], "Back to the sample article.".to_owned());
            }
            Documents::Pasted(text) => match Document::from_pasted("The pasted text", &text) {
                Ok(document) => {
                    let pasted = Entry::new(document, Annotations::default());
                    self.add_documents(vec![pasted], "Loaded the pasted text.".to_owned());
                }
                Err(e) => self.error(e.to_string()),
            },
            Documents::NativeImported { name, report } => {
                self.progress = None;
                let report = match report {
                    Ok(report) => Rc::unwrap_or_clone(report),
                    Err(why) => {
                        return self.error(format!(
                            "Could not import “{name}”: {why}. Nothing was changed."
                        ))
                    }
                };
                // The top-level layer comes first.
                let Some(top) = report.records.first() else {
                    let why: Vec<String> =
                        report.problems.iter().map(|p| p.message.clone()).collect();
                    let why = why.join(" ");
                    let stop = if why.ends_with('.') { "" } else { "." };
                    return self.error(format!(
                        "Could not import “{name}”: {why}{stop} Nothing was changed."
                    ));
                };
                let message = format!(
                    "Imported “{name}”: {} quotes, {} speakers.",
                    top.annotations.quotes.len(),
                    top.annotations.speakers.len()
                );
                self.add_records(report.records, message);
            }
        }
    }

    /// Adds documents (by the workspace's rules) and says what happened,
    /// or, when there are none, why.
    pub(super) fn add_documents(&mut self, entries: Vec<Entry>, message: String) {
        if entries.is_empty() {
            self.error(message);
            return;
        }
        let opened = self.workspace.open(entries);
        self.document_changed();
        match opened.copies {
            0 => self.info(message),
            n => self.info(format!(
                "{message} {n} of them had the id of a document already here (another text, or other annotations): they were added under a new id, and what was here is unchanged."
            )),
        }
    }

    /// Adds imported records by whose they are (the workspace's rules:
    /// another annotator's work joins its document as their layer) and
    /// says what happened.
    pub(super) fn add_records(&mut self, records: Vec<Record>, message: String) {
        if records.is_empty() {
            self.error(message);
            return;
        }
        let opened = self
            .workspace
            .open_records(records, self.annotator.as_deref());
        self.document_changed();
        let mut parts = vec![message];
        if opened.layers > 0 {
            parts.push(format!(
                "{} came in as other annotators' layers (read only; compare them in Agreement).",
                count(opened.layers, "annotation set")
            ));
        }
        if opened.gold > 0 {
            parts.push(format!("{} came in as gold.", count(opened.gold, "layer")));
        }
        if opened.copies > 0 {
            parts.push(format!(
                "{} had the id of a document already here with another text, other annotations or another gold: they were added under a new id, and what was here is unchanged.",
                count(opened.copies, "document")
            ));
        }
        self.info(parts.join(" "));
    }

    /// The saved workspace arrived (None: nothing was saved): it is shown,
    /// with what was opened meanwhile, and the page says what was repaired
    /// or set aside.
    fn workspace_loaded(&mut self, loaded: Option<Loaded>) {
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
        self.progress = None;
        self.document_changed();
        if !messages.is_empty() {
            self.error(messages.join(" "));
        }
    }

    fn switch_to(&mut self, i: usize) {
        if i != self.workspace.current_index() && self.workspace.switch_to(i) {
            self.document_changed();
        }
    }

    /// Asks for the files to be read in a format (by an effect, a few lines
    /// at a time: a long import never holds the page); the preview follows.
    fn cannot_tell_format(&mut self, problems: &[Problem]) {
        let why: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        self.error(format!(
            "The annotator can't tell what format these files are in. {}",
            why.join(" ")
        ));
    }

    /// Asks for the files to be read as a dataset, in `format` or in the
    /// one detected.
    fn preview_import(
        &mut self,
        files: Rc<Vec<InputFile>>,
        unreadable: Rc<Vec<Problem>>,
        format: Option<Format>,
    ) {
        self.import_generation += 1;
        self.import_request = Some(Rc::new(ImportRequest {
            generation: self.import_generation,
            files,
            unreadable,
            format,
        }));
        self.pending_import = None;
        self.preview_waiting = false;
        if self.dialog == Some(Dialog::ImportPreview) {
            self.dialog = None;
        }
        self.progress = Some(match format {
            Some(format) => format!("Reading the import as {}…", format.name()),
            None => "Reading the import…".to_owned(),
        });
    }
}

/// "1 layer", "3 layers".
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

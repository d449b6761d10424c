//! The reducer's own tests: what the page does with imports, suggestions
//! and a halted tab, action by action.

use std::rc::Rc;

use super::*;
use crate::domain::annotations::Annotations;
use crate::domain::annotations::QuoteKind;
use crate::domain::document::Document;
use crate::domain::edit::Edit;
use crate::domain::review::Candidates;
use crate::domain::session::Session;
use crate::domain::workspace::Entry;

fn quote_at(state: &mut AppState, word: &str) {
    let at = state.session().document.text.find(word).unwrap();
    state.update(Action::Annotating(Annotating::MarkQuote(Some(
        at..at + word.len(),
    ))));
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
    state.add_documents(
        vec![Entry::new(document.clone(), theirs.annotations.clone())],
        "Imported.".into(),
    );
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
    state.add_documents(
        vec![Entry::new(document.clone(), mine.clone())],
        "Again.".into(),
    );
    state.update(Action::Documents(Documents::LoadSample));
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
        state.add_documents(
            vec![Entry::new(doc(text), Annotations::default())],
            "Added.".into(),
        )
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
    state.update(Action::Reviewing(Reviewing::SuggestionsReady(
        Rc::new(candidates),
        document,
    )));
    state.update(Action::Reviewing(Reviewing::NextSuggestion));
    assert!(state.active_suggestion.is_some());
    state.update(Action::Page(Page::Escape));
    assert_eq!(state.active_suggestion, None);
    assert_eq!(state.target(), None);
}

#[test]
fn a_halted_tab_ignores_edits_until_it_holds_the_workspace_again() {
    let mut state = Rc::new(AppState::sample());
    state = state.apply(Action::Documents(Documents::WorkspaceLoaded(None)));
    state = state.apply(Action::Page(Page::Halt(Halt::OtherTab { taken: true })));
    let before = state.annotations_revision;
    let at = state.session().document.text.find("Putin").unwrap();
    state = state.apply(Action::Annotating(Annotating::MarkQuote(Some(at..at + 5))));
    assert_eq!(state.annotations_revision, before);
    assert!(state.session().annotations.quotes.is_empty());
    state = state.apply(Action::Documents(Documents::WorkspaceLoaded(None)));
    assert_eq!(state.halted, None);
    state = state.apply(Action::Annotating(Annotating::MarkQuote(Some(at..at + 5))));
    assert_eq!(state.session().annotations.quotes.len(), 1);
}

#[test]
fn a_confidence_threshold_offers_only_the_surer_suggestions() {
    let mut state = AppState::sample();
    let document = state.session().document.clone();
    let candidates = Candidates::compute(&document.id, &document.text);
    let all = candidates.items.len();
    state.update(Action::Reviewing(Reviewing::SuggestionsReady(
        Rc::new(candidates),
        document,
    )));
    assert_eq!(state.pending_suggestions().len(), all);
    state.update(Action::Reviewing(Reviewing::SetMinConfidence(0.8)));
    let sure = state.pending_suggestions();
    assert!(sure.len() < all, "{} of {all}", sure.len());
    let c = state.suggestions.clone().unwrap();
    assert!(sure.iter().all(|&i| c.items[i].confidence >= 0.8));
    state.update(Action::Reviewing(Reviewing::SetMinConfidence(0.0)));
    assert_eq!(state.pending_suggestions().len(), all);
}

#[test]
fn a_halted_tab_that_takes_the_workspace_back_hears_that_it_could_not_be_read() {
    let mut state = Rc::new(AppState::sample());
    state = state.apply(Action::Documents(Documents::WorkspaceLoaded(None)));
    state = state.apply(Action::Page(Page::Halt(Halt::OtherTab { taken: true })));
    state = state.apply(Action::Documents(Documents::WorkspaceUnreadable(
        "The database could not be opened".into(),
    )));
    // Its own copy is older than the other tab's: it stays halted, and
    // says so, rather than showing (and saving) that copy.
    assert!(
        matches!(&state.halted, Some(Halt::Closed(why)) if why.contains("could not be opened")),
        "{:?}",
        state.halted
    );
}

#[test]
fn a_workspace_unreadable_at_start_is_never_written_over() {
    let state = Rc::new(AppState::sample());
    let state = state.apply(Action::Documents(Documents::WorkspaceUnreadable(
        "The database could not be opened".into(),
    )));
    assert_eq!(state.halted, None, "the page works in memory");
    assert!(state.save_off, "and saves nothing over what storage holds");
    assert!(state.storage_error.is_some());
}

/// A loaded sample workspace into which a one-row JSONL dataset was
/// read, and the import that read asked for.
fn one_row_dataset_read() -> (AppState, Rc<ImportRequest>) {
    let mut state = AppState::sample();
    state.loaded = true;
    let line = r#"{"text": "A headline\n\nShe said “yes” today.", "label": []}"#;
    let files = vec![("a.jsonl".to_owned(), Ok(format!("{line}\n").into_bytes()))];
    state.update(Action::Documents(Documents::DatasetRead(files)));
    let request = state
        .import_request
        .clone()
        .expect("an import is asked for");
    (state, request)
}

/// The format and report of reading the files of `request` in full, as
/// the formats worker does.
fn report_of(
    request: &ImportRequest,
) -> (Option<Format>, Rc<crate::domain::formats::ImportReport>) {
    let files = request.files.to_vec();
    let (format, report) =
        crate::domain::formats::read_dataset(files, request.format, |_, _, _| {});
    (format, Rc::new(report))
}

/// The action that hands `request`'s report to the reducer.
fn reported(request: &ImportRequest) -> Action {
    let (format, report) = report_of(request);
    Action::Documents(Documents::ImportReported {
        generation: request.generation,
        format,
        report,
    })
}

/// A dataset import is asked for, read elsewhere (in the formats worker),
/// and previewed only with the report of the latest request: a report of
/// a request since replaced (the user chose another format meanwhile) is
/// dropped.
#[test]
fn a_dataset_import_is_previewed_from_the_report_of_its_latest_request() {
    use crate::domain::formats::import;
    let (mut state, first) = one_row_dataset_read();
    assert!(state.pending_import.is_none() && state.progress.is_some());
    // Read as another format before the first report came back.
    state.pending_import = Some(PendingImport {
        files: first.files.clone(),
        unreadable: first.unreadable.clone(),
        format: Format::PlainRows,
        report: Rc::default(),
    });
    state.update(Action::Documents(Documents::ReadDatasetAs(Format::Doccano)));
    let second = state.import_request.clone().expect("asked again");
    assert!(second.generation > first.generation);
    state.update(reported(&first));
    assert!(state.pending_import.is_none(), "an old report is dropped");
    state.update(reported(&second));
    let pending = state.pending_import.as_ref().expect("previewed");
    assert_eq!(pending.format, Format::Doccano);
    assert_eq!(*pending.report, import(Format::Doccano, &second.files));
    assert_eq!(pending.report.records.len(), 1);
    assert_eq!(state.dialog, Some(Dialog::ImportPreview));
    assert!(state.progress.is_none() && state.import_request.is_none());
}

/// A preview that arrives while the user has another dialog open waits
/// for that dialog to close instead of replacing it.
#[test]
fn an_import_preview_waits_for_the_dialog_the_user_opened() {
    let (mut state, request) = one_row_dataset_read();
    // The user opens the help while the file is being read.
    state.update(Action::Page(Page::Open(Dialog::Help)));
    state.update(reported(&request));
    assert_eq!(state.dialog, Some(Dialog::Help), "the help stays open");
    assert!(state.pending_import.is_some());
    state.update(Action::Page(Page::CloseDialog));
    assert_eq!(
        state.dialog,
        Some(Dialog::ImportPreview),
        "the preview follows"
    );
    // Closed in turn, it does not come back.
    state.update(Action::Page(Page::CloseDialog));
    assert_eq!(state.dialog, None);
}

fn notice_text(state: &AppState) -> String {
    state
        .notice
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// Files of no format the worker can tell, or a worker that failed: said,
/// the progress cleared, nothing previewed or added; a late answer to the
/// failed request changes nothing.
#[test]
fn an_import_the_worker_cannot_read_is_said_and_changes_nothing() {
    let (mut state, request) = one_row_dataset_read();
    let documents = state.workspace.len();
    let found = vec![Problem::new("a.zip", "not a zip archive")];
    state.update(Action::Documents(Documents::ImportReported {
        generation: request.generation,
        format: None,
        report: Rc::new(ImportReport {
            records: Vec::new(),
            problems: found,
        }),
    }));
    let text = notice_text(&state);
    assert!(
        text.starts_with("The annotator can't tell what format"),
        "{text}"
    );
    assert!(text.contains("a.zip: not a zip archive"), "{text}");
    assert!(state.pending_import.is_none() && state.progress.is_none());

    let (mut state, request) = one_row_dataset_read();
    state.update(Action::Documents(Documents::ImportFailed {
        generation: request.generation,
        why: "the formats worker did not load".to_owned(),
    }));
    assert_eq!(
        notice_text(&state),
        "The import could not be read: the formats worker did not load. Nothing was changed."
    );
    assert!(state.progress.is_none() && state.import_request.is_none());
    state.update(reported(&request));
    assert!(state.pending_import.is_none(), "a late answer is dropped");
    assert_eq!(state.workspace.len(), documents);
}

/// Import JSON's answer: the records are added and counted from the
/// top-level layer; a refused file, or a failed worker, is said with a
/// full stop, and nothing changes.
#[test]
fn a_native_import_adds_its_records_or_says_why_not() {
    let mut state = AppState::sample();
    state.loaded = true;
    let documents = state.workspace.len();
    let refused = |why: &str| crate::domain::formats::ImportReport {
        records: Vec::new(),
        problems: vec![Problem::new("a.json", why)],
    };
    for (report, said) in [
        (
            Ok(Rc::new(refused("it is not UTF-8 text"))),
            "Could not import “a.json”: it is not UTF-8 text. Nothing was changed.",
        ),
        (
            Ok(Rc::new(refused("Not JSON."))),
            "Could not import “a.json”: Not JSON. Nothing was changed.",
        ),
        (
            Err("the formats worker failed (gone)".to_owned()),
            "Could not import “a.json”: the formats worker failed (gone). Nothing was changed.",
        ),
    ] {
        state.progress = Some("Reading “a.json”…".to_owned());
        let name = "a.json".to_owned();
        state.update(Action::Documents(Documents::NativeImported {
            name,
            report,
        }));
        assert_eq!(notice_text(&state), said);
        assert!(state.progress.is_none());
        assert_eq!(state.workspace.len(), documents);
    }
    let text = "Harbour\n\n“Boats wait,” said Ana Ruiz.";
    let file = crate::domain::formats::native::export_entry(
        &Entry::new(Document::from_text(text), Annotations::default()),
        None,
    );
    let report = crate::domain::formats::native::import_report("h.json", file.as_bytes());
    let name = "h.json".to_owned();
    let report = Ok(Rc::new(report));
    state.update(Action::Documents(Documents::NativeImported {
        name,
        report,
    }));
    assert_eq!(state.workspace.len(), documents + 1);
    assert_eq!(state.session().document.text, text);
    assert!(notice_text(&state).starts_with("Imported “h.json”: 0 quotes, 0 speakers."));
}

/// A written export closes the export dialog only: a dialog the user
/// opened while the worker wrote the file stays open.
#[test]
fn an_export_done_closes_only_the_export_dialog() {
    let mut state = AppState::sample();
    state.update(Action::Page(Page::Open(Dialog::Export)));
    state.update(Action::Page(Page::ExportDone(Ok("Exported.".to_owned()))));
    assert_eq!(state.dialog, None);
    state.update(Action::Page(Page::Open(Dialog::Paste)));
    state.update(Action::Page(Page::ExportDone(Err("failed".to_owned()))));
    assert_eq!(state.dialog, Some(Dialog::Paste), "the paste dialog stays");
    assert_eq!(notice_text(&state), "failed");
}

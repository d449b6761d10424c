//! The root component: holds the reducer, wires events to actions, and runs
//! the effects — saving to storage, reading files, downloads, the keyboard.

use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

use yew::prelude::*;

use crate::domain::annotations::SpanRef;
use crate::domain::formats::{self, native};
use crate::domain::workspace::Workspace;
use crate::ui::autosave::{Autosave, SaveResult};
use crate::ui::components::article::{Article, DocRef};
use crate::ui::components::datasets::{ExportDialog, ImportPreview};
use crate::ui::components::dialogs::{HelpOverlay, PasteDialog, SpeakerPicker};
use crate::ui::components::side_panel::SidePanel;
use crate::ui::components::summary::Summary;
use crate::ui::components::team::AgreementDialog;
use crate::ui::components::toolbar::{Toolbar, ToolbarEvent};
use crate::ui::engine::EngineWorker;
use crate::ui::keys::{caret_motion, command_for, curation_command_for, Command, KeyPress};
use crate::ui::state::{
    Action, Annotating, AppState, Curating, Dialog, Documents, Halt, NoticeKind, Page, Reviewing,
};
use crate::ui::view_model::{block_views_reusing, label, parse_label, BlockView, Shown, Target};
use crate::ui::{caret, files, idb, selection, storage, tab_lock};

/// Turns a command (from a key or a button) into an action, reading the
/// selection where the command needs it.
fn run_command(command: Command, dispatch: &Callback<Action>, caret_on: bool) {
    let needs_selection = matches!(
        command,
        Command::MarkQuote | Command::MarkMention | Command::MarkCue | Command::Resize
    );
    let sel = if needs_selection {
        selection::current()
    } else {
        None
    };
    let action = match command {
        Command::MarkQuote => Action::Annotating(Annotating::MarkQuote(sel)),
        Command::MarkMention => Action::Annotating(Annotating::MarkMention(sel)),
        Command::MarkCue => Action::Annotating(Annotating::MarkCue(sel)),
        Command::Resize => Action::Annotating(Annotating::ResizeActive(sel)),
        Command::OpenPicker => Action::Page(Page::Open(Dialog::SpeakerPicker)),
        Command::AttributeTo(n) => Action::Annotating(Annotating::AttributeActiveTo(n)),
        Command::SetKind(k) => Action::Annotating(Annotating::SetActiveKind(k)),
        Command::Delete => Action::Annotating(Annotating::DeleteActive),
        Command::Escape => Action::Page(Page::Escape),
        Command::Undo => Action::Annotating(Annotating::Undo),
        Command::Redo => Action::Annotating(Annotating::Redo),
        Command::Help => Action::Page(Page::Open(Dialog::Help)),
        Command::AcceptSuggestion => Action::Reviewing(Reviewing::AcceptSuggestion),
        Command::RejectSuggestion => Action::Reviewing(Reviewing::RejectSuggestion),
        Command::NextSuggestion => Action::Reviewing(Reviewing::NextSuggestion),
        Command::PreviousSuggestion => Action::Reviewing(Reviewing::PreviousSuggestion),
        Command::ToggleCaret => Action::Page(Page::SetCaretMode(!caret_on)),
        Command::NextDisagreement => Action::Curating(Curating::Next),
        Command::PreviousDisagreement => Action::Curating(Curating::Previous),
        Command::TakeVersion(annotator) => Action::Curating(Curating::Take {
            item: None,
            annotator,
        }),
        Command::TakeNone => Action::Curating(Curating::TakeNone { item: None }),
    };
    if needs_selection {
        // With the keyboard the caret stays, at the end of what was marked.
        if caret_on {
            caret::collapse_to_end();
        } else {
            selection::clear();
        }
    }
    dispatch.emit(action);
}

fn is_typing_target(e: &KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || el.has_attribute("contenteditable")
}

/// Enter and Space on a focused button or link press it: they are not
/// the annotator's keys there.
fn is_pressable_target(e: &KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY")
        || el.get_attribute("role").as_deref() == Some("button")
}

fn on_keydown(e: &KeyboardEvent, dispatch: &Callback<Action>, caret_on: bool, curating: bool) {
    if matches!(e.key().as_str(), "Enter" | " ") && is_pressable_target(e) {
        return;
    }
    if is_typing_target(e) {
        if e.key() == "Escape" {
            dispatch.emit(Action::Page(Page::Escape));
        }
        return;
    }
    let press = KeyPress {
        key: e.key(),
        ctrl: e.ctrl_key() || e.meta_key(),
        shift: e.shift_key(),
        alt: e.alt_key(),
    };
    if caret_on {
        if let Some(motion) = caret_motion(&press) {
            e.prevent_default();
            caret::apply(motion);
            return;
        }
    }
    let command = if curating {
        curation_command_for(&press)
    } else {
        command_for(&press)
    };
    if let Some(command) = command {
        e.prevent_default();
        run_command(command, dispatch, caret_on);
    }
}

fn export_file_name(state: &AppState) -> String {
    let slug: String = state
        .session()
        .document
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        state.session().document.id.clone()
    } else {
        slug
    };
    format!("{slug}.annotations.json")
}

/// Brings a span into view, once the article's chunk holding it is drawn
/// (right after a long document opens, most chunks are still queued). Not
/// if another document was opened meanwhile: span labels repeat from one
/// document to the next.
fn scroll_to(target: Target) {
    let article = || {
        gloo::utils::document()
            .query_selector("[data-testid=\"article\"]")
            .ok()
            .flatten()
    };
    let shown = article().and_then(|a| a.get_attribute("data-document"));
    crate::ui::slices::after_queued(move || {
        let Some(article) = article() else { return };
        if article.get_attribute("data-document") != shown {
            return;
        }
        let label = label(target);
        let selector = format!("[data-spans~=\"{label}\"]");
        if let Ok(Some(el)) = article.query_selector(&selector) {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Center);
            el.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
}

/// Downloads every document of the workspace as JSONL: the way to keep
/// the work when browser storage refuses it.
fn export_backup(workspace: &Workspace, me: Option<&str>) -> Result<(), String> {
    // Every layer (own, gold, other annotators'): a backup keeps them all.
    let records = workspace.layer_records(me);
    // Written here, not in the formats worker: this is the way out when
    // something else failed.
    let file = formats::jsonl::export(&records);
    files::download("workspace-backup.jsonl", file.mime, &file.bytes);
    Ok(())
}

/// The page of a tab that must not show or save the workspace. When storage
/// had refused this tab's saves, its work can still be exported from here.
fn halted_page(state: &AppState, halt: &Halt, lock_events: &tab_lock::LockEvents) -> Html {
    let reload = |_: MouseEvent| {
        let _ = gloo::utils::window().location().reload();
    };
    let (text, button) = match halt {
        Halt::OtherTab { taken } => {
            let events = lock_events.clone();
            let take = move |_: MouseEvent| tab_lock::take_over(events.clone());
            let text = if *taken && state.storage_error.is_some() {
                "Your workspace is now open in another tab. Only one tab edits it at a time. Browser storage refused this tab's last save: the document shown here was handed to the other tab, and the button below exports everything this tab had."
            } else if *taken {
                "Your workspace is now open in another tab. Only one tab edits it at a time, so that neither overwrites the other's work; everything done here was saved."
            } else {
                "Your workspace is open in another tab. Only one tab edits it at a time, so that neither overwrites the other's work."
            };
            (
                text.to_owned(),
                html! { <button type="button" data-testid="use-here" onclick={take}>{ "Use it here" }</button> },
            )
        }
        Halt::NewerVersion(why) => (
            format!("This workspace was saved by a newer version of the annotator ({why}). Nothing was changed. Reload the page to get the newer version."),
            html! { <button type="button" data-testid="reload" onclick={reload}>{ "Reload" }</button> },
        ),
        Halt::Closed(why) => (
            why.clone(),
            html! { <button type="button" data-testid="reload" onclick={reload}>{ "Reload" }</button> },
        ),
    };
    let export = state.storage_error.is_some().then(|| {
        let workspace = state.workspace.clone();
        let me = state.annotator.clone();
        // A halted tab takes no actions, so there is no notice to show.
        let export = move |_: MouseEvent| {
            let _ = export_backup(&workspace, me.as_deref());
        };
        html! { <button type="button" data-testid="halted-export" onclick={export}>{ "Export this tab's work" }</button> }
    });
    html! {
        <main class="halted" data-testid="halted">
            <p role="alert" data-testid="halted-text">{ text }</p>
            { button }
            { for export }
        </main>
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        let mut state = AppState::sample();
        state.show_suggestions = storage::load_show_suggestions();
        state.min_confidence = storage::load_min_confidence();
        state.text_size = storage::load_text_size();
        state.annotator = storage::load_annotator();
        state
    });
    // One callback for the page's life: components that take it keep equal
    // props, so an action re-renders only what it changes.
    let dispatch: Callback<Action> = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a| dispatcher.dispatch(a)))).clone()
    };
    // Readers of files in flight: dropping one would cancel its read.
    let readers = use_mut_ref(|| None::<files::ReaderSlot>);
    let file_input = use_node_ref();
    let import_input = use_node_ref();
    let dataset_input = use_node_ref();

    // The state as last rendered, for handlers that outlive a render (the
    // page closing).
    let latest = use_mut_ref(|| None::<UseReducerHandle<AppState>>);
    *latest.borrow_mut() = Some(state.clone());

    let autosave = {
        let dispatch = dispatch.clone();
        use_memo((), move |_| {
            Autosave::new(Callback::from(move |result: SaveResult| match result {
                Err(e) => dispatch.emit(Action::Page(Page::StorageFailed(e))),
                Ok(used) => {
                    // The database now holds what the journal held.
                    storage::clear_journal();
                    dispatch.emit(Action::Page(Page::Saved(used)));
                }
            }))
        })
    };
    {
        let (state, autosave) = (state.clone(), autosave.clone());
        // Nothing is saved before the saved workspace has been read (the
        // sample shown meanwhile must not overwrite it), nor by a tab that
        // does not hold the workspace.
        use_effect_with(
            (
                state.document_revision,
                state.annotations_revision,
                state.workspace_revision,
                state.aside_revision,
                state.loaded,
                state.halted.clone(),
            ),
            move |_| {
                if state.loaded && state.halted.is_none() && !state.save_off && tab_lock::holding()
                {
                    autosave.request(state)
                } else {
                    // The rest of a save cut short must not go on either.
                    autosave.cancel()
                }
            },
        );
    }
    let lock_events = {
        let (dispatch, autosave) = (dispatch.clone(), autosave.clone());
        let latest = latest.clone();
        use_memo((), move |_| {
            let idb_events = idb::Events {
                closed: dispatch.reform(|m| Action::Page(Page::Halt(Halt::Closed(m)))),
                blocked: dispatch.reform(|()| {
                    Action::Page(Page::Progress(Some(
                        "Waiting for another tab of the annotator (an older version) to close the workspace…"
                            .to_owned(),
                    )))
                }),
            };
            let open = {
                let (dispatch, autosave) = (dispatch.clone(), autosave.clone());
                Callback::from(move |()| {
                    autosave.forget();
                    let dispatch = dispatch.clone();
                    let granted_in = tab_lock::generation();
                    idb::load(idb_events.clone(), move |result| match result {
                        // A slow read that finishes after this tab let go
                        // (to "Use it here" elsewhere), or that belongs to an
                        // earlier grant, must not bring the page back with it.
                        _ if !tab_lock::holding() || tab_lock::generation() != granted_in => {}
                        Ok(loaded) => {
                            let loaded = match storage::read_journal() {
                                Some(journal) => {
                                    let mut l = loaded.unwrap_or_default();
                                    l.apply_journal(&journal);
                                    (!l.entries.is_empty() || !l.set_aside.is_empty()).then_some(l)
                                }
                                None => loaded,
                            };
                            dispatch.emit(Action::Documents(Documents::WorkspaceLoaded(loaded)))
                        }
                        Err(idb::OpenError::NewerVersion(why)) => {
                            dispatch.emit(Action::Page(Page::Halt(Halt::NewerVersion(why))))
                        }
                        Err(idb::OpenError::Failed(e)) => {
                            dispatch.emit(Action::Documents(Documents::WorkspaceUnreadable(
                                format!(
                                "{e}. Your work is kept in this tab only: export it to keep it."
                            ),
                            )));
                        }
                    });
                })
            };
            let release = {
                let (dispatch, autosave) = (dispatch.clone(), autosave.clone());
                Callback::from(move |()| {
                    let (dispatch, latest) = (dispatch.clone(), latest.clone());
                    // Save what is pending, then let the other tab read it.
                    // When storage refused the last save, the current
                    // document goes to the journal, which the other tab
                    // applies as it reads the workspace.
                    autosave.flush_then(move |saved| {
                        if !saved {
                            if let Some(state) = latest.borrow().as_ref() {
                                storage::write_journal(state.workspace.current());
                            }
                        }
                        tab_lock::release();
                        dispatch.emit(Action::Page(Page::Halt(Halt::OtherTab { taken: true })));
                    })
                })
            };
            let lost = {
                let dispatch = dispatch.clone();
                Callback::from(move |()| {
                    // A save scheduled before the lock was taken is dropped.
                    autosave.forget();
                    dispatch.emit(Action::Page(Page::Halt(Halt::OtherTab { taken: true })));
                })
            };
            tab_lock::LockEvents {
                granted: open,
                held_elsewhere: dispatch
                    .reform(|()| Action::Page(Page::Halt(Halt::OtherTab { taken: false }))),
                asked_to_release: release,
                lost,
            }
        })
    };
    {
        let lock_events = lock_events.clone();
        use_effect_with((), move |_| tab_lock::acquire((*lock_events).clone()));
    }
    {
        let (dispatch, autosave) = (dispatch.clone(), autosave.clone());
        let latest = latest.clone();
        use_effect_with((), move |_| {
            // Not passive: the keys we handle must not also type or scroll.
            let options = EventListenerOptions::enable_prevent_default();
            let keys_latest = latest.clone();
            let update_dispatch = dispatch.clone();
            let listener = EventListener::new_with_options(
                &gloo::utils::document(),
                "keydown",
                options,
                move |e| {
                    if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                        let (caret_on, curating) =
                            keys_latest.borrow().as_ref().map_or((false, false), |s| {
                                (s.caret_mode, s.workspace.current().is_curating())
                            });
                        on_keydown(e, &dispatch, caret_on, curating);
                    }
                },
            );
            // The page may die before a database write finishes: the
            // current document goes to the synchronous journal first, then
            // the pending save is sent.
            let flush = EventListener::new(&gloo::utils::window(), "pagehide", move |_| {
                if let Some(state) = latest.borrow().as_ref() {
                    if state.loaded
                        && state.halted.is_none()
                        && tab_lock::holding()
                        && !autosave.is_settled()
                    {
                        storage::write_journal(state.workspace.current());
                    }
                }
                autosave.flush()
            });
            // A new build waits in the service worker (src/web/register-sw.js).
            let update = EventListener::new(&gloo::utils::window(), "annotator-update-ready", {
                let dispatch = update_dispatch;
                move |_| dispatch.emit(Action::Page(Page::UpdateReady))
            });
            move || drop((listener, flush, update))
        });
    }

    let read_files = {
        let (readers, dispatch) = (readers.clone(), dispatch.clone());
        move |files: Vec<web_sys::File>, import: bool| {
            let Some(first) = files.first().cloned() else {
                return;
            };
            if import {
                if files.len() > 1 {
                    dispatch.emit(Action::Page(Page::Notify(format!(
                        "{} files were given; an import takes one, so it read the first, “{}”.",
                        files.len(),
                        first.name()
                    ))));
                }
                let d = dispatch.clone();
                let reader = files::read(first, move |name, result| match result {
                    Ok(bytes) => {
                        d.emit(Action::Page(Page::Progress(Some(format!(
                            "Reading “{name}”…"
                        )))));
                        crate::ui::formats_worker::import_native(
                            &name.clone(),
                            &bytes,
                            move |report| {
                                let report = report.map(Rc::new);
                                let imported = Documents::NativeImported { name, report };
                                // Shown in a task of its own: reading the
                                // report back and drawing it made one long
                                // frame.
                                crate::ui::slices::push(move || d.emit(Action::Documents(imported)))
                            },
                        );
                    }
                    Err(e) => d.emit(Action::Page(Page::Refused(e))),
                });
                *readers.borrow_mut() = Some(Rc::new(std::cell::RefCell::new(Some(reader))));
                return;
            }
            let (progress, done) = (dispatch.clone(), dispatch.clone());
            let slot = files::read_all(
                files,
                move |n, of| {
                    if of > 1 {
                        progress.emit(Action::Page(Page::Progress(Some(format!(
                            "Reading files: {n} of {of}"
                        )))))
                    }
                },
                move |results| done.emit(Action::Documents(Documents::FilesRead(results))),
            );
            *readers.borrow_mut() = Some(slot);
        }
    };
    let read_dataset = {
        let (readers, dispatch) = (readers.clone(), dispatch.clone());
        move |files: Vec<web_sys::File>| {
            let (progress, done) = (dispatch.clone(), dispatch.clone());
            let slot = files::read_all(
                files,
                move |n, of| {
                    progress.emit(Action::Page(Page::Progress(Some(format!(
                        "Reading files: {n} of {of}"
                    )))))
                },
                move |results| done.emit(Action::Documents(Documents::DatasetRead(results))),
            );
            *readers.borrow_mut() = Some(slot);
        }
    };
    let on_dataset_chosen = {
        let read_dataset = read_dataset.clone();
        move |e: Event| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                read_dataset(files::list(input.files()));
                input.set_value("");
            }
        }
    };
    let on_file_chosen = {
        let read_files = read_files.clone();
        move |e: Event| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                let import = input.get_attribute("data-testid").as_deref() == Some("import-input");
                read_files(files::list(input.files()), import);
                // Choosing the same file again must fire `change` again.
                input.set_value("");
            }
        }
    };
    let on_drop = {
        let (read_files, read_dataset) = (read_files.clone(), read_dataset.clone());
        move |e: DragEvent| {
            e.prevent_default();
            let files = files::list(e.data_transfer().and_then(|d| d.files()));
            // Plain texts become documents; anything else is read as a
            // dataset, its format detected from the content (a Label
            // Studio export is a .json too).
            let texts = files.iter().all(|f| {
                let name = f.name().to_lowercase();
                [".txt", ".md", ".markdown"]
                    .iter()
                    .any(|ext| name.ends_with(ext))
            });
            if files.is_empty() {
                return;
            }
            if texts {
                read_files(files, false);
            } else {
                read_dataset(files);
            }
        }
    };
    let on_toolbar = {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        let (file_input, import_input) = (file_input.clone(), import_input.clone());
        let dataset_input = dataset_input.clone();
        Callback::from(move |event: ToolbarEvent| match event {
            ToolbarEvent::Paste => dispatch.emit(Action::Page(Page::Open(Dialog::Paste))),
            ToolbarEvent::Summary => dispatch.emit(Action::Page(Page::Open(Dialog::Summary))),
            ToolbarEvent::OpenExport => {
                crate::ui::formats_worker::prepare();
                dispatch.emit(Action::Page(Page::Open(Dialog::Export)))
            }
            ToolbarEvent::OpenImport => {
                crate::ui::formats_worker::prepare();
                if let Some(i) = dataset_input.cast::<HtmlInputElement>() {
                    i.click()
                }
            }
            ToolbarEvent::OpenFile => {
                if let Some(i) = file_input.cast::<HtmlInputElement>() {
                    i.click()
                }
            }
            ToolbarEvent::ImportJson => {
                crate::ui::formats_worker::prepare();
                if let Some(i) = import_input.cast::<HtmlInputElement>() {
                    i.click()
                }
            }
            ToolbarEvent::Sample => dispatch.emit(Action::Documents(Documents::LoadSample)),
            ToolbarEvent::ExportJson => {
                let json =
                    native::export_entry(state.workspace.current(), state.annotator.as_deref());
                let name = export_file_name(&state);
                files::download(&name, "application/json", json.as_bytes());
                dispatch.emit(Action::Page(Page::Notify(format!(
                    "Exported {} quotes to “{name}”.",
                    state.session().annotations.quotes.len()
                ))));
            }
            ToolbarEvent::Command(c) => run_command(c, &dispatch, state.caret_mode),
        })
    };
    let on_article_click = {
        let dispatch = dispatch.clone();
        use_callback((), move |e: MouseEvent, ()| {
            // The end of a drag-selection is a click too: it must not change
            // the active span.
            if selection::current().is_some() {
                return;
            }
            let span = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("[data-spans]").ok().flatten())
                .and_then(|el| el.get_attribute("data-spans"))
                .and_then(|labels| labels.split(' ').next().and_then(parse_label));
            dispatch.emit(match span {
                Some(Target::Suggestion(i)) => Action::Reviewing(Reviewing::ActivateSuggestion(i)),
                Some(Target::Span(s)) => Action::Annotating(Annotating::Activate(Some(s))),
                None => Action::Annotating(Annotating::Activate(None)),
            });
        })
    };
    let on_show = {
        let dispatch = dispatch.clone();
        use_callback((), move |span: SpanRef, ()| {
            dispatch.emit(Action::Annotating(Annotating::Activate(Some(span))));
            scroll_to(Target::Span(span));
        })
    };
    // Pending suggestions, once per change: the article and the panel
    // share them (thousands of candidates, each checked against the spans).
    let pending = {
        let state = state.clone();
        let deps = (
            state.annotations_revision,
            state.document_revision,
            state.suggestions.as_ref().map(Rc::as_ptr),
            state.show_suggestions,
        );
        use_memo(deps, move |_| state.pending_suggestions())
    };
    // The article's views; the previous ones are reused where an edit
    // changed nothing, so unchanged paragraphs compare by pointer.
    let previous_views = use_mut_ref(|| None::<Rc<Vec<BlockView>>>);
    let blocks = {
        let (state, pending, previous) = (state.clone(), pending.clone(), previous_views.clone());
        let deps = (
            state.annotations_revision,
            state.document_revision,
            state.target(),
            state.suggestions.as_ref().map(Rc::as_ptr),
            state.show_suggestions,
        );
        use_memo(deps, move |_| {
            let shown = state
                .suggestions
                .as_deref()
                .filter(|_| state.show_suggestions)
                .map(|candidates| Shown {
                    candidates,
                    pending: &pending,
                });
            let previous = previous.borrow().clone();
            block_views_reusing(
                state.session(),
                state.target(),
                shown,
                previous.as_deref().map_or(&[][..], |v| &v[..]),
            )
        })
    };
    *previous_views.borrow_mut() = Some(blocks.clone());
    // The engine runs in its worker, asked after the new document is
    // painted and drawn, so that a long article shows at once and its
    // suggestions follow while the page stays responsive.
    // Started on first use, once the saved workspace is shown and painted:
    // loading the worker's wasm then competes with nothing the reader waits
    // for. (None: not started; Some(None): it could not start.) Only the
    // latest question is asked.
    let engine = use_mut_ref(|| None::<Option<EngineWorker>>);
    let engine_asked = use_mut_ref(|| 0_u64);
    {
        let (state, dispatch) = (state.clone(), dispatch.clone());
        use_effect_with(state.document_revision, move |_| {
            if state.loaded {
                let document = state.session().document.clone();
                let asked = {
                    let mut n = engine_asked.borrow_mut();
                    *n += 1;
                    *n
                };
                // Queued behind the article's drawing, queued in this same
                // render: on two cores the engine would slow it down.
                crate::ui::slices::push(move || {
                    crate::ui::slices::push(move || {
                        if *engine_asked.borrow() != asked {
                            return;
                        }
                        let mut slot = engine.borrow_mut();
                        let worker = slot.get_or_insert_with(|| {
                            EngineWorker::start(dispatch.clone())
                                .map_err(|why| dispatch.emit(Action::Page(Page::Refused(why))))
                                .ok()
                        });
                        if let Some(worker) = worker {
                            worker.suggest(document);
                        }
                    })
                });
            }
        });
    }
    // A dataset import is read in slices; its preview follows.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.import_request.clone(), move |request| {
            if let Some(request) = request.clone() {
                crate::ui::import_reader::read(request, dispatch);
            }
        });
    }
    // A quote shown from "Who is quoted" is brought into view.
    {
        let active = state.active;
        use_effect_with(state.reveal, move |_| {
            if let Some(span) = active {
                scroll_to(Target::Span(span));
            }
        });
    }
    // Going to a suggestion (j, k, after a decision) brings it into view.
    use_effect_with(state.active_suggestion, |active| {
        if let Some(i) = *active {
            scroll_to(Target::Suggestion(i));
        }
    });
    {
        let show = state.show_suggestions;
        use_effect_with(show, move |_| storage::save_show_suggestions(show));
    }
    {
        // Compared as bits: f32 is not Eq, and a setting only changes by a step.
        let t = state.min_confidence;
        use_effect_with(t.to_bits(), move |_| storage::save_min_confidence(t));
    }

    // Caret mode: the caret is placed when it starts and redrawn whenever
    // the selection moves or the article scrolls.
    use_effect_with(state.caret_mode, |on| {
        let listeners = on.then(|| {
            caret::place();
            let document = gloo::utils::document();
            let capture = EventListenerOptions::run_in_capture_phase();
            (
                EventListener::new(&document, "selectionchange", |_| caret::draw()),
                EventListener::new_with_options(&document, "scroll", capture, |_| caret::draw()),
                EventListener::new(&gloo::utils::window(), "resize", |_| caret::draw()),
            )
        });
        move || {
            drop(listeners);
            caret::hide();
        }
    });
    // An edit re-renders the paragraph the caret is in: it goes back to
    // where it was.
    use_effect_with(
        (
            state.annotations_revision,
            state.dialog.is_some(),
            state.caret_mode,
        ),
        |&(_, dialog_open, on)| {
            if on && !dialog_open {
                caret::restore()
            }
        },
    );
    {
        let size = state.text_size;
        use_effect_with(size, move |_| storage::save_text_size(size));
    }
    use_effect_with(state.annotator.clone(), |name| {
        storage::save_annotator(name.as_deref())
    });
    // The curation item under review is selected in the article and
    // scrolled into view.
    {
        let state = state.clone();
        use_effect_with(
            (state.curation_item, state.annotations_revision),
            move |(item, _)| {
                if let Some(i) = *item {
                    if let Some(item) = state.curation().items.get(i) {
                        let range = item.range.clone();
                        // After the chunk holding it is drawn.
                        crate::ui::slices::after_queued(move || selection::select_range(range));
                    }
                }
            },
        );
    }

    let close = {
        let d = dispatch.clone();
        Callback::from(move |_| d.emit(Action::Page(Page::CloseDialog)))
    };
    let dialog = match state.dialog {
        Some(Dialog::Paste) => {
            let paste = {
                let d = dispatch.clone();
                Callback::from(move |t| d.emit(Action::Documents(Documents::Pasted(t))))
            };
            html! { <PasteDialog on_submit={paste} on_close={close.clone()} /> }
        }
        Some(Dialog::Help) => html! { <HelpOverlay on_close={close.clone()} /> },
        Some(Dialog::Export) => {
            html! { <ExportDialog state={state.clone()} dispatch={dispatch.clone()} on_close={close.clone()} /> }
        }
        Some(Dialog::ImportPreview) => match &state.pending_import {
            Some(pending) => {
                html! { <ImportPreview pending={pending.clone()} dispatch={dispatch.clone()} /> }
            }
            None => html! {},
        },
        Some(Dialog::Agreement) => {
            html! { <AgreementDialog state={state.clone()} dispatch={dispatch.clone()} on_close={close.clone()} /> }
        }
        Some(Dialog::Summary) => {
            html! { <Summary state={state.clone()} dispatch={dispatch.clone()} on_close={close.clone()} /> }
        }
        Some(Dialog::SpeakerPicker) => {
            let current = match state.active {
                Some(SpanRef::Quote(id)) => state
                    .session()
                    .annotations
                    .quote(id)
                    .and_then(|q| q.speaker),
                _ => None,
            };
            let pick = {
                let d = dispatch.clone();
                Callback::from(move |s| d.emit(Action::Annotating(Annotating::AttributeActive(s))))
            };
            let new = {
                let d = dispatch.clone();
                Callback::from(move |n| {
                    d.emit(Action::Annotating(Annotating::AttributeActiveToName(n)))
                })
            };
            html! { <SpeakerPicker speakers={state.session().annotations.speakers.clone()} {current} on_pick={pick} on_new={new} on_close={close.clone()} /> }
        }
        None => html! {},
    };
    let notice = state.notice.as_ref().map(|n| {
        let class = match n.kind {
            NoticeKind::Error => "notice error",
            NoticeKind::Info => "notice info",
        };
        let dismiss = { let d = dispatch.clone(); move |_| d.emit(Action::Page(Page::DismissNotice)) };
        html! {
            <div {class} role="alert" data-testid="notice">
                <span data-testid="notice-text">{ &n.text }</span>
                <button type="button" class="link" aria-label="Dismiss" onclick={dismiss}>{ "×" }</button>
            </div>
        }
    });
    let storage_error = state.storage_error.as_ref().map(|e| {
        // The whole workspace, not just the document shown: storage may
        // have refused any of them.
        let export = {
            let (state, dispatch) = (state.clone(), dispatch.clone());
            move |_: MouseEvent| {
                if let Err(e) = export_backup(&state.workspace, state.annotator.as_deref()) {
                    dispatch.emit(Action::Page(Page::Refused(e)))
                }
            }
        };
        html! {
            <div class="notice error storage" role="alert" data-testid="storage-error">
                <span>{ e }</span>
                <button type="button" data-testid="storage-export" onclick={export}>{ "Export the workspace now" }</button>
            </div>
        }
    });
    let set_aside = (!state.set_aside.is_empty()).then(|| {
        let records = state.set_aside.clone();
        let export = move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&*records).expect("records serialise");
            files::download("set-aside-records.json", "application/json", json.as_bytes());
        };
        let discard = { let d = dispatch.clone(); move |_: MouseEvent| d.emit(Action::Documents(Documents::DiscardSetAside)) };
        html! {
            <div class="notice error" role="alert" data-testid="set-aside">
                <span>{ format!("{} stored record(s) could not be read back and are kept aside, unchanged: ", state.set_aside.len()) }
                    { state.set_aside.iter().map(|r| r.reason.clone()).collect::<Vec<_>>().join("; ") }</span>
                <button type="button" data-testid="set-aside-export" onclick={export}>{ "Export them" }</button>
                <button type="button" class="link" data-testid="set-aside-discard" onclick={discard}>{ "Discard" }</button>
            </div>
        }
    });
    if let Some(halt) = &state.halted {
        return halted_page(&state, halt, &lock_events);
    }
    let history = &state.session().history;
    // The live region exists from the start: a region added with its text
    // is not announced. Its text is the last edit in words.
    let announcement = state.announcement.as_ref().map(|(seq, text)| {
        // The same sentence twice still changes the region's text.
        let pad = if seq % 2 == 0 { "" } else { "\u{a0}" };
        format!("{text}{pad}")
    });
    let update = state.update_ready.then(|| {
        // The service worker activates the new build, then the page reloads
        // (saving first, as on any reload).
        let reload = |_: MouseEvent| {
            if let Ok(event) = web_sys::Event::new("annotator-apply-update") {
                let _ = gloo::utils::window().dispatch_event(&event);
            }
        };
        html! {
            <div class="notice info" role="status" data-testid="update-ready">
                <span>{ "A new version of the annotator is ready." }</span>
                <button type="button" data-testid="update-reload" onclick={reload}>{ "Reload" }</button>
            </div>
        }
    });
    let caret_hint = state.caret_mode.then(|| {
        html! {
            <div class="caret-hint" role="status" data-testid="caret-hint">
                { "Caret mode: arrows move, Shift extends, then q s c r; Escape leaves" }
            </div>
        }
    });
    let text_scale = format!("--text-scale:{}", f32::from(state.text_size) / 100.0);
    html! {
        <div class="app" style={text_scale} ondragover={|e: DragEvent| e.prevent_default()} ondrop={on_drop}>
            <div class="sr-only" aria-live="polite" role="status" data-testid="announcer">{ announcement.unwrap_or_default() }</div>
            <div class="caret" data-testid="caret" aria-hidden="true" hidden=true></div>
            <Toolbar title={state.session().document.title.clone()} can_undo={history.can_undo()} can_redo={history.can_redo()} on_event={on_toolbar} />
            <input ref={file_input} type="file" hidden=true multiple=true accept=".txt,.md,.markdown,text/plain,text/markdown" data-testid="file-input" onchange={on_file_chosen.clone()} />
            <input ref={dataset_input} type="file" hidden=true multiple=true accept=".json,.jsonl,.csv,.tsv,.zip,.txt,.ann,.conf,.xml" data-testid="dataset-input" onchange={on_dataset_chosen} />
            <input ref={import_input} type="file" hidden=true accept=".json,application/json" data-testid="import-input" onchange={on_file_chosen} />
            // Messages come and go inside one element: the page's own
            // children stay the same, so a notice never rebuilds the
            // toolbar (and takes the keyboard focus from its buttons).
            <div class="notices">
                { for caret_hint }
                { for storage_error }
                { for update }
                { for set_aside }
                { for notice }
                if let Some(p) = &state.progress {
                    <div class="notice info" role="status" data-testid="progress">{ p }</div>
                }
            </div>
            <div class="workspace">
                if state.loaded {
                    <Article doc={DocRef(state.session().document.clone())} {blocks} onclick={on_article_click} />
                } else {
                    <main class="article" data-testid="loading"><p>{ "Opening your workspace…" }</p></main>
                }
                <SidePanel state={state.clone()} {dispatch} on_show={on_show} pending={pending} />
            </div>
            { dialog }
        </div>
    }
}

//! The document list: every document of the workspace with its counts and
//! "done" mark; filter by title, switch, remove (undoable), and how much
//! browser storage the workspace takes.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::components::side_panel::Watched;
use crate::ui::state::{Action, Documents};

#[derive(Properties, PartialEq)]
pub struct DocumentListProps {
    /// Compared by the workspace's, the document's and the annotations'
    /// revisions, the storage used and the removed count.
    pub view: Watched<(u64, u64, u64, usize, usize)>,
    pub dispatch: Callback<Action>,
}

/// Rows shown before "Show all": the list stays cheap with hundreds.
const ROWS_SHOWN: usize = 100;

fn megabytes(bytes: usize) -> String {
    if bytes < 1024 * 1024 {
        format!("{:.0} KB", bytes as f64 / 1024.0)
    } else {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
    }
}

#[function_component(DocumentList)]
pub fn document_list(props: &DocumentListProps) -> Html {
    let filter = use_state(String::new);
    let show_all = use_state(|| false);
    let state = &*props.view.state;
    let ws = &state.workspace;
    let wanted = filter.trim().to_lowercase();
    let matching: Vec<usize> = ws
        .entries()
        .enumerate()
        .filter(|(_, e)| {
            wanted.is_empty() || e.session.document.title.to_lowercase().contains(&wanted)
        })
        .map(|(i, _)| i)
        .collect();
    let limit = if *show_all { usize::MAX } else { ROWS_SHOWN };
    let d = &props.dispatch;
    let rows = matching.iter().take(limit).map(|&i| {
        let e = ws.get(i).expect("index from the list");
        let ann = &e.session.annotations;
        let current = i == ws.current_index();
        let switch = { let d = d.clone(); move |_| d.emit(Action::Documents(Documents::SwitchTo(i))) };
        let done = { let (d, was) = (d.clone(), e.done); move |_| d.emit(Action::Documents(Documents::SetDone(i, !was))) };
        let remove = { let d = d.clone(); move |_| d.emit(Action::Documents(Documents::RemoveDocument(i))) };
        let title = if e.session.document.title.is_empty() { "(untitled)".to_owned() } else { e.session.document.title.clone() };
        html! {
            <li key={e.session.document.id.clone()} class={classes!("doc-row", current.then_some("current"), e.done.then_some("done"))} data-testid="document-row">
                <input type="checkbox" checked={e.done} onchange={done} title="Done" aria-label="Done" data-testid="document-done" />
                <button type="button" class="link title" onclick={switch} data-testid="document-open" title={title.clone()}>{ title }</button>
                <span class="count" data-testid="document-counts">{ format!("{}q {}s", ann.quotes.len(), ann.speakers.len()) }</span>
                <button type="button" class="link" onclick={remove} aria-label="Remove document" title="Remove" data-testid="document-remove">{ "×" }</button>
            </li>
        }
    });
    let on_filter = {
        let filter = filter.clone();
        move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                filter.set(i.value());
            }
        }
    };
    let undo = {
        let d = d.clone();
        move |_| d.emit(Action::Documents(Documents::UndoRemove))
    };
    let expand = {
        let show_all = show_all.clone();
        move |_| show_all.set(true)
    };
    let more = matching.len().saturating_sub(limit);
    let done_count = ws.entries().filter(|e| e.done).count();
    html! {
        <section class="documents" data-testid="document-list">
            <h2>{ format!("Documents ({}, {} done)", ws.len(), done_count) }</h2>
            if ws.len() > 1 {
                <input type="search" placeholder="Filter by title" aria-label="Filter documents by title" data-testid="document-filter" oninput={on_filter} value={(*filter).clone()} />
            }
            <ol>{ for rows }</ol>
            if more > 0 {
                <button type="button" onclick={expand}>{ format!("Show all ({more} more)") }</button>
            }
            if state.workspace.removed_count() > 0 {
                <button type="button" data-testid="undo-remove" onclick={undo}>{ "Undo remove" }</button>
            }
            <p class="hint" data-testid="storage-used">{ format!("Stored in this browser: {}", megabytes(state.storage_used)) }</p>
        </section>
    }
}

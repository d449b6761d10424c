//! Dataset export and import dialogs: pick a format (and for export, the
//! current document or the whole workspace); an import is previewed — its
//! documents, counts and every problem with its location — and changes
//! nothing until the user confirms.

use yew::prelude::*;

use crate::ui::components::{select_value, use_dialog_focus};

use crate::domain::formats::Format;
use crate::domain::workspace::LayerChoice;
use crate::ui::components::side_panel::StateRef;
use crate::ui::state::{Action, Documents, Page, PendingImport};
use crate::ui::{files, formats_worker};

/// What each format is, for the menus.
fn describe(format: Format) -> &'static str {
    match format {
        Format::Native => "native JSON, one file per document",
        Format::Jsonl => "native JSONL, one document per line",
        Format::LabelStudio => "Label Studio tasks + labelling config",
        Format::Doccano => "doccano JSONL (entities, relations; UTF-16 offsets)",
        Format::Brat => "brat standoff (.txt + .ann, zipped)",
        Format::WebAnnotation => "W3C Web Annotation (JSON-LD)",
        Format::Csv => "CSV of quotes (spreadsheets)",
        Format::PlainRows => "rows of id, title, text (JSONL)",
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub state: StateRef,
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

#[function_component(ExportDialog)]
pub fn export_dialog(props: &ExportProps) -> Html {
    let format = use_state(|| Format::Jsonl);
    let whole = use_state(|| true);
    let layers = use_state(LayerChoice::default);
    // The file is being written (in the formats worker): a second click
    // would download it twice.
    let writing = use_state(|| false);
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone());
    let on_format = {
        let format = format.clone();
        move |e: Event| {
            if let Some(f) = Format::parse(&select_value(&e)) {
                format.set(f)
            }
        }
    };
    let on_scope = {
        let whole = whole.clone();
        move |e: Event| whole.set(select_value(&e) == "workspace")
    };
    let on_layers = {
        let layers = layers.clone();
        move |e: Event| {
            if let Some(c) = LayerChoice::parse(&select_value(&e)) {
                layers.set(c)
            }
        }
    };
    let download = {
        let (state, format, whole, dispatch, layers) = (
            props.state.clone(),
            *format,
            *whole,
            props.dispatch.clone(),
            *layers,
        );
        let writing = writing.clone();
        move |_| {
            let me = state.annotator.as_deref();
            let records = if whole {
                state.workspace.records_for(layers, me)
            } else {
                state.workspace.current().records_for(layers, me)
            };
            if records.is_empty() {
                dispatch.emit(Action::Page(Page::DialogDone(Err(
                    "Nothing to export: no document has a gold layer yet.".to_owned(),
                ))));
                return;
            }
            let n = records.len();
            let dispatch = dispatch.clone();
            writing.set(true);
            let writing = writing.clone();
            formats_worker::export(format, &records, move |written| {
                writing.set(false);
                let out = match written {
                    Ok(out) => out,
                    // Said in the page: a failed export never just does nothing.
                    Err(e) => {
                        let why = format!("The export could not be written: {e}.");
                        return dispatch.emit(Action::Page(Page::ExportDone(Err(why))));
                    }
                };
                files::download(&out.name, &out.mime, &out.bytes);
                dispatch.emit(Action::Page(Page::ExportDone(Ok(format!(
                    "Exported {n} {} as {}: {}.",
                    if layers == LayerChoice::All {
                        "records"
                    } else {
                        "documents"
                    },
                    format.name(),
                    out.name
                )))));
            });
        }
    };
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    let documents = props.state.workspace.len();
    html! {
        <div class="backdrop">
            <div ref={dialog} tabindex="-1" class="dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog">
                <h2 id="export-title">{ "Export" }</h2>
                <label>{ "Format " }
                    <select data-testid="export-format" onchange={on_format}>
                        { for Format::ALL.iter().map(|f| html! {
                            <option value={f.name()} selected={*f == *format}>{ format!("{} — {}", f.name(), describe(*f)) }</option>
                        }) }
                    </select>
                </label>
                <label>{ "Documents " }
                    <select data-testid="export-scope" onchange={on_scope}>
                        <option value="workspace" selected={*whole}>{ format!("the whole workspace ({documents})") }</option>
                        <option value="current" selected={!*whole}>{ "the current document" }</option>
                    </select>
                </label>
                <label>{ "Annotations " }
                    <select data-testid="export-layers" onchange={on_layers}>
                        <option value="shown" selected={*layers == LayerChoice::Shown}>{ "the layer shown (yours, or gold while curating)" }</option>
                        <option value="gold" selected={*layers == LayerChoice::Gold}>{ "gold only" }</option>
                        <option value="all" selected={*layers == LayerChoice::All}>{ "every layer, one record each (yours, gold, other annotators')" }</option>
                    </select>
                </label>
                if props.state.annotator.is_none() {
                    <p class="hint" data-testid="export-unnamed">{ "Your exports carry no annotator name: set “Your name as annotator” in the side panel, so that a curator can tell your work from theirs." }</p>
                }
                <div class="actions">
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                    <button type="button" class="primary" data-testid="export-download" onclick={download} disabled={*writing}>{ if *writing { "Writing…" } else { "Download" } }</button>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportPreviewProps {
    pub pending: PendingImport,
    pub dispatch: Callback<Action>,
}

/// Problems listed before "and N more".
const PROBLEMS_SHOWN: usize = 50;

#[function_component(ImportPreview)]
pub fn import_preview(props: &ImportPreviewProps) -> Html {
    let p = &props.pending;
    let report = &p.report;
    let d = &props.dispatch;
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone());
    let quotes: usize = report
        .records
        .iter()
        .map(|r| r.annotations.quotes.len())
        .sum();
    let mentions: usize = report
        .records
        .iter()
        .map(|r| r.annotations.mentions.len())
        .sum();
    let on_format = {
        let d = d.clone();
        move |e: Event| {
            if let Some(f) = Format::parse(&select_value(&e)) {
                d.emit(Action::Documents(Documents::ReadDatasetAs(f)))
            }
        }
    };
    let confirm = {
        let d = d.clone();
        move |_| d.emit(Action::Documents(Documents::ConfirmImport))
    };
    let cancel = {
        let d = d.clone();
        move |_| d.emit(Action::Page(Page::CloseDialog))
    };
    let more = report.problems.len().saturating_sub(PROBLEMS_SHOWN);
    html! {
        <div class="backdrop">
            <div ref={dialog} tabindex="-1" class="dialog" role="dialog" aria-modal="true" aria-labelledby="import-title" data-testid="import-preview">
                <h2 id="import-title">{ "Import" }</h2>
                <label>{ "Read as " }
                    <select data-testid="import-format" onchange={on_format}>
                        { for Format::ALL.iter().filter(|f| f.can_import()).map(|f| html! {
                            <option value={f.name()} selected={*f == p.format}>{ format!("{} — {}", f.name(), describe(*f)) }</option>
                        }) }
                    </select>
                </label>
                <p data-testid="import-summary">
                    { format!("{} documents with {quotes} quotes and {mentions} speaker mentions can be added; {} problems.", report.records.len(), report.problems.len()) }
                </p>
                if !report.problems.is_empty() {
                    <ul class="problems">
                        { for report.problems.iter().take(PROBLEMS_SHOWN).map(|pr| html! { <li data-testid="import-problem">{ pr.to_string() }</li> }) }
                        if more > 0 { <li>{ format!("and {more} more") }</li> }
                    </ul>
                }
                <p class="hint">{ "Nothing changes in your workspace until you add them." }</p>
                <div class="actions">
                    <button type="button" onclick={cancel}>{ "Cancel" }</button>
                    <button type="button" class="primary" data-testid="import-confirm" disabled={report.records.is_empty()} onclick={confirm}>
                        { format!("Add {} documents", report.records.len()) }
                    </button>
                </div>
            </div>
        </div>
    }
}

//! The toolbar: loading and saving documents, marking, undo and redo. Its
//! buttons only emit events; `app.rs` decides what they do.

use yew::prelude::*;

use crate::ui::keys::Command;

/// What a toolbar button asks for beyond the keyboard commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolbarEvent {
    Paste,
    OpenFile,
    Sample,
    ExportJson,
    ImportJson,
    OpenExport,
    OpenImport,
    Summary,
    Command(Command),
}

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub title: AttrValue,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_event: Callback<ToolbarEvent>,
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let button = |label: &'static str,
                  testid: &'static str,
                  hint: &'static str,
                  event: ToolbarEvent,
                  enabled: bool| {
        let on_event = props.on_event.clone();
        // Pressing a button must not clear the text selection it acts on.
        let keep_selection = Callback::from(|e: MouseEvent| e.prevent_default());
        html! {
            <button type="button" data-testid={testid} title={hint} disabled={!enabled}
                    onmousedown={keep_selection} onclick={move |_| on_event.emit(event)}>{ label }</button>
        }
    };
    html! {
        <header class="toolbar" data-testid="toolbar">
            <span class="brand" title={props.title.clone()}>{ "Annotator" }</span>
            <div class="group" role="group" aria-label="Document">
                { button("Paste", "open-paste", "Paste an article's text", ToolbarEvent::Paste, true) }
                { button("Open…", "open-file", "Open a .txt or .md file (or drop one on the page)", ToolbarEvent::OpenFile, true) }
                { button("Sample", "load-sample", "Go back to the sample article", ToolbarEvent::Sample, true) }
            </div>
            <div class="group" role="group" aria-label="Mark">
                { button("Quote", "mark-quote", "Mark the selection as a quote (q)", ToolbarEvent::Command(Command::MarkQuote), true) }
                { button("Speaker", "mark-speaker", "Mark the selection as a speaker mention (s)", ToolbarEvent::Command(Command::MarkMention), true) }
                { button("Cue", "mark-cue", "Mark the selection as the active quote's cue (c)", ToolbarEvent::Command(Command::MarkCue), true) }
            </div>
            <div class="group" role="group" aria-label="History">
                { button("Undo", "undo", "Undo (Ctrl+Z)", ToolbarEvent::Command(Command::Undo), props.can_undo) }
                { button("Redo", "redo", "Redo (Ctrl+Shift+Z or Ctrl+Y)", ToolbarEvent::Command(Command::Redo), props.can_redo) }
            </div>
            <div class="group" role="group" aria-label="Files">
                { button("Export JSON", "export-json", "Download the annotations as JSON", ToolbarEvent::ExportJson, true) }
                { button("Import JSON", "import-json", "Load an exported JSON file", ToolbarEvent::ImportJson, true) }
                { button("Export…", "open-export", "Export the workspace or this document: JSONL, Label Studio, doccano, brat, W3C, CSV", ToolbarEvent::OpenExport, true) }
                { button("Import…", "open-import", "Import documents: JSONL, CSV rows, Label Studio, doccano, brat", ToolbarEvent::OpenImport, true) }
            </div>
            { button("Who is quoted", "open-summary", "Quotes per speaker across all documents", ToolbarEvent::Summary, true) }
            { button("?", "help", "Keyboard shortcuts (?)", ToolbarEvent::Command(Command::Help), true) }
        </header>
    }
}

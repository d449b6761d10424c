//! The view components. Each renders props and dispatches actions; none
//! touches storage, files or the reducer's internals.

pub mod article;
pub mod datasets;
pub mod dialogs;
pub mod documents;
pub mod side_panel;
pub mod summary;
pub mod team;
pub mod toolbar;

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement};

/// The first `max_chars` characters of a text, with an ellipsis if cut.
pub(crate) fn excerpt(text: &str, max_chars: usize) -> String {
    let mut out: String = text.chars().take(max_chars).collect();
    if text.chars().nth(max_chars).is_some() {
        out.push('…');
    }
    out
}

/// The value of the input an event came from.
pub(crate) fn input_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The value of the select an event came from.
pub(crate) fn select_value(e: &Event) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

/// Focus for a dialog: it moves to `target` (the dialog, or its first
/// field) when the dialog opens, and back to where it was when it closes,
/// so a keyboard user continues from the button or text they left.
#[yew::hook]
pub(crate) fn use_dialog_focus(target: yew::NodeRef) {
    yew::use_effect_with((), move |_| {
        let previous = gloo::utils::document().active_element();
        if let Some(el) = target.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
        move || {
            if let Some(el) = previous.and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok()) {
                if el.is_connected() {
                    let _ = el.focus();
                }
            }
        }
    });
}

//! Dialogs over the page: pasting text, the speaker picker, the keyboard
//! help. Each closes on Escape (handled by the app) or its close button.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::domain::annotations::{name_key, Speaker, SpeakerId};
use crate::ui::components::use_dialog_focus;
use crate::ui::keys::HELP;

#[derive(Properties, PartialEq)]
pub struct PasteProps {
    pub on_submit: Callback<String>,
    pub on_close: Callback<()>,
}

#[function_component(PasteDialog)]
pub fn paste_dialog(props: &PasteProps) -> Html {
    let area = use_node_ref();
    use_dialog_focus(area.clone());
    let submit = {
        let (area, on_submit) = (area.clone(), props.on_submit.clone());
        move |_| {
            if let Some(a) = area.cast::<HtmlTextAreaElement>() {
                on_submit.emit(a.value());
            }
        }
    };
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    html! {
        <div class="backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="paste-title" data-testid="paste-dialog">
                <h2 id="paste-title">{ "Paste an article" }</h2>
                <p>{ "The first line becomes the headline; blank lines separate paragraphs." }</p>
                <textarea ref={area} rows="14" data-testid="paste-text" aria-label="Article text" />
                <div class="actions">
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                    <button type="button" class="primary" data-testid="paste-submit" onclick={submit}>{ "Load text" }</button>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PickerProps {
    pub speakers: Vec<Speaker>,
    pub current: Option<SpeakerId>,
    pub on_pick: Callback<Option<SpeakerId>>,
    /// A name that matches no speaker: a new one is made.
    pub on_new: Callback<String>,
    pub on_close: Callback<()>,
}

/// Options listed at once: typing narrows a thousand speakers to these.
const PICKER_SHOWN: usize = 50;

#[function_component(SpeakerPicker)]
pub fn speaker_picker(props: &PickerProps) -> Html {
    let query = use_state(String::new);
    let highlighted = use_state(|| 0usize);
    let input = use_node_ref();
    use_dialog_focus(input.clone());
    let query_key = name_key(&query);
    let mut found: Vec<&Speaker> = props
        .speakers
        .iter()
        .filter(|s| s.found_by(&query_key))
        .collect();
    let hidden = found.len().saturating_sub(PICKER_SHOWN);
    found.truncate(PICKER_SHOWN);
    let chosen = found
        .get((*highlighted).min(found.len().saturating_sub(1)))
        .map(|s| s.id);
    let oninput = {
        let (query, highlighted) = (query.clone(), highlighted.clone());
        move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.value());
            query.set(value.unwrap_or_default());
            highlighted.set(0);
        }
    };
    let onkeydown = {
        let (query, highlighted) = (query.clone(), highlighted.clone());
        let (on_pick, on_new) = (props.on_pick.clone(), props.on_new.clone());
        let count = found.len();
        move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                match chosen {
                    Some(id) => on_pick.emit(Some(id)),
                    None if !query.trim().is_empty() => on_new.emit((*query).clone()),
                    None => {}
                }
            }
            "ArrowDown" => {
                e.prevent_default();
                highlighted.set((*highlighted + 1).min(count.saturating_sub(1)));
            }
            "ArrowUp" => {
                e.prevent_default();
                highlighted.set(highlighted.saturating_sub(1));
            }
            _ => {}
        }
    };
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    let unattribute = {
        let p = props.on_pick.clone();
        move |_| p.emit(None)
    };
    html! {
        <div class="backdrop">
            <div class="dialog picker" role="dialog" aria-modal="true" aria-label="Pick a speaker" data-testid="speaker-picker">
                <input ref={input} type="text" placeholder="Type a name; Enter picks, or makes a new speaker"
                       aria-label="Speaker name" data-testid="speaker-picker-input" {oninput} {onkeydown} />
                <ul role="listbox" aria-label="Speakers">
                    { for found.iter().map(|s| {
                        let id = s.id;
                        let on_pick = props.on_pick.clone();
                        let class = classes!("option", (Some(id) == chosen).then_some("highlighted"), (Some(id) == props.current).then_some("current"));
                        html! {
                            <li role="option" aria-selected={(Some(id) == chosen).to_string()} {class} data-testid="picker-option" onclick={move |_| on_pick.emit(Some(id))}>
                                <span class={format!("swatch sc-{}", s.color)}></span>{ &s.name }
                            </li>
                        }
                    }) }
                    if hidden > 0 {
                        <li class="option more" role="option" aria-disabled="true" aria-selected="false">{ format!("{hidden} more: type to narrow") }</li>
                    }
                    if found.is_empty() && !query.trim().is_empty() {
                        <li class="option new" role="option" aria-selected="false">{ format!("Enter: new speaker “{}”", query.trim()) }</li>
                    }
                </ul>
                <div class="actions">
                    <button type="button" onclick={unattribute}>{ "Unattributed" }</button>
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

#[function_component(HelpOverlay)]
pub fn help_overlay(props: &HelpProps) -> Html {
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone());
    html! {
        <div class="backdrop" onclick={close.clone()}>
            <div ref={dialog} tabindex="-1" class="dialog help" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay">
                <h2 id="help-title">{ "Keyboard" }</h2>
                <table>
                    { for HELP.iter().map(|(k, what)| html! { <tr><td><kbd>{ *k }</kbd></td><td>{ *what }</td></tr> }) }
                </table>
                <div class="actions"><button type="button" onclick={close}>{ "Close" }</button></div>
            </div>
        </div>
    }
}

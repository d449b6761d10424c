//! The side panel: the active span's editor, the speaker list (rename,
//! aliases, merge, delete, counts) and the quotes in reading order.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::evaluation::THRESHOLDS;

use crate::ui::components::{excerpt, input_value, select_value};

use crate::domain::annotations::name_key;
use crate::domain::annotations::{QuoteKind, SpanRef, Speaker, SpeakerId};
use crate::domain::edit::Edit;
use crate::domain::review::CandidateKind;
use crate::domain::review::Candidates;
use crate::ui::components::documents::DocumentList;
use crate::ui::components::team::{AnnotatorName, CurationPanel, LayerBar};
use crate::ui::state::{Action, Annotating, AppState, Dialog, Page, Reviewing, TEXT_SIZES};

/// Quotes listed before "Show all": keeps the panel cheap on long articles
/// (200 of them were a third of the render that opens a 1 MB article).
const QUOTES_SHOWN: usize = 50;

/// The reducer's state; handles compare by identity of the state.
pub type StateRef = UseReducerHandle<AppState>;

/// What a panel part reads: the state, compared only by `key`, the
/// revisions and values the part shows. Any other action leaves the part's
/// props equal, so Yew skips it: an edit re-renders what it changes.
#[derive(Clone)]
pub struct Watched<K> {
    pub state: StateRef,
    pub key: K,
}

impl<K: PartialEq> PartialEq for Watched<K> {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl<K> Watched<K> {
    pub fn new(state: &StateRef, key: K) -> Self {
        Watched {
            state: state.clone(),
            key,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    pub state: StateRef,
    pub dispatch: Callback<Action>,
    /// Activates a span and scrolls it into view.
    pub on_show: Callback<SpanRef>,
    /// The pending suggestions (computed once, shared with the article).
    pub pending: Rc<Vec<usize>>,
}

#[function_component(SidePanel)]
pub fn side_panel(props: &SidePanelProps) -> Html {
    let s = &props.state;
    let documents = Watched::new(
        s,
        (
            s.workspace_revision,
            s.document_revision,
            s.annotations_revision,
            s.storage_used,
            s.workspace.removed_count(),
        ),
    );
    let editor = Watched::new(s, (s.active, s.annotations_revision, s.document_revision));
    let suggestions = Watched::new(
        s,
        (
            s.suggestions.as_ref().map(Rc::as_ptr),
            s.annotations_revision,
            s.document_revision,
            s.active_suggestion,
            s.show_suggestions,
            s.min_confidence.to_bits(),
        ),
    );
    let speakers = Watched::new(s, (s.annotations_revision, s.document_revision));
    let quotes = Watched::new(s, (s.annotations_revision, s.document_revision, s.active));
    let layers = Watched::new(
        s,
        (
            s.workspace_revision,
            s.annotations_revision,
            s.document_revision,
        ),
    );
    let curation = Watched::new(
        s,
        (
            s.workspace_revision,
            s.annotations_revision,
            s.document_revision,
            s.curation_item,
            s.annotator.clone(),
        ),
    );
    html! {
        <aside class="side-panel" data-testid="side-panel">
            <DocumentList view={documents} dispatch={props.dispatch.clone()} />
            <LayerBar view={layers} dispatch={props.dispatch.clone()} />
            <CurationPanel view={curation} dispatch={props.dispatch.clone()} />
            <ActiveEditor view={editor} dispatch={props.dispatch.clone()} />
            <SuggestionPanel view={suggestions} pending={props.pending.clone()} dispatch={props.dispatch.clone()} />
            <SpeakerList view={speakers} dispatch={props.dispatch.clone()} />
            <QuoteList view={quotes} on_show={props.on_show.clone()} />
            <TextSize size={props.state.text_size} dispatch={props.dispatch.clone()} />
            <AnnotatorName name={props.state.annotator.clone()} dispatch={props.dispatch.clone()} />
            <p class="hint">{ "Press ? for the keyboard shortcuts, v to select with the keyboard." }</p>
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct TextSizeProps {
    size: u16,
    dispatch: Callback<Action>,
}

/// The article's text size (a setting kept in this browser).
#[function_component(TextSize)]
fn text_size(props: &TextSizeProps) -> Html {
    let onchange = {
        let d = props.dispatch.clone();
        move |e: Event| {
            if let Ok(size) = select_value(&e).parse() {
                d.emit(Action::Page(Page::SetTextSize(size)))
            }
        }
    };
    html! {
        <label class="text-size">{ "Text size " }
            <select data-testid="text-size" {onchange}>
                { for TEXT_SIZES.iter().map(|&s| html! {
                    <option value={s.to_string()} selected={s == props.size}>{ format!("{s}%") }</option>
                }) }
            </select>
        </label>
    }
}

/// What is active and the session it is in.
type EditorKey = (Option<SpanRef>, u64, u64);

#[derive(Properties, PartialEq)]
struct EditorProps {
    view: Watched<EditorKey>,
    dispatch: Callback<Action>,
}

#[function_component(ActiveEditor)]
fn active_editor(props: &EditorProps) -> Html {
    let state = &*props.view.state;
    let ann = &state.session().annotations;
    let text = &state.session().document.text;
    let d = props.dispatch.clone();
    let delete = {
        let d = d.clone();
        move |_| d.emit(Action::Annotating(Annotating::DeleteActive))
    };
    match state.active {
        Some(SpanRef::Quote(id)) => {
            let Some(q) = ann.quote(id) else {
                return html! {};
            };
            // The picker, not a menu of every speaker: it filters as you
            // type and stays small with a thousand speakers.
            let pick_speaker = {
                let d = d.clone();
                move |_| d.emit(Action::Page(Page::Open(Dialog::SpeakerPicker)))
            };
            let speaker_name = q
                .speaker
                .and_then(|s| ann.speaker(s))
                .map_or("— unattributed —".to_owned(), |s| s.name.clone());
            let on_kind = {
                let d = d.clone();
                move |e: Event| {
                    if let Some(k) = QuoteKind::parse(&select_value(&e)) {
                        d.emit(Action::Annotating(Annotating::SetActiveKind(k)))
                    }
                }
            };
            let clear_cue = {
                let d = d.clone();
                move |_| {
                    d.emit(Action::Annotating(Annotating::Edit(Edit::SetCue {
                        quote: id,
                        cue: None,
                    })))
                }
            };
            html! {
                <section class="active-editor" data-testid="active-editor">
                    <h2>{ "Quote" }</h2>
                    <blockquote data-testid="active-text">{ excerpt(&text[q.range.clone()], 240) }</blockquote>
                    <p class="speaker">{ "Speaker: " }<strong data-testid="active-speaker-name">{ speaker_name }</strong>{ " " }
                        <button type="button" class="link" data-testid="active-speaker" onclick={pick_speaker}>{ "change (a)" }</button>
                    </p>
                    <label>{ "Kind " }
                        <select data-testid="active-kind" onchange={on_kind}>
                            { for QuoteKind::ALL.iter().map(|k| html! {
                                <option value={k.as_str()} selected={q.kind == *k}>{ k.as_str() }</option>
                            }) }
                        </select>
                    </label>
                    <p class="cue" data-testid="active-cue">{ "Cue: " }
                        { match &q.cue {
                            Some(c) => html! { <>
                                <q>{ &text[c.clone()] }</q>{ " " }
                                <button type="button" class="link" onclick={clear_cue}>{ "remove" }</button>
                            </> },
                            None => html! { <em>{ "none — select words like “said” and press c" }</em> },
                        } }
                    </p>
                    <button type="button" data-testid="delete-active" onclick={delete}>{ "Delete quote" }</button>
                </section>
            }
        }
        Some(SpanRef::Mention(id)) => {
            let Some(m) = ann.mention(id) else {
                return html! {};
            };
            let name = ann
                .speaker(m.speaker)
                .map(|s| s.name.clone())
                .unwrap_or_default();
            html! {
                <section class="active-editor" data-testid="active-editor">
                    <h2>{ "Speaker mention" }</h2>
                    <p><q data-testid="active-text">{ &text[m.range.clone()] }</q>{ " refers to " }<strong>{ name }</strong></p>
                    <button type="button" data-testid="delete-active" onclick={delete}>{ "Delete mention" }</button>
                </section>
            }
        }
        None => html! {
            <section class="active-editor empty" data-testid="active-editor">
                <p>{ "Select text and press " }<kbd>{ "q" }</kbd>{ " for a quote or " }<kbd>{ "s" }</kbd>{ " for a speaker; click a highlight to edit it." }</p>
            </section>
        },
    }
}

#[derive(Properties, PartialEq)]
struct SpeakerListProps {
    view: Watched<(u64, u64)>,
    dispatch: Callback<Action>,
}

/// Speakers listed before "Show more": a thousand rows would make every
/// edit re-render a thousand rows.
const SPEAKERS_SHOWN: usize = 40;

#[function_component(SpeakerList)]
fn speaker_list(props: &SpeakerListProps) -> Html {
    let shown = use_state(|| SPEAKERS_SHOWN);
    let filter = use_state(String::new);
    let state = &*props.view.state;
    let ann = &state.session().annotations;
    let add = {
        let d = props.dispatch.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                if let Some(input) = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                {
                    d.emit(Action::Annotating(Annotating::Edit(Edit::AddSpeaker {
                        name: input.value(),
                    })));
                    input.set_value("");
                }
            }
        }
    };
    let unattributed = ann.quotes.iter().filter(|q| q.speaker.is_none()).count();
    // One pass for every speaker's counts, and one shared list of names
    // for the merge menus: long articles have thousands of spans.
    let mut quote_counts: HashMap<SpeakerId, usize> = HashMap::new();
    for q in &ann.quotes {
        if let Some(s) = q.speaker {
            *quote_counts.entry(s).or_default() += 1;
        }
    }
    let mut mention_counts: HashMap<SpeakerId, usize> = HashMap::new();
    for m in &ann.mentions {
        *mention_counts.entry(m.speaker).or_default() += 1;
    }
    let names: Rc<[(SpeakerId, String)]> = ann
        .speakers
        .iter()
        .map(|s| (s.id, s.name.clone()))
        .collect();
    let wanted = name_key(&filter);
    let matching: Vec<(usize, &Speaker)> = ann
        .speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.found_by(&wanted))
        .collect();
    let more = matching.len().saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        move |_| shown.set(*shown + 200)
    };
    let on_filter = {
        let filter = filter.clone();
        move |e: InputEvent| filter.set(input_value(&e))
    };
    html! {
        <section class="speakers" data-testid="speaker-list">
            <h2>{ format!("Speakers ({})", ann.speakers.len()) }</h2>
            if ann.speakers.len() > SPEAKERS_SHOWN {
                <input type="search" placeholder="Filter speakers" aria-label="Filter speakers by name or alias"
                       data-testid="speaker-filter" oninput={on_filter} value={(*filter).clone()} />
            }
            <ol>
                { for matching.iter().take(*shown).map(|&(i, s)| html! {
                    <SpeakerRow key={s.id.0} number={i + 1} speaker={s.clone()}
                        names={names.clone()}
                        quotes={quote_counts.get(&s.id).copied().unwrap_or(0)}
                        mentions={mention_counts.get(&s.id).copied().unwrap_or(0)}
                        dispatch={props.dispatch.clone()} />
                }) }
            </ol>
            if more > 0 {
                <button type="button" data-testid="speaker-more" onclick={show_more}>{ format!("Show more ({more} more)") }</button>
            }
            <p class="counts" data-testid="unattributed-count">{ format!("{unattributed} unattributed of {} quotes", ann.quotes.len()) }</p>
            <input type="text" placeholder="Add a speaker, then Enter" data-testid="add-speaker" onkeydown={add} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SpeakerRowProps {
    number: usize,
    speaker: Speaker,
    /// Every speaker's id and name, for the merge menu.
    names: Rc<[(SpeakerId, String)]>,
    quotes: usize,
    mentions: usize,
    dispatch: Callback<Action>,
}

#[function_component(SpeakerRow)]
fn speaker_row(props: &SpeakerRowProps) -> Html {
    let s = &props.speaker;
    let id = s.id;
    let d = &props.dispatch;
    let rename = {
        let d = d.clone();
        move |e: Event| {
            d.emit(Action::Annotating(Annotating::Edit(Edit::RenameSpeaker {
                speaker: id,
                name: input_value(&e),
            })))
        }
    };
    let aliases = {
        let d = d.clone();
        move |e: Event| {
            let aliases = input_value(&e)
                .split(',')
                .map(|a| a.trim().to_owned())
                .collect();
            d.emit(Action::Annotating(Annotating::Edit(Edit::SetAliases {
                speaker: id,
                aliases,
            })))
        }
    };
    let merge = {
        let d = d.clone();
        move |e: Event| {
            if let Some(into) = SpeakerId::parse(&select_value(&e)) {
                d.emit(Action::Annotating(Annotating::Edit(Edit::MergeSpeakers {
                    from: id,
                    into,
                })))
            }
        }
    };
    let delete = {
        let d = d.clone();
        move |_| {
            d.emit(Action::Annotating(Annotating::Edit(Edit::DeleteSpeaker(
                id,
            ))))
        }
    };
    let number = if props.number <= 9 {
        props.number.to_string()
    } else {
        String::new()
    };
    // The merge menu lists every speaker: built only when the row is open.
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        move |e: Event| {
            let is_open = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            open.set(is_open);
        }
    };
    html! {
        <li class="speaker-row" data-testid="speaker-row" data-speaker={id.label()}>
            <span class={format!("swatch sc-{}", s.color)} title={format!("key {number}")}>{ number }</span>
            <input class="name" type="text" value={s.name.clone()} aria-label="Speaker name" data-testid="speaker-name" onchange={rename} />
            <span class="count" data-testid="speaker-quote-count" title="quotes attributed">{ props.quotes }</span>
            <span class="count mentions" title="mentions">{ format!("{}m", props.mentions) }</span>
            <details {ontoggle}>
                <summary>{ "…" }</summary>
                if *open {
                <label>{ "Aliases " }<input type="text" value={s.aliases.join(", ")} data-testid="speaker-aliases" onchange={aliases} /></label>
                <label>{ "Merge into " }
                    <select data-testid="speaker-merge" onchange={merge}>
                        <option value="" selected=true>{ "—" }</option>
                        { for props.names.iter().filter(|(oid, _)| *oid != id).map(|(oid, name)| html! { <option value={oid.label()}>{ name }</option> }) }
                    </select>
                </label>
                <button type="button" data-testid="speaker-delete" onclick={delete}>{ "Delete speaker" }</button>
                }
            </details>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct QuoteListProps {
    view: Watched<(u64, u64, Option<SpanRef>)>,
    on_show: Callback<SpanRef>,
}

#[function_component(QuoteList)]
fn quote_list(props: &QuoteListProps) -> Html {
    let show_all = use_state(|| false);
    let state = &*props.view.state;
    let ann = &state.session().annotations;
    let text = &state.session().document.text;
    let limit = if *show_all { usize::MAX } else { QUOTES_SHOWN };
    let items = ann.quotes.iter().take(limit).map(|q| {
        let speaker = q.speaker.and_then(|s| ann.speaker(s));
        html! {
            <QuoteItem key={q.id.0} span={SpanRef::Quote(q.id)} label={q.id.label()}
                excerpt={excerpt(&text[q.range.clone()], 90)}
                speaker={speaker.map(|s| (s.name.clone(), s.color))}
                active={state.active == Some(SpanRef::Quote(q.id))}
                on_show={props.on_show.clone()} />
        }
    });
    let more = ann.quotes.len().saturating_sub(limit);
    let expand = {
        let show_all = show_all.clone();
        move |_| show_all.set(true)
    };
    html! {
        <section class="quotes" data-testid="quote-list">
            <h2>{ format!("Quotes ({})", ann.quotes.len()) }</h2>
            <ol>{ for items }</ol>
            if more > 0 {
                <button type="button" onclick={expand}>{ format!("Show all ({more} more)") }</button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct QuoteItemProps {
    span: SpanRef,
    label: AttrValue,
    excerpt: AttrValue,
    /// Name and palette colour of the speaker, if attributed.
    speaker: Option<(String, u8)>,
    active: bool,
    on_show: Callback<SpanRef>,
}

#[function_component(QuoteItem)]
fn quote_item(props: &QuoteItemProps) -> Html {
    let (span, on_show) = (props.span, props.on_show.clone());
    let class = classes!("quote-item", props.active.then_some("active"));
    let (name, color) = match &props.speaker {
        Some((name, color)) => (name.clone(), format!("who sc-{color}")),
        None => ("unattributed".to_owned(), "who".to_owned()),
    };
    html! {
        <li {class} data-testid="quote-item" data-quote={props.label.clone()} onclick={move |_| on_show.emit(span)}>
            <span class="excerpt">{ props.excerpt.clone() }</span>
            <span class={color} data-testid="quote-speaker">{ name }</span>
        </li>
    }
}

/// The candidates, the session, the one under review and the settings.
type SuggestionKey = (
    Option<*const Candidates>,
    u64,
    u64,
    Option<usize>,
    bool,
    u32,
);

#[derive(Properties, PartialEq)]
pub struct SuggestionPanelProps {
    view: Watched<SuggestionKey>,
    pending: Rc<Vec<usize>>,
    pub dispatch: Callback<Action>,
}

/// Speakers listed with their pending suggestions before "Show all".
const SUGGESTION_SPEAKERS_SHOWN: usize = 25;

/// Suggestions: on/off, the one under review, and bulk decisions per
/// speaker or for the whole document.
#[function_component(SuggestionPanel)]
pub fn suggestion_panel(props: &SuggestionPanelProps) -> Html {
    let all_speakers = use_state(|| false);
    let state = &*props.view.state;
    // Grouped once per set of pending suggestions: an edit that leaves
    // them as they were does not regroup thousands.
    let groups = {
        let candidates = state.suggestions.clone();
        use_memo(
            (props.pending.clone(), candidates.as_ref().map(Rc::as_ptr)),
            move |(pending, _)| match candidates {
                Some(c) => by_speaker(&c, pending),
                None => Vec::new(),
            },
        )
    };
    let d = &props.dispatch;
    let toggle = {
        let (d, show) = (d.clone(), state.show_suggestions);
        move |_| d.emit(Action::Reviewing(Reviewing::ShowSuggestions(!show)))
    };
    let threshold = {
        let d = d.clone();
        move |e: Event| {
            if let Some(t) = e
                .target_dyn_into::<web_sys::HtmlSelectElement>()
                .and_then(|s| s.value().parse::<f32>().ok())
            {
                d.emit(Action::Reviewing(Reviewing::SetMinConfidence(t)))
            }
        }
    };
    let header = html! {
        <>
            <label class="toggle">
                <input type="checkbox" data-testid="toggle-suggestions" checked={state.show_suggestions} onchange={toggle} />
                { " Show suggestions" }
            </label>
            <label class="threshold">
                { "Confidence at least " }
                <select data-testid="min-confidence" onchange={threshold}>
                    { for THRESHOLDS.iter().map(|t| html! {
                        <option value={format!("{t}")} selected={(*t - state.min_confidence).abs() < 1e-6}>
                            { if *t == 0.0 { "any".to_owned() } else { format!("{t:.1}") } }
                        </option>
                    }) }
                </select>
            </label>
        </>
    };
    let Some(c) = state
        .suggestions
        .as_ref()
        .filter(|_| state.show_suggestions)
    else {
        let ready = state.suggestions.is_some().to_string();
        return html! { <section class="suggestions" data-testid="suggestions" data-ready={ready}><h2>{ "Suggestions" }</h2>{ header }</section> };
    };
    // Shared, not copied: thousands of indexes, copied only on a click.
    let pending = props.pending.clone();
    let text = &state.session().document.text;
    let current = state.active_suggestion.map(|i| {
        let item = &c.items[i];
        let what = match &item.kind {
            CandidateKind::Quote { kind, .. } => format!("{} quote", kind.as_str()),
            CandidateKind::Mention => "speaker mention".to_owned(),
        };
        let accept = { let d = d.clone(); move |_| d.emit(Action::Reviewing(Reviewing::AcceptSuggestion)) };
        let reject = { let d = d.clone(); move |_| d.emit(Action::Reviewing(Reviewing::RejectSuggestion)) };
        html! {
            <div class="current" data-testid="suggestion-current" data-suggestion={format!("g{i}")}>
                <blockquote>{ excerpt(&text[item.range.clone()], 200) }</blockquote>
                <p>{ what }{ " — " }<strong data-testid="suggestion-speaker">{ c.speaker_name(i).unwrap_or("no speaker") }</strong></p>
                <p class="hint">{ format!("rule {} · confidence {:.2}", item.rule, item.confidence) }</p>
                <button type="button" class="primary" data-testid="suggestion-accept" onclick={accept}>{ "Accept (y)" }</button>
                { " " }
                <button type="button" data-testid="suggestion-reject" onclick={reject}>{ "Reject (n)" }</button>
            </div>
        }
    });
    let hidden_speakers = if *all_speakers {
        0
    } else {
        groups.len().saturating_sub(SUGGESTION_SPEAKERS_SHOWN)
    };
    let shown_groups = &groups[..groups.len() - hidden_speakers];
    let show_all_speakers = {
        let all_speakers = all_speakers.clone();
        move |_| all_speakers.set(true)
    };
    let accept_all = {
        let (d, p) = (d.clone(), pending.clone());
        move |_| {
            d.emit(Action::Reviewing(Reviewing::AcceptSuggestions(
                (*p).clone(),
            )))
        }
    };
    let reject_all = {
        let (d, p) = (d.clone(), pending.clone());
        move |_| {
            d.emit(Action::Reviewing(Reviewing::RejectSuggestions(
                (*p).clone(),
            )))
        }
    };
    let next = {
        let d = d.clone();
        move |_| d.emit(Action::Reviewing(Reviewing::NextSuggestion))
    };
    html! {
        <section class="suggestions" data-testid="suggestions" data-ready="true">
            <h2>{ format!("Suggestions ({} to review)", pending.len()) }</h2>
            { header }
            { for current }
            if state.active_suggestion.is_none() && !pending.is_empty() {
                <p><button type="button" data-testid="suggestion-next" onclick={next}>{ "Review the next (j)" }</button></p>
            }
            if !pending.is_empty() {
                <ul class="by-speaker">
                    { for shown_groups.iter().map(|(name, items)| {
                        let (d, items) = (d.clone(), items.clone());
                        let n = items.len();
                        html! {
                            <li data-testid="suggestion-speaker-row">
                                <span>{ format!("{name}: {n}") }</span>
                                <button type="button" data-testid="accept-speaker-suggestions"
                                    onclick={move |_| d.emit(Action::Reviewing(Reviewing::AcceptSuggestions(items.clone())))}>{ "Accept" }</button>
                            </li>
                        }
                    }) }
                </ul>
                if hidden_speakers > 0 {
                    <button type="button" class="link" onclick={show_all_speakers}>{ format!("Show all ({hidden_speakers} more speakers)") }</button>
                }
                <p>
                    <button type="button" data-testid="accept-all-suggestions" onclick={accept_all}>{ format!("Accept all {}", pending.len()) }</button>
                    { " " }
                    <button type="button" data-testid="reject-all-suggestions" onclick={reject_all}>{ "Reject all" }</button>
                </p>
            }
        </section>
    }
}

/// Pending suggestions grouped by speaker name, most first (one map lookup
/// per suggestion: thousands pending, hundreds of speakers).
fn by_speaker(c: &Candidates, pending: &[usize]) -> Vec<(String, Vec<usize>)> {
    let mut groups: HashMap<&str, Vec<usize>> = HashMap::new();
    for &i in pending {
        groups
            .entry(c.speaker_name(i).unwrap_or("no speaker"))
            .or_default()
            .push(i);
    }
    let mut by_speaker: Vec<(String, Vec<usize>)> = groups
        .into_iter()
        .map(|(name, items)| (name.to_owned(), items))
        .collect();
    by_speaker.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    by_speaker
}

//! Several annotators: the user's annotator name, the switch between their
//! own layer and gold, the agreement dialog (figures over the workspace and
//! per document, each opening that document's disagreements), and the
//! curation list shown while gold is curated. Figures and items come from
//! the domain (`domain::agreement`, `domain::curation`); this file renders
//! them and dispatches actions.

use yew::prelude::*;

use crate::domain::agreement::{averages_of, figure, Agreement, Label, PairAgreement, Strictness};
use crate::domain::curation::{Curation, Item, Status, Version};
use crate::domain::workspace::Editing;
use crate::ui::components::side_panel::{StateRef, Watched};
use crate::ui::components::{excerpt, input_value, use_dialog_focus};
use crate::ui::state::{Action, Curating, Dialog, Page};

/// A figure without padding: "0.833", or "–" where it is undefined.
fn shown(value: Option<f64>) -> String {
    match value {
        Some(_) => figure(value).trim().to_owned(),
        None => "–".to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct AnnotatorNameProps {
    pub name: Option<String>,
    pub dispatch: Callback<Action>,
}

/// "Your name as annotator": carried by every export.
#[function_component(AnnotatorName)]
pub fn annotator_name(props: &AnnotatorNameProps) -> Html {
    let onchange = {
        let d = props.dispatch.clone();
        move |e: Event| d.emit(Action::Page(Page::SetAnnotator(input_value(&e))))
    };
    html! {
        <label class="annotator-name">{ "Your name as annotator " }
            <input type="text" data-testid="annotator-name" placeholder="e.g. Ana"
                value={props.name.clone().unwrap_or_default()} {onchange} />
        </label>
    }
}

#[derive(Properties, PartialEq)]
pub struct LayerBarProps {
    pub view: Watched<(u64, u64, u64)>,
    pub dispatch: Callback<Action>,
}

/// Which layer is edited (yours or gold), whose layers are here to read,
/// and the way to the agreement figures. Shown once any document has
/// another annotator's layer or gold.
#[function_component(LayerBar)]
pub fn layer_bar(props: &LayerBarProps) -> Html {
    let state = &*props.view.state;
    let team = state
        .workspace
        .entries()
        .any(|e| !e.layers.is_empty() || e.gold().is_some());
    if !team {
        return html! {};
    }
    let entry = state.workspace.current();
    let switch = |which: Editing| {
        let d = props.dispatch.clone();
        move |_: MouseEvent| d.emit(Action::Curating(Curating::EditLayer(which)))
    };
    let agreement = {
        let d = props.dispatch.clone();
        move |_: MouseEvent| d.emit(Action::Page(Page::Open(Dialog::Agreement)))
    };
    let viewing = state.viewing.as_ref().map(|(i, _)| *i);
    let own = viewing.is_none() && entry.editing == Editing::Own;
    let gold = viewing.is_none() && entry.editing == Editing::Gold;
    let others: Vec<&str> = entry.layers.iter().map(|l| l.annotator.as_str()).collect();
    let view_buttons = others.iter().enumerate().map(|(i, name)| {
        let d = props.dispatch.clone();
        let view = move |_: MouseEvent| d.emit(Action::Curating(Curating::View(i)));
        html! {
            <button type="button" data-testid={format!("view-layer-{}", i + 1)} aria-pressed={(viewing == Some(i)).to_string()} onclick={view}>
                { format!("{name} (read only)") }
            </button>
        }
    });
    html! {
        <section class="layers" data-testid="layers" aria-label="Layers">
            <div class="layer-switch" role="group" aria-label="Layer shown">
                <button type="button" data-testid="layer-own" aria-pressed={own.to_string()} onclick={switch(Editing::Own)}>{ "Your annotations" }</button>
                <button type="button" data-testid="layer-gold" aria-pressed={gold.to_string()} onclick={switch(Editing::Gold)}>{ "Gold" }</button>
                { for view_buttons }
            </div>
            <p class="hint" data-testid="layers-read-only">{
                match (state.viewed_annotator(), others.is_empty()) {
                    (Some(name), _) => format!("Showing {name}'s annotations, read only: switch to yours or gold to edit."),
                    (None, true) => "No other annotator's layer in this document.".to_owned(),
                    (None, false) => format!("Read only here: {}.", others.join(", ")),
                }
            }</p>
            <button type="button" data-testid="open-agreement" onclick={agreement}>{ "Agreement…" }</button>
        </section>
    }
}

/// What the curation list shows: workspace, annotations and document
/// revisions, the item under review, the user's name.
pub type CurationKey = (u64, u64, u64, Option<usize>, Option<String>);

#[derive(Properties, PartialEq)]
pub struct CurationPanelProps {
    pub view: Watched<CurationKey>,
    pub dispatch: Callback<Action>,
}

/// While gold is curated: the progress line, "accept all agreed", and
/// every item with its status (a symbol and a colour), each annotator's
/// version and the keys to decide.
#[function_component(CurationPanel)]
pub fn curation_panel(props: &CurationPanelProps) -> Html {
    let state = &*props.view.state;
    if !state.workspace.current().is_curating() || state.viewing.is_some() {
        return html! {};
    }
    let curation = state.curation();
    let gold = &state.session().annotations;
    let text = &state.session().document.text;
    let (resolved, all) = curation.progress(gold);
    let agreed_open = curation
        .items
        .iter()
        .filter(|i| i.status == Status::Agreed && !i.is_resolved(gold))
        .count();
    let accept = {
        let d = props.dispatch.clone();
        move |_: MouseEvent| d.emit(Action::Curating(Curating::AcceptAgreed))
    };
    let items = curation.items.iter().enumerate().map(|(i, item)| {
        let current = state.curation_item == Some(i);
        curation_row(
            &curation,
            i,
            item,
            current,
            item.is_resolved(gold),
            text,
            &props.dispatch,
        )
    });
    html! {
        <section class="curation" data-testid="curation" aria-label="Curation">
            <h2>{ "Curating gold" }</h2>
            <p data-testid="curation-progress" role="status">{ format!("{resolved} of {all} disagreements resolved") }</p>
            <p class="hint">{ format!("Annotators: {}. ", numbered(&curation)) }{ "j / k: next / previous disagreement · 1–9: take that annotator's version · 0: take none" }</p>
            <button type="button" data-testid="accept-agreed" disabled={agreed_open == 0} onclick={accept}>
                { format!("Accept all agreed ({agreed_open})") }
            </button>
            <p class="legend hint"><span class="status agreed">{ "✓ agreed" }</span>{ " · " }<span class="status disagreed">{ "≠ disagreed" }</span>{ " · " }<span class="status only-one">{ "¹ marked by one" }</span></p>
            <ol class="curation-items" data-testid="curation-items">{ for items }</ol>
        </section>
    }
}

/// "1 ana, 2 ben".
fn numbered(curation: &Curation) -> String {
    curation
        .annotators
        .iter()
        .enumerate()
        .map(|(i, a)| format!("{} {a}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

fn curation_row(
    curation: &Curation,
    i: usize,
    item: &Item,
    current: bool,
    resolved: bool,
    text: &str,
    dispatch: &Callback<Action>,
) -> Html {
    let (class, symbol, status, detail) = match &item.status {
        Status::Agreed => ("agreed", "✓", "agreed", String::new()),
        Status::Disagreed(d) => (
            "disagreed",
            "≠",
            "disagreed",
            d.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", "),
        ),
        Status::OnlyOne(a) => (
            "only-one",
            "¹",
            "only-one",
            format!(
                "only {}",
                curation.annotators.get(*a).map_or("?", String::as_str)
            ),
        ),
    };
    let select = {
        let d = dispatch.clone();
        move |_: MouseEvent| d.emit(Action::Curating(Curating::Select(i)))
    };
    let versions = item.versions.iter().enumerate().map(|(a, v)| {
        let name = curation.annotators.get(a).cloned().unwrap_or_default();
        let take = {
            let d = dispatch.clone();
            move |e: MouseEvent| {
                e.stop_propagation();
                d.emit(Action::Curating(Curating::Take {
                    item: Some(i),
                    annotator: a,
                }));
            }
        };
        html! {
            <li class="version">
                <span>{ format!("{} {name}: {}", a + 1, summary(v, text)) }</span>
                if current && !v.is_empty() {
                    <button type="button" class="small" data-testid={format!("take-{}", a + 1)} onclick={take}>{ format!("Take ({})", a + 1) }</button>
                }
            </li>
        }
    });
    let none = {
        let d = dispatch.clone();
        move |e: MouseEvent| {
            e.stop_propagation();
            d.emit(Action::Curating(Curating::TakeNone { item: Some(i) }));
        }
    };
    let label = match item.label {
        crate::domain::curation::ItemLabel::Quote => "quote",
        crate::domain::curation::ItemLabel::Mention => "mention",
    };
    html! {
        <li class={classes!("curation-item", class, current.then_some("current"), resolved.then_some("resolved"))}
            data-testid="curation-item" data-status={status} data-resolved={resolved.to_string()}
            aria-current={current.then_some("true")} onclick={select}>
            <span class="status-symbol" aria-hidden="true">{ symbol }</span>
            <span class="sr-only">{ status }</span>
            <span class="item-text">{ format!("{label}: {}", excerpt(&text[item.range.clone()], 70)) }</span>
            if !detail.is_empty() { <span class="hint">{ format!(" — {detail}") }</span> }
            if resolved { <span class="resolved-mark" data-testid="resolved">{ " ✔ in gold" }</span> }
            <ul class="versions">{ for versions }</ul>
            if current {
                <button type="button" class="small" data-testid="take-none" onclick={none}>{ "None (0)" }</button>
            }
        </li>
    }
}

/// One annotator's version in words: "direct · Jane Roe · cue: said ·
/// text…" (the text as marked, its own quote marks included), or "—".
fn summary(v: &Version, text: &str) -> String {
    if v.quotes.is_empty() && v.mentions.is_empty() {
        return "—".to_owned();
    }
    let quotes = v.quotes.iter().map(|q| {
        let mut parts = vec![q.kind.as_str().to_owned()];
        parts.push(
            q.speaker
                .as_ref()
                .map_or("no speaker".to_owned(), |s| s.name.clone()),
        );
        if let Some(c) = &q.cue {
            parts.push(format!("cue: {}", excerpt(&text[c.clone()], 20)));
        }
        parts.push(excerpt(&text[q.range.clone()], 40));
        parts.join(" · ")
    });
    let mentions = v.mentions.iter().map(|m| {
        format!(
            "{} · {}",
            m.speaker.name,
            excerpt(&text[m.range.clone()], 40)
        )
    });
    quotes.chain(mentions).collect::<Vec<_>>().join("; ")
}

#[derive(Properties, PartialEq)]
pub struct AgreementProps {
    pub state: StateRef,
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

/// Agreement over the workspace and per document.
#[function_component(AgreementDialog)]
pub fn agreement_dialog(props: &AgreementProps) -> Html {
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone());
    let state = &*props.state;
    let report = state.workspace.agreement(state.annotator.as_deref());
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    let body = if report.documents.is_empty() {
        html! {
            <p data-testid="agreement-empty">{ "No document has two annotators' layers yet. Import another annotator's export (Import JSON, or Import dataset… for JSONL): a file of a document already here joins it as their layer." }</p>
        }
    } else {
        let overall = if report.pairs.is_empty() {
            html! {
                <p data-testid="agreement-no-overall">{ "No two annotators marked the same document: see the documents below." }</p>
            }
        } else {
            html! {
                <>
                    <h3>{ "Each pair, over the documents both marked" }</h3>
                    { span_table(&report.pairs, report.overall.as_ref()) }
                    { who_table(&report.pairs, report.overall.as_ref()) }
                </>
            }
        };
        let rows = report.documents.iter().map(|(i, a)| {
            let entry = state.workspace.get(*i).expect("index from the workspace");
            let curation = crate::domain::curation::curate(
                &entry.annotator_layers(state.annotator.as_deref()),
            );
            let open = curation.items.iter().filter(|i| i.status.is_disagreement()).count();
            let averages = a.averages();
            let f1 = averages.spans.get(Label::Quotes)[1].f1;
            let curate = {
                let (d, i) = (props.dispatch.clone(), *i);
                move |_: MouseEvent| d.emit(Action::Curating(Curating::Open(i)))
            };
            let cell = |testid: &'static str, text: String| {
                let curate = curate.clone();
                html! { <td><button type="button" class="link" data-testid={testid} onclick={curate}>{ text }</button></td> }
            };
            html! {
                <tr data-testid="agreement-document" data-document={entry.session.document.id.clone()}>
                    <th scope="row">{ excerpt(&entry.session.document.title, 40) }</th>
                    <td>{ a.annotators.join(", ") }</td>
                    { cell("doc-f1", shown(f1)) }
                    { cell("doc-alpha", shown(*averages.alpha.get(Label::Quotes))) }
                    { cell("doc-attribution", shown(averages.attribution)) }
                    { cell("doc-disagreements", open.to_string()) }
                </tr>
            }
        });
        html! {
            <>
                { overall }
                <h3>{ "Per document" }</h3>
                <p class="hint">{ "Click a figure to curate that document: its disagreements are listed in the panel." }</p>
                <table class="agreement" data-testid="agreement-documents">
                    <thead><tr><th scope="col">{ "Document" }</th><th scope="col">{ "Annotators" }</th><th scope="col">{ "Quotes F1 ≥ 0.8" }</th><th scope="col">{ "Quotes α_u" }</th><th scope="col">{ "Same speaker" }</th><th scope="col">{ "Disagreements" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </>
        }
    };
    html! {
        <div class="backdrop">
            <div ref={dialog} tabindex="-1" class="dialog wide" role="dialog" aria-modal="true" aria-labelledby="agreement-title" data-testid="agreement-dialog">
                <h2 id="agreement-title">{ "Agreement between annotators" }</h2>
                <p class="hint">{ "Spans: precision, recall and F1 of the second annotator against the first, at exact match and at ≥ 0.8 and ≥ 0.3 overlap; α_u is Krippendorff's unitizing alpha over characters. Same speaker: of the quotes both marked (≥ 0.3), the share attributed to the same person (by name or alias). κ: agreement on quote kinds. The README defines each measure." }</p>
                { body }
                <div class="actions"><button type="button" data-testid="agreement-close" onclick={close}>{ "Close" }</button></div>
            </div>
        </div>
    }
}

/// Every (agreement, pair) of pooled pairs.
fn each_pair(pairs: &[Agreement]) -> impl Iterator<Item = (&Agreement, &PairAgreement)> + Clone {
    pairs
        .iter()
        .flat_map(|a| a.pairs.iter().map(move |p| (a, p)))
}

/// Per label and pair: P / R / F1 at each strictness and α_u; with three
/// or more annotators the mean of the pairs, and α_u of all (over the
/// documents every annotator marked).
fn span_table(pairs: &[Agreement], all: Option<&Agreement>) -> Html {
    let rows = Label::ALL.into_iter().flat_map(|label| {
        each_pair(pairs).map(move |(a, pair)| {
            let counts = pair.spans.get(label);
            let cells = Strictness::ALL.into_iter().map(|s| {
                let c = counts.get(s);
                html! {
                    <td data-testid={format!("{}-{}", label.as_str(), s.as_str())}>
                        { format!("{} / {} / {}", shown(c.precision()), shown(c.recall()), shown(c.f1())) }
                    </td>
                }
            });
            let alpha = a.pair_alpha(pair, label).map(|x| x.alpha);
            html! {
                <tr data-testid="agreement-row" data-label={label.as_str()} data-pair={a.pair_name(pair)}>
                    <th scope="row">{ label.as_str() }</th>
                    <td>{ format!("{} ({} doc.)", a.pair_name(pair), a.documents) }</td>
                    { for cells }
                    <td data-testid={format!("{}-alpha", label.as_str())}>{ shown(alpha) }</td>
                </tr>
            }
        })
    });
    let several = pairs.len() > 1;
    let averages = several.then(|| averages_of(each_pair(pairs)));
    let summary_rows = averages.iter().flat_map(|av| {
        Label::ALL.into_iter().map(move |label| {
            let cells = av.spans.get(label).iter().map(|m| {
                html! { <td>{ format!("{} / {} / {}", shown(m.precision), shown(m.recall), shown(m.f1)) }</td> }
            });
            html! {
                <tr data-testid="agreement-average" data-label={label.as_str()}>
                    <th scope="row">{ label.as_str() }</th>
                    <td>{ "mean of pairs" }</td>
                    { for cells }
                    <td>{ shown(*av.alpha.get(label)) }</td>
                </tr>
            }
        })
    });
    let all_rows = all.filter(|_| several).into_iter().flat_map(|a| {
        Label::ALL.into_iter().map(move |label| {
            html! {
                <tr data-testid="agreement-all" data-label={label.as_str()}>
                    <th scope="row">{ label.as_str() }</th>
                    <td colspan="4">{ format!("all annotators ({} doc.)", a.documents) }</td>
                    <td data-testid={format!("{}-alpha-all", label.as_str())}>{ shown(a.alpha(label).map(|x| x.alpha)) }</td>
                </tr>
            }
        })
    });
    html! {
        <table class="agreement" data-testid="agreement-spans">
            <thead><tr>
                <th scope="col">{ "Label" }</th><th scope="col">{ "Pair" }</th>
                <th scope="col">{ "P / R / F1 exact" }</th><th scope="col">{ "≥ 0.8" }</th><th scope="col">{ "≥ 0.3" }</th>
                <th scope="col">{ "α_u" }</th>
            </tr></thead>
            <tbody>{ for rows }{ for summary_rows }{ for all_rows }</tbody>
        </table>
    }
}

/// Per pair: same speaker, and κ of the kinds; Fleiss' κ of all.
fn who_table(pairs: &[Agreement], all: Option<&Agreement>) -> Html {
    let rows = each_pair(pairs).map(|(a, pair)| {
        let at = &pair.attribution;
        html! {
            <tr data-testid="agreement-who" data-pair={a.pair_name(pair)}>
                <th scope="row">{ a.pair_name(pair) }</th>
                <td data-testid="attribution">{ format!("{} ({} of {})", shown(at.share()), at.same, at.judged) }</td>
                <td data-testid="kind-kappa">{ format!("{} ({} quotes)", shown(pair.kinds.cohen_kappa()), pair.kinds.items()) }</td>
            </tr>
        }
    });
    let several = pairs.len() > 1;
    let mean = several.then(|| {
        let av = averages_of(each_pair(pairs));
        html! {
            <p data-testid="agreement-who-mean">{ format!("Mean of pairs: same speaker {}, Cohen's κ {}.", shown(av.attribution), shown(av.kind_kappa)) }</p>
        }
    });
    let fleiss = all
        .filter(|a| a.annotators.len() > 2)
        .and_then(Agreement::kind_kappa)
        .map(|k| {
            html! { <p data-testid="fleiss-kappa">{ format!("Fleiss' κ of the kinds, all annotators: {} ({} quotes).", shown(k.value), k.items) }</p> }
        });
    html! {
        <>
            <table class="agreement" data-testid="agreement-who-table">
                <thead><tr><th scope="col">{ "Pair" }</th><th scope="col">{ "Same speaker" }</th><th scope="col">{ "Kind κ (Cohen)" }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            { for mean }
            { for fleiss }
        </>
    }
}

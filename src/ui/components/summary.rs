//! "Who is quoted": a summary across the workspace for researchers who
//! count voices — quotes per speaker as a bar chart drawn in SVG (speakers
//! merged across documents by name and alias), quotes per document, and
//! the share of unattributed quotes. Clicking a bar lists that speaker's
//! quotes; clicking one opens it.

use yew::prelude::*;

use crate::ui::components::{excerpt, use_dialog_focus};

use crate::domain::corpus::tally;
use crate::ui::components::side_panel::StateRef;
use crate::ui::state::{Action, Documents};

/// Bars drawn; the rest are summed up in a line under the chart.
const BARS: usize = 20;
const BAR_HEIGHT: usize = 22;
const LABEL_WIDTH: usize = 190;
const CHART_WIDTH: usize = 560;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub state: StateRef,
    pub dispatch: Callback<Action>,
    pub on_close: Callback<()>,
}

#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let selected = use_state(|| None::<usize>);
    let dialog = use_node_ref();
    use_dialog_focus(dialog.clone());
    let state = &*props.state;
    let ws = &state.workspace;
    let tallies = tally(ws.entries().map(|e| &e.session.annotations));
    let total: usize = ws
        .entries()
        .map(|e| e.session.annotations.quotes.len())
        .sum();
    let unattributed: usize = ws
        .entries()
        .map(|e| {
            e.session
                .annotations
                .quotes
                .iter()
                .filter(|q| q.speaker.is_none())
                .count()
        })
        .sum();
    let share = if total == 0 {
        0.0
    } else {
        100.0 * unattributed as f64 / total as f64
    };
    let most = tallies.first().map_or(1, |t| t.quotes.len()).max(1);
    let bar_area = CHART_WIDTH - LABEL_WIDTH - 40;
    let bars = tallies.iter().take(BARS).enumerate().map(|(i, t)| {
        let y = i * BAR_HEIGHT;
        let width = (t.quotes.len() * bar_area / most).max(2);
        let pick = { let selected = selected.clone(); move |_| selected.set(Some(i)) };
        // A bar is a button for the keyboard too: Enter or Space opens it.
        let pick_by_key = {
            let selected = selected.clone();
            move |e: KeyboardEvent| {
                if matches!(e.key().as_str(), "Enter" | " ") {
                    e.prevent_default();
                    selected.set(Some(i));
                }
            }
        };
        let class = classes!("bar", (*selected == Some(i)).then_some("selected"));
        // Named by its <title> ("Ines Duarte: 2 quotes"): an aria-label
        // would differ from the two texts drawn (the name and the count).
        let label = format!("{}: {} quotes", t.name, t.quotes.len());
        html! {
            <g {class} data-testid="speaker-bar" onclick={pick} onkeydown={pick_by_key} tabindex="0" role="button">
                <title>{ label }</title>
                <text x={(LABEL_WIDTH - 6).to_string()} y={(y + 15).to_string()} text-anchor="end">{ excerpt(&t.name, 26) }</text>
                <rect x={LABEL_WIDTH.to_string()} y={(y + 3).to_string()} width={width.to_string()} height={(BAR_HEIGHT - 6).to_string()} rx="3" />
                <text x={(LABEL_WIDTH + width + 6).to_string()} y={(y + 15).to_string()} class="value">{ t.quotes.len() }</text>
            </g>
        }
    });
    let shown = tallies.len().min(BARS);
    let rest: usize = tallies.iter().skip(BARS).map(|t| t.quotes.len()).sum();
    let height = (shown * BAR_HEIGHT).max(BAR_HEIGHT);
    let listing = selected.and_then(|i| tallies.get(i)).map(|t| {
        let items = t.quotes.iter().filter_map(|&(doc, qid)| {
            let entry = ws.get(doc)?;
            let q = entry.session.annotations.quote(qid)?;
            let text = excerpt(&entry.session.document.text[q.range.clone()], 140);
            let d = props.dispatch.clone();
            let open = move |_| {
                d.emit(Action::Documents(Documents::ShowQuote { document: doc, quote: qid }));
            };
            Some(html! {
                <li data-testid="summary-quote" onclick={open}>
                    <span class="excerpt">{ text }</span>
                    <span class="doc">{ entry.session.document.title.clone() }</span>
                </li>
            })
        });
        html! {
            <div class="listing">
                <h3 data-testid="summary-speaker">{ format!("{} — {} quotes", t.name, t.quotes.len()) }</h3>
                <ol>{ for items }</ol>
            </div>
        }
    });
    let per_document = ws.entries().map(|e| {
        let ann = &e.session.annotations;
        html! {
            <tr data-testid="summary-document">
                <td>{ excerpt(&e.session.document.title, 60) }</td>
                <td class="num">{ ann.quotes.len() }</td>
                <td class="num">{ ann.speakers.len() }</td>
                <td class="num">{ ann.quotes.iter().filter(|q| q.speaker.is_none()).count() }</td>
            </tr>
        }
    });
    let close = {
        let c = props.on_close.clone();
        move |_| c.emit(())
    };
    html! {
        <div class="backdrop">
            <div ref={dialog} tabindex="-1" class="dialog summary" role="dialog" aria-modal="true" aria-labelledby="summary-title" data-testid="summary">
                <h2 id="summary-title">{ "Who is quoted" }</h2>
                <p data-testid="summary-totals">
                    { format!("{} documents, {total} quotes, {} speakers; {unattributed} unattributed ({share:.0}%).", ws.len(), tallies.len()) }
                </p>
                if tallies.is_empty() {
                    <p class="hint">{ "No attributed quotes yet." }</p>
                } else {
                    <svg class="chart" width={CHART_WIDTH.to_string()} height={height.to_string()} viewBox={format!("0 0 {CHART_WIDTH} {height}")}
                         role="group" aria-label="Quotes per speaker" data-testid="speaker-chart">
                        { for bars }
                    </svg>
                    if rest > 0 {
                        <p class="hint">{ format!("{} more speakers with {rest} quotes.", tallies.len() - shown) }</p>
                    }
                }
                { for listing }
                <h3>{ "Quotes per document" }</h3>
                <table class="per-document">
                    <thead><tr><th>{ "Document" }</th><th>{ "Quotes" }</th><th>{ "Speakers" }</th><th>{ "Unattributed" }</th></tr></thead>
                    <tbody>{ for per_document }</tbody>
                </table>
                <div class="actions"><button type="button" onclick={close}>{ "Close" }</button></div>
            </div>
        </div>
    }
}

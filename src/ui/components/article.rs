//! The article: the headline and paragraphs with their highlights. Blocks
//! are grouped in chunks and both are memoised by props, so an edit
//! re-renders one chunk's comparison and one paragraph, never the text.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::document::{BlockKind, Document};
use crate::ui::view_model::{
    segment_badge, segment_classes, segment_html, segment_title, segments, span_labels, BlockView,
};

/// Blocks per chunk: keeps the top-level diff short for long articles.
pub const CHUNK: usize = 64;

/// The document, compared by identity: its text never changes in place.
#[derive(Clone)]
pub struct DocRef(pub Rc<Document>);

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
pub struct ArticleProps {
    pub doc: DocRef,
    pub blocks: Rc<Vec<BlockView>>,
    pub onclick: Callback<MouseEvent>,
}

#[function_component(Article)]
pub fn article(props: &ArticleProps) -> Html {
    let chunks = props.blocks.chunks(CHUNK).enumerate().map(|(i, blocks)| {
        html! { <Chunk key={i} doc={props.doc.clone()} blocks={Rc::<[BlockView]>::from(blocks)} /> }
    });
    html! {
        <main class="article" data-testid="article" onclick={props.onclick.clone()} lang="" tabindex="0" aria-label="Article">
            { for chunks }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    doc: DocRef,
    blocks: Rc<[BlockView]>,
}

#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let blocks = props.blocks.iter().map(|b| {
        html! { <Paragraph key={b.index} doc={props.doc.clone()} block={b.clone()} /> }
    });
    html! { <>{ for blocks }</> }
}

#[derive(Properties, PartialEq)]
struct ParagraphProps {
    doc: DocRef,
    block: BlockView,
}

/// Segments per run: a paragraph with thousands of highlights renders in
/// runs, each memoised, so an edit inside it re-renders one run's DOM.
const RUN: usize = 256;

/// One segment as drawn: its byte range, classes and span labels.
#[derive(Clone, PartialEq)]
struct SegmentView {
    range: std::ops::Range<usize>,
    classes: String,
    labels: String,
    /// The speaker's number where a quote starts ("?" when unattributed).
    badge: Option<String>,
    /// The segment's spans in words, for assistive technology.
    title: String,
}

#[function_component(Paragraph)]
fn paragraph(props: &ParagraphProps) -> Html {
    let b = &props.block;
    let segs: Vec<SegmentView> = segments(b.range.clone(), &b.marks)
        .into_iter()
        .map(|s| SegmentView {
            classes: segment_classes(&b.marks, &s.marks),
            labels: span_labels(&b.marks, &s.marks),
            badge: segment_badge(&b.marks, &s.marks, s.range.start),
            title: segment_title(&b.marks, &s.marks),
            range: s.range,
        })
        .collect();
    let wrap = segs.len() > RUN;
    // A paragraph of one run writes its HTML itself: a component per run
    // would double the components a long article builds on opening.
    let single = (!wrap)
        .then(|| run_html(&props.doc.0.text, &segs))
        .flatten();
    let runs: Html = match single {
        Some(raw) => raw,
        None => segs
            .chunks(RUN)
            .enumerate()
            .map(|(i, run)| {
                html! { <Run key={i} {wrap} doc={props.doc.clone()} segments={Rc::<[SegmentView]>::from(run)} /> }
            })
            .collect(),
    };
    match b.kind {
        BlockKind::Headline => {
            html! { <h1 class="headline" data-testid="headline" dir="auto">{ runs }</h1> }
        }
        BlockKind::Paragraph => {
            // The height the paragraph takes until it is first laid out
            // (content-visibility): about 80 bytes a line, so that
            // scrolling through a long article barely moves the text.
            let lines = b.range.len().div_ceil(80).max(1);
            let estimate = format!(
                "contain-intrinsic-block-size:auto {:.1}em",
                lines as f32 * 1.7
            );
            html! { <p class="paragraph" data-testid="paragraph" dir="auto" style={estimate}>{ runs }</p> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct RunProps {
    /// In its own element: Chromium's cost of inserting a child grows with
    /// the parent's children (dir="auto" among the causes), so a paragraph
    /// of 100,000 highlights took minutes as one flat list.
    wrap: bool,
    doc: DocRef,
    segments: Rc<[SegmentView]>,
}

/// Segments as HTML text, parsed by the browser in one go (see
/// `segment_html`); None when the text holds a NUL, which only elements
/// built one by one can carry.
fn run_html(text: &str, segments: &[SegmentView]) -> Option<Html> {
    let mut raw = String::new();
    for s in segments {
        let look = (!s.labels.is_empty()).then_some((
            s.classes.as_str(),
            s.title.as_str(),
            s.badge.as_deref(),
            s.labels.as_str(),
        ));
        segment_html(&mut raw, text, &s.range, look)?;
    }
    Some(Html::from_html_unchecked(raw.into()))
}

#[function_component(Run)]
fn run(props: &RunProps) -> Html {
    let text = &props.doc.0.text;
    if let Some(raw) = run_html(text, &props.segments) {
        return if props.wrap {
            html! { <span class="run">{ raw }</span> }
        } else {
            raw
        };
    }
    let segs = props.segments.iter().map(|s| {
        let content = text[s.range.clone()].to_owned();
        if s.labels.is_empty() {
            html! { <span data-start={s.range.start.to_string()} data-end={s.range.end.to_string()}>{ content }</span> }
        } else {
            // <mark>: a highlight is exposed as one (role "mark"), its
            // title saying which spans and whose.
            html! {
                <mark class={s.classes.clone()} title={s.title.clone()} data-badge={s.badge.clone()}
                      data-start={s.range.start.to_string()} data-end={s.range.end.to_string()}
                      data-spans={s.labels.clone()}>{ content }</mark>
            }
        }
    });
    if props.wrap {
        html! { <span class="run">{ for segs }</span> }
    } else {
        html! { <>{ for segs }</> }
    }
}

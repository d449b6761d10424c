//! The article: the headline and paragraphs with their highlights. Blocks
//! are drawn in chunks, each chunk's element written as one piece of HTML
//! and then patched paragraph by paragraph, so that opening a 1 MB article
//! costs one parse per chunk, and an edit rewrites one paragraph. Chunks
//! past the first few are drawn after the first paint, in slices between
//! frames (`slices`), so that no frame is long and a key pressed meanwhile
//! is handled at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::js_sys::Reflect;
use web_sys::Element;
use yew::prelude::*;

use crate::domain::document::{BlockKind, Document};
use crate::ui::view_model::{
    block_close_tag, block_lines, block_open_tag, block_runs, segment_views, BlockView,
    SegmentView, RUN,
};
use crate::ui::{selection, slices};

/// Blocks per chunk: keeps the top-level diff short for long articles,
/// and one chunk's drawing well inside a frame.
pub const CHUNK: usize = 64;

/// Chunks drawn in the render that opens a document (more than a screen);
/// the rest follow, one per task.
const EAGER_CHUNKS: usize = 2;

/// Paragraphs of a chunk an edit may change and still be drawn at once;
/// an edit changes one or a few, suggestions arriving change them all.
const PATCH_AT_ONCE: usize = 8;

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
        html! { <Chunk key={i} index={i} doc={props.doc.clone()} blocks={Rc::<[BlockView]>::from(blocks)} /> }
    });
    html! {
        <main class="article" data-testid="article" data-document={props.doc.0.id.clone()} onclick={props.onclick.clone()} lang="" tabindex="0" aria-label="Article">
            { for chunks }
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct ChunkProps {
    index: usize,
    doc: DocRef,
    blocks: Rc<[BlockView]>,
}

/// What a chunk's element shows and what it is to show.
#[derive(Default)]
struct Drawn {
    /// The blocks the element holds; None while it waits to be drawn.
    shown: Option<(DocRef, Rc<[BlockView]>)>,
    /// The latest blocks, which a pending draw uses when it runs.
    latest: Option<(DocRef, Rc<[BlockView]>)>,
    /// A draw is queued (`slices`).
    pending: bool,
    /// The browser skips the chunk, off screen (`content-visibility`; until
    /// it says so, a chunk is taken to be on screen): a change to
    /// many of its paragraphs waits for a slice, and then rewrites the
    /// chunk in one parse instead of one per paragraph, since no one sees
    /// its nodes replaced. A chunk on screen is patched at once.
    skipped: bool,
}

impl Drawn {
    /// The blocks shown, when they are `doc`'s and as many as `len`: then
    /// the element can be patched rather than written whole.
    fn shown_of(&self, doc: &DocRef, len: usize) -> Option<&Rc<[BlockView]>> {
        self.shown
            .as_ref()
            .filter(|(shown_doc, shown)| shown_doc == doc && shown.len() == len)
            .map(|(_, shown)| shown)
    }
}

/// A chunk of blocks in an element of its own, whose children Yew never
/// sees: the chunk writes and patches them. Off screen, the browser skips
/// the whole chunk (`content-visibility`), so that each frame's work does
/// not grow with the article's paragraphs.
#[function_component(Chunk)]
fn chunk(props: &ChunkProps) -> Html {
    let node = use_node_ref();
    let drawn = use_mut_ref(Drawn::default);
    {
        let (node, drawn) = (node.clone(), Rc::downgrade(&drawn));
        use_effect_with((), move |_| {
            let listener = node.cast::<Element>().map(|el| {
                let chunk_el = el.clone();
                EventListener::new(&el, "contentvisibilityautostatechange", move |e| {
                    // Chromium's event bubbles: a paragraph's own state
                    // says nothing of the chunk's.
                    let own = e
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                        .is_some_and(|t| t == chunk_el);
                    if !own {
                        return;
                    }
                    let skipped = Reflect::get(e, &"skipped".into())
                        .ok()
                        .and_then(|v| v.as_bool());
                    if let (Some(drawn), Some(skipped)) = (drawn.upgrade(), skipped) {
                        drawn.borrow_mut().skipped = skipped;
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let node = node.clone();
        let index = props.index;
        use_effect_with(
            (props.doc.clone(), props.blocks.clone()),
            move |(doc, blocks)| draw(&drawn, &node, index, doc, blocks),
        );
    }
    html! { <div class="chunk" ref={node}></div> }
}

/// Brings the chunk's element to `blocks`: patches the paragraphs that
/// changed, or writes them all, now or in a task of its own. A chunk past
/// the first ones waits for its task when it is new or when many of its
/// paragraphs changed at once (suggestions arriving), so that one change
/// to the whole article never makes one long frame.
fn draw(
    drawn: &Rc<RefCell<Drawn>>,
    node: &NodeRef,
    index: usize,
    doc: &DocRef,
    blocks: &Rc<[BlockView]>,
) {
    let Some(el) = node.cast::<Element>() else {
        return;
    };
    let mut d = drawn.borrow_mut();
    d.latest = Some((doc.clone(), blocks.clone()));
    let eager = index < EAGER_CHUNKS;
    match d.shown_of(doc, blocks.len()) {
        Some(shown) => {
            let changed = shown
                .iter()
                .zip(blocks.iter())
                .filter(|(a, b)| a != b)
                .count();
            if eager || !d.skipped || changed <= PATCH_AT_ONCE {
                patch(&el, &doc.0.text, shown, blocks);
                d.shown = d.latest.clone();
                return;
            }
        }
        None if eager => {
            fill(&el, &doc.0.text, blocks);
            d.shown = d.latest.clone();
            return;
        }
        None => {
            // Another document's text must not stay on screen meanwhile;
            // the chunk keeps about the height it will take.
            d.shown = None;
            el.set_inner_html("");
            let _ = el.set_attribute("style", &format!("height:{}", chunk_height(blocks)));
        }
    }
    if !d.pending {
        d.pending = true;
        let (drawn_later, node) = (Rc::downgrade(drawn), node.clone());
        slices::push(move || {
            // A chunk gone meanwhile (another, shorter document) is skipped.
            if let Some(drawn) = drawn_later.upgrade() {
                draw_pending(&drawn, &node);
            }
        });
    }
}

/// The pending draw of a chunk past the first ones, with its latest blocks.
fn draw_pending(drawn: &Rc<RefCell<Drawn>>, node: &NodeRef) {
    let mut d = drawn.borrow_mut();
    d.pending = false;
    let (Some((doc, blocks)), Some(el)) = (d.latest.clone(), node.cast::<Element>()) else {
        return;
    };
    let rewrite = d.skipped && selection_in(&el).is_none();
    match d.shown_of(&doc, blocks.len()).filter(|_| !rewrite) {
        Some(shown) => patch(&el, &doc.0.text, shown, &blocks),
        None => fill(&el, &doc.0.text, &blocks),
    }
    d.shown = Some((doc, blocks));
}

/// A block's height until it is drawn, in tenths of an em: its lines and
/// the paragraph's margin.
fn estimated_height(block: &BlockView) -> usize {
    match block.kind {
        BlockKind::Headline => 40,
        BlockKind::Paragraph => block_lines(block) * 17 + 11,
    }
}

/// About the height of a chunk's blocks, in CSS.
fn chunk_height(blocks: &[BlockView]) -> String {
    let tenths: usize = blocks.iter().map(estimated_height).sum();
    format!("{:.1}em", tenths as f32 / 10.0)
}

/// Writes every block of the chunk as one piece of HTML, with the height
/// the chunk takes until it is first laid out (`content-visibility`).
fn fill(el: &Element, text: &str, blocks: &[BlockView]) {
    let _ = el.set_attribute(
        "style",
        &format!("contain-intrinsic-block-size:auto {}", chunk_height(blocks)),
    );
    let mut html = String::new();
    let mut by_nodes = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let segments = segment_views(block);
        html.push_str(&block_open_tag(block));
        match block_runs(text, &segments) {
            Some(runs) => runs.iter().for_each(|r| html.push_str(r)),
            None => by_nodes.push((i, segments)),
        }
        html.push_str(block_close_tag(block));
    }
    el.set_inner_html(&html);
    let children = el.children();
    for (i, segments) in by_nodes {
        if let Some(block_el) = children.item(i as u32) {
            build_nodes(&block_el, text, &segments);
        }
    }
}

/// Rewrites the content of the blocks that changed; in a paragraph of
/// several runs, only the runs that changed.
fn patch(el: &Element, text: &str, shown: &[BlockView], blocks: &[BlockView]) {
    let kept = selection_in(el);
    write_changes(el, text, shown, blocks);
    if let Some(ends) = kept {
        restore_selection(el, ends);
    }
}

/// The selection's ends as document bytes (anchor, focus) when one lies in
/// `el`: a patch replaces the text nodes they are in, and a selection being
/// made with the mouse as suggestions arrive must not jump.
fn selection_in(el: &Element) -> Option<(usize, usize)> {
    let sel = gloo::utils::window().get_selection().ok()??;
    if sel.range_count() == 0 {
        return None;
    }
    let (anchor, focus) = (sel.anchor_node()?, sel.focus_node()?);
    if !el.contains(Some(&anchor)) && !el.contains(Some(&focus)) {
        return None;
    }
    Some((
        selection::byte_at(&anchor, sel.anchor_offset())?,
        selection::byte_at(&focus, sel.focus_offset())?,
    ))
}

/// Puts the selection back on the same bytes, in the same direction,
/// looking for them in the chunk's element only.
fn restore_selection(el: &Element, (anchor, focus): (usize, usize)) {
    let (Some((a, a_offset)), Some((f, f_offset))) = (
        selection::position_in(el, anchor),
        selection::position_in(el, focus),
    ) else {
        return;
    };
    if let Ok(Some(sel)) = gloo::utils::window().get_selection() {
        let _ = sel.set_base_and_extent(&a, a_offset, &f, f_offset);
    }
}

/// Rewrites what changed between `shown` and `blocks`.
fn write_changes(el: &Element, text: &str, shown: &[BlockView], blocks: &[BlockView]) {
    let children = el.children();
    for (i, (old, new)) in shown.iter().zip(blocks).enumerate() {
        if old == new {
            continue;
        }
        let Some(block_el) = children.item(i as u32) else {
            continue;
        };
        let segments = segment_views(new);
        let Some(runs) = block_runs(text, &segments) else {
            build_nodes(&block_el, text, &segments);
            continue;
        };
        // A run's HTML is a function of its segments: runs whose segments
        // are unchanged keep their nodes.
        let old_segments = (runs.len() > 1).then(|| segment_views(old));
        match old_segments {
            Some(was) if was.len().div_ceil(RUN) == runs.len() => {
                let run_els = block_el.children();
                let unchanged = was
                    .chunks(RUN)
                    .zip(segments.chunks(RUN))
                    .map(|(a, b)| a == b);
                for (j, (same, now)) in unchanged.zip(&runs).enumerate() {
                    if !same {
                        if let Some(run_el) = run_els.item(j as u32) {
                            run_el.set_outer_html(now);
                        }
                    }
                }
            }
            _ => block_el.set_inner_html(&runs.concat()),
        }
    }
}

/// A block's segments built node by node: for text holding a NUL, which
/// the HTML parser would not keep.
fn build_nodes(block_el: &Element, text: &str, segments: &[SegmentView]) {
    let document = gloo::utils::document();
    block_el.set_inner_html("");
    let wrap = segments.len() > RUN;
    for run in segments.chunks(RUN) {
        let parent = match wrap.then(|| document.create_element("span")) {
            Some(Ok(run_el)) => {
                run_el.set_class_name("run");
                let _ = block_el.append_child(&run_el);
                run_el
            }
            _ => block_el.clone(),
        };
        for s in run {
            let made = if s.labels.is_empty() {
                document.create_element("span")
            } else {
                document.create_element("mark")
            };
            let Ok(seg) = made else { continue };
            if !s.labels.is_empty() {
                seg.set_class_name(&s.classes);
                let _ = seg.set_attribute("title", &s.title);
                if let Some(badge) = &s.badge {
                    let _ = seg.set_attribute("data-badge", badge);
                }
                let _ = seg.set_attribute("data-spans", &s.labels);
            }
            let _ = seg.set_attribute("data-start", &s.range.start.to_string());
            let _ = seg.set_attribute("data-end", &s.range.end.to_string());
            seg.set_text_content(Some(&text[s.range.clone()]));
            let _ = parent.append_child(seg.unchecked_ref());
        }
    }
}

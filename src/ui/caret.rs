//! Caret mode: selecting text in the article with the keyboard. The caret
//! is the browser's own selection, moved with `Selection.modify`, so that
//! it steps over whole grapheme clusters, words, sentences and lines as the
//! browser lays them out (right-to-left text included), and `selection.rs`
//! reads it exactly as it reads a mouse selection. A page's text has no
//! visible caret of its own, so one is drawn where the selection's focus is.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node, Selection};

use crate::ui::keys::{CaretMotion, Unit};
use crate::ui::selection;

thread_local! {
    /// Where the caret last was, as a byte offset of the document: an edit
    /// re-renders the text nodes it was in, and a dialog's field takes the
    /// selection away; the caret comes back here.
    static LAST: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

fn selection() -> Option<Selection> {
    gloo::utils::window().get_selection().ok().flatten()
}

/// The element the caret is drawn with (rendered once by the app).
fn caret_element() -> Option<HtmlElement> {
    gloo::utils::document()
        .query_selector("[data-testid=\"caret\"]")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Collapses the selection where the caret last was; false when that is
/// not known (or no longer in the article).
fn back_to_last(sel: &Selection) -> bool {
    match LAST.with(|l| l.get()).and_then(selection::position_of) {
        Some((node, offset)) => sel.collapse_with_offset(Some(&node), offset).is_ok(),
        None => false,
    }
}

/// Whether the selection's focus is inside the article.
fn focus_in_article(sel: &Selection) -> bool {
    match (sel.focus_node(), selection::article()) {
        (Some(node), Some(article)) => article.contains(Some(&node)),
        _ => false,
    }
}

/// Turns caret mode on: keeps a selection already in the article, or
/// places the caret at the start of the first text visible in it.
pub fn place() {
    let (Some(sel), Some(article)) = (selection(), selection::article()) else {
        return;
    };
    if let Some(el) = article.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    if (sel.range_count() > 0 && focus_in_article(&sel)) || back_to_last(&sel) {
        draw();
        return;
    }
    let top = article.get_bounding_client_rect().top();
    let Ok(segments) = article.query_selector_all("[data-start]") else {
        return;
    };
    let visible = (0..segments.length())
        .filter_map(|i| segments.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .find(|el| el.get_bounding_client_rect().bottom() > top);
    if let Some(text) = visible.and_then(|el| el.first_child()) {
        let _ = sel.collapse_with_offset(Some(&text), 0);
    }
    draw();
}

/// Moves or extends the selection by one caret key.
pub fn apply(motion: CaretMotion) {
    let Some(sel) = selection() else {
        return;
    };
    if !focus_in_article(&sel) {
        place();
    }
    // Which end of the article to stop at, if any. The page's own document
    // boundary lies outside the article (the toolbar, the panel), so the
    // article's ends are placed directly; a move that left the article
    // stops at the end it went past, read from where the focus went, not
    // from the key (in a right-to-left line the right arrow goes backwards).
    let stop_at_end = if motion.unit == Unit::DocumentBoundary {
        Some(motion.direction == "forward")
    } else {
        let _ = sel.modify(motion.alter(), motion.direction, motion.unit.as_str());
        (!focus_in_article(&sel)).then(|| {
            !sel.focus_node()
                .zip(selection::article())
                .is_some_and(|(focus, article)| {
                    article.compare_document_position(&focus) & Node::DOCUMENT_POSITION_PRECEDING
                        != 0
                })
        })
    };
    if let Some(to_end) = stop_at_end {
        // Keeping the selection when extending.
        let end = if to_end { usize::MAX } else { 0 };
        if let Some((node, offset)) = selection::position_of(end) {
            let _ = if motion.extend {
                sel.extend_with_offset(&node, offset)
            } else {
                sel.collapse_with_offset(Some(&node), offset)
            };
        }
    }
    if let Some(el) = sel.focus_node().and_then(|n| parent_element(&n)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
    draw();
}

fn parent_element(node: &Node) -> Option<Element> {
    match node.dyn_ref::<Element>() {
        Some(el) => Some(el.clone()),
        None => node.parent_element(),
    }
}

/// After a span was marked, the caret stays at the selection's end, so the
/// next quote is reached from there.
pub fn collapse_to_end() {
    if let Some(sel) = selection() {
        let _ = sel.collapse_to_end();
    }
    draw();
}

/// After a render: a collapsed caret goes back to its byte offset (the
/// render may have replaced its text node); a selection is left alone.
pub fn restore() {
    let Some(sel) = selection() else {
        return;
    };
    if sel.range_count() > 0 && !sel.is_collapsed() && focus_in_article(&sel) {
        return;
    }
    back_to_last(&sel);
    draw();
}

/// Draws the caret at the selection's focus, or hides it.
pub fn draw() {
    let Some(caret) = caret_element() else {
        return;
    };
    let rect = selection()
        .filter(focus_in_article)
        .and_then(|sel| {
            if let Some(byte) = selection::byte_at(&sel.focus_node()?, sel.focus_offset()) {
                LAST.with(|l| l.set(Some(byte)));
            }
            let range = gloo::utils::document().create_range().ok()?;
            range
                .set_start(&sel.focus_node()?, sel.focus_offset())
                .ok()?;
            range.collapse_with_to_start(true);
            let rects = range.get_client_rects()?;
            rects
                .get(0)
                .or_else(|| Some(range.get_bounding_client_rect()))
        })
        .filter(|r| r.height() > 0.0);
    match rect {
        Some(r) => {
            let _ = caret.set_attribute(
                "style",
                &format!(
                    "left:{:.1}px;top:{:.1}px;height:{:.1}px",
                    r.left(),
                    r.top(),
                    r.height()
                ),
            );
            caret.set_hidden(false);
        }
        None => caret.set_hidden(true),
    }
}

/// Hides the caret when caret mode ends.
pub fn hide() {
    LAST.with(|l| l.set(None));
    if let Some(caret) = caret_element() {
        caret.set_hidden(true);
    }
}

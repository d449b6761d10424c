//! DOM selection to document offsets: the one place where the browser's
//! (text node, UTF-16 offset) positions become byte offsets of the document.
//! Every rendered text segment is an element with `data-start` and `data-end`
//! (byte offsets) holding exactly one text node, so a position is the
//! segment's start plus the UTF-16 offset converted within its text.

use std::ops::Range;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::domain::offsets::{byte_of_utf16, utf16_of_byte};

fn attr(el: &Element, name: &str) -> Option<usize> {
    el.get_attribute(name)?.parse().ok()
}

/// The first or last segment at or inside `node`.
fn segment_in(node: &Node, last: bool) -> Option<Element> {
    let el = node.dyn_ref::<Element>()?;
    if el.has_attribute("data-start") {
        return Some(el.clone());
    }
    let all = el.query_selector_all("[data-start]").ok()?;
    let n = all.length();
    if n == 0 {
        return None;
    }
    all.item(if last { n - 1 } else { 0 })?.dyn_into().ok()
}

/// The byte offset of a DOM position (container node and offset in it).
pub fn byte_at(node: &Node, offset: u32) -> Option<usize> {
    if node.node_type() == Node::TEXT_NODE {
        let segment = node.parent_element()?.closest("[data-start]").ok()??;
        let text = node.text_content().unwrap_or_default();
        return Some(attr(&segment, "data-start")? + byte_of_utf16(&text, offset as usize));
    }
    let el = node.dyn_ref::<Element>()?;
    if el.has_attribute("data-start") {
        return attr(
            el,
            if offset == 0 {
                "data-start"
            } else {
                "data-end"
            },
        );
    }
    // A position between children: the start of the next segment, or the
    // end of the previous one when the position is after the last child.
    let children = node.child_nodes();
    if let Some(next) = children.item(offset) {
        if let Some(seg) = segment_in(&next, false) {
            return attr(&seg, "data-start");
        }
    }
    let prev = children.item(offset.checked_sub(1)?)?;
    attr(&segment_in(&prev, true)?, "data-end")
}

/// The current selection as a byte range of the document, if it is inside
/// the article and not collapsed.
pub fn current() -> Option<Range<usize>> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.range_count() == 0 || selection.is_collapsed() {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = byte_at(&range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = byte_at(&range.end_container().ok()?, range.end_offset().ok()?)?;
    (start < end).then_some(start..end)
}

/// The article's element, which holds every segment.
pub fn article() -> Option<Element> {
    gloo::utils::document()
        .query_selector("[data-testid=\"article\"]")
        .ok()
        .flatten()
}

/// Clears the selection after it has been turned into a span.
pub fn clear() {
    if let Ok(Some(s)) = gloo::utils::window().get_selection() {
        let _ = s.remove_all_ranges();
    }
}

/// The DOM position (text node, UTF-16 offset) of a byte offset of the
/// document: the inverse of [`byte_at`], to put a caret back after a render
/// replaced the text nodes it was in. Segments are in document order, so
/// the one holding `byte` is found by bisection.
pub fn position_of(byte: usize) -> Option<(Node, u32)> {
    position_in(&article()?, byte)
}

/// [`position_of`] among the segments inside `root` (a part of the
/// article that holds the byte).
pub fn position_in(root: &Element, byte: usize) -> Option<(Node, u32)> {
    let segments = root.query_selector_all("[data-start]").ok()?;
    let start_of = |i: u32| -> Option<usize> {
        attr(&segments.item(i)?.dyn_into::<Element>().ok()?, "data-start")
    };
    // The last segment starting at or before `byte`.
    let (mut lo, mut hi) = (0u32, segments.length());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if start_of(mid)? <= byte {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    // Before the first segment (a byte 0 ahead of leading blank lines):
    // the first segment's start.
    let segment: Element = segments.item(lo.saturating_sub(1))?.dyn_into().ok()?;
    let start = attr(&segment, "data-start")?;
    let text = segment.first_child()?;
    let content = text.text_content().unwrap_or_default();
    let offset = utf16_of_byte(&content, byte.saturating_sub(start));
    Some((text, offset as u32))
}

/// Selects a byte range of the document in the article (the curation item
/// under review) and scrolls it into view.
pub fn select_range(range: Range<usize>) {
    let (Some((start, a)), Some((end, b))) = (position_of(range.start), position_of(range.end))
    else {
        return;
    };
    let document = gloo::utils::document();
    let (Ok(dom), Some(sel)) = (
        document.create_range(),
        gloo::utils::window().get_selection().ok().flatten(),
    ) else {
        return;
    };
    if dom.set_start(&start, a).is_err() || dom.set_end(&end, b).is_err() {
        return;
    }
    let _ = sel.remove_all_ranges();
    let _ = sel.add_range(&dom);
    if let Some(el) = start.parent_element() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

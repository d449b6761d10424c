//! The one rule for what a span may cover, used by every door a span comes
//! in through: edits, the native import, every dataset importer, storage
//! read back at start-up, and the command line's `validate`. A span is a
//! byte range of the normalised text that is not empty, starts and ends on
//! grapheme-cluster boundaries, and lies inside one block (headline or
//! paragraph). Two copies of this check drifted once (Import JSON took an
//! empty span that the dataset import refused); there is now one.

use std::ops::Range;

use crate::domain::document::{blocks, Block};
use crate::domain::offsets::is_grapheme_boundary;

/// Why a byte range cannot be a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SpanError {
    #[error("it is empty or reversed")]
    Empty,
    #[error("it ends past the end of the text")]
    OutOfText,
    #[error("it splits a character (a grapheme cluster such as an emoji sequence or a letter with its accents)")]
    SplitsCharacter,
    #[error("it crosses a paragraph break (or covers only blank space)")]
    CrossesBlocks,
}

/// Checks byte ranges against one text, which it holds (borrowed or
/// owned). Built once per text (it splits the text into blocks); each check
/// is O(log blocks).
pub struct SpanRule<T: AsRef<str>> {
    text: T,
    blocks: Vec<Block>,
}

impl<T: AsRef<str>> SpanRule<T> {
    pub fn new(text: T) -> Self {
        let blocks = blocks(text.as_ref());
        Self::with_blocks(text, &blocks)
    }

    /// For callers that hold the blocks already.
    pub fn with_blocks(text: T, blocks: &[Block]) -> Self {
        SpanRule {
            text,
            blocks: blocks.to_vec(),
        }
    }

    pub fn text(&self) -> &str {
        self.text.as_ref()
    }

    /// The range itself if it may be a span, or why not.
    pub fn check(&self, range: Range<usize>) -> Result<Range<usize>, SpanError> {
        check(self.text.as_ref(), &self.blocks, range)
    }

    /// The block a byte lies in.
    pub fn block_of(&self, byte: usize) -> Option<Range<usize>> {
        let after = self.blocks.partition_point(|b| b.range.start <= byte);
        let b = &self.blocks[after.checked_sub(1)?].range;
        (byte < b.end).then(|| b.clone())
    }
}

/// The rule itself, for callers that hold the text's blocks (an edit):
/// the range if it may be a span of `text`, or why not.
pub fn check(text: &str, blocks: &[Block], range: Range<usize>) -> Result<Range<usize>, SpanError> {
    if range.start >= range.end {
        return Err(SpanError::Empty);
    }
    if range.end > text.len() {
        return Err(SpanError::OutOfText);
    }
    if !is_grapheme_boundary(text, range.start) || !is_grapheme_boundary(text, range.end) {
        return Err(SpanError::SplitsCharacter);
    }
    // Blocks are in order and disjoint: the only candidate is the last one
    // starting at or before the span.
    let after = blocks.partition_point(|b| b.range.start <= range.start);
    match after.checked_sub(1).map(|i| &blocks[i].range) {
        Some(b) if range.end <= b.end => Ok(range),
        _ => Err(SpanError::CrossesBlocks),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, range: Range<usize>) -> Result<Range<usize>, SpanError> {
        SpanRule::new(text).check(range)
    }

    #[test]
    fn refuses_empty_reversed_and_out_of_text() {
        let text = "Title\n\nSome words here.";
        assert_eq!(check(text, 9..9), Err(SpanError::Empty));
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = 10..9;
        assert_eq!(check(text, reversed), Err(SpanError::Empty));
        assert_eq!(check(text, 10..99), Err(SpanError::OutOfText));
        assert_eq!(check(text, 7..11), Ok(7..11));
    }

    #[test]
    fn refuses_a_split_character_zwj_emoji_combining_mark_and_cjk() {
        let family = "👨‍👩‍👧";
        let text = format!("T\n\n{family} e\u{301} 漢字");
        let at = 3;
        // Inside the ZWJ sequence (after the first emoji's 4 bytes).
        assert_eq!(check(&text, at..at + 4), Err(SpanError::SplitsCharacter));
        assert_eq!(
            check(&text, at..at + family.len()),
            Ok(at..at + family.len())
        );
        // "e" without its combining acute accent.
        let e = text.find('e').unwrap();
        assert_eq!(check(&text, e..e + 1), Err(SpanError::SplitsCharacter));
        assert_eq!(check(&text, e..e + 3), Ok(e..e + 3));
        // Inside a CJK character's UTF-8 bytes.
        let han = text.find('漢').unwrap();
        assert_eq!(check(&text, han..han + 1), Err(SpanError::SplitsCharacter));
        assert_eq!(check(&text, han..han + 6), Ok(han..han + 6));
    }

    #[test]
    fn crlf_is_normalised_before_any_span_so_the_rule_sees_lf_only() {
        // A span may not end between a CR and an LF: after normalisation
        // there is no CR, and a CR LF pair is one grapheme cluster anyway.
        let raw = "T\r\n\r\nab";
        assert_eq!(check(raw, 0..2), Err(SpanError::SplitsCharacter));
    }

    #[test]
    fn spans_stay_inside_one_block_including_rtl_text() {
        let text = "Headline\n\nשלום עולם\n\nSecond paragraph";
        let p = text.find('ש').unwrap();
        let end = text.find("\n\nSecond").unwrap();
        assert_eq!(check(text, p..end), Ok(p..end));
        assert_eq!(check(text, p..end + 3), Err(SpanError::CrossesBlocks));
        // Only the blank line between blocks.
        assert_eq!(check(text, end..end + 2), Err(SpanError::CrossesBlocks));
        assert_eq!(SpanRule::new(text).block_of(p), Some(p..end));
    }
}

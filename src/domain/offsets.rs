//! Offsets: the one place where byte offsets (the core's unit), Unicode code
//! points (the export's canonical unit, Python's `text[start:end]`) and UTF-16
//! code units (JavaScript's and the DOM's) are converted into one another, and
//! where selections are snapped to grapheme clusters and trimmed.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use unicode_segmentation::GraphemeCursor;

/// An offset in Unicode code points: Python's `text[start:end]`, the
/// exports' `start`/`end`, Label Studio's and brat's offsets.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct CodePoints(pub usize);

/// An offset in UTF-16 code units: JavaScript's `text.slice`, the DOM's,
/// doccano's offsets, the exports' `utf16`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Utf16Units(pub usize);

/// A byte offset into UTF-8 text: the core's own unit.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Bytes(pub usize);

/// An offset counted in one unit, as files give them. Each unit is its own
/// type, so a UTF-16 offset cannot be read as code points (the bug that
/// shifts every span after an emoji): the compiler refuses it.
pub trait TextOffset: Copy + fmt::Display {
    /// The unit's name, for messages ("code points").
    const UNIT: &'static str;
    fn count(self) -> usize;
    /// The byte offset in `index`'s text, or None past its end or inside a
    /// character.
    fn byte_in(self, index: &OffsetIndex) -> Option<usize>;
    /// The text's length in this unit.
    fn len_in(index: &OffsetIndex) -> usize;
}

impl TextOffset for CodePoints {
    const UNIT: &'static str = "code points";
    fn count(self) -> usize {
        self.0
    }
    fn byte_in(self, index: &OffsetIndex) -> Option<usize> {
        index.byte_of_code_point(self.0)
    }
    fn len_in(index: &OffsetIndex) -> usize {
        index.len_code_points()
    }
}

impl TextOffset for Utf16Units {
    const UNIT: &'static str = "UTF-16 units";
    fn count(self) -> usize {
        self.0
    }
    fn byte_in(self, index: &OffsetIndex) -> Option<usize> {
        index.byte_of_utf16(self.0)
    }
    fn len_in(index: &OffsetIndex) -> usize {
        index.len_utf16()
    }
}

impl TextOffset for Bytes {
    const UNIT: &'static str = "bytes";
    fn count(self) -> usize {
        self.0
    }
    fn byte_in(self, index: &OffsetIndex) -> Option<usize> {
        index.text.is_char_boundary(self.0).then_some(self.0)
    }
    fn len_in(index: &OffsetIndex) -> usize {
        index.text.len()
    }
}

impl fmt::Display for CodePoints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Utf16Units {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// A position in a text in the two units that files carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub code_point: CodePoints,
    pub utf16: Utf16Units,
}

/// The number of characters in UTF-8 bytes: those that do not continue a
/// character (continuation bytes are 0b10xx_xxxx).
pub fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Bytes between checkpoints; bounds the linear scan of a lookup. An export looks up both
/// ends of every span (tens of thousands in a long article), so the scan is kept short:
/// the checkpoints of 1 MB take 375 KB.
const STRIDE: usize = 64;

/// Converts offsets of one text between units in O(log n + STRIDE), so that
/// exporting thousands of spans of a long text stays linear overall.
#[derive(Debug, Clone)]
pub struct OffsetIndex<'t> {
    text: &'t str,
    /// (byte, code point, utf16) at char boundaries, increasing.
    checkpoints: Vec<(usize, usize, usize)>,
}

impl<'t> OffsetIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = vec![(0, 0, 0)];
        let (mut cp, mut u16) = (0, 0);
        let mut next = STRIDE;
        for (byte, c) in text.char_indices() {
            if byte >= next {
                checkpoints.push((byte, cp, u16));
                next = byte + STRIDE;
            }
            cp += 1;
            u16 += c.len_utf16();
        }
        checkpoints.push((text.len(), cp, u16));
        OffsetIndex { text, checkpoints }
    }

    /// Total length in code points.
    pub fn len_code_points(&self) -> usize {
        self.checkpoints.last().map_or(0, |c| c.1)
    }

    /// The position of a byte offset, which must be a char boundary.
    pub fn position(&self, byte: usize) -> Position {
        let i = self.checkpoints.partition_point(|c| c.0 <= byte) - 1;
        let (b0, cp, u16) = self.checkpoints[i];
        // Counted from the UTF-8 bytes: a character starts at every byte that does not
        // continue one, and takes two UTF-16 units when it takes four bytes.
        let bytes = &self.text.as_bytes()[b0..byte];
        let chars = char_count(bytes);
        let astral = bytes.iter().filter(|&&b| b >= 0xF0).count();
        Position {
            code_point: CodePoints(cp + chars),
            utf16: Utf16Units(u16 + chars + astral),
        }
    }

    /// The byte offset of a code point offset, or None past the end.
    pub fn byte_of_code_point(&self, code_point: usize) -> Option<usize> {
        if code_point > self.len_code_points() {
            return None;
        }
        let i = self.checkpoints.partition_point(|c| c.1 <= code_point) - 1;
        let (b0, cp0, _) = self.checkpoints[i];
        let rest = &self.text[b0..];
        Some(
            rest.char_indices()
                .nth(code_point - cp0)
                .map_or(self.text.len(), |(b, _)| b0 + b),
        )
    }
}

impl OffsetIndex<'_> {
    /// Total length in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.checkpoints.last().map_or(0, |c| c.2)
    }

    /// The byte offset of a UTF-16 offset, or None past the end or inside a
    /// surrogate pair (an offset no Python or Rust string can represent).
    pub fn byte_of_utf16(&self, utf16: usize) -> Option<usize> {
        if utf16 > self.len_utf16() {
            return None;
        }
        let i = self.checkpoints.partition_point(|c| c.2 <= utf16) - 1;
        let (b0, _, mut units) = self.checkpoints[i];
        for (b, c) in self.text[b0..].char_indices() {
            if units == utf16 {
                return Some(b0 + b);
            }
            units += c.len_utf16();
            if units > utf16 {
                return None;
            }
        }
        (units == utf16).then_some(self.text.len())
    }
}

/// The UTF-16 offset of a byte offset in `s` (clamped to `s`), to place a
/// DOM selection: the inverse of [`byte_of_utf16`] on char boundaries.
pub fn utf16_of_byte(s: &str, byte: usize) -> usize {
    s.char_indices()
        .take_while(|&(b, _)| b < byte)
        .map(|(_, c)| c.len_utf16())
        .sum()
}

/// The byte offset in `s` of a UTF-16 offset, as a DOM selection gives it.
/// An offset inside a surrogate pair, or past the end, is clamped to the
/// nearest char boundary before it.
pub fn byte_of_utf16(s: &str, utf16: usize) -> usize {
    let mut units = 0;
    for (byte, c) in s.char_indices() {
        let next = units + c.len_utf16();
        if next > utf16 {
            return byte;
        }
        units = next;
    }
    s.len()
}

pub fn is_grapheme_boundary(text: &str, byte: usize) -> bool {
    if byte == 0 || byte >= text.len() {
        return true;
    }
    // Between two characters that neither extend, join, prepend nor control
    // (ASCII, and the dashes, quotation marks and ellipsis of U+2010–U+2027),
    // every rule of UAX #29 breaks but CR LF: most span ends of news text are
    // decided here, without the segmenter's tables.
    let bytes = text.as_bytes();
    let plain_punctuation = |b: &[u8]| matches!(b, [0xE2, 0x80, 0x90..=0xA7]);
    let plain_before =
        bytes[byte - 1].is_ascii() || (byte >= 3 && plain_punctuation(&bytes[byte - 3..byte]));
    let plain_after = bytes[byte].is_ascii()
        || (byte + 3 <= bytes.len() && plain_punctuation(&bytes[byte..byte + 3]));
    if plain_before && plain_after {
        return !(bytes[byte - 1] == b'\r' && bytes[byte] == b'\n');
    }
    if !text.is_char_boundary(byte) {
        return false;
    }
    GraphemeCursor::new(byte, text.len(), true)
        .is_boundary(text, 0)
        .unwrap_or(true)
}

/// Grows a byte range outwards to the nearest grapheme-cluster boundaries, so
/// that a span never splits an emoji sequence or a letter from its accents.
pub fn snap_to_graphemes(text: &str, range: Range<usize>) -> Range<usize> {
    let start = range.start.min(text.len());
    let end = range.end.clamp(start, text.len());
    before_cluster(text, start)..past_cluster(text, end)
}

/// Turns a raw selection into a span range: snapped to graphemes, with
/// surrounding whitespace dropped. None when nothing but whitespace is left.
pub fn clean_selection(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let (lo, hi) = (range.start.min(range.end), range.start.max(range.end));
    let Range { mut start, mut end } = snap_to_graphemes(text, lo..hi);
    loop {
        let inner = &text[start..end];
        let (trimmed_start, trimmed_end) = (
            start + (inner.len() - inner.trim_start().len()),
            start + inner.trim_end().len(),
        );
        // Whitespace that a combining mark extends (" \u{301}") is one
        // cluster: trimming its space would split it, so the cluster goes.
        let (next_start, next_end) = (
            past_cluster(text, trimmed_start),
            before_cluster(text, trimmed_end.max(trimmed_start)),
        );
        if (next_start, next_end) == (start, end) || next_start >= next_end {
            return (next_start < next_end).then_some(next_start..next_end);
        }
        (start, end) = (next_start, next_end);
    }
}

/// `byte`, or the end of the grapheme cluster it falls inside (byte by
/// byte: `byte` may be inside a character).
fn past_cluster(text: &str, mut byte: usize) -> usize {
    while !is_grapheme_boundary(text, byte) {
        byte += 1;
    }
    byte
}

/// `byte`, or the start of the grapheme cluster it falls inside.
fn before_cluster(text: &str, mut byte: usize) -> usize {
    while !is_grapheme_boundary(text, byte) {
        byte -= 1;
    }
    byte
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MIXED: &str = "a👩‍👩‍👧b 日本語 שלום e\u{301}\r\nz🇺🇦";

    #[test]
    fn a_byte_offset_goes_to_utf16_and_back_for_a_caret() {
        for (byte, _) in MIXED.char_indices().chain([(MIXED.len(), ' ')]) {
            let u = utf16_of_byte(MIXED, byte);
            assert_eq!(u, MIXED[..byte].encode_utf16().count());
            assert_eq!(byte_of_utf16(MIXED, u), byte);
        }
        assert_eq!(
            utf16_of_byte(MIXED, MIXED.len() + 9),
            MIXED.encode_utf16().count()
        );
    }

    #[test]
    fn utf16_offsets_map_back_to_bytes_and_refuse_half_a_surrogate_pair() {
        let long = MIXED.repeat(40);
        for text in [MIXED, long.as_str()] {
            let index = OffsetIndex::new(text);
            assert_eq!(index.len_utf16(), text.encode_utf16().count());
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let u = index.position(byte).utf16;
                assert_eq!(index.byte_of_utf16(u.0), Some(byte));
            }
            // 👩 is two UTF-16 units: offset 2 is inside it.
            assert_eq!(index.byte_of_utf16(2), None);
            assert_eq!(index.byte_of_utf16(index.len_utf16() + 1), None);
        }
    }

    #[test]
    fn positions_count_code_points_and_utf16_units() {
        let idx = OffsetIndex::new(MIXED);
        let b = MIXED.find('b').unwrap();
        // 👩‍👩‍👧 is 5 code points and 8 UTF-16 units.
        assert_eq!(
            idx.position(b),
            Position {
                code_point: CodePoints(6),
                utf16: Utf16Units(9)
            }
        );
        assert_eq!(idx.byte_of_code_point(6), Some(b));
        assert_eq!(
            idx.byte_of_code_point(MIXED.chars().count()),
            Some(MIXED.len())
        );
        assert_eq!(idx.byte_of_code_point(MIXED.chars().count() + 1), None);
    }

    #[test]
    fn utf16_offsets_map_to_bytes_and_clamp_inside_pairs() {
        let s = "x😀y";
        assert_eq!(byte_of_utf16(s, 0), 0);
        assert_eq!(byte_of_utf16(s, 1), 1);
        assert_eq!(byte_of_utf16(s, 2), 1, "inside the surrogate pair");
        assert_eq!(byte_of_utf16(s, 3), 5);
        assert_eq!(byte_of_utf16(s, 99), 6);
    }

    #[test]
    fn selections_snap_to_graphemes_and_drop_whitespace() {
        let t = "  say 👩‍👩‍👧 and e\u{301} ";
        let family = t.find('👩').unwrap();
        // A selection ending inside the ZWJ sequence grows to include it all.
        let r = clean_selection(t, 0..family + 4).unwrap();
        assert_eq!(&t[r], "say 👩‍👩‍👧");
        // A selection starting on the combining accent takes its base letter.
        let accent = t.find('\u{301}').unwrap();
        let r = clean_selection(t, accent..t.len()).unwrap();
        assert_eq!(&t[r], "e\u{301}");
        assert_eq!(clean_selection(t, 0..2), None);
        // Reversed selections (focus before anchor) work too.
        let r = clean_selection(t, family + 4..2).unwrap();
        assert_eq!(&t[r], "say 👩‍👩‍👧");
    }

    fn unicode_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "a",
            "Z",
            " ",
            "\n",
            "👩‍👩‍👧",
            "🇺🇦",
            "日本",
            "שלום",
            "e\u{301}",
            "“",
            "”",
            "’",
            "\u{200f}",
            "\r",
            "\r\n",
            "\u{301}",
            "\u{200d}",
            "—",
            "…",
            "\u{2028}",
            "‼",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn index_agrees_with_naive_counting(text in unicode_text()) {
            let idx = OffsetIndex::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                let p = idx.position(byte);
                prop_assert_eq!(p.code_point.0, text[..byte].chars().count());
                prop_assert_eq!(p.utf16.0, text[..byte].encode_utf16().count());
                prop_assert_eq!(idx.byte_of_code_point(p.code_point.0), Some(byte));
                prop_assert_eq!(byte_of_utf16(&text, p.utf16.0), byte);
                // Each unit through the one conversion every importer uses.
                prop_assert_eq!(p.code_point.byte_in(&idx), Some(byte));
                prop_assert_eq!(p.utf16.byte_in(&idx), Some(byte));
                prop_assert_eq!(Bytes(byte).byte_in(&idx), Some(byte));
            }
        }

        #[test]
        fn the_ascii_shortcut_agrees_with_the_segmenter(text in unicode_text()) {
            for byte in 0..=text.len() {
                let segmenter = byte == 0 || byte >= text.len() || (text.is_char_boundary(byte)
                    && GraphemeCursor::new(byte, text.len(), true).is_boundary(&text, 0).unwrap_or(true));
                prop_assert_eq!(is_grapheme_boundary(&text, byte), segmenter, "at {}", byte);
            }
        }

        #[test]
        fn cleaned_selections_are_grapheme_aligned(text in unicode_text(), a in 0usize..200, b in 0usize..200) {
            let (a, b) = (a.min(text.len()), b.min(text.len()));
            if let Some(r) = clean_selection(&text, a..b) {
                prop_assert!(is_grapheme_boundary(&text, r.start));
                prop_assert!(is_grapheme_boundary(&text, r.end));
                let s = &text[r];
                prop_assert_eq!(s.trim(), s);
            }
        }
    }

    #[test]
    fn a_space_a_combining_mark_extends_is_trimmed_as_one_cluster() {
        let text = "x \u{301}y \u{301}";
        assert_eq!(clean_selection(text, 1..text.len()), Some(4..8));
        assert_eq!(clean_selection(text, 1..4), None);
        assert_eq!(clean_selection("\r\nab\r\n", 1..7), Some(2..4));
    }

    #[test]
    fn long_text_index_crosses_checkpoints() {
        let text = "é👩‍👩‍👧x".repeat(500);
        let idx = OffsetIndex::new(&text);
        let byte = text.char_indices().nth(1234).unwrap().0;
        assert_eq!(idx.position(byte).code_point, CodePoints(1234));
        assert_eq!(idx.byte_of_code_point(1234), Some(byte));
        // Every position, in both units, across many checkpoints.
        let mut utf16 = 0;
        for (cp, (byte, c)) in text.char_indices().enumerate() {
            let p = idx.position(byte);
            assert_eq!((p.code_point.0, p.utf16.0), (cp, utf16), "at byte {byte}");
            utf16 += c.len_utf16();
        }
        assert_eq!(idx.position(text.len()).utf16, Utf16Units(utf16));
    }
}

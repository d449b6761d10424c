//! Quotation-mark scanning: finds outermost quote spans per paragraph, telling apostrophes from single quotes.

use crate::domain::offsets::char_count;

/// The quotation-mark family that opened a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Mark {
    /// “…”
    CurlyDouble,
    /// "…"
    Straight,
    /// ‘…’
    CurlySingle,
    /// '…'
    StraightSingle,
    /// «…»
    Guillemet,
    /// »…«
    GuillemetRev,
    /// „…“ or „…”
    Low,
}

impl Mark {
    fn is_single(self) -> bool {
        matches!(self, Mark::CurlySingle | Mark::StraightSingle)
    }
}

/// One outermost quote found in a paragraph (absolute byte offsets).
#[derive(Clone, Debug)]
pub(super) struct RawQuote {
    pub start: usize,
    /// End (exclusive); includes the closing mark when `closed`.
    pub end: usize,
    pub closed: bool,
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace()
                || matches!(
                    p,
                    '(' | '['
                        | '{'
                        | '—'
                        | '–'
                        | '-'
                        | '/'
                        | ':'
                        | '“'
                        | '‘'
                        | '«'
                        | '„'
                        | '"'
                        | '\''
                        | '\u{200B}'
                        | '\u{200F}'
                        | '\u{200E}'
                )
                || (!p.is_alphanumeric() && !p.is_ascii_punctuation() && !is_mark_like(p))
        }
    }
}

fn is_mark_like(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '“' | '‘' | '«' | '„')
}

/// A quotation mark with the characters around it: the context that decides whether it
/// opens or closes a quote.
#[derive(Clone, Copy)]
struct Around {
    prev: Option<char>,
    c: char,
    next: Option<char>,
    /// The character after `next`.
    next2: Option<char>,
}

/// Whether the mark can open a quote; returns its family.
fn opener(a: Around) -> Option<Mark> {
    let Around {
        prev,
        c,
        next,
        next2,
    } = a;
    let next_ok = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' if next_ok => Some(Mark::CurlyDouble),
        // A mistyped opener: ”We are ready,” at the start of a word.
        '”' if next.is_some_and(char::is_alphanumeric) && prev.is_none_or(char::is_whitespace) => {
            Some(Mark::CurlyDouble)
        }
        '"' if next_ok && is_open_context(prev) => Some(Mark::Straight),
        '‘' if next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_digit())
            && prev.is_none_or(|p| !is_word(p)) =>
        {
            Some(Mark::CurlySingle)
        }
        '\'' if next.is_some_and(|n| n.is_alphabetic())
            && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '"' | '“' | '—')) =>
        {
            Some(Mark::StraightSingle)
        }
        '«' if next_ok
            || (next.is_some_and(|n| matches!(n, ' ' | '\u{a0}' | '\u{202f}'))
                && next2.is_some_and(|n| !n.is_whitespace())) =>
        {
            Some(Mark::Guillemet)
        }
        '»' if next.is_some_and(|n| n.is_alphanumeric())
            && prev.is_none_or(|p| p.is_whitespace() || p == '(') =>
        {
            Some(Mark::GuillemetRev)
        }
        '„' if next_ok => Some(Mark::Low),
        _ => None,
    }
}

/// The characters that can open or close a quote.
fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '«' | '»' | '„')
}

/// Whether the mark closes a quote of family `m`.
fn closes(a: Around, m: Mark) -> bool {
    let Around { prev, c, next, .. } = a;
    let next_not_word = || next.is_none_or(|n| !is_word(n));
    match m {
        Mark::CurlyDouble => {
            c == '”'
                || (c == '“'
                    && prev.is_some_and(|p| !p.is_whitespace())
                    && next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation()))
        }
        Mark::Straight => {
            c == '"' && !(prev.is_some_and(char::is_whitespace) && next.is_some_and(is_word))
        }
        Mark::CurlySingle => {
            c == '’' && next_not_word() && prev.is_some_and(|p| !p.is_whitespace())
        }
        Mark::StraightSingle => {
            c == '\'' && next_not_word() && prev.is_some_and(|p| !p.is_whitespace())
        }
        Mark::Guillemet => c == '»',
        Mark::GuillemetRev => c == '«',
        Mark::Low => c == '“' || c == '”',
    }
}

/// Maximum characters searched for the closing mark of a single quote.
const SINGLE_LIMIT: usize = 1500;

/// Maximum nesting depth tracked inside a quote.
const MAX_DEPTH: usize = 8;

/// Steps a paragraph may spend on searches for the closes of single quotes: this many per
/// character, plus [`SINGLE_BUDGET_BASE`]. Real text spends well under one step per character;
/// runs of nested openers (`‘‘’‘‘’…`) would otherwise cost up to [`SINGLE_LIMIT`] per opener.
/// Once spent, the paragraph's remaining single quotes are taken as unclosed (apostrophes).
const SINGLE_BUDGET_PER_CHAR: usize = 16;

/// See [`SINGLE_BUDGET_PER_CHAR`]: enough for thirty unclosed single quotes' full searches.
const SINGLE_BUDGET_BASE: usize = 30 * SINGLE_LIMIT;

/// One paragraph's quotation marks (most characters are not: the searches for closes step
/// from mark to mark) with, per mark, what it can open and close.
struct Scan {
    marks: Vec<MarkAt>,
    /// The paragraph's length in characters.
    chars: usize,
    /// `next_close[f][j]`: the first mark at or after mark `j` that can close single-quote
    /// family `f` (0: `‘`, 1: `'`), else the mark count.
    next_close: [Vec<usize>; 2],
    /// Steps left for searches of single quotes' closes, one per character passed (as if
    /// the search read every character, so the limits below are in characters).
    single_budget: usize,
}

/// A quotation mark in a paragraph.
struct MarkAt {
    /// Character index in the paragraph.
    at: usize,
    /// Byte offset in the paragraph.
    byte: usize,
    c: char,
    /// The family it can open (`opener`).
    open: Option<Mark>,
    /// The families it can close (`closes`), one bit each.
    close: u8,
}

const FAMILIES: [Mark; 7] = [
    Mark::CurlyDouble,
    Mark::Straight,
    Mark::CurlySingle,
    Mark::StraightSingle,
    Mark::Guillemet,
    Mark::GuillemetRev,
    Mark::Low,
];

impl Mark {
    fn bit(self) -> u8 {
        1 << self as u8
    }

    /// Index into [`Scan::next_close`] for the single-quote families.
    fn single_index(self) -> Option<usize> {
        match self {
            Mark::CurlySingle => Some(0),
            Mark::StraightSingle => Some(1),
            _ => None,
        }
    }
}

impl Scan {
    fn new(para: &str) -> Scan {
        let bytes = para.as_bytes();
        let mut marks = Vec::new();
        let (mut chars, mut counted) = (0, 0);
        for (b, &x) in bytes.iter().enumerate() {
            // The first byte of every quotation mark: `"`, `'`, U+2018–U+201E, U+00AB, U+00BB.
            if !matches!(x, b'"' | b'\'' | 0xE2 | 0xC2) {
                continue;
            }
            let mut after = para[b..].chars();
            let c = after.next().expect("a char starts at a lead byte");
            if !is_quote_mark(c) {
                continue;
            }
            chars += char_count(&bytes[counted..b]);
            counted = b;
            let around = Around {
                prev: para[..b].chars().next_back(),
                c,
                next: after.next(),
                next2: after.next(),
            };
            marks.push(MarkAt {
                at: chars,
                byte: b,
                c,
                open: opener(around),
                close: FAMILIES
                    .iter()
                    .filter(|&&m| closes(around, m))
                    .fold(0, |bits, m| bits | m.bit()),
            });
        }
        chars += char_count(&bytes[counted..]);
        let n = marks.len();
        let mut next_close = [vec![n; n + 1], vec![n; n + 1]];
        for (f, m) in [Mark::CurlySingle, Mark::StraightSingle]
            .into_iter()
            .enumerate()
        {
            for j in (0..n).rev() {
                next_close[f][j] = if marks[j].close & m.bit() != 0 {
                    j
                } else {
                    next_close[f][j + 1]
                };
            }
        }
        Scan {
            marks,
            chars,
            next_close,
            single_budget: SINGLE_BUDGET_PER_CHAR * chars + SINGLE_BUDGET_BASE,
        }
    }

    /// Finds the mark closing the quote opened by mark `i`, if any.
    fn find_close(&mut self, i: usize, m: Mark) -> Option<usize> {
        let start = self.marks[i].at;
        // A single quote closes only on a mark that can close its family: none ahead, no close.
        let next_close = m.single_index().map(|f| &self.next_close[f]);
        // (family, char index where it opened)
        let mut stack: Vec<(Mark, usize)> = vec![(m, start)];
        let limit = if m.is_single() {
            (start + SINGLE_LIMIT).min(self.chars)
        } else {
            self.chars
        };
        // The last character index searched.
        let mut k = start;
        for j in i + 1..self.marks.len() {
            let mark = &self.marks[j];
            if mark.at >= limit {
                return None;
            }
            if let Some(next) = next_close {
                if next[j] == self.marks.len() || self.marks[next[j]].at >= limit {
                    return None;
                }
                // One step for each character from the last searched to this mark.
                let steps = mark.at - k;
                if self.single_budget < steps {
                    self.single_budget = 0;
                    return None;
                }
                self.single_budget -= steps;
            }
            k = mark.at;
            // Nested single quotes that never closed are forgotten after a while.
            while stack.len() > 1 {
                let (top, at) = stack[stack.len() - 1];
                if top.is_single() && k - at > SINGLE_LIMIT {
                    stack.pop();
                } else {
                    break;
                }
            }
            // Closing: the innermost family on the stack that this mark closes.
            let bits = mark.close;
            if bits != 0 {
                if let Some(pos) = stack.iter().rposition(|&(s, _)| bits & s.bit() != 0) {
                    stack.truncate(pos);
                    if stack.is_empty() {
                        return Some(j);
                    }
                    continue;
                }
            }
            if let Some(n) = mark.open {
                if stack.len() < MAX_DEPTH {
                    stack.push((n, k));
                }
            }
        }
        None
    }
}

/// Scans one paragraph (`base` = its absolute byte offset) and returns its outermost quotes.
pub(super) fn scan_paragraph(para: &str, base: usize) -> Vec<RawQuote> {
    let mut scan = Scan::new(para);
    let mut out = Vec::new();
    let mut i = 0;
    while i < scan.marks.len() {
        if let Some(m) = scan.marks[i].open {
            let opened = scan.marks[i].byte;
            match scan.find_close(i, m) {
                Some(j) => {
                    let close = &scan.marks[j];
                    out.push(RawQuote {
                        start: base + opened,
                        end: base + close.byte + close.c.len_utf8(),
                        closed: true,
                    });
                    i = j + 1;
                    continue;
                }
                None if !m.is_single() => {
                    // Unclosed double quote: runs to the paragraph end (multi-paragraph quote).
                    let end = para.trim_end().len();
                    if end > opened + 1 {
                        out.push(RawQuote {
                            start: base + opened,
                            end: base + end,
                            closed: false,
                        });
                    }
                    break;
                }
                None => {}
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
#[path = "quotes_reference_tests.rs"]
mod reference_tests;

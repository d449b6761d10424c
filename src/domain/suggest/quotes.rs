//! Quotation-mark scanning: finds outermost quote spans per paragraph, telling apostrophes from single quotes.

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

/// Whether `c` at position `i` can open a quote; returns its family.
fn opener(chars: &[(usize, char)], i: usize) -> Option<Mark> {
    let c = chars[i].1;
    if !is_quote_mark(c) {
        return None;
    }
    let prev = if i == 0 { None } else { Some(chars[i - 1].1) };
    let next = chars.get(i + 1).map(|x| x.1);
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
                && chars.get(i + 2).is_some_and(|n| !n.1.is_whitespace())) =>
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

/// Whether `c` at `i` closes a quote of family `m`.
fn closes(chars: &[(usize, char)], i: usize, m: Mark) -> bool {
    let c = chars[i].1;
    if !is_quote_mark(c) {
        return false;
    }
    let prev = if i == 0 { None } else { Some(chars[i - 1].1) };
    let next = chars.get(i + 1).map(|x| x.1);
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

/// One paragraph's characters with, per character, what it can open and close, so that the
/// searches for closes (which read each character once per open quote) are cheap.
struct Scan<'a> {
    chars: &'a [(usize, char)],
    /// `open[k]`: the family the char at `k` can open (`opener`).
    open: Vec<Option<Mark>>,
    /// `close[k]`: the families the char at `k` can close (`closes`), one bit each.
    close: Vec<u8>,
    /// `next_close[f][k]`: the first index at or after `k` whose char can close single-quote
    /// family `f` (0: `‘`, 1: `'`), else the char count.
    next_close: [Vec<usize>; 2],
    /// Steps left for searches of single quotes' closes.
    single_budget: usize,
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

impl<'a> Scan<'a> {
    fn new(chars: &'a [(usize, char)]) -> Scan<'a> {
        let n = chars.len();
        let open: Vec<Option<Mark>> = (0..n).map(|k| opener(chars, k)).collect();
        let close: Vec<u8> = (0..n)
            .map(|k| {
                if !is_quote_mark(chars[k].1) {
                    return 0;
                }
                FAMILIES
                    .iter()
                    .filter(|&&m| closes(chars, k, m))
                    .fold(0, |bits, m| bits | m.bit())
            })
            .collect();
        let mut next_close = [vec![n; n + 1], vec![n; n + 1]];
        for (f, m) in [Mark::CurlySingle, Mark::StraightSingle]
            .into_iter()
            .enumerate()
        {
            for k in (0..n).rev() {
                next_close[f][k] = if close[k] & m.bit() != 0 {
                    k
                } else {
                    next_close[f][k + 1]
                };
            }
        }
        Scan {
            chars,
            open,
            close,
            next_close,
            single_budget: SINGLE_BUDGET_PER_CHAR * n + SINGLE_BUDGET_BASE,
        }
    }

    /// Finds the char index of the mark closing the quote opened at `i`, if any.
    fn find_close(&mut self, i: usize, m: Mark) -> Option<usize> {
        let n = self.chars.len();
        // A single quote closes only on a mark that can close its family: none ahead, no close.
        let next_close = m.single_index().map(|f| &self.next_close[f]);
        // (family, char index where it opened)
        let mut stack: Vec<(Mark, usize)> = vec![(m, i)];
        let mut k = i + 1;
        let limit = if m.is_single() {
            (i + SINGLE_LIMIT).min(n)
        } else {
            n
        };
        while k < limit {
            if let Some(next) = next_close {
                if next[k] >= limit || self.single_budget == 0 {
                    return None;
                }
                self.single_budget -= 1;
            }
            // Nested single quotes that never closed are forgotten after a while.
            while stack.len() > 1 {
                let (top, at) = stack[stack.len() - 1];
                if top.is_single() && k - at > SINGLE_LIMIT {
                    stack.pop();
                } else {
                    break;
                }
            }
            // Closing: the innermost family on the stack that this char closes.
            let bits = self.close[k];
            if bits != 0 {
                if let Some(pos) = stack.iter().rposition(|&(s, _)| bits & s.bit() != 0) {
                    stack.truncate(pos);
                    if stack.is_empty() {
                        return Some(k);
                    }
                    k += 1;
                    continue;
                }
            }
            if let Some(n) = self.open[k] {
                if stack.len() < MAX_DEPTH {
                    stack.push((n, k));
                }
            }
            k += 1;
        }
        None
    }
}

/// Scans one paragraph (`base` = its absolute byte offset) and returns its outermost quotes.
pub(super) fn scan_paragraph(para: &str, base: usize) -> Vec<RawQuote> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut scan = Scan::new(&chars);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(m) = scan.open[i] {
            match scan.find_close(i, m) {
                Some(j) => {
                    let end = chars[j].0 + chars[j].1.len_utf8();
                    out.push(RawQuote {
                        start: base + chars[i].0,
                        end: base + end,
                        closed: true,
                    });
                    i = j + 1;
                    continue;
                }
                None if !m.is_single() => {
                    // Unclosed double quote: runs to the paragraph end (multi-paragraph quote).
                    let end = para.trim_end().len();
                    if end > chars[i].0 + 1 {
                        out.push(RawQuote {
                            start: base + chars[i].0,
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

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

/// Whether `c` at `i` closes a quote of family `m`.
fn closes(chars: &[(usize, char)], i: usize, m: Mark) -> bool {
    let c = chars[i].1;
    let prev = if i == 0 { None } else { Some(chars[i - 1].1) };
    let next = chars.get(i + 1).map(|x| x.1);
    let next_not_word = next.is_none_or(|n| !is_word(n));
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
        Mark::CurlySingle => c == '’' && next_not_word && prev.is_some_and(|p| !p.is_whitespace()),
        Mark::StraightSingle => {
            c == '\'' && next_not_word && prev.is_some_and(|p| !p.is_whitespace())
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

/// Finds the char index of the mark closing the quote opened at `i`, if any.
fn find_close(chars: &[(usize, char)], i: usize, m: Mark) -> Option<usize> {
    // (family, char index where it opened)
    let mut stack: Vec<(Mark, usize)> = vec![(m, i)];
    let mut k = i + 1;
    let limit = if m.is_single() {
        (i + SINGLE_LIMIT).min(chars.len())
    } else {
        chars.len()
    };
    while k < limit {
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
        if let Some(pos) = stack.iter().rposition(|&(s, _)| closes(chars, k, s)) {
            stack.truncate(pos);
            if stack.is_empty() {
                return Some(k);
            }
            k += 1;
            continue;
        }
        if let Some(n) = opener(chars, k) {
            if stack.len() < MAX_DEPTH {
                stack.push((n, k));
            }
        }
        k += 1;
    }
    None
}

/// Scans one paragraph (`base` = its absolute byte offset) and returns its outermost quotes.
pub(super) fn scan_paragraph(para: &str, base: usize) -> Vec<RawQuote> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(m) = opener(&chars, i) {
            match find_close(&chars, i, m) {
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

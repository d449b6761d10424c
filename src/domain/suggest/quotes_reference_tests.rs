//! The mark-to-mark scanner against the character-by-character one it replaced (kept here
//! as the oracle): the same quotes, and the same single-quote budget spent, on random
//! paragraphs of quotation marks, letters, spaces and punctuation.

use super::*;
use proptest::prelude::*;

/// The scanner as it was: every character visited, one budget step each.
fn reference_scan(para: &str, base: usize) -> Vec<(usize, usize, bool)> {
    let chars: Vec<(usize, char)> = para.char_indices().collect();
    let n = chars.len();
    let around = |k: usize| Around {
        prev: k.checked_sub(1).map(|p| chars[p].1),
        c: chars[k].1,
        next: chars.get(k + 1).map(|x| x.1),
        next2: chars.get(k + 2).map(|x| x.1),
    };
    let open: Vec<Option<Mark>> = (0..n)
        .map(|k| {
            is_quote_mark(chars[k].1)
                .then(|| opener(around(k)))
                .flatten()
        })
        .collect();
    let close: Vec<u8> = (0..n)
        .map(|k| {
            if !is_quote_mark(chars[k].1) {
                return 0;
            }
            FAMILIES
                .iter()
                .filter(|&&m| closes(around(k), m))
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
    let mut budget = SINGLE_BUDGET_PER_CHAR * n + SINGLE_BUDGET_BASE;
    let find_close = |i: usize, m: Mark, budget: &mut usize| -> Option<usize> {
        let next = m.single_index().map(|f| &next_close[f]);
        let mut stack = vec![(m, i)];
        let limit = if m.is_single() {
            (i + SINGLE_LIMIT).min(n)
        } else {
            n
        };
        let mut k = i + 1;
        while k < limit {
            if let Some(next) = next {
                if next[k] >= limit || *budget == 0 {
                    return None;
                }
                *budget -= 1;
            }
            while stack.len() > 1 {
                let (top, at) = stack[stack.len() - 1];
                if top.is_single() && k - at > SINGLE_LIMIT {
                    stack.pop();
                } else {
                    break;
                }
            }
            if close[k] != 0 {
                if let Some(pos) = stack.iter().rposition(|&(s, _)| close[k] & s.bit() != 0) {
                    stack.truncate(pos);
                    if stack.is_empty() {
                        return Some(k);
                    }
                    k += 1;
                    continue;
                }
            }
            if let Some(o) = open[k] {
                if stack.len() < MAX_DEPTH {
                    stack.push((o, k));
                }
            }
            k += 1;
        }
        None
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if let Some(m) = open[i] {
            match find_close(i, m, &mut budget) {
                Some(j) => {
                    out.push((
                        base + chars[i].0,
                        base + chars[j].0 + chars[j].1.len_utf8(),
                        true,
                    ));
                    i = j + 1;
                    continue;
                }
                None if !m.is_single() => {
                    let end = para.trim_end().len();
                    if end > chars[i].0 + 1 {
                        out.push((base + chars[i].0, base + end, false));
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

fn scan(para: &str, base: usize) -> Vec<(usize, usize, bool)> {
    scan_paragraph(para, base)
        .into_iter()
        .map(|q| (q.start, q.end, q.closed))
        .collect()
}

/// Paragraphs from pieces that open, close and surround quotes.
fn paragraph(max_pieces: usize) -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        " ",
        "a",
        "Ann",
        "s",
        "’s",
        ", ",
        ". ",
        "(",
        "—",
        "\u{a0}",
        "1",
        "東京",
        "👩‍👩‍👧",
        "é",
        "\u{301}",
        "x y z ",
    ]);
    prop::collection::vec(piece, 0..max_pieces).prop_map(|p| p.concat())
}

proptest! {
    #[test]
    fn the_mark_to_mark_scanner_finds_what_the_reference_finds(para in paragraph(80)) {
        prop_assert_eq!(scan(&para, 7), reference_scan(&para, 7));
    }
}

#[test]
fn single_quote_limits_and_budget_match_the_reference() {
    // Long paragraphs cross SINGLE_LIMIT and spend the single-quote budget: nested openers
    // that never close, a close far past the limit, apostrophes by the thousand.
    let mut cases = vec![
        "‘‘’".repeat(3000),
        "'x 'y 'z w' ".repeat(2000),
        format!("‘{}’ and ‘b’", "a ".repeat(1600)),
        format!("“{}” ‘{}’", "word ".repeat(900), "x".repeat(1400)),
        "It’s Ann’s ‘view’ and the ‘other’ one’s ".repeat(800),
    ];
    cases.push(format!("{}‘end’", "‘a ".repeat(5000)));
    // Unclosed nested singles fill the stack; once stale, they make room for the inner “.
    cases.push(format!(
        "“{}{}“inner” tail” after",
        "‘a ".repeat(8),
        "x ".repeat(800)
    ));
    for para in cases {
        assert_eq!(scan(&para, 0), reference_scan(&para, 0), "{:.60}…", para);
    }
}

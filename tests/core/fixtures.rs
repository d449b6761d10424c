//! Fixtures with spans marked inline: `⟦` opens and `⟧` closes a span.
//! Markers nest; ranges come back in the order the spans open.

use std::ops::Range;

/// The text without markers, and each marked span's byte range.
pub fn parse(fixture: &str) -> (String, Vec<Range<usize>>) {
    let mut text = String::new();
    let mut open: Vec<(usize, usize)> = Vec::new();
    let mut spans: Vec<Option<Range<usize>>> = Vec::new();
    for c in fixture.chars() {
        match c {
            '⟦' => {
                open.push((spans.len(), text.len()));
                spans.push(None);
            }
            '⟧' => {
                let (i, start) = open.pop().expect("unbalanced ⟧ in fixture");
                spans[i] = Some(start..text.len());
            }
            c => text.push(c),
        }
    }
    assert!(open.is_empty(), "unclosed ⟦ in fixture");
    (text, spans.into_iter().map(|s| s.unwrap()).collect())
}

#[test]
fn markers_nest_and_come_back_in_opening_order() {
    let (text, spans) = parse("a ⟦“b ⟦c⟧”⟧ 👩‍👩‍👧⟦d⟧");
    assert_eq!(text, "a “b c” 👩‍👩‍👧d");
    let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(got, vec!["“b c”", "c", "d"]);
}

//! The byte-walking tokenizer against the one it replaced, which first
//! collected each paragraph's characters into a vector: on any text and any
//! quote spans, both give the same tokens, cases and lower cases.

use super::*;
use proptest::prelude::*;

/// The tokenizer before it walked bytes, kept as the oracle.
fn tokenize_by_chars(
    text: &mut Text,
    para: Para,
    quotes: &[(usize, usize, usize)],
    chars: &mut Vec<(usize, char)>,
    tokens: &mut Tokens,
) {
    let (text, lowers) = (text.src, &mut text.lowers);
    let toks = &mut tokens.all;
    chars.clear();
    chars.extend(
        text[para.start..para.end]
            .char_indices()
            .map(|(i, c)| (i + para.start, c)),
    );
    let chars = &chars[..];
    let mut qi = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if qi < quotes.len() && pos >= quotes[qi].0 {
            let (qs, qe, idx) = quotes[qi];
            toks.push(Tok {
                start: qs,
                end: qe,
                kind: Kind::Quote(idx as u32),
                case: Case::Other(lexicon::Lex::default()),
                lower: (0, 0),
            });
            qi += 1;
            while i < chars.len() && chars[i].0 < qe {
                i += 1;
            }
            continue;
        }
        if c.is_whitespace() || c == '\u{200B}' {
            i += 1;
            continue;
        }
        if is_word_char(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if qi < quotes.len() && chars[j].0 >= quotes[qi].0 {
                    break;
                }
                if is_word_char(cj) {
                    j += 1;
                } else if matches!(cj, '’' | '\'' | '-' | '‑' | '.' | '&')
                    && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
                    && chars[j - 1].1.is_alphanumeric()
                {
                    j += 2;
                } else {
                    break;
                }
            }
            // Plural possessive: "Residents’ Association".
            if j + 1 < chars.len()
                && matches!(chars[j].1, '’' | '\'')
                && matches!(chars[j - 1].1, 's' | 'S')
                && chars[j + 1].1 == ' '
                && chars.get(j + 2).is_some_and(|n| n.1.is_alphanumeric())
            {
                j += 1;
            }
            let end = if j < chars.len() {
                chars[j].0
            } else {
                para.end
            };
            let word = &text[pos..end];
            let mut end2 = end;
            if j < chars.len() && chars[j].1 == '.' {
                let single_cap = word.chars().count() == 1
                    && word.chars().next().is_some_and(char::is_uppercase);
                // "D-Calif.," — a full stop followed by a comma is an abbreviation.
                let before_comma = chars.get(j + 1).is_some_and(|n| n.1 == ',');
                if single_cap || lexicon::is_abbrev(word) || word.contains('.') || before_comma {
                    end2 = end + 1;
                    j += 1;
                }
            }
            let word = &text[pos..end2];
            // The word's lower case, written straight into the text's store of them.
            let at = if !is_own_lowercase(word) {
                let at = lowers.len();
                push_lowercase(word, lowers);
                (at as u32, lowers.len() as u32)
            } else {
                (0, 0)
            };
            let lower = if at.1 > at.0 {
                &lowers[at.0 as usize..at.1 as usize]
            } else {
                word
            };
            let case = Case::of_word(word, lower);
            toks.push(Tok {
                start: pos,
                end: end2,
                kind: Kind::Word,
                case,
                lower: at,
            });
            i = j;
            continue;
        }
        toks.push(Tok {
            start: pos,
            end: pos + c.len_utf8(),
            kind: Kind::Punct(c),
            case: Case::Other(lexicon::Lex::default()),
            lower: (0, 0),
        });
        i += 1;
    }
    tokens.bounds.push(tokens.all.len());
}

/// What a token is, for comparing: its range, kind, case and lower case.
type Seen = Vec<(usize, usize, Kind, Case, String)>;

fn seen(text: &Text, toks: &[Tok]) -> Seen {
    toks.iter()
        .map(|t| (t.start, t.end, t.kind, t.case, t.lower(text).into_owned()))
        .collect()
}

fn both(src: &str, quotes: &[(usize, usize, usize)]) -> (Seen, Seen) {
    let para = Para {
        start: 0,
        end: src.len(),
    };
    let mut new_text = Text::new(src);
    let mut new_tokens = Tokens::with_capacity(src.len(), 1);
    tokenize(&mut new_text, para, quotes, &mut new_tokens);
    let mut old_text = Text::new(src);
    let mut old_tokens = Tokens::with_capacity(src.len(), 1);
    tokenize_by_chars(
        &mut old_text,
        para,
        quotes,
        &mut Vec::new(),
        &mut old_tokens,
    );
    (
        seen(&new_text, new_tokens.para(0)),
        seen(&old_text, old_tokens.para(0)),
    )
}

/// Pieces that reach every branch: joiners between letters, abbreviations,
/// plural possessives, combining marks, joiners, CJK, RTL, emoji.
const PIECES: &[&str] = &[
    "Ann",
    "said",
    "O’Neil",
    "D-Calif.",
    "U.S.",
    "St.",
    "Mr.",
    "A.",
    "x",
    "e\u{301}",
    "東京",
    "שלום",
    "👩\u{200d}👩\u{200d}👧",
    "\u{200b}",
    " ",
    "  ",
    "\n",
    ",",
    ".",
    "’",
    "'",
    "-",
    "‑",
    "&",
    "“",
    "”",
    "\"",
    "Residents’ Association",
    "s’ ",
    "3.5",
    "AT&T",
    "ΣΑ",
    "İ",
    "\u{a0}",
    "\u{2028}",
];

proptest! {
    #[test]
    fn walks_bytes_as_the_char_vector_did(
        picks in prop::collection::vec((0..PIECES.len(), any::<bool>()), 0..60),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let src: String = picks
            .iter()
            .map(|&(i, space)| format!("{}{}", PIECES[i], if space { " " } else { "" }))
            .collect();
        // Quote spans on char boundaries, sorted, not overlapping.
        let bounds: Vec<usize> = (0..=src.len()).filter(|&b| src.is_char_boundary(b)).collect();
        let mut at: Vec<usize> = cuts.iter().map(|c| bounds[c.index(bounds.len())]).collect();
        at.sort_unstable();
        at.dedup();
        let quotes: Vec<(usize, usize, usize)> = at
            .chunks_exact(2)
            .filter(|w| w[0] < w[1])
            .enumerate()
            .map(|(k, w)| (w[0], w[1], k))
            .collect();
        let (new, old) = both(&src, &quotes);
        prop_assert_eq!(new, old, "text {:?} quotes {:?}", src, quotes);
    }
}

//! Paragraph splitting and a light tokenizer (byte offsets); each quote span becomes one token.

use super::lexicon;
use std::borrow::Cow;

/// `s.to_lowercase()`, without a copy when `s` is its own lower case (ASCII with no
/// capitals, most words, or any text whose every character lowers to itself).
/// (Lowering short words on the stack instead was measured no faster.)
pub(super) fn lowercase(s: &str) -> Cow<'_, str> {
    if is_own_lowercase(s) || (!s.is_ascii() && s.chars().all(lowers_to_itself)) {
        Cow::Borrowed(s)
    } else {
        let mut lower = String::with_capacity(s.len());
        push_lowercase(s, &mut lower);
        Cow::Owned(lower)
    }
}

/// Whether `c` is its own lower case ("é", "東"; not "É").
fn lowers_to_itself(c: char) -> bool {
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

/// Appends `s.to_lowercase()` to `out` (ASCII without Unicode's tables;
/// other text a character at a time, without a string of its own, but
/// for "Σ", whose lower case depends on where it stands in the word).
fn push_lowercase(s: &str, out: &mut String) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
    } else if s.contains('Σ') {
        out.push_str(&s.to_lowercase());
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// ASCII with no capital: a word that is its own lower case without Unicode's
/// tables (the tokenizer's fast test; [`lowercase`] also borrows other such text).
fn is_own_lowercase(s: &str) -> bool {
    !s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii())
}

/// A paragraph: a block of the document (absolute byte range, trimmed).
#[derive(Clone, Copy, Debug)]
pub(super) struct Para {
    pub start: usize,
    pub end: usize,
}

/// The document's own blocks ([`crate::domain::document::blocks`]: the
/// headline line, then paragraphs separated by blank lines; a single line
/// break stays inside a paragraph, so a quote across one is one quote).
pub(super) fn paragraphs(text: &str) -> Vec<Para> {
    crate::domain::document::blocks(text)
        .into_iter()
        .map(|b| {
            let block = &text[b.range.clone()];
            let lead = block.len() - block.trim_start().len();
            let start = b.range.start + lead;
            Para {
                start,
                end: start + block.trim().len(),
            }
        })
        .filter(|p| p.start < p.end)
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    Punct(char),
    /// Index into the document's quote list (u32: a token is kept small, and a
    /// text's quotes are far fewer than 2³²).
    Quote(u32),
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// The word's case, found once when tokenizing: the rules ask a word's lower case and
    /// capital many times over.
    pub case: Case,
    /// Where the word's lower case is in [`Text::lowers`] (a word that is its own lower
    /// case, and a token that is not a word: empty).
    lower: (u32, u32),
}

/// The article's text, with the lower case of each of its words that is not its own lower
/// case (capitalised, or not ASCII) written once, so that asking a word's lower case
/// allocates nothing. Reads as the article's text.
pub(super) struct Text<'a> {
    src: &'a str,
    lowers: String,
}

impl<'a> Text<'a> {
    pub fn new(src: &'a str) -> Text<'a> {
        Text {
            src,
            lowers: String::new(),
        }
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.src
    }
}

/// A token's case, and what the word lists say of it where the rules ask for every token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Case {
    /// ASCII with no capital: the word is its own lower case. With the word
    /// lists it is in.
    Lower(lexicon::Lex),
    /// A word that starts with a capital.
    Capital,
    /// A word that starts with a capital and that does not start a name
    /// ([`lexicon::is_cap_stopword`]: "The", "But" …).
    CapitalStopword,
    /// Any other word (with the word lists it is in), and every token that
    /// is not a word.
    Other(lexicon::Lex),
}

impl Case {
    /// The case of a word whose lower case is `lower`.
    fn of_word(word: &str, lower: &str) -> Case {
        if word.chars().next().is_some_and(char::is_uppercase) {
            if lexicon::is_cap_stopword(lower) {
                Case::CapitalStopword
            } else {
                Case::Capital
            }
        } else if is_own_lowercase(word) {
            Case::Lower(lexicon::Lex::of(word))
        } else {
            Case::Other(lexicon::Lex::of(lower))
        }
    }
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
    pub fn quote(&self) -> Option<usize> {
        match self.kind {
            Kind::Quote(q) => Some(q as usize),
            _ => None,
        }
    }
    /// Sentence-ending punctuation.
    pub fn is_terminal(&self) -> bool {
        matches!(self.kind, Kind::Punct('.' | '?' | '!' | ';'))
    }
    pub fn is_cap(&self) -> bool {
        matches!(self.case, Case::Capital | Case::CapitalStopword)
    }
    /// [`lexicon::is_cap_stopword`] of the token's text.
    pub fn is_cap_stopword(&self, text: &str) -> bool {
        match self.case {
            Case::Capital => false,
            Case::CapitalStopword => true,
            _ => lexicon::is_cap_stopword(self.text(text)),
        }
    }
    /// The cue class of a word not capitalised.
    pub fn cue(&self) -> Option<lexicon::Cue> {
        match self.case {
            Case::Lower(lex) | Case::Other(lex) if self.is_word() => lex.cue(),
            _ => None,
        }
    }
    /// [`lexicon::introduces_clause`] of the word's lower case.
    pub fn introduces_clause(&self, text: &Text) -> bool {
        match self.case {
            Case::Lower(lex) | Case::Other(lex) if self.is_word() => lex.introduces_clause(),
            _ => lexicon::introduces_clause(&self.lower(text)),
        }
    }
    pub fn lower<'a>(&self, text: &'a Text) -> Cow<'a, str> {
        match self.case {
            Case::Lower(_) => Cow::Borrowed(self.text(text.src)),
            _ if self.is_word() => {
                Cow::Borrowed(&text.lowers[self.lower.0 as usize..self.lower.1 as usize])
            }
            _ => lowercase(self.text(text.src)),
        }
    }
    pub fn is_possessive(&self, text: &str) -> bool {
        let t = self.text(text);
        t.ends_with("’s") || t.ends_with("'s")
    }
}

/// Combining marks, joiners and variation selectors continue the current word.
fn is_continuation(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_continuation(c)
}

/// The tokens of every paragraph, in one store: a vector per paragraph
/// cost an allocation and a free for each of thousands of paragraphs.
pub(super) struct Tokens {
    all: Vec<Tok>,
    /// Where each paragraph's tokens start in `all`, and where the last ends.
    bounds: Vec<usize>,
}

impl Tokens {
    /// Room for a text of `bytes` bytes (about one token per five bytes of news).
    pub fn with_capacity(bytes: usize, paras: usize) -> Tokens {
        let mut bounds = Vec::with_capacity(paras + 1);
        bounds.push(0);
        Tokens {
            all: Vec::with_capacity(bytes / 5 + 1),
            bounds,
        }
    }

    /// The tokens of paragraph `i`.
    pub fn para(&self, i: usize) -> &[Tok] {
        &self.all[self.bounds[i]..self.bounds[i + 1]]
    }

    /// Each paragraph's tokens, in order.
    pub fn paras(&self) -> impl Iterator<Item = &[Tok]> {
        self.bounds.windows(2).map(|w| &self.all[w[0]..w[1]])
    }
}

/// The character at byte `p` of `text`; ASCII without decoding.
fn char_at(text: &str, p: usize) -> char {
    match text.as_bytes()[p] {
        b if b < 0x80 => b as char,
        _ => text[p..].chars().next().expect("p is a char boundary"),
    }
}

/// Tokenizes `text[para.start..para.end]` as the next paragraph of `tokens`; `quotes` are
/// (start, end, index), sorted, inside the paragraph. Walks the bytes, decoding only
/// what is not ASCII: a vector of the paragraph's characters cost a store per character.
pub(super) fn tokenize(
    text: &mut Text,
    para: Para,
    quotes: &[(usize, usize, usize)],
    tokens: &mut Tokens,
) {
    let (text, lowers) = (text.src, &mut text.lowers);
    let toks = &mut tokens.all;
    let at = |p: usize| (p < para.end).then(|| char_at(text, p));
    let mut qi = 0;
    let mut p = para.start;
    while p < para.end {
        let c = char_at(text, p);
        if qi < quotes.len() && p >= quotes[qi].0 {
            let (qs, qe, idx) = quotes[qi];
            toks.push(Tok {
                start: qs,
                end: qe,
                kind: Kind::Quote(idx as u32),
                case: Case::Other(lexicon::Lex::default()),
                lower: (0, 0),
            });
            qi += 1;
            p = p.max(qe);
            continue;
        }
        if c.is_whitespace() || c == '\u{200B}' {
            p += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            // `j` is the byte after the word so far, `prev` its last character.
            let (mut j, mut prev) = (p + c.len_utf8(), c);
            while let Some(cj) = at(j) {
                if qi < quotes.len() && j >= quotes[qi].0 {
                    break;
                }
                if is_word_char(cj) {
                    j += cj.len_utf8();
                    prev = cj;
                    continue;
                }
                let joins =
                    matches!(cj, '’' | '\'' | '-' | '‑' | '.' | '&') && prev.is_alphanumeric();
                let next = at(j + cj.len_utf8()).filter(|n| joins && n.is_alphanumeric());
                match next {
                    Some(n) => {
                        j += cj.len_utf8() + n.len_utf8();
                        prev = n;
                    }
                    None => break,
                }
            }
            // Plural possessive: "Residents’ Association".
            if let Some(mark) = at(j).filter(|m| matches!(m, '’' | '\'')) {
                if matches!(prev, 's' | 'S')
                    && at(j + mark.len_utf8()) == Some(' ')
                    && at(j + mark.len_utf8() + 1).is_some_and(char::is_alphanumeric)
                {
                    j += mark.len_utf8();
                }
            }
            let end = j;
            let word = &text[p..end];
            let mut end2 = end;
            if at(j) == Some('.') {
                let single_cap = word.chars().count() == 1
                    && word.chars().next().is_some_and(char::is_uppercase);
                // "D-Calif.," — a full stop followed by a comma is an abbreviation.
                let before_comma = at(j + 1) == Some(',');
                if single_cap || lexicon::is_abbrev(word) || word.contains('.') || before_comma {
                    end2 = end + 1;
                    j += 1;
                }
            }
            let word = &text[p..end2];
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
                start: p,
                end: end2,
                kind: Kind::Word,
                case,
                lower: at,
            });
            p = j;
            continue;
        }
        toks.push(Tok {
            start: p,
            end: p + c.len_utf8(),
            kind: Kind::Punct(c),
            case: Case::Other(lexicon::Lex::default()),
            lower: (0, 0),
        });
        p += c.len_utf8();
    }
    tokens.bounds.push(tokens.all.len());
}

#[cfg(test)]
#[path = "tokenize_reference_tests.rs"]
mod tokenize_reference_tests;

#[cfg(test)]
mod lowercase_tests {
    use super::lowercase;
    use proptest::prelude::*;

    #[test]
    fn lowers_like_the_standard_library() {
        for s in [
            "ΟΔΟΣ",
            "Σ",
            "ΣΑ",
            "İstanbul",
            "ǅemal",
            "Émile",
            "café",
            "東京",
            "שלום",
            "👩‍👩‍👧",
            "e\u{301}",
            "MAJUSCULE",
            "ß",
            "ẞ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    proptest! {
        #[test]
        fn lowers_any_text_like_the_standard_library(s in "\\PC{0,12}") {
            prop_assert_eq!(lowercase(&s), s.to_lowercase());
        }
    }
}

//! Attribution: cue-verb patterns around each quote, indirect clauses, speaker resolution and inheritance.

use super::fast_hash::{FastMap as HashMap, FastSet as HashSet};
use super::first_names;
use super::interview;
use super::lexicon;
use super::np::{self, Np, NpKind};
use super::quotes::RawQuote;
use super::speakers::{
    names_two_people, Candidate, NameSeen, NamedInside, Registry, SpokespersonNamed, TextNames,
};
use super::text::{lowercase, Para, Text, Tok, Tokens};
use super::{QuoteKind, SuggestedMention, SuggestedQuote, SuggestedSpeaker, Suggestions};
use std::borrow::Cow;
use std::ops::Range;

#[derive(Clone, Debug)]
struct Attr {
    np: Np,
    cue: Option<Range<usize>>,
    cue_tok: Option<usize>,
    rule: &'static str,
    conf: f32,
}

#[derive(Clone, Debug)]
struct Item {
    range: Range<usize>,
    para: usize,
    kind: QuoteKind,
    /// Raw quote index for quote items.
    raw: Option<usize>,
    at_para_start: bool,
    attr: Option<Attr>,
    speaker: Option<usize>,
    rule: &'static str,
    conf: f32,
    cue: Option<Range<usize>>,
    skip: bool,
    /// A cue with a subject but no quote: only feeds recency and inheritance.
    bare: bool,
}

impl Item {
    /// A speaker with no quote of their own (a cue and its subject, or
    /// someone a paragraph introduces): it only feeds recency and
    /// inheritance.
    fn bare(range: Range<usize>, para: usize, attr: Attr) -> Item {
        Item {
            range,
            para,
            kind: QuoteKind::Indirect,
            raw: None,
            at_para_start: false,
            speaker: None,
            rule: attr.rule,
            conf: attr.conf,
            cue: attr.cue.clone(),
            attr: Some(attr),
            skip: true,
            bare: true,
        }
    }
}

fn quote_inner<'a>(text: &'a Text, t: &Tok) -> &'a str {
    let s = &text[t.start..t.end];
    s[s.chars().next().map_or(0, char::len_utf8)..]
        .trim_end_matches(['”', '’', '"', '\'', '»', '«', '“'])
        .trim_end()
}

fn ends_terminal(text: &Text, t: &Tok) -> bool {
    quote_inner(text, t)
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'))
}

/// Words a title leaves in lower case ("The Fall of the House of Usher").
fn is_title_small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "into"
            | "over"
            | "vs"
            | "vs."
    )
}

/// Text in title case, as titles of works and headlines are written: two
/// to twelve words, each capitalised (small words aside), the first
/// capitalised, and no sentence inside (no stop, comma or semicolon).
fn is_title(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() < 2 || words.len() > 12 || inner.contains(['.', ',', ';', '!']) {
        return false;
    }
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    capitalised(words[0])
        && words[1..]
            .iter()
            .all(|w| capitalised(w) || is_title_small_word(w))
}

/// The words of `s` (runs with a letter or digit), counted up to
/// [`WORDS_COUNTED`]: the rules only ask whether a quote has 3 or 4.
fn word_count(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(WORDS_COUNTED)
        .count()
}

/// Where [`word_count`] stops counting (a long quote is read no further).
const WORDS_COUNTED: usize = 4;

fn lower_at<'a>(toks: &[Tok], text: &'a Text, i: usize) -> Cow<'a, str> {
    match toks.get(i) {
        Some(t) if t.is_word() => t.lower(text),
        _ => Cow::Borrowed(""),
    }
}

fn is_cue_at(toks: &[Tok], i: usize) -> bool {
    is_lower_word_at(toks, i) && toks[i].cue().is_some()
}

/// Whether token `i` is a word without a capital (after a name: a verb).
fn is_lower_word_at(toks: &[Tok], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is_word() && !t.is_cap())
}

fn is_adverb(l: &str) -> bool {
    (l.ends_with("ly") && l.len() > 4 && l != "only")
        || matches!(
            l,
            "later" | "also" | "then" | "again" | "once" | "previously" | "earlier"
        )
}

fn is_aux(l: &str) -> bool {
    matches!(
        l,
        "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "was"
            | "is"
            | "did"
            | "does"
            | "could"
            | "may"
            | "might"
            | "were"
            | "are"
            | "once"
            | "not"
            | "never"
    )
}

/// How many coordinated cues ("X warned … and said … and added …") a subject is looked
/// for through; real sentences have one or two.
const MAX_COORDINATION: usize = 8;

/// How many cue words after a quoted fragment are tried for its speaker.
const MAX_FORWARD_CUES: usize = 8;

/// One paragraph's token lookups, computed once so that the scans from each quote and
/// each cue word cost O(1) instead of running to the sentence's (or paragraph's) ends.
struct ParaIndex {
    /// `floor[i]`: start of the sentence containing token `i` (after the previous terminal
    /// punctuation, or a quote ending in one). Length n + 1.
    floor: Vec<usize>,
    /// `ceil[i]`: the first terminal punctuation token at or after `i`, else n. Length n + 1.
    ceil: Vec<usize>,
    /// `cue[i]`: a lower-case cue word at `i` (`is_cue_at`). Length n + 2 (false past the end).
    cue: Vec<bool>,
    /// `cue_before[i]`: the last cue word before `i` (`usize::MAX`: none). Length n + 1.
    cue_before: Vec<usize>,
    /// `next_cue[i]`: the first cue word at or after `i`, else n. Length n + 1.
    next_cue: Vec<usize>,
    /// `next_quote[i]`: the first quote token at or after `i`, else n. Length n + 1.
    next_quote: Vec<usize>,
    /// `next_break[i]`: the first token at or after `i` where a coordinated second cue starts
    /// ("… and said …", "…, adding …"), else n. Length n + 1.
    next_break: Vec<usize>,
}

/// Empties `v` and fills it with `len` copies of `value`, keeping its allocation.
fn refill<T: Copy>(v: &mut Vec<T>, len: usize, value: T) {
    v.clear();
    v.resize(len, value);
}

impl ParaIndex {
    fn empty() -> ParaIndex {
        ParaIndex {
            floor: Vec::new(),
            ceil: Vec::new(),
            cue: Vec::new(),
            cue_before: Vec::new(),
            next_cue: Vec::new(),
            next_quote: Vec::new(),
            next_break: Vec::new(),
        }
    }

    /// Indexes the paragraph `toks`, reusing the vectors of the previous paragraph's index.
    fn fill(&mut self, text: &Text, toks: &[Tok]) {
        let n = toks.len();
        let floor = &mut self.floor;
        refill(floor, n + 1, 0);
        for i in 1..=n {
            let t = &toks[i - 1];
            floor[i] = if t.is_terminal() || (t.quote().is_some() && ends_terminal(text, t)) {
                i
            } else {
                floor[i - 1]
            };
        }
        let cue = &mut self.cue;
        cue.clear();
        cue.extend((0..n + 2).map(|i| is_cue_at(toks, i)));
        let cue_before = &mut self.cue_before;
        refill(cue_before, n + 1, usize::MAX);
        for i in 1..=n {
            cue_before[i] = if cue[i - 1] { i - 1 } else { cue_before[i - 1] };
        }
        let (ceil, next_cue) = (&mut self.ceil, &mut self.next_cue);
        let (next_quote, next_break) = (&mut self.next_quote, &mut self.next_break);
        for v in [
            &mut *ceil,
            &mut *next_cue,
            &mut *next_quote,
            &mut *next_break,
        ] {
            refill(v, n + 1, n);
        }
        for i in (0..n).rev() {
            let t = &toks[i];
            ceil[i] = if t.is_terminal() { i } else { ceil[i + 1] };
            next_cue[i] = if cue[i] { i } else { next_cue[i + 1] };
            next_quote[i] = if t.quote().is_some() {
                i
            } else {
                next_quote[i + 1]
            };
            next_break[i] = if is_clause_break(toks, text, cue, i) {
                i
            } else {
                next_break[i + 1]
            };
        }
    }

    /// Start of the sentence containing token `q`.
    fn floor(&self, q: usize) -> usize {
        self.floor[q.min(self.floor.len() - 1)]
    }

    /// The first terminal punctuation token at or after `from`, else the token count.
    fn ceil(&self, from: usize) -> usize {
        let n = self.ceil.len() - 1;
        if from >= n {
            n
        } else {
            self.ceil[from]
        }
    }

    fn cue(&self, i: usize) -> bool {
        self.cue.get(i).copied().unwrap_or(false)
    }

    /// The last cue word in `floor..before`.
    fn cue_between(&self, floor: usize, before: usize) -> Option<usize> {
        let c = self.cue_before[before.min(self.cue_before.len() - 1)];
        (c != usize::MAX && c >= floor && c < before).then_some(c)
    }

    fn next_cue(&self, from: usize) -> usize {
        let n = self.next_cue.len() - 1;
        self.next_cue[from.min(n)]
    }

    fn next_quote(&self, from: usize) -> usize {
        let n = self.next_quote.len() - 1;
        self.next_quote[from.min(n)]
    }

    fn next_break(&self, from: usize) -> usize {
        let n = self.next_break.len() - 1;
        self.next_break[from.min(n)]
    }
}

/// Whether a coordinated second cue starts at token `k` ("… and said …", "…, adding …").
fn is_clause_break(toks: &[Tok], text: &Text, cue: &[bool], k: usize) -> bool {
    let next_cue = cue[k + 1] || (cue[k + 2] && is_adverb(&lower_at(toks, text, k + 1)));
    if !next_cue {
        return false;
    }
    let l = lower_at(toks, text, k);
    l == "and"
        || l == "but"
        || (toks[k].is_punct(',') && lower_at(toks, text, k + 1).ends_with("ing"))
}

/// Subject of the cue at token `c`, looking left (skips adverbs, auxiliaries and an apposition).
fn subject_left(ix: &ParaIndex, toks: &[Tok], text: &Text, c: usize, floor: usize) -> Option<Np> {
    subject_left_in(ix, toks, text, c, floor, 0)
}

/// [`subject_left`] at `depth` coordinated cues from the one asked about.
fn subject_left_in(
    ix: &ParaIndex,
    toks: &[Tok],
    text: &Text,
    c: usize,
    floor: usize,
    depth: usize,
) -> Option<Np> {
    let mut e = c;
    let mut n = 0;
    while e > floor && n < 3 {
        let l = lower_at(toks, text, e - 1);
        if is_adverb(&l) || is_aux(&l) {
            e -= 1;
            n += 1;
        } else {
            break;
        }
    }
    // "X warned that … and said …" / "Groups welcomed the plan but said …": the sentence subject.
    if e > floor + 1 && matches!(&*lower_at(toks, text, e - 1), "and" | "but") {
        let c0 = ix
            .cue_between(floor, e - 1)
            .filter(|_| depth < MAX_COORDINATION);
        if let Some(c0) = c0 {
            if let Some(np) = subject_left_in(ix, toks, text, c0, floor, depth + 1) {
                return Some(np);
            }
        }
        let np = np::after(toks, text, floor, e - 1)?;
        let next_lower = is_lower_word_at(toks, np.toks.end);
        return (np.toks.end < e - 1 && next_lower).then_some(np);
    }
    // "X on Tuesday said": skip a short time adjunct between subject and verb.
    if e >= floor + 3 && toks[e - 1].is_cap() {
        let d = lower_at(toks, text, e - 1);
        let pre = lower_at(toks, text, e - 2);
        let day = lexicon::is_weekday(&d);
        if day && matches!(&*pre, "on" | "last" | "this") {
            e -= 2;
        }
    }
    if e > floor && toks[e - 1].is_punct(',') {
        // "Alanna Birch, 52, a quality inspector from Steadbury, said" /
        // "Another worker, Alanna Birch, 52, …, said": of the comma-separated
        // parts of the subject, the first that is a name and nothing else,
        // however long the appositives after it.
        if let Some(np) = named_part(toks, text, floor, e - 1) {
            return Some(np);
        }
        let k = (floor..e - 1)
            .rev()
            .take(14)
            .find(|&k| toks[k].is_punct(','))?;
        // "Maria Lopez, D-Calif., said": a name before the apposition wins.
        let first = np::before(toks, text, k, floor);
        if let Some(np) = &first {
            if matches!(np.kind, NpKind::Named { .. }) {
                return first;
            }
        }
        // "The shop’s owner, Colm Reilly, said": the name between the commas.
        if let Some(np) = np::before(toks, text, e - 1, k + 1) {
            if np.toks.start == k + 1 && matches!(np.kind, NpKind::Named { .. }) {
                return Some(np);
            }
        }
        return first.filter(|np| !matches!(np.kind, NpKind::Pronoun(_)));
    }
    let np = np::before(toks, text, e, floor)?;
    let np = person_of_org(toks, text, np, floor);
    // Noun-like cue forms ("the former Soviet state") need a subject that starts a clause.
    if lexicon::is_ambiguous_cue(&lower_at(toks, text, c)) {
        let s = np.toks.start;
        let clause_start = s == floor
            || !toks[s - 1].is_word()
            || matches!(
                &*lower_at(toks, text, s - 1),
                "and" | "but" | "that" | "which" | "who" | "as" | "while" | "when" | "so"
            );
        if !clause_start {
            return None;
        }
    }
    Some(np)
}

/// "Aoife Brennan-Kuti of the Windle Museum said": the person (a full
/// name), not the place or organisation she is of ("the Bank of England
/// said" stays the bank); any other phrase is kept.
fn person_of_org(toks: &[Tok], text: &Text, np: Np, floor: usize) -> Np {
    let org = matches!(
        np.kind,
        NpKind::Named { .. } | NpKind::Role { is_org: true, .. }
    );
    let s = np.toks.start;
    let the = s > floor && &*lower_at(toks, text, s - 1) == "the";
    let Some(of) = s.checked_sub(1 + usize::from(the)) else {
        return np;
    };
    if !org || of <= floor || !matches!(&*lower_at(toks, text, of), "of" | "at" | "from") {
        return np;
    }
    match np::before(toks, text, of, floor) {
        Some(
            person @ Np {
                kind: NpKind::Named { is_org: false, .. },
                ..
            },
        ) if text[person.range.clone()].contains(' ') && opens_clause(toks, floor, &person) => {
            person
        }
        _ => np,
    }
}

/// Whether `np` starts its clause (not "A neighbour of Tom Reid …").
fn opens_clause(toks: &[Tok], floor: usize, np: &Np) -> bool {
    np.toks.start == floor || !toks[np.toks.start - 1].is_word()
}

/// The most comma-separated parts a subject is read in (a name and its
/// appositives: age, role, place, a relative clause).
const MAX_SUBJECT_PARTS: usize = 6;

/// The first of the comma-separated parts of `floor..end` that is wholly
/// a name (`Named`, neither more nor less), when there are at least two
/// parts.
fn named_part(toks: &[Tok], text: &Text, floor: usize, end: usize) -> Option<Np> {
    // A subject longer than this is no name with appositives (and a scan
    // per cue over a sentence without stops would be quadratic).
    if end.saturating_sub(floor) > INTRO_WINDOW {
        return None;
    }
    let commas: Vec<usize> = (floor..end).filter(|&k| toks[k].is_punct(',')).collect();
    if commas.is_empty() || commas.len() >= MAX_SUBJECT_PARTS {
        return None;
    }
    // "But Abigail Nwosu, 31, …, said": a conjunction opening the sentence.
    let first = if matches!(
        &*lower_at(toks, text, floor),
        "but" | "and" | "yet" | "so" | "still"
    ) {
        floor + 1
    } else {
        floor
    };
    let starts = std::iter::once(first).chain(commas.iter().map(|k| k + 1));
    let ends = commas.iter().copied().chain(std::iter::once(end));
    starts.zip(ends).find_map(|(s, e)| {
        let np = np::before(toks, text, e, s)?;
        (np.toks == (s..e) && matches!(np.kind, NpKind::Named { .. })).then_some(np)
    })
}

fn is_pronoun(np: &Np) -> bool {
    matches!(np.kind, NpKind::Pronoun(_))
}

fn attr(np: Np, toks: &[Tok], c: usize, c_end: usize, rule: &'static str, conf: f32) -> Attr {
    Attr {
        np,
        cue: Some(toks[c].start..toks[c_end].end),
        cue_tok: Some(c),
        rule,
        conf,
    }
}

/// "“…,” X said" / "“…,” said X" / "“…,” according to X".
fn right_attr(text: &Text, toks: &[Tok], q: usize) -> Option<Attr> {
    let n = toks.len();
    let terminal = ends_terminal(text, &toks[q]);
    let mut k = q + 1;
    let mut skipped = 0;
    while k < n
        && skipped < 2
        && matches!(
            toks[k].kind,
            super::text::Kind::Punct(',' | '—' | '–' | '-' | ')')
        )
    {
        k += 1;
        skipped += 1;
    }
    if k >= n || !toks[k].is_word() {
        return None;
    }
    let mut ceil = (k..n)
        .find(|&i| toks[i].is_terminal() || toks[i].quote().is_some())
        .unwrap_or(n);
    if let Some(colon) = (k..ceil).find(|&i| toks[i].is_punct(':')) {
        if toks.get(colon + 1).is_some_and(|t| t.quote().is_some()) {
            return None;
        }
        ceil = colon;
    }
    let lk = lower_at(toks, text, k);
    if lk == "according" && lower_at(toks, text, k + 1) == "to" {
        let np = np::after(toks, text, k + 2, ceil)?;
        return Some(attr(np, toks, k, k + 1, "quote-according-to", 0.8));
    }
    if lexicon::cue(&lk).is_some() {
        let mut np = with_whom_spoken_for(toks, text, np::after(toks, text, k + 1, ceil)?, ceil);
        // "said the company’s spokesman, Julien Marchetti": prefer the appositive name.
        if matches!(np.kind, NpKind::Role { .. })
            && toks.get(np.toks.end).is_some_and(|t| t.is_punct(','))
        {
            if let Some(named) = np::after(toks, text, np.toks.end + 1, ceil) {
                if matches!(named.kind, NpKind::Named { is_org: false, .. }) {
                    np = named;
                }
            }
        }
        let rule = if is_pronoun(&np) {
            "quote-said-pronoun"
        } else {
            "quote-said-name"
        };
        return Some(attr(np, toks, k, k, rule, 0.9));
    }
    let mut np = with_whom_spoken_for(toks, text, np::after(toks, text, k, ceil)?, ceil);
    let mut c = np.toks.end;
    let mut appos = false;
    if c < ceil && toks[c].is_punct(',') {
        let close = (c + 1..ceil.min(c + 14)).find(|&i| toks[i].is_punct(','))?;
        // "“…,” the minister, Ahmed Karimi, told reporters": the person
        // the role names (the role becomes an alias).
        if matches!(np.kind, NpKind::Role { is_org: false, .. }) {
            let named = np::after(toks, text, c + 1, close).filter(|n| {
                n.toks.end == close && matches!(n.kind, NpKind::Named { is_org: false, .. })
            });
            if let Some(named) = named {
                np = named;
            }
        }
        c = close + 1;
        appos = true;
    }
    let mut m = 0;
    while c < ceil && m < 3 {
        let l = lower_at(toks, text, c);
        if is_adverb(&l) || is_aux(&l) {
            c += 1;
            m += 1;
        } else {
            break;
        }
    }
    if c >= ceil || !is_cue_at(toks, c) {
        return None;
    }
    if terminal && !appos {
        let rest = &toks[c + 1..ceil];
        if rest.len() > 8 || rest.iter().any(|t| t.is_word() && t.lower(text) == "that") {
            return None;
        }
    }
    let rule = match (is_pronoun(&np), appos) {
        (true, _) => "quote-pronoun-said",
        (false, true) => "quote-name-appos-said",
        (false, false) => "quote-name-said",
    };
    let conf = if terminal { 0.75 } else { 0.9 };
    Some(attr(np, toks, c, c, rule, conf))
}

/// "a spokesperson for the operator": a spokesperson's phrase runs over
/// whom they speak for, so that the cue after it is found and the speaker
/// resolved (`np::spoken_for`); any other phrase is kept.
fn with_whom_spoken_for(toks: &[Tok], text: &Text, np: Np, ceil: usize) -> Np {
    let NpKind::Role { head, .. } = &np.kind else {
        return np;
    };
    let e = np.toks.end;
    if !lexicon::is_spokesperson(head) || e >= ceil || &*lower_at(toks, text, e) != "for" {
        return np;
    }
    match np::after(toks, text, e + 1, ceil) {
        Some(whom) => Np {
            range: np.range.start..whom.range.end,
            toks: np.toks.start..whom.toks.end,
            kind: np.kind,
        },
        None => np,
    }
}

/// Whose words a cue in a participle clause introduces ("Mensah thanked
/// the staff, adding: “…”", "Later, Ricard shared a photo, writing: “…”"):
/// the subject of the sentence's first verb before the comma.
fn participle_subject(
    ix: &ParaIndex,
    toks: &[Tok],
    text: &Text,
    c: usize,
    floor: usize,
) -> Option<Np> {
    let participle =
        c > floor + 2 && toks[c - 1].is_punct(',') && toks[c].lower(text).ends_with("ing");
    if !participle {
        return None;
    }
    // The first verb stands near the sentence's start: a bounded look.
    (floor + 1..(c - 1).min(floor + 1 + PARTICIPLE_SUBJECT_WINDOW))
        .filter(|&v| toks[v].is_word() && !toks[v].is_cap())
        .take(3)
        .find_map(|v| subject_left(ix, toks, text, v, floor))
}

/// How many tokens from a sentence's start its first verb is looked for.
const PARTICIPLE_SUBJECT_WINDOW: usize = 12;

/// "X said: “…”" / "X said, “…”" / "According to X, “…”" / "X: “…”".
fn left_attr(ix: &ParaIndex, text: &Text, toks: &[Tok], q: usize, floor: usize) -> Option<Attr> {
    if q <= floor {
        return None;
    }
    let last = &toks[q - 1];
    let colon = last.is_punct(':');
    let intro =
        colon || last.is_punct(',') || last.is_punct('—') || last.is_punct('–') || ix.cue(q - 1);
    if !intro {
        return None;
    }
    for c in (floor..q).rev() {
        let l = lower_at(toks, text, c);
        if l == "according" && lower_at(toks, text, c + 1) == "to" {
            let np = np::after(toks, text, c + 2, q)?;
            return Some(attr(np, toks, c, c + 1, "according-to-quote", 0.8));
        }
        if ix.cue(c) {
            let Some(np) = subject_left(ix, toks, text, c, floor)
                .or_else(|| np::after(toks, text, c + 1, q))
                .or_else(|| participle_subject(ix, toks, text, c, floor))
            else {
                continue;
            };
            let rule = if colon {
                "name-said-colon-quote"
            } else {
                "name-said-quote"
            };
            return Some(attr(np, toks, c, c, rule, if colon { 0.85 } else { 0.75 }));
        }
    }
    // "Her message was simple: “…”".
    if colon && q >= floor + 3 {
        let p = match &*lower_at(toks, text, floor) {
            "his" => Some(lexicon::Pronoun::He),
            "her" => Some(lexicon::Pronoun::She),
            "their" => Some(lexicon::Pronoun::They),
            _ => None,
        };
        if let Some(p) = p {
            let t = &toks[floor];
            return Some(Attr {
                np: Np {
                    range: t.start..t.end,
                    toks: floor..floor + 1,
                    kind: NpKind::Pronoun(p),
                },
                cue: None,
                cue_tok: None,
                rule: "possessive-colon-quote",
                conf: 0.45,
            });
        }
    }
    // "Gareth Lyle, who was waiting further along, shrugged: “…”": a
    // name and its appositives, then a verb that is no cue, then a colon.
    if colon && q >= floor + 3 && word_count(quote_inner(text, &toks[q])) >= 4 {
        let verb = q - 2;
        let lone_verb = verb > floor
            && toks[verb].is_word()
            && !toks[verb].is_cap()
            && toks[verb - 1].is_punct(',');
        if lone_verb {
            if let Some(np) = named_part(toks, text, floor, verb - 1) {
                return Some(Attr {
                    np,
                    cue: None,
                    cue_tok: None,
                    rule: "name-verb-colon-quote",
                    conf: 0.6,
                });
            }
        }
    }
    if colon {
        let np = np::before(toks, text, q - 1, floor)?;
        if np.toks.start == floor
            && !is_pronoun(&np)
            && word_count(quote_inner(text, &toks[q])) >= 4
        {
            return Some(Attr {
                np,
                cue: None,
                cue_tok: None,
                rule: "name-colon-quote",
                conf: 0.5,
            });
        }
    }
    None
}

/// The cue (or naming verb) with a subject nearest before a quoted fragment, in its sentence
/// and not before an "according": found incrementally, since the fragments of a paragraph
/// are attributed in reading order, so that each token of a sentence is looked at once.
#[derive(Default)]
struct CueBehind {
    /// The sentence start the state is for.
    floor: usize,
    /// Tokens before this one have been looked at.
    pos: usize,
    /// The latest cue with a subject since the sentence start or the last "according".
    best: Option<(usize, Np)>,
}

impl CueBehind {
    fn upto(
        &mut self,
        ix: &ParaIndex,
        text: &Text,
        toks: &[Tok],
        q: usize,
        floor: usize,
    ) -> Option<(usize, Np)> {
        if self.floor != floor || self.pos > q {
            *self = CueBehind {
                floor,
                pos: floor,
                best: None,
            };
        }
        while self.pos < q {
            let c = self.pos;
            let l = lower_at(toks, text, c);
            let naming = matches!(
                &*l,
                "called"
                    | "calls"
                    | "dubbed"
                    | "dubs"
                    | "labelled"
                    | "labeled"
                    | "branded"
                    | "termed"
            );
            let np = (ix.cue(c) || naming)
                .then(|| subject_left(ix, toks, text, c, floor))
                .flatten();
            if let Some(np) = np {
                self.best = Some((c, np));
            } else if l == "according" {
                self.best = None;
            }
            self.pos += 1;
        }
        self.best.clone()
    }
}

/// A quoted fragment inside a reported sentence: the cue in the same sentence.
fn fragment_attr(
    ix: &ParaIndex,
    behind: &mut CueBehind,
    text: &Text,
    toks: &[Tok],
    q: usize,
) -> Option<Attr> {
    if let Some(a) = right_attr(text, toks, q) {
        return Some(Attr {
            rule: "mixed-quote-then-said",
            conf: 0.5,
            ..a
        });
    }
    let floor = ix.floor(q);
    if let Some((c, np)) = behind.upto(ix, text, toks, q, floor) {
        return Some(attr(np, toks, c, c, "mixed-reported-sentence", 0.45));
    }
    let ceil = ix.ceil(q + 1);
    let mut c = ix.next_cue(q + 1);
    for _ in 0..MAX_FORWARD_CUES {
        if c >= ceil {
            break;
        }
        if let Some(np) = subject_left(ix, toks, text, c, q + 1) {
            return Some(attr(np, toks, c, c, "mixed-reported-sentence", 0.4));
        }
        c = ix.next_cue(c + 1);
    }
    None
}

#[derive(PartialEq)]
enum Class {
    Direct,
    Fragment,
}

fn classify(text: &Text, toks: &[Tok], q: usize) -> Class {
    if q == 0 {
        return Class::Direct;
    }
    let p = &toks[q - 1];
    // Only a cased (Latin, Cyrillic, Greek …) word or a number before the mark makes it a fragment.
    let cased = p
        .text(text)
        .chars()
        .last()
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase() || c.is_ascii_digit());
    if !p.is_word() || !cased {
        return Class::Direct;
    }
    let starts_upper = quote_inner(text, &toks[q])
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase);
    let cue = p.lower(text);
    let whole = matches!(lexicon::cue(&cue), Some(lexicon::Cue::Say))
        && !cue.starts_with("tell")
        && cue != "told"
        && is_whole_sentence(text, &toks[q]);
    if lexicon::cue(&cue).is_some() && (starts_upper || whole) {
        return Class::Direct;
    }
    Class::Fragment
}

/// A quote that is a sentence of its own, though it starts in lower case
/// (`said “we cannot build our way out of this.”`): some words, ending
/// with the sentence's own full stop, question or exclamation mark inside
/// the marks. After "said" or "added" (not "told", nor verbs that take an
/// object, such as "urged “a swift inquiry.”"), such a quote is the whole
/// of what was said, not a fragment woven into the writer's sentence.
fn is_whole_sentence(text: &Text, quote: &Tok) -> bool {
    let inner = quote_inner(text, quote);
    // "vowed “to fight on to the end.”" is the writer's sentence.
    if inner.trim_start().starts_with("to ") {
        return false;
    }
    let ends = inner
        .trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '?' | '!' | '…'));
    ends && word_count(inner) >= 3
}

/// Analyses one paragraph, appending quote and indirect items.
#[allow(clippy::too_many_arguments)]
/// `para` is the paragraph's index, its range, and where its words start
/// after an answer's label ("A: …"; else its start).
fn analyse_para(
    text: &Text,
    toks: &[Tok],
    (para_idx, para, words_start): (usize, Para, usize),
    raws: &[RawQuote],
    items: &mut Vec<Item>,
    ix: &mut ParaIndex,
) {
    ix.fill(text, toks);
    let ix = &*ix;
    let mut behind = CueBehind::default();
    let mut used_cues: HashSet<usize> = HashSet::default();
    let first_item = items.len();
    let mut prev_quote_tok: Option<usize> = None;
    for (qi, t) in toks.iter().enumerate() {
        let Some(ri) = t.quote() else { continue };
        let raw = &raws[ri];
        let class = classify(text, toks, qi);
        let wc = word_count(quote_inner(text, t));
        let floor = ix.floor(qi).max(prev_quote_tok.map_or(0, |p| p + 1));
        let (kind, a) = match class {
            Class::Direct => {
                let a = left_attr(ix, text, toks, qi, floor)
                    .or_else(|| right_attr(text, toks, qi))
                    .or_else(|| intro_attr(ix, text, toks, qi, floor))
                    .or_else(|| verdict_attr(text, toks, qi));
                (QuoteKind::Direct, a)
            }
            Class::Fragment => (
                QuoteKind::Mixed,
                fragment_attr(ix, &mut behind, text, toks, qi),
            ),
        };
        prev_quote_tok = Some(qi);
        let inner_punct = quote_inner(text, t)
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '.' | '?' | '!' | ',' | '…' | '—'));
        let skip = match kind {
            // A quoted fragment in a headline is a scare quote or a
            // label ("Putin vows to stop ‘color revolutions’"), not words
            // to attribute; a whole quote opening a headline is.
            QuoteKind::Mixed => a.is_none() || para_idx == 0,
            // Unattributed titles of works and quoted headlines ("Nine
            // Winters in Arrow Bay") are not anybody's words.
            _ => a.is_none() && (wc < 4 && !inner_punct || is_title(quote_inner(text, t))),
        };
        if let Some(c) = a.as_ref().and_then(|a| a.cue_tok) {
            if kind == QuoteKind::Direct {
                used_cues.insert(c);
            }
        }
        let (rule, conf) = match &a {
            Some(a) => (a.rule, a.conf),
            None => ("quote-unattributed", if wc >= 4 { 0.5 } else { 0.3 }),
        };
        items.push(Item {
            range: raw.start..raw.end,
            para: para_idx,
            kind,
            raw: Some(ri),
            at_para_start: raw.start == para.start || raw.start == words_start,
            cue: a.as_ref().and_then(|a| a.cue.clone()),
            attr: a,
            speaker: None,
            rule,
            conf,
            skip,
            bare: false,
        });
    }
    if para_idx == 0 {
        return;
    }
    indirect(ix, text, toks, para_idx, &used_cues, first_item, items);
    // Remaining cue verbs with a subject become bare events.
    let used: HashSet<usize> = items[first_item..]
        .iter()
        .filter_map(|it| it.attr.as_ref().and_then(|a| a.cue_tok))
        .collect();
    for c in 0..toks.len() {
        if used.contains(&c) || !ix.cue(c) || negated(toks, text, c) {
            continue;
        }
        let floor = ix.floor(c);
        if let Some(np) = subject_left(ix, toks, text, c, floor) {
            let cue = toks[c].start..toks[c].end;
            items.push(Item::bare(
                cue.clone(),
                para_idx,
                Attr {
                    np,
                    cue: Some(cue),
                    cue_tok: Some(c),
                    rule: "cue-subject",
                    conf: 0.4,
                },
            ));
        }
    }
    // A paragraph that quotes nobody but introduces someone ("Her husband,
    // Luis Benitez, was driving home …") lends them to a fully quoted
    // paragraph after it: a fresh speaker, not the one before.
    if items.len() == first_item && !toks.is_empty() {
        let last = toks.len() - 1;
        let end = if toks[last].is_terminal() {
            last
        } else {
            toks.len()
        };
        let start = ix
            .floor(end.saturating_sub(1))
            .max(end.saturating_sub(INTRO_WINDOW));
        if let Some(Introduced { np, surname_opener }) = intro_subject(toks, text, start, end) {
            let range = np.range.clone();
            let attr = Attr {
                np,
                cue: None,
                cue_tok: None,
                rule: if surname_opener {
                    INTRO_SURNAME_SUBJECT_RULE
                } else {
                    INTRO_SUBJECT_RULE
                },
                conf: 0.4,
            };
            items.push(Item::bare(range, para_idx, attr));
        }
    }
}

/// The rule of a quote after a sentence opened by one capitalised word
/// ("Eklid walked …"): a speaker only if that word names someone already
/// named, since any word may open a sentence.
const INTRO_SURNAME_RULE: &str = "intro-surname-quote";

/// A paragraph that quotes nobody introducing someone, who may speak the
/// fully quoted paragraph after it.
const INTRO_SUBJECT_RULE: &str = "intro-subject";

/// [`INTRO_SUBJECT_RULE`] when one capitalised word opens the sentence
/// ("Adeyemi, 34, spent six years …"): only someone already named.
const INTRO_SURNAME_SUBJECT_RULE: &str = "intro-surname-subject";

/// The longest sentence (in tokens) read for whom it introduces.
const INTRO_WINDOW: usize = 60;

/// How many tokens back from a name `in_passing` looks for what it is in
/// apposition to.
const PASSING_WINDOW: usize = 12;

/// How many tokens into the sentence after a quote its speaker is looked
/// for ("That was the verdict of …": the name comes within a few words).
const VERDICT_WINDOW: usize = 10;

/// "“…” That was the verdict of Petra Halloran, who …" / "The words were
/// those of Joan Tressider" / "The warning came from Carl Hathaway": a
/// sentence right after a quote that opens with that/this/the and names,
/// after of/from/how/what, whose words they were.
fn verdict_attr(text: &Text, toks: &[Tok], q: usize) -> Option<Attr> {
    if !ends_terminal(text, &toks[q]) {
        return None;
    }
    let s = q + 1;
    let opener = toks.get(s).filter(|t| t.is_word())?;
    if !matches!(
        &*opener.lower(text),
        "that" | "this" | "the" | "those" | "such" | "so"
    ) {
        return None;
    }
    let end = toks.len().min(s + VERDICT_WINDOW);
    let k = (s + 1..end).find(|&k| {
        matches!(
            &*lower_at(toks, text, k),
            "of" | "from" | "how" | "what" | "says"
        ) || toks[k].is_terminal()
            || toks[k].quote().is_some()
    })?;
    if toks[k].is_terminal() || toks[k].quote().is_some() || k < s + 1 {
        return None;
    }
    // What names the words: "the verdict of", "the warning came from",
    // "that was how", "so says" — not any "of" ("The family of Jane Doe
    // said …" is its own sentence with its own cue).
    let before = lower_at(toks, text, k - 1);
    let names_words = match &*lower_at(toks, text, k) {
        "of" | "from" => matches!(
            &*before,
            "verdict"
                | "words"
                | "word"
                | "warning"
                | "view"
                | "views"
                | "message"
                | "assessment"
                | "reaction"
                | "reading"
                | "judgement"
                | "judgment"
                | "conclusion"
                | "advice"
                | "response"
                | "take"
                | "summary"
                | "those"
                | "came"
        ),
        "how" | "what" => matches!(&*before, "was" | "is" | "were"),
        _ => &*opener.lower(text) == "so",
    };
    if !names_words {
        return None;
    }
    let np = np::after(toks, text, k + 1, toks.len())?;
    if np.toks.start != k + 1 || !matches!(np.kind, NpKind::Named { .. }) {
        return None;
    }
    Some(Attr {
        np,
        cue: None,
        cue_tok: None,
        rule: "quote-then-verdict-of",
        conf: 0.6,
    })
}

/// "Another resident, Morag Inglis, disagreed. ‘…’": a quote with no cue
/// of its own, starting a sentence after one that quotes nobody and has no
/// cue, is the words of that sentence's subject when it is a person's name.
fn intro_attr(ix: &ParaIndex, text: &Text, toks: &[Tok], q: usize, floor: usize) -> Option<Attr> {
    if q == 0 || floor != q {
        return None;
    }
    let start = ix.floor(q - 1);
    // A sentence longer than this introduces nobody in particular (and
    // the scans stay linear on a paragraph of unpunctuated quotes).
    let end = if toks[q - 1].is_terminal() { q - 1 } else { q };
    // A cue closing the sentence says nothing more ("Ní Bhriain
    // laughed."), nor does a cue word that is a noun ("Told of his
    // comments, …"); one with words after it reports them, a rule of its own.
    let noun = |k: usize| k > start && lexicon::is_determiner(&lower_at(toks, text, k - 1));
    let reports = |k: usize| ix.cue(k) && k + 1 < end && !noun(k) && !negated(toks, text, k);
    if q - start > INTRO_WINDOW || (start..q).any(|k| reports(k) || toks[k].quote().is_some()) {
        return None;
    }
    let Introduced { np, surname_opener } = intro_subject(toks, text, start, end)
        .or_else(|| pronoun_subject(toks, text, start, end))?;
    Some(Attr {
        np,
        cue: None,
        cue_tok: None,
        // Resolved only to someone already named (`run`).
        rule: if surname_opener {
            INTRO_SURNAME_RULE
        } else {
            "intro-sentence-quote"
        },
        conf: 0.55,
    })
}

/// Who a sentence introduces, and whether that rests on one capitalised
/// word alone (then only someone already named may be meant).
struct Introduced {
    np: Np,
    surname_opener: bool,
}

/// The person a sentence (`start..end`, no final stop) is about: a name
/// that is one of its first comma-separated parts, after a role or not
/// ("Her husband, Luis Benitez, was …", "City councillor Ada Brook, whose
/// …, was …"), a name opening it or its main clause ("Morag Inglis
/// disagreed", "Asked about the nickname, Quist smiled"), or a name after
/// "was" ("Among the visitors was Tobias Wren, 68, …"). Organisations and
/// places are not introduced this way.
fn intro_subject(toks: &[Tok], text: &Text, start: usize, end: usize) -> Option<Introduced> {
    let person = |np: &Np| matches!(np.kind, NpKind::Named { is_org: false, .. });
    let found = |np: Np| {
        Some(Introduced {
            np,
            surname_opener: false,
        })
    };
    let commas: Vec<usize> = (start..end).filter(|&k| toks[k].is_punct(',')).collect();
    let starts = std::iter::once(start).chain(commas.iter().map(|k| k + 1));
    for (s, e) in starts.zip(commas.iter().copied()).take(3) {
        if let Some(np) = np::before(toks, text, e, s) {
            if np.toks.end == e && person(&np) && is_role_prefix(toks, text, s, np.toks.start) {
                let surname_opener = np.toks.len() == 1;
                return Some(Introduced { np, surname_opener });
            }
        }
    }
    // The name opening the sentence, or its main clause after an opening
    // phrase, and a verb after it. A capital may be any word ("Cooling
    // centres will stay open", "After the match, Arsenal sacked …"): one
    // word is a name only if known, and only when nothing else is found.
    let mut opener = None;
    let clause_starts = std::iter::once(start).chain(commas.iter().take(3).map(|k| k + 1));
    for s in clause_starts {
        if let Some(np) = np::after(toks, text, s, end) {
            let next_lower = is_lower_word_at(toks, np.toks.end);
            // "…, volunteer Fergus Aird runs a job club."
            let opens = np.toks.start == s || is_role_prefix(toks, text, s, np.toks.start);
            if opens && person(&np) && next_lower {
                if np.toks.len() == 1 {
                    opener = Some(np);
                } else {
                    return found(np);
                }
            }
        }
    }
    let was_named = (start..end)
        .find(|&k| matches!(&*lower_at(toks, text, k), "was" | "is"))
        .and_then(|was| {
            let np = np::after(toks, text, was + 1, end)?;
            let closed =
                np.toks.end == end || toks.get(np.toks.end).is_some_and(|t| t.is_punct(','));
            (np.toks.start == was + 1 && person(&np) && closed).then_some(np)
        });
    match was_named {
        Some(np) => found(np),
        None => opener.map(|np| Introduced {
            np,
            surname_opener: true,
        }),
    }
}

/// "He did not answer directly. “…”": a sentence opened by "he" or "she"
/// and a verb introduces whom the pronoun means; so does its main clause
/// after an opening phrase ("Asked whether he feared for his job, he
/// smiled. “…”").
fn pronoun_subject(toks: &[Tok], text: &Text, start: usize, end: usize) -> Option<Introduced> {
    let opens = |s: usize| {
        let np = np::after(toks, text, s, end)?;
        let verb_next = is_lower_word_at(toks, np.toks.end);
        let he_or_she = matches!(
            np.kind,
            NpKind::Pronoun(lexicon::Pronoun::He | lexicon::Pronoun::She)
        );
        (np.toks.start == s && he_or_she && verb_next).then_some(Introduced {
            np,
            surname_opener: false,
        })
    };
    opens(start).or_else(|| {
        let comma = (start..end).find(|&k| toks[k].is_punct(','))?;
        opens(comma + 1)
    })
}

/// Whether `from..to` may stand before a name in its noun phrase: nothing,
/// or a few words ending in a role ("City councillor", "Her friend"), not
/// a phrase of place or time ("from Harwick", "On Monday").
fn is_role_prefix(toks: &[Tok], text: &Text, from: usize, to: usize) -> bool {
    if from == to {
        return true;
    }
    let role = toks[to - 1].lower(text);
    to - from <= 3
        && (lexicon::is_source_noun(&role) || lexicon::is_person_anaphor(&role))
        && (from..to).all(|k| {
            let t = &toks[k];
            t.is_word() && !lexicon::is_adjunct_start(&t.lower(text)) && t.cue().is_none()
        })
}

fn negated(toks: &[Tok], text: &Text, c: usize) -> bool {
    (c.saturating_sub(2)..c).any(|k| {
        let l = lower_at(toks, text, k);
        matches!(
            &*l,
            "not"
                | "never"
                | "didn’t"
                | "didn't"
                | "doesn’t"
                | "doesn't"
                | "won’t"
                | "won't"
                | "wouldn’t"
                | "wouldn't"
                | "hasn’t"
                | "hasn't"
                | "haven’t"
                | "haven't"
        )
    })
}

/// End of a reported clause starting at `s`: the sentence end, or before a coordinated
/// second cue ("… and said …", "…, adding …").
fn clause_end(ix: &ParaIndex, s: usize) -> usize {
    ix.ceil(s).min(ix.next_break(s + 1))
}

/// "X said (that) …" and "…, according to X." clauses.
fn indirect(
    ix: &ParaIndex,
    text: &Text,
    toks: &[Tok],
    para_idx: usize,
    used: &HashSet<usize>,
    first_item: usize,
    items: &mut Vec<Item>,
) {
    let n = toks.len();
    // The paragraph's quote tokens with their items (one each, pushed in reading order just
    // before), and those that veto a clause around them (direct quotes shown): absorbing a
    // quote only hides it, so neither list changes.
    let quoted: Vec<(usize, usize)> = (0..n)
        .filter(|&i| toks[i].quote().is_some())
        .zip(first_item..)
        .collect();
    debug_assert!(quoted.iter().all(|&(i, x)| items
        .get(x)
        .is_some_and(|it| it.range.start == toks[i].start)));
    let vetoes: Vec<usize> = quoted
        .iter()
        .filter(|&&(_, x)| items[x].kind == QuoteKind::Direct && !items[x].skip)
        .map(|&(i, _)| i)
        .collect();
    // `absorbed_next[j]`: the first entry of `quoted` at or after `j` not yet absorbed
    // (path-compressed), so that each quote is absorbed once however many clauses cover it.
    let mut absorbed_next: Vec<usize> = (0..=quoted.len()).collect();
    let mut c = 0;
    while c < n {
        if !toks[c].is_word() || used.contains(&c) {
            c += 1;
            continue;
        }
        let l = toks[c].lower(text);
        let floor = ix.floor(c);
        let mut found: Option<(Np, usize, usize, &'static str)> = None;
        if l == "according"
            && lower_at(toks, text, c + 1) == "to"
            && c > floor + 2
            && toks[c - 1].is_punct(',')
        {
            let ceil = ix.ceil(c);
            if let Some(np) = np::after(toks, text, c + 2, ceil) {
                let tail_ok = ix.next_quote(np.toks.end) >= ceil;
                if tail_ok {
                    found = Some((np, floor, c - 1, "clause-according-to"));
                }
            }
        } else if l == "according" && lower_at(toks, text, c + 1) == "to" && c == floor {
            // "According to X, …." opening a sentence: the rest of it.
            let ceil = ix.ceil(c);
            if let Some(np) = np::after(toks, text, c + 2, ceil) {
                // "According to Sergeant Priya Raman of the policing team, …"
                let e = np.toks.end;
                let of =
                    e < ceil && matches!(&*lower_at(toks, text, e), "of" | "at" | "from" | "for");
                let comma = if of {
                    (e + 1..ceil.min(e + 10))
                        .take_while(|&k| toks[k].is_word() || toks[k].is_punct(','))
                        .find(|&k| toks[k].is_punct(','))
                        .unwrap_or(e)
                } else {
                    e
                };
                // Quoted words inside the clause make it mixed ("According to
                // Ibarra, the record was “always there to be taken”"); a
                // quote right after the comma is the according-to-quote rule's.
                let clause_first = comma + 1 < ceil && toks[comma + 1].is_word();
                if toks.get(comma).is_some_and(|t| t.is_punct(','))
                    && (ix.next_quote(comma) >= ceil || clause_first)
                {
                    found = Some((np, comma + 1, ceil, "according-to-clause"));
                }
            }
        } else if (toks[c].introduces_clause(text) || lexicon::needs_that(&l))
            && !negated(toks, text, c)
        {
            if let Some(np) = subject_left(ix, toks, text, c, floor).filter(|np| !matches!(&np.kind, NpKind::Named { name, .. } if name.eq_ignore_ascii_case("nobody"))) {
                // "…, engineers said on Friday.": the clause precedes its attribution.
                let mut s0 = np.toks.start;
                if s0 > floor && lower_at(toks, text, s0 - 1) == "the" {
                    s0 -= 1;
                }
                let ceil = ix.ceil(c + 1);
                let tail_ok = ceil - (c + 1) <= 4
                    && (c + 1..ceil).all(|i| toks[i].is_word())
                    && (c + 1 == ceil || lexicon::is_adjunct_start(&lower_at(toks, text, c + 1)));
                if s0 > floor + 2 && toks[s0 - 1].is_punct(',') && tail_ok {
                    found = Some((np, floor, s0 - 1, "clause-name-said"));
                } else {
                let mut k = c + 1;
                if matches!(&*l, "told" | "tells") {
                    k = np::after(toks, text, k, n).map_or(k + 1, |o| o.toks.end);
                }
                let that = (k..(k + 8).min(n))
                    .take_while(|&j| toks[j].is_word() || toks[j].is_punct(','))
                    .find(|&j| lower_at(toks, text, j) == "that");
                let start = match that {
                    Some(j) => Some(j + 1),
                    None if lexicon::needs_that(&l) => None,
                    None => {
                        let lk = lower_at(toks, text, k);
                        (k < n && toks[k].is_word() && !lexicon::is_adjunct_start(&lk) && !ix.cue(k))
                            .then_some(k)
                    }
                };
                if let Some(s) = start {
                    let e = clause_end(ix, s);
                    let rule = if that.is_some() { "name-said-that-clause" } else { "name-said-clause" };
                    found = Some((np, s, e, rule));
                }
                }
            }
        }
        let Some((np, mut s, e, rule)) = found else {
            c += 1;
            continue;
        };
        // Skip a wire dateline ("NORTHFIELD (Wire) — ") at the start of the clause.
        if let Some(d) =
            (s..(s + 8).min(e)).find(|&i| toks[i].is_punct('—') || toks[i].is_punct('–'))
        {
            let t0 = toks[s].text(text);
            let caps = toks[s].is_word()
                && t0.chars().count() > 1
                && !t0.chars().any(char::is_lowercase)
                && !(s..d).any(|i| toks[i].quote().is_some());
            if caps && d > s {
                s = d + 1;
            }
        }
        if e <= s + 2 || e > n {
            c += 1;
            continue;
        }
        // Quotes inside the clause: direct ones veto it, fragments are absorbed (mixed).
        let v = vetoes.partition_point(|&i| i < s);
        let veto = v < vetoes.len() && vetoes[v] < e;
        if !veto {
            let mut j =
                first_unabsorbed(&mut absorbed_next, quoted.partition_point(|&(i, _)| i < s));
            while j < quoted.len() && quoted[j].0 < e {
                items[quoted[j].1].skip = true;
                absorbed_next[j] = j + 1;
                j = first_unabsorbed(&mut absorbed_next, j + 1);
            }
            let kind = if ix.next_quote(s) >= e {
                QuoteKind::Indirect
            } else {
                QuoteKind::Mixed
            };
            let (cs, ce) = if matches!(rule, "clause-according-to" | "according-to-clause") {
                (c, c + 1)
            } else {
                (c, c)
            };
            let cue_tok = toks[cs].start..toks[ce].end;
            let mut end = toks[e - 1].end;
            if toks[e - 1].quote().is_none() && !toks[e - 1].is_word() {
                end = toks[e - 1].start;
            }
            let conf = if rule == "name-said-clause" {
                0.35
            } else {
                0.45
            };
            items.push(Item {
                range: toks[s].start..end,
                para: para_idx,
                kind,
                raw: None,
                at_para_start: false,
                attr: Some(Attr {
                    np,
                    cue: Some(cue_tok.clone()),
                    cue_tok: Some(c),
                    rule,
                    conf,
                }),
                speaker: None,
                rule,
                conf,
                cue: Some(cue_tok),
                skip: false,
                bare: false,
            });
            c = e.max(c + 1);
            continue;
        }
        c += 1;
    }
}

/// The root of `j` in the `absorbed_next` forest: the first quote at or after `j` not yet absorbed.
fn first_unabsorbed(next: &mut [usize], j: usize) -> usize {
    let mut root = j;
    while next[root] != root {
        root = next[root];
    }
    let mut k = j;
    while next[k] != root {
        let up = next[k];
        next[k] = root;
        k = up;
    }
    root
}

fn strip_det(s: &str) -> &str {
    for d in ["the ", "a ", "an ", "its ", "his ", "her ", "their "] {
        if s.len() > d.len() && s.get(..d.len()).is_some_and(|x| x.eq_ignore_ascii_case(d)) {
            return &s[d.len()..];
        }
    }
    s
}

/// "Dougal, 61, was more philosophical", "Lakshmi, 29, a pharmacy
/// assistant": an age in commas after a name, as news gives it for people
/// it names by one word. A year ("March, 2024,") is too large to be one.
fn followed_by_age(toks: &[Tok], text: &Text, e: usize) -> bool {
    let age = |t: &Tok| {
        let w = t.text(text);
        t.is_word()
            && (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<u16>().is_ok_and(|n| n <= 120)
    };
    toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks.get(e + 1).is_some_and(age)
        && toks
            .get(e + 2)
            .is_some_and(|t| t.is_punct(',') || t.is_terminal())
}

/// Named subjects (sentence-initial or after a comma/title, followed by a verb-like word) for pronoun fallback.
fn collect_candidates(text: &Text, tokens: &Tokens) -> TextNames {
    let mut out = Vec::new();
    let mut seen = Vec::new();
    // Names that speak of themselves as "it" ("Zipster said it would
    // appeal"): organisations, whatever their words.
    let mut said_it: HashSet<String> = HashSet::default();
    let mut spokespeople = Vec::new();
    // Last word (lower case) → full name of the people named so far.
    // A word alone that stands for a full name seen before: its surname, or its given name.
    let mut short_names: HashMap<String, String> = HashMap::default();
    for toks in tokens.paras() {
        let n = toks.len();
        let mut i = 0;
        while i < n {
            if !np::word_ok_in_chain(&toks[i], text) {
                i += 1;
                continue;
            }
            let e = np::chain_forward(toks, text, i, n);
            let prev_title = i > 0 && toks[i - 1].is_word() && {
                let w = toks[i - 1].lower(text);
                lexicon::is_title(&w)
                    || (["or", "er", "ist", "ian", "ant", "ent"]
                        .iter()
                        .any(|s| w.ends_with(s))
                        && w.len() > 4
                        && !matches!(
                            &*w,
                            "after"
                                | "under"
                                | "never"
                                | "other"
                                | "whether"
                                | "together"
                                | "later"
                                | "either"
                                | "neither"
                                | "rather"
                                | "against"
                                | "recent"
                                | "current"
                                | "different"
                                | "present"
                                | "meanwhile"
                        ))
            };
            // "director of rugby Graham Tierney", "head of policy Ann Lee".
            let prev_title = prev_title
                || (i >= 3
                    && toks[i - 1].is_word()
                    && !toks[i - 1].is_cap()
                    && !lexicon::is_determiner(&lower_at(toks, text, i - 1))
                    && &*lower_at(toks, text, i - 2) == "of"
                    && lexicon::is_source_noun(&lower_at(toks, text, i - 3)));
            let det_start = i > 0
                && toks[i - 1].is_word()
                && toks[i - 1].lower(text) == "the"
                && (i == 1 || toks[i - 2].is_terminal() || toks[i - 2].is_punct(','));
            let after_subordinator = i > 0
                && toks[i - 1].is_word()
                && matches!(
                    &*toks[i - 1].lower(text),
                    "when"
                        | "after"
                        | "before"
                        | "as"
                        | "while"
                        | "because"
                        | "since"
                        | "although"
                        | "though"
                        | "if"
                        | "and"
                        | "but"
                        | "so"
                        | "that"
                        | "where"
                        | "until"
                        | "once"
                );
            // "Last night Tamsin broke her silence", "Yesterday Okafor said":
            // a time opening the sentence before its subject.
            let opens_at = |k: usize| k == 0 || toks[k - 1].is_terminal();
            let time_opener = i >= 1 && {
                let word = lower_at(toks, text, i - 1);
                (opens_at(i - 1) && matches!(&*word, "yesterday" | "today" | "tonight"))
                    || (i >= 2
                        && opens_at(i - 2)
                        && matches!(&*lower_at(toks, text, i - 2), "last" | "this" | "on")
                        && (lexicon::is_weekday(&word)
                            || matches!(
                                &*word,
                                "night"
                                    | "week"
                                    | "weekend"
                                    | "month"
                                    | "year"
                                    | "morning"
                                    | "evening"
                            )))
            };
            // "For Hendrik Vos, who milks 280 cows, the cut …": the person
            // the sentence is about, who often speaks next; a person by a
            // given name, not "For Northern Ireland, the cut …".
            let for_opener = i >= 1
                && opens_at(i - 1)
                && &*lower_at(toks, text, i - 1) == "for"
                && (first_names::gender_of_name(&text[toks[i].start..toks[e - 1].end]).is_some()
                    || (e + 1 < n
                        && toks[e].is_punct(',')
                        && (matches!(&*lower_at(toks, text, e + 1), "who" | "a" | "an")
                            || followed_by_age(toks, text, e))));
            let pre_ok = i == 0
                || time_opener
                || for_opener
                || det_start
                || after_subordinator
                || toks[i - 1].is_terminal()
                || toks[i - 1].is_punct(',')
                || toks[i - 1].is_punct('—')
                || toks[i - 1].quote().is_some()
                || prev_title;
            // "Faizal on Wednesday unveiled": a time adjunct after the subject.
            let time_adjunct = e + 1 < n
                && matches!(&*toks[e].lower(text), "on" | "last" | "this")
                && lexicon::is_weekday(&toks[e + 1].lower(text));
            let post_ok = e < n
                && !toks[e - 1].is_possessive(text)
                && (time_adjunct
                    || toks[e].is_punct(',')
                    // "the fiddle player Kenji Aoyama (青山健二), whose …"
                    || (prev_title && (toks[e].is_punct('(') || toks[e].is_punct('—')))
                    || (toks[e].is_word()
                        && !toks[e].is_cap()
                        && !lexicon::is_name_connector(&toks[e].lower(text))
                        && !matches!(
                            &*toks[e].lower(text),
                            "in" | "on" | "at" | "to" | "from" | "with" | "or" | "by" | "as" | "is"
                        )));
            let place =
                e - i > 1 && lexicon::names_a_place(&toks[i].lower(text), &toks[e - 1].lower(text));
            if pre_ok && post_ok && !place {
                if let Some(np) = np::named_from(toks, text, i, e) {
                    let title = glued_title(toks, text, &np);
                    if let NpKind::Named {
                        name,
                        surface,
                        is_org,
                        gender,
                    } = np.kind
                    {
                        let known_org = !is_org
                            && !prev_title
                            && gender.is_none()
                            && reads_as_organisation(toks, text, i, e);
                        let is_org = is_org || known_org;
                        if known_org {
                            said_it.insert(name.to_lowercase());
                        }
                        // A surname alone ("Rowntree, a 19-year-old …,")
                        // once the full name is known: that person.
                        let last = toks[e - 1].lower(text);
                        let known = (e - i == 1 && !is_org)
                            .then(|| short_names.get(&*last).cloned())
                            .flatten();
                        if is_org
                            || name.contains(' ')
                            || prev_title
                            || gender.is_some()
                            || surface.contains(' ')
                            || known.is_some()
                            || (followed_by_age(toks, text, e) && !det_start)
                        {
                            if !is_org && name.contains(' ') {
                                remember_short_names(&mut short_names, &last, &name);
                            }
                            let name = known.unwrap_or(name);
                            // "The spokesman, Neil Osgood, …"
                            if i >= 3 && toks[i - 1].is_punct(',') && !is_org {
                                let head = toks[i - 2].lower(text);
                                if lexicon::is_spokesperson(&head)
                                    && &*toks[i - 3].lower(text) == "the"
                                {
                                    spokespeople.push(SpokespersonNamed {
                                        pos: toks[i - 3].start,
                                        head: head.into_owned(),
                                        name: name.clone(),
                                        surface: surface.clone(),
                                    });
                                }
                            }
                            // "Judge Miriam Okonjo, 61, retired …": "the
                            // judge" later is her.
                            if let (Some(title), false) = (title, is_org) {
                                seen.push(NameSeen {
                                    pos: np.range.start,
                                    last: toks[e - 1].lower(text).into_owned(),
                                    title: Some(title),
                                    name: name.clone(),
                                    surface: surface.clone(),
                                    is_org,
                                });
                            }
                            out.push(Candidate {
                                pos: np.range.start,
                                name,
                                surface,
                                is_org,
                                gender,
                                secondary: in_passing(toks, text, i),
                            });
                        }
                    }
                }
            } else if e - i > 1 {
                // Named in passing ("at Sellinge Airport", "goalkeeper Femi
                // Adeyemi —"): "the airport" or "Adeyemi" later is them.
                let lower = toks[e - 1].lower(text);
                let last = np::strip_possessive(&lower);
                let org_noun = GENERIC_ORG.contains(&last);
                // A place more likely than a person: "in North Wales".
                let place = i > 0 && lexicon::is_place_preposition(&lower_at(toks, text, i - 1));
                // Read as a name only when it may be kept.
                let np = (org_noun || !place)
                    .then(|| np::named_from(toks, text, i, e))
                    .flatten();
                if let Some(np) = np {
                    let title = glued_title(toks, text, &np);
                    if let NpKind::Named {
                        name,
                        surface,
                        is_org,
                        ..
                    } = np.kind
                    {
                        // An organisation only by a name ending in its noun.
                        if org_noun || !is_org && !place {
                            if !org_noun {
                                remember_short_names(&mut short_names, last, &name);
                            }
                            seen.push(NameSeen {
                                pos: np.range.start,
                                last: last.to_owned(),
                                title,
                                name,
                                surface,
                                is_org: org_noun,
                            });
                        }
                    }
                }
            }
            i = e;
        }
    }
    TextNames {
        candidates: out,
        names_seen: seen,
        said_it,
        spokespeople,
    }
}

/// Whether the name at token `i` is in apposition to a phrase that makes
/// it someone named in passing: a role owned by another person ("Her
/// opponent, Yelena Brask", "His loss adjuster, Stuart Kinnaird") or the
/// object of a verb or preposition ("beat the defending champion, Grigor
/// Haszard", "heard from Detective Sgt. Owen Burkhart").
fn in_passing(toks: &[Tok], text: &Text, i: usize) -> bool {
    if i == 0 {
        return false;
    }
    // "heard from Detective Sgt. Owen Burkhart": titles, then a preposition.
    let mut k = i;
    let limit = i.saturating_sub(PASSING_WINDOW);
    // Back over titles ("Detective Sgt. Owen"): a stop only after one.
    while k > limit
        && (toks[k - 1].is_cap()
            || (toks[k - 1].is_punct('.') && k >= 2 && lexicon::is_title(&toks[k - 2].lower(text))))
    {
        k -= 1;
    }
    if k > 0 && k < i && matches!(&*lower_at(toks, text, k - 1), "from" | "with" | "by" | "to") {
        return true;
    }
    if !toks[i - 1].is_punct(',') {
        return false;
    }
    // The phrase before the comma, back to the sentence or clause start.
    let mut s = i - 1;
    while s > limit
        && !(toks[s - 1].is_terminal()
            || toks[s - 1].is_punct(',')
            || toks[s - 1].quote().is_some())
    {
        s -= 1;
    }
    if s + 1 >= i {
        return false;
    }
    let first = lower_at(toks, text, s);
    if matches!(&*first, "his" | "her" | "their") {
        return true;
    }
    // "… beat the defending champion, X": an article right after a verb
    // (a lower-case word that is no conjunction, subordinator or
    // preposition: "Speaking outside the court, X" is X's own sentence).
    (s + 1..i - 1).any(|k| {
        matches!(&*lower_at(toks, text, k), "the" | "a" | "an")
            && toks[k - 1].is_word()
            && !toks[k - 1].is_cap()
            && !matches!(
                &*lower_at(toks, text, k - 1),
                "when"
                    | "and"
                    | "but"
                    | "that"
                    | "as"
                    | "while"
                    | "because"
                    | "after"
                    | "before"
                    | "since"
                    | "if"
                    | "so"
                    | "in"
                    | "on"
                    | "at"
                    | "outside"
                    | "inside"
                    | "from"
                    | "with"
                    | "by"
                    | "for"
                    | "during"
                    | "near"
                    | "across"
                    | "into"
                    | "over"
                    | "under"
                    | "of"
                    | "to"
                    | "about"
                    | "behind"
                    | "beside"
                    | "through"
                    | "around"
                    | "among"
                    | "against"
            )
    })
}

const GENERIC_ORG: &[&str] = &[
    "carmaker",
    "regulator",
    "watchdog",
    "airport",
    "hospital",
    "museum",
    "school",
    "university",
    "library",
    "festival",
    "retailer",
    "insurer",
    "club",
    "industry",
    "sector",
    "coastguard",
    "company",
    "firm",
    "group",
    "organisation",
    "organization",
    "airline",
    "agency",
    "trust",
    "association",
    "charity",
    "operator",
    "bank",
    "union",
    "club",
    "party",
    "council",
    "board",
    "authority",
    "government",
    "carrier",
    "retailer",
    "manufacturer",
    "maker",
    "insurer",
    "broadcaster",
    "publisher",
    "developer",
    "network",
    "team",
    "campaign",
    "ministry",
];

/// Runs attribution over the whole document.
pub(super) fn run(
    text: &Text,
    paras: &[Para],
    raws: &[RawQuote],
    tokens: &Tokens,
    interview: &interview::Reading,
) -> Suggestions {
    let mut items: Vec<Item> = Vec::new();
    let mut ix = ParaIndex::empty();
    for (pi, p) in paras.iter().enumerate() {
        // An answer's label ("A: …") does not count as words before it.
        let answer_starts = interview.labels[pi]
            .filter(|l| l.label == interview::Label::Answer)
            .map_or(p.start, |l| p.start + l.len);
        let para = (pi, *p, answer_starts);
        analyse_para(text, tokens.para(pi), para, raws, &mut items, &mut ix);
    }
    let mut names = collect_candidates(text, tokens);
    mark_reported(&mut names.candidates, &items);
    let mut reg = Registry::new(names);
    // Resolve speaker phrases in text order.
    let mut order: Vec<usize> = (0..items.len())
        .filter(|&i| items[i].attr.is_some() && (!items[i].skip || items[i].bare))
        .collect();
    order.sort_by_key(|&i| items[i].attr.as_ref().map_or(0, |a| a.np.range.start));
    // The quotes each speaker phrase attributes, for the names they write.
    let mut quotes_of: HashMap<(usize, usize), Vec<usize>> = HashMap::default();
    for &i in &order {
        if let (Some(a), Some(_)) = (&items[i].attr, items[i].raw) {
            quotes_of
                .entry((a.np.range.start, a.np.range.end))
                .or_default()
                .push(i);
        }
    }
    let mut resolved: HashMap<(usize, usize), Option<usize>> = HashMap::default();
    let mut mention_of: HashMap<(usize, usize), SuggestedMention> = HashMap::default();
    for &i in &order {
        // Taken out while the item is resolved, and put back: a clone would copy its names.
        let a = items[i].attr.take().expect("attr");
        let key = (a.np.range.start, a.np.range.end);
        let pos = a.np.range.start;
        let sp = match resolved.get(&key) {
            Some(s) => *s,
            None => {
                // A spokesperson, or whom one speaks for ("a spokesman for
                // Halbrook Buses"): named shortly after, that person ("The
                // spokesman, Neil Osgood, …").
                let toks = tokens.para(items[i].para);
                let spokesperson = match &a.np.kind {
                    NpKind::Role { head, .. } if lexicon::is_spokesperson(head) => {
                        Some(Cow::Borrowed(head.as_str()))
                    }
                    _ => spokesperson_for(toks, text, &a.np),
                };
                let named_later = spokesperson
                    .as_deref()
                    .and_then(|head| reg.spokesperson_named_after(head, pos));
                let s = match &a.np.kind {
                    _ if named_later.is_some() => named_later,
                    NpKind::Pronoun(p) => {
                        let quotes = quotes_of.get(&key).into_iter().flatten();
                        let inside =
                            NamedInside::new(quotes.map(|&j| &text[items[j].range.clone()]));
                        reg.resolve(*p, pos, paras[items[i].para].start, &inside)
                    }
                    NpKind::Named {
                        name,
                        surface,
                        is_org,
                        gender,
                    } => {
                        let before = reg.find(name, *is_org).map(|e| reg.entities[e].last);
                        let surname_only =
                            matches!(a.rule, INTRO_SURNAME_RULE | INTRO_SURNAME_SUBJECT_RULE);
                        let full = if surname_only {
                            match reg.person_known_as(name, pos) {
                                Some(full) => Cow::Owned(full),
                                None => {
                                    resolved.insert(key, None);
                                    items[i].attr = Some(a);
                                    continue;
                                }
                            }
                        } else if !*is_org && !name.contains(' ') {
                            // "Ibarra said", after "Celeste Ibarra" was named.
                            reg.person_known_as(name, pos)
                                .map_or(Cow::Borrowed(name.as_str()), Cow::Owned)
                        } else {
                            Cow::Borrowed(name.as_str())
                        };
                        // "A spokeswoman for Northline said": an organisation,
                        // unless a title or given name shows a person.
                        let is_org = *is_org
                            || (spokesperson.is_some() && np::spoken_for_is_organisation(&a.np));
                        let idx = reg.named(&full, surface, is_org, *gender, pos);
                        if !is_org {
                            if let Some(role) = apposed_role(toks, text, &a.np) {
                                reg.add_alias(idx, &role);
                            }
                            if let Some(title) = glued_title(toks, text, &a.np) {
                                reg.add_alias(idx, &title);
                            }
                        }
                        // Introduced in passing ("Her opponent, Yelena Brask,
                        // had served"): she may speak the quote paragraph
                        // after, but is not who the next "she" means.
                        let introduced =
                            matches!(a.rule, INTRO_SUBJECT_RULE | INTRO_SURNAME_SUBJECT_RULE);
                        if introduced && in_passing(toks, text, a.np.toks.start) {
                            reg.entities[idx].last = before.unwrap_or(0);
                        }
                        Some(idx)
                    }
                    // "…’, the statement said": whoever made the statement
                    // (the latest speaker), not a speaker named "statement".
                    NpKind::Role { head, .. } if head == "statement" => reg.resolve(
                        lexicon::Pronoun::They,
                        pos,
                        paras[items[i].para].start,
                        &NamedInside::default(),
                    ),
                    NpKind::Role { head, .. } if lexicon::is_spokesperson(head) => {
                        let whom = np::spoken_for(toks, text, &a.np);
                        let org = match whom {
                            Some(whom) => resolve_source(&mut reg, text, &whom, pos),
                            // "Larkspur Books said that … “…,” a spokeswoman
                            // said": whoever spoke before in the paragraph.
                            // An organisation or a name with no gender: not
                            // "Emma Hart, whose son died, said …".
                            None => spoke_before_in_para(&items, i, pos)
                                .filter(|&e| {
                                    let e = &reg.entities[e];
                                    e.is_org || e.gender.is_none()
                                })
                                .or_else(|| reg.latest_org(pos)),
                        };
                        org.or_else(|| resolve_source(&mut reg, text, &a.np, pos))
                    }
                    // "the striker said", "said the captain": the person
                    // last spoken of, unless the text gave someone that
                    // role ("Harrowby captain Mo Diaz").
                    NpKind::Role {
                        head,
                        is_org: false,
                        plural: false,
                    } if lexicon::is_person_anaphor(head)
                        && is_definite_description(toks, text, &a.np)
                        && !reg.knows_role(head, pos) =>
                    {
                        let quotes = quotes_of.get(&key).into_iter().flatten();
                        let inside =
                            NamedInside::new(quotes.map(|&j| &text[items[j].range.clone()]));
                        let para_start = paras[items[i].para].start;
                        reg.resolve(lexicon::Pronoun::Person, pos, para_start, &inside)
                            .or_else(|| resolve_source(&mut reg, text, &a.np, pos))
                    }
                    NpKind::Role { .. } => resolve_source(&mut reg, text, &a.np, pos),
                };
                // "A spokesman for Kessingham Council said …", read as the
                // council: the next "he" may be its spokesman.
                if let (Some(e), Some(noun), None) = (s, &spokesperson, named_later) {
                    reg.speaks_through(e, lexicon::honorific_gender(noun));
                }
                resolved.insert(key, s);
                if let Some(s) = s {
                    let conf = if is_pronoun(&a.np) {
                        a.conf * 0.85
                    } else {
                        a.conf
                    };
                    mention_of.insert(
                        key,
                        SuggestedMention {
                            range: a.np.range.clone(),
                            speaker: s,
                            rule: a.rule,
                            confidence: conf,
                        },
                    );
                }
                s
            }
        };
        items[i].speaker = sp;
        if sp.is_some() && is_pronoun(&a.np) {
            items[i].conf *= 0.85;
        }
        // On the development sets, not one of the quotes given to a speaker
        // known only by a description at 0.8 or more was right.
        if sp.is_some_and(|s| reg.entities[s].is_unnamed()) {
            items[i].conf *= UNNAMED_SPEAKER_DISCOUNT;
        }
        items[i].attr = Some(a);
    }
    let questions: Vec<bool> = (0..paras.len()).map(|p| interview.is_question(p)).collect();
    let interviewee = interviewee_hints(&mut reg, paras, &questions, interview.says_interview);
    let names: Vec<&str> = reg.entities.iter().map(|e| e.name.as_str()).collect();
    inherit(text, &mut items, raws, &questions, &interviewee, &names);
    // Mentions: those behind an emitted quote (directly or through inheritance).
    // (speaker, paragraph) pairs whose bare cue event lent its speaker to a quote.
    let mut lent: HashSet<(usize, usize)> = HashSet::default();
    for o in items.iter().filter(|o| !o.skip) {
        if let Some(s) = o.speaker {
            match o.rule {
                "para-inherit" if o.para > 0 => {
                    lent.insert((s, o.para - 1));
                }
                "same-para-reported" => {
                    lent.insert((s, o.para));
                }
                _ => {}
            }
        }
    }
    let mut used_keys: HashSet<(usize, usize)> = HashSet::default();
    for it in &items {
        if it.skip && !it.bare {
            continue;
        }
        let Some(s) = it.speaker else { continue };
        if !it.bare || lent.contains(&(s, it.para)) {
            if let Some(a) = &it.attr {
                used_keys.insert((a.np.range.start, a.np.range.end));
            }
        }
    }
    let mut mentions: Vec<SuggestedMention> = mention_of
        .into_iter()
        .filter(|(k, _)| used_keys.contains(k))
        .map(|(_, m)| m)
        .collect();
    mentions.sort_by_key(|m| (m.range.start, m.range.end));
    let mut quotes: Vec<SuggestedQuote> = items
        .into_iter()
        .filter(|it| !it.skip)
        .map(|it| SuggestedQuote {
            range: it.range,
            kind: it.kind,
            speaker: it.speaker,
            cue: it.cue,
            rule: it.rule,
            confidence: it.conf,
        })
        .collect();
    quotes.sort_by_key(|q| (q.range.start, q.range.end));
    // Keep only speakers that something refers to, renumbered in order of first use.
    let mut remap: Vec<Option<usize>> = vec![None; reg.entities.len()];
    let mut speakers = Vec::new();
    let mut take = |i: usize, speakers: &mut Vec<SuggestedSpeaker>| {
        *remap[i].get_or_insert_with(|| {
            let e = &reg.entities[i];
            speakers.push(SuggestedSpeaker {
                name: e.name.clone(),
                aliases: e.aliases.clone(),
            });
            speakers.len() - 1
        })
    };
    for q in &mut quotes {
        if let Some(s) = q.speaker {
            q.speaker = Some(take(s, &mut speakers));
        }
    }
    for m in &mut mentions {
        m.speaker = take(m.speaker, &mut speakers);
    }
    Suggestions {
        speakers,
        mentions,
        quotes,
    }
}

/// Remembers what a person's full name may be shortened to: the surname
/// (the latest person of that surname), and the given name ("Tamsin" for
/// "Tamsin Okoro-Reilly", as tabloids and features write; a surname known
/// before keeps its meaning).
fn remember_short_names(short_names: &mut HashMap<String, String>, last: &str, name: &str) {
    // Most names come again and again: one remembered already was
    // remembered by both its short names, and nothing is asked again.
    if short_names.get(last).is_some_and(|known| known == name) || names_two_people(name) {
        return;
    }
    short_names.insert(last.to_owned(), name.to_owned());
    if let Some((first, rest)) = name.split_once(' ') {
        let first = lowercase(first);
        if !rest.is_empty() && !short_names.contains_key(&*first) {
            short_names.insert(first.into_owned(), name.to_owned());
        }
    }
}

/// Whether the name `toks[s..e]`, with no organisation word in it, is
/// written of as an organisation: "Zipster said it would appeal",
/// "Kemjo, one of the largest depot owners, said its price …", "Greenpole,
/// which operates the network", "Kindred, an international medical
/// charity, …", "the smart-home company Lumenwick".
fn reads_as_organisation(toks: &[Tok], text: &Text, s: usize, e: usize) -> bool {
    let n = toks.len();
    let org_noun = |k: usize| {
        toks[k].is_word() && !toks[k].is_cap() && {
            let l = toks[k].lower(text);
            GENERIC_ORG.contains(&&*l) || lexicon::is_org_word(&l)
        }
    };
    let says_it = |c: usize| {
        c + 1 < n && is_cue_at(toks, c) && matches!(&*toks[c + 1].lower(text), "it" | "its")
    };
    if says_it(e) || (s > 0 && org_noun(s - 1)) {
        return true;
    }
    if e >= n || !toks[e].is_punct(',') {
        return false;
    }
    if lower_at(toks, text, e + 1) == "which" {
        return true;
    }
    // An appositive: a description headed by an organisation noun, or
    // the cue after it followed by "it".
    let Some(close) =
        (e + 1..n.min(e + 15)).find(|&k| toks[k].is_punct(',') || toks[k].is_terminal())
    else {
        return false;
    };
    // The description's head is the last word of its noun phrase, before a
    // preposition, a relative pronoun or a participle ("a former transport
    // minister who led the group" is headed by "minister").
    let head = (e + 2..close)
        .take_while(|&k| {
            toks[k].is_word() && {
                let l = toks[k].lower(text);
                !matches!(
                    &*l,
                    "of" | "for"
                        | "in"
                        | "at"
                        | "with"
                        | "from"
                        | "on"
                        | "by"
                        | "who"
                        | "whose"
                        | "which"
                        | "that"
                        | "and"
                ) && !l.ends_with("ing")
                    && !l.ends_with("ed")
            }
        })
        .last();
    // A description ("a …", "one of …"), not "who chairs …" or "45".
    let opener = lower_at(toks, text, e + 1);
    let descriptive = lexicon::is_determiner(&opener) || opener == "one";
    let described = descriptive && head.is_some_and(org_noun);
    // "Reid, a spokesman for the firm, said its …" is a person.
    let person = head.is_some_and(|k| lexicon::is_title(&toks[k].lower(text)));
    described || (descriptive && !person && toks[close].is_punct(',') && says_it(close + 1))
}

/// A name inside someone's reported words ("Talbot told the court that
/// Dorsey had forged …") is not who the next "he" means: it is read as
/// named in passing, like an appositive.
fn mark_reported(candidates: &mut [Candidate], items: &[Item]) {
    let mut reported: Vec<Range<usize>> = items
        .iter()
        .filter(|it| it.raw.is_none() && !it.bare && !it.skip)
        .map(|it| it.range.clone())
        .collect();
    reported.sort_by_key(|r| r.start);
    // The furthest end of the clauses opened so far: clauses may nest.
    let mut reach = 0;
    let reach_at: Vec<usize> = reported
        .iter()
        .map(|r| {
            reach = reach.max(r.end);
            reach
        })
        .collect();
    for c in candidates {
        let k = reported.partition_point(|r| r.start <= c.pos);
        if k > 0 && reach_at[k - 1] > c.pos {
            c.secondary = true;
        }
    }
}

/// When `np` is whom a spokesperson speaks for ("a spokesman for the
/// council"), the spokesperson's noun ("spokesman").
fn spokesperson_for<'a>(toks: &[Tok], text: &'a Text, np: &Np) -> Option<Cow<'a, str>> {
    let s = np.toks.start;
    let det = usize::from(s >= 1 && lexicon::is_determiner(&lower_at(toks, text, s - 1)));
    let f = s.checked_sub(1 + det)?;
    let noun = lower_at(toks, text, f.checked_sub(1)?);
    (&*lower_at(toks, text, f) == "for" && lexicon::is_spokesperson(&noun)).then_some(noun)
}

/// How much a speaker known only by a description lowers a quote's
/// confidence: below the 0.8 a careful user may filter at.
const UNNAMED_SPEAKER_DISCOUNT: f32 = 0.7;

/// The speaker of the latest speech in item `i`'s paragraph whose speaker
/// phrase starts before `pos`, if it has one yet; among the 16 items on
/// either side of it (a paragraph's quotes come before its other speech),
/// so that a paragraph of spokespeople stays linear.
fn spoke_before_in_para(items: &[Item], i: usize, pos: usize) -> Option<usize> {
    let para = items[i].para;
    items[i.saturating_sub(16)..items.len().min(i + 17)]
        .iter()
        .filter(|it| it.para == para)
        .filter_map(|it| Some((it.attr.as_ref()?.np.range.start, it.speaker?)))
        .filter(|&(at, _)| at < pos)
        .max_by_key(|&(at, _)| at)
        .map(|(_, s)| s)
}

/// "the striker", "the mother of three", "the older man": "the", at most
/// two words that describe, and a role noun, which points back to someone
/// (unlike "a striker" or "the club's striker").
fn is_definite_description(toks: &[Tok], text: &Text, np: &Np) -> bool {
    let words = &toks[np.toks.clone()];
    (2..=4).contains(&words.len())
        && &*words[0].lower(text) == "the"
        && words[1..]
            .iter()
            .all(|t| t.is_word() && !t.is_cap() && !t.is_possessive(text))
}

/// The speaker a name or an unnamed source ("the company", "the mayor")
/// at byte `pos` refers to; `None` for pronouns, which need their quote.
fn resolve_source(reg: &mut Registry, text: &Text, np: &Np, pos: usize) -> Option<usize> {
    match &np.kind {
        NpKind::Named {
            name,
            surface,
            is_org,
            gender,
        } => Some(reg.named(name, surface, *is_org, *gender, pos)),
        NpKind::Role {
            head,
            is_org,
            plural,
        } => {
            let generic = GENERIC_ORG.contains(&head.as_str());
            let surface = &text[np.range.clone()];
            Some(reg.role(
                head,
                *is_org || generic,
                *plural,
                generic,
                strip_det(surface),
                surface,
                pos,
            ))
        }
        NpKind::Pronoun(_) => None,
    }
}

/// A title glued to a name that is also a role ("Judge Miriam Okonjo",
/// "Sergeant Priya Raman"), as an alias, so that "the judge" later is her.
fn glued_title(toks: &[Tok], text: &Text, name: &Np) -> Option<String> {
    // The title is inside the phrase's tokens but outside the name's range.
    let first = (name.toks.start..name.toks.end).find(|&k| toks[k].start == name.range.start)?;
    if first == name.toks.start {
        return None;
    }
    let t = &toks[first - 1];
    let lower = t.lower(text);
    let title = lexicon::title_noun(&lower);
    (t.is_cap() && lexicon::is_title(&lower) && lexicon::is_source_noun(title))
        .then(|| title.to_owned())
}

/// The role in apposition with a name, as an alias for that person: "The
/// education secretary, Agnes Holloway, said" or "Agnes Holloway, the
/// education secretary, said" give "education secretary", so that "the
/// education secretary added" later is her, not a new speaker.
fn apposed_role(toks: &[Tok], text: &Text, name: &Np) -> Option<String> {
    let person_role = |np: &Np| {
        matches!(
            np.kind,
            NpKind::Role {
                is_org: false,
                plural: false,
                ..
            }
        )
    };
    let (s, e) = (name.toks.start, name.toks.end);
    // Before: "ROLE, NAME,"
    if s >= 2 && toks[s - 1].is_punct(',') && toks.get(e).is_some_and(|t| t.is_punct(',')) {
        if let Some(role) = np::before(toks, text, s - 1, 0) {
            // Opening a sentence, or right after the quote it attributes
            // ("“…,” the minister, Ahmed Karimi, told reporters").
            let opens = role.toks.start == 0 || {
                let t = &toks[role.toks.start - 1];
                t.is_terminal() || t.quote().is_some()
            };
            if person_role(&role) && opens {
                return Some(strip_det(&text[role.range]).to_owned());
            }
        }
    }
    // After: "NAME, the ROLE,"
    if toks.get(e).is_some_and(|t| t.is_punct(',')) {
        let next_comma = (e + 1..toks.len().min(e + 8)).find(|&k| toks[k].is_punct(','))?;
        let role = np::after(toks, text, e + 1, next_comma)?;
        // "the education secretary" is one person; "a local resident" is
        // any of several, no alias.
        let determined = &*lower_at(toks, text, e + 1) == "the";
        if person_role(&role) && role.toks.end == next_comma && determined {
            return Some(strip_det(&text[role.range]).to_owned());
        }
    }
    None
}

/// Whom a printed interview may be with, for when nobody spoke just
/// before a question: the last person named in each paragraph before a
/// question ("Meenakshi spoke to us. Excerpts:"), and the first person the
/// lead names; both only when the text says it is an interview.
struct IntervieweeHints {
    /// Whether the text says it is an interview ("spoke to", "Q&A" …) before
    /// its first question; if not, its answers are nobody's.
    says_interview: bool,
    named_before: Vec<Option<usize>>,
    lead_person: Option<usize>,
}

fn interviewee_hints(
    reg: &mut Registry,
    paras: &[Para],
    questions: &[bool],
    says_interview: bool,
) -> IntervieweeHints {
    let mut hints = IntervieweeHints {
        says_interview: false,
        named_before: vec![None; paras.len()],
        lead_person: None,
    };
    let Some(first_question) = questions.iter().position(|&q| q).map(|q| paras[q].start) else {
        return hints;
    };
    // Only when the text says it is an interview: a newspaper's "Q: When
    // do the changes start? A: …" explainer is not the words of the
    // councillor its lead names.
    if !says_interview {
        return hints;
    }
    hints.says_interview = true;
    let person = |reg: &mut Registry, c: usize| {
        let c = &reg.candidates[c];
        let (name, surface, gender, pos) = (c.name.clone(), c.surface.clone(), c.gender, c.pos);
        reg.named(&name, &surface, false, gender, pos)
    };
    for p in 1..paras.len() {
        if !questions[p] || questions[p - 1] {
            continue;
        }
        let para = paras[p - 1];
        let end = reg.candidates.partition_point(|c| c.pos < para.end);
        let last = (0..end)
            .rev()
            .take_while(|&c| reg.candidates[c].pos >= para.start)
            .find(|&c| !reg.candidates[c].is_org);
        hints.named_before[p - 1] = last.map(|c| person(reg, c));
    }
    let first = reg
        .candidates
        .iter()
        .position(|c| !c.is_org && c.pos < first_question);
    hints.lead_person = first.map(|c| person(reg, c));
    hints
}

/// Same-paragraph, multi-paragraph and previous-paragraph speaker inheritance for direct
/// quotes; `questions` marks the paragraphs that are an interviewer's questions, and
/// `hints` whom the interview may be with when nobody spoke before one, and `names`
/// the speakers' names (by index), for whom a quote names.
fn inherit(
    text: &Text,
    items: &mut [Item],
    raws: &[RawQuote],
    questions: &[bool],
    hints: &IntervieweeHints,
    names: &[&str],
) {
    let n_paras = questions.len();
    let mut by_para: Vec<Vec<usize>> = vec![Vec::new(); n_paras];
    let mut events: Vec<Vec<usize>> = vec![Vec::new(); n_paras];
    let mut all: Vec<Vec<usize>> = vec![Vec::new(); n_paras];
    for (i, it) in items.iter().enumerate() {
        all[it.para].push(i);
        if it.kind == QuoteKind::Direct && !it.skip {
            by_para[it.para].push(i);
        }
        if it.attr.is_some() && (!it.skip || it.bare) && it.kind != QuoteKind::Direct {
            events[it.para].push(i);
        }
    }
    let has_attr: Vec<bool> = all
        .iter()
        .map(|l| {
            l.iter()
                .any(|&i| items[i].attr.is_some() && (!items[i].skip || items[i].bare))
        })
        .collect();
    // Byte offsets of sentence-ending marks, to ask in O(log n) whether a stretch holds one.
    let terminals: Vec<usize> = text
        .match_indices(['.', '?', '!'])
        .map(|(i, _)| i)
        .collect();
    let has_terminal = |from: usize, to: usize| {
        let k = terminals.partition_point(|&i| i < from);
        k < terminals.len() && terminals[k] < to
    };
    let mut last_speaker: Vec<Option<usize>> = vec![None; n_paras];
    // Who answers a printed interview's questions: whoever answered the
    // last one, or whoever the paragraph before the first one spoke of.
    let mut interviewee: Option<usize> = None;
    for p in 0..n_paras {
        let list = by_para[p].clone();
        if let Some(&first) = list.first() {
            // Multi-paragraph quote: previous paragraph ends inside an open quote.
            if p > 0 && items[first].at_para_start && items[first].speaker.is_none() {
                let prev_open = by_para[p - 1].last().filter(|&&l| {
                    items[l].raw.is_some_and(|r| !raws[r].closed) && items[l].speaker.is_some()
                });
                let answered = (p >= 2 && questions[p - 1] && !has_attr[p] && hints.says_interview)
                    .then(|| {
                        interviewee
                            .or(last_speaker[p - 2])
                            .or(hints.named_before[p - 2])
                            .or(hints.lead_person)
                    })
                    .flatten();
                if let Some(&last) = prev_open {
                    items[first].speaker = items[last].speaker;
                    items[first].rule = "multi-para-continuation";
                    items[first].conf = 0.75;
                } else if let Some(who) = answered {
                    items[first].speaker = Some(who);
                    items[first].rule = "interview-answer";
                    items[first].conf = 0.6;
                    interviewee = Some(who);
                } else if !has_attr[p] && last_speaker[p - 1].is_some() {
                    // A quote that names the last speaker ("Housing doesn't
                    // come in a straight line, Jonah") is the reply of whoever
                    // spoke before them.
                    let inside = NamedInside::new([&text[items[first].range.clone()]]);
                    let named = |s: Option<usize>| s.is_some_and(|s| inside.names(names[s]));
                    let before = (p >= 2).then(|| last_speaker[p - 2]).flatten();
                    items[first].speaker =
                        if named(last_speaker[p - 1]) && before.is_some() && !named(before) {
                            before
                        } else {
                            last_speaker[p - 1]
                        };
                    items[first].rule = "para-inherit";
                    items[first].conf = 0.45;
                }
            }
            // Unattributed quote after a reported-speech event in the same paragraph.
            // The events with a speaker by position (stable: ties keep their order); only
            // direct quotes gain speakers below, so this list stays as it is.
            let mut spoken: Vec<usize> = events[p]
                .iter()
                .copied()
                .filter(|&e| items[e].speaker.is_some())
                .collect();
            spoken.sort_by_key(|&e| items[e].range.start);
            // Whether a direct quote before this one (the list is in reading order) has a speaker.
            let mut before_direct = false;
            for &q in &list {
                if items[q].speaker.is_some() {
                    before_direct = true;
                    continue;
                }
                let start = items[q].range.start;
                // The latest event starting before the quote (the last of equal starts) …
                let k = spoken.partition_point(|&e| items[e].range.start < start);
                let ev = k.checked_sub(1).map(|k| spoken[k]).or_else(|| {
                    // "“…” — that was how X described it": a cue later in the same sentence.
                    let end = items[q].range.end;
                    let k = spoken.partition_point(|&e| items[e].range.start < end);
                    spoken
                        .get(k)
                        .copied()
                        .filter(|&e| !has_terminal(end, items[e].range.start))
                });
                if let (Some(e), false) = (ev, before_direct) {
                    items[q].speaker = items[e].speaker;
                    items[q].rule = "same-para-reported";
                    items[q].conf = 0.6;
                    before_direct = true;
                }
            }
            // Within the paragraph: forward, then backward.
            for w in 1..list.len() {
                let (a, b) = (list[w - 1], list[w]);
                if items[b].speaker.is_none() && items[a].speaker.is_some() {
                    items[b].speaker = items[a].speaker;
                    items[b].rule = "same-para-quote";
                    items[b].conf = 0.7;
                }
            }
            for w in (1..list.len()).rev() {
                let (a, b) = (list[w - 1], list[w]);
                if items[a].speaker.is_none() && items[b].speaker.is_some() {
                    items[a].speaker = items[b].speaker;
                    items[a].rule = "same-para-quote";
                    items[a].conf = 0.65;
                }
            }
        }
        // The paragraph's last speaker (quote or reported-speech event), for the next paragraph.
        last_speaker[p] = all[p]
            .iter()
            .map(|&i| &items[i])
            .filter(|it| it.speaker.is_some() && (!it.skip || it.bare))
            .max_by_key(|it| it.range.start)
            .and_then(|it| it.speaker);
    }
}

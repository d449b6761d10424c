//! The annotation model: speakers, speaker mentions and quotes over one
//! document's text, with byte ranges kept in reading order. The model is
//! shaped for editing, not by any file format (see `formats` for those).

use super::fast_hash::FastMap;
use std::collections::BTreeSet;
use std::ops::Range;

macro_rules! id_type {
    ($name:ident, $prefix:literal) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The id as files write it, e.g. `q12`.
            pub fn label(self) -> String {
                // Written without `format!`: an export labels every span.
                let mut digits = itoa::Buffer::new();
                let digits = digits.format(self.0);
                let mut label = String::with_capacity($prefix.len() + digits.len());
                label.push_str($prefix);
                label.push_str(digits);
                label
            }

            /// Reads a label written by [`Self::label`].
            pub fn parse(label: &str) -> Option<Self> {
                label.strip_prefix($prefix)?.parse().ok().map($name)
            }
        }
    };
}

id_type!(SpeakerId, "s");
id_type!(QuoteId, "q");
id_type!(MentionId, "m");

/// Number of distinct speaker colours in the stylesheet.
pub const PALETTE_SIZE: u8 = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub id: SpeakerId,
    pub name: String,
    pub aliases: Vec<String>,
    /// Index into the stylesheet's palette.
    pub color: u8,
}

/// The one key two speaker names are compared by, everywhere (the editor,
/// the registry, importers, "Who is quoted", evaluation): surrounding and
/// repeated whitespace dropped, Unicode lower case, and the folds lower
/// case misses in names (ß and ẞ → ss, final ς → σ), so "Élodie" and
/// "élodie", "Straße" and "STRASSE" are one speaker. (The editor once
/// compared ASCII case only and the registry full lower case.)
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        for c in word.chars() {
            match c {
                'ß' | 'ẞ' => key.push_str("ss"),
                'ς' => key.push('σ'),
                c => key.extend(c.to_lowercase()),
            }
        }
    }
    key
}

impl Speaker {
    /// True when `text` names this speaker: its name or an alias, ignoring
    /// case and surrounding whitespace, or — for a single word — the last
    /// word of its name ("Putin" for "Vladimir Putin"; "Bruce Lee" does not
    /// name "Ann Lee").
    pub fn is_named_by(&self, text: &str) -> bool {
        let wanted = name_key(text);
        let one_word = !wanted.is_empty() && !wanted.contains(' ');
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| name_key(n) == wanted)
            || (one_word && self.name.split_whitespace().last().map(name_key) == Some(wanted))
    }

    /// Whether a search typed in a list of speakers finds this one: its
    /// name or an alias contains the query, compared by [`name_key`]
    /// (`query_key` is the query's key, computed once per search). An
    /// empty query finds everyone.
    pub fn found_by(&self, query_key: &str) -> bool {
        query_key.is_empty()
            || std::iter::once(&self.name)
                .chain(&self.aliases)
                .any(|n| name_key(n).contains(query_key))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QuoteKind {
    #[default]
    Direct,
    Indirect,
    Mixed,
}

impl QuoteKind {
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub id: MentionId,
    pub range: Range<usize>,
    pub speaker: SpeakerId,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub id: QuoteId,
    pub range: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerId>,
    /// The reporting words ("said", "according to"), if marked.
    pub cue: Option<Range<usize>>,
}

/// Either kind of highlighted span: what the user can make active.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpanRef {
    Quote(QuoteId),
    Mention(MentionId),
}

/// Names a suggestion by what it covers, so a rejection still applies when
/// the same suggestion is computed again (the engine is deterministic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SuggestionKey {
    Quote { start: usize, end: usize },
    Mention { start: usize, end: usize },
}

/// Speakers looked up by the names [`Speaker::is_named_by`] matches, for
/// many lookups at once (accepting thousands of suggestions): `find`
/// gives the same speaker as the first `is_named_by` in registry order,
/// without a scan of the registry per lookup.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// Key of a name or alias → first position in the registry.
    named: FastMap<String, usize>,
    /// Key of a name's last word → first position.
    surname: FastMap<String, usize>,
    /// Key of a name (not aliases) → first position: names must be unique.
    names: FastMap<String, usize>,
}

impl NameIndex {
    pub fn new(speakers: &[Speaker]) -> NameIndex {
        let mut index = NameIndex::default();
        for (at, s) in speakers.iter().enumerate() {
            index.add(at, s);
        }
        index
    }

    /// Adds (or adds again, with new aliases) the speaker at `at`.
    pub fn add(&mut self, at: usize, s: &Speaker) {
        let first = |map: &mut FastMap<String, usize>, key: String| {
            map.entry(key)
                .and_modify(|p| *p = (*p).min(at))
                .or_insert(at);
        };
        for n in std::iter::once(&s.name).chain(&s.aliases) {
            first(&mut self.named, name_key(n));
        }
        first(&mut self.names, name_key(&s.name));
        if let Some(last) = s.name.split_whitespace().last() {
            first(&mut self.surname, name_key(last));
        }
    }

    /// The position of the first speaker `text` names.
    pub fn find(&self, text: &str) -> Option<usize> {
        let wanted = name_key(text);
        let full = self.named.get(&wanted).copied();
        let one_word = !wanted.is_empty() && !wanted.contains(' ');
        let last = one_word
            .then(|| self.surname.get(&wanted).copied())
            .flatten();
        match (full, last) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The position of a speaker whose name (not alias) has this key.
    pub fn with_name(&self, name: &str) -> Option<usize> {
        self.names.get(&name_key(name)).copied()
    }
}

/// Whether two speakers of different registries are the same person: a
/// name or alias of one has the [`name_key`] of a name or alias of the
/// other. The one rule of agreement, curation and merging.
pub fn same_person(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    !a.is_disjoint(b)
}

/// The name keys of a name and its aliases; empty names name nobody.
pub fn person_keys<'a>(name: &'a str, aliases: &'a [String]) -> BTreeSet<String> {
    std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .map(name_key)
        .filter(|k| !k.is_empty())
        .collect()
}

/// All annotations of one document. Quotes and mentions are kept sorted by
/// (start, end, id) so that a paragraph's spans are found by binary search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Annotations {
    pub speakers: Vec<Speaker>,
    pub quotes: Vec<Quote>,
    pub mentions: Vec<Mention>,
    /// Suggestions the user rejected: not shown again.
    pub rejected: BTreeSet<SuggestionKey>,
}

fn order_key(range: &Range<usize>, id: u32) -> (usize, usize, u32) {
    (range.start, range.end, id)
}

/// Inserts into a list kept in `key` order. One that goes last (spans
/// accepted in reading order) is pushed, so accepting thousands of
/// suggestions stays linear.
fn insert_in_order<T, K: Ord>(list: &mut Vec<T>, item: T, key: impl Fn(&T) -> K) {
    let k = key(&item);
    let at = match list.last() {
        Some(last) if key(last) < k => list.len(),
        _ => list.partition_point(|x| key(x) < k),
    };
    list.insert(at, item);
}

/// Removes the element with `item`'s `key` (unique: it holds the id),
/// found by binary search; None when it is not where its key says.
fn remove_in_order<T, K: Ord>(list: &mut Vec<T>, item: &T, key: impl Fn(&T) -> K) -> Option<T> {
    let k = key(item);
    let at = list.partition_point(|x| key(x) < k);
    (list.get(at).is_some_and(|x| key(x) == k)).then(|| list.remove(at))
}

impl Annotations {
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }

    pub fn mention(&self, id: MentionId) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.id == id)
    }

    /// The byte range of a span, if it exists.
    pub fn range_of(&self, span: SpanRef) -> Option<Range<usize>> {
        match span {
            SpanRef::Quote(id) => self.quote(id).map(|q| q.range.clone()),
            SpanRef::Mention(id) => self.mention(id).map(|m| m.range.clone()),
        }
    }

    /// The next free numeric id: one past every id in use, so that ids are
    /// never reused while a span with that id could come back through undo.
    pub fn next_id(&self) -> u32 {
        let max = self
            .speakers
            .iter()
            .map(|s| s.id.0)
            .chain(self.quotes.iter().map(|q| q.id.0))
            .chain(self.mentions.iter().map(|m| m.id.0))
            .max()
            .unwrap_or(0);
        max + 1
    }

    /// Restores reading order after spans were pushed in bulk (an import):
    /// one sort instead of an ordered insert per span.
    pub fn sort_in_reading_order(&mut self) {
        self.quotes.sort_by_key(|q| order_key(&q.range, q.id.0));
        self.mentions.sort_by_key(|m| order_key(&m.range, m.id.0));
    }

    /// Inserts a quote whose id is not present, keeping reading order.
    pub fn insert_quote(&mut self, quote: Quote) {
        insert_in_order(&mut self.quotes, quote, |q| order_key(&q.range, q.id.0));
    }

    /// Removes this very quote, found by its place in reading order.
    pub fn remove_exact_quote(&mut self, quote: &Quote) -> Option<Quote> {
        remove_in_order(&mut self.quotes, quote, |q| order_key(&q.range, q.id.0))
            .or_else(|| self.remove_quote(quote.id))
    }

    pub fn insert_mention(&mut self, mention: Mention) {
        insert_in_order(&mut self.mentions, mention, |m| order_key(&m.range, m.id.0));
    }

    pub fn remove_exact_mention(&mut self, mention: &Mention) -> Option<Mention> {
        remove_in_order(&mut self.mentions, mention, |m| order_key(&m.range, m.id.0))
            .or_else(|| self.remove_mention(mention.id))
    }

    /// Inserts or replaces (by id) a quote, keeping reading order.
    pub fn put_quote(&mut self, quote: Quote) {
        self.remove_quote(quote.id);
        self.insert_quote(quote);
    }

    pub fn remove_quote(&mut self, id: QuoteId) -> Option<Quote> {
        let at = self.quotes.iter().position(|q| q.id == id)?;
        Some(self.quotes.remove(at))
    }

    pub fn put_mention(&mut self, mention: Mention) {
        self.remove_mention(mention.id);
        self.insert_mention(mention);
    }

    pub fn remove_mention(&mut self, id: MentionId) -> Option<Mention> {
        let at = self.mentions.iter().position(|m| m.id == id)?;
        Some(self.mentions.remove(at))
    }

    /// Quotes attributed to a speaker, in reading order.
    pub fn quotes_of(&self, speaker: SpeakerId) -> impl Iterator<Item = &Quote> {
        self.quotes
            .iter()
            .filter(move |q| q.speaker == Some(speaker))
    }

    /// Quotes that start inside `range`, found by binary search. Spans never
    /// cross a block boundary, so for a block these are all its quotes.
    pub fn quotes_starting_in(&self, range: Range<usize>) -> &[Quote] {
        let from = self.quotes.partition_point(|q| q.range.start < range.start);
        let upto = self.quotes.partition_point(|q| q.range.start < range.end);
        &self.quotes[from..upto]
    }

    pub fn mentions_starting_in(&self, range: Range<usize>) -> &[Mention] {
        let from = self
            .mentions
            .partition_point(|m| m.range.start < range.start);
        let upto = self.mentions.partition_point(|m| m.range.start < range.end);
        &self.mentions[from..upto]
    }
}

//! What the dataset formats share: turning a tool's offsets (code points or
//! UTF-16 units, into the text *as the tool stored it*, possibly with CRLF
//! or a BOM) into validated byte ranges of the normalised text, and building
//! annotations from imported spans. No format-specific knowledge here.

use std::ops::Range;

use crate::domain::annotations::{
    name_key, Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId,
    PALETTE_SIZE,
};
use crate::domain::document::{normalize, Document};
use crate::domain::limits;
use crate::domain::offsets::{CodePoints, OffsetIndex, TextOffset, Utf16Units};
use crate::domain::spans::SpanRule;

/// A source text as a tool stored it and the normalised text the model
/// uses, with what normalisation removed (a BOM, the CR of each CRLF) so
/// that an offset into the source maps onto the normalised text.
pub struct SourceText<'a> {
    raw: &'a str,
    index: OffsetIndex<'a>,
    /// (raw byte offset of a removed character, bytes removed up to and
    /// including it), increasing: a prefix sum, so mapping is O(log n).
    removed: Vec<(usize, usize)>,
    /// The normalised text, with the one span rule over it.
    rule: SpanRule<String>,
}

impl<'a> SourceText<'a> {
    pub fn new(raw: &'a str) -> Self {
        let text = normalize(raw);
        let mut removed = Vec::new();
        let mut gone = 0;
        if raw.starts_with('\u{feff}') {
            gone += '\u{feff}'.len_utf8();
            removed.push((0, gone));
        }
        let bytes = raw.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                gone += 1;
                removed.push((i, gone));
            }
        }
        SourceText {
            raw,
            index: OffsetIndex::new(raw),
            removed,
            rule: SpanRule::new(text),
        }
    }

    /// The normalised text.
    pub fn text(&self) -> &str {
        self.rule.text()
    }

    /// True when the source differs from the normalised text.
    pub fn was_normalised(&self) -> bool {
        !self.removed.is_empty() || self.raw.contains('\r')
    }

    fn normalised_byte(&self, raw_byte: usize) -> usize {
        let upto = self.removed.partition_point(|r| r.0 < raw_byte);
        let gone = upto.checked_sub(1).map_or(0, |i| self.removed[i].1);
        raw_byte - gone
    }

    fn raw_byte<O: TextOffset>(&self, offset: O) -> Result<usize, String> {
        let len = O::len_in(&self.index);
        match offset.byte_in(&self.index) {
            Some(b) => Ok(b),
            None if offset.count() > len => Err(format!(
                "offset {offset} is past the end of the text ({len} {})",
                O::UNIT
            )),
            None => Err(format!(
                "offset {offset} falls inside a surrogate pair (half an emoji)"
            )),
        }
    }

    /// The byte range in the normalised text of `start..end` (end exclusive)
    /// in the offsets' unit (their type) of the source text, checked against
    /// everything the model requires: in range, not empty, on
    /// grapheme-cluster boundaries, inside one block.
    pub fn range<O: TextOffset>(&self, start: O, end: O) -> Result<Range<usize>, String> {
        if start.count() >= end.count() {
            return Err(format!("offsets {start}..{end} are empty or reversed"));
        }
        let s = self.normalised_byte(self.raw_byte(start)?);
        let e = self.normalised_byte(self.raw_byte(end)?);
        if s >= e {
            return Err(format!(
                "offsets {start}..{end} cover only a removed line-ending character"
            ));
        }
        self.rule
            .check(s..e)
            .map_err(|why| format!("offsets {start}..{end} cannot be a span: {why}"))
    }

    /// Like [`Self::range`], and the span's text as the file gives it must
    /// match (after the same line-ending normalisation).
    pub fn range_with_text<O: TextOffset>(
        &self,
        start: O,
        end: O,
        found: Option<&str>,
    ) -> Result<Range<usize>, String> {
        let range = self.range(start, end)?;
        if let Some(found) = found {
            let expected = &self.text()[range.clone()];
            if normalize(found) != expected {
                return Err(format!(
                    "its text is {found:?} but offsets {start}..{end} give {expected:?}"
                ));
            }
        }
        Ok(range)
    }
}

/// Offsets of one exported document in the units files carry.
pub struct Offsets<'t> {
    index: OffsetIndex<'t>,
}

impl<'t> Offsets<'t> {
    pub fn new(text: &'t str) -> Self {
        Offsets {
            index: OffsetIndex::new(text),
        }
    }

    pub fn cp(&self, byte: usize) -> CodePoints {
        self.index.position(byte).code_point
    }

    pub fn utf16(&self, byte: usize) -> Utf16Units {
        self.index.position(byte).utf16
    }
}

/// A document from imported text, keeping a given id and title as given
/// (a blank one counts as none); or why not, when the text, the id or the
/// title is over its bound ([`crate::domain::limits`]). The text is checked
/// before any work on it.
pub fn document(raw: &str, id: Option<&str>, title: Option<&str>) -> Result<Document, String> {
    limits::check_text_len(raw.len())?;
    let id = id.filter(|s| !s.trim().is_empty());
    let title = title.filter(|s| !s.trim().is_empty());
    if let Some(id) = id {
        limits::check_id(id)?;
    }
    if let Some(title) = title {
        limits::check_title(title)?;
    }
    let mut d = Document::from_text(raw);
    if let Some(id) = id {
        id.clone_into(&mut d.id);
    }
    if let Some(title) = title {
        title.clone_into(&mut d.title);
    }
    Ok(d)
}

/// Builds annotations from imported spans with fresh ids, merging speakers
/// by name.
#[derive(Default)]
pub struct Builder {
    pub ann: Annotations,
    next: u32,
    /// Speakers by their compared name, so a lookup is O(1).
    by_name: std::collections::HashMap<String, SpeakerId>,
}

impl Builder {
    fn fresh(&mut self) -> u32 {
        self.next += 1;
        self.next
    }

    /// The speaker with this name, created if new. Names compare by
    /// [`name_key`], as the editor compares them.
    pub fn speaker(&mut self, name: &str) -> SpeakerId {
        let key = name_key(name);
        if let Some(&id) = self.by_name.get(&key) {
            return id;
        }
        let id = SpeakerId(self.fresh());
        self.by_name.insert(key, id);
        let color = (self.ann.speakers.len() % PALETTE_SIZE as usize) as u8;
        self.ann.speakers.push(Speaker {
            id,
            name: name.trim().to_owned(),
            aliases: Vec::new(),
            color,
        });
        id
    }

    pub fn mention(&mut self, range: Range<usize>, speaker: SpeakerId) -> MentionId {
        let id = MentionId(self.fresh());
        // Pushed, and sorted once in `finish`: an ordered insert per span
        // is quadratic in a long import.
        self.ann.mentions.push(Mention { id, range, speaker });
        id
    }

    pub fn quote(
        &mut self,
        range: Range<usize>,
        kind: QuoteKind,
        speaker: Option<SpeakerId>,
        cue: Option<Range<usize>>,
    ) -> QuoteId {
        let id = QuoteId(self.fresh());
        self.ann.quotes.push(Quote {
            id,
            range,
            kind,
            speaker,
            cue,
        });
        id
    }

    /// Drops speakers that nothing refers to (created for a span that was
    /// then refused).
    pub fn finish(mut self) -> Annotations {
        let ann = &mut self.ann;
        ann.sort_in_reading_order();
        let used: std::collections::HashSet<SpeakerId> = ann
            .mentions
            .iter()
            .map(|m| m.speaker)
            .chain(ann.quotes.iter().filter_map(|q| q.speaker))
            .collect();
        ann.speakers.retain(|s| used.contains(&s.id));
        self.ann
    }
}

/// A file name made from a document id: letters, digits (any script), `-`,
/// `_` and `.` kept, everything else `_`; never empty, never hidden; at
/// most [`limits::MAX_FILE_STEM_BYTES`] (an id over the id bound, which no
/// import takes, is cut and given a hash of the whole id, so two long ids
/// still differ).
pub fn file_stem(id: &str) -> String {
    let stem = safe_stem(id);
    if stem.len() <= limits::MAX_FILE_STEM_BYTES {
        return stem;
    }
    let hash = &crate::domain::document::sha256_hex(id)[..16];
    let mut cut = limits::MAX_FILE_STEM_BYTES - hash.len() - 1;
    while !stem.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}-{hash}", &stem[..cut])
}

fn safe_stem(id: &str) -> String {
    let s: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let s = s.trim_start_matches('.');
    if s.is_empty() {
        "document".to_owned()
    } else {
        s.to_owned()
    }
}

/// File names made unique by a numeric suffix.
#[derive(Default)]
pub struct UniqueNames(std::collections::HashSet<String>);

impl UniqueNames {
    pub fn claim(&mut self, stem: String) -> String {
        let mut name = stem.clone();
        let mut n = 1;
        while !self.0.insert(name.clone()) {
            n += 1;
            name = format!("{stem}-{n}");
        }
        name
    }
}

/// A file's text without a leading BOM; if it is not UTF-8, the problem
/// is recorded under the file's name and None returned.
pub fn text_of<'f>(f: &'f super::InputFile, report: &mut super::ImportReport) -> Option<&'f str> {
    match utf8(&f.bytes) {
        Ok(t) => Some(t.trim_start_matches('\u{feff}')),
        Err(message) => {
            report
                .problems
                .push(super::Problem::new(f.name.clone(), message));
            None
        }
    }
}

/// The text of a file's bytes, or why not.
pub fn utf8(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        )
    })
}

/// What a labelled span is, in the span-and-relation formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Quote,
    Speaker,
    Cue,
}

impl Label {
    pub const ALL: [Label; 3] = [Label::Quote, Label::Speaker, Label::Cue];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Quote => "Quote",
            Label::Speaker => "Speaker",
            Label::Cue => "Cue",
        }
    }

    /// Reads a label, ignoring case.
    pub fn parse(s: &str) -> Option<Label> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// The two links between spans: a quote said by a speaker mention, and a
/// quote's cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    SaidBy,
    Cue,
}

impl Link {
    /// The one reading of a relation's name, for every format that imports
    /// relations: case, `-`, `_` and spaces ignored, so brat's `SaidBy` /
    /// `HasCue`, our `said_by` / `cue` and common synonyms all read alike.
    /// (Label Studio once refused brat's `HasCue`, which doccano took.)
    pub fn parse(name: &str) -> Option<Link> {
        let key: String = name
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .flat_map(char::to_lowercase)
            .collect();
        match key.as_str() {
            "saidby" | "speaker" | "attribution" => Some(Link::SaidBy),
            "cue" | "hascue" => Some(Link::Cue),
            _ => None,
        }
    }

    /// The name Label Studio and doccano exports write.
    pub fn name(self) -> &'static str {
        match self {
            Link::SaidBy => "said_by",
            Link::Cue => "cue",
        }
    }
}

/// A span of one exported document, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlatSpan {
    /// Unique within the document: `q3`, `m5`, `c3` (the cue of q3).
    pub key: String,
    pub label: Label,
    pub range: Range<usize>,
    /// For a mention, its speaker's name; for a quote, its speaker's name
    /// only when no mention of that speaker can carry the attribution.
    pub speaker: Option<String>,
    pub kind: QuoteKind,
}

/// A link of one exported document, from a quote to a mention or cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlatLink {
    pub from: String,
    pub to: String,
    pub link: Link,
}

/// Finds the mention that carries a quote's attribution: of the quote's
/// speaker, the one nearest the quote (the earlier on a tie), by binary
/// search over each speaker's mentions in reading order.
pub struct LinkedMentions<'a> {
    by_speaker: std::collections::HashMap<SpeakerId, Vec<&'a Mention>>,
}

impl<'a> LinkedMentions<'a> {
    pub fn new(ann: &'a Annotations) -> Self {
        let mut by_speaker: std::collections::HashMap<SpeakerId, Vec<&Mention>> =
            std::collections::HashMap::new();
        for m in &ann.mentions {
            by_speaker.entry(m.speaker).or_default().push(m);
        }
        LinkedMentions { by_speaker }
    }

    pub fn of(&self, quote: &Quote) -> Option<&'a Mention> {
        let mentions = self.by_speaker.get(&quote.speaker?)?;
        let at = quote.range.start;
        let i = mentions.partition_point(|m| m.range.start < at);
        let before = i.checked_sub(1).map(|j| mentions[j]);
        let after = mentions.get(i).copied();
        match (before, after) {
            (Some(b), Some(a)) if a.range.start - at < at - b.range.start => Some(a),
            (Some(b), _) => Some(b),
            (None, a) => a,
        }
    }
}

/// Annotations as labelled spans and links, for the formats that have only
/// those.
pub fn flatten(ann: &Annotations) -> (Vec<FlatSpan>, Vec<FlatLink>) {
    let name = |id: SpeakerId| ann.speaker(id).map(|s| s.name.clone());
    let linked = LinkedMentions::new(ann);
    let mut spans = Vec::new();
    let mut links = Vec::new();
    for m in &ann.mentions {
        spans.push(FlatSpan {
            key: m.id.label(),
            label: Label::Speaker,
            range: m.range.clone(),
            speaker: name(m.speaker),
            kind: QuoteKind::Direct,
        });
    }
    for q in &ann.quotes {
        let mention = linked.of(q);
        spans.push(FlatSpan {
            key: q.id.label(),
            label: Label::Quote,
            range: q.range.clone(),
            speaker: if mention.is_none() {
                q.speaker.and_then(name)
            } else {
                None
            },
            kind: q.kind,
        });
        if let Some(m) = mention {
            links.push(FlatLink {
                from: q.id.label(),
                to: m.id.label(),
                link: Link::SaidBy,
            });
        }
        if let Some(cue) = &q.cue {
            let key = format!("c{}", q.id.0);
            spans.push(FlatSpan {
                key: key.clone(),
                label: Label::Cue,
                range: cue.clone(),
                speaker: None,
                kind: QuoteKind::Direct,
            });
            links.push(FlatLink {
                from: q.id.label(),
                to: key,
                link: Link::Cue,
            });
        }
    }
    spans.sort_by_key(|s| (s.range.start, s.range.end));
    (spans, links)
}

/// An imported span, already validated against the text.
#[derive(Debug, Clone)]
pub struct InSpan {
    pub key: String,
    /// Where it is, for problems: "line 3 entity 7".
    pub location: String,
    pub label: Label,
    pub range: Range<usize>,
    pub speaker: Option<String>,
    pub kind: Option<QuoteKind>,
}

/// Where each key first occurs among imported spans, to attach attributes
/// (kinds, notes) to spans in O(1) each.
pub fn positions(spans: &[InSpan]) -> std::collections::HashMap<String, usize> {
    let mut map = std::collections::HashMap::with_capacity(spans.len());
    for (i, s) in spans.iter().enumerate() {
        map.entry(s.key.clone()).or_insert(i);
    }
    map
}

/// An imported link; `link` None when the file gives no type and it is to
/// be inferred from the labels of its ends.
#[derive(Debug, Clone)]
pub struct InLink {
    pub location: String,
    pub from: String,
    pub to: String,
    pub link: Option<Link>,
}

/// Builds annotations from imported spans and links; what does not fit is a
/// problem, and the rest comes in.
pub fn assemble(
    text: &str,
    spans: Vec<InSpan>,
    links: Vec<InLink>,
    problems: &mut Vec<super::Problem>,
) -> Annotations {
    use super::Problem;
    use std::collections::hash_map::{Entry, HashMap};
    let mut b = Builder::default();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut kept = Vec::new();
    // Spans refused for an over-long speaker name, so that a link to one
    // says so.
    let mut refused: std::collections::HashSet<String> = std::collections::HashSet::new();
    for mut s in spans {
        if s.label == Label::Speaker {
            let name = s.speaker.as_deref().unwrap_or(&text[s.range.clone()]);
            if let Err(m) = limits::check_name(name.trim()) {
                problems.push(Problem::new(
                    s.location,
                    format!("{m}; this mention is skipped"),
                ));
                refused.insert(s.key);
                continue;
            }
        } else if let Some(name) = &s.speaker {
            if let Err(m) = limits::check_name(name.trim()) {
                problems.push(Problem::new(
                    s.location.clone(),
                    format!("{m}; the span comes in without it"),
                ));
                s.speaker = None;
            }
        }
        if by_key.contains_key(&s.key) {
            problems.push(Problem::new(
                s.location,
                format!("the id {} is used twice; this span is skipped", s.key),
            ));
            continue;
        }
        by_key.insert(s.key.clone(), kept.len());
        kept.push(s);
    }
    let mut mention_speaker: HashMap<usize, SpeakerId> = HashMap::new();
    for (i, s) in kept.iter().enumerate() {
        if s.label == Label::Speaker {
            let name = s
                .speaker
                .clone()
                .unwrap_or_else(|| text[s.range.clone()].to_owned());
            let speaker = b.speaker(&name);
            b.mention(s.range.clone(), speaker);
            mention_speaker.insert(i, speaker);
        }
    }
    let mut said_by: HashMap<usize, SpeakerId> = HashMap::new();
    let mut cue_of: HashMap<usize, usize> = HashMap::new();
    let mut cue_used: Vec<bool> = vec![false; kept.len()];
    for l in links {
        let (Some(&from), Some(&to)) = (by_key.get(&l.from), by_key.get(&l.to)) else {
            let missing = if by_key.contains_key(&l.from) {
                &l.to
            } else {
                &l.from
            };
            let why = if refused.contains(missing) {
                "which was skipped (see above)"
            } else {
                "which is not a span here"
            };
            problems.push(Problem::new(
                l.location,
                format!("the relation refers to {missing}, {why}; it is skipped"),
            ));
            continue;
        };
        let (quote, other) = match (kept[from].label, kept[to].label) {
            (Label::Quote, _) => (from, to),
            (_, Label::Quote) => (to, from),
            _ => {
                problems.push(Problem::new(
                    l.location,
                    "a relation must link a quote to a speaker or a cue; it is skipped",
                ));
                continue;
            }
        };
        match (l.link, kept[other].label) {
            (None | Some(Link::SaidBy), Label::Speaker) => {
                if let Entry::Vacant(slot) = said_by.entry(quote) {
                    slot.insert(mention_speaker[&other]);
                } else {
                    problems.push(Problem::new(
                        l.location,
                        format!(
                            "quote {} is already attributed; this relation is skipped",
                            kept[quote].key
                        ),
                    ));
                }
            }
            (None | Some(Link::Cue), Label::Cue) => {
                if let Entry::Vacant(slot) = cue_of.entry(quote) {
                    slot.insert(other);
                    cue_used[other] = true;
                } else {
                    problems.push(Problem::new(
                        l.location,
                        format!(
                            "quote {} already has a cue; this relation is skipped",
                            kept[quote].key
                        ),
                    ));
                }
            }
            _ => problems.push(Problem::new(
                l.location,
                "the relation's type does not fit the spans it links (said-by links a quote to a speaker, cue a quote to a cue); it is skipped",
            )),
        }
    }
    for (i, s) in kept.iter().enumerate() {
        match s.label {
            Label::Quote => {
                let speaker = said_by
                    .get(&i)
                    .copied()
                    .or_else(|| s.speaker.as_deref().map(|n| b.speaker(n)));
                let cue = cue_of.get(&i).map(|&c| kept[c].range.clone());
                b.quote(s.range.clone(), s.kind.unwrap_or_default(), speaker, cue);
            }
            Label::Cue if !cue_used[i] => problems.push(Problem::new(
                s.location.clone(),
                "this cue belongs to no quote (no cue relation); it is skipped",
            )),
            _ => {}
        }
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_reads_relation_names_alike() {
        for name in [
            "SaidBy",
            "said_by",
            "said-by",
            "Said By",
            "speaker",
            "attribution",
        ] {
            assert_eq!(Link::parse(name), Some(Link::SaidBy), "{name}");
        }
        // brat's own HasCue, refused by the Label Studio import before.
        for name in ["HasCue", "has_cue", "cue", "CUE"] {
            assert_eq!(Link::parse(name), Some(Link::Cue), "{name}");
        }
        assert_eq!(Link::parse("causes"), None);
        for link in [Link::SaidBy, Link::Cue] {
            assert_eq!(Link::parse(link.name()), Some(link));
        }
    }

    #[test]
    fn source_offsets_map_past_a_bom_crlfs_and_a_lone_cr() {
        let raw = "\u{feff}Head\r\n\r\nA “b” 👩‍👩‍👧\rc\r\nd e\u{301}.\r\n";
        let src = SourceText::new(raw);
        assert_eq!(src.text(), "Head\n\nA “b” 👩‍👩‍👧\nc\nd e\u{301}.\n");
        let cp = |s: &str| {
            let i = raw.find(s).unwrap();
            (raw[..i].chars().count(), raw[..i + s.len()].chars().count())
        };
        let u16 = |s: &str| {
            let i = raw.find(s).unwrap();
            (
                raw[..i].encode_utf16().count(),
                raw[..i + s.len()].encode_utf16().count(),
            )
        };
        for s in ["Head", "“b”", "👩‍👩‍👧\rc\r\nd", "e\u{301}."] {
            let (a, b) = cp(s);
            let r = src.range(CodePoints(a), CodePoints(b)).unwrap();
            assert_eq!(src.text()[r.clone()], normalize(s), "{s}");
            let (a, b) = u16(s);
            assert_eq!(src.range(Utf16Units(a), Utf16Units(b)).unwrap(), r, "{s}");
        }
        let (a, _) = cp("e\u{301}");
        assert!(src
            .range(CodePoints(a), CodePoints(a + 1))
            .unwrap_err()
            .contains("split"));
        let (a, b) = cp("Head\r\n\r\nA");
        assert!(src
            .range(CodePoints(a), CodePoints(b))
            .unwrap_err()
            .contains("paragraph"));
        assert!(
            src.range(CodePoints(0), CodePoints(1)).is_err(),
            "only the BOM"
        );
    }
}

//! Agreement between annotators who marked the same document: how far their
//! quotes, speaker mentions and cues coincide, whether the quotes they both
//! marked are attributed to the same speaker, and whether those quotes got
//! the same kind. Pure: no I/O (`annotator agree` reads the files).
//!
//! # Unit
//!
//! Every offset and length here is in **code points** of the document text
//! (the exports' unit, Python's `text[start:end]`), converted from the
//! model's bytes once, so that no figure depends on how many bytes a
//! character takes (“ is one code point and three bytes). `annotator eval`
//! measures overlap in code points too.
//!
//! # Layers, pairs and the reference
//!
//! A [`Layer`] is one annotator's annotations of a document. Every pair of
//! layers (i, j) with i < j is compared with layer i as the reference A and
//! layer j as the other, B: the order the layers are given in (for the
//! command line, the order of its files).
//!
//! # Span agreement, per label (quotes, mentions, cues)
//!
//! A label's spans are an annotator's quotes, mentions, or the cues of
//! their quotes (a cue that several quotes share counts once).
//!
//! B's spans are matched to A's by `eval`'s [`matching`]: one-to-one,
//! greedy, largest overlap first, where the overlap of B's span b with A's
//! span a is |a ∩ b| / |a| (A's length is the denominator, as gold's is in
//! `eval`). Exact: b = a. At ≥ 0.8 and ≥ 0.3: overlap ≥ t and > 0. With M
//! matched pairs, |A| and |B| spans ([`MatchCounts`]):
//!
//! - precision P = M / |B|, None when |B| = 0;
//! - recall R = M / |A|, None when |A| = 0;
//! - F1 = 2M / (|A| + |B|), which is 2PR / (P + R) whenever that is
//!   defined, 0 when one annotator marked spans and the other none, and
//!   None when neither marked any.
//!
//! # Krippendorff's α_u, per label
//!
//! The unitizing alpha of Krippendorff (2004), "Measuring the reliability
//! of qualitative text analysis data", Quality & Quantity 38: 787–800 (its
//! per-category form, as DKPro Statistics' `KrippendorffAlphaUnitizingAgreement`
//! computes it for INCEpTION), over one label at a time ([`UnitizingStudy`]).
//! The continuum is the document's L code points. Each of the m annotators'
//! units of the label cut it into units and gaps (the stretches before,
//! between and after their units). For segments g and h of two different
//! annotators, with b, e and l a segment's start, end and length:
//!
//! ```text
//! δ²(g, h) = (b_g − b_h)² + (e_g − e_h)²   if g and h are units that overlap
//!          = l_g²                          if g is a unit inside the gap h (or the reverse: l_h²)
//!          = 0                             otherwise
//!
//! D_o = Σ_{i≠j} Σ_{g of i} Σ_{h of j} δ²(g, h)  /  (m (m − 1) L²)
//!
//! D_e = (2/L) Σ_{units u} [ (N − 1)(2l_u³ − 3l_u² + l_u)/3 + l_u² Σ_{gaps h: l_h ≥ l_u} (l_h − l_u + 1) ]
//!       / [ mL(mL − 1) − Σ_{units u} l_u(l_u − 1) ]
//!
//! α_u = 1 − D_o / D_e
//! ```
//!
//! where the sums over units and gaps run over every annotator's, and N is
//! the number of units of all annotators together. α_u is None (never NaN)
//! when it is undefined: fewer than two annotators, an empty text, no unit
//! at all, or D_e = 0. (DKPro returns 0 when D_o = D_e, which includes the
//! study without units; INCEpTION shows NaN for it.) The measure assumes an
//! annotator's units of one label do not overlap; where an annotator's
//! quotes nest or cross, the units are taken in reading order (longer first
//! at the same start) and one that overlaps a unit already taken is left
//! out, as INCEpTION's adapter does (which also leaves out a unit that
//! overlaps only one it left out; here only units taken count);
//! [`UnitizingStudy::left_out`] counts them. The average α_u over pairs
//! uses each pair's own two-annotator study; the figure for all annotators
//! is the m-annotator α_u.
//!
//! # Attribution agreement
//!
//! Of the quotes matched at ≥ 0.3 overlap, the share attributed to the same
//! speaker ([`AttributionCounts`]). Two speakers are the same when a name
//! or alias of one and a name or alias of the other have the same
//! [`name_key`] (each annotator has their own registry, so ids say
//! nothing). A quote attributed on one side only is a disagreement; a quote
//! both left unattributed counts as an agreement (both found no speaker),
//! and is counted apart as well so that a reader can take it out.
//!
//! # Kind agreement
//!
//! Over the same matched quotes, the kinds (direct, indirect, mixed):
//!
//! - Cohen's κ for a pair ([`KindPairs`]): with n items, p_o the share of
//!   items given the same kind and p_e = Σ_k (a_k / n)(b_k / n) from each
//!   annotator's kind counts a_k and b_k, κ = (p_o − p_e) / (1 − p_e);
//! - Fleiss' κ for three or more annotators ([`KindRatings`]): the items are
//!   the first annotator's quotes that every other annotator's quotes match
//!   at ≥ 0.3 (matched pair by pair against the first); with r raters,
//!   n_ik the raters giving item i kind k, P_i = (Σ_k n_ik² − r) / (r(r − 1)),
//!   P̄ the mean of P_i, p_k the share of all ratings that are k and
//!   P̄_e = Σ_k p_k², κ = (P̄ − P̄_e) / (1 − P̄_e).
//!
//! Both are None with no item, or when chance agreement is 1 (every rating
//! the same kind: 0 / 0). [`Agreement::kind_kappa`] is Cohen's κ for two
//! annotators and Fleiss' κ for more.
//!
//! # Averages and the workspace
//!
//! An average over pairs ([`Agreement::averages`]) is the arithmetic mean of
//! the pairs' figures that are defined. Over several documents
//! ([`pool`]) the counts are pooled, never the figures averaged: matched
//! and marked spans, attribution judgements and the kind tables are
//! summed, and then each figure is computed once from the sums; for α_u the
//! documents are laid end to end as one continuum (each document's offsets
//! shifted by the lengths of those before it), the way a multi-document
//! study is given to DKPro, and α_u is computed over it. (In that
//! continuum, the gap that ends one document and the gap that starts the
//! next are one gap for D_e.)

use std::collections::BTreeSet;
use std::ops::Range;

use serde_json::{json, Value};

use crate::domain::annotations::{person_keys, same_person, Annotations, QuoteKind, SpeakerId};
use crate::domain::evaluation::matching;
use crate::domain::offsets::OffsetIndex;

/// The overlap (of the reference span) at which quotes count as the same
/// quote for attribution and kind agreement: `eval`'s loosest level.
pub const LOOSE_OVERLAP: f64 = 0.3;

/// What a span marks; each label is a study of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    Quotes,
    Mentions,
    /// The reporting words of quotes ("said").
    Cues,
}

impl Label {
    pub const ALL: [Label; 3] = [Label::Quotes, Label::Mentions, Label::Cues];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Quotes => "quotes",
            Label::Mentions => "mentions",
            Label::Cues => "cues",
        }
    }
}

/// One value for each [`Label`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PerLabel<T> {
    pub quotes: T,
    pub mentions: T,
    pub cues: T,
}

impl<T> PerLabel<T> {
    pub fn get(&self, label: Label) -> &T {
        match label {
            Label::Quotes => &self.quotes,
            Label::Mentions => &self.mentions,
            Label::Cues => &self.cues,
        }
    }

    fn get_mut(&mut self, label: Label) -> &mut T {
        match label {
            Label::Quotes => &mut self.quotes,
            Label::Mentions => &mut self.mentions,
            Label::Cues => &mut self.cues,
        }
    }

    fn build(mut f: impl FnMut(Label) -> T) -> Self {
        PerLabel {
            quotes: f(Label::Quotes),
            mentions: f(Label::Mentions),
            cues: f(Label::Cues),
        }
    }
}

/// How strictly two spans must coincide to match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strictness {
    Exact,
    /// The other span covers at least 0.8 of the reference span.
    Overlap80,
    /// At least 0.3: [`LOOSE_OVERLAP`].
    Overlap30,
}

impl Strictness {
    pub const ALL: [Strictness; 3] = [
        Strictness::Exact,
        Strictness::Overlap80,
        Strictness::Overlap30,
    ];

    /// The threshold [`matching`] takes (None: identical spans only).
    pub fn threshold(self) -> Option<f64> {
        match self {
            Strictness::Exact => None,
            Strictness::Overlap80 => Some(0.8),
            Strictness::Overlap30 => Some(LOOSE_OVERLAP),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Strictness::Exact => "exact",
            Strictness::Overlap80 => "overlap>=0.8",
            Strictness::Overlap30 => "overlap>=0.3",
        }
    }
}

/// One annotator's annotations of a document.
#[derive(Debug, Clone, Copy)]
pub struct Layer<'a> {
    pub annotator: &'a str,
    pub annotations: &'a Annotations,
}

/// Matched spans between a reference layer A and another layer B.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MatchCounts {
    pub matched: usize,
    /// |A|: the reference's spans.
    pub reference: usize,
    /// |B|: the other layer's spans.
    pub other: usize,
}

fn ratio(numerator: usize, denominator: usize) -> Option<f64> {
    (denominator > 0).then(|| numerator as f64 / denominator as f64)
}

impl MatchCounts {
    /// M / |B|; None when B marked nothing.
    pub fn precision(&self) -> Option<f64> {
        ratio(self.matched, self.other)
    }

    /// M / |A|; None when A marked nothing.
    pub fn recall(&self) -> Option<f64> {
        ratio(self.matched, self.reference)
    }

    /// 2M / (|A| + |B|); None when neither marked anything.
    pub fn f1(&self) -> Option<f64> {
        ratio(2 * self.matched, self.reference + self.other)
    }

    fn add(&mut self, other: &MatchCounts) {
        self.matched += other.matched;
        self.reference += other.reference;
        self.other += other.other;
    }
}

/// [`MatchCounts`] at each [`Strictness`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpanCounts {
    pub exact: MatchCounts,
    pub overlap80: MatchCounts,
    pub overlap30: MatchCounts,
}

impl SpanCounts {
    pub fn get(&self, strictness: Strictness) -> &MatchCounts {
        match strictness {
            Strictness::Exact => &self.exact,
            Strictness::Overlap80 => &self.overlap80,
            Strictness::Overlap30 => &self.overlap30,
        }
    }

    fn of(reference: &[Span], other: &[Span]) -> SpanCounts {
        let at = |strictness: Strictness| MatchCounts {
            matched: matching(reference, other, strictness.threshold()).len(),
            reference: reference.len(),
            other: other.len(),
        };
        SpanCounts {
            exact: at(Strictness::Exact),
            overlap80: at(Strictness::Overlap80),
            overlap30: at(Strictness::Overlap30),
        }
    }

    fn add(&mut self, other: &SpanCounts) {
        self.exact.add(&other.exact);
        self.overlap80.add(&other.overlap80);
        self.overlap30.add(&other.overlap30);
    }
}

/// Attribution of the quotes two annotators both marked (≥ 0.3 overlap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AttributionCounts {
    /// Matched quotes.
    pub judged: usize,
    /// Of those, attributed to the same speaker, or both unattributed.
    pub same: usize,
    /// Of `same`, the quotes both left unattributed.
    pub both_unattributed: usize,
}

impl AttributionCounts {
    /// same / judged; None with no matched quote.
    pub fn share(&self) -> Option<f64> {
        ratio(self.same, self.judged)
    }

    fn add(&mut self, other: &AttributionCounts) {
        self.judged += other.judged;
        self.same += other.same;
        self.both_unattributed += other.both_unattributed;
    }
}

fn kind_index(kind: QuoteKind) -> usize {
    match kind {
        QuoteKind::Direct => 0,
        QuoteKind::Indirect => 1,
        QuoteKind::Mixed => 2,
    }
}

/// The kinds two annotators gave the quotes they both marked:
/// `counts[a][b]` items got kind a from the reference and kind b from the
/// other, in the order of [`QuoteKind::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KindPairs {
    pub counts: [[usize; 3]; 3],
}

impl KindPairs {
    pub fn add_item(&mut self, reference: QuoteKind, other: QuoteKind) {
        self.counts[kind_index(reference)][kind_index(other)] += 1;
    }

    pub fn items(&self) -> usize {
        self.counts.iter().flatten().sum()
    }

    /// Cohen's κ; None with no item or when both gave every item one and
    /// the same kind (chance agreement 1).
    pub fn cohen_kappa(&self) -> Option<f64> {
        let n = self.items();
        let reference: Vec<usize> = self.counts.iter().map(|row| row.iter().sum()).collect();
        let other: Vec<usize> = (0..3)
            .map(|k| self.counts.iter().map(|row| row[k]).sum())
            .collect();
        let chance_is_certain = (0..3).any(|k| reference[k] == n && other[k] == n);
        if n == 0 || chance_is_certain {
            return None;
        }
        let n = n as f64;
        let observed = (0..3).map(|k| self.counts[k][k]).sum::<usize>() as f64 / n;
        let chance = (0..3)
            .map(|k| (reference[k] as f64 / n) * (other[k] as f64 / n))
            .sum::<f64>();
        Some((observed - chance) / (1.0 - chance))
    }

    fn add(&mut self, other: &KindPairs) {
        for (row, other_row) in self.counts.iter_mut().zip(&other.counts) {
            for (cell, other_cell) in row.iter_mut().zip(other_row) {
                *cell += other_cell;
            }
        }
    }
}

/// The kinds every annotator gave the quotes all of them marked: per item,
/// how many raters chose each kind ([`QuoteKind::ALL`] order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KindRatings {
    pub raters: usize,
    pub items: Vec<[usize; 3]>,
}

impl KindRatings {
    /// Fleiss' κ; None with no item, fewer than two raters, or every
    /// rating the same kind (chance agreement 1).
    pub fn fleiss_kappa(&self) -> Option<f64> {
        let r = self.raters;
        let n = self.items.len();
        if n == 0 || r < 2 {
            return None;
        }
        let totals: Vec<usize> = (0..3)
            .map(|k| self.items.iter().map(|item| item[k]).sum())
            .collect();
        if totals.iter().any(|&t| t == n * r) {
            return None;
        }
        let per_item = |item: &[usize; 3]| {
            let squares: usize = item.iter().map(|c| c * c).sum();
            (squares - r) as f64 / (r * (r - 1)) as f64
        };
        let mean_agreement = self.items.iter().map(per_item).sum::<f64>() / n as f64;
        let chance = totals
            .iter()
            .map(|&t| {
                let share = t as f64 / (n * r) as f64;
                share * share
            })
            .sum::<f64>();
        Some((mean_agreement - chance) / (1.0 - chance))
    }
}

/// Which κ [`Agreement::kind_kappa`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KappaMeasure {
    /// Two annotators.
    Cohen,
    /// Three or more.
    Fleiss,
}

impl KappaMeasure {
    pub fn as_str(self) -> &'static str {
        match self {
            KappaMeasure::Cohen => "Cohen's kappa",
            KappaMeasure::Fleiss => "Fleiss' kappa",
        }
    }
}

/// Kind agreement of all annotators together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindKappa {
    pub measure: KappaMeasure,
    pub items: usize,
    pub value: Option<f64>,
}

/// One label's units of every annotator over one continuum: what α_u is
/// computed from. Each annotator's units are sorted and do not overlap.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UnitizingStudy {
    length: usize,
    units: Vec<Vec<Range<usize>>>,
    left_out: usize,
}

/// α_u with its two disagreements.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitizingAlpha {
    /// D_o.
    pub observed: f64,
    /// D_e.
    pub expected: f64,
    /// 1 − D_o / D_e.
    pub alpha: f64,
}

impl UnitizingStudy {
    /// A study over a continuum of `length` code points, one list of units
    /// per annotator. A unit that is empty, reaches past the continuum, or
    /// overlaps a unit of the same annotator taken before it (reading
    /// order, longer first at the same start) is left out and counted.
    pub fn new(length: usize, annotators: Vec<Vec<Range<usize>>>) -> UnitizingStudy {
        let mut left_out = 0;
        let units = annotators
            .into_iter()
            .map(|mut units| {
                units.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
                let mut kept: Vec<Range<usize>> = Vec::with_capacity(units.len());
                for unit in units {
                    let fits = unit.start < unit.end && unit.end <= length;
                    let free = kept.last().is_none_or(|last| last.end <= unit.start);
                    if fits && free {
                        kept.push(unit);
                    } else {
                        left_out += 1;
                    }
                }
                kept
            })
            .collect();
        UnitizingStudy {
            length,
            units,
            left_out,
        }
    }

    /// L, in code points.
    pub fn length(&self) -> usize {
        self.length
    }

    /// Each annotator's units, sorted, none overlapping another of theirs.
    pub fn units(&self) -> &[Vec<Range<usize>>] {
        &self.units
    }

    /// Units not taken into the study (see [`UnitizingStudy::new`]).
    pub fn left_out(&self) -> usize {
        self.left_out
    }

    /// The study of some annotators only, e.g. a pair.
    pub fn of_annotators(&self, which: &[usize]) -> UnitizingStudy {
        UnitizingStudy {
            length: self.length,
            units: which
                .iter()
                .filter_map(|&i| self.units.get(i).cloned())
                .collect(),
            left_out: 0,
        }
    }

    /// Lays `next` after this continuum: its offsets shift by this length.
    fn append(&mut self, next: &UnitizingStudy) {
        let shift = self.length;
        for (units, more) in self.units.iter_mut().zip(&next.units) {
            units.extend(more.iter().map(|u| u.start + shift..u.end + shift));
        }
        self.length += next.length;
        self.left_out += next.left_out;
    }

    /// Krippendorff's α_u (see the module's documentation); None when it is
    /// undefined.
    pub fn alpha(&self) -> Option<UnitizingAlpha> {
        let m = self.units.len() as u128;
        let length = self.length as u128;
        let all_units = || self.units.iter().flatten();
        let unit_count = all_units().count() as u128;
        if m < 2 || length == 0 || unit_count == 0 {
            return None;
        }

        // Σ_{i≠j} Σ_g Σ_h δ² is twice the sum over unordered pairs.
        let mut disagreement: u128 = 0;
        for (i, first) in self.units.iter().enumerate() {
            for second in &self.units[i + 1..] {
                disagreement += 2 * pair_disagreement(first, second);
            }
        }

        // Σ over gaps h with l_h ≥ l of (l_h − l + 1) = S − C·(l − 1), with
        // C and S the count and total length of those gaps: sorted gaps
        // and suffix sums make each unit's term a binary search.
        let mut gaps: Vec<u128> = self
            .units
            .iter()
            .flat_map(|units| gaps(units, self.length))
            .map(|g| g as u128)
            .collect();
        gaps.sort_unstable();
        let mut longer_total = vec![0u128; gaps.len() + 1];
        for i in (0..gaps.len()).rev() {
            longer_total[i] = longer_total[i + 1] + gaps[i];
        }
        let mut numerator: u128 = 0;
        let mut same_unit_pairs: u128 = 0;
        for unit in all_units() {
            let l = (unit.end - unit.start) as u128;
            // (2l³ − 3l² + l) = l(l − 1)(2l − 1) = 6 Σ_{k<l} k²: divisible by 3.
            numerator += (unit_count - 1) * (l * (l - 1) * (2 * l - 1) / 3);
            let first_long_enough = gaps.partition_point(|&g| g < l);
            let count = (gaps.len() - first_long_enough) as u128;
            let total = longer_total[first_long_enough];
            numerator += l * l * (total - count * (l - 1));
            same_unit_pairs += l * (l - 1);
        }
        let denominator = m * length * (m * length - 1) - same_unit_pairs;
        if numerator == 0 {
            return None;
        }
        let (length, m) = (length as f64, m as f64);
        let observed = disagreement as f64 / (m * (m - 1.0) * length * length);
        let expected = 2.0 * numerator as f64 / (length * denominator as f64);
        // 1 − D_o/D_e, with the integer sums divided once.
        let alpha = 1.0
            - (disagreement as f64 * denominator as f64)
                / (m * (m - 1.0) * length * 2.0 * numerator as f64);
        Some(UnitizingAlpha {
            observed,
            expected,
            alpha,
        })
    }
}

/// Σ δ² between the segments of two annotators, each pair of segments once:
/// overlapping units by their start and end differences, a unit that no
/// unit of the other overlaps (it lies in one of the other's gaps) by its
/// length squared; every other pair of segments is 0.
fn pair_disagreement(first: &[Range<usize>], second: &[Range<usize>]) -> u128 {
    let square = |a: usize, b: usize| (a.abs_diff(b) as u128).pow(2);
    let mut sum = 0;
    let mut first_overlapped = vec![false; first.len()];
    let mut second_overlapped = vec![false; second.len()];
    let (mut i, mut j) = (0, 0);
    while i < first.len() && j < second.len() {
        let (g, h) = (&first[i], &second[j]);
        if g.start < h.end && h.start < g.end {
            sum += square(g.start, h.start) + square(g.end, h.end);
            first_overlapped[i] = true;
            second_overlapped[j] = true;
        }
        if g.end <= h.end {
            i += 1;
        } else {
            j += 1;
        }
    }
    let alone = |units: &[Range<usize>], overlapped: &[bool]| -> u128 {
        units
            .iter()
            .zip(overlapped)
            .filter(|(_, &o)| !o)
            .map(|(u, _)| ((u.end - u.start) as u128).pow(2))
            .sum()
    };
    sum + alone(first, &first_overlapped) + alone(second, &second_overlapped)
}

/// The lengths of the stretches of `0..length` that no unit covers.
fn gaps(units: &[Range<usize>], length: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(units.len() + 1);
    let mut at = 0;
    for unit in units {
        if unit.start > at {
            out.push(unit.start - at);
        }
        at = unit.end;
    }
    if length > at {
        out.push(length - at);
    }
    out
}

/// A half-open span in code points, as [`matching`] takes it.
type Span = (usize, usize);

/// A quote as agreement sees it.
#[derive(Debug, Clone)]
struct QuoteView {
    span: Span,
    kind: QuoteKind,
    /// The name keys of its speaker's name and aliases; None: unattributed.
    speaker: Option<BTreeSet<String>>,
}

/// One layer in code points.
#[derive(Debug, Clone, Default)]
struct LayerView {
    quotes: Vec<QuoteView>,
    quote_spans: Vec<Span>,
    mentions: Vec<Span>,
    cues: Vec<Span>,
}

impl LayerView {
    fn spans(&self, label: Label) -> &[Span] {
        match label {
            Label::Quotes => &self.quote_spans,
            Label::Mentions => &self.mentions,
            Label::Cues => &self.cues,
        }
    }

    /// A span the model could not hold (outside the text, off a character
    /// boundary, empty: no import lets one in) is left out, not a panic.
    fn of(text: &str, index: &OffsetIndex, annotations: &Annotations) -> LayerView {
        let span = |range: &Range<usize>| -> Option<Span> {
            let valid = range.start < range.end
                && range.end <= text.len()
                && text.is_char_boundary(range.start)
                && text.is_char_boundary(range.end);
            valid.then(|| {
                (
                    index.position(range.start).code_point.0,
                    index.position(range.end).code_point.0,
                )
            })
        };
        let quotes: Vec<QuoteView> = annotations
            .quotes
            .iter()
            .filter_map(|q| {
                Some(QuoteView {
                    span: span(&q.range)?,
                    kind: q.kind,
                    speaker: q.speaker.map(|id| speaker_keys(annotations, id)),
                })
            })
            .collect();
        // One "said" can be the cue of two quotes ("…,” she said, “…"):
        // as marked text it is one cue.
        let cues: BTreeSet<Span> = annotations
            .quotes
            .iter()
            .filter_map(|q| q.cue.as_ref().and_then(span))
            .collect();
        LayerView {
            quote_spans: quotes.iter().map(|q| q.span).collect(),
            quotes,
            mentions: annotations
                .mentions
                .iter()
                .filter_map(|m| span(&m.range))
                .collect(),
            cues: cues.into_iter().collect(),
        }
    }
}

/// The name keys a speaker goes by in its layer's registry; empty names
/// name nobody. A dangling id (no import lets one in) has no names.
fn speaker_keys(annotations: &Annotations, id: SpeakerId) -> BTreeSet<String> {
    annotations
        .speaker(id)
        .map(|s| person_keys(&s.name, &s.aliases))
        .unwrap_or_default()
}

/// Everything two layers are compared by, as counts (so that they pool).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PairAgreement {
    /// Index of the reference annotator (A) in [`Agreement::annotators`].
    pub reference: usize,
    /// Index of the other annotator (B).
    pub other: usize,
    pub spans: PerLabel<SpanCounts>,
    pub attribution: AttributionCounts,
    pub kinds: KindPairs,
}

impl PairAgreement {
    fn of(reference: usize, other: usize, a: &LayerView, b: &LayerView) -> PairAgreement {
        let mut attribution = AttributionCounts::default();
        let mut kinds = KindPairs::default();
        for (ai, bi) in matching(&a.quote_spans, &b.quote_spans, Some(LOOSE_OVERLAP)) {
            let (qa, qb) = (&a.quotes[ai], &b.quotes[bi]);
            attribution.judged += 1;
            match (&qa.speaker, &qb.speaker) {
                (None, None) => {
                    attribution.same += 1;
                    attribution.both_unattributed += 1;
                }
                (Some(x), Some(y)) if same_person(x, y) => attribution.same += 1,
                _ => {}
            }
            kinds.add_item(qa.kind, qb.kind);
        }
        PairAgreement {
            reference,
            other,
            spans: PerLabel::build(|label| SpanCounts::of(a.spans(label), b.spans(label))),
            attribution,
            kinds,
        }
    }

    fn add(&mut self, other: &PairAgreement) {
        for label in Label::ALL {
            self.spans.get_mut(label).add(other.spans.get(label));
        }
        self.attribution.add(&other.attribution);
        self.kinds.add(&other.kinds);
    }
}

/// The mean of the pairs' precision, recall and F1 at one strictness (each
/// over the pairs where it is defined).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MeanPrf {
    pub precision: Option<f64>,
    pub recall: Option<f64>,
    pub f1: Option<f64>,
}

/// Averages over pairs, each over the pairs where the figure is defined.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Averages {
    /// Per label, one [`MeanPrf`] per [`Strictness`] (in `ALL` order).
    pub spans: PerLabel<[MeanPrf; 3]>,
    /// Mean of the pairs' two-annotator α_u.
    pub alpha: PerLabel<Option<f64>>,
    pub attribution: Option<f64>,
    /// Mean of the pairs' Cohen's κ.
    pub kind_kappa: Option<f64>,
}

/// Averages over pairs, each pair with the agreement it belongs to (pairs
/// of one study, or each pair pooled over the documents it shares).
pub fn averages_of<'a, I>(pairs: I) -> Averages
where
    I: Iterator<Item = (&'a Agreement, &'a PairAgreement)> + Clone,
{
    let spans = PerLabel::build(|label| {
        Strictness::ALL.map(|strictness| {
            let counts = || {
                pairs
                    .clone()
                    .map(|(_, p)| *p.spans.get(label).get(strictness))
            };
            MeanPrf {
                precision: mean(counts().map(|c| c.precision())),
                recall: mean(counts().map(|c| c.recall())),
                f1: mean(counts().map(|c| c.f1())),
            }
        })
    });
    Averages {
        spans,
        alpha: PerLabel::build(|label| {
            mean(
                pairs
                    .clone()
                    .map(|(a, p)| a.pair_alpha(p, label).map(|x| x.alpha)),
            )
        }),
        attribution: mean(pairs.clone().map(|(_, p)| p.attribution.share())),
        kind_kappa: mean(pairs.map(|(_, p)| p.kinds.cohen_kappa())),
    }
}

/// The arithmetic mean of the values that are there.
fn mean(values: impl IntoIterator<Item = Option<f64>>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .flatten()
        .fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// Agreement among annotators over one document ([`compare`]) or several
/// ([`pool`]), kept as counts and studies; the figures are its methods.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Agreement {
    pub annotators: Vec<String>,
    /// How many documents the counts come from.
    pub documents: usize,
    /// Every pair (i, j), i < j, in order: (0, 1), (0, 2), …, (1, 2), …
    pub pairs: Vec<PairAgreement>,
    /// Per label, every annotator's units.
    pub studies: PerLabel<UnitizingStudy>,
    /// Kinds of the quotes every annotator marked.
    pub kind_ratings: KindRatings,
}

/// Compares the layers of one document's `text` (every layer's annotations
/// are over this text). Fewer than two layers give no pairs and no figures,
/// never a panic.
pub fn compare(text: &str, layers: &[Layer]) -> Agreement {
    let index = OffsetIndex::new(text);
    let views: Vec<LayerView> = layers
        .iter()
        .map(|l| LayerView::of(text, &index, l.annotations))
        .collect();
    let mut pairs = Vec::new();
    for i in 0..views.len() {
        for j in i + 1..views.len() {
            pairs.push(PairAgreement::of(i, j, &views[i], &views[j]));
        }
    }
    let length = index.len_code_points();
    let studies = PerLabel::build(|label| {
        let units = views
            .iter()
            .map(|v| v.spans(label).iter().map(|&(s, e)| s..e).collect())
            .collect();
        UnitizingStudy::new(length, units)
    });
    Agreement {
        annotators: layers.iter().map(|l| l.annotator.to_owned()).collect(),
        documents: 1,
        pairs,
        studies,
        kind_ratings: kind_ratings(&views),
    }
}

/// The first layer's quotes that every other layer matches (≥ 0.3), with
/// the kinds all gave them.
fn kind_ratings(views: &[LayerView]) -> KindRatings {
    let Some((first, others)) = views.split_first() else {
        return KindRatings::default();
    };
    if others.is_empty() {
        return KindRatings {
            raters: 1,
            items: Vec::new(),
        };
    }
    // partners[q][j]: the quote of others[j] matched to first's quote q.
    let mut partners = vec![vec![None; others.len()]; first.quotes.len()];
    for (j, other) in others.iter().enumerate() {
        for (q, o) in matching(&first.quote_spans, &other.quote_spans, Some(LOOSE_OVERLAP)) {
            partners[q][j] = Some(o);
        }
    }
    let items = first
        .quotes
        .iter()
        .zip(&partners)
        .filter(|(_, p)| p.iter().all(Option::is_some))
        .map(|(quote, p)| {
            let mut counts = [0; 3];
            counts[kind_index(quote.kind)] += 1;
            for (other, o) in others.iter().zip(p.iter().flatten()) {
                counts[kind_index(other.quotes[*o].kind)] += 1;
            }
            counts
        })
        .collect();
    KindRatings {
        raters: views.len(),
        items,
    }
}

/// The agreement over several documents, each compared by the same
/// annotators in the same order: counts summed, continua laid end to end
/// (see the module's documentation). None for no documents, or documents
/// compared by different annotators.
pub fn pool<'a>(parts: impl IntoIterator<Item = &'a Agreement>) -> Option<Agreement> {
    let mut parts = parts.into_iter();
    let mut total = parts.next()?.clone();
    for part in parts {
        if part.annotators != total.annotators {
            return None;
        }
        total.documents += part.documents;
        for (sum, pair) in total.pairs.iter_mut().zip(&part.pairs) {
            sum.add(pair);
        }
        for label in Label::ALL {
            total.studies.get_mut(label).append(part.studies.get(label));
        }
        total
            .kind_ratings
            .items
            .extend_from_slice(&part.kind_ratings.items);
    }
    Some(total)
}

impl Agreement {
    /// α_u of all annotators for a label.
    pub fn alpha(&self, label: Label) -> Option<UnitizingAlpha> {
        self.studies.get(label).alpha()
    }

    /// α_u of one pair (its own two-annotator study) for a label.
    pub fn pair_alpha(&self, pair: &PairAgreement, label: Label) -> Option<UnitizingAlpha> {
        self.studies
            .get(label)
            .of_annotators(&[pair.reference, pair.other])
            .alpha()
    }

    /// Cohen's κ for two annotators, Fleiss' κ for more; None for fewer
    /// than two.
    pub fn kind_kappa(&self) -> Option<KindKappa> {
        match self.annotators.len() {
            0 | 1 => None,
            2 => {
                let kinds = self.pairs.first().map(|p| p.kinds).unwrap_or_default();
                Some(KindKappa {
                    measure: KappaMeasure::Cohen,
                    items: kinds.items(),
                    value: kinds.cohen_kappa(),
                })
            }
            _ => Some(KindKappa {
                measure: KappaMeasure::Fleiss,
                items: self.kind_ratings.items.len(),
                value: self.kind_ratings.fleiss_kappa(),
            }),
        }
    }

    /// The name of a pair: "A / B".
    pub fn pair_name(&self, pair: &PairAgreement) -> String {
        let name = |i: usize| self.annotators.get(i).map_or("?", String::as_str);
        format!("{} / {}", name(pair.reference), name(pair.other))
    }

    /// Averages over the pairs.
    pub fn averages(&self) -> Averages {
        averages_of(self.pairs.iter().map(|p| (self, p)))
    }

    /// The figures as a table: per label, each pair's P / R / F1 at each
    /// strictness and α_u, the averages and α_u of all annotators; then
    /// attribution and kind agreement per pair. "-" is undefined.
    pub fn table(&self) -> String {
        let averages = self.averages();
        let width = self
            .pairs
            .iter()
            .map(|p| self.pair_name(p).chars().count())
            .chain([AVERAGE.len(), ALL_ANNOTATORS.len()])
            .max()
            .unwrap_or(0);
        // Each row starts with a label and a name, then its figures.
        let start = |label: &str, name: &str| format!("  {label:<9} {name:<width$}");
        let prf = |p: Option<f64>, r: Option<f64>, f1: Option<f64>| {
            format!("  {} {} {}", figure(p), figure(r), figure(f1))
        };
        let no_prf = " ".repeat(prf(None, None, None).chars().count());
        let mut lines = Vec::new();

        let mut header = start("label", "pair");
        let mut columns = start("", "");
        for strictness in Strictness::ALL {
            header.push_str(&format!("  {:<20}", strictness.as_str()));
            columns.push_str(&format!("  {:>6} {:>6} {:>6}", "P", "R", "F1"));
        }
        header.push_str(&format!("  {:>6}", "α_u"));
        lines.extend([header, columns]);
        for label in Label::ALL {
            let name = label.as_str();
            for pair in &self.pairs {
                let counts = pair.spans.get(label);
                let mut row = start(name, &self.pair_name(pair));
                for strictness in Strictness::ALL {
                    let c = counts.get(strictness);
                    row.push_str(&prf(c.precision(), c.recall(), c.f1()));
                }
                let alpha = self.pair_alpha(pair, label).map(|a| a.alpha);
                row.push_str(&format!("  {}", figure(alpha)));
                lines.push(row);
            }
            if self.pairs.len() > 1 {
                let mut row = start(name, AVERAGE);
                for mean in averages.spans.get(label) {
                    row.push_str(&prf(mean.precision, mean.recall, mean.f1));
                }
                row.push_str(&format!("  {}", figure(*averages.alpha.get(label))));
                lines.push(row);
                let alpha = self.alpha(label).map(|a| a.alpha);
                let mut row = start(name, ALL_ANNOTATORS);
                row.push_str(&no_prf.repeat(Strictness::ALL.len()));
                row.push_str(&format!("  {}", figure(alpha)));
                lines.push(row);
            }
            let left_out = self.studies.get(label).left_out();
            if left_out > 0 {
                lines.push(format!(
                    "  {name:<9} ({left_out} {name} overlapping others of the same annotator: left out of α_u)"
                ));
            }
        }

        lines.push(String::new());
        lines.push(format!(
            "  quotes matched at overlap>={LOOSE_OVERLAP}: share with the same speaker; kappa of their kinds"
        ));
        for pair in &self.pairs {
            let a = &pair.attribution;
            let same = format!("{} ({} of {})", figure(a.share()), a.same, a.judged);
            lines.push(format!(
                "{}  {same:<20}  {} ({}, {} items)",
                start("", &self.pair_name(pair)),
                figure(pair.kinds.cohen_kappa()),
                KappaMeasure::Cohen.as_str(),
                pair.kinds.items()
            ));
        }
        if self.pairs.len() > 1 {
            lines.push(format!(
                "{}  {:<20}  {}",
                start("", AVERAGE),
                figure(averages.attribution),
                figure(averages.kind_kappa)
            ));
            if let Some(kappa) = self.kind_kappa() {
                lines.push(format!(
                    "{}  {:<20}  {} ({}, {} items)",
                    start("", ALL_ANNOTATORS),
                    "",
                    figure(kappa.value),
                    kappa.measure.as_str(),
                    kappa.items
                ));
            }
        }
        lines
            .iter()
            .map(|l| l.trim_end())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The figures as JSON (null where undefined), with the counts they
    /// come from.
    pub fn to_json(&self) -> Value {
        let averages = self.averages();
        let prf = |c: &MatchCounts| {
            json!({
                "matched": c.matched, "reference": c.reference, "other": c.other,
                "precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
            })
        };
        let alpha_json = |a: Option<UnitizingAlpha>| match a {
            Some(a) => json!({"alpha": a.alpha, "observed": a.observed, "expected": a.expected}),
            None => json!({"alpha": null, "observed": null, "expected": null}),
        };
        let pairs: Vec<Value> = self
            .pairs
            .iter()
            .map(|pair| {
                let mut spans = serde_json::Map::new();
                for label in Label::ALL {
                    let counts = pair.spans.get(label);
                    let mut by = serde_json::Map::new();
                    for strictness in Strictness::ALL {
                        by.insert(strictness.as_str().to_owned(), prf(counts.get(strictness)));
                    }
                    by.insert(
                        "alpha_u".to_owned(),
                        alpha_json(self.pair_alpha(pair, label)),
                    );
                    spans.insert(label.as_str().to_owned(), Value::Object(by));
                }
                let a = &pair.attribution;
                json!({
                    "reference": self.annotators.get(pair.reference),
                    "other": self.annotators.get(pair.other),
                    "spans": spans,
                    "attribution": {
                        "judged": a.judged, "same": a.same,
                        "both_unattributed": a.both_unattributed, "share": a.share(),
                    },
                    "kind": {
                        "items": pair.kinds.items(),
                        "counts": pair.kinds.counts,
                        "cohen_kappa": pair.kinds.cohen_kappa(),
                    },
                })
            })
            .collect();
        let mut average_spans = serde_json::Map::new();
        let mut all_alpha = serde_json::Map::new();
        for label in Label::ALL {
            let mut by = serde_json::Map::new();
            for (strictness, m) in Strictness::ALL.iter().zip(averages.spans.get(label)) {
                by.insert(
                    strictness.as_str().to_owned(),
                    json!({"precision": m.precision, "recall": m.recall, "f1": m.f1}),
                );
            }
            by.insert("alpha_u".to_owned(), json!(averages.alpha.get(label)));
            average_spans.insert(label.as_str().to_owned(), Value::Object(by));
            let mut alpha = alpha_json(self.alpha(label));
            alpha["units_left_out"] = json!(self.studies.get(label).left_out());
            all_alpha.insert(label.as_str().to_owned(), alpha);
        }
        json!({
            "annotators": self.annotators,
            "documents": self.documents,
            "pairs": pairs,
            "average": {
                "spans": average_spans,
                "attribution": averages.attribution,
                "kind_cohen_kappa": averages.kind_kappa,
            },
            "all_annotators": {
                "alpha_u": all_alpha,
                "kind_kappa": self.kind_kappa().map(|k| json!({
                    "measure": k.measure.as_str(), "items": k.items, "value": k.value,
                })),
            },
        })
    }
}

const AVERAGE: &str = "average";
const ALL_ANNOTATORS: &str = "all annotators";

/// A figure with three decimals, or "-" where it is undefined, six
/// characters wide ("-0.123").
pub fn figure(value: Option<f64>) -> String {
    match value {
        Some(v) => format!("{v:>6.3}"),
        None => format!("{:>6}", "-"),
    }
}

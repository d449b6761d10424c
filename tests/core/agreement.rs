//! Agreement between annotators (`domain::agreement`), natively. Every
//! expected figure is one of:
//! - computed by hand, the computation in the comment beside it (offsets
//!   and lengths in code points, which for these texts are the characters
//!   one sees: “ and ” are one each);
//! - a kappa read from `tests/agreement/reference.json`, which
//!   `tests/agreement/reference.py` computed with scikit-learn's
//!   `cohen_kappa_score` and statsmodels' `fleiss_kappa` (the hand
//!   computation is still beside it);
//! - a value published with Krippendorff's examples (α_u), as DKPro
//!   Statistics' tests check them.

// An annotator's units are a Vec of ranges, and one unit is a Vec of one
// range, not the range's numbers.
#![allow(clippy::single_range_in_vec_init)]

use std::ops::Range;

use article_annotator::domain::agreement::{
    compare, pool, Agreement, KappaMeasure, KindPairs, Label, Layer, MatchCounts, Strictness,
    UnitizingStudy,
};
use article_annotator::domain::annotations::{
    Annotations, Mention, MentionId, Quote, QuoteId, QuoteKind, Speaker, SpeakerId,
};
use serde_json::Value;

use crate::fixtures::parse;

use QuoteKind::{Direct, Indirect, Mixed};

const CLOSE: f64 = 1e-9;

fn close(got: Option<f64>, want: f64) {
    let got = got.unwrap_or_else(|| panic!("undefined, expected {want}"));
    assert!((got - want).abs() < CLOSE, "got {got}, expected {want}");
}

/// One annotator's layer, built from fixtures that mark spans with ⟦…⟧;
/// every fixture of a layer must have the same text once unmarked.
struct Marked {
    name: &'static str,
    text: Option<String>,
    annotations: Annotations,
}

impl Marked {
    fn new(name: &'static str) -> Marked {
        Marked {
            name,
            text: None,
            annotations: Annotations::default(),
        }
    }

    fn spans(&mut self, fixture: &str) -> Vec<Range<usize>> {
        let (text, spans) = parse(fixture);
        match &self.text {
            Some(t) => assert_eq!(t, &text, "{}: fixtures of one layer differ", self.name),
            None => self.text = Some(text),
        }
        spans
    }

    fn next_id(&self) -> u32 {
        self.annotations.next_id()
    }

    fn speaker_id(&self, name: &str) -> SpeakerId {
        self.annotations
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{}: no speaker {name}", self.name))
            .id
    }

    /// Registers a speaker in this layer's own registry.
    fn speaker(mut self, name: &str, aliases: &[&str]) -> Marked {
        let id = SpeakerId(self.next_id());
        self.annotations.speakers.push(Speaker {
            id,
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            color: 0,
        });
        self
    }

    /// The quotes marked in `fixture`, each with its kind and the name of
    /// its speaker (None: unattributed), in the order they open.
    fn quotes(mut self, fixture: &str, each: &[(QuoteKind, Option<&str>)]) -> Marked {
        let spans = self.spans(fixture);
        assert_eq!(
            spans.len(),
            each.len(),
            "{}: one (kind, speaker) per quote",
            self.name
        );
        for (range, (kind, speaker)) in spans.into_iter().zip(each) {
            let quote = Quote {
                id: QuoteId(self.next_id()),
                range,
                kind: *kind,
                speaker: speaker.map(|s| self.speaker_id(s)),
                cue: None,
            };
            self.annotations.quotes.push(quote);
        }
        self
    }

    /// The mentions marked in `fixture`, each of the named speaker.
    fn mentions(mut self, fixture: &str, speakers: &[&str]) -> Marked {
        let spans = self.spans(fixture);
        assert_eq!(spans.len(), speakers.len());
        for (range, speaker) in spans.into_iter().zip(speakers) {
            let mention = Mention {
                id: MentionId(self.next_id()),
                range,
                speaker: self.speaker_id(speaker),
            };
            self.annotations.mentions.push(mention);
        }
        self
    }

    /// The cues marked in `fixture`, each the cue of the quote at that
    /// index (quotes in the order they were given).
    fn cues(mut self, fixture: &str, of_quotes: &[usize]) -> Marked {
        let spans = self.spans(fixture);
        assert_eq!(spans.len(), of_quotes.len());
        for (range, &quote) in spans.into_iter().zip(of_quotes) {
            self.annotations.quotes[quote].cue = Some(range);
        }
        self
    }
}

/// Compares the layers over their (common) text.
fn agree(layers: &[&Marked]) -> Agreement {
    let text = layers[0].text.clone().unwrap_or_default();
    for layer in layers {
        assert_eq!(layer.text.as_deref().unwrap_or_default(), text);
    }
    let layers: Vec<Layer> = layers
        .iter()
        .map(|m| Layer {
            annotator: m.name,
            annotations: &m.annotations,
        })
        .collect();
    compare(&text, &layers)
}

fn counts(matched: usize, reference: usize, other: usize) -> MatchCounts {
    MatchCounts {
        matched,
        reference,
        other,
    }
}

/// tests/agreement/reference.json, written by reference.py.
fn reference() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/agreement/reference.json"
    );
    let json = std::fs::read_to_string(path).expect("tests/agreement/reference.json is there");
    serde_json::from_str(&json).expect("reference.json is JSON")
}

fn kind(name: &str) -> QuoteKind {
    QuoteKind::parse(name).unwrap_or_else(|| panic!("no kind {name}"))
}

/// The Cohen's κ case `name` of reference.json: its ratings must be the
/// fixture's (the same table of kinds), and its κ is returned.
fn reference_cohen(name: &str, fixture: &KindPairs) -> f64 {
    let case = &reference()["cohen"][name];
    let ratings = |side: &str| -> Vec<QuoteKind> {
        case[side]
            .as_array()
            .unwrap_or_else(|| panic!("reference.json has no cohen.{name}.{side}"))
            .iter()
            .map(|k| kind(k.as_str().unwrap()))
            .collect()
    };
    let mut table = KindPairs::default();
    for (a, b) in ratings("reference").into_iter().zip(ratings("other")) {
        table.add_item(a, b);
    }
    assert_eq!(
        &table, fixture,
        "reference.py rated other kinds than the fixture has"
    );
    case["kappa"].as_f64().unwrap()
}

// ---------------------------------------------------------------- spans

const PORT: &str = "“We are open,” said Ines Duarte. She said the port had reopened.";

fn port_layer(name: &'static str) -> Marked {
    Marked::new(name)
        .speaker("Ines Duarte", &[])
        .quotes(
            "⟦“We are open,”⟧ said Ines Duarte. She said ⟦the port had reopened⟧.",
            &[
                (Direct, Some("Ines Duarte")),
                (Indirect, Some("Ines Duarte")),
            ],
        )
        .mentions(
            "“We are open,” said ⟦Ines Duarte⟧. ⟦She⟧ said the port had reopened.",
            &["Ines Duarte", "Ines Duarte"],
        )
        .cues(
            "“We are open,” ⟦said⟧ Ines Duarte. She ⟦said⟧ the port had reopened.",
            &[0, 1],
        )
}

#[test]
fn identical_layers_agree_perfectly_on_every_measure() {
    let (ann, bo) = (port_layer("ann"), port_layer("bo"));
    assert_eq!(ann.text.as_deref(), Some(PORT));
    let a = agree(&[&ann, &bo]);
    assert_eq!(a.annotators, ["ann", "bo"]);
    assert_eq!(a.pairs.len(), 1);
    let pair = &a.pairs[0];
    for label in Label::ALL {
        for strictness in Strictness::ALL {
            // Every span of each matches its twin: M = |A| = |B| = 2.
            let c = pair.spans.get(label).get(strictness);
            assert_eq!(*c, counts(2, 2, 2), "{label:?} {strictness:?}");
            close(c.precision(), 1.0);
            close(c.recall(), 1.0);
            close(c.f1(), 1.0);
        }
        // D_o = 0 (no δ² between identical segmentations) and D_e > 0.
        let alpha = a.alpha(label).unwrap();
        assert_eq!(alpha.observed, 0.0);
        assert!(alpha.expected > 0.0);
        close(Some(alpha.alpha), 1.0);
    }
    // Both quotes to Ines Duarte on both sides: 2 of 2.
    assert_eq!(pair.attribution.judged, 2);
    close(pair.attribution.share(), 1.0);
    // Kinds (direct, direct), (indirect, indirect): p_o = 1,
    // p_e = (1/2)(1/2) + (1/2)(1/2) = 1/2, κ = (1 − 1/2) / (1 − 1/2) = 1.
    let kappa = a.kind_kappa().unwrap();
    assert_eq!((kappa.measure, kappa.items), (KappaMeasure::Cohen, 2));
    close(kappa.value, reference_cohen("perfect", &pair.kinds));
    close(kappa.value, 1.0);
}

#[test]
fn layers_that_mark_different_things_agree_nowhere() {
    // “Yes,” is 0..6 (6 code points), “No,” 16..21 (5); the text has 31.
    let ann = Marked::new("ann")
        .speaker("he", &[])
        .quotes("⟦“Yes,”⟧ he said. “No,” she said.", &[(Direct, None)])
        .mentions("“Yes,” ⟦he⟧ said. “No,” she said.", &["he"])
        .cues("“Yes,” he ⟦said⟧. “No,” she said.", &[0]);
    let bo = Marked::new("bo")
        .speaker("she", &[])
        .quotes("“Yes,” he said. ⟦“No,”⟧ she said.", &[(Direct, None)])
        .mentions("“Yes,” he said. “No,” ⟦she⟧ said.", &["she"]);
    let a = agree(&[&ann, &bo]);
    let pair = &a.pairs[0];
    for strictness in Strictness::ALL {
        // No span of one overlaps a span of the other: M = 0.
        let quotes = pair.spans.quotes.get(strictness);
        assert_eq!(*quotes, counts(0, 1, 1));
        close(quotes.precision(), 0.0);
        close(quotes.recall(), 0.0);
        close(quotes.f1(), 0.0);
        // bo marked no cue: precision is undefined, recall and F1 are 0.
        let cues = pair.spans.cues.get(strictness);
        assert_eq!(*cues, counts(0, 1, 0));
        assert_eq!(cues.precision(), None);
        close(cues.recall(), 0.0);
        close(cues.f1(), 0.0);
    }
    // α_u of the quotes, L = 31, units 0..6 (ann) and 16..21 (bo).
    // D_o: each unit lies in a gap of the other: δ² = 6² + 5² = 61 per
    //   ordered pair of annotators, 2·61 over m(m−1)L² = 2·961: 61/961.
    // D_e: N = 2; gaps 6..31 (25, ann), 0..16 (16), 21..31 (10) (bo).
    //   l = 6: (N−1)(2·216 − 3·36 + 6)/3 = 110; gaps ≥ 6: (25−5)+(16−5)+(10−5) = 36, ·36 = 1296.
    //   l = 5: (250 − 75 + 5)/3 = 60;            gaps ≥ 5: 21 + 12 + 6 = 39, ·25 = 975.
    //   numerator 110 + 1296 + 60 + 975 = 2441;
    //   denominator mL(mL−1) − Σ l(l−1) = 62·61 − (30 + 20) = 3732;
    //   D_e = (2/31)·2441/3732.
    // α_u = 1 − D_o/D_e = 1 − (61/961)·(31·3732)/(2·2441) = 1 − 61·3732/(31·2·2441).
    let alpha = a.alpha(Label::Quotes).unwrap();
    close(Some(alpha.observed), 61.0 / 961.0);
    close(Some(alpha.expected), 2.0 / 31.0 * 2441.0 / 3732.0);
    close(
        Some(alpha.alpha),
        1.0 - 61.0 * 3732.0 / (31.0 * 2.0 * 2441.0),
    );
    assert!(alpha.alpha < 0.0, "worse than chance");
    // No quote marked by both: nothing to judge attribution or kinds by.
    assert_eq!(pair.attribution.judged, 0);
    assert_eq!(pair.attribution.share(), None);
    assert_eq!(a.kind_kappa().unwrap().value, None);
}

#[test]
fn partial_agreement_with_nested_and_crossing_spans_at_each_strictness() {
    // ann (reference), quotes at (start..end, length):
    //   Q1 “Prices will fall,”           0..19  (19)
    //   Q2 “We expect a good harvest,”  39..66  (27)
    //   Q3 “and calm markets.”          78..97  (19)
    //   Q4 “too late”                  116..126 (10)
    // bo:
    //   Q1 the same                      exact
    //   a good harvest                  50..64  nested in Q2: 14/27 = 0.52
    //   she added, “and calm            67..87  crosses Q3's start: 78..87 = 9/19 = 0.47
    //   too late”                      117..126 9/10 = 0.9 (in bytes 11/14 = 0.79: code points count)
    //   prices were already falling    142..169 only bo
    let ann = Marked::new("ann")
        .quotes(
            "⟦“Prices will fall,”⟧ the minister said. ⟦“We expect a good harvest,”⟧ she added, ⟦“and calm markets.”⟧ Farmers called it ⟦“too late”⟧. A trader said prices were already falling.",
            &[(Direct, None); 4],
        )
        .speaker("Hanna Berg", &[])
        .mentions(
            "“Prices will fall,” ⟦the minister⟧ said. “We expect a good harvest,” ⟦she⟧ added, “and calm markets.” ⟦Farmers⟧ called it “too late”. A trader said prices were already falling.",
            &["Hanna Berg"; 3],
        )
        .cues(
            "“Prices will fall,” the minister ⟦said⟧. “We expect a good harvest,” she ⟦added⟧, “and calm markets.” Farmers called it “too late”. A trader said prices were already falling.",
            &[0, 1],
        );
    let bo = Marked::new("bo")
        .quotes(
            "⟦“Prices will fall,”⟧ the minister said. “We expect ⟦a good harvest⟧,” ⟦she added, “and calm⟧ markets.” Farmers called it “⟦too late”⟧. A trader said ⟦prices were already falling⟧.",
            &[(Direct, None); 5],
        )
        .speaker("Hanna Berg", &[])
        .mentions(
            "“Prices will fall,” the ⟦minister⟧ said. “We expect a good harvest,” ⟦she⟧ added, “and calm markets.” Farmers called it “too late”. ⟦A trader⟧ said prices were already falling.",
            &["Hanna Berg"; 3],
        )
        .cues(
            "“Prices will fall,” the minister ⟦said⟧. “We expect a good harvest,” she ⟦added⟧, “and calm markets.” Farmers called it “too late”. A trader ⟦said⟧ prices were already falling.",
            &[0, 1, 4],
        );
    let a = agree(&[&ann, &bo]);
    let spans = &a.pairs[0].spans;

    // Quotes, |A| = 4, |B| = 5.
    // exact: Q1 only.                  P = 1/5, R = 1/4, F1 = 2·1/9
    assert_eq!(spans.quotes.exact, counts(1, 4, 5));
    close(spans.quotes.exact.precision(), 1.0 / 5.0);
    close(spans.quotes.exact.recall(), 1.0 / 4.0);
    close(spans.quotes.exact.f1(), 2.0 / 9.0);
    // ≥ 0.8: Q1 and Q4 (0.9).          P = 2/5, R = 2/4, F1 = 4/9
    assert_eq!(spans.quotes.overlap80, counts(2, 4, 5));
    close(spans.quotes.overlap80.f1(), 4.0 / 9.0);
    // ≥ 0.3: Q1, Q2 (0.52), Q3 (0.47), Q4. P = 4/5, R = 4/4, F1 = 8/9
    assert_eq!(spans.quotes.overlap30, counts(4, 4, 5));
    close(spans.quotes.overlap30.precision(), 4.0 / 5.0);
    close(spans.quotes.overlap30.recall(), 1.0);
    close(spans.quotes.overlap30.f1(), 8.0 / 9.0);

    // Mentions: ann "the minister" (12), "she", "Farmers"; bo "minister"
    // (nested: 8/12 = 0.67), "she", "A trader". exact and ≥ 0.8: "she";
    // ≥ 0.3: also "minister". F1 = 2·1/6 = 1/3, then 2·2/6 = 2/3.
    assert_eq!(spans.mentions.exact, counts(1, 3, 3));
    assert_eq!(spans.mentions.overlap80, counts(1, 3, 3));
    assert_eq!(spans.mentions.overlap30, counts(2, 3, 3));
    close(spans.mentions.overlap30.f1(), 2.0 / 3.0);

    // Cues: ann "said", "added"; bo those and the trader's "said".
    // P = 2/3, R = 2/2, F1 = 2·2/5 = 4/5 at every strictness.
    for strictness in Strictness::ALL {
        let cues = spans.cues.get(strictness);
        assert_eq!(*cues, counts(2, 2, 3));
        close(cues.precision(), 2.0 / 3.0);
        close(cues.f1(), 4.0 / 5.0);
    }

    // The 4 quotes matched at ≥ 0.3 are unattributed on both sides: by the
    // documented choice, 4 of 4 agree, all 4 as both unattributed.
    let attribution = a.pairs[0].attribution;
    assert_eq!(
        (
            attribution.judged,
            attribution.same,
            attribution.both_unattributed
        ),
        (4, 4, 4)
    );
    // All 4 matched quotes are direct on both sides: p_e = 1, κ is 0/0.
    assert_eq!(a.pairs[0].kinds.items(), 4);
    assert_eq!(a.kind_kappa().unwrap().value, None);
}

// ----------------------------------------------------------- attribution

#[test]
fn speakers_are_the_same_when_a_name_or_alias_shares_a_name_key_across_registries() {
    // Both mark the same six quotes; only the speakers differ:
    //   1 ann Jane Roe (alias "the mayor")  bo "The Mayor"             same: ann's alias, case folded
    //   2 ann Jane Roe                      bo "Mayor Roe" ("JANE ROE") same: bo's alias, case folded
    //   3 ann Tom Ng                        bo unattributed             differ
    //   4 ann unattributed                  bo unattributed             same (both found no speaker)
    //   5 ann Jens Strauß                   bo "JENS STRAUSS"           same: both keys "jens strauss" (ß → ss)
    //   6 ann Tom Ng                        bo "Tom Nguyen"             differ
    let text = "⟦“We are ready,”⟧ said Mayor Jane Roe. ⟦“Trust us,”⟧ the mayor added. ⟦“No comment,”⟧ a spokesman said. ⟦“Later,”⟧ someone shouted. ⟦“Done,”⟧ said Jens Strauß. ⟦“Soon,”⟧ Tom Ng said.";
    let ann = Marked::new("ann")
        .speaker("Jane Roe", &["the mayor"])
        .speaker("Tom Ng", &[])
        .speaker("Jens Strauß", &[])
        .quotes(
            text,
            &[
                (Direct, Some("Jane Roe")),
                (Direct, Some("Jane Roe")),
                (Direct, Some("Tom Ng")),
                (Direct, None),
                (Direct, Some("Jens Strauß")),
                (Direct, Some("Tom Ng")),
            ],
        );
    let bo = Marked::new("bo")
        .speaker("The Mayor", &[])
        .speaker("Mayor Roe", &["JANE ROE"])
        .speaker("JENS STRAUSS", &[])
        .speaker("Tom Nguyen", &[])
        .quotes(
            text,
            &[
                (Direct, Some("The Mayor")),
                (Direct, Some("Mayor Roe")),
                (Direct, None),
                (Direct, None),
                (Direct, Some("JENS STRAUSS")),
                (Direct, Some("Tom Nguyen")),
            ],
        );
    let a = agree(&[&ann, &bo]);
    let attribution = a.pairs[0].attribution;
    // Same: 1, 2, 4, 5 of 6; 4 is the one both left unattributed.
    assert_eq!(
        (
            attribution.judged,
            attribution.same,
            attribution.both_unattributed
        ),
        (6, 4, 1)
    );
    close(attribution.share(), 4.0 / 6.0);
}

// ----------------------------------------------------------------- kinds

/// Six quotes both marked (bo's spans differ a little; all match at ≥ 0.3)
/// and the kinds each gave them.
fn six_quotes(name: &'static str, fixture: &str, kinds: [QuoteKind; 6]) -> Marked {
    Marked::new(name).quotes(fixture, &kinds.map(|k| (k, None)))
}

fn six_quotes_ann() -> Marked {
    six_quotes(
        "ann",
        "⟦“We will rebuild,”⟧ the mayor said. She said ⟦the port would reopen⟧. ⟦“It is over,”⟧ a trader said. Officials said ⟦the road was “safe”⟧. ⟦“Go home,”⟧ police said. ⟦Nobody was hurt⟧, they added.",
        [Direct, Indirect, Direct, Mixed, Direct, Indirect],
    )
}

fn six_quotes_bo() -> Marked {
    six_quotes(
        "bo",
        "“⟦We will rebuild,⟧” the mayor said. She said ⟦the port would reopen⟧. ⟦“It is over,”⟧ a trader said. Officials said ⟦the road was “safe”⟧. ⟦“Go home,”⟧ police said. ⟦Nobody was hurt, they added⟧.",
        [Direct, Indirect, Mixed, Mixed, Indirect, Indirect],
    )
}

#[test]
fn kinds_of_two_annotators_are_compared_by_cohens_kappa() {
    let a = agree(&[&six_quotes_ann(), &six_quotes_bo()]);
    let kinds = a.pairs[0].kinds;
    // (ann, bo): (d,d) (i,i) (d,m) (m,m) (d,i) (i,i); n = 6, 4 the same:
    // p_o = 4/6. ann d 3, i 2, m 1; bo d 1, i 3, m 2:
    // p_e = (3·1 + 2·3 + 1·2)/36 = 11/36. κ = (24/36 − 11/36)/(25/36) = 13/25.
    assert_eq!(
        kinds.counts,
        [[1, 1, 1], [0, 2, 0], [0, 0, 1]],
        "rows ann's kind, columns bo's (direct, indirect, mixed)"
    );
    let kappa = a.kind_kappa().unwrap();
    assert_eq!((kappa.measure, kappa.items), (KappaMeasure::Cohen, 6));
    close(kappa.value, reference_cohen("six_quotes", &kinds));
    close(kappa.value, 13.0 / 25.0);
}

#[test]
fn a_single_kind_everywhere_leaves_kappa_undefined_not_nan() {
    let mut all_direct = KindPairs::default();
    all_direct.add_item(Direct, Direct);
    all_direct.add_item(Direct, Direct);
    assert_eq!(all_direct.cohen_kappa(), None);
    assert_eq!(KindPairs::default().cohen_kappa(), None);
    // One side varies: p_o = 1/2, p_e = (1)(1/2) = 1/2, κ = 0.
    let mut one_varies = all_direct;
    one_varies.add_item(Direct, Mixed);
    one_varies.add_item(Direct, Mixed);
    close(one_varies.cohen_kappa(), 0.0);
}

// ------------------------------------------------------ three annotators

/// Four quotes all three mark; the speakers' registries differ.
fn three_annotators() -> [Marked; 3] {
    let all = "⟦“The dam held,”⟧ said Ines Duarte, the harbour master. She said ⟦the water was falling⟧. Officials said ⟦the roads were safe⟧. Residents said ⟦the warning came “far too late”⟧.";
    let bo_q1 = "“⟦The dam held,⟧” said Ines Duarte, the harbour master. She said ⟦the water was falling⟧. Officials said ⟦the roads were safe⟧. Residents said ⟦the warning came “far too late”⟧.";
    let ann = Marked::new("ann")
        .speaker("Ines Duarte", &["the harbour master"])
        .quotes(
            all,
            &[
                (Direct, Some("Ines Duarte")),
                (Direct, Some("Ines Duarte")),
                (Indirect, None),
                (Mixed, None),
            ],
        );
    let bo = Marked::new("bo").speaker("The Harbour Master", &[]).quotes(
        bo_q1,
        &[
            (Direct, Some("The Harbour Master")),
            (Indirect, Some("The Harbour Master")),
            (Indirect, None),
            (Mixed, None),
        ],
    );
    let cy = Marked::new("cy")
        .speaker("INES DUARTE", &[])
        .speaker("Residents", &[])
        .quotes(
            all,
            &[
                (Direct, Some("INES DUARTE")),
                (Indirect, Some("INES DUARTE")),
                (Indirect, None),
                (Direct, Some("Residents")),
            ],
        );
    [ann, bo, cy]
}

#[test]
fn three_annotators_give_every_pair_its_figures_their_average_and_fleiss_kappa() {
    let [ann, bo, cy] = three_annotators();
    let a = agree(&[&ann, &bo, &cy]);
    let names: Vec<String> = a.pairs.iter().map(|p| a.pair_name(p)).collect();
    assert_eq!(names, ["ann / bo", "ann / cy", "bo / cy"]);
    let (ann_bo, ann_cy, bo_cy) = (&a.pairs[0], &a.pairs[1], &a.pairs[2]);

    // Quotes: bo's first, "The dam held," (13), lacks the marks of
    // “The dam held,” (15): not exact, but 13/15 = 0.87 of ann's (and all
    // of bo's own when bo is the reference).
    assert_eq!(ann_bo.spans.quotes.exact, counts(3, 4, 4));
    assert_eq!(ann_bo.spans.quotes.overlap80, counts(4, 4, 4));
    assert_eq!(ann_cy.spans.quotes.exact, counts(4, 4, 4));
    assert_eq!(bo_cy.spans.quotes.exact, counts(3, 4, 4));
    assert_eq!(bo_cy.spans.quotes.overlap80, counts(4, 4, 4));
    // Average exact F1: (3/4 + 1 + 3/4)/3 = 5/6; at ≥ 0.8: 1.
    let averages = a.averages();
    close(averages.spans.quotes[0].f1, 5.0 / 6.0);
    close(averages.spans.quotes[1].f1, 1.0);

    // Attribution, 4 matched quotes per pair:
    //   ann/bo: 1, 2 through ann's alias "the harbour master"; 3, 4 both
    //           unattributed: 4/4.
    //   ann/cy: 1, 2 "Ines Duarte" = "INES DUARTE"; 3 both unattributed;
    //           4 unattributed by ann only: 3/4.
    //   bo/cy:  "The Harbour Master" and "INES DUARTE" share no key (the alias
    //           is ann's, not theirs): 1, 2 differ; 3 same; 4 differ: 1/4.
    close(ann_bo.attribution.share(), 1.0);
    close(ann_cy.attribution.share(), 3.0 / 4.0);
    close(bo_cy.attribution.share(), 1.0 / 4.0);
    // Average (1 + 3/4 + 1/4)/3 = 2/3.
    close(averages.attribution, 2.0 / 3.0);

    // Kinds, quote by quote (ann, bo, cy): (d,d,d) (d,i,i) (i,i,i) (m,m,d).
    // Cohen per pair, n = 4:
    //   ann/bo: p_o = 3/4; ann d2 i1 m1, bo d1 i2 m1: p_e = (2+2+1)/16 = 5/16;
    //           κ = (12/16 − 5/16)/(11/16) = 7/11.
    //   ann/cy: p_o = 2/4; cy d2 i2: p_e = (4+2+0)/16 = 6/16; κ = (8−6)/(16−6) = 1/5.
    //   bo/cy:  p_o = 3/4; p_e = (2+4+0)/16 = 6/16; κ = (12−6)/(16−6) = 3/5.
    let cohen = [
        ("three_annotators_ann_bo", ann_bo, 7.0 / 11.0),
        ("three_annotators_ann_cy", ann_cy, 1.0 / 5.0),
        ("three_annotators_bo_cy", bo_cy, 3.0 / 5.0),
    ];
    for (name, pair, by_hand) in cohen {
        let kappa = pair.kinds.cohen_kappa();
        close(kappa, reference_cohen(name, &pair.kinds));
        close(kappa, by_hand);
    }
    close(
        averages.kind_kappa,
        (7.0 / 11.0 + 1.0 / 5.0 + 3.0 / 5.0) / 3.0,
    );

    // Fleiss, r = 3, N = 4; counts (d, i, m) per quote: (3,0,0) (1,2,0)
    // (0,3,0) (1,0,2). P_i = (Σ n² − 3)/6: 1, 1/3, 1, 1/3; P̄ = 2/3.
    // p = (5/12, 5/12, 2/12); P̄_e = (25 + 25 + 4)/144 = 3/8.
    // κ = (2/3 − 3/8)/(1 − 3/8) = 7/15.
    let mut items = a.kind_ratings.items.clone();
    items.sort();
    let case = &reference()["fleiss"]["three_annotators"];
    let mut table: Vec<[usize; 3]> = case["table"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let row: Vec<usize> = row
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n.as_u64().unwrap() as usize)
                .collect();
            [row[0], row[1], row[2]]
        })
        .collect();
    table.sort();
    assert_eq!(
        items, table,
        "reference.py rated other kinds than the fixture has"
    );
    let kappa = a.kind_kappa().unwrap();
    assert_eq!((kappa.measure, kappa.items), (KappaMeasure::Fleiss, 4));
    close(kappa.value, case["kappa"].as_f64().unwrap());
    close(kappa.value, 7.0 / 15.0);
}

#[test]
fn a_quote_one_of_three_annotators_missed_is_not_a_fleiss_item() {
    let [ann, bo, _] = three_annotators();
    // cy marks only the first two quotes: items are ann's quotes that both
    // others match, so 2; ann/bo still has 4 matched quotes.
    let cy = Marked::new("cy").quotes(
        "⟦“The dam held,”⟧ said Ines Duarte, the harbour master. She said ⟦the water was falling⟧. Officials said the roads were safe. Residents said the warning came “far too late”.",
        &[(Direct, None), (Indirect, None)],
    );
    let a = agree(&[&ann, &bo, &cy]);
    // (d,d,d) and (d,i,i).
    assert_eq!(a.kind_ratings.items, [[3, 0, 0], [1, 2, 0]]);
    assert_eq!(a.pairs[0].kinds.items(), 4);
}

// ------------------------------------------------------------- workspace

#[test]
fn the_workspace_pools_counts_instead_of_averaging_documents() {
    // Document 1: "Stop! Now." and document 2: "Wait! Yes.", 10 code points
    // each. ann marks the first five characters of both; bo those of the
    // first only.
    let marked = |name, fixture: &str| Marked::new(name).quotes(fixture, &[(Direct, None)]);
    let unmarked = |name, fixture: &str| Marked::new(name).quotes(fixture, &[]);
    let one = agree(&[
        &marked("ann", "⟦Stop!⟧ Now."),
        &marked("bo", "⟦Stop!⟧ Now."),
    ]);
    let two = agree(&[
        &marked("ann", "⟦Wait!⟧ Yes."),
        &unmarked("bo", "Wait! Yes."),
    ]);
    let both = pool([&one, &two]).unwrap();
    assert_eq!(both.documents, 2);

    // F1 per document: 1 and 0 (mean 1/2). Pooled: M = 1, |A| = 2, |B| = 1,
    // F1 = 2·1/3 = 2/3.
    let exact = both.pairs[0].spans.quotes.exact;
    assert_eq!(exact, counts(1, 2, 1));
    close(exact.f1(), 2.0 / 3.0);

    // α_u over one continuum of L = 20: ann 0..5 and 10..15, bo 0..5.
    // D_o: 0..5 agrees (δ² = 0); ann's 10..15 lies in bo's gap: 25, twice
    //   (i≠j both ways) over m(m−1)L² = 800: 50/800 = 1/16.
    // D_e: N = 3 units of l = 5; gaps ann 5..10 (5), 15..20 (5), bo 5..20 (15).
    //   per unit (N−1)(250 − 75 + 5)/3 = 120, + 25·((5−4)+(5−4)+(15−4)) = 325: 445;
    //   numerator 3·445 = 1335; denominator 40·39 − 3·20 = 1500;
    //   D_e = (2/20)·1335/1500 = 0.089.
    // α_u = 1 − (1/16)/0.089 = 1 − 1500/(16·133.5).
    let alpha = both.alpha(Label::Quotes).unwrap();
    close(Some(alpha.observed), 1.0 / 16.0);
    close(Some(alpha.expected), 0.089);
    close(Some(alpha.alpha), 1.0 - 1500.0 / (16.0 * 133.5));
    let laid_end_to_end = UnitizingStudy::new(20, vec![vec![0..5, 10..15], vec![0..5]]);
    assert_eq!(both.studies.quotes.units(), laid_end_to_end.units());

    // Kinds pool as one table: the six quotes and the port's two.
    let six = agree(&[&six_quotes_ann(), &six_quotes_bo()]);
    let port = agree(&[&port_layer("ann"), &port_layer("bo")]);
    let pooled = pool([&six, &port]).unwrap();
    let kinds = pooled.pairs[0].kinds;
    // n = 8, same 6: p_o = 6/8. ann d 4, i 3, m 1; bo d 2, i 4, m 2:
    // p_e = (8 + 12 + 2)/64 = 22/64; κ = (48 − 22)/(64 − 22) = 26/42 = 13/21.
    close(kinds.cohen_kappa(), reference_cohen("pooled", &kinds));
    close(kinds.cohen_kappa(), 13.0 / 21.0);

    // Different annotators do not pool; nothing pools to nothing.
    let other_names = agree(&[
        &marked("ann", "⟦Stop!⟧ Now."),
        &marked("cy", "⟦Stop!⟧ Now."),
    ]);
    assert_eq!(pool([&one, &other_names]), None);
    assert_eq!(pool(std::iter::empty::<&Agreement>()), None);
}

// --------------------------------------------------------------- α_u

/// Krippendorff (2004), Content Analysis, p. 254 (also in "Measuring the
/// reliability of qualitative text analysis data"): two observers, a
/// continuum 150..450, categories c and k. Here shifted to start at 0.
/// DKPro Statistics checks the same published values (Krippendorff2004Test).
#[test]
fn alpha_u_reproduces_krippendorffs_published_example() {
    let c = UnitizingStudy::new(
        300,
        vec![vec![75..145, 220..250], vec![70..150, 205..225, 250..270]],
    );
    let alpha = c.alpha().unwrap();
    assert!((alpha.observed - 0.0144).abs() < 1e-4, "{alpha:?}");
    assert!((alpha.expected - 0.0532).abs() < 1e-4, "{alpha:?}");
    assert!((alpha.alpha - 0.7286).abs() < 1e-4, "{alpha:?}");
    let k = UnitizingStudy::new(300, vec![vec![30..90, 150..200], vec![30..90, 150..200]]);
    let alpha = k.alpha().unwrap();
    assert_eq!(alpha.observed, 0.0);
    assert!((alpha.expected - 0.0490).abs() < 1e-4, "{alpha:?}");
    assert_eq!(alpha.alpha, 1.0);
}

/// Krippendorff (1995), "On the reliability of unitizing contiguous data",
/// p. 57: four pairs of observers over 24 units (Bertha and Bill, …). The
/// observed disagreements are published for the continuum as it is; the
/// expected ones and α_u for it stretched (here by 50,000), where they
/// approach their limit (DKPro's tolerance: 0.005 and 0.02).
#[test]
fn alpha_u_reproduces_krippendorffs_1995_examples() {
    let a = [vec![2..10, 14..20], vec![4..8, 15..17]];
    let b = [vec![0..18], vec![0..2, 2..3, 3..4, 4..5, 5..6, 6..9, 9..10]];
    let c = [
        vec![2..8, 10..12, 14..18, 20..22],
        vec![0..2, 4..8, 10..14, 16..18, 20..22],
    ];
    let d = [
        vec![0..2, 2..10, 10..14, 14..20, 20..24],
        vec![0..4, 4..8, 8..15, 15..17, 17..24],
    ];
    let published = [
        (a, 0.03125, 0.06990, 0.553),
        (b, 2.26736, 1.17731, -0.926),
        (c, 0.02777, 0.08642, 0.679),
        (d, 0.38715, 0.41445, 0.066),
    ];
    let stretched = |units: &[Vec<Range<usize>>; 2], by: usize| {
        units
            .iter()
            .map(|u| u.iter().map(|r| r.start * by..r.end * by).collect())
            .collect::<Vec<_>>()
    };
    for (units, observed, expected, alpha) in published {
        let study = UnitizingStudy::new(24, stretched(&units, 1));
        assert!((study.alpha().unwrap().observed - observed).abs() < 1e-5);
        let long = UnitizingStudy::new(24 * 50_000, stretched(&units, 50_000));
        let got = long.alpha().unwrap();
        assert!((got.expected - expected).abs() < 0.005, "{got:?}");
        assert!((got.alpha - alpha).abs() < 0.02, "{got:?}");
    }
}

/// DKPro Statistics' own example (UnitizingAgreementTest): one long unit
/// against three short ones inside it, L = 10.
#[test]
fn alpha_u_reproduces_dkpros_example_of_short_units_inside_a_long_one() {
    let study = UnitizingStudy::new(10, vec![vec![1..9], vec![2..3, 4..5, 6..7]]);
    let alpha = study.alpha().unwrap();
    assert!((alpha.observed - 0.9100).abs() < 1e-4);
    assert!((alpha.expected - 0.5351).abs() < 1e-4);
    assert!((alpha.alpha - -0.7003).abs() < 1e-4);
}

#[test]
fn alpha_u_by_hand_for_nested_crossing_and_three_annotators() {
    // Nested, L = 10: A 2..8 (6), B 3..6 (3).
    // D_o: δ² = (2−3)² + (8−6)² = 5, both ways 10, over 2·100: 1/20.
    // D_e: gaps A 2, 2; B 3, 4. l = 6: (2·216 − 108 + 6)/3 = 110, no gap ≥ 6.
    //      l = 3: (54 − 27 + 3)/3 = 10, + 9·((3−2)+(4−2)) = 27: 37.
    //      numerator 147; denominator 20·19 − (30 + 6) = 344; D_e = (2/10)·147/344.
    // α_u = 1 − (1/20)·(10·344)/(2·147) = 1 − 86/147 = 61/147.
    let nested = UnitizingStudy::new(10, vec![vec![2..8], vec![3..6]])
        .alpha()
        .unwrap();
    close(Some(nested.observed), 1.0 / 20.0);
    close(Some(nested.expected), 0.2 * 147.0 / 344.0);
    close(Some(nested.alpha), 61.0 / 147.0);

    // Crossing, L = 10: A 1..5 (4), B 3..8 (5).
    // D_o: δ² = (1−3)² + (5−8)² = 13, both ways 26, over 200: 0.13.
    // D_e: gaps A 1, 5; B 3, 2. l = 4: (128 − 48 + 4)/3 = 28, + 16·(5−3) = 32: 60.
    //      l = 5: (250 − 75 + 5)/3 = 60, + 25·(5−4) = 25: 85.
    //      numerator 145; denominator 380 − (12 + 20) = 348; D_e = 0.2·145/348 = 1/12.
    // α_u = 1 − 0.13·12 = −0.56.
    let crossing = UnitizingStudy::new(10, vec![vec![1..5], vec![3..8]])
        .alpha()
        .unwrap();
    close(Some(crossing.observed), 0.13);
    close(Some(crossing.expected), 1.0 / 12.0);
    close(Some(crossing.alpha), -0.56);

    // Three annotators, L = 10: A 2..6, B 2..6, C 2..5.
    // D_o: A/B 0; A/C and B/C δ² = 0 + 1 = 1 each; Σ_{i≠j} = 4, over 3·2·100: 1/150.
    // D_e: N = 3; gaps A 2, 4; B 2, 4; C 2, 5.
    //      l = 4 (A, B): (N−1)(128 − 48 + 4)/3 = 56, + 16·((4−3)+(4−3)+(5−3)) = 64: 120 each.
    //      l = 3 (C): 2·(54 − 27 + 3)/3 = 20, + 9·((4−2)+(4−2)+(5−2)) = 63: 83.
    //      numerator 323; denominator 30·29 − (12 + 12 + 6) = 840; D_e = 0.2·323/840.
    // α_u = 1 − (1/150)·840/(0.2·323) = 1 − 84/969 = 295/323.
    let three = UnitizingStudy::new(10, vec![vec![2..6], vec![2..6], vec![2..5]]);
    let alpha = three.alpha().unwrap();
    close(Some(alpha.observed), 1.0 / 150.0);
    close(Some(alpha.expected), 0.2 * 323.0 / 840.0);
    close(Some(alpha.alpha), 295.0 / 323.0);
    // The pair A/B alone marked the same: α_u = 1.
    close(three.of_annotators(&[0, 1]).alpha().map(|a| a.alpha), 1.0);

    // Disjoint, L = 20: A 0..5, B 10..15.
    // D_o = 2·(25 + 25)/(2·400) = 1/8. D_e: gaps 15 (A), 10, 5 (B);
    //      each unit 60 + 25·(11 + 6 + 1) = 510; numerator 1020;
    //      denominator 40·39 − 40 = 1520; D_e = 0.1·1020/1520.
    // α_u = 1 − (1/8)·1520/102 = −44/51.
    let disjoint = UnitizingStudy::new(20, vec![vec![0..5], vec![10..15]]);
    close(disjoint.alpha().map(|a| a.alpha), -44.0 / 51.0);
}

#[test]
fn alpha_u_is_undefined_rather_than_nan_where_it_has_no_value() {
    // No units at all (D_e = 0/…), one annotator, an empty continuum.
    assert_eq!(UnitizingStudy::new(10, vec![vec![], vec![]]).alpha(), None);
    assert_eq!(UnitizingStudy::new(10, vec![vec![2..5]]).alpha(), None);
    assert_eq!(UnitizingStudy::new(0, vec![vec![], vec![]]).alpha(), None);
    assert_eq!(UnitizingStudy::default().alpha(), None);
    // L = 1, both mark it: (2l³ − 3l² + l) = 0 and no gaps, so D_e = 0.
    assert_eq!(
        UnitizingStudy::new(1, vec![vec![0..1], vec![0..1]]).alpha(),
        None
    );
    // One annotator marks nothing: every unit of the other is in a gap.
    // L = 10, A 0..5: D_o = 2·25/200 = 1/4; D_e: gaps A 5, B 10; l = 5:
    // 0 + 25·((5−4) + (10−4)) = 175; denominator 380 − 20 = 360;
    // D_e = 0.2·175/360 = 35/360; α_u = 1 − (1/4)·(360/35) = 1 − 18/7 = −11/7.
    let one_sided = UnitizingStudy::new(10, vec![vec![0..5], vec![]]);
    close(one_sided.alpha().map(|a| a.alpha), -11.0 / 7.0);
}

#[test]
fn overlapping_units_of_one_annotator_are_left_out_and_counted() {
    // Reading order, longer first: 0..6 is taken; 2..4 (nested), 5..8
    // (crossing) overlap it; 3..3 is empty; 9..12 reaches past L = 10.
    // 6..9 starts where 0..6 ends: taken.
    let study = UnitizingStudy::new(
        10,
        vec![vec![2..4, 5..8, 0..6, 3..3, 9..12, 6..9], vec![0..6]],
    );
    assert_eq!(study.units(), [vec![0..6, 6..9], vec![0..6]]);
    assert_eq!(study.left_out(), 4);

    // The same through quotes: a quote nested in another of the same
    // annotator still counts for P/R/F1, but only the outer one for α_u.
    let ann = Marked::new("ann").quotes(
        "⟦“Go ⟦home⟧,”⟧ police said.",
        &[(Direct, None), (Direct, None)],
    );
    let bo = Marked::new("bo").quotes("⟦“Go home,”⟧ police said.", &[(Direct, None)]);
    let a = agree(&[&ann, &bo]);
    assert_eq!(a.pairs[0].spans.quotes.exact, counts(1, 2, 1));
    assert_eq!(a.studies.quotes.left_out(), 1);
    close(a.alpha(Label::Quotes).map(|a| a.alpha), 1.0);
}

#[test]
fn no_layers_one_layer_or_empty_layers_give_undefined_figures_without_panicking() {
    let none = compare("Some text.", &[]);
    assert!(none.pairs.is_empty() && none.kind_kappa().is_none());
    let _ = (none.table(), none.to_json());

    let empty = Annotations::default();
    let alone = compare(
        "Some text.",
        &[Layer {
            annotator: "ann",
            annotations: &empty,
        }],
    );
    assert!(alone.pairs.is_empty());
    assert_eq!(alone.alpha(Label::Quotes), None);
    assert_eq!(alone.averages().attribution, None);
    let _ = (alone.table(), alone.to_json());

    let both_empty = compare(
        "",
        &[
            Layer {
                annotator: "ann",
                annotations: &empty,
            },
            Layer {
                annotator: "bo",
                annotations: &empty,
            },
        ],
    );
    let c = both_empty.pairs[0].spans.quotes.exact;
    assert_eq!((c.precision(), c.recall(), c.f1()), (None, None, None));
    assert_eq!(both_empty.alpha(Label::Mentions), None);
    assert_eq!(both_empty.kind_kappa().unwrap().value, None);
    let json = both_empty.to_json();
    assert!(json["pairs"][0]["spans"]["quotes"]["exact"]["f1"].is_null());
    assert!(json["all_annotators"]["alpha_u"]["quotes"]["alpha"].is_null());

    // A span the model could not hold (past the text, inside a character)
    // is left out instead of panicking.
    let mut broken = Annotations::default();
    for range in [0..50, 1..2, 0..4] {
        broken.quotes.push(Quote {
            id: QuoteId(broken.next_id()),
            range,
            kind: Direct,
            speaker: Some(SpeakerId(99)),
            cue: None,
        });
    }
    let a = compare(
        "“Hi” there",
        &[
            Layer {
                annotator: "ann",
                annotations: &broken,
            },
            Layer {
                annotator: "bo",
                annotations: &broken,
            },
        ],
    );
    // Only 0..4 ("“H", code points 0..2) is a span; its dangling speaker
    // names nobody, so the two do not agree on it.
    assert_eq!(a.pairs[0].spans.quotes.exact, counts(1, 1, 1));
    assert_eq!(a.pairs[0].attribution.same, 0);
}

#[test]
fn the_table_and_json_name_every_pair_label_and_figure() {
    let [ann, bo, cy] = three_annotators();
    let a = agree(&[&ann, &bo, &cy]);
    let table = a.table();
    for needle in [
        "ann / bo",
        "ann / cy",
        "bo / cy",
        "average",
        "all annotators",
        "quotes",
        "mentions",
        "cues",
        "α_u",
        "Fleiss' kappa",
        "0.467",
    ] {
        assert!(table.contains(needle), "{needle} missing from:\n{table}");
    }
    let json = a.to_json();
    assert_eq!(json["annotators"], serde_json::json!(["ann", "bo", "cy"]));
    assert_eq!(json["pairs"][1]["other"], "cy");
    assert_eq!(json["pairs"][0]["spans"]["quotes"]["exact"]["matched"], 3);
    assert_eq!(
        json["all_annotators"]["kind_kappa"]["measure"],
        "Fleiss' kappa"
    );
    let fleiss = json["all_annotators"]["kind_kappa"]["value"].as_f64();
    close(fleiss, 7.0 / 15.0);
    close(json["average"]["attribution"].as_f64(), 2.0 / 3.0);
}

//! Property tests: random texts (ZWJ emoji, CJK, RTL, combining marks,
//! CRLF) and random edit sequences. After every edit, spans lie on grapheme
//! boundaries inside one paragraph; undoing everything gives the start
//! state back; redoing gives the end state; the export slices right and
//! imports to the same state.

use article_annotator::domain::annotations::{Annotations, QuoteKind, SpanRef};
use article_annotator::domain::document::Document;
use article_annotator::domain::edit::Edit;
use article_annotator::domain::formats::native::{export, import};
use article_annotator::domain::session::Session;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

pub(crate) fn text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Ann",
        "said",
        " ",
        " ",
        "\n\n",
        "\r\n\r\n",
        "“",
        "”",
        "👩‍👩‍👧",
        "🇺🇦",
        "日本語",
        "שלום",
        "e\u{301}",
        "’s",
        ".",
        "he",
    ]);
    prop::collection::vec(piece, 1..60).prop_map(|v| format!("Headline\n\n{}", v.concat()))
}

#[derive(Debug, Clone)]
pub(crate) enum Op {
    Quote(usize, usize),
    Mention(usize, usize),
    Attribute(usize, usize),
    Delete(usize),
    Resize(usize, usize, usize),
    Merge(usize, usize),
    DeleteSpeaker(usize),
    Kind(usize),
    Undo,
    Redo,
}

pub(crate) fn op() -> impl Strategy<Value = Op> {
    let n = 0usize..400;
    prop_oneof![
        3 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Quote(a, b)),
        3 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Mention(a, b)),
        2 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Attribute(a, b)),
        1 => n.clone().prop_map(Op::Delete),
        1 => (n.clone(), n.clone(), n.clone()).prop_map(|(a, b, c)| Op::Resize(a, b, c)),
        1 => (n.clone(), n.clone()).prop_map(|(a, b)| Op::Merge(a, b)),
        1 => n.clone().prop_map(Op::DeleteSpeaker),
        1 => n.clone().prop_map(Op::Kind),
        1 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

pub(crate) fn to_edit(s: &Session, op: &Op) -> Option<Edit> {
    let len = s.document.text.len();
    let at = |i: usize| i % (len + 1);
    let ann = &s.annotations;
    let pick = |v: usize, n: usize| (n > 0).then(|| v % n);
    Some(match *op {
        Op::Quote(a, b) => Edit::AddQuote {
            range: at(a).min(at(b))..at(a).max(at(b)),
            kind: QuoteKind::Direct,
        },
        Op::Mention(a, b) => Edit::AddMention {
            range: at(a).min(at(b))..at(a).max(at(b)),
            speaker: None,
        },
        Op::Attribute(q, sp) => Edit::Attribute {
            quote: ann.quotes[pick(q, ann.quotes.len())?].id,
            speaker: pick(sp, ann.speakers.len()).map(|i| ann.speakers[i].id),
        },
        Op::Delete(i) => {
            let n = ann.quotes.len() + ann.mentions.len();
            let i = pick(i, n)?;
            Edit::Delete(if i < ann.quotes.len() {
                SpanRef::Quote(ann.quotes[i].id)
            } else {
                SpanRef::Mention(ann.mentions[i - ann.quotes.len()].id)
            })
        }
        Op::Resize(q, a, b) => Edit::Resize {
            span: SpanRef::Quote(ann.quotes[pick(q, ann.quotes.len())?].id),
            range: at(a).min(at(b))..at(a).max(at(b)),
        },
        Op::Merge(a, b) => Edit::MergeSpeakers {
            from: ann.speakers[pick(a, ann.speakers.len())?].id,
            into: ann.speakers[pick(b, ann.speakers.len())?].id,
        },
        Op::DeleteSpeaker(a) => Edit::DeleteSpeaker(ann.speakers[pick(a, ann.speakers.len())?].id),
        Op::Kind(q) => Edit::SetKind {
            quote: ann.quotes[pick(q, ann.quotes.len())?].id,
            kind: QuoteKind::Mixed,
        },
        Op::Undo | Op::Redo => return None,
    })
}

fn assert_invariants(s: &Session) {
    let text = &s.document.text;
    let boundaries: std::collections::HashSet<usize> = text
        .grapheme_indices(true)
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let ann: &Annotations = &s.annotations;
    let ranges = ann
        .quotes
        .iter()
        .map(|q| q.range.clone())
        .chain(ann.mentions.iter().map(|m| m.range.clone()));
    for r in ranges {
        assert!(r.start < r.end, "empty span");
        assert!(
            boundaries.contains(&r.start) && boundaries.contains(&r.end),
            "span splits a grapheme: {r:?}"
        );
        assert!(
            s.blocks
                .iter()
                .any(|b| b.range.start <= r.start && r.end <= b.range.end),
            "span crosses blocks"
        );
        let t = &text[r];
        assert_eq!(t.trim(), t, "span has surrounding whitespace");
    }
    assert!(ann
        .quotes
        .windows(2)
        .all(|w| (w[0].range.start, w[0].range.end) <= (w[1].range.start, w[1].range.end)));
    for q in &ann.quotes {
        assert!(
            q.speaker.is_none_or(|id| ann.speaker(id).is_some()),
            "dangling speaker"
        );
    }
    for m in &ann.mentions {
        assert!(ann.speaker(m.speaker).is_some(), "dangling mention speaker");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_edit_sequences_keep_invariants_and_undo_to_the_start(text in text(), ops in prop::collection::vec(op(), 1..40)) {
        let mut s = Session::new(Document::from_text(&text), Default::default());
        let start = s.annotations.clone();
        for op in &ops {
            match op {
                Op::Undo => { s.undo(); }
                Op::Redo => { s.redo(); }
                op => if let Some(e) = to_edit(&s, op) {
                    let before = s.annotations.clone();
                    if s.apply(e).is_err() {
                        prop_assert_eq!(&s.annotations, &before, "a refused edit changed the state");
                    }
                },
            }
            assert_invariants(&s);
        }
        // Trailing undos leave edits to redo: the end state is with them.
        while s.redo() {}
        let end = s.annotations.clone();
        while s.undo() {}
        prop_assert_eq!(&s.annotations, &start);
        while s.redo() {}
        prop_assert_eq!(&s.annotations, &end);

        let json = export(&s.document, &s.annotations);
        let (doc, ann) = import(&json).expect("an export always imports").pair();
        prop_assert_eq!(&doc, &*s.document);
        prop_assert_eq!(&ann, &s.annotations);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let chars: Vec<char> = v["document"]["text"].as_str().unwrap().chars().collect();
        for q in v["quotes"].as_array().unwrap().iter().chain(v["mentions"].as_array().unwrap()) {
            let (a, b) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
            prop_assert_eq!(chars[a..b].iter().collect::<String>(), q["text"].as_str().unwrap());
        }
    }
}

proptest! {
    /// The name index finds the speaker a scan of `is_named_by` finds:
    /// names, aliases and surnames, in any case, Unicode included.
    #[test]
    fn the_name_index_finds_what_a_scan_finds(
        names in proptest::collection::vec(("[A-Za-zÉéß]{1,4}( [A-Za-zÉéß]{1,4})?", proptest::collection::vec("[A-Za-zÉé]{1,4}", 0..2)), 1..12),
        queries in proptest::collection::vec("[A-Za-zÉéß]{1,4}( [A-Za-zÉéß]{1,4})?", 1..12),
    ) {
        use article_annotator::domain::annotations::{NameIndex, Speaker, SpeakerId};
        let speakers: Vec<Speaker> = names
            .iter()
            .enumerate()
            .map(|(i, (name, aliases))| Speaker {
                id: SpeakerId(i as u32 + 1),
                name: name.clone(),
                aliases: aliases.clone(),
                color: 0,
            })
            .collect();
        let index = NameIndex::new(&speakers);
        for q in queries.iter().chain(names.iter().map(|(n, _)| n)) {
            let scanned = speakers.iter().position(|s| s.is_named_by(q));
            prop_assert_eq!(index.find(q), scanned, "query {:?}", q);
        }
    }
}

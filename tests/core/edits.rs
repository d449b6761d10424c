//! Edits through a session, checked against fixtures: what a user's
//! selection becomes, how mentions find their speaker, and undo/redo.

use article_annotator::domain::annotations::{QuoteKind, SpanRef, SpeakerId};
use article_annotator::domain::document::Document;
use article_annotator::domain::edit::{Edit, EditError};
use article_annotator::domain::session::Session;

use crate::fixtures::parse;

fn session(text: &str) -> Session {
    Session::new(Document::from_text(text), Default::default())
}

/// Applies each edit built from the fixture's spans, then renders the
/// state as lines `kind "text" -> speaker` for comparison.
fn check(
    fixture: &str,
    edits: impl Fn(&[std::ops::Range<usize>]) -> Vec<Edit>,
    expect: &[&str],
) -> Session {
    let (text, spans) = parse(fixture);
    let mut s = session(&text);
    for e in edits(&spans) {
        s.apply(e).expect("edit applies");
    }
    assert_eq!(describe(&s), expect);
    s
}

fn describe(s: &Session) -> Vec<String> {
    let text = &s.document.text;
    let ann = &s.annotations;
    let name = |id: Option<SpeakerId>| {
        id.and_then(|id| ann.speaker(id))
            .map_or("-".to_owned(), |s| s.name.clone())
    };
    let mut out: Vec<String> = ann
        .quotes
        .iter()
        .map(|q| {
            let cue = q
                .cue
                .clone()
                .map_or(String::new(), |c| format!(" cue \"{}\"", &text[c]));
            format!(
                "{} \"{}\" -> {}{}",
                q.kind.as_str(),
                &text[q.range.clone()],
                name(q.speaker),
                cue
            )
        })
        .collect();
    out.extend(ann.mentions.iter().map(|m| {
        format!(
            "mention \"{}\" -> {}",
            &text[m.range.clone()],
            name(Some(m.speaker))
        )
    }));
    out
}

fn quote(r: &std::ops::Range<usize>) -> Edit {
    Edit::AddQuote {
        range: r.clone(),
        kind: QuoteKind::Direct,
    }
}

fn mention(r: &std::ops::Range<usize>) -> Edit {
    Edit::AddMention {
        range: r.clone(),
        speaker: None,
    }
}

#[test]
fn selections_are_trimmed_and_keep_their_quotation_marks() {
    check(
        "T\n\nHe said⟦ “we will 👩‍👩‍👧 win.” ⟧Then left.",
        |s| vec![quote(&s[0])],
        &[r#"direct "“we will 👩‍👩‍👧 win.”" -> -"#],
    );
}

#[test]
fn a_selection_inside_an_emoji_grows_to_the_whole_cluster() {
    let (text, _) = parse("T\n\nsay 👩‍👩‍👧 now");
    let mut s = session(&text);
    let family = text.find('👩').unwrap();
    s.apply(Edit::AddQuote {
        range: family + 4..family + 8,
        kind: QuoteKind::Direct,
    })
    .unwrap();
    assert_eq!(describe(&s), vec![r#"direct "👩‍👩‍👧" -> -"#]);
}

#[test]
fn mentions_link_to_speakers_by_name_alias_surname_or_pronoun() {
    check(
        "T\n\n⟦Russian President Vladimir Putin⟧ spoke. ⟦Putin⟧ said ⟦“no.”⟧ Then ⟦he⟧ left. ⟦Tokayev⟧ too.",
        |s| {
            vec![
                mention(&s[0]),
                mention(&s[1]),
                quote(&s[2]),
                Edit::Attribute { quote: article_annotator::domain::annotations::QuoteId(4), speaker: Some(SpeakerId(1)) },
                mention(&s[3]),
                mention(&s[4]),
            ]
        },
        &[
            r#"direct "“no.”" -> Russian President Vladimir Putin"#,
            r#"mention "Russian President Vladimir Putin" -> Russian President Vladimir Putin"#,
            r#"mention "Putin" -> Russian President Vladimir Putin"#,
            r#"mention "he" -> Russian President Vladimir Putin"#,
            r#"mention "Tokayev" -> Tokayev"#,
        ],
    );
}

#[test]
fn a_pronoun_with_no_speaker_before_it_is_refused() {
    let (text, spans) = parse("T\n\n⟦She⟧ said so.");
    let mut s = session(&text);
    assert_eq!(
        s.apply(mention(&spans[0])),
        Err(EditError::PronounWithoutSpeaker("She".into()))
    );
    assert!(s.annotations.speakers.is_empty() && s.annotations.mentions.is_empty());
}

#[test]
fn a_quote_across_paragraphs_becomes_one_quote_per_paragraph() {
    check(
        "T\n\nHe said: ⟦“One.\n\n“Two.”⟧",
        |s| vec![quote(&s[0])],
        &[r#"direct "“One." -> -"#, r#"direct "“Two.”" -> -"#],
    );
}

#[test]
fn duplicates_empty_selections_and_cross_paragraph_mentions_are_refused() {
    let (text, spans) = parse("T\n\n⟦“a”⟧ ⟦  ⟧ ⟦Ann\n\nBo⟧");
    let mut s = session(&text);
    s.apply(quote(&spans[0])).unwrap();
    assert_eq!(
        s.apply(quote(&spans[0])),
        Err(EditError::Duplicate("quote"))
    );
    assert_eq!(s.apply(quote(&spans[1])), Err(EditError::EmptySelection));
    assert_eq!(
        s.apply(mention(&spans[2])),
        Err(EditError::CrossesParagraphs)
    );
    assert_eq!(s.annotations.quotes.len(), 1);
    assert_eq!(
        s.apply(Edit::AddQuote {
            range: 0..999,
            kind: QuoteKind::Direct
        }),
        Err(EditError::OutOfText)
    );
}

#[test]
fn merging_moves_quotes_mentions_and_names_then_undo_restores() {
    let (text, spans) = parse("T\n\n⟦Vladimir Putin⟧ said ⟦“a”⟧. ⟦The Kremlin leader⟧ said ⟦“b”⟧.");
    let mut s = session(&text);
    for (i, e) in [
        mention(&spans[0]),
        quote(&spans[1]),
        mention(&spans[2]),
        quote(&spans[3]),
    ]
    .into_iter()
    .enumerate()
    {
        s.apply(e).unwrap_or_else(|e| panic!("edit {i}: {e}"));
    }
    let putin = s.annotations.speakers[0].id;
    let leader = s.annotations.speakers[1].id;
    let (qa, qb) = (s.annotations.quotes[0].id, s.annotations.quotes[1].id);
    s.apply(Edit::Attribute {
        quote: qa,
        speaker: Some(putin),
    })
    .unwrap();
    s.apply(Edit::Attribute {
        quote: qb,
        speaker: Some(leader),
    })
    .unwrap();
    let before = s.annotations.clone();
    s.apply(Edit::MergeSpeakers {
        from: leader,
        into: putin,
    })
    .unwrap();
    assert_eq!(
        describe(&s),
        vec![
            r#"direct "“a”" -> Vladimir Putin"#,
            r#"direct "“b”" -> Vladimir Putin"#,
            r#"mention "Vladimir Putin" -> Vladimir Putin"#,
            r#"mention "The Kremlin leader" -> Vladimir Putin"#,
        ]
    );
    assert_eq!(s.annotations.speakers.len(), 1);
    assert_eq!(
        s.annotations.speakers[0].aliases,
        vec!["The Kremlin leader"]
    );
    assert!(s.undo());
    assert_eq!(s.annotations, before);
    assert!(s.redo());
    assert_eq!(s.annotations.speakers.len(), 1);
}

#[test]
fn deleting_a_speaker_unattributes_its_quotes_and_drops_its_mentions() {
    let (text, spans) = parse("T\n\n⟦Ann⟧ said ⟦“x”⟧ and ⟦Bo⟧ nodded.");
    let mut s = session(&text);
    for e in [mention(&spans[0]), quote(&spans[1]), mention(&spans[2])] {
        s.apply(e).unwrap();
    }
    let ann_id = s.annotations.speakers[0].id;
    let q = s.annotations.quotes[0].id;
    s.apply(Edit::Attribute {
        quote: q,
        speaker: Some(ann_id),
    })
    .unwrap();
    s.apply(Edit::DeleteSpeaker(ann_id)).unwrap();
    assert_eq!(
        describe(&s),
        vec![r#"direct "“x”" -> -"#, r#"mention "Bo" -> Bo"#]
    );
}

#[test]
fn resize_kind_cue_and_delete_are_edits_like_any_other() {
    let (text, spans) = parse("T\n\n⟦“We ⟦will⟧ not,”⟧ Putin ⟦said⟧.");
    let mut s = session(&text);
    let focus = s.apply(quote(&spans[1])).unwrap().focus;
    let Some(SpanRef::Quote(q)) = focus else {
        panic!("a new quote is focused")
    };
    s.apply(Edit::Resize {
        span: SpanRef::Quote(q),
        range: spans[0].clone(),
    })
    .unwrap();
    s.apply(Edit::SetKind {
        quote: q,
        kind: QuoteKind::Mixed,
    })
    .unwrap();
    s.apply(Edit::SetCue {
        quote: q,
        cue: Some(spans[2].clone()),
    })
    .unwrap();
    assert_eq!(
        describe(&s),
        vec![r#"mixed "“We will not,”" -> - cue "said""#]
    );
    s.apply(Edit::Delete(SpanRef::Quote(q))).unwrap();
    assert!(describe(&s).is_empty());
    for _ in 0..4 {
        assert!(s.undo());
    }
    assert_eq!(describe(&s), vec![r#"direct "will" -> -"#]);
    assert!(s.undo());
    assert!(!s.undo(), "nothing left to undo");
    while s.redo() {}
    assert!(describe(&s).is_empty());
}

#[test]
fn speaker_names_must_be_unique_and_non_empty() {
    let mut s = session("T\n\nBody.");
    s.apply(Edit::AddSpeaker {
        name: "Ann Lee".into(),
    })
    .unwrap();
    assert_eq!(
        s.apply(Edit::AddSpeaker {
            name: " ann lee ".into()
        }),
        Err(EditError::NameTaken("ann lee".into()))
    );
    assert_eq!(
        s.apply(Edit::AddSpeaker { name: "  ".into() }),
        Err(EditError::EmptyName)
    );
    let id = s.annotations.speakers[0].id;
    s.apply(Edit::SetAliases {
        speaker: id,
        aliases: vec!["Lee".into(), " lee ".into(), "".into(), "Ann Lee".into()],
    })
    .unwrap();
    assert_eq!(s.annotations.speakers[0].aliases, vec!["Lee"]);
}

#[test]
fn a_surname_links_but_another_full_name_with_it_does_not() {
    let mut s = session("T\n\nBody.");
    s.apply(Edit::AddSpeaker {
        name: "Ann Lee".into(),
    })
    .unwrap();
    let ann = &s.annotations.speakers[0];
    assert!(ann.is_named_by("Lee") && ann.is_named_by(" ann lee "));
    assert!(!ann.is_named_by("Bruce Lee"));
}

#[test]
fn a_speaker_search_finds_part_of_a_name_or_alias_by_the_name_key() {
    use article_annotator::domain::annotations::{name_key, Speaker, SpeakerId};
    let s = Speaker {
        id: SpeakerId(1),
        name: "Élodie Straße".into(),
        aliases: vec!["the mayor".into()],
        color: 0,
    };
    for query in ["", "élodie", "STRASSE", "  MAYOR "] {
        assert!(s.found_by(&name_key(query)), "{query:?}");
    }
    assert!(!s.found_by(&name_key("Ann")));
}

#[test]
fn speaker_names_are_one_key_everywhere_accents_and_sharp_s_included() {
    use article_annotator::domain::annotations::name_key;
    assert_eq!(name_key(" Élodie  Marchand "), name_key("élodie marchand"));
    assert_eq!(name_key("Straße"), name_key("STRASSE"));
    assert_ne!(name_key("Ann Lee"), name_key("Anne Lee"));
    // The editor refuses a second speaker the registry would call the same
    // (it compared ASCII case only, so "élodie" and "Élodie" were two).
    let mut s = article_annotator::domain::session::Session::new(
        article_annotator::domain::document::Document::from_text("T\n\nÉlodie said no."),
        Default::default(),
    );
    s.apply(Edit::AddSpeaker {
        name: "Élodie".into(),
    })
    .unwrap();
    let again = s.apply(Edit::AddSpeaker {
        name: "élodie".into(),
    });
    assert!(again.is_err(), "{again:?}");
    assert!(s.annotations.speakers[0].is_named_by("ÉLODIE"));
}

/// A suggestion accepted as a draft: a direct quote over `needle` with
/// the speaker the engine named, with these aliases.
fn drafted(
    doc: &Document,
    needle: &str,
    name: &str,
    aliases: &[&str],
) -> article_annotator::domain::edit::QuoteDraft {
    let at = doc.text.find(needle).unwrap();
    article_annotator::domain::edit::QuoteDraft {
        range: at..at + needle.len(),
        kind: QuoteKind::Direct,
        speaker: Some(article_annotator::domain::edit::SpeakerGuess {
            name: name.to_owned(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        }),
        cue: None,
    }
}

/// A fresh session after accepting these drafts.
fn speakers_after(
    doc: &Document,
    quotes: Vec<article_annotator::domain::edit::QuoteDraft>,
) -> Session {
    let mut s = Session::new(doc.clone(), Default::default());
    s.apply(Edit::AddDrafts {
        quotes,
        mentions: vec![],
    })
    .unwrap();
    s
}

fn speaker_names(s: &Session) -> Vec<&str> {
    s.annotations
        .speakers
        .iter()
        .map(|s| s.name.as_str())
        .collect()
}

#[test]
fn accepted_suggestions_join_a_speaker_by_name_never_by_a_shared_surname_alone() {
    let doc = Document::from_text(
        "T\n\n“A,” said Carla Benitez. “B,” said Luis Benitez. “C,” said Benitez.",
    );
    let s = speakers_after(
        &doc,
        vec![
            drafted(&doc, "“A,”", "Carla Benitez", &["Benitez"]),
            drafted(&doc, "“B,”", "Luis Benitez", &["Benitez"]),
            drafted(&doc, "“C,”", "Benitez", &[]),
        ],
    );
    assert_eq!(speaker_names(&s), ["Carla Benitez", "Luis Benitez"]);
    // A surname alone names the first speaker with that surname.
    let c = &s.annotations.quotes[2];
    assert_eq!(c.speaker, Some(s.annotations.speakers[0].id));
}

#[test]
fn a_shared_role_alias_never_merges_two_people() {
    let doc =
        Document::from_text("T\n\n“A,” said Anna Kowalski, a local resident. “B,” said Tom Berg.");
    let s = speakers_after(
        &doc,
        vec![
            drafted(
                &doc,
                "“A,”",
                "Anna Kowalski",
                &["Kowalski", "local resident"],
            ),
            drafted(&doc, "“B,”", "Tom Berg", &["Berg", "local resident"]),
        ],
    );
    assert_eq!(speaker_names(&s), ["Anna Kowalski", "Tom Berg"]);
}

//! Several annotators, natively: curation items and their statuses
//! (`domain::curation`), taking versions into gold as undoable edits, the
//! workspace's layer rules (`Workspace::open_records`), the native format's
//! annotator and layers (version 2, version 1 still read), layers kept in
//! storage, and agreement over a workspace. Texts carry emoji, CJK, RTL and
//! combining marks, so that no byte/code-point slip goes unseen.

use article_annotator::domain::agreement::Layer;
use article_annotator::domain::annotations::{Annotations, QuoteKind};
use article_annotator::domain::corpus::Record;
use article_annotator::domain::curation::{curate, Difference, ItemLabel, Status};
use article_annotator::domain::document::{sha256_hex, Document};
use article_annotator::domain::edit::Edit;
use article_annotator::domain::formats::native::{self, ImportError};
use article_annotator::domain::formats::stored::StoredEntry;
use article_annotator::domain::layers::GOLD;
use article_annotator::domain::session::Session;
use article_annotator::domain::workspace::{Editing, Entry, LayerChoice, Workspace};

const TEXT: &str = "Vote 👩‍👩‍👧 日本\n\n“Fine,” said Zoë Roux, the mayor. “Later,” Ben Ito said. שלום “Naïve ké” he said.";

fn document() -> Document {
    Document::from_text(TEXT)
}

/// One annotator's layer: quotes by their text, each (kind, speaker name,
/// aliases of the speaker, cue text).
struct Q<'a> {
    text: &'a str,
    kind: QuoteKind,
    speaker: Option<(&'a str, &'a [&'a str])>,
    cue: Option<&'a str>,
}

fn q<'a>(text: &'a str, speaker: Option<(&'a str, &'a [&'a str])>) -> Q<'a> {
    Q {
        text,
        kind: QuoteKind::Direct,
        speaker,
        cue: None,
    }
}

fn range_of(text: &str, needle: &str) -> std::ops::Range<usize> {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"));
    at..at + needle.len()
}

fn layer(quotes: &[Q], mentions: &[(&str, &str)]) -> Annotations {
    let doc = document();
    let mut s = Session::new(doc.clone(), Annotations::default());
    for quote in quotes {
        let range = range_of(&doc.text, quote.text);
        let applied = s
            .apply(Edit::AddQuote {
                range,
                kind: quote.kind,
            })
            .unwrap();
        let Some(article_annotator::domain::annotations::SpanRef::Quote(id)) = applied.focus else {
            panic!("a quote")
        };
        if let Some((name, aliases)) = quote.speaker {
            let speaker = match s.annotations.speakers.iter().find(|sp| sp.name == name) {
                Some(sp) => sp.id,
                None => {
                    s.apply(Edit::AddSpeaker {
                        name: name.to_owned(),
                    })
                    .unwrap();
                    let id = s.annotations.speakers.last().unwrap().id;
                    if !aliases.is_empty() {
                        s.apply(Edit::SetAliases {
                            speaker: id,
                            aliases: aliases.iter().map(|a| a.to_string()).collect(),
                        })
                        .unwrap();
                    }
                    id
                }
            };
            s.apply(Edit::Attribute {
                quote: id,
                speaker: Some(speaker),
            })
            .unwrap();
        }
        if let Some(cue) = quote.cue {
            s.apply(Edit::SetCue {
                quote: id,
                cue: Some(range_of(&doc.text, cue)),
            })
            .unwrap();
        }
    }
    for (mention, name) in mentions {
        let speaker = s
            .annotations
            .speakers
            .iter()
            .find(|sp| sp.name == *name)
            .map(|sp| sp.id);
        s.apply(Edit::AddMention {
            range: range_of(&doc.text, mention),
            speaker,
        })
        .unwrap();
    }
    s.annotations
}

fn ana() -> Annotations {
    layer(
        &[
            q("“Fine,”", Some(("Zoë Roux", &["the mayor"]))),
            Q {
                cue: Some("Ben Ito said"),
                ..q("“Later,”", Some(("Ben Ito", &[])))
            },
            q("“Naïve ké”", None),
        ],
        &[("Zoë Roux", "Zoë Roux")],
    )
}

fn ben() -> Annotations {
    layer(
        &[
            // Same quote, same person through an alias of ana's registry.
            q("“Fine,”", Some(("The Mayor", &[]))),
            // Other bounds and no cue.
            q("“Later,” Ben", Some(("Ben Ito", &[]))),
            // Another speaker for the last quote, and another kind.
            Q {
                kind: QuoteKind::Indirect,
                ..q("Naïve ké", Some(("Ben Ito", &[])))
            },
        ],
        &[],
    )
}

fn layers<'a>(a: &'a Annotations, b: &'a Annotations) -> [Layer<'a>; 2] {
    [
        Layer {
            annotator: "ana",
            annotations: a,
        },
        Layer {
            annotator: "ben",
            annotations: b,
        },
    ]
}

#[test]
fn items_are_agreed_disagreed_or_marked_by_one_with_what_differs() {
    let (a, b) = (ana(), ben());
    let curation = curate(&layers(&a, &b));
    let text = TEXT;
    let got: Vec<(ItemLabel, &str, Status)> = curation
        .items
        .iter()
        .map(|i| (i.label, &text[i.range.clone()], i.status.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (ItemLabel::Quote, "“Fine,”", Status::Agreed),
            (ItemLabel::Mention, "Zoë Roux", Status::OnlyOne(0)),
            (
                ItemLabel::Quote,
                "“Later,” Ben",
                Status::Disagreed(vec![Difference::Bounds, Difference::Cue])
            ),
            (
                ItemLabel::Quote,
                "“Naïve ké”",
                Status::Disagreed(vec![
                    Difference::Speaker,
                    Difference::Kind,
                    Difference::Bounds
                ])
                .sorted()
            ),
        ]
    );
    assert_eq!(curation.annotators, vec!["ana", "ben"]);
}

trait Sorted {
    fn sorted(self) -> Self;
}

impl Sorted for Status {
    fn sorted(self) -> Status {
        match self {
            Status::Disagreed(mut d) => {
                d.sort();
                Status::Disagreed(d)
            }
            s => s,
        }
    }
}

#[test]
fn a_third_annotator_who_marked_nothing_makes_every_item_a_disagreement() {
    let (a, b, c) = (ana(), ana(), Annotations::default());
    let all = [
        Layer {
            annotator: "ana",
            annotations: &a,
        },
        Layer {
            annotator: "ana again",
            annotations: &b,
        },
        Layer {
            annotator: "cy",
            annotations: &c,
        },
    ];
    let curation = curate(&all);
    assert_eq!(curation.items.len(), 4);
    assert!(curation
        .items
        .iter()
        .all(|i| i.status == Status::Disagreed(vec![Difference::Missing])));
    // The two identical layers alone agree on everything.
    let two = curate(&all[..2]);
    assert!(two.items.iter().all(|i| i.status == Status::Agreed));
}

#[test]
fn gold_takes_versions_and_none_as_undoable_edits_and_progress_follows() {
    let (a, b) = (ana(), ben());
    let curation = curate(&layers(&a, &b));
    let mut gold = Session::new(document(), Annotations::default());
    assert_eq!(curation.progress(&gold.annotations), (0, 3));

    // Accept all agreed: one edit, the agreed quote with its speaker.
    let edit = curation.accept_agreed(&gold.annotations).unwrap();
    gold.apply(edit).unwrap();
    assert_eq!(gold.annotations.quotes.len(), 1);
    let q = &gold.annotations.quotes[0];
    assert_eq!(&TEXT[q.range.clone()], "“Fine,”");
    let speaker = gold.annotations.speaker(q.speaker.unwrap()).unwrap();
    assert_eq!(speaker.name, "Zoë Roux");
    assert_eq!(speaker.aliases, vec!["the mayor"]);
    assert!(curation.accept_agreed(&gold.annotations).is_none());

    // The walk goes through open disagreements only, and wraps.
    let first = curation
        .next_disagreement(&gold.annotations, None, false)
        .unwrap();
    assert_eq!(curation.items[first].status, Status::OnlyOne(0));
    let last = curation
        .next_disagreement(&gold.annotations, None, true)
        .unwrap();
    assert_eq!(&TEXT[curation.items[last].range.clone()], "“Naïve ké”");

    // Take ben's bounds for "Later", then ana's instead: one quote stays.
    let later = 2;
    gold.apply(curation.items[later].take(1, &gold.annotations).unwrap())
        .unwrap();
    assert_eq!(curation.progress(&gold.annotations), (1, 3));
    gold.apply(curation.items[later].take(0, &gold.annotations).unwrap())
        .unwrap();
    let laters: Vec<_> = gold
        .annotations
        .quotes
        .iter()
        .filter(|q| TEXT[q.range.clone()].contains("Later"))
        .collect();
    assert_eq!(laters.len(), 1);
    assert_eq!(&TEXT[laters[0].range.clone()], "“Later,”");
    assert_eq!(
        &TEXT[laters[0].cue.clone().unwrap()],
        "Ben Ito said",
        "the cue comes with ana's version"
    );

    // Take none for the mention: resolved, nothing in gold there.
    let mention = 1;
    assert!(curation.items[mention].take(1, &gold.annotations).is_none());
    gold.apply(curation.items[mention].take_none(&gold.annotations))
        .unwrap();
    assert!(gold.annotations.mentions.is_empty());
    assert_eq!(curation.progress(&gold.annotations), (2, 3));
    assert_eq!(
        curation.next_disagreement(&gold.annotations, Some(mention), false),
        Some(3)
    );

    // Undo takes the decision back.
    assert!(gold.undo());
    assert_eq!(curation.progress(&gold.annotations), (1, 3));
    assert!(gold.redo());
    gold.apply(curation.items[3].take(0, &gold.annotations).unwrap())
        .unwrap();
    assert_eq!(curation.progress(&gold.annotations), (3, 3));
    assert_eq!(
        curation.next_disagreement(&gold.annotations, None, false),
        None
    );
}

fn record(annotations: Annotations, annotator: Option<&str>) -> Record {
    Record {
        document: document(),
        annotations,
        annotator: annotator.map(str::to_owned),
    }
}

#[test]
fn another_annotators_work_joins_the_document_as_their_layer() {
    let mut w = Workspace::new(Entry::new(document(), ana()));
    let opened = w.open_records(vec![record(ben(), Some("ben"))], Some("ana"));
    assert_eq!((opened.layers, opened.copies), (1, 0));
    assert_eq!(w.len(), 1);
    let e = w.current();
    assert_eq!(*e.own(), ana(), "the user's own work is untouched");
    assert_eq!(e.layers[0].annotator, "ben");

    // The same again changes nothing; a newer export of ben's replaces his.
    let opened = w.open_records(vec![record(ben(), Some("Ben"))], Some("ana"));
    assert_eq!(opened.layers, 0);
    let opened = w.open_records(
        vec![record(Annotations::default(), Some("ben"))],
        Some("ana"),
    );
    assert_eq!(opened.layers, 1);
    assert_eq!(w.current().layers.len(), 1);
    assert!(w.current().layers[0].annotations.quotes.is_empty());

    // The user's own name is their own layer: another annotation of it
    // comes in as a copy, as before.
    let opened = w.open_records(vec![record(ben(), Some("ANA"))], Some("ana"));
    assert_eq!((opened.layers, opened.copies), (0, 1));
    assert_eq!(w.len(), 2);

    // A text not here comes in with an empty own layer and the layer.
    let other = Document::from_text("Other\n\n“Hi,” she said.");
    let opened = w.open_records(
        vec![Record {
            document: other.clone(),
            annotations: Annotations::default(),
            annotator: Some("cy".to_owned()),
        }],
        Some("ana"),
    );
    assert_eq!(opened.layers, 1);
    assert_eq!(w.current().session.document.text, other.text);
    assert_eq!(w.current().layers[0].annotator, "cy");
}

#[test]
fn gold_comes_in_once_and_differing_gold_is_never_overwritten() {
    let mut w = Workspace::new(Entry::new(document(), Annotations::default()));
    let opened = w.open_records(vec![record(ana(), Some(GOLD))], None);
    assert_eq!(opened.gold, 1);
    assert_eq!(w.current().gold(), Some(&ana()));
    let opened = w.open_records(vec![record(ben(), Some("Gold"))], None);
    assert_eq!((opened.gold, opened.copies), (0, 1));
    assert_eq!(w.get(0).unwrap().gold(), Some(&ana()));
    assert_eq!(w.get(1).unwrap().gold(), Some(&ben()));
}

#[test]
fn own_and_gold_keep_their_own_histories_when_switching() {
    let mut e = Entry::new(document(), ana());
    e.edit(Editing::Gold);
    assert!(e.session.annotations.quotes.is_empty(), "gold starts empty");
    assert_eq!(*e.own(), ana());
    let range = range_of(TEXT, "“Fine,”");
    e.session
        .apply(Edit::AddQuote {
            range,
            kind: QuoteKind::Direct,
        })
        .unwrap();
    e.edit(Editing::Own);
    assert_eq!(e.session.annotations, ana());
    assert_eq!(e.gold().unwrap().quotes.len(), 1);
    e.edit(Editing::Gold);
    assert!(e.session.undo(), "gold's history came back with it");
    assert!(e.session.annotations.quotes.is_empty());
}

#[test]
fn a_version_2_file_carries_the_annotator_and_every_layer_and_reads_back() {
    let mut e = Entry::new(document(), ana());
    e.set_layer(article_annotator::domain::layers::AnnotatorLayer {
        annotator: "ben".to_owned(),
        annotations: ben(),
    });
    e.set_gold(ben());
    let json = native::export_entry(&e, Some("ana"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["version"], 2);
    assert_eq!(v["annotator"], "ana");
    let names: Vec<&str> = v["layers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["annotator"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec![GOLD, "ben"]);
    // Offsets are code points: Python's slicing finds the quotes.
    let text: Vec<char> = v["document"]["text"].as_str().unwrap().chars().collect();
    let quote = &v["layers"][1]["quotes"][2];
    let (s, t) = (
        quote["start"].as_u64().unwrap() as usize,
        quote["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text[s..t].iter().collect::<String>(), "Naïve ké");

    let records = native::import(&json).unwrap().into_records();
    let mut w = Workspace::new(Entry::new(
        Document::from_text("Else\n\nx"),
        Default::default(),
    ));
    w.open_records(records, Some("ana"));
    let back = w.current();
    assert_eq!(*back.own(), ana());
    assert_eq!(back.gold(), Some(&ben()));
    assert_eq!(back.layers.len(), 1);
    assert_eq!(back.layers[0].annotations, ben());

    // Every layer as records, and gold only.
    assert_eq!(back.records_for(LayerChoice::All, Some("ana")).len(), 3);
    let gold = back.records_for(LayerChoice::Gold, Some("ana"));
    assert_eq!(gold[0].annotator.as_deref(), Some(GOLD));
}

#[test]
fn layer_problems_are_named_and_version_1_still_reads() {
    let mut e = Entry::new(document(), ana());
    e.set_layer(article_annotator::domain::layers::AnnotatorLayer {
        annotator: "ben".to_owned(),
        annotations: ben(),
    });
    let json = native::export_entry(&e, Some("ana"));
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["layers"][0]["quotes"][0]["end"] = serde_json::json!(9999);
    let err = native::import(&v.to_string()).unwrap_err();
    assert!(
        err.to_string().starts_with("In the layer of ben: Quote"),
        "{err}"
    );
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["layers"][0]["annotator"] = serde_json::json!("ANA");
    assert_eq!(
        native::import(&v.to_string()).unwrap_err(),
        ImportError::DuplicateLayer("ANA".to_owned())
    );
    // Version 1: no annotator, no layers, and those fields refused.
    let d = document();
    let v1 = serde_json::json!({
        "format": "article-annotator", "version": 1,
        "document": {"id": d.id, "title": d.title, "text": d.text, "sha256": sha256_hex(&d.text)},
        "speakers": [], "mentions": [], "quotes": []
    });
    let imported = native::import(&v1.to_string()).unwrap();
    assert_eq!(imported.annotator, None);
    let mut with_layers = v1.clone();
    with_layers["annotator"] = serde_json::json!("ana");
    assert!(native::import(&with_layers.to_string())
        .unwrap_err()
        .to_string()
        .contains("unknown field"));
}

#[test]
fn storage_keeps_every_layer_and_which_is_shown() {
    let mut e = Entry::new(document(), ana());
    e.set_layer(article_annotator::domain::layers::AnnotatorLayer {
        annotator: "ben".to_owned(),
        annotations: ben(),
    });
    e.set_gold(ben());
    e.edit(Editing::Gold);
    let json = StoredEntry::of(&e).to_json();
    let stored: StoredEntry = serde_json::from_str(&json).unwrap();
    let (back, problems) = stored.into_entry(document());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back.editing, Editing::Gold);
    assert_eq!(back.session.annotations, ben());
    assert_eq!(*back.own(), ana());
    assert_eq!(*back.layers, *e.layers);
}

#[test]
fn workspace_agreement_pools_the_documents_every_annotator_marked() {
    let mut w = Workspace::new(Entry::new(document(), ana()));
    let other = Document::from_text("Other\n\n“Hi,” she said.");
    w.add(vec![Entry::new(other.clone(), Annotations::default())]);
    w.open_records(vec![record(ben(), Some("ben"))], Some("ana"));
    // Only ben marked the other document: no pair there.
    w.open_records(
        vec![Record {
            document: other,
            annotations: Annotations::default(),
            annotator: Some("ben".to_owned()),
        }],
        Some("ana"),
    );
    let report = w.agreement(Some("ana"));
    assert_eq!(report.documents.len(), 1);
    let overall = report.overall.unwrap();
    assert_eq!(overall.annotators, vec!["ana", "ben"]);
    assert_eq!(overall.documents, 1);
    let quotes = overall.pairs[0]
        .spans
        .get(article_annotator::domain::agreement::Label::Quotes);
    // ana 3 quotes, ben 3; exact matches: “Fine,” only.
    let exact = quotes.get(article_annotator::domain::agreement::Strictness::Exact);
    assert_eq!((exact.matched, exact.reference, exact.other), (1, 3, 3));
    // Same speaker, of the three matched at ≥ 0.3: Fine (alias) and Later.
    let a = &overall.pairs[0].attribution;
    assert_eq!((a.same, a.judged), (2, 3));
}

#[test]
fn each_pair_pools_over_the_documents_it_shares_whatever_the_case_of_names() {
    let other = Document::from_text("Other\n\n“Hi,” said Zoë Roux. “Bye,” said Ben Ito.");
    let mut w = Workspace::new(Entry::new(document(), Annotations::default()));
    w.add(vec![Entry::new(other.clone(), Annotations::default())]);
    let on_other = |name: &str, quote: &str| Record {
        document: other.clone(),
        annotations: {
            let mut s = Session::new(other.clone(), Annotations::default());
            s.apply(Edit::AddQuote {
                range: range_of(&other.text, quote),
                kind: QuoteKind::Direct,
            })
            .unwrap();
            s.annotations
        },
        annotator: Some(name.to_owned()),
    };
    // Ana and Ben on the harbour text; "BEN" and Cy on the other.
    w.open_records(
        vec![
            record(ana(), Some("Ana")),
            record(ben(), Some("Ben")),
            on_other("BEN", "“Hi,”"),
            on_other("Cy", "“Hi,”"),
        ],
        None,
    );
    let report = w.agreement(None);
    assert_eq!(report.documents.len(), 2);
    assert!(
        report.overall.is_none(),
        "no document has all three annotators"
    );
    let pairs: Vec<(String, usize)> = report
        .pairs
        .iter()
        .map(|a| (a.pair_name(&a.pairs[0]), a.documents))
        .collect();
    assert_eq!(
        pairs,
        vec![("Ana / Ben".to_owned(), 1), ("Ben / Cy".to_owned(), 1)]
    );
    let exact = report.pairs[1].pairs[0]
        .spans
        .get(article_annotator::domain::agreement::Label::Quotes)
        .get(article_annotator::domain::agreement::Strictness::Exact);
    assert_eq!((exact.matched, exact.reference, exact.other), (1, 1, 1));
}

#[test]
fn taking_a_version_after_taking_none_takes_the_decision_back() {
    let (a, b) = (ana(), ben());
    let curation = curate(&layers(&a, &b));
    let mut gold = Session::new(document(), Annotations::default());
    let mention = &curation.items[1];
    gold.apply(mention.take_none(&gold.annotations)).unwrap();
    gold.apply(mention.take(0, &gold.annotations).unwrap())
        .unwrap();
    assert!(gold.annotations.rejected.is_empty());
    let id = gold.annotations.mentions[0].id;
    gold.apply(Edit::Delete(
        article_annotator::domain::annotations::SpanRef::Mention(id),
    ))
    .unwrap();
    assert!(
        !mention.is_resolved(&gold.annotations),
        "deleting what was taken reopens the item"
    );
}

#[test]
fn the_unnamed_users_own_layer_comes_back_as_their_own() {
    let mut e = Entry::new(document(), ana());
    e.set_layer(article_annotator::domain::layers::AnnotatorLayer {
        annotator: "Ben".to_owned(),
        annotations: ben(),
    });
    e.edit(Editing::Gold);
    // Gold shown: the unnamed user's layer is written as "you".
    let json = native::export_entry(&e, None);
    let records = native::import(&json).unwrap().into_records();
    assert!(records
        .iter()
        .any(|r| r.annotator.as_deref() == Some("you")));
    let mut w = Workspace::new(Entry::new(
        Document::from_text("Else\n\nx"),
        Default::default(),
    ));
    w.open_records(records, None);
    let back = w.current();
    assert_eq!(*back.own(), ana());
    assert_eq!(back.layers.len(), 1, "only Ben's is another's layer");
}

//! The native JSON file: offsets in code points and UTF-16 on unicode text,
//! export → import to the same state, and a clear refusal of every kind of
//! bad file.

use article_annotator::domain::annotations::QuoteKind;
use article_annotator::domain::document::Document;
use article_annotator::domain::edit::Edit;
use article_annotator::domain::formats::native::{export, import, ImportError, SCHEMA};
use article_annotator::domain::session::Session;
use serde_json::{json, Value};

use crate::fixtures::parse;

const UNICODE: &str =
    "Ünïcödé 日本\r\n\r\n👩‍👩‍👧 ⟦Zoë⟧ said: ⟦“e\u{301}mojis 🇺🇦 שלום ok”⟧ — ⟦said⟧ she.";

fn annotated() -> Session {
    let (text, spans) = parse(UNICODE);
    // The fixture's CRLF is normalised away on load; offsets shift by the
    // removed CRs, which are all before the spans.
    let removed = text.matches('\r').count();
    let shift = |r: &std::ops::Range<usize>| r.start - removed..r.end - removed;
    let mut s = Session::new(Document::from_text(&text), Default::default());
    s.apply(Edit::AddMention {
        range: shift(&spans[0]),
        speaker: None,
    })
    .unwrap();
    s.apply(Edit::AddQuote {
        range: shift(&spans[1]),
        kind: QuoteKind::Direct,
    })
    .unwrap();
    let q = s.annotations.quotes[0].id;
    let who = s.annotations.speakers[0].id;
    s.apply(Edit::Attribute {
        quote: q,
        speaker: Some(who),
    })
    .unwrap();
    s.apply(Edit::SetCue {
        quote: q,
        cue: Some(shift(&spans[2])),
    })
    .unwrap();
    s
}

fn cp_slice(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

fn utf16_slice(text: &str, start: u64, end: u64) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start as usize..end as usize]).unwrap()
}

#[test]
fn every_span_slices_to_its_text_in_code_points_and_utf16() {
    let s = annotated();
    let v: Value = serde_json::from_str(&export(&s.document, &s.annotations)).unwrap();
    let text = v["document"]["text"].as_str().unwrap();
    assert!(!text.contains('\r'));
    let mut spans: Vec<&Value> = v["quotes"].as_array().unwrap().iter().collect();
    spans.extend(v["mentions"].as_array().unwrap());
    spans.extend(v["quotes"].as_array().unwrap().iter().map(|q| &q["cue"]));
    assert_eq!(spans.len(), 3);
    for span in spans {
        let (s, e) = (
            span["start"].as_u64().unwrap(),
            span["end"].as_u64().unwrap(),
        );
        assert_eq!(cp_slice(text, s, e), span["text"].as_str().unwrap());
        let (us, ue) = (
            span["utf16"]["start"].as_u64().unwrap(),
            span["utf16"]["end"].as_u64().unwrap(),
        );
        assert_eq!(utf16_slice(text, us, ue), span["text"].as_str().unwrap());
    }
    assert_eq!(v["quotes"][0]["text"], "“e\u{301}mojis 🇺🇦 שלום ok”");
    assert_eq!(v["quotes"][0]["speaker"], v["speakers"][0]["id"]);
    assert_eq!(v["quotes"][0]["cue"]["text"], "said");
}

#[test]
fn export_then_import_gives_the_same_state() {
    let s = annotated();
    let (document, annotations) = import(&export(&s.document, &s.annotations)).unwrap().pair();
    assert_eq!(document, *s.document);
    assert_eq!(annotations, s.annotations);
}

#[test]
fn the_schema_names_every_exported_field() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let s = annotated();
    let v: Value = serde_json::from_str(&export(&s.document, &s.annotations)).unwrap();
    let props = |path: &[&str]| -> Vec<String> {
        let mut node = &schema;
        for p in path {
            node = &node[*p];
        }
        node["properties"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    for key in v.as_object().unwrap().keys() {
        assert!(props(&[]).contains(key), "{key}");
    }
    for key in v["quotes"][0].as_object().unwrap().keys() {
        assert!(
            props(&["properties", "quotes", "items"]).contains(key),
            "quote.{key}"
        );
    }
    for key in v["mentions"][0].as_object().unwrap().keys() {
        assert!(
            props(&["properties", "mentions", "items"]).contains(key),
            "mention.{key}"
        );
    }
}

/// The export, changed by `f`, then imported: the error's message.
fn refusal(f: impl FnOnce(&mut Value)) -> String {
    let s = annotated();
    let mut v: Value = serde_json::from_str(&export(&s.document, &s.annotations)).unwrap();
    f(&mut v);
    import(&v.to_string()).unwrap_err().to_string()
}

#[test]
fn bad_files_are_refused_naming_the_first_problem() {
    assert!(import("not json")
        .unwrap_err()
        .to_string()
        .starts_with("This is not JSON"));
    assert_eq!(
        import("[1]").unwrap_err(),
        ImportError::WrongFormat("missing".into())
    );
    // Read as the generic parse read them: an array has no format, even
    // one whose elements look like a header; a null is a value.
    assert_eq!(
        import(r#"["article-annotator", 3]"#).unwrap_err(),
        ImportError::WrongFormat("missing".into())
    );
    assert_eq!(
        import(r#"{"format": null}"#).unwrap_err(),
        ImportError::WrongFormat("null".into())
    );
    assert_eq!(
        import(r#"{"format": "article-annotator", "version": null}"#).unwrap_err(),
        ImportError::BadVersion("null".into())
    );
    assert_eq!(
        import(r#"{"format": "x", "format": "article-annotator", "version": 9}"#).unwrap_err(),
        ImportError::NewerVersion(9),
        "a key given twice: the last one counts, as in the generic parse"
    );
    assert!(matches!(
        import(r#"{"format": "article-annotator""#),
        Err(ImportError::NotJson(_))
    ));
    assert!(
        refusal(|v| v["format"] = json!("label-studio")).contains("not an article-annotator file")
    );
    assert!(refusal(|v| v["version"] = json!(3)).contains("version 3, newer than this app reads"));
    assert!(refusal(|v| v["version"] = json!("one")).contains("not a version"));
    assert!(refusal(|v| v["quotes"][0]["end"] = json!(9999)).contains("Quote q3: offsets"));
    let msg = refusal(|v| v["quotes"][0]["text"] = json!("something else"));
    assert!(msg.contains("\"text\" is \"something else\""), "{msg}");
    assert!(refusal(|v| v["document"]["text"] = json!("changed")).contains("sha256"));
    assert!(refusal(|v| v["quotes"][0]["speaker"] = json!("s99")).contains("speaker s99"));
    assert!(refusal(|v| v["quotes"][0]["kind"] = json!("rumour")).contains("rumour"));
    assert!(refusal(|v| v["mentions"][0]["id"] = json!("q3")).contains("used twice"));
    assert!(refusal(|v| v["quotes"][0]["utf16"]["start"] = json!(0)).contains("utf16"));
    assert!(refusal(|v| v["quotes"][0]["surprise"] = json!(1)).contains("unknown field"));
}

#[test]
fn files_from_elsewhere_may_omit_utf16_and_use_any_ids() {
    let text = "Title\n\n“Hi,” Ann said.";
    let v = json!({
        "format": "article-annotator", "version": 1,
        "document": {"id": "x", "title": "Title", "text": text, "sha256": article_annotator::domain::document::sha256_hex(text)},
        "speakers": [{"id": "ann", "name": "Ann", "aliases": []}],
        "mentions": [{"id": "m-a", "speaker": "ann", "start": 13, "end": 16, "text": "Ann"}],
        "quotes": [{"id": "first", "start": 7, "end": 12, "text": "“Hi,”", "kind": "direct", "speaker": "ann", "cue": null}]
    });
    let (_, ann) = import(&v.to_string()).unwrap().pair();
    assert_eq!(ann.quotes[0].speaker, Some(ann.speakers[0].id));
    assert_eq!(ann.mentions[0].speaker, ann.speakers[0].id);
    let ids = [
        ann.speakers[0].id.0,
        ann.quotes[0].id.0,
        ann.mentions[0].id.0,
    ];
    assert!(ids.iter().all(|&i| i > 0 && i < 10), "{ids:?}");
}

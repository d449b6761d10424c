//! The workspace's rules, natively: opening documents never overwrites
//! annotated work, copies take the first free id (also free of removed
//! documents that could come back), and removals are undone in place.

use article_annotator::domain::annotations::{Annotations, QuoteKind};
use article_annotator::domain::document::Document;
use article_annotator::domain::edit::Edit;
use article_annotator::domain::session::Session;
use article_annotator::domain::workspace::{Entry, UndoRemoveError, Workspace};

fn document(text: &str) -> Document {
    Document::from_text(text)
}

/// Annotations of `doc` with one quote over `word`.
fn quoted(doc: &Document, word: &str) -> Annotations {
    let mut s = Session::new(doc.clone(), Annotations::default());
    let at = doc.text.find(word).unwrap();
    s.apply(Edit::AddQuote {
        range: at..at + word.len(),
        kind: QuoteKind::Direct,
    })
    .unwrap();
    s.annotations
}

fn ids(w: &Workspace) -> Vec<String> {
    w.entries().map(|e| e.session.document.id.clone()).collect()
}

#[test]
fn a_blank_document_takes_imported_work_and_annotated_work_is_never_overwritten() {
    let doc = document("Vote\n\n“Yes,” she said. “No,” he said.");
    let mut w = Workspace::new(Entry::new(doc.clone(), Annotations::default()));
    let theirs = quoted(&doc, "Yes");
    assert_eq!(
        w.open(vec![Entry::new(doc.clone(), theirs.clone())]).copies,
        0
    );
    assert_eq!(w.len(), 1);
    assert_eq!(
        w.current().session.annotations,
        theirs,
        "the blank entry took the import"
    );

    // The same work again: nothing new. Other work: a copy, ours untouched.
    assert_eq!(
        w.open(vec![Entry::new(doc.clone(), theirs.clone())]).copies,
        0
    );
    let other = quoted(&doc, "No");
    assert_eq!(
        w.open(vec![Entry::new(doc.clone(), other.clone())]).copies,
        1
    );
    assert_eq!(ids(&w), [doc.id.clone(), format!("{}-2", doc.id)]);
    assert_eq!(w.get(0).unwrap().session.annotations, theirs);
    assert_eq!(w.current().session.annotations, other, "the copy is shown");

    // The bare text opens the document that is here, unchanged.
    assert_eq!(
        w.open(vec![Entry::new(doc.clone(), Annotations::default())])
            .copies,
        0
    );
    assert_eq!(w.len(), 2);
    assert_eq!(w.current().session.annotations, theirs);
}

#[test]
fn the_same_id_for_another_text_comes_in_as_a_copy_skipping_ids_of_removed_documents() {
    let mut a = document("A\n\nfirst text");
    a.id = "story".into();
    let mut b = document("B\n\nsecond text");
    b.id = "story".into();
    let mut w = Workspace::new(Entry::new(a.clone(), Annotations::default()));
    let mut c = document("C\n\nthird text");
    c.id = "story-2".into();
    w.open(vec![Entry::new(c, Annotations::default())]);
    w.remove(1).unwrap(); // story-2 could come back: its id stays taken
    assert_eq!(w.free_id("story", &[]), "story-3");
    assert_eq!(
        w.open(vec![Entry::new(b.clone(), Annotations::default())])
            .copies,
        1
    );
    assert_eq!(ids(&w), ["story", "story-3"]);
    assert_eq!(w.current().session.document.text, b.text);
}

#[test]
fn two_documents_with_one_id_in_one_import_both_arrive() {
    let mut a = document("A\n\none");
    a.id = "x".into();
    let mut b = document("B\n\ntwo");
    b.id = "x".into();
    let mut w = Workspace::new(Entry::new(document("S\n\nsample"), Annotations::default()));
    let opened = w.open(vec![
        Entry::new(a, Annotations::default()),
        Entry::new(b, Annotations::default()),
    ]);
    assert_eq!(opened.copies, 1);
    assert_eq!(w.len(), 3);
    assert_eq!(
        w.current().session.document.id,
        "x",
        "the first one is shown"
    );
}

#[test]
fn a_removed_document_comes_back_in_place_unless_it_was_opened_again() {
    let a = document("A\n\na");
    let b = document("B\n\nb");
    let mut w = Workspace::new(Entry::new(a.clone(), Annotations::default()));
    w.open(vec![Entry::new(b.clone(), Annotations::default())]);
    assert!(w.remove(5).is_none());
    w.remove(0).unwrap();
    assert_eq!(w.removed_count(), 1);
    w.undo_remove().unwrap();
    assert_eq!(ids(&w), [a.id.clone(), b.id.clone()]);

    w.remove(0).unwrap();
    w.open(vec![Entry::new(a.clone(), Annotations::default())]);
    assert_eq!(w.undo_remove(), Err(UndoRemoveError::OpenedAgain));
    assert_eq!(w.len(), 2, "not twice");
    assert_eq!(w.undo_remove(), Err(UndoRemoveError::NothingRemoved));
}

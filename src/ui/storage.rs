//! Browser storage: the only module that reads or writes localStorage. The
//! document is saved when it changes; annotations after every edit.

use gloo::storage::{LocalStorage, Storage};

use crate::domain::annotations::Annotations;
use crate::domain::document::Document;
use crate::domain::formats::stored::{StoredAnnotations, StoredDocument};

const DOCUMENT_KEY: &str = "article-annotator.document";
const ANNOTATIONS_KEY: &str = "article-annotator.annotations";

/// The saved document and its annotations, if any were saved and are valid.
pub fn load() -> Option<(Document, Annotations)> {
    let document = LocalStorage::get::<StoredDocument>(DOCUMENT_KEY)
        .ok()?
        .into_document()?;
    let annotations = LocalStorage::get::<StoredAnnotations>(ANNOTATIONS_KEY)
        .ok()
        .and_then(|a| a.into_annotations(&document))
        .unwrap_or_default();
    Some((document, annotations))
}

fn describe(e: gloo::storage::errors::StorageError) -> String {
    format!(
        "Browser storage refused to save ({e}). Your work is kept in this tab only: export it to keep it."
    )
}

pub fn save_document(document: &Document) -> Result<(), String> {
    LocalStorage::set(DOCUMENT_KEY, StoredDocument::from_document(document)).map_err(describe)
}

pub fn save_annotations(document: &Document, annotations: &Annotations) -> Result<(), String> {
    LocalStorage::set(
        ANNOTATIONS_KEY,
        StoredAnnotations::from_annotations(&document.id, annotations),
    )
    .map_err(describe)
}

const SHOW_SUGGESTIONS_KEY: &str = "article-annotator.show-suggestions";

/// Whether suggestions are shown: on unless the user turned them off.
pub fn load_show_suggestions() -> bool {
    LocalStorage::get::<bool>(SHOW_SUGGESTIONS_KEY).unwrap_or(true)
}

/// A setting, not work: a failure here is not worth a message.
pub fn save_show_suggestions(show: bool) {
    let _ = LocalStorage::set(SHOW_SUGGESTIONS_KEY, show);
}

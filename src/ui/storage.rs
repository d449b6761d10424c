//! localStorage: the app's settings, and the journal of the last edits
//! written synchronously as the page closes (the workspace itself lives in
//! IndexedDB, see `idb.rs`, whose writes may not finish before a page
//! dies). The only module that touches localStorage.

use gloo::storage::{LocalStorage, Storage};

use crate::domain::formats::stored::Journal;
use crate::domain::workspace::Entry;

const SHOW_SUGGESTIONS_KEY: &str = "article-annotator.show-suggestions";

/// Whether suggestions are shown: on unless the user turned them off.
pub fn load_show_suggestions() -> bool {
    LocalStorage::get::<bool>(SHOW_SUGGESTIONS_KEY).unwrap_or(true)
}

/// A setting, not work: a failure here is not worth a message.
pub fn save_show_suggestions(show: bool) {
    let _ = LocalStorage::set(SHOW_SUGGESTIONS_KEY, show);
}

const MIN_CONFIDENCE_KEY: &str = "article-annotator.min-confidence";

/// The suggestion threshold: 0 (offer all) unless the user set one.
pub fn load_min_confidence() -> f32 {
    LocalStorage::get::<f32>(MIN_CONFIDENCE_KEY)
        .ok()
        .filter(|t| (0.0..=1.0).contains(t))
        .unwrap_or(0.0)
}

pub fn save_min_confidence(t: f32) {
    let _ = LocalStorage::set(MIN_CONFIDENCE_KEY, t);
}

const TEXT_SIZE_KEY: &str = "article-annotator.text-size";

/// The article's text size in percent: 100 unless the user chose another
/// of the sizes offered.
pub fn load_text_size() -> u16 {
    LocalStorage::get::<u16>(TEXT_SIZE_KEY)
        .ok()
        .filter(|s| crate::ui::state::TEXT_SIZES.contains(s))
        .unwrap_or(100)
}

pub fn save_text_size(size: u16) {
    let _ = LocalStorage::set(TEXT_SIZE_KEY, size);
}

const ANNOTATOR_KEY: &str = "article-annotator.annotator";

/// The user's annotator name, if they gave one (checked again: storage
/// can hold anything).
pub fn load_annotator() -> Option<String> {
    LocalStorage::get::<String>(ANNOTATOR_KEY)
        .ok()
        .and_then(|n| crate::domain::layers::check_annotator_name(&n).ok())
}

pub fn save_annotator(name: Option<&str>) {
    let _ = match name {
        Some(n) => LocalStorage::set(ANNOTATOR_KEY, n),
        None => {
            LocalStorage::delete(ANNOTATOR_KEY);
            Ok(())
        }
    };
}

const JOURNAL_KEY: &str = "article-annotator.journal";

/// Writes the journal of a document (its stored entry and text)
/// synchronously. False when the browser refused it.
pub fn write_journal(entry: &Entry) -> bool {
    LocalStorage::raw()
        .set_item(JOURNAL_KEY, &Journal::of(entry).to_json())
        .is_ok()
}

pub fn read_journal() -> Option<String> {
    LocalStorage::raw().get_item(JOURNAL_KEY).ok().flatten()
}

/// After a save landed, the journal is older than the database.
pub fn clear_journal() {
    let _ = LocalStorage::raw().remove_item(JOURNAL_KEY);
}

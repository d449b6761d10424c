//! localStorage: the app's settings (the workspace itself lives in
//! IndexedDB, see `idb.rs`). The only module that touches localStorage.

use gloo::storage::{LocalStorage, Storage};

const SHOW_SUGGESTIONS_KEY: &str = "article-annotator.show-suggestions";

/// Whether suggestions are shown: on unless the user turned them off.
pub fn load_show_suggestions() -> bool {
    LocalStorage::get::<bool>(SHOW_SUGGESTIONS_KEY).unwrap_or(true)
}

/// A setting, not work: a failure here is not worth a message.
pub fn save_show_suggestions(show: bool) {
    let _ = LocalStorage::set(SHOW_SUGGESTIONS_KEY, show);
}

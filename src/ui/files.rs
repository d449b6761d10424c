//! Files at the edge: reading a chosen or dropped file's bytes, and offering
//! text as a download. Validation of what was read is the core's job.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use gloo::file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;

/// Reads a file's bytes and hands them to `done`; the returned reader must
/// be kept alive until then (dropping it cancels the read).
pub fn read(
    file: web_sys::File,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) -> FileReader {
    let file = File::from(file);
    let name = file.name();
    gloo::file::callbacks::read_as_bytes(&file, move |result| {
        done(
            name,
            result.map_err(|e| format!("The browser could not read the file: {e}")),
        )
    })
}

/// The files of a file list, in order.
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Offers `content` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, content: &[u8]) {
    let blob = Blob::new_with_options(content, Some(mime));
    let url = ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let Ok(anchor) = document.create_element("a") else {
        return;
    };
    let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlAnchorElement>() else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoking the URL at once can cancel the download in some browsers.
    gloo::timers::callback::Timeout::new(60_000, move || drop(url)).forget();
}

/// The bytes of each file read, or why it could not be read.
pub use crate::ui::state::ReadResults;

/// Keeps the reader in flight alive; dropping it cancels the reading.
pub type ReaderSlot = Rc<RefCell<Option<FileReader>>>;

/// Reads files one after another (so that hundreds never sit in memory
/// twice), telling `progress` after each, then hands all results to `done`.
pub fn read_all(
    files: Vec<web_sys::File>,
    progress: impl Fn(usize, usize) + 'static,
    done: impl FnOnce(ReadResults) + 'static,
) -> ReaderSlot {
    let slot: ReaderSlot = Rc::default();
    let files: Rc<Vec<web_sys::File>> = Rc::new(files);
    step(
        files,
        Vec::new(),
        slot.clone(),
        Rc::new(progress),
        Box::new(done),
    );
    slot
}

fn step(
    files: Rc<Vec<web_sys::File>>,
    results: ReadResults,
    slot: ReaderSlot,
    progress: Rc<dyn Fn(usize, usize)>,
    done: Box<dyn FnOnce(ReadResults)>,
) {
    let Some(file) = files.get(results.len()).cloned() else {
        slot.borrow_mut().take();
        return done(results);
    };
    let next_slot = slot.clone();
    let reader = read(file, move |name, result| {
        let mut results = results;
        results.push((name, result));
        progress(results.len(), files.len());
        step(files, results, next_slot, progress, done);
    });
    *slot.borrow_mut() = Some(reader);
}

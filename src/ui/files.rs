//! Files at the edge: reading a chosen or dropped file's bytes, and offering
//! text as a download. Validation of what was read is the core's job.

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
pub fn download(filename: &str, mime: &str, content: &str) {
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

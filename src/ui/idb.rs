//! IndexedDB: where the workspace lives between visits (localStorage holds
//! a few megabytes; a workspace holds hundreds of articles). Object stores,
//! keyed by document id: `texts` (a document, written once), `documents`
//! (its annotations and done mark, written after each change, so that an
//! edit never rewrites a long text); `meta` keeps the workspace's order and
//! current document. This module is the only one that touches IndexedDB.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::domain::formats::stored::{
    restore, Restored as Loaded, StoredDocument, StoredEntry, StoredMeta, META_VERSION,
};
use crate::domain::workspace::Entry;

const DB: &str = "article-annotator";
const TEXTS: &str = "texts";
const DOCUMENTS: &str = "documents";
const META: &str = "meta";
const META_KEY: &str = "workspace";
const ASIDE_KEY: &str = "set-aside";
/// The database's schema version (IndexedDB's, not the app's).
const DB_VERSION: u32 = 2;

thread_local! {
    static DATABASE: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Why the workspace could not be opened.
#[derive(Debug, Clone)]
pub enum OpenError {
    /// Storage was written by a newer version of the app: nothing is
    /// changed and nothing is saved until the page is reloaded.
    NewerVersion(String),
    Failed(String),
}

/// What the database says while the page runs.
#[derive(Clone)]
pub struct Events {
    /// Another tab (a newer version) asks to upgrade the database: the
    /// connection is closed, and this tab must stop saving.
    pub closed: yew::Callback<String>,
    /// Opening waits for an older tab to let go.
    pub blocked: yew::Callback<()>,
}

fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<web_sys::js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// An event handler that may fire any number of times (an aborted
/// transaction fires `error` for each request and then `abort`): only the
/// first call runs `f`. A one-shot closure called twice throws "closure
/// invoked recursively or after being dropped".
fn on(f: impl FnOnce() + 'static) -> JsValue {
    let mut f = Some(f);
    Closure::<dyn FnMut()>::new(move || {
        if let Some(f) = f.take() {
            f()
        }
    })
    .into_js_value()
}

/// Opens the database (once) and reads the workspace; `done` gets None
/// when nothing was saved yet.
pub fn load(events: Events, done: impl FnOnce(Result<Option<Loaded>, OpenError>) + 'static) {
    if let Some(db) = DATABASE.with(|d| d.borrow().clone()) {
        return read_workspace(&db, done);
    }
    let open = || -> Result<IdbOpenDbRequest, JsValue> {
        let factory = gloo::utils::window()
            .indexed_db()?
            .ok_or("IndexedDB is not available")?;
        factory.open_with_u32(DB, DB_VERSION)
    };
    let request = match open() {
        Ok(r) => r,
        Err(e) => return done(Err(OpenError::Failed(js_error(e)))),
    };
    let upgrade = {
        let request = request.clone();
        on(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                // Stores that exist already are refused: that is fine.
                let _ = db.create_object_store(TEXTS);
                let _ = db.create_object_store(DOCUMENTS);
                let _ = db.create_object_store(META);
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let blocked = events.blocked.clone();
    request.set_onblocked(Some(on(move || blocked.emit(())).unchecked_ref()));
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let failed = {
        let (request, done) = (request.clone(), done.clone());
        on(move || {
            let error = request.error().ok().flatten();
            let name = error.as_ref().map(|e| e.name()).unwrap_or_default();
            let message = error.map(|e| e.message()).unwrap_or_default();
            if let Some(done) = done.borrow_mut().take() {
                done(Err(if name == "VersionError" {
                    OpenError::NewerVersion(message)
                } else {
                    OpenError::Failed(format!("could not open the browser database: {message}"))
                }));
            }
        })
    };
    request.set_onerror(Some(failed.unchecked_ref()));
    let opened = {
        let request = request.clone();
        on(move || {
            let Some(done) = done.borrow_mut().take() else {
                return;
            };
            match request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                Ok(db) => {
                    let closed = events.closed.clone();
                    let close = {
                        let db = db.clone();
                        Closure::<dyn FnMut()>::new(move || {
                            // Let the newer version upgrade, and never write
                            // again from this page.
                            db.close();
                            DATABASE.with(|d| *d.borrow_mut() = None);
                            closed.emit("A newer version of the annotator was opened in another tab. This tab has stopped saving: reload it to go on with the newer version.".to_owned());
                        })
                        .into_js_value()
                    };
                    db.set_onversionchange(Some(close.unchecked_ref()));
                    DATABASE.with(|d| *d.borrow_mut() = Some(db.clone()));
                    read_workspace(&db, done);
                }
                Err(e) => done(Err(OpenError::Failed(js_error(e)))),
            }
        })
    };
    request.set_onsuccess(Some(opened.unchecked_ref()));
}

fn stores() -> web_sys::js_sys::Array {
    let stores = web_sys::js_sys::Array::of2(&TEXTS.into(), &DOCUMENTS.into());
    stores.push(&META.into());
    stores
}

fn read_workspace(
    db: &IdbDatabase,
    done: impl FnOnce(Result<Option<Loaded>, OpenError>) + 'static,
) {
    type Requests = (IdbTransaction, [IdbRequest; 4]);
    let start = || -> Result<Requests, JsValue> {
        let tx = db.transaction_with_str_sequence(&stores())?;
        let meta = tx.object_store(META)?.get(&META_KEY.into())?;
        let aside = tx.object_store(META)?.get(&ASIDE_KEY.into())?;
        let texts = tx.object_store(TEXTS)?.get_all()?;
        let entries = tx.object_store(DOCUMENTS)?.get_all()?;
        Ok((tx, [meta, aside, texts, entries]))
    };
    let (tx, requests) = match start() {
        Ok(x) => x,
        Err(e) => return done(Err(OpenError::Failed(js_error(e)))),
    };
    // Exactly one of complete, error or abort reports: a read that fails
    // must say so, or the page waits on "Opening your workspace…" forever.
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let complete = {
        let done = done.clone();
        on(move || {
            let [meta, aside, texts, entries] = requests;
            let value = |r: &IdbRequest| r.result().ok().and_then(|v| v.as_string());
            let restored = restore(
                value(&meta),
                value(&aside),
                strings(&texts),
                strings(&entries),
            );
            if let Some(done) = done.borrow_mut().take() {
                done(restored.map_err(OpenError::NewerVersion))
            }
        })
    };
    let failed = || {
        let (tx, done) = (tx.clone(), done.clone());
        on(move || {
            let why = tx.error().map(|e| e.message()).unwrap_or_default();
            if let Some(done) = done.borrow_mut().take() {
                done(Err(OpenError::Failed(format!(
                    "could not read the workspace from the browser database ({why})"
                ))))
            }
        })
    };
    tx.set_oncomplete(Some(complete.unchecked_ref()));
    tx.set_onerror(Some(failed().unchecked_ref()));
    tx.set_onabort(Some(failed().unchecked_ref()));
}

fn strings(request: &IdbRequest) -> Vec<String> {
    let values = request
        .result()
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::js_sys::Array>().ok());
    values
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The JSON saved for a document's text (written once).
pub fn encode_text(entry: &Entry) -> String {
    let stored = StoredDocument::from_document(&entry.session.document);
    serde_json::to_string(&stored).expect("stored types always serialise")
}

/// The JSON saved for a document's annotations and done mark.
pub fn encode_annotations(entry: &Entry) -> String {
    StoredEntry::of(entry).to_json()
}

/// One write: texts and annotations to put (id, JSON), ids to delete,
/// and the workspace's order and current document.
pub struct Write {
    pub texts: Vec<(String, String)>,
    pub put: Vec<(String, String)>,
    pub delete: Vec<String>,
    pub order: Vec<String>,
    pub current: String,
    /// The records kept aside (as JSON), when they changed.
    pub aside: Option<String>,
}

/// Writes in one transaction; `done` gets an error message if it failed.
pub fn write(w: Write, done: impl FnOnce(Result<(), String>) + 'static) {
    let Some(db) = DATABASE.with(|d| d.borrow().clone()) else {
        return done(Err("the browser database is not open".to_owned()));
    };
    let run = || -> Result<IdbTransaction, JsValue> {
        let tx =
            db.transaction_with_str_sequence_and_mode(&stores(), IdbTransactionMode::Readwrite)?;
        let texts = tx.object_store(TEXTS)?;
        let documents = tx.object_store(DOCUMENTS)?;
        for (id, json) in &w.texts {
            texts.put_with_key(&JsValue::from_str(json), &JsValue::from_str(id))?;
        }
        for (id, json) in &w.put {
            documents.put_with_key(&JsValue::from_str(json), &JsValue::from_str(id))?;
        }
        for id in &w.delete {
            texts.delete(&JsValue::from_str(id))?;
            documents.delete(&JsValue::from_str(id))?;
        }
        if let Some(aside) = &w.aside {
            tx.object_store(META)?
                .put_with_key(&JsValue::from_str(aside), &ASIDE_KEY.into())?;
        }
        let meta = StoredMeta {
            version: META_VERSION,
            order: w.order.clone(),
            current: w.current.clone(),
        };
        let meta = serde_json::to_string(&meta).expect("meta serialises");
        tx.object_store(META)?
            .put_with_key(&JsValue::from_str(&meta), &META_KEY.into())?;
        Ok(tx)
    };
    match run() {
        Ok(tx) => {
            let done = std::rc::Rc::new(RefCell::new(Some(done)));
            let ok = {
                let done = done.clone();
                on(move || {
                    if let Some(d) = done.borrow_mut().take() {
                        d(Ok(()))
                    }
                })
            };
            // A failed transaction fires both `error` and `abort`: each gets
            // its own one-shot handler, and only the first reports.
            let failed = || {
                let (tx, done) = (tx.clone(), done.clone());
                on(move || {
                    let message = match tx.error() {
                        Some(e) if !e.message().is_empty() => e.message(),
                        Some(e) => e.name(),
                        None => "no reason given; the disk may be full or the storage quota reached".to_owned(),
                    };
                    if let Some(d) = done.borrow_mut().take() {
                        d(Err(format!("Browser storage refused to save ({message}). Your work is kept in this tab only: export it to keep it.")))
                    }
                })
            };
            tx.set_oncomplete(Some(ok.unchecked_ref()));
            tx.set_onerror(Some(failed().unchecked_ref()));
            tx.set_onabort(Some(failed().unchecked_ref()));
        }
        Err(e) => done(Err(format!("Browser storage refused to save ({}). Your work is kept in this tab only: export it to keep it.", js_error(e)))),
    }
}

//! IndexedDB: where the workspace lives between visits (localStorage holds
//! a few megabytes; a workspace holds hundreds of articles). Object stores,
//! keyed by document id: `texts` (a document, written once), `documents`
//! (its annotations and done mark, written after each change, so that an
//! edit never rewrites a long text); `meta` keeps the workspace's order and
//! current document. This module is the only one that touches IndexedDB.

use std::cell::RefCell;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::domain::formats::stored::{StoredAnnotations, StoredDocument};
use crate::domain::workspace::Entry;

const DB: &str = "article-annotator";
const TEXTS: &str = "texts";
const DOCUMENTS: &str = "documents";
const META: &str = "meta";
const META_KEY: &str = "workspace";

thread_local! {
    static DATABASE: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

#[derive(Serialize, Deserialize)]
struct StoredEntry {
    annotations: StoredAnnotations,
    done: bool,
}

#[derive(Serialize, Deserialize)]
struct StoredMeta {
    version: u32,
    order: Vec<String>,
    current: String,
}

/// What was saved: the entries in order, and the index of the current one.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub current: usize,
}

fn js_error(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<web_sys::js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| format!("{e:?}"))
}

/// A one-shot event handler.
fn on(f: impl FnOnce() + 'static) -> JsValue {
    Closure::once_into_js(f)
}

/// Opens the database and reads the workspace; `done` gets None when
/// nothing was saved yet, or an error message.
pub fn load(done: impl FnOnce(Result<Option<Loaded>, String>) + 'static) {
    let open = || -> Result<IdbOpenDbRequest, JsValue> {
        let factory = gloo::utils::window()
            .indexed_db()?
            .ok_or("IndexedDB is not available")?;
        factory.open_with_u32(DB, 2)
    };
    let request = match open() {
        Ok(r) => r,
        Err(e) => return done(Err(js_error(e))),
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
    let done = std::rc::Rc::new(RefCell::new(Some(done)));
    let failed = {
        let (request, done) = (request.clone(), done.clone());
        on(move || {
            let message = request
                .error()
                .ok()
                .flatten()
                .map(|e| e.message())
                .unwrap_or_default();
            if let Some(done) = done.borrow_mut().take() {
                done(Err(format!(
                    "could not open the browser database: {message}"
                )));
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
                    DATABASE.with(|d| *d.borrow_mut() = Some(db.clone()));
                    read_workspace(&db, done);
                }
                Err(e) => done(Err(js_error(e))),
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

fn read_workspace(db: &IdbDatabase, done: impl FnOnce(Result<Option<Loaded>, String>) + 'static) {
    type Requests = (IdbTransaction, IdbRequest, IdbRequest, IdbRequest);
    let start = || -> Result<Requests, JsValue> {
        let tx = db.transaction_with_str_sequence(&stores())?;
        let meta = tx.object_store(META)?.get(&META_KEY.into())?;
        let texts = tx.object_store(TEXTS)?.get_all()?;
        let entries = tx.object_store(DOCUMENTS)?.get_all()?;
        Ok((tx, meta, texts, entries))
    };
    let (tx, meta, texts, entries) = match start() {
        Ok(x) => x,
        Err(e) => return done(Err(js_error(e))),
    };
    let complete = on(move || done(Ok(decode(&meta, &texts, &entries))));
    tx.set_oncomplete(Some(complete.unchecked_ref()));
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

fn decode(meta: &IdbRequest, texts: &IdbRequest, entries: &IdbRequest) -> Option<Loaded> {
    let meta: StoredMeta = serde_json::from_str(&meta.result().ok()?.as_string()?).ok()?;
    let mut annotations: HashMap<String, StoredEntry> = strings(entries)
        .iter()
        .filter_map(|json| serde_json::from_str::<StoredEntry>(json).ok())
        .map(|e| (e.annotations.document.clone(), e))
        .collect();
    let mut by_id: HashMap<String, Entry> = strings(texts)
        .iter()
        .filter_map(|json| {
            serde_json::from_str::<StoredDocument>(json)
                .ok()?
                .into_document()
        })
        .map(|document| {
            let saved = annotations.remove(&document.id);
            let done = saved.as_ref().is_some_and(|s| s.done);
            let ann = saved
                .and_then(|s| s.annotations.into_annotations(&document))
                .unwrap_or_default();
            let mut entry = Entry::new(document, ann);
            entry.done = done;
            (entry.session.document.id.clone(), entry)
        })
        .collect();
    let entries: Vec<Entry> = meta
        .order
        .iter()
        .filter_map(|id| by_id.remove(id))
        .collect();
    let current = entries
        .iter()
        .position(|e| e.session.document.id == meta.current)
        .unwrap_or(0);
    (!entries.is_empty()).then_some(Loaded { entries, current })
}

/// The JSON saved for a document's text (written once).
pub fn encode_text(entry: &Entry) -> String {
    let stored = StoredDocument::from_document(&entry.session.document);
    serde_json::to_string(&stored).expect("stored types always serialise")
}

/// The JSON saved for a document's annotations and done mark.
pub fn encode_annotations(entry: &Entry) -> String {
    let session = &entry.session;
    let stored = StoredEntry {
        annotations: StoredAnnotations::from_annotations(
            &session.document.id,
            &session.annotations,
        ),
        done: entry.done,
    };
    serde_json::to_string(&stored).expect("stored types always serialise")
}

/// One write: texts and annotations to put (id, JSON), ids to delete,
/// and the workspace's order and current document.
pub struct Write {
    pub texts: Vec<(String, String)>,
    pub put: Vec<(String, String)>,
    pub delete: Vec<String>,
    pub order: Vec<String>,
    pub current: String,
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
        let meta = StoredMeta {
            version: 1,
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
                    let message = tx.error().map(|e| e.message()).unwrap_or_else(|| "unknown error".to_owned());
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

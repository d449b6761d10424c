//! IndexedDB: where the workspace lives between visits (localStorage holds
//! a few megabytes; a workspace holds hundreds of articles). One object
//! store keeps each document with its annotations as JSON, keyed by id;
//! another keeps the workspace's order and current document. This module
//! is the only one that touches IndexedDB.

use std::cell::RefCell;

use serde::{Deserialize, Serialize};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::domain::formats::stored::{StoredAnnotations, StoredDocument};
use crate::domain::workspace::Entry;

const DB: &str = "article-annotator";
const DOCUMENTS: &str = "documents";
const META: &str = "meta";
const META_KEY: &str = "workspace";

thread_local! {
    static DATABASE: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

#[derive(Serialize, Deserialize)]
struct StoredEntry {
    document: StoredDocument,
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
        factory.open_with_u32(DB, 1)
    };
    let request = match open() {
        Ok(r) => r,
        Err(e) => return done(Err(js_error(e))),
    };
    let upgrade = {
        let request = request.clone();
        on(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
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

fn read_workspace(db: &IdbDatabase, done: impl FnOnce(Result<Option<Loaded>, String>) + 'static) {
    let start = || -> Result<(IdbTransaction, IdbRequest, IdbRequest), JsValue> {
        let stores = web_sys::js_sys::Array::of2(&DOCUMENTS.into(), &META.into());
        let tx = db.transaction_with_str_sequence(&stores)?;
        let meta = tx.object_store(META)?.get(&META_KEY.into())?;
        let all = tx.object_store(DOCUMENTS)?.get_all()?;
        Ok((tx, meta, all))
    };
    let (tx, meta, all) = match start() {
        Ok(x) => x,
        Err(e) => return done(Err(js_error(e))),
    };
    let complete = on(move || done(Ok(decode(&meta, &all))));
    tx.set_oncomplete(Some(complete.unchecked_ref()));
}

fn decode(meta: &IdbRequest, all: &IdbRequest) -> Option<Loaded> {
    let meta: StoredMeta = serde_json::from_str(&meta.result().ok()?.as_string()?).ok()?;
    let values: web_sys::js_sys::Array = all.result().ok()?.dyn_into().ok()?;
    let mut by_id: std::collections::HashMap<String, Entry> = values
        .iter()
        .filter_map(|v| serde_json::from_str::<StoredEntry>(&v.as_string()?).ok())
        .filter_map(|s| {
            let document = s.document.into_document()?;
            let annotations = s
                .annotations
                .into_annotations(&document)
                .unwrap_or_default();
            let mut entry = Entry::new(document, annotations);
            entry.done = s.done;
            Some((entry.session.document.id.clone(), entry))
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

/// The JSON saved for an entry; its length is what the page reports as
/// storage used.
pub fn encode(entry: &Entry) -> String {
    let session = &entry.session;
    let stored = StoredEntry {
        document: StoredDocument::from_document(&session.document),
        annotations: StoredAnnotations::from_annotations(
            &session.document.id,
            &session.annotations,
        ),
        done: entry.done,
    };
    serde_json::to_string(&stored).expect("stored types always serialise")
}

/// One write: documents to put (id, JSON), ids to delete, and the
/// workspace's order and current document.
pub struct Write {
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
        let stores = web_sys::js_sys::Array::of2(&DOCUMENTS.into(), &META.into());
        let tx =
            db.transaction_with_str_sequence_and_mode(&stores, IdbTransactionMode::Readwrite)?;
        let documents = tx.object_store(DOCUMENTS)?;
        for (id, json) in &w.put {
            documents.put_with_key(&JsValue::from_str(json), &JsValue::from_str(id))?;
        }
        for id in &w.delete {
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

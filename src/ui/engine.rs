//! The page's side of the suggestion engine's worker (`src/bin/engine_worker.rs`):
//! the engine runs off the main thread, so a long article stays responsive
//! while its suggestions are computed, and the engine's code is not in the
//! page's own wasm. Each question carries a number the answer echoes; only
//! the answer to the latest question is used, read back against that
//! document's text and id (`formats::candidates_wire`), and becomes
//! `Reviewing::SuggestionsReady`. A worker that fails to start, fails to
//! load or panics is said in the page, never waited for in silence.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, Event, MessageEvent, Worker};
use yew::Callback;

use crate::domain::document::Document;
use crate::domain::formats::candidates_wire;
use crate::ui::state::{Action, Page, Reviewing};

/// The loader Trunk writes for the worker (`data-loader-shim`).
const WORKER_SCRIPT: &str = "engine_worker_loader.js";

/// What the worker says once it listens (a question before that is lost).
const READY: &str = "ready";

/// How long the worker may take to load before the page says it failed.
const START_TIMEOUT_MS: u32 = 20_000;

pub struct EngineWorker {
    link: Rc<Link>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
    _start_timeout: Timeout,
}

/// The worker and what the page has asked it.
struct Link {
    worker: Worker,
    ready: Cell<bool>,
    /// Stopped: it failed, and the page said so; nothing more is asked.
    dead: Cell<bool>,
    /// The latest question's number and document; older answers are stale.
    latest: RefCell<Option<(u32, Rc<Document>)>>,
    next: Cell<u32>,
    dispatch: Callback<Action>,
}

impl Link {
    fn post(&self, document: &Rc<Document>) {
        let seq = self.next.get();
        self.next.set(seq.wrapping_add(1));
        let message = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&message, &k.into(), &v);
        };
        set("seq", JsValue::from_f64(f64::from(seq)));
        set("id", JsValue::from_str(&document.id));
        set("text", JsValue::from_str(&document.text));
        if self.worker.post_message(&message).is_ok() {
            *self.latest.borrow_mut() = Some((seq, document.clone()));
        }
    }

    fn fail(&self, why: String) {
        if !self.dead.replace(true) {
            self.latest.borrow_mut().take();
            self.dispatch.emit(Action::Page(Page::Refused(format!(
                "Suggestions are off for this page: {why}. Your annotations are not affected; reload to try again."
            ))));
        }
    }

    fn answer(&self, data: JsValue) {
        if data.as_string().as_deref() == Some(READY) {
            self.ready.set(true);
            // Taken first: `post` borrows `latest` again.
            let waiting = self.latest.borrow_mut().take();
            if let Some((_, document)) = waiting {
                self.post(&document);
            }
            return;
        }
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        let seq = field("seq").and_then(|v| v.as_f64());
        if let Some(error) = field("error").and_then(|v| v.as_string()) {
            return self.fail(format!("the suggestion engine stopped ({error})"));
        }
        let latest = self.latest.borrow().clone();
        let Some((asked, document)) = latest else {
            return;
        };
        if seq != Some(f64::from(asked)) {
            return; // an answer to an earlier question
        }
        let json = field("json")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        match candidates_wire::from_json(&json, &document.text) {
            Ok((candidates, _)) if candidates.document_id != document.id => self.fail(format!(
                "the engine answered for “{}” instead of “{}”",
                candidates.document_id, document.id
            )),
            Ok((candidates, engine_ms)) => {
                // A performance mark "suggest-ms=N" records the engine's
                // time in the browser, for the benchmark to read.
                if let Some(p) = gloo::utils::window().performance() {
                    let _ = p.mark(&format!("suggest-ms={engine_ms:.1}"));
                }
                // Shown in a task of its own: reading 15,000 candidates and
                // drawing them made one frame of 60 ms.
                let dispatch = self.dispatch.clone();
                crate::ui::slices::push(move || {
                    dispatch.emit(Action::Reviewing(Reviewing::SuggestionsReady(
                        Rc::new(candidates),
                        document,
                    )))
                });
            }
            Err(why) => self.fail(format!(
                "the suggestions for “{}” could not be used ({why})",
                document.title
            )),
        }
    }
}

impl EngineWorker {
    /// Starts the worker; its answers are dispatched.
    pub fn start(dispatch: Callback<Action>) -> Result<EngineWorker, String> {
        let worker = Worker::new(WORKER_SCRIPT)
            .map_err(|e| format!("the suggestion engine could not start: {e:?}"))?;
        let link = Rc::new(Link {
            worker,
            ready: Cell::new(false),
            dead: Cell::new(false),
            latest: RefCell::new(None),
            next: Cell::new(0),
            dispatch,
        });
        let answers = link.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            answers.answer(e.data())
        });
        let errors = link.clone();
        // A script that fails to load fires a plain Event, an exception in
        // the worker an ErrorEvent with a message.
        let on_error = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            e.prevent_default();
            let message = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "its script could not be loaded".to_owned());
            errors.fail(format!("the suggestion engine failed ({message})"));
        });
        link.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        link.worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let waiting = link.clone();
        let start_timeout = Timeout::new(START_TIMEOUT_MS, move || {
            if !waiting.ready.get() {
                waiting.fail("the suggestion engine did not load".to_owned());
            }
        });
        Ok(EngineWorker {
            link,
            _on_message: on_message,
            _on_error: on_error,
            _start_timeout: start_timeout,
        })
    }

    /// Asks for a document's suggestions (once the worker listens: until
    /// then only the latest document asked about is kept).
    pub fn suggest(&self, document: Rc<Document>) {
        if self.link.dead.get() {
            return;
        }
        if self.link.ready.get() {
            self.link.post(&document);
        } else {
            *self.link.latest.borrow_mut() = Some((u32::MAX, document));
        }
    }
}

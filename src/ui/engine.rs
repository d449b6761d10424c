//! The page's side of the suggestion engine's worker (`src/bin/engine_worker.rs`):
//! the engine runs off the main thread, so a long article stays responsive
//! while its suggestions are computed, and the engine's code is not in the
//! page's own wasm. Documents are posted in order and answered in order;
//! an answer is read back against the text it was asked for
//! (`formats::candidates_wire`) and becomes `Reviewing::SuggestionsReady`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{js_sys, MessageEvent, Worker};
use yew::Callback;

use crate::domain::document::Document;
use crate::domain::formats::candidates_wire;
use crate::ui::state::{Action, Page, Reviewing};

/// The loader Trunk writes for the worker (`data-loader-shim`).
const WORKER_SCRIPT: &str = "engine_worker_loader.js";

/// What the worker says once it listens (a question before that is lost).
const READY: &str = "ready";

pub struct EngineWorker {
    link: Rc<Link>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
}

/// The worker and what the page has asked it.
struct Link {
    worker: Worker,
    ready: Cell<bool>,
    /// The document to ask about once the worker listens.
    waiting: RefCell<Option<Rc<Document>>>,
    /// Documents asked about and not answered yet, oldest first.
    asked: RefCell<VecDeque<Rc<Document>>>,
}

impl Link {
    fn post(&self, document: Rc<Document>) {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"id".into(), &JsValue::from_str(&document.id));
        let _ = js_sys::Reflect::set(&message, &"text".into(), &JsValue::from_str(&document.text));
        if self.worker.post_message(&message).is_ok() {
            self.asked.borrow_mut().push_back(document);
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
            waiting: RefCell::new(None),
            asked: RefCell::new(VecDeque::new()),
        });
        let answers = link.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let json = e.data().as_string().unwrap_or_default();
            if json == READY {
                answers.ready.set(true);
                if let Some(document) = answers.waiting.borrow_mut().take() {
                    answers.post(document);
                }
                return;
            }
            let Some(document) = answers.asked.borrow_mut().pop_front() else {
                return;
            };
            match candidates_wire::from_json(&json, &document.text) {
                Ok((candidates, engine_ms)) => {
                    // A performance mark "suggest-ms=N" records the engine's
                    // time in the browser, for the benchmark to read.
                    if let Some(p) = gloo::utils::window().performance() {
                        let _ = p.mark(&format!("suggest-ms={engine_ms:.1}"));
                    }
                    dispatch.emit(Action::Reviewing(Reviewing::SuggestionsReady(
                        Rc::new(candidates),
                        document,
                    )));
                }
                Err(why) => dispatch.emit(Action::Page(Page::Refused(format!(
                    "The suggestions for “{}” could not be used: {why}.",
                    document.title
                )))),
            }
        });
        link.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(EngineWorker {
            link,
            _on_message: on_message,
        })
    }

    /// Asks for a document's suggestions (once the worker listens: until
    /// then only the latest document asked about is kept).
    pub fn suggest(&self, document: Rc<Document>) {
        if self.link.ready.get() {
            self.link.post(document);
        } else {
            *self.link.waiting.borrow_mut() = Some(document);
        }
    }
}

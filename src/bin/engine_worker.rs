//! The suggestion engine's Web Worker: once it listens it posts "ready";
//! then the page posts `{id, text}` for a document, and the worker runs the
//! engine off the main thread and posts back its candidates as JSON
//! (`formats::candidates_wire`), one answer per question, in order. Built for the
//! browser by Trunk (`data-type="worker"` in index.html); natively it only
//! says so. Keeping the engine here also keeps it out of the page's own
//! wasm.

#[cfg(target_arch = "wasm32")]
fn main() {
    use article_annotator::domain::formats::candidates_wire;
    use article_annotator::domain::review::Candidates;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let field = |name: &str| {
            js_sys::Reflect::get(&data, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        let (Some(id), Some(text)) = (field("id"), field("text")) else {
            return;
        };
        let clock = js_sys::Date::now;
        let started = clock();
        let candidates = Candidates::compute(&id, &text);
        let json = candidates_wire::to_json(&candidates, clock() - started);
        let _ = reply.post_message(&JsValue::from_str(&json));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that came before the handler was set are lost: the page
    // waits for this before it asks anything.
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// What the worker says once it listens.
#[cfg(target_arch = "wasm32")]
const READY: &str = "ready";

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The suggestion engine's worker runs in the browser: build the app with `make run`.");
    std::process::exit(2);
}

//! The suggestion engine's Web Worker: once it listens it posts "ready";
//! then the page posts `{seq, id, text}` for a document, and the worker
//! runs the engine off the main thread and posts back `{seq, json}` (its
//! candidates, `formats::candidates_wire`), or `{seq, error}` should the
//! engine panic. Built for the browser by Trunk (`data-type="worker"` in
//! index.html); natively it only says so. Keeping the engine here also
//! keeps it out of the page's own wasm. Once ready, while idle, it runs the
//! engine a few times on a short built-in text, so that the browser
//! optimises the engine before the first real document.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::sync::atomic::Ordering;

    use article_annotator::domain::formats::candidates_wire;
    use article_annotator::domain::review::Candidates;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    fn answer(scope: &DedicatedWorkerGlobalScope, seq: f64, key: &str, value: &str) {
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"seq".into(), &JsValue::from_f64(seq));
        let _ = js_sys::Reflect::set(&message, &key.into(), &JsValue::from_str(value));
        let _ = scope.post_message(&message);
    }
    // A panic ends this instance: the page hears which question caused it.
    std::panic::set_hook(Box::new(move |info| {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let seq = f64::from_bits(CURRENT.load(Ordering::Relaxed));
        answer(&scope, seq, "error", &info.to_string());
    }));
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let field = |name: &str| js_sys::Reflect::get(&data, &JsValue::from_str(name)).ok();
        let seq = field("seq").and_then(|v| v.as_f64());
        let id = field("id").and_then(|v| v.as_string());
        let text = field("text").and_then(|v| v.as_string());
        let (Some(seq), Some(id), Some(text)) = (seq, id, text) else {
            return;
        };
        CURRENT.store(seq.to_bits(), Ordering::Relaxed);
        let started = js_sys::Date::now();
        let candidates = Candidates::compute(&id, &text);
        let json = candidates_wire::to_json(&candidates, js_sys::Date::now() - started);
        answer(&reply, seq, "json", &json);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that came before the handler was set are lost: the page
    // waits for this before it asks anything.
    let _ = scope.post_message(&JsValue::from_str("ready"));
    warm_up(WARM_UP_RUNS);
}

/// A fresh worker's wasm runs in the browser's baseline tier until its
/// functions are hot: a user's first long document took twice as long as
/// the next. A few runs on a short built-in text, while the worker is
/// idle, make them hot, and the browser compiles them optimised in the
/// background. Each run is a few milliseconds, so a question that comes
/// meanwhile waits no longer than that.
#[cfg(target_arch = "wasm32")]
#[allow(clippy::slow_vector_initialization)] // the memory block below
fn warm_up(runs_left: u32) {
    use article_annotator::domain::review::Candidates;
    if runs_left == 0 {
        return;
    }
    gloo::timers::callback::Timeout::new(WARM_UP_GAP_MS, move || {
        let _ = Candidates::compute("warm-up", &WARM_UP.repeat(WARM_UP_TIMES));
        if runs_left == 1 {
            // The memory a long document's run takes, grown and touched
            // once while idle and then freed to the allocator, which keeps
            // it: the first 1 MB document no longer waits for the browser
            // to grow the wasm memory and commit its pages as it goes.
            // A device short of memory skips it rather than losing the worker.
            let mut block: Vec<u8> = Vec::new();
            if block.try_reserve_exact(WARM_UP_MEMORY).is_ok() {
                // `vec![0; n]` cannot fail softly, and may leave fresh pages
                // untouched, which is the point here.
                block.resize(WARM_UP_MEMORY, 0);
                for page in block.chunks_mut(4096) {
                    page[0] = 1;
                }
                std::hint::black_box(&block);
            }
        }
        warm_up(runs_left - 1);
    })
    .forget();
}

/// Fictional news with the shapes the engine reads most (cues on either
/// side, pronouns, roles, "according to", spokespeople), run once the
/// worker is ready. About 30 KB a run.
#[cfg(target_arch = "wasm32")]
const WARM_UP: &str = include_str!("engine_warm_up.txt");
#[cfg(target_arch = "wasm32")]
const WARM_UP_TIMES: usize = 18;
#[cfg(target_arch = "wasm32")]
const WARM_UP_RUNS: u32 = 5;
#[cfg(target_arch = "wasm32")]
const WARM_UP_GAP_MS: u32 = 100;
/// About what the engine holds at its peak on a 1 MB article (natively
/// 25 MB for the whole `annotator suggest`).
#[cfg(target_arch = "wasm32")]
const WARM_UP_MEMORY: usize = 32 << 20;

/// The question being answered (its number's bits), for the panic hook.
#[cfg(target_arch = "wasm32")]
static CURRENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The suggestion engine's worker runs in the browser: build the app with `make run`.");
    std::process::exit(2);
}

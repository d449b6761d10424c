//! Work cut in slices: queued jobs run in tasks of a few milliseconds, and
//! after about 30 ms of them the queue waits for the browser to render a
//! frame. Long work (drawing a 1 MB article) then never makes a long frame,
//! a key pressed meanwhile is handled between two slices, and the work
//! still ends about as soon as it would in one go.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Jobs run in one task until it has taken this long.
const SLICE_MS: f64 = 8.0;
/// Slices run back to back until this long after the last frame.
const FRAME_MS: f64 = 30.0;

type Job = Box<dyn FnOnce()>;

#[derive(Default)]
struct Queue {
    jobs: VecDeque<Job>,
    /// A slice or a frame is awaited.
    scheduled: bool,
    last_frame: f64,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::default();
}

/// Queues a job; jobs run in the order they were queued, after the
/// current task and the frame that paints it.
pub fn push(job: impl FnOnce() + 'static) {
    let start = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        q.jobs.push_back(Box::new(job));
        !std::mem::replace(&mut q.scheduled, true)
    });
    if start {
        after_frame();
    }
}

/// Runs a job after the work queued so far and the work queued in the
/// current render (the article's chunks queue their drawing when their
/// effects run, after the caller's): scrolling to a span must wait for the
/// chunk that holds it to be drawn.
pub fn after_queued(job: impl FnOnce() + 'static) {
    push(move || push(job));
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

/// Runs jobs for one slice, then schedules the next slice.
fn run_slice() {
    let start = now();
    loop {
        // Taken out of the queue first: a job may queue others.
        let Some(job) = QUEUE.with(|q| q.borrow_mut().jobs.pop_front()) else {
            break;
        };
        job();
        if now() - start >= SLICE_MS {
            break;
        }
    }
    let (more, frame_due) = QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        let more = !q.jobs.is_empty();
        q.scheduled = more;
        (more, now() - q.last_frame >= FRAME_MS)
    });
    match (more, frame_due) {
        (false, _) => {}
        (true, true) => after_frame(),
        (true, false) => post_slice(),
    }
}

/// Runs the next slice in the task after the next frame is rendered.
fn after_frame() {
    let frame = Closure::once_into_js(move |_: f64| {
        QUEUE.with(|q| q.borrow_mut().last_frame = now());
        post_slice();
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
}

/// Runs the next slice in a task of its own, posted through a message
/// channel: a chain of `setTimeout(0)` is held back 4 ms a link after the
/// fifth, which left a third of each slice's time idle.
fn post_slice() {
    thread_local! {
        static CHANNEL: Option<web_sys::MessageChannel> = web_sys::MessageChannel::new()
            .ok()
            .inspect(|channel| {
                let run = Closure::<dyn FnMut()>::new(run_slice);
                channel.port1().set_onmessage(Some(run.as_ref().unchecked_ref()));
                run.forget();
            });
    }
    let posted = CHANNEL.with(|channel| {
        channel
            .as_ref()
            .is_some_and(|c| c.port2().post_message(&wasm_bindgen::JsValue::NULL).is_ok())
    });
    if !posted {
        let task = Closure::once_into_js(run_slice);
        let _ = gloo::utils::window().set_timeout_with_callback(task.unchecked_ref());
    }
}

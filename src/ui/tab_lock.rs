//! One tab holds the workspace at a time, so that two tabs never overwrite
//! each other's saves. The holder keeps a Web Lock for as long as it lives;
//! a second tab finds the lock taken and says so, and "Use it here" asks
//! the holder (over a BroadcastChannel) to save and let go, taking the lock
//! by force if the holder does not answer within a few seconds. A tab
//! whose lock is taken stops saving and says so. Where the browser has no
//! Web Locks (an old browser, a page opened from a file), every tab holds.

use std::cell::{Cell, RefCell};

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Function, Object, Promise, Reflect};
use web_sys::{BroadcastChannel, MessageEvent};
use yew::Callback;

const LOCK: &str = "article-annotator-workspace";
const CHANNEL: &str = "article-annotator-tabs";
const RELEASE: &str = "release";
/// How long "Use it here" waits for the holder to save and let go before
/// taking the lock anyway (a frozen or crashed holder never answers).
const STEAL_AFTER_MS: u32 = 3000;

thread_local! {
    /// Resolves the promise that keeps the lock held.
    static LET_GO: RefCell<Option<Function>> = const { RefCell::new(None) };
    static HOLDING: Cell<bool> = const { Cell::new(false) };
    static CHANNEL_OPEN: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
    /// Bumped whenever this tab lets go or loses the lock: a request made
    /// before (a "Use it here" wait still queued) is stale, and when the
    /// browser grants it later it is handed straight back instead of taking
    /// the workspace from the tab that has it now.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// Bumped each time this tab lets go or loses the workspace: work begun
/// under one generation (a slow read, a take-over's timer) is stale in the
/// next.
pub fn generation() -> u64 {
    GENERATION.with(Cell::get)
}

fn next_generation() {
    GENERATION.with(|g| g.set(g.get() + 1));
}

/// What the lock tells the app.
#[derive(Clone, PartialEq)]
pub struct LockEvents {
    /// This tab holds the workspace now: read it and save freely.
    pub granted: Callback<()>,
    /// Another tab holds it.
    pub held_elsewhere: Callback<()>,
    /// Another tab asks this one to save and let go.
    pub asked_to_release: Callback<()>,
    /// The lock was taken from this tab.
    pub lost: Callback<()>,
}

fn locks() -> Option<JsValue> {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|l| !l.is_undefined() && !l.is_null())
}

/// Whether this tab holds the workspace.
pub fn holding() -> bool {
    HOLDING.with(Cell::get)
}

/// Listens for other tabs asking this one to let go.
fn listen(events: &LockEvents) {
    if CHANNEL_OPEN.with(|c| c.borrow().is_some()) {
        return;
    }
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let asked = events.asked_to_release.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        if e.data().as_string().as_deref() == Some(RELEASE) && holding() {
            asked.emit(());
        }
    })
    .into_js_value();
    channel.set_onmessage(Some(on_message.unchecked_ref()));
    CHANNEL_OPEN.with(|c| *c.borrow_mut() = Some(channel));
}

/// Asks for the workspace: at once if free (`granted`), else
/// `held_elsewhere`. With `force`, waits for the holder and then takes it.
fn request(events: LockEvents, mode: Mode) {
    listen(&events);
    let Some(locks) = locks() else {
        HOLDING.with(|h| h.set(true));
        return events.granted.emit(());
    };
    let options = Object::new();
    match mode {
        Mode::IfFree => {
            let _ = Reflect::set(&options, &"ifAvailable".into(), &true.into());
        }
        Mode::Wait => {}
        Mode::Steal => {
            let _ = Reflect::set(&options, &"steal".into(), &true.into());
        }
    }
    let (granted, elsewhere) = (events.granted.clone(), events.held_elsewhere.clone());
    let asked_in = generation();
    let on_lock = Closure::once_into_js(move |lock: JsValue| -> JsValue {
        if asked_in != generation() {
            // Asked for before this tab let go: not wanted any more.
            return JsValue::UNDEFINED;
        }
        if lock.is_null() {
            elsewhere.emit(());
            return JsValue::UNDEFINED;
        }
        if holding() {
            // A steal and a wait both granted: the second has nothing to do.
            return JsValue::UNDEFINED;
        }
        let held = Promise::new(&mut |resolve, _| {
            LET_GO.with(|l| *l.borrow_mut() = Some(resolve));
        });
        HOLDING.with(|h| h.set(true));
        granted.emit(());
        held.into()
    });
    let Ok(request) =
        Reflect::get(&locks, &"request".into()).and_then(|f| f.dyn_into::<Function>())
    else {
        HOLDING.with(|h| h.set(true));
        return events.granted.emit(());
    };
    let args = Array::of3(&LOCK.into(), &options, &on_lock);
    let Ok(promise) = request
        .apply(&locks, &args)
        .and_then(|p| p.dyn_into::<Promise>())
    else {
        HOLDING.with(|h| h.set(true));
        return events.granted.emit(());
    };
    // A stolen lock rejects the holder's request with an AbortError.
    let lost = events.lost.clone();
    let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
        if holding() {
            HOLDING.with(|h| h.set(false));
            next_generation();
            LET_GO.with(|l| l.borrow_mut().take());
            lost.emit(());
        }
    });
    let _ = promise.catch(&on_error);
    // Lives as long as the request: once per request, a few per session.
    on_error.forget();
}

#[derive(Clone, Copy)]
enum Mode {
    IfFree,
    Wait,
    Steal,
}

/// At start: take the workspace if no other tab holds it. A reload's new
/// page can start before the old page's lock is released, so a taken lock
/// is asked for again a few times before the page says another tab has it.
pub fn acquire(events: LockEvents) {
    acquire_with_retries(events, 4);
}

fn acquire_with_retries(events: LockEvents, retries: u32) {
    let retry = {
        let events = events.clone();
        Callback::from(move |()| {
            if retries == 0 {
                events.held_elsewhere.emit(());
            } else {
                let events = events.clone();
                Timeout::new(250, move || acquire_with_retries(events, retries - 1)).forget();
            }
        })
    };
    request(
        LockEvents {
            held_elsewhere: retry,
            ..events
        },
        Mode::IfFree,
    );
}

/// "Use it here": asks the holder to save and let go, waits for the lock,
/// and takes it by force if the holder has not let go in a few seconds.
pub fn take_over(events: LockEvents) {
    listen(&events);
    CHANNEL_OPEN.with(|c| {
        if let Some(c) = c.borrow().as_ref() {
            let _ = c.post_message(&RELEASE.into());
        }
    });
    request(events.clone(), Mode::Wait);
    let asked_in = generation();
    Timeout::new(STEAL_AFTER_MS, move || {
        // Not if this tab got the workspace and has since let it go again
        // (to a "Use it here" in another tab): that tab has it now.
        if !holding() && generation() == asked_in {
            request(events, Mode::Steal);
        }
    })
    .forget();
}

/// Lets go of the workspace (after saving), for the tab that asked.
pub fn release() {
    HOLDING.with(|h| h.set(false));
    next_generation();
    if let Some(resolve) = LET_GO.with(|l| l.borrow_mut().take()) {
        let _ = resolve.call0(&JsValue::UNDEFINED);
    }
}

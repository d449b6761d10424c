//! Autosave: writes the latest state to storage right after the frame that
//! shows an edit is painted, coalescing edits made meanwhile, so that saving
//! a long article never delays the highlight the user is waiting for. A
//! pending save is flushed at once when the page is hidden or closed.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::{Callback, UseReducerHandle};

use crate::ui::state::AppState;
use crate::ui::storage;

#[derive(Clone)]
pub struct Autosave {
    inner: Rc<RefCell<Inner>>,
    /// Told the outcome of each save: `Err` with a message when storage
    /// refused it, `Ok` after a save that worked.
    on_result: Callback<Result<(), String>>,
}

struct Inner {
    latest: Option<UseReducerHandle<AppState>>,
    saved_document_revision: Option<u64>,
    frame: Option<AnimationFrame>,
}

impl PartialEq for Autosave {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Autosave {
    pub fn new(on_result: Callback<Result<(), String>>) -> Self {
        let inner = Inner {
            latest: None,
            saved_document_revision: None,
            frame: None,
        };
        Autosave {
            inner: Rc::new(RefCell::new(inner)),
            on_result,
        }
    }

    /// Schedules a save of `state` after the next frame.
    pub fn request(&self, state: UseReducerHandle<AppState>) {
        let mut inner = self.inner.borrow_mut();
        inner.latest = Some(state);
        if inner.frame.is_none() {
            let me = self.clone();
            // rAF runs just before the frame is painted; the timeout after it.
            inner.frame = Some(request_animation_frame(move |_| {
                Timeout::new(0, move || me.flush()).forget();
            }));
        }
    }

    /// Saves what is pending now.
    pub fn flush(&self) {
        let result = {
            let mut inner = self.inner.borrow_mut();
            inner.frame = None;
            let Some(state) = inner.latest.take() else {
                return;
            };
            let session = &state.session;
            let mut result = Ok(());
            if inner.saved_document_revision != Some(state.document_revision) {
                result = storage::save_document(&session.document);
                if result.is_ok() {
                    inner.saved_document_revision = Some(state.document_revision);
                }
            }
            result.and_then(|_| storage::save_annotations(&session.document, &session.annotations))
        };
        // Emitted with no borrow held: the callback may re-render and so
        // call `request` again.
        self.on_result.emit(result);
    }
}

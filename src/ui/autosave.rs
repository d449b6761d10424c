//! Autosave: writes the workspace to IndexedDB right after the frame that
//! shows an edit is painted, coalescing edits made meanwhile, so that saving
//! a long article never delays the highlight the user is waiting for. The
//! current document is written after each change; others when they are
//! added, marked done or removed. A pending save is flushed when the page
//! is hidden or closed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use yew::{Callback, UseReducerHandle};

use crate::ui::idb;
use crate::ui::state::AppState;

/// The outcome of a save: the bytes the workspace now takes, or why
/// storage refused it.
pub type SaveResult = Result<usize, String>;

#[derive(Clone)]
pub struct Autosave {
    inner: Rc<RefCell<Inner>>,
    on_result: Callback<SaveResult>,
}

#[derive(Default)]
struct Inner {
    latest: Option<UseReducerHandle<AppState>>,
    /// What is in storage: per document id, the size of its text and the
    /// identity of the document it was written from.
    texts: HashMap<String, (usize, usize)>,
    /// Per document id, the size of its annotations and its done mark.
    saved: HashMap<String, (usize, bool)>,
    frame: Option<AnimationFrame>,
}

impl PartialEq for Autosave {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Autosave {
    pub fn new(on_result: Callback<SaveResult>) -> Self {
        Autosave {
            inner: Rc::default(),
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
        let write = {
            let mut inner = self.inner.borrow_mut();
            inner.frame = None;
            let Some(state) = inner.latest.take() else {
                return;
            };
            let ws = &state.workspace;
            let current = ws.current_index();
            let mut put = Vec::new();
            let mut texts = Vec::new();
            let mut order = Vec::new();
            for (i, entry) in ws.entries().enumerate() {
                let id = entry.session.document.id.clone();
                let stale = inner
                    .saved
                    .get(&id)
                    .is_none_or(|(_, done)| *done != entry.done);
                // A document replaced by an import is a new Rc: written again.
                let identity = Rc::as_ptr(&entry.session.document) as usize;
                if inner.texts.get(&id).is_none_or(|(_, was)| *was != identity) {
                    let json = idb::encode_text(entry);
                    inner.texts.insert(id.clone(), (json.len(), identity));
                    texts.push((id.clone(), json));
                }
                if i == current || stale {
                    let json = idb::encode_annotations(entry);
                    inner.saved.insert(id.clone(), (json.len(), entry.done));
                    put.push((id.clone(), json));
                }
                order.push(id);
            }
            let delete: Vec<String> = inner
                .saved
                .keys()
                .filter(|id| !order.contains(id))
                .cloned()
                .collect();
            for id in &delete {
                inner.saved.remove(id);
                inner.texts.remove(id);
            }
            let used: usize = inner.saved.values().map(|(size, _)| size).sum::<usize>()
                + inner.texts.values().map(|(size, _)| size).sum::<usize>();
            let current = order[current].clone();
            (
                idb::Write {
                    texts,
                    put,
                    delete,
                    order,
                    current,
                },
                used,
            )
        };
        // Called with no borrow held: the callback may re-render and so
        // call `request` again.
        let (write, used) = write;
        let on_result = self.on_result.clone();
        idb::write(write, move |result| on_result.emit(result.map(|()| used)));
    }
}

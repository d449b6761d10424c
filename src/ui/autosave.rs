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

use crate::domain::formats::stored::SetAside;
use crate::domain::workspace::Entry;
use crate::ui::state::AppState;
use crate::ui::{idb, tab_lock};

/// The outcome of a save: the bytes the workspace now takes, or why
/// storage refused it.
pub type SaveResult = Result<usize, String>;

/// About how many bytes one scheduled save encodes (a few milliseconds'
/// work); the current document is always saved whole.
const SAVE_BUDGET_BYTES: usize = 512 * 1024;

#[derive(Clone)]
pub struct Autosave {
    inner: Rc<RefCell<Inner>>,
    on_result: Callback<SaveResult>,
}

#[derive(Default)]
struct Inner {
    latest: Option<UseReducerHandle<AppState>>,
    /// What storage holds, per document id: the entry last written (an
    /// entry's `Rc` is replaced whenever it changes) and its size, and the
    /// size of its text.
    saved: HashMap<String, (Rc<Entry>, usize, usize)>,
    /// The records kept aside as last written.
    saved_aside: Option<Rc<Vec<SetAside>>>,
    /// Documents storage may hold although `saved` forgot them (a write
    /// failed): the next write deletes those no longer listed, so that a
    /// removal whose write failed does not come back.
    maybe_stored: std::collections::HashSet<String>,
    frame: Option<AnimationFrame>,
    /// The save scheduled is the rest of one cut short, not an edit's: a
    /// failed write drops it (it would start over from the first document
    /// every frame), and the next edit tries again.
    follow_up: bool,
    /// Writes sent and not yet finished.
    in_flight: usize,
    /// Run once nothing is pending or in flight (a tab letting go), told
    /// whether the last write landed.
    when_idle: Vec<Box<dyn FnOnce(bool)>>,
    /// Writes sent so far, numbering each.
    sent: u64,
    /// Set when a write failed: what storage holds is older than the page,
    /// until a write sent after the failure (a full one: a failure forgets
    /// what was written) lands. Holds the number of the last write sent
    /// when the failure was seen; writes up to it do not clear it.
    failed_before: Option<u64>,
}

impl Inner {
    /// Storage holds everything: nothing scheduled, nothing in flight, no
    /// failure outstanding.
    fn settled(&self) -> bool {
        self.latest.is_none() && self.in_flight == 0 && self.failed_before.is_none()
    }
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
        inner.follow_up = false;
        if inner.frame.is_none() {
            let me = self.clone();
            // rAF runs just before the frame is painted; the timeout after it.
            inner.frame = Some(request_animation_frame(move |_| {
                Timeout::new(0, move || me.flush_within(Some(SAVE_BUDGET_BYTES))).forget();
            }));
        }
    }

    /// Saves what is pending, then runs `f` once every write has finished
    /// (at once if nothing is pending), telling it whether storage now holds
    /// everything (false when the last write failed).
    pub fn flush_then(&self, f: impl FnOnce(bool) + 'static) {
        self.flush();
        let mut inner = self.inner.borrow_mut();
        if inner.in_flight == 0 {
            let saved = inner.failed_before.is_none();
            drop(inner);
            f(saved);
        } else {
            inner.when_idle.push(Box::new(f));
        }
    }

    /// Whether storage holds everything: nothing scheduled, nothing in
    /// flight, and the last write landed. Then a closing page needs no
    /// journal (writing one costs a serialised 1 MB article on every
    /// reload).
    pub fn is_settled(&self) -> bool {
        self.inner.borrow().settled()
    }

    /// Drops a scheduled save (the page stopped saving: halted, storage
    /// off, or the workspace taken by another tab).
    pub fn cancel(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.latest = None;
        inner.frame = None;
        inner.follow_up = false;
    }

    /// Forgets what was written: the next save writes everything (after
    /// another tab changed the database).
    pub fn forget(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.saved.clear();
        inner.saved_aside = None;
        inner.latest = None;
    }

    /// Saves everything pending now; nothing unless this tab holds the
    /// workspace (a tab whose lock was taken must not overwrite the new
    /// holder's saves with a frame it had scheduled).
    pub fn flush(&self) {
        self.flush_within(None)
    }

    /// Saves what is pending: with a budget, the current document and then
    /// other documents until about `budget` bytes are encoded, leaving the
    /// rest to the next frame's save (encoding a thousand imported
    /// documents at once made one task of 75 ms). Storage's list keeps
    /// naming a document left for later, so that what storage holds of it
    /// is neither deleted nor moved; reloading skips a name it lacks.
    fn flush_within(&self, budget: Option<usize>) {
        let mut more = false;
        let (write, used, rest) = {
            let mut inner = self.inner.borrow_mut();
            inner.frame = None;
            if !tab_lock::holding() {
                inner.latest = None;
                return;
            }
            let Some(state) = inner.latest.take() else {
                return;
            };
            let aside = match &inner.saved_aside {
                Some(was) if Rc::ptr_eq(was, &state.set_aside) => None,
                _ => {
                    inner.saved_aside = Some(state.set_aside.clone());
                    Some(
                        serde_json::to_string(&*state.set_aside)
                            .expect("set-aside records serialise"),
                    )
                }
            };
            let ws = &state.workspace;
            let current = ws.current().session.document.id.clone();
            let (mut texts, mut put, mut order) = (Vec::new(), Vec::new(), Vec::new());
            let mut encoded = 0;
            let mut skipped = std::collections::HashSet::new();
            for entry in ws.shared_entries() {
                let id = entry.session.document.id.clone();
                let previous = inner.saved.get(&id);
                let written = previous.is_some_and(|(was, _, _)| Rc::ptr_eq(was, entry));
                if !written && id != current && budget.is_some_and(|b| encoded >= b) {
                    // Left for the next frame's save. Still listed, so
                    // that what storage may hold of it stays (and in its
                    // place); a name storage lacks is skipped on reload.
                    more = true;
                    skipped.insert(id.clone());
                    order.push(id);
                    continue;
                }
                let text_size = match previous {
                    Some((was, _, size))
                        if Rc::ptr_eq(&was.session.document, &entry.session.document) =>
                    {
                        *size
                    }
                    _ => {
                        let json = idb::encode_text(entry);
                        let size = json.len();
                        encoded += size;
                        texts.push((id.clone(), json));
                        size
                    }
                };
                let annotations_size = match previous {
                    Some((was, size, _)) if Rc::ptr_eq(was, entry) => *size,
                    _ => {
                        let json = idb::encode_annotations(entry);
                        let size = json.len();
                        encoded += size;
                        put.push((id.clone(), json));
                        size
                    }
                };
                inner
                    .saved
                    .insert(id.clone(), (entry.clone(), annotations_size, text_size));
                order.push(id);
            }
            let listed: std::collections::HashSet<&String> = order.iter().collect();
            let mut delete: Vec<String> = inner
                .saved
                .keys()
                .filter(|id| !listed.contains(id))
                .cloned()
                .collect();
            let maybe_stored = std::mem::take(&mut inner.maybe_stored);
            let forgotten: Vec<String> = maybe_stored
                .iter()
                .filter(|id| !listed.contains(id) && !delete.contains(id))
                .cloned()
                .collect();
            // What a later save writes may still be in storage meanwhile.
            inner.maybe_stored = maybe_stored
                .into_iter()
                .filter(|id| skipped.contains(id))
                .collect();
            delete.extend(forgotten);
            for id in &delete {
                inner.saved.remove(id);
            }
            let used = inner.saved.values().map(|(_, a, t)| a + t).sum::<usize>();
            // The rest is saved after the next frame, from the state then
            // (an edit made meanwhile is saved with it).
            let rest = more.then(|| state.clone());
            (
                idb::Write {
                    texts,
                    put,
                    delete,
                    order,
                    current,
                    aside,
                },
                used,
                rest,
            )
        };
        // The rest follows after the next frame, even while an earlier
        // failure is outstanding (dropping it then left documents unsaved
        // while storage was said to hold everything). A write that fails
        // drops a rest still waiting, so a storage that keeps refusing
        // stops the series; the next edit tries again.
        if let Some(state) = rest {
            self.request(state);
            self.inner.borrow_mut().follow_up = true;
        }
        // Called with no borrow held: the callback may re-render and so
        // call `request` again. A failed write forgets what is saved, so
        // that the next save writes everything again.
        let (on_result, me) = (self.on_result.clone(), self.clone());
        let deleting = write.delete.clone();
        let number = {
            let mut inner = self.inner.borrow_mut();
            inner.in_flight += 1;
            inner.sent += 1;
            inner.sent
        };
        idb::write(write, move |result| {
            let (idle, resave, saved, settled) = {
                let mut inner = me.inner.borrow_mut();
                match (&result, inner.failed_before) {
                    (Err(_), _) => {
                        let forgotten: Vec<String> = inner.saved.keys().cloned().collect();
                        inner.maybe_stored.extend(forgotten);
                        inner.maybe_stored.extend(deleting);
                        inner.saved.clear();
                        inner.saved_aside = None;
                        inner.failed_before = Some(inner.sent);
                        if std::mem::take(&mut inner.follow_up) {
                            inner.latest = None;
                            inner.frame = None;
                        }
                    }
                    (Ok(()), Some(before)) if number > before => inner.failed_before = None,
                    _ => {}
                }
                inner.in_flight -= 1;
                let saved = inner.failed_before.is_none();
                // Storage holds everything only once nothing else is on its
                // way: the journal is cleared then, not by an earlier write.
                let settled = inner.settled();
                // A tab letting go waits for an edit made while this write
                // was in flight, too: it is saved first.
                let resave =
                    inner.in_flight == 0 && !inner.when_idle.is_empty() && inner.latest.is_some();
                let idle = if inner.in_flight == 0 && !resave {
                    std::mem::take(&mut inner.when_idle)
                } else {
                    Vec::new()
                };
                (idle, resave, saved, settled)
            };
            // A write that landed while an earlier one failed is not "saved":
            // storage still lacks what the failed one carried.
            match result {
                Err(e) => on_result.emit(Err(e)),
                Ok(()) if settled => on_result.emit(Ok(used)),
                Ok(()) => {}
            }
            let idle = if resave {
                me.flush();
                // Nothing was sent (this tab no longer holds the
                // workspace, say): the waiting callbacks run now.
                let mut inner = me.inner.borrow_mut();
                if inner.in_flight == 0 {
                    std::mem::take(&mut inner.when_idle)
                } else {
                    Vec::new()
                }
            } else {
                idle
            };
            idle.into_iter().for_each(|f| f(saved));
        });
    }
}

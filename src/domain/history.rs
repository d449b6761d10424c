//! Undo and redo: stacks of applied edits (each a list of primitive
//! changes), without a limit. The stacks are persistent linked lists, so
//! cloning a history (as the UI's reducer does on every action) is O(1).

use std::rc::Rc;

use super::annotations::Annotations;
use super::edit::Change;

#[derive(Debug)]
struct Entry {
    changes: Rc<[Change]>,
    below: Option<Rc<Entry>>,
}

impl Drop for Entry {
    /// Unlinks the list iteratively: a long session's history would
    /// otherwise overflow the stack when dropped recursively.
    fn drop(&mut self) {
        let mut below = self.below.take();
        while let Some(rc) = below {
            match Rc::try_unwrap(rc) {
                Ok(mut entry) => below = entry.below.take(),
                Err(_) => break,
            }
        }
    }
}

type Stack = Option<Rc<Entry>>;

fn push(stack: &Stack, changes: Rc<[Change]>) -> Stack {
    Some(Rc::new(Entry {
        changes,
        below: stack.clone(),
    }))
}

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Stack,
    redo: Stack,
    undo_len: usize,
    redo_len: usize,
}

impl History {
    /// Records an applied edit; a new edit clears what could be redone.
    pub fn record(&mut self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        self.undo = push(&self.undo, changes.into());
        self.undo_len += 1;
        self.redo = None;
        self.redo_len = 0;
    }

    /// Reverts the last edit; false when there is nothing to undo.
    pub fn undo(&mut self, ann: &mut Annotations) -> bool {
        let Some(top) = self.undo.take() else {
            return false;
        };
        for change in top.changes.iter().rev() {
            change.inverse().apply_to(ann);
        }
        self.undo = top.below.clone();
        self.undo_len -= 1;
        self.redo = push(&self.redo, top.changes.clone());
        self.redo_len += 1;
        true
    }

    /// Re-applies the last undone edit; false when there is none.
    pub fn redo(&mut self, ann: &mut Annotations) -> bool {
        let Some(top) = self.redo.take() else {
            return false;
        };
        for change in top.changes.iter() {
            change.apply_to(ann);
        }
        self.redo = top.below.clone();
        self.redo_len -= 1;
        self.undo = push(&self.undo, top.changes.clone());
        self.undo_len += 1;
        true
    }

    /// The changes the next undo would revert (after a redo: the redone
    /// edit).
    pub fn last_done(&self) -> Option<&[Change]> {
        self.undo.as_deref().map(|e| &*e.changes)
    }

    /// The changes the last undo reverted.
    pub fn last_undone(&self) -> Option<&[Change]> {
        self.redo.as_deref().map(|e| &*e.changes)
    }

    pub fn can_undo(&self) -> bool {
        self.undo_len > 0
    }

    pub fn can_redo(&self) -> bool {
        self.redo_len > 0
    }
}

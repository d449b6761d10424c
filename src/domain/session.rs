//! A session: one document, its annotations and their undo history. This is
//! the state the UI renders; every change goes through [`Session::apply`],
//! [`Session::undo`] or [`Session::redo`].

use std::rc::Rc;

use super::annotations::Annotations;
use super::document::{Block, Document};
use super::edit::{self, Applied, Edit, EditError};
use super::history::History;

#[derive(Debug, Clone)]
pub struct Session {
    pub document: Rc<Document>,
    /// The document's headline and paragraphs, computed once on load.
    pub blocks: Rc<[Block]>,
    pub annotations: Annotations,
    pub history: History,
}

impl Session {
    pub fn new(document: Document, annotations: Annotations) -> Session {
        let blocks = document.blocks().into();
        Session {
            document: Rc::new(document),
            blocks,
            annotations,
            history: History::default(),
        }
    }

    /// Applies an edit and records it for undo; a refused edit changes
    /// nothing.
    pub fn apply(&mut self, edit: Edit) -> Result<Applied, EditError> {
        let applied = edit::apply(
            &mut self.annotations,
            &self.document.text,
            &self.blocks,
            edit,
        )?;
        self.history.record(applied.changes.clone());
        Ok(applied)
    }

    pub fn undo(&mut self) -> bool {
        self.history.undo(&mut self.annotations)
    }

    pub fn redo(&mut self) -> bool {
        self.history.redo(&mut self.annotations)
    }

    /// The index of the block that contains a byte offset.
    pub fn block_at(&self, byte: usize) -> Option<usize> {
        let i = self.blocks.partition_point(|b| b.range.end < byte);
        (i < self.blocks.len() && self.blocks[i].range.start <= byte).then_some(i)
    }
}

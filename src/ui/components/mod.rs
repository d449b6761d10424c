//! The view components. Each renders props and dispatches actions; none
//! touches storage, files or the reducer's internals.

pub mod article;
pub mod datasets;
pub mod dialogs;
pub mod documents;
pub mod side_panel;
pub mod summary;
pub mod toolbar;

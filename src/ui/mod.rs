//! The Yew shell: components render [`state::AppState`] and dispatch
//! [`state::Action`]s to its one reducer; [`storage`], [`files`] and
//! [`selection`] are the edge where the browser is touched.

pub mod app;
pub mod autosave;
pub mod caret;
pub mod components;
pub mod files;
pub mod idb;
pub mod keys;
pub mod panic;
pub mod selection;
pub mod state;
pub mod storage;
pub mod tab_lock;
pub mod view_model;

pub use app::App;

//! The Yew shell: components render [`state::AppState`] and dispatch
//! [`state::Action`]s to its one reducer; [`storage`], [`files`] and
//! [`selection`] are the edge where the browser is touched.

// Pure, and tested natively: the keymap, what the article draws, the
// reducer.
pub mod keys;
pub mod state;
pub mod view_model;

// The browser's edge: built for wasm32 only.
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod autosave;
#[cfg(target_arch = "wasm32")]
pub mod caret;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod formats_worker;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod import_reader;
#[cfg(target_arch = "wasm32")]
pub mod panic;
#[cfg(target_arch = "wasm32")]
pub mod selection;
#[cfg(target_arch = "wasm32")]
pub mod slices;
#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod tab_lock;

#[cfg(target_arch = "wasm32")]
pub use app::App;

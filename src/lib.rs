//! Article annotator: mark the quotes in a news article and say who said them.
//!
//! Code map: [`domain`] is the core (documents, offsets, spans, speakers, the
//! edit actions, undo history, import/export formats) and knows nothing of the
//! browser; [`ui`] is the Yew shell that renders the core's state, turns user
//! events into actions for one reducer, and keeps every effect (storage,
//! files, downloads) at its edge. `src/main.rs` only mounts the app.

pub mod domain;
pub mod ui;

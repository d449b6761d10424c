//! The domain core: everything the annotator knows about texts and their
//! annotations, with no dependency on yew, web-sys, gloo or wasm-bindgen.
//!
//! Offsets inside the core are byte offsets into the normalised document
//! text (always on grapheme-cluster boundaries). Code points and UTF-16 units
//! appear only where the core meets the outside: [`offsets`] converts, and
//! [`formats`] writes both into files.

pub mod agreement;
pub mod annotations;
pub mod announce;
pub mod corpus;
pub mod curation;
pub mod document;
pub mod edit;
pub mod evaluation;
pub(crate) mod fast_hash;
pub mod formats;
pub mod history;
pub mod layers;
pub mod limits;
pub mod offsets;
pub mod review;
pub mod session;
pub mod spans;
pub mod suggest;
pub mod workspace;

//! File formats: boundary types that are serialised, versioned and kept
//! apart from the model, and the translations between them and the model.
//! Every importer parses in two stages: the raw shape first, then a
//! validation into model types that names the first problem it finds.

pub mod native;
pub mod stored;

//! Annotation layers: whose annotations a set is. Each document has the
//! user's own layer, optionally a gold layer (the curated version), and
//! read-only layers of other annotators imported from their files. This
//! module owns the rules about annotator names: one equality
//! ([`same_annotator`], by [`name_key`]), the reserved name of the gold
//! layer ([`GOLD`]), and what a valid annotator name is.

use super::annotations::{name_key, Annotations};
use super::limits;

/// The annotator name a gold layer carries in files.
pub const GOLD: &str = "gold";

/// Another annotator's annotations of a document: read only here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotatorLayer {
    pub annotator: String,
    pub annotations: Annotations,
}

/// Whether two annotator names name the same person (case and spacing
/// aside, as speaker names are compared).
pub fn same_annotator(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// Whether a name is the gold layer's.
pub fn is_gold(name: &str) -> bool {
    same_annotator(name, GOLD)
}

/// A name a user may give themselves: trimmed, not empty, within the name
/// bound, and not the gold layer's.
pub fn check_annotator_name(name: &str) -> Result<String, String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err("An annotator name can't be empty.".to_owned());
    }
    limits::check_annotator(&name)?;
    if is_gold(&name) {
        return Err(format!(
            "“{name}” is the name of the gold layer; choose another name."
        ));
    }
    Ok(name)
}

/// Annotations with nothing in them.
pub fn is_blank(a: &Annotations) -> bool {
    a.quotes.is_empty() && a.mentions.is_empty() && a.speakers.is_empty() && a.rejected.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_compare_by_key_and_gold_is_reserved() {
        assert!(same_annotator("Élodie  Roux", "élodie roux"));
        assert!(!same_annotator("Ana", "Ben"));
        assert!(is_gold(" GOLD "));
        assert!(check_annotator_name("Gold").is_err());
        assert!(check_annotator_name("   ").is_err());
        assert_eq!(check_annotator_name("  Ana   Lima ").unwrap(), "Ana Lima");
    }
}

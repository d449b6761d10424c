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

/// What the user's own layer is called when they gave no name.
pub const YOU: &str = "you";

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

/// An annotator name as kept: spaces collapsed, not empty, within the
/// name bound. Every door (settings, files, storage) goes through it.
pub fn normalize_annotator(name: &str) -> Result<String, String> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err("an annotator name can't be empty".to_owned());
    }
    limits::check_annotator(&name)?;
    Ok(name)
}

/// A name a user may give themselves: a valid annotator name that is not
/// reserved (the gold layer's, or the unnamed user's).
pub fn check_annotator_name(name: &str) -> Result<String, String> {
    let name = normalize_annotator(name).map_err(|e| {
        let mut e = e;
        e[..1].make_ascii_uppercase();
        format!("{e}.")
    })?;
    if is_gold(&name) || same_annotator(&name, YOU) {
        return Err(format!(
            "“{name}” is reserved (for the gold layer, or for you when unnamed); choose another name."
        ));
    }
    Ok(name)
}

/// Whether a record's annotator is the user: their name, or "you" (how
/// an unnamed user's layer is written among other layers) while they
/// have none.
pub fn is_me(annotator: &str, me: Option<&str>) -> bool {
    same_annotator(annotator, me.unwrap_or(YOU))
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
        assert!(check_annotator_name("You").is_err());
        assert!(is_me("you", None) && is_me("Ana", Some("ana")) && !is_me("you", Some("Ana")));
        assert!(check_annotator_name("   ").is_err());
        assert_eq!(check_annotator_name("  Ana   Lima ").unwrap(), "Ana Lima");
    }
}

//! Every bound on what comes in, in one place. Each door text or a name
//! comes in through (a file opened, a paste, every importer, every file
//! inside a zip) checks against these constants, with the functions below,
//! so that no door takes what another refuses. A value over its bound is
//! refused with a message saying how large it is and what the bound is:
//! never truncated, never a panic. Callers put the message in a
//! [`LoadError`](super::document::LoadError) or an import
//! [`Problem`](super::formats::Problem) with its location.
//!
//! | bound | value | at it |
//! |---|---|---|
//! | a text (file, paste, imported document, file in a zip) | 32 MiB | refused |
//! | a document id | 200 bytes (and not blank) | the document is refused |
//! | a document title | 2,000 bytes | the document is refused |
//! | a speaker name or alias | 1,000 bytes (a name not blank) | the span (or the native document) is refused |
//! | unpacked from zips, per import, nested zips included | 256 MiB | the rest is skipped |
//! | files unpacked from zips, per import | 100,000 | the rest is skipped |
//! | zips inside zips | 2 levels | deeper zips are not unpacked |
//!
//! The id bound is also the longest file-name stem an export writes, so a
//! valid id is never shortened in a file name and names stay well under
//! the 255 bytes file systems allow.

use super::annotations::Annotations;
use super::document::Document;

const MIB: usize = 1024 * 1024;

/// The largest text the annotator takes: chosen so that a 20 MB article
/// loads, with headroom, while a stray video or disk image is refused
/// quickly.
pub const MAX_TEXT_BYTES: usize = 32 * MIB;

/// The longest document id.
pub const MAX_ID_BYTES: usize = 200;

/// The longest document title (a headline, even a long one, is far less).
pub const MAX_TITLE_BYTES: usize = 2_000;

/// The longest speaker name or alias.
pub const MAX_NAME_BYTES: usize = 1_000;

/// The most bytes one import may unpack, across every zip it reads
/// (nested zips included): eight of the largest texts.
pub const MAX_UNPACKED_BYTES: u64 = 8 * MAX_TEXT_BYTES as u64;

/// The most files one import may unpack, across every zip it reads.
pub const MAX_UNPACKED_FILES: usize = 100_000;

/// How many zips deep an import unpacks: a zip, and zips inside it.
pub const MAX_ZIP_DEPTH: usize = 2;

/// The longest file-name stem an export writes (before a `-2` suffix and
/// the extension).
pub const MAX_FILE_STEM_BYTES: usize = MAX_ID_BYTES;

/// `33554432` as `33,554,432`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A byte count as people read it: "33,554,432 bytes (32 MiB)".
pub fn describe_bytes(n: u64) -> String {
    if n >= MIB as u64 && n % MIB as u64 == 0 {
        format!("{} bytes ({} MiB)", grouped(n), n / MIB as u64)
    } else {
        format!("{} bytes", grouped(n))
    }
}

/// The start of a long value, to name it in a message.
fn excerpt(s: &str) -> String {
    let mut out: String = s.chars().take(24).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// Refuses a text longer than [`MAX_TEXT_BYTES`]; `len` in bytes.
pub fn check_text_len(len: usize) -> Result<(), String> {
    if len > MAX_TEXT_BYTES {
        return Err(format!(
            "the text is {}; the largest text the annotator takes is {}",
            describe_bytes(len as u64),
            describe_bytes(MAX_TEXT_BYTES as u64)
        ));
    }
    Ok(())
}

fn check_len(value: &str, what: &str, limit: usize) -> Result<(), String> {
    if value.len() > limit {
        return Err(format!(
            "the {what} {:?} is {}; it may be at most {}",
            excerpt(value),
            describe_bytes(value.len() as u64),
            describe_bytes(limit as u64)
        ));
    }
    Ok(())
}

/// Refuses a document id longer than [`MAX_ID_BYTES`], or blank (the
/// dataset formats read a blank id as none given).
pub fn check_id(id: &str) -> Result<(), String> {
    if id.trim().is_empty() {
        return Err("the document id is empty".to_owned());
    }
    check_len(id, "document id", MAX_ID_BYTES)
}

/// Refuses a title longer than [`MAX_TITLE_BYTES`].
pub fn check_title(title: &str) -> Result<(), String> {
    check_len(title, "title", MAX_TITLE_BYTES)
}

/// Refuses a speaker name longer than [`MAX_NAME_BYTES`], or blank (as
/// the editor does: a speaker needs a name).
pub fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("the speaker name is empty".to_owned());
    }
    check_len(name, "speaker name", MAX_NAME_BYTES)
}

/// Refuses an annotator name longer than [`MAX_NAME_BYTES`].
pub fn check_annotator(name: &str) -> Result<(), String> {
    check_len(name, "annotator name", MAX_NAME_BYTES)
}

/// Refuses an alias longer than [`MAX_NAME_BYTES`].
pub fn check_alias(alias: &str) -> Result<(), String> {
    check_len(alias, "alias", MAX_NAME_BYTES)
}

/// A document's text, id and title, each against its bound.
pub fn check_document(document: &Document) -> Result<(), String> {
    check_text_len(document.text.len())?;
    check_id(&document.id)?;
    check_title(&document.title)
}

/// A whole document with its annotations: the document, and every
/// speaker's name and aliases. For importers that take or refuse a
/// document as a whole (the native file, native JSONL).
pub fn check_record(document: &Document, annotations: &Annotations) -> Result<(), String> {
    check_document(document)?;
    for s in &annotations.speakers {
        check_name(&s.name)
            .and_then(|()| s.aliases.iter().try_for_each(|a| check_alias(a)))
            .map_err(|m| format!("speaker {}: {m}", s.id.label()))?;
    }
    Ok(())
}

/// What one import may still unpack: one per import, shared by every zip
/// it reads, nested ones included, so that a zip of zips cannot multiply
/// the bound.
#[derive(Debug, Clone)]
pub struct UnpackBudget {
    bytes: u64,
    files: usize,
}

impl Default for UnpackBudget {
    fn default() -> Self {
        UnpackBudget {
            bytes: MAX_UNPACKED_BYTES,
            files: MAX_UNPACKED_FILES,
        }
    }
}

impl UnpackBudget {
    /// Bytes that may still be unpacked.
    pub fn bytes_left(&self) -> u64 {
        self.bytes
    }

    /// Whether another file may be unpacked.
    pub fn file_left(&self) -> bool {
        self.files > 0 && self.bytes > 0
    }

    /// Records a file of `bytes` unpacked; false (and nothing left) when
    /// it went over the budget.
    pub fn spend(&mut self, bytes: u64) -> bool {
        self.files = self.files.saturating_sub(1);
        match self.bytes.checked_sub(bytes) {
            Some(left) => {
                self.bytes = left;
                true
            }
            None => {
                self.bytes = 0;
                false
            }
        }
    }

    /// Why nothing more is unpacked.
    pub fn exhausted_message(&self) -> String {
        if self.files == 0 {
            format!(
                "this import has unpacked {} files from zips, the most one import may; the rest is skipped",
                grouped(MAX_UNPACKED_FILES as u64)
            )
        } else {
            format!(
                "this import unpacks to more than {}, the most one import may unpack from zips (nested zips included); the rest is skipped",
                describe_bytes(MAX_UNPACKED_BYTES)
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        assert_eq!(grouped(0), "0");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(1_000), "1,000");
        assert_eq!(
            describe_bytes(MAX_TEXT_BYTES as u64),
            "33,554,432 bytes (32 MiB)"
        );
        assert_eq!(describe_bytes(1_001), "1,001 bytes");
    }

    #[test]
    fn each_bound_takes_its_value_and_refuses_one_byte_more() {
        assert!(check_text_len(MAX_TEXT_BYTES).is_ok());
        let m = check_text_len(MAX_TEXT_BYTES + 1).unwrap_err();
        assert!(
            m.contains("33,554,433 bytes") && m.contains("32 MiB"),
            "{m}"
        );
        assert!(check_id(&"é".repeat(MAX_ID_BYTES / 2)).is_ok());
        assert!(check_id(" ").unwrap_err().contains("empty"));
        assert!(check_name("").unwrap_err().contains("empty"));
        let m = check_id(&"x".repeat(MAX_ID_BYTES + 1)).unwrap_err();
        assert!(m.contains("document id") && m.contains("201 bytes"), "{m}");
        assert!(check_title(&"x".repeat(MAX_TITLE_BYTES)).is_ok());
        assert!(check_title(&"x".repeat(MAX_TITLE_BYTES + 1)).is_err());
        assert!(check_name(&"x".repeat(MAX_NAME_BYTES)).is_ok());
        assert!(check_name(&"x".repeat(MAX_NAME_BYTES + 1)).is_err());
        assert!(check_alias(&"x".repeat(MAX_NAME_BYTES + 1))
            .unwrap_err()
            .contains("alias"));
    }

    #[test]
    fn the_budget_is_spent_across_calls_and_stops_at_zero() {
        let mut b = UnpackBudget::default();
        assert!(b.spend(MAX_UNPACKED_BYTES - 10));
        assert_eq!(b.bytes_left(), 10);
        assert!(b.file_left());
        assert!(!b.spend(11));
        assert_eq!(b.bytes_left(), 0);
        assert!(!b.file_left());
        assert!(b.exhausted_message().contains("256 MiB"));
    }
}

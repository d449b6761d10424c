//! Documents: turning raw bytes or pasted text into a normalised [`Document`],
//! and splitting its text into the headline and paragraphs that the page shows.
//!
//! Normalisation happens once, on load: a leading BOM is dropped, CRLF and
//! lone CR become LF, and nothing else changes (trailing whitespace is kept).
//! Every offset anywhere in the app refers to this normalised text.

use std::ops::Range;

use sha2::{Digest, Sha256};
use thiserror::Error;

use super::limits::{describe_bytes, MAX_TEXT_BYTES, MAX_TITLE_BYTES};

/// A text to annotate, after normalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier: derived from the text's hash unless given.
    pub id: String,
    pub title: String,
    pub text: String,
}

/// Why a file or pasted text could not become a document.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LoadError {
    #[error("“{name}” is empty: there is no text to annotate.")]
    Empty { name: String },
    #[error("“{name}” is {}; the largest text the annotator takes is {}.", describe_bytes(*size as u64), describe_bytes(MAX_TEXT_BYTES as u64))]
    TooLarge { name: String, size: usize },
    #[error("“{name}” looks like a binary file, not text (it contains a NUL byte at byte {at}).")]
    Binary { name: String, at: usize },
    #[error(
        "“{name}” is not UTF-8 text (invalid byte at offset {at}). Save it as UTF-8 and try again."
    )]
    NotUtf8 { name: String, at: usize },
}

/// Normalises line endings and drops a leading byte-order mark.
pub fn normalize(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if !raw.contains('\r') {
        return raw.to_owned();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// The SHA-256 of a text's UTF-8 bytes, as lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    // A long text is hashed for its id when it is read and again when it
    // is written (5 ms a megabyte natively, more in the browser): the last
    // long text's hash is kept, and found again by comparing the text.
    const REMEMBERED_FROM: usize = 64 * 1024;
    thread_local! {
        static LAST_LONG: std::cell::RefCell<Option<(String, String)>> =
            const { std::cell::RefCell::new(None) };
    }
    let long = text.len() >= REMEMBERED_FROM;
    if long {
        let known = LAST_LONG.with_borrow(|last| {
            last.as_ref()
                .filter(|(t, _)| t == text)
                .map(|(_, hash)| hash.clone())
        });
        if let Some(hash) = known {
            return hash;
        }
    }
    let digest = Sha256::digest(text.as_bytes());
    let hash: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    if long {
        LAST_LONG.set(Some((text.to_owned(), hash.clone())));
    }
    hash
}

impl Document {
    /// Builds a document from text, normalising it; the title is the first
    /// non-blank line, cut (ending in `…`) when longer than a title may be.
    pub fn from_text(raw: &str) -> Document {
        let text = normalize(raw);
        let title = headline(&text)
            .map(|r| short_title(text[r].trim()))
            .unwrap_or_default();
        let id = format!("doc-{}", &sha256_hex(&text)[..16]);
        Document { id, title, text }
    }

    /// Validates a file's bytes (size, binary, encoding, emptiness) and builds
    /// a document from them.
    pub fn from_file(name: &str, bytes: &[u8]) -> Result<Document, LoadError> {
        let name = name.to_owned();
        if bytes.len() > MAX_TEXT_BYTES {
            return Err(LoadError::TooLarge {
                name,
                size: bytes.len(),
            });
        }
        if let Some(at) = bytes.iter().position(|&b| b == 0) {
            return Err(LoadError::Binary { name, at });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
            name: name.clone(),
            at: e.valid_up_to(),
        })?;
        Document::from_pasted(&name, text)
    }

    /// Builds a document from pasted text, refusing text with nothing in it
    /// and text over the size limit (the same one files have).
    pub fn from_pasted(name: &str, text: &str) -> Result<Document, LoadError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(LoadError::TooLarge {
                name: name.to_owned(),
                size: text.len(),
            });
        }
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            return Err(LoadError::Empty {
                name: name.to_owned(),
            });
        }
        Ok(Document::from_text(text))
    }

    /// The headline and paragraphs of the text.
    pub fn blocks(&self) -> Vec<Block> {
        blocks(&self.text)
    }
}

/// A headline as a title: whole when it fits [`MAX_TITLE_BYTES`], else cut
/// on a character boundary and ended with `…`. (A title given by a file is
/// checked instead: see [`crate::domain::limits`].)
fn short_title(line: &str) -> String {
    if line.len() <= MAX_TITLE_BYTES {
        return line.to_owned();
    }
    let mut cut = MAX_TITLE_BYTES - '…'.len_utf8();
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}…", line[..cut].trim_end())
}

/// What a block of text is on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Headline,
    Paragraph,
}

/// A run of text shown as one element: byte range into the document text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

fn headline(text: &str) -> Option<Range<usize>> {
    blocks(text)
        .into_iter()
        .find(|b| b.kind == BlockKind::Headline)
        .map(|b| b.range)
}

/// Splits text into blocks: the first non-blank line is the headline; after
/// it, paragraphs are separated by one or more blank lines. Single newlines
/// stay inside a paragraph. Ranges exclude the separating newlines but keep
/// any other whitespace, so every byte of text outside a block is a newline
/// or belongs to a blank line.
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut offset = 0;
    for line in text.split('\n') {
        let range = offset..offset + line.len();
        offset = range.end + 1;
        if line.trim().is_empty() {
            if let Some(r) = current.take() {
                out.push(r);
            }
            continue;
        }
        if out.is_empty() && current.is_none() {
            // The headline is a single line, even when a paragraph follows
            // it without a blank line.
            out.push(range);
            continue;
        }
        current = Some(match current {
            Some(r) => r.start..range.end,
            None => range,
        });
    }
    if let Some(r) = current {
        out.push(r);
    }
    out.into_iter()
        .enumerate()
        .map(|(i, range)| Block {
            kind: if i == 0 {
                BlockKind::Headline
            } else {
                BlockKind::Paragraph
            },
            range,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_cr_and_bom_are_normalised_and_trailing_space_kept() {
        assert_eq!(normalize("\u{feff}a\r\nb\rc  \n"), "a\nb\nc  \n");
        assert_eq!(normalize("no change "), "no change ");
        assert_eq!(normalize("\r\r\n"), "\n\n");
    }

    #[test]
    fn headline_and_paragraphs_are_split_on_blank_lines() {
        let text = "\nTitle\n\nOne\nstill one\n\n\n  \nTwo 👩‍👩‍👧\n";
        let got: Vec<(&str, BlockKind)> = blocks(text)
            .into_iter()
            .map(|b| (&text[b.range], b.kind))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Title", BlockKind::Headline),
                ("One\nstill one", BlockKind::Paragraph),
                ("Two 👩‍👩‍👧", BlockKind::Paragraph),
            ]
        );
    }

    #[test]
    fn headline_without_blank_line_is_only_the_first_line() {
        let text = "Title\nBody line";
        let got: Vec<&str> = blocks(text).into_iter().map(|b| &text[b.range]).collect();
        assert_eq!(got, vec!["Title", "Body line"]);
    }

    #[test]
    fn document_title_is_first_line_and_id_from_hash() {
        let d = Document::from_text("\u{feff}Héadline  \r\n\r\nBody");
        assert_eq!(d.title, "Héadline");
        assert_eq!(d.text, "Héadline  \n\nBody");
        assert!(d.id.starts_with("doc-") && d.id.len() == 20);
    }

    #[test]
    fn bad_files_are_refused_with_a_reason() {
        assert!(matches!(
            Document::from_file("a.txt", b""),
            Err(LoadError::Empty { .. })
        ));
        assert!(matches!(
            Document::from_file("a.txt", b" \n\r\n"),
            Err(LoadError::Empty { .. })
        ));
        assert!(matches!(
            Document::from_file("a.png", b"\x89PNG\r\n\x1a\n\0\0"),
            Err(LoadError::Binary { at: 8, .. })
        ));
        assert!(matches!(
            Document::from_file("a.txt", b"caf\xe9"),
            Err(LoadError::NotUtf8 { at: 3, .. })
        ));
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        let err = Document::from_file("big.txt", &big).unwrap_err();
        assert!(err.to_string().contains("largest text"), "{err}");
        assert!(err.to_string().contains("(32 MiB)"), "{err}");
        let big = "a".repeat(MAX_TEXT_BYTES + 1);
        let err = Document::from_pasted("The pasted text", &big).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
        assert!(Document::from_pasted("p", &big[1..]).is_ok());
    }

    #[test]
    fn a_headline_longer_than_a_title_may_be_is_cut() {
        let line = "é".repeat(MAX_TITLE_BYTES);
        let d = Document::from_text(&format!("{line}\n\nBody"));
        assert!(d.title.len() <= MAX_TITLE_BYTES && d.title.ends_with('…'));
        assert!(line.starts_with(d.title.trim_end_matches('…')));
        let fits = "t".repeat(MAX_TITLE_BYTES);
        assert_eq!(Document::from_text(&fits).title, fits);
    }

    #[test]
    fn twenty_megabytes_load() {
        let para = "Paragraph with “a quote” and 👩‍👩‍👧 emoji.\n\n";
        let text = para.repeat(20 * 1024 * 1024 / para.len() + 1);
        let d = Document::from_file("big.txt", text.as_bytes()).unwrap();
        assert!(d.text.len() > 20 * 1024 * 1024);
    }

    #[test]
    fn sha256_is_hex_of_utf8_bytes() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn a_long_text_hashed_again_gets_its_own_hash() {
        use sha2::{Digest, Sha256};
        let direct = |t: &str| -> String {
            Sha256::digest(t.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        let a = "a".repeat(100_000);
        let mut b = a.clone();
        b.replace_range(50_000..50_001, "b");
        // The same text twice (remembered), then one of the same length
        // that differs in one byte, then the first again.
        for t in [&a, &a, &b, &a] {
            assert_eq!(sha256_hex(t), direct(t));
        }
    }
}

//! Zips: unpacking the zips an import is given, and writing the zips an
//! export produces. The only module that calls the zip crate.
//!
//! Unpacking is bounded per import (see [`crate::domain::limits`]): one
//! [`UnpackBudget`] is shared by every zip of one import, nested zips
//! included, so a zip of zips cannot multiply it; zips are unpacked two
//! levels deep (a zip, and zips inside it) and a deeper one is refused;
//! each file inside may be at most the largest text. Everything refused is
//! a [`Problem`] naming the file.
//!
//! Writing never panics: the zip crate panics on a file name longer than
//! 65,535 bytes (in writing the entry and again when the writer is
//! dropped), so names are checked before an entry is started, and every
//! error comes back as an [`ExportError`].

use std::io::{Cursor, Read, Write};

use super::{ExportError, InputFile, OutputFile, Problem};
use crate::domain::limits::{
    describe_bytes, UnpackBudget, MAX_TEXT_BYTES, MAX_UNPACKED_BYTES, MAX_ZIP_DEPTH,
};

/// The longest entry name a zip can hold (its length field is 16 bits).
const MAX_ENTRY_NAME_BYTES: usize = u16::MAX as usize;

/// Whether a file is a zip to unpack: by its signature or its name.
pub fn is_zip(f: &InputFile) -> bool {
    f.bytes.starts_with(b"PK\x03\x04") || f.name.to_ascii_lowercase().ends_with(".zip")
}

/// Replaces zips by the files inside them (and zips inside those by their
/// files), within one budget for the whole call: one call per import.
pub fn expand(files: Vec<InputFile>) -> (Vec<InputFile>, Vec<Problem>) {
    let mut unpacker = Unpacker::default();
    for f in files {
        unpacker.add(f, 0);
    }
    (unpacker.out, unpacker.problems)
}

#[derive(Default)]
struct Unpacker {
    budget: UnpackBudget,
    out: Vec<InputFile>,
    problems: Vec<Problem>,
}

impl Unpacker {
    /// `depth`: how many zips `f` came out of.
    fn add(&mut self, f: InputFile, depth: usize) {
        if !is_zip(&f) {
            self.out.push(f);
            return;
        }
        if depth >= MAX_ZIP_DEPTH {
            self.problems.push(Problem::new(
                f.name,
                format!(
                    "a zip nested inside {depth} zips is not unpacked (at most {MAX_ZIP_DEPTH} levels); unpack it first"
                ),
            ));
            return;
        }
        if !self.budget.file_left() {
            self.problems.push(Problem::new(
                f.name,
                format!("not unpacked: {}", self.budget.exhausted_message()),
            ));
            return;
        }
        let mut archive = match zip::ZipArchive::new(Cursor::new(&f.bytes[..])) {
            Ok(a) => a,
            Err(e) => {
                self.problems
                    .push(Problem::new(f.name, format!("not a readable zip: {e}")));
                return;
            }
        };
        for i in 0..archive.len() {
            if !self.budget.file_left() {
                self.problems.push(Problem::new(
                    f.name.clone(),
                    self.budget.exhausted_message(),
                ));
                return;
            }
            let mut entry = match archive.by_index(i) {
                Ok(e) => e,
                Err(e) => {
                    self.problems.push(Problem::new(
                        format!("{} entry {}", f.name, i + 1),
                        format!("unreadable: {e}"),
                    ));
                    continue;
                }
            };
            if entry.is_dir() {
                continue;
            }
            let name = entry.name().to_owned();
            // One byte past what may be kept, to tell "at the bound" from
            // "over it" without inflating more.
            let limit = (MAX_TEXT_BYTES as u64).min(self.budget.bytes_left()) + 1;
            let mut bytes = Vec::new();
            let read = entry.by_ref().take(limit).read_to_end(&mut bytes);
            let within = self.budget.spend(bytes.len() as u64);
            if let Err(e) = read {
                self.problems
                    .push(Problem::new(name, format!("unreadable in the zip: {e}")));
                continue;
            }
            if !within {
                self.problems.push(Problem::new(
                    name,
                    format!(
                        "skipped, and the rest of {}: this import unpacks to more than {}, the most one import may unpack from zips (nested zips included)",
                        f.name,
                        describe_bytes(MAX_UNPACKED_BYTES)
                    ),
                ));
                return;
            }
            if bytes.len() > MAX_TEXT_BYTES {
                self.problems.push(Problem::new(
                    name,
                    format!(
                        "larger than {}, the largest file the annotator takes; skipped",
                        describe_bytes(MAX_TEXT_BYTES as u64)
                    ),
                ));
                continue;
            }
            self.add(InputFile { name, bytes }, depth + 1);
        }
    }
}

/// Files as one zip (deflated), or why not.
pub fn zip_files(files: &[OutputFile]) -> Result<Vec<u8>, ExportError> {
    let fail =
        |e: &dyn std::fmt::Display| ExportError(format!("the zip could not be written: {e}"));
    for f in files {
        if f.name.len() > MAX_ENTRY_NAME_BYTES {
            // Checked before any entry is written: the zip crate panics on
            // such a name, even when the writer is only dropped.
            return Err(ExportError(format!(
                "the file name {:?}… is {} bytes, longer than a zip can hold",
                f.name.chars().take(24).collect::<String>(),
                f.name.len()
            )));
        }
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(
            files
                .iter()
                .any(|f| f.bytes.len() as u64 >= u32::MAX as u64),
        );
    for f in files {
        zip.start_file(f.name.as_str(), options)
            .map_err(|e| fail(&e))?;
        zip.write_all(&f.bytes).map_err(|e| fail(&e))?;
    }
    Ok(zip.finish().map_err(|e| fail(&e))?.into_inner())
}

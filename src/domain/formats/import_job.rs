//! An import read a few lines at a time, so that a page can spread a long
//! one over short tasks (a 1,000-document JSONL file took one task of
//! 200–300 ms) and show how far it has read. Line-by-line files (native
//! JSONL, doccano, JSONL rows) step a line at a time; the others (one JSON
//! value, a CSV, brat's pairs) are read whole in one step.
//! [`super::import`] is this job run to the end, so both give the same
//! report.

use super::common::text_of;
use super::{doccano, jsonl, rows, Format, ImportReport, InputFile, Problem};

type Report = ImportReport;

/// Where an import has got to. The files are given to each step (the job
/// does not keep them), always the same ones.
#[derive(Debug, Clone)]
pub struct ImportJob {
    format: Format,
    /// The file being read.
    file: usize,
    /// In that file: the byte its next line starts at, once its text was
    /// checked (`None`: not started).
    at: Option<usize>,
    /// Lines of that file read so far.
    line: usize,
    done: bool,
    report: Report,
}

impl ImportJob {
    pub fn new(format: Format, files: &[InputFile]) -> ImportJob {
        let mut job = ImportJob {
            format,
            file: 0,
            at: None,
            line: 0,
            done: false,
            report: ImportReport::default(),
        };
        if files.is_empty() {
            job.report
                .problems
                .push(Problem::new("input", "no files given"));
            job.done = true;
        }
        job
    }

    /// Reads at most `lines` more lines of a line-by-line format, or the
    /// whole of any other; true once the import is done.
    pub fn step(&mut self, files: &[InputFile], lines: usize) -> bool {
        if self.done {
            return true;
        }
        let read_line: fn(String, &str, &mut Report) = match self.format {
            Format::Jsonl => jsonl::import_line,
            Format::Doccano => doccano::import_line,
            Format::Native => return self.whole(jsonl::import_native_files, files),
            Format::LabelStudio => return self.whole(super::label_studio::import, files),
            Format::Brat => return self.whole(super::brat::import, files),
            Format::PlainRows => super::rows::import_line,
            Format::WebAnnotation | Format::Csv => {
                self.report.problems.push(Problem::new(
                    "input",
                    format!(
                        "the {} format is export only; import a native, JSONL, Label Studio, doccano or brat file",
                        self.format.name()
                    ),
                ));
                self.done = true;
                return true;
            }
        };
        let mut left = lines;
        while left > 0 {
            let Some(f) = files.get(self.file) else {
                self.done = true;
                return true;
            };
            let at = match self.at {
                Some(at) => at,
                // The whole file is checked once: a file that is not UTF-8
                // is one problem, not one per line.
                None => match text_of(f, &mut self.report) {
                    // A CSV file of rows is read whole.
                    Some(text)
                        if self.format == Format::PlainRows
                            && rows::import_if_csv(files, f, text, &mut self.report) =>
                    {
                        self.next_file();
                        continue;
                    }
                    Some(text) => f.bytes.len() - text.len(),
                    None => {
                        self.next_file();
                        continue;
                    }
                },
            };
            if at >= f.bytes.len() {
                self.next_file();
                continue;
            }
            let rest = &f.bytes[at..];
            let (line, next) = match rest.iter().position(|&b| b == b'\n') {
                Some(k) => (&rest[..k], at + k + 1),
                None => (rest, f.bytes.len()),
            };
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            // A line of checked text (cut at a '\n', never inside a character).
            // Blank lines are skipped; a line's location counts them.
            if let Ok(line) = std::str::from_utf8(line) {
                if !line.trim().is_empty() {
                    let loc = jsonl::location(files, &f.name, self.line + 1);
                    read_line(loc, line, &mut self.report);
                }
            }
            self.line += 1;
            self.at = Some(next);
            left -= 1;
        }
        false
    }

    /// Bytes read of all the files' bytes.
    pub fn progress(&self, files: &[InputFile]) -> (usize, usize) {
        let total: usize = files.iter().map(|f| f.bytes.len()).sum();
        if self.done {
            return (total, total);
        }
        let before: usize = files.iter().take(self.file).map(|f| f.bytes.len()).sum();
        (before + self.at.unwrap_or(0), total)
    }

    /// The report, once done (what was read so far, before).
    pub fn into_report(self) -> ImportReport {
        self.report
    }

    /// Reads a format whose files are read whole, in one step.
    fn whole(&mut self, import: fn(&[InputFile], &mut Report), files: &[InputFile]) -> bool {
        import(files, &mut self.report);
        self.done = true;
        true
    }

    fn next_file(&mut self) {
        self.file += 1;
        self.at = None;
        self.line = 0;
    }
}

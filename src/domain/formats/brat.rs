//! brat standoff: per document a `<id>.txt` (the text) and a `<id>.ann`
//! (the annotations), plus one `annotation.conf`, exported as one zip.
//! Import takes that zip, or `.txt`/`.ann` files given together.
//!
//! **Offsets are character offsets = code points** into the `.txt` as read
//! (brat's standoff documentation: "character offsets … indexed from 0 and
//! include the character at the start offset but exclude the character at
//! the end offset"; brat is Python, reading the file as a `unicode` string
//! without newline translation, so a CR of a CRLF counts). When a span's
//! text only matches with the `.txt`'s CRLFs counted as one character, that
//! reading is taken instead.
//!
//! Lines written: `T` text-bound spans typed `Quote`, `Speaker` (a mention)
//! or `Cue` (a span over a line break inside a paragraph is written as
//! fragments `s1 e1;s2 e2`, as brat does); `A` attribute `Kind` on each
//! quote (direct/indirect/mixed); `R` relations `SaidBy` (Arg1 quote, Arg2
//! speaker mention) and `HasCue` (Arg1 quote, Arg2 cue); `#` notes
//! (`AnnotatorNotes`) holding the speaker's name on each mention, and on a
//! quote whose speaker has no mention. Events (`E`) are not read.
//!
//! Lost on a round trip: document titles (the first line becomes the
//! title), ids with characters other than letters, digits, `-`, `_`, `.`
//! (replaced by `_` in file names); speaker aliases and colours; whose
//! annotations they are (the annotator's name, gold); line
//! breaks and tabs in a speaker's name (a note is one line: they become
//! spaces); which of several mentions of a speaker a quote was linked to.

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::archive::{expand, is_zip, zip_files};
use super::common::{
    assemble, document, file_stem, flatten, positions, utf8, InLink, InSpan, Label, Link, Offsets,
    SourceText, UniqueNames,
};
use super::{ExportError, ImportReport, InputFile, OutputFile, Problem};
use crate::domain::annotations::QuoteKind;
use crate::domain::corpus::Record;
use crate::domain::offsets::CodePoints;

/// The annotation configuration brat needs beside the documents.
pub const CONFIG: &str = "\
# Quotes and who said them (article-annotator export).
[entities]
Quote
Speaker
Cue

[relations]
SaidBy\tArg1:Quote, Arg2:Speaker
HasCue\tArg1:Quote, Arg2:Cue

[events]

[attributes]
Kind\tArg:Quote, Value:direct|indirect|mixed
";

fn link_name(link: Link) -> &'static str {
    match link {
        Link::SaidBy => "SaidBy",
        Link::Cue => "HasCue",
    }
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c == '\t' || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

/// The `.ann` of one record.
pub fn ann_of(record: &Record) -> String {
    let text = &record.document.text;
    let at = Offsets::new(text);
    let (spans, links) = flatten(&record.annotations);
    let mut t_of = BTreeMap::new();
    let mut out = String::new();
    let (mut a, mut notes) = (0, 0);
    for (i, s) in spans.iter().enumerate() {
        let t = format!("T{}", i + 1);
        t_of.insert(s.key.as_str(), t.clone());
        // One fragment per line of the span, as brat writes multi-line
        // spans. A line break at either end of the span stays inside the
        // first or last fragment, so that the span reads back whole.
        let mut bounds = Vec::new();
        let mut pieces = Vec::new();
        let mut from = s.range.start;
        for line in text[s.range.clone()].split('\n') {
            let to = from + line.len();
            if to > from {
                bounds.push((from, to));
                pieces.push(line);
            }
            from = to + 1;
        }
        match bounds.first_mut() {
            Some(first) => first.0 = s.range.start,
            None => bounds.push((s.range.start, s.range.end)),
        }
        if let Some(last) = bounds.last_mut() {
            last.1 = s.range.end;
        }
        let fragments: Vec<String> = bounds
            .iter()
            .map(|&(a, b)| format!("{} {}", at.cp(a), at.cp(b)))
            .collect();
        out.push_str(&format!(
            "{t}\t{} {}\t{}\n",
            s.label.as_str(),
            fragments.join(";"),
            one_line(&pieces.join(" "))
        ));
        if s.label == Label::Quote {
            a += 1;
            out.push_str(&format!("A{a}\tKind {t} {}\n", s.kind.as_str()));
        }
        if let Some(name) = &s.speaker {
            notes += 1;
            out.push_str(&format!(
                "#{notes}\tAnnotatorNotes {t}\t{}\n",
                one_line(name)
            ));
        }
    }
    for (i, l) in links.iter().enumerate() {
        out.push_str(&format!(
            "R{}\t{} Arg1:{} Arg2:{}\n",
            i + 1,
            link_name(l.link),
            t_of[l.from.as_str()],
            t_of[l.to.as_str()]
        ));
    }
    out
}

/// The zip of `annotation.conf` and each record's `.txt` and `.ann`.
pub fn export(records: &[Record]) -> Result<OutputFile, ExportError> {
    let mut files = vec![OutputFile {
        name: "annotation.conf".to_owned(),
        mime: "text/plain",
        bytes: CONFIG.as_bytes().to_vec(),
    }];
    let mut names = UniqueNames::default();
    for r in records {
        let stem = names.claim(file_stem(&r.document.id));
        files.push(OutputFile {
            name: format!("{stem}.txt"),
            mime: "text/plain",
            bytes: r.document.text.as_bytes().to_vec(),
        });
        files.push(OutputFile {
            name: format!("{stem}.ann"),
            mime: "text/plain",
            bytes: ann_of(r).into_bytes(),
        });
    }
    Ok(OutputFile {
        name: "brat.zip".to_owned(),
        mime: "application/zip",
        bytes: zip_files(&files)?,
    })
}

fn split_name(name: &str) -> (&str, &str) {
    match name.rsplit_once('.') {
        Some((stem, ext)) => (stem, ext),
        None => (name, ""),
    }
}

pub fn import(files: &[InputFile], report: &mut ImportReport) {
    // Zips not unpacked by the caller are unpacked here, with one budget
    // for all of them.
    let all: Cow<[InputFile]> = if files.iter().any(is_zip) {
        let (all, problems) = expand(files.to_vec());
        report.problems.extend(problems);
        Cow::Owned(all)
    } else {
        Cow::Borrowed(files)
    };
    // Pair .txt and .ann by path without extension, in name order.
    let mut docs: BTreeMap<String, (Option<&InputFile>, Option<&InputFile>)> = BTreeMap::new();
    for f in all.iter() {
        let (stem, ext) = split_name(&f.name);
        let stem = stem.to_owned();
        match ext.to_ascii_lowercase().as_str() {
            "txt" => docs.entry(stem).or_default().0 = Some(f),
            "ann" => docs.entry(stem).or_default().1 = Some(f),
            _ => {} // annotation.conf, visual.conf, stray files
        }
    }
    for (stem, pair) in docs {
        match pair {
            (Some(txt), ann) => {
                if let Some(r) = convert(&stem, txt, ann, &mut report.problems) {
                    report.records.push(r);
                }
            }
            (None, Some(ann)) => report.problems.push(Problem::new(
                ann.name.clone(),
                format!("there is no {stem}.txt for these annotations; skipped"),
            )),
            (None, None) => {}
        }
    }
}

/// Checks a T line's fragments (code points) and returns the span's byte
/// range: fragments must be in order with only whitespace between them.
fn t_range(
    source: &SourceText,
    fragments: &[(usize, usize)],
    found: &str,
) -> Result<std::ops::Range<usize>, String> {
    let start = fragments.first().map(|f| f.0).unwrap_or(0);
    let end = fragments.last().map(|f| f.1).unwrap_or(0);
    let range = source.range(CodePoints(start), CodePoints(end))?;
    let covered = &source.text()[range.clone()];
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if squash(covered) != squash(found) {
        return Err(format!(
            "its text is {found:?} but offsets {start}..{end} give {covered:?}"
        ));
    }
    for w in fragments.windows(2) {
        if w[1].0 < w[0].1 {
            return Err("its fragments overlap or are out of order".to_owned());
        }
    }
    Ok(range)
}

fn convert(
    stem: &str,
    txt: &InputFile,
    ann: Option<&InputFile>,
    problems: &mut Vec<Problem>,
) -> Option<Record> {
    let raw_text = match utf8(&txt.bytes) {
        Ok(t) => t,
        Err(m) => {
            problems.push(Problem::new(txt.name.clone(), m));
            return None;
        }
    };
    if raw_text.trim_start_matches('\u{feff}').trim().is_empty() {
        problems.push(Problem::new(txt.name.clone(), "the text is empty; skipped"));
        return None;
    }
    let id = stem.rsplit('/').next().unwrap_or(stem);
    let document = match document(raw_text, Some(id), None) {
        Ok(d) => d,
        Err(m) => {
            problems.push(Problem::new(txt.name.clone(), format!("{m}; skipped")));
            return None;
        }
    };
    let source = SourceText::new(raw_text);
    let normalised = SourceText::new(source.text());
    let mut spans: Vec<InSpan> = Vec::new();
    let mut links = Vec::new();
    let mut kinds: Vec<(String, String, String)> = Vec::new();
    let mut notes: Vec<(String, String)> = Vec::new();
    let ann_text = match ann.map(|a| utf8(&a.bytes)) {
        None => "",
        Some(Ok(t)) => t.trim_start_matches('\u{feff}'),
        Some(Err(m)) => {
            problems.push(Problem::new(
                ann.map(|a| a.name.clone()).unwrap_or_default(),
                m,
            ));
            ""
        }
    };
    let ann_name = ann.map(|a| a.name.as_str()).unwrap_or("");
    for (n, line) in ann_text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let loc = format!("{ann_name} line {}", n + 1);
        let mut fields = line.splitn(3, '\t');
        let id_field = fields.next().unwrap_or("");
        let body = fields.next().unwrap_or("");
        let rest = fields.next();
        match id_field.chars().next() {
            Some('T') => {
                let Some((kind, offsets)) = body.split_once(' ') else {
                    problems.push(Problem::new(
                        loc,
                        "a T line needs a type and offsets; skipped",
                    ));
                    continue;
                };
                let Some(label) = Label::parse(kind) else {
                    problems.push(Problem::new(
                        loc,
                        format!("unknown type {kind:?} (expected Quote, Speaker or Cue); skipped"),
                    ));
                    continue;
                };
                let fragments: Option<Vec<(usize, usize)>> = offsets
                    .split(';')
                    .map(|f| {
                        let (s, e) = f.trim().split_once(' ')?;
                        Some((s.parse().ok()?, e.parse().ok()?))
                    })
                    .collect();
                let Some(fragments) = fragments.filter(|f| !f.is_empty()) else {
                    problems.push(Problem::new(
                        loc,
                        format!("offsets {offsets:?} are not \"start end[;start end…]\"; skipped"),
                    ));
                    continue;
                };
                let found = rest.unwrap_or("");
                let range = match t_range(&source, &fragments, found) {
                    Ok(r) => r,
                    Err(m) => match t_range(&normalised, &fragments, found) {
                        Ok(r) if source.was_normalised() => r,
                        _ => {
                            problems.push(Problem::new(loc, format!("{m}; skipped")));
                            continue;
                        }
                    },
                };
                spans.push(InSpan {
                    key: id_field.to_owned(),
                    location: loc,
                    label,
                    range,
                    speaker: None,
                    kind: None,
                });
            }
            Some('R') => {
                let mut parts = body.split_whitespace();
                let kind = parts.next().unwrap_or("");
                let args: BTreeMap<&str, &str> = parts.filter_map(|p| p.split_once(':')).collect();
                let link = match Link::parse(kind) {
                    Some(link) => link,
                    None => {
                        problems.push(Problem::new(
                            loc,
                            format!(
                                "unknown relation {kind:?} (expected SaidBy or HasCue); skipped"
                            ),
                        ));
                        continue;
                    }
                };
                let (Some(a1), Some(a2)) = (args.get("Arg1"), args.get("Arg2")) else {
                    problems.push(Problem::new(loc, "a relation needs Arg1 and Arg2; skipped"));
                    continue;
                };
                links.push(InLink {
                    location: loc,
                    from: a1.to_string(),
                    to: a2.to_string(),
                    link: Some(link),
                });
            }
            Some('A') | Some('M') => {
                let parts: Vec<&str> = body.split_whitespace().collect();
                match parts[..] {
                    ["Kind", target, value] => kinds.push((loc, target.to_owned(), value.to_owned())),
                    _ => problems.push(Problem::new(loc, format!("attribute {body:?} is not read (only \"Kind Tn direct|indirect|mixed\"); skipped"))),
                }
            }
            Some('#') => {
                let mut parts = body.split_whitespace();
                match (parts.next(), parts.next(), rest) {
                    (Some("AnnotatorNotes"), Some(target), Some(note))
                        if !note.trim().is_empty() =>
                    {
                        notes.push((target.to_owned(), note.trim().to_owned()))
                    }
                    _ => {} // other notes carry nothing the model keeps
                }
            }
            _ => problems.push(Problem::new(
                loc,
                format!(
                    "annotation {id_field:?} is not read (only T, R, A and # lines are); skipped"
                ),
            )),
        }
    }
    let at = positions(&spans);
    for (target, note) in notes {
        if let Some(&i) = at.get(&target) {
            spans[i].speaker = Some(note);
        }
    }
    for (loc, target, value) in kinds {
        let quote = at
            .get(&target)
            .copied()
            .filter(|&i| spans[i].label == Label::Quote);
        match (quote.map(|i| &mut spans[i]), QuoteKind::parse(&value)) {
            (Some(s), Some(k)) => s.kind = Some(k),
            (None, _) => problems.push(Problem::new(
                loc,
                format!("Kind is given for {target}, which is not a quote here; ignored"),
            )),
            (Some(_), None) => problems.push(Problem::new(
                loc,
                format!("Kind {value:?} is not direct, indirect or mixed; direct used"),
            )),
        }
    }
    let annotations = assemble(source.text(), spans, links, problems);
    Some(Record {
        document,
        annotations,
        annotator: None,
    })
}

//! The command-line companion: the same core as the app, for pipelines.
//!
//! ```text
//! annotator suggest [--min-confidence T] FILE.txt|FILE.jsonl
//!                                         suggestions as native JSON (JSONL for JSONL input),
//!                                         only those with confidence >= T
//! annotator validate FILE.json|FILE.jsonl one message per problem; exit 1 if any
//! annotator stats FILE.json|FILE.jsonl    documents, quotes, speakers, quotes per speaker
//! annotator eval GOLD.jsonl               suggestion quality against gold annotations
//! annotator agree A.jsonl B.jsonl [C.jsonl …] [--json]
//!                                         agreement between annotators: one native JSONL
//!                                         export each (named by the annotator it carries,
//!                                         else by its file stem), documents
//!                                         matched by their text
//! annotator merge A.jsonl B.jsonl [C.jsonl …] -o GOLD.jsonl
//!                                         what all annotators agree on, as gold; lists
//!                                         every disagreement left to decide
//! annotator convert --from F --to F IN... OUT
//!                                         between formats: native, jsonl, label-studio,
//!                                         doccano, brat, w3c, csv, rows (OUT a file, or
//!                                         a zip when the format writes several files)
//! ```

use std::process::ExitCode;

use article_annotator::domain::agreement::{self, Agreement, Layer};
use article_annotator::domain::annotations::Annotations;
use article_annotator::domain::corpus::{Record, Stats};
use article_annotator::domain::curation::{curate, ItemLabel, Status};
use article_annotator::domain::document::{sha256_hex, Document};
use article_annotator::domain::edit;
use article_annotator::domain::evaluation::{
    evaluate, evaluate_scope, load_jsonl, threshold_table, Scope,
};
use article_annotator::domain::formats::label_studio;
use article_annotator::domain::formats::{self, json_layout, native, Format, InputFile};
use article_annotator::domain::layers::{is_gold, same_annotator, GOLD};
use article_annotator::domain::limits;
use article_annotator::domain::review::{suggested_file, suggestion_marks};
use article_annotator::domain::suggest::suggest;

const USAGE: &str = "usage: annotator <suggest [--min-confidence T] FILE.txt|FILE.jsonl | validate FILE | stats FILE | eval GOLD.jsonl | agree A.jsonl B.jsonl [C.jsonl ...] [--json] | merge A.jsonl B.jsonl [C.jsonl ...] -o GOLD.jsonl | convert --from FORMAT --to FORMAT IN... OUT>";

/// Prints a line to standard output. A reader that stops early (`| head`)
/// closes the pipe: that ends the program quietly, where `println!`
/// would panic.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            output_failed(e);
        }
    }};
}

/// Ends the program when standard output cannot be written: quietly when
/// the reader closed the pipe, else with the reason.
fn output_failed(e: std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("cannot write the output: {e}");
    std::process::exit(1);
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["suggest", path] => read(path).and_then(|src| cmd_suggest(path, &src, 0.0)),
        ["suggest", "--min-confidence", t, path] => {
            threshold(t).and_then(|t| read(path).and_then(|src| cmd_suggest(path, &src, t)))
        }
        ["validate", path] => read(path).and_then(|src| cmd_validate(&src)),
        ["stats", path] => read(path).and_then(|src| cmd_stats(&src)),
        ["eval", path] => read(path).and_then(|src| cmd_eval(&src)),
        ["agree", rest @ ..] => cmd_agree(rest),
        ["merge", rest @ ..] => cmd_merge(rest),
        ["convert", "--from", from, "--to", to, paths @ ..] if paths.len() >= 2 => {
            cmd_convert(from, to, paths)
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path}: not UTF-8 text (invalid byte at {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn is_jsonl(path: &str) -> bool {
    path.to_lowercase().ends_with(".jsonl")
}

/// Lines of a JSONL file with their 1-based numbers, blank lines skipped.
fn lines(src: &str) -> impl Iterator<Item = (usize, &str)> {
    src.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
}

/// Writes a native file as JSON and a line break to standard output, through a buffer
/// rather than a string of the whole output (megabytes for a long article).
fn write_json(file: &native::FileV2, pretty: bool) {
    use std::io::Write;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = if pretty {
        json_layout::to_writer(&mut out, file)
    } else {
        serde_json::to_writer(&mut out, file)
    }
    .map_err(std::io::Error::from)
    .and_then(|()| writeln!(out))
    .and_then(|()| out.flush());
    if let Err(e) = written {
        output_failed(e);
    }
}

/// A document from a JSONL row: a native file, or `{id, title?, text}`;
/// refused over the bounds every import has (`domain::limits`).
fn row_document(line: &str) -> Result<Document, String> {
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let document = if v.get("format").is_some() {
        native::import(line)
            .map(|i| i.document)
            .map_err(|e| e.to_string())?
    } else {
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or("no \"text\" field")?;
        limits::check_text_len(text.len())?;
        let mut document = Document::from_text(text);
        if let Some(id) = v.get("id").and_then(|i| {
            i.as_str()
                .map(str::to_owned)
                .or_else(|| i.as_u64().map(|n| n.to_string()))
        }) {
            document.id = id;
        }
        if let Some(title) = v.get("title").and_then(|t| t.as_str()) {
            document.title = title.to_owned();
        }
        document
    };
    limits::check_document(&document)?;
    Ok(document)
}

fn threshold(t: &str) -> Result<f32, String> {
    t.parse::<f32>()
        .ok()
        .filter(|t| (0.0..=1.0).contains(t))
        .ok_or_else(|| format!("--min-confidence takes a number from 0 to 1, not {t:?}"))
}

fn cmd_suggest(path: &str, src: &str, min_confidence: f32) -> Result<(), String> {
    if !is_jsonl(path) {
        let document = Document::from_pasted(path, src).map_err(|e| e.to_string())?;
        let file = suggested_file(&document, min_confidence);
        write_json(&file, true);
        // The process ends here: freeing a long article's thousands of spans
        // one by one would only delay its exit.
        std::mem::forget((file, document));
        return Ok(());
    }
    let mut failed = 0;
    for (n, line) in lines(src) {
        match row_document(line) {
            Ok(document) => write_json(&suggested_file(&document, min_confidence), false),
            Err(e) => {
                eprintln!("{path} line {n}: {e}");
                failed += 1;
            }
        }
    }
    if failed > 0 {
        return Err(format!("{failed} lines could not be read"));
    }
    Ok(())
}

/// The native records of a JSON or JSONL file, with the problems of the
/// lines that are not valid.
fn records(src: &str) -> (Vec<Record>, Vec<String>) {
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let whole =
        src.trim_start().starts_with('{') && serde_json::from_str::<serde_json::Value>(src).is_ok();
    let items: Vec<(String, &str)> = if whole {
        vec![("file".to_owned(), src)]
    } else {
        lines(src).map(|(n, l)| (format!("line {n}"), l)).collect()
    };
    for (where_, item) in items {
        match native::import(item) {
            Ok(imported) => records.extend(imported.into_records()),
            Err(e) => problems.push(format!("{where_}: {e}")),
        }
    }
    (records, problems)
}

fn cmd_validate(src: &str) -> Result<(), String> {
    let (records, problems) = records(src);
    for p in &problems {
        out!("{p}");
    }
    if problems.is_empty() && !records.is_empty() {
        out!("valid: {} documents", records.len());
        Ok(())
    } else if records.is_empty() && problems.is_empty() {
        Err("no documents in the file".to_owned())
    } else {
        Err(format!(
            "{} problems, {} valid documents",
            problems.len(),
            records.len()
        ))
    }
}

fn cmd_stats(src: &str) -> Result<(), String> {
    let (records, problems) = records(src);
    for p in &problems {
        eprintln!("skipped {p}");
    }
    let s = Stats::of(&records);
    let speakers: usize = records.iter().map(|r| r.annotations.speakers.len()).sum();
    out!("documents: {}", s.documents);
    out!("quotes: {} ({} unattributed)", s.quotes, s.unattributed);
    out!("mentions: {}", s.mentions);
    out!(
        "speakers: {} in documents, {} after merging by name and alias",
        speakers,
        s.quotes_per_speaker.len()
    );
    out!("quotes per speaker:");
    for (name, n) in &s.quotes_per_speaker {
        out!("  {n:>6}  {name}");
    }
    Ok(())
}

fn cmd_eval(src: &str) -> Result<(), String> {
    let gold = load_jsonl(src)?;
    let predicted: Vec<_> = gold.iter().map(|d| suggest(&d.text)).collect();
    out!("documents: {}", gold.len());
    out!("DIRECT quotes:\n{}", evaluate(&gold, &predicted));
    out!(
        "ALL kinds:\n{}",
        evaluate_scope(&gold, &predicted, Scope::All)
    );
    out!("DIRECT quotes by confidence threshold (suggest --min-confidence T):");
    out!("{}", threshold_table(&gold, &predicted));
    Ok(())
}

/// One annotator's export, as `agree` reads it.
struct AnnotatorFile {
    /// The file's stem, made unique among the files given.
    name: String,
    path: String,
    records: Vec<Record>,
}

/// The annotators' names: file stems, a second file with the same stem
/// getting "-2" (and so on), so that two runs of one annotator compare.
fn annotator_names(paths: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for path in paths {
        let stem = std::path::Path::new(path)
            .file_stem()
            .map_or_else(|| path.to_string(), |s| s.to_string_lossy().into_owned());
        let mut name = stem.clone();
        let mut n = 2;
        while names.contains(&name) {
            name = format!("{stem}-{n}");
            n += 1;
        }
        names.push(name);
    }
    names
}

/// Reads one annotator's native JSONL (or a single native JSON file). A
/// file that cannot be read or holds no document is an error; bad lines
/// are returned as problems and the rest is read.
fn read_annotator_file(path: &str) -> Result<(Vec<Record>, Vec<String>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    let whole_json = std::str::from_utf8(&bytes).is_ok_and(|src| {
        src.trim_start().starts_with('{') && serde_json::from_str::<serde_json::Value>(src).is_ok()
    });
    let format = if whole_json {
        Format::Native
    } else {
        Format::Jsonl
    };
    let name = std::path::Path::new(path)
        .file_name()
        .map_or(path.to_string(), |n| n.to_string_lossy().into_owned());
    let report = formats::import(
        format,
        &[InputFile {
            name: name.clone(),
            bytes,
        }],
    );
    // A whole-file problem is located by the file's name: say it once.
    let problems: Vec<String> = report
        .problems
        .iter()
        .map(|p| {
            if p.location == name {
                format!("{path}: {}", p.message)
            } else {
                format!("{path}: {p}")
            }
        })
        .collect();
    if report.records.is_empty() {
        let why = if problems.is_empty() {
            format!("{path}: no documents in the file")
        } else {
            problems.join("\n")
        };
        return Err(format!(
            "{why}\n{path}: no document could be read; agree takes native JSONL exports"
        ));
    }
    Ok((report.records, problems))
}

/// A document as `agree` lists it.
fn document_json(document: &Document, sha: &str) -> serde_json::Value {
    serde_json::json!({"id": document.id, "title": document.title, "sha256": sha})
}

/// Reads every annotator's file, naming each annotator (see
/// [`annotator_names`]); prints the problems as it goes.
fn read_annotator_files(paths: &[&str]) -> Result<(Vec<AnnotatorFile>, Vec<String>), String> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (path, stem) in paths.iter().zip(annotator_names(paths)) {
        let (records, bad) = read_annotator_file(path)?;
        problems.extend(bad);
        // Gold in an annotator's file is not their annotation.
        let records: Vec<Record> = records
            .into_iter()
            .filter(|r| !r.annotator.as_deref().is_some_and(is_gold))
            .collect();
        // One annotator per file: an export of every layer holds several.
        let mut whose: Vec<&str> = Vec::new();
        for r in &records {
            let a = r.annotator.as_deref().unwrap_or("(unnamed)");
            if !whose.iter().any(|w| same_annotator(w, a)) {
                whose.push(a);
            }
        }
        if whose.len() > 1 {
            return Err(format!(
                "{path}: holds the layers of several annotators ({}); give one file per annotator (export \"the layer shown\")",
                whose.join(", ")
            ));
        }
        // The name the export carries, when all its records carry one.
        let carried = records
            .first()
            .and_then(|r| r.annotator.clone())
            .filter(|n| {
                records
                    .iter()
                    .all(|r| r.annotator.as_deref().is_some_and(|a| same_annotator(a, n)))
            });
        let name = match carried {
            Some(n)
                if !files
                    .iter()
                    .any(|f: &AnnotatorFile| same_annotator(&f.name, &n)) =>
            {
                n
            }
            _ => stem,
        };
        files.push(AnnotatorFile {
            name,
            path: path.to_string(),
            records,
        });
    }
    for p in &problems {
        eprintln!("{p}");
    }
    Ok((files, problems))
}

/// One text as the annotators' files hold it: its SHA-256, and the record
/// of each file that has it, in file order.
struct TextGroup<'a> {
    sha: String,
    present: Vec<(&'a AnnotatorFile, &'a Record)>,
}

impl<'a> TextGroup<'a> {
    fn document(&self) -> &'a Document {
        &self.present[0].1.document
    }

    /// The names of the files (annotators) that have it.
    fn names(&self) -> Vec<&'a str> {
        self.present.iter().map(|(f, _)| f.name.as_str()).collect()
    }

    /// Its layers, one per file that has it, named by annotator.
    fn layers(&self) -> Vec<Layer<'a>> {
        self.present
            .iter()
            .map(|(file, record)| Layer {
                annotator: &file.name,
                annotations: &record.annotations,
            })
            .collect()
    }
}

/// The texts of the files by their SHA-256, in the order first met. A file
/// with the same text twice is told (only the first counts).
fn group_by_text(files: &[AnnotatorFile]) -> Vec<TextGroup<'_>> {
    let mut order: Vec<String> = Vec::new();
    let mut by_text: std::collections::HashMap<String, Vec<Option<usize>>> =
        std::collections::HashMap::new();
    for (f, file) in files.iter().enumerate() {
        for (r, record) in file.records.iter().enumerate() {
            let sha = sha256_hex(&record.document.text);
            let slots = by_text.entry(sha.clone()).or_insert_with(|| {
                order.push(sha.clone());
                vec![None; files.len()]
            });
            match slots[f] {
                None => slots[f] = Some(r),
                Some(first) => eprintln!(
                    "{}: document {:?} has the same text as document {:?}; only the first is used",
                    file.path, record.document.id, file.records[first].document.id
                ),
            }
        }
    }
    order
        .into_iter()
        .map(|sha| {
            let present = files
                .iter()
                .zip(&by_text[&sha])
                .filter_map(|(file, slot)| slot.map(|r| (file, &file.records[r])))
                .collect();
            TextGroup { sha, present }
        })
        .collect()
}

/// The files `agree` and `merge` take: two or more, no unknown option.
fn check_annotator_paths(command: &str, paths: &[&str]) -> Result<(), String> {
    if let Some(flag) = paths.iter().find(|p| p.starts_with('-')) {
        return Err(format!("{command}: unknown option {flag}\n{USAGE}"));
    }
    if paths.len() < 2 {
        return Err(format!(
            "{command} needs two or more files, one export per annotator\n{USAGE}"
        ));
    }
    Ok(())
}

/// `merge`: what every annotator agrees on becomes gold (one native JSONL
/// line per document in every file, annotator "gold"); each disagreement
/// left to decide is listed, and the documents not in every file.
fn cmd_merge(args: &[&str]) -> Result<(), String> {
    let (paths, out) = match args {
        [paths @ .., "-o", out] => (paths.to_vec(), *out),
        _ => return Err(format!("merge needs files and -o OUT.jsonl\n{USAGE}")),
    };
    check_annotator_paths("merge", &paths)?;
    let (files, problems) = read_annotator_files(&paths)?;
    let mut gold = Vec::new();
    let (mut agreed, mut left) = (0, 0);
    for group in group_by_text(&files) {
        let document = group.document();
        if group.present.len() < files.len() {
            out!(
                "{} “{}”: only in {}; not merged",
                document.id,
                document.title,
                group.names().join(", ")
            );
            continue;
        }
        let curation = curate(&group.layers());
        let mut annotations = Annotations::default();
        if let Some(edit) = curation.accept_agreed(&annotations) {
            edit::apply(&mut annotations, &document.text, &document.blocks(), edit)
                .map_err(|e| format!("{}: {e}", document.id))?;
        }
        let open: Vec<_> = curation
            .items
            .iter()
            .filter(|i| i.status.is_disagreement())
            .collect();
        agreed += curation.items.len() - open.len();
        left += open.len();
        out!(
            "{} “{}”: {} agreed items merged, {} to decide",
            document.id,
            document.title,
            curation.items.len() - open.len(),
            open.len()
        );
        for item in open {
            let text: String = document.text[item.range.clone()].chars().take(60).collect();
            let what = match &item.status {
                Status::OnlyOne(a) => format!("only {}", curation.annotators[*a]),
                Status::Disagreed(d) => d.iter().map(|d| d.as_str()).collect::<Vec<_>>().join(", "),
                Status::Agreed => String::new(),
            };
            let label = match item.label {
                ItemLabel::Quote => "quote",
                ItemLabel::Mention => "mention",
            };
            out!("  {label} “{text}”: {what}");
        }
        gold.push(Record {
            document: document.clone(),
            annotations,
            annotator: Some(GOLD.to_owned()),
        });
    }
    let file = formats::export_one(Format::Jsonl, &gold).map_err(|e| e.to_string())?;
    std::fs::write(out, &file.bytes).map_err(|e| format!("{out}: {e}"))?;
    out!(
        "wrote {} documents to {out}: {agreed} agreed items; {left} disagreements left to decide",
        gold.len()
    );
    if !problems.is_empty() {
        return Err(format!(
            "{} problems in the input; merged the documents that could be read",
            problems.len()
        ));
    }
    Ok(())
}

/// `agree`: each file is one annotator's export; documents are matched by
/// the SHA-256 of their text. Those in every file are compared, one by one
/// and pooled; the others are listed. Bad lines are reported and make the
/// exit status 1 after the figures for the rest.
fn cmd_agree(args: &[&str]) -> Result<(), String> {
    let json = args.contains(&"--json");
    let paths: Vec<&str> = args.iter().copied().filter(|a| *a != "--json").collect();
    check_annotator_paths("agree", &paths)?;
    let (files, problems) = read_annotator_files(&paths)?;

    let mut compared: Vec<(&Document, String, Agreement)> = Vec::new();
    let mut unmatched: Vec<(&Document, String, Vec<&str>)> = Vec::new();
    for group in group_by_text(&files) {
        let document = group.document();
        if group.present.len() < files.len() {
            unmatched.push((document, group.sha.clone(), group.names()));
            continue;
        }
        let agreement = agreement::compare(&document.text, &group.layers());
        compared.push((document, group.sha, agreement));
    }
    let overall = agreement::pool(compared.iter().map(|(_, _, a)| a));

    if json {
        let report = serde_json::json!({
            "annotators": files.iter().map(|f| serde_json::json!({"name": f.name, "file": f.path})).collect::<Vec<_>>(),
            "unit": "code points",
            "documents": compared.iter().map(|(d, sha, a)| {
                let mut entry = document_json(d, sha);
                entry["agreement"] = a.to_json();
                entry
            }).collect::<Vec<_>>(),
            "overall": overall.as_ref().map(Agreement::to_json),
            "unmatched": unmatched.iter().map(|(d, sha, names)| {
                let mut entry = document_json(d, sha);
                entry["annotators"] = serde_json::json!(names);
                entry
            }).collect::<Vec<_>>(),
            "problems": problems,
        });
        out!(
            "{}",
            serde_json::to_string_pretty(&report).expect("JSON values always serialise")
        );
    } else {
        let names: Vec<String> = files
            .iter()
            .map(|f| format!("{} ({})", f.name, f.path))
            .collect();
        out!("annotators: {}", names.join(", "));
        out!("offsets in code points; in each pair the first annotator is the reference; - is undefined");
        out!(
            "documents in every file: {}; in only some: {}",
            compared.len(),
            unmatched.len()
        );
        for (document, _, agreement) in &compared {
            out!("\ndocument {} “{}”", document.id, document.title);
            out!("{}", agreement.table());
        }
        if let Some(overall) = &overall {
            out!(
                "\noverall: {} documents, counts pooled (α_u over the documents laid end to end)",
                overall.documents
            );
            out!("{}", overall.table());
        }
        if !unmatched.is_empty() {
            out!("\ndocuments not in every file (not compared):");
            for (document, _, names) in &unmatched {
                out!(
                    "  {} “{}”: only in {}",
                    document.id,
                    document.title,
                    names.join(", ")
                );
            }
        }
    }
    if compared.is_empty() {
        return Err("no document is in every file: nothing to compare".to_owned());
    }
    if !problems.is_empty() {
        return Err(format!(
            "{} problems in the input; the figures are over the documents that could be read",
            problems.len()
        ));
    }
    Ok(())
}

/// The engine's name in Label Studio's `model_version`.
const MODEL_VERSION: &str = concat!("article-annotator-rules-", env!("CARGO_PKG_VERSION"));

/// Each record's score (its spans' mean confidence) when the input is what
/// `suggest` wrote — every span marked as a suggestion — and the output is
/// Label Studio, which takes such spans as predictions; else None.
fn prediction_scores(
    from: Format,
    to: Format,
    files: &[InputFile],
    records: &[Record],
) -> Option<Vec<f32>> {
    if to != Format::LabelStudio || !matches!(from, Format::Jsonl | Format::Native) {
        return None;
    }
    let mut by_id = std::collections::HashMap::new();
    let (mut marked, mut unmarked) = (0, 0);
    for f in files {
        for line in String::from_utf8_lossy(&f.bytes).lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let (m, u, sum) = suggestion_marks(&v);
            marked += m;
            unmarked += u;
            let id = v["document"]["id"].as_str().unwrap_or_default().to_owned();
            by_id.insert(id, if m == 0 { 0.0 } else { sum / m as f32 });
        }
    }
    if marked == 0 || unmarked > 0 {
        return None;
    }
    Some(
        records
            .iter()
            .map(|r| by_id.get(&r.document.id).copied().unwrap_or(0.0))
            .collect(),
    )
}

fn format(name: &str) -> Result<Format, String> {
    Format::parse(name).ok_or_else(|| format!("unknown format {name:?}\n{USAGE}"))
}

/// Reads IN files in one format and writes them in another; problems are
/// listed on stderr and the good documents are still converted.
fn cmd_convert(from: &str, to: &str, paths: &[&str]) -> Result<(), String> {
    let (from, to) = (format(from)?, format(to)?);
    if !from.can_import() {
        return Err(format!("{} is an export-only format", from.name()));
    }
    let (inputs, out) = paths.split_at(paths.len() - 1);
    let files = inputs
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).map_err(|e| format!("{p}: {e}"))?;
            let name = std::path::Path::new(p)
                .file_name()
                .map_or(p.to_string(), |n| n.to_string_lossy().into_owned());
            Ok(InputFile { name, bytes })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let (files, mut problems) = formats::expand(files);
    let report = formats::import(from, &files);
    problems.extend(report.problems);
    for p in &problems {
        eprintln!("{p}");
    }
    if report.records.is_empty() {
        return Err("no documents could be read".to_owned());
    }
    let output = match prediction_scores(from, to, &files, &report.records) {
        Some(scores) => {
            eprintln!("every span is a suggestion: written as Label Studio predictions");
            let files = label_studio::export_predictions(&report.records, &scores, MODEL_VERSION);
            formats::bundle(to, files).map_err(|e| e.to_string())?
        }
        None => formats::export_one(to, &report.records).map_err(|e| e.to_string())?,
    };
    std::fs::write(out[0], &output.bytes).map_err(|e| format!("{}: {e}", out[0]))?;
    eprintln!(
        "wrote {} documents to {} ({})",
        report.records.len(),
        out[0],
        output.name
    );
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} problems; the other documents were converted",
            problems.len()
        ))
    }
}

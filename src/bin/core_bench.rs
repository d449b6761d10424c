//! Native benchmark of the core on a generated 1 MB article with 5,000
//! spans: adding spans one by one, suggestions, deriving the article's
//! view, export and import; then the suggestion engine on texts of
//! pathological shape (runs of quote marks, braces, one huge paragraph …);
//! and the engine's speed on varied news text: the evaluation passages
//! laid end to end to 1 MB, and any text files given as arguments (`make
//! bench` passes the UI benchmark's realistic article), engine alone and
//! `annotator suggest` as a process (suggestions accepted into a native
//! file, written as JSON). Prints figures; asserts nothing.
//! `cargo run --release --bin core_bench [--news-only] [ARTICLE.txt …]`.

use std::rc::Rc;
use std::time::Instant;

use article_annotator::domain::annotations::QuoteKind;
use article_annotator::domain::document::Document;
use article_annotator::domain::edit::Edit;
use article_annotator::domain::formats::native::{export, import};
use article_annotator::domain::review::Candidates;
use article_annotator::domain::session::Session;
use article_annotator::domain::suggest::suggest;
use article_annotator::ui::view_model::{block_views, block_views_reusing, Shown};

fn main() {
    // `--news-only`: just the engine on news text (for profiling it).
    if std::env::args().any(|a| a == "--news-only") {
        return news_speed();
    }
    let para = "Speaker said “the council’s budget 👩‍👩‍👧 will rise in 東京 and שלום today” and critics argued otherwise at length.";
    let mut text = String::from("A generated long article\n\n");
    while text.len() < 1_000_000 {
        text.push_str(para);
        text.push_str("\n\n");
    }
    let mut session = Session::new(Document::from_text(&text), Default::default());
    let blocks: Vec<_> = session
        .blocks
        .iter()
        .skip(1)
        .map(|b| b.range.clone())
        .collect();
    let q_at = para.find('“').unwrap();
    let q_end = para.find('”').unwrap() + '”'.len_utf8();
    println!(
        "article: {} bytes, {} paragraphs",
        session.document.text.len(),
        session.blocks.len()
    );

    let mut per_edit = Vec::new();
    let started = Instant::now();
    for (i, b) in blocks.iter().cycle().take(5000).enumerate() {
        let edit = if i < 2500 {
            Edit::AddQuote {
                range: b.start + q_at..b.start + q_end,
                kind: QuoteKind::Direct,
            }
        } else {
            Edit::AddMention {
                range: b.start..b.start + "Speaker".len(),
                speaker: None,
            }
        };
        let t = Instant::now();
        session.apply(edit).expect("bench edit applies");
        per_edit.push(t.elapsed().as_secs_f64() * 1e3);
    }
    per_edit.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "5000 edits: {:.0} ms in all, p50 {:.3} ms, p95 {:.3} ms per edit",
        started.elapsed().as_secs_f64() * 1e3,
        per_edit[per_edit.len() / 2],
        per_edit[per_edit.len() * 95 / 100]
    );

    let t = Instant::now();
    let views = block_views(&session, None, None);
    println!(
        "view of {} blocks: {:.2} ms",
        views.len(),
        t.elapsed().as_secs_f64() * 1e3
    );

    let t = Instant::now();
    let candidates = Candidates::compute(&session.document.id, &session.document.text);
    println!(
        "suggestions for the 1 MB text: {:.1} ms ({} candidates)",
        t.elapsed().as_secs_f64() * 1e3,
        candidates.items.len()
    );
    let t = Instant::now();
    let pending = candidates.pending(&session.annotations);
    let shown = Some(Shown {
        candidates: &candidates,
        pending: &pending,
    });
    let views = block_views(&session, None, shown);
    println!(
        "view of {} blocks with {} pending suggestions: {:.2} ms",
        views.len(),
        pending.len(),
        t.elapsed().as_secs_f64() * 1e3
    );
    // After an edit the previous views are reused where nothing changed.
    let t = Instant::now();
    let again = block_views_reusing(&session, None, shown, &views);
    let reused = again
        .iter()
        .zip(&views)
        .filter(|(a, b)| Rc::ptr_eq(&a.marks, &b.marks))
        .count();
    println!(
        "view again, reusing the unchanged blocks: {:.2} ms ({reused} of {} reused)",
        t.elapsed().as_secs_f64() * 1e3,
        again.len()
    );

    let t = Instant::now();
    let json = export(&session.document, &session.annotations);
    println!(
        "export ({} KB): {:.1} ms",
        json.len() / 1024,
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    let (_, ann) = import(&json).expect("export imports").pair();
    println!(
        "import: {:.1} ms ({} quotes, {} mentions)",
        t.elapsed().as_secs_f64() * 1e3,
        ann.quotes.len(),
        ann.mentions.len()
    );
    let t = Instant::now();
    while session.undo() {}
    println!(
        "undo of all 5000 edits: {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    pathological();
    news_speed();
}

/// The evaluation passages (tests/eval/*.jsonl, bodies without their
/// headlines) laid end to end until 1 MB: varied news text the engine
/// was not tuned to as a whole.
fn eval_passages_1mb() -> Option<String> {
    let mut bodies = Vec::new();
    for set in ["gold", "unseen", "unseen2", "unseen3", "dev2"] {
        let src = std::fs::read_to_string(format!("tests/eval/{set}.jsonl")).ok()?;
        for line in src.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).ok()?;
            let text = v["document"]["text"].as_str()?;
            bodies.push(
                text.split_once('\n')
                    .map_or(text, |(_, b)| b)
                    .trim()
                    .to_owned(),
            );
        }
    }
    let mut text = String::from("Varied news\n\n");
    'fill: loop {
        for b in &bodies {
            if text.len() >= 1_000_000 {
                break 'fill;
            }
            text.push_str(b);
            text.push_str("\n\n");
        }
    }
    Some(text)
}

/// Runs of each timing: this machine's speed drifts between runs by a third.
const RUNS: usize = 11;

/// The median and the fastest of [`RUNS`] runs of `f` (seconds), with what the last run
/// returned.
fn timed<T>(mut f: impl FnMut() -> T) -> (f64, f64, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], times[0], last.expect("RUNS > 0"))
}

/// The engine's speed on news-shaped text, and `annotator suggest` on it as a user runs
/// it: a process reading the file and writing its JSON (to /dev/null).
fn news_speed() {
    let mut texts: Vec<(String, String)> = Vec::new();
    match eval_passages_1mb() {
        Some(t) => texts.push(("the evaluation passages to 1 MB".to_owned(), t)),
        None => println!("news speed: tests/eval not found (run from the repository root)"),
    }
    for path in std::env::args().skip(1).filter(|a| !a.starts_with("--")) {
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push((path, t)),
            Err(e) => println!("news speed: {path}: {e}"),
        }
    }
    let annotator = std::env::current_exe()
        .ok()
        .map(|exe| exe.with_file_name("annotator"))
        .filter(|p| p.exists());
    for (name, text) in texts {
        let mb = text.len() as f64 / 1e6;
        let (median, best, quotes) = timed(|| suggest(&text).quotes.len());
        println!(
            "engine on {name} ({mb:.2} MB), {RUNS} runs: median {:.0} ms ({:.1} MB/s), fastest {:.0} ms ({:.1} MB/s); {quotes} quotes",
            median * 1e3,
            mb / median,
            best * 1e3,
            mb / best,
        );
        let Some(annotator) = &annotator else {
            println!("annotator suggest: build it first (cargo build --release --bin annotator)");
            continue;
        };
        let input = std::env::temp_dir().join(format!("core-bench-{}.txt", std::process::id()));
        if let Err(e) = std::fs::write(&input, &text) {
            println!("annotator suggest: cannot write {}: {e}", input.display());
            continue;
        }
        let (median, best, ok) = timed(|| {
            std::process::Command::new(annotator)
                .arg("suggest")
                .arg(&input)
                .stdout(std::process::Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        });
        let _ = std::fs::remove_file(&input);
        println!(
            "annotator suggest on {name}, the process end to end with its JSON written, {RUNS} runs: median {:.0} ms, fastest {:.0} ms{}",
            median * 1e3,
            best * 1e3,
            if ok { "" } else { " (it FAILED)" }
        );
    }
}

/// Texts that once made the suggestion engine take time quadratic in their length (minutes
/// for 100 KB): a headline, then one paragraph repeating a unit up to the size given.
const PATHOLOGICAL: &[(&str, &str, usize)] = &[
    ("1 MB of \"", "\"", 1_000_000),
    ("1 MB of “", "“", 1_000_000),
    ("1 MB of “” alternating", "“”", 1_000_000),
    ("1 MB of '", "'", 1_000_000),
    ("1 MB of ‘‘’ (nested single quotes)", "‘‘’", 1_000_000),
    ("1 MB of 'x 'y 'z w' (nested single quotes)", "'x 'y 'z w' ", 1_000_000),
    ("1 MB of {", "{", 1_000_000),
    ("1 MB of {\"a\":", "{\"a\":", 1_000_000),
    ("1 MB of \"said \"", "said ", 1_000_000),
    ("1 MB of \"Word and said \"", "Word and said ", 1_000_000),
    ("1 MB of \"“Yes,” said \"", "“Yes,” said ", 1_000_000),
    ("1 MB of \"Ann Lee said “x” \"", "Ann Lee said “x” ", 1_000_000),
    ("1 MB of \"Word, \"", "Word, ", 1_000_000),
    ("1 MB of \"Word, said \"", "Word, said ", 1_000_000),
    (
        "1 MB paragraph of sentences, no line break",
        "Speaker said “the council’s budget will rise today” and critics argued otherwise at length. ",
        1_000_000,
    ),
    ("a million capitalised words", "Word ", 5_000_000),
];

fn pathological() {
    for &(name, unit, size) in PATHOLOGICAL {
        let mut text = String::from("Pathological input\n\n");
        while text.len() < size {
            text.push_str(unit);
        }
        let t = Instant::now();
        let s = suggest(&text);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "suggestions for {name}: {:.0} ms ({:.1} MB/s, {} quotes)",
            secs * 1e3,
            text.len() as f64 / 1e6 / secs,
            s.quotes.len()
        );
    }
}

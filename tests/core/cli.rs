//! The command-line companion, run as a process: suggest, validate, stats,
//! eval, convert and agree, with their exit codes and messages.

use std::process::{Command, Output};

fn annotator(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_annotator"))
        .args(args)
        .output()
        .expect("annotator runs")
}

fn temp_file(name: &str, content: &str) -> String {
    let dir = std::env::temp_dir().join(format!("annotator-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path.to_string_lossy().into_owned()
}

const ARTICLE: &str = "Port reopens\n\n“We are open again,” said harbour master Ines Duarte. “It took nine days.”\n\nTraders welcomed the news.";

#[test]
fn suggest_prints_a_valid_native_file_with_marked_suggestions() {
    let out = annotator(&["suggest", &temp_file("port.txt", ARTICLE)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    let (_, ann) = article_annotator::domain::formats::native::import(&json)
        .expect("suggest output imports")
        .pair();
    assert_eq!(ann.quotes.len(), 2);
    assert_eq!(ann.speakers[0].name, "Ines Duarte");
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(v["quotes"][0]["suggestion"]["rule"].is_string());
    let c = v["quotes"][0]["suggestion"]["confidence"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&c));
}

#[test]
fn suggest_on_jsonl_prints_one_document_per_line_and_reports_bad_lines() {
    let rows = format!(
        "{}\nnot json\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE}),
        serde_json::json!({"id": 7, "title": "T", "text": "T\n\nNothing quoted."})
    );
    let out = annotator(&["suggest", &temp_file("rows.jsonl", &rows)]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: not JSON"));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["document"]["id"], "a");
    assert_eq!(docs[1]["document"]["id"], "7");
}

#[test]
fn validate_passes_good_files_and_names_each_problem() {
    let good = String::from_utf8(annotator(&["suggest", &temp_file("port2.txt", ARTICLE)]).stdout)
        .unwrap();
    let out = annotator(&["validate", &temp_file("good.json", &good)]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("valid: 1 documents"));

    let one_line =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).unwrap()).unwrap();
    let bad = one_line.replace("\"version\":2", "\"version\":3");
    let out = annotator(&[
        "validate",
        &temp_file("mixed.jsonl", &format!("{one_line}\n{bad}\n")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("line 2: This file is version 3"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 problems, 1 valid documents"));
}

#[test]
fn stats_counts_documents_quotes_and_speakers() {
    let good = String::from_utf8(annotator(&["suggest", &temp_file("port3.txt", ARTICLE)]).stdout)
        .unwrap();
    let out = annotator(&["stats", &temp_file("stats.json", &good)]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("documents: 1"), "{stdout}");
    assert!(stdout.contains("quotes: 2 (0 unattributed)"), "{stdout}");
    assert!(stdout.contains("2  Ines Duarte"), "{stdout}");
}

#[test]
fn eval_prints_the_quality_figures_and_bad_usage_fails() {
    let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/eval/unseen.jsonl");
    let out = annotator(&["eval", gold]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("documents: 16")
            && stdout.contains("overlap>=0.8")
            && stdout.contains("attribution recall")
    );
    let out = annotator(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("usage: annotator"));
}

#[test]
fn convert_goes_between_formats_and_reports_bad_rows() {
    let rows = format!(
        "{}\n{{broken\n{}\n",
        serde_json::json!({"id": "a", "text": ARTICLE}),
        serde_json::json!({"id": "b", "text": "Bees\n\n“They know,” says Ruth Kaminski."})
    );
    let input = temp_file("in.jsonl", &rows);
    let native = temp_file("native.jsonl", "");
    let out = annotator(&[
        "convert", "--from", "rows", "--to", "jsonl", &input, &native,
    ]);
    assert_eq!(out.status.code(), Some(1), "a bad row is a failure");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 2") && stderr.contains("wrote 2 documents"),
        "{stderr}"
    );

    // Suggested annotations survive native JSONL → doccano → native JSONL.
    let suggested: String = std::fs::read_to_string(&native)
        .unwrap()
        .lines()
        .map(|l| {
            let (d, _) = article_annotator::domain::formats::native::import(l)
                .unwrap()
                .pair();
            serde_json::to_string(&article_annotator::domain::review::suggested_file(&d, 0.0))
                .unwrap()
                + "\n"
        })
        .collect();
    let annotated = temp_file("annotated.jsonl", &suggested);
    let doccano = temp_file("doccano.jsonl", "");
    let back = temp_file("back.jsonl", "");
    assert!(
        annotator(&["convert", "--from", "jsonl", "--to", "doccano", &annotated, &doccano])
            .status
            .success()
    );
    assert!(
        annotator(&["convert", "--from", "doccano", "--to", "jsonl", &doccano, &back])
            .status
            .success()
    );
    let quotes = |path: &str| -> Vec<String> {
        std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .flat_map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                v["quotes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|q| q["text"].as_str().unwrap().to_owned())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    assert_eq!(quotes(&back), quotes(&annotated));
    assert_eq!(quotes(&back).len(), 3);

    let out = annotator(&["convert", "--from", "csv", "--to", "jsonl", &input, &back]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("export-only"));
}

#[test]
fn usage_names_every_command() {
    let out = annotator(&["nonsense"]);
    assert!(!out.status.success());
    let usage = String::from_utf8(out.stderr).unwrap();
    for command in ["suggest", "validate", "stats", "eval", "agree", "convert"] {
        assert!(usage.contains(command), "{command} missing from: {usage}");
    }
}

#[test]
fn suggest_into_a_pipe_closed_early_ends_quietly() {
    // Many documents, so the output outlives the reader that stops at once.
    let line = serde_json::json!({"id": "d", "text": ARTICLE}).to_string();
    let lines: String = (0..400)
        .map(|i| line.replace("\"d\"", &format!("\"d{i}\"")) + "\n")
        .collect();
    let path = temp_file("many.jsonl", &lines);
    let mut child = Command::new(env!("CARGO_BIN_EXE_annotator"))
        .args(["suggest", &path])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then close the pipe, as `| head -1` does.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(first.contains("\"suggestion\""), "{first}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}

#[test]
fn validate_refuses_an_empty_span_and_a_split_character_as_every_import_does() {
    let text = "T\n\n👨‍👩‍👧 said “ok”.";
    let file = |start: usize, end: usize| {
        let slice: String = text.chars().skip(start).take(end - start).collect();
        serde_json::json!({
            "format": "article-annotator", "version": 1,
            "document": {"id": "d", "title": "T", "text": text,
                         "sha256": article_annotator::domain::document::sha256_hex(text)},
            "speakers": [], "mentions": [],
            "quotes": [{"id": "q1", "start": start, "end": end, "text": slice,
                        "kind": "direct", "speaker": null, "cue": null}]
        })
        .to_string()
    };
    for (start, end, why) in [(3, 3, "empty"), (3, 4, "splits a character")] {
        let out = annotator(&["validate", &temp_file("bad-span.json", &file(start, end))]);
        let said = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{said}");
        assert!(said.contains(why), "{said}");
    }
    let out = annotator(&["validate", &temp_file("good-span.json", &file(3, 8))]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn suggest_min_confidence_keeps_only_the_surer_spans_and_eval_prints_the_threshold_table() {
    let path = temp_file("threshold.txt", ARTICLE);
    let count = |args: &[&str]| {
        let out = annotator(args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let confidences: Vec<f64> = v["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .chain(v["mentions"].as_array().unwrap())
            .map(|s| s["suggestion"]["confidence"].as_f64().unwrap())
            .collect();
        confidences
    };
    let all = count(&["suggest", &path]);
    let sure = count(&["suggest", "--min-confidence", "0.99", &path]);
    assert!(!all.is_empty());
    assert!(sure.len() < all.len(), "{sure:?} vs {all:?}");
    assert!(sure.iter().all(|&c| c >= 0.99));
    let bad = annotator(&["suggest", "--min-confidence", "2", &path]);
    assert!(!bad.status.success());
    let eval = annotator(&["eval", "tests/eval/unseen.jsonl"]);
    let printed = String::from_utf8_lossy(&eval.stdout);
    assert!(printed.contains("min conf"), "{printed}");
    assert_eq!(printed.matches("\n      0.").count(), 6, "{printed}");
}

#[test]
fn suggest_output_goes_to_label_studio_as_predictions_and_comes_back() {
    let docs = temp_file(
        "predict.jsonl",
        &(serde_json::json!({"id": "port", "text": ARTICLE}).to_string() + "\n"),
    );
    let suggested = annotator(&["suggest", &docs]);
    assert!(suggested.status.success());
    let suggested_path = temp_file(
        "predict-suggested.jsonl",
        &String::from_utf8(suggested.stdout).unwrap(),
    );
    let dir = std::path::Path::new(&suggested_path).parent().unwrap();
    let zip = dir.join("predictions.zip");
    let out = annotator(&[
        "convert",
        "--from",
        "jsonl",
        "--to",
        "label-studio",
        &suggested_path,
        zip.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&zip).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut tasks = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("label-studio-tasks.json").unwrap(),
        &mut tasks,
    )
    .unwrap();
    let tasks: serde_json::Value = serde_json::from_str(&tasks).unwrap();
    let task = &tasks[0];
    assert!(task.get("annotations").is_none(), "{task}");
    let prediction = &task["predictions"][0];
    assert!(prediction["model_version"]
        .as_str()
        .unwrap()
        .starts_with("article-annotator-rules-"));
    let score = prediction["score"].as_f64().unwrap();
    assert!(score > 0.0 && score <= 1.0, "{score}");
    assert!(!prediction["result"].as_array().unwrap().is_empty());

    // An annotated (not suggested) file still goes in as annotations.
    let tasks_path = dir.join("tasks.json");
    std::fs::write(&tasks_path, tasks.to_string()).unwrap();
    let back = dir.join("back.jsonl");
    let out = annotator(&[
        "convert",
        "--from",
        "label-studio",
        "--to",
        "jsonl",
        tasks_path.to_str().unwrap(),
        back.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_str(
        std::fs::read_to_string(&back)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(line["quotes"][0]["text"], "“We are open again,”");
    let again = dir.join("again.zip");
    let out = annotator(&[
        "convert",
        "--from",
        "jsonl",
        "--to",
        "label-studio",
        back.to_str().unwrap(),
        again.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("predictions"));
}

/// The standard output of a run that must succeed (else the test fails
/// showing both outputs).
fn succeeded(out: std::process::Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// One annotator's native JSONL export: per document its id and its text
/// with the quotes marked ⟦…⟧ (direct, unattributed).
fn annotator_export(documents: &[(&str, &str)]) -> String {
    use article_annotator::domain::annotations::{Annotations, Quote, QuoteId, QuoteKind};
    use article_annotator::domain::corpus::Record;
    use article_annotator::domain::document::Document;
    use article_annotator::domain::formats::{export, Format};
    let records: Vec<Record> = documents
        .iter()
        .map(|(id, fixture)| {
            let (text, spans) = crate::fixtures::parse(fixture);
            let mut document = Document::from_text(&text);
            document.id = id.to_string();
            let mut annotations = Annotations::default();
            for range in spans {
                annotations.quotes.push(Quote {
                    id: QuoteId(annotations.next_id()),
                    range,
                    kind: QuoteKind::Direct,
                    speaker: None,
                    cue: None,
                });
            }
            Record {
                document,
                annotations,
                annotator: None,
            }
        })
        .collect();
    let files = export(Format::Jsonl, &records).unwrap();
    String::from_utf8(files[0].bytes.clone()).unwrap()
}

const PORT_BOTH: &str = "Port reopens\n\n⟦“We are open again,”⟧ said harbour master Ines Duarte. ⟦“It took nine days.”⟧\n\nTraders welcomed the news.";
const PORT_FIRST: &str = "Port reopens\n\n⟦“We are open again,”⟧ said harbour master Ines Duarte. “It took nine days.”\n\nTraders welcomed the news.";
const BEES: &str = "Bees\n\n⟦“They know,”⟧ says Ruth Kaminski.";

#[test]
fn agree_compares_each_shared_document_and_all_of_them_and_lists_the_rest() {
    // The same texts under other ids are the same documents; "only-ann"
    // is in ann's export alone.
    let ann = temp_file(
        "ann.jsonl",
        &annotator_export(&[
            ("port", PORT_BOTH),
            ("bees", BEES),
            ("only-ann", "Alone\n\nNobody else has this text."),
        ]),
    );
    let bo = temp_file(
        "bo.jsonl",
        &annotator_export(&[("bees-7", BEES), ("port-2", PORT_FIRST)]),
    );
    let stdout = succeeded(annotator(&["agree", &ann, &bo]));
    for needle in [
        "annotators: ann (",
        "documents in every file: 2; in only some: 1",
        "document port “Port reopens”",
        "document bees “Bees”",
        "ann / bo",
        "overall: 2 documents",
        "only-ann “Alone”: only in ann",
    ] {
        assert!(stdout.contains(needle), "{needle} missing from:\n{stdout}");
    }
    // Port: ann 2 quotes, bo 1 of them: exact P 1, R 1/2, F1 2/3.
    // Pooled with the bees (1 and 1, matched): P 2/2, R 2/3, F1 4/5.
    let port = stdout
        .lines()
        .skip_while(|l| !l.starts_with("document port"))
        .find(|l| l.contains("quotes    ann / bo"))
        .unwrap();
    assert!(port.contains("1.000  0.500  0.667"), "{port}");
    let overall = stdout
        .lines()
        .skip_while(|l| !l.starts_with("overall"))
        .find(|l| l.contains("quotes    ann / bo"))
        .unwrap();
    assert!(overall.contains("1.000  0.667  0.800"), "{overall}");

    let out = annotator(&["agree", "--json", &ann, &bo]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["annotators"][1]["name"], "bo");
    assert_eq!(v["unit"], "code points");
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    assert_eq!(v["documents"][0]["id"], "port");
    let exact = &v["overall"]["pairs"][0]["spans"]["quotes"]["exact"];
    assert_eq!(
        (&exact["matched"], &exact["reference"], &exact["other"]),
        (
            &serde_json::json!(2),
            &serde_json::json!(3),
            &serde_json::json!(2)
        )
    );
    assert!((exact["f1"].as_f64().unwrap() - 0.8).abs() < 1e-12);
    assert_eq!(v["overall"]["documents"], 2);
    assert_eq!(v["unmatched"][0]["id"], "only-ann");
    assert_eq!(v["unmatched"][0]["annotators"], serde_json::json!(["ann"]));
}

#[test]
fn agree_names_three_annotators_by_file_stem_and_keeps_two_stems_apart() {
    let export = annotator_export(&[("bees", BEES)]);
    let dir = std::env::temp_dir().join(format!("annotator-cli-{}-agree", std::process::id()));
    std::fs::create_dir_all(dir.join("second")).unwrap();
    let first = dir.join("cy.jsonl");
    let second = dir.join("second").join("cy.jsonl");
    std::fs::write(&first, &export).unwrap();
    std::fs::write(&second, &export).unwrap();
    let ann = temp_file("ann3.jsonl", &export);
    let out = annotator(&[
        "agree",
        &ann,
        first.to_str().unwrap(),
        second.to_str().unwrap(),
        "--json",
    ]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = v["annotators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ann3", "cy", "cy-2"]);
    let overall = &v["overall"];
    assert_eq!(overall["pairs"].as_array().unwrap().len(), 3);
    assert!(
        (overall["all_annotators"]["alpha_u"]["quotes"]["alpha"]
            .as_f64()
            .unwrap()
            - 1.0)
            .abs()
            < 1e-12
    );
    // One item, all direct: Fleiss' κ is undefined, null rather than NaN.
    assert_eq!(
        overall["all_annotators"]["kind_kappa"]["measure"],
        "Fleiss' kappa"
    );
    assert!(overall["all_annotators"]["kind_kappa"]["value"].is_null());
}

#[test]
fn agree_refuses_bad_input_with_a_message_and_never_panics() {
    let good = temp_file("good-agree.jsonl", &annotator_export(&[("bees", BEES)]));
    let said = |out: &Output| {
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr)
    };
    let missing = temp_file("x.jsonl", "");
    let missing = missing.replace("x.jsonl", "missing.jsonl");
    let not_json = temp_file("notes.jsonl", "these are my notes\n");
    let empty = temp_file("empty.jsonl", "");
    let other = temp_file("other.jsonl", &annotator_export(&[("port", PORT_BOTH)]));
    let cases: [(&[&str], &str); 6] = [
        (&["agree", &good], "two or more files"),
        (&["agree", &good, &missing], "missing.jsonl"),
        (&["agree", &good, &not_json], "no document could be read"),
        (&["agree", &empty, &good], "no documents in the file"),
        (&["agree", &good, &other], "no document is in every file"),
        (
            &["agree", "--frobnicate", &good, &other],
            "unknown option --frobnicate",
        ),
    ];
    for (args, why) in cases {
        let out = annotator(args);
        let text = said(&out);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {text}");
        assert!(text.contains(why), "{args:?}: {why} missing from {text}");
        assert!(!text.contains("panicked"), "{args:?}: {text}");
    }

    // A bad line is reported with its place; the rest is still compared,
    // and the exit status says something was wrong.
    let with_bad_line = temp_file(
        "bad-line.jsonl",
        &format!("{}{{\"broken\n", annotator_export(&[("bees", BEES)])),
    );
    let out = annotator(&["agree", &good, &with_bad_line]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("bad-line.jsonl: line 2"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("overall: 1 documents"));
}

/// An export as the app writes it for a named annotator: every line says
/// whose it is.
fn named_export(annotator: &str, documents: &[(&str, &str)]) -> String {
    annotator_export(documents)
        .lines()
        .map(|line| {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            v["annotator"] = serde_json::json!(annotator);
            format!("{v}\n")
        })
        .collect()
}

#[test]
fn merge_writes_what_all_agree_on_as_gold_and_lists_the_rest() {
    // Files named otherwise than their annotators: the names they carry win.
    let a = temp_file(
        "first.jsonl",
        &named_export("Ana", &[("port", PORT_BOTH), ("bees", BEES)]),
    );
    let b = temp_file(
        "second.jsonl",
        &named_export("Bo", &[("port-2", PORT_FIRST), ("bees", BEES)]),
    );
    let out_path = std::env::temp_dir().join(format!("gold-{}.jsonl", std::process::id()));
    let stdout = succeeded(annotator(&[
        "merge",
        &a,
        &b,
        "-o",
        out_path.to_str().unwrap(),
    ]));
    for needle in [
        "port “Port reopens”: 1 agreed items merged, 1 to decide",
        "  quote ““It took nine days.””: only Ana",
        "bees “Bees”: 1 agreed items merged, 0 to decide",
        "wrote 2 documents",
    ] {
        assert!(stdout.contains(needle), "{needle} missing from:\n{stdout}");
    }
    let gold = std::fs::read_to_string(&out_path).unwrap();
    let lines: Vec<serde_json::Value> = gold
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["annotator"], "gold");
    let text: Vec<char> = lines[0]["document"]["text"]
        .as_str()
        .unwrap()
        .chars()
        .collect();
    let quotes = lines[0]["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), 1);
    let (s, e) = (
        quotes[0]["start"].as_u64().unwrap() as usize,
        quotes[0]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        text[s..e].iter().collect::<String>(),
        "“We are open again,”"
    );

    let agree = annotator(&["agree", "--json", &a, &b]);
    let v: serde_json::Value = serde_json::from_slice(&agree.stdout).unwrap();
    assert_eq!(v["annotators"][0]["name"], "Ana");
    assert_eq!(v["annotators"][1]["name"], "Bo");

    let usage = annotator(&["merge", &a]);
    assert!(!usage.status.success());
    assert!(String::from_utf8_lossy(&usage.stderr).contains("merge needs files and -o"));
}

#[test]
fn agree_refuses_a_file_holding_several_annotators_layers() {
    let both =
        named_export("Ana", &[("port", PORT_BOTH)]) + &named_export("Bo", &[("port", PORT_FIRST)]);
    let mixed = temp_file("every-layer.jsonl", &both);
    let other = temp_file("cy.jsonl", &named_export("Cy", &[("port", PORT_BOTH)]));
    let out = annotator(&["agree", &mixed, &other]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("holds the layers of several annotators (Ana, Bo)"),
        "{stderr}"
    );
}

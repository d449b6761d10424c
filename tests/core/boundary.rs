//! The domain's boundary: nothing under `src/domain` may use the browser
//! crates (yew, web-sys, gloo, wasm-bindgen, js-sys, serde-wasm-bindgen).
//! Checked on the source text, so a stray `use yew::…` fails here even
//! though the crate would still compile.

use std::path::Path;

const BROWSER_CRATES: &[&str] = &[
    "yew",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "serde_wasm_bindgen",
];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines of `source` that name a browser crate as a path (`yew::`,
/// `use gloo`, `extern crate web_sys`), outside comments.
fn browser_uses(source: &str) -> Vec<String> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//"))
        .filter(|l| {
            BROWSER_CRATES.iter().any(|c| {
                l.contains(&format!("{c}::"))
                    || l.starts_with(&format!("use {c}"))
                    || l.contains(&format!("extern crate {c}"))
            })
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_domain_uses_no_browser_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(files.len() > 20, "found only {} files", files.len());
    let offending: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let source = std::fs::read_to_string(f).unwrap();
            browser_uses(&source)
                .into_iter()
                .map(move |l| format!("{}: {l}", f.display()))
        })
        .collect();
    assert!(offending.is_empty(), "{offending:#?}");
}

#[test]
fn the_check_catches_each_way_of_naming_a_browser_crate() {
    assert_eq!(browser_uses("use yew::prelude::*;").len(), 1);
    assert_eq!(browser_uses("let w = web_sys::window();").len(), 1);
    assert_eq!(browser_uses("use gloo;").len(), 1);
    assert_eq!(browser_uses("extern crate wasm_bindgen;").len(), 1);
    assert!(browser_uses("// yew:: is for the UI only").is_empty());
    assert!(browser_uses("let yewtree = 1;").is_empty());
}

/// The browser crates are dependencies of the wasm32 build only: the
/// command line, the benches and these tests compile without them (and a
/// `use yew::…` outside the browser modules does not even compile).
#[test]
fn the_browser_crates_are_wasm32_dependencies_only() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let mut section = String::new();
    let mut misplaced = Vec::new();
    let mut found = 0;
    for line in manifest.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            section = line.to_owned();
            continue;
        }
        let name = line.split(['=', ' ']).next().unwrap_or("");
        if [
            "yew",
            "web-sys",
            "gloo",
            "wasm-bindgen",
            "js-sys",
            "serde-wasm-bindgen",
        ]
        .contains(&name)
        {
            found += 1;
            if section != "[target.'cfg(target_arch = \"wasm32\")'.dependencies]" {
                misplaced.push(format!("{name} in {section}"));
            }
        }
    }
    assert!(
        found >= 4,
        "the browser crates were not found in Cargo.toml"
    );
    assert!(
        misplaced.is_empty(),
        "browser crates outside the wasm32 table: {misplaced:?}"
    );
}

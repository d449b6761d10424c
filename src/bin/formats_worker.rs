//! The dataset formats' Web Worker: every importer and exporter (zip,
//! deflate, CSV, JSON of each tool) runs here, off the main thread, and its
//! code is not in the page's own wasm, which stays small for the first
//! visit. Once it listens it posts "ready"; then the page posts, each with
//! a number `seq` its answers echo:
//! - `{kind: "dataset", names, files, format?}`: a dataset import (zips
//!   unpacked, the format detected unless named), answered with
//!   `{progress, format}` as it reads, then its records a run at a time
//!   (`{records}`) and the rest of the report (`{json}`: format and
//!   problems), in `formats::worker_wire`;
//! - `{kind: "native", name, bytes}`: one native JSON file, answered the
//!   same way;
//! - `{kind: "export", format, json}`: records to write, answered with
//!   `{name, mime, bytes}`;
//!
//! and `{error}` for a message it cannot read or should a format panic.
//! Built for the browser by Trunk (`data-type="worker"` in index.html);
//! natively it only says so.

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::sync::atomic::Ordering;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

    // A panic ends this instance: the page hears which message caused it.
    std::panic::set_hook(Box::new(|info| {
        let seq = f64::from_bits(CURRENT.load(Ordering::Relaxed));
        let error = ("error", JsValue::from_str(&info.to_string()));
        post(seq, &[error, ("panicked", JsValue::TRUE)]);
    }));
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let data = e.data();
        let Some(seq) = get(&data, "seq").as_f64() else {
            return;
        };
        CURRENT.store(seq.to_bits(), Ordering::Relaxed);
        let answer = match get(&data, "kind").as_string().as_deref() {
            Some("dataset") => dataset(seq, &data),
            Some("native") => native(seq, &data),
            Some("export") => export(&data),
            _ => Err("a message the formats worker does not know".to_owned()),
        };
        match answer {
            Ok(fields) => post(seq, &fields),
            Err(why) => post(seq, &[("error", JsValue::from_str(&why))]),
        }
    });
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages that came before the handler was set are lost: the page
    // waits for this before it asks anything.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(target_arch = "wasm32")]
type Fields = Vec<(&'static str, wasm_bindgen::JsValue)>;

#[cfg(target_arch = "wasm32")]
fn get(data: &wasm_bindgen::JsValue, name: &str) -> wasm_bindgen::JsValue {
    web_sys::js_sys::Reflect::get(data, &name.into()).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn bytes_of(value: wasm_bindgen::JsValue) -> Option<Vec<u8>> {
    use wasm_bindgen::JsCast;
    let array: web_sys::js_sys::Uint8Array = value.dyn_into().ok()?;
    Some(array.to_vec())
}

#[cfg(target_arch = "wasm32")]
fn post(seq: f64, fields: &[(&str, wasm_bindgen::JsValue)]) {
    use wasm_bindgen::JsCast;
    use web_sys::js_sys;
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"seq".into(), &seq.into());
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&message, &(*k).into(), v);
    }
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let _ = scope.post_message(&message);
}

/// How often a dataset import says how far it has read, in ms.
#[cfg(target_arch = "wasm32")]
const PROGRESS_EVERY_MS: f64 = 200.0;

#[cfg(target_arch = "wasm32")]
fn dataset(seq: f64, data: &wasm_bindgen::JsValue) -> Result<Fields, String> {
    use article_annotator::domain::formats::{read_dataset, Format, InputFile};
    use web_sys::js_sys::{Array, Date};
    let names = Array::from(&get(data, "names"));
    let contents = Array::from(&get(data, "files"));
    let mut files = Vec::new();
    for (name, bytes) in names.iter().zip(contents.iter()) {
        let name = name.as_string().ok_or("a file without a name")?;
        let bytes = bytes_of(bytes).ok_or("a file without bytes")?;
        files.push(InputFile { name, bytes });
    }
    let format = get(data, "format")
        .as_string()
        .and_then(|f| Format::parse(&f));
    let mut said = f64::NEG_INFINITY;
    let (format, report) = read_dataset(files, format, |format, read, total| {
        // Said at once (the page shows the format read), then now and then.
        if Date::now() - said >= PROGRESS_EVERY_MS {
            said = Date::now();
            let percent = (read * 100 / total.max(1)) as f64;
            post(
                seq,
                &[
                    ("progress", percent.into()),
                    ("format", format.name().into()),
                ],
            );
        }
    });
    Ok(report_in_runs(seq, format, report))
}

/// Posts a report's records a run at a time (`{records}`), so that the
/// page reads them back between frames, and answers the rest (format and
/// problems).
#[cfg(target_arch = "wasm32")]
fn report_in_runs(
    seq: f64,
    format: Option<article_annotator::domain::formats::Format>,
    mut report: article_annotator::domain::formats::ImportReport,
) -> Fields {
    use article_annotator::domain::formats::worker_wire;
    for run in worker_wire::batches(&report.records) {
        let json = worker_wire::records_to_json(run);
        post(seq, &[("records", json.into())]);
    }
    report.records.clear();
    let json = worker_wire::report_to_json(format, &report);
    vec![("json", json.into())]
}

#[cfg(target_arch = "wasm32")]
fn native(seq: f64, data: &wasm_bindgen::JsValue) -> Result<Fields, String> {
    use article_annotator::domain::formats::{native, Format};
    let name = get(data, "name").as_string().unwrap_or_default();
    let bytes = bytes_of(get(data, "bytes")).ok_or("a file without bytes")?;
    let report = native::import_report(&name, &bytes);
    Ok(report_in_runs(seq, Some(Format::Native), report))
}

#[cfg(target_arch = "wasm32")]
fn export(data: &wasm_bindgen::JsValue) -> Result<Fields, String> {
    use article_annotator::domain::formats::{export_one, worker_wire, Format};
    let format = get(data, "format").as_string().unwrap_or_default();
    let format = Format::parse(&format).ok_or(format!("no format is called {format:?}"))?;
    let json = get(data, "json").as_string().unwrap_or_default();
    let records = worker_wire::records_from_json(&json)?;
    let file = export_one(format, &records).map_err(|e| e.0)?;
    let bytes = web_sys::js_sys::Uint8Array::from(&file.bytes[..]);
    Ok(vec![
        ("name", file.name.into()),
        ("mime", file.mime.into()),
        ("bytes", bytes.into()),
    ])
}

/// The message being answered (its number's bits), for the panic hook.
#[cfg(target_arch = "wasm32")]
static CURRENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The dataset formats' worker runs in the browser: build the app with `make run`.");
    std::process::exit(2);
}

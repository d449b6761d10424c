//! The page's side of the dataset formats' worker (`src/bin/formats_worker.rs`):
//! imports and exports run off the main thread, and the formats' code is
//! not in the page's own wasm. The worker starts when first needed (the
//! service worker has it cached with the rest of the app); a question
//! asked before it listens waits for it. Each question carries a number
//! its answers echo, and its own handler. A worker that fails to load or
//! panics fails every question in flight with the reason, and the next
//! question starts a new one.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Object, Reflect, Uint8Array};
use web_sys::{Event, MessageEvent, Worker};

use crate::domain::corpus::Record;
use crate::domain::formats::{worker_wire, Format, ImportReport, InputFile};

/// The loader Trunk writes for the worker (`data-loader-shim`).
const WORKER_SCRIPT: &str = "formats_worker_loader.js";

/// How long the worker may take to load before its questions fail.
const START_TIMEOUT_MS: u32 = 20_000;

type Done = Box<dyn FnOnce(Result<JsValue, String>)>;
type Progress = Box<dyn Fn(&JsValue)>;

/// A question in flight: its number, who hears its progress, who its answer.
struct Asked {
    seq: u32,
    progress: Option<Progress>,
    done: Done,
}

struct Link {
    worker: Worker,
    ready: Cell<bool>,
    /// Messages asked before the worker listened, with what they transfer.
    waiting: RefCell<Vec<(Object, Array)>>,
    asked: RefCell<Vec<Asked>>,
    next: Cell<u32>,
    handlers: RefCell<Option<Handlers>>,
}

struct Handlers {
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
    _start_timeout: Timeout,
}

thread_local! {
    static LINK: RefCell<Option<Rc<Link>>> = const { RefCell::new(None) };
}

fn field(data: &JsValue, name: &str) -> JsValue {
    Reflect::get(data, &name.into()).unwrap_or_default()
}

impl Link {
    fn start() -> Result<Rc<Link>, String> {
        let worker = Worker::new(WORKER_SCRIPT).map_err(|e| format!("could not start ({e:?})"))?;
        let link = Rc::new(Link {
            worker,
            ready: Cell::new(false),
            waiting: RefCell::default(),
            asked: RefCell::default(),
            next: Cell::new(0),
            handlers: RefCell::new(None),
        });
        let answers = Rc::downgrade(&link);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(link) = answers.upgrade() {
                link.answer(e.data())
            }
        });
        let errors = Rc::downgrade(&link);
        // A script that fails to load fires a plain Event, an exception in
        // the worker an ErrorEvent with a message.
        let on_error = Closure::<dyn FnMut(Event)>::new(move |e: Event| {
            e.prevent_default();
            let message = field(&e, "message")
                .as_string()
                .unwrap_or_else(|| "its script could not be loaded".to_owned());
            if let Some(link) = errors.upgrade() {
                link.fail(&format!("failed ({message})"));
            }
        });
        let waiting = Rc::downgrade(&link);
        let start_timeout = Timeout::new(START_TIMEOUT_MS, move || {
            if let Some(link) = waiting.upgrade().filter(|l| !l.ready.get()) {
                link.fail("did not load");
            }
        });
        link.worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        link.worker
            .set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *link.handlers.borrow_mut() = Some(Handlers {
            _on_message: on_message,
            _on_error: on_error,
            _start_timeout: start_timeout,
        });
        Ok(link)
    }

    fn send(&self, message: &Object, transfer: &Array) {
        if let Err(e) = self.worker.post_message_with_transfer(message, transfer) {
            self.fail(&format!("could not be given the question ({e:?})"));
        }
    }

    fn answer(&self, data: JsValue) {
        if data.as_string().as_deref() == Some("ready") {
            self.ready.set(true);
            let waiting = std::mem::take(&mut *self.waiting.borrow_mut());
            for (message, transfer) in waiting {
                self.send(&message, &transfer);
            }
            return;
        }
        let Some(seq) = field(&data, "seq").as_f64() else {
            return;
        };
        // A part of the answer: progress, or a run of records.
        if field(&data, "progress").as_f64().is_some() || field(&data, "records").is_string() {
            let asked = self.asked.borrow();
            if let Some(progress) = asked
                .iter()
                .find(|a| f64::from(a.seq) == seq)
                .and_then(|a| a.progress.as_ref())
            {
                progress(&data);
            }
            return;
        }
        if field(&data, "panicked").is_truthy() {
            let why = field(&data, "error").as_string().unwrap_or_default();
            return self.fail(&format!("stopped ({why})"));
        }
        let found = {
            let mut asked = self.asked.borrow_mut();
            let at = asked.iter().position(|a| f64::from(a.seq) == seq);
            at.map(|at| asked.remove(at))
        };
        if let Some(asked) = found {
            match field(&data, "error").as_string() {
                Some(why) => (asked.done)(Err(why)),
                None => (asked.done)(Ok(data)),
            }
        }
    }

    /// Fails every question in flight and lets the worker go: the next
    /// question starts a new one.
    fn fail(&self, why: &str) {
        self.worker.terminate();
        // Only this worker's slot: a newer worker keeps its questions.
        LINK.with(|l| {
            let mut l = l.borrow_mut();
            if l.as_ref()
                .is_some_and(|mine| std::ptr::eq(Rc::as_ptr(mine), self))
            {
                l.take();
            }
        });
        self.waiting.borrow_mut().clear();
        let asked = std::mem::take(&mut *self.asked.borrow_mut());
        for a in asked {
            (a.done)(Err(format!("the formats worker {why}")));
        }
    }
}

/// The worker, started if need be.
fn link() -> Result<Rc<Link>, String> {
    LINK.with(|l| {
        let mut l = l.borrow_mut();
        if let Some(link) = l.as_ref() {
            return Ok(link.clone());
        }
        let link = Link::start()?;
        *l = Some(link.clone());
        Ok(link)
    })
}

/// Starts the worker when the user opens a file chooser or the export, so
/// that it has loaded by the time they have chosen.
pub fn prepare() {
    let _ = link();
}

/// Asks the worker (started if need be); `done` hears the answer's data or
/// why there is none.
fn ask(message: Object, transfer: Array, progress: Option<Progress>, done: Done) {
    let link = match link() {
        Ok(link) => link,
        Err(why) => return done(Err(format!("the formats worker {why}"))),
    };
    let seq = link.next.get();
    link.next.set(seq.wrapping_add(1));
    let _ = Reflect::set(&message, &"seq".into(), &seq.into());
    link.asked.borrow_mut().push(Asked {
        seq,
        progress,
        done,
    });
    if link.ready.get() {
        link.send(&message, &transfer);
    } else {
        link.waiting.borrow_mut().push((message, transfer));
    }
}

fn message(kind: &str) -> Object {
    let message = Object::new();
    let _ = Reflect::set(&message, &"kind".into(), &kind.into());
    message
}

/// Bytes copied out of the page's wasm memory, and their buffer listed
/// for transfer (so that posting does not copy them again).
fn bytes(bytes: &[u8], transfer: &Array) -> Uint8Array {
    let array = Uint8Array::from(bytes);
    transfer.push(&array.buffer());
    array
}

/// An import's records as they arrive a run at a time, each run read back
/// in a slice of its own (a thousand documents read at once made one frame
/// of 105 ms); the first that cannot be read is kept as the error.
#[derive(Default)]
struct Runs {
    records: Vec<Record>,
    error: Option<String>,
}

/// Reads a run of records in a slice of its own, while `wanted` (an import
/// replaced by another is not read on).
fn read_run(runs: &Rc<RefCell<Runs>>, data: &JsValue, wanted: Rc<dyn Fn() -> bool>) {
    let Some(json) = field(data, "records").as_string() else {
        return;
    };
    let runs = runs.clone();
    crate::ui::slices::push(move || {
        let mut runs = runs.borrow_mut();
        if runs.error.is_some() || !wanted() {
            return;
        }
        match worker_wire::records_from_json(&json) {
            Ok(records) => runs.records.extend(records),
            Err(e) => runs.error = Some(unreadable(e)),
        }
    });
}

fn unreadable(e: String) -> String {
    format!("the formats worker's answer could not be read ({e})")
}

/// The end of an import's answer: once the runs before it are read (in
/// the slices queued before this one), the report with every record.
fn finish(
    runs: Rc<RefCell<Runs>>,
    data: Result<JsValue, String>,
    done: impl FnOnce(Result<(Option<Format>, ImportReport), String>) + 'static,
) {
    let rest = report_from(data);
    crate::ui::slices::push(move || {
        let runs = std::mem::take(&mut *runs.borrow_mut());
        done(rest.and_then(|(format, mut report)| {
            if let Some(e) = runs.error {
                return Err(e);
            }
            report.records.splice(0..0, runs.records);
            Ok((format, report))
        }))
    });
}

/// Reads a dataset import's files (zips unpacked, the format detected
/// unless given): `progress` hears the format and the percentage read;
/// its records are read back only while `wanted`.
pub fn import_dataset(
    files: &[InputFile],
    format: Option<Format>,
    wanted: impl Fn() -> bool + 'static,
    progress: impl Fn(Format, u32) + 'static,
    done: impl FnOnce(Result<(Option<Format>, ImportReport), String>) + 'static,
) {
    let message = message("dataset");
    let transfer = Array::new();
    let names: Array = files.iter().map(|f| JsValue::from(&f.name)).collect();
    let contents: Array = files.iter().map(|f| bytes(&f.bytes, &transfer)).collect();
    let _ = Reflect::set(&message, &"names".into(), &names);
    let _ = Reflect::set(&message, &"files".into(), &contents);
    if let Some(format) = format {
        let _ = Reflect::set(&message, &"format".into(), &format.name().into());
    }
    let runs = Rc::new(RefCell::new(Runs::default()));
    let parts = runs.clone();
    let wanted: Rc<dyn Fn() -> bool> = Rc::new(wanted);
    let progress: Progress = Box::new(move |data: &JsValue| {
        read_run(&parts, data, wanted.clone());
        let percent = field(data, "progress").as_f64();
        let format = field(data, "format").as_string();
        if let (Some(percent), Some(format)) = (percent, format.as_deref().and_then(Format::parse))
        {
            progress(format, percent as u32);
        }
    });
    let done: Done = Box::new(move |data| finish(runs, data, done));
    ask(message, transfer, Some(progress), done);
}

/// Reads one native JSON file: its records, or a problem saying why not.
pub fn import_native(
    name: &str,
    file: &[u8],
    done: impl FnOnce(Result<ImportReport, String>) + 'static,
) {
    let message = message("native");
    let transfer = Array::new();
    let _ = Reflect::set(&message, &"name".into(), &name.into());
    let _ = Reflect::set(&message, &"bytes".into(), &bytes(file, &transfer));
    let runs = Rc::new(RefCell::new(Runs::default()));
    let parts = runs.clone();
    let progress: Progress =
        Box::new(move |data: &JsValue| read_run(&parts, data, Rc::new(|| true)));
    let done: Done =
        Box::new(move |data| finish(runs, data, |read| done(read.map(|(_, report)| report))));
    ask(message, transfer, Some(progress), done);
}

/// A file the worker wrote: its name, type and bytes.
pub struct Written {
    pub name: String,
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// Writes records in a format, as one file (several are zipped).
pub fn export(
    format: Format,
    records: &[Record],
    done: impl FnOnce(Result<Written, String>) + 'static,
) {
    let message = message("export");
    let _ = Reflect::set(&message, &"format".into(), &format.name().into());
    let json = worker_wire::records_to_json(records);
    let _ = Reflect::set(&message, &"json".into(), &json.into());
    let done: Done = Box::new(move |data| {
        done(data.and_then(|data| {
            let bytes = field(&data, "bytes").dyn_into::<Uint8Array>();
            let bytes =
                bytes.map_err(|_| "the formats worker answered without a file".to_owned())?;
            Ok(Written {
                name: field(&data, "name").as_string().unwrap_or_default(),
                mime: field(&data, "mime").as_string().unwrap_or_default(),
                bytes: bytes.to_vec(),
            })
        }))
    });
    ask(message, Array::new(), None, done);
}

/// An answer's report read back and checked.
fn report_from(data: Result<JsValue, String>) -> Result<(Option<Format>, ImportReport), String> {
    let json = field(&data?, "json").as_string().unwrap_or_default();
    worker_wire::report_from_json(&json).map_err(unreadable)
}

//! Reads a dataset import in the formats worker ([`crate::ui::formats_worker`]),
//! so that a file of a thousand documents never holds up the page; says
//! how far it has read, and hands the report to the reducer. Only the
//! latest request's progress is said (the reducer keeps only its report).

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::ui::formats_worker;
use crate::ui::state::{Action, Documents, ImportRequest, Page};

thread_local! {
    /// The generation of the request being read.
    static LATEST: Cell<u64> = const { Cell::new(0) };
}

/// Starts reading a request's files.
pub fn read(request: Rc<ImportRequest>, dispatch: Callback<Action>) {
    let generation = request.generation;
    LATEST.with(|l| l.set(generation));
    // Whether this request is still the latest: only its progress is said
    // and only its records are read.
    let wanted = move || LATEST.with(Cell::get) == generation;
    let progress = {
        let dispatch = dispatch.clone();
        move |format: crate::domain::formats::Format, percent: u32| {
            if wanted() {
                dispatch.emit(Action::Page(Page::Progress(Some(format!(
                    "Reading the import as {}: {percent}%",
                    format.name()
                )))));
            }
        }
    };
    formats_worker::import_dataset(
        &request.files,
        request.format,
        wanted,
        progress,
        move |read| {
            let action = match read {
                Ok((format, report)) => Documents::ImportReported {
                    generation,
                    format,
                    report: Rc::new(report),
                },
                Err(why) => Documents::ImportFailed { generation, why },
            };
            dispatch.emit(Action::Documents(action));
        },
    );
}

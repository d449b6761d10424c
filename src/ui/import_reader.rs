//! Reads a dataset import a few lines per job in the page's slices
//! ([`crate::ui::slices`]), so a file of a thousand documents never makes a
//! long frame; says how far it has read, and hands the report to the
//! reducer. Only the latest request is read on.

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::domain::formats::ImportJob;
use crate::ui::state::{Action, Documents, ImportRequest, Page};

/// Lines read per job (a native line of 50 annotations takes well under a
/// millisecond); a slice runs jobs until its few milliseconds are spent.
const LINES_PER_JOB: usize = 8;

/// How often the progress is said, in ms: each saying renders the page.
const PROGRESS_EVERY_MS: f64 = 250.0;

thread_local! {
    /// The generation of the request being read.
    static LATEST: Cell<u64> = const { Cell::new(0) };
}

/// Starts reading a request's files; an older request still being read
/// stops at its next job.
pub fn read(request: Rc<ImportRequest>, dispatch: Callback<Action>) {
    LATEST.with(|l| l.set(request.generation));
    let job = ImportJob::new(request.format, &request.files);
    next(request, job, dispatch, now());
}

fn next(request: Rc<ImportRequest>, mut job: ImportJob, dispatch: Callback<Action>, said: f64) {
    crate::ui::slices::push(move || {
        if LATEST.with(Cell::get) != request.generation {
            return;
        }
        if job.step(&request.files, LINES_PER_JOB) {
            dispatch.emit(Action::Documents(Documents::ImportReported {
                generation: request.generation,
                report: Rc::new(job.into_report()),
            }));
            return;
        }
        let mut said = said;
        if now() - said >= PROGRESS_EVERY_MS {
            let (read, total) = job.progress(&request.files);
            let percent = read * 100 / total.max(1);
            dispatch.emit(Action::Page(Page::Progress(Some(format!(
                "Reading the import as {}: {percent}%",
                request.format.name()
            )))));
            said = now();
        }
        next(request, job, dispatch, said);
    });
}

fn now() -> f64 {
    gloo::utils::window().performance().map_or(0.0, |p| p.now())
}

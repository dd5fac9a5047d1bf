//! The survey import as the worker runs it: CSV text and the open scenario
//! in, the engine's `Import` (as JSON text) or the reasons for refusing
//! the file out. Kept apart from `crate::agent` so the worker's loop only
//! dispatches to it.

use worthit_engine::survey;
use worthit_engine::{Problem, parse_scenario};

use crate::agent::FromWorker;

/// Imports `csv` with `base` (scenario JSON text) for everything the survey
/// does not fit, as `worthit survey FILE --base BASE` does. `now` reads
/// the worker's clock, so the reply says how long the import took.
pub fn import(id: u64, csv: &str, base: &str, start: f64, now: impl Fn() -> f64) -> FromWorker {
    let refused = |problems: Vec<Problem>| FromWorker::Surveyed {
        id,
        import: None,
        problems,
        elapsed_ms: now() - start,
    };
    let base = match parse_scenario(base) {
        Ok(s) => s,
        Err(e) => return refused(e.problems),
    };
    match survey::import(csv.as_bytes(), Some(&base)) {
        Ok(import) => FromWorker::Surveyed {
            id,
            // The engine's own plain data; non-finite numbers become null,
            // which the page reports as an unreadable answer.
            import: Some(serde_json::to_string(&import).unwrap_or_default()),
            problems: Vec::new(),
            elapsed_ms: now() - start,
        },
        // The engine's reason, then the bad cells, one a line.
        Err(e) => refused(e.lines()),
    }
}

//! A population from a survey on the page (`docs/survey.md`): a
//! CSV of respondents' ratings, chosen or dropped, is fitted in a worker of
//! its own by the engine's `survey::import` (the same code as `worthit
//! survey`), its report is shown, and the fitted scenario replaces the
//! open one, which an "Undo import" button brings back. A refused file
//! changes nothing. The file never leaves the browser.
//!
//! - `job.rs` — the import as the worker runs it.
//! - `panel.rs` — the card: privacy note, file picker and drop target,
//!   the report, undo.
//!
//! Test ids: `survey` (the card), `survey-file-input`, `survey-drop`,
//! `survey-status` (`data-state`: `idle`, `reading`, `done`, `refused`),
//! `survey-report`, `survey-columns` (table; rows `survey-column-{name}`
//! with `data-family`), `survey-segments`, `survey-correlations`,
//! `survey-ignored`, `survey-skipped`, `survey-bad-cells`,
//! `survey-adoption`, `survey-refused` (the reasons), `survey-undo`,
//! `survey-privacy`. The status carries `data-elapsed-ms` (the worker's
//! time for the import).

pub mod job;
mod panel;
mod report;

pub use panel::SurveyPanel;

/// Whether a dropped file is a survey (a CSV or tab-separated export)
/// rather than a scenario: by its name, or by its type when the name says
/// nothing.
pub fn is_csv(file: &web_sys::File) -> bool {
    let name = file.name().to_lowercase();
    name.ends_with(".csv")
        || name.ends_with(".tsv")
        || (!name.ends_with(".json")
            && matches!(
                file.type_().as_str(),
                "text/csv" | "text/tab-separated-values"
            ))
}

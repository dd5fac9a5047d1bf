//! Scenario errors in the reader's language.
//!
//! The engine explains each problem in English (`segments[1].share must be
//! ≥ 0`) and names it by JSON path. Translating every engine message would
//! tie the translation files to the engine's wording; instead the heading
//! over the list is translated, and each line keeps its path (which is the
//! same in every language) with the engine's explanation.

use fluent_bundle::FluentValue;
use worthit_engine::{Problem, ScenarioError};

use crate::translator::Translator;

/// A translated heading ("The scenario has 2 problems:") and one line per
/// problem, for an alert with a list.
pub fn scenario_error(tr: &Translator, error: &ScenarioError) -> (String, Vec<String>) {
    let count = error.problems.len() as u64;
    let heading = tr.t_args(
        "error-scenario-problems",
        &[("count", FluentValue::from(count))],
    );
    let lines = error.problems.iter().map(|p| problem_line(tr, p)).collect();
    (heading, lines)
}

/// One problem as a line: `path: message`, or the message alone for a
/// problem with the whole document (a JSON syntax error).
pub fn problem_line(tr: &Translator, problem: &Problem) -> String {
    if problem.path.is_empty() {
        problem.message.clone()
    } else {
        tr.t_args(
            "error-problem",
            &[
                ("path", FluentValue::from(problem.path.as_str())),
                ("message", FluentValue::from(problem.message.as_str())),
            ],
        )
    }
}

//! Scenario errors in the reader's language.
//!
//! The engine names each problem by JSON path (the same in every language)
//! and by a [`ProblemKind`], which has its own key in the translation files
//! (`problem-…`) and typed arguments; this module puts both into words.
//! The command line keeps the kind's English `Display`.

use fluent_bundle::FluentValue;
use worthit_engine::problem::Arg;
use worthit_engine::{Problem, ProblemKind, ScenarioError};

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
    let message = problem_message(tr, &problem.kind);
    if problem.path.is_empty() {
        message
    } else {
        tr.t_args(
            "error-problem",
            &[
                ("path", FluentValue::from(problem.path.as_str())),
                ("message", FluentValue::from(message)),
            ],
        )
    }
}

/// What a problem says, without its path, in `tr`'s language.
pub fn problem_message(tr: &Translator, kind: &ProblemKind) -> String {
    let args: Vec<(&str, FluentValue)> = kind
        .args()
        .into_iter()
        .map(|(name, arg)| (name, value(tr, arg)))
        .collect();
    tr.t_args(kind.key(), &args)
}

/// One argument as a Fluent value: numbers stay numbers (so the
/// language's number format and plural rules apply), phrases and nested
/// problems are put into words first.
fn value(tr: &Translator, arg: Arg) -> FluentValue<'static> {
    match arg {
        // The number formatter expects finite numbers; an infinity or NaN
        // (a value the problem is about) is written as Rust writes it.
        Arg::Number(x) if x.is_finite() => FluentValue::from(x),
        Arg::Number(x) => FluentValue::from(x.to_string()),
        Arg::Count(n) => FluentValue::from(n),
        Arg::Text(text) => FluentValue::from(text),
        Arg::Key(key) => FluentValue::from(tr.t(key)),
        Arg::KeyValue(key, v) => {
            FluentValue::from(tr.t_args(key, &[("value", FluentValue::from(v))]))
        }
        Arg::Kind(kind) => FluentValue::from(problem_message(tr, &kind)),
        Arg::Problem(problem) => FluentValue::from(problem_line(tr, &problem)),
    }
}

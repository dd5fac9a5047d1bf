//! Errors that say where: every scenario problem carries its JSON path.
//!
//! A person fixing a scenario by hand (or a page highlighting a control)
//! needs to know *which* value is wrong and *what* was expected, so a
//! [`ScenarioError`] is a list of [`Problem`]s, each with the JSON path of
//! the offending value (`segments[1].share`) and its [`ProblemKind`]: what
//! was expected, in no language yet (English through `Display`, any
//! language through the kind's translation key and arguments). Validation
//! collects every problem rather than stopping at the first, so one round
//! of fixes is usually enough.

use std::fmt;

use serde::{Deserialize, Serialize};

pub use crate::problem::ProblemKind;

/// One thing wrong with a scenario, located by JSON path
/// (`segments[1].share`); the path is empty for a document-level problem
/// such as a JSON syntax error, whose message then starts with
/// `line L, column C`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    /// A problem at `path` (empty for the whole document).
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// The English explanation (without the path), as the command line
    /// writes it.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

/// Why a scenario could not be read or used: one or more [`Problem`]s.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScenarioError {
    pub problems: Vec<Problem>,
}

impl ScenarioError {
    /// An error made of a single problem.
    pub fn single(path: impl Into<String>, kind: ProblemKind) -> Self {
        ScenarioError {
            problems: vec![Problem::new(path, kind)],
        }
    }

    /// `Ok(())` when there is nothing to report, otherwise the problems as
    /// an error.
    pub fn from_problems(problems: Vec<Problem>) -> Result<(), ScenarioError> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(ScenarioError { problems })
        }
    }

    /// The first problem reported at exactly `path`, if any (handy for
    /// editors that show a message next to one control).
    pub fn at(&self, path: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.path == path)
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioError {}

//! The worker's answer to a solve, as the page reads it: the engine's
//! [`Solution`] (what `worthit solve --json` prints under `solve`), or
//! that no value in the input's valid range reaches the target, with the
//! numbers the page needs to say so in its own language. (A calibration
//! arrives as the engine's own `Calibration`.)

use serde::{Deserialize, Serialize};
use worthit_engine::solve::{Solution, SolveError};

/// The answer to "what would it take?".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SolveAnswer {
    Solved(Solution),
    /// No value of `input` in `range` brings adoption to `target`; across
    /// the range adoption goes from `reachable[0]` to `reachable[1]`.
    Unreachable {
        input: String,
        target: f64,
        range: [f64; 2],
        reachable: [f64; 2],
    },
}

impl SolveAnswer {
    /// The answer for a finished solve; `Err` holds the problems of a
    /// refused one.
    pub fn from_engine(
        result: Result<Solution, SolveError>,
    ) -> Result<SolveAnswer, Vec<worthit_engine::Problem>> {
        match result {
            Ok(s) => Ok(SolveAnswer::Solved(s)),
            Err(SolveError::Unreachable {
                input,
                target,
                range,
                reachable,
                ..
            }) => Ok(SolveAnswer::Unreachable {
                input,
                target,
                range,
                reachable,
            }),
            Err(SolveError::Input(e)) => Err(e.problems),
        }
    }
}

//! The messages between the page and its worker: what the page asks
//! ([`ToWorker`]) and what the worker answers ([`FromWorker`]), both sent as
//! JSON text (`crate::codec`). Scenarios and results travel as JSON strings
//! the receiving side parses with proper error handling; a refusal carries
//! the engine's problems with their kinds, so the page words them in its
//! own language.

use serde::{Deserialize, Serialize};
use worthit_engine::Problem;

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Simulate this scenario (JSON text, scenario format v1). `id` grows
    /// with every edit, so replies can be matched to the input they answer.
    /// `workers`: how many workers a big run may use (the page's
    /// `?workers=N`, see `crate::agent::pool`); `None`: as many as the
    /// machine has cores.
    Run {
        id: u64,
        scenario: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        workers: Option<u32>,
    },
    /// Stop run `id` if it is still going.
    Cancel { id: u64 },
    /// Simulate scenarios `a` and `b` (JSON text) on the same people: B
    /// with A's seed and people, as `worthit compare` does.
    Compare { id: u64, a: String, b: String },
    /// For this scenario's screenshot strip, the lift of inserting each
    /// kind at each position (`worthit lab next`).
    NextScreenshot { id: u64, scenario: String },
    /// Adoption against claim strength at `points` evenly spaced claims
    /// (`worthit lab claims --points`).
    ClaimCurve {
        id: u64,
        scenario: String,
        points: u32,
    },
    /// Fit this scenario's `calibration` block (`worthit calibrate`).
    Calibrate { id: u64, scenario: String },
    /// The value of `input` that brings adoption to `target`
    /// (`worthit solve`).
    Solve {
        id: u64,
        scenario: String,
        input: String,
        target: f64,
    },
    /// A calibrated scenario's adoption interval including parameter
    /// uncertainty (the `uncertainty` of `worthit run`'s results).
    Uncertainty { id: u64, scenario: String },
    /// Fit a scenario to a survey CSV (`worthit survey`), with `base` (the
    /// open scenario, JSON text) for everything not fitted. See
    /// [`crate::survey`].
    Survey { id: u64, csv: String, base: String },
}

impl ToWorker {
    /// The id of the request (the run it starts or cancels).
    pub fn id(&self) -> u64 {
        match self {
            ToWorker::Run { id, .. }
            | ToWorker::Cancel { id }
            | ToWorker::Compare { id, .. }
            | ToWorker::NextScreenshot { id, .. }
            | ToWorker::ClaimCurve { id, .. }
            | ToWorker::Calibrate { id, .. }
            | ToWorker::Solve { id, .. }
            | ToWorker::Uncertainty { id, .. }
            | ToWorker::Survey { id, .. } => *id,
        }
    }
}

/// The two passes of a run. The first gives the answer and every chart
/// but the what-if tornado; the second adds the what-ifs, which cost many
/// more evaluations per person. Showing the first at once is what lets the
/// charts follow a dragged slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pass {
    Main,
    WhatIf,
    /// A [`ToWorker::Compare`] job (its progress counts people per side).
    Compare,
    /// A comparison's second pass: the verdict's robustness to the
    /// illustrative screenshot effects (progress counts the draws' people).
    /// Its verdict is already shown, so like the what-ifs it gives way to
    /// any newer input at once.
    Robustness,
    /// A [`ToWorker::NextScreenshot`] job (progress counts candidates).
    NextScreenshot,
    /// A [`ToWorker::ClaimCurve`] job (progress counts claims).
    ClaimCurve,
    /// A [`ToWorker::Calibrate`] job (progress counts evaluations).
    Calibrate,
    /// A [`ToWorker::Solve`] job (progress counts evaluations).
    Solve,
    /// A [`ToWorker::Uncertainty`] job (progress counts posterior draws'
    /// runs and what-if passes).
    Uncertainty,
}

impl Pass {
    /// Whether the pass only adds to an answer the page already shows (the
    /// what-ifs after a run's answer, the robustness after a verdict): a
    /// newer input ends it at once, and it looks at its inbox every
    /// [`crate::agent::WHAT_IF_SLICE_MS`] so that input waits little.
    pub fn adds_to_shown(self) -> bool {
        matches!(self, Pass::WhatIf | Pass::Robustness)
    }
}

/// A reply to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// Run `id` has simulated `done` of `total` people of `pass` so far.
    Progress {
        id: u64,
        pass: Pass,
        done: u64,
        total: u64,
        elapsed_ms: f64,
    },
    /// Run `id` finished a pass; `results` is results-v1 JSON text.
    /// `partial`: the what-ifs (`sensitivity`) are still to come.
    /// `workers`: how many workers computed the pass (1, or more for a
    /// big run spread over helpers, see `crate::agent::pool`).
    Finished {
        id: u64,
        results: String,
        partial: bool,
        #[serde(default = "one")]
        workers: u32,
    },
    /// Run `id` was stopped (by Cancel or by a newer input) before the end.
    Cancelled { id: u64 },
    /// Run `id` was refused: the scenario is invalid. Each problem keeps
    /// its kind, so the page says it in its own language.
    Failed { id: u64, problems: Vec<Problem> },
    /// Compare job `id` finished: compare-results JSON text, what
    /// `worthit compare --json` prints.
    Compared { id: u64, results: String },
    /// Screenshot job `id` finished: a JSON array of the engine's
    /// `ScreenshotOption`s, best first, each evaluated on `users` people.
    NextRanked {
        id: u64,
        options: String,
        users: u64,
    },
    /// Claim job `id` finished: the engine's `ClaimCurve` as JSON text.
    ClaimCurved { id: u64, curve: String },
    /// Calibration job `id` finished: what `worthit calibrate --json`
    /// prints.
    Calibrated { id: u64, calibration: String },
    /// Solve job `id` finished: a `SolveAnswer` as JSON text (the engine's
    /// solution, or that the target is out of reach).
    Solved { id: u64, solve: String },
    /// Uncertainty job `id` finished: the engine's `Uncertainty` as JSON
    /// text (`null` for a scenario without a posterior).
    Uncertain { id: u64, uncertainty: String },
    /// Survey job `id` finished: `import` is the engine's `Import` (the
    /// fitted scenario and its report) as JSON text, or `None` when the
    /// file was refused, with the reasons in `problems` (a line each,
    /// with their kinds, so the page says them in its own language);
    /// `elapsed_ms` is the worker's time for it.
    Surveyed {
        id: u64,
        import: Option<String>,
        problems: Vec<Problem>,
        elapsed_ms: f64,
    },
}

/// A pass computed by the worker alone.
fn one() -> u32 {
    1
}

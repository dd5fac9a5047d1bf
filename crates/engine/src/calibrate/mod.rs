//! Calibration: fit 1 to 3 inputs of a scenario to observed counts.
//!
//! A scenario's `calibration` block ([`CalibrationBlock`]) names the inputs
//! to fit and what real people did. The fit is Bayesian (method and prior
//! in `docs/calibration.md`):
//!
//! - **Prior**: flat over each input's valid range
//!   ([`crate::params::valid_range`]), independent across inputs.
//! - **Likelihood**: binomial per observation, with the adoption share
//!   predicted by the engine on common random numbers: the same seed and
//!   the same N simulated people at every parameter value. An observation
//!   that gives retained adopters adds a binomial of them among its
//!   adopters, with the share of adopters who stay predicted on the same
//!   people.
//! - **Method**: an adaptive grid ([`grid`]). A scouting stage simulates a
//!   few thousand people at nodes spread over the whole range and finds
//!   where the posterior lies (its likelihood widened for the scouts' own
//!   noise); the final stage simulates all N people at a few nodes in that
//!   box; shares are interpolated between nodes (cubic, logit scale) onto
//!   a fine grid where the posterior, its quantiles and the predictive
//!   check are exact sums. A final box whose posterior touches its edge is
//!   widened and the stage repeated.
//!
//! [`CalibrationRun`] is chunked and cancellable like
//! [`crate::Simulation`]; [`calibrate`] runs it in one call.

pub mod block;
pub(crate) mod count;
mod grid;
mod run;
mod summary;
pub mod uncertainty;
mod warning;
pub mod what_if;

use serde::{Deserialize, Serialize};

pub use block::{CalibrationBlock, Observation, Posterior};
pub use run::CalibrationRun;
pub use uncertainty::{
    Uncertainty, UncertaintyRun, adoption_uncertainty, adoption_uncertainty_with,
};
pub use warning::{Warning, WarningKind};
pub use what_if::{WhatIfUncertaintyRun, what_if_uncertainty};

use crate::error::ScenarioError;
use crate::scenario::Scenario;

/// Posterior draws written into the calibrated scenario by default.
pub const DEFAULT_DRAWS: usize = 200;

/// How a fit is carried out. Nothing here but `users` and `seed` changes
/// a number.
#[derive(Debug, Clone, PartialEq)]
pub struct CalibrateOptions {
    /// Simulated people per evaluation; `None` picks 16 × the largest
    /// observation's users, within 20,000..=400,000, so the simulation's
    /// noise is about a quarter of the data's (see `docs/calibration.md`).
    pub users: Option<u64>,
    /// Seed of the simulated people; `None` keeps the scenario's.
    pub seed: Option<u64>,
    /// Posterior draws to keep in the calibrated scenario.
    pub draws: usize,
    /// Simulated people per [`CalibrationRun::step`]; never changes a
    /// number.
    pub chunk_size: u64,
}

impl Default for CalibrateOptions {
    fn default() -> Self {
        CalibrateOptions {
            users: None,
            seed: None,
            draws: DEFAULT_DRAWS,
            chunk_size: 65_536,
        }
    }
}

/// The simulated people per evaluation when the options leave it open.
pub fn default_simulated_users(block: &CalibrationBlock) -> u64 {
    let largest = block.observed.iter().map(|o| o.users).max().unwrap_or(0);
    largest.saturating_mul(16).clamp(20_000, 400_000)
}

/// One fitted input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FitResult {
    /// The input's dotted path.
    pub input: String,
    /// Posterior median.
    pub estimate: f64,
    /// 95% credible interval (2.5% and 97.5% posterior quantiles): the
    /// uncertainty due to the data's size, given the model.
    pub ci95: [f64; 2],
    /// Posterior standard deviation.
    pub sd: f64,
    /// Approximate Monte Carlo standard error of the estimate (the
    /// simulation's own noise): sd × √(largest observation's users / N).
    pub mc_se: f64,
    /// The range searched (the flat prior's support).
    pub range: [f64; 2],
}

/// The posterior predictive check of one observation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Predicted {
    pub users: u64,
    pub adopters: u64,
    /// The observed share, adopters / users.
    pub observed_share: f64,
    /// The predicted adoption share (posterior mean).
    pub share: f64,
    /// 95% posterior predictive interval of the share a new sample of
    /// `users` people would show: parameter uncertainty and binomial
    /// sampling together.
    pub ci95: [f64; 2],
    /// The observed retained adopters, when the observation gives them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained: Option<u64>,
    /// The observed retained share, retained / users.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_retained_share: Option<f64>,
    /// The predicted retained share (adopters still using the product at
    /// the retention horizon, as a share of all users; posterior mean),
    /// when the observation's scenario has a retention block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_share: Option<f64>,
    /// 95% posterior predictive interval of the retained share of `users`
    /// new people, like `ci95`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_ci95: Option<[f64; 2]>,
}

/// Everything a fit reports (`worthit calibrate --json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    pub fit: Vec<FitResult>,
    pub predicted: Vec<Predicted>,
    pub warnings: Vec<Warning>,
    /// The input scenario with each fitted input at its posterior median,
    /// the calibration block kept and its posterior draws added: runnable
    /// as it is.
    pub scenario: Scenario,
    /// Simulated people per evaluation.
    pub simulated_users: u64,
    /// Seed of the simulated people.
    pub seed: u64,
    /// Engine evaluations (parameter values × observations) simulated.
    pub evaluations: u64,
}

/// Fits the scenario's calibration block in one call.
pub fn calibrate(s: &Scenario, options: &CalibrateOptions) -> Result<Calibration, ScenarioError> {
    let mut run = CalibrationRun::new(s, options)?;
    while !run.step() {}
    Ok(run.finish())
}

/// [`calibrate`] on every core (rayon): each stage's evaluations run in
/// parallel; every count is the same as serially, so the numbers are too.
#[cfg(feature = "parallel")]
pub fn calibrate_parallel(
    s: &Scenario,
    options: &CalibrateOptions,
) -> Result<Calibration, ScenarioError> {
    calibrate_parallel_with_progress(s, options, |_, _| {})
}

/// [`calibrate_parallel`] telling `on_progress(done, total)` how far it is
/// (simulated people, as [`CalibrationRun::total`] counts them) after each
/// stage, from the calling thread.
#[cfg(feature = "parallel")]
pub fn calibrate_parallel_with_progress(
    s: &Scenario,
    options: &CalibrateOptions,
    mut on_progress: impl FnMut(u64, u64),
) -> Result<Calibration, ScenarioError> {
    let mut run = CalibrationRun::new(s, options)?;
    run.run_parallel(&mut on_progress);
    Ok(run.finish())
}

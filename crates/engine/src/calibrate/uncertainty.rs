//! The adoption share's interval after calibration: parameter uncertainty
//! and Monte Carlo error together, and each alone.
//!
//! For a scenario whose `calibration` block carries a posterior, the
//! scenario is run at each posterior draw on common random numbers (the
//! same seed and people for every draw), so the spread of the draws'
//! shares is due to the fitted inputs alone. The combined interval is the
//! 2.5% and 97.5% quantiles of the mixture over draws of each draw's share
//! with its binomial Monte Carlo spread.

use crate::calibrate::block::without_block;
use crate::calibrate::count::count;
use crate::calibrate::grid::predictive_quantile;
use crate::calibrate::what_if::{WhatIfUncertaintyRun, at_draw};
use crate::chunked::Chunked;
use crate::error::ScenarioError;
pub use crate::results::Uncertainty;
use crate::scenario::Scenario;
use crate::stats::{Z95, wilson};

/// Most simulated people per posterior draw: 200 draws × 100,000 people
/// is 20 million people, about a second on one core.
pub const MAX_USERS_PER_DRAW: u64 = 100_000;

/// What `covers` says for the combined interval.
pub const COVERS_BOTH: &str = "parameters_and_monte_carlo";

/// The adoption share's uncertainty for a scenario with a calibration
/// posterior, with the what-if rows' intervals
/// ([`crate::calibrate::what_if`]); `Ok(None)` when it has none.
pub fn adoption_uncertainty(s: &Scenario) -> Result<Option<Uncertainty>, ScenarioError> {
    adoption_uncertainty_with(s, true)
}

/// [`adoption_uncertainty`], with the what-if rows' intervals only when
/// `what_ifs` (a run without what-if rows needs none). With feature
/// `parallel` the draws run on every core, with the same numbers.
pub fn adoption_uncertainty_with(
    s: &Scenario,
    what_ifs: bool,
) -> Result<Option<Uncertainty>, ScenarioError> {
    let Some(mut run) = UncertaintyRun::new(s, what_ifs)? else {
        return Ok(None);
    };
    #[cfg(feature = "parallel")]
    run.step_all_parallel();
    while !run.step() {}
    run.finish().map(Some)
}

/// [`adoption_uncertainty_with`] a step at a time, so the page's worker
/// can report progress and give the job up for a newer scenario between
/// steps: a step is one posterior draw's run (at most
/// [`MAX_USERS_PER_DRAW`] people), then the run at the scenario's own
/// values, then the what-if passes ([`WhatIfUncertaintyRun`]). Call
/// [`UncertaintyRun::step`] until it returns true, then
/// [`UncertaintyRun::finish`].
#[derive(Debug, Clone)]
pub struct UncertaintyRun {
    /// The scenario without its block, with the people per draw.
    base: Scenario,
    inputs: Vec<String>,
    draws: Vec<Vec<f64>>,
    /// The adoption share at each draw run so far, in draw order.
    shares: Vec<f64>,
    /// Adopters at the scenario's own values, once counted.
    own: Option<u64>,
    /// The what-if rows' run (asked for, and the scenario has rows).
    what_ifs: Option<WhatIfUncertaintyRun>,
    /// The first refusal (a draw's values or a run), which ends the job.
    error: Option<ScenarioError>,
}

impl UncertaintyRun {
    /// A run for `s`, or `Ok(None)` when it carries no posterior.
    pub fn new(s: &Scenario, what_ifs: bool) -> Result<Option<UncertaintyRun>, ScenarioError> {
        crate::validate::validate(s)?;
        let Some(post) = s.calibration.as_ref().and_then(|c| c.posterior.as_ref()) else {
            return Ok(None);
        };
        let mut base = without_block(s);
        base.users = s.users.min(MAX_USERS_PER_DRAW);
        let what_ifs = if what_ifs {
            WhatIfUncertaintyRun::new(s)?
        } else {
            None
        };
        Ok(Some(UncertaintyRun {
            base,
            inputs: post.inputs.clone(),
            draws: post.draws.clone(),
            shares: Vec::with_capacity(post.draws.len()),
            own: None,
            what_ifs,
            error: None,
        }))
    }

    /// Does the next step; true when the job is done (or refused: then
    /// [`UncertaintyRun::finish`] gives the refusal).
    pub fn step(&mut self) -> bool {
        if self.error.is_none() {
            let result = if let Some(row) = self.draws.get(self.shares.len()) {
                self.share_at(row).map(|share| self.shares.push(share))
            } else if self.own.is_none() {
                count(&self.base).map(|t| self.own = Some(t.adopters))
            } else {
                if let Some(w) = &mut self.what_ifs {
                    w.step();
                }
                Ok(())
            };
            self.error = result.err();
        }
        self.finished()
    }

    /// Refused, or every step done (each part's count never passes its
    /// own total, so the sums are equal only when every part is done).
    fn finished(&self) -> bool {
        self.error.is_some() || Chunked::done(self) == Chunked::total(self)
    }

    /// The adoption share of the base scenario at posterior row `row`.
    fn share_at(&self, row: &[f64]) -> Result<f64, ScenarioError> {
        let x = at_draw(&self.base, &self.inputs, row)?;
        Ok(count(&x)?.adopters as f64 / self.base.users as f64)
    }

    /// Every step on every core (feature `parallel`), with the numbers of
    /// stepping; [`UncertaintyRun::step`] then returns true.
    #[cfg(feature = "parallel")]
    fn step_all_parallel(&mut self) {
        use rayon::prelude::*;
        let shares: Result<Vec<f64>, ScenarioError> = self
            .draws
            .par_iter()
            .map(|row| self.share_at(row))
            .collect();
        match shares.and_then(|shares| Ok((shares, count(&self.base)?.adopters))) {
            Ok((shares, own)) => {
                self.shares = shares;
                self.own = Some(own);
                if let Some(w) = &mut self.what_ifs {
                    w.step_all_parallel();
                }
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// The intervals (after [`UncertaintyRun::step`] returned true), or
    /// the refusal that ended the job.
    pub fn finish(self) -> Result<Uncertainty, ScenarioError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let n = self.base.users;
        let shares = self.shares;
        let own = self.own.unwrap_or(0);
        let w = vec![1.0 / shares.len() as f64; shares.len()];
        let mut sorted = shares.clone();
        sorted.sort_by(f64::total_cmp);
        let (what_ifs, what_if_users_per_draw) = match self.what_ifs {
            Some(run) => {
                let users = run.users_per_draw();
                let rows = run.finish();
                let users = if rows.is_empty() { 0 } else { users };
                (rows, users)
            }
            None => (Vec::new(), 0),
        };
        Ok(Uncertainty {
            adoption_ci95: [
                predictive_quantile(&w, &shares, n as f64, 0.025),
                predictive_quantile(&w, &shares, n as f64, 0.975),
            ],
            covers: COVERS_BOTH.to_string(),
            parameter_ci95: [empirical(&sorted, 0.025), empirical(&sorted, 0.975)],
            monte_carlo_ci95: wilson(own, n, Z95),
            draws: shares.len(),
            users_per_draw: n,
            what_ifs,
            what_if_users_per_draw,
        })
    }
}

impl Chunked for UncertaintyRun {
    type Output = Result<Uncertainty, ScenarioError>;

    fn step(&mut self) -> bool {
        UncertaintyRun::step(self)
    }

    fn done(&self) -> u64 {
        let what_ifs = self.what_ifs.as_ref().map_or(0, Chunked::done);
        self.shares.len() as u64 + u64::from(self.own.is_some()) + what_ifs
    }

    fn total(&self) -> u64 {
        let what_ifs = self.what_ifs.as_ref().map_or(0, Chunked::total);
        self.draws.len() as u64 + 1 + what_ifs
    }

    fn finish(self) -> Self::Output {
        UncertaintyRun::finish(self)
    }
}

/// The q-quantile of sorted numbers, interpolating between neighbours.
fn empirical(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let i = pos.floor() as usize;
    let j = (i + 1).min(sorted.len() - 1);
    sorted[i] + (pos - i as f64) * (sorted[j] - sorted[i])
}

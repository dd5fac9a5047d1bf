//! How sure the screenshot ranking is: every candidate of "which
//! screenshot next?" re-evaluated over plausible versions of what the model
//! does not know.
//!
//! The lifts of [`super::NextScreenshotRun`] rest on the screenshot
//! effects, which are illustrative defaults unless the scenario gives its
//! own, and, after calibration, on fitted inputs with a posterior. Draw d
//! takes, for a calibrated scenario, posterior row d (cycling through the
//! rows when there are fewer) and otherwise effect table d of the ±50%
//! prior ([`crate::robustness::effect_draw`], the verdict's robustness);
//! the same draw is applied to the current strip and to every candidate.
//! Each draw simulates the current strip and every candidate on the same
//! [`RANK_USERS_PER_DRAW`] people with the draw's own seed
//! ([`crate::robustness::draw_seed`]), so a candidate's spread over draws
//! covers the doubt and one draw's Monte Carlo error (`covers` says
//! which doubt).
//!
//! Reported per candidate ([`Plausible`]): the 95% interval of its
//! adoption share and lift over the draws, and the share of draws in which
//! it is the best candidate (a tie goes to the candidate listed first):
//! "best in 84% of plausible effect sizes".

use serde::{Deserialize, Serialize};

use crate::calibrate::count::count;
use crate::params::set_number;
use crate::robustness::{
    COVERS_EFFECT_PRIOR, COVERS_POSTERIOR, draw_seed, effect_draw, quantile, with_effects,
};
use crate::scenario::Scenario;

/// Draws of the ranking's robustness: 40 draws put the 2.5% and 97.5%
/// quantiles on one draw each side and a "best in" share within ±8 points
/// (one binomial standard error at 50%), for about the cost of the
/// ranking itself.
pub const RANK_DRAWS: usize = 40;

/// Simulated people per draw and candidate: the paired Monte Carlo error
/// of a lift of a few points is then about half a point.
pub const RANK_USERS_PER_DRAW: u64 = 4_000;

/// One candidate over the plausible draws.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plausible {
    /// 2.5% and 97.5% quantiles of the candidate's adoption share over the
    /// draws.
    pub share_ci95: [f64; 2],
    /// 2.5% and 97.5% quantiles of its lift over the current strip.
    pub lift_ci95: [f64; 2],
    /// Share of draws in which it has the largest lift of all candidates.
    pub best_share: f64,
    pub draws: usize,
    /// People simulated per draw for each strip.
    pub users_per_draw: u64,
    /// What the draws vary: `effect_prior_and_monte_carlo` or
    /// `parameters_and_monte_carlo` (a calibration posterior).
    pub covers: String,
}

/// The draws in progress, one a step.
#[derive(Debug, Clone)]
pub(crate) struct PlausibleRun {
    base: Scenario,
    /// Candidate strips, in the ranking's candidate order.
    strips: Vec<Vec<String>>,
    /// (inputs, rows) of a calibration posterior.
    posterior: Option<(Vec<String>, Vec<Vec<f64>>)>,
    draws: usize,
    next: usize,
    /// shares[candidate][draw] and the current strip's share per draw.
    shares: Vec<Vec<f64>>,
    current: Vec<f64>,
}

impl PlausibleRun {
    pub(crate) fn new(base: &Scenario, strips: Vec<Vec<String>>, draws: usize) -> PlausibleRun {
        let posterior = base
            .calibration
            .as_ref()
            .and_then(|c| c.posterior.as_ref())
            .filter(|p| !p.draws.is_empty())
            .map(|p| (p.inputs.clone(), p.draws.clone()));
        let mut base = base.clone();
        base.calibration = None;
        base.users = base.users.clamp(1, RANK_USERS_PER_DRAW);
        PlausibleRun {
            shares: vec![Vec::with_capacity(draws); strips.len()],
            current: Vec::with_capacity(draws),
            base,
            strips,
            posterior,
            draws,
            next: 0,
        }
    }

    pub(crate) fn total(&self) -> usize {
        self.draws
    }

    pub(crate) fn done(&self) -> usize {
        self.next
    }

    /// The current strip under draw `d`.
    fn drawn(&self, d: usize) -> Scenario {
        let mut s = self.base.clone();
        if let Some((inputs, rows)) = &self.posterior {
            let row = &rows[d % rows.len()];
            for (path, &x) in inputs.iter().zip(row) {
                // Every row was a valid value of a valid scenario when it
                // was fitted; one that is not leaves the input as it is.
                if let Ok(next) = set_number(&s, path, x) {
                    s = next;
                }
            }
        }
        s.seed = draw_seed(self.base.seed, d as u64);
        s
    }

    /// Runs the next draw; true when all are done.
    pub(crate) fn step(&mut self) -> bool {
        if self.next < self.draws {
            let d = self.next;
            let s = self.drawn(d);
            let table = self
                .posterior
                .is_none()
                .then(|| effect_draw(self.base.seed, d as u64));
            let with = |mut x: Scenario| match &table {
                Some(t) => with_effects(&x, t),
                None => {
                    x.calibration = None;
                    x
                }
            };
            let n = s.users as f64;
            let share = |x: &Scenario| count(x).map_or(f64::NAN, |k| k.adopters as f64 / n);
            self.current.push(share(&with(s.clone())));
            for (strip, out) in self.strips.iter().zip(&mut self.shares) {
                let mut c = s.clone();
                c.product.screenshots = strip.clone();
                out.push(share(&with(c)));
            }
            self.next += 1;
        }
        self.next >= self.draws
    }

    /// Per candidate, in candidate order.
    pub(crate) fn finish(self) -> Vec<Plausible> {
        let draws = self.current.len();
        let covers = if self.posterior.is_some() {
            COVERS_POSTERIOR
        } else {
            COVERS_EFFECT_PRIOR
        };
        let mut best = vec![0usize; self.strips.len()];
        for d in 0..draws {
            let mut top: Option<(usize, f64)> = None;
            for (c, shares) in self.shares.iter().enumerate() {
                let x = shares[d];
                if top.is_none_or(|(_, t)| x > t) {
                    top = Some((c, x));
                }
            }
            if let Some((c, _)) = top {
                best[c] += 1;
            }
        }
        self.shares
            .iter()
            .zip(&best)
            .map(|(shares, &b)| {
                let mut s = shares.clone();
                s.sort_by(f64::total_cmp);
                let mut lifts: Vec<f64> = shares
                    .iter()
                    .zip(&self.current)
                    .map(|(x, c)| x - c)
                    .collect();
                lifts.sort_by(f64::total_cmp);
                Plausible {
                    share_ci95: [quantile(&s, 0.025), quantile(&s, 0.975)],
                    lift_ci95: [quantile(&lifts, 0.025), quantile(&lifts, 0.975)],
                    best_share: b as f64 / draws.max(1) as f64,
                    draws,
                    users_per_draw: self.base.users,
                    covers: covers.to_string(),
                }
            })
            .collect()
    }
}

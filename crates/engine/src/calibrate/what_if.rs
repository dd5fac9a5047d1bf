//! The what-if rows' intervals after calibration: how much each row's
//! effect (the change in adoption when its input moves by its step) could
//! vary given what the data leave open about the fitted inputs.
//!
//! For a scenario whose `calibration` block carries a posterior, the
//! what-if pass ([`crate::sensitivity`]) is run once at the scenario's own
//! values and once at each posterior draw, every time on the same
//! `min(users, WHAT_IF_USERS_PER_DRAW)` simulated people (common random
//! numbers), so a row's change moves from draw to draw because of the
//! fitted inputs alone. Each run counts, per row, the people the step
//! turns into adopters and those it turns away, which gives the paired
//! Monte Carlo error of the change exactly (no assumption that a step
//! moves people one way only).
//!
//! Three intervals per row, labelled in the results
//! (`docs/results-format.md#uncertainty`):
//!
//! - `monte_carlo_ci95`: the paired 95% interval of the change at the
//!   scenario's own values (the simulated people's sampling only);
//! - `parameter_ci95`: the 2.5% and 97.5% quantiles of the draws' changes
//!   (the fitted inputs' uncertainty only);
//! - `change_ci95`: both: the quantiles of the mixture over draws of a
//!   normal at each draw's change with that draw's paired Monte Carlo
//!   variance.
//!
//! The run is chunked ([`WhatIfUncertaintyRun`], one draw a step) so a
//! worker can report progress and stop between draws. Adoption over time
//! (`diffusion`) has what-ifs of its own (whole paths); they get no
//! interval here.

use std::collections::BTreeMap;

use crate::calibrate::block::without_block;
use crate::chunked::Chunked;
use crate::error::ScenarioError;
use crate::model::{Model, Work};
use crate::params::set_number;
pub use crate::results::WhatIfUncertainty;
use crate::robustness::quantile;
use crate::scenario::Scenario;
use crate::sensitivity::{adopts, build_variants};
use crate::stats::{Z95, normal_cdf};

/// Most simulated people per posterior draw in the what-if pass: each
/// person is decided once per row as well, so 200 draws of 20,000 people
/// with ten rows cost about as much as the adoption interval's 200 draws
/// of 100,000 plain. The paired Monte Carlo error of a change of c is
/// about √(c / 20,000): 0.1 points for a 2-point change.
pub const WHAT_IF_USERS_PER_DRAW: u64 = 20_000;

/// One what-if pass: per row, its input, the adopters it gains and loses.
#[derive(Debug, Clone, PartialEq)]
struct Pass {
    /// (input, people turned into adopters, people turned away).
    rows: Vec<(String, u64, u64)>,
}

/// The what-if pass of `s` on people 0..n (the scenario's seed).
fn what_if_pass(s: &Scenario, n: u64) -> Pass {
    let model = Model::new(s);
    let variants = build_variants(s, &model);
    let mut gained = vec![0u64; variants.len()];
    let mut lost = vec![0u64; variants.len()];
    let mut work = Work::new();
    model.eval_range(0, n, &mut work, &variants, 1.0, |_, m, batch, pre| {
        for i in 0..m {
            let base = batch.adopt[i];
            for (j, v) in variants.iter().enumerate() {
                let x = pre.get(j).map_or(0.0, |row| row[i]);
                let now = adopts(&model, &v.kind, batch, i, x, pre);
                gained[j] += (now & !base) as u64;
                lost[j] += (base & !now) as u64;
            }
        }
    });
    Pass {
        rows: variants
            .iter()
            .zip(gained.iter().zip(&lost))
            .map(|(v, (g, l))| (v.input.clone(), *g, *l))
            .collect(),
    }
}

/// The change and its paired Monte Carlo variance from a row's counts:
/// with g gained and l lost of n, the change is (g − l)/n and its
/// variance (g/n + l/n − change²)/n.
fn change_and_variance(gained: u64, lost: u64, n: u64) -> (f64, f64) {
    let n = n.max(1) as f64;
    let (g, l) = (gained as f64 / n, lost as f64 / n);
    let change = g - l;
    (change, ((g + l - change * change) / n).max(0.0))
}

/// The what-if intervals of a calibrated scenario, a draw a step: call
/// [`WhatIfUncertaintyRun::step`] until it returns true, then
/// [`WhatIfUncertaintyRun::finish`].
#[derive(Debug, Clone)]
pub struct WhatIfUncertaintyRun {
    /// The scenario without its block, with the people per draw.
    base: Scenario,
    inputs: Vec<String>,
    draws: Vec<Vec<f64>>,
    /// Draws run so far (the pass at the own values runs first, as step 0).
    next: usize,
    own: Option<Pass>,
    /// Per row input: (change, Monte Carlo variance) at each draw where
    /// the row exists.
    per_draw: BTreeMap<String, Vec<(f64, f64)>>,
}

impl WhatIfUncertaintyRun {
    /// A run for `s`, or `Ok(None)` when it carries no posterior (or
    /// describes adoption over time). Every draw is set once here, so a
    /// value the scenario rejects fails now, named under `draws[d]`.
    pub fn new(s: &Scenario) -> Result<Option<WhatIfUncertaintyRun>, ScenarioError> {
        crate::validate::validate(s)?;
        let Some(post) = s.calibration.as_ref().and_then(|c| c.posterior.as_ref()) else {
            return Ok(None);
        };
        if s.diffusion.is_some() || post.draws.is_empty() {
            return Ok(None);
        }
        let mut base = without_block(s);
        base.users = s.users.min(WHAT_IF_USERS_PER_DRAW);
        for (d, row) in post.draws.iter().enumerate() {
            at_draw(&base, &post.inputs, row)
                .map_err(|e| crate::params::reroot(e, &format!("draws[{d}]")))?;
        }
        Ok(Some(WhatIfUncertaintyRun {
            base,
            inputs: post.inputs.clone(),
            draws: post.draws.clone(),
            next: 0,
            own: None,
            per_draw: BTreeMap::new(),
        }))
    }

    /// Simulated people per draw.
    pub fn users_per_draw(&self) -> u64 {
        self.base.users
    }

    /// Runs the next pass (the own values first, then each draw); true
    /// when all are done.
    pub fn step(&mut self) -> bool {
        let n = self.base.users;
        if self.own.is_none() {
            self.own = Some(what_if_pass(&self.base, n));
        } else if let Some(row) = self.draws.get(self.next) {
            // Checked in `new`, so this cannot fail; a failure would be an
            // engine bug and leaves the draw out rather than panicking.
            if let Ok(s) = at_draw(&self.base, &self.inputs, row) {
                for (input, g, l) in what_if_pass(&s, n).rows {
                    self.per_draw
                        .entry(input)
                        .or_default()
                        .push(change_and_variance(g, l, n));
                }
            }
            self.next += 1;
        }
        self.own.is_some() && self.next >= self.draws.len()
    }

    /// One interval per row of the own values' pass, in its order.
    pub fn finish(self) -> Vec<WhatIfUncertainty> {
        let n = self.base.users;
        let Some(own) = self.own else {
            return Vec::new();
        };
        own.rows
            .iter()
            .filter_map(|(input, g, l)| {
                let (change, var) = change_and_variance(*g, *l, n);
                let draws = self.per_draw.get(input).filter(|d| !d.is_empty())?;
                let mut changes: Vec<f64> = draws.iter().map(|d| d.0).collect();
                changes.sort_by(f64::total_cmp);
                let se = var.sqrt();
                Some(WhatIfUncertainty {
                    input: input.clone(),
                    change,
                    change_ci95: [
                        mixture_quantile(draws, 0.025),
                        mixture_quantile(draws, 0.975),
                    ],
                    parameter_ci95: [quantile(&changes, 0.025), quantile(&changes, 0.975)],
                    monte_carlo_ci95: [change - Z95 * se, change + Z95 * se],
                    posterior_mean_change: changes.iter().sum::<f64>() / changes.len() as f64,
                    draws: draws.len(),
                })
            })
            .collect()
    }
}

impl Chunked for WhatIfUncertaintyRun {
    type Output = Vec<WhatIfUncertainty>;

    fn step(&mut self) -> bool {
        WhatIfUncertaintyRun::step(self)
    }

    fn done(&self) -> u64 {
        u64::from(self.own.is_some()) + self.next as u64
    }

    fn total(&self) -> u64 {
        1 + self.draws.len() as u64
    }

    fn finish(self) -> Vec<WhatIfUncertainty> {
        WhatIfUncertaintyRun::finish(self)
    }
}

/// `base` with one posterior row set.
pub(crate) fn at_draw(
    base: &Scenario,
    inputs: &[String],
    row: &[f64],
) -> Result<Scenario, ScenarioError> {
    let mut x = base.clone();
    for (path, &v) in inputs.iter().zip(row) {
        x = set_number(&x, path, v)?;
    }
    Ok(x)
}

/// The q-quantile of an equally weighted mixture of normals, one per
/// (mean, variance); a variance of 0 is a point mass. Found by bisection
/// on the mixture's distribution function, which rises monotonically.
fn mixture_quantile(parts: &[(f64, f64)], q: f64) -> f64 {
    let cdf = |x: f64| {
        parts
            .iter()
            .map(|&(m, v)| {
                if v > 0.0 {
                    normal_cdf((x - m) / v.sqrt())
                } else if x >= m {
                    1.0
                } else {
                    0.0
                }
            })
            .sum::<f64>()
            / parts.len() as f64
    };
    let spread = parts
        .iter()
        .map(|&(_, v)| v.sqrt())
        .fold(0.0, f64::max)
        .max(1e-12);
    let mut lo = parts.iter().map(|p| p.0).fold(f64::INFINITY, f64::min) - 10.0 * spread;
    let mut hi = parts.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max) + 10.0 * spread;
    for _ in 0..100 {
        let mid = 0.5 * (lo + hi);
        if cdf(mid) < q {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    hi
}

/// Every what-if row's interval for `s` in one call; empty when it
/// carries no posterior.
/// With feature `parallel` the draws run on every core, with the same
/// numbers (each pass is a pure function of its scenario).
pub fn what_if_uncertainty(s: &Scenario) -> Result<Vec<WhatIfUncertainty>, ScenarioError> {
    let Some(mut run) = WhatIfUncertaintyRun::new(s)? else {
        return Ok(Vec::new());
    };
    #[cfg(feature = "parallel")]
    run.step_all_parallel();
    while !run.step() {}
    Ok(run.finish())
}

impl WhatIfUncertaintyRun {
    /// Does every pass on every core (feature `parallel`), with the same
    /// numbers as stepping (each pass is a pure function of its
    /// scenario); [`WhatIfUncertaintyRun::step`] then returns true.
    #[cfg(feature = "parallel")]
    pub(crate) fn step_all_parallel(&mut self) {
        use rayon::prelude::*;
        let n = self.base.users;
        let passes: Vec<Option<Pass>> = self
            .draws
            .par_iter()
            .map(|row| {
                at_draw(&self.base, &self.inputs, row)
                    .ok()
                    .map(|x| what_if_pass(&x, n))
            })
            .collect();
        self.own = Some(what_if_pass(&self.base, n));
        for pass in passes.into_iter().flatten() {
            for (input, g, l) in pass.rows {
                self.per_draw
                    .entry(input)
                    .or_default()
                    .push(change_and_variance(g, l, n));
            }
        }
        self.next = self.draws.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mixture_of_one_normal_is_that_normal() {
        let q = mixture_quantile(&[(0.02, 1e-6)], 0.975);
        assert!((q - (0.02 + Z95 * 1e-3)).abs() < 1e-9, "{q}");
    }

    #[test]
    fn point_masses_give_their_own_quantiles() {
        let parts: Vec<(f64, f64)> = (0..100).map(|i| (i as f64, 0.0)).collect();
        let q = mixture_quantile(&parts, 0.5);
        // Half the mass is at or below 49.
        assert!((q - 49.0).abs() < 1e-6, "{q}");
    }

    #[test]
    fn the_paired_variance_counts_both_directions() {
        // 300 gained, 100 lost of 10,000: change 0.02, variance
        // (0.03 + 0.01 − 0.0004) / 10,000.
        let (c, v) = change_and_variance(300, 100, 10_000);
        assert!((c - 0.02).abs() < 1e-15);
        assert!((v - 0.0396 / 10_000.0).abs() < 1e-15);
    }
}

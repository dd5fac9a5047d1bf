//! How robust an A/B verdict is to what the model does not know.
//!
//! The built-in screenshot effects ([`crate::screenshots`]) are
//! illustrative defaults, so "B wins by 11 points" rests on numbers nobody
//! measured. This module re-runs the comparison over many plausible
//! versions of those numbers and reports in how many B still wins, and the
//! spread of the lift across them.
//!
//! The machinery is generic over where the versions come from: a
//! [`RobustnessRun`] takes any list of (scenario A, scenario B) pairs. For
//! the screenshot effects' prior they come from [`effect_prior_pairs`];
//! after calibration the same run takes pairs built from posterior draws.
//!
//! **The effect prior** (documented in `docs/model.md`, "How sure is the
//! verdict?"): in each draw every built-in kind that a strip uses and the
//! scenario does not override gets its three effects scaled independently:
//! `value` and `trust` multiplied by a factor uniform on [0.5, 1.5], and
//! `clarity` raised to such a factor (clarity multiplies a spread, so its
//! size is its distance from 1 on the log scale: 0.7 becomes 0.7^f, from
//! 0.84 to 0.59). The same table is used for A and B in a draw: the doubt
//! is about what a kind of screenshot does, not about which side shows it.
//! Draws are a pure function of the seed, the draw and the kind.
//!
//! **Each draw** runs A and B on common random numbers with its own seed
//! (derived from the scenario's seed and the draw's index), with fewer
//! people than a full run. The spread of the lift over draws therefore
//! covers both the effects' uncertainty and the Monte Carlo error of one
//! draw, and says so (`covers`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::compare::CompareSimulation;
use crate::error::ScenarioError;
use crate::rng::{run_key, stream, stream_key, stream_word};
use crate::scenario::{Scenario, ScreenshotEffect};
use crate::screenshots::builtin_screenshot_effects;
use crate::sim::RunOptions;

/// Draws of the effect table unless the caller says otherwise: the 2.5%
/// and 97.5% quantiles then rest on 5 draws on each side.
pub const DEFAULT_DRAWS: usize = 200;

/// People per draw at most (fewer when the scenario has fewer): 200 draws
/// of 10,000 people cost about as much as two full runs of 100,000 and
/// keep the Monte Carlo error of one draw's lift under a point (the paired
/// standard error is √(share of people who decide differently / n) ≤ 1%).
pub const DEFAULT_USERS_PER_DRAW: u64 = 10_000;

/// The relative half-width of the effect prior: each effect is scaled by a
/// factor uniform on [1 − this, 1 + this].
pub const EFFECT_SPREAD: f64 = 0.5;

/// What the interval of [`Robustness`] covers, as reported in `covers`.
pub const COVERS_EFFECT_PRIOR: &str = "effect_prior_and_monte_carlo";

/// `covers` for pairs from posterior draws ([`posterior_pairs`]), the label
/// calibration's intervals use too.
pub const COVERS_POSTERIOR: &str = "parameters_and_monte_carlo";

/// `covers` when a calibrated scenario's posterior and the prior of the
/// screenshot effects it did not fit vary together ([`verdict_robustness`]).
pub const COVERS_POSTERIOR_AND_EFFECT_PRIOR: &str = "parameters_effect_prior_and_monte_carlo";

/// The verdict over draws (`comparison.robustness` in compare results).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Robustness {
    /// Share of draws in which B adopts strictly more than A (a tie is not
    /// a win).
    pub b_wins_share: f64,
    /// Share of draws with exactly the same adopters in A and B.
    pub ties_share: f64,
    /// The median lift over draws.
    pub lift_median: f64,
    /// The 2.5% and 97.5% quantiles of the lift over draws.
    pub lift_ci95: [f64; 2],
    /// Draws run.
    pub draws: usize,
    /// People simulated for A and for B in each draw.
    pub users_per_draw: u64,
    /// What the spread covers: [`COVERS_EFFECT_PRIOR`], or for posterior
    /// draws the caller's label.
    pub covers: String,
    /// The adoption shares [A, B] of every draw, in draw order: what the
    /// planner averages power over (assurance, [`crate::plan::Assurance`]),
    /// so a reader of the results can plan without re-running the draws.
    /// Absent in documents written before it existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<[f64; 2]>,
}

/// Whether the screenshot-effect robustness applies to a comparison.
#[derive(Debug, Clone, PartialEq)]
pub enum Applies {
    /// The strips differ and use these built-in kinds without overriding
    /// them: the verdict depends on illustrative defaults.
    Yes(Vec<&'static str>),
    /// A and B show the same screenshots: effect sizes move both alike.
    SameStrip,
    /// The strips differ but every kind in them has the scenario's own
    /// effect: nothing illustrative to vary.
    NoBuiltinEffects,
}

/// The built-in kinds that a scenario's strip uses and does not override.
fn builtin_kinds_used(s: &Scenario) -> Vec<&'static str> {
    builtin_screenshot_effects()
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| {
            s.product.screenshots.iter().any(|x| x == k)
                && !s.product.screenshot_effects.contains_key(*k)
        })
        .collect()
}

/// Whether robustness to the effect prior applies to A vs. B, and to which
/// kinds.
pub fn applies(a: &Scenario, b: &Scenario) -> Applies {
    if a.product.screenshots == b.product.screenshots
        && a.product.screenshot_effects == b.product.screenshot_effects
    {
        return Applies::SameStrip;
    }
    let mut kinds = builtin_kinds_used(a);
    for k in builtin_kinds_used(b) {
        if !kinds.contains(&k) {
            kinds.push(k);
        }
    }
    if kinds.is_empty() {
        Applies::NoBuiltinEffects
    } else {
        // In the built-in table's order, whichever side named them first.
        crate::sort::sort_by_key(&mut kinds, |k| {
            builtin_screenshot_effects()
                .iter()
                .position(|(x, _)| x == k)
                .unwrap_or(usize::MAX)
        });
        Applies::Yes(kinds)
    }
}

/// A uniform number in [0, 1) from a 64-bit word (its top 53 bits).
fn unit(word: u64) -> f64 {
    (word >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Effect-table draw `draw` for the built-in kinds: each kind's value,
/// clarity and trust scaled by its own factor, uniform on
/// [1 − [`EFFECT_SPREAD`], 1 + [`EFFECT_SPREAD`]], keyed by (seed, draw,
/// kind, field) so adding a kind never moves another's draws.
pub fn effect_draw(seed: u64, draw: u64) -> BTreeMap<&'static str, ScreenshotEffect> {
    let key = stream_key(run_key(seed), stream::EFFECT_PRIOR);
    let table = builtin_screenshot_effects();
    let fields = 3u64;
    let per_draw = table.len() as u64 * fields;
    table
        .iter()
        .enumerate()
        .map(|(k, (kind, e))| {
            let factor = |field: u64| {
                let w = stream_word(key, draw * per_draw + k as u64 * fields + field);
                1.0 - EFFECT_SPREAD + 2.0 * EFFECT_SPREAD * unit(w)
            };
            let drawn = ScreenshotEffect {
                value: e.value * factor(0),
                // clarity > 0 always (a table entry), so pow is defined.
                clarity: libm::pow(e.clarity, factor(1)),
                trust: e.trust * factor(2),
            };
            (*kind, drawn)
        })
        .collect()
}

/// `s` with the drawn effects written in for the built-in kinds its strip
/// uses and it does not override.
pub(crate) fn with_effects(
    s: &Scenario,
    table: &BTreeMap<&'static str, ScreenshotEffect>,
) -> Scenario {
    let mut out = s.clone();
    for kind in builtin_kinds_used(s) {
        if let Some(e) = table.get(kind) {
            out.product.screenshot_effects.insert(kind.to_string(), *e);
        }
    }
    out
}

/// `draws` pairs of A and B under the effect prior, the same effect table
/// for both sides of a pair, drawn from A's seed.
pub fn effect_prior_pairs(a: &Scenario, b: &Scenario, draws: usize) -> Vec<(Scenario, Scenario)> {
    (0..draws as u64)
        .map(|d| {
            let table = effect_draw(a.seed, d);
            (with_effects(a, &table), with_effects(b, &table))
        })
        .collect()
}

/// Pairs of A and B from posterior draws (a calibration's `posterior`:
/// `inputs` are paths, each row of `draws` one number per input): each
/// row's values set on both sides, since the fitted inputs describe the
/// same people and the same product. A path that does not exist is named
/// as it is; a value the scenario rejects is named with its row
/// (`draws[3].product.value.sd`).
pub fn posterior_pairs(
    a: &Scenario,
    b: &Scenario,
    inputs: &[String],
    draws: &[Vec<f64>],
) -> Result<Vec<(Scenario, Scenario)>, ScenarioError> {
    // A path that does not exist is one mistake, not one per draw.
    for path in inputs {
        crate::params::get_number(a, path)?;
    }
    draws
        .iter()
        .enumerate()
        .map(|(d, row)| {
            if row.len() != inputs.len() {
                return Err(ScenarioError::single(
                    format!("draws[{d}]"),
                    crate::ProblemKind::DrawCount {
                        got: row.len() as u64,
                        inputs: inputs.len() as u64,
                    },
                ));
            }
            with_row(a.clone(), b.clone(), inputs, row, d)
        })
        .collect()
}

/// A and B with posterior row `d` (one number per input) set on both
/// sides; a value the scenario rejects is named under `draws[d]`.
fn with_row(
    mut a: Scenario,
    mut b: Scenario,
    inputs: &[String],
    row: &[f64],
    d: usize,
) -> Result<(Scenario, Scenario), ScenarioError> {
    for (path, &x) in inputs.iter().zip(row) {
        let here = |e| draw_error(e, d);
        a = crate::params::set_number(&a, path, x).map_err(here)?;
        b = crate::params::set_number(&b, path, x).map_err(here)?;
    }
    Ok((a, b))
}

/// The seed of draw `draw` of a run whose scenario seed is `seed`: a fresh
/// set of people per draw, so the spread over draws includes Monte Carlo
/// error rather than sharing one draw's.
pub fn draw_seed(seed: u64, draw: u64) -> u64 {
    stream_word(stream_key(run_key(seed), stream::DRAW_SEED), draw)
}

/// A chunked robustness run over (A, B) pairs: one draw a [`step`], so a
/// worker can report progress and stop between draws.
///
/// [`step`]: RobustnessRun::step
#[derive(Debug, Clone)]
pub struct RobustnessRun {
    pairs: Vec<(Scenario, Scenario)>,
    users_per_draw: u64,
    covers: String,
    lifts: Vec<f64>,
    /// (share of A, share of B) per draw run, for assurance
    /// ([`crate::plan::Assurance`]).
    shares: Vec<(f64, f64)>,
    wins: usize,
    ties: usize,
}

impl RobustnessRun {
    /// A run over `pairs`. Draw d compares A and B on common random
    /// numbers with [`draw_seed`]`(A's seed, d)` and min(A's users,
    /// `users_per_draw`) people. `covers` says what the pairs vary (for
    /// the effect prior, [`COVERS_EFFECT_PRIOR`]). Every pair is validated
    /// first, so a bad pair fails here, with its draw in the path.
    pub fn new(
        pairs: impl IntoIterator<Item = (Scenario, Scenario)>,
        users_per_draw: u64,
        covers: &str,
    ) -> Result<RobustnessRun, ScenarioError> {
        let pairs: Vec<(Scenario, Scenario)> = pairs.into_iter().collect();
        if pairs.is_empty() {
            return Err(ScenarioError::single("", crate::ProblemKind::NoDraws {}));
        }
        let users = pairs
            .iter()
            .map(|(a, _)| a.users.min(users_per_draw).max(1))
            .min()
            .unwrap_or(1);
        let pairs: Vec<(Scenario, Scenario)> = pairs
            .into_iter()
            .enumerate()
            .map(|(d, (mut a, b))| {
                a.seed = draw_seed(a.seed, d as u64);
                a.users = users;
                (a, b)
            })
            .collect();
        // Checks every pair once (the engine validates again per draw,
        // which is cheap next to the draw itself). Only checks: preparing
        // 200 pairs' runs here (each side's pilot people) took ~170 ms of
        // the page's worker before the first draw could start, time in
        // which a newer input could not end the pass.
        for (d, (a, b)) in pairs.iter().enumerate() {
            CompareSimulation::check(a, b).map_err(|e| draw_error(e, d))?;
        }
        Ok(RobustnessRun {
            lifts: Vec::with_capacity(pairs.len()),
            shares: Vec::with_capacity(pairs.len()),
            pairs,
            users_per_draw: users,
            covers: covers.to_string(),
            wins: 0,
            ties: 0,
        })
    }

    /// Draws in all.
    pub fn total(&self) -> usize {
        self.pairs.len()
    }

    /// Draws run so far.
    pub fn done(&self) -> usize {
        self.lifts.len()
    }

    /// The adoption shares (A, B) of each draw run so far: the input of
    /// [`crate::plan::Assurance`].
    pub fn shares(&self) -> &[(f64, f64)] {
        &self.shares
    }

    /// Runs the next draw; true when all are done.
    pub fn step(&mut self) -> bool {
        if let Some((a, b)) = self.pairs.get(self.lifts.len()) {
            // Validated in `new`, so this cannot fail; a failure would be
            // an engine bug and counts as no lift rather than a panic.
            let (lift, shares) = CompareSimulation::new(a, b, &options())
                .map(|mut sim| {
                    while !sim.step() {}
                    let r = sim.finish();
                    (r.comparison.lift, (r.a.adoption.share, r.b.adoption.share))
                })
                .unwrap_or((0.0, (0.0, 0.0)));
            self.shares.push(shares);
            if lift > 0.0 {
                self.wins += 1;
            } else if lift == 0.0 {
                self.ties += 1;
            }
            self.lifts.push(lift);
        }
        self.lifts.len() >= self.pairs.len()
    }

    /// The summary over the draws run.
    pub fn finish(self) -> Robustness {
        let n = self.lifts.len().max(1) as f64;
        let mut sorted = self.lifts.clone();
        sorted.sort_by(f64::total_cmp);
        Robustness {
            b_wins_share: self.wins as f64 / n,
            ties_share: self.ties as f64 / n,
            lift_median: quantile(&sorted, 0.5),
            lift_ci95: [quantile(&sorted, 0.025), quantile(&sorted, 0.975)],
            draws: self.lifts.len(),
            users_per_draw: self.users_per_draw,
            covers: self.covers,
            shares: self.shares.iter().map(|&(a, b)| [a, b]).collect(),
        }
    }
}

/// Options of one draw: the comparison only.
fn options() -> RunOptions {
    RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    }
}

/// A draw's problems, under `draws[d]`.
fn draw_error(e: ScenarioError, d: usize) -> ScenarioError {
    crate::params::reroot(e, &format!("draws[{d}]"))
}

/// The q-quantile of sorted numbers, linear between order statistics
/// (type 7, the default of R and NumPy).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * q.clamp(0.0, 1.0);
            let lo = h.floor() as usize;
            let hi = (lo + 1).min(n - 1);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

/// A robustness summary with the (A, B) adoption shares of every draw.
pub type WithShares = (Robustness, Vec<(f64, f64)>);

/// Like [`screenshot_robustness`], with the (A, B) shares of every draw.
pub fn screenshot_robustness_with_shares(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    users_per_draw: u64,
) -> Result<Option<WithShares>, ScenarioError> {
    screenshot_robustness_with_progress(a, b, draws, users_per_draw, |_, _| {})
}

/// Like [`screenshot_robustness_with_shares`], telling
/// `on_progress(done, total)` the draws done, as [`crate::drive`] does.
pub fn screenshot_robustness_with_progress(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    users_per_draw: u64,
    on_progress: impl FnMut(u64, u64),
) -> Result<Option<WithShares>, ScenarioError> {
    if !matches!(applies(a, b), Applies::Yes(_)) {
        return Ok(None);
    }
    let run = RobustnessRun::new(
        effect_prior_pairs(a, b, draws),
        users_per_draw,
        COVERS_EFFECT_PRIOR,
    )?;
    Ok(Some(crate::drive(KeepShares(run), on_progress)))
}

/// A robustness run whose output keeps the shares of every draw.
struct KeepShares(RobustnessRun);

impl crate::Chunked for KeepShares {
    type Output = WithShares;
    fn step(&mut self) -> bool {
        self.0.step()
    }
    fn done(&self) -> u64 {
        self.0.done() as u64
    }
    fn total(&self) -> u64 {
        self.0.total() as u64
    }
    fn finish(self) -> WithShares {
        let shares = self.0.shares().to_vec();
        (self.0.finish(), shares)
    }
}

/// How sure the verdict of A vs. B is, over everything the model doubts:
/// the posterior of a calibrated scenario (A's `calibration.posterior`, or
/// B's when A has none) and the prior of the built-in screenshot effects
/// the scenarios do not fix. Draw d takes effect table d (when the prior
/// applies) and posterior row d (cycling through the rows when there are
/// fewer), set on both sides: a fitted screenshot effect is written into
/// `screenshot_effects`, so the prior no longer varies it. `Ok(None)` when
/// there is nothing to vary; `covers` says what was varied.
pub fn verdict_robustness(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    users_per_draw: u64,
) -> Result<Option<WithShares>, ScenarioError> {
    verdict_robustness_with_progress(a, b, draws, users_per_draw, |_, _| {})
}

/// Like [`verdict_robustness`], telling `on_progress(done, total)` the
/// draws done, as [`crate::drive`] does.
pub fn verdict_robustness_with_progress(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    users_per_draw: u64,
    on_progress: impl FnMut(u64, u64),
) -> Result<Option<WithShares>, ScenarioError> {
    let Some((pairs, covers)) = verdict_pairs(a, b, draws)? else {
        return Ok(None);
    };
    let run = RobustnessRun::new(pairs, users_per_draw, covers)?;
    Ok(Some(crate::drive(KeepShares(run), on_progress)))
}

/// The (A, B) pairs of a robustness run and what they cover (`covers`).
pub type VerdictPairs = (Vec<(Scenario, Scenario)>, &'static str);

/// The (A, B) pairs [`verdict_robustness`] runs, and what they cover, for
/// a caller that drives the [`RobustnessRun`] itself (the page's worker,
/// with progress): `Ok(None)` when there is nothing to vary or `draws` is
/// 0.
pub fn verdict_pairs(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
) -> Result<Option<VerdictPairs>, ScenarioError> {
    let posterior = a
        .calibration
        .as_ref()
        .or(b.calibration.as_ref())
        .and_then(|c| c.posterior.as_ref())
        .filter(|p| !p.draws.is_empty());
    let prior = matches!(applies(a, b), Applies::Yes(_));
    if draws == 0 || (posterior.is_none() && !prior) {
        return Ok(None);
    }
    let Some(posterior) = posterior else {
        return Ok(Some((effect_prior_pairs(a, b, draws), COVERS_EFFECT_PRIOR)));
    };
    let base: Vec<(Scenario, Scenario)> = if prior {
        effect_prior_pairs(a, b, draws)
    } else {
        vec![(a.clone(), b.clone()); draws]
    };
    // A path that does not exist is one mistake, not one per draw.
    for path in &posterior.inputs {
        crate::params::get_number(a, path)?;
    }
    let pairs = base
        .into_iter()
        .enumerate()
        .map(|(d, (sa, sb))| {
            let row = &posterior.draws[d % posterior.draws.len()];
            with_row(sa, sb, &posterior.inputs, row, d)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let covers = if prior {
        COVERS_POSTERIOR_AND_EFFECT_PRIOR
    } else {
        COVERS_POSTERIOR
    };
    Ok(Some((pairs, covers)))
}

/// Robustness of A vs. B to the screenshot-effect prior, when it applies
/// ([`applies`]); `Ok(None)` when it does not.
pub fn screenshot_robustness(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    users_per_draw: u64,
) -> Result<Option<Robustness>, ScenarioError> {
    Ok(screenshot_robustness_with_shares(a, b, draws, users_per_draw)?.map(|(r, _)| r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_stay_within_the_prior_and_keep_each_effects_direction() {
        let base = builtin_screenshot_effects();
        for d in 0..50 {
            let table = effect_draw(7, d);
            for (kind, e) in base {
                let x = table[kind];
                let within = |drawn: f64, default: f64| {
                    drawn.abs() >= 0.5 * default.abs() - 1e-15
                        && drawn.abs() <= 1.5 * default.abs() + 1e-15
                        && drawn * default >= 0.0
                };
                assert!(
                    within(x.value, e.value) && within(x.trust, e.trust),
                    "{kind}"
                );
                let (lc, dc) = (x.clarity.ln(), e.clarity.ln());
                assert!(within(lc, dc), "{kind} clarity {}", x.clarity);
            }
        }
        assert_eq!(effect_draw(7, 3), effect_draw(7, 3));
        assert_ne!(effect_draw(7, 3), effect_draw(8, 3));
        assert_ne!(effect_draw(7, 3), effect_draw(7, 4));
    }

    #[test]
    fn the_factors_are_uniform_on_the_prior() {
        // The mean of n uniforms on [0.5, 1.5] is 1 with sd 1/√(12 n): over
        // 7 kinds × 400 draws of the gameplay value factor, 4 sd is 0.022.
        let n = 400;
        let mean = (0..n)
            .map(|d| effect_draw(1, d)["gameplay"].value / 0.8)
            .sum::<f64>()
            / n as f64;
        assert!(
            (mean - 1.0).abs() < 4.0 / (12.0 * n as f64).sqrt(),
            "{mean}"
        );
    }

    #[test]
    fn quantiles_interpolate() {
        let v = [1.0, 2.0, 3.0, 4.0, 5.0];
        assert_eq!(quantile(&v, 0.5), 3.0);
        assert_eq!(quantile(&v, 0.0), 1.0);
        assert_eq!(quantile(&v, 1.0), 5.0);
        assert!((quantile(&v, 0.125) - 1.5).abs() < 1e-15);
    }
}

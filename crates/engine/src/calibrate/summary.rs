//! The fit's report from the final posterior: estimates, intervals, the
//! predictive check, warnings, posterior draws and the calibrated
//! scenario.

use crate::calibrate::block::{Observation, Posterior};
use crate::calibrate::grid::{marginal, moments, predictive_quantile, quantile};
use crate::calibrate::run::{CalibrationRun, Fitted};
use crate::calibrate::{Calibration, FitResult, Predicted, WarningKind};
use crate::params::{get_number, set_number};
use crate::rng::mix64;

/// Posterior correlation beyond which two inputs count as not told apart.
const CORRELATION_LIMIT: f64 = 0.9;
/// A 95% interval wider than this share of the range says "flat".
const FLAT_SHARE: f64 = 0.5;
/// Monte Carlo error above this share of the interval width is flagged.
const MC_SHARE: f64 = 0.1;

pub(crate) fn summarize(run: CalibrationRun) -> Calibration {
    let mut warnings = Vec::new();
    let d = run.fit.len();
    if run.data.len() < d {
        warnings.push(WarningKind::FewerObservationsThanInputs {
            observations: run.data.len(),
            inputs: d,
        });
    }
    let observed = run
        .scenario
        .calibration
        .as_ref()
        .map(|b| b.observed.clone())
        .unwrap_or_default();
    let Some(f) = &run.fitted else {
        warnings.push(WarningKind::NoFit);
        return Calibration {
            fit: Vec::new(),
            predicted: Vec::new(),
            warnings: warnings
                .into_iter()
                .map(WarningKind::into_warning)
                .collect(),
            scenario: run.scenario.clone(),
            simulated_users: run.n_sim,
            seed: run.seed,
            evaluations: run.evaluations,
        };
    };
    let shape: Vec<usize> = f.fine.iter().map(Vec::len).collect();
    let (_, sds, corr) = moments(&f.weights, &f.fine);
    let largest = run.data.iter().map(|x| x.users).fold(0.0, f64::max);
    let mc_factor = (largest / run.n_sim as f64).sqrt();

    let mut fit = Vec::with_capacity(d);
    for (a, input) in run.fit.iter().enumerate() {
        let m = marginal(&f.weights, &shape, a);
        let q = |p| quantile(&m, &f.fine[a], p);
        let (lo, med, hi) = (q(0.025), q(0.5), q(0.975));
        let range = [run.range.lo[a], run.range.hi[a]];
        let width = hi - lo;
        let mc_se = sds[a] * mc_factor;
        if width > FLAT_SHARE * (range[1] - range[0]) {
            warnings.push(WarningKind::FlatLikelihood {
                input: input.clone(),
            });
        }
        let edge = 0.01 * (range[1] - range[0]);
        if lo - range[0] < edge {
            warnings.push(WarningKind::AtRangeEdge {
                input: input.clone(),
                bound: range[0],
            });
        } else if range[1] - hi < edge {
            warnings.push(WarningKind::AtRangeEdge {
                input: input.clone(),
                bound: range[1],
            });
        }
        if mc_se > MC_SHARE * width {
            warnings.push(WarningKind::MonteCarloError {
                input: input.clone(),
                mc_se,
                ci_width: width,
            });
        }
        fit.push(FitResult {
            input: input.clone(),
            estimate: med,
            ci95: [lo, hi],
            sd: sds[a],
            mc_se,
            range,
        });
    }
    for (a, row) in corr.iter().enumerate() {
        for (b, &r) in row.iter().enumerate().skip(a + 1) {
            if r.abs() > CORRELATION_LIMIT {
                warnings.push(WarningKind::NotIdentified {
                    a: run.fit[a].clone(),
                    b: run.fit[b].clone(),
                    correlation: r,
                });
            }
        }
    }

    let mut predicted = Vec::with_capacity(observed.len());
    for (i, o) in observed.iter().enumerate() {
        let p = &f.shares[i];
        let n = o.users as f64;
        let share: f64 = f.weights.iter().zip(p).map(|(w, x)| w * x).sum();
        let pq = |q| predictive_quantile(&f.weights, p, n, q);
        let observed_share = o.adopters as f64 / n.max(1.0);
        let (lo, hi) = (pq(0.025), pq(0.975));
        // Outside the 99% interval (not the 95% one, which one observation
        // in twenty leaves by chance) the model is called unable.
        let (lo99, hi99) = (pq(0.005), pq(0.995));
        if observed_share < lo99 || observed_share > hi99 {
            warnings.push(WarningKind::CannotReproduce {
                observation: i,
                observed: observed_share,
                predicted_low: lo,
                predicted_high: hi,
            });
        }
        let retained = retained_prediction(f, i, o, &mut warnings);
        predicted.push(Predicted {
            users: o.users,
            adopters: o.adopters,
            observed_share,
            share,
            ci95: [lo, hi],
            retained: o.retained,
            observed_retained_share: o.retained.map(|r| r as f64 / n.max(1.0)),
            retained_share: retained.map(|r| r.0),
            retained_ci95: retained.map(|r| r.1),
        });
    }

    let draws = resample(f, run.draws, run.seed, &run.range);
    let mut scenario = run.scenario.clone();
    for r in &fit {
        // A median inside the valid range gives a valid scenario; should a
        // combination ever be rejected, that input keeps its old value.
        if let Ok(s) = set_number(&scenario, &r.input, r.estimate) {
            scenario = s;
        }
    }
    debug_assert!(fit.iter().all(|r| get_number(&scenario, &r.input).is_ok()));
    if let Some(block) = scenario.calibration.as_mut() {
        block.posterior = Some(Posterior {
            inputs: run.fit.clone(),
            draws,
        });
    }
    Calibration {
        fit,
        predicted,
        warnings: warnings
            .into_iter()
            .map(WarningKind::into_warning)
            .collect(),
        scenario,
        simulated_users: run.n_sim,
        seed: run.seed,
        evaluations: run.evaluations,
    }
}

/// The predicted retained share of observation `i` (posterior mean of
/// p·s, adoption share times the share of adopters who stay) and its 95%
/// predictive interval for `o.users` people, when its scenario has a
/// retention block; warns when an observed retained count lies outside
/// the 99% interval, as for adoption.
fn retained_prediction(
    f: &Fitted,
    i: usize,
    o: &Observation,
    warnings: &mut Vec<WarningKind>,
) -> Option<(f64, [f64; 2])> {
    let kept = f.kept.get(i)?.as_ref()?;
    let q: Vec<f64> = f.shares[i].iter().zip(kept).map(|(p, s)| p * s).collect();
    let n = o.users as f64;
    let share: f64 = f.weights.iter().zip(&q).map(|(w, x)| w * x).sum();
    let pq = |x| predictive_quantile(&f.weights, &q, n, x);
    let (lo, hi) = (pq(0.025), pq(0.975));
    if let Some(r) = o.retained {
        let observed = r as f64 / n.max(1.0);
        if observed < pq(0.005) || observed > pq(0.995) {
            warnings.push(WarningKind::CannotReproduceRetained {
                observation: i,
                observed,
                predicted_low: lo,
                predicted_high: hi,
            });
        }
    }
    Some((share, [lo, hi]))
}

/// `n` equally weighted draws from the fine-grid posterior: systematic
/// resampling (the k-th draw at cumulative weight (k + ½)/n), then a
/// uniform position inside the chosen cell from a hash of (seed, k, input),
/// so the draws are the same on every platform.
fn resample(
    f: &Fitted,
    n: usize,
    seed: u64,
    range: &crate::calibrate::grid::Bounds,
) -> Vec<Vec<f64>> {
    let d = f.fine.len();
    let shape: Vec<usize> = f.fine.iter().map(Vec::len).collect();
    let mut out = Vec::with_capacity(n);
    let mut acc = 0.0;
    let mut cell = 0;
    for k in 0..n {
        let target = (k as f64 + 0.5) / n as f64;
        while cell + 1 < f.weights.len() && acc + f.weights[cell] < target {
            acc += f.weights[cell];
            cell += 1;
        }
        let mut rest = cell;
        let mut x = vec![0.0; d];
        for a in (0..d).rev() {
            let axis = &f.fine[a];
            let h = if axis.len() > 1 {
                axis[1] - axis[0]
            } else {
                0.0
            };
            let key = mix64(seed ^ mix64((k as u64) << 2 | a as u64));
            let u = (key >> 11) as f64 * (1.0 / (1u64 << 53) as f64);
            x[a] = (axis[rest % shape[a]] + (u - 0.5) * h).clamp(range.lo[a], range.hi[a]);
            rest /= shape[a];
        }
        out.push(x);
    }
    out
}

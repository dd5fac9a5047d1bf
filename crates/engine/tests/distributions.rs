//! Each distribution, drawn exactly as the engine draws it, against its
//! distribution function (Kolmogorov–Smirnov) and its moments.
//!
//! Tolerances: with n draws the KS statistic D exceeds 1.949/√n with
//! probability 0.001 under the null (asymptotic Kolmogorov distribution,
//! α = 0.001). The sample mean is within 3.29 standard errors (σ/√n) of the
//! mean with probability 0.999; the sample sd within 3.29 · σ·√((κ − 1)/4n),
//! the delta-method standard error of s for a distribution with kurtosis κ
//! (3 for a normal, 1.8 for a uniform). Seeds are fixed, so the
//! tests are deterministic; a wrong parametrisation (e.g. a log-normal's
//! mean and sd taken as those of its logarithm) fails by far.

use worthit_engine::dist::{dist_mean, dist_sd, draws, lognormal_params};
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

const N: u64 = 50_000;
const KS_CRIT_001: f64 = 1.949;
const Z: f64 = 3.29;

fn ks(mut xs: Vec<f64>, cdf: impl Fn(f64) -> f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len() as f64;
    let mut d: f64 = 0.0;
    for (i, x) in xs.iter().enumerate() {
        let f = cdf(*x);
        d = d
            .max((f - i as f64 / n).abs())
            .max(((i + 1) as f64 / n - f).abs());
    }
    d
}

fn check(d: Dist, cdf: impl Fn(f64) -> f64, kurtosis: f64, seed: u64) {
    let xs: Vec<f64> = draws(&d, seed, N).collect();
    let n = N as f64;
    let stat = ks(xs.clone(), cdf);
    assert!(stat < KS_CRIT_001 / n.sqrt(), "{d:?}: KS D = {stat}");
    let mean = xs.iter().sum::<f64>() / n;
    let sd = (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
    let (m, s) = (dist_mean(&d), dist_sd(&d));
    assert!(
        (mean - m).abs() < Z * s / n.sqrt(),
        "{d:?}: mean {mean} vs {m}"
    );
    let sd_se = s * ((kurtosis - 1.0) / (4.0 * n)).sqrt();
    assert!(
        (sd - s).abs() < Z * sd_se,
        "{d:?}: sd {sd} vs {s} (se {sd_se})"
    );
}

#[test]
fn normal() {
    let (m, s) = (1.5, 0.7);
    check(
        Dist::Normal { mean: m, sd: s },
        |x| normal_cdf((x - m) / s),
        3.0,
        1,
    );
}

#[test]
fn lognormal_is_parametrised_by_its_own_mean_and_sd() {
    let (m, s) = (1.2, 0.6);
    let (mu, sigma) = lognormal_params(m, s);
    // σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
    assert!((sigma * sigma - (1.0 + 0.25f64).ln()).abs() < 1e-15);
    assert!((mu - (1.2f64.ln() - 0.5 * sigma * sigma)).abs() < 1e-15);
    let w = (sigma * sigma).exp();
    let kurt = w.powi(4) + 2.0 * w.powi(3) + 3.0 * w.powi(2) - 3.0;
    check(
        Dist::Lognormal { mean: m, sd: s },
        |x| {
            if x <= 0.0 {
                0.0
            } else {
                normal_cdf((x.ln() - mu) / sigma)
            }
        },
        kurt,
        2,
    );
    // It matches rand_distr's own mean/cv constructor.
    let rd = rand_distr::LogNormal::from_mean_cv(m, s / m).unwrap();
    assert!((rd.from_zscore(0.0) - mu.exp()).abs() < 1e-14);
}

#[test]
fn uniform() {
    let (a, b) = (-1.0, 3.0);
    check(
        Dist::Uniform { min: a, max: b },
        |x| ((x - a) / (b - a)).clamp(0.0, 1.0),
        1.8,
        3,
    );
}

#[test]
fn triangular() {
    let (a, c, b) = (0.0, 0.5, 2.0);
    let cdf = |x: f64| {
        if x <= a {
            0.0
        } else if x <= c {
            (x - a).powi(2) / ((b - a) * (c - a))
        } else if x < b {
            1.0 - (b - x).powi(2) / ((b - a) * (b - c))
        } else {
            1.0
        }
    };
    check(
        Dist::Triangular {
            min: a,
            mode: c,
            max: b,
        },
        cdf,
        2.4,
        4,
    );
}

#[test]
fn fixed_is_constant() {
    assert!(draws(&Dist::Fixed { value: 2.5 }, 5, 1000).all(|x| x == 2.5));
    // Degenerate spreads are fixed too, never NaN.
    assert!(draws(&Dist::Lognormal { mean: 0.0, sd: 0.0 }, 5, 10).all(|x| x == 0.0));
    assert!(draws(&Dist::Normal { mean: 1.0, sd: 0.0 }, 5, 10).all(|x| x == 1.0));
}

/// Costs are clamped at zero: a normal cost with mean 0 costs on average
/// E[max(0, Z)]·sd = sd/√(2π), which shows in the barrier means.
#[test]
fn costs_are_clamped_at_zero() {
    let s: Scenario = serde_json::from_value(serde_json::json!({
        "schema": 1, "seed": 3, "users": 50_000,
        "product": { "value": { "dist": "fixed", "value": 10.0 },
                     "costs": { "time": { "dist": "normal", "mean": 0.0, "sd": 1.0 } } },
        "decision": { "rule": "threshold" }
    }))
    .unwrap();
    let r = run(
        &s,
        &RunOptions {
            sensitivity: false,
            chunk_size: 65_536,
        },
    )
    .unwrap();
    assert_eq!(r.adoption.adopters, 50_000);
    let b = &r.barriers[0];
    assert_eq!(b.cost, "time");
    let expected = 1.0 / (2.0 * std::f64::consts::PI).sqrt();
    // sd of max(0, Z) is √(1/2 − 1/(2π)) ≈ 0.584.
    assert!((b.mean_adopters - expected).abs() < Z * 0.584 / (50_000f64).sqrt());
    // Net value never exceeds the value: no negative cost ever adds.
    assert!(r.net_value.histogram.edges[0] < 10.0);
    let last_edge = *r.net_value.histogram.edges.last().unwrap();
    let above: u64 = r
        .net_value
        .histogram
        .edges
        .windows(2)
        .zip(&r.net_value.histogram.counts)
        .filter(|(w, _)| w[0] > 10.0 && w[1] <= last_edge)
        .map(|(_, c)| c)
        .sum();
    assert_eq!(above, 0);
}

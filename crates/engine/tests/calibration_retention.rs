//! Calibration on retained adopters: a store listing
//! experiment's two metrics, installs and retained first-time installers.
//!
//! Closed form: value V ~ N(μ, 2), money perceived C ~ N(5, 1), and the
//! money paid per period of use (`retention.costs.money`) N(m, 1) drawn
//! from the same shock, so it is C + (m − 5); `threshold`, disappointed
//! users leaving at once (notice 1), no claims or screenshots (so use
//! breaks no promise). Then
//!   adopt ⟺ V − C > 0,          p = Φ((μ − 5)/√5),
//!   stay  ⟺ V − C − (m − 5) > 0,
//! and the share who adopt and stay is the single Φ
//!   q = Φ((μ − max(m, 5))/√5).
//! The likelihood of an observation (n users, k adopters, r retained) is
//! binomial(k | n, p) · binomial(r | k, q/p), which the tests integrate
//! by quadrature.
//!
//! Tolerances, as in `calibration.rs`: the fit's shares come from N
//! simulated people on common random numbers, so the likelihood is
//! shifted by the simulation's error, whose standard error in posterior
//! sd is √(n / N). Each check allows a tenth of the 95% interval's width
//! (0.39 posterior sd): with N = 400,000 and n = 6,500 that is 3.1 of
//! those standard errors, and the grid's own error is far below it.

use serde_json::json;
use worthit_engine::calibrate::{CalibrateOptions, WarningKind, calibrate};
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

const N_OBS: f64 = 6500.0;
const SIMULATED: u64 = 400_000;
/// The true inputs the counts are made from.
const MU: f64 = 6.0;
const USE_MONEY: f64 = 6.5;

fn adopt_share(mu: f64) -> f64 {
    normal_cdf((mu - 5.0) / 5f64.sqrt())
}

fn retained_share(mu: f64, m: f64) -> f64 {
    normal_cdf((mu - m.max(5.0)) / 5f64.sqrt())
}

/// The observed counts the true inputs give (expected values, rounded).
fn counts() -> (u64, u64) {
    let k = (N_OBS * adopt_share(MU)).round() as u64;
    let r = (N_OBS * retained_share(MU, USE_MONEY)).round() as u64;
    (k, r)
}

fn scenario(fit: serde_json::Value, observed: serde_json::Value) -> Scenario {
    parse_scenario(
        &json!({
            "schema": 1, "seed": 11, "users": 100000,
            "decision": {"rule": "threshold"},
            "product": {
                "value": {"dist": "normal", "mean": MU, "sd": 2.0},
                "costs": {"money": {"dist": "normal", "mean": 5.0, "sd": 1.0}}
            },
            "retention": {"periods": 6, "notice": 1.0,
                          "costs": {"money": {"dist": "normal", "mean": 6.0, "sd": 1.0}}},
            "calibration": {"fit": fit, "observed": observed}
        })
        .to_string(),
    )
    .expect("test scenario is valid")
}

fn log_binomial(p: f64, n: f64, k: f64) -> f64 {
    let p = p.clamp(1e-300, 1.0 - 1e-16);
    k * p.ln() + (n - k) * (-p).ln_1p()
}

/// The closed-form log-likelihood of (n, k, r) at (μ, m).
fn log_like(mu: f64, m: f64, k: f64, r: f64) -> f64 {
    let p = adopt_share(mu);
    log_binomial(p, N_OBS, k) + log_binomial(retained_share(mu, m) / p, k, r)
}

/// The 2.5%, 50% and 97.5% quantiles of a marginal given as weights on
/// cells of width h starting at lo (midpoint rule).
fn quantiles(w: &[f64], lo: f64, h: f64) -> [f64; 3] {
    let total: f64 = w.iter().sum();
    [0.025, 0.5, 0.975].map(|q| {
        let mut acc = 0.0;
        for (i, x) in w.iter().enumerate() {
            acc += x / total;
            if acc >= q {
                return lo + (i as f64 + 0.5) * h;
            }
        }
        lo + w.len() as f64 * h
    })
}

fn options() -> CalibrateOptions {
    CalibrateOptions {
        users: Some(SIMULATED),
        ..CalibrateOptions::default()
    }
}

fn assert_close(got: [f64; 3], want: [f64; 3], what: &str) {
    let width = want[2] - want[0];
    for (g, w) in got.iter().zip(&want) {
        assert!(
            (g - w).abs() < 0.1 * width,
            "{what}: got {got:?}, closed form {want:?}"
        );
    }
}

/// Adoption alone says nothing about a cost paid only in use; retained
/// adopters do. With them the posterior of the cost of use matches the
/// closed form; without them the fit warns that the data say little.
#[test]
fn retained_adopters_pin_down_a_cost_of_use() {
    let (k, r) = counts();
    let path = "retention.costs.money.mean";
    let with = scenario(
        json!([path]),
        json!([{"users": N_OBS as u64, "adopters": k, "retained": r}]),
    );
    let c = calibrate(&with, &options()).unwrap();
    let f = &c.fit[0];
    assert_eq!(f.input, path);
    // The exact posterior on the searched range (flat prior), a
    // million-point midpoint rule.
    let cells = 1_000_000;
    let h = (f.range[1] - f.range[0]) / cells as f64;
    let ll: Vec<f64> = (0..cells)
        .map(|i| log_like(MU, f.range[0] + (i as f64 + 0.5) * h, k as f64, r as f64))
        .collect();
    let max = ll.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let w: Vec<f64> = ll.iter().map(|l| (l - max).exp()).collect();
    let exact = quantiles(&w, f.range[0], h);
    assert_close([f.ci95[0], f.estimate, f.ci95[1]], exact, path);
    assert!(f.ci95[0] < USE_MONEY && USE_MONEY < f.ci95[1], "{f:?}");
    // The prediction of who stays covers what was observed, and its
    // interval is the predictive one (parameter and sampling together):
    // at least the binomial's own ±1.96 sd wide.
    let p = &c.predicted[0];
    let observed = r as f64 / N_OBS;
    assert_eq!(p.retained, Some(r));
    assert_eq!(p.observed_retained_share, Some(observed));
    let [lo, hi] = p.retained_ci95.expect("a retained interval");
    assert!(lo <= observed && observed <= hi, "{p:?}");
    let sampling = 1.96 * (observed * (1.0 - observed) / N_OBS).sqrt();
    assert!(hi - lo >= 2.0 * sampling * 0.95, "{p:?}");
    let q = p.retained_share.unwrap();
    assert!((q - observed).abs() < (hi - lo) / 2.0, "{p:?}");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);

    // The same fit from adopters alone: flat, and said so.
    let without = scenario(
        json!([path]),
        json!([{"users": N_OBS as u64, "adopters": k}]),
    );
    let c = calibrate(&without, &options()).unwrap();
    assert!(
        c.warnings
            .iter()
            .any(|w| matches!(&w.kind, WarningKind::FlatLikelihood { input } if input == path)),
        "{:?}",
        c.warnings
    );
    // Retention is on, so the prediction still says who would stay.
    let p = &c.predicted[0];
    assert_eq!(p.retained, None);
    assert!(p.retained_share.is_some() && p.retained_ci95.is_some());
}

/// Installs and retained installers together recover both the value and
/// the cost of use: the fit's marginal quantiles match the exact
/// two-dimensional posterior (quadrature on a 1,200² grid over ±8
/// posterior sd of the fit), and the truth lies inside both intervals.
#[test]
fn installs_and_retained_recover_value_and_cost_of_use() {
    let (k, r) = counts();
    let s = scenario(
        json!(["product.value.mean", "retention.costs.money.mean"]),
        json!([{"users": N_OBS as u64, "adopters": k, "retained": r}]),
    );
    let c = calibrate(&s, &options()).unwrap();
    let box_of = |a: usize| {
        let f = &c.fit[a];
        (f.estimate - 8.0 * f.sd, f.estimate + 8.0 * f.sd)
    };
    let ((m_lo, m_hi), (u_lo, u_hi)) = (box_of(0), box_of(1));
    let g = 1200;
    let (hm, hu) = ((m_hi - m_lo) / g as f64, (u_hi - u_lo) / g as f64);
    let mut ll = vec![0.0; g * g];
    for i in 0..g {
        for j in 0..g {
            let (mu, m) = (m_lo + (i as f64 + 0.5) * hm, u_lo + (j as f64 + 0.5) * hu);
            ll[i * g + j] = log_like(mu, m, k as f64, r as f64);
        }
    }
    let max = ll.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let (mut marg_mu, mut marg_m) = (vec![0.0; g], vec![0.0; g]);
    for i in 0..g {
        for j in 0..g {
            let w = (ll[i * g + j] - max).exp();
            marg_mu[i] += w;
            marg_m[j] += w;
        }
    }
    let exact = [quantiles(&marg_mu, m_lo, hm), quantiles(&marg_m, u_lo, hu)];
    for ((f, want), truth) in c.fit.iter().zip(exact).zip([MU, USE_MONEY]) {
        assert_close([f.ci95[0], f.estimate, f.ci95[1]], want, &f.input);
        assert!(f.ci95[0] < truth && truth < f.ci95[1], "{f:?}");
    }
    let p = &c.predicted[0];
    assert!(p.ci95[0] <= p.observed_share && p.observed_share <= p.ci95[1]);
    let [lo, hi] = p.retained_ci95.unwrap();
    let observed = p.observed_retained_share.unwrap();
    assert!(lo <= observed && observed <= hi, "{p:?}");
}

/// A retained count the model cannot produce (everyone stays, while the
/// cost of use is fixed well above what anyone gains) is flagged by its
/// own warning.
#[test]
fn a_retained_count_the_model_cannot_reproduce_says_so() {
    let (k, _) = counts();
    let s = scenario(
        json!(["product.value.mean"]),
        json!([{"users": N_OBS as u64, "adopters": k, "retained": k}]),
    );
    let c = calibrate(&s, &options()).unwrap();
    assert!(
        c.warnings.iter().any(|w| matches!(
            w.kind,
            WarningKind::CannotReproduceRetained { observation: 0, .. }
        )),
        "{:?}",
        c.warnings
    );
}

/// Bad retained counts are named by their path.
#[test]
fn bad_retained_counts_name_their_paths() {
    let s = json!({
        "schema": 1,
        "product": {"value": {"dist": "normal", "mean": 5.0, "sd": 1.0}},
        "calibration": {"fit": ["product.value.mean"],
                        "observed": [{"users": 100, "adopters": 10, "retained": 11}]}
    });
    let e = parse_scenario(&s.to_string()).unwrap_err();
    let paths: Vec<&str> = e.problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"calibration.observed[0].retained"), "{e}");
    assert!(
        e.problems
            .iter()
            .any(|p| p.message().contains("≤ adopters (10)")),
        "{e}"
    );
    assert!(
        e.problems
            .iter()
            .any(|p| p.message().contains("retention block")),
        "{e}"
    );
    // With a retention block and a count within the adopters it is fine.
    let mut ok = s.clone();
    ok["retention"] = json!({"periods": 4, "notice": 1.0});
    ok["calibration"]["observed"][0]["retained"] = json!(9);
    parse_scenario(&ok.to_string()).unwrap();
}

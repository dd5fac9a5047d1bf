//! Correlated perceptions (a Gaussian copula): the closed form, unchanged
//! marginals, the correlation itself, validation, what-if rows.
//!
//! Tolerances: a simulated share p̂ of n people has standard error
//! √(p(1 − p)/n); shares are allowed 4 standard errors (a correct engine
//! fails with probability 6e-5 for a random seed; the seeds are fixed). The
//! KS statistic D exceeds 1.949/√n with probability 0.001 under the null.
//! A sample correlation r of n normal pairs has standard error
//! (1 − ρ²)/√n (Fisher), allowed 4 of them.

mod common;

use common::opts;
use proptest::prelude::*;
use worthit_engine::copula::sample_quantities;
use worthit_engine::dist::lognormal_params;
use worthit_engine::stats::{normal_cdf, normal_quantile};
use worthit_engine::*;

const Z4: f64 = 4.0;
const KS_CRIT_001: f64 = 1.949;

fn scenario(json: serde_json::Value) -> Scenario {
    let s: Scenario = serde_json::from_value(json).expect("test scenario parses");
    validate::validate(&s).expect("test scenario is valid");
    s
}

fn assert_share(observed: f64, expected: f64, n: u64, what: &str) {
    let tol = Z4 * (expected * (1.0 - expected) / n as f64).sqrt();
    assert!(
        (observed - expected).abs() <= tol,
        "{what}: observed {observed}, expected {expected} ± {tol}"
    );
}

/// Normal value and one normal cost under `threshold`: adoption is
/// Φ((μ_V − μ_C)/√(σ_V² + σ_C² − 2ρσ_Vσ_C)). The cost's mean is 5 sd above
/// 0, so clamping touches 3 in 10 million draws.
#[test]
fn closed_form_with_correlation() {
    let n = 200_000;
    let (mv, sv, mc, sc): (f64, f64, f64, f64) = (6.0, 1.5, 5.0, 1.0);
    for (seed, rho) in [(1, -0.6), (2, 0.0), (3, 0.5), (4, 0.9), (5, 1.0)] {
        let s = scenario(serde_json::json!({
            "schema": 1, "seed": seed, "users": n,
            "product": {
                "value": { "dist": "normal", "mean": mv, "sd": sv },
                "costs": { "trust": { "dist": "normal", "mean": mc, "sd": sc } }
            },
            "correlations": [ { "a": "product.value", "b": "product.costs.trust", "rho": rho } ],
            "decision": { "rule": "threshold" }
        }));
        let r = run(&s, &opts(false, 65_536)).unwrap();
        let sd = (sv * sv + sc * sc - 2.0 * rho * sv * sc).sqrt();
        let want = normal_cdf((mv - mc) / sd);
        assert_share(r.adoption.share, want, n, &format!("rho {rho}"));
    }
}

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

fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let n = a.len() as f64;
    let (ma, mb) = (a.iter().sum::<f64>() / n, b.iter().sum::<f64>() / n);
    let mut sab = 0.0;
    let mut saa = 0.0;
    let mut sbb = 0.0;
    for (x, y) in a.iter().zip(b) {
        sab += (x - ma) * (y - mb);
        saa += (x - ma) * (x - ma);
        sbb += (y - mb) * (y - mb);
    }
    sab / (saa * sbb).sqrt()
}

fn triangular_cdf(x: f64, a: f64, c: f64, b: f64) -> f64 {
    if x <= a {
        0.0
    } else if x <= c {
        (x - a).powi(2) / ((b - a) * (c - a))
    } else if x < b {
        1.0 - (b - x).powi(2) / ((b - a) * (b - c))
    } else {
        1.0
    }
}

/// Every marginal stays exactly its distribution (KS against its
/// distribution function) while the normal scores Φ⁻¹(F(x)) carry the
/// asked correlations.
#[test]
fn marginals_stay_and_normal_scores_correlate() {
    let n = 50_000u64;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 9, "users": n,
        "product": {
            "value": { "dist": "uniform", "min": 1.0, "max": 9.0 },
            "costs": {
                "time": { "dist": "normal", "mean": 3.0, "sd": 0.5 },
                "trust": { "dist": "lognormal", "mean": 1.2, "sd": 0.6 },
                "safety": { "dist": "triangular", "min": 0.5, "mode": 1.0, "max": 4.0 }
            }
        },
        "correlations": [
            { "a": "product.value", "b": "product.costs.trust", "rho": -0.5 },
            { "a": "product.costs.trust", "b": "product.costs.safety", "rho": 0.7 },
            { "a": "product.costs.time", "b": "product.value", "rho": 0.3 }
        ]
    }));
    let rows = sample_quantities(&s, n);
    let col = |j: usize| rows.iter().map(|r| r[j]).collect::<Vec<f64>>();
    let (value, time, trust, safety) = (col(0), col(2), col(4), col(6));
    let crit = KS_CRIT_001 / (n as f64).sqrt();
    let f_value = |x: f64| ((x - 1.0) / 8.0).clamp(0.0, 1.0);
    let f_time = |x: f64| normal_cdf((x - 3.0) / 0.5);
    let (mu, sigma) = lognormal_params(1.2, 0.6);
    let f_trust = |x: f64| {
        if x <= 0.0 {
            0.0
        } else {
            normal_cdf((x.ln() - mu) / sigma)
        }
    };
    let f_safety = |x: f64| triangular_cdf(x, 0.5, 1.0, 4.0);
    assert!(ks(value.clone(), f_value) < crit, "uniform marginal");
    assert!(ks(time.clone(), f_time) < crit, "normal marginal");
    assert!(ks(trust.clone(), f_trust) < crit, "lognormal marginal");
    assert!(ks(safety.clone(), f_safety) < crit, "triangular marginal");
    // Costs not listed stay at zero.
    assert!(col(1).iter().all(|x| *x == 0.0));
    let score = |xs: &[f64], f: &dyn Fn(f64) -> f64| {
        xs.iter()
            .map(|x| normal_quantile(f(*x).clamp(1e-12, 1.0 - 1e-12)))
            .collect::<Vec<f64>>()
    };
    let zv = score(&value, &f_value);
    let zt = score(&trust, &f_trust);
    let zs = score(&safety, &f_safety);
    let zti = score(&time, &f_time);
    for (a, b, rho, what) in [
        (&zv, &zt, -0.5, "value–trust"),
        (&zt, &zs, 0.7, "trust–safety"),
        (&zti, &zv, 0.3, "time–value"),
        (&zti, &zs, 0.0, "time–safety (not listed)"),
    ] {
        let r = pearson(a, b);
        let tol = Z4 * (1.0 - rho * rho) / (n as f64).sqrt();
        assert!((r - rho).abs() < tol, "{what}: r {r}, rho {rho} ± {tol}");
    }
}

/// Normal and log-normal quantities keep their own draws when every rho is
/// 0 (the Cholesky factor is the identity), so adding a zero correlation
/// changes no count; a non-zero one does.
#[test]
fn zero_correlations_keep_normal_draws() {
    let base = common::basic(60_000, 5);
    let mut zero = base.clone();
    zero.correlations = vec![Correlation {
        a: Endpoint::Value,
        b: Endpoint::Trust,
        rho: 0.0,
    }];
    let mut some = zero.clone();
    some.correlations[0].rho = -0.5;
    let a = run(&base, &opts(true, 10_000)).unwrap();
    let b = run(&zero, &opts(true, 10_000)).unwrap();
    let c = run(&some, &opts(true, 10_000)).unwrap();
    assert_eq!(a.adoption.adopters, b.adoption.adopters);
    assert_eq!(a.net_value.mean, b.net_value.mean);
    assert_ne!(a.adoption.adopters, c.adoption.adopters);
    // Chunk size never matters, correlations or not.
    let c2 = run(&some, &opts(true, 777)).unwrap();
    assert_eq!(c.adoption.adopters, c2.adoption.adopters);
    assert_eq!(c.sensitivity, c2.sensitivity);
}

/// The what-if row of a correlation equals a run with the moved rho on the
/// same people (up to a person whose net value is within rounding of 0).
#[test]
fn what_if_row_moves_rho() {
    let n = 80_000;
    let mut s = common::basic(n, 21);
    s.correlations = vec![
        Correlation {
            a: Endpoint::Value,
            b: Endpoint::Trust,
            rho: -0.3,
        },
        Correlation {
            a: Endpoint::Trust,
            b: Endpoint::Safety,
            rho: 0.95,
        },
        Correlation {
            a: Endpoint::Value,
            b: Endpoint::Safety,
            rho: -0.3,
        },
    ];
    let r = run(&s, &opts(true, 65_536)).unwrap();
    // Row 1 is clamped at 1, which is still possible: trust and safety
    // then move together, and both correlate −0.3 with value.
    for (i, rho) in [(0, -0.2), (1, 1.0), (2, -0.2)] {
        let input = format!("correlations[{i}].rho");
        let row = r
            .sensitivity
            .iter()
            .find(|w| w.input == input)
            .unwrap_or_else(|| panic!("no what-if row {input}"));
        let mut moved = s.clone();
        moved.correlations[i].rho = rho;
        assert!((row.step - (rho - s.correlations[i].rho)).abs() < 1e-12);
        let m = run(&moved, &opts(false, 65_536)).unwrap();
        assert!(
            (row.adoption_share - m.adoption.share).abs() <= 2.0 / n as f64,
            "{input}: what-if {} vs run {}",
            row.adoption_share,
            m.adoption.share
        );
    }
}

/// Adoption over time with correlations: the what-if row of a correlation
/// equals a rerun with the moved rho (word of mouth included), and the
/// chunk size changes nothing.
#[test]
fn over_time_what_if_row_moves_rho() {
    let n = 40_000;
    let mut s = common::basic(n, 8);
    s.diffusion = Some(Diffusion {
        periods: 20,
        p: 0.05,
        q: 0.4,
        social_proof: 0.3,
    });
    s.correlations = vec![Correlation {
        a: Endpoint::Value,
        b: Endpoint::Trust,
        rho: -0.5,
    }];
    let r = run(&s, &opts(true, 65_536)).unwrap();
    let row = r
        .sensitivity
        .iter()
        .find(|w| w.input == "correlations[0].rho")
        .expect("row");
    let mut moved = s.clone();
    moved.correlations[0].rho = -0.4;
    let m = run(&moved, &opts(false, 65_536)).unwrap();
    assert!(
        (row.adoption_share - m.adoption.share).abs() <= 2.0 / n as f64,
        "what-if {} vs run {}",
        row.adoption_share,
        m.adoption.share
    );
    let r2 = run(&s, &opts(true, 999)).unwrap();
    assert_eq!(r.sensitivity, r2.sensitivity);
    assert_eq!(r.timeline, r2.timeline);
}

/// A step that would make the list impossible goes the other way: with
/// value–safety not listed (0), trust and safety cannot move together while
/// trust correlates with value, so 0.95 steps down to 0.85.
#[test]
fn what_if_step_turns_back_from_impossible() {
    let mut s = common::basic(5_000, 3);
    s.correlations = vec![
        Correlation {
            a: Endpoint::Value,
            b: Endpoint::Trust,
            rho: -0.3,
        },
        Correlation {
            a: Endpoint::Trust,
            b: Endpoint::Safety,
            rho: 0.95,
        },
    ];
    let r = run(&s, &opts(true, 65_536)).unwrap();
    let row = r
        .sensitivity
        .iter()
        .find(|w| w.input == "correlations[1].rho")
        .expect("row");
    assert!((row.step + 0.1).abs() < 1e-12, "step {}", row.step);
}

fn problems_of(json: serde_json::Value) -> Vec<Problem> {
    match parse_scenario(&json.to_string()) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems,
    }
}

fn with_correlations(list: serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "schema": 1,
        "product": {
            "value": { "dist": "normal", "mean": 5.0, "sd": 1.0 },
            "costs": {
                "time": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                "trust": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                "safety": { "dist": "uniform", "min": 0.0, "max": 2.0 }
            }
        },
        "correlations": list
    })
}

#[test]
fn impossible_sets_are_named() {
    let p = problems_of(with_correlations(serde_json::json!([
        { "a": "product.costs.time", "b": "product.value", "rho": 0.2 },
        { "a": "product.value", "b": "product.costs.trust", "rho": 0.8 },
        { "a": "product.costs.trust", "b": "product.costs.safety", "rho": 0.8 },
        { "a": "product.value", "b": "product.costs.safety", "rho": -0.8 }
    ])));
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].path, "correlations");
    let m = &p[0].message();
    for named in ["correlations[1]", "correlations[2]", "correlations[3]"] {
        assert!(m.contains(named), "{m}");
    }
    assert!(!m.contains("correlations[0]"), "{m}");
    assert!(m.contains("product.costs.safety"), "{m}");
}

#[test]
fn each_entry_is_checked_at_its_path() {
    let p = problems_of(with_correlations(serde_json::json!([
        { "a": "product.value", "b": "product.costs.trust", "rho": 1.5 },
        { "a": "product.costs.trust", "b": "product.value", "rho": 0.1 },
        { "a": "product.value", "b": "product.costs.money", "rho": 0.1 },
        { "a": "product.costs.time", "b": "product.costs.time", "rho": 0.1 }
    ])));
    let at = |path: &str| p.iter().find(|q| q.path == path).map(|q| q.message());
    assert!(
        at("correlations[0].rho")
            .unwrap()
            .contains("between -1 and 1")
    );
    assert!(
        at("correlations[1]")
            .unwrap()
            .contains("already given at correlations[0]")
    );
    assert!(
        at("correlations[2].b")
            .unwrap()
            .contains("product.costs.money is not in the scenario")
    );
    assert!(at("correlations[3].b").unwrap().contains("itself"));
    // An unknown quantity is a structure error at the endpoint.
    let p = problems_of(with_correlations(serde_json::json!([
        { "a": "product.value", "b": "product.costs.fame", "rho": 0.1 }
    ])));
    assert!(p[0].path.starts_with("correlations[0]"), "{p:?}");
    assert!(p[0].message().contains("product.costs.trust"), "{p:?}");
}

/// Old documents round-trip unchanged: no `correlations` key appears.
#[test]
fn scenarios_without_correlations_serialise_as_before() {
    let s = common::example();
    let json = serde_json::to_string(&s).unwrap();
    assert!(!json.contains("correlations"));
    let mut c = s.clone();
    c.correlations.push(Correlation {
        a: Endpoint::Value,
        b: Endpoint::Time,
        rho: 0.25,
    });
    let back: Scenario = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
}

fn endpoint() -> impl Strategy<Value = Endpoint> {
    (0..Endpoint::ALL.len()).prop_map(|i| Endpoint::ALL[i])
}

fn rho() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1.2f64..1.2,
        Just(1.0),
        Just(-1.0),
        Just(0.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any list of correlations is either rejected with problems at
    /// `correlations…` paths or runs (what-ifs included), never a panic;
    /// accepted lists run the same in any chunk size.
    #[test]
    fn random_correlation_lists_never_panic(
        list in prop::collection::vec((endpoint(), endpoint(), rho()), 0..12),
        seed in 0u64..1000,
    ) {
        let mut s = common::example();
        s.users = 300;
        s.seed = seed;
        s.product.costs.money = None;
        s.correlations = list
            .into_iter()
            .map(|(a, b, rho)| Correlation { a, b, rho })
            .collect();
        match validate::validate(&s) {
            Err(e) => {
                prop_assert!(e.problems.iter().all(|p| p.path.starts_with("correlations")));
            }
            Ok(()) => {
                let a = run(&s, &opts(true, 64)).unwrap();
                let b = run(&s, &opts(true, 1000)).unwrap();
                prop_assert_eq!(a.adoption.adopters, b.adoption.adopters);
            }
        }
        // The copula compiles or declines on any list without panicking.
        let _ = sample_quantities(&s, 70);
    }
}

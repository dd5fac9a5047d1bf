//! The closed-form checks that hold whatever the implementation
//! (docs/model.md, "Checks the tests make").
//!
//! Tolerances: a simulated share p̂ of n people has standard error
//! √(p(1 − p)/n). Each check allows 3.29 standard errors, the two-sided
//! critical value for α = 0.001, so a correct engine fails a check with
//! probability 0.1% for a random seed; the seeds are fixed, so the tests are
//! deterministic, and a wrong formula (a bias of a few standard errors)
//! fails.

mod common;

use common::opts;
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

const Z_ALPHA_001: f64 = 3.29;

fn assert_share(observed: f64, expected: f64, n: u64, what: &str) {
    let se = (expected * (1.0 - expected) / n as f64).sqrt();
    let tol = Z_ALPHA_001 * se;
    assert!(
        (observed - expected).abs() <= tol,
        "{what}: observed {observed}, expected {expected} ± {tol}"
    );
}

fn scenario(json: serde_json::Value) -> Scenario {
    serde_json::from_value(json).expect("test scenario parses")
}

/// Normal V and normal costs, threshold, one segment:
/// adoption = Φ((μV − ΣμC) / √(σV² + ΣσC²)). The cost means are at least
/// 5 sd above 0, so clamping at zero touches fewer than 1 in 3 million draws.
#[test]
fn normal_threshold_matches_phi() {
    let n = 200_000;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 11, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": 4.0, "sd": 1.5 },
            "costs": {
                "time": { "dist": "normal", "mean": 1.5, "sd": 0.3 },
                "trust": { "dist": "normal", "mean": 1.0, "sd": 0.2 },
                "money": { "dist": "normal", "mean": 1.2, "sd": 0.1 }
            }
        },
        "decision": { "rule": "threshold" }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let z = (4.0 - 1.5 - 1.0 - 1.2) / (1.5f64.powi(2) + 0.09 + 0.04 + 0.01).sqrt();
    assert_share(r.adoption.share, normal_cdf(z), n, "threshold adoption");
    // The net value's mean and sd are those of the normal difference.
    let sd = (1.5f64.powi(2) + 0.09 + 0.04 + 0.01).sqrt();
    assert!((r.net_value.mean - 0.3).abs() < Z_ALPHA_001 * sd / (n as f64).sqrt());
    assert!((r.net_value.sd - sd).abs() < Z_ALPHA_001 * sd / (2.0 * n as f64).sqrt());
}

/// The same check with segment weights: for one segment with weights w,
/// adoption = Φ((w_v μV − Σ w_k μk) / √(w_v² σV² + Σ w_k² σk²)).
#[test]
fn weighted_normal_threshold_matches_phi() {
    let n = 200_000;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 12, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": 3.0, "sd": 1.0 },
            "costs": {
                "time": { "dist": "normal", "mean": 1.0, "sd": 0.2 },
                "learning": { "dist": "normal", "mean": 1.5, "sd": 0.25 }
            }
        },
        "segments": [ { "name": "Only", "share": 2.0,
                        "weights": { "value": 1.2, "time": 0.5, "learning": 1.5 } } ],
        "decision": { "rule": "threshold" }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let mean = 1.2 * 3.0 - 0.5 * 1.0 - 1.5 * 1.5;
    let var: f64 = 1.44 * 1.0 + 0.25 * 0.04 + 2.25 * 0.0625;
    assert_share(
        r.adoption.share,
        normal_cdf(mean / var.sqrt()),
        n,
        "weighted threshold",
    );
}

/// Logit with fixed values: the shares are exp(NV_o/τ) / Σ exp(NV/τ), "none"
/// included at 0.
#[test]
fn logit_fixed_values_match_closed_form() {
    let n = 200_000;
    let tau = 0.8;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 13, "users": n,
        "product": {
            "name": "P",
            "value": { "dist": "fixed", "value": 2.0 },
            "costs": { "money": { "dist": "fixed", "value": 1.0 } }
        },
        "alternatives": [
            { "name": "A", "value": { "dist": "fixed", "value": 1.5 } },
            { "name": "B", "value": { "dist": "fixed", "value": 0.3 },
              "costs": { "time": { "dist": "fixed", "value": 0.8 } } }
        ],
        "decision": { "rule": "logit", "temperature": tau }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let nv = [1.0f64, 1.5, -0.5, 0.0];
    let denom: f64 = nv.iter().map(|v| (v / tau).exp()).sum();
    let names = ["P", "A", "B", "none"];
    for (i, name) in names.iter().enumerate() {
        assert_eq!(r.choices[i].option, *name);
        let expected = (nv[i] / tau).exp() / denom;
        assert_share(r.choices[i].share, expected, n, name);
    }
    assert_eq!(r.adoption.share, r.choices[0].share);
}

/// Beat-the-alternatives with normal values has a closed form for one
/// alternative when "none" is never best (all net values far above 0):
/// P(NV_p > NV_a) = Φ((μp − μa)/√(σp² + σa²)).
#[test]
fn beat_alternatives_two_normals() {
    let n = 200_000;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 14, "users": n,
        "product": { "value": { "dist": "normal", "mean": 10.0, "sd": 1.0 } },
        "alternatives": [ { "name": "A", "value": { "dist": "normal", "mean": 10.5, "sd": 0.8 } } ]
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let expected = normal_cdf(-0.5 / (1.0f64 + 0.64).sqrt());
    assert_share(r.adoption.share, expected, n, "beat one alternative");
    assert_eq!(r.choices[2].share, 0.0, "none is never best here");
}

/// Raising any cost's mean never raises adoption, under threshold and
/// beat_alternatives, on the same seed, for every distribution kind.
#[test]
fn raising_a_cost_never_raises_adoption() {
    let costs = serde_json::json!({
        "money": { "dist": "fixed", "value": 0.5 },
        "time": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
        "learning": { "dist": "uniform", "min": 0.0, "max": 1.5 },
        "trust": { "dist": "triangular", "min": 0.0, "mode": 0.4, "max": 1.6 },
        "emotional": { "dist": "normal", "mean": 0.4, "sd": 0.3 },
        "safety": { "dist": "lognormal", "mean": 0.3, "sd": 0.4 }
    });
    for rule in ["threshold", "beat_alternatives"] {
        let base = serde_json::json!({
            "schema": 1, "seed": 5, "users": 20_000,
            "product": {
                "value": { "dist": "normal", "mean": 4.0, "sd": 1.5 },
                "claim": 5.0,
                "costs": costs,
                "screenshots": ["gameplay", "characters"]
            },
            "alternatives": [ { "name": "A", "value": { "dist": "normal", "mean": 1.5, "sd": 1.0 } } ],
            "segments": [
                { "name": "x", "share": 0.6, "weights": { "time": 1.4 } },
                { "name": "y", "share": 0.4, "skepticism": 0.9 }
            ],
            "decision": { "rule": rule }
        });
        let adopters = |v: &serde_json::Value| {
            run(&scenario(v.clone()), &opts(false, 4096))
                .unwrap()
                .adoption
                .adopters
        };
        let a0 = adopters(&base);
        for k in worthit_engine::COST_NAMES {
            for bump in [0.05, 0.3, 2.0] {
                let mut v = base.clone();
                let d = &mut v["product"]["costs"][k];
                for field in ["value", "mean", "min", "mode", "max"] {
                    if let Some(x) = d.get(field).and_then(|x| x.as_f64()) {
                        d[field] = serde_json::json!(x + bump);
                    }
                }
                let a1 = adopters(&v);
                assert!(
                    a1 <= a0,
                    "{rule}: raising {k} by {bump} raised adopters {a0} → {a1}"
                );
                if bump == 2.0 {
                    assert!(a1 < a0, "{rule}: a large {k} rise should cost adopters");
                }
            }
        }
    }
}

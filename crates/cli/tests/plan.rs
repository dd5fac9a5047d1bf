//! `worthit plan`: the shares come from the engine's comparison on common
//! random numbers, the power from the two-proportion formula (computed
//! here again, independently), and bad arguments exit 2.

use std::path::PathBuf;

use worthit_engine::lab::ComparisonDoc;
use worthit_engine::{RunOptions, presets};

mod common;
use common::{stderr, worthit};

fn comparison(name: &str) -> (String, ComparisonDoc) {
    let doc = ComparisonDoc::new(
        presets::get("game-character-art").unwrap().scenario(),
        presets::get("game-gameplay").unwrap().scenario(),
    );
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, doc.to_json()).unwrap();
    (path.to_string_lossy().into_owned(), doc)
}

/// Φ from `libm::erf` (the engine uses `erfc`).
fn phi(x: f64) -> f64 {
    0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2))
}

#[test]
fn plan_json_is_the_formula_on_the_simulated_shares() {
    let (path, mut doc) = comparison("plan-ab-1.json");
    let o = worthit(&[
        "plan",
        &path,
        "--visitors",
        "120",
        "--users",
        "5000",
        "--confidence",
        "0.95",
        "--power",
        "0.9",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let plan = &v["plan"];

    doc.a.users = 5000;
    doc.b.users = 5000;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let c = worthit_engine::compare::compare(&doc.a, &doc.b, &options).unwrap();
    let (p_a, p_b) = (c.a.adoption.share, c.b.adoption.share);
    let close = |x: &serde_json::Value, y: f64| (x.as_f64().unwrap() - y).abs() < 1e-12;
    assert!(
        close(&plan["p_a"], p_a) && close(&plan["p_b"], p_b),
        "{plan}"
    );
    assert!(close(&plan["lift"], p_b - p_a));
    assert_eq!(plan["visitors"], 120);
    assert_eq!(plan["confidence"], 0.95);

    // power = Φ((|Δ| − z·√(2p̄q̄/N)) / √((p_A q_A + p_B q_B)/N)), z = 1.959964.
    let n = 120.0;
    let pbar = (p_a + p_b) / 2.0;
    let z = 1.959_963_984_540_054;
    let expected = phi(
        ((p_b - p_a).abs() - z * (2.0 * pbar * (1.0 - pbar) / n).sqrt())
            / ((p_a * (1.0 - p_a) + p_b * (1.0 - p_b)) / n).sqrt(),
    );
    assert!(close(&plan["power"], expected), "{plan} vs {expected}");

    // The visitors for 90% power are the fewest that reach it.
    let need = plan["visitors_for_power"].as_u64().unwrap();
    let power_at = |n: f64| {
        phi(
            ((p_b - p_a).abs() - z * (2.0 * pbar * (1.0 - pbar) / n).sqrt())
                / ((p_a * (1.0 - p_a) + p_b * (1.0 - p_b)) / n).sqrt(),
        )
    };
    assert!(power_at(need as f64) >= 0.9 && power_at((need - 1) as f64) < 0.9);
    let mde = plan["mde"].as_f64().unwrap();
    assert!(
        mde > 0.0 && mde < p_b - p_a,
        "a large lift is detected at 120 visitors"
    );
}

#[test]
fn plan_prints_a_table_with_the_defaults() {
    let (path, _) = comparison("plan-ab-2.json");
    let o = worthit(&[
        "plan",
        &path,
        "--visitors",
        "40",
        "--users",
        "3000",
        "--draws",
        "10",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("at 90.0% confidence with 40 visitors per variant"),
        "{text}"
    );
    assert!(text.contains("visitors for 80.0% power"), "{text}");
    assert!(text.contains("illustrative defaults"), "{text}");
    assert!(
        text.contains("assurance (chance it declares B the winner)"),
        "{text}"
    );
}

#[test]
fn identical_sides_need_no_visitors_at_all() {
    let doc = ComparisonDoc::from_one(presets::get("game-gameplay").unwrap().scenario());
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plan-same.json");
    std::fs::write(&path, doc.to_json()).unwrap();
    let o = worthit(&[
        "plan",
        path.to_str().unwrap(),
        "--visitors",
        "1000",
        "--users",
        "2000",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["plan"]["lift"], 0.0);
    assert_eq!(v["plan"]["visitors_for_power"], serde_json::Value::Null);
    // With no difference the test "declares" one side only by chance:
    // (1 − C)/2.
    assert!((v["plan"]["power"].as_f64().unwrap() - 0.05).abs() < 1e-12);
}

#[test]
fn bad_arguments_exit_2_with_a_clear_message() {
    let (path, _) = comparison("plan-ab-3.json");
    let cases: [(&[&str], &str); 6] = [
        (&["plan", &path], "--visitors N is required"),
        (
            &["plan", &path, "--visitors", "0"],
            "--visitors must be between 1 and",
        ),
        (
            &["plan", &path, "--visitors", "ten"],
            "--visitors expects a whole number",
        ),
        (
            &["plan", &path, "--visitors", "10", "--confidence", "90"],
            "--confidence must be strictly between 0 and 1",
        ),
        (
            &["plan", &path, "--visitors", "10", "--power", "0"],
            "--power must be strictly between 0 and 1",
        ),
        (
            &["plan", "/nonexistent/ab.json", "--visitors", "10"],
            "/nonexistent/ab.json: cannot read",
        ),
    ];
    for (args, message) in cases {
        let o = worthit(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("worthit: "), "{args:?}");
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn assurance_is_the_mean_power_over_the_effect_draws() {
    use worthit_engine::plan::Assurance;
    use worthit_engine::robustness::screenshot_robustness_with_shares;
    let (path, mut doc) = comparison("plan-ab-4.json");
    let o = worthit(&[
        "plan",
        &path,
        "--visitors",
        "30",
        "--users",
        "2000",
        "--draws",
        "15",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let a = &v["assurance"];
    assert_eq!(a["draws"], 15);
    assert_eq!(a["covers"], "effect_prior_and_monte_carlo");

    doc.a.users = 2000;
    doc.b.users = 2000;
    let (_, shares) = screenshot_robustness_with_shares(&doc.a, &doc.b, 15, 10_000)
        .unwrap()
        .unwrap();
    let engine = Assurance::new(shares.iter().copied()).unwrap();
    // The same mean as computing each draw's power with the formula here.
    let z = 1.644_853_626_951_472;
    let mean = shares
        .iter()
        .map(|&(p_a, p_b)| {
            let pbar = (p_a + p_b) / 2.0;
            phi(
                ((p_b - p_a) - z * (2.0 * pbar * (1.0 - pbar) / 30.0).sqrt())
                    / ((p_a * (1.0 - p_a) + p_b * (1.0 - p_b)) / 30.0).sqrt(),
            )
        })
        .sum::<f64>()
        / shares.len() as f64;
    assert!((a["power"].as_f64().unwrap() - mean).abs() < 1e-12, "{a}");
    assert_eq!(
        a["visitors_for_power"].as_u64(),
        engine.visitors_for(0.9, 0.8).ok()
    );
    // Identical strips: no assurance part.
    let same = ComparisonDoc::from_one(presets::get("game-gameplay").unwrap().scenario());
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plan-same-2.json");
    std::fs::write(&path, same.to_json()).unwrap();
    let o = worthit(&[
        "plan",
        path.to_str().unwrap(),
        "--visitors",
        "30",
        "--users",
        "1000",
        "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.get("assurance").is_none());
}

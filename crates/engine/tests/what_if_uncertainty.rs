//! The what-if rows' intervals after calibration
//! (`calibrate::what_if`), and the what-if rows' effect on retained
//! adopters, against closed forms.
//!
//! Normal value, normal costs, `threshold`, one segment: P(adopt) =
//! Φ((μ_V − Σμ_C)/s), so the value-mean what-if (+10% of μ_V) changes the
//! share by Δ(μ) = Φ((1.1μ − Σμ_C)/s) − Φ((μ − Σμ_C)/s) at every
//! posterior draw μ.
//!
//! Tolerances: a change is counted on the same people with and without
//! the step, so its Monte Carlo error is the paired one, √(share of people
//! the step moves / n) ≤ √(|Δ| / n) when the step moves people one way
//! (every row checked here does). Each check allows 4 of those standard
//! errors (a false alarm well under 1 in 10,000 per check).

use serde_json::json;
use worthit_engine::calibrate::what_if::WHAT_IF_USERS_PER_DRAW;
use worthit_engine::calibrate::{
    UncertaintyRun, WhatIfUncertaintyRun, adoption_uncertainty_with, what_if_uncertainty,
};
use worthit_engine::robustness::quantile;
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

fn scenario(v: serde_json::Value) -> Scenario {
    parse_scenario(&v.to_string()).expect("test scenario is valid")
}

/// Value normal(5, 2), money normal(5, 1), threshold, with a posterior of
/// the value mean given by `draws`.
fn calibrated(draws: &[f64]) -> Scenario {
    let rows: Vec<Vec<f64>> = draws.iter().map(|d| vec![*d]).collect();
    scenario(json!({
        "schema": 1, "seed": 11, "users": 100000,
        "decision": {"rule": "threshold"},
        "product": {
            "value": {"dist": "normal", "mean": 5.0, "sd": 2.0},
            "costs": {"money": {"dist": "normal", "mean": 5.0, "sd": 1.0}}
        },
        "calibration": {
            "fit": ["product.value.mean"],
            "observed": [{"users": 6500, "adopters": 3250, "set": {}}],
            "posterior": {"inputs": ["product.value.mean"], "draws": rows}
        }
    }))
}

/// The value-mean what-if's change at value mean `mu`.
fn delta(mu: f64) -> f64 {
    let s = 5f64.sqrt();
    normal_cdf((1.1 * mu - 5.0) / s) - normal_cdf((mu - 5.0) / s)
}

/// Four paired standard errors of a change of about `d` on `n` people.
fn tol(d: f64, n: u64) -> f64 {
    4.0 * (d.abs() / n as f64).sqrt()
}

#[test]
fn a_point_posterior_leaves_only_monte_carlo_error() {
    let rows = what_if_uncertainty(&calibrated(&[5.0; 20])).unwrap();
    assert!(!rows.is_empty());
    for w in &rows {
        // Every draw is the scenario's own value on the same people: the
        // parameters add nothing, and the combined interval is the Monte
        // Carlo one (a mixture of identical normals is that normal; the
        // bisection stops within 1e-12 of it).
        assert_eq!(w.parameter_ci95, [w.change, w.change], "{w:?}");
        // The mean of 20 equal numbers, up to the rounding of the sum.
        assert!((w.posterior_mean_change - w.change).abs() < 1e-15);
        assert_eq!(w.draws, 20);
        for k in 0..2 {
            assert!(
                (w.change_ci95[k] - w.monte_carlo_ci95[k]).abs() < 1e-9,
                "{w:?}"
            );
        }
        assert!(w.monte_carlo_ci95[0] <= w.change && w.change <= w.monte_carlo_ci95[1]);
    }
}

#[test]
fn the_parameter_interval_follows_the_closed_form() {
    // 41 draws evenly over 4.5..5.5.
    let draws: Vec<f64> = (0..=40).map(|i| 4.5 + i as f64 / 40.0).collect();
    let s = calibrated(&draws);
    let rows = what_if_uncertainty(&s).unwrap();
    let w = rows
        .iter()
        .find(|w| w.input == "product.value.mean")
        .expect("the value mean's row");
    let n = WHAT_IF_USERS_PER_DRAW;
    let mut exact: Vec<f64> = draws.iter().map(|&m| delta(m)).collect();
    exact.sort_by(f64::total_cmp);
    let want = [quantile(&exact, 0.025), quantile(&exact, 0.975)];
    for k in 0..2 {
        assert!(
            (w.parameter_ci95[k] - want[k]).abs() < tol(want[k], n),
            "parameter interval {:?}, closed form {want:?}",
            w.parameter_ci95
        );
    }
    let mean = exact.iter().sum::<f64>() / exact.len() as f64;
    assert!((w.posterior_mean_change - mean).abs() < tol(mean, n));
    // The interval with both sources holds the posterior-mean effect and
    // is at least as wide as either source alone (up to the bisection).
    for w in &rows {
        assert!(
            w.change_ci95[0] <= w.posterior_mean_change
                && w.posterior_mean_change <= w.change_ci95[1],
            "{w:?}"
        );
        let width = w.change_ci95[1] - w.change_ci95[0];
        assert!(width + 1e-9 >= w.monte_carlo_ci95[1] - w.monte_carlo_ci95[0]);
        assert!(width + 1e-9 >= w.parameter_ci95[1] - w.parameter_ci95[0]);
    }
    // The value mean's effect varies with the draws (0.080 at 4.5 to 0.092
    // at 5.5), so its interval is wider than Monte Carlo error alone.
    assert!(w.parameter_ci95[1] - w.parameter_ci95[0] > 0.005, "{w:?}");
}

#[test]
fn chunked_run_matches_one_call_and_reports_progress() {
    let s = calibrated(&[4.8, 5.0, 5.3]);
    let one = what_if_uncertainty(&s).unwrap();
    let mut run = WhatIfUncertaintyRun::new(&s).unwrap().expect("a posterior");
    assert_eq!((Chunked::done(&run), Chunked::total(&run)), (0, 4));
    let mut steps = 0;
    while !run.step() {
        steps += 1;
    }
    assert_eq!(steps, 3);
    assert_eq!(Chunked::done(&run), 4);
    assert_eq!(run.finish(), one);
}

#[test]
fn no_posterior_no_intervals_and_the_results_say_what_they_cover() {
    let mut s = calibrated(&[5.0]);
    s.calibration.as_mut().unwrap().posterior = None;
    assert!(what_if_uncertainty(&s).unwrap().is_empty());
    assert!(WhatIfUncertaintyRun::new(&s).unwrap().is_none());

    let s = calibrated(&[4.9, 5.1]);
    let u = adoption_uncertainty_with(&s, true).unwrap().unwrap();
    assert_eq!(u.what_if_users_per_draw, WHAT_IF_USERS_PER_DRAW);
    assert!(!u.what_ifs.is_empty());
    let json = serde_json::to_value(&u).unwrap();
    assert!(json["what_ifs"][0]["change_ci95"].is_array());
    let u = adoption_uncertainty_with(&s, false).unwrap().unwrap();
    assert!(u.what_ifs.is_empty());
    // Without them the document is what it was before they existed.
    let json = serde_json::to_value(&u).unwrap();
    assert!(json.get("what_ifs").is_none() && json.get("what_if_users_per_draw").is_none());
}

/// [`calibrated`] with a posterior of the value's sd instead, given by
/// `draws` (a negative one is refused when it is run).
fn sd_posterior(draws: &[f64]) -> Scenario {
    let mut s = calibrated(&[5.0]);
    let c = s.calibration.as_mut().unwrap();
    c.fit = vec!["product.value.sd".into()];
    let p = c.posterior.as_mut().unwrap();
    p.inputs = vec!["product.value.sd".into()];
    p.draws = draws.iter().map(|d| vec![*d]).collect();
    s
}

#[test]
fn a_bad_draw_is_named_by_its_row() {
    // A negative sd is refused; the problem names its draw.
    let s = sd_posterior(&[1.0, -1.0]);
    let e = WhatIfUncertaintyRun::new(&s).unwrap_err();
    assert!(
        e.problems.iter().any(|p| p.path.starts_with("draws[1]")),
        "{e:?}"
    );
}

/// Retention with experience = value − δ (same shock): adopt iff
/// V − C > 0, stay iff E − C − (V − E) > 0 (trust revised to the broken
/// promise), so retained = Φ((m − 2δ)/s) with m = μ_V − Σμ_C. The value
/// mean's what-if (+0.4) widens the promise: installs rise, retained
/// adopters fall to Φ((m − 2δ − 0.4)/s); the time cost's (−0.15) lifts
/// both.
#[test]
fn what_ifs_report_their_effect_on_retained_adopters() {
    let n = 200_000u64;
    let (mu, sd, d) = (4.0, 1.5, 0.4);
    let s = scenario(json!({
        "schema": 1, "seed": 5, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": mu, "sd": sd },
            "experience": { "dist": "normal", "mean": mu - d, "sd": sd },
            "costs": {
                "time": { "dist": "normal", "mean": 1.5, "sd": 0.3 },
                "money": { "dist": "normal", "mean": 1.2, "sd": 0.2 }
            }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 6, "notice": 1.0 }
    }));
    let r = run(&s, &RunOptions::default()).unwrap();
    let sc = (sd * sd + 0.09 + 0.04f64).sqrt();
    let m = mu - 2.7;
    let row = |input: &str| {
        r.sensitivity
            .iter()
            .find(|x| x.input == input)
            .unwrap_or_else(|| panic!("row {input}"))
            .clone()
    };
    let kept = normal_cdf((m - 2.0 * d) / sc);

    let v = row("product.value.mean");
    let want = normal_cdf((m - 2.0 * d - 0.4) / sc) - kept;
    let got = v.retained_change.expect("retained change");
    assert!(want < 0.0 && v.change > 0.0);
    assert!((got - want).abs() < tol(want, n), "{got} vs {want}");
    assert_eq!(
        v.retained_share.unwrap() - r.retention.as_ref().unwrap().retained_share,
        got
    );

    let t = row("product.costs.time.mean");
    let want = normal_cdf((m - 2.0 * d + 0.15) / sc) - kept;
    let got = t.retained_change.expect("retained change");
    assert!((got - want).abs() < tol(want, n), "{got} vs {want}");

    // The parallel run counts the same people.
    #[cfg(feature = "parallel")]
    {
        let p = run_parallel(&s, &RunOptions::default()).unwrap();
        assert_eq!(p.sensitivity, r.sensitivity);
    }

    // Without retention the rows carry no retained change.
    let mut plain = s.clone();
    plain.retention = None;
    let r = run(&plain, &RunOptions::default()).unwrap();
    assert!(r.sensitivity.iter().all(|x| x.retained_change.is_none()));
}

/// The page's worker steps the adoption interval's job (a posterior draw a
/// step) to report progress and give it up for a newer scenario; stepped,
/// it gives exactly the one call's intervals (the command line's, on every
/// core when the `parallel` feature is on).
#[test]
fn the_adoption_interval_a_step_at_a_time_matches_one_call() {
    let s = calibrated(&[4.8, 5.0, 5.3]);
    let run = UncertaintyRun::new(&s, true).unwrap().expect("a posterior");
    // Three draws, the own values, then the what-ifs' own pass and three.
    assert_eq!((Chunked::done(&run), Chunked::total(&run)), (0, 8));
    let mut seen = Vec::new();
    let stepped = drive(run, |done, total| seen.push((done, total)));
    let want: Vec<(u64, u64)> = (0..=8).map(|d| (d, 8)).collect();
    assert_eq!(seen, want);
    assert_eq!(
        stepped.unwrap(),
        adoption_uncertainty_with(&s, true).unwrap().unwrap()
    );

    let run = UncertaintyRun::new(&s, false)
        .unwrap()
        .expect("a posterior");
    assert_eq!(Chunked::total(&run), 4);
    assert_eq!(
        drive(run, |_, _| {}).unwrap(),
        adoption_uncertainty_with(&s, false).unwrap().unwrap()
    );

    let mut plain = s.clone();
    plain.calibration.as_mut().unwrap().posterior = None;
    assert!(UncertaintyRun::new(&plain, true).unwrap().is_none());
}

/// A draw the scenario refuses ends the stepped job at that draw, with the
/// one call's problem.
#[test]
fn a_refused_draw_ends_the_stepped_job() {
    let s = sd_posterior(&[1.0, -1.0, 1.5]);
    let mut run = UncertaintyRun::new(&s, false)
        .unwrap()
        .expect("a posterior");
    assert!(!run.step(), "the first draw is fine");
    assert!(run.step(), "the second is refused, which ends the job");
    let e = run.finish().unwrap_err();
    let want = adoption_uncertainty_with(&s, false).unwrap_err();
    assert_eq!(e.problems, want.problems);
    assert!(e.problems.iter().any(|p| p.path.contains("sd")), "{e:?}");
}

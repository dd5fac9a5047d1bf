//! The test planner against the two-proportion power formula, computed
//! here independently of the engine (own Φ from `libm::erf`, textbook
//! critical values), and against a published sample-size example.

use worthit_engine::plan::{
    Assurance, AssuranceError, critical_z, mde, plan_test, power, visitors_for_power,
};

/// Φ from the error function, not the engine's `normal_cdf` (erfc).
fn phi(x: f64) -> f64 {
    0.5 * (1.0 + libm::erf(x / std::f64::consts::SQRT_2))
}

/// power = Φ((|Δ| − z·√(2p̄q̄/N)) / √((p_A q_A + p_B q_B)/N)), written as
/// the formula reads, with z given.
fn formula(p_a: f64, p_b: f64, n: f64, z: f64) -> f64 {
    let pbar = (p_a + p_b) / 2.0;
    let qbar = 1.0 - pbar;
    let num = (p_b - p_a).abs() - z * (2.0 * pbar * qbar / n).sqrt();
    let den = ((p_a * (1.0 - p_a) + p_b * (1.0 - p_b)) / n).sqrt();
    phi(num / den)
}

/// Textbook two-sided critical values: C = 0.90 → 1.644854, 0.95 →
/// 1.959964, 0.99 → 2.575829.
const Z: [(f64, f64); 3] = [
    (0.90, 1.644_853_626_951_472),
    (0.95, 1.959_963_984_540_054),
    (0.99, 2.575_829_303_548_901),
];

#[test]
fn critical_values_are_the_textbook_ones() {
    for (c, z) in Z {
        assert!((critical_z(c) - z).abs() < 1e-12, "{c}");
    }
}

#[test]
fn power_matches_the_two_proportion_formula() {
    for (c, z) in Z {
        for &(p_a, p_b) in &[(0.035, 0.048), (0.3, 0.25), (0.5, 0.52), (0.01, 0.011)] {
            for &n in &[50.0, 1_000.0, 6_500.0, 250_000.0] {
                let engine = power(p_a, p_b, n, c);
                let mine = formula(p_a, p_b, n, z);
                // Two ways of computing Φ agree to ~1e-15; 1e-12 allows for
                // the different grouping of the square roots.
                assert!(
                    (engine - mine).abs() < 1e-12,
                    "{p_a} {p_b} {n} {c}: {engine} vs {mine}"
                );
            }
        }
    }
}

#[test]
fn visitors_for_power_is_the_smallest_that_reaches_it() {
    for (c, _) in Z {
        for &target in &[0.5, 0.8, 0.9, 0.95] {
            for &(p_a, p_b) in &[(0.035, 0.048), (0.3, 0.25), (0.5, 0.52), (0.1, 0.15)] {
                let n = visitors_for_power(p_a, p_b, c, target).unwrap();
                assert!(power(p_a, p_b, n as f64, c) >= target);
                assert!(n == 1 || power(p_a, p_b, (n - 1) as f64, c) < target);
            }
        }
    }
}

#[test]
fn a_published_sample_size() {
    // Fleiss, Statistical Methods for Rates and Proportions (3rd ed.),
    // table A.4 without continuity correction: p = 0.10 vs 0.15, α = 0.05
    // two-sided, power 0.80 → 686 per group.
    assert_eq!(visitors_for_power(0.10, 0.15, 0.95, 0.80), Some(686));
}

#[test]
fn mde_round_trips() {
    for &(p_a, n) in &[(0.035, 6_500.0), (0.3, 1_000.0), (0.9, 20_000.0)] {
        for upwards in [true, false] {
            let d = mde(p_a, n, 0.9, 0.8, upwards).unwrap();
            let p_b = if upwards { p_a + d } else { p_a - d };
            // The bisection stops within 1e-12 of the lift, where power
            // moves by at most its slope (< 1e3 here) times that.
            assert!((power(p_a, p_b, n, 0.9) - 0.8).abs() < 1e-8, "{p_a} {n}");
            // And the visitors needed for that lift are those we have.
            let back = visitors_for_power(p_a, p_b, 0.9, 0.8).unwrap();
            assert!(back as f64 <= n && back as f64 >= n - 1.0, "{back} vs {n}");
        }
    }
    // From 99% there is no room for a lift of 2 points at 10 visitors.
    assert_eq!(mde(0.99, 10.0, 0.9, 0.8, true), None);
}

#[test]
fn plan_checks_its_arguments() {
    assert!(
        plan_test(0.1, 0.2, 100, 1.0, 0.8)
            .unwrap_err()
            .to_string()
            .contains("confidence")
    );
    assert!(
        plan_test(0.1, 0.2, 100, 0.9, 0.0)
            .unwrap_err()
            .to_string()
            .contains("power")
    );
    assert!(
        plan_test(0.1, 0.2, 0, 0.9, 0.8)
            .unwrap_err()
            .to_string()
            .contains("visitors")
    );
    assert!(
        plan_test(-0.1, 0.2, 10, 0.9, 0.8)
            .unwrap_err()
            .to_string()
            .contains("p_a")
    );
    let p = plan_test(0.035, 0.048, 6_500, 0.9, 0.8).unwrap();
    assert!((p.lift - 0.013).abs() < 1e-15);
    assert_eq!(p.power, power(0.035, 0.048, 6_500.0, 0.9));
    assert!(p.visitors_for_power.unwrap() < 6_500 && p.power > 0.8);
}

#[test]
fn assurance_is_the_mean_power_and_says_when_it_cannot_be_reached() {
    let draws = [(0.035, 0.048), (0.035, 0.040), (0.035, 0.060)];
    let a = Assurance::new(draws).unwrap();
    let n = 3_000.0;
    let mean = draws
        .iter()
        .map(|&(x, y)| formula(x, y, n, Z[0].1))
        .sum::<f64>()
        / 3.0;
    assert!((a.at(n, 0.9) - mean).abs() < 1e-12);
    let need = a.visitors_for(0.9, 0.8).unwrap();
    assert!(a.at(need as f64, 0.9) >= 0.8 && a.at((need - 1) as f64, 0.9) < 0.8);

    // A quarter of the draws favour A, a quarter show no difference: at
    // most half plus 5% of a quarter can ever be reached.
    let mixed = Assurance::new([(0.3, 0.35), (0.3, 0.33), (0.3, 0.28), (0.3, 0.3)]).unwrap();
    match mixed.visitors_for(0.9, 0.6) {
        Err(
            e @ AssuranceError::Unreachable {
                max,
                wrong_sign,
                no_difference,
            },
        ) => {
            assert!((max - (0.5 + 0.05 * 0.25)).abs() < 1e-12);
            assert_eq!((wrong_sign, no_difference), (0.25, 0.25));
            let text = e.to_string();
            assert!(
                text.contains("other variant is better") && text.contains("51.2%"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(mixed.visitors_for(0.9, 0.4).is_ok());
    assert!(Assurance::new([]).is_err());
}

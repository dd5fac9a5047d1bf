//! Retention: closed forms, the loss split, the active curve,
//! adoption over time with word of mouth from active users, A vs. B, and
//! the lessons the presets teach.
//!
//! Tolerances: a simulated share p̂ of n people has standard error
//! √(p(1 − p)/n); each closed-form check allows 4 standard errors (a
//! correct engine fails one with probability about 6e-5 for a random seed;
//! the seeds are fixed, so the tests are deterministic), while a wrong
//! formula, off by a few standard errors, fails.

mod common;

use common::opts;
use worthit_engine::lab::{LabOptions, claim_curve};
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

const Z: f64 = 4.0;

fn scenario(json: serde_json::Value) -> Scenario {
    serde_json::from_value(json).expect("test scenario parses")
}

fn assert_share(observed: f64, expected: f64, n: u64, what: &str) {
    let se = (expected * (1.0 - expected) / n as f64).sqrt().max(1e-9);
    assert!(
        (observed - expected).abs() <= Z * se,
        "{what}: observed {observed}, expected {expected} ± {}",
        Z * se
    );
}

/// The standard normal density.
fn phi(x: f64) -> f64 {
    (-0.5 * x * x).exp() / (2.0 * std::f64::consts::PI).sqrt()
}

/// P(A > 0, B > 0) for jointly normal A, B (means, sds, correlation rho),
/// by numeric integration over B: P = ∫_0^∞ f_B(b) · P(A > 0 | B = b) db,
/// where A | B = b is normal with mean μA + ρσA(b − μB)/σB and sd
/// σA√(1 − ρ²). Composite Simpson's rule over standardised
/// u = (b − μB)/σB from −μB/σB to +12 (the tail beyond adds < 1e-30), with
/// 20,000 intervals: the integrand is smooth, so the error is far below
/// the 1e-6 the test needs.
fn orthant(mu_a: f64, sd_a: f64, mu_b: f64, sd_b: f64, rho: f64) -> f64 {
    let lo = -mu_b / sd_b;
    let hi = 12.0f64.max(lo + 1.0);
    let n = 20_000;
    let h = (hi - lo) / n as f64;
    let cond_sd = sd_a * (1.0 - rho * rho).sqrt();
    let f = |u: f64| {
        let mean_a = mu_a + rho * sd_a * u;
        phi(u) * normal_cdf(mean_a / cond_sd)
    };
    let mut sum = f(lo) + f(hi);
    for i in 1..n {
        let w = if i % 2 == 1 { 4.0 } else { 2.0 };
        sum += w * f(lo + i as f64 * h);
    }
    sum * h / 3.0
}

/// The orthant integral is right where it is known exactly: independent
/// (Φ(a)Φ(b)) and equal (Φ(min)) components, and ρ = 0 at zero means
/// (1/4); Sheppard's formula at zero means gives 1/4 + asin(ρ)/2π.
#[test]
fn orthant_integration_matches_known_values() {
    let (a, b) = (0.3, -0.2);
    assert!((orthant(a, 1.0, b, 1.0, 0.0) - normal_cdf(a) * normal_cdf(b)).abs() < 1e-9);
    for rho in [-0.5f64, 0.3, 0.8] {
        let exact = 0.25 + rho.asin() / (2.0 * std::f64::consts::PI);
        assert!(
            (orthant(0.0, 2.0, 0.0, 0.5, rho) - exact).abs() < 1e-8,
            "{rho}"
        );
    }
    assert!((orthant(0.4, 1.0, 0.1, 1.0, 0.999_999) - normal_cdf(0.1)).abs() < 1e-3);
}

/// One shared shock, `threshold`, normal costs, disappointed users
/// leaving at once (notice 1). Perceived value V = x ~ N(μ, σ) and the
/// experience `product.experience` N(μ − Δ, σ) is drawn from the same
/// standard-normal shock z, so E = x − Δ exactly. The costs C (time and
/// money, both recurring, independent normals) are the same before and
/// during use. Trust as revised by use is the broken promise
/// max(0, V − E) = Δ, weighted 1. So
///   adopt ⟺ x − C > 0,
///   stay  ⟺ (x − Δ) − C − Δ > 0 ⟺ x − C > 2Δ,
/// and stay implies adopt: the share who adopt and stay is the single
/// Φ((μ − μ_C − 2Δ) / √(σ² + σ_C²)). Everyone lost would have stayed had
/// use delivered V (x − C > 0), so the whole loss is expectation.
#[test]
fn one_shared_shock_gives_a_single_phi() {
    let n = 200_000;
    let (mu, sd, delta) = (4.0, 1.5, 0.4);
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 21, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": mu, "sd": sd },
            "experience": { "dist": "normal", "mean": mu - delta, "sd": sd },
            "costs": {
                "time": { "dist": "normal", "mean": 1.5, "sd": 0.3 },
                "money": { "dist": "normal", "mean": 1.2, "sd": 0.2 }
            }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 6, "notice": 1.0 }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let s_c = (sd * sd + 0.09 + 0.04f64).sqrt();
    let m = mu - 1.5 - 1.2;
    let adopt = normal_cdf(m / s_c);
    let kept = normal_cdf((m - 2.0 * delta) / s_c);
    assert_share(r.adoption.share, adopt, n, "adoption");
    let ret = r.retention.as_ref().expect("retention results");
    assert_share(ret.retained_share, kept, n, "adopt and stay");
    assert_eq!(ret.lost_to_recurring, 0.0);
    // Counts are exact: adopters = retained + lost.
    let lost = ((ret.lost_to_expectation + ret.lost_to_recurring) * n as f64).round() as u64;
    assert_eq!(ret.retained + lost, r.adoption.adopters);
    // Notice 1: everyone disappointed is gone after the first period.
    assert_eq!(ret.curve.len(), 7);
    assert_eq!(ret.curve[0].active_share, r.adoption.share);
    for row in &ret.curve[1..] {
        assert_eq!(row.active_share, ret.retained_share);
    }
    // Wilson interval around the retained share.
    assert!(ret.retained_ci95[0] < ret.retained_share && ret.retained_share < ret.retained_ci95[1]);
}

/// Perceived and experienced utility correlated by ρ < 1, from this
/// engine alone: an app with a one-off learning cost L before adopting,
/// free to try (no money cost), whose use then costs a subscription M
/// (`retention.costs.money`). The money component has no perceived draw,
/// so M comes from its own slot, independent of everything else (see
/// `docs/model.md`). With E = V = x and time T paid throughout:
///   adopt ⟺ A = x − T − L > 0,  stay ⟺ B = x − T − M > 0,
/// jointly normal with cov(A, B) = σ_x² + σ_T², so
/// ρ = (σ_x² + σ_T²)/(σ_A σ_B) < 1 (the use utility is the perceived one
/// plus independent noise), neither event implies the other, and the
/// share who adopt and stay is the bivariate normal orthant
/// P(A > 0, B > 0) (numeric integration above). Nobody's loss is
/// expectation (E = V). When `correlations` lands, a case with
/// ρ between `product.value` and `product.experience` uses the same
/// `orthant`.
#[test]
fn an_independent_cost_of_use_gives_a_bivariate_orthant() {
    let n = 200_000;
    // L and M are 4 sd above zero, so their clamps never matter here.
    let (mu_x, sd_x, mu_t, sd_t) = (4.0f64, 1.2f64, 2.0f64, 0.4f64);
    let (mu_l, sd_l, mu_m, sd_m) = (1.2f64, 0.3f64, 1.6f64, 0.4f64);
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 22, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": mu_x, "sd": sd_x },
            "costs": {
                "time": { "dist": "normal", "mean": mu_t, "sd": sd_t },
                "learning": { "dist": "normal", "mean": mu_l, "sd": sd_l }
            }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 3, "notice": 1.0,
                       "costs": { "money": { "dist": "normal", "mean": mu_m, "sd": sd_m } } }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let common = sd_x * sd_x + sd_t * sd_t;
    let sd_a = (common + sd_l * sd_l).sqrt();
    let sd_b = (common + sd_m * sd_m).sqrt();
    let rho = common / (sd_a * sd_b);
    let (mu_a, mu_b) = (mu_x - mu_t - mu_l, mu_x - mu_t - mu_m);
    let expect = orthant(mu_a, sd_a, mu_b, sd_b, rho);
    // The orthant differs from both marginals by far more than the
    // tolerance, so the check tells the joint event from either alone.
    let adopt = normal_cdf(mu_a / sd_a);
    let stay = normal_cdf(mu_b / sd_b);
    let tol = Z * (expect * (1.0 - expect) / n as f64).sqrt();
    assert!(
        adopt - expect > 3.0 * tol && stay - expect > 3.0 * tol,
        "{adopt} {stay} {expect} {tol}"
    );
    assert_share(r.adoption.share, adopt, n, "adoption");
    let ret = r.retention.unwrap();
    assert_share(ret.retained_share, expect, n, "adopt and stay (orthant)");
    assert_eq!(ret.lost_to_expectation, 0.0);
}

/// Perceived and experienced value correlated by ρ < 1 through
/// `correlations` (the pair `product.value`–`product.experience`): V ~
/// N(μ_V, σ_V) and E ~ N(μ_E, σ_E) with corr(V, E) = ρ, normal costs C
/// (time and money) that recur as perceived, trust not recurring (so the
/// broken promise costs nothing), `threshold`, notice 1. Then
///   adopt ⟺ A = V − C > 0,  stay ⟺ B = E − C > 0,
/// jointly normal with cov(A, B) = ρσ_Vσ_E + σ_C², and the share who adopt
/// and stay is the orthant P(A > 0, B > 0) (`orthant`, Simpson's rule).
/// Adoption does not depend on ρ at all (the experience is drawn after
/// the decision), and ρ = 1 gives exactly the run without the pair.
#[test]
fn correlated_experience_gives_a_bivariate_orthant() {
    let n = 200_000;
    let (mu_v, sd_v, mu_e, sd_e, rho) = (4.0f64, 1.5f64, 3.6f64, 1.2f64, 0.5f64);
    let with_rho = |rho: Option<f64>| {
        let mut j = serde_json::json!({
            "schema": 1, "seed": 23, "users": n,
            "product": {
                "value": { "dist": "normal", "mean": mu_v, "sd": sd_v },
                "experience": { "dist": "normal", "mean": mu_e, "sd": sd_e },
                "costs": {
                    "time": { "dist": "normal", "mean": 1.5, "sd": 0.3 },
                    "money": { "dist": "normal", "mean": 1.2, "sd": 0.2 }
                }
            },
            "decision": { "rule": "threshold" },
            "retention": { "periods": 4, "notice": 1.0, "recurring": ["money", "time"] }
        });
        if let Some(rho) = rho {
            j["correlations"] = serde_json::json!([
                { "a": "product.experience", "b": "product.value", "rho": rho }
            ]);
        }
        let s = scenario(j);
        validate::validate(&s).expect("valid");
        run(&s, &opts(false, 65_536)).unwrap()
    };
    let r = with_rho(Some(rho));
    let var_c = 0.09 + 0.04;
    let (sd_a, sd_b) = ((sd_v * sd_v + var_c).sqrt(), (sd_e * sd_e + var_c).sqrt());
    let corr = (rho * sd_v * sd_e + var_c) / (sd_a * sd_b);
    let (mu_a, mu_b) = (mu_v - 2.7, mu_e - 2.7);
    let expect = orthant(mu_a, sd_a, mu_b, sd_b, corr);
    // The joint share differs from the shared-shock one (ρ = 1) and from
    // independence (ρ = 0) by far more than the tolerance, so the check
    // tells ρ is used and used right.
    let tol = Z * (expect * (1.0 - expect) / n as f64).sqrt();
    for other in [1.0, 0.0] {
        let c = (other * sd_v * sd_e + var_c) / (sd_a * sd_b);
        let o = orthant(mu_a, sd_a, mu_b, sd_b, c);
        assert!((o - expect).abs() > 3.0 * tol, "ρ {other}: {o} vs {expect}");
    }
    assert_share(r.adoption.share, normal_cdf(mu_a / sd_a), n, "adoption");
    let ret = r.retention.as_ref().unwrap();
    assert_share(ret.retained_share, expect, n, "adopt and stay (ρ orthant)");
    // Adoption is the same with or without the pair, to the person.
    let plain = with_rho(None);
    assert_eq!(r.adoption, plain.adoption);
    // ρ = 1 is the shared shock exactly: every number equal.
    let one = with_rho(Some(1.0));
    assert_eq!(one.retention, plain.retention);
    assert_ne!(r.retention, plain.retention);
}

/// The experience pairs only with the value, and only when the scenario
/// gives the experience a distribution; both are named by path.
#[test]
fn experience_correlations_are_checked() {
    let base = || {
        serde_json::json!({
            "schema": 1,
            "product": {
                "value": { "dist": "normal", "mean": 4.0, "sd": 1.0 },
                "costs": { "trust": { "dist": "normal", "mean": 1.0, "sd": 0.3 } }
            },
            "retention": { "periods": 4, "notice": 1.0 }
        })
    };
    let mut j = base();
    j["correlations"] = serde_json::json!([
        { "a": "product.value", "b": "product.experience", "rho": 0.4 }
    ]);
    let e = parse_scenario(&j.to_string()).unwrap_err();
    assert!(
        e.problems.iter().any(
            |p| p.path == "correlations[0].b" && p.message().contains("give it a distribution")
        ),
        "{e}"
    );
    j["product"]["experience"] = serde_json::json!({ "dist": "normal", "mean": 3.0, "sd": 1.0 });
    parse_scenario(&j.to_string()).expect("value–experience is allowed");
    j["correlations"] = serde_json::json!([
        { "a": "product.experience", "b": "product.costs.trust", "rho": 0.4 }
    ]);
    let e = parse_scenario(&j.to_string()).unwrap_err();
    assert!(
        e.problems.iter().any(|p| p.path == "correlations[0].b"
            && p.message()
                .contains("only be correlated with product.value")),
        "{e}"
    );
    // A strong value–trust correlation and any value–experience rho hold
    // together: the experience follows the value, so no matrix can fail.
    j["correlations"] = serde_json::json!([
        { "a": "product.value", "b": "product.costs.trust", "rho": 0.95 },
        { "a": "product.value", "b": "product.experience", "rho": -0.95 }
    ]);
    parse_scenario(&j.to_string()).expect("possible together");
}

/// Notice below 1: a disappointed adopter still uses the product after t
/// periods with probability (1 − notice)^t, so the expected active share
/// is P(adopt and stay) + P(adopt, not stay) · (1 − notice)^t (the single
/// Φ set-up of `one_shared_shock_gives_a_single_phi`). Each period is
/// checked within 4 standard errors of a share.
#[test]
fn the_active_curve_decays_geometrically() {
    let n = 200_000;
    let (mu, sd, delta, notice) = (4.0f64, 1.5f64, 0.4f64, 0.3f64);
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 23, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": mu, "sd": sd },
            "experience": { "dist": "normal", "mean": mu - delta, "sd": sd },
            "costs": { "time": { "dist": "normal", "mean": 2.7, "sd": 0.4 } }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 12, "notice": notice }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let s_c = (sd * sd + 0.16f64).sqrt();
    let adopt = normal_cdf((mu - 2.7) / s_c);
    let kept = normal_cdf((mu - 2.7 - 2.0 * delta) / s_c);
    let ret = r.retention.unwrap();
    for row in &ret.curve {
        let expect = kept + (adopt - kept) * (1.0 - notice).powi(row.period as i32);
        assert_share(
            row.active_share,
            expect,
            n,
            &format!("period {}", row.period),
        );
    }
    // The curve never rises, and ends at the retained share.
    assert!(
        ret.curve
            .windows(2)
            .all(|w| w[1].active_share <= w[0].active_share)
    );
    assert_eq!(ret.curve.last().unwrap().active_share, ret.retained_share);
}

/// Costs of use (`retention.costs`) above the perceived ones lose users
/// who would have stayed had use delivered the perceived value: that loss
/// is the recurring cost's. With E = V = x and use time T_u = T + δ (same
/// shock, normal with the same sd), threshold, notice 1:
/// stay ⟺ x − T − δ > 0, adopt ⟺ x − T > 0: retained = Φ((μ − μ_T − δ)/s)
/// and everything lost is recurring.
#[test]
fn costs_of_use_are_the_recurring_loss() {
    let n = 200_000;
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 24, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": 4.0, "sd": 1.0 },
            "costs": { "time": { "dist": "normal", "mean": 3.0, "sd": 0.5 } }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 2, "notice": 1.0,
                       "costs": { "time": { "dist": "normal", "mean": 3.6, "sd": 0.5 } } }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let sc = (1.0 + 0.25f64).sqrt();
    let ret = r.retention.unwrap();
    assert_share(ret.retained_share, normal_cdf(0.4 / sc), n, "retained");
    assert_eq!(ret.lost_to_expectation, 0.0);
    assert_share(
        ret.lost_to_recurring,
        normal_cdf(1.0 / sc) - normal_cdf(0.4 / sc),
        n,
        "lost to recurring costs",
    );
}

/// Without a retention block nothing changes; with one, every other
/// number is exactly what the run without it gives (retention is a
/// separate step after the decision, with its own random slots).
#[test]
fn retention_changes_no_other_number() {
    for id in [
        "game-gameplay",
        "finance-modest-claim",
        "paid-tool-vs-free-leader",
    ] {
        let base = presets::get(id).unwrap().scenario();
        let mut with = base.clone();
        with.retention = Some(Retention {
            periods: 10,
            notice: 0.4,
            recurring: default_recurring(),
            costs: Costs::default(),
        });
        let a = run(&base, &opts(true, 10_000)).unwrap();
        let mut b = run(&with, &opts(true, 10_000)).unwrap();
        assert!(a.retention.is_none());
        assert!(b.retention.is_some());
        b.retention = None;
        // The what-if rows gain their effect on retained adopters, and
        // nothing else of theirs changes.
        for row in &mut b.sensitivity {
            assert!(row.retained_change.is_some(), "{id} {}", row.input);
            row.retained_share = None;
            row.retained_change = None;
        }
        assert_eq!(a, b, "{id}");
    }
}

/// The same counts whatever the chunk size or thread count.
#[test]
fn retention_is_deterministic() {
    let mut s = presets::get("game-installs-vs-users-art")
        .unwrap()
        .scenario();
    s.users = 150_000;
    let a = run(&s, &opts(false, 65_536)).unwrap();
    let b = run(&s, &opts(false, 777)).unwrap();
    assert_eq!(a, b);
    #[cfg(feature = "parallel")]
    assert_eq!(run_parallel(&s, &opts(false, 65_536)).unwrap(), a);
    // Adoption over time with retention (what-if paths included).
    let mut d = presets::get("game-launch-year").unwrap().scenario();
    d.users = 70_000;
    d.exercise = None;
    d.product.experience = Some(Dist::Normal { mean: 4.5, sd: 0.8 });
    d.retention = Some(Retention {
        periods: 6,
        notice: 0.4,
        recurring: default_recurring(),
        costs: Costs::default(),
    });
    let x = run(&d, &opts(true, 65_536)).unwrap();
    assert_eq!(run(&d, &opts(true, 9_999)).unwrap(), x);
    #[cfg(feature = "parallel")]
    assert_eq!(run_parallel(&d, &opts(true, 65_536)).unwrap(), x);
    // Logit: the re-decision's fresh noise is keyed too.
    let mut l = s.clone();
    l.decision = Decision::Logit { temperature: 0.7 };
    l.users = 70_000;
    let x = run(&l, &opts(false, 4_096)).unwrap();
    let y = run(&l, &opts(false, 65_536)).unwrap();
    assert_eq!(x, y);
    let ret = x.retention.unwrap();
    assert!(ret.retained > 0 && ret.retained < x.adoption.adopters);
}

/// Logit re-decision with fixed values, no alternatives, E = V and every
/// cost recurring: adopt ⟺ d + g₁ > g₀ and stay ⟺ d + g₂ > g₀ for
/// d = NV/τ and independent standard Gumbels (g₂ is the fresh draw of the
/// re-decision, "none" keeps its draw). So
/// P(adopt and stay) = ∫ f(g₀) (1 − F(g₀ − d))² dg₀ with F the Gumbel
/// distribution function, by Simpson's rule on [−10, 40].
#[test]
fn logit_redecision_matches_its_integral() {
    let n = 200_000;
    let (v, c, tau) = (3.0, 2.5, 0.8);
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 25, "users": n,
        "product": {
            "value": { "dist": "fixed", "value": v },
            "costs": { "time": { "dist": "fixed", "value": c } }
        },
        "decision": { "rule": "logit", "temperature": tau },
        "retention": { "periods": 1, "notice": 1.0 }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let d = (v - c) / tau;
    let cdf = |x: f64| (-(-x).exp()).exp();
    let pdf = |x: f64| (-x - (-x).exp()).exp();
    let (lo, hi, m) = (-10.0, 40.0, 40_000);
    let h = (hi - lo) / m as f64;
    let f = |g: f64| pdf(g) * (1.0 - cdf(g - d)).powi(2);
    let mut sum = f(lo) + f(hi);
    for i in 1..m {
        sum += if i % 2 == 1 { 4.0 } else { 2.0 } * f(lo + i as f64 * h);
    }
    let expect = sum * h / 3.0;
    // Adoption is the logit share 1 / (1 + e^{−d}).
    assert_share(r.adoption.share, 1.0 / (1.0 + (-d).exp()), n, "adoption");
    let ret = r.retention.unwrap();
    assert_share(ret.retained_share, expect, n, "adopt and stay");
    // E = V: no loss is expectation.
    assert_eq!(ret.lost_to_expectation, 0.0);
}

/// Over-claiming on the finance preset's claim curve: a claim that raises
/// adoption lowers retained adopters, and the claim that maximises
/// retained adopters is smaller than the one that maximises installs. All
/// points run on the same 100,000 people (common random numbers), so the
/// differences (1 to 3 points) are far beyond their paired noise.
#[test]
fn over_claiming_wins_installs_and_loses_users() {
    let mut s = presets::get("finance-modest-claim").unwrap().scenario();
    s.exercise = None;
    s.retention = Some(Retention {
        periods: 12,
        notice: 0.5,
        recurring: default_recurring(),
        costs: Costs::default(),
    });
    let curve = claim_curve(&s, &LabOptions { max_users: 100_000 }, 25).unwrap();
    let best = curve.best;
    let kept = curve.best_retained.expect("retained adopters on the curve");
    assert!(
        kept.claim < best.claim,
        "most retained at {}, most installs at {}",
        kept.claim,
        best.claim
    );
    assert!(best.adoption_share > kept.adoption_share);
    assert!(best.retained_share.unwrap() < kept.retained_share.unwrap() - 0.01);
    // The preset's own claim (5.0) against no claim: more installs, fewer
    // retained adopters.
    let no_claim = &curve.points[0];
    let current = curve.current.unwrap();
    assert!(current.adoption_share > no_claim.adoption_share + 0.01);
    assert!(current.retained_share.unwrap() < no_claim.retained_share.unwrap() - 0.01);
    // Every point has a retained share at most its adoption share.
    for p in &curve.points {
        assert!(p.retained_share.unwrap() <= p.adoption_share);
    }
}

/// The preset that teaches it (`finance-claim-installs-vs-users`): its
/// exercise says in words that the claim keeping the most users is
/// smaller than the one winning the most installs, and the claim curve
/// on the preset itself shows it, with the install-maximising claim
/// keeping fewer users by more than the two points' paired noise (the
/// curve's shares come from 100,000 people on the same seed; a retained
/// share's standard error is under 0.15 points, and the gap is a point
/// and more).
#[test]
fn the_claim_preset_teaches_claims_for_users() {
    let p = presets::get("finance-claim-installs-vs-users").unwrap();
    let s = p.scenario();
    let words = &s.exercise.as_ref().unwrap().instructions;
    assert!(
        words.contains("the claim that keeps the most users is smaller than the claim that wins the most installs"),
        "{words}"
    );
    assert!(
        p.description
            .contains("smaller than the claim that wins the most installs")
    );
    let curve = claim_curve(&s, &LabOptions { max_users: 100_000 }, 25).unwrap();
    let (best, kept) = (curve.best, curve.best_retained.unwrap());
    assert!(kept.claim < best.claim, "{} vs {}", kept.claim, best.claim);
    assert!(kept.retained_share.unwrap() > best.retained_share.unwrap() + 0.01);
    assert!(best.adoption_share > kept.adoption_share + 0.01);
    // The shipped claim is past both peaks: fewer installs and far fewer
    // users than either.
    let current = curve.current.unwrap();
    assert!(current.claim > best.claim);
    assert!(current.retained_share.unwrap() < kept.retained_share.unwrap() - 0.1);
}

/// Character art vs. gameplay (the preset pair): the gap in retained
/// adopters is wider than the gap in installs, and the art page's loss is
/// mostly expectation. Both run on the same people (same seed); the gaps
/// differ by about 12 points, over 30 times their paired noise.
#[test]
fn art_vs_gameplay_gap_is_wider_in_retained_adopters() {
    let art = run(
        &presets::get("game-installs-vs-users-art")
            .unwrap()
            .scenario(),
        &opts(false, 65_536),
    )
    .unwrap();
    let play = run(
        &presets::get("game-installs-vs-users-gameplay")
            .unwrap()
            .scenario(),
        &opts(false, 65_536),
    )
    .unwrap();
    let (ra, rp) = (art.retention.unwrap(), play.retention.unwrap());
    let installs_gap = play.adoption.share - art.adoption.share;
    let retained_gap = rp.retained_share - ra.retained_share;
    assert!(
        retained_gap > installs_gap + 0.05,
        "retained gap {retained_gap}, installs gap {installs_gap}"
    );
    assert!(ra.lost_to_expectation > ra.lost_to_recurring);
    assert!(ra.lost_to_expectation > 3.0 * rp.lost_to_expectation);
}

/// With a diffusion block and everyone staying, the timeline is exactly
/// the one without retention, and the active share equals the cumulative
/// share.
#[test]
fn diffusion_with_everyone_staying_is_unchanged() {
    let mut base = presets::get("game-launch-year").unwrap().scenario();
    base.users = 30_000;
    base.exercise = None;
    let mut with = base.clone();
    // Experience far above any perception: nobody is disappointed.
    with.product.experience = Some(Dist::Fixed { value: 100.0 });
    with.retention = Some(Retention {
        periods: 8,
        notice: 1.0,
        recurring: default_recurring(),
        costs: Costs::default(),
    });
    let a = run(&base, &opts(true, 10_000)).unwrap();
    let b = run(&with, &opts(true, 10_000)).unwrap();
    let (ta, tb) = (a.timeline.unwrap(), b.timeline.unwrap());
    for (x, y) in ta.iter().zip(&tb) {
        assert_eq!(x.aware_share, y.aware_share);
        assert_eq!(x.new_adopters, y.new_adopters);
        assert_eq!(y.active_share, Some(y.cumulative_share));
        assert_eq!(x.active_share, None);
    }
    assert_eq!(a.sensitivity, b.sensitivity);
    assert_eq!(b.retention.unwrap().retained, b.adoption.adopters);
}

/// With a diffusion block and every adopter leaving after one period
/// (experience far below perception, notice 1), the active users of a
/// period are exactly its new adopters, and word of mouth comes only from
/// them: given the people not yet aware, the newly aware of period t are
/// binomial with h(t) = p + q · new_adopters(t − 1) / N (checked within 4
/// binomial standard errors each period).
#[test]
fn diffusion_word_of_mouth_comes_from_active_users() {
    let n = 100_000u64;
    let mut s = presets::get("game-launch-year").unwrap().scenario();
    s.users = n;
    s.exercise = None;
    s.product.experience = Some(Dist::Fixed { value: -100.0 });
    s.retention = Some(Retention {
        periods: 4,
        notice: 1.0,
        recurring: default_recurring(),
        costs: Costs::default(),
    });
    let d = s.diffusion.unwrap();
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let t = r.timeline.unwrap();
    let mut aware_before = 0.0;
    let mut active_before = 0.0;
    for row in &t {
        let active = row.active_share.unwrap();
        assert_eq!(active, row.new_adopters as f64 / n as f64, "{}", row.period);
        let h = (d.p + d.q * active_before).min(1.0);
        let unaware = (1.0 - aware_before) * n as f64;
        let newly = (row.aware_share - aware_before) * n as f64;
        let se = (unaware * h * (1.0 - h)).sqrt().max(1.0);
        assert!(
            (newly - unaware * h).abs() <= Z * se,
            "period {}: {newly} newly aware, expected {}",
            row.period,
            unaware * h
        );
        aware_before = row.aware_share;
        active_before = active;
    }
    // Without retention the same scenario spreads much further.
    let mut plain = s.clone();
    plain.retention = None;
    let p = run(&plain, &opts(false, 65_536)).unwrap();
    assert!(p.timeline.unwrap().last().unwrap().aware_share > t.last().unwrap().aware_share + 0.05);
}

/// A vs. B: retained adopters get their own paired comparison when both
/// sides have retention; B = A gives exactly 0.
#[test]
fn compare_reports_a_retained_lift() {
    let mut a = presets::get("game-installs-vs-users-art")
        .unwrap()
        .scenario();
    a.users = 40_000;
    let same = compare::compare(&a, &a, &opts(false, 65_536)).unwrap();
    let k = same.retained_comparison.unwrap();
    assert_eq!(k.lift, 0.0);
    assert_eq!(k.ci95, [0.0, 0.0]);
    let b = presets::get("game-installs-vs-users-gameplay")
        .unwrap()
        .scenario();
    let c = compare::compare(&a, &b, &opts(false, 65_536)).unwrap();
    let k = c.retained_comparison.unwrap();
    let direct = c.b.retention.as_ref().unwrap().retained_share
        - c.a.retention.as_ref().unwrap().retained_share;
    assert!((k.lift - direct).abs() < 1e-12);
    assert!(k.ci95[0] < k.lift && k.lift < k.ci95[1]);
    assert!(k.lift > c.comparison.lift);
    // One side without retention: no retained comparison.
    let mut plain = b.clone();
    plain.retention = None;
    plain.exercise = None;
    let c = compare::compare(&a, &plain, &opts(false, 65_536)).unwrap();
    assert!(c.retained_comparison.is_none());
}

/// Exercises can judge retained adopters, and say when a scenario cannot.
#[test]
fn retained_share_is_an_exercise_metric() {
    let s = presets::get("game-installs-vs-users-art")
        .unwrap()
        .scenario();
    let ex = s.exercise.clone().unwrap();
    assert_eq!(ex.goal.metric, Metric::RetainedShare);
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let status = exercise::check(&ex, &r);
    assert_eq!(status.current, r.retention.unwrap().retained_share);
    let mut bad = s.clone();
    bad.retention = None;
    let e = validate::validate(&bad).unwrap_err();
    assert!(
        e.problems.iter().any(|p| p.path == "exercise.goal.metric"),
        "{e}"
    );
}

/// Bad retention settings are reported by JSON path.
#[test]
fn bad_retention_settings_name_their_paths() {
    let mut s = presets::get("game-gameplay").unwrap().scenario();
    s.retention = Some(Retention {
        periods: 0,
        notice: 1.5,
        recurring: vec!["time".into(), "fun".into(), "time".into()],
        costs: Costs {
            learning: Some(Dist::Fixed { value: -1.0 }),
            ..Costs::default()
        },
    });
    s.product.experience = Some(Dist::Normal {
        mean: f64::NAN,
        sd: 1.0,
    });
    let e = validate::validate(&s).unwrap_err();
    let paths: Vec<&str> = e.problems.iter().map(|p| p.path.as_str()).collect();
    for want in [
        "product.experience.mean",
        "retention.periods",
        "retention.notice",
        "retention.recurring[1]",
        "retention.recurring[2]",
        "retention.costs.learning.value",
        "retention.costs.learning",
    ] {
        assert!(paths.contains(&want), "{want} missing from {paths:?}");
    }
    // Unknown fields inside the block are structure errors with a path.
    let text = r#"{"schema":1,"product":{"value":{"dist":"fixed","value":1}},
        "retention":{"periods":3,"notice":0.5,"habit":1}}"#;
    let e = parse_scenario(text).unwrap_err();
    assert!(e.to_string().contains("retention"), "{e}");
}

/// Results without retention serialise exactly as before (no new keys);
/// with it, the documented shape.
#[test]
fn results_format_is_additive() {
    let mut s = presets::get("game-gameplay").unwrap().scenario();
    s.users = 5_000;
    let plain = serde_json::to_value(run(&s, &opts(false, 65_536)).unwrap()).unwrap();
    assert!(plain.get("retention").is_none());
    s.retention = Some(Retention {
        periods: 3,
        notice: 0.5,
        recurring: default_recurring(),
        costs: Costs::default(),
    });
    let v = serde_json::to_value(run(&s, &opts(false, 65_536)).unwrap()).unwrap();
    let r = &v["retention"];
    for key in [
        "periods",
        "retained",
        "retained_share",
        "retained_ci95",
        "lost_to_expectation",
        "lost_to_recurring",
        "curve",
        "segments",
    ] {
        assert!(r.get(key).is_some(), "{key}");
    }
    assert_eq!(r["curve"][0]["period"], 0);
    assert!(r["curve"][3]["active_share"].is_number());
    // A scenario round-trips with its retention block and nothing else.
    let text = serde_json::to_string(&s).unwrap();
    assert!(!text.contains("\"costs\":{}"));
    assert_eq!(parse_scenario(&text).unwrap(), s);
}

/// The screenshot lab with retention: on the gameplay page the candidate
/// that wins the most installs is glossy character art, and it loses
/// retained adopters (lifts of several points on 20,000 paired people,
/// far beyond their intervals).
#[test]
fn the_lab_shows_the_install_winner_losing_users() {
    let s = presets::get("game-installs-vs-users-gameplay")
        .unwrap()
        .scenario();
    let options = worthit_engine::lab::screenshot_next(&s, &LabOptions::default()).unwrap();
    let best = &options[0];
    assert_eq!(best.kind, "characters");
    assert!(best.ci95[0] > 0.0);
    let kept = best.retained.expect("retained adopters per candidate");
    assert!(kept.ci95[1] < 0.0, "{kept:?}");
    assert!(kept.retained_share < best.adoption_share);
    // Without retention the candidates carry no retained part.
    let mut plain = s.clone();
    plain.retention = None;
    plain.exercise = None;
    let options = worthit_engine::lab::screenshot_next(&plain, &LabOptions::default()).unwrap();
    assert!(options.iter().all(|o| o.retained.is_none()));
}

/// The value–experience pair moves who stays, never who adopts: it gets
/// no what-if row (one would always read 0), while a correlation between
/// two perceived quantities of the same scenario keeps its row.
#[test]
fn the_experience_pair_has_no_what_if_row() {
    let s = scenario(serde_json::json!({
        "schema": 1, "seed": 5, "users": 20_000,
        "product": {
            "value": { "dist": "normal", "mean": 4.0, "sd": 1.5 },
            "experience": { "dist": "normal", "mean": 3.6, "sd": 1.2 },
            "costs": {
                "time": { "dist": "normal", "mean": 1.5, "sd": 0.3 },
                "trust": { "dist": "normal", "mean": 1.2, "sd": 0.4 }
            }
        },
        "decision": { "rule": "threshold" },
        "retention": { "periods": 4, "notice": 1.0, "recurring": ["time"] },
        "correlations": [
            { "a": "product.experience", "b": "product.value", "rho": 0.5 },
            { "a": "product.value", "b": "product.costs.trust", "rho": -0.3 }
        ]
    }));
    validate::validate(&s).expect("valid");
    let r = run(&s, &opts(true, 65_536)).unwrap();
    let inputs: Vec<&str> = r.sensitivity.iter().map(|w| w.input.as_str()).collect();
    assert!(!inputs.contains(&"correlations[0].rho"), "{inputs:?}");
    assert!(inputs.contains(&"correlations[1].rho"), "{inputs:?}");
}

//! Robustness of the A/B verdict to the screenshot-effect prior: ties are
//! not wins, a dominant B wins in every draw, the spread covers more than
//! Monte Carlo error, and the same seed gives the same answer.

use worthit_engine::compare::compare;
use worthit_engine::presets;
use worthit_engine::robustness::{
    Applies, COVERS_EFFECT_PRIOR, RobustnessRun, applies, effect_prior_pairs, screenshot_robustness,
};
use worthit_engine::robustness::{COVERS_POSTERIOR, posterior_pairs};
use worthit_engine::{RunOptions, Scenario};

fn preset(id: &str) -> Scenario {
    presets::get(id).unwrap().scenario()
}

#[test]
fn identical_sides_tie_in_every_draw() {
    let a = preset("game-character-art");
    let mut run = RobustnessRun::new(effect_prior_pairs(&a, &a, 12), 2_000, "test").unwrap();
    assert_eq!(run.total(), 12);
    while !run.step() {}
    let r = run.finish();
    // Same people, same effects: the lift is exactly 0 in every draw, and
    // a tie is not a win.
    assert_eq!(r.lift_ci95, [0.0, 0.0]);
    assert_eq!(r.lift_median, 0.0);
    assert_eq!(r.b_wins_share, 0.0);
    assert_eq!(r.ties_share, 1.0);
    assert_eq!((r.draws, r.users_per_draw), (12, 2_000));
    assert_eq!(applies(&a, &a), Applies::SameStrip);
    assert_eq!(screenshot_robustness(&a, &a, 12, 2_000).unwrap(), None);
}

#[test]
fn a_dominant_b_wins_in_every_draw_and_the_spread_is_the_effects() {
    let a = preset("game-character-art");
    let b = preset("game-gameplay");
    assert!(matches!(applies(&a, &b), Applies::Yes(k) if k.contains(&"gameplay")));
    let users = 5_000;
    let r = screenshot_robustness(&a, &b, 40, users).unwrap().unwrap();
    assert_eq!(r.covers, COVERS_EFFECT_PRIOR);
    assert_eq!((r.draws, r.users_per_draw), (40, users));
    // The default lift is about 30 points; halving every effect leaves it
    // above 10, while one draw's Monte Carlo error is under a point, so B
    // wins in every draw.
    assert_eq!(r.b_wins_share, 1.0, "{r:?}");
    assert!(r.lift_ci95[0] > 0.05, "{r:?}");

    // With the default effects, on the same number of people: the lift
    // sits inside the spread over draws, and the spread is much wider than
    // one run's Monte Carlo interval (the effects' doubt dominates).
    let (mut a5, mut b5) = (a.clone(), b.clone());
    a5.users = users;
    b5.users = users;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let c = compare(&a5, &b5, &options).unwrap().comparison;
    assert!(
        r.lift_ci95[0] < c.lift && c.lift < r.lift_ci95[1],
        "{r:?} {c:?}"
    );
    let mc_width = c.ci95[1] - c.ci95[0];
    assert!(
        r.lift_ci95[1] - r.lift_ci95[0] > 2.0 * mc_width,
        "{r:?} {c:?}"
    );
}

#[test]
fn the_same_seed_gives_the_same_verdict() {
    let a = preset("game-character-art");
    let b = preset("game-gameplay");
    let once = screenshot_robustness(&a, &b, 10, 1_000).unwrap();
    assert_eq!(once, screenshot_robustness(&a, &b, 10, 1_000).unwrap());
    let mut other = a.clone();
    other.seed += 1;
    assert_ne!(once, screenshot_robustness(&other, &b, 10, 1_000).unwrap());
}

#[test]
fn own_effects_are_not_varied() {
    // Both strips use only kinds the scenarios define themselves.
    let mut a = preset("game-character-art");
    let mut b = preset("game-gameplay");
    for s in [&mut a, &mut b] {
        for kind in worthit_engine::BUILTIN_SCREENSHOT_KINDS {
            s.product.screenshot_effects.insert(
                kind.into(),
                worthit_engine::ScreenshotEffect {
                    value: 0.5,
                    clarity: 1.0,
                    trust: 0.0,
                },
            );
        }
    }
    assert_eq!(applies(&a, &b), Applies::NoBuiltinEffects);
    assert_eq!(screenshot_robustness(&a, &b, 5, 1_000).unwrap(), None);
}

#[test]
fn a_bad_pair_is_named_by_its_draw() {
    let a = preset("game-gameplay");
    let mut bad = a.clone();
    bad.segments[0].share = -1.0;
    let pairs = vec![(a.clone(), a.clone()), (a.clone(), bad)];
    let e = RobustnessRun::new(pairs, 1_000, "test").unwrap_err();
    assert!(
        e.problems
            .iter()
            .any(|p| p.path.starts_with("draws[1].b.segments[0].share")),
        "{e:?}"
    );
}

#[test]
fn posterior_draws_run_the_same_way() {
    // Three "posterior" rows for the gameplay effect's value: set on both
    // sides, so only B (which shows gameplay first) moves with it.
    let a = preset("game-character-art");
    let b = preset("game-gameplay");
    let inputs = vec!["product.screenshot_effects.gameplay.value".to_string()];
    let draws = vec![vec![0.2], vec![0.8], vec![1.6]];
    let pairs = posterior_pairs(&a, &b, &inputs, &draws).unwrap();
    assert_eq!(pairs[2].1.product.screenshot_effects["gameplay"].value, 1.6);
    assert_eq!(pairs[2].0.product.screenshot_effects["gameplay"].value, 1.6);
    let mut run = RobustnessRun::new(pairs, 2_000, COVERS_POSTERIOR).unwrap();
    while !run.step() {}
    let shares = run.shares().to_vec();
    let r = run.finish();
    assert_eq!(r.covers, "parameters_and_monte_carlo");
    assert_eq!(r.draws, 3);
    // A larger gameplay effect gives B a larger share (each draw has its
    // own people, but the steps of 0.6 and 0.8 points of value are far
    // larger than 2,000 people's Monte Carlo error).
    assert!(
        shares[0].1 < shares[1].1 && shares[1].1 < shares[2].1,
        "{shares:?}"
    );

    // A row of the wrong length, or a bad path, is named.
    let e = posterior_pairs(&a, &b, &inputs, &[vec![0.1, 0.2]]).unwrap_err();
    assert_eq!(e.problems[0].path, "draws[0]");
    let bad = vec!["product.value.meen".to_string()];
    let e = posterior_pairs(&a, &b, &bad, &[vec![1.0]]).unwrap_err();
    assert!(
        e.problems[0].path == "product.value.meen" && e.to_string().contains("does not exist"),
        "{e:?}"
    );
    // A value out of range is named with its row.
    let sd = vec!["product.value.sd".to_string()];
    let e = posterior_pairs(&a, &b, &sd, &[vec![1.0], vec![-1.0]]).unwrap_err();
    assert!(
        e.problems[0].path.starts_with("draws[1].product.value.sd"),
        "{e:?}"
    );
}

#[test]
fn a_sure_looking_verdict_can_hinge_on_the_effect_sizes() {
    // One offer screenshot against one feature list: on the same people
    // the lift is about +1.5 points with P(B better) > 99.9%, yet across
    // plausible effect sizes B wins only about three times in four (74% in
    // 100 draws at 10,000 people). With 60 draws the share's binomial
    // standard error is about 0.06, so 0.45 to 0.97 is a wide margin on
    // both sides of a verdict that is neither sure nor a coin flip.
    let mut a = preset("game-character-art");
    a.users = 5_000;
    a.product.screenshots = vec!["offer".into()];
    let mut b = a.clone();
    b.product.screenshots = vec!["features".into()];
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let c = compare(&a, &b, &options).unwrap().comparison;
    assert!(c.p_b_better > 0.99, "{c:?}");
    let r = screenshot_robustness(&a, &b, 60, 5_000).unwrap().unwrap();
    assert!(r.b_wins_share > 0.45 && r.b_wins_share < 0.97, "{r:?}");
    assert!(r.lift_ci95[0] < 0.0 && r.lift_ci95[1] > 0.0, "{r:?}");
}

/// A calibrated A (its `calibration.posterior` fits the gameplay effect):
/// the verdict varies the posterior rows and the prior of the effects not
/// fitted, says so in `covers`, and a fitted gameplay effect that is large
/// in every row makes B win in every draw; with the rows all tiny, B's
/// advantage from gameplay shrinks.
#[test]
fn a_calibrated_posterior_joins_the_effect_prior() {
    use worthit_engine::calibrate::{CalibrationBlock, Observation, Posterior};
    use worthit_engine::robustness::{COVERS_POSTERIOR_AND_EFFECT_PRIOR, verdict_robustness};
    let with_rows = |rows: Vec<Vec<f64>>| {
        let mut a = preset("game-character-art");
        let input = "product.screenshot_effects.gameplay.value".to_string();
        a.calibration = Some(CalibrationBlock {
            fit: vec![input.clone()],
            observed: vec![Observation {
                users: 1000,
                adopters: 100,
                retained: None,
                set: Default::default(),
            }],
            posterior: Some(Posterior {
                inputs: vec![input],
                draws: rows,
            }),
        });
        a
    };
    let b = preset("game-gameplay");
    let big = with_rows(vec![vec![2.5], vec![2.6], vec![2.7]]);
    let (r, shares) = verdict_robustness(&big, &b, 30, 3_000).unwrap().unwrap();
    assert_eq!(r.covers, COVERS_POSTERIOR_AND_EFFECT_PRIOR);
    assert_eq!((r.draws, shares.len()), (30, 30));
    assert_eq!(r.b_wins_share, 1.0, "{r:?}");
    let small = with_rows(vec![vec![0.0]]);
    let (s, _) = verdict_robustness(&small, &b, 30, 3_000).unwrap().unwrap();
    assert!(s.lift_median < r.lift_median, "{s:?} vs {r:?}");
    // The same call gives the same answer.
    assert_eq!(
        verdict_robustness(&big, &b, 30, 3_000).unwrap().unwrap().0,
        r
    );
    // Without a posterior it is the effect prior alone.
    let plain = preset("game-character-art");
    let (p, _) = verdict_robustness(&plain, &b, 10, 2_000).unwrap().unwrap();
    assert_eq!(p.covers, COVERS_EFFECT_PRIOR);
}

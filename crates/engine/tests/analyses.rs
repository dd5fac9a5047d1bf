//! Barriers, what-if sensitivity, histogram, segments, claims and
//! screenshots: each checked against a number known in advance.

mod common;

use common::{example, opts};
use serde_json::json;
use worthit_engine::stats::normal_cdf;
use worthit_engine::*;

fn scenario(v: serde_json::Value) -> Scenario {
    serde_json::from_value(v).expect("test scenario parses")
}

/// 3.29 standard errors of a share: α = 0.001 two-sided (see closed_form.rs).
fn close(observed: f64, expected: f64, n: f64) -> bool {
    (observed - expected).abs() <= 3.29 * (expected * (1.0 - expected) / n).sqrt()
}

/// V ~ N(2, 1), time fixed 1.5, trust fixed 1.0, threshold: adopt iff
/// V > 2.5. Removing time flips non-adopters with 1.0 < V ≤ 2.5, removing
/// trust those with 1.5 < V ≤ 2.5.
#[test]
fn decisive_barriers_match_closed_form() {
    let n = 100_000;
    let s = scenario(json!({
        "schema": 1, "seed": 21, "users": n,
        "product": { "value": { "dist": "normal", "mean": 2.0, "sd": 1.0 },
                     "costs": { "time": { "dist": "fixed", "value": 1.5 },
                                "trust": { "dist": "fixed", "value": 1.0 },
                                "money": { "dist": "fixed", "value": 0.0 } } },
        "decision": { "rule": "threshold" }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    assert!(close(r.adoption.share, normal_cdf(-0.5), n as f64));
    // Zero costs get no row; rows come in component order.
    let names: Vec<&str> = r.barriers.iter().map(|b| b.cost.as_str()).collect();
    assert_eq!(names, ["time", "trust"]);
    let non = n as f64 * normal_cdf(0.5);
    let time = (normal_cdf(0.5) - normal_cdf(-1.0)) / normal_cdf(0.5);
    let trust = (normal_cdf(0.5) - normal_cdf(-0.5)) / normal_cdf(0.5);
    assert!(
        close(r.barriers[0].decisive_share, time, non),
        "{:?}",
        r.barriers[0]
    );
    assert!(
        close(r.barriers[1].decisive_share, trust, non),
        "{:?}",
        r.barriers[1]
    );
    assert_eq!(r.barriers[0].mean_adopters, 1.5);
    assert_eq!(r.barriers[0].mean_non_adopters, 1.5);
}

/// A cost that varies across people is lower, on average, among adopters.
#[test]
fn adopters_have_lower_costs() {
    let r = run(&example(), &opts(false, 65_536)).unwrap();
    assert!(!r.barriers.is_empty());
    for b in &r.barriers {
        assert!(b.mean_adopters < b.mean_non_adopters, "{b:?}");
        assert!((0.0..=1.0).contains(&b.decisive_share));
    }
}

/// Every what-if row equals a separate run of the scenario with that input
/// moved by the row's step: same people, so the adopters agree exactly.
#[test]
fn sensitivity_rows_equal_rerun_with_the_step() {
    let mut base = example();
    base.users = 20_000;
    base.product.claim = Some(6.5);
    base.product.costs.money = Some(Dist::Uniform { min: 0.0, max: 1.0 });
    let r = run(&base, &opts(true, 65_536)).unwrap();
    let inputs: Vec<&str> = r.sensitivity.iter().map(|s| s.input.as_str()).collect();
    for must in [
        "product.value.mean",
        "product.value.sd",
        "product.costs.trust.mean",
        "product.costs.money.sd",
        "product.claim",
        "product.credibility",
        "segments[1].skepticism",
        "segments[0].screenshots_viewed",
        "alternatives[0].value.mean",
    ] {
        assert!(inputs.contains(&must), "missing what-if {must}: {inputs:?}");
    }
    // Sorted by |change|, largest first.
    assert!(
        r.sensitivity
            .windows(2)
            .all(|w| w[0].change.abs() >= w[1].change.abs())
    );
    for row in &r.sensitivity {
        let moved = apply_step(&base, &row.input, row.step);
        let rerun = run(&moved, &opts(false, 65_536)).unwrap();
        assert_eq!(
            rerun.adoption.share, row.adoption_share,
            "{}: what-if {} vs rerun {}",
            row.input, row.adoption_share, rerun.adoption.share
        );
        assert_eq!(row.change, row.adoption_share - r.adoption.share);
    }
}

/// The scenario with one input moved, the way docs/model.md describes steps.
fn apply_step(s: &Scenario, input: &str, step: f64) -> Scenario {
    use worthit_engine::dist::{dist_sd, scale_sd, shift_mean};
    let mut s = s.clone();
    let mean = |d: &mut Dist| *d = shift_mean(d, step);
    let sd = |d: &mut Dist| {
        let f = 1.0 + step / dist_sd(d);
        *d = scale_sd(d, f);
    };
    let parts: Vec<&str> = input.split('.').collect();
    match parts.as_slice() {
        ["product", "value", "mean"] => mean(&mut s.product.value),
        ["product", "value", "sd"] => sd(&mut s.product.value),
        ["product", "costs", k, which] => {
            let kind = CostKind::ALL.into_iter().find(|c| c.name() == *k).unwrap();
            let d = s.product.costs.slot_mut(kind).as_mut().unwrap();
            if *which == "mean" { mean(d) } else { sd(d) }
        }
        ["product", "claim"] => s.product.claim = s.product.claim.map(|c| c + step),
        ["product", "credibility"] => s.product.credibility += step,
        [seg, field] if seg.starts_with("segments[") => {
            let i: usize = seg[9..seg.len() - 1].parse().unwrap();
            match *field {
                "skepticism" => s.segments[i].skepticism += step,
                "screenshots_viewed" => s.segments[i].screenshots_viewed += step,
                other => panic!("unknown field {other}"),
            }
        }
        [alt, "value", "mean"] if alt.starts_with("alternatives[") => {
            let j: usize = alt[13..alt.len() - 1].parse().unwrap();
            mean(&mut s.alternatives[j].value)
        }
        other => panic!("unknown input {other:?}"),
    }
    s
}

#[test]
fn sensitivity_directions_and_steps() {
    let s = common::basic(20_000, 4);
    let r = run(&s, &opts(true, 65_536)).unwrap();
    for row in &r.sensitivity {
        if row.input.starts_with("product.costs.") && row.input.ends_with(".mean") {
            assert!(row.step < 0.0 && row.change >= 0.0, "{row:?}");
        }
    }
    let v = r
        .sensitivity
        .iter()
        .find(|x| x.input == "product.value.mean")
        .unwrap();
    assert!((v.step - 0.5).abs() < 1e-12 && v.change > 0.0);
    let t = r
        .sensitivity
        .iter()
        .find(|x| x.input == "product.costs.trust.mean")
        .unwrap();
    assert!((t.step + 0.08).abs() < 1e-12);
    // Off means no rows and the same adoption.
    let off = run(&s, &opts(false, 65_536)).unwrap();
    assert!(off.sensitivity.is_empty());
    assert_eq!(off.adoption, r.adoption);
}

#[test]
fn histogram_and_totals_are_consistent() {
    for s in [example(), common::basic(30_000, 9)] {
        let r = run(&s, &opts(false, 65_536)).unwrap();
        let h = &r.net_value.histogram;
        assert_eq!(h.edges.len(), h.counts.len() + 1);
        assert_eq!(h.adopter_counts.len(), h.counts.len());
        assert!(h.counts.len() <= 100 && h.counts.len() >= 10);
        assert!(h.edges.windows(2).all(|w| w[1] > w[0]));
        assert_eq!(h.counts.iter().sum::<u64>(), r.users);
        assert_eq!(h.adopter_counts.iter().sum::<u64>(), r.adoption.adopters);
        assert!(h.counts.iter().zip(&h.adopter_counts).all(|(c, a)| a <= c));
        let choice_total: f64 = r.choices.iter().map(|c| c.share).sum();
        assert!((choice_total - 1.0).abs() < 1e-12);
        assert_eq!(r.choices.last().unwrap().option, "none");
        assert_eq!(r.segments.iter().map(|s| s.users).sum::<u64>(), r.users);
        let [lo, hi] = r.adoption.ci95;
        assert!(lo < r.adoption.share && r.adoption.share < hi);
    }
}

/// Under threshold and beat_alternatives nobody with net value ≤ 0 adopts,
/// so every adopter sits in a bin that reaches above 0.
#[test]
fn adopters_have_positive_net_value() {
    let r = run(&example(), &opts(false, 65_536)).unwrap();
    let h = &r.net_value.histogram;
    for (i, a) in h.adopter_counts.iter().enumerate() {
        if *a > 0 {
            assert!(h.edges[i + 1] > 0.0);
        }
    }
}

#[test]
fn segment_shares_are_normalised() {
    let a = example();
    let mut b = a.clone();
    b.segments[0].share = 7.0;
    b.segments[1].share = 3.0;
    assert_eq!(
        run(&a, &opts(true, 65_536)).unwrap(),
        run(&b, &opts(true, 65_536)).unwrap()
    );
    let r = run(&a, &opts(false, 65_536)).unwrap();
    assert!(close(
        r.segments[0].users as f64 / r.users as f64,
        0.7,
        r.users as f64
    ));
    // A zero-share segment gets nobody.
    let mut c = a.clone();
    c.segments[1].share = 0.0;
    let r = run(&c, &opts(false, 65_536)).unwrap();
    assert_eq!(r.segments[1].users, 0);
    assert_eq!(r.segments[1].adoption_share, 0.0);
}

/// Over-claiming: a modest claim helps, an extreme one hurts (the inverted
/// U), for a skeptical audience and a finance-like product.
#[test]
fn claim_curve_is_an_inverted_u() {
    let adoption = |claim: Option<f64>| {
        let s = scenario(json!({
            "schema": 1, "seed": 8, "users": 30_000,
            "product": { "value": { "dist": "normal", "mean": 3.0, "sd": 1.0 },
                         "claim": claim, "credibility": 2.0,
                         "costs": { "trust": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                                    "safety": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 } } },
            "segments": [ { "name": "Savers", "share": 1.0, "skepticism": 0.5 } ],
            "decision": { "rule": "threshold" }
        }));
        run(&s, &opts(false, 65_536)).unwrap().adoption.share
    };
    let none = adoption(None);
    // Net mean effect (1 − s)e − s e²/credibility = 0.5e − 0.25e² with
    // skepticism 0.5: largest at excess e = 1, zero at e = 2.
    let modest = adoption(Some(4.0));
    let loud = adoption(Some(4.5));
    let extreme = adoption(Some(9.0));
    assert!(modest > loud && loud > none, "{none} {modest} {loud}");
    assert!(extreme < none, "extreme {extreme} vs none {none}");
    // A claim at or below the mean changes nothing.
    assert_eq!(adoption(Some(2.0)), none);
}

/// Gameplay and progression screenshots beat character art against a
/// strong alternative; nobody who views 0 screenshots is affected.
#[test]
fn screenshots_of_play_beat_character_art() {
    let mut chars = example();
    chars.product.screenshots = vec![
        "characters".into(),
        "characters".into(),
        "characters".into(),
    ];
    let mut play = chars.clone();
    play.product.screenshots = vec!["gameplay".into(), "progression".into(), "characters".into()];
    let c = compare::compare(&chars, &play, &opts(false, 65_536)).unwrap();
    assert!(
        c.comparison.lift > 0.0 && c.comparison.ci95[0] > 0.0,
        "{:?}",
        c.comparison
    );
    assert!(c.comparison.p_b_better > 0.999);
    // Nobody views anything: screenshots do nothing at all.
    let mut blind_a = chars.clone();
    let mut blind_b = play.clone();
    for s in blind_a
        .segments
        .iter_mut()
        .chain(blind_b.segments.iter_mut())
    {
        s.screenshots_viewed = 0.0;
    }
    let c = compare::compare(&blind_a, &blind_b, &opts(false, 65_536)).unwrap();
    assert_eq!(c.comparison.lift, 0.0);
    // Custom kinds from the scenario's table work; unknown ones are ignored
    // by the simulation (validation reports them).
    let mut custom = chars.clone();
    custom.product.screenshots = vec!["trailer".into()];
    custom.product.screenshot_effects.insert(
        "trailer".into(),
        ScreenshotEffect {
            value: 3.0,
            clarity: 0.5,
            trust: -0.5,
        },
    );
    let r = run(&custom, &opts(false, 65_536)).unwrap();
    assert!(r.adoption.share > run(&chars, &opts(false, 65_536)).unwrap().adoption.share);
}

#[test]
fn builtin_screenshot_table_is_complete() {
    let table = builtin_screenshot_effects();
    assert_eq!(table.len(), BUILTIN_SCREENSHOT_KINDS.len());
    for ((kind, e), name) in table.iter().zip(BUILTIN_SCREENSHOT_KINDS) {
        assert_eq!(*kind, name);
        assert!(e.clarity > 0.0);
    }
    assert_eq!(
        BUILTIN_SCREENSHOT_KINDS,
        worthit_engine::validate::BUILTIN_SCREENSHOT_KINDS
    );
    let get = |k: &str| table.iter().find(|(n, _)| *n == k).unwrap().1;
    // Character art raises value little and leaves it vague; play and
    // progression raise and sharpen it.
    assert!(get("characters").value < get("gameplay").value / 2.0);
    assert!(get("characters").clarity >= 1.0);
    assert!(get("gameplay").clarity < 1.0 && get("progression").clarity < 1.0);
}

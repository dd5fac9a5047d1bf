//! The screenshot lab: which screenshot next, the claim curve, and the
//! comparison document with its paths. Each test checks a number or a path
//! that would change if the feature broke.

use serde_json::{Value, json};
use worthit_engine::compare::compare;
use worthit_engine::lab::*;
use worthit_engine::*;

fn preset(id: &str) -> Scenario {
    presets::get(id).expect("bundled preset").scenario()
}

fn no_sensitivity() -> RunOptions {
    RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    }
}

/// The game preset's character-art strip with every character shot
/// replaced, alternately, by gameplay and progression.
fn gameplay_instead_of_characters(a: &Scenario) -> Scenario {
    let mut b = a.clone();
    let mut next = ["gameplay", "progression"].iter().cycle();
    for s in &mut b.product.screenshots {
        if s == "characters" {
            *s = next.next().unwrap().to_string();
        }
    }
    b
}

#[test]
fn gameplay_and_progression_beat_character_art() {
    let a = preset("game-character-art");
    let b = gameplay_instead_of_characters(&a);
    assert_eq!(
        b.product.screenshots,
        [
            "gameplay",
            "progression",
            "gameplay",
            "progression",
            "gameplay"
        ]
    );
    let doc = ComparisonDoc::new(a, b);
    let c = doc.compare(&no_sensitivity()).expect("valid comparison");
    let k = &c.comparison;
    assert!(k.lift > 0.0, "lift {}", k.lift);
    assert!(
        k.ci95[0] > 0.0 && k.ci95[0] < k.lift && k.lift < k.ci95[1],
        "{k:?}"
    );
    assert!(k.p_b_better > 0.999);
    assert!((k.lift - (c.b.adoption.share - c.a.adoption.share)).abs() < 1e-12);
}

#[test]
fn screenshot_next_ranks_play_above_art() {
    let s = preset("game-character-art");
    let options = screenshot_next(&s, &LabOptions::default()).expect("valid");
    // 7 kinds × 6 positions, less the strips that repeat another.
    assert_eq!(options.len(), 37);
    assert!(
        options.windows(2).all(|w| w[0].lift >= w[1].lift),
        "ranked by lift"
    );
    let best_of = |kind: &str| {
        options
            .iter()
            .find(|o| o.kind == kind)
            .unwrap_or_else(|| panic!("{kind} evaluated"))
    };
    let top = &options[0];
    assert!(
        top.kind == "gameplay" || top.kind == "progression",
        "top: {top:?}"
    );
    // The first screenshots are seen most, so the best place is up front.
    assert_eq!(top.position, 0);
    assert!(top.ci95[0] > 0.0 && top.p_better > 0.999);
    let chars = best_of("characters");
    assert!(best_of("gameplay").lift > chars.lift);
    assert!(best_of("progression").lift > chars.lift);
    // More character art up front pushes better shots out of view.
    let art_first = options
        .iter()
        .find(|o| o.kind == "characters" && o.position == 0)
        .unwrap();
    assert!(art_first.ci95[1] < 0.0, "{art_first:?}");

    // Each row is exactly the comparison of that strip with the current
    // one on the same capped population.
    let mut a = s.clone();
    a.users = DEFAULT_LAB_USERS;
    let mut b = a.clone();
    b.product.screenshots.insert(top.position, top.kind.clone());
    let c = compare(&a, &b, &no_sensitivity()).unwrap();
    assert_eq!(c.comparison.lift, top.lift);
    assert_eq!(c.comparison.ci95, top.ci95);
    assert_eq!(c.b.adoption.share, top.adoption_share);
}

#[test]
fn screenshot_next_steps_caps_and_stops_at_ten() {
    let mut s = preset("game-gameplay");
    s.users = 500;
    let mut run = NextScreenshotRun::new(&s, &LabOptions { max_users: 20_000 }).unwrap();
    // A scenario smaller than the cap is evaluated at its own size.
    assert_eq!(run.users(), 500);
    let total = run.total();
    let mut steps = 0;
    while !run.step() {
        steps += 1;
        assert_eq!(run.done(), steps);
    }
    assert_eq!(run.done(), total);
    // A step per candidate, then one per plausible draw.
    assert_eq!(run.finish().len(), total - RANK_DRAWS);

    s.product.screenshots = vec!["gameplay".to_string(); 10];
    assert!(
        screenshot_next(&s, &LabOptions::default())
            .unwrap()
            .is_empty()
    );

    // An invalid scenario is an error, never a panic.
    s.users = 0;
    let err = screenshot_next(&s, &LabOptions::default()).unwrap_err();
    assert!(err.at("users").is_some(), "{err}");
}

#[test]
fn custom_kinds_are_candidates() {
    let mut s = preset("game-gameplay");
    s.product.screenshot_effects.insert(
        "trailer".into(),
        ScreenshotEffect {
            value: 3.0,
            clarity: 0.5,
            trust: -0.5,
        },
    );
    assert_eq!(
        candidate_kinds(&s).last().map(String::as_str),
        Some("trailer")
    );
    let options = screenshot_next(&s, &LabOptions { max_users: 5_000 }).unwrap();
    assert_eq!(options[0].kind, "trailer");
}

#[test]
fn finance_claim_curve_peaks_inside_the_range() {
    let s = preset("finance-extreme-claim");
    let curve = claim_curve(&s, &LabOptions::default(), 25).expect("valid");
    let first = curve.points.first().unwrap();
    let last = curve.points.last().unwrap();
    assert_eq!(curve.points.len(), 25);
    assert_eq!(curve.users, DEFAULT_LAB_USERS);
    // The range: from the mean (4) to mean + 4 sd (10).
    assert_eq!((first.claim, last.claim), (4.0, 10.0));
    assert_eq!(claim_range(&s), (4.0, 10.0));
    // The inverted U: the best claim is strictly inside, above both ends.
    assert!(first.claim < curve.best.claim && curve.best.claim < last.claim);
    assert!(curve.best.adoption_share > first.adoption_share + 0.01);
    assert!(last.adoption_share < curve.best.adoption_share - 0.05);
    // A claim equal to the mean is no claim, on the same people exactly.
    assert_eq!(curve.no_claim_share, first.adoption_share);
    // The preset's own claim (9) is over the top.
    let current = curve.current.expect("the preset has a claim");
    assert_eq!(current.claim, 9.0);
    assert!(current.adoption_share < curve.best.adoption_share);
    // The best point is the maximum, and it is what a run at that claim
    // gives.
    assert!(
        curve
            .points
            .iter()
            .all(|p| p.adoption_share <= curve.best.adoption_share)
    );
    let mut at_best = s.clone();
    at_best.users = DEFAULT_LAB_USERS;
    at_best.product.claim = Some(curve.best.claim);
    let r = run(&at_best, &no_sensitivity()).unwrap();
    assert_eq!(r.adoption.share, curve.best.adoption_share);
    assert_eq!(r.adoption.ci95, curve.best.ci95);
}

#[test]
fn claim_curve_works_for_any_scenario() {
    // No claim, a fixed value (sd 0 → range mean..mean + 4) and few people.
    let mut s = preset("content-account");
    s.product.claim = None;
    s.product.value = Dist::Fixed { value: 2.0 };
    s.users = 300;
    let mut run = ClaimCurveRun::new(&s, &LabOptions::default(), 1).unwrap();
    assert_eq!(run.total(), 4, "at least 3 points plus the baseline step");
    while !run.step() {}
    let curve = run.finish();
    assert_eq!(curve.points.len(), 3);
    assert_eq!(
        curve.points.iter().map(|p| p.claim).collect::<Vec<_>>(),
        [2.0, 4.0, 6.0]
    );
    assert!(curve.current.is_none());
    assert_eq!(curve.users, 300);
    // A claim above the usual range widens it.
    s.product.claim = Some(20.0);
    assert_eq!(claim_range(&s), (2.0, 20.0));
}

fn doc_json() -> Value {
    let a: Value =
        serde_json::from_str(presets::get("game-character-art").unwrap().json()).unwrap();
    let b: Value = serde_json::from_str(presets::get("game-gameplay").unwrap().json()).unwrap();
    json!({ "kind": "worthit-comparison", "schema": 1, "a": a, "b": b })
}

fn paths(json: &Value) -> Vec<String> {
    parse_comparison(&json.to_string())
        .unwrap_err()
        .problems
        .into_iter()
        .map(|p| p.path)
        .collect()
}

#[test]
fn comparison_document_round_trips() {
    let doc = ComparisonDoc::new(preset("game-character-art"), preset("game-gameplay"));
    let text = doc.to_json();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["kind"], "worthit-comparison");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["b"]["product"]["screenshots"][0], "gameplay");
    assert_eq!(parse_comparison(&text).unwrap(), doc);
    // A hand-written document with omitted defaults reads too.
    assert_eq!(parse_comparison(&doc_json().to_string()).unwrap(), doc);
    let one = ComparisonDoc::from_one(preset("game-gameplay"));
    assert_eq!(one.a, one.b);
    assert!(diff_paths(&one.a, &one.b).is_empty());
}

#[test]
fn comparison_errors_name_their_paths() {
    let mut v = doc_json();
    v["b"]["segments"][0]["share"] = json!(-0.5);
    v["a"]["product"]["value"]["sd"] = json!(-1.0);
    assert_eq!(paths(&v), ["a.product.value.sd", "b.segments[0].share"]);

    let mut v = doc_json();
    v["b"]["product"]["value"]["mean"] = json!(1e9);
    let err = parse_comparison(&v.to_string()).unwrap_err();
    assert_eq!(err.problems[0].path, "b.product.value.mean");
    assert!(
        err.to_string().starts_with("b.product.value.mean: "),
        "{err}"
    );

    let mut v = doc_json();
    v["b"]["segments"][0]["share"] = json!("most");
    let err = parse_comparison(&v.to_string()).unwrap_err();
    assert_eq!(err.problems[0].path, "b.segments[0].share");
    assert!(
        err.problems[0].message().contains("expected a number"),
        "{err}"
    );

    let mut v = doc_json();
    v["b"]["product"]["colour"] = json!("red");
    assert_eq!(paths(&v), ["b.product.colour"]);

    let mut v = doc_json();
    v["note"] = json!("x");
    assert_eq!(paths(&v), ["note"]);

    let mut v = doc_json();
    v.as_object_mut().unwrap().remove("b");
    assert_eq!(paths(&v), ["b"]);

    let mut v = doc_json();
    v["kind"] = json!("worthit-scenario");
    assert_eq!(paths(&v), ["kind"]);

    let mut v = doc_json();
    v["schema"] = json!(2);
    v["a"]["schema"] = json!(3);
    assert_eq!(paths(&v), ["schema", "a.schema"]);

    // A scenario where a comparison was expected says so.
    let err = parse_comparison(presets::default_preset().json()).unwrap_err();
    assert_eq!(err.problems[0].path, "kind");
    assert!(
        err.problems[0].message().contains("looks like a scenario"),
        "{err}"
    );

    let err = parse_comparison("{\"kind\": ").unwrap_err();
    assert!(
        err.problems[0].message().starts_with("line 1, column"),
        "{err}"
    );
    let err = parse_comparison("[]").unwrap_err();
    assert_eq!(err.problems[0].path, "");
}

#[test]
fn comparison_runs_b_on_a_s_people() {
    let mut doc = ComparisonDoc::from_one(preset("game-gameplay"));
    doc.a.users = 3_000;
    doc.b.users = 50;
    doc.b.seed = 12345;
    let c = doc.compare(&no_sensitivity()).unwrap();
    assert_eq!(c.b.users, 3_000);
    assert_eq!(c.comparison.lift, 0.0);
}

#[test]
fn diff_paths_finds_exactly_the_edits() {
    let a = preset("game-character-art");
    assert!(diff_paths(&a, &a.clone()).is_empty());
    let mut b = a.clone();
    b.product.value = Dist::Normal { mean: 4.5, sd: 1.5 };
    b.segments[1].weights.time = 0.9;
    b.product.screenshots[0] = "gameplay".into();
    b.product.screenshots.push("progression".into());
    b.product.screenshot_effects.insert(
        "my kind".into(),
        ScreenshotEffect {
            value: 1.0,
            clarity: 1.0,
            trust: 0.0,
        },
    );
    b.decision = Decision::Logit { temperature: 1.0 };
    assert_eq!(
        diff_paths(&a, &b),
        [
            "decision.rule",
            "decision.temperature",
            "product.screenshots[0]",
            "product.screenshots[5]",
            "product.value.mean",
            "product.screenshot_effects",
            "segments[1].weights.time",
        ]
    );
    // With an effects table on both sides, the new key itself is named.
    let mut c = b.clone();
    c.product.screenshot_effects.clear();
    c.product.screenshot_effects.insert(
        "other".into(),
        ScreenshotEffect {
            value: 1.0,
            clarity: 1.0,
            trust: 0.0,
        },
    );
    assert_eq!(
        diff_paths(&b, &c),
        [
            "product.screenshot_effects[\"my kind\"]",
            "product.screenshot_effects.other"
        ]
    );
    // A distribution of another kind: the tag and each differing field.
    let mut d = a.clone();
    d.product.value = Dist::Lognormal { mean: 4.0, sd: 1.5 };
    assert_eq!(diff_paths(&a, &d), ["product.value.dist"]);
}

/// The ranking over plausible effect sizes (`lab::plausible`): every draw
/// has exactly one best candidate, and a kind of the scenario's own whose
/// effect dwarfs every built-in one (which the ±50% prior varies, while
/// the scenario's own effects stay fixed) is best in every draw.
#[test]
fn the_ranking_says_how_often_the_top_stays_top() {
    let mut v: Value = serde_json::from_str(presets::get("game-character-art").unwrap().json())
        .expect("preset is JSON");
    v["users"] = json!(4000);
    v["product"]["screenshot_effects"] =
        json!({ "amazing": { "value": 6.0, "clarity": 1.0, "trust": 0.0 } });
    v["product"]["screenshots"] = json!(["characters", "gameplay"]);
    let s = parse_scenario(&v.to_string()).unwrap();
    let mut run = NextScreenshotRun::new(&s, &LabOptions::default()).unwrap();
    let total = run.total();
    let mut steps = 1;
    while !run.step() {
        steps += 1;
    }
    // One step per candidate, then one per draw.
    assert_eq!(steps, total);
    assert_eq!(run.done(), total);
    let options = run.finish();
    assert_eq!(total, options.len() + RANK_DRAWS);
    let best: f64 = options
        .iter()
        .map(|o| o.plausible.as_ref().expect("plausible draws").best_share)
        .sum();
    assert!((best - 1.0).abs() < 1e-12, "{best}");
    for o in &options {
        let p = o.plausible.as_ref().unwrap();
        assert_eq!(p.draws, RANK_DRAWS);
        assert_eq!(p.covers, "effect_prior_and_monte_carlo");
        assert!(p.lift_ci95[0] <= p.lift_ci95[1] && p.share_ci95[0] <= p.share_ci95[1]);
    }
    let amazing: f64 = options
        .iter()
        .filter(|o| o.kind == "amazing")
        .map(|o| o.plausible.as_ref().unwrap().best_share)
        .sum();
    assert_eq!(amazing, 1.0);
    assert_eq!(options[0].kind, "amazing");
    // The same answer in one call, and in JSON the field is additive.
    assert_eq!(
        screenshot_next(&s, &LabOptions::default()).unwrap(),
        options
    );
    let json = serde_json::to_value(&options[0]).unwrap();
    assert!(json["plausible"]["best_share"].is_number());

    // A calibrated scenario draws from its posterior instead.
    let mut c = v.clone();
    c["calibration"] = json!({
        "fit": ["product.value.mean"],
        "observed": [{ "users": 1000, "adopters": 300, "set": {} }],
        "posterior": { "inputs": ["product.value.mean"], "draws": [[3.5], [4.0], [4.5]] }
    });
    let c = parse_scenario(&c.to_string()).unwrap();
    let options = screenshot_next(&c, &LabOptions::default()).unwrap();
    let p = options[0].plausible.as_ref().unwrap();
    assert_eq!(p.covers, "parameters_and_monte_carlo");
}

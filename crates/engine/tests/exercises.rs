//! Every bundled preset ships a worked exercise. For each one: the goal is
//! not met as shipped, it is met after the solution documented in
//! `docs/exercises.md`, and that solution changes only what the exercise
//! leaves editable. Plus the exercise block's parsing and validation rules,
//! each checked by the JSON path it reports.

use serde_json::{Value, json};
use worthit_engine::exercise::{self, CONTROL_PATHS, check};
use worthit_engine::{
    Dist, GoalOp, Metric, RunOptions, Scenario, ScenarioError, parse_scenario, presets, run,
};

/// Sets the mean of a cost or value, keeping its shape and spread: what a
/// student does with the page's "Mean" box.
fn set_mean(d: &mut Option<Dist>, mean: f64) {
    match d {
        Some(Dist::Lognormal { mean: m, .. }) | Some(Dist::Normal { mean: m, .. }) => *m = mean,
        Some(Dist::Fixed { value }) => *value = mean,
        other => panic!("unexpected distribution {other:?}"),
    }
}

/// The documented solution of each preset's exercise (keep in step with
/// the table in `docs/exercises.md`).
fn solve(id: &str, s: &mut Scenario) {
    let costs = &mut s.product.costs;
    match id {
        "game-character-art" => {
            s.product.screenshots = [
                "gameplay",
                "progression",
                "characters",
                "characters",
                "characters",
            ]
            .map(String::from)
            .to_vec();
        }
        "game-gameplay" | "game-launch-year" => {
            set_mean(&mut costs.time, 0.6);
            set_mean(&mut costs.learning, 0.4);
        }
        "finance-modest-claim" => {
            set_mean(&mut costs.trust, 0.6);
            set_mean(&mut costs.safety, 0.5);
        }
        "finance-extreme-claim" => s.product.claim = Some(5.0),
        "content-account" => {
            set_mean(&mut costs.time, 0.8);
            set_mean(&mut costs.emotional, 0.4);
        }
        "paid-tool-vs-free-leader" => set_mean(&mut costs.money, 0.5),
        "game-installs-vs-users-art" => {
            s.product.screenshots = ["gameplay", "progression", "gameplay", "social_proof"]
                .map(String::from)
                .to_vec();
        }
        "game-installs-vs-users-gameplay" => set_mean(&mut costs.time, 0.6),
        "finance-claim-installs-vs-users" => s.product.claim = Some(4.25),
        other => panic!(
            "preset {other} has no documented solution: add one here and in docs/exercises.md"
        ),
    }
}

fn results(s: &Scenario) -> worthit_engine::Results {
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    run(s, &options).unwrap()
}

#[test]
fn every_preset_exercise_is_unmet_as_shipped_and_met_by_its_solution() {
    for preset in presets::all() {
        let start = preset.scenario();
        let ex = start
            .exercise
            .clone()
            .unwrap_or_else(|| panic!("{} has no exercise", preset.id));
        assert!(
            !ex.instructions.is_empty(),
            "{}: no instructions",
            preset.id
        );
        assert!(ex.hint.is_some(), "{}: no hint", preset.id);

        let before = check(&ex, &results(&start));
        assert!(
            !before.met,
            "{}: met before any change: {before:?}",
            preset.id
        );

        let mut answer = start.clone();
        solve(preset.id, &mut answer);
        assert_eq!(
            ex.edits_outside(&start, &answer),
            Vec::<String>::new(),
            "{}: the solution changes locked inputs",
            preset.id
        );
        assert!(
            !exercise::changed_paths(&start, &answer).is_empty(),
            "{}: the solution changes nothing",
            preset.id
        );
        let after = check(&ex, &results(&answer));
        assert!(
            after.met,
            "{}: solution misses the goal: {after:?}",
            preset.id
        );
        // Margins: a goal met or missed by a hair would flip with any
        // change to the simulation's random streams.
        assert!(
            (before.current - before.target).abs() > 0.03
                && (after.current - after.target).abs() > 0.03,
            "{}: too close to the target: {before:?} → {after:?}",
            preset.id
        );
        println!(
            "{:<26} {:>6.2}% → {:>6.2}% (target {:.0}%)",
            preset.id,
            before.current * 100.0,
            after.current * 100.0,
            ex.goal.target * 100.0
        );
    }
}

/// The lesson of the launch-year exercise: reach alone cannot do it. With
/// everyone aware from the first week, the strongest word of mouth and
/// social proof, and ten years, adoption stays below the goal.
#[test]
fn reach_alone_does_not_solve_the_launch_year_exercise() {
    let mut s = presets::get("game-launch-year").unwrap().scenario();
    let ex = s.exercise.clone().unwrap();
    let d = s.diffusion.as_mut().unwrap();
    d.p = 1.0;
    d.q = 1.0;
    d.social_proof = 1.0;
    d.periods = 520;
    let start = presets::get("game-launch-year").unwrap().scenario();
    assert!(ex.edits_outside(&start, &s).is_empty());
    let status = check(&ex, &results(&s));
    assert!(!status.met, "{status:?}");
}

/// The exercise block never changes the numbers.
#[test]
fn the_exercise_block_does_not_change_results() {
    for preset in presets::all() {
        let with = preset.scenario();
        let mut without = with.clone();
        without.exercise = None;
        let (a, b) = (results(&with), results(&without));
        assert_eq!(a.adoption, b.adoption, "{}", preset.id);
        assert_eq!(a.segments, b.segments, "{}", preset.id);
    }
}

/// Each exercise locks the controls it does not open, and opens at least
/// one control the page's editor has.
#[test]
fn preset_exercises_lock_everything_they_do_not_open() {
    for preset in presets::all() {
        let ex = preset.scenario().exercise.unwrap();
        let locked = ex.locked_paths();
        for path in ["seed", "users", "exercise"] {
            assert!(
                locked.iter().any(|l| l == path),
                "{}: {path} open",
                preset.id
            );
        }
        for open in &ex.editable {
            assert!(CONTROL_PATHS.contains(&open.as_str()), "{}", preset.id);
            assert!(
                !locked.iter().any(|l| exercise::path_is_under(open, l)),
                "{}: {open} is locked",
                preset.id
            );
        }
    }
}

#[test]
fn edits_outside_names_each_locked_change() {
    let start = presets::get("game-gameplay").unwrap().scenario();
    let ex = start.exercise.clone().unwrap();
    let mut s = start.clone();
    set_mean(&mut s.product.costs.trust, 0.1);
    s.seed = 99;
    s.segments[1].share = 0.5;
    s.exercise.as_mut().unwrap().goal.target = 0.1;
    assert_eq!(
        ex.edits_outside(&start, &s),
        ["exercise.goal.target", "seed", "segments[1].share"]
    );
}

/// A small valid scenario carrying an exercise.
fn base() -> Value {
    json!({
        "schema": 1,
        "product": { "value": { "dist": "normal", "mean": 2.0, "sd": 1.0 } },
        "segments": [ { "name": "A", "share": 1.0 }, { "name": "B", "share": 1.0 } ],
        "exercise": {
            "title": "Reach 40%",
            "instructions": "Lower the costs.",
            "goal": { "metric": "adoption_share", "op": ">=", "target": 0.4 },
            "editable": ["product.costs"],
            "hint": "Money."
        }
    })
}

fn parse(edit: impl FnOnce(&mut Value)) -> Result<Scenario, ScenarioError> {
    let mut v = base();
    edit(&mut v);
    parse_scenario(&v.to_string())
}

/// The edit is rejected with exactly one problem at `path` mentioning
/// `expected`.
fn rejects_at(path: &str, expected: &str, edit: impl FnOnce(&mut Value)) {
    let err = parse(edit).expect_err("expected the scenario to be rejected");
    assert_eq!(err.problems.len(), 1, "{err}");
    assert_eq!(err.problems[0].path, path, "{err}");
    assert!(err.problems[0].message().contains(expected), "{err}");
}

#[test]
fn a_valid_exercise_round_trips_and_old_scenarios_have_none() {
    let s = parse(|_| {}).unwrap();
    let ex = s.exercise.as_ref().unwrap();
    assert_eq!(ex.goal.metric, Metric::AdoptionShare);
    assert_eq!(ex.goal.op, GoalOp::AtLeast);
    let again = parse_scenario(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(again, s);

    let plain = parse(|v| {
        v.as_object_mut().unwrap().remove("exercise");
    })
    .unwrap();
    assert!(plain.exercise.is_none());
    // Absent stays absent when written: old scenarios are unchanged.
    assert!(!serde_json::to_string(&plain).unwrap().contains("exercise"));
}

#[test]
fn words_and_defaults_are_accepted() {
    let s = parse(|v| {
        let ex = &mut v["exercise"];
        ex["goal"] =
            json!({ "metric": "segment_adoption", "segment": "B", "op": "at_most", "target": 0 });
        ex.as_object_mut().unwrap().remove("hint");
        ex.as_object_mut().unwrap().remove("instructions");
    })
    .unwrap();
    let ex = s.exercise.unwrap();
    assert_eq!(ex.goal.op, GoalOp::AtMost);
    assert_eq!(ex.goal.segment.as_deref(), Some("B"));
    assert_eq!(ex.hint, None);
    let s = parse(|v| {
        v["exercise"]["goal"].as_object_mut().unwrap().remove("op");
    })
    .unwrap();
    assert_eq!(s.exercise.unwrap().goal.op, GoalOp::AtLeast);
    // Without segments, the one default segment is "Everyone".
    parse(|v| {
        v.as_object_mut().unwrap().remove("segments");
        v["exercise"]["goal"] =
            json!({ "metric": "segment_adoption", "segment": "Everyone", "target": 0.5 });
    })
    .unwrap();
}

#[test]
fn each_rule_reports_its_path() {
    rejects_at("exercise.title", "must not be empty", |v| {
        v["exercise"]["title"] = json!("  ")
    });
    rejects_at("exercise.title", "at most 200", |v| {
        v["exercise"]["title"] = json!("x".repeat(201))
    });
    rejects_at("exercise.hint", "at most 4000", |v| {
        v["exercise"]["hint"] = json!("x".repeat(4001))
    });
    rejects_at("exercise.instructions", "at most 4000", |v| {
        v["exercise"]["instructions"] = json!("x".repeat(4001))
    });
    rejects_at("exercise.goal.target", "between 0 and 1", |v| {
        v["exercise"]["goal"]["target"] = json!(40)
    });
    rejects_at("exercise.goal.target", "between 0 and 1", |v| {
        v["exercise"]["goal"]["target"] = json!(-0.1)
    });
    rejects_at("exercise.goal.segment", "needs the name", |v| {
        v["exercise"]["goal"]["metric"] = json!("segment_adoption")
    });
    rejects_at("exercise.goal.segment", "no segment is named \"C\"", |v| {
        v["exercise"]["goal"] =
            json!({ "metric": "segment_adoption", "segment": "C", "target": 0.5 })
    });
    rejects_at("exercise.goal.segment", "only used with", |v| {
        v["exercise"]["goal"]["segment"] = json!("A")
    });
    rejects_at("exercise.editable", "at least one", |v| {
        v["exercise"]["editable"] = json!([])
    });
    rejects_at("exercise.editable", "at most 32", |v| {
        v["exercise"]["editable"] = json!(vec!["seed"; 33])
    });
    rejects_at(
        "exercise.editable[1]",
        "unknown input \"product.cost\"",
        |v| v["exercise"]["editable"] = json!(["seed", "product.cost"]),
    );
    rejects_at("exercise.editable[0]", "cannot be editable", |v| {
        v["exercise"]["editable"] = json!(["exercise"])
    });
}

#[test]
fn unknown_metric_op_and_fields_are_structural_errors() {
    for (edit, path) in [
        (
            json!({ "metric": "revenue", "target": 0.5 }),
            "exercise.goal.metric",
        ),
        (
            json!({ "metric": "adoption_share", "op": ">", "target": 0.5 }),
            "exercise.goal.op",
        ),
        (
            json!({ "metric": "adoption_share", "target": 0.5, "extra": 1 }),
            "exercise.goal",
        ),
    ] {
        let err = parse(|v| v["exercise"]["goal"] = edit).unwrap_err();
        assert!(err.problems[0].path.starts_with(path), "{path}: got {err}");
    }
    let err = parse(|v| {
        v["exercise"].as_object_mut().unwrap().remove("title");
    })
    .unwrap_err();
    assert!(err.to_string().contains("title"), "{err}");
}

#[test]
fn a_predict_block_round_trips_and_is_checked_by_path() {
    let s = parse(|v| {
        v["exercise"]["predict"] = json!({ "metric": "adoption_share", "tolerance": 0.1 })
    })
    .unwrap();
    let p = s.exercise.as_ref().unwrap().predict.clone().unwrap();
    assert_eq!(p.metric, worthit_engine::PredictMetric::AdoptionShare);
    assert_eq!(p.tolerance(), 0.1);
    let again = parse_scenario(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(again, s);
    for metric in ["lift", "winner"] {
        let s = parse(|v| v["exercise"]["predict"] = json!({ "metric": metric })).unwrap();
        assert_eq!(s.exercise.unwrap().predict.unwrap().metric.as_str(), metric);
    }
    // Without a predict block nothing is written: old exercises unchanged.
    let plain = parse(|_| {}).unwrap();
    assert!(!serde_json::to_string(&plain).unwrap().contains("predict"));

    rejects_at("exercise.predict.tolerance", "above 0 and at most 1", |v| {
        v["exercise"]["predict"] = json!({ "metric": "lift", "tolerance": 20 })
    });
    rejects_at("exercise.predict.tolerance", "right or wrong", |v| {
        v["exercise"]["predict"] = json!({ "metric": "winner", "tolerance": 0.1 })
    });
    for (edit, path) in [
        (json!({ "metric": "revenue" }), "exercise.predict.metric"),
        (json!({ "metric": "lift", "extra": 1 }), "exercise.predict"),
        (json!({}), "exercise.predict"),
    ] {
        let err = parse(|v| v["exercise"]["predict"] = edit).unwrap_err();
        assert!(err.problems[0].path.starts_with(path), "{path}: got {err}");
    }
}

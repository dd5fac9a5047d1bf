//! Grounding in data on the page (`src/data/`, `src/lab/effects.rs`,
//! `src/lab/caveat.rs`): the worker's calibration and solve answers as the
//! cards read them (in WebAssembly, where the page computes), the
//! verdict's robustness arriving after it, and the effects editor's edits.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen_test::*;
use worthit_app::agent::FromWorker;
use worthit_app::data::answer::SolveAnswer;
use worthit_app::lab::caveat::default_kinds;
use worthit_app::lab::effects::{Field, with_effect};
use worthit_app::lab::jobs::{Answer, JobAction, JobState, JobStatus};
use worthit_engine::calibrate::{CalibrateOptions, calibrate};
use worthit_engine::{Scenario, presets};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn job(actions: Vec<JobAction>) -> JobState {
    let mut state = Rc::new(JobState::default());
    for action in actions {
        state = state.reduce(action);
    }
    (*state).clone()
}

fn game() -> Scenario {
    presets::get("game-character-art").unwrap().scenario()
}

#[wasm_bindgen_test]
fn a_calibration_reply_is_the_engines_calibration() {
    // A small fit, so the test is quick: 20,000 simulated people a value.
    let mut s = game();
    s.exercise = None;
    s.calibration = serde_json::from_value(serde_json::json!({
        "fit": ["product.value.mean"],
        "observed": [{ "users": 1000, "adopters": 250, "set": {} }]
    }))
    .unwrap();
    let fit = calibrate(&s, &CalibrateOptions::default()).unwrap();
    let text = serde_json::to_string(&fit).unwrap();
    let state = job(vec![
        JobAction::Sent(1),
        JobAction::Reply(FromWorker::Calibrated {
            id: 1,
            calibration: text,
        }),
    ]);
    assert_eq!(state.status, JobStatus::Done);
    match state.answer {
        Some((1, Answer::Calibrated(c))) => assert_eq!(*c, fit),
        other => panic!("not a calibration: {other:?}"),
    }
    // The calibrated scenario is valid as it is: it can become the page's.
    assert!(worthit_engine::validate::validate(&fit.scenario).is_ok());
}

#[wasm_bindgen_test]
fn a_solve_reply_is_a_solution_or_out_of_reach() {
    let s = game();
    let solution = worthit_engine::solve::solve(&s, "product.value.mean", 0.4);
    let answer = SolveAnswer::from_engine(solution.clone()).unwrap();
    let state = job(vec![
        JobAction::Sent(1),
        JobAction::Reply(FromWorker::Solved {
            id: 1,
            solve: serde_json::to_string(&answer).unwrap(),
        }),
    ]);
    match state.answer {
        Some((1, Answer::Solved(a))) => match &*a {
            SolveAnswer::Solved(x) => assert_eq!(*x, solution.unwrap()),
            other => panic!("not solved: {other:?}"),
        },
        other => panic!("no answer: {other:?}"),
    }
    let none = worthit_engine::solve::solve(&s, "product.costs.time.mean", 0.99);
    assert!(matches!(
        SolveAnswer::from_engine(none),
        Ok(SolveAnswer::Unreachable { .. })
    ));
    // A path that is no input is a refusal, named.
    let bad = SolveAnswer::from_engine(worthit_engine::solve::solve(&s, "product.nosuch", 0.4));
    assert!(
        bad.unwrap_err()
            .iter()
            .any(|p| p.to_string().contains("product.nosuch"))
    );
}

#[wasm_bindgen_test]
fn the_verdicts_robustness_replaces_the_verdict_of_the_same_question() {
    let a = game();
    let mut b = a.clone();
    b.product.screenshots = vec!["gameplay".into(), "gameplay".into()];
    let options = worthit_engine::RunOptions {
        sensitivity: false,
        ..Default::default()
    };
    let mut small = a.clone();
    small.users = 2_000;
    let mut results = worthit_engine::compare::compare(&small, &b, &options).unwrap();
    let first = serde_json::to_string(&results).unwrap();
    results.comparison.robustness =
        worthit_engine::robustness::screenshot_robustness(&small, &b, 10, 500).unwrap();
    assert!(results.comparison.robustness.is_some());
    let second = serde_json::to_string(&results).unwrap();
    let state = job(vec![
        JobAction::Sent(1),
        JobAction::Reply(FromWorker::Compared {
            id: 1,
            results: first,
        }),
        JobAction::Reply(FromWorker::Compared {
            id: 1,
            results: second,
        }),
    ]);
    match state.answer {
        Some((1, Answer::Compared(r))) => assert!(r.comparison.robustness.is_some()),
        other => panic!("no comparison: {other:?}"),
    }
    assert_eq!(state.status, JobStatus::Done);
}

#[wasm_bindgen_test]
fn the_effects_editor_writes_an_override_and_resets_it() {
    let s = game();
    let kind = "gameplay";
    let builtin =
        worthit_engine::screenshots::screenshot_effect(kind, &Default::default()).unwrap();
    // Clarity shows as the change in sharpness, in percent.
    assert!((Field::Clarity.shown(&builtin) - (1.0 - builtin.clarity) * 100.0).abs() < 1e-12);
    let e = Field::Value.apply(builtin, 1.7).unwrap();
    assert_eq!(e.value, 1.7);
    assert_eq!((e.clarity, e.trust), (builtin.clarity, builtin.trust));
    let e = Field::Clarity.apply(builtin, 30.0).unwrap();
    assert!((e.clarity - 0.7).abs() < 1e-12);
    // A change of 100% or more would make clarity zero or negative.
    assert_eq!(Field::Clarity.apply(builtin, 100.0), None);
    assert_eq!(Field::Value.apply(builtin, f64::NAN), None);

    let edited = with_effect(&s, kind, Some(e));
    assert_eq!(edited.product.screenshot_effects[kind], e);
    assert!(worthit_engine::validate::validate(&edited).is_ok());
    // Edited kinds leave the caveat; the rest stay.
    assert!(default_kinds(&s, &s).contains(&kind.to_string()));
    assert!(!default_kinds(&edited, &edited).contains(&kind.to_string()));
    let back = with_effect(&edited, kind, None);
    assert_eq!(back, s);
}

//! The page's predict step (src/exercise/predict.rs) and what it adds to
//! the host message and the xAPI statement, in Chromium. The scoring rule
//! itself is tested natively in `crates/engine/src/predict.rs`; the whole
//! step end to end in `tests/e2e/predict.test.mjs`.

use serde_json::json;
use wasm_bindgen_test::*;
use worthit_app::embed::messages::{self, Outcome};
use worthit_app::embed::xapi::{self, About};
use worthit_app::exercise::predict::{
    Guess, Scored, announcement, parse_percent, report, reveal, reveal_compare, spec,
};
use worthit_engine::predict::Variant;
use worthit_engine::{Predict, PredictMetric, RunOptions, presets, run};
use worthit_page_core::predict::Asked;

const ASKED: Option<Asked> = Some(Asked::Default);

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn estimates_are_read_as_percentages() {
    assert_eq!(parse_percent("45"), Some(0.45));
    assert_eq!(parse_percent(" 45,5 "), Some(0.455));
    assert_eq!(parse_percent("0"), Some(0.0));
    assert_eq!(parse_percent("100"), Some(1.0));
    for bad in ["", "abc", "-1", "100.1", "NaN", "inf"] {
        assert_eq!(parse_percent(bad), None, "{bad}");
    }
}

#[wasm_bindgen_test]
fn the_link_or_the_exercise_asks_and_only_for_a_share_in_single_mode() {
    let mut scenario = presets::get("game-gameplay").unwrap().scenario();
    assert!(spec(&scenario, None, false).is_none());
    assert_eq!(
        spec(&scenario, ASKED, false),
        Some(Predict::of(PredictMetric::AdoptionShare))
    );
    let exercise = scenario.exercise.as_mut().unwrap();
    exercise.predict = Some(Predict {
        metric: PredictMetric::AdoptionShare,
        tolerance: Some(0.1),
    });
    assert_eq!(spec(&scenario, None, false).unwrap().tolerance(), 0.1);
    // A compare-mode metric gives way to the share on the single page, and
    // the share to the lift in compare mode.
    scenario.exercise.as_mut().unwrap().predict = Some(Predict::of(PredictMetric::Lift));
    assert_eq!(
        spec(&scenario, None, false),
        Some(Predict::of(PredictMetric::AdoptionShare))
    );
    assert_eq!(
        spec(&scenario, None, true),
        Some(Predict::of(PredictMetric::Lift))
    );
}

#[wasm_bindgen_test]
fn compare_mode_scores_the_lift_and_the_winner_and_says_so() {
    let mut a = presets::get("game-character-art").unwrap().scenario();
    a.users = 2_000;
    let mut b = presets::get("game-gameplay").unwrap().scenario();
    b.users = a.users;
    b.seed = a.seed;
    let compared = worthit_engine::compare::compare(&a, &b, &RunOptions::default()).unwrap();
    let k = &compared.comparison;
    let lift = Predict::of(PredictMetric::Lift);
    let Some(Scored::Number(score)) = reveal_compare(&lift, Guess::Number(0.03), &compared) else {
        panic!("a lift is a number");
    };
    assert_eq!((score.actual, score.ci95), (k.lift, k.ci95));
    assert_eq!(report(&lift, &Scored::Number(score))["metric"], "lift");
    let tr = worthit_app::i18n::translator(worthit_i18n::Lang::En);
    let said = announcement(&tr, &lift, &Scored::Number(score));
    assert!(said.starts_with("B's lift over A came out at "), "{said}");
    assert!(said.contains("You predicted +3.0 points"), "{said}");

    let winner = Predict::of(PredictMetric::Winner);
    let scored = reveal_compare(&winner, Guess::Winner(Variant::B), &compared).unwrap();
    let right = k.lift > 0.0;
    assert_eq!(scored.score(), if right { 1.0 } else { 0.0 });
    let said = announcement(&tr, &winner, &scored);
    assert!(said.contains("You predicted B"), "{said}");
    assert_eq!(report(&winner, &scored)["predicted"], "b");
    // A guess of the wrong kind is not scored, and compare mode's metrics
    // are not scored against single results.
    assert!(reveal_compare(&winner, Guess::Number(0.1), &compared).is_none());
    assert!(reveal(&lift, Guess::Number(0.1), &compared.a).is_none());
}

#[wasm_bindgen_test]
fn the_outcome_reaches_the_message_and_the_statement() {
    let mut scenario = presets::get("game-gameplay").unwrap().scenario();
    scenario.users = 2_000;
    let results = run(&scenario, &RunOptions::default()).unwrap();
    let p = Predict::of(PredictMetric::AdoptionShare);
    let Some(scored @ Scored::Number(score)) = reveal(&p, Guess::Number(0.5), &results) else {
        panic!("a share is a number");
    };
    assert_eq!(score.actual, results.adoption.share);
    let prediction = report(&p, &scored);
    assert_eq!(prediction["metric"], "adoption_share");
    assert_eq!(prediction["predicted"], 0.5);
    assert_eq!(prediction["tolerance"], 0.2);

    let outcome = Outcome::of(&scenario, &results, Some(prediction.clone()));
    let exercise = outcome.exercise.clone().unwrap();
    assert_eq!(exercise["goal_met"], false);
    assert_eq!(exercise["target"], 0.75);
    assert_eq!(exercise["current"], results.adoption.share);

    let message = messages::with_outcome(messages::result(&results, json!({})), &outcome);
    assert_eq!(message["prediction"], prediction);
    assert_eq!(message["exercise"], exercise);
    // Without an outcome the message is as before.
    let plain = messages::with_outcome(messages::result(&results, json!({})), &Outcome::default());
    assert!(plain.get("prediction").is_none() && plain.get("exercise").is_none());

    let statement = xapi::with_outcome(
        xapi::statement(
            &results,
            About {
                scenario: &scenario,
                activity_id: "https://example.org/worthit/#s=abc",
                lang: "en",
                timestamp: "2026-11-22T00:00:00.000Z",
            },
        ),
        &outcome,
    );
    let result = &statement["result"];
    assert_eq!(result["success"], false);
    assert_eq!(
        result["extensions"]["urn:worthit:xapi:prediction"],
        prediction
    );
    assert_eq!(
        result["extensions"]["urn:worthit:xapi:prediction-score"],
        prediction["score"]
    );
    assert_eq!(result["extensions"]["urn:worthit:xapi:exercise"], exercise);
    // The simulation's outcome stays the statement's score.
    assert_eq!(result["score"]["scaled"], results.adoption.share);
}

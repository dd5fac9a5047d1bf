//! An xAPI-shaped statement about a finished run, sent with every
//! `worthit:result` so that an LMS wrapper can forward it to its Learning
//! Record Store with no knowledge of worthit's results format.
//!
//! The statement reads "(someone) experienced (this scenario of the
//! worthit simulation), and adoption came out at (share)". It has no
//! `actor`: worthit does not know who is using it, and the wrapper, which
//! does, adds it (xAPI requires one before the statement is stored). No
//! `id` or `stored` either: the LRS assigns those.
//!
//! - `verb`: ADL's `experienced`.
//! - `object`: an Activity whose id is the scenario's share link (so two
//!   learners who ran the same scenario name the same activity), of type
//!   ADL's `simulation`, named by the scenario's title.
//! - `result.score.scaled`: the adoption share (0–1); `raw`, `min`, `max`:
//!   adopters out of users.
//! - `result.extensions` and `context.extensions`: IRIs under
//!   [`EXTENSION_BASE`] (listed in `docs/embedding.md`).

use serde_json::{Map, Value, json};
use worthit_engine::{Results, Scenario};

/// ADL's verb for "the learner went through this experience".
pub const VERB_EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
/// ADL's activity type for a simulation.
pub const ACTIVITY_SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
/// The prefix of worthit's extension keys. A URN needs no server to stay
/// valid, and xAPI accepts any IRI as an extension key.
pub const EXTENSION_BASE: &str = "urn:worthit:xapi:";

/// What the statement is built from, besides the results.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    pub scenario: &'a Scenario,
    /// The activity's IRI: the scenario's share link.
    pub activity_id: &'a str,
    /// The page's language (BCP 47), for the language maps and `context`.
    pub lang: &'a str,
    /// When the run finished, ISO 8601 (`Date.prototype.toISOString`).
    pub timestamp: &'a str,
}

/// The statement for `results`.
pub fn statement(results: &Results, about: About<'_>) -> Value {
    let users = results.users.max(1);
    let ext = |name: &str| format!("{EXTENSION_BASE}{name}");
    let mut result_extensions = Map::new();
    result_extensions.insert(ext("adoption-share"), json!(results.adoption.share));
    result_extensions.insert(ext("adoption-ci95"), json!(results.adoption.ci95));
    result_extensions.insert(ext("adopters"), json!(results.adoption.adopters));
    result_extensions.insert(ext("users"), json!(results.users));
    if let Some(top) = results
        .barriers
        .iter()
        .max_by(|a, b| a.decisive_share.total_cmp(&b.decisive_share))
    {
        result_extensions.insert(ext("top-barrier"), json!(top.cost));
    }
    experienced(
        &about,
        "worthit simulation",
        json!({
            "scaled": results.adoption.share.clamp(0.0, 1.0),
            "raw": results.adoption.adopters.min(users),
            "min": 0,
            "max": users,
        }),
        result_extensions,
        (results.seed, results.schema),
    )
}

/// "(someone) experienced (this activity)": the statement both
/// [`statement`] and [`comparison_statement`] make, with their own object
/// description (`what: product name`), score and result extensions, and
/// the run's seed and results schema in the context.
fn experienced(
    about: &About<'_>,
    what: &str,
    score: Value,
    result_extensions: Map<String, Value>,
    (seed, schema): (u64, u32),
) -> Value {
    let ext = |name: &str| format!("{EXTENSION_BASE}{name}");
    let mut context_extensions = Map::new();
    context_extensions.insert(ext("seed"), json!(seed));
    context_extensions.insert(ext("schema"), json!(schema));
    json!({
        "verb": {
            "id": VERB_EXPERIENCED,
            "display": { "en-US": "experienced" },
        },
        "object": {
            "objectType": "Activity",
            "id": about.activity_id,
            "definition": {
                "type": ACTIVITY_SIMULATION,
                "name": { (about.lang): about.scenario.title },
                // Machine-facing, like the verb's display: always English.
                "description": {
                    "en-US": format!("{what}: {}", about.scenario.product.name),
                },
            },
        },
        "result": {
            "score": score,
            "completion": true,
            "extensions": result_extensions,
        },
        "context": {
            "platform": "worthit",
            "language": about.lang,
            "extensions": context_extensions,
        },
        "timestamp": about.timestamp,
    })
}

/// The statement about a comparison (compare mode's `worthit:comparison`):
/// "(someone) experienced (this A vs. B comparison), and B's lift over A
/// came out at (points)". The object's id is the comparison's link, named
/// by A's title; `result.score.scaled` is the lift (B − A, a share
/// difference, so within xAPI's −1…1) with no `raw`, since a lift counts
/// no people; the extensions carry both shares, the lift's 95% interval
/// and P(B > A).
pub fn comparison_statement(results: &worthit_engine::CompareResults, about: About<'_>) -> Value {
    let ext = |name: &str| format!("{EXTENSION_BASE}{name}");
    let k = &results.comparison;
    let mut result_extensions = Map::new();
    result_extensions.insert(ext("adoption-share-a"), json!(results.a.adoption.share));
    result_extensions.insert(ext("adoption-share-b"), json!(results.b.adoption.share));
    result_extensions.insert(ext("lift"), json!(k.lift));
    result_extensions.insert(ext("lift-ci95"), json!(k.ci95));
    result_extensions.insert(ext("p-b-better"), json!(k.p_b_better));
    result_extensions.insert(ext("users"), json!(results.a.users));
    experienced(
        &about,
        "worthit A vs. B comparison",
        json!({ "scaled": k.lift.clamp(-1.0, 1.0) }),
        result_extensions,
        (results.a.seed, results.a.schema),
    )
}

/// The statement with what the student did (issue 16): with an exercise,
/// `result.success` is whether its goal is met and
/// `result.extensions[urn:worthit:xapi:exercise]` the goal and the number
/// reached; with a revealed prediction, `…:prediction` is the scored
/// prediction (`docs/embedding.md`) and `…:prediction-score` its score
/// (0–1). `result.score` stays the simulation's outcome.
pub fn with_outcome(mut statement: Value, outcome: &super::messages::Outcome) -> Value {
    let ext = |name: &str| format!("{EXTENSION_BASE}{name}");
    let Some(result) = statement.get_mut("result").and_then(Value::as_object_mut) else {
        return statement;
    };
    if let Some(met) = outcome
        .exercise
        .as_ref()
        .and_then(|e| e.get("goal_met"))
        .and_then(Value::as_bool)
    {
        result.insert("success".into(), json!(met));
    }
    if let Some(Value::Object(extensions)) = result.get_mut("extensions") {
        if let Some(e) = &outcome.exercise {
            extensions.insert(ext("exercise"), e.clone());
        }
        if let Some(p) = &outcome.prediction {
            extensions.insert(ext("prediction"), p.clone());
            if let Some(score) = p.get("score") {
                extensions.insert(ext("prediction-score"), score.clone());
            }
        }
    }
    statement
}

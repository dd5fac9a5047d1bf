//! Each validation rule, checked by the exact JSON path it reports. The
//! scenarios start from a small valid document and change one thing, so a
//! test fails if a rule stops firing or starts firing on the wrong path.

use serde_json::{Value, json};
use worthit_engine::{ScenarioError, parse_scenario};

/// A minimal valid scenario using every block.
fn base() -> Value {
    json!({
        "schema": 1,
        "title": "t",
        "seed": 1,
        "users": 1000,
        "product": {
            "name": "P",
            "value": { "dist": "normal", "mean": 5.0, "sd": 1.0 },
            "claim": 6.0,
            "costs": {
                "money": { "dist": "fixed", "value": 1.0 },
                "time": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                "learning": { "dist": "uniform", "min": 0.0, "max": 2.0 },
                "trust": { "dist": "triangular", "min": 0.0, "mode": 0.5, "max": 2.0 },
                "safety": { "dist": "normal", "mean": 0.5, "sd": 0.2 }
            },
            "screenshots": ["gameplay", "custom"],
            "screenshot_effects": { "custom": { "value": 0.5, "clarity": 0.8, "trust": -0.1 } }
        },
        "alternatives": [
            { "name": "A", "value": { "dist": "normal", "mean": 4.0, "sd": 1.0 } }
        ],
        "segments": [
            { "name": "S0", "share": 0.5, "weights": { "value": 1.0, "time": 2.0 },
              "skepticism": 0.5, "screenshots_viewed": 3.0 },
            { "name": "S1", "share": 0.5 }
        ],
        "decision": { "rule": "logit", "temperature": 1.0 },
        "diffusion": { "periods": 52, "p": 0.03, "q": 0.38, "social_proof": 0.1 }
    })
}

/// Parses `base()` after `edit`, expecting failure; returns the error.
fn fails(edit: impl FnOnce(&mut Value)) -> ScenarioError {
    let mut v = base();
    edit(&mut v);
    parse_scenario(&v.to_string()).expect_err("expected the scenario to be rejected")
}

/// Asserts that the edit is rejected with exactly one problem at `path`
/// whose message contains `expected`.
fn rejects_at(path: &str, expected: &str, edit: impl FnOnce(&mut Value)) {
    let err = fails(edit);
    assert_eq!(
        err.problems.len(),
        1,
        "expected one problem at {path}, got: {err}"
    );
    assert_eq!(err.problems[0].path, path, "wrong path in: {err}");
    assert!(
        err.problems[0].message().contains(expected),
        "message {:?} should contain {expected:?}",
        err.problems[0].message()
    );
}

#[test]
fn base_is_valid() {
    let s = parse_scenario(&base().to_string()).expect("base scenario must be valid");
    assert_eq!(s.users, 1000);
}

#[test]
fn schema_version() {
    rejects_at("schema", "unsupported scenario format version 2", |v| {
        v["schema"] = json!(2)
    });
    rejects_at("schema", "missing", |v| {
        v.as_object_mut().unwrap().remove("schema");
    });
    rejects_at("schema", "expected the format version number 1", |v| {
        v["schema"] = json!("1")
    });
}

#[test]
fn future_version_is_reported_before_unknown_fields() {
    // A version-2 document with a field v1 lacks gets the version message
    // alone, not a confusing "unknown field".
    rejects_at("schema", "reads version 1", |v| {
        v["schema"] = json!(2);
        v["brand_new_block"] = json!({});
    });
}

#[test]
fn users_range() {
    rejects_at("users", "between 1 and 100000000", |v| {
        v["users"] = json!(0)
    });
    rejects_at("users", "between 1 and 100000000", |v| {
        v["users"] = json!(100_000_001u64)
    });
    rejects_at("users", "whole number", |v| v["users"] = json!(-5));
    rejects_at("users", "whole number", |v| v["users"] = json!(2.5));
}

#[test]
fn list_lengths() {
    rejects_at("alternatives", "at most 16", |v| {
        let alt = v["alternatives"][0].clone();
        v["alternatives"] = Value::Array(vec![alt; 17]);
    });
    rejects_at("segments", "at most 16", |v| {
        let seg = v["segments"][1].clone();
        v["segments"] = Value::Array(vec![seg; 17]);
    });
    rejects_at("product.screenshots", "at most 10", |v| {
        v["product"]["screenshots"] = json!(vec!["gameplay"; 11]);
    });
}

#[test]
fn distributions() {
    rejects_at("product.value.sd", "must be ≥ 0", |v| {
        v["product"]["value"]["sd"] = json!(-1.0)
    });
    rejects_at("product.costs.time.mean", "needs mean > 0", |v| {
        v["product"]["costs"]["time"] = json!({"dist": "lognormal", "mean": 0.0, "sd": 1.0})
    });
    rejects_at("product.costs.time.mean", "never negative", |v| {
        v["product"]["costs"]["time"] = json!({"dist": "lognormal", "mean": -1.0, "sd": 0.0})
    });
    rejects_at(
        "product.costs.time.sd",
        "too large relative to the mean",
        |v| {
            v["product"]["costs"]["time"] =
                json!({"dist": "lognormal", "mean": 1e-200, "sd": 1e-40})
        },
    );
    rejects_at("product.costs.learning.max", "must be ≥ min", |v| {
        v["product"]["costs"]["learning"] = json!({"dist": "uniform", "min": 3.0, "max": 2.0})
    });
    rejects_at("product.costs.trust.mode", "must be ≥ min", |v| {
        v["product"]["costs"]["trust"]["mode"] = json!(-1.0)
    });
    rejects_at("product.costs.trust.max", "must be ≥ mode", |v| {
        v["product"]["costs"]["trust"]["max"] = json!(0.1)
    });
    rejects_at(
        "alternatives[0].value.mean",
        "between -1000000 and 1000000",
        |v| v["alternatives"][0]["value"]["mean"] = json!(1e300),
    );
}

#[test]
fn a_lognormal_with_zero_sd_may_be_zero() {
    let mut v = base();
    v["product"]["costs"]["time"] = json!({"dist": "lognormal", "mean": 0.0, "sd": 0.0});
    parse_scenario(&v.to_string()).expect("lognormal 0 with sd 0 is a fixed zero");
}

#[test]
fn values_may_be_negative_but_costs_may_not() {
    let mut v = base();
    v["product"]["value"] = json!({"dist": "uniform", "min": -3.0, "max": -1.0});
    parse_scenario(&v.to_string()).expect("a negative value is allowed");

    rejects_at("product.costs.money.value", "a cost must be ≥ 0", |v| {
        v["product"]["costs"]["money"]["value"] = json!(-1.0)
    });
    rejects_at(
        "product.costs.safety.mean",
        "a cost's mean must be ≥ 0",
        |v| v["product"]["costs"]["safety"]["mean"] = json!(-0.5),
    );
    rejects_at(
        "alternatives[0].costs.time",
        "(min + max) / 2 must be ≥ 0",
        |v| {
            v["alternatives"][0]["costs"] =
                json!({"time": {"dist": "uniform", "min": -3.0, "max": 1.0}})
        },
    );
    rejects_at(
        "product.costs.trust",
        "(min + mode + max) / 3 must be ≥ 0",
        |v| {
            v["product"]["costs"]["trust"] =
                json!({"dist": "triangular", "min": -6.0, "mode": -1.0, "max": 1.0})
        },
    );
}

#[test]
fn segment_rules() {
    rejects_at("segments[1].share", "must be ≥ 0", |v| {
        v["segments"][1]["share"] = json!(-0.2)
    });
    rejects_at("segments", "at least one segment needs a share > 0", |v| {
        v["segments"][0]["share"] = json!(0.0);
        v["segments"][1]["share"] = json!(0.0);
    });
    rejects_at("segments[0].weights.time", "must be ≥ 0", |v| {
        v["segments"][0]["weights"]["time"] = json!(-1.0)
    });
    rejects_at("segments[0].weights.value", "must be ≥ 0", |v| {
        v["segments"][0]["weights"]["value"] = json!(-0.1)
    });
    rejects_at("segments[0].skepticism", "between 0 and 1", |v| {
        v["segments"][0]["skepticism"] = json!(1.5)
    });
    rejects_at("segments[1].screenshots_viewed", "between 0 and 10", |v| {
        v["segments"][1]["screenshots_viewed"] = json!(11.0)
    });
    rejects_at("segments[1].screenshots_viewed", "between 0 and 10", |v| {
        v["segments"][1]["screenshots_viewed"] = json!(-1.0)
    });
}

#[test]
fn shares_need_not_sum_to_one() {
    // Shares are relative sizes, normalised by the engine.
    let mut v = base();
    v["segments"][0]["share"] = json!(7.0);
    v["segments"][1]["share"] = json!(3.0);
    parse_scenario(&v.to_string()).expect("shares are normalised");
}

#[test]
fn product_rules() {
    rejects_at("product.credibility", "must be > 0", |v| {
        v["product"]["credibility"] = json!(0.0)
    });
    rejects_at("product.claim", "between -1000000 and 1000000", |v| {
        v["product"]["claim"] = json!(-1e7)
    });
    rejects_at(
        "product.screenshots[1]",
        "unknown screenshot kind \"selfie\"",
        |v| v["product"]["screenshots"][1] = json!("selfie"),
    );
    rejects_at(
        "product.screenshot_effects.custom.clarity",
        "must be > 0",
        |v| v["product"]["screenshot_effects"]["custom"]["clarity"] = json!(0.0),
    );
    rejects_at(
        r#"product.screenshot_effects["my kind"].clarity"#,
        "must be > 0",
        |v| v["product"]["screenshot_effects"]["my kind"] = json!({"clarity": -1.0}),
    );
}

#[test]
fn every_builtin_kind_is_accepted() {
    let mut v = base();
    v["product"]["screenshots"] = json!(worthit_engine::validate::BUILTIN_SCREENSHOT_KINDS);
    v["product"]["screenshot_effects"] = json!({});
    parse_scenario(&v.to_string()).expect("built-in kinds need no definition");
}

#[test]
fn decision_and_diffusion_rules() {
    rejects_at("decision.temperature", "must be > 0", |v| {
        v["decision"]["temperature"] = json!(0.0)
    });
    rejects_at("diffusion.periods", "between 1 and 520", |v| {
        v["diffusion"]["periods"] = json!(0)
    });
    rejects_at("diffusion.periods", "between 1 and 520", |v| {
        v["diffusion"]["periods"] = json!(521)
    });
    rejects_at("diffusion.p", "between 0 and 1", |v| {
        v["diffusion"]["p"] = json!(1.5)
    });
    rejects_at("diffusion.q", "between 0 and 1", |v| {
        v["diffusion"]["q"] = json!(-0.1)
    });
    rejects_at("diffusion.social_proof", "between 0 and 1", |v| {
        v["diffusion"]["social_proof"] = json!(2.0)
    });
}

#[test]
fn every_problem_is_reported_at_once() {
    let err = fails(|v| {
        v["users"] = json!(0);
        v["segments"][0]["skepticism"] = json!(-1.0);
        v["segments"][1]["share"] = json!(-1.0);
        v["diffusion"]["p"] = json!(3.0);
    });
    let paths: Vec<&str> = err.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "users",
            "segments[0].skepticism",
            "segments[1].share",
            "diffusion.p"
        ]
    );
}

#[test]
fn non_finite_numbers_in_code_built_scenarios_are_rejected() {
    // JSON cannot spell NaN or infinity, but the page builds scenarios in
    // code, so validation must catch them too.
    let mut s = parse_scenario(&base().to_string()).unwrap();
    s.product.credibility = f64::NAN;
    s.segments[0].share = f64::INFINITY;
    let err = worthit_engine::validate::validate(&s).unwrap_err();
    assert_eq!(err.problems[0].path, "product.credibility");
    assert!(err.problems[0].message().contains("finite"));
    assert_eq!(err.problems[1].path, "segments[0].share");
}

#[test]
fn structure_errors_name_the_path() {
    rejects_at("segments[1].share", "expected a number", |v| {
        v["segments"][1]["share"] = json!("half")
    });
    rejects_at("product.colour", "unknown field `colour`", |v| {
        v["product"]["colour"] = json!("red")
    });
    rejects_at("segments[0].weights.speed", "unknown field `speed`", |v| {
        v["segments"][0]["weights"]["speed"] = json!(1.0)
    });
    rejects_at("product.value", "missing: this field is required", |v| {
        v["product"].as_object_mut().unwrap().remove("value");
    });
    rejects_at("product.value.dist", "unknown variant `gamma`", |v| {
        v["product"]["value"] = json!({"dist": "gamma", "shape": 2.0})
    });
    rejects_at(
        "product.value.dist",
        "missing: this field is required (the distribution",
        |v| v["product"]["value"] = json!({"mean": 1.0}),
    );
    rejects_at("decision.rule", "unknown variant `coin_flip`", |v| {
        v["decision"] = json!({"rule": "coin_flip"})
    });
    rejects_at("decision.temperature", "missing", |v| {
        v["decision"] = json!({"rule": "logit"})
    });
    rejects_at("product", "missing", |v| {
        v.as_object_mut().unwrap().remove("product");
    });
    let err = parse_scenario(r#"{"schema": 1, "seed": 1, "seed": 2}"#).unwrap_err();
    assert_eq!(err.problems[0].path, "seed");
    assert!(err.problems[0].message().contains("appears twice"), "{err}");
}

#[test]
fn syntax_errors_give_line_and_column() {
    let err = parse_scenario("{\n  \"schema\": 1,\n  \"users\": 10,,\n}").unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert_eq!(err.problems[0].path, "");
    assert!(
        err.problems[0]
            .message()
            .starts_with("line 3, column 15: JSON syntax error"),
        "{}",
        err.problems[0].message()
    );
}

#[test]
fn non_object_documents_are_explained() {
    let err = parse_scenario("[1, 2]").unwrap_err();
    assert!(err.problems[0].message().contains("expected a JSON object"));
    let err = parse_scenario("").unwrap_err();
    assert!(
        err.problems[0].message().contains("line 1, column 0"),
        "{err}"
    );
}

#[test]
fn numbers_too_large_for_json_are_syntax_errors() {
    let text = base()
        .to_string()
        .replace("\"users\":1000", "\"users\":1e400");
    assert!(text.contains("1e400"));
    let err = parse_scenario(&text).unwrap_err();
    assert!(
        err.problems[0].message().contains("number out of range"),
        "{err}"
    );
}

/// The built-in screenshot table in `docs/scenario-format.md` must show the
/// engine's numbers, and list exactly the kinds validation accepts.
#[test]
fn documented_screenshot_table_matches_the_engine() {
    let doc = include_str!("../../../docs/scenario-format.md");
    let builtin = worthit_engine::builtin_screenshot_effects();
    assert_eq!(
        builtin.map(|(k, _)| k),
        worthit_engine::validate::BUILTIN_SCREENSHOT_KINDS
    );
    for (kind, effect) in builtin {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{kind}` |")))
            .unwrap_or_else(|| panic!("{kind} is not in the documented table"));
        let cells: Vec<f64> = row
            .split('|')
            .skip(2)
            .take(3)
            .map(|c| c.trim().replace('−', "-").replace('+', "").parse().unwrap())
            .collect();
        assert_eq!(
            cells,
            [effect.value, effect.clarity, effect.trust],
            "documented row for {kind}"
        );
    }
}

/// A scenario made in memory (the page's editor with a pasted title) is
/// held to the same size limit as every way in, so the page never writes a
/// link or storage entry it would then refuse.
#[test]
fn a_scenario_over_the_size_limit_is_refused_however_it_was_made() {
    let mut s = worthit_engine::presets::default_preset().scenario();
    s.title = "x".repeat(worthit_engine::input::MAX_INPUT_BYTES);
    let e = worthit_engine::validate::validate(&s).unwrap_err();
    assert!(
        e.problems[0]
            .message()
            .starts_with(worthit_engine::input::TOO_LARGE),
        "{e}"
    );
    s.title = "x".repeat(1000);
    assert!(worthit_engine::validate::validate(&s).is_ok());
}

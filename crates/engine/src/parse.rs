//! JSON text → checked [`Scenario`], with every error located.
//!
//! Three stages, each with its own kind of location:
//! 1. JSON syntax: `line L, column C` of the first syntax error.
//! 2. Structure (types, unknown or missing fields): the JSON path, found
//!    afterwards from serde_json's line and column (module `json_path`),
//!    plus the line and column.
//! 3. Ranges and cross-field rules: [`crate::validate`], every problem with
//!    its JSON path.
//!
//! The format version is checked between 1 and 2, so a document written for
//! a future version gets one clear message instead of a list of unknown
//! fields.

use serde::Deserialize;
use serde_json::Value;

use crate::error::{ProblemKind as K, ScenarioError};
use crate::input::{check_size, kind_of_value, wrong_kind};
use crate::json_path::{Location, Step, byte_offset, format_path, locate};
use crate::problem::{At, Format, JsonType, Syntax};
use crate::scenario::{Decision, Dist, SCHEMA_VERSION, Scenario};
use crate::validate::{key_segment, validate};

/// Reads a scenario from JSON and validates it: `Ok` only for a scenario the
/// simulation accepts.
pub fn parse_scenario(json: &str) -> Result<Scenario, ScenarioError> {
    let scenario = parse_scenario_unvalidated(json)?;
    validate(&scenario)?;
    Ok(scenario)
}

/// Reads a scenario from JSON, checking syntax, the format version and
/// structure but not ranges. For callers that change the scenario before
/// validating it (the command line's `--users` and `--seed`).
pub fn parse_scenario_unvalidated(json: &str) -> Result<Scenario, ScenarioError> {
    check_size(json.len())?;
    let json = strip_bom(json);
    let value: Value = serde_json::from_str(json).map_err(|e| syntax_error(&e))?;
    if let Some(wrong) = wrong_kind(kind_of_value(&value), false) {
        return Err(wrong);
    }
    check_version(&value)?;
    typed(json)
}

/// The text without a leading UTF-8 byte-order mark. Editors on Windows
/// (Notepad, Excel's "UTF-8" export) start files with one; it is not part
/// of the JSON, and browsers drop it when they read a file as text, so the
/// command line and the page accept the same files.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A syntax error (or a document that is not JSON at all), located by line
/// and column.
fn syntax_error(e: &serde_json::Error) -> ScenarioError {
    ScenarioError::single("", syntax_kind(e))
}

/// The kind of a JSON syntax error (or of text that is not JSON at all),
/// for any JSON the page or the command line reads, not only scenarios.
pub fn syntax_kind(e: &serde_json::Error) -> K {
    let detail = Syntax(strip_location(e));
    if e.line() == 0 {
        K::NotJson { detail }
    } else {
        K::JsonSyntax {
            line: e.line() as u64,
            column: e.column() as u64,
            detail,
        }
    }
}

/// The format version must be present and equal to [`SCHEMA_VERSION`].
fn check_version(value: &Value) -> Result<(), ScenarioError> {
    let version = u64::from(SCHEMA_VERSION);
    let Some(object) = value.as_object() else {
        return Err(ScenarioError::single(
            "",
            K::ScenarioNotObject {
                version,
                found: JsonType::of(value),
            },
        ));
    };
    match object.get("schema") {
        None => Err(ScenarioError::single(
            "schema",
            K::VersionMissing {
                version,
                format: Format::Scenario,
            },
        )),
        Some(v) if v.as_u64() == Some(version) => Ok(()),
        Some(Value::Number(n)) if n.as_f64() == Some(f64::from(SCHEMA_VERSION)) => {
            Err(ScenarioError::single(
                "schema",
                K::VersionNotWhole {
                    version,
                    got: n.to_string(),
                },
            ))
        }
        Some(Value::Number(n)) => Err(ScenarioError::single(
            "schema",
            K::VersionUnsupported {
                format: Format::Scenario,
                got: n.to_string(),
                version,
            },
        )),
        Some(other) => Err(ScenarioError::single(
            "schema",
            K::VersionNotNumber {
                version,
                found: JsonType::of(other),
            },
        )),
    }
}

/// serde's message in the words of the scenario format, without the line
/// and column (see [`at`]).
fn structure_message(e: &serde_json::Error) -> String {
    let mut m = strip_location(e);
    // serde names Rust types; a scenario author thinks in JSON values.
    for (rust, plain) in [
        ("expected f64", "expected a number"),
        ("expected u64", "expected a whole number ≥ 0"),
        ("expected u32", "expected a whole number ≥ 0"),
        (
            "expected internally tagged enum Dist",
            "expected a distribution such as {\"dist\": \"normal\", \"mean\": 1.0, \"sd\": 0.5}",
        ),
        (
            "expected internally tagged enum Decision",
            "expected a decision such as {\"rule\": \"beat_alternatives\"}",
        ),
    ] {
        m = m.replace(rust, plain);
    }
    // An unknown field next to a rule without parameters.
    m.replace(
        ", there are no fields",
        " (this rule takes no other fields)",
    )
}

/// Where serde met a structure error (nothing when it does not say).
fn at(e: &serde_json::Error) -> At {
    At {
        line: e.line() as u64,
        column: e.column() as u64,
    }
}

/// serde_json appends " at line L column C" to its messages; the location
/// is reported separately, so drop it from the text.
fn strip_location(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&suffix) {
        Some(t) => t.to_string(),
        None => text,
    }
}

/// Deserializes any serde type with path-located errors; used by formats
/// that wrap scenarios (the page's comparison documents).
pub fn from_json_with_path<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, ScenarioError> {
    check_size(json.len())?;
    let json = strip_bom(json);
    let _: Value = serde_json::from_str(json).map_err(|e| syntax_error(&e))?;
    typed(json)
}

/// The typed pass over text already known to be valid JSON: reading the
/// text again (rather than the parsed value) keeps line and column, from
/// which the path is found on error.
fn typed<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, ScenarioError> {
    let mut de = serde_json::Deserializer::from_str(json);
    T::deserialize(&mut de).map_err(|e| {
        let steps = error_path(json, &e);
        let mut path = format_path(&steps);
        let message = structure_message(&e);
        let at = at(&e);
        if let Some(field) = unknown_field_inside(json, &steps, &message) {
            path.push_str(&key_segment(&field));
        }
        // serde locates a missing or repeated field at the object holding
        // it; naming the field itself in the path points at what to fix.
        let named = |prefix: &str| {
            message
                .strip_prefix(prefix)
                .and_then(|rest| rest.split_once('`'))
                .map(|(field, _)| field.to_string())
        };
        let field_kind = if let Some(field) = named("missing field `") {
            let kind = match field.as_str() {
                "dist" => K::MissingDist { at },
                "rule" => K::MissingRule { at },
                _ => K::MissingField { at },
            };
            Some((field, kind))
        } else {
            named("duplicate field `").map(|field| (field, K::DuplicateField { at }))
        };
        let kind = match field_kind {
            Some((field, kind)) => {
                let segment = key_segment(&field);
                if path.is_empty() {
                    path = segment.trim_start_matches('.').to_string();
                } else {
                    path.push_str(&segment);
                }
                kind
            }
            None => K::from_serde(&message, at),
        };
        ScenarioError::single(path, kind)
    })
}

/// serde reads a distribution or a decision whole before checking its
/// fields, so an unknown field there is located at the distribution or
/// decision rather than at the field. When the located value is an object
/// holding the unknown key, the key is the better address: returns it.
fn unknown_field_inside(json: &str, steps: &[Step], message: &str) -> Option<String> {
    let field = message
        .strip_prefix("unknown field `")?
        .split_once('`')?
        .0
        .to_string();
    if matches!(steps.last(), Some(Step::Key(k)) if *k == field) {
        return None;
    }
    let root: Value = serde_json::from_str(json).ok()?;
    let mut value = &root;
    for step in steps {
        value = match step {
            Step::Key(k) => value.get(k)?,
            Step::Index(i) => value.get(i)?,
        };
    }
    value.as_object()?.contains_key(&field).then_some(field)
}

/// The path of the value a structure error is about, as serde's own
/// tracking (`serde_path_to_error`, formerly used here) names it: where
/// serde_json stood when it raised the error ([`locate`]), corrected for
/// the few errors it raises away from their value.
fn error_path(json: &str, e: &serde_json::Error) -> Vec<Step> {
    if e.line() == 0 {
        return Vec::new();
    }
    let what = strip_location(e);
    let mut consumed = byte_offset(json, e.line(), e.column());
    // Two errors are reported just after the byte serde_json looked at
    // rather than before it: an element too many in a struct written as an
    // array (`"diffusion": [52, 0.03, 0.38, 0, 1]`), which names the
    // struct, and a value that cannot be an enum (`"op": [`, `"op": {}`).
    // The enum's "expected value" also follows a second member in an enum
    // written `{"variant": null, …}`, after the `null`.
    let trailing = what == "trailing characters";
    let expected_value = what == "expected value";
    let peeked = trailing
        || (expected_value
            && consumed.checked_sub(1).is_some_and(|i| {
                matches!(
                    json.as_bytes()[i],
                    b'[' | b'}' | b'-' | b'0'..=b'9' | b't' | b'f' | b'n'
                )
            }));
    if peeked {
        consumed = consumed.saturating_sub(1);
    }
    let Location {
        mut path,
        key,
        closed,
    } = locate(json, consumed);
    if trailing {
        path.pop();
    } else if let Some(key) = key {
        // Just after a key: an unknown field is reported at its key, a
        // repeated field at the object; so is an enum variant written as a
        // key (`"op": {"bogus": null}`), the object being the enum.
        if !(what.starts_with("duplicate field `") || what.starts_with("unknown variant `")) {
            path.push(Step::Key(key));
        }
    } else if what.ends_with("expected unit") || (expected_value && !peeked) {
        // In an enum written `{"variant": null}`: a value other than null,
        // or a second member, is reported at the enum, not at the variant.
        if matches!(path.last(), Some(Step::Key(_))) {
            path.pop();
        }
    } else if let Some(closed) = closed {
        // serde reads a distribution or a decision whole before its fields
        // (it needs the tag first), so serde_json learns of a problem in
        // their fields only once the object (or array) holding one is read,
        // and puts it at the end of that container when the distribution is
        // its last member. Reading the two candidates alone again tells
        // which one raised it.
        let (container, last) = (&json[closed.span], closed.last);
        if !fails_alone_as_tagged(container, &what) {
            if let Some((step, span)) = last {
                if fails_alone_as_tagged(&json[span], &what) {
                    path.push(step);
                }
            }
        }
    }
    path
}

/// Whether `json`, read alone as a distribution or a decision (the
/// internally tagged enums of the formats), fails with serde's message
/// `what`: then it is the value that raised it.
fn fails_alone_as_tagged(json: &str, what: &str) -> bool {
    let same = |e: serde_json::Error| strip_location(&e) == what;
    serde_json::from_str::<Dist>(json).err().is_some_and(same)
        || serde_json::from_str::<Decision>(json)
            .err()
            .is_some_and(same)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_use_brackets_for_indices_and_odd_keys() {
        let err = parse_scenario_unvalidated(
            r#"{"schema":1,"product":{"value":{"dist":"fixed","value":1},
                "screenshot_effects":{"my kind":{"clarity":"x"}}}}"#,
        )
        .unwrap_err();
        assert_eq!(
            err.problems[0].path,
            r#"product.screenshot_effects["my kind"].clarity"#
        );
        assert!(err.problems[0].message().contains("expected a number"));
    }

    /// The path and message of the one problem in `json`.
    fn problem(json: &str) -> (String, String) {
        let err = parse_scenario_unvalidated(json).unwrap_err();
        assert_eq!(err.problems.len(), 1, "{err}");
        let p = err.problems.into_iter().next().unwrap();
        (p.path.clone(), p.message())
    }

    /// A scenario with `rest` added after a minimal product.
    fn with(rest: &str) -> String {
        format!(r#"{{"schema": 1, "product": {{"value": {{"dist": "fixed", "value": 1}}}}{rest}}}"#)
    }

    #[test]
    fn structure_errors_name_the_value_serde_names() {
        for (json, path, message) in [
            (with(r#", "zz": 1"#), "zz", "unknown field `zz`"),
            (
                with(r#", "title": "a", "title": "b""#),
                "title",
                "appears twice",
            ),
            (
                r#"{"schema": 1}"#.to_string(),
                "product",
                "missing: this field is required",
            ),
            // The column counts bytes (157 characters).
            (
                with(
                    r#", "segments": [{"name": "한국어 😀", "share": 1}, {"name": "b", "share": 1, "weights": {"time": []}}]"#,
                ),
                "segments[1].weights.time",
                "invalid type: sequence, expected a number (line 1, column 166)",
            ),
            (
                with(r#", "alternatives": [{"name": "a", "value": {"dist": "bogus"}}]"#),
                "alternatives[0].value.dist",
                "unknown variant `bogus`",
            ),
            (
                with(r#", "segments": [{"name": "a", "share": 1, "skepticism": 0.5, "zz": {}}]"#),
                "segments[0].zz",
                "unknown field `zz`",
            ),
            // A struct may be written as an array of its fields.
            (
                with(r#", "diffusion": [52, 0.03, 0.38, 0, [1]]"#),
                "diffusion",
                "trailing characters",
            ),
            (
                with(r#", "diffusion": [52, 0.03]"#),
                "diffusion",
                "invalid length 2",
            ),
        ] {
            let (got_path, got_message) = problem(&json);
            assert_eq!(got_path, path, "{json}");
            assert!(got_message.contains(message), "{json}: {got_message}");
        }
    }

    /// A distribution's fields are checked after the whole object holding
    /// it is read, which can be well past the distribution.
    #[test]
    fn problems_inside_a_distribution_or_decision_name_it() {
        for (json, path) in [
            (
                r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": "x"}}}"#,
                "product.value",
            ),
            (
                r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": "x"}, "name": "n"}}"#,
                "product.value",
            ),
            (
                r#"{"schema": 1, "product": {"name": "n", "value": {"dist": "normal", "mean": 1} } }"#,
                "product.value.sd",
            ),
            (
                r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": 1}}, "decision": {"rule": "logit"}}"#,
                "decision.temperature",
            ),
            (
                r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": {"dist": "fixed", "value": {}}}, "name": "n"}}"#,
                "product.value",
            ),
            // A missing field of the object itself, not of the distribution.
            (
                r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": 1}}, "alternatives": [{"value": {"dist": "fixed", "value": 1}}]}"#,
                "alternatives[0].name",
            ),
        ] {
            assert_eq!(problem(json).0, path, "{json}");
        }
    }

    /// The goal's `metric` and `op` are plain enums, which serde also reads
    /// from `{"variant": null}`; problems there name the enum.
    #[test]
    fn problems_in_an_enum_name_the_enum() {
        for goal in [
            r#"{"metric": ["adoption_share"], "target": 1}"#,
            r#"{"metric": 5, "target": 1}"#,
            r#"{"metric": {}, "target": 1}"#,
            r#"{"metric": {"bogus": null}, "target": 1}"#,
            r#"{"metric": {"adoption_share": 1}, "target": 1}"#,
            r#"{"metric": {"adoption_share": null, "x": 1}, "target": 1}"#,
        ] {
            let json = with(&format!(
                r#", "exercise": {{"title": "t", "goal": {goal}, "editable": []}}"#
            ));
            assert_eq!(problem(&json).0, "exercise.goal.metric", "{json}");
        }
    }

    /// Every rule rejects fields it does not have, with the field's path:
    /// `threshold` and `beat_alternatives` used to ignore them (serde lets
    /// a unit variant of a tagged enum skip unknown fields).
    #[test]
    fn every_decision_rule_rejects_unknown_fields() {
        for (decision, field) in [
            (r#"{"rule": "threshold", "temperature": 1}"#, "temperature"),
            (
                r#"{"rule": "beat_alternatives", "colour": "red"}"#,
                "colour",
            ),
            (
                r#"{"colour": "red", "rule": "beat_alternatives"}"#,
                "colour",
            ),
            (
                r#"{"rule": "logit", "temperature": 1, "colour": 2}"#,
                "colour",
            ),
        ] {
            for json in [
                with(&format!(r#", "decision": {decision}"#)),
                with(&format!(r#", "decision": {decision}, "title": "t""#)),
            ] {
                let (path, message) = problem(&json);
                assert_eq!(path, format!("decision.{field}"), "{json}");
                assert!(
                    message.contains(&format!("unknown field `{field}`")),
                    "{message}"
                );
            }
        }
        // The rules themselves still read.
        for rule in ["threshold", "beat_alternatives"] {
            let json = with(&format!(r#", "decision": {{"rule": "{rule}"}}"#));
            parse_scenario_unvalidated(&json).unwrap();
        }
    }

    /// A kind written twice in `screenshot_effects` is an error like any
    /// repeated field, not "the last one wins".
    #[test]
    fn repeated_screenshot_effect_kinds_are_rejected() {
        let json = r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": 1},
            "screenshot_effects": {"gameplay": {"value": 1}, "my kind": {}, "gameplay": {"value": 2}}}}"#;
        let (path, message) = problem(json);
        assert_eq!(path, "product.screenshot_effects.gameplay");
        assert!(message.contains("appears twice"), "{message}");
        let ok = r#"{"schema": 1, "product": {"value": {"dist": "fixed", "value": 1},
            "screenshot_effects": {"gameplay": {"value": 1}, "my kind": {}}}}"#;
        let s = parse_scenario_unvalidated(ok).unwrap();
        assert_eq!(s.product.screenshot_effects.len(), 2);
    }

    /// A file saved with a UTF-8 byte-order mark reads like one without.
    #[test]
    fn a_byte_order_mark_is_ignored() {
        let plain = with(r#", "title": "t""#);
        let marked = format!("\u{feff}{plain}");
        assert_eq!(
            parse_scenario_unvalidated(&marked).unwrap(),
            parse_scenario_unvalidated(&plain).unwrap()
        );
        // Errors keep their place relative to the text after the mark.
        let bad = format!("\u{feff}{}", with(r#", "zz": 1"#));
        assert_eq!(problem(&bad).0, "zz");
    }
}

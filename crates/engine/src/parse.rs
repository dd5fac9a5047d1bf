//! JSON text → checked [`Scenario`], with every error located.
//!
//! Three stages, each with its own kind of location:
//! 1. JSON syntax: `line L, column C` of the first syntax error.
//! 2. Structure (types, unknown or missing fields): the JSON path from
//!    `serde_path_to_error`, plus the line and column.
//! 3. Ranges and cross-field rules: [`crate::validate`], every problem with
//!    its JSON path.
//!
//! The format version is checked between 1 and 2, so a document written for
//! a future version gets one clear message instead of a list of unknown
//! fields.

use serde::Deserialize;
use serde_json::Value;
use serde_path_to_error::Segment;

use crate::error::ScenarioError;
use crate::scenario::{SCHEMA_VERSION, Scenario};
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
    let value: Value = serde_json::from_str(json).map_err(|e| syntax_error(&e))?;
    check_version(&value)?;
    typed(json)
}

/// A syntax error (or a document that is not JSON at all), located by line
/// and column.
fn syntax_error(e: &serde_json::Error) -> ScenarioError {
    let what = strip_location(e);
    let message = if e.line() == 0 {
        format!("not a JSON document: {what}")
    } else {
        format!(
            "line {}, column {}: JSON syntax error: {what}",
            e.line(),
            e.column()
        )
    };
    ScenarioError::single("", message)
}

/// The format version must be present and equal to [`SCHEMA_VERSION`].
fn check_version(value: &Value) -> Result<(), ScenarioError> {
    let Some(object) = value.as_object() else {
        return Err(ScenarioError::single(
            "",
            format!(
                "expected a JSON object (a scenario with \"schema\": {SCHEMA_VERSION}), got {}",
                kind_of(value)
            ),
        ));
    };
    match object.get("schema") {
        None => Err(ScenarioError::single(
            "schema",
            format!("missing: expected \"schema\": {SCHEMA_VERSION} (the scenario format version)"),
        )),
        Some(v) if v.as_u64() == Some(u64::from(SCHEMA_VERSION)) => Ok(()),
        Some(Value::Number(n)) if n.as_f64() == Some(f64::from(SCHEMA_VERSION)) => {
            Err(ScenarioError::single(
                "schema",
                format!("expected the whole number {SCHEMA_VERSION}, got {n}"),
            ))
        }
        Some(Value::Number(n)) => Err(ScenarioError::single(
            "schema",
            format!(
                "unsupported scenario format version {n}; this worthit reads version {SCHEMA_VERSION}"
            ),
        )),
        Some(other) => Err(ScenarioError::single(
            "schema",
            format!(
                "expected the format version number {SCHEMA_VERSION}, got {}",
                kind_of(other)
            ),
        )),
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The JSON path in the same notation as validation messages:
/// `segments[1].weights.time`, `product.screenshot_effects["my kind"]`.
fn format_path(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                let seg = key_segment(key);
                if out.is_empty() {
                    out.push_str(seg.strip_prefix('.').unwrap_or(&seg));
                } else {
                    out.push_str(&seg);
                }
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// serde's message in the words of the scenario format, with the line and
/// column moved to the end.
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
    if m == "missing field `dist`" {
        m.push_str(" (the distribution: fixed, normal, lognormal, uniform or triangular)");
    } else if m == "missing field `rule`" {
        m.push_str(" (the rule: threshold, beat_alternatives or logit)");
    }
    if e.line() > 0 {
        m.push_str(&format!(" (line {}, column {})", e.line(), e.column()));
    }
    m
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
    let _: Value = serde_json::from_str(json).map_err(|e| syntax_error(&e))?;
    typed(json)
}

/// The typed pass over text already known to be valid JSON: reading the
/// text again (rather than the parsed value) keeps line and column.
fn typed<T: for<'de> Deserialize<'de>>(json: &str) -> Result<T, ScenarioError> {
    let mut de = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|e| {
        let mut path = format_path(e.path());
        let mut message = structure_message(e.inner());
        // serde locates a missing or repeated field at the object holding
        // it; naming the field itself in the path points at what to fix.
        for (prefix, what) in [
            ("missing field `", "missing: this field is required"),
            ("duplicate field `", "appears twice in the same object"),
        ] {
            let found = message
                .strip_prefix(prefix)
                .and_then(|rest| rest.split_once('`'))
                .map(|(field, tail)| (field.to_string(), tail.to_string()));
            if let Some((field, tail)) = found {
                let segment = key_segment(&field);
                if path.is_empty() {
                    path = segment.trim_start_matches('.').to_string();
                } else {
                    path.push_str(&segment);
                }
                message = format!("{what}{tail}");
                break;
            }
        }
        ScenarioError::single(path, message)
    })
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
        assert!(err.problems[0].message.contains("expected a number"));
    }
}

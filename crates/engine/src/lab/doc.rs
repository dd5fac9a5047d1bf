//! The comparison document: how an A vs. B comparison is stored in files
//! and links (`docs/comparison-format.md`).
//!
//! A comparison is its own document type wrapping two complete scenarios
//! v1, so scenario v1 itself never changes:
//!
//! ```json
//! { "kind": "worthit-comparison", "schema": 1, "a": { …scenario… }, "b": { …scenario… } }
//! ```
//!
//! Problems are reported with paths from the document's root, the same
//! notation as scenario problems with the side in front:
//! `b.segments[0].share`, `a.product.value.mean`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::compare::compare;
use crate::error::{Problem, ProblemKind as K, ScenarioError};
use crate::input::{DocumentKind, kind_of_value, wrong_kind};
use crate::parse::from_json_with_path;
use crate::problem::Format;
use crate::results::CompareResults;
use crate::scenario::{SCHEMA_VERSION, Scenario};
use crate::sim::RunOptions;
use crate::validate::problems;

/// The value of `kind` that marks a comparison document.
pub const COMPARISON_KIND: &str = "worthit-comparison";

/// The only comparison format version this engine reads and writes.
pub const COMPARISON_SCHEMA_VERSION: u32 = 1;

/// The fixed tag in `kind`: it serializes as `"worthit-comparison"`, and no
/// other value deserializes, so a document always says what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ComparisonKind {
    #[default]
    #[serde(rename = "worthit-comparison")]
    WorthitComparison,
}

/// Two scenarios to compare on the same simulated people. B is run with
/// A's `seed` and `users` (see `docs/model.md`, "A vs. B"); B's own values
/// are kept in the document but do not change the numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ComparisonDoc {
    /// Always `"worthit-comparison"`.
    pub kind: ComparisonKind,
    /// Comparison format version; must be 1.
    pub schema: u32,
    /// The baseline.
    pub a: Scenario,
    /// The variant.
    pub b: Scenario,
}

impl ComparisonDoc {
    /// A comparison of `a` and `b` (the current format version).
    pub fn new(a: Scenario, b: Scenario) -> ComparisonDoc {
        ComparisonDoc {
            kind: ComparisonKind::WorthitComparison,
            schema: COMPARISON_SCHEMA_VERSION,
            a,
            b,
        }
    }

    /// Compare mode's starting point: B is a copy of A.
    pub fn from_one(a: Scenario) -> ComparisonDoc {
        ComparisonDoc::new(a.clone(), a)
    }

    /// The document as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        // Serializing plain data with string keys cannot fail; a NaN would
        // be written as null, which validation never lets in.
        crate::json_text::to_pretty(self).unwrap_or_default()
    }

    /// Every range problem of both scenarios, paths prefixed `a.` / `b.`,
    /// and a wrong format version.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        let mut all = Vec::new();
        if self.schema != COMPARISON_SCHEMA_VERSION {
            all.push(Problem::new(
                "schema",
                K::VersionUnsupported {
                    format: Format::Comparison,
                    got: self.schema.to_string(),
                    version: u64::from(COMPARISON_SCHEMA_VERSION),
                },
            ));
        }
        all.extend(prefixed("a", problems(&self.a)));
        all.extend(prefixed("b", problems(&self.b)));
        ScenarioError::from_problems(all)
    }

    /// Runs the comparison: both results and the lift of B over A.
    pub fn compare(&self, options: &RunOptions) -> Result<CompareResults, ScenarioError> {
        self.validate()?;
        compare(&self.a, &self.b, options)
    }
}

/// Problems of one side with the side's name in front of each path.
fn prefixed(side: &str, problems: Vec<Problem>) -> impl Iterator<Item = Problem> + '_ {
    problems.into_iter().map(move |p| Problem {
        path: if p.path.is_empty() {
            side.to_string()
        } else if p.path.starts_with('[') {
            format!("{side}{}", p.path)
        } else {
            format!("{side}.{}", p.path)
        },
        kind: p.kind,
    })
}

/// Reads a comparison document and validates both scenarios: `Ok` only for
/// a comparison that [`ComparisonDoc::compare`] runs.
pub fn parse_comparison(json: &str) -> Result<ComparisonDoc, ScenarioError> {
    let doc = parse_comparison_unvalidated(json)?;
    doc.validate()?;
    Ok(doc)
}

/// Reads a comparison document, checking syntax, the tag, the format
/// versions and structure but not ranges (for callers that override
/// `users` or `seed` before validating).
pub fn parse_comparison_unvalidated(json: &str) -> Result<ComparisonDoc, ScenarioError> {
    // The syntax check of the generic reader locates errors by line and
    // column; the tag and versions are checked on the plain value so a
    // scenario or a future version gets one clear message rather than a
    // list of unexpected fields.
    let value: Value = from_json_with_path(json)?;
    // Computed numbers are named as such; a scenario keeps the header's
    // own message, which says what a comparison needs.
    let found = kind_of_value(&value);
    if matches!(found, DocumentKind::Results | DocumentKind::CompareResults) {
        if let Some(wrong) = wrong_kind(found, true) {
            return Err(wrong);
        }
    }
    check_header(&value)?;
    from_json_with_path(json)
}

fn check_header(value: &Value) -> Result<(), ScenarioError> {
    let Some(object) = value.as_object() else {
        return Err(ScenarioError::single(
            "",
            K::ComparisonNotObject {
                tag: COMPARISON_KIND.to_string(),
            },
        ));
    };
    match object.get("kind") {
        Some(Value::String(k)) if k == COMPARISON_KIND => {}
        None if object.contains_key("product") => {
            return Err(ScenarioError::single(
                "kind",
                K::KindMissingScenario {
                    tag: COMPARISON_KIND.to_string(),
                },
            ));
        }
        None => {
            return Err(ScenarioError::single(
                "kind",
                K::KindMissing {
                    tag: COMPARISON_KIND.to_string(),
                },
            ));
        }
        Some(other) => {
            return Err(ScenarioError::single(
                "kind",
                K::KindWrong {
                    tag: COMPARISON_KIND.to_string(),
                    got: other.to_string(),
                },
            ));
        }
    }
    let mut found = Vec::new();
    version(
        object.get("schema"),
        "schema",
        Format::Comparison,
        COMPARISON_SCHEMA_VERSION,
        &mut found,
    );
    for side in ["a", "b"] {
        if let Some(s) = object.get(side).and_then(Value::as_object) {
            version(
                s.get("schema"),
                &format!("{side}.schema"),
                Format::Scenario,
                SCHEMA_VERSION,
                &mut found,
            );
        }
    }
    ScenarioError::from_problems(found)
}

/// A format version field: present and equal to `want`.
fn version(v: Option<&Value>, path: &str, format: Format, want: u32, out: &mut Vec<Problem>) {
    let version = u64::from(want);
    let kind = match v {
        None => K::VersionMissing { version, format },
        Some(v) if v.as_u64() == Some(version) => return,
        Some(Value::Number(n)) => K::VersionUnsupported {
            format,
            got: n.to_string(),
            version,
        },
        Some(other) => K::VersionNotNumberValue {
            format,
            version,
            got: other.to_string(),
        },
    };
    out.push(Problem::new(path, kind));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn side_prefix_keeps_path_notation() {
        let p = |path: &str| Problem::new(path, K::NoDraws {});
        let got: Vec<String> = prefixed("b", vec![p(""), p("users"), p("[0]")])
            .map(|p| p.path)
            .collect();
        assert_eq!(got, ["b", "b.users", "b[0]"]);
    }
}

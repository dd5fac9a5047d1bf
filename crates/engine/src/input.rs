//! What every way in checks before reading a document: its size and its
//! kind.
//!
//! One size limit, [`MAX_INPUT_BYTES`], holds for every way a document
//! reaches worthit (a file, a share link, a host page's message, the
//! browser's storage, the command line's FILE and standard input), so the
//! page never writes a link it would then refuse, and an endless input
//! cannot make anything allocate gigabytes. Real scenarios are a few
//! kilobytes; a comparison holds two.
//!
//! [`document_kind`] tells a scenario from the other JSON documents worthit
//! writes (a results download, a comparison document, comparison results),
//! so opening the wrong one says what it is and what to open instead rather
//! than "unknown field `adoption`".

use serde_json::Value;

use crate::error::{ProblemKind, ScenarioError};

/// The largest document, in bytes of UTF-8 text, any way in accepts: 1 MiB.
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The limit as people read it, in the messages that name it.
pub const MAX_INPUT_TEXT: &str = "1 MiB";

/// The one message for a document over the limit (its size is appended
/// where known).
pub const TOO_LARGE: &str = "too large: over 1 MiB";

/// `Err` naming the limit when a document of `len` bytes is over it.
pub fn check_size(len: usize) -> Result<(), ScenarioError> {
    if len > MAX_INPUT_BYTES {
        Err(ScenarioError::single(
            "",
            ProblemKind::TooLarge {
                bytes: len as u64,
                limit: MAX_INPUT_BYTES as u64,
            },
        ))
    } else {
        Ok(())
    }
}

/// The JSON documents worthit reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    /// A scenario (format v1): what `run` and the page's editor take.
    Scenario,
    /// A comparison document: two scenarios A and B
    /// (`"kind": "worthit-comparison"`).
    Comparison,
    /// Results of one run (what `worthit run --json` prints and the page's
    /// results download holds).
    Results,
    /// Results of an A vs. B comparison (`worthit compare --json`, the
    /// page's comparison results download).
    CompareResults,
    /// Anything else (not JSON, not an object, or none of the above).
    Unknown,
}

impl DocumentKind {
    /// Whether the document holds something to simulate (a scenario or a
    /// comparison), as opposed to numbers already computed.
    pub fn is_input(self) -> bool {
        matches!(self, DocumentKind::Scenario | DocumentKind::Comparison)
    }
}

/// What kind of document `json` is, from the fields that only that kind
/// has. Never fails: anything unrecognised is [`DocumentKind::Unknown`].
pub fn document_kind(json: &str) -> DocumentKind {
    match serde_json::from_str::<Value>(crate::parse::strip_bom(json)) {
        Ok(value) => kind_of_value(&value),
        Err(_) => DocumentKind::Unknown,
    }
}

/// [`document_kind`] for a document already parsed.
pub fn kind_of_value(value: &Value) -> DocumentKind {
    let Some(o) = value.as_object() else {
        return DocumentKind::Unknown;
    };
    let is_results = |v: Option<&Value>| {
        v.and_then(Value::as_object)
            .is_some_and(|r| r.contains_key("adoption") && r.contains_key("choices"))
    };
    if o.get("kind").and_then(Value::as_str) == Some(crate::lab::COMPARISON_KIND) {
        DocumentKind::Comparison
    } else if o.contains_key("comparison") && is_results(o.get("a")) && is_results(o.get("b")) {
        DocumentKind::CompareResults
    } else if is_results(Some(value)) {
        DocumentKind::Results
    } else if o.contains_key("product") {
        DocumentKind::Scenario
    } else {
        DocumentKind::Unknown
    }
}

/// The problem to report when a document of kind `found` was given where
/// a scenario (`want_comparison` false) or a comparison document (true) is
/// read; `None` when it is the right kind or unrecognised (then the usual
/// field-by-field problems say more).
pub fn wrong_kind(found: DocumentKind, want_comparison: bool) -> Option<ScenarioError> {
    wrong_kind_problem(found, want_comparison).map(|k| ScenarioError::single("", k))
}

/// The problem of [`wrong_kind`].
pub fn wrong_kind_problem(found: DocumentKind, want_comparison: bool) -> Option<ProblemKind> {
    Some(match (found, want_comparison) {
        (DocumentKind::Results, _) => ProblemKind::WrongResults {},
        (DocumentKind::CompareResults, _) => ProblemKind::WrongCompareResults {},
        (DocumentKind::Comparison, false) => ProblemKind::WrongComparison {},
        (DocumentKind::Scenario, true) => ProblemKind::WrongScenario {},
        _ => return None,
    })
}

/// Which refusal of this module `error` is, if any: the document was too
/// large (`None` kind) or of the wrong kind (`Some(kind)`). For callers
/// that say it in the reader's language.
pub fn refusal(error: &ScenarioError) -> Option<Option<DocumentKind>> {
    let [problem] = error.problems.as_slice() else {
        return None;
    };
    if !problem.path.is_empty() {
        return None;
    }
    match problem.kind {
        ProblemKind::TooLarge { .. } => Some(None),
        ProblemKind::WrongResults {} => Some(Some(DocumentKind::Results)),
        ProblemKind::WrongCompareResults {} => Some(Some(DocumentKind::CompareResults)),
        ProblemKind::WrongComparison {} => Some(Some(DocumentKind::Comparison)),
        ProblemKind::WrongScenario {} => Some(Some(DocumentKind::Scenario)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lab::ComparisonDoc;
    use crate::{RunOptions, compare, parse_scenario, presets, run};

    fn preset() -> crate::Scenario {
        let mut s = parse_scenario(presets::all()[0].json()).unwrap();
        s.users = 2_000;
        s
    }

    /// Each document worthit writes is recognised as what it is.
    #[test]
    fn every_document_worthit_writes_is_recognised() {
        let s = preset();
        let options = RunOptions::default();
        let results = serde_json::to_string(&run(&s, &options).unwrap()).unwrap();
        let doc = ComparisonDoc::from_one(s.clone()).to_json();
        let compared = serde_json::to_string(&compare::compare(&s, &s, &options).unwrap()).unwrap();
        for (json, kind) in [
            (serde_json::to_string(&s).unwrap(), DocumentKind::Scenario),
            (presets::all()[0].json().to_string(), DocumentKind::Scenario),
            (results, DocumentKind::Results),
            (doc.clone(), DocumentKind::Comparison),
            (format!("\u{feff}{doc}"), DocumentKind::Comparison),
            (compared, DocumentKind::CompareResults),
            ("[1, 2]".to_string(), DocumentKind::Unknown),
            ("{\"schema\": 1}".to_string(), DocumentKind::Unknown),
            ("not json".to_string(), DocumentKind::Unknown),
        ] {
            assert_eq!(document_kind(&json), kind, "{json:.80}");
        }
    }

    /// Reading the wrong kind as a scenario names the kind and what to open
    /// instead, rather than the first unknown field.
    #[test]
    fn the_wrong_kind_is_named_when_read_as_a_scenario() {
        let s = preset();
        let results = serde_json::to_string(&run(&s, &RunOptions::default()).unwrap()).unwrap();
        let err = parse_scenario(&results).unwrap_err();
        assert_eq!(err.problems.len(), 1);
        assert!(
            err.problems[0]
                .message()
                .starts_with("this is a results file"),
            "{err}"
        );
        let doc = ComparisonDoc::from_one(s).to_json();
        let err = parse_scenario(&doc).unwrap_err();
        assert!(
            err.problems[0].message().contains("worthit compare FILE"),
            "{err}"
        );
        assert!(wrong_kind(DocumentKind::Scenario, false).is_none());
        assert!(wrong_kind(DocumentKind::Comparison, true).is_none());
        assert!(wrong_kind(DocumentKind::Scenario, true).is_some());
        // Callers can tell which refusal an error is.
        assert_eq!(refusal(&err), Some(Some(DocumentKind::Comparison)));
        let err = parse_scenario(&results).unwrap_err();
        assert_eq!(refusal(&err), Some(Some(DocumentKind::Results)));
        assert_eq!(
            refusal(&check_size(MAX_INPUT_BYTES + 1).unwrap_err()),
            Some(None)
        );
        let other = parse_scenario("{\"schema\": 1}").unwrap_err();
        assert_eq!(refusal(&other), None);
    }

    #[test]
    fn documents_over_the_limit_are_refused_with_the_reason() {
        assert!(check_size(MAX_INPUT_BYTES).is_ok());
        let err = check_size(MAX_INPUT_BYTES + 1).unwrap_err();
        assert!(err.problems[0].message().starts_with(TOO_LARGE));
        // A scenario whose title alone is over the limit: the parser says
        // so (not "unknown field" or a syntax error).
        let big = format!(
            r#"{{"schema": 1, "title": "{}", "product": {{"value": {{"dist": "fixed", "value": 1}}}}}}"#,
            "x".repeat(MAX_INPUT_BYTES)
        );
        let err = parse_scenario(&big).unwrap_err();
        assert!(
            err.problems[0].message().starts_with(TOO_LARGE),
            "{err:.200}"
        );
        let err = crate::lab::parse_comparison(&big).unwrap_err();
        assert!(err.problems[0].message().starts_with(TOO_LARGE));
    }
}

//! The JSON Schema of scenario format v1, generated from the Rust types so
//! it can never drift from what the parser accepts (`worthit schema`).
//!
//! The schema describes structure and types; range rules that a schema
//! cannot state well (min ≤ mode ≤ max, at least one positive share) are
//! in [`crate::validate`] and in `docs/scenario-format.md`.

use crate::scenario::Scenario;

/// The scenario JSON Schema (draft 2020-12), pretty-printed.
pub fn scenario_schema_json() -> String {
    let schema = schemars::schema_for!(Scenario);
    // Serialising a `serde_json::Value`-backed schema cannot fail; fall back
    // to the compact form rather than panic if it ever did.
    serde_json::to_string_pretty(&schema).unwrap_or_else(|_| schema.as_value().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    #[test]
    fn schema_states_structure_and_limits() {
        let schema: Value = serde_json::from_str(&scenario_schema_json()).unwrap();
        assert_eq!(schema["title"], "Scenario");
        assert_eq!(schema["additionalProperties"], false);
        let users = &schema["properties"]["users"];
        assert_eq!(users["minimum"], 1);
        assert_eq!(users["maximum"], 100_000_000);
        assert_eq!(users["default"], 100_000);
        assert_eq!(schema["properties"]["segments"]["maxItems"], 16);
        let defs = &schema["$defs"];
        assert_eq!(defs["Segment"]["properties"]["skepticism"]["maximum"], 1.0);
        // Each distribution kind is its own tagged variant.
        let dist = defs["Dist"].to_string();
        for kind in ["fixed", "normal", "lognormal", "uniform", "triangular"] {
            assert!(dist.contains(&format!("\"{kind}\"")), "{kind} missing");
        }
    }
}

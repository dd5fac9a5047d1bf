//! Helpers shared by the engine's integration tests.
#![allow(dead_code)]

use worthit_engine::*;

/// The example scenario of the format documentation.
pub const EXAMPLE: &str = r#"{
  "schema": 1,
  "title": "Free mobile game, character-art screenshots",
  "seed": 7,
  "users": 100000,
  "product": {
    "name": "Our game",
    "value": { "dist": "normal", "mean": 5.0, "sd": 1.5 },
    "claim": null,
    "costs": {
      "money":     { "dist": "fixed", "value": 0.0 },
      "time":      { "dist": "lognormal", "mean": 1.5, "sd": 0.6 },
      "learning":  { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
      "trust":     { "dist": "lognormal", "mean": 0.8, "sd": 0.4 },
      "emotional": { "dist": "fixed", "value": 0.0 },
      "safety":    { "dist": "lognormal", "mean": 0.5, "sd": 0.3 }
    },
    "screenshots": ["characters", "characters", "gameplay"]
  },
  "alternatives": [
    { "name": "Market leader", "value": { "dist": "normal", "mean": 5.5, "sd": 1.0 },
      "costs": { "time": { "dist": "fixed", "value": 0.5 } } }
  ],
  "segments": [
    { "name": "Casual players", "share": 0.7,
      "weights": { "value": 1.0, "time": 1.3, "learning": 1.5 },
      "skepticism": 0.3 },
    { "name": "Core gamers", "share": 0.3,
      "weights": { "value": 1.2, "time": 0.8 },
      "skepticism": 0.6 }
  ],
  "decision": { "rule": "beat_alternatives" }
}"#;

pub fn example() -> Scenario {
    serde_json::from_str(EXAMPLE).expect("example parses")
}

/// A one-segment scenario with a normal value and the given costs, no
/// alternatives, threshold rule.
pub fn basic(users: u64, seed: u64) -> Scenario {
    serde_json::from_str(&format!(
        r#"{{ "schema": 1, "seed": {seed}, "users": {users},
          "product": {{ "value": {{ "dist": "normal", "mean": 5.0, "sd": 1.5 }},
            "costs": {{
              "time": {{ "dist": "lognormal", "mean": 1.5, "sd": 0.6 }},
              "learning": {{ "dist": "lognormal", "mean": 1.0, "sd": 0.5 }},
              "trust": {{ "dist": "lognormal", "mean": 0.8, "sd": 0.4 }},
              "safety": {{ "dist": "lognormal", "mean": 0.5, "sd": 0.3 }} }} }},
          "decision": {{ "rule": "threshold" }} }}"#
    ))
    .expect("basic parses")
}

pub fn opts(sensitivity: bool, chunk: u64) -> RunOptions {
    RunOptions {
        sensitivity,
        chunk_size: chunk,
    }
}

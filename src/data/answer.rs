//! The worker's answers for the "Your data" panel and the solve action, as
//! the page reads them: the JSON `worthit calibrate --json` and `worthit
//! solve --json` print, read leniently (fields the page does not show are
//! ignored), so the panel shows exactly the command line's numbers.

use serde::Deserialize;
use serde_json::Value;

/// One fitted input: its posterior median and 95% credible interval.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FitEstimate {
    pub input: String,
    pub estimate: f64,
    pub ci95: [f64; 2],
}

/// The posterior predictive check of one observation: what was observed
/// and the share the fitted model predicts, with its 95% interval.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Predicted {
    pub users: u64,
    pub adopters: u64,
    pub share: f64,
    pub ci95: [f64; 2],
}

impl Predicted {
    /// The observed share (adopters of users).
    pub fn observed(&self) -> f64 {
        if self.users == 0 {
            0.0
        } else {
            self.adopters as f64 / self.users as f64
        }
    }
}

/// A warning of the fit: a stable `kind` (translated by the page when it
/// knows it) and the engine's English `message` (shown otherwise).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FitWarning {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub message: String,
    /// The input or observation it is about, when it names one.
    #[serde(default)]
    pub input: Option<String>,
}

impl FitWarning {
    /// A warning given as plain text (an engine that writes strings).
    fn from_value(v: Value) -> FitWarning {
        match v {
            Value::String(message) => FitWarning {
                kind: String::new(),
                message,
                input: None,
            },
            other => serde_json::from_value(other).unwrap_or_else(|e| FitWarning {
                kind: String::new(),
                message: e.to_string(),
                input: None,
            }),
        }
    }
}

/// What `worthit calibrate --json` prints.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct CalibrationAnswer {
    pub fit: Vec<FitEstimate>,
    pub predicted: Vec<Predicted>,
    #[serde(default, deserialize_with = "warnings")]
    pub warnings: Vec<FitWarning>,
    /// The scenario with each fitted input at its estimate (calibration
    /// block and posterior kept): the new baseline when applied.
    pub scenario: Value,
}

fn warnings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<FitWarning>, D::Error> {
    let values = Vec::<Value>::deserialize(d)?;
    Ok(values.into_iter().map(FitWarning::from_value).collect())
}

/// What `worthit solve --json` prints, inside its `solve` object.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SolveAnswer {
    pub input: String,
    pub value: f64,
    pub adoption_share: f64,
}

//! What a fit could not do well, as typed warnings: a stable `kind` and
//! its arguments for the page to translate, and an English `message`.

use serde::{Deserialize, Serialize};

/// One warning about a fit. Serialises as `{"kind": "...", <arguments>,
/// "message": "..."}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    #[serde(flatten)]
    pub kind: WarningKind,
    /// The warning in plain English.
    pub message: String,
}

/// The kinds of warning, with their arguments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WarningKind {
    /// The observed share lies outside the model's 99% predictive interval
    /// at every plausible fitted value: the model cannot reproduce it.
    CannotReproduce {
        observation: usize,
        observed: f64,
        predicted_low: f64,
        predicted_high: f64,
    },
    /// The observed retained share lies outside the model's 99% predictive
    /// interval: the model cannot reproduce who stays.
    CannotReproduceRetained {
        observation: usize,
        observed: f64,
        predicted_low: f64,
        predicted_high: f64,
    },
    /// Fewer observations than fitted inputs: the data cannot pin all of
    /// them down.
    FewerObservationsThanInputs { observations: usize, inputs: usize },
    /// Two inputs are strongly correlated in the posterior: the data tell
    /// their combination, not each one.
    NotIdentified {
        a: String,
        b: String,
        correlation: f64,
    },
    /// The 95% interval covers more than half the input's search range:
    /// the data say little about it.
    FlatLikelihood { input: String },
    /// The posterior presses against an end of the input's range.
    AtRangeEdge { input: String, bound: f64 },
    /// No parameter value in the range gives the observations any
    /// likelihood (or the fit was stopped before it ended): nothing was
    /// fitted.
    NoFit,
    /// The Monte Carlo error of the estimate is not small next to its
    /// interval: simulate more people (`--users`).
    MonteCarloError {
        input: String,
        mc_se: f64,
        ci_width: f64,
    },
}

impl WarningKind {
    /// The warning with its English message.
    pub fn into_warning(self) -> Warning {
        let message = match &self {
            WarningKind::CannotReproduce {
                observation,
                observed,
                predicted_low,
                predicted_high,
            } => format!(
                "The model cannot reproduce observation {}: {:.2}% adopted, but with the fitted inputs it predicts {:.2}%–{:.2}%. Something the fit holds fixed differs from reality; fit another input or check the observation.",
                observation + 1,
                observed * 100.0,
                predicted_low * 100.0,
                predicted_high * 100.0
            ),
            WarningKind::CannotReproduceRetained {
                observation,
                observed,
                predicted_low,
                predicted_high,
            } => format!(
                "The model cannot reproduce who stays in observation {}: {:.2}% adopted and stayed, but with the fitted inputs it predicts {:.2}%–{:.2}%. Check the retention settings (what recurs, the experience) or fit an input of them.",
                observation + 1,
                observed * 100.0,
                predicted_low * 100.0,
                predicted_high * 100.0
            ),
            WarningKind::FewerObservationsThanInputs {
                observations,
                inputs,
            } => format!(
                "{observations} observation(s) for {inputs} inputs: the data cannot pin down every input; the intervals show what is left open."
            ),
            WarningKind::NotIdentified { a, b, correlation } => format!(
                "The data cannot tell {a} and {b} apart (posterior correlation {correlation:.2}): they only fix a combination of the two."
            ),
            WarningKind::FlatLikelihood { input } => format!(
                "The data say little about {input}: its 95% interval covers more than half of the range searched."
            ),
            WarningKind::AtRangeEdge { input, bound } => format!(
                "The fit of {input} presses against the end of its range ({bound}): the best value may lie beyond what is allowed, or the model cannot match the data."
            ),
            WarningKind::NoFit => "Nothing was fitted: no value in the inputs' ranges lets the model produce these counts (or the fit was stopped early).".to_string(),
            WarningKind::MonteCarloError {
                input,
                mc_se,
                ci_width,
            } => format!(
                "The simulation's own noise in {input} (±{mc_se:.3}) is not small next to its 95% interval (width {ci_width:.3}); simulate more people (--users)."
            ),
        };
        Warning {
            kind: self,
            message,
        }
    }
}

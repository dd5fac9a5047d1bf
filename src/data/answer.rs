//! The worker's answer for the solve action, as the page reads it: the
//! `solve` object `worthit solve --json` prints, read leniently (fields the
//! page does not show are ignored), so the page shows exactly the command
//! line's numbers. A calibration arrives as the engine's own
//! [`worthit_engine::calibrate::Calibration`].

use serde::Deserialize;

/// What `worthit solve --json` prints, inside its `solve` object.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SolveAnswer {
    pub input: String,
    pub value: f64,
    pub adoption_share: f64,
}

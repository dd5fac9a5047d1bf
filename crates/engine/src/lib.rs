//! worthit-engine: the value–cost adoption simulation.
//!
//! A person adopts a product when perceived value − perceived cost beats
//! doing nothing (and, by default, beats the alternatives they know). This
//! crate simulates a population of such people from a [`Scenario`] and
//! reports [`Results`]. It is pure: no clock, no global random generator, no
//! web or OS dependency, so the page (WebAssembly), the command line and the
//! tests all get identical numbers for the same scenario and seed.
//!
//! Entry points:
//! - [`parse_scenario`] / [`validate::validate`]: JSON → checked [`Scenario`],
//!   with every problem named by its JSON path.
//! - [`Simulation`]: a chunked, cancellable run (`step` until done, then
//!   `finish`); [`run`] does it in one call.
//! - [`compare::compare`]: A vs. B on common random numbers.
//! - [`plan`]: power, visitors and the minimum detectable effect of a
//!   store listing experiment, and assurance over uncertain shares.
//! - [`robustness`]: how robust an A/B verdict is to the screenshot
//!   effects' prior (or to any other set of scenario draws).
//! - [`solve`]: the value of one input that brings adoption to a target.
//! - [`presets`]: the bundled example scenarios.
//! - [`exercise`]: classroom exercises (a goal, the open inputs, the
//!   check whether results meet the goal).
//! - [`predict`]: scoring a student's prediction (predict, reveal, score).
//! - [`params`]: inputs by dotted path (`product.value.mean`): read, set,
//!   valid range.
//! - [`lab`]: the screenshot lab (which screenshot next, the claim curve,
//!   comparison documents).

mod accum;
pub mod blocks;
pub mod calibrate;
pub mod chunked;
pub mod compare;
pub mod copula;
mod diffusion;
pub mod dist;
pub mod error;
pub mod exercise;
pub mod input;
mod json_path;
pub mod json_text;
pub mod lab;
mod math;
mod model;
mod normal;
pub mod params;
pub mod parse;
pub mod plan;
pub mod predict;
pub mod presets;
pub mod problem;
mod report;
pub mod results;
mod retention;
mod rng;
pub mod robustness;
pub mod scenario;
pub mod schema;
pub mod screenshots;
pub mod sensitivity;
pub mod sim;
pub mod solve;
pub mod sort;
pub mod stats;
pub mod survey;
mod unique_keys;
pub mod units;
pub mod validate;

pub use blocks::{BlockAcc, BlockError, Blocks};
pub use calibrate::{CalibrateOptions, Calibration, CalibrationBlock, CalibrationRun, calibrate};
#[cfg(feature = "parallel")]
pub use calibrate::{calibrate_parallel, calibrate_parallel_with_progress};
pub use chunked::{Chunked, drive};
pub use compare::CompareSimulation;
pub use error::{Problem, ProblemKind, ScenarioError};
pub use exercise::{Exercise, Goal, GoalOp, GoalStatus, Metric};
pub use model::{effective_segments, segment_shares};
pub use parse::parse_scenario;
pub use predict::{Predict, PredictMetric};
pub use results::*;
pub use scenario::*;
pub use screenshots::{BUILTIN_SCREENSHOT_KINDS, builtin_screenshot_effects};
pub use sim::{RunOptions, Simulation, run};
#[cfg(feature = "parallel")]
pub use sim::{run_parallel, run_parallel_with_progress};
pub use units::{ClaimKind, ClaimUnit, Units};

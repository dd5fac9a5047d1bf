//! Grounding the scenario in data, on the page:
//!
//! - [`panel::YourData`]: observed counts → a calibrated scenario (fit,
//!   posterior, predictive check, apply as the baseline, undo);
//! - [`plan::PlanCard`]: compare mode's "Plan the test" (power, visitors
//!   needed, smallest detectable lift for a store listing experiment);
//! - [`solve::Solve`]: "what would it take to reach 40%?" under the
//!   headline;
//! - [`hint::SolveHint`]: a classroom exercise's computed hint (the solve
//!   for its goal);
//! - [`uncertainty::ParamInterval`]: a calibrated scenario's adoption
//!   interval including parameter uncertainty, under the headline.
//!
//! The numbers come from the engine, in a worker of the card's own
//! (`crate::lab::jobs`) when they need simulation, so the page and the
//! command line (`worthit calibrate`, `plan`, `solve`) print the same. The
//! form logic that needs no browser (default fit, the calibration block,
//! problems by field) is `worthit_view::data`, tested natively. Strings:
//! `## data` in `www/locales/*.ftl`.

pub mod answer;
pub mod hint;
pub mod inputs;
pub mod panel;
pub mod plan;
pub mod solve;
pub mod uncertainty;

pub use panel::YourData;

//! The screenshot lab: what a marketer asks of a store page beyond one run.
//!
//! - [`screenshot_next`]: for the current screenshot strip, the lift in
//!   adoption of inserting each kind at each position, ranked.
//! - [`claim_curve`]: adoption against claim strength (the inverted U) with
//!   the best claim marked.
//! - [`ComparisonDoc`]: the document type that stores an A vs. B comparison
//!   (two scenarios v1), with [`parse_comparison`] naming every problem by
//!   its path (`b.segments[0].share`), and [`diff_paths`] listing where A
//!   and B differ.
//!
//! Every evaluation runs on the same simulated people: randomness is keyed
//! by person (see `docs/model.md`, "Randomness"), so two variants of one
//! scenario differ only by what was changed. Lab evaluations are many runs,
//! so they simulate at most [`LabOptions::max_users`] people each (20,000
//! by default), and they skip the what-if sensitivity rows. Both the plain
//! functions and their step-by-step forms ([`NextScreenshotRun`],
//! [`ClaimCurveRun`]) give the same numbers; the step-by-step forms let a
//! page's worker report progress and cancel between evaluations.

mod claims;
mod diff;
mod doc;
mod next;
pub mod plausible;

pub use claims::{ClaimCurve, ClaimCurveRun, ClaimPoint, claim_curve, claim_range};
pub use diff::diff_paths;
pub use doc::{
    COMPARISON_KIND, COMPARISON_SCHEMA_VERSION, ComparisonDoc, ComparisonKind, parse_comparison,
    parse_comparison_unvalidated,
};
pub use next::{
    NextScreenshotRun, RetainedOption, ScreenshotOption, candidate_kinds, screenshot_next,
};
pub use plausible::{Plausible, RANK_DRAWS, RANK_USERS_PER_DRAW};

use crate::scenario::Scenario;

/// Default cap on the people simulated per lab evaluation.
pub const DEFAULT_LAB_USERS: u64 = 20_000;

/// How lab evaluations are run.
#[derive(Debug, Clone, PartialEq)]
pub struct LabOptions {
    /// Each evaluation simulates min(scenario users, `max_users`) people
    /// (at least 1). A lab question needs many runs (up to 70 with the
    /// built-in kinds for [`screenshot_next`]), and 20,000 people already
    /// resolve lifts of about one point on common random numbers.
    pub max_users: u64,
}

impl Default for LabOptions {
    fn default() -> Self {
        LabOptions {
            max_users: DEFAULT_LAB_USERS,
        }
    }
}

impl LabOptions {
    /// The scenario with its user count capped for lab evaluations.
    pub(crate) fn capped(&self, scenario: &Scenario) -> Scenario {
        let mut s = scenario.clone();
        s.users = s.users.min(self.max_users.max(1));
        s
    }
}

/// Run options for lab evaluations: no what-if rows (they would multiply
/// the work and the lab never shows them), one chunk per evaluation.
pub(crate) fn run_options() -> crate::sim::RunOptions {
    crate::sim::RunOptions {
        sensitivity: false,
        chunk_size: u64::MAX,
    }
}

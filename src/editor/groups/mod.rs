//! The editor's groups, one file each, in the order a person thinks about a
//! product: what it is worth, what it costs, how it is shown, who looks at
//! it, what else they could pick, how they choose, how word of it spreads
//! over time, and how many of them.

mod alternatives;
mod audience;
mod costs;
mod decision;
mod screenshots;
mod simulation;
mod time;
mod value;

pub use alternatives::AlternativesGroup;
pub use audience::AudienceGroup;
pub use costs::{CostsGroup, cost_rows, locate_costs};
pub use decision::DecisionGroup;
pub use screenshots::ScreenshotsGroup;
pub use simulation::SimulationGroup;
pub use time::{TimeGroup, default_diffusion};
pub use value::ValueGroup;

use yew::prelude::*;

use super::edit::EditCtx;

/// Every group takes the shared edit context and nothing else.
#[derive(Properties, PartialEq, Clone)]
pub struct GroupProps {
    pub ctx: EditCtx,
}

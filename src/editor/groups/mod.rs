//! The editor's groups, one file each, in the order a person thinks about a
//! product: what it is worth, what it costs, how it is shown, who looks at
//! it, what else they could pick, how they choose, how word of it spreads
//! over time, who stays after adopting, and how many of them.

mod alternatives;
mod audience;
mod correlations;
mod costs;
mod decision;
mod retention;
mod screenshots;
mod simulation;
mod time;
mod value;

pub use alternatives::AlternativesGroup;
pub use audience::AudienceGroup;
pub use correlations::CorrelationsGroup;
pub use costs::{CostsGroup, cost_rows, locate_costs};
pub use decision::DecisionGroup;
pub use retention::{RetentionGroup, default_retention};
pub use screenshots::ScreenshotsGroup;
pub use simulation::SimulationGroup;
pub use time::{TimeGroup, default_diffusion};
pub use value::ValueGroup;

use std::rc::Rc;

use worthit_engine::Scenario;
use yew::prelude::*;

use super::edit::EditCtx;

/// Which part of the scenario a group shows and edits. A group re-renders
/// only when its part (or the editor's settings) changed: a slider step
/// elsewhere leaves it alone. Its edits still apply to the whole current
/// scenario ([`EditCtx::apply`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Value,
    Costs,
    Correlations,
    Screenshots,
    Audience,
    Alternatives,
    Decision,
    Time,
    Retention,
    Simulation,
}

impl Part {
    /// Whether `a` and `b` agree on everything this part's group reads.
    /// When a group starts reading another field, it must be added here,
    /// or the group would keep showing an old value.
    pub fn same(self, a: &Scenario, b: &Scenario) -> bool {
        let (p, q) = (&a.product, &b.product);
        match self {
            Part::Value => {
                p.name == q.name
                    && p.value == q.value
                    && p.claim == q.claim
                    && p.credibility == q.credibility
            }
            Part::Costs => p.costs == q.costs,
            // The pairs offered depend on which quantities are present.
            Part::Correlations => {
                a.correlations == b.correlations
                    && worthit_engine::CostKind::ALL
                        .into_iter()
                        .all(|k| p.costs.get(k).is_some() == q.costs.get(k).is_some())
            }
            Part::Screenshots => {
                p.screenshots == q.screenshots && p.screenshot_effects == q.screenshot_effects
            }
            Part::Audience => a.segments == b.segments,
            Part::Alternatives => a.alternatives == b.alternatives,
            Part::Decision => a.decision == b.decision,
            Part::Time => a.diffusion == b.diffusion,
            Part::Retention => {
                a.retention == b.retention
                    && p.experience == q.experience
                    && retention::experience_rho(a) == retention::experience_rho(b)
            }
            Part::Simulation => a.users == b.users && a.seed == b.seed,
        }
    }
}

/// Every group takes the shared edit context and the part it shows.
#[derive(Properties, Clone)]
pub struct GroupProps {
    pub ctx: EditCtx,
    pub part: Part,
}

impl PartialEq for GroupProps {
    fn eq(&self, other: &Self) -> bool {
        self.part == other.part
            && self.ctx.same_settings(&other.ctx)
            && (Rc::ptr_eq(&self.ctx.scenario, &other.ctx.scenario)
                || self.part.same(&self.ctx.scenario, &other.ctx.scenario))
    }
}

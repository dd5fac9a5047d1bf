//! Costs: the six components of the broad price, each with a plain hint.

use std::rc::Rc;

use worthit_engine::{CostKind, Costs, Dist, Scenario};
use yew::prelude::*;

use super::GroupProps;
use crate::editor::dist::DistEditor;
use crate::editor::dist_map::Kind;
use crate::editor::edit::EditCtx;
use crate::editor::strings;

/// Finds the costs being edited inside a scenario copy; `None` when they no
/// longer exist (an alternative removed meanwhile), so the edit is dropped
/// instead of panicking.
pub type LocateCosts = Rc<dyn Fn(&mut Scenario) -> Option<&mut Costs>>;

/// Wraps a locating closure; going through this bound lets the compiler see
/// that the returned borrow comes from the argument.
pub fn locate_costs<F>(f: F) -> LocateCosts
where
    F: Fn(&mut Scenario) -> Option<&mut Costs> + 'static,
{
    Rc::new(f)
}

/// The six cost editors for one set of costs (the product's or an
/// alternative's). `path` is the JSON path of the costs (for locks) and
/// `testid` the prefix of the test ids (`cost` → `cost-trust-mean`).
pub fn cost_rows(
    ctx: &EditCtx,
    costs: &Costs,
    path: &str,
    testid: &str,
    locate: LocateCosts,
) -> Html {
    let whole_locked = ctx.is_locked(path);
    let tr = &ctx.tr;
    html! {
        <div class="ed-costs">
            { for CostKind::ALL.into_iter().map(|k| {
                let locate = locate.clone();
                let on_change = ctx.with(move |s, d: Option<Dist>| {
                    if let Some(costs) = locate(s) {
                        *costs.slot_mut(k) = d;
                    }
                });
                html! {
                    <DistEditor title={strings::cost_name(tr, k)} hint={strings::cost_hint(tr, k)}
                        dist={costs.get(k).copied()} kinds={&Kind::COST_KINDS[..]}
                        mean_min={0.0} mean_max={20.0} spread_max={10.0} step={0.1}
                        testid={format!("{testid}-{}", k.name())} advanced={ctx.advanced}
                        disabled={whole_locked || ctx.is_locked(&format!("{path}.{}", k.name()))}
                        {on_change} />
                }
            }) }
        </div>
    }
}

#[component]
pub fn CostsGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    html! {
        <fieldset class="ed-group" data-testid="group-costs">
            <legend>{ tr.t("editor-group-costs") }</legend>
            <p class="ed-group__hint">{ tr.t("editor-costs-hint") }</p>
            { cost_rows(ctx, &ctx.scenario.product.costs, "product.costs", "cost",
                locate_costs(|s| Some(&mut s.product.costs))) }
        </fieldset>
    }
}

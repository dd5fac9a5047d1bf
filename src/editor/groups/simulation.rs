//! Simulation: how many people, and which random numbers.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::{NumberField, Scale};

/// Most people a scenario may simulate: the engine's one limit, which
/// files, links and the command line check too.
pub const MAX_USERS: f64 = worthit_engine::validate::MAX_USERS as f64;
/// Largest seed a number box can hold exactly (2^53 − 1).
pub const MAX_SEED: f64 = 9_007_199_254_740_991.0;

/// A random seed below 2^32 (short enough to read out and type), different
/// from the current one so the button always changes something.
fn new_seed(current: u64) -> u64 {
    let seed = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    if seed == current {
        seed.wrapping_add(1)
    } else {
        seed
    }
}

#[component]
pub fn SimulationGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let seed_locked = ctx.is_locked("seed");
    html! {
        <fieldset class="ed-group" data-testid="group-simulation">
            <legend>{ tr.t("editor-group-simulation") }</legend>
            <NumberField label={tr.t("editor-users")} hint={tr.t_args("editor-users-hint",
                    &[("max", FluentValue::from(worthit_engine::validate::MAX_USERS))])}
                value={ctx.scenario.users as f64} min={1.0} max={MAX_USERS} step={1.0}
                scale={Scale::Log} integer=true testid="users"
                disabled={ctx.is_locked("users")}
                on_change={ctx.number(|s, v| s.users = v as u64)} />
            <NumberField label={tr.t("editor-seed")} hint={tr.t("editor-seed-hint")}
                value={ctx.scenario.seed as f64} min={0.0} max={MAX_SEED} step={1.0}
                integer=true slider=false testid="seed" disabled={seed_locked}
                on_change={ctx.number(|s, v| s.seed = v as u64)}>
                <button type="button" class="ed-button" data-testid="new-seed" disabled={seed_locked}
                    onclick={ctx.click(|s| s.seed = new_seed(s.seed))}>
                    { tr.t("editor-new-seed") }
                </button>
            </NumberField>
        </fieldset>
    }
}

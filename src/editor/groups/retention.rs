//! Who stays: retention after adopting (`scenario.retention`) and what
//! using the product delivers (`product.experience`). After adopting,
//! each user re-decides every period with the value they experience
//! against the costs that recur; a disappointed user leaves with the
//! `notice` chance per period (docs/model.md, "Who stays"). What a
//! recurring cost costs per period of use (`retention.costs`) and how
//! closely the experience follows the impression (the pair
//! `product.value`–`product.experience` in `correlations`) are edited
//! here too.

use std::cell::RefCell;
use std::rc::Rc;

use worthit_engine::{
    COST_NAMES, Correlation, CostKind, Dist, Endpoint, Retention, Scenario, default_recurring,
};
use yew::prelude::*;

use super::GroupProps;
use crate::editor::dist::DistEditor;
use crate::editor::dist_map::Kind;
use crate::editor::field::{NumberField, use_uid};
use crate::editor::strings;

/// Whether a correlation is the pair `product.value`–`product.experience`.
fn is_experience_pair(c: &Correlation) -> bool {
    matches!(
        (c.a, c.b),
        (Endpoint::Value, Endpoint::Experience) | (Endpoint::Experience, Endpoint::Value)
    )
}

/// The rho between perceived and experienced value: the pair's, or 1
/// (the same shock) when the scenario does not list it.
pub fn experience_rho(s: &Scenario) -> f64 {
    s.correlations
        .iter()
        .find(|c| is_experience_pair(c))
        .map_or(1.0, |c| c.rho)
}

/// Sets the rho between perceived and experienced value: 1 removes the
/// pair (that is the default), anything else adds or updates it.
pub fn set_experience_rho(s: &mut Scenario, rho: f64) {
    let rho = rho.clamp(-1.0, 1.0);
    if rho >= 1.0 {
        s.correlations.retain(|c| !is_experience_pair(c));
    } else if let Some(c) = s.correlations.iter_mut().find(|c| is_experience_pair(c)) {
        c.rho = rho;
    } else {
        s.correlations.push(Correlation {
            a: Endpoint::Value,
            b: Endpoint::Experience,
            rho,
        });
    }
}

/// Most periods of use a scenario may follow (the engine's limit).
pub const MAX_RETENTION_PERIODS: f64 = 520.0;

/// What switching retention on starts from: a month of daily periods, a
/// disappointed user acting on it half the time each period, and every
/// cost but learning paid again (the engine's default for `recurring`).
pub fn default_retention() -> Retention {
    Retention {
        periods: 30,
        notice: 0.5,
        recurring: default_recurring(),
        costs: Default::default(),
    }
}

#[component]
pub fn RetentionGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = &ctx.tr;
    let uid = use_uid();
    // Switching off and on again brings the last settings back.
    let last = use_mut_ref(|| None::<Retention>);
    let retention = ctx.scenario.retention.clone();
    if let Some(r) = &retention {
        *last.borrow_mut() = Some(r.clone());
    }
    let experience = ctx.scenario.product.experience;
    let locked = ctx.is_locked("retention");
    let on_id = format!("{uid}-on");
    let hint_id = format!("{uid}-hint");
    let experience_id = format!("{uid}-experience");

    let on_toggle = {
        let last: Rc<RefCell<Option<Retention>>> = last.clone();
        ctx.toggle(move |s, on| {
            let restored = last.borrow().clone().unwrap_or_else(default_retention);
            s.retention = on.then_some(restored);
        })
    };
    // Fields edit the block only while it exists (they are hidden
    // otherwise), so this guards only against a stale event.
    let edit = |f: fn(&mut Retention, f64)| {
        ctx.number(move |s, v| {
            if let Some(r) = s.retention.as_mut() {
                f(r, v);
            }
        })
    };
    let on_recurring = |key: &'static str| {
        ctx.toggle(move |s, on| {
            if let Some(r) = s.retention.as_mut() {
                r.recurring.retain(|k| k != key);
                // A cost paid once has no cost per period of use.
                if let Some(kind) = CostKind::ALL.into_iter().find(|k| k.name() == key) {
                    *r.costs.slot_mut(kind) = None;
                }
                if on {
                    r.recurring.push(key.to_string());
                    // Kept in the costs' own order, so the scenario
                    // reads the same whatever order they were ticked in.
                    worthit_engine::sort::sort_by_key(&mut r.recurring, |k| {
                        COST_NAMES.iter().position(|c| c == k).unwrap_or(usize::MAX)
                    });
                }
            }
        })
    };
    // It starts as the perceived value, so switching it on changes nothing
    // until it is edited.
    let on_experience_toggle = ctx.toggle(|s, on| {
        s.product.experience = on.then_some(s.product.value);
        // Without an experience there is nothing to correlate.
        if !on {
            set_experience_rho(s, 1.0);
        }
    });
    let experience_locked = ctx.is_locked("product.experience");

    html! {
        <fieldset class="ed-group" data-testid="group-retention" aria-describedby={hint_id.clone()}>
            <legend>{ tr.t("editor-group-retention") }</legend>
            <p class="ed-group__hint" id={hint_id}>{ tr.t("retention-hint") }</p>
            <div class="ed-check">
                <input type="checkbox" id={on_id.clone()} checked={retention.is_some()}
                    disabled={locked} data-testid="retention-on" onchange={on_toggle} />
                <label for={on_id}>{ tr.t("retention-on") }</label>
            </div>
            if let Some(r) = &retention {
                <NumberField label={tr.t("retention-periods")} hint={tr.t("retention-periods-hint")}
                    value={f64::from(r.periods)} min={1.0} max={MAX_RETENTION_PERIODS} step={1.0}
                    integer=true testid="retention-periods"
                    disabled={ctx.is_locked("retention.periods")}
                    on_change={edit(|r, v| r.periods = v as u32)} />
                <NumberField label={tr.t("retention-notice")} hint={tr.t("retention-notice-hint")}
                    value={r.notice} min={0.0} max={1.0} step={0.05}
                    testid="retention-notice" disabled={ctx.is_locked("retention.notice")}
                    on_change={edit(|r, v| r.notice = v)} />
                <fieldset class="ed-subgroup" data-testid="retention-recurring"
                    aria-describedby={format!("{uid}-recurring-hint")}>
                    <legend>{ tr.t("retention-recurring") }</legend>
                    <p class="ed-field__hint" id={format!("{uid}-recurring-hint")}>
                        { tr.t("retention-recurring-hint") }
                    </p>
                    { for COST_NAMES.iter().map(|&key| {
                        let id = format!("{uid}-recurring-{key}");
                        html! {
                            <div class="ed-check">
                                <input type="checkbox" id={id.clone()}
                                    checked={r.recurring.iter().any(|k| k == key)}
                                    disabled={ctx.is_locked("retention.recurring")}
                                    data-testid={format!("retention-recurring-{key}")}
                                    onchange={on_recurring(key)} />
                                <label for={id}>{ tr.labels().cost_name(key) }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <fieldset class="ed-subgroup" data-testid="retention-use-costs"
                    aria-describedby={format!("{uid}-use-costs-hint")}>
                    <legend>{ tr.t("retention-use-costs") }</legend>
                    <p class="ed-field__hint" id={format!("{uid}-use-costs-hint")}>
                        { tr.t("retention-use-costs-hint") }
                    </p>
                    { for CostKind::ALL.into_iter()
                        .filter(|k| r.recurring.iter().any(|x| x == k.name()))
                        .map(|k| {
                            let on_change = ctx.with(move |s, d: Option<Dist>| {
                                if let Some(r) = s.retention.as_mut() {
                                    *r.costs.slot_mut(k) = d;
                                }
                            });
                            html! {
                                <DistEditor title={strings::cost_name(tr, k)}
                                    hint={tr.t("retention-use-cost-hint")}
                                    none_label={Some(AttrValue::from(tr.t("retention-use-cost-as-perceived")))}
                                    dist={r.costs.get(k).copied()} kinds={&Kind::COST_KINDS[..]}
                                    mean_min={0.0} mean_max={20.0} spread_max={10.0} step={0.1}
                                    testid={format!("retention-cost-{}", k.name())}
                                    advanced={ctx.advanced}
                                    disabled={ctx.is_locked("retention.costs")
                                        || ctx.is_locked(&format!("retention.costs.{}", k.name()))}
                                    {on_change} />
                            }
                        }) }
                </fieldset>
            }
            <div class="ed-check">
                <input type="checkbox" id={experience_id.clone()} checked={experience.is_some()}
                    disabled={experience_locked} data-testid="experience-on"
                    onchange={on_experience_toggle} />
                <label for={experience_id}>{ tr.t("retention-experience-on") }</label>
            </div>
            if let Some(d) = experience {
                <DistEditor title={tr.t("retention-experience-title")}
                    hint={tr.t("retention-experience-hint")}
                    dist={Some(d)} kinds={&Kind::VALUE_KINDS[..]}
                    mean_min={-10.0} mean_max={30.0} spread_max={10.0} step={0.1}
                    testid="experience" advanced={ctx.advanced}
                    disabled={experience_locked}
                    on_change={ctx.with(|s, d: Option<Dist>| if let Some(d) = d { s.product.experience = Some(d) })} />
                <NumberField label={tr.t("retention-experience-rho")}
                    hint={tr.t("retention-experience-rho-hint")}
                    value={experience_rho(&ctx.scenario)} min={-1.0} max={1.0} step={0.05}
                    testid="experience-rho"
                    disabled={experience_locked || ctx.is_locked("correlations")}
                    on_change={ctx.number(set_experience_rho)} />
            }
        </fieldset>
    }
}

//! Time: adoption over time (`scenario.diffusion`). People hear of the
//! product week by week, from outside reach (p) and from word of mouth (q),
//! and each decides once by the value–cost rule (MODEL.md, "Adoption over
//! time").

use std::cell::RefCell;
use std::rc::Rc;

use worthit_engine::Diffusion;
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::{NumberField, use_uid};

/// Outside reach (p) of the published averages: the mean over 213
/// published applications of the Bass model (Sultan, Farley & Lehmann
/// 1990).
pub const AVERAGE_P: f64 = 0.03;
/// Word of mouth (q) of the published averages (same source).
pub const AVERAGE_Q: f64 = 0.38;
/// Most periods a scenario may have (ten years of weeks; the engine's
/// limit).
pub const MAX_PERIODS: f64 = 520.0;
/// The p slider stops here: published values lie well below it, and a
/// 0..1 slider would leave them a few pixels. Larger p can still be typed.
const P_SLIDER_MAX: f64 = 0.2;

/// What switching adoption over time on starts from: a year of weeks with
/// the published averages and no social proof, so the curve is the
/// textbook one until the user changes it.
pub fn default_diffusion() -> Diffusion {
    Diffusion {
        periods: 52,
        p: AVERAGE_P,
        q: AVERAGE_Q,
        social_proof: 0.0,
    }
}

#[component]
pub fn TimeGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = &ctx.tr;
    let uid = use_uid();
    // Switching off and on again brings the last settings back instead of
    // the defaults, so a quick comparison loses nothing.
    let last = use_mut_ref(|| None::<Diffusion>);
    let diffusion = ctx.scenario.diffusion;
    if let Some(d) = diffusion {
        *last.borrow_mut() = Some(d);
    }
    let locked = ctx.is_locked("diffusion");
    let on_id = format!("{uid}-on");
    let hint_id = format!("{uid}-hint");

    let on_toggle = {
        let last: Rc<RefCell<Option<Diffusion>>> = last.clone();
        ctx.toggle(move |s, on| {
            let restored = (*last.borrow()).unwrap_or_else(default_diffusion);
            s.diffusion = on.then_some(restored);
        })
    };
    // Each field edits the block only while it exists; the fields are not
    // shown otherwise, so this guards only against a stale event.
    let edit = |f: fn(&mut Diffusion, f64)| {
        ctx.number(move |s, v| {
            if let Some(d) = s.diffusion.as_mut() {
                f(d, v);
            }
        })
    };

    html! {
        <fieldset class="ed-group" data-testid="group-time" aria-describedby={hint_id.clone()}>
            <legend>{ tr.t("editor-group-time") }</legend>
            <p class="ed-group__hint" id={hint_id}>{ tr.t("time-hint") }</p>
            <div class="ed-check">
                <input type="checkbox" id={on_id.clone()} checked={diffusion.is_some()}
                    disabled={locked} data-testid="diffusion-on" onchange={on_toggle} />
                <label for={on_id}>{ tr.t("time-on") }</label>
            </div>
            if let Some(d) = diffusion {
                <NumberField label={tr.t("time-periods")} hint={tr.t("time-periods-hint")}
                    value={f64::from(d.periods)} min={1.0} max={MAX_PERIODS} step={1.0}
                    integer=true testid="periods"
                    disabled={ctx.is_locked("diffusion.periods")}
                    on_change={edit(|d, v| d.periods = v as u32)} />
                <NumberField label={tr.t("time-p")} hint={tr.t("time-p-hint")}
                    value={d.p} min={0.0} max={1.0} slider_max={P_SLIDER_MAX} step={0.001}
                    testid="diffusion-p" disabled={ctx.is_locked("diffusion.p")}
                    on_change={edit(|d, v| d.p = v)} />
                <NumberField label={tr.t("time-q")} hint={tr.t("time-q-hint")}
                    value={d.q} min={0.0} max={1.0} step={0.01}
                    testid="diffusion-q" disabled={ctx.is_locked("diffusion.q")}
                    on_change={edit(|d, v| d.q = v)} />
                <div class="ed-averages">
                    <button type="button" class="ed-button" data-testid="bass-averages"
                        aria-describedby={format!("{uid}-averages")}
                        disabled={ctx.is_locked("diffusion.p") || ctx.is_locked("diffusion.q")}
                        onclick={ctx.click(|s| if let Some(d) = s.diffusion.as_mut() {
                            d.p = AVERAGE_P;
                            d.q = AVERAGE_Q;
                        })}>
                        { tr.t("time-averages") }
                    </button>
                    <p class="ed-field__hint" id={format!("{uid}-averages")}>
                        { tr.t("time-averages-hint") }
                    </p>
                </div>
                <NumberField label={tr.t("time-social-proof")} hint={tr.t("time-social-proof-hint")}
                    value={d.social_proof} min={0.0} max={1.0} step={0.05}
                    testid="social-proof" disabled={ctx.is_locked("diffusion.social_proof")}
                    on_change={edit(|d, v| d.social_proof = v)} />
            }
        </fieldset>
    }
}

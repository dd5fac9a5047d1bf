//! "Plan the test", in compare mode: for a store listing experiment of A
//! against B with N visitors per variant, the chance a two-sided test at
//! the chosen confidence declares the better variant, the visitors per
//! variant it needs for the chosen power, and the smallest lift it can
//! detect at N.
//!
//! The shares are the verdict's (A and B simulated on the same people, as
//! `worthit plan` simulates them); the rest is the engine's closed form
//! (`worthit_engine::plan::plan_test`), cheap enough for the main thread,
//! so the card follows every keystroke.
//!
//! # Test ids
//!
//! `plan-card`, `plan-visitors` (input), `plan-confidence`,
//! `plan-power-target` (selects), `plan-power` (`data-power`),
//! `plan-needed` (`data-visitors`, empty when no number suffices),
//! `plan-mde` (`data-mde`, empty when none), `plan-problem`,
//! `plan-assurance` (`data-assurance`, `data-visitors`: empty when no
//! number reaches the target, `data-covers`, `data-draws`).
//!
//! # Assurance
//!
//! When a side is calibrated, the verdict's robustness run draws (p_A,
//! p_B) from the posterior (and from the illustrative screenshot effects'
//! prior where the strips use them): `comparison.robustness.shares`. The
//! card then also shows the power averaged over those draws (assurance,
//! `worthit_engine::plan::Assurance`, what `worthit plan` prints), and the
//! visitors it needs, labelled with what the draws vary.

use std::rc::Rc;

use worthit_engine::CompareResults;
use worthit_engine::plan::{Assurance, AssuranceError, MAX_VISITORS, plan_test};
use worthit_engine::robustness::{COVERS_EFFECT_PRIOR, Robustness};
use worthit_i18n::{FluentValue, problem_message};
use worthit_view::data::parse_count;
use yew::prelude::*;

use crate::i18n::use_tr;

/// Visitors per variant offered first: about what a store listing
/// experiment gets in a week or two for a small game (the published
/// example in `docs/calibration.md` had about 6,500 a variant).
pub const DEFAULT_VISITORS: u64 = 6_500;

/// Confidence levels offered; 90% is what store listing experiments use.
pub const CONFIDENCES: [f64; 4] = [0.8, 0.9, 0.95, 0.99];

/// Target powers offered.
pub const POWERS: [f64; 3] = [0.7, 0.8, 0.9];

#[derive(Properties, PartialEq)]
pub struct PlanCardProps {
    pub results: Rc<CompareResults>,
    /// The results belong to older inputs.
    #[prop_or_default]
    pub stale: bool,
}

#[function_component]
pub fn PlanCard(props: &PlanCardProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let visitors_text = use_state_eq(|| DEFAULT_VISITORS.to_string());
    let confidence = use_state_eq(|| 0.9f64);
    let target = use_state_eq(|| 0.8f64);
    let p_a = props.results.a.adoption.share;
    let p_b = props.results.b.adoption.share;

    let visitors = parse_count(&visitors_text)
        .ok()
        .filter(|n| (1..=MAX_VISITORS).contains(n));
    let plan = visitors.map(|n| plan_test(p_a, p_b, n, *confidence, *target));

    let on_visitors = {
        let visitors_text = visitors_text.clone();
        Callback::from(move |e: InputEvent| {
            visitors_text.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let select = |id: &'static str, label: String, options: &[f64], state: &UseStateHandle<f64>| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let v = e
                    .target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value();
                if let Ok(v) = v.parse::<f64>() {
                    state.set(v);
                }
            })
        };
        html! {
            <div class="data-field">
                <label for={id}>{ label }</label>
                <select {id} data-testid={id} {onchange}>
                    { for options.iter().map(|o| html! {
                        <option value={o.to_string()} selected={*o == **state}>{ nf.percent(*o, 0) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let body = match plan {
        None => html! {
            <p class="data-error" role="alert" data-testid="plan-problem">
                { tr.t_args("plan-problem-visitors", &[
                    ("field", FluentValue::from("plan.visitors")),
                    ("max", FluentValue::from(nf.count(MAX_VISITORS))),
                ]) }
            </p>
        },
        Some(Err(e)) => html! {
            <p class="data-error" role="alert" data-testid="plan-problem">{ problem_message(&tr, &e.0) }</p>
        },
        Some(Ok(p)) => {
            let target = nf.percent(p.target_power, 0);
            html! {
                <div class="plan-numbers" role="status" aria-live="polite">
                    <div class="plan-number" data-testid="plan-power" data-power={p.power.to_string()}>
                        <span class="plan-number-value">{ nf.percent(p.power, 0) }</span>
                        <span class="plan-number-label">{ tr.t_args("plan-power", &[
                            ("visitors", FluentValue::from(nf.count(p.visitors))),
                        ]) }</span>
                    </div>
                    <div class="plan-number" data-testid="plan-needed"
                        data-visitors={p.visitors_for_power.map(|v| v.to_string()).unwrap_or_default()}>
                        <span class="plan-number-value">{
                            p.visitors_for_power.map(|v| nf.count(v)).unwrap_or_else(|| "—".into())
                        }</span>
                        <span class="plan-number-label">{ tr.t_args("plan-needed", &[
                            ("power", FluentValue::from(target.clone())),
                        ]) }</span>
                    </div>
                    <div class="plan-number" data-testid="plan-mde"
                        data-mde={p.mde.map(|m| m.to_string()).unwrap_or_default()}>
                        <span class="plan-number-value">{
                            p.mde.map(|m| nf.points(m, 2)).unwrap_or_else(|| "—".into())
                        }</span>
                        <span class="plan-number-label">{ tr.t_args("plan-mde", &[
                            ("power", FluentValue::from(target)),
                        ]) }</span>
                    </div>
                    if p.visitors_for_power.is_none() {
                        <p class="data-note">{ tr.t("plan-no-difference") }</p>
                    }
                    if let Some(r) = props.results.comparison.robustness.as_ref() {
                        { assurance(&tr, r, p.visitors, *confidence, p.target_power) }
                    }
                </div>
            }
        }
    };
    html! {
        <section class={classes!("lab-card", "plan-card", props.stale.then_some("stale"))}
            aria-labelledby="plan-title" data-testid="plan-card">
            <h3 id="plan-title" class="lab-card-subtitle">{ tr.t("plan-title") }</h3>
            <p class="lab-intro">{ tr.t_args("plan-intro", &[
                ("a", FluentValue::from(nf.percent(p_a, 2))),
                ("b", FluentValue::from(nf.percent(p_b, 2))),
            ]) }</p>
            <div class="plan-form">
                <div class="data-field">
                    <label for="plan-visitors">{ tr.t("plan-visitors") }</label>
                    <input id="plan-visitors" type="text" inputmode="numeric" data-testid="plan-visitors"
                        value={(*visitors_text).clone()} oninput={on_visitors}
                        aria-invalid={visitors.is_none().then_some("true")} />
                </div>
                { select("plan-confidence", tr.t("plan-confidence"), &CONFIDENCES, &confidence) }
                { select("plan-power-target", tr.t("plan-power-target"), &POWERS, &target) }
            </div>
            { body }
            <p class="data-note">{ tr.t("plan-note") }</p>
        </section>
    }
}

/// Assurance over the verdict's draws, for a calibrated comparison (the
/// draws vary the fitted inputs); nothing for the effect prior alone,
/// whose spread the caveat beside the verdict already reports.
fn assurance(
    tr: &worthit_i18n::Translator,
    r: &Robustness,
    visitors: u64,
    confidence: f64,
    target: f64,
) -> Html {
    if r.covers == COVERS_EFFECT_PRIOR || r.shares.is_empty() {
        return html! {};
    }
    let Ok(a) = Assurance::new(r.shares.iter().map(|s| (s[0], s[1]))) else {
        return html! {};
    };
    let nf = tr.numbers();
    let value = a.at(visitors as f64, confidence);
    let needed = a.visitors_for(confidence, target);
    let winner = if a.b_expected() { "B" } else { "A" };
    let label = if r.covers.contains("effect_prior") {
        "plan-assurance-with-prior"
    } else {
        "plan-assurance"
    };
    let power = nf.percent(target, 0);
    let needed_text = match &needed {
        Ok(n) => tr.t_args(
            "plan-assurance-needed",
            &[
                ("visitors", FluentValue::from(nf.count(*n))),
                ("power", FluentValue::from(power.clone())),
            ],
        ),
        Err(AssuranceError::Unreachable { max, .. }) => tr.t_args(
            "plan-assurance-unreachable",
            &[
                ("power", FluentValue::from(power.clone())),
                ("max", FluentValue::from(nf.percent(*max, 0))),
            ],
        ),
        Err(_) => tr.t_args(
            "plan-assurance-too-many",
            &[
                ("power", FluentValue::from(power.clone())),
                ("max", FluentValue::from(nf.count(MAX_VISITORS))),
            ],
        ),
    };
    html! {
        <p class="plan-assurance data-note" data-testid="plan-assurance"
            data-assurance={value.to_string()}
            data-visitors={needed.as_ref().map(|n| n.to_string()).unwrap_or_default()}
            data-covers={r.covers.clone()} data-draws={r.shares.len().to_string()}>
            <strong>{ nf.percent(value, 0) }</strong>
            { " " }
            { tr.t_args(label, &[
                ("winner", FluentValue::from(winner)),
                ("visitors", FluentValue::from(nf.count(visitors))),
                ("draws", FluentValue::from(r.shares.len() as u64)),
            ]) }
            { " " }
            { needed_text }
        </p>
    }
}

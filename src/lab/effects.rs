//! Editing a screenshot kind's effects where they are shown: pressing a
//! strip card's chips opens three fields under them (value in points,
//! clarity as the change in sharpness, trust cost in points), written to
//! `product.screenshot_effects.<kind>` for every screenshot of that kind,
//! and a button that goes back to the built-in row.
//!
//! # Test ids
//!
//! Inside card `strip-{s}-{i}`: `strip-{s}-{i}-effects` (the chips, a
//! toggle button, `aria-expanded`), `strip-{s}-{i}-effect-value`,
//! `-effect-clarity`, `-effect-trust` (number fields), `-effect-reset`,
//! `-effect-error` (a field that cannot be used, named).

use std::rc::Rc;

use worthit_engine::screenshots::screenshot_effect;
use worthit_engine::{Scenario, ScreenshotEffect};
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::i18n::use_tr;

/// One of the three effects, as its field shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field {
    Value,
    /// Shown as the change in sharpness, in percent: `(1 − clarity) × 100`.
    Clarity,
    Trust,
}

impl Field {
    fn id(self) -> &'static str {
        match self {
            Field::Value => "value",
            Field::Clarity => "clarity",
            Field::Trust => "trust",
        }
    }

    /// The field's number for `e`.
    pub fn shown(self, e: &ScreenshotEffect) -> f64 {
        match self {
            Field::Value => e.value,
            Field::Clarity => (1.0 - e.clarity) * 100.0,
            Field::Trust => e.trust,
        }
    }

    /// `e` with this field set from its shown number; `None` when the
    /// number cannot be used (clarity must stay above zero, so the change
    /// stays below 100%).
    pub fn apply(self, mut e: ScreenshotEffect, x: f64) -> Option<ScreenshotEffect> {
        if !x.is_finite() {
            return None;
        }
        match self {
            Field::Value => e.value = x,
            Field::Clarity if x < 100.0 => e.clarity = 1.0 - x / 100.0,
            Field::Clarity => return None,
            Field::Trust => e.trust = x,
        }
        Some(e)
    }
}

/// `scenario` with `kind`'s effects replaced by `effect` (an override in
/// `product.screenshot_effects`), or back to the built-in row (`None`).
pub fn with_effect(scenario: &Scenario, kind: &str, effect: Option<ScreenshotEffect>) -> Scenario {
    let mut next = scenario.clone();
    match effect {
        Some(e) => {
            next.product.screenshot_effects.insert(kind.to_string(), e);
        }
        None => {
            next.product.screenshot_effects.remove(kind);
        }
    }
    next
}

#[derive(Properties, PartialEq)]
pub struct EffectsEditorProps {
    pub scenario: Rc<Scenario>,
    pub kind: String,
    /// The card's test id (`strip-a-2`).
    pub card: String,
    pub on_change: Callback<Scenario>,
    #[prop_or_default]
    pub locked: bool,
}

/// The three fields of one kind's effects.
#[function_component]
pub fn EffectsEditor(props: &EffectsEditorProps) -> Html {
    let tr = use_tr();
    let error = use_state_eq(|| None::<Field>);
    let Some(effect) = screenshot_effect(&props.kind, &props.scenario.product.screenshot_effects)
    else {
        return html! {};
    };
    let own = props
        .scenario
        .product
        .screenshot_effects
        .contains_key(&props.kind);
    let field = |f: Field| {
        let id = format!("{}-effect-{}", props.card, f.id());
        let onchange = {
            let scenario = props.scenario.clone();
            let kind = props.kind.clone();
            let on_change = props.on_change.clone();
            let error = error.clone();
            Callback::from(move |e: Event| {
                let text = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                let current = screenshot_effect(&kind, &scenario.product.screenshot_effects);
                let next = text
                    .trim()
                    .replace(',', ".")
                    .parse::<f64>()
                    .ok()
                    .zip(current)
                    .and_then(|(x, c)| f.apply(c, x));
                match next {
                    Some(next) => {
                        error.set(None);
                        on_change.emit(with_effect(&scenario, &kind, Some(next)));
                    }
                    None => error.set(Some(f)),
                }
            })
        };
        let (label, step) = match f {
            Field::Value => (tr.t("effects-value"), "0.1"),
            Field::Clarity => (tr.t("effects-clarity"), "1"),
            Field::Trust => (tr.t("effects-trust"), "0.05"),
        };
        let shown = f.shown(&effect);
        // The field shows what the engine uses, rounded so a typed 0.3
        // stays 0.3 rather than 0.30000000000000004.
        let value = format!("{}", (shown * 1e6).round() / 1e6);
        html! {
            <div class="effects-field">
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} type="number" inputmode="decimal" {step} {value}
                    data-testid={id} disabled={props.locked} {onchange}
                    aria-invalid={(*error == Some(f)).then_some("true")} />
            </div>
        }
    };
    let reset = {
        let scenario = props.scenario.clone();
        let kind = props.kind.clone();
        let on_change = props.on_change.clone();
        let error = error.clone();
        Callback::from(move |_: MouseEvent| {
            error.set(None);
            on_change.emit(with_effect(&scenario, &kind, None));
        })
    };
    let name = crate::editor::strings::screenshot_name(&tr, &props.kind);
    html! {
        <div class="effects-editor" role="group"
            aria-label={tr.t_args("effects-label", &[("name", FluentValue::from(name))])}>
            { field(Field::Value) }
            { field(Field::Clarity) }
            { field(Field::Trust) }
            <p class="effects-note">
                { if own { tr.t("effects-own") } else { tr.t("effects-default") } }
            </p>
            if own {
                <button type="button" class="button button-small button-quiet" onclick={reset}
                    disabled={props.locked} data-testid={format!("{}-effect-reset", props.card)}>
                    { tr.t("effects-reset") }
                </button>
            }
            if let Some(f) = *error {
                <p class="effects-error" role="alert" data-testid={format!("{}-effect-error", props.card)}>
                    { tr.t_args("effects-error", &[("field", FluentValue::from(format!("product.screenshot_effects.{}.{}", props.kind, f.id())))]) }
                </p>
            }
        </div>
    }
}

//! The caveat beside the A/B verdict: the screenshot effects behind it are
//! illustrative defaults unless the scenario says otherwise, so the
//! verdict is as good as they are. Shown next to the numbers (not only in
//! the footer) whenever a screenshot of A or B takes its effects from the
//! built-in table, with the way out: edit them on the strip cards, or fit
//! them to observed counts in the "Your data" panel.
//!
//! When the worker has it, the verdict's robustness to those defaults
//! follows: over a documented ±50% spread of every built-in effect
//! (`worthit_engine::robustness`, what `worthit compare` prints), the
//! share of plausible effect sizes in which B wins, and the lift's spread.
//!
//! # Test ids
//!
//! `verdict-caveat` (`data-kinds`: the kinds on built-in effects,
//! space-separated), `verdict-robust` (`data-b-wins`, `data-lo`,
//! `data-hi`, `data-draws`).

use worthit_engine::Scenario;
use worthit_engine::robustness::{EFFECT_SPREAD, Robustness};
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::editor::strings::screenshot_name;
use crate::i18n::use_tr;

/// The screenshot kinds of `a` and `b` whose effects come from the
/// built-in table (no override in `product.screenshot_effects`), each
/// once, in strip order.
pub fn default_kinds(a: &Scenario, b: &Scenario) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in [a, b] {
        for kind in &s.product.screenshots {
            let builtin = !s.product.screenshot_effects.contains_key(kind)
                && worthit_engine::BUILTIN_SCREENSHOT_KINDS.contains(&kind.as_str());
            if builtin && !out.contains(kind) {
                out.push(kind.clone());
            }
        }
    }
    out
}

#[derive(Properties, PartialEq)]
pub struct CaveatProps {
    pub kinds: Vec<String>,
    /// The verdict over plausible effect sizes, once computed.
    #[prop_or_default]
    pub robustness: Option<Robustness>,
}

/// "Gameplay and characters use illustrative effects, not measured ones:
/// …". Nothing when every effect is the scenario's own.
#[function_component]
pub fn Caveat(props: &CaveatProps) -> Html {
    let tr = use_tr();
    if props.kinds.is_empty() {
        return html! {};
    }
    let nf = tr.numbers();
    let names: Vec<String> = props
        .kinds
        .iter()
        .map(|k| screenshot_name(&tr, k))
        .collect();
    let names = tr.numbers().join(&names);
    html! {
        <p class="verdict-caveat" data-testid="verdict-caveat" data-kinds={props.kinds.join(" ")}>
            <span class="verdict-caveat-mark" aria-hidden="true">{ "ⓘ" }</span>
            <span>
                { tr.t_args("verdict-caveat", &[("kinds", FluentValue::from(names))]) }
                if let Some(r) = &props.robustness {
                    { " " }
                    <span class="verdict-robust" data-testid="verdict-robust"
                        data-b-wins={r.b_wins_share.to_string()} data-lo={r.lift_ci95[0].to_string()}
                        data-hi={r.lift_ci95[1].to_string()} data-draws={r.draws.to_string()}>
                        { tr.t_args("verdict-robust", &[
                            ("share", FluentValue::from(nf.percent(r.b_wins_share, 0))),
                            ("spread", FluentValue::from(nf.percent(EFFECT_SPREAD, 0))),
                            ("interval", FluentValue::from(nf.points_range(r.lift_ci95[0], r.lift_ci95[1], 1))),
                            ("draws", FluentValue::from(r.draws as u64)),
                        ]) }
                    </span>
                }
            </span>
        </p>
    }
}

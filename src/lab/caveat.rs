//! The caveat beside the A/B verdict: the screenshot effects behind it are
//! illustrative defaults unless the scenario says otherwise, so the
//! verdict is as good as they are. Shown next to the numbers (not only in
//! the footer) whenever a screenshot of A or B takes its effects from the
//! built-in table, with the way out: edit them on the strip cards, or fit
//! them to observed counts in the "Your data" panel.
//!
//! # Test ids
//!
//! `verdict-caveat` (`data-kinds`: the kinds on built-in effects,
//! space-separated).

use worthit_engine::Scenario;
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
}

/// "Gameplay and characters use illustrative effects, not measured ones:
/// …". Nothing when every effect is the scenario's own.
#[function_component]
pub fn Caveat(props: &CaveatProps) -> Html {
    let tr = use_tr();
    if props.kinds.is_empty() {
        return html! {};
    }
    let names: Vec<String> = props.kinds.iter().map(|k| screenshot_name(&tr, k)).collect();
    let names = tr.numbers().join(&names);
    html! {
        <p class="verdict-caveat" data-testid="verdict-caveat" data-kinds={props.kinds.join(" ")}>
            <span class="verdict-caveat-mark" aria-hidden="true">{ "ⓘ" }</span>
            { tr.t_args("verdict-caveat", &[("kinds", FluentValue::from(names))]) }
        </p>
    }
}

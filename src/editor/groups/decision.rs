//! Decision rule: threshold, beat the alternatives, or a noisy (logit)
//! choice with a temperature.

use worthit_engine::Decision;
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::{NumberField, use_uid};

/// Temperature given to a freshly chosen logit rule: noisy enough to see,
/// small against the usual value of a few points.
const DEFAULT_TEMPERATURE: f64 = 1.0;

#[component]
pub fn DecisionGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let uid = use_uid();
    let decision = ctx.scenario.decision;
    let locked = ctx.is_locked("decision");

    let rules = [
        (
            "threshold",
            tr.t("editor-rule-threshold"),
            tr.t("editor-rule-threshold-hint"),
        ),
        (
            "beat_alternatives",
            tr.t("editor-rule-beat"),
            tr.t("editor-rule-beat-hint"),
        ),
        (
            "logit",
            tr.t("editor-rule-logit"),
            tr.t("editor-rule-logit-hint"),
        ),
    ];
    let current = match decision {
        Decision::Threshold => "threshold",
        Decision::BeatAlternatives => "beat_alternatives",
        Decision::Logit { .. } => "logit",
    };

    html! {
        <fieldset class="ed-group" data-testid="group-decision">
            <legend>{ tr.t("editor-group-decision") }</legend>
            <div class="ed-radios">
                { for rules.into_iter().map(|(key, label, hint)| {
                    let id = format!("{uid}-{key}");
                    let hint_id = format!("{id}-hint");
                    let onchange = ctx.with(move |s, _: Event| {
                        s.decision = match key {
                            "threshold" => Decision::Threshold,
                            "logit" => match s.decision {
                                keep @ Decision::Logit { .. } => keep,
                                _ => Decision::Logit { temperature: DEFAULT_TEMPERATURE },
                            },
                            _ => Decision::BeatAlternatives,
                        };
                    });
                    html! {
                        <div class="ed-radio">
                            <input type="radio" id={id.clone()} name={format!("{uid}-rule")} value={key}
                                checked={current == key} disabled={locked}
                                aria-describedby={hint_id.clone()}
                                data-testid={format!("decision-{key}")} {onchange} />
                            <label for={id}>{ label }</label>
                            <p class="ed-radio__hint" id={hint_id}>{ hint }</p>
                        </div>
                    }
                }) }
            </div>
            if let Decision::Logit { temperature } = decision {
                <NumberField label={tr.t("editor-temperature")} hint={tr.t("editor-temperature-hint")}
                    value={temperature} min={0.05} max={10.0} step={0.05} testid="temperature"
                    disabled={locked}
                    on_change={ctx.number(|s, t| s.decision = Decision::Logit { temperature: t })} />
            }
        </fieldset>
    }
}

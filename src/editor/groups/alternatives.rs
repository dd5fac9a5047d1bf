//! Alternatives: well-known options a person could pick instead, each with
//! its own value and costs.

use worthit_engine::{Alternative, Dist};
use yew::prelude::*;

use super::GroupProps;
use super::costs::{cost_rows, locate_costs};
use crate::editor::dist::DistEditor;
use crate::editor::dist_map::Kind;
use crate::editor::fold::Fold;
use crate::editor::strings;
use crate::editor::text_field::TextField;
use worthit_engine::validate::MAX_ALTERNATIVES;

#[component]
pub fn AlternativesGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    // The alternative just added opens; others keep whatever was chosen.
    let opened = use_state(|| None::<usize>);
    let alternatives = &ctx.scenario.alternatives;
    let locked = ctx.is_locked("alternatives");

    let on_add = {
        let ctx = ctx.clone();
        let opened = opened.clone();
        Callback::from(move |_: MouseEvent| {
            let n = ctx.scenario.alternatives.len();
            if n < MAX_ALTERNATIVES {
                // A new rival starts as a copy of the product: a neutral
                // point to move away from.
                ctx.apply(|s| {
                    s.alternatives.push(Alternative {
                        name: strings::new_alternative_name(&ctx.tr, n + 1),
                        value: s.product.value,
                        costs: s.product.costs.clone(),
                    })
                });
                opened.set(Some(n));
            }
        })
    };

    html! {
        <fieldset class="ed-group" data-testid="group-alternatives">
            <legend>{ tr.t("editor-group-alternatives") }</legend>
            <p class="ed-group__hint">{ tr.t("editor-alternatives-hint") }</p>
            if alternatives.is_empty() {
                <p class="ed-note" data-testid="alternatives-empty">{ tr.t("editor-alternatives-empty") }</p>
            }
            { for alternatives.iter().enumerate().map(|(i, alt)| {
                let path = format!("alternatives[{i}]");
                let dis = locked || ctx.is_locked(&path);
                html! {
                    <Fold class="ed-item" open={*opened == Some(i)} testid={format!("alt-{i}")}
                        summary={html! { worthit_i18n::scenario_text::localize_name(&tr, &alt.name) }}>
                        <div class="ed-item__body">
                            <TextField label={tr.t("editor-alternative-name")} value={worthit_i18n::scenario_text::localize_name(&tr, &alt.name)}
                                testid={format!("alt-{i}-name")} disabled={dis}
                                on_change={ctx.with(move |s, name: String| {
                                    if let Some(a) = s.alternatives.get_mut(i) { a.name = name; }
                                })} />
                            <DistEditor title={tr.t("editor-value-title")} hint={tr.t("editor-alt-value-hint")}
                                dist={Some(alt.value)} kinds={&Kind::VALUE_KINDS[..]}
                                mean_min={-10.0} mean_max={30.0} spread_max={10.0} step={0.1}
                                testid={format!("alt-{i}-value")} advanced={ctx.advanced}
                                disabled={dis || ctx.is_locked(&format!("{path}.value"))}
                                on_change={ctx.with(move |s, d: Option<Dist>| {
                                    if let (Some(a), Some(d)) = (s.alternatives.get_mut(i), d) { a.value = d; }
                                })} />
                            <Fold class="ed-sub" testid={format!("alt-{i}-costs")} summary={html! { tr.t("editor-alt-costs") }}>
                                { cost_rows(ctx, &alt.costs, &format!("{path}.costs"), &format!("alt-{i}-cost"),
                                    locate_costs(move |s| s.alternatives.get_mut(i).map(|a| &mut a.costs))) }
                            </Fold>
                            <button type="button" class="ed-button ed-button--remove"
                                aria-label={strings::remove_alternative(&tr, &alt.name)}
                                disabled={dis} data-testid={format!("alt-{i}-remove")}
                                onclick={ctx.click(move |s| if i < s.alternatives.len() { s.alternatives.remove(i); })}>
                                { tr.t("editor-remove") }
                            </button>
                        </div>
                    </Fold>
                }
            }) }
            <button type="button" class="ed-button ed-button--add" onclick={on_add}
                disabled={locked || alternatives.len() >= MAX_ALTERNATIVES} data-testid="add-alternative">
                { "+ " }{ tr.t("editor-add-alternative") }
            </button>
        </fieldset>
    }
}

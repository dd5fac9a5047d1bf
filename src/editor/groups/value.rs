//! Value: the product's name, its perceived value and an optional claim.

use worthit_engine::Dist;
use yew::prelude::*;

use super::GroupProps;
use crate::editor::dist::DistEditor;
use crate::editor::dist_map::Kind;
use crate::editor::field::{NumberField, use_uid};
use crate::editor::text_field::TextField;

/// Where a freshly switched-on claim starts: a modest over-claim above the
/// mean, on the rising side of the inverted U.
const NEW_CLAIM_ABOVE_MEAN: f64 = 2.0;

#[component]
pub fn ValueGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let uid = use_uid();
    let claim_id = format!("{uid}-claim");
    let product = &ctx.scenario.product;
    let claim = product.claim;
    let claim_locked = ctx.is_locked("product.claim");

    let on_claim_toggle = ctx.toggle(|s, on| {
        s.product.claim = on.then(|| {
            let mean = crate::editor::dist_map::mean_spread(Some(&s.product.value)).0;
            (mean + NEW_CLAIM_ABOVE_MEAN).clamp(0.0, 50.0).round()
        });
    });

    html! {
        <fieldset class="ed-group" data-testid="group-value">
            <legend>{ tr.t("editor-group-value") }</legend>
            <TextField label={tr.t("editor-product-name")} value={worthit_i18n::scenario_text::localize_name(&tr, &product.name)}
                testid="product-name" disabled={ctx.is_locked("product.name")}
                on_change={ctx.with(|s, name: String| s.product.name = name)} />
            <DistEditor title={tr.t("editor-value-title")} hint={tr.t("editor-value-hint")}
                dist={Some(product.value)} kinds={&Kind::VALUE_KINDS[..]}
                mean_min={-10.0} mean_max={30.0} spread_max={10.0} step={0.1}
                testid="value" advanced={ctx.advanced}
                disabled={ctx.is_locked("product.value")}
                on_change={ctx.with(|s, d: Option<Dist>| if let Some(d) = d { s.product.value = d })} />
            <div class="ed-check">
                <input type="checkbox" id={claim_id.clone()} checked={claim.is_some()}
                    disabled={claim_locked} data-testid="claim-on" onchange={on_claim_toggle} />
                <label for={claim_id}>{ tr.t("editor-claim-on") }</label>
            </div>
            if let Some(claim) = claim {
                <NumberField label={tr.t("editor-claim")} hint={tr.t("editor-claim-hint")}
                    value={claim} min={0.0} max={50.0} step={0.5} testid="claim"
                    disabled={claim_locked}
                    on_change={ctx.number(|s, v| s.product.claim = Some(v))} />
                <NumberField label={tr.t("editor-credibility")} hint={tr.t("editor-credibility-hint")}
                    value={product.credibility} min={0.1} max={20.0} step={0.1} testid="credibility"
                    disabled={ctx.is_locked("product.credibility")}
                    on_change={ctx.number(|s, v| s.product.credibility = v)} />
            }
        </fieldset>
    }
}

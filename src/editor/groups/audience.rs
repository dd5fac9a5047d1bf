//! Audience: segments with their share, weights, skepticism and how many
//! screenshots they view. No segments means one implied "Everyone".

use worthit_engine::{CostKind, Scenario, Segment, Weights};
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::{NumberField, use_uid};
use crate::editor::fold::Fold;
use crate::editor::strings;
use crate::editor::text_field::TextField;
use worthit_engine::validate::MAX_SEGMENTS;

/// The weight of one term: `None` is value, `Some(k)` a cost.
fn weight_mut(w: &mut Weights, term: Option<CostKind>) -> &mut f64 {
    match term {
        None => &mut w.value,
        Some(CostKind::Money) => &mut w.money,
        Some(CostKind::Time) => &mut w.time,
        Some(CostKind::Learning) => &mut w.learning,
        Some(CostKind::Trust) => &mut w.trust,
        Some(CostKind::Emotional) => &mut w.emotional,
        Some(CostKind::Safety) => &mut w.safety,
    }
}

/// Applies an edit to segment `i` if it still exists.
fn on_segment(s: &mut Scenario, i: usize, edit: impl FnOnce(&mut Segment)) {
    if let Some(seg) = s.segments.get_mut(i) {
        edit(seg);
    }
}

#[component]
pub fn AudienceGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let uid = use_uid();
    // The segment just added opens; others keep whatever the person chose.
    let opened = use_state(|| None::<usize>);
    let segments = &ctx.scenario.segments;
    let locked = ctx.is_locked("segments");
    let total: f64 = segments.iter().map(|s| s.share.max(0.0)).sum();

    let on_add = {
        let ctx = ctx.clone();
        let opened = opened.clone();
        Callback::from(move |_: MouseEvent| {
            let n = ctx.scenario.segments.len();
            if n < MAX_SEGMENTS {
                ctx.apply(|s| {
                    // The mean share, so the new segment starts as big as an
                    // average one; everything else at the format's defaults.
                    let share = if n == 0 {
                        1.0
                    } else {
                        (total / n as f64).clamp(0.01, 1.0)
                    };
                    s.segments.push(Segment::new(
                        strings::new_segment_name(&ctx.tr, n + 1),
                        share,
                    ))
                });
                opened.set(Some(n));
            }
        })
    };

    html! {
        <fieldset class="ed-group" data-testid="group-audience">
            <legend>{ tr.t("editor-group-audience") }</legend>
            <p class="ed-group__hint">{ tr.t("editor-audience-hint") }</p>
            if segments.is_empty() {
                <p class="ed-note" data-testid="segments-empty">{ tr.t("editor-audience-empty") }</p>
            }
            { for segments.iter().enumerate().map(|(i, seg)| {
                let path = format!("segments[{i}]");
                let dis = locked || ctx.is_locked(&path);
                let pct = if total > 0.0 { 100.0 * seg.share.max(0.0) / total } else { 0.0 };
                let weights_hint = format!("{uid}-w{i}");
                let weight = |term: Option<CostKind>| {
                    let (label, key) = match term {
                        None => (tr.t("editor-weight-value"), "value"),
                        Some(k) => (strings::cost_name(&tr, k), k.name()),
                    };
                    let value = term.map_or(seg.weights.value, |k| seg.weights.cost(k));
                    html! {
                        <NumberField label={label} {value}
                            min={0.0} max={5.0} step={0.1}
                            testid={format!("segment-{i}-weight-{key}")}
                            describedby={weights_hint.clone()}
                            disabled={dis || ctx.is_locked(&format!("{path}.weights.{key}"))}
                            on_change={ctx.number(move |s, v| on_segment(s, i, |g| *weight_mut(&mut g.weights, term) = v))} />
                    }
                };
                html! {
                    <Fold class="ed-item" open={*opened == Some(i)} testid={format!("segment-{i}")}
                        summary={html! { strings::segment_summary(&tr, &worthit_i18n::scenario_text::localize_name(&tr, &seg.name), pct) }}>
                        <div class="ed-item__body">
                            <TextField label={tr.t("editor-segment-name")} value={worthit_i18n::scenario_text::localize_name(&tr, &seg.name)}
                                testid={format!("segment-{i}-name")} disabled={dis}
                                on_change={ctx.with(move |s, name: String| on_segment(s, i, |g| g.name = name))} />
                            <NumberField label={tr.t("editor-share")} hint={tr.t("editor-share-hint")}
                                value={seg.share} min={0.01} max={1.0} step={0.01}
                                testid={format!("segment-{i}-share")} disabled={dis}
                                on_change={ctx.number(move |s, v| on_segment(s, i, |g| g.share = v))} />
                            <NumberField label={tr.t("editor-skepticism")} hint={tr.t("editor-skepticism-hint")}
                                value={seg.skepticism} min={0.0} max={1.0} step={0.01}
                                testid={format!("segment-{i}-skepticism")} disabled={dis}
                                on_change={ctx.number(move |s, v| on_segment(s, i, |g| g.skepticism = v))} />
                            <NumberField label={tr.t("editor-viewed")} hint={tr.t("editor-viewed-hint")}
                                value={seg.screenshots_viewed} min={0.0} max={10.0} step={0.1}
                                testid={format!("segment-{i}-viewed")} disabled={dis}
                                on_change={ctx.number(move |s, v| on_segment(s, i, |g| g.screenshots_viewed = v))} />
                            <Fold class="ed-sub" testid={format!("segment-{i}-weights")} summary={html! { tr.t("editor-weights") }}>
                                <p class="ed-group__hint" id={weights_hint.clone()}>{ tr.t("editor-weights-hint") }</p>
                                <div class="ed-weights">
                                    { weight(None) }
                                    { for CostKind::ALL.into_iter().map(|k| weight(Some(k))) }
                                </div>
                            </Fold>
                            <button type="button" class="ed-button ed-button--remove"
                                aria-label={strings::remove_segment(&tr, &seg.name)}
                                disabled={dis} data-testid={format!("segment-{i}-remove")}
                                onclick={ctx.click(move |s| if i < s.segments.len() { s.segments.remove(i); })}>
                                { tr.t("editor-remove") }
                            </button>
                        </div>
                    </Fold>
                }
            }) }
            <button type="button" class="ed-button ed-button--add" onclick={on_add}
                disabled={locked || segments.len() >= MAX_SEGMENTS} data-testid="add-segment">
                { "+ " }{ tr.t("editor-add-segment") }
            </button>
        </fieldset>
    }
}

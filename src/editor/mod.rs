//! The scenario editor: every input of a scenario as labelled native
//! controls, grouped as a person thinks about a product (issue 4).
//!
//! The editor holds no copy of the scenario: it renders the one it is given
//! and emits a whole new [`Scenario`] through `on_change` on every valid
//! edit (sliders while dragging, number and text boxes on commit). Invalid
//! typed values show an inline message and are never emitted. The page
//! throttles runs; the editor does not.
//!
//! A slider step re-renders only the group it belongs to: each group
//! compares just its part of the scenario ([`groups::Part`]), and every
//! edit is applied to the editor's current scenario ([`edit::Live`]), never
//! to the copy a group saw when it last rendered.
//!
//! # Test ids (`data-testid`), stable for end-to-end tests
//!
//! Number boxes carry the id below; their slider is `{id}-range` and their
//! inline message `{id}-error`. `{k}` is a cost component (`money`, `time`,
//! `learning`, `trust`, `emotional`, `safety`); `{i}` counts from 0.
//!
//! - Editor: `editor`, `advanced` (checkbox: show distribution shapes).
//! - Groups: `group-value`, `group-costs`, `group-screenshots`,
//!   `group-audience`, `group-alternatives`, `group-decision`,
//!   `group-time`, `group-simulation`.
//! - Value: `product-name`, `value-mean`, `value-sd`, `value-kind` (select,
//!   advanced mode), `value-group`, `claim-on` (checkbox), `claim`,
//!   `credibility`.
//! - Costs: `cost-{k}-mean`, `cost-{k}-sd`, `cost-{k}-kind`, `cost-{k}-group`.
//! - Correlations (`group-correlations`, shown with the costs):
//!   `corr-{i}` (list item, `data-a`/`data-b` hold the quantities: `value`
//!   or a cost), `corr-{i}-words` (select: `strongly`, `a-little`,
//!   `not-at-all`, `opposite`), `corr-{i}-rho` (number box, −1..1),
//!   `corr-{i}-remove`, `corr-{i}-error` (the engine's message when an
//!   edit is refused), `correlations-empty`, `corr-pair` (select of pairs
//!   that can be added, `data-pair` e.g. `value-trust`), `add-correlation`,
//!   `corr-add-error`.
//! - Screenshots: `screenshot-{i}` (list item, `data-kind` holds the kind),
//!   `screenshot-{i}-up`, `screenshot-{i}-down`, `screenshot-{i}-remove`,
//!   `screenshot-kind` (select), `add-screenshot`.
//! - Audience: `add-segment`, `segments-empty`, `segment-{i}` (details),
//!   `segment-{i}-name`, `segment-{i}-share`, `segment-{i}-skepticism`,
//!   `segment-{i}-viewed`, `segment-{i}-weights` (details),
//!   `segment-{i}-weight-value`, `segment-{i}-weight-{k}`,
//!   `segment-{i}-remove`.
//! - Alternatives: `add-alternative`, `alternatives-empty`, `alt-{i}`
//!   (details), `alt-{i}-name`, `alt-{i}-value-mean`, `alt-{i}-value-sd`,
//!   `alt-{i}-value-kind`, `alt-{i}-costs` (details),
//!   `alt-{i}-cost-{k}-mean`, `alt-{i}-cost-{k}-sd`,
//!   `alt-{i}-cost-{k}-kind`, `alt-{i}-remove`.
//! - Decision: `decision-threshold`, `decision-beat_alternatives`,
//!   `decision-logit` (radios), `temperature`.
//! - Time: `diffusion-on` (checkbox: adoption over time), `periods`,
//!   `diffusion-p`, `diffusion-q`, `social-proof`, `bass-averages` (button:
//!   the published averages p = 0.03, q = 0.38).
//! - Simulation: `users`, `seed`, `new-seed`.
//!
//! The `details` of segments and alternatives (and their weights and
//! costs) are [`fold::Fold`]s: what is inside one exists only once it has
//! been opened (a person clicks its summary; an added item opens by
//! itself).

pub mod dist;
pub use worthit_page_core::dist_map;
pub mod edit;
pub mod field;
pub mod fold;
pub mod groups;
pub mod strings;
pub mod text_field;

use std::rc::Rc;

use worthit_engine::Scenario;
use yew::prelude::*;

use edit::{EditCtx, Live};
use field::use_uid;
use groups::{
    AlternativesGroup, AudienceGroup, CorrelationsGroup, CostsGroup, DecisionGroup, Part,
    RetentionGroup, ScreenshotsGroup, SimulationGroup, TimeGroup, ValueGroup,
};

/// The groups, for [`EditorProps::groups`] and `?controls=`.
pub use worthit_page_core::groups::EditorGroup;

#[derive(Properties, PartialEq, Clone)]
pub struct EditorProps {
    /// The scenario shown; the editor re-renders from whatever it is given.
    pub scenario: Scenario,
    /// Receives the whole new scenario after every valid edit.
    pub on_change: Callback<Scenario>,
    /// Paths that cannot be changed (issue 6), e.g. `product.costs.trust`,
    /// `segments`, `users`; a path locks everything under it and `*` locks
    /// all. Locked controls are shown disabled.
    #[prop_or_default]
    pub locked: Vec<String>,
    /// Groups to show; empty shows all.
    #[prop_or_default]
    pub groups: Vec<EditorGroup>,
    /// JSON paths to mark as changed (compare mode: where B differs from
    /// A). The groups holding them are listed in the root's
    /// `data-differs` attribute, which the style sheet marks.
    #[prop_or_default]
    pub highlight: Vec<String>,
    /// Each group folded into a `<details>` under its name (the compact
    /// embed): closed, unless it is the only group shown.
    #[prop_or_default]
    pub folded: bool,
}

#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let uid = use_uid();
    let advanced = use_state(|| false);
    let tr = crate::i18n::use_tr();
    // Where the groups' edits go: the same for every render, so a group
    // whose part did not change need not re-render (`groups::Part`).
    let scenario = Rc::new(props.scenario.clone());
    let live = use_memo((), |_| Live::new(scenario.clone(), props.on_change.clone()));
    let ctx = EditCtx::new(
        live,
        scenario,
        props.on_change.clone(),
        Rc::new(props.locked.clone()),
        *advanced,
        tr.clone(),
    );
    let show = |group: EditorGroup| props.groups.is_empty() || props.groups.contains(&group);
    let on_advanced = {
        let advanced = advanced.clone();
        Callback::from(move |e: Event| {
            advanced.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let advanced_id = format!("{uid}-advanced");
    let mut differs: Vec<&str> = Vec::new();
    for group in props
        .highlight
        .iter()
        .filter_map(|p| EditorGroup::of_path(p).map(EditorGroup::key))
    {
        if !differs.contains(&group) {
            differs.push(group);
        }
    }

    let shown_groups = EditorGroup::ALL.iter().filter(|g| show(**g)).count();
    let fold = |group: EditorGroup, body: Html| -> Html {
        if !props.folded {
            return body;
        }
        html! {
            <details class="ed-fold" data-testid={format!("fold-{}", group.key())} open={shown_groups == 1}>
                <summary class="ed-fold__summary">{ tr.t(group.label_key()) }</summary>
                { body }
            </details>
        }
    };
    html! {
        <div class={classes!("ed", props.folded.then_some("ed--folded"))} data-testid="editor" role="group" aria-label={tr.t("editor-label")}
            data-differs={(!differs.is_empty()).then(|| differs.join(" "))}>
            if show(EditorGroup::Value) || show(EditorGroup::Costs) || show(EditorGroup::Alternatives) {
                <div class="ed-check ed-check--top">
                    <input type="checkbox" id={advanced_id.clone()} checked={*advanced}
                        data-testid="advanced" onchange={on_advanced} />
                    <label for={advanced_id}>{ tr.t("editor-advanced") }</label>
                </div>
            }
            if show(EditorGroup::Value) { { fold(EditorGroup::Value, html! { <ValueGroup ctx={ctx.clone()} part={Part::Value} /> }) } }
            // Correlations join the product's value and costs, so they
            // show wherever the costs do (`?controls=costs` included).
            if show(EditorGroup::Costs) { { fold(EditorGroup::Costs, html! { <>
                <CostsGroup ctx={ctx.clone()} part={Part::Costs} />
                <CorrelationsGroup ctx={ctx.clone()} part={Part::Correlations} />
            </> }) } }
            if show(EditorGroup::Screenshots) { { fold(EditorGroup::Screenshots, html! { <ScreenshotsGroup ctx={ctx.clone()} part={Part::Screenshots} /> }) } }
            if show(EditorGroup::Audience) { { fold(EditorGroup::Audience, html! { <AudienceGroup ctx={ctx.clone()} part={Part::Audience} /> }) } }
            if show(EditorGroup::Alternatives) { { fold(EditorGroup::Alternatives, html! { <AlternativesGroup ctx={ctx.clone()} part={Part::Alternatives} /> }) } }
            if show(EditorGroup::Decision) { { fold(EditorGroup::Decision, html! { <DecisionGroup ctx={ctx.clone()} part={Part::Decision} /> }) } }
            if show(EditorGroup::Time) { { fold(EditorGroup::Time, html! { <TimeGroup ctx={ctx.clone()} part={Part::Time} /> }) } }
            if show(EditorGroup::Retention) { { fold(EditorGroup::Retention, html! { <RetentionGroup ctx={ctx.clone()} part={Part::Retention} /> }) } }
            if show(EditorGroup::Simulation) { { fold(EditorGroup::Simulation, html! { <SimulationGroup {ctx} part={Part::Simulation} /> }) } }
        </div>
    }
}

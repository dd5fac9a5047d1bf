//! Compare mode's workspace: variants A and B edited side by side (one at
//! a time on a phone, chosen by the A/B switch), what B changes listed and
//! marked in both editors, and the lab's cards beside them.
//!
//! # Test ids
//!
//! `compare-mode` (the workspace; `data-editing` is `a` or `b`),
//! `edit-a` / `edit-b` (the A/B switch), `variant-a` / `variant-b` (the
//! columns; each holds a strip `strip-a` / `strip-b` and an `editor` whose
//! `data-differs` lists the groups where B differs), `compare-diff` (the
//! list; `data-paths` holds every differing path, space-separated),
//! `diff-{group}` (one item per group, e.g. `diff-screenshots`),
//! `compare-same` (shown while B equals A), `reset-b` (discards B's
//! changes: B becomes a copy of A again).

use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use super::claims::ClaimExplorer;
use super::diff::{GroupDiff, differences};
use super::next::NextScreenshot;
use super::state::Side;
use super::strip::Strip;
use super::verdict::Verdict;
use crate::editor::{Editor, EditorGroup};
use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub a: Rc<Scenario>,
    pub b: Rc<Scenario>,
    /// The variant the lab's cards work on (and, on phones, the one shown).
    pub editing: Side,
    pub on_edit_a: Callback<Scenario>,
    pub on_edit_b: Callback<Scenario>,
    pub on_editing: Callback<Side>,
    /// "Start B again from A": discards B's own changes, knowingly.
    #[prop_or_default]
    pub on_reset_b: Callback<()>,
    /// Editor groups to show; empty shows all (embedding, `?controls=`).
    #[prop_or_default]
    pub groups: Vec<EditorGroup>,
    /// Locked paths, as for the editor.
    #[prop_or_default]
    pub locked: Vec<String>,
    /// The page's prediction (`crate::exercise::predict`): while it hides
    /// the answer, the verdict shows the question instead of its numbers
    /// and the cards that compute adoption are left out.
    #[prop_or_default]
    pub predict: Option<crate::exercise::predict::Handle>,
    /// The exercise panel with its goal (`crate::exercise::ExercisePanel`
    /// in compare mode), first in the side column as in single mode.
    #[prop_or_default]
    pub exercise: Html,
}

#[function_component]
pub fn CompareWorkspace(props: &CompareProps) -> Html {
    let tr = use_tr();
    let (paths, groups) = {
        let (a, b) = (props.a.clone(), props.b.clone());
        let diff = use_memo((a, b), |(a, b)| differences(a, b));
        (*diff).clone()
    };
    let shown = |group: EditorGroup| props.groups.is_empty() || props.groups.contains(&group);
    let editor_groups = |side: Side| -> Vec<EditorGroup> {
        EditorGroup::ALL
            .into_iter()
            .filter(|g| *g != EditorGroup::Screenshots && shown(*g))
            // B runs on A's people and seed: its own would change nothing.
            .filter(|g| !(side == Side::B && *g == EditorGroup::Simulation))
            .collect()
    };
    let strip_locked = props
        .locked
        .iter()
        .any(|l| crate::editor::edit::path_is_under("product.screenshots", l));

    let variant = |side: Side| {
        let (scenario, on_change) = match side {
            Side::A => (props.a.clone(), props.on_edit_a.clone()),
            Side::B => (props.b.clone(), props.on_edit_b.clone()),
        };
        let onfocusin = {
            let on_editing = props.on_editing.clone();
            Callback::from(move |_: FocusEvent| on_editing.emit(side))
        };
        let title_id = format!("variant-{}-title", side.id());
        let active = props.editing == side;
        html! {
            <section class={classes!("lab-variant", format!("lab-variant--{}", side.id()), active.then_some("is-active"))}
                aria-labelledby={title_id.clone()} data-testid={format!("variant-{}", side.id())} {onfocusin}>
                <div class="lab-variant-head">
                    <h2 id={title_id} class="lab-variant-title">
                        <span class="lab-variant-badge" aria-hidden="true">{ side.name() }</span>
                        { match side {
                            Side::A => tr.t("compare-variant-a"),
                            Side::B => tr.t("compare-variant-b"),
                        } }
                    </h2>
                    if side == Side::B {
                        <p class="lab-variant-note">{ tr.t("compare-b-people") }</p>
                    }
                </div>
                if shown(EditorGroup::Screenshots) {
                    <Strip scenario={scenario.clone()} on_change={on_change.clone()} {side} locked={strip_locked}
                        differs={groups.iter().any(|g| g.group == Some(EditorGroup::Screenshots))} />
                }
                <Editor scenario={(*scenario).clone()} {on_change} groups={editor_groups(side)}
                    locked={props.locked.clone()} highlight={paths.clone()} />
            </section>
        }
    };

    let switch = |side: Side| {
        let on_editing = props.on_editing.clone();
        let pressed = props.editing == side;
        html! {
            <button type="button" class={classes!("lab-switch-button", pressed.then_some("is-on"))}
                aria-pressed={pressed.to_string()} data-testid={format!("edit-{}", side.id())}
                onclick={Callback::from(move |_: MouseEvent| on_editing.emit(side))}>
                { match side {
                    Side::A => tr.t("compare-edit-a"),
                    Side::B => tr.t("compare-edit-b"),
                } }
            </button>
        }
    };

    // While a prediction hides the answer, nothing that shows adoption
    // is drawn (the verdict keeps its card for the status line).
    let hiding = props.predict.as_ref().is_some_and(|p| p.hiding());
    let (focus, on_focus_change) = match props.editing {
        Side::A => (props.a.clone(), props.on_edit_a.clone()),
        Side::B => (props.b.clone(), props.on_edit_b.clone()),
    };
    html! {
        <main class="lab-workspace" id="compare" data-testid="compare-mode"
            data-editing={props.editing.id()} aria-labelledby="compare-title">
            <h2 id="compare-title" class="visually-hidden">{ tr.t("compare-title") }</h2>
            <div class="lab-side">
                { props.exercise.clone() }
                if let Some(handle) = props.predict.clone().filter(|h| h.spec.is_some()) {
                    <crate::exercise::predict::PredictPanel {handle} />
                }
                <Verdict a={props.a.clone()} b={props.b.clone()} predict={props.predict.clone()} />
                if !hiding {
                    <crate::data::YourData scenario={props.a.clone()} b={Some(props.b.clone())}
                        on_apply={apply_both(&props.on_edit_a, &props.on_edit_b)} />
                }
                <DiffSummary paths={paths.clone()} groups={groups.clone()} on_reset_b={props.on_reset_b.clone()} />
                if !hiding {
                    <NextScreenshot scenario={focus.clone()} on_change={on_focus_change.clone()}
                        side={Some(props.editing)} open=true />
                    <ClaimExplorer scenario={focus} on_change={on_focus_change}
                        side={Some(props.editing)} open=true />
                }
            </div>
            <div class="lab-switch" role="group" aria-label={tr.t("compare-switch-label")}>
                { switch(Side::A) }
                { switch(Side::B) }
            </div>
            { variant(Side::A) }
            { variant(Side::B) }
        </main>
    }
}

/// Loads a calibration's baseline into A and, when given, B.
fn apply_both(
    on_a: &Callback<Scenario>,
    on_b: &Callback<Scenario>,
) -> Callback<(Scenario, Option<Scenario>)> {
    let (on_a, on_b) = (on_a.clone(), on_b.clone());
    Callback::from(move |(a, b): (Scenario, Option<Scenario>)| {
        on_a.emit(a);
        if let Some(b) = b {
            on_b.emit(b);
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct DiffSummaryProps {
    /// Every path where B differs from A ([`differences`]).
    pub paths: Vec<String>,
    /// The same paths by editor group.
    pub groups: Vec<GroupDiff>,
    /// Discards B (the "Start B again from A" button).
    #[prop_or_default]
    pub on_reset_b: Callback<()>,
}

/// "B differs from A in 3 places: Screenshots (product.screenshots[2], …)
/// · Costs (…)", or that B is still a copy of A.
#[function_component]
pub fn DiffSummary(props: &DiffSummaryProps) -> Html {
    let tr = use_tr();
    if props.paths.is_empty() {
        return html! {
            <section class="lab-card compare-diff" data-testid="compare-diff" data-paths=""
                aria-labelledby="compare-diff-title">
                <h3 id="compare-diff-title" class="lab-card-subtitle">{ tr.t("compare-diff-title") }</h3>
                <p data-testid="compare-same">{ tr.t("compare-same-yet") }</p>
            </section>
        };
    }
    html! {
        <section class="lab-card compare-diff" data-testid="compare-diff" data-paths={props.paths.join(" ")}
            aria-labelledby="compare-diff-title">
            <h3 id="compare-diff-title" class="lab-card-subtitle">{ tr.t("compare-diff-title") }</h3>
            <p>{ tr.t_args("compare-diff-count", &[("count", FluentValue::from(props.paths.len() as u64))]) }</p>
            <ul class="compare-diff-list">
                { for props.groups.iter().map(|g| html! {
                    <li data-testid={format!("diff-{}", g.key())}>
                        <span class="compare-diff-group">{ group_name(&tr, g.group) }</span>
                        { " " }
                        <span class="compare-diff-paths">
                            { for g.paths.iter().map(|p| html! { <code>{ p.clone() }</code> }) }
                        </span>
                    </li>
                }) }
            </ul>
            <button type="button" class="button button-small button-quiet" data-testid="reset-b"
                onclick={props.on_reset_b.reform(|_: MouseEvent| ())}>
                { tr.t("compare-reset-b") }
            </button>
        </section>
    }
}

/// The editor's name of a group; "other" for paths no group edits.
fn group_name(tr: &Translator, group: Option<EditorGroup>) -> String {
    match group {
        Some(group) => tr.t(group.label_key()),
        None => tr.t("compare-diff-other"),
    }
}

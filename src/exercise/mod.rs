//! The classroom exercise panel: the task, the goal in plain
//! words, whether the current answer meets it, a hint on request, and
//! buttons to start, reset or leave the exercise.
//!
//! An exercise is active when the current scenario carries an `exercise`
//! block. The scenario, block, seed and number of people included, travels
//! in the share link, so every student who opens the teacher's link
//! simulates the same people and sees the same numbers. While an exercise
//! is active the editor locks every control the exercise does not open
//! ([`locked_paths`]).
//!
//! Every bundled preset ships an exercise, but choosing a preset must not
//! lock the page for someone who only wants to explore. So presets load
//! without their exercise ([`without_exercise`]) and the panel offers it
//! ("Start exercise"); starting loads the preset with its exercise, which
//! the share link then carries.
//!
//! # Test ids
//!
//! `exercise` (the panel, `data-active="true|false"`), `exercise-title`,
//! `exercise-goal`, `exercise-status` (`data-met="true|false"`,
//! `data-state="waiting|met|unmet"`, `data-stale`; `data-state="compare"`
//! in compare mode, which shows the goal without checking it), `exercise-hint-toggle`,
//! `exercise-hint`, `exercise-reset`, `exercise-leave`, `exercise-start`.

pub mod predict;
pub mod words;

use std::rc::Rc;

use worthit_engine::exercise::check;
use worthit_engine::{Exercise, Scenario, presets};
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::{Action, AppState, Shown, Source};

/// The editor's locked paths for `scenario`: everything its exercise does
/// not open, or nothing without an exercise.
pub fn locked_paths(scenario: &Scenario) -> Vec<String> {
    scenario
        .exercise
        .as_ref()
        .map(Exercise::locked_paths)
        .unwrap_or_default()
}

/// The scenario without its exercise: how presets are loaded, so that only
/// a person who starts the exercise gets the locks.
pub fn without_exercise(mut scenario: Scenario) -> Scenario {
    scenario.exercise = None;
    scenario
}

/// The editor's locks: the page's own (`?lock=` in embeds) plus the
/// exercise's.
pub fn editor_locks(page_locks: &[String], scenario: &Scenario) -> Vec<String> {
    let mut locks = page_locks.to_vec();
    locks.extend(locked_paths(scenario));
    locks
}

/// The editor's locks while a prediction may be asked for: everything
/// (`*`) while the answer is hidden, so the prediction is about the
/// scenario as given; otherwise [`editor_locks`].
pub fn predict_locks(page_locks: &[String], scenario: &Scenario, hiding: bool) -> Vec<String> {
    let mut locks = editor_locks(page_locks, scenario);
    if hiding {
        locks.push("*".to_string());
    }
    locks
}

/// Wraps the page's edit callback so that, during an exercise, an edit
/// changing anything the exercise does not open is dropped. The editor
/// already disables locked controls; this also holds for every other
/// source of edits (the screenshot lab's buttons), so an exercise cannot
/// be met through a locked input.
pub fn guard(scenario: &Rc<Scenario>, on_edit: Callback<Scenario>) -> Callback<Scenario> {
    let Some(exercise) = scenario.exercise.clone() else {
        return on_edit;
    };
    let current = scenario.clone();
    Callback::from(move |next: Scenario| {
        if exercise.edits_outside(&current, &next).is_empty() {
            on_edit.emit(next);
        }
    })
}

/// The panel's `on_load` for the page: a preset (start, reset) loads as
/// that preset, anything else as an edit.
pub fn loader(
    dispatch: UseReducerDispatcher<AppState>,
) -> Callback<(Scenario, Option<&'static str>)> {
    Callback::from(
        move |(scenario, preset): (Scenario, Option<&'static str>)| {
            dispatch.dispatch(Action::Load {
                scenario,
                source: preset.map_or(Source::Edit, Source::Preset),
            })
        },
    )
}

/// What "Reset exercise" loads: the bundled preset whose exercise this is
/// (so a reload, which reads the edited scenario from the link, still
/// resets to the start), otherwise the first scenario seen with this
/// exercise in this page.
fn reset_target(
    preset: Option<&'static str>,
    first_seen: Option<&Rc<Scenario>>,
) -> Option<(Scenario, Option<&'static str>)> {
    if let Some(p) = preset.and_then(presets::get) {
        return Some((p.scenario(), Some(p.id)));
    }
    first_seen.map(|s| ((**s).clone(), None))
}

/// The bundled preset whose exercise is `exercise`, if any.
fn preset_with_exercise(exercise: &Exercise) -> Option<&'static str> {
    presets::all()
        .iter()
        .find(|p| p.scenario().exercise.as_ref() == Some(exercise))
        .map(|p| p.id)
}

#[derive(Properties, PartialEq)]
pub struct ExercisePanelProps {
    /// The current scenario.
    pub scenario: Rc<Scenario>,
    /// The preset the scenario came from, until it is edited: its exercise
    /// is offered when the scenario has none.
    #[prop_or_default]
    pub preset: Option<&'static str>,
    /// The results on screen.
    #[prop_or_default]
    pub shown: Option<Shown>,
    /// The results on screen belong to an earlier scenario.
    #[prop_or_default]
    pub stale: bool,
    /// A prediction is asked for first: the status says so and shows no
    /// number.
    #[prop_or_default]
    pub hide_answer: bool,
    /// Loads a scenario, with the preset id when it is a bundled preset
    /// (start, reset), without for anything else (leave, reset of an
    /// exercise from a link).
    pub on_load: Callback<(Scenario, Option<&'static str>)>,
    /// Compare mode (A vs. B): the panel shows the exercise and its goal
    /// as in single mode, but the goal is about one scenario and compare
    /// mode has no single result, so instead of a status it says where to
    /// check it; starting, resetting and leaving (which load a scenario
    /// into A under the comparison) are single mode's.
    #[prop_or_default]
    pub compare: bool,
}

/// Shows the active exercise, or offers the current preset's; renders
/// nothing when there is neither.
#[component]
pub fn ExercisePanel(props: &ExercisePanelProps) -> Html {
    let tr = use_tr();
    let hint_open = use_state_eq(|| false);
    let first_seen = use_mut_ref(|| None::<Rc<Scenario>>);
    let exercise = props.scenario.exercise.clone();
    let exercise_preset = use_memo(exercise.clone(), |ex| {
        ex.as_ref().and_then(preset_with_exercise)
    });
    // The preset's exercise to offer (parsed once per preset, not per
    // slider step).
    let offered = use_memo(props.preset, |id| {
        id.and_then(presets::get)
            .map(|p| p.scenario())
            .filter(|s| s.exercise.is_some())
            .map(|s| (Rc::new(s), id.unwrap_or_default()))
    });
    // A new exercise starts with its hint closed.
    {
        let hint_open = hint_open.clone();
        use_effect_with(exercise.clone(), move |_| hint_open.set(false));
    }
    {
        let mut first = first_seen.borrow_mut();
        let same = first
            .as_ref()
            .is_some_and(|f| f.exercise == props.scenario.exercise);
        if !same {
            *first = props
                .scenario
                .exercise
                .is_some()
                .then(|| props.scenario.clone());
        }
    }

    let Some(ex) = exercise else {
        if props.compare {
            return Html::default();
        }
        return match &*offered {
            Some((scenario, id)) => offer(&tr, scenario, id, &props.on_load),
            None => Html::default(),
        };
    };

    let target = reset_target(*exercise_preset, first_seen.borrow().as_ref());
    let at_start = target.as_ref().is_some_and(|(s, _)| *s == *props.scenario);
    let on_reset = {
        let on_load = props.on_load.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(target) = target.clone() {
                on_load.emit(target);
            }
        })
    };
    let on_leave = {
        let on_load = props.on_load.clone();
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            on_load.emit((without_exercise((*scenario).clone()), None))
        })
    };
    let on_hint = {
        let hint_open = hint_open.clone();
        Callback::from(move |_: MouseEvent| hint_open.set(!*hint_open))
    };

    let heading_id = "exercise-heading";
    let hint_id = "exercise-hint";
    // A bundled preset's exercise in the page's language; the goal is still
    // checked with the scenario's own segment name (`status`).
    let shown_ex = worthit_i18n::scenario_text::localize_exercise(&tr, &ex);
    html! {
        <section class="exercise" data-testid="exercise" data-active="true"
            aria-labelledby={heading_id}>
            <p class="exercise__eyebrow">{ tr.t("exercise-label") }</p>
            <h3 class="exercise__title" id={heading_id} data-testid="exercise-title">
                { shown_ex.title.clone() }
            </h3>
            if !shown_ex.instructions.is_empty() {
                <p class="exercise__instructions">{ shown_ex.instructions.clone() }</p>
            }
            <p class="exercise__goal" data-testid="exercise-goal">
                { words::goal_with_controls(&tr, &shown_ex) }
            </p>
            if props.compare {
                <p class="exercise__status" data-testid="exercise-status" data-state="compare">
                    { tr.t("exercise-status-compare") }
                </p>
            } else if props.hide_answer {
                <div class="exercise__status" data-testid="exercise-status" data-met="false"
                    data-state="hidden" data-stale="false">
                    <span class="exercise__verdict">{ tr.t("exercise-status-predict-first") }</span>
                </div>
            } else {
                { status(&tr, &ex, props.shown.as_ref(), props.stale) }
            }
            // Compare mode does not lock the exercise's controls (it
            // is not checked there), so the note about locks is single
            // mode's.
            if !props.compare {
                <p class="exercise__note">
                    { tr.t("exercise-locked-note") }
                    <span class="exercise__share-note">
                        { " " }
                        { tr.t_args("exercise-same-numbers", &[
                            ("users", FluentValue::from(props.scenario.users)),
                            ("seed", FluentValue::from(props.scenario.seed.to_string())),
                        ]) }
                    </span>
                </p>
            }
            <div class="exercise__actions">
                if ex.hint.is_some() {
                    <button type="button" class="button button-small" data-testid="exercise-hint-toggle"
                        aria-expanded={hint_open.to_string()} aria-controls={hint_id} onclick={on_hint}>
                        { if *hint_open { tr.t("exercise-hide-hint") } else { tr.t("exercise-show-hint") } }
                    </button>
                }
                if !props.compare {
                    <button type="button" class="button button-small" data-testid="exercise-reset"
                        disabled={at_start} onclick={on_reset}>
                        { tr.t("exercise-reset") }
                    </button>
                    <button type="button" class="button button-small button-quiet" data-testid="exercise-leave"
                        onclick={on_leave}>
                        { tr.t("exercise-leave") }
                    </button>
                }
            </div>
            if let Some(hint) = &shown_ex.hint {
                <p class="exercise__hint" id={hint_id} data-testid="exercise-hint" hidden={!*hint_open}>
                    { hint.clone() }
                </p>
            }
            if *hint_open && !props.compare {
                <crate::data::hint::SolveHint scenario={props.scenario.clone()} exercise={ex.clone()} />
            }
        </section>
    }
}

/// The status line: met or not, with the number now and the target. Only
/// the verdict is in the live region, so a screen reader hears "Goal met"
/// once when it flips, not every number of a slider drag.
fn status(tr: &Translator, ex: &Exercise, shown: Option<&Shown>, stale: bool) -> Html {
    let Some(shown) = shown else {
        return html! {
            <div class="exercise__status" data-testid="exercise-status" data-met="false"
                data-state="waiting" data-stale="false">
                <span class="exercise__verdict" role="status">{ tr.t("exercise-status-waiting") }</span>
            </div>
        };
    };
    let s = check(ex, &shown.results);
    let (state, verdict) = if s.met {
        ("met", tr.t("exercise-status-met"))
    } else {
        ("unmet", tr.t("exercise-status-not-met"))
    };
    let detail = tr.t_args(
        "exercise-status-detail",
        &[
            ("current", FluentValue::from(words::current(tr, s.current))),
            ("target", FluentValue::from(words::percent(tr, s.target))),
        ],
    );
    html! {
        <div class={classes!("exercise__status", format!("exercise__status--{state}"), stale.then_some("stale"))}
            data-testid="exercise-status" data-met={s.met.to_string()} data-state={state}
            data-stale={stale.to_string()}>
            <span class="exercise__mark" aria-hidden="true">{ if s.met { "✓" } else { "○" } }</span>
            { " " }
            <span class="exercise__verdict" role="status">{ verdict }</span>
            { " " }
            <span class="exercise__detail">{ detail }</span>
        </div>
    }
}

/// The offer of a preset's exercise, with a button that starts it.
fn offer(
    tr: &Translator,
    scenario: &Rc<Scenario>,
    id: &'static str,
    on_load: &Callback<(Scenario, Option<&'static str>)>,
) -> Html {
    let title = scenario
        .exercise
        .as_ref()
        .map(|e| {
            worthit_i18n::scenario_text::localize(
                tr,
                worthit_i18n::scenario_text::Role::ExerciseTitle,
                &e.title,
            )
        })
        .unwrap_or_default();
    let on_start = {
        let on_load = on_load.clone();
        let scenario = scenario.clone();
        Callback::from(move |_: MouseEvent| on_load.emit(((*scenario).clone(), Some(id))))
    };
    html! {
        <section class="exercise exercise--offer" data-testid="exercise" data-active="false"
            aria-label={tr.t("exercise-label")}>
            <p class="exercise__offer">
                <span class="exercise__eyebrow">{ tr.t("exercise-label") }</span>
                <span class="exercise__offer-text">
                    { tr.t_args("exercise-offer", &[("title", FluentValue::from(title))]) }
                </span>
            </p>
            <button type="button" class="button button-small button-primary" data-testid="exercise-start"
                onclick={on_start}>
                { tr.t("exercise-start") }
            </button>
        </section>
    }
}

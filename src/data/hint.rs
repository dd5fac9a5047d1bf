//! A computed hint for a classroom exercise whose goal is an adoption
//! share: the first input students may change, solved for the goal's
//! target in a worker (as "What would it take?" does), shown under the
//! teacher's hint once the student asks for it.
//!
//! # Test ids
//!
//! `exercise-solve-hint` (`data-input`, `data-value`).

use std::rc::Rc;

use worthit_engine::{Exercise, Metric, Scenario};
use worthit_i18n::FluentValue;
use worthit_view::data::fit_choices;
use yew::prelude::*;

use super::answer::SolveAnswer;
use super::inputs::input_label;
use crate::editor::edit::path_is_under;
use crate::i18n::use_tr;
use crate::lab::jobs::{Answer, Question, use_job};

/// The input a hint solves for: the first usual input (the value's mean
/// first) that the exercise lets students change.
pub fn hint_input(scenario: &Scenario, exercise: &Exercise) -> Option<String> {
    fit_choices(scenario)
        .into_iter()
        .find(|p| exercise.editable.iter().any(|lock| path_is_under(p, lock)))
}

#[derive(Properties, PartialEq)]
pub struct SolveHintProps {
    pub scenario: Rc<Scenario>,
    pub exercise: Exercise,
}

/// "Computed hint: perceived value, mean at about 4.58 reaches 40.0%."
#[function_component]
pub fn SolveHint(props: &SolveHintProps) -> Html {
    let tr = use_tr();
    let goal = &props.exercise.goal;
    let input = (goal.metric == Metric::AdoptionShare)
        .then(|| hint_input(&props.scenario, &props.exercise))
        .flatten();
    let job = use_job(input.clone().map(|input| Question::Solve {
        scenario: props.scenario.clone(),
        input,
        target: goal.target,
    }));
    let nf = tr.numbers();
    match (&job.state.answer, job.state.stale()) {
        (Some((_, Answer::Solved(a))), false) => match &**a {
            SolveAnswer::Solved(s) => html! {
                <p class="exercise__hint exercise__hint--solved" data-testid="exercise-solve-hint"
                    data-input={s.input.clone()} data-value={s.value.to_string()}>
                    { tr.t_args("exercise-solve-hint", &[
                        ("input", FluentValue::from(input_label(&tr, &s.input))),
                        ("value", FluentValue::from(nf.number(s.value, 2))),
                        ("target", FluentValue::from(nf.percent(s.target, 1))),
                    ]) }
                </p>
            },
            SolveAnswer::Unreachable { input, .. } => html! {
                <p class="exercise__hint" data-testid="exercise-solve-hint" data-input={input.clone()}>
                    { tr.t_args("exercise-solve-hint-none", &[
                        ("input", FluentValue::from(input_label(&tr, input))),
                    ]) }
                </p>
            },
        },
        _ => html! {},
    }
}

//! "What would it take?" under the headline: pick an input and a target
//! adoption share, and the worker finds the input's value that reaches it
//! (`ToWorker::Solve`, the engine's monotone search on common random
//! numbers, as `worthit solve` runs it), or says that no value in the
//! input's valid range does. The value can be applied to the scenario.
//!
//! # Test ids
//!
//! `solve` (the disclosure), `solve-input` (select), `solve-target`
//! (percent), `solve-run`, `solve-status`, `solve-result` (`data-input`,
//! `data-value`, `data-share`), `solve-apply`, `solve-problem`.

use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_i18n::FluentValue;
use worthit_view::data::fit_choices;
use yew::prelude::*;

use super::answer::SolveAnswer;
use super::inputs::input_label;
use crate::i18n::use_tr;
use crate::lab::jobs::{Answer, Question, use_job};
use crate::lab::status::{JobLine, Units};

/// The first target offered: the next ten points above the current share
/// ("what would it take to reach 40%?" at 33%), at most 95%.
pub fn suggested_target(share: f64) -> f64 {
    if !share.is_finite() {
        return 0.5;
    }
    ((share * 10.0).floor() / 10.0 + 0.1).clamp(0.1, 0.95)
}

#[derive(Properties, PartialEq)]
pub struct SolveProps {
    pub scenario: Rc<Scenario>,
    /// The adoption share on screen, for the suggested target.
    pub share: Option<f64>,
    /// Receives the scenario with the solved value applied.
    pub on_change: Callback<Scenario>,
}

#[function_component]
pub fn Solve(props: &SolveProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    // Reads the scenario's JSON: only when the scenario changes, not when
    // only the share does (each run's answer re-renders this card).
    let choices = use_memo(props.scenario.clone(), |s| fit_choices(s));
    let input = use_state_eq(|| choices.first().cloned().unwrap_or_default());
    let target_text = use_state_eq(String::new);
    let problem = use_state_eq(|| None::<String>);
    let question = use_state_eq(|| None::<Question>);
    let job = use_job((*question).clone());
    let suggested = suggested_target(props.share.unwrap_or(0.4));
    let shown_target = if target_text.is_empty() {
        nf.number(suggested * 100.0, 0)
    } else {
        (*target_text).clone()
    };

    let on_input = {
        let input = input.clone();
        Callback::from(move |e: Event| {
            input.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let on_target = {
        let target_text = target_text.clone();
        Callback::from(move |e: InputEvent| {
            target_text.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_run = {
        let scenario = props.scenario.clone();
        let input = input.clone();
        let problem = problem.clone();
        let question = question.clone();
        let tr = tr.clone();
        let text = shown_target.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let percent = text.trim().trim_end_matches('%').trim().replace(',', ".");
            match percent.parse::<f64>() {
                Ok(p) if p > 0.0 && p < 100.0 => {
                    problem.set(None);
                    question.set(Some(Question::Solve {
                        scenario: scenario.clone(),
                        input: (*input).clone(),
                        target: p / 100.0,
                    }));
                }
                _ => problem.set(Some(tr.t_args(
                    "solve-problem-target",
                    &[("field", FluentValue::from("solve.target"))],
                ))),
            }
        })
    };
    let answer = match &job.state.answer {
        Some((_, Answer::Solved(s))) => Some(s.clone()),
        _ => None,
    };
    let stale = job.state.stale();
    let apply = {
        let scenario = props.scenario.clone();
        let on_change = props.on_change.clone();
        let answer = answer.clone();
        let problem = problem.clone();
        let tr = tr.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(SolveAnswer::Solved(a)) = answer.as_deref() else {
                return;
            };
            match worthit_engine::params::set_number(&scenario, &a.input, a.value) {
                Ok(next) => on_change.emit(next),
                // The engine's problems, in the page's language.
                Err(e) => {
                    let lines: Vec<String> = e
                        .problems
                        .iter()
                        .map(|p| worthit_i18n::problem_line(&tr, p))
                        .collect();
                    problem.set(Some(lines.join("\n")));
                }
            }
        })
    };
    html! {
        <details class="solve" data-testid="solve">
            <summary>{ tr.t("solve-summary") }</summary>
            <form class="solve-form" onsubmit={on_run} novalidate=true>
                <div class="data-field">
                    <label for="solve-input">{ tr.t("solve-input") }</label>
                    <select id="solve-input" data-testid="solve-input" onchange={on_input}>
                        { for choices.iter().map(|c| html! {
                            <option value={c.clone()} selected={*c == *input}>{ input_label(&tr, c) }</option>
                        }) }
                    </select>
                </div>
                <div class="data-field">
                    <label for="solve-target">{ tr.t("solve-target") }</label>
                    <input id="solve-target" type="text" inputmode="decimal" data-testid="solve-target"
                        value={shown_target} oninput={on_target}
                        aria-invalid={problem.is_some().then_some("true")} />
                </div>
                <button type="submit" class="button button-small" data-testid="solve-run">{ tr.t("solve-run") }</button>
            </form>
            if let Some(p) = &*problem {
                <p class="data-error" role="alert" data-testid="solve-problem">{ p.clone() }</p>
            }
            <div role="status" aria-live="polite">
                <JobLine job={(*job.state).clone()} units={Units::Evaluations} on_cancel={job.cancel.clone()}
                    on_rerun={job.rerun.clone()} testid="solve-status" />
            </div>
            { match answer.as_deref() {
                Some(SolveAnswer::Solved(a)) => html! {
                    <div class={classes!("solve-result", stale.then_some("stale"))} data-testid="solve-result"
                        data-input={a.input.clone()} data-value={a.value.to_string()}
                        data-share={a.adoption_share.to_string()}>
                        <p>{ tr.t_args("solve-answer", &[
                            ("input", FluentValue::from(input_label(&tr, &a.input))),
                            ("value", FluentValue::from(nf.number(a.value, 2))),
                            ("share", FluentValue::from(nf.percent(a.adoption_share, 1))),
                            ("current", FluentValue::from(nf.number(a.current_value, 2))),
                        ]) }</p>
                        if !a.monotone {
                            <p class="data-note">{ tr.t("solve-not-monotone") }</p>
                        }
                        <button type="button" class="button button-small" data-testid="solve-apply"
                            onclick={apply} disabled={stale}>{ tr.t("solve-apply") }</button>
                    </div>
                },
                Some(SolveAnswer::Unreachable { input, target, range, reachable }) => html! {
                    <p class={classes!("solve-result", "solve-unreachable", stale.then_some("stale"))}
                        data-testid="solve-unreachable" data-input={input.clone()}>
                        { tr.t_args("solve-unreachable", &[
                            ("input", FluentValue::from(input_label(&tr, input))),
                            ("target", FluentValue::from(nf.percent(*target, 1))),
                            ("lo", FluentValue::from(nf.number(range[0], 2))),
                            ("hi", FluentValue::from(nf.number(range[1], 2))),
                            ("reachable", FluentValue::from(nf.percent_range(reachable[0], reachable[1], 1))),
                        ]) }
                    </p>
                },
                None => html! {},
            } }
        </details>
    }
}

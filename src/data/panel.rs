//! The "Your data" panel: observed counts in, a fitted scenario out.
//!
//! The person enters what real people did — one count, a past store
//! experiment's two arms (each with what differed, as path → value), or in
//! compare mode one count per variant (what differs is B's difference from
//! A, filled in) — and picks up to three inputs to fit (by default the
//! value's mean, and in compare mode also the value effect of the
//! screenshot kind that differs: `worthit_view::data::default_fit`). Run
//! sends the scenario with its `calibration` block to the panel's own
//! worker (`ToWorker::Calibrate`), which runs the engine's chunked
//! calibration exactly as `worthit calibrate` does, with progress and
//! Cancel. The answer shows each fitted input (median and 95% credible
//! interval, drawn as an interval chart), the predictive check (observed
//! vs. predicted share, in words when the model cannot reproduce an
//! observation) and the fit's warnings; "Use as the baseline" loads the
//! calibrated scenario into the page, and Undo puts the previous one back.
//!
//! Bad input never reaches the worker: every problem is named by its field
//! (`calibration.observed[0].adopters`) in the page's language, and the
//! page's scenario does not change.
//!
//! # Test ids
//!
//! `data-panel` (`data-mode`: `one`, `arms` or `variants`),
//! `data-mode-one` / `data-mode-arms`, `data-users-{i}`,
//! `data-adopters-{i}`, `data-retained-{i}` (retained adopters, optional,
//! shown only when the scenario has a retention block), `data-set-{i}`
//! (arms: what differed, JSON),
//! `data-fit-{path}` (a checkbox per fittable input), `calibrate-run`,
//! `data-problems` (`data-fields`: the fields with a problem,
//! space-separated), `data-status` (the job line), `data-result`,
//! `calibrated-{path}` (`data-estimate`, `data-ci-low`, `data-ci-high`),
//! `data-predicted-{i}` (`data-share`, `data-ci-low`, `data-ci-high`,
//! `data-observed`, `data-outside`), `data-predicted-retained-{i}` (the
//! same for retained adopters; `data-observed` only when given),
//! `data-misfit`, `data-warnings`,
//! `data-posterior-chart`, `data-check-chart`, `calibrate-apply`,
//! `calibrate-undo`.

use std::rc::Rc;

use serde_json::Value;
use worthit_engine::Scenario;
use worthit_engine::calibrate::{Calibration, Warning, WarningKind};
use worthit_i18n::{FluentValue, Translator, problem_line};
use worthit_view::data::{
    FormProblem, MAX_FIT, ObservedRow, ProblemKind, calibration_block, default_fit, fit_choices,
    outside, variant_sets,
};
use worthit_view::{IntervalChart, IntervalRow, interval_height, interval_svg};
use yew::prelude::*;

use super::inputs::input_label;
use crate::i18n::use_tr;
use crate::lab::chart::{chart_body, draw_width, use_width};
use crate::lab::jobs::{Answer, JobStatus, Question, use_job};
use crate::lab::status::{JobLine, Units};
use crate::results::chart::chart_style;

/// What the counts are of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// One count: the scenario as it is.
    One,
    /// A past store experiment: two arms, each with what differed.
    Arms,
    /// Compare mode: one count for A, one for B.
    Variants,
}

impl Mode {
    fn id(self) -> &'static str {
        match self {
            Mode::One => "one",
            Mode::Arms => "arms",
            Mode::Variants => "variants",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct YourDataProps {
    /// The page's scenario (variant A in compare mode).
    pub scenario: Rc<Scenario>,
    /// Variant B, in compare mode.
    #[prop_or_default]
    pub b: Option<Rc<Scenario>>,
    /// Loads scenarios as the page's new baseline: the calibrated one (in
    /// compare mode also B with the fitted inputs at their estimates), or
    /// the previous ones on Undo.
    pub on_apply: Callback<(Scenario, Option<Scenario>)>,
}

#[function_component]
pub fn YourData(props: &YourDataProps) -> Html {
    let tr = use_tr();
    let chosen_mode = use_state_eq(|| Mode::One);
    let mode = if props.b.is_some() {
        Mode::Variants
    } else {
        *chosen_mode
    };
    let rows = use_state_eq(|| vec![ObservedRow::default(), ObservedRow::default()]);
    // `None` until the person changes the choice: the default follows the
    // scenario (and B) as they change.
    let picked = use_state_eq(|| None::<Vec<String>>);
    let problems = use_state_eq(Vec::<FormProblem>::new);
    let question = use_state_eq(|| None::<Question>);
    // The scenario before "Use as the baseline", for Undo.
    let before = use_state_eq(|| None::<(Rc<Scenario>, Option<Rc<Scenario>>)>);
    let job = use_job((*question).clone());

    let a = props.scenario.clone();
    let b = props.b.clone();
    // The default fit and the inputs offered each read a scenario's JSON
    // (`worthit_view::data::Inputs`): worked out when A or B changes, not
    // on every render (the page renders this card twice a slider step).
    let offered = use_memo((a.clone(), b.clone()), |(a, b)| {
        let mut choices = fit_choices(a);
        if let Some(b) = b {
            for c in fit_choices(b) {
                if !choices.contains(&c) {
                    choices.push(c);
                }
            }
        }
        (default_fit(a, b.as_deref()), choices)
    });
    let fit = picked
        .as_ref()
        .cloned()
        .unwrap_or_else(|| offered.0.clone());
    let mut choices = offered.1.clone();
    for f in &fit {
        if !choices.contains(f) {
            choices.push(f.clone());
        }
    }
    let count = match mode {
        Mode::One => 1,
        Mode::Arms | Mode::Variants => 2,
    };
    // Retained adopters (a store listing experiment's second metric) are
    // asked for only when the scenario follows who stays.
    let retention = a.retention.is_some();

    // The rows as the block needs them: in compare mode what each
    // variant sets is B's difference from A, never typed.
    let form_rows = {
        let rows = (*rows).clone();
        let b = b.clone();
        let a = a.clone();
        move || -> Vec<ObservedRow> {
            let mut out: Vec<ObservedRow> = rows.iter().take(count).cloned().collect();
            match (mode, &b) {
                (Mode::Variants, Some(b)) => {
                    let (sa, sb) = variant_sets(&a, b);
                    out[0].set = Value::Object(sa).to_string();
                    out[1].set = Value::Object(sb).to_string();
                }
                (Mode::One, _) => out[0].set.clear(),
                _ => {}
            }
            out
        }
    };

    let on_run = {
        let a = a.clone();
        let fit = fit.clone();
        let problems = problems.clone();
        let question = question.clone();
        let form_rows = form_rows.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match calibration_block(&a, &fit, &form_rows()) {
                Err(p) => {
                    problems.set(p);
                    question.set(None);
                }
                Ok(block) => {
                    problems.set(Vec::new());
                    question.set(Some(Question::Calibrate {
                        scenario: Rc::new(with_block(&a, block)),
                    }));
                }
            }
        })
    };

    let problem_for = |field: &str| problems.iter().find(|p| p.field == field).cloned();
    let count_field = |i: usize, which: &'static str| {
        let field = format!("calibration.observed[{i}].{which}");
        let id = format!("data-{which}-{i}");
        let problem = problem_for(&field);
        let variant = || ("variant", FluentValue::from(if i == 0 { "A" } else { "B" }));
        let arm = || ("arm", FluentValue::from(i as u64 + 1));
        let label = match (mode, which, i) {
            (Mode::Variants, "retained", _) => tr.t_args("data-retained-variant", &[variant()]),
            (Mode::Arms, "retained", _) => tr.t_args("data-retained-arm", &[arm()]),
            (_, "retained", _) => tr.t("data-retained"),
            (Mode::Variants, "users", i) => tr.t_args(
                "data-users-variant",
                &[("variant", FluentValue::from(if i == 0 { "A" } else { "B" }))],
            ),
            (Mode::Variants, _, i) => tr.t_args(
                "data-adopters-variant",
                &[("variant", FluentValue::from(if i == 0 { "A" } else { "B" }))],
            ),
            (Mode::Arms, "users", i) => tr.t_args(
                "data-users-arm",
                &[("arm", FluentValue::from(i as u64 + 1))],
            ),
            (Mode::Arms, _, i) => tr.t_args(
                "data-adopters-arm",
                &[("arm", FluentValue::from(i as u64 + 1))],
            ),
            (_, "users", _) => tr.t("data-users"),
            _ => tr.t("data-adopters"),
        };
        let value = match which {
            "users" => rows.get(i).map(|r| r.users.clone()),
            "retained" => rows.get(i).map(|r| r.retained.clone()),
            _ => rows.get(i).map(|r| r.adopters.clone()),
        }
        .unwrap_or_default();
        let oninput = {
            let rows = rows.clone();
            Callback::from(move |e: InputEvent| {
                let text = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                let mut next = (*rows).clone();
                if let Some(r) = next.get_mut(i) {
                    match which {
                        "users" => r.users = text,
                        "retained" => r.retained = text,
                        _ => r.adopters = text,
                    }
                }
                rows.set(next);
            })
        };
        let err_id = format!("{id}-error");
        html! {
            <div class={classes!("data-field", problem.is_some().then_some("has-error"))}>
                <label for={id.clone()}>{ label }</label>
                <input id={id.clone()} type="text" inputmode="numeric" autocomplete="off" {value} {oninput}
                    data-testid={id} aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={problem.is_some().then_some(err_id.clone())} />
                if let Some(p) = problem {
                    <p class="data-error" id={err_id}>{ problem_text(&tr, &p) }</p>
                }
            </div>
        }
    };
    let set_field = |i: usize| {
        let field = format!("calibration.observed[{i}].set");
        let id = format!("data-set-{i}");
        let problem = problem_for(&field);
        let oninput = {
            let rows = rows.clone();
            Callback::from(move |e: InputEvent| {
                let text = e
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value();
                let mut next = (*rows).clone();
                if let Some(r) = next.get_mut(i) {
                    r.set = text;
                }
                rows.set(next);
            })
        };
        let err_id = format!("{id}-error");
        html! {
            <div class={classes!("data-field", "data-field--wide", problem.is_some().then_some("has-error"))}>
                <label for={id.clone()}>{ tr.t_args("data-set-arm", &[("arm", FluentValue::from(i as u64 + 1))]) }</label>
                <textarea id={id.clone()} rows="2" spellcheck="false" data-testid={id}
                    value={rows.get(i).map(|r| r.set.clone()).unwrap_or_default()} {oninput}
                    placeholder={r#"{ "product.screenshots": ["gameplay", "characters"] }"#}
                    aria-invalid={problem.is_some().then_some("true")}
                    aria-describedby={problem.is_some().then_some(err_id.clone())} />
                if let Some(p) = problem {
                    <p class="data-error" id={err_id}>{ problem_text(&tr, &p) }</p>
                }
            </div>
        }
    };

    let fit_box = |path: &String| {
        let checked = fit.contains(path);
        let full = fit.len() >= MAX_FIT;
        let onchange = {
            let picked = picked.clone();
            let fit = fit.clone();
            let path = path.clone();
            Callback::from(move |_: Event| {
                let mut next = fit.clone();
                if let Some(at) = next.iter().position(|p| *p == path) {
                    next.remove(at);
                } else {
                    next.push(path.clone());
                }
                picked.set(Some(next));
            })
        };
        let id = format!("data-fit-{path}");
        html! {
            <li>
                <input type="checkbox" id={id.clone()} data-testid={id.clone()} {checked}
                    disabled={!checked && full} {onchange} />
                <label for={id}>
                    { input_label(&tr, path) }{ " " }<code>{ path.clone() }</code>
                </label>
            </li>
        }
    };
    // Any other input by its path, as error messages and what-if rows
    // name it; checked with the rest of the form.
    let other = use_state_eq(String::new);
    let on_other = {
        let other = other.clone();
        Callback::from(move |e: InputEvent| {
            other.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let add_other = {
        let other = other.clone();
        let picked = picked.clone();
        let fit = fit.clone();
        Callback::from(move |_: MouseEvent| {
            let path = other.trim().to_string();
            if path.is_empty() || fit.contains(&path) {
                return;
            }
            let mut next = fit.clone();
            next.push(path);
            picked.set(Some(next));
            other.set(String::new());
        })
    };
    let fit_problems: Vec<FormProblem> = problems
        .iter()
        .filter(|p| p.field.starts_with("calibration.fit"))
        .cloned()
        .collect();

    let mode_button = |m: Mode, key: &'static str| {
        let chosen_mode = chosen_mode.clone();
        let pressed = mode == m;
        html! {
            <button type="button" class={classes!("lab-switch-button", pressed.then_some("is-on"))}
                aria-pressed={pressed.to_string()} data-testid={format!("data-mode-{}", m.id())}
                onclick={Callback::from(move |_: MouseEvent| chosen_mode.set(m))}>
                { tr.t(key) }
            </button>
        }
    };

    let answer = match &job.state.answer {
        Some((_, Answer::Calibrated(c))) => Some(c.clone()),
        _ => None,
    };
    let stale = job.state.stale();
    let apply = {
        let on_apply = props.on_apply.clone();
        let before = before.clone();
        let current = (a.clone(), b.clone());
        let answer = answer.clone();
        let problems = problems.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(answer) = &answer else { return };
            match applied(answer, current.1.as_deref()) {
                Ok((a, b)) => {
                    before.set(Some(current.clone()));
                    on_apply.emit((a, b));
                }
                Err(why) => problems.set(vec![FormProblem {
                    field: "scenario".into(),
                    kind: ProblemKind::BadSet(why),
                }]),
            }
        })
    };
    let undo = {
        let on_apply = props.on_apply.clone();
        let before = before.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((a, b)) = &*before {
                on_apply.emit(((**a).clone(), b.as_ref().map(|b| (**b).clone())));
                before.set(None);
            }
        })
    };
    let running = matches!(job.state.status, JobStatus::Running { .. });

    html! {
        <section class="lab-card data-card" aria-labelledby="data-title" data-testid="data-panel"
            data-mode={mode.id()}>
            <h2 id="data-title" class="lab-card-title">{ tr.t("data-title") }</h2>
            <p class="lab-intro">{ match mode {
                Mode::Variants => tr.t("data-lede-variants"),
                _ => tr.t("data-lede"),
            } }</p>
            if mode != Mode::Variants {
                <div class="lab-switch data-mode" role="group" aria-label={tr.t("data-mode-label")}>
                    { mode_button(Mode::One, "data-mode-one") }
                    { mode_button(Mode::Arms, "data-mode-arms") }
                </div>
            }
            <form class="data-form" onsubmit={on_run} novalidate=true>
                <div class="data-rows">
                    { for (0..count).map(|i| html! {
                        <fieldset class="data-row">
                            <legend>{ match mode {
                                Mode::One => tr.t("data-row-one"),
                                Mode::Arms => tr.t_args("data-row-arm", &[("arm", FluentValue::from(i as u64 + 1))]),
                                Mode::Variants => tr.t_args("data-row-variant", &[("variant", FluentValue::from(if i == 0 { "A" } else { "B" }))]),
                            } }</legend>
                            { count_field(i, "users") }
                            { count_field(i, "adopters") }
                            if retention {
                                { count_field(i, "retained") }
                            }
                            if mode == Mode::Arms {
                                { set_field(i) }
                            }
                        </fieldset>
                    }) }
                </div>
                <fieldset class="data-fit">
                    <legend>{ tr.t_args("data-fit-legend", &[("max", FluentValue::from(MAX_FIT as u64))]) }</legend>
                    <ul class="data-fit-list">{ for choices.iter().map(fit_box) }</ul>
                    <div class="data-field data-fit-other">
                        <label for="data-fit-other">{ tr.t("data-fit-other") }</label>
                        <div class="data-fit-other-row">
                            <input id="data-fit-other" type="text" spellcheck="false" autocomplete="off"
                                data-testid="data-fit-other" placeholder="product.costs.trust.mean"
                                value={(*other).clone()} oninput={on_other} />
                            <button type="button" class="button button-small" data-testid="data-fit-add"
                                onclick={add_other}>{ tr.t("data-fit-add") }</button>
                        </div>
                    </div>
                    { for fit_problems.iter().map(|p| html! { <p class="data-error">{ problem_text(&tr, p) }</p> }) }
                </fieldset>
                <div class="data-actions">
                    <button type="submit" class="button button-primary" data-testid="calibrate-run"
                        disabled={running}>{ tr.t("data-run") }</button>
                </div>
                if !problems.is_empty() {
                    <div class="data-problems" role="alert" data-testid="data-problems"
                        data-fields={problems.iter().map(|p| p.field.clone()).collect::<Vec<_>>().join(" ")}>
                        <p>{ tr.t("data-problems") }</p>
                        <ul>{ for problems.iter().map(|p| html! { <li>{ problem_text(&tr, p) }</li> }) }</ul>
                    </div>
                }
            </form>
            <div role="status" aria-live="polite">
                <JobLine job={(*job.state).clone()} units={Units::Fit} on_cancel={job.cancel.clone()}
                    on_rerun={job.rerun.clone()} testid="data-status" />
            </div>
            if let Some(c) = answer {
                <FitView answer={c} {stale} />
                <div class="data-actions">
                    <button type="button" class="button" data-testid="calibrate-apply" onclick={apply}
                        disabled={stale}>{ tr.t("data-apply") }</button>
                    if before.is_some() {
                        <button type="button" class="button button-quiet" data-testid="calibrate-undo"
                            onclick={undo}>{ tr.t("data-undo") }</button>
                    }
                </div>
                if before.is_some() {
                    <p class="data-note" role="status">{ tr.t("data-applied") }</p>
                }
            }
        </section>
    }
}

/// The new baseline from a calibration: its scenario, and in compare mode
/// B with each fitted input at its estimate. An error says why the
/// answer's scenario cannot be used.
fn applied(
    answer: &Calibration,
    b: Option<&Scenario>,
) -> Result<(Scenario, Option<Scenario>), Vec<worthit_engine::Problem>> {
    let a = answer.scenario.clone();
    let b = match b {
        None => None,
        Some(b) => {
            let mut b = b.clone();
            for f in &answer.fit {
                b = worthit_engine::params::set_number(&b, &f.input, f.estimate)
                    .map_err(|e| e.problems)?;
            }
            Some(b)
        }
    };
    Ok((a, b))
}

/// `scenario` as JSON text with `block` as its calibration block
/// (replacing one it had).
fn with_block(scenario: &Scenario, block: Value) -> String {
    let mut json = worthit_engine::json_text::to_value(scenario).unwrap_or(Value::Null);
    if let Some(o) = json.as_object_mut() {
        o.insert("calibration".into(), block);
    }
    json.to_string()
}

/// A form problem in the page's language, naming its field.
pub fn problem_text(tr: &Translator, p: &FormProblem) -> String {
    let field = || ("field", FluentValue::from(p.field.clone()));
    match &p.kind {
        ProblemKind::Required => tr.t_args("data-problem-required", &[field()]),
        ProblemKind::WholeNumber => tr.t_args("data-problem-whole", &[field()]),
        ProblemKind::Negative => tr.t_args("data-problem-negative", &[field()]),
        ProblemKind::NoUsers => tr.t_args("data-problem-no-users", &[field()]),
        ProblemKind::AdoptersOverUsers => tr.t_args("data-problem-over", &[field()]),
        ProblemKind::RetainedOverAdopters => tr.t_args("data-problem-retained-over", &[field()]),
        ProblemKind::BadSet(why) => {
            // The engine's problems in the page's language, one after
            // another (a JSON syntax error, a refused value).
            let lines: Vec<String> = why.iter().map(|p| problem_line(tr, p)).collect();
            tr.t_args(
                "data-problem-set",
                &[field(), ("reason", FluentValue::from(lines.join("; ")))],
            )
        }
        ProblemKind::UnknownPath => tr.t_args("data-problem-unknown", &[field()]),
        ProblemKind::NotNumeric => tr.t_args("data-problem-not-numeric", &[field()]),
        ProblemKind::NoFit => tr.t_args("data-problem-no-fit", &[field()]),
        ProblemKind::TooManyFit => tr.t_args(
            "data-problem-too-many",
            &[field(), ("max", FluentValue::from(MAX_FIT as u64))],
        ),
        ProblemKind::RepeatedFit => tr.t_args("data-problem-repeated", &[field()]),
        ProblemKind::NoObservation => tr.t_args("data-problem-no-observation", &[field()]),
    }
}

/// A warning of the fit in the page's language (the engine's English
/// `message` is for the command line).
fn warning_text(tr: &Translator, w: &Warning) -> String {
    let nf = tr.numbers();
    let name = |path: &str| FluentValue::from(input_label(tr, path));
    match &w.kind {
        WarningKind::CannotReproduce {
            observation,
            observed,
            predicted_low,
            predicted_high,
        } => tr.t_args(
            "data-warning-cannot-reproduce",
            &[
                ("n", FluentValue::from(*observation as u64 + 1)),
                ("observed", FluentValue::from(nf.percent(*observed, 2))),
                (
                    "interval",
                    FluentValue::from(nf.percent_range(*predicted_low, *predicted_high, 2)),
                ),
            ],
        ),
        WarningKind::CannotReproduceRetained {
            observation,
            observed,
            predicted_low,
            predicted_high,
        } => tr.t_args(
            "data-warning-cannot-reproduce-retained",
            &[
                ("n", FluentValue::from(*observation as u64 + 1)),
                ("observed", FluentValue::from(nf.percent(*observed, 2))),
                (
                    "interval",
                    FluentValue::from(nf.percent_range(*predicted_low, *predicted_high, 2)),
                ),
            ],
        ),
        WarningKind::FewerObservationsThanInputs {
            observations,
            inputs,
        } => tr.t_args(
            "data-warning-underdetermined",
            &[
                ("observations", FluentValue::from(*observations as u64)),
                ("inputs", FluentValue::from(*inputs as u64)),
            ],
        ),
        WarningKind::NotIdentified { a, b, correlation } => tr.t_args(
            "data-warning-confounded",
            &[
                ("a", name(a)),
                ("b", name(b)),
                ("correlation", FluentValue::from(nf.number(*correlation, 2))),
            ],
        ),
        WarningKind::FlatLikelihood { input } => {
            tr.t_args("data-warning-flat", &[("input", name(input))])
        }
        WarningKind::AtRangeEdge { input, bound } => tr.t_args(
            "data-warning-edge",
            &[
                ("input", name(input)),
                ("bound", FluentValue::from(nf.number(*bound, 2))),
            ],
        ),
        WarningKind::NoFit => tr.t("data-warning-no-fit"),
        WarningKind::MonteCarloError { input, .. } => {
            tr.t_args("data-warning-monte-carlo", &[("input", name(input))])
        }
    }
}

#[derive(Properties, PartialEq)]
struct FitViewProps {
    answer: Rc<Calibration>,
    stale: bool,
}

/// The fitted inputs, the predictive check and the warnings.
#[function_component]
fn FitView(props: &FitViewProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let c = &props.answer;
    let holder = use_node_ref();
    let width = draw_width(use_width(holder.clone(), ()));
    let num = |x: f64| nf.number(x, 2);
    let posterior = IntervalChart {
        title: tr.t("data-posterior-title"),
        rows: c
            .fit
            .iter()
            .map(|f| IntervalRow {
                label: input_label(&tr, &f.input),
                estimate: f.estimate,
                lo: f.ci95[0],
                hi: f.ci95[1],
                observed: None,
                texts: [num(f.estimate), num(f.ci95[0]), num(f.ci95[1])],
            })
            .collect(),
        estimate_legend: tr.t("data-legend-estimate"),
        observed_legend: tr.t("data-legend-observed"),
        shared_scale: false,
        no_data: tr.labels().no_data.clone(),
    };
    let check = IntervalChart {
        title: tr.t("data-check-chart-title"),
        rows: c
            .predicted
            .iter()
            .enumerate()
            .map(|(i, p)| IntervalRow {
                label: tr.t_args(
                    "data-check-row",
                    &[
                        ("n", FluentValue::from(i as u64 + 1)),
                        (
                            "observed",
                            FluentValue::from(nf.percent(p.observed_share, 1)),
                        ),
                    ],
                ),
                estimate: p.share,
                lo: p.ci95[0],
                hi: p.ci95[1],
                observed: Some(p.observed_share),
                texts: [
                    nf.percent(p.share, 1),
                    nf.percent(p.ci95[0], 1),
                    nf.percent(p.ci95[1], 1),
                ],
            })
            .chain(c.predicted.iter().enumerate().filter_map(|(i, p)| {
                // Retained adopters beside adoption, where observed.
                let (observed, share, ci) = (
                    p.observed_retained_share?,
                    p.retained_share?,
                    p.retained_ci95?,
                );
                Some(IntervalRow {
                    label: tr.t_args(
                        "data-check-retained-row",
                        &[
                            ("n", FluentValue::from(i as u64 + 1)),
                            ("observed", FluentValue::from(nf.percent(observed, 1))),
                        ],
                    ),
                    estimate: share,
                    lo: ci[0],
                    hi: ci[1],
                    observed: Some(observed),
                    texts: [
                        nf.percent(share, 1),
                        nf.percent(ci[0], 1),
                        nf.percent(ci[1], 1),
                    ],
                })
            }))
            .collect(),
        estimate_legend: tr.t("data-legend-predicted"),
        observed_legend: tr.t("data-legend-observed"),
        shared_scale: true,
        no_data: tr.labels().no_data.clone(),
    };
    let svg = |chart: &IntervalChart| {
        let h = interval_height(chart, f64::from(width), &chart_style());
        interval_svg(chart, width, h as u32, &chart_style())
            .map_err(|e| tr.t_args("card-error", &[("error", FluentValue::from(e.to_string()))]))
    };
    let misfits: Vec<usize> = c
        .predicted
        .iter()
        .enumerate()
        .filter(|(_, p)| outside(p.observed_share, p.ci95) || retained_outside(p))
        .map(|(i, _)| i + 1)
        .collect();
    html! {
        <div class={classes!("data-result", props.stale.then_some("stale"))} data-testid="data-result">
            <h3 class="lab-card-subtitle">{ tr.t("data-fit-title") }</h3>
            <ul class="data-estimates">
                { for c.fit.iter().map(|f| html! {
                    <li data-testid={format!("calibrated-{}", f.input)}
                        data-estimate={f.estimate.to_string()}
                        data-ci-low={f.ci95[0].to_string()} data-ci-high={f.ci95[1].to_string()}>
                        <span class="data-estimate-name">{ input_label(&tr, &f.input) }</span>
                        <span class="data-estimate-value">
                            { tr.t_args("data-estimate", &[
                                ("estimate", FluentValue::from(num(f.estimate))),
                                ("lo", FluentValue::from(num(f.ci95[0]))),
                                ("hi", FluentValue::from(num(f.ci95[1]))),
                            ]) }
                        </span>
                    </li>
                }) }
            </ul>
            <div class="chart-image data-chart" ref={holder} data-testid="data-posterior-chart">
                { chart_body(&svg(&posterior)) }
            </div>
            <h3 class="lab-card-subtitle">{ tr.t("data-check-title") }</h3>
            <ul class="data-predicted">
                { for c.predicted.iter().enumerate().map(|(i, p)| html! {
                    <li data-testid={format!("data-predicted-{i}")} data-share={p.share.to_string()}
                        data-ci-low={p.ci95[0].to_string()} data-ci-high={p.ci95[1].to_string()}
                        data-observed={p.observed_share.to_string()}
                        data-outside={outside(p.observed_share, p.ci95).to_string()}>
                        { tr.t_args("data-check-line", &[
                            ("n", FluentValue::from(i as u64 + 1)),
                            ("observed", FluentValue::from(nf.percent(p.observed_share, 1))),
                            ("adopters", FluentValue::from(nf.count(p.adopters))),
                            ("users", FluentValue::from(nf.count(p.users))),
                            ("predicted", FluentValue::from(nf.percent(p.share, 1))),
                            ("interval", FluentValue::from(nf.percent_range(p.ci95[0], p.ci95[1], 1))),
                        ]) }
                    </li>
                }) }
                { for c.predicted.iter().enumerate().filter_map(|(i, p)| {
                    let (share, ci) = (p.retained_share?, p.retained_ci95?);
                    let interval = FluentValue::from(nf.percent_range(ci[0], ci[1], 1));
                    let text = match (p.retained, p.observed_retained_share) {
                        (Some(r), Some(observed)) => tr.t_args("data-check-retained-line", &[
                            ("n", FluentValue::from(i as u64 + 1)),
                            ("observed", FluentValue::from(nf.percent(observed, 1))),
                            ("retained", FluentValue::from(nf.count(r))),
                            ("users", FluentValue::from(nf.count(p.users))),
                            ("predicted", FluentValue::from(nf.percent(share, 1))),
                            ("interval", interval),
                        ]),
                        _ => tr.t_args("data-check-retained-predicted", &[
                            ("n", FluentValue::from(i as u64 + 1)),
                            ("predicted", FluentValue::from(nf.percent(share, 1))),
                            ("interval", interval),
                        ]),
                    };
                    Some(html! {
                        <li data-testid={format!("data-predicted-retained-{i}")}
                            data-share={share.to_string()}
                            data-ci-low={ci[0].to_string()} data-ci-high={ci[1].to_string()}
                            data-observed={p.observed_retained_share.map(|x| x.to_string())}
                            data-outside={retained_outside(p).to_string()}>
                            { text }
                        </li>
                    })
                }) }
            </ul>
            <div class="chart-image data-chart" data-testid="data-check-chart">
                { chart_body(&svg(&check)) }
            </div>
            if misfits.is_empty() {
                <p class="data-note" data-testid="data-fits">{ tr.t("data-check-ok") }</p>
            } else {
                <p class="data-misfit" data-testid="data-misfit">
                    { tr.t_args("data-check-misfit", &[("list", FluentValue::from(nf.join(&misfits.iter().map(|n| n.to_string()).collect::<Vec<_>>())))]) }
                </p>
            }
            if !c.warnings.is_empty() {
                <ul class="data-warnings" data-testid="data-warnings">
                    { for c.warnings.iter().map(|w| html! { <li>{ warning_text(&tr, w) }</li> }) }
                </ul>
            }
            <p class="data-note">{ tr.t("data-interval-note") }</p>
        </div>
    }
}

/// Whether an observed retained share lies outside its predicted 95%
/// interval (false when no retained count was given).
fn retained_outside(p: &worthit_engine::calibrate::Predicted) -> bool {
    match (p.observed_retained_share, p.retained_ci95) {
        (Some(observed), Some(ci)) => outside(observed, ci),
        _ => false,
    }
}

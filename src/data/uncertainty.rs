//! Under the headline of a calibrated scenario: the adoption share's
//! interval that includes parameter uncertainty (the fitted inputs'
//! posterior), labelled as such beside the headline's own interval, which
//! covers the simulation's noise alone.
//!
//! The engine runs the scenario at each posterior draw on common random
//! numbers (`worthit_engine::calibrate::adoption_uncertainty`, what the
//! command line reports as `uncertainty`); that is many runs, so it goes to
//! a worker of its own (`ToWorker::Uncertainty`) and never delays the
//! page's answer.
//!
//! # Test ids
//!
//! `headline-uncertainty` (`data-lo`, `data-hi`: the interval with
//! parameter uncertainty; `data-param-lo`, `data-param-hi`: parameters
//! alone; `data-draws`), `headline-uncertainty-waiting` and its
//! `headline-uncertainty-progress` bar, `headline-uncertainty-failed`.

use std::rc::Rc;

use worthit_engine::{Scenario, Uncertainty};
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::alert::Msg;
use crate::i18n::use_tr;
use crate::lab::jobs::{Answer, JobStatus, Question, use_job};

/// A calibrated scenario's uncertainty job, as [`use_uncertainty`] gives
/// it: the headline's line and the what-if card read the same answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UncertaintyView {
    /// The scenario carries a posterior.
    pub calibrated: bool,
    /// The newest answer (`None` while none has come, or when the
    /// scenario has no posterior).
    pub answer: Option<Rc<Uncertainty>>,
    /// The answer belongs to an earlier scenario.
    pub stale: bool,
    /// How far the job for the current scenario is, as (done, total)
    /// steps (posterior draws' runs, then what-if passes), while it runs.
    pub progress: Option<(u64, u64)>,
    /// Why the engine refused the job (a posterior draw the scenario
    /// cannot take, say), in the page's language when shown.
    pub failed: Option<Rc<[Msg]>>,
}

/// Asks the worker for `scenario`'s intervals with parameter uncertainty
/// (the adoption share's and each what-if row's) whenever it changes.
#[hook]
pub fn use_uncertainty(scenario: Rc<Scenario>) -> UncertaintyView {
    let calibrated = scenario
        .calibration
        .as_ref()
        .is_some_and(|c| c.posterior.is_some());
    let job = use_job(calibrated.then_some(Question::Uncertainty { scenario }));
    let answer = match &job.state.answer {
        Some((_, Answer::Uncertainty(u))) if calibrated => u.clone(),
        _ => None,
    };
    let progress = match job.state.status {
        JobStatus::Running { done, total, .. } if total > 0 => Some((done, total)),
        _ => None,
    };
    let failed = match &job.state.status {
        JobStatus::Failed(problems) => Some(Rc::from(problems.as_slice())),
        _ => None,
    };
    UncertaintyView {
        calibrated,
        answer,
        stale: job.state.stale(),
        progress,
        failed,
    }
}

#[derive(Properties, PartialEq)]
pub struct ParamIntervalProps {
    pub view: UncertaintyView,
}

/// "With parameter uncertainty: 31.2–35.0% (95%)". Nothing for a scenario
/// without a calibration posterior.
#[function_component]
pub fn ParamInterval(props: &ParamIntervalProps) -> Html {
    let tr = use_tr();
    let view = &props.view;
    if !view.calibrated {
        return html! {};
    }
    let nf = tr.numbers();
    let stale = view.stale;
    if let Some(problems) = &view.failed {
        // Not "working out…" for ever: the engine said no, and why.
        return html! {
            <p class="headline-uncertainty is-failed" role="status" data-testid="headline-uncertainty-failed">
                { tr.t("uncertainty-failed") }
                { for problems.iter().map(|p| html! { <>{ " " }<code>{ p.render(&tr) }</code></> }) }
            </p>
        };
    }
    match &view.answer {
        Some(u) => html! {
            <p class={classes!("headline-uncertainty", stale.then_some("stale"))}
                data-testid="headline-uncertainty"
                data-lo={u.adoption_ci95[0].to_string()} data-hi={u.adoption_ci95[1].to_string()}
                data-param-lo={u.parameter_ci95[0].to_string()} data-param-hi={u.parameter_ci95[1].to_string()}
                data-draws={u.draws.to_string()} title={tr.t("uncertainty-title")}>
                { tr.t_args("uncertainty-line", &[
                    ("interval", FluentValue::from(nf.percent_range(u.adoption_ci95[0], u.adoption_ci95[1], 1))),
                    ("parameters", FluentValue::from(nf.percent_range(u.parameter_ci95[0], u.parameter_ci95[1], 1))),
                    ("draws", FluentValue::from(u.draws as u64)),
                ]) }
            </p>
        },
        _ => html! {
            <p class="headline-uncertainty is-waiting" data-testid="headline-uncertainty-waiting">
                { tr.t("uncertainty-waiting") }
                // How far, without words of its own: the line above names it.
                if let Some((done, total)) = view.progress {
                    { " " }
                    <progress value={done.to_string()} max={total.to_string()}
                        aria-label={tr.t("uncertainty-waiting")}
                        data-testid="headline-uncertainty-progress"></progress>
                }
            </p>
        },
    }
}

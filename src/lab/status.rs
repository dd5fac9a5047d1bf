//! A lab card's status line: working (with a progress bar and Cancel once
//! it takes a while), up to date, cancelled (with Run again) or refused.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use super::jobs::{JobState, JobStatus};
use crate::i18n::use_tr;

/// Below this a job finishes before a progress bar would be useful.
const SHOW_PROGRESS_AFTER_MS: f64 = 200.0;

/// What a job counts, for its progress message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// People (a comparison).
    People,
    /// Candidate screenshots.
    Candidates,
    /// Claims on the curve.
    Claims,
    /// Evaluations of the model (a solve).
    Evaluations,
    /// Simulated people of a calibration.
    Fit,
}

#[derive(Properties, PartialEq)]
pub struct JobLineProps {
    pub job: JobState,
    pub units: Units,
    pub on_cancel: Callback<()>,
    pub on_rerun: Callback<()>,
    /// `data-testid` of the line.
    pub testid: AttrValue,
}

#[function_component]
pub fn JobLine(props: &JobLineProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let (state, body) = match &props.job.status {
        JobStatus::Idle => ("idle", Html::default()),
        JobStatus::Running {
            done,
            total,
            elapsed_ms,
        } if *elapsed_ms >= SHOW_PROGRESS_AFTER_MS && *total > 0 => {
            let args = [
                ("done", FluentValue::from(nf.count(*done))),
                ("total", FluentValue::from(nf.count(*total))),
            ];
            let doing = match props.units {
                Units::People => tr.t_args("lab-progress-people", &args),
                Units::Candidates => tr.t_args("lab-progress-candidates", &args),
                Units::Claims => tr.t_args("lab-progress-claims", &args),
                Units::Evaluations => tr.t_args("lab-progress-evaluations", &args),
                Units::Fit => tr.t_args("data-progress", &args),
            };
            let fraction = *done as f64 / *total as f64;
            let cancel = props.on_cancel.reform(|_: MouseEvent| ());
            (
                "running",
                html! {
                    <>
                        <div class="progress-text">
                            <span>{ doing }</span>
                            <span class="progress-percent">{ nf.percent(fraction, 0) }</span>
                        </div>
                        <div class="progress-row">
                            <progress class="progress" max={total.to_string()} value={done.to_string()}
                                aria-label={tr.t("lab-progress-label")} />
                            <button type="button" class="button button-small" onclick={cancel}
                                data-testid={format!("{}-cancel", props.testid)}>
                                { tr.t("status-cancel") }
                            </button>
                        </div>
                    </>
                },
            )
        }
        JobStatus::Running { .. } => (
            "running",
            html! {
                <span class="status-text">
                    <span class="spinner" aria-hidden="true"></span>
                    { tr.t("status-updating") }
                </span>
            },
        ),
        JobStatus::Done => (
            "done",
            html! { <span class="status-text status-done">{ tr.t("status-done") }</span> },
        ),
        JobStatus::Cancelled => {
            let rerun = props.on_rerun.reform(|_: MouseEvent| ());
            (
                "cancelled",
                html! {
                    <>
                        <span class="status-text">{ tr.t("lab-cancelled") }</span>
                        <button type="button" class="button button-small" onclick={rerun}
                            data-testid={format!("{}-rerun", props.testid)}>
                            { tr.t("status-rerun") }
                        </button>
                    </>
                },
            )
        }
        JobStatus::Failed(problems) => (
            "failed",
            html! {
                <div class="lab-failed" role="alert">
                    <p>{ tr.t("lab-failed") }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.render(&tr) }</code></li> }) }</ul>
                </div>
            },
        ),
    };
    html! {
        <div class={classes!("run-status", "lab-status", format!("run-status-{state}"))}
            data-testid={props.testid.clone()} data-state={state}>
            { body }
        </div>
    }
}

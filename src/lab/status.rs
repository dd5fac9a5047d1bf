//! A lab card's status line: working (with a progress bar and Cancel once
//! it takes a while), up to date, cancelled (with Run again) or refused.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use super::jobs::{JobState, JobStatus};
use crate::i18n::use_tr;
pub use worthit_page_core::status::Units;
use worthit_page_core::status::{CANCEL_KEY, RERUN_KEY, StatusLine};

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
    let line = props.job.status.line(props.units);
    let state = line.state().key();
    let body = match line {
        StatusLine::Idle => Html::default(),
        StatusLine::Progress {
            message,
            label,
            done,
            total,
        } => {
            let args = [
                ("done", FluentValue::from(nf.count(done))),
                ("total", FluentValue::from(nf.count(total))),
            ];
            let fraction = line.fraction().unwrap_or(0.0);
            let cancel = props.on_cancel.reform(|_: MouseEvent| ());
            html! {
                <>
                    <div class="progress-text">
                        <span>{ tr.t_args(message, &args) }</span>
                        <span class="progress-percent">{ nf.percent(fraction, 0) }</span>
                    </div>
                    <div class="progress-row">
                        <progress class="progress" max={total.to_string()} value={done.to_string()}
                            aria-label={tr.t(label)} />
                        <button type="button" class="button button-small" onclick={cancel}
                            data-testid={format!("{}-cancel", props.testid)}>
                            { tr.t(CANCEL_KEY) }
                        </button>
                    </div>
                </>
            }
        }
        StatusLine::Working { message } => html! {
            <span class="status-text">
                <span class="spinner" aria-hidden="true"></span>
                { tr.t(message) }
            </span>
        },
        StatusLine::Done { message } => {
            html! { <span class="status-text status-done">{ tr.t(message) }</span> }
        }
        StatusLine::Cancelled { message } => {
            let rerun = props.on_rerun.reform(|_: MouseEvent| ());
            html! {
                <>
                    <span class="status-text">{ tr.t(message) }</span>
                    <button type="button" class="button button-small" onclick={rerun}
                        data-testid={format!("{}-rerun", props.testid)}>
                        { tr.t(RERUN_KEY) }
                    </button>
                </>
            }
        }
        StatusLine::Failed { message } => {
            let problems = match &props.job.status {
                JobStatus::Failed(problems) => problems.as_slice(),
                _ => &[],
            };
            html! {
                <div class="lab-failed" role="alert">
                    <p>{ tr.t(message) }</p>
                    <ul>{ for problems.iter().map(|p| html! { <li><code>{ p.render(&tr) }</code></li> }) }</ul>
                </div>
            }
        }
    };
    html! {
        <div class={classes!("run-status", "lab-status", format!("run-status-{state}"))}
            data-testid={props.testid.clone()} data-state={state}>
            { body }
        </div>
    }
}

//! A lab card's status line: working (with a progress bar and Cancel once
//! it takes a while), up to date, cancelled (with Run again) or refused.
//! Drawn by the run-status line's [`line_body`]; only a refusal's list of
//! problems is the lab's own.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use super::jobs::{JobState, JobStatus};
use crate::i18n::use_tr;
use crate::results::status::{LineActions, line_body};
use worthit_page_core::status::StatusLine;
pub use worthit_page_core::status::Units;

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
    let failed = match line {
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
        _ => Html::default(),
    };
    let body = line_body(
        &tr,
        &line,
        // Counts as the locale writes them (a job's units are people).
        |done, total| {
            [
                ("done", FluentValue::from(nf.count(done))),
                ("total", FluentValue::from(nf.count(total))),
            ]
        },
        LineActions {
            cancel_testid: format!("{}-cancel", props.testid),
            rerun_testid: format!("{}-rerun", props.testid),
            on_cancel: &props.on_cancel,
            on_rerun: &props.on_rerun,
        },
        failed,
    );
    html! {
        <div class={classes!("run-status", "lab-status", format!("run-status-{state}"))}
            data-testid={props.testid.clone()} data-state={state}>
            { body }
        </div>
    }
}

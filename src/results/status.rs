//! The run-status line (`data-testid="run-status"`): what the simulation
//! is doing, a progress bar with Cancel for runs that take a while, and a
//! way to run again after a cancel. [`line_body`] draws any
//! [`StatusLine`], for this line and for the lab's job lines alike.

use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::RunStatus;
use worthit_page_core::status::{CANCEL_KEY, RERUN_KEY, StatusLine};

#[derive(Properties, PartialEq)]
pub struct StatusProps {
    pub run: RunStatus,
    /// The results on screen belong to an earlier scenario.
    #[prop_or_default]
    pub stale: bool,
    pub on_cancel: Callback<()>,
    pub on_rerun: Callback<()>,
}

/// What a status line's buttons do and how tests find them.
pub struct LineActions<'a> {
    pub cancel_testid: String,
    pub rerun_testid: String,
    pub on_cancel: &'a Callback<()>,
    pub on_rerun: &'a Callback<()>,
}

/// The inside of a status line: a progress bar with Cancel, a spinner, a
/// done or cancelled text (with Run again), or `failed` under a refusal.
/// `counts` writes the progress message's `$done` and `$total`.
pub fn line_body(
    tr: &Translator,
    line: &StatusLine,
    counts: impl Fn(u64, u64) -> [(&'static str, FluentValue<'static>); 2],
    actions: LineActions<'_>,
    failed: Html,
) -> Html {
    match *line {
        StatusLine::Progress {
            message,
            label,
            done,
            total,
        } => {
            let cancel = actions.on_cancel.reform(|_: MouseEvent| ());
            let fraction = line.fraction().unwrap_or(0.0);
            html! {
                <>
                    <div class="progress-text">
                        <span>{ tr.t_args(message, &counts(done, total)) }</span>
                        <span class="progress-percent">{ tr.numbers().percent(fraction, 0) }</span>
                    </div>
                    <div class="progress-row">
                        <progress
                            class="progress"
                            max={total.to_string()}
                            value={done.to_string()}
                            aria-label={tr.t(label)}
                        />
                        <button type="button" class="button button-small" data-testid={actions.cancel_testid} onclick={cancel}>
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
            let rerun = actions.on_rerun.reform(|_: MouseEvent| ());
            html! {
                <>
                    <span class="status-text">{ tr.t(message) }</span>
                    <button type="button" class="button button-small" data-testid={actions.rerun_testid} onclick={rerun}>
                        { tr.t(RERUN_KEY) }
                    </button>
                </>
            }
        }
        StatusLine::Failed { .. } => failed,
        StatusLine::Idle => Html::default(),
    }
}

#[function_component]
pub fn Status(props: &StatusProps) -> Html {
    let tr = use_tr();
    let line = props.run.line(props.stale);
    let state = line.state().key();
    // The page's run is never idle: it starts with the first scenario.
    let failed = match line {
        StatusLine::Failed { message } => {
            html! { <span class="status-text">{ tr.t(message) }</span> }
        }
        _ => Html::default(),
    };
    let body = line_body(
        &tr,
        &line,
        |done, total| {
            [
                ("done", FluentValue::from(done)),
                ("total", FluentValue::from(total)),
            ]
        },
        LineActions {
            cancel_testid: "cancel-run".into(),
            rerun_testid: "rerun".into(),
            on_cancel: &props.on_cancel,
            on_rerun: &props.on_rerun,
        },
        failed,
    );
    html! {
        <div class={classes!("run-status", format!("run-status-{state}"))} data-testid="run-status" data-state={state}>
            { body }
        </div>
    }
}

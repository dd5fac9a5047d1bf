//! The run-status line (`data-testid="run-status"`): what the simulation
//! is doing, a progress bar with Cancel for runs that take a while, and a
//! way to run again after a cancel.

use worthit_i18n::FluentValue;
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

#[function_component]
pub fn Status(props: &StatusProps) -> Html {
    let tr = use_tr();
    let line = props.run.line(props.stale);
    let state = line.state().key();
    let body = match line {
        StatusLine::Progress {
            message,
            label,
            done,
            total,
        } => {
            let counts = [
                ("done", FluentValue::from(done)),
                ("total", FluentValue::from(total)),
            ];
            let cancel = props.on_cancel.reform(|_: MouseEvent| ());
            let fraction = line.fraction().unwrap_or(0.0);
            html! {
                <>
                    <div class="progress-text">
                        <span>{ tr.t_args(message, &counts) }</span>
                        <span class="progress-percent">{ tr.numbers().percent(fraction, 0) }</span>
                    </div>
                    <div class="progress-row">
                        <progress
                            class="progress"
                            max={total.to_string()}
                            value={done.to_string()}
                            aria-label={tr.t(label)}
                        />
                        <button type="button" class="button button-small" data-testid="cancel-run" onclick={cancel}>
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
                    <button type="button" class="button button-small" data-testid="rerun" onclick={rerun}>
                        { tr.t(RERUN_KEY) }
                    </button>
                </>
            }
        }
        StatusLine::Failed { message } => {
            html! { <span class="status-text">{ tr.t(message) }</span> }
        }
        // The page's run is never idle: it starts with the first scenario.
        StatusLine::Idle => Html::default(),
    };
    html! {
        <div class={classes!("run-status", format!("run-status-{state}"))} data-testid="run-status" data-state={state}>
            { body }
        </div>
    }
}

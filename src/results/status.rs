//! The run-status line (`data-testid="run-status"`): what the simulation
//! is doing, a progress bar with Cancel for runs that take a while, and a
//! way to run again after a cancel.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::RunStatus;

/// Below this a run finishes before a progress bar would be useful; the
/// bar would only flicker.
pub const SHOW_PROGRESS_AFTER_MS: f64 = 200.0;

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
    let fmt = tr.numbers();
    let (state, body) = match &props.run {
        RunStatus::Running {
            what_ifs,
            done,
            total,
            elapsed_ms,
            ..
        } if *elapsed_ms >= SHOW_PROGRESS_AFTER_MS => {
            let counts = [
                ("done", FluentValue::from(*done)),
                ("total", FluentValue::from(*total)),
            ];
            let doing = if *what_ifs {
                tr.t_args("status-progress-what-ifs", &counts)
            } else {
                tr.t_args("status-progress", &counts)
            };
            let cancel = props.on_cancel.reform(|_: MouseEvent| ());
            let fraction = if *total > 0 {
                *done as f64 / *total as f64
            } else {
                0.0
            };
            (
                "running",
                html! {
                    <>
                        <div class="progress-text">
                            <span>{ doing }</span>
                            <span class="progress-percent">{ fmt.percent(fraction, 0) }</span>
                        </div>
                        <div class="progress-row">
                            <progress
                                class="progress"
                                max={total.to_string()}
                                value={done.to_string()}
                                aria-label={tr.t("status-progress-label")}
                            />
                            <button type="button" class="button button-small" data-testid="cancel-run" onclick={cancel}>
                                { tr.t("status-cancel") }
                            </button>
                        </div>
                    </>
                },
            )
        }
        RunStatus::Running { what_ifs, .. } => (
            "running",
            html! {
                <span class="status-text">
                    <span class="spinner" aria-hidden="true"></span>
                    { if *what_ifs { tr.t("status-updating-what-ifs") } else { tr.t("status-updating") } }
                </span>
            },
        ),
        RunStatus::Done => (
            "done",
            html! { <span class="status-text status-done">{ tr.t("status-done") }</span> },
        ),
        RunStatus::Cancelled { .. } => {
            let rerun = props.on_rerun.reform(|_: MouseEvent| ());
            (
                "cancelled",
                html! {
                    <>
                        <span class="status-text">
                            { if props.stale {
                                tr.t("status-cancelled")
                            } else {
                                tr.t("status-cancelled-what-ifs")
                            } }
                        </span>
                        <button type="button" class="button button-small" data-testid="rerun" onclick={rerun}>
                            { tr.t("status-rerun") }
                        </button>
                    </>
                },
            )
        }
        RunStatus::Failed { .. } => (
            "failed",
            html! { <span class="status-text">{ tr.t("status-failed") }</span> },
        ),
    };
    html! {
        <div class={classes!("run-status", format!("run-status-{state}"))} data-testid="run-status" data-state={state}>
            { body }
        </div>
    }
}

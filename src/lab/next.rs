//! "Which screenshot next?": for the current strip, the lift in adoption
//! of adding each kind at each position, ranked, with a button that adds
//! the one chosen.
//!
//! Each candidate is compared with the current strip on the same simulated
//! people (at most 20,000 per evaluation, `worthit lab next`), in the
//! card's own worker, and only while the card is open.
//!
//! # Test ids
//!
//! `next-screenshot` (the card; `data-state`, `data-stale`, `data-count`:
//! the number of candidates), `next-toggle`, `next-row` (one per candidate,
//! best first: `data-kind`, `data-position` counted from 1, `data-lift`,
//! `data-lo`, `data-hi`), `next-apply` (a row's add button),
//! `next-show-all`, `next-status`; with the plausible draws
//! (`worthit_engine::lab::plausible`), each row's `data-plausible-lo`,
//! `data-plausible-hi` (its lift over the draws) and `data-best` (the
//! share of draws in which it is best), and `next-robust` (`data-best`,
//! `data-draws`, `data-covers`): how often the top candidate stays top.

use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_engine::lab::ScreenshotOption;
use worthit_i18n::{FluentValue, render_sentence};
use yew::prelude::*;

use super::disclosure::disclosure;
use super::jobs::{Answer, Question, use_job};
use super::state::Side;
use super::status::{JobLine, Units};
use crate::editor::strings::screenshot_name;
use crate::i18n::use_tr;

/// Rows shown before "show all".
const FIRST_ROWS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct NextProps {
    pub scenario: Rc<Scenario>,
    /// Receives the scenario with a chosen screenshot added.
    pub on_change: Callback<Scenario>,
    /// The variant it works on, in compare mode.
    #[prop_or_default]
    pub side: Option<Side>,
    /// Open at first (compare mode); closed, it computes nothing.
    #[prop_or_default]
    pub open: bool,
}

#[function_component]
pub fn NextScreenshot(props: &NextProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let open = use_state_eq(|| props.open);
    let all = use_state_eq(|| false);
    let job = use_job(open.then(|| Question::NextScreenshot {
        scenario: props.scenario.clone(),
    }));
    let state = &*job.state;
    let answer = match &state.answer {
        Some((_, Answer::Next { options, users })) => Some((options.clone(), *users)),
        _ => None,
    };
    let strip_len = props.scenario.product.screenshots.len();

    let show_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    let body_id = format!("next-body-{}", props.side.map_or("single", Side::id));
    let title = match props.side {
        Some(side) => tr.t_args(
            "next-title-variant",
            &[("variant", FluentValue::from(side.name()))],
        ),
        None => tr.t("next-title"),
    };
    let state_name = state.status.key();

    let rows = answer.as_ref().map(|(options, users)| {
        let best = options
            .iter()
            .map(|o| o.lift.abs())
            .fold(0.0f64, f64::max)
            .max(1e-9);
        let shown = if *all { options.len() } else { FIRST_ROWS.min(options.len()) };
        let row = |rank: usize, o: &ScreenshotOption| {
            let name = screenshot_name(&tr, &o.kind);
            let position = o.position + 1;
            let what = tr.t_args(
                "next-candidate",
                &[
                    ("name", FluentValue::from(name.clone())),
                    ("position", FluentValue::from(position as u64)),
                ],
            );
            let apply = {
                let scenario = props.scenario.clone();
                let on_change = props.on_change.clone();
                let kind = o.kind.clone();
                let at = o.position;
                Callback::from(move |_: MouseEvent| {
                    let mut next = (*scenario).clone();
                    let strip = &mut next.product.screenshots;
                    if strip.len() < worthit_engine::validate::MAX_SCREENSHOTS {
                        strip.insert(at.min(strip.len()), kind.clone());
                        on_change.emit(next);
                    }
                })
            };
            let width = (o.lift.abs() / best * 50.0).clamp(0.0, 50.0);
            let tone = if o.ci95[0] > 0.0 {
                "is-good"
            } else if o.ci95[1] < 0.0 {
                "is-bad"
            } else {
                "is-unclear"
            };
            html! {
                <li class={classes!("next-row", tone)} data-testid="next-row"
                    data-kind={o.kind.clone()} data-position={position.to_string()}
                    data-lift={o.lift.to_string()} data-lo={o.ci95[0].to_string()} data-hi={o.ci95[1].to_string()}
                    data-plausible-lo={o.plausible.as_ref().map(|p| p.lift_ci95[0].to_string())}
                    data-plausible-hi={o.plausible.as_ref().map(|p| p.lift_ci95[1].to_string())}
                    data-best={o.plausible.as_ref().map(|p| p.best_share.to_string())}>
                    <span class="next-rank" aria-hidden="true">{ rank + 1 }</span>
                    <span class="next-what">{ what.clone() }</span>
                    <span class="next-bar" aria-hidden="true">
                        <span class={classes!(
                            if o.lift >= 0.0 { "up" } else { "down" },
                            crate::bar_size::left(if o.lift >= 0.0 { 50.0 } else { 50.0 - width }),
                            crate::bar_size::width(width),
                        )}></span>
                    </span>
                    <span class="next-lift">
                        { tr.t_args("next-lift", &[
                            ("points", FluentValue::from(nf.points(o.lift, 1))),
                            ("interval", FluentValue::from(nf.points_range(o.ci95[0], o.ci95[1], 1))),
                        ]) }
                        if let Some(p) = &o.plausible {
                            <span class="next-plausible">
                                { " " }
                                { tr.t_args("next-plausible", &[
                                    ("interval", FluentValue::from(nf.points_range(p.lift_ci95[0], p.lift_ci95[1], 1))),
                                ]) }
                            </span>
                        }
                    </span>
                    <button type="button" class="button button-small" onclick={apply}
                        data-testid="next-apply"
                        aria-label={tr.t_args("next-apply-label", &[("candidate", FluentValue::from(what))])}>
                        { tr.t("next-apply") }
                    </button>
                </li>
            }
        };
        let sentences = worthit_view::screenshot_next_summary(options, strip_len)
            .iter()
            .map(|s| render_sentence(&tr, s))
            .collect::<Vec<_>>()
            .join(" ");
        html! {
            <>
                <p class="lab-sentence">{ sentences }</p>
                if !options.is_empty() {
                    <p class="lab-note">
                        { tr.t_args("next-note", &[("users", FluentValue::from(nf.count(*users)))]) }
                    </p>
                    if let Some(p) = options.first().and_then(|o| o.plausible.as_ref()) {
                        <p class="lab-note" data-testid="next-robust" data-best={p.best_share.to_string()}
                            data-draws={p.draws.to_string()} data-covers={p.covers.clone()}>
                            { tr.t_args(if p.covers.starts_with("parameters") { "next-robust-posterior" } else { "next-robust" }, &[
                                ("share", FluentValue::from(nf.percent(p.best_share, 0))),
                                ("spread", FluentValue::from(nf.percent(worthit_engine::robustness::EFFECT_SPREAD, 0))),
                                ("draws", FluentValue::from(p.draws as u64)),
                                ("users", FluentValue::from(nf.count(p.users_per_draw))),
                            ]) }
                        </p>
                    }
                    <ol class="next-list">
                        { for options.iter().take(shown).enumerate().map(|(i, o)| row(i, o)) }
                    </ol>
                    if options.len() > FIRST_ROWS {
                        <button type="button" class="button button-small button-quiet" onclick={show_all}
                            aria-expanded={all.to_string()} data-testid="next-show-all">
                            { if *all { tr.t("next-show-fewer") } else {
                                tr.t_args("next-show-all", &[("count", FluentValue::from(options.len() as u64))])
                            } }
                        </button>
                    }
                }
            </>
        }
    });

    html! {
        <section class={classes!("lab-card", "lab-disclosure", state.stale().then_some("stale"))}
            data-testid="next-screenshot" data-state={state_name} data-stale={state.stale().to_string()}
            data-count={answer.as_ref().map(|(o, _)| o.len().to_string())}
            aria-labelledby={format!("{body_id}-title")}>
            { disclosure(&open, &body_id, "next-toggle", title, || html! {
                <>
                    <p class="lab-intro">{ tr.t("next-intro") }</p>
                    { rows.unwrap_or_default() }
                    <JobLine job={state.clone()} units={Units::Candidates} on_cancel={job.cancel.clone()}
                        on_rerun={job.rerun.clone()} testid="next-status" />
                </>
            }) }
        </section>
    }
}

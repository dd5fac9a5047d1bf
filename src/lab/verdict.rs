//! The verdict of A vs. B: both adoption shares, the lift of B over A with
//! its 95% interval and P(B > A), the sentence that carries the
//! uncertainty, the overlaid net-value histograms and the barriers side by
//! side.
//!
//! The comparison runs in the worker on common random numbers, exactly as
//! `worthit compare` runs it (B with A's seed and people), so the page and
//! the command line print the same numbers.
//!
//! # Test ids
//!
//! `verdict` (the card; `data-state` is the job's state, `data-stale`
//! whether the numbers shown are older than the inputs, `data-elapsed-ms`
//! how long the worker took for both variants),
//! `compare-a-share` and `compare-b-share` (`data-share`, `data-adopters`,
//! `data-users`), `compare-lift` (`data-lift`, `data-lo`, `data-hi`,
//! `data-p`: the lift as a share difference, its 95% interval and P(B > A),
//! unrounded), `compare-sentence`, `compare-overlay`, `compare-barriers`,
//! `compare-download-json`, `compare-download-csv`, `verdict-status`;
//! with retention on both sides, the retained-adopters row
//! ([`super::retained`]).

use std::rc::Rc;

use worthit_engine::{CompareResults, CostKind, Results, Scenario};
use worthit_i18n::{FluentValue, Translator, render_sentence};
use yew::prelude::*;

use super::chart::{chart_body, draw_width, use_width};
use super::jobs::{Answer, JobState, Question, use_job};
use super::state::Side;
use super::status::{JobLine, Units};
use crate::editor::strings::cost_name;
use crate::files;
use crate::i18n::use_tr;
use crate::results::chart::chart_style;
use worthit_page_core::downloads::Download;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub a: Rc<Scenario>,
    pub b: Rc<Scenario>,
    /// The page's prediction: while it hides the answer the card shows
    /// no number, and the finished comparison reveals a locked estimate.
    #[prop_or_default]
    pub predict: Option<crate::exercise::predict::Handle>,
}

/// The verdict card, followed by the overlay and barrier cards.
#[function_component]
pub fn Verdict(props: &VerdictProps) -> Html {
    let tr = use_tr();
    let job = use_job(Some(Question::Compare {
        a: props.a.clone(),
        b: props.b.clone(),
    }));
    let state: &JobState = &job.state;
    let results = match &state.answer {
        Some((id, Answer::Compared(r))) => Some((*id, r.clone())),
        _ => None,
    };
    let stale = state.stale();
    let done = matches!(state.status, super::jobs::JobStatus::Done) && !stale;
    crate::exercise::predict::use_compare_reveal(
        props.predict.clone(),
        results.as_ref().map(|(_, r)| r.clone()),
        done,
    );
    let hiding = props.predict.as_ref().is_some_and(|p| p.hiding());
    let prediction = props.predict.as_ref().and_then(|p| p.report());
    crate::embed::host::use_comparison_report(
        results.clone(),
        done,
        prediction,
        (props.a.clone(), props.b.clone()),
    );
    let status = html! {
        <JobLine job={state.clone()} units={Units::People} on_cancel={job.cancel.clone()}
            on_rerun={job.rerun.clone()} testid="verdict-status" />
    };
    let state_name = state.status.key();
    if hiding {
        // The card keeps its place and its progress line; the predict
        // card above it holds the question (and `#answer`).
        return html! {
            <section class="lab-card verdict" aria-labelledby="verdict-title" data-testid="verdict"
                data-state={state_name} data-hidden="true" aria-busy={state.running().then_some("true")}>
                <h2 id="verdict-title" class="lab-card-title">{ tr.t("verdict-title") }</h2>
                <p class="verdict-waiting">{ tr.t("predict-verdict-hidden") }</p>
                { status }
            </section>
        };
    }
    html! {
        <>
            <section id="answer" tabindex="-1" class={classes!("lab-card", "verdict", stale.then_some("stale"))}
                aria-labelledby="verdict-title" data-testid="verdict"
                data-state={state_name} data-stale={stale.to_string()}
                data-elapsed-ms={results.as_ref().map(|(_, r)| format!("{:.1}", r.a.elapsed_ms))}
                aria-busy={state.running().then_some("true")}>
                <h2 id="verdict-title" class="lab-card-title">{ tr.t("verdict-title") }</h2>
                if let Some((_, r)) = &results {
                    { numbers(&tr, r) }
                    { super::retained::retained_numbers(&tr, r) }
                    <p class="verdict-sentence" data-testid="compare-sentence">
                        { sentence(&tr, r) }
                    </p>
                    <div class="verdict-downloads">
                        { downloads(&tr, r, &props.a) }
                    </div>
                } else {
                    <p class="verdict-waiting">{ tr.t("verdict-waiting") }</p>
                }
                <super::caveat::Caveat kinds={super::caveat::default_kinds(&props.a, &props.b)}
                    robustness={results.as_ref().filter(|_| !stale).and_then(|(_, r)| r.comparison.robustness.clone())} />
                { status }
                // Read once per finished comparison, politely.
                <p class="visually-hidden" role="status" aria-live="polite">
                    { results.as_ref().filter(|_| !stale).map(|(_, r)| sentence(&tr, r)).unwrap_or_default() }
                </p>
            </section>
            if let Some((_, r)) = &results {
                <LiftPill results={r.clone()} {stale} />
            }
            if let Some((id, r)) = results {
                <Overlay results={r.clone()} {id} {stale} />
                <Barriers results={r.clone()} {stale} />
                <crate::data::plan::PlanCard results={r} {stale} />
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LiftPillProps {
    results: Rc<CompareResults>,
    stale: bool,
}

/// On a phone the verdict sits far above B's strip and editor: while it is
/// scrolled out of view, this pill keeps the lift in sight (fixed at the
/// bottom; a link back to the verdict). Wider screens keep the verdict
/// beside the editors and never show it (www/lab.css).
#[function_component]
fn LiftPill(props: &LiftPillProps) -> Html {
    let tr = use_tr();
    let away = use_state_eq(|| false);
    {
        let away = away.clone();
        use_effect_with((), move |_| {
            let check = move || {
                // Away once the lift figure itself has left the top of
                // the screen (a sliver of the card may still show).
                let gone = gloo::utils::document()
                    .query_selector("[data-testid=compare-lift]")
                    .ok()
                    .flatten()
                    .is_some_and(|v| v.get_bounding_client_rect().bottom() < 0.0);
                away.set(gone);
            };
            check();
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), "scroll", move |_| {
                    check()
                });
            move || drop(listener)
        });
    }
    if !*away {
        return Html::default();
    }
    let nf = tr.numbers();
    let k = &props.results.comparison;
    html! {
        <a class={classes!("lift-pill", props.stale.then_some("stale"))} href="#answer"
            data-testid="lift-pill" data-lift={k.lift.to_string()}>
            { tr.t_args("verdict-pill", &[
                ("points", FluentValue::from(nf.points(k.lift, 1))),
                ("probability", FluentValue::from(nf.probability(k.p_b_better))),
            ]) }
        </a>
    }
}

/// The sentence that carries the verdict and its uncertainty.
fn sentence(tr: &Translator, r: &CompareResults) -> String {
    worthit_view::compare_summary(r)
        .iter()
        .map(|s| render_sentence(tr, s))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Both shares and the lift, big, with the exact numbers in data
/// attributes for tests and tools.
fn numbers(tr: &Translator, r: &CompareResults) -> Html {
    let nf = tr.numbers();
    let share = |side: Side, x: &Results| {
        let a = &x.adoption;
        html! {
            <div class={classes!("verdict-share", format!("verdict-share--{}", side.id()))}
                data-testid={format!("compare-{}-share", side.id())}
                data-share={a.share.to_string()} data-adopters={a.adopters.to_string()}
                data-users={x.users.to_string()}>
                <span class="verdict-variant">{ side.name() }</span>
                <span class="verdict-big">{ nf.percent(a.share, 1) }</span>
                <span class="verdict-ci" title={tr.t("headline-ci-title")}>
                    { format!("({})", nf.percent_range(a.ci95[0], a.ci95[1], 1)) }
                </span>
                <span class="verdict-note">{ tr.t("headline-verb") }</span>
            </div>
        }
    };
    let label = if r.retained_comparison.is_some() {
        "verdict-installs-lift"
    } else {
        "verdict-lift"
    };
    html! {
        <div class="verdict-numbers">
            { share(Side::A, &r.a) }
            { share(Side::B, &r.b) }
            { super::retained::lift_card(tr, &r.comparison, "compare-lift", label) }
        </div>
    }
}

/// Download buttons for the comparison's results (what `worthit compare
/// --json` prints, and the documented CSV).
fn downloads(tr: &Translator, r: &Rc<CompareResults>, a: &Scenario) -> Html {
    let json = {
        let (r, title) = (r.clone(), a.title.clone());
        Callback::from(move |_: MouseEvent| {
            let text = worthit_engine::json_text::to_pretty(&*r).unwrap_or_default();
            files::download_text(Download::ComparisonResults, &title, &text);
        })
    };
    let csv = {
        let (r, title) = (r.clone(), a.title.clone());
        Callback::from(move |_: MouseEvent| {
            files::download_text(
                Download::ComparisonCsv,
                &title,
                &worthit_view::compare_csv(&r),
            );
        })
    };
    html! {
        <>
            <button type="button" class="button button-small button-quiet" onclick={json}
                data-testid="compare-download-json">{ tr.t(Download::ComparisonResults.label_key()) }</button>
            <button type="button" class="button button-small button-quiet" onclick={csv}
                data-testid="compare-download-csv">{ tr.t(Download::ComparisonCsv.label_key()) }</button>
        </>
    }
}

/// The A vs. B chart's height in CSS pixels.
const OVERLAY_HEIGHT: u32 = 260;

#[derive(Properties, PartialEq)]
struct OverlayProps {
    results: Rc<CompareResults>,
    id: u64,
    stale: bool,
}

/// Net value of A and B overlaid on one set of bins.
#[function_component]
fn Overlay(props: &OverlayProps) -> Html {
    let tr = use_tr();
    let holder = use_node_ref();
    let width = draw_width(use_width(holder.clone(), ()));
    let drawn = {
        let r = props.results.clone();
        let tr = tr.clone();
        use_memo((props.id, width, tr.lang()), move |(_, w, _)| {
            worthit_view::overlay_svg(&r.a, &r.b, *w, OVERLAY_HEIGHT, &chart_style(), tr.labels())
                .map_err(|e| {
                    tr.t_args("card-error", &[("error", FluentValue::from(e.to_string()))])
                })
        })
    };
    let description = worthit_i18n::render_paragraph(
        &tr,
        &worthit_view::overlay_description(&props.results.a, &props.results.b),
    );
    html! {
        <figure class={classes!("lab-card", "chart-card", props.stale.then_some("stale"))}
            data-testid="compare-overlay" aria-labelledby="compare-overlay-title">
            <h3 id="compare-overlay-title" class="visually-hidden">{ tr.labels().overlay_title.clone() }</h3>
            <div class="chart-image" ref={holder}>{ chart_body(&drawn) }</div>
            <figcaption class="chart-caption">{ description }</figcaption>
            <div class="chart-actions">
                <crate::results::chart::PngDownload svg={(*drawn).as_ref().ok().map(|s| AttrValue::from(s.clone()))}
                    width={width} height={OVERLAY_HEIGHT} title={tr.labels().overlay_title.clone()}
                    download={Download::OverlayPng} file_title={props.results.a.title.clone()}
                    testid="download-png-overlay" />
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct BarriersProps {
    results: Rc<CompareResults>,
    stale: bool,
}

/// What holds non-adopters back in A and in B, side by side: for each
/// cost, the share of non-adopters that removing it alone would win.
#[function_component]
fn Barriers(props: &BarriersProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let r = &props.results;
    let decisive = |x: &Results, cost: &str| {
        x.barriers
            .iter()
            .find(|b| b.cost == cost)
            .map(|b| b.decisive_share)
    };
    // Costs in the model's order, those either variant has.
    let rows: Vec<(CostKind, Option<f64>, Option<f64>)> = CostKind::ALL
        .iter()
        .map(|k| (*k, decisive(&r.a, k.name()), decisive(&r.b, k.name())))
        .filter(|(_, a, b)| a.is_some() || b.is_some())
        .collect();
    let most = rows
        .iter()
        .flat_map(|(_, a, b)| [a.unwrap_or(0.0), b.unwrap_or(0.0)])
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let bar = |side: Side, x: Option<f64>| {
        let text = x.map_or_else(|| "—".to_string(), |x| nf.percent(x, 1));
        let width = x.map_or(0.0, |x| (x / most * 100.0).clamp(0.0, 100.0));
        html! {
            <td class={classes!("barrier-cell", format!("barrier-cell--{}", side.id()))}>
                <span class="barrier-bar" aria-hidden="true"><span class={crate::bar_size::width(width)}></span></span>
                <span class="barrier-value">{ text }</span>
            </td>
        }
    };
    html! {
        <section class={classes!("lab-card", "compare-barriers", props.stale.then_some("stale"))}
            data-testid="compare-barriers" aria-labelledby="compare-barriers-title">
            <h3 id="compare-barriers-title" class="lab-card-subtitle">{ tr.t("verdict-barriers-title") }</h3>
            if rows.is_empty() {
                <p>{ tr.t("verdict-no-barriers") }</p>
            } else {
                <table class="barrier-table">
                    <caption>{ tr.t("label-caption-barriers") }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr.t("table-cost") }</th>
                            <th scope="col">{ "A" }</th>
                            <th scope="col">{ "B" }</th>
                            <th scope="col">{ tr.t("verdict-change") }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|(k, a, b)| {
                            let change = match (a, b) {
                                (Some(a), Some(b)) => nf.points(b - a, 1),
                                _ => "—".to_string(),
                            };
                            html! {
                                <tr data-cost={k.name()}>
                                    <th scope="row">{ cost_name(&tr, *k) }</th>
                                    { bar(Side::A, *a) }
                                    { bar(Side::B, *b) }
                                    <td class="barrier-change">{ change }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            }
        </section>
    }
}

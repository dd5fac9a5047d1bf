//! The claim explorer: adoption against the strength of the value claim
//! (the inverted U), with the best claim marked and a button that uses it.
//!
//! The curve runs the scenario at 41 evenly spaced claims on the same
//! simulated people (at most 20,000, `worthit lab claims --points 41`) in
//! the card's own worker, only while the card is open.
//!
//! # Test ids
//!
//! `claim-explorer` (the card; `data-best-claim`, `data-best-share`,
//! `data-no-claim-share`, `data-lo` and `data-hi`: the first and last
//! claim of the curve, `data-points`, `data-state`, `data-stale`),
//! `claims-toggle`, `claims-chart`, `claims-use-best`, `claims-status`.

use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_i18n::{FluentValue, render_paragraph, render_sentence};
use worthit_view::Sentence;
use yew::prelude::*;

use super::chart::{chart_body, draw_width, use_width};
use super::disclosure::disclosure;
use super::jobs::{Answer, CLAIM_POINTS, Question, use_job};
use super::state::Side;
use super::status::{JobLine, Units};
use crate::i18n::use_tr;
use crate::results::chart::chart_style;

#[derive(Properties, PartialEq)]
pub struct ClaimsProps {
    pub scenario: Rc<Scenario>,
    /// Receives the scenario with the best claim.
    pub on_change: Callback<Scenario>,
    /// The variant it works on, in compare mode.
    #[prop_or_default]
    pub side: Option<Side>,
    /// Open at first; closed, it computes nothing.
    #[prop_or_default]
    pub open: bool,
    /// The headline's adoption share of this very scenario, when the
    /// results on screen are its own: the figure for the current claim is
    /// then the headline's, so one screen never shows two numbers for one
    /// scenario.
    #[prop_or_default]
    pub headline: Option<f64>,
}

/// The claim curve's height in CSS pixels.
const CURVE_HEIGHT: u32 = 260;

#[function_component]
pub fn ClaimExplorer(props: &ClaimsProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let open = use_state_eq(|| props.open);
    let job = use_job(open.then(|| Question::ClaimCurve {
        scenario: props.scenario.clone(),
        points: CLAIM_POINTS,
    }));
    let state = &*job.state;
    let answer = match &state.answer {
        Some((id, Answer::Claims(curve))) => Some((*id, curve.clone())),
        _ => None,
    };
    let holder = use_node_ref();
    let width = draw_width(use_width(holder.clone(), (*open, answer.is_some())));
    let drawn = {
        let tr = tr.clone();
        let curve = answer.clone();
        use_memo(
            (answer.as_ref().map(|(id, _)| *id), width, tr.lang()),
            move |(_, w, _)| match curve {
                Some((_, curve)) => worthit_view::claim_curve_svg(
                    &curve,
                    *w,
                    CURVE_HEIGHT,
                    &chart_style(),
                    tr.labels(),
                )
                .map_err(|e| {
                    tr.t_args("card-error", &[("error", FluentValue::from(e.to_string()))])
                }),
                None => Err(String::new()),
            },
        )
    };

    let body_id = format!("claims-body-{}", props.side.map_or("single", Side::id));
    let title = match props.side {
        Some(side) => tr.t_args(
            "claims-title-variant",
            &[("variant", FluentValue::from(side.name()))],
        ),
        None => tr.t("claims-title"),
    };
    let state_name = state.status.key();
    let curve = answer.as_ref().map(|(_, c)| c.clone());
    let attr =
        |f: fn(&worthit_engine::lab::ClaimCurve) -> f64| curve.as_ref().map(|c| f(c).to_string());

    let body = curve.as_ref().map(|curve| {
        let fewer = curve.users < props.scenario.users;
        let sentences = worthit_view::claim_summary(curve)
            .into_iter()
            .map(|s| current_as_headline(s, props.headline.filter(|_| fewer)))
            .map(|s| render_sentence(&tr, &s))
            .collect::<Vec<_>>()
            .join(" ");
        // Figures computed on fewer people than the headline say so, next
        // to them.
        let fewer_note = fewer.then(|| {
            let mut note = tr.t_args(
                "claims-fewer-people",
                &[
                    ("users", FluentValue::from(nf.count(curve.users))),
                    ("total", FluentValue::from(nf.count(props.scenario.users))),
                ],
            );
            if props.headline.is_some() {
                note.push(' ');
                note.push_str(&tr.t("claims-current-headline"));
            }
            note
        });
        let description = render_paragraph(&tr, &worthit_view::claim_curve_description(curve));
        let best = curve.best.claim;
        let current = props.scenario.product.claim;
        let use_best = {
            let scenario = props.scenario.clone();
            let on_change = props.on_change.clone();
            Callback::from(move |_: MouseEvent| {
                if best.is_finite() {
                    let mut next = (*scenario).clone();
                    // Rounded as the claim box shows it, so the editor and
                    // the curve agree.
                    next.product.claim = Some((best * 100.0).round() / 100.0);
                    on_change.emit(next);
                }
            })
        };
        let already = current.is_some_and(|c| (c - best).abs() < 0.005);
        html! {
            <>
                <p class="lab-sentence" data-testid="claims-sentence">{ sentences }
                    if let Some(note) = fewer_note {
                        { " " }<span class="lab-fewer" data-testid="claims-fewer">{ note }</span>
                    }
                </p>
                <figure class="claims-figure" data-testid="claims-chart">
                    <div class="chart-image" ref={holder.clone()}>{ chart_body(&drawn) }</div>
                    <figcaption class="chart-caption">{ description }</figcaption>
                    <div class="chart-actions">
                        <crate::results::chart::PngDownload svg={(*drawn).as_ref().ok().map(|s| AttrValue::from(s.clone()))}
                            width={width} height={CURVE_HEIGHT} title={tr.labels().claim_curve_title.clone()}
                            download={worthit_page_core::downloads::Download::ClaimCurvePng} file_title={props.scenario.title.clone()}
                            testid="download-png-claims" />
                    </div>
                </figure>
                <p class="lab-note">
                    { tr.t_args("claims-note", &[("users", FluentValue::from(nf.count(curve.users)))]) }
                </p>
                if best.is_finite() {
                    <button type="button" class="button button-small" onclick={use_best}
                        disabled={already} data-testid="claims-use-best">
                        { tr.t_args("claims-use-best", &[("claim", FluentValue::from(nf.number(best, 2)))]) }
                    </button>
                }
            </>
        }
    });

    html! {
        <section class={classes!("lab-card", "lab-disclosure", state.stale().then_some("stale"))}
            data-testid="claim-explorer" data-state={state_name} data-stale={state.stale().to_string()}
            data-best-claim={attr(|c| c.best.claim)} data-best-share={attr(|c| c.best.adoption_share)}
            data-no-claim-share={attr(|c| c.no_claim_share)}
            data-best-retained-claim={attr(|c| c.best_retained.map_or(f64::NAN, |b| b.claim))}
            data-best-retained-share={attr(|c| c.best_retained.and_then(|b| b.retained_share).unwrap_or(f64::NAN))}
            data-lo={attr(|c| c.points.first().map_or(f64::NAN, |p| p.claim))}
            data-hi={attr(|c| c.points.last().map_or(f64::NAN, |p| p.claim))}
            data-points={curve.as_ref().map(|c| c.points.len().to_string())}
            aria-labelledby={format!("{body_id}-title")}>
            { disclosure(&open, &body_id, "claims-toggle", title, || html! {
                <>
                    <p class="lab-intro">{ tr.t("claims-intro") }</p>
                    { body.unwrap_or_default() }
                    <JobLine job={state.clone()} units={Units::Claims} on_cancel={job.cancel.clone()}
                        on_rerun={job.rerun.clone()} testid="claims-status" />
                </>
            }) }
        </section>
    }
}

/// The claim summary's sentence about the current claim with the
/// headline's share (`headline`), when the curve simulated fewer people
/// than the headline: the current scenario's number is the headline's.
pub fn current_as_headline(sentence: Sentence, headline: Option<f64>) -> Sentence {
    match (sentence, headline) {
        (
            Sentence::ClaimCurrent {
                claim, best_share, ..
            },
            Some(share),
        ) if share.is_finite() => Sentence::ClaimCurrent {
            claim,
            share,
            best_share: best_share.max(share),
        },
        (sentence, _) => sentence,
    }
}

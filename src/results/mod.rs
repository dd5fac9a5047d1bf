//! The results column: headline, plain-language summary and charts.
//!
//! Every part is redrawn only when a new result arrives (components compare
//! [`Shown`] by run id), so the progress updates of a long run cost the
//! main thread next to nothing.

pub mod announce;
pub mod chart;
pub mod dropoff;
pub mod funnel;
pub mod headline;
pub mod status;
pub mod summary;
pub mod tables;
pub mod what_if_extra;
pub mod what_if_people;

use std::rc::Rc;

use worthit_engine::Results;
use worthit_view::ChartKind;
use yew::prelude::*;

use crate::state::Shown;
use chart::ChartCard;
use funnel::Funnel;
use headline::Headline;
use summary::Summary;

/// The charts in page order. The histogram, the tornado and the timeline
/// are wide and take a whole row; the others pair up two by two. A run
/// over time leads with its timeline (after the funnel that sums it up):
/// someone who switched time on came to see the curve. Retention follows
/// (after the drop-off card that sums it up) for the same reason.
pub const PAGE_ORDER: [ChartKind; 8] = [
    ChartKind::Timeline,
    ChartKind::Retention,
    ChartKind::NetValue,
    ChartKind::Choices,
    ChartKind::Barriers,
    ChartKind::BarrierMeans,
    ChartKind::Segments,
    ChartKind::Tornado,
];

/// The charts to show for `results`: every one that has data (a run
/// without diffusion has no timeline).
pub fn charts_for(results: &Results) -> Vec<ChartKind> {
    PAGE_ORDER
        .into_iter()
        .filter(|k| k.has_data(results))
        .collect()
}

/// The earlier what-ifs to show, marked as updating, while `shown` waits
/// for its own.
pub fn pending_what_ifs<'a>(shown: &Shown, what_ifs: Option<&'a Shown>) -> Option<&'a Shown> {
    if shown.complete {
        return None;
    }
    what_ifs.filter(|w| !w.results.sensitivity.is_empty())
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub shown: Option<Shown>,
    /// The newest complete results, for the what-ifs while newer ones are
    /// being worked out.
    #[prop_or_default]
    pub what_ifs: Option<Shown>,
    /// The shown results belong to an earlier scenario.
    pub stale: bool,
    /// The run-status line, shown under the headline.
    #[prop_or_default]
    pub children: Html,
    /// The scenario's classroom exercise: the summary suggests only the
    /// inputs it leaves open.
    #[prop_or_default]
    pub exercise: Option<Rc<worthit_engine::Exercise>>,
    /// The compact embed: one sentence of why (the rest folded) and the
    /// charts in one row that scrolls sideways, the main chart first.
    #[prop_or_default]
    pub compact: bool,
    /// The compact embed's further tools, folded with the other charts
    /// under one "More".
    #[prop_or_default]
    pub more: Html,
    /// The compact embed's exercise panel, at the top of the second column.
    #[prop_or_default]
    pub lead: Html,
    /// A calibrated scenario's intervals with parameter uncertainty, for
    /// the what-if card (`what_if_extra`).
    #[prop_or_default]
    pub uncertainty: Option<Rc<worthit_engine::Uncertainty>>,
}

#[function_component]
pub fn ResultsPanel(props: &ResultsProps) -> Html {
    let tr = crate::i18n::use_tr();
    // The compact embed shows the main chart (the first the page would)
    // and the what-ifs; the others wait behind "More charts".
    let main = props
        .shown
        .as_ref()
        .and_then(|shown| PAGE_ORDER.into_iter().find(|k| k.has_data(&shown.results)));
    let cards = |pick: &dyn Fn(ChartKind) -> bool| {
        props.shown.as_ref().map(|shown| {
            let earlier = pending_what_ifs(shown, props.what_ifs.as_ref());
            PAGE_ORDER
                .into_iter()
                .filter(|kind| pick(*kind))
                .filter_map(|kind| {
                    if kind.has_data(&shown.results) {
                        Some(html! {
                            <ChartCard key={kind.id()} {kind} shown={shown.clone()}
                                uncertainty={props.uncertainty.clone()} folded={props.compact} />
                        })
                    } else if kind == ChartKind::Tornado {
                        earlier.map(|e| {
                            html! {
                                <ChartCard key={kind.id()} {kind} shown={e.clone()} pending=true />
                            }
                        })
                    } else {
                        None
                    }
                })
                .collect::<Html>()
        })
    };
    let hero = html! {
        <div id="answer" class="hero-card" tabindex="-1">
            <Headline results={props.shown.clone()} stale={props.stale} />
            <announce::Announce shown={props.shown.clone()} stale={props.stale} />
            { props.children.clone() }
            if let Some(shown) = &props.shown {
                <Summary
                    shown={shown.clone()}
                    what_ifs={pending_what_ifs(shown, props.what_ifs.as_ref()).cloned()}
                    exercise={props.exercise.clone()}
                    compact={props.compact}
                />
            }
        </div>
    };
    if !props.compact {
        let charts = cards(&|_| true);
        return html! {
            <>
                { hero }
                <div class={classes!("charts", props.stale.then_some("stale"))} data-testid="charts">
                    if let Some(shown) = &props.shown {
                        <Funnel shown={shown.clone()} />
                        <dropoff::DropOff shown={shown.clone()} />
                    }
                    { charts.unwrap_or_default() }
                </div>
            </>
        };
    }
    // The compact embed: two columns on a wide frame, the answer and the
    // main chart on the left; the exercise, the what-ifs and "More" on the
    // right (each column a stack of its own, so neither's height pads the
    // other). Narrower, the columns dissolve and `embed.css` orders the
    // cards: exercise, answer, controls, main chart, what-ifs, More.
    let is_main = |kind: ChartKind| Some(kind) == main && kind != ChartKind::Tornado;
    let main_card = cards(&is_main);
    let tornado_card = cards(&|kind| kind == ChartKind::Tornado);
    let more_charts = cards(&|kind| !is_main(kind) && kind != ChartKind::Tornado);
    let stale = props.stale.then_some("stale");
    html! {
        <div class="compact-cols">
            <div class="compact-col">
                { hero }
                <div class={classes!("charts", "charts--compact", stale)} data-testid="charts">
                    { main_card.unwrap_or_default() }
                </div>
            </div>
            <div class="compact-col">
                { props.lead.clone() }
                <div class={classes!("charts", "charts--compact", "charts--what-if", stale)}>
                    { tornado_card.unwrap_or_default() }
                </div>
                if let Some(shown) = &props.shown {
                    <details class="embed-more" data-testid="embed-more">
                        <summary class="embed-more__summary">{ tr.t("embed-more") }</summary>
                        <div class="embed-more__body">
                            <div class={classes!("charts", stale)} data-testid="more-charts">
                                <Funnel shown={shown.clone()} />
                                <dropoff::DropOff shown={shown.clone()} />
                                { more_charts.unwrap_or_default() }
                            </div>
                            { props.more.clone() }
                        </div>
                    </details>
                }
            </div>
        </div>
    }
}

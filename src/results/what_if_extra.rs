//! Under the what-if chart: what its bars do not show.
//!
//! - For a calibrated scenario, each row's effect with the fitted inputs'
//!   uncertainty: the 95% interval of the change over the posterior draws
//!   (`uncertainty.what_ifs`, parameter uncertainty and Monte Carlo error
//!   together), labelled so that it is not read as the bar's own Monte
//!   Carlo error. It comes from the same worker job as the headline's
//!   interval (`crate::data::uncertainty::use_uncertainty`).
//! - With a `retention` block, each row's effect on retained adopters
//!   (`sensitivity[].retained_change`): a what-if that wins installs can
//!   lose users.
//!
//! # Test ids
//!
//! The list sits in a `<details>`, open on the page and folded in the
//! compact embed.
//!
//! `what-if-extra` (`data-covers`: what the intervals cover, empty when
//! there are none; `data-draws`), one `what-if-extra-<input>` per row
//! (`data-lo`, `data-hi`: the interval; `data-retained-change`).

use std::rc::Rc;

use worthit_engine::{Results, Uncertainty};
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct WhatIfExtraProps {
    pub results: Rc<Results>,
    /// A calibrated scenario's intervals, once the worker has them.
    #[prop_or_default]
    pub uncertainty: Option<Rc<Uncertainty>>,
    /// Start with the list folded (the compact embed, which must stay
    /// short): its summary says what the rows hold.
    #[prop_or_default]
    pub folded: bool,
}

/// The rows with an interval or a retained change; nothing when no row
/// has either.
#[function_component]
pub fn WhatIfExtra(props: &WhatIfExtraProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let labels = tr.labels();
    let r = &props.results;
    let intervals = props
        .uncertainty
        .as_ref()
        .map(|u| u.what_ifs.as_slice())
        .unwrap_or_default();
    let rows: Vec<Html> = r
        .sensitivity
        .iter()
        .filter_map(|s| {
            let interval = intervals.iter().find(|w| w.input == s.input);
            if interval.is_none() && s.retained_change.is_none() {
                return None;
            }
            let mut parts = Vec::new();
            if let Some(w) = interval {
                parts.push(tr.t_args(
                    "what-if-extra-interval",
                    &[
                        ("change", FluentValue::from(nf.points(s.change, 1))),
                        (
                            "interval",
                            FluentValue::from(nf.points_range(
                                w.change_ci95[0],
                                w.change_ci95[1],
                                1,
                            )),
                        ),
                    ],
                ));
            }
            if let Some(k) = s.retained_change {
                parts.push(tr.t_args(
                    "what-if-extra-retained",
                    &[("change", FluentValue::from(nf.points(k, 1)))],
                ));
            }
            Some(html! {
                <li data-testid={format!("what-if-extra-{}", s.input)}
                    data-lo={interval.map(|w| w.change_ci95[0].to_string()).unwrap_or_default()}
                    data-hi={interval.map(|w| w.change_ci95[1].to_string()).unwrap_or_default()}
                    data-retained-change={s.retained_change.map(|k| k.to_string()).unwrap_or_default()}>
                    <span class="what-if-extra-input">{ labels.input_name(&s.input, r) }</span>
                    { ": " }
                    { parts.join("; ") }
                </li>
            })
        })
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    let with_intervals = !intervals.is_empty();
    let any_retained = r.sensitivity.iter().any(|s| s.retained_change.is_some());
    let u = props.uncertainty.as_ref().filter(|_| with_intervals);
    html! {
        <div class="what-if-extra" data-testid="what-if-extra"
            data-covers={u.map(|u| u.covers.clone()).unwrap_or_default()}
            data-draws={u.map(|u| u.draws.to_string()).unwrap_or_default()}>
            <details class="what-if-extra-fold" open={!props.folded}>
                <summary>{ tr.t(match (with_intervals, any_retained) {
                    (true, true) => "what-if-extra-summary-both",
                    (true, false) => "what-if-extra-summary-interval",
                    _ => "what-if-extra-summary-retained",
                }) }</summary>
                <ul>{ for rows }</ul>
            </details>
            if let Some(u) = u {
                <p class="chart-note">{ tr.t_args("what-if-extra-note", &[
                    ("draws", FluentValue::from(u.draws as u64)),
                    ("people", FluentValue::from(nf.count(u.what_if_users_per_draw))),
                ]) }</p>
            }
        </div>
    }
}

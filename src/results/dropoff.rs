//! The drop-off card of a run with retention: adopters → those still using
//! the product after the horizon, and the people in between split by why
//! they left: use fell short of the claims and screenshots (expectation)
//! or what using it keeps costing outweighs its value (recurring costs).
//! The verdict is the summary's own sentence
//! ([`worthit_view::retention_summary`]), so the card and the "Why" list
//! never disagree.
//!
//! Test ids (a contract with the end-to-end tests): `dropoff` (the card,
//! with `data-adopted`, `data-retained`, `data-retained-share`,
//! `data-expectation`, `data-recurring` and `data-larger`), `dropoff-verdict`.

use worthit_engine::{Results, RetentionResult};
use worthit_i18n::{FluentValue, render_sentence};
use worthit_view::{LossCause, Sentence};
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::Shown;

/// A share that is safe to show.
fn share(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The cause the summary names as the larger loss, or `None` when nobody
/// leaves.
pub fn larger_loss(ret: &RetentionResult) -> Option<LossCause> {
    worthit_view::retention_summary(ret)
        .into_iter()
        .find_map(|s| match s {
            Sentence::RetentionLoss { larger, .. } => Some(larger),
            _ => None,
        })
}

#[derive(Properties, PartialEq)]
pub struct DropOffProps {
    pub shown: Shown,
}

/// The drop-off card; renders nothing for a run without retention.
#[function_component]
pub fn DropOff(props: &DropOffProps) -> Html {
    let tr = use_tr();
    let r: &Results = &props.shown.results;
    let Some(ret) = r.retention.as_ref().filter(|_| r.users > 0) else {
        return Html::default();
    };
    let fmt = tr.numbers();
    let adopted = share(r.adoption.share);
    let retained = share(ret.retained_share);
    let expectation = share(ret.lost_to_expectation);
    let recurring = share(ret.lost_to_recurring);
    let count_share = |count: u64, s: f64| {
        tr.t_args(
            "funnel-count-share",
            &[
                ("count", FluentValue::from(fmt.count(count))),
                ("share", FluentValue::from(fmt.percent(s, 1))),
            ],
        )
    };
    let people = |s: f64| ((s * r.users as f64).round() as u64).min(r.users);
    let verdict = worthit_view::retention_summary(ret)
        .into_iter()
        .skip(1)
        .map(|s| render_sentence(&tr, &s))
        .collect::<Vec<_>>()
        .join(" ");
    let larger = larger_loss(ret).map_or("none", LossCause::key);
    // Bars are as wide as their share of the adopters, so the drop reads
    // in proportion; SVG attributes, not inline styles (a strict
    // Content-Security-Policy would block those).
    let bar = |s: f64| {
        let w = if adopted > 0.0 {
            (s / adopted * 100.0).clamp(0.5, 100.0)
        } else {
            0.5
        };
        html! {
            <svg class="funnel-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <rect class="funnel-fill" x="0" y="0" width={format!("{w:.3}")} height="10" />
            </svg>
        }
    };
    let steps = [
        (
            "adopted",
            tr.t("dropoff-adopted"),
            count_share(r.adoption.adopters, adopted),
            adopted,
        ),
        (
            "retained",
            tr.t_args(
                "dropoff-retained",
                &[("periods", FluentValue::from(ret.periods))],
            ),
            count_share(ret.retained, retained),
            retained,
        ),
        (
            "expectation",
            tr.t("dropoff-expectation"),
            count_share(people(expectation), expectation),
            expectation,
        ),
        (
            "recurring",
            tr.t("dropoff-recurring"),
            count_share(people(recurring), recurring),
            recurring,
        ),
    ];
    html! {
        <section class="funnel-card dropoff-card" aria-labelledby="dropoff-title" data-testid="dropoff"
            data-adopted={r.adoption.adopters.to_string()}
            data-retained={ret.retained.to_string()}
            data-retained-share={ret.retained_share.to_string()}
            data-expectation={ret.lost_to_expectation.to_string()}
            data-recurring={ret.lost_to_recurring.to_string()}
            data-larger={larger}>
            <h3 id="dropoff-title" class="funnel-title">{ tr.t("dropoff-title") }</h3>
            <ol class="funnel-steps dropoff-steps" aria-label={tr.t("dropoff-label")}>
                { for steps.into_iter().map(|(key, label, value, s)| html! {
                    <li class={classes!("funnel-step", format!("dropoff-step--{key}"),
                            (key == larger).then_some("is-larger"))}
                        data-testid={format!("dropoff-{key}")}>
                        <span class="funnel-label">{ label }</span>
                        <span class="funnel-value">{ value }</span>
                        { bar(s) }
                    </li>
                }) }
            </ol>
            <p class="funnel-verdict" data-testid="dropoff-verdict">{ verdict }</p>
        </section>
    }
}

//! The headline: the one number a person came for, with its uncertainty
//! and what it was computed from.
//!
//! Test ids (a contract with the end-to-end tests): `adoption-share` holds
//! the percentage as its text and the exact counts of the run it shows in
//! `data-adopters` and `data-users`. With retention, `retained-share` holds
//! retained adopters (`data-retained`, `data-share`, `data-periods`).

use worthit_engine::Results;
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct HeadlineProps {
    /// The results shown, with the revision they belong to (compared by
    /// revision, so progress updates do not re-render this).
    pub results: Option<crate::state::Shown>,
    /// The results belong to an earlier scenario (a newer run is going or
    /// was cancelled).
    pub stale: bool,
}

/// "43.1% adopt (42.8–43.4%) · 100,000 people in 38 ms".
#[function_component]
pub fn Headline(props: &HeadlineProps) -> Html {
    let tr = use_tr();
    let Some(shown) = &props.results else {
        return html! {
            <section class="headline headline-empty" aria-label={tr.t("headline-label")}>
                <p class="headline-line">
                    <span class="headline-share placeholder">{ "––.–%" }</span>
                    <span class="headline-verb">{ tr.t("headline-simulating") }</span>
                </p>
            </section>
        };
    };
    let r: &Results = &worthit_i18n::scenario_text::localize_results(&tr, &shown.results);
    let fmt = tr.numbers();
    // The same texts as the prerendered first view.
    let h = worthit_i18n::headline::headline(&tr, r);
    let meta = tr.t_args(
        "headline-meta",
        &[
            ("users", FluentValue::from(r.users)),
            ("duration", FluentValue::from(duration(&tr, r.elapsed_ms))),
        ],
    );
    // Retained adopters, labelled as what they are: the share of all
    // people who adopted and still use it after the horizon.
    let retained_label = r.retention.as_ref().map_or_else(String::new, |ret| {
        tr.t_args(
            "headline-retained-label",
            &[("periods", FluentValue::from(ret.periods))],
        )
    });
    html! {
        <section
            class={classes!("headline", props.stale.then_some("stale"))}
            aria-label={h.label.clone()}
            data-run={shown.id.to_string()}
        >
            <p class="headline-eyebrow">{ h.eyebrow.clone() }</p>
            <p class="headline-line">
                <span
                    class="headline-share"
                    data-testid="adoption-share"
                    data-adopters={r.adoption.adopters.to_string()}
                    data-users={r.users.to_string()}
                    data-seed={r.seed.to_string()}
                >
                    { h.share.clone() }
                </span>
                <span class="headline-verb">{ " " }{ h.verb.clone() }{ " " }</span>
                <span class="headline-ci" title={h.ci_title.clone()}>{ h.ci.clone() }</span>
                <span class="headline-meta">{ " · " }{ meta }</span>
            </p>
            if let Some(ret) = &r.retention {
                <p class="headline-retained" data-testid="retained-share"
                    data-retained={ret.retained.to_string()}
                    data-share={ret.retained_share.to_string()}
                    data-periods={ret.periods.to_string()}
                    title={retained_label.clone()}>
                    <span class="visually-hidden">{ format!("{retained_label}: ") }</span>
                    <span class="headline-retained-share">{ fmt.percent(ret.retained_share, 1) }</span>
                    <span class="headline-verb">{ " " }{ tr.t("headline-retained-verb") }{ " " }</span>
                    <span class="headline-ci" title={tr.t("headline-retained-ci-title")}>
                        { format!("({})", fmt.percent_range(ret.retained_ci95[0], ret.retained_ci95[1], 1)) }
                    </span>
                    <span class="headline-meta" aria-hidden="true">{ " · " }{ retained_label.clone() }</span>
                </p>
            }
            <p class="headline-detail">{ h.detail.clone() }</p>
        </section>
    }
}

/// "Finished: 43.1% of 100,000 people adopt.", read by screen readers when
/// a run finishes (see [`super::announce`]).
pub fn announcement(tr: &Translator, r: &Results) -> String {
    tr.t_args(
        "headline-announce",
        &[
            (
                "share",
                FluentValue::from(tr.numbers().percent(r.adoption.share, 1)),
            ),
            ("users", FluentValue::from(r.users)),
        ],
    )
}

/// `38 ms`, or `1.24 s` from a second on, in the language's format.
pub fn duration(tr: &Translator, ms: f64) -> String {
    let fmt = tr.numbers();
    if !ms.is_finite() || ms < 0.0 {
        "–".to_string()
    } else if ms < 1000.0 {
        tr.t_args(
            "duration-ms",
            &[("ms", FluentValue::from(fmt.number(ms, 0)))],
        )
    } else {
        tr.t_args(
            "duration-s",
            &[("s", FluentValue::from(fmt.number(ms / 1000.0, 2)))],
        )
    }
}

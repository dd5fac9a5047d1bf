//! The headline: the one number a person came for, with its uncertainty
//! and what it was computed from.
//!
//! Test ids (a contract with the end-to-end tests): `adoption-share` holds
//! the percentage as its text and the exact counts of the run it shows in
//! `data-adopters` and `data-users`.

use worthit_engine::Results;
use worthit_view::NumberFormat;
use yew::prelude::*;

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
    let Some(shown) = &props.results else {
        return html! {
            <section class="headline headline-empty" aria-label="Adoption">
                <p class="headline-line">
                    <span class="headline-share placeholder">{ "––.–%" }</span>
                    <span class="headline-verb">{ "Simulating…" }</span>
                </p>
            </section>
        };
    };
    let r: &Results = &shown.results;
    let fmt = NumberFormat::en();
    let product = r
        .choices
        .first()
        .map(|c| c.option.as_str())
        .unwrap_or("the product");
    html! {
        <section
            class={classes!("headline", props.stale.then_some("stale"))}
            aria-label="Adoption"
            data-run={shown.id.to_string()}
        >
            <p class="headline-eyebrow">{ format!("{product} · {}", r.title) }</p>
            <p class="headline-line">
                <span
                    class="headline-share"
                    data-testid="adoption-share"
                    data-adopters={r.adoption.adopters.to_string()}
                    data-users={r.users.to_string()}
                    data-seed={r.seed.to_string()}
                >
                    { fmt.percent(r.adoption.share, 1) }
                </span>
                <span class="headline-verb">{ " adopt " }</span>
                <span class="headline-ci" title="95% interval (Wilson)">
                    { format!("({})", fmt.percent_range(r.adoption.ci95[0], r.adoption.ci95[1], 1)) }
                </span>
                <span class="headline-meta">
                    { format!(" · {} people in {}", fmt.count(r.users), duration(r.elapsed_ms)) }
                </span>
            </p>
            <p class="headline-detail">
                { format!(
                    "{} of {} simulated people choose {product}; the range in brackets is the 95% interval. Seed {}.",
                    fmt.count(r.adoption.adopters),
                    fmt.count(r.users),
                    r.seed,
                ) }
            </p>
        </section>
    }
}

/// `38 ms`, or `1.24 s` from a second on.
pub fn duration(ms: f64) -> String {
    if !ms.is_finite() || ms < 0.0 {
        "–".to_string()
    } else if ms < 1000.0 {
        format!("{ms:.0} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

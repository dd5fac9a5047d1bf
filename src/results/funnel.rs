//! The funnel of a run with adoption over time: all people → those who
//! heard of the product (reach, the work of marketing) → those who adopted
//! (conversion, the work of the product and its operations), with a
//! one-line verdict on which step is the bottleneck.
//!
//! The verdict follows the summary's timeline sentence
//! ([`worthit_view::timeline_summary`]), so the funnel and the "Why" list
//! never disagree; docs/model.md ("Reading the funnel") writes the rule
//! down.

use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::Shown;

pub use worthit_view::funnel::{Bottleneck, FunnelData, funnel};

#[derive(Properties, PartialEq)]
pub struct FunnelProps {
    pub shown: Shown,
}

/// The funnel card; renders nothing for a run without a timeline.
#[function_component]
pub fn Funnel(props: &FunnelProps) -> Html {
    let tr = use_tr();
    let Some(f) = funnel(&props.shown.results) else {
        return Html::default();
    };
    let fmt = tr.numbers();
    let pct = |x: f64| fmt.percent(x, 1);
    let count_share = |count: u64, share: f64| {
        tr.t_args(
            "funnel-count-share",
            &[
                ("count", FluentValue::from(fmt.count(count))),
                ("share", FluentValue::from(pct(share))),
            ],
        )
    };
    let verdict_args = [
        ("period", FluentValue::from(f.period)),
        ("aware", FluentValue::from(pct(f.aware_share))),
        ("conversion", FluentValue::from(pct(f.conversion))),
    ];
    let verdict = tr.t_args(
        match f.bottleneck {
            Bottleneck::NoReach => "funnel-verdict-no-reach",
            Bottleneck::Reach => "funnel-verdict-reach",
            Bottleneck::Conversion => "funnel-verdict-conversion",
            Bottleneck::Both => "funnel-verdict-both",
            Bottleneck::Neither => "funnel-verdict-neither",
        },
        &verdict_args,
    );
    let conversion = tr.t_args(
        "funnel-conversion",
        &[("conversion", FluentValue::from(pct(f.conversion)))],
    );
    // Bars are as wide as their share of all people and centred, so the
    // three read as a funnel; a step no one reached keeps a sliver. They
    // are SVG attributes, not inline styles, which a strict
    // Content-Security-Policy (an embedding page's) would block.
    let bar = |share: f64| {
        let w = (share * 100.0).clamp(0.5, 100.0);
        html! {
            <svg class="funnel-bar" viewBox="0 0 100 10" preserveAspectRatio="none"
                aria-hidden="true" focusable="false">
                <rect class="funnel-fill" x={format!("{:.3}", (100.0 - w) / 2.0)} y="0"
                    width={format!("{w:.3}")} height="10" />
            </svg>
        }
    };
    let mut steps = vec![
        (
            "people",
            tr.t("funnel-people"),
            fmt.count(f.people),
            None,
            1.0,
        ),
        (
            "aware",
            tr.t("funnel-aware"),
            count_share(f.aware, f.aware_share),
            None,
            f.aware_share,
        ),
        (
            "adopted",
            tr.t("funnel-adopted"),
            count_share(f.adopted, f.adopted_share),
            Some(conversion),
            f.adopted_share,
        ),
    ];
    if let Some((count, s)) = f.still_using {
        steps.push((
            "still-using",
            tr.t("funnel-still-using"),
            count_share(count, s),
            None,
            s,
        ));
    }

    html! {
        <section class="funnel-card" aria-labelledby="funnel-title" data-testid="funnel"
            data-people={f.people.to_string()}
            data-aware={f.aware.to_string()}
            data-aware-share={f.aware_share.to_string()}
            data-adopted={f.adopted.to_string()}
            data-adopted-share={f.adopted_share.to_string()}
            data-conversion={f.conversion.to_string()}
            data-still-using={f.still_using.map(|(c, _)| c.to_string())}
            data-bottleneck={f.bottleneck.key()}>
            <h3 id="funnel-title" class="funnel-title">{ tr.t("funnel-title") }</h3>
            <ol class="funnel-steps" aria-label={tr.t("funnel-label")}>
                { for steps.into_iter().map(|(key, label, value, note, share)| html! {
                    <li class={classes!("funnel-step", format!("funnel-step--{key}"))}
                        data-testid={format!("funnel-{key}")}>
                        <span class="funnel-label">{ label }</span>
                        <span class="funnel-value">{ value }</span>
                        { bar(share) }
                        if let Some(note) = note {
                            <span class="funnel-note">{ note }</span>
                        }
                    </li>
                }) }
            </ol>
            <p class="funnel-verdict" data-testid="funnel-verdict">{ verdict }</p>
        </section>
    }
}

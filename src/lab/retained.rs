//! Compare mode's second metric: when A and B both have retention, the
//! verdict shows retained adopters of each and the retained-adopters lift
//! beside the installs lift, as a store listing experiment reports
//! "retained first-time installers" beside installs. A page that wins
//! installs can lose users; this row shows it.
//!
//! Test ids: `compare-retained` (the row), `compare-a-retained` and
//! `compare-b-retained` (`data-share`, `data-retained`), and
//! `compare-retained-lift` (`data-lift`, `data-lo`, `data-hi`, `data-p`,
//! unrounded, as `compare-lift`).

use worthit_engine::{CompareResults, Comparison, Results};
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use super::state::Side;

/// The lift's class: good, bad or unclear by its 95% interval.
pub fn lift_class(ci95: [f64; 2]) -> &'static str {
    if ci95[0] > 0.0 {
        "is-good"
    } else if ci95[1] < 0.0 {
        "is-bad"
    } else {
        "is-unclear"
    }
}

/// A lift, big, with its 95% interval and P(B better), coloured by
/// [`lift_class`]; the exact numbers are in data attributes for tests and
/// tools. The installs verdict and the retained-adopters row both show one.
pub fn lift_card(tr: &Translator, c: &Comparison, testid: &'static str, label_key: &str) -> Html {
    let nf = tr.numbers();
    html! {
        <div class={classes!("verdict-lift", lift_class(c.ci95))} data-testid={testid}
            data-lift={c.lift.to_string()} data-lo={c.ci95[0].to_string()}
            data-hi={c.ci95[1].to_string()} data-p={c.p_b_better.to_string()}>
            <span class="verdict-variant">{ tr.t(label_key) }</span>
            <span class="verdict-big">
                { tr.t_args("verdict-points", &[("points", FluentValue::from(nf.points(c.lift, 1)))]) }
            </span>
            <span class="verdict-ci">
                { tr.t_args("verdict-interval", &[("interval", FluentValue::from(nf.points_range(c.ci95[0], c.ci95[1], 1)))]) }
            </span>
            <span class="verdict-note">
                { tr.t_args("verdict-probability", &[("probability", FluentValue::from(nf.probability(c.p_b_better)))]) }
            </span>
        </div>
    }
}

/// The retained-adopters row, or nothing unless both sides have retention.
pub fn retained_numbers(tr: &Translator, r: &CompareResults) -> Html {
    let (Some(c), Some(ra), Some(rb)) = (
        r.retained_comparison.as_ref(),
        r.a.retention.as_ref(),
        r.b.retention.as_ref(),
    ) else {
        return Html::default();
    };
    let nf = tr.numbers();
    let share = |side: Side, x: &Results| {
        let Some(ret) = x.retention.as_ref() else {
            return Html::default();
        };
        html! {
            <div class={classes!("verdict-share", format!("verdict-share--{}", side.id()))}
                data-testid={format!("compare-{}-retained", side.id())}
                data-share={ret.retained_share.to_string()} data-retained={ret.retained.to_string()}>
                <span class="verdict-variant">{ side.name() }</span>
                <span class="verdict-big">{ nf.percent(ret.retained_share, 1) }</span>
                <span class="verdict-ci" title={tr.t("headline-retained-ci-title")}>
                    { format!("({})", nf.percent_range(ret.retained_ci95[0], ret.retained_ci95[1], 1)) }
                </span>
                <span class="verdict-note">{ tr.t("verdict-retained-share") }</span>
            </div>
        }
    };
    // Both sides share the horizon when they come from one scenario; the
    // label names A's.
    let label = tr.t_args(
        "headline-retained-label",
        &[("periods", FluentValue::from(ra.periods.max(rb.periods)))],
    );
    html! {
        <div class="verdict-retained" data-testid="compare-retained">
            <h3 class="verdict-retained-title" title={label}>{ tr.t("verdict-retained-title") }</h3>
            <div class="verdict-numbers">
                { share(Side::A, &r.a) }
                { share(Side::B, &r.b) }
                { lift_card(tr, c, "compare-retained-lift", "verdict-retained-lift") }
            </div>
        </div>
    }
}

//! The data behind each chart as an HTML table: the "show data table"
//! toggle of every chart, for screen-reader users and for anyone who wants
//! the exact numbers.

use worthit_engine::Results;
use worthit_i18n::{FluentValue, Translator};
use worthit_view::ChartKind;
use yew::prelude::*;

/// A table of `kind`'s data from `results`, in `tr`'s language.
pub fn table(tr: &Translator, kind: ChartKind, results: &Results) -> Html {
    let fmt = tr.numbers();
    let labels = tr.labels();
    let (head, rows): (Vec<String>, Vec<Vec<String>>) = match kind {
        ChartKind::NetValue => {
            let h = &results.net_value.histogram;
            let rows = h
                .counts
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 0)
                .map(|(i, n)| {
                    let adopters = h.adopter_counts.get(i).copied().unwrap_or(0);
                    vec![
                        tr.t_args(
                            "table-range",
                            &[
                                (
                                    "from",
                                    FluentValue::from(
                                        fmt.number(h.edges.get(i).copied().unwrap_or(f64::NAN), 2),
                                    ),
                                ),
                                (
                                    "to",
                                    FluentValue::from(fmt.number(
                                        h.edges.get(i + 1).copied().unwrap_or(f64::NAN),
                                        2,
                                    )),
                                ),
                            ],
                        ),
                        fmt.count(*n),
                        fmt.count(adopters),
                        fmt.count(n.saturating_sub(adopters)),
                    ]
                })
                .collect();
            (
                vec![
                    tr.t("table-net-value"),
                    tr.t("table-people"),
                    tr.t("table-adopters"),
                    tr.t("table-non-adopters"),
                ],
                rows,
            )
        }
        ChartKind::Choices => (
            vec![tr.t("table-option"), tr.t("table-share-of-people")],
            results
                .options()
                .map(|(o, c)| vec![labels.option_name(o, &c.option), fmt.percent(c.share, 1)])
                .collect(),
        ),
        ChartKind::Barriers => (
            vec![tr.t("table-cost"), tr.t("table-decisive")],
            results
                .barriers
                .iter()
                .map(|b| vec![labels.cost_name(&b.cost), fmt.percent(b.decisive_share, 1)])
                .collect(),
        ),
        ChartKind::BarrierMeans => (
            vec![
                tr.t("table-cost"),
                tr.t("table-mean-adopters"),
                tr.t("table-mean-non-adopters"),
            ],
            results
                .barriers
                .iter()
                .map(|b| {
                    vec![
                        labels.cost_name(&b.cost),
                        fmt.number(b.mean_adopters, 2),
                        fmt.number(b.mean_non_adopters, 2),
                    ]
                })
                .collect(),
        ),
        ChartKind::Tornado => {
            // The rows' simulation noise, when they have it (not over
            // time, where a row is a path of its own).
            let noise = worthit_view::noise::largest(results).is_some();
            let mut head = vec![
                tr.t("table-input"),
                tr.t("table-moved-by"),
                tr.t("table-adoption"),
                tr.t("table-change-points"),
            ];
            if noise {
                head.push(tr.t("table-noise-points"));
            }
            let rows = results
                .sensitivity
                .iter()
                .map(|s| {
                    let mut row = vec![
                        labels.input_name(&s.input, results),
                        fmt.signed(s.step, 2),
                        fmt.percent(s.adoption_share, 1),
                        fmt.points(s.change, 1),
                    ];
                    if noise {
                        row.push(
                            worthit_view::noise::half_width(s)
                                .map(|h| worthit_view::noise::plus_minus(fmt, h))
                                .unwrap_or_else(|| fmt.missing.clone()),
                        );
                    }
                    row
                })
                .collect();
            (head, rows)
        }
        ChartKind::Segments => (
            vec![
                tr.t("table-segment"),
                tr.t("table-people"),
                tr.t("table-adoption"),
            ],
            results
                .segments
                .iter()
                .map(|s| {
                    vec![
                        s.name.clone(),
                        fmt.count(s.users),
                        fmt.percent(s.adoption_share, 1),
                    ]
                })
                .collect(),
        ),
        ChartKind::Timeline => (
            vec![
                tr.t("table-period"),
                tr.t("table-aware"),
                tr.t("table-new-adopters"),
                tr.t("table-adopted-so-far"),
            ],
            results
                .timeline
                .iter()
                .flatten()
                .map(|t| {
                    vec![
                        fmt.count(u64::from(t.period)),
                        fmt.percent(t.aware_share, 1),
                        fmt.count(t.new_adopters),
                        fmt.percent(t.cumulative_share, 1),
                    ]
                })
                .collect(),
        ),
        ChartKind::Retention => (
            vec![tr.t("table-period"), tr.t("table-still-using")],
            results
                .retention
                .iter()
                .flat_map(|r| r.curve.iter())
                .map(|row| {
                    vec![
                        fmt.count(u64::from(row.period)),
                        fmt.percent(row.active_share, 1),
                    ]
                })
                .collect(),
        ),
    };
    let title = tr.t_args(
        "table-caption",
        &[("title", FluentValue::from(kind.title(labels).to_string()))],
    );
    // The wrapper scrolls on small screens, so it must be reachable and
    // scrollable by keyboard.
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={title.clone()}>
            <table class="data-table">
                <caption class="visually-hidden">{ title }</caption>
                <thead>
                    <tr>{ for head.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|row| html! {
                        <tr>
                            { for row.into_iter().enumerate().map(|(i, cell)| if i == 0 {
                                html! { <th scope="row">{ cell }</th> }
                            } else {
                                html! { <td>{ cell }</td> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

//! The data behind each chart as an HTML table: the "show data table"
//! toggle of every chart, for screen-reader users and for anyone who wants
//! the exact numbers.

use worthit_engine::Results;
use worthit_view::{ChartKind, Labels, NumberFormat};
use yew::prelude::*;

/// A table of `kind`'s data from `results`.
pub fn table(kind: ChartKind, results: &Results) -> Html {
    let fmt = NumberFormat::en();
    let labels = Labels::en();
    let (head, rows): (Vec<&str>, Vec<Vec<String>>) = match kind {
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
                        format!(
                            "{} to {}",
                            fmt.number(h.edges.get(i).copied().unwrap_or(f64::NAN), 2),
                            fmt.number(h.edges.get(i + 1).copied().unwrap_or(f64::NAN), 2)
                        ),
                        fmt.count(*n),
                        fmt.count(adopters),
                        fmt.count(n.saturating_sub(adopters)),
                    ]
                })
                .collect();
            (
                vec!["Net value", "People", "Adopters", "Non-adopters"],
                rows,
            )
        }
        ChartKind::Choices => (
            vec!["Option", "Share of people"],
            results
                .choices
                .iter()
                .map(|c| vec![labels.option_name(&c.option), fmt.percent(c.share, 1)])
                .collect(),
        ),
        ChartKind::Barriers => (
            vec!["Cost", "Removing it alone wins (share of non-adopters)"],
            results
                .barriers
                .iter()
                .map(|b| vec![labels.cost_name(&b.cost), fmt.percent(b.decisive_share, 1)])
                .collect(),
        ),
        ChartKind::BarrierMeans => (
            vec!["Cost", "Mean, adopters", "Mean, non-adopters"],
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
        ChartKind::Tornado => (
            vec!["Input", "Moved by", "Adoption", "Change (points)"],
            results
                .sensitivity
                .iter()
                .map(|s| {
                    vec![
                        labels.input_name(&s.input, results),
                        fmt.signed(s.step, 2),
                        fmt.percent(s.adoption_share, 1),
                        fmt.points(s.change, 1),
                    ]
                })
                .collect(),
        ),
        ChartKind::Segments => (
            vec!["Segment", "People", "Adoption"],
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
            vec!["Period", "Aware", "New adopters", "Adopted so far"],
            results
                .timeline
                .iter()
                .flatten()
                .map(|t| {
                    vec![
                        t.period.to_string(),
                        fmt.percent(t.aware_share, 1),
                        fmt.count(t.new_adopters),
                        fmt.percent(t.cumulative_share, 1),
                    ]
                })
                .collect(),
        ),
    };
    let title = format!("Data: {}", kind.title(&labels));
    // The wrapper scrolls on small screens, so it must be reachable and
    // scrollable by keyboard.
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={title.clone()}>
            <table class="data-table">
                <caption class="visually-hidden">{ title }</caption>
                <thead>
                    <tr>{ for head.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
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

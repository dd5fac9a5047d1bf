//! What a survey import found, for the person to judge the fit: per
//! column the shape chosen and its parameters, segments, the correlations
//! kept, ignored columns, skipped rows with their line and column, and the
//! respondents' own adoption next to the simulated one.

use worthit_engine::survey::{Family, Import};
use worthit_engine::{CostKind, Endpoint};
use worthit_i18n::{FluentValue, Translator, problem_message};
use yew::prelude::*;

use crate::editor::strings;

/// The report of `import`, fitted from the file `name` in `elapsed_ms`.
pub fn view(tr: &Translator, name: &str, import: &Import, elapsed_ms: f64) -> Html {
    let r = &import.report;
    let n = tr.numbers();
    let count = |x: usize| FluentValue::from(x as u64);
    let labels = tr.labels();
    let quantity = |column: &str| match endpoint(column) {
        Some(e) => labels.quantity_name(e),
        None => column.to_string(),
    };
    let family = |f: Family| match f {
        Family::Normal => strings::kind_name(tr, "normal"),
        Family::Lognormal => strings::kind_name(tr, "lognormal"),
        Family::Fixed => strings::kind_name(tr, "fixed"),
    };
    let kept: Vec<Html> = r
        .correlations
        .iter()
        .filter_map(|c| c.kept.map(|rho| (c, rho)))
        .map(|(c, rho)| {
            let pair = tr.t_args(
                "editor-corr-pair",
                &[
                    ("a", FluentValue::from(labels.quantity_name(c.a))),
                    ("b", FluentValue::from(labels.quantity_name(c.b))),
                ],
            );
            html! { <li>{ pair }{ ": " }{ n.signed(rho, 2) }</li> }
        })
        .collect();
    let check = &r.adoption;
    let simulated = tr.t_args(
        "survey-adoption-simulated",
        &[
            (
                "share",
                FluentValue::from(n.percent(check.simulated.share, 1)),
            ),
            (
                "interval",
                FluentValue::from(n.percent_range(
                    check.simulated.ci95[0],
                    check.simulated.ci95[1],
                    1,
                )),
            ),
        ],
    );
    let respondents = match &check.respondents {
        Some(o) => tr.t_args(
            "survey-adoption-respondents",
            &[
                ("share", FluentValue::from(n.percent(o.share, 1))),
                (
                    "interval",
                    FluentValue::from(n.percent_range(o.ci95[0], o.ci95[1], 1)),
                ),
                ("count", FluentValue::from(o.users)),
            ],
        ),
        None => tr.t("survey-adoption-no-column"),
    };

    html! {
        <div class="survey__report" data-testid="survey-report">
            <p class="survey__summary">{ tr.t_args("survey-fitted", &[
                ("name", FluentValue::from(name)),
                ("used", count(r.used)),
                ("rows", count(r.rows)),
                ("ms", FluentValue::from(elapsed_ms.round())),
            ]) }</p>
            <div class="survey__adoption" data-testid="survey-adoption">
                <p data-testid="survey-adoption-respondents">{ respondents }</p>
                <p data-testid="survey-adoption-simulated">{ simulated }</p>
            </div>
            <div class="survey__table-wrap">
                <table class="survey__table" data-testid="survey-columns">
                    <caption>{ tr.t("survey-columns-caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ tr.t("survey-col-column") }</th>
                        <th scope="col">{ tr.t("survey-col-shape") }</th>
                        <th scope="col" class="survey__num">{ tr.t("survey-col-mean") }</th>
                        <th scope="col" class="survey__num">{ tr.t("survey-col-sd") }</th>
                    </tr></thead>
                    <tbody>
                        { for r.columns.iter().map(|c| html! {
                            <tr data-testid={format!("survey-column-{}", c.column)}
                                data-family={format!("{:?}", c.fit.family).to_lowercase()}>
                                <th scope="row">{ quantity(&c.column) }</th>
                                <td>{ family(c.fit.family) }</td>
                                <td class="survey__num">{ n.number(c.fit.mean, 2) }</td>
                                <td class="survey__num">{ n.number(c.fit.sd, 2) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            if r.segments.len() > 1 {
                <div data-testid="survey-segments">
                    <p>{ tr.t("survey-segments") }</p>
                    <ul>
                        { for r.segments.iter().map(|s| html! {
                            <li>{ tr.t_args("survey-segment-item", &[
                                ("name", FluentValue::from(s.name.as_str())),
                                ("count", count(s.respondents)),
                                ("share", FluentValue::from(n.percent(s.share, 1))),
                            ]) }</li>
                        }) }
                    </ul>
                </div>
            }
            <div data-testid="survey-correlations">
                if kept.is_empty() {
                    <p>{ tr.t("survey-correlations-none") }</p>
                } else {
                    <p>{ tr.t("survey-correlations") }</p>
                    <ul>{ for kept }</ul>
                }
            </div>
            if !r.ignored_columns.is_empty() {
                <p data-testid="survey-ignored">{ tr.t_args("survey-ignored", &[
                    ("columns", FluentValue::from(r.ignored_columns.join(", "))),
                ]) }</p>
            }
            if r.skipped > 0 {
                <div data-testid="survey-skipped">
                    <p>{ tr.t_args("survey-skipped", &[("skipped", count(r.skipped))]) }</p>
                    <ul data-testid="survey-bad-cells">
                        // Line, column, the cell's text and what is wrong
                        // with it, in the page's language.
                        { for r.bad_cells.iter().map(|c| html! { <li>{ problem_message(tr, &c.kind()) }</li> }) }
                        if r.bad_cells_total > r.bad_cells.len() {
                            <li>{ tr.t_args("survey-more-cells", &[
                                ("count", count(r.bad_cells_total - r.bad_cells.len())),
                            ]) }</li>
                        }
                    </ul>
                </div>
            }
        </div>
    }
}

/// The quantity a report column stands for (`value`, `trust`).
fn endpoint(column: &str) -> Option<Endpoint> {
    if column == "value" {
        return Some(Endpoint::Value);
    }
    CostKind::ALL
        .into_iter()
        .find(|k| k.name() == column)
        .map(Endpoint::of_cost)
}

//! The bar charts: choice shares, decisive barriers, mean costs, the what-if
//! tornado and adoption by segment.

use plotters::coord::Shift;
use plotters::prelude::*;
use worthit_engine::{ChoiceOption, Results};

use super::ChartError;
use super::hbar::{Bar, HBarSpec, Row, draw_hbars};
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame};
use crate::labels::Labels;
use crate::phrase::Phrase;
use crate::style::ChartStyle;

/// Choice shares: the product, each alternative and the no-choice option, in
/// that order.
pub fn draw_choices<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    if results.choices.is_empty() {
        return draw_empty(&p, &labels.choices_title, &labels.no_data);
    }
    let pal = &style.palette;
    let fmt = &labels.numbers;
    let rows = results
        .options()
        .map(|(option, c)| {
            let color = match option {
                ChoiceOption::Product => pal.product,
                ChoiceOption::Alternative(i) => pal.alternative(i),
                ChoiceOption::None => pal.none,
            };
            Row {
                label: labels.option_name(option, &c.option),
                bars: vec![Bar {
                    value: c.share,
                    color,
                    text: fmt.percent(c.share, 1),
                }],
            }
        })
        .collect();
    let mut spec = FrameSpec::titled(&labels.choices_title);
    spec.caption = Some(&labels.choices_caption);
    let plot = draw_frame(&p, &spec)?;
    draw_hbars(
        &plot,
        style,
        &HBarSpec {
            rows,
            reference: None,
            strong_zero: false,
            label_share: 0.4,
        },
    )
}

/// Decisive barriers: for each cost, the share of non-adopters that removing
/// it alone would win, largest first.
pub fn draw_barriers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    if results.barriers.is_empty() {
        return draw_empty(&p, &labels.barriers_title, &labels.no_data);
    }
    let mut barriers: Vec<_> = results.barriers.iter().collect();
    worthit_engine::sort::sort_by(&mut barriers, |a, b| {
        key(b.decisive_share).total_cmp(&key(a.decisive_share))
    });
    let rows = barriers
        .iter()
        .map(|b| Row {
            label: labels.cost_name(&b.cost),
            bars: vec![Bar {
                value: b.decisive_share,
                color: style.palette.barrier,
                text: labels.numbers.percent(b.decisive_share, 1),
            }],
        })
        .collect();
    let mut spec = FrameSpec::titled(&labels.barriers_title);
    spec.caption = Some(&labels.barriers_caption);
    let plot = draw_frame(&p, &spec)?;
    draw_hbars(
        &plot,
        style,
        &HBarSpec {
            rows: cap_rows(rows, style.max_rows, labels),
            reference: None,
            strong_zero: false,
            label_share: 0.4,
        },
    )
}

/// Mean perceived cost of adopters and of non-adopters, one pair of bars per
/// cost, the widest gap first.
pub fn draw_barrier_means<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    if results.barriers.is_empty() {
        return draw_empty(&p, &labels.barrier_means_title, &labels.no_data);
    }
    let pal = &style.palette;
    let mut barriers: Vec<_> = results.barriers.iter().collect();
    worthit_engine::sort::sort_by(&mut barriers, |a, b| {
        key(b.mean_non_adopters - b.mean_adopters)
            .total_cmp(&key(a.mean_non_adopters - a.mean_adopters))
    });
    let largest = barriers
        .iter()
        .flat_map(|b| [b.mean_adopters.abs(), b.mean_non_adopters.abs()])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let decimals = if largest < 1.0 { 2 } else { 1 };
    let fmt = &labels.numbers;
    let rows = barriers
        .iter()
        .map(|b| Row {
            label: labels.cost_name(&b.cost),
            bars: vec![
                Bar {
                    value: b.mean_adopters,
                    color: pal.adopters,
                    text: fmt.number(b.mean_adopters, decimals),
                },
                Bar {
                    value: b.mean_non_adopters,
                    color: pal.non_adopters,
                    text: fmt.number(b.mean_non_adopters, decimals),
                },
            ],
        })
        .collect();
    let mut spec = FrameSpec::titled(&labels.barrier_means_title);
    spec.legend = vec![
        Swatch::Box(pal.adopters).item(&labels.adopters),
        Swatch::Box(pal.non_adopters).item(&labels.non_adopters),
    ];
    spec.caption = Some(&labels.barrier_means_caption);
    let plot = draw_frame(&p, &spec)?;
    draw_hbars(
        &plot,
        style,
        &HBarSpec {
            rows: cap_rows(rows, style.max_rows, labels),
            reference: None,
            strong_zero: false,
            label_share: 0.4,
        },
    )
}

/// The what-if tornado: the change in adoption when each input moves by its
/// step, largest effect first, rises and falls in different colours.
pub fn draw_tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    if results.sensitivity.is_empty() {
        return draw_empty(&p, &labels.tornado_title, &labels.no_data);
    }
    let pal = &style.palette;
    let fmt = &labels.numbers;
    let mut rows: Vec<_> = results.sensitivity.iter().collect();
    worthit_engine::sort::sort_by(&mut rows, |a, b| {
        key(b.change.abs()).total_cmp(&key(a.change.abs()))
    });
    let largest = rows
        .iter()
        .map(|s| s.change.abs())
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    // Points with one decimal, unless every effect is below one point.
    let decimals = if largest * 100.0 < 1.0 { 2 } else { 1 };
    let rows = rows
        .iter()
        .map(|s| Row {
            label: format!(
                "{} {}",
                labels.input_name(&s.input, results),
                fmt.signed(s.step, crate::format::step_decimals(s.step))
            ),
            bars: vec![Bar {
                value: s.change * 100.0,
                color: if s.change >= 0.0 {
                    pal.positive
                } else {
                    pal.negative
                },
                // The bar's own precision beside it: its paired 95%
                // interval of simulation noise, as ± (the note under
                // the chart says what it covers).
                text: match crate::noise::half_width(s) {
                    Some(half) => format!(
                        "{} {}",
                        fmt.points(s.change, decimals),
                        crate::noise::plus_minus(fmt, half)
                    ),
                    None => fmt.points(s.change, decimals),
                },
            }],
        })
        .collect();
    let mut spec = FrameSpec::titled(&labels.tornado_title);
    spec.legend = vec![
        Swatch::Box(pal.positive).item(&labels.raises),
        Swatch::Box(pal.negative).item(&labels.lowers),
    ];
    spec.caption = Some(&labels.tornado_caption);
    let plot = draw_frame(&p, &spec)?;
    draw_hbars(
        &plot,
        style,
        &HBarSpec {
            rows: cap_rows(rows, style.max_rows, labels),
            reference: None,
            strong_zero: true,
            label_share: 0.5,
        },
    )
}

/// Adoption share per segment with the overall share as a dashed line.
pub fn draw_segments<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    if results.segments.is_empty() {
        return draw_empty(&p, &labels.segments_title, &labels.no_data);
    }
    let pal = &style.palette;
    let fmt = &labels.numbers;
    let rows = results
        .segments
        .iter()
        .map(|s| Row {
            label: s.name.clone(),
            bars: vec![Bar {
                value: s.adoption_share,
                color: pal.segment,
                text: fmt.percent(s.adoption_share, 1),
            }],
        })
        .collect();
    let overall = results.adoption.share;
    let mut spec = FrameSpec::titled(&labels.segments_title);
    spec.legend = vec![
        Swatch::Dashed(pal.reference).item(&labels.phrase(&Phrase::Overall { share: overall })),
    ];
    spec.caption = Some(&labels.segments_caption);
    let plot = draw_frame(&p, &spec)?;
    draw_hbars(
        &plot,
        style,
        &HBarSpec {
            rows: cap_rows(rows, style.max_rows, labels),
            reference: Some((overall, pal.reference)),
            strong_zero: false,
            label_share: 0.4,
        },
    )
}

/// Keeps the first `max - 1` rows and sums up the rest in a "+N more" row.
fn cap_rows(mut rows: Vec<Row>, max: usize, labels: &Labels) -> Vec<Row> {
    let max = max.max(2);
    if rows.len() <= max {
        return rows;
    }
    let hidden = rows.len() - (max - 1);
    rows.truncate(max - 1);
    rows.push(Row {
        label: labels.phrase(&Phrase::MoreRows { n: hidden as u64 }),
        bars: Vec::new(),
    });
    rows
}

/// Sort key that puts NaN last when sorting in descending order.
fn key(v: f64) -> f64 {
    if v.is_nan() { f64::NEG_INFINITY } else { v }
}

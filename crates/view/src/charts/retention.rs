//! Who stays: the share of all people who adopted and still use the
//! product, period by period after adopting (`results.retention.curve`),
//! with the adoption share as a dashed reference, so the gap between the
//! two lines is the drop-off.

use plotters::coord::Shift;
use plotters::prelude::*;
use worthit_engine::Results;

use super::ChartError;
use super::axes::{AxesSpec, Ticks, build_axes};
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame, plottable_share};
use crate::labels::Labels;
use crate::style::ChartStyle;

pub fn draw_retention<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let rows = match &results.retention {
        Some(r) if !r.curve.is_empty() => &r.curve,
        _ => return draw_empty(&p, &labels.retention_title, &labels.no_data),
    };
    let pal = &style.palette;
    let fmt = &labels.numbers;
    let adopted = plottable_share(results.adoption.share);

    let mut spec = FrameSpec::titled(&labels.retention_title);
    spec.legend = vec![
        Swatch::Line(pal.cumulative).item(&labels.still_using),
        Swatch::Dashed(pal.reference).item(&labels.adopted_line),
    ];
    spec.unit_left = Some(&labels.share_axis);
    spec.caption = Some(&labels.periods_since_adoption_axis);
    let plot = draw_frame(&p, &spec)?;

    let first = rows.iter().map(|r| r.period).min().unwrap_or(0) as f64;
    let last = rows.iter().map(|r| r.period).max().unwrap_or(0) as f64;
    // The y axis starts at zero, so the drop-off reads in proportion, and
    // ends a little above the higher of adoption and the curve's start.
    let top = rows
        .iter()
        .map(|r| plottable_share(r.active_share))
        .fold(adopted, f64::max);
    let ymax = if top > 0.0 { (top * 1.1).min(1.0) } else { 1.0 };
    let mut chart = build_axes(
        &plot,
        style,
        fmt,
        &AxesSpec {
            x: first..last.max(first + 1.0),
            y: 0.0..ymax,
            x_ticks: Ticks::Integer,
            y_ticks: Ticks::Percent,
            right_area: 0.0,
        },
    )?;

    let width = style.stroke(style.line_px);
    let dash = style.px(5.0).round().max(2.0) as i32;
    chart.draw_series(DashedLineSeries::new(
        [(first, adopted), (last.max(first + 1.0), adopted)],
        dash,
        dash,
        pal.reference.stroke_width(width),
    ))?;
    chart.draw_series(LineSeries::new(
        rows.iter()
            .map(|r| (r.period as f64, plottable_share(r.active_share))),
        pal.cumulative.stroke_width(width),
    ))?;
    Ok(())
}

//! A plotters cartesian chart with axes sized for the space it has: tick
//! counts follow the width and height so tick labels never overlap, and the
//! label areas are as wide as the labels they hold.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::ChartError;
use super::paint::Painter;
use crate::format::decimals_for_step;
use crate::style::ChartStyle;
use crate::text::text_width;

pub(crate) type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// How tick values are written.
#[derive(Clone, Copy)]
pub(crate) enum Ticks {
    /// Plain numbers, decimals chosen from the tick step.
    Number,
    /// Shares as percentages.
    Percent,
    /// Counts, shortened (4.2k).
    Compact,
    /// Whole numbers only (periods); fractional ticks are left blank.
    Integer,
}

pub(crate) struct AxesSpec {
    pub x: Range<f64>,
    pub y: Range<f64>,
    pub x_ticks: Ticks,
    pub y_ticks: Ticks,
    /// Room kept free at the right for a secondary axis, in device pixels.
    /// (A plotters right label area would get the primary labels too.)
    pub right_area: f64,
}

/// Tick values plotters will use for `range` with at most `n` labels.
pub(crate) fn tick_values(range: &Range<f64>, n: usize) -> Vec<f64> {
    RangedCoordf64::from(range.clone()).key_points(n)
}

pub(crate) fn format_tick(v: f64, ticks: Ticks, step: f64, fmt: &crate::NumberFormat) -> String {
    match ticks {
        Ticks::Number => fmt.number(v, decimals_for_step(step)),
        Ticks::Percent => fmt.percent(v, decimals_for_step(step * 100.0)),
        Ticks::Compact => fmt.compact(v),
        Ticks::Integer => {
            if (v - v.round()).abs() < 1e-9 {
                fmt.number(v, 0)
            } else {
                String::new()
            }
        }
    }
}

/// Tick values and their step for a range and label budget.
fn ticks_and_step(range: &Range<f64>, n: usize) -> (Vec<f64>, f64) {
    let ticks = tick_values(range, n);
    let step = if ticks.len() >= 2 {
        (ticks[1] - ticks[0]).abs()
    } else {
        (range.end - range.start).abs()
    };
    (ticks, step)
}

/// Builds the chart and draws its mesh (horizontal grid lines, both axes,
/// tick labels).
pub(crate) fn build_axes<'a, DB: DrawingBackend>(
    plot: &'a DrawingArea<DB, Shift>,
    style: &'a ChartStyle,
    fmt: &crate::NumberFormat,
    spec: &AxesSpec,
) -> Result<Chart<'a, DB>, ChartError> {
    let p = Painter::new(plot, style);
    let (w, h) = p.size();
    let small = style.px(style.small_px);
    let tick = style.px(3.0).round().max(1.0);
    let label_dist = 2.0 * tick;

    // Y labels: about one per 2.5 lines of text.
    let ny = ((h / (small * 2.5)).floor() as usize).clamp(2, 6);
    let (y_ticks, y_step) = ticks_and_step(&spec.y, ny);
    let y_label_w = y_ticks
        .iter()
        .map(|&v| text_width(&format_tick(v, spec.y_ticks, y_step, fmt), small))
        .fold(0.0, f64::max);
    let y_area = (y_label_w + label_dist + style.px(2.0)).ceil();

    // X labels: as many as fit side by side with a gap of one em.
    let plot_w = (w - y_area - spec.right_area).max(1.0);
    let mut nx = 12;
    let (x_step, nx) = loop {
        let (t, s) = ticks_and_step(&spec.x, nx);
        let widest = t
            .iter()
            .map(|&v| text_width(&format_tick(v, spec.x_ticks, s, fmt), small))
            .fold(0.0, f64::max);
        let needed = t.len() as f64 * (widest + small);
        if needed <= plot_w || nx <= 2 {
            break (s, nx);
        }
        nx -= 1;
    };
    let x_area = (label_dist + small * 1.3).ceil();

    let mut chart = ChartBuilder::on(plot)
        .margin_top((small / 2.0).ceil() as i32)
        .x_label_area_size(x_area as i32)
        .y_label_area_size(y_area as i32)
        .margin_right(spec.right_area.ceil() as i32)
        .build_cartesian_2d(spec.x.clone(), spec.y.clone())?;

    let pal = &style.palette;
    let label_font = p.font(small, pal.muted_text, HPos::Center, VPos::Top, false);
    let x_fmt = |v: &f64| format_tick(*v, spec.x_ticks, x_step, fmt);
    let y_fmt = |v: &f64| format_tick(*v, spec.y_ticks, y_step, fmt);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(nx)
        .y_labels(ny)
        .max_light_lines(0)
        .bold_line_style(pal.grid.stroke_width(1))
        .axis_style(pal.axis.stroke_width(style.stroke(1.0)))
        .label_style(label_font)
        .set_all_tick_mark_size(tick as i32)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    Ok(chart)
}

//! Adoption over time: new adopters per period as bars (left axis), the
//! share adopted so far and the share aware as lines (right axis, 0–100%).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use worthit_engine::{Results, TimelineRow};

use super::ChartError;
use super::axes::{AxesSpec, Ticks, build_axes, format_tick, tick_values};
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame, plottable_share};
use crate::labels::Labels;
use crate::style::ChartStyle;
use crate::text::text_width;

pub fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let rows: &[TimelineRow] = match &results.timeline {
        Some(rows) if !rows.is_empty() => rows,
        _ => return draw_empty(&p, &labels.timeline_title, &labels.no_data),
    };
    let pal = &style.palette;
    let fmt = &labels.numbers;

    let mut spec = FrameSpec::titled(&labels.timeline_title);
    spec.legend = vec![
        Swatch::Box(pal.new_adopters).item(&labels.new_adopters),
        Swatch::Line(pal.cumulative).item(&labels.cumulative),
        Swatch::Dashed(pal.aware).item(&labels.aware),
    ];
    spec.unit_left = Some(&labels.new_adopters_axis);
    spec.unit_right = Some(&labels.share_axis);
    spec.caption = Some(&labels.period_axis);
    let plot = draw_frame(&p, &spec)?;

    let first = rows.iter().map(|r| r.period).min().unwrap_or(0) as f64;
    let last = rows.iter().map(|r| r.period).max().unwrap_or(0) as f64;
    let xr = (first - 0.5)..(last + 0.5);
    let max_new = rows.iter().map(|r| r.new_adopters).max().unwrap_or(0) as f64;
    let ymax = if max_new > 0.0 { max_new * 1.1 } else { 1.0 };

    // The right axis holds "0%" to "100%": reserve room for the widest.
    let small = style.px(style.small_px);
    let (_, plot_h) = Painter::new(&plot, style).size();
    let n_right = ((plot_h / (small * 2.5)).floor() as usize).clamp(2, 5);
    let right_ticks = tick_values(&(0.0..1.0), n_right);
    let right_step = if right_ticks.len() >= 2 {
        right_ticks[1] - right_ticks[0]
    } else {
        1.0
    };
    let right_w = right_ticks
        .iter()
        .map(|&v| text_width(&format_tick(v, Ticks::Percent, right_step, fmt), small))
        .fold(0.0, f64::max);
    let tick = style.px(3.0).round().max(1.0);
    let right_area = right_w + 2.0 * tick + style.px(2.0);

    let mut chart = build_axes(
        &plot,
        style,
        fmt,
        &AxesSpec {
            x: xr.clone(),
            y: 0.0..ymax,
            x_ticks: Ticks::Integer,
            y_ticks: Ticks::Compact,
            right_area,
        },
    )?;

    // The right axis is drawn by hand: shares s map to s · ymax on the left
    // axis, so the lines need no second coordinate system.
    let (base_x, base_y) = plot.get_base_pixel();
    let to_px = |x: f64, s: f64| {
        let (px, py) = chart.backend_coord(&(x, s * ymax));
        (f64::from(px - base_x), f64::from(py - base_y))
    };
    let (axis_x, bottom) = to_px(xr.end, 0.0);
    let (_, top) = to_px(xr.end, 1.0);
    let painter = Painter::new(&plot, style);
    painter.line(
        &[(axis_x, top), (axis_x, bottom)],
        pal.axis,
        style.stroke(1.0),
    )?;
    for &v in &right_ticks {
        let (_, y) = to_px(xr.end, v);
        painter.line(
            &[(axis_x, y), (axis_x + tick, y)],
            pal.axis,
            style.stroke(1.0),
        )?;
        painter.text(
            &format_tick(v, Ticks::Percent, right_step, fmt),
            axis_x + 2.0 * tick,
            y,
            small,
            pal.muted_text,
            HPos::Left,
            VPos::Center,
        )?;
    }

    // Bars leave a gap between periods while there is room for one.
    let (plot_w, _) = Painter::new(&plot, style).size();
    let per_period = plot_w / (last - first + 1.0).max(1.0);
    let half = if per_period >= style.px(4.0) {
        0.4
    } else {
        0.5
    };
    chart.draw_series(rows.iter().filter(|r| r.new_adopters > 0).map(|r| {
        let x = r.period as f64;
        Rectangle::new(
            [(x - half, 0.0), (x + half, r.new_adopters as f64)],
            pal.new_adopters.filled(),
        )
    }))?;

    let width = style.stroke(style.line_px);
    chart.draw_series(LineSeries::new(
        rows.iter()
            .map(|r| (r.period as f64, plottable_share(r.cumulative_share) * ymax)),
        pal.cumulative.stroke_width(width),
    ))?;
    let dash = style.px(5.0).round().max(2.0) as i32;
    chart.draw_series(DashedLineSeries::new(
        rows.iter()
            .map(|r| (r.period as f64, plottable_share(r.aware_share) * ymax)),
        dash,
        dash,
        pal.aware.stroke_width(width),
    ))?;
    Ok(())
}

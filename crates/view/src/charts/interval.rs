//! The calibration's interval charts: one row per fitted input (its
//! posterior median and 95% credible interval), or one row per observation
//! (the predicted share with its interval and the observed share as a ring).
//!
//! Rows are laid out by hand like the bar charts (`hbar.rs`): a label line,
//! then a track with the interval as a thick bar, the estimate as a dot and
//! the interval's ends written under it. Each row has its own scale when the
//! rows measure different things (a value mean in points, a screenshot
//! effect), or one shared scale (shares of people) so observations can be
//! compared by eye.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::ChartError;
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame, frame_layout};
use crate::style::ChartStyle;
use crate::text::{ellipsize, text_width};

/// One row: a named estimate with its interval and, for a predictive
/// check, what was observed.
#[derive(Debug, Clone, PartialEq)]
pub struct IntervalRow {
    pub label: String,
    pub estimate: f64,
    pub lo: f64,
    pub hi: f64,
    /// The observed value (a predictive check's observed share).
    pub observed: Option<f64>,
    /// The numbers as written under the track: estimate, low end, high end
    /// (formatted by the caller, in the page's language and unit).
    pub texts: [String; 3],
}

/// What to draw: the rows and every visible word (from the caller's
/// translation).
#[derive(Debug, Clone, PartialEq)]
pub struct IntervalChart {
    pub title: String,
    pub rows: Vec<IntervalRow>,
    /// Legend of the dot and bar ("Median and 95% interval").
    pub estimate_legend: String,
    /// Legend of the ring ("Observed"); only drawn when a row has one.
    pub observed_legend: String,
    /// One scale for all rows (shares); otherwise each row has its own.
    pub shared_scale: bool,
    /// Shown instead of the plot when no row can be drawn.
    pub no_data: String,
}

fn usable(r: &IntervalRow) -> bool {
    r.estimate.is_finite() && r.lo.is_finite() && r.hi.is_finite() && r.lo <= r.hi
}

/// Height in CSS pixels of one row (label line, track, numbers line).
fn row_css(style: &ChartStyle) -> f64 {
    style.text_px * 1.4 + 14.0 + style.small_px * 1.4 + 8.0
}

fn frame<'s>(chart: &'s IntervalChart, pal_a: RGBColor, pal_b: RGBColor) -> FrameSpec<'s> {
    let mut spec = FrameSpec::titled(&chart.title);
    spec.legend
        .push(Swatch::Dot(pal_a).item(&chart.estimate_legend));
    if chart.rows.iter().any(|r| r.observed.is_some()) {
        spec.legend
            .push(Swatch::Ring(pal_b).item(&chart.observed_legend));
    }
    spec
}

/// The height (CSS pixels) at which every row of `chart` fits at `width`.
pub fn interval_height(chart: &IntervalChart, width: f64, style: &ChartStyle) -> f64 {
    let pal = &style.palette;
    let spec = frame(chart, pal.product, pal.variant_b);
    let lay = frame_layout(width, &spec, style);
    let rows = chart.rows.len().max(1) as f64;
    (lay.top + lay.bottom + rows * row_css(style)).ceil()
}

/// Draws `chart` onto `area`, filling all of it.
pub fn draw_intervals<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &IntervalChart,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let pal = &style.palette;
    if !chart.rows.iter().any(usable) {
        return draw_empty(&p, &chart.title, &chart.no_data);
    }
    let spec = frame(chart, pal.product, pal.variant_b);
    let plot = draw_frame(&p, &spec)?;
    let p = Painter::new(&plot, style);
    let (w, h) = p.size();
    let row_h = h / chart.rows.len() as f64;
    let text_px = style.px(style.text_px);
    let small_px = style.px(style.small_px);
    // Room at both ends so a dot or ring at the edge is whole.
    let pad = style.px(8.0);
    let shared = chart.shared_scale.then(|| {
        let lo = chart
            .rows
            .iter()
            .filter(|r| usable(r))
            .flat_map(|r| [r.lo, r.observed.unwrap_or(r.lo)])
            .fold(f64::INFINITY, f64::min);
        let hi = chart
            .rows
            .iter()
            .filter(|r| usable(r))
            .flat_map(|r| [r.hi, r.observed.unwrap_or(r.hi)])
            .fold(f64::NEG_INFINITY, f64::max);
        (lo.min(0.0), hi)
    });
    for (i, row) in chart.rows.iter().enumerate() {
        let top = i as f64 * row_h;
        p.text(
            &ellipsize(&row.label, text_px, w),
            0.0,
            top,
            text_px,
            pal.text,
            HPos::Left,
            VPos::Top,
        )?;
        if !usable(row) {
            continue;
        }
        let (lo, hi) = shared.unwrap_or_else(|| {
            let lo = row.lo.min(row.observed.unwrap_or(row.lo));
            let hi = row.hi.max(row.observed.unwrap_or(row.hi));
            // A row of its own: its interval fills the middle of the track,
            // with a fifth of its width free on each side.
            let span = (hi - lo).max(f64::EPSILON.max(hi.abs() * 1e-9));
            (lo - span * 0.2, hi + span * 0.2)
        });
        let span = if hi > lo { hi - lo } else { 1.0 };
        let x = |v: f64| pad + (v - lo) / span * (w - 2.0 * pad);
        let cy = top + text_px * 1.4 + style.px(7.0);
        // The track, then the interval over it, then the markers.
        p.line(&[(x(lo), cy), (x(hi), cy)], pal.grid, style.stroke(1.0))?;
        let half = style.px(3.0);
        let light = blend(pal.product, pal.background, 0.55);
        p.rect(x(row.lo), cy - half, x(row.hi), cy + half, light)?;
        let r = style.px(5.0);
        p.circle(x(row.estimate), cy, r, pal.product, true, 1)?;
        if let Some(o) = row.observed.filter(|o| o.is_finite()) {
            p.circle(
                x(o),
                cy,
                r + style.px(1.5),
                pal.variant_b,
                false,
                style.stroke(2.0),
            )?;
        }
        let ty = cy + style.px(7.0);
        let [est, lo_t, hi_t] = &row.texts;
        // The ends' numbers sit outside the interval, kept inside the
        // plot: a number that would cross an edge is drawn against it.
        let lo_w = text_width(lo_t, small_px);
        let hi_w = text_width(hi_t, small_px);
        let lo_x = x(row.lo).max(lo_w);
        let hi_x = x(row.hi).min(w - hi_w);
        p.text(
            lo_t,
            lo_x,
            ty,
            small_px,
            pal.muted_text,
            HPos::Right,
            VPos::Top,
        )?;
        p.text(
            hi_t,
            hi_x,
            ty,
            small_px,
            pal.muted_text,
            HPos::Left,
            VPos::Top,
        )?;
        let est_w = text_width(est, small_px) / 2.0;
        let est_x = x(row.estimate).clamp(est_w, (w - est_w).max(est_w));
        p.text(est, est_x, top, small_px, pal.text, HPos::Center, VPos::Top)?;
    }
    Ok(())
}

/// `a` moved a share `t` of the way towards `b` (a lighter shade of a
/// colour over the background).
fn blend(a: RGBColor, b: RGBColor, t: f64) -> RGBColor {
    let mix = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
}

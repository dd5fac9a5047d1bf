//! Horizontal bar charts laid out by hand: a label column, bars, and a value
//! label at the end of each bar. Choices, barriers, segments and the tornado
//! are all this shape; doing the layout here (rather than with a plotters
//! mesh) keeps long names and value labels from overlapping at phone width.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::ChartError;
use super::paint::Painter;
use crate::style::ChartStyle;
use crate::text::{text_width, wrap};

/// One bar of a row.
pub(crate) struct Bar {
    pub value: f64,
    pub color: RGBColor,
    /// Written at the bar's end.
    pub text: String,
}

/// One category: its label and one or more bars (more than one makes a
/// grouped chart). A row without bars is a note, e.g. "+3 more".
pub(crate) struct Row {
    pub label: String,
    pub bars: Vec<Bar>,
}

pub(crate) struct HBarSpec {
    pub rows: Vec<Row>,
    /// A dashed vertical line at this value (the overall share).
    pub reference: Option<(f64, RGBColor)>,
    /// The line at zero is drawn in the reference colour (the tornado's
    /// centre) rather than as a plain axis.
    pub strong_zero: bool,
    /// Most of the width the label column may take (0.4 suits names; the
    /// tornado's labels carry a step too and its value labels are short).
    pub label_share: f64,
}

/// Smallest comfortable row height in CSS pixels for rows of `bars` bars.
pub(crate) fn min_row_css(bars: usize, style: &ChartStyle) -> f64 {
    let text = style.text_px * 1.25 * 2.0 + 4.0;
    let bars_need = bars.max(1) as f64 * (style.small_px + 2.0) / 0.8;
    text.max(bars_need).max(22.0)
}

/// How much wider than their estimate value labels may be drawn (see
/// `draw_hbars`).
const VALUE_TEXT_SLACK: f64 = 1.2;

pub(crate) fn draw_hbars<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    style: &ChartStyle,
    spec: &HBarSpec,
) -> Result<(), ChartError> {
    let p = Painter::new(plot, style);
    let pal = &style.palette;
    let (w, h) = p.size();
    if spec.rows.is_empty() {
        return Ok(());
    }
    let text_px = style.px(style.text_px);
    let small_px = style.px(style.small_px);
    let pad = style.px(4.0);
    let line_h = text_px * 1.25;

    // Values that are not finite are drawn as zero-length bars; their text
    // says what they are.
    let value = |b: &Bar| if b.value.is_finite() { b.value } else { 0.0 };
    let mut dmin: f64 = 0.0;
    let mut dmax: f64 = 0.0;
    for b in spec.rows.iter().flat_map(|r| r.bars.iter()) {
        dmin = dmin.min(value(b));
        dmax = dmax.max(value(b));
    }
    if let Some((v, _)) = spec.reference.filter(|(v, _)| v.is_finite()) {
        dmin = dmin.min(v);
        dmax = dmax.max(v);
    }
    if dmax - dmin <= 0.0 {
        dmax = dmin + 1.0;
    }
    let grouped = spec.rows.iter().map(|r| r.bars.len()).max().unwrap_or(1);
    let value_px = if grouped > 1 { small_px } else { text_px };

    // Room for value labels on each side of the bars. The widths are
    // estimates; a fallback font can set digits and the minus sign wider
    // (DejaVu Sans, Chromium's sans-serif on Linux without the page's
    // fonts, by about a sixth), which made a negative bar's label run into
    // its row label. So the room is measured with some slack.
    let label_room = |b: &Bar| text_width(&b.text, value_px) * VALUE_TEXT_SLACK;
    let right_w = spec
        .rows
        .iter()
        .flat_map(|r| r.bars.iter())
        .filter(|b| value(b) >= 0.0)
        .map(label_room)
        .fold(0.0, f64::max);
    let left_w = spec
        .rows
        .iter()
        .flat_map(|r| r.bars.iter())
        .filter(|b| value(b) < 0.0)
        .map(label_room)
        .fold(0.0, f64::max);

    // The label column takes what its longest label needs, up to its share
    // of the width; longer labels wrap onto two lines and are cut after
    // that.
    let natural = spec
        .rows
        .iter()
        .map(|r| text_width(&r.label, text_px))
        .fold(0.0, f64::max);
    let label_w = natural.min(w * spec.label_share.clamp(0.1, 0.6)).max(0.0);
    // Negative values' labels sit between the row labels and the bars,
    // with a gap on each side.
    let bars_x0 = label_w
        + pad
        + if left_w > 0.0 {
            left_w + 2.0 * pad
        } else {
            0.0
        };
    let bars_x1 = (w - right_w - pad).max(bars_x0 + 1.0);
    let to_x = |v: f64| bars_x0 + (v - dmin) / (dmax - dmin) * (bars_x1 - bars_x0);

    let n = spec.rows.len() as f64;
    let row_h = h / n;
    let max_lines = if row_h >= 2.0 * line_h + 2.0 { 2 } else { 1 };
    // Bars fill most of the row, but not so much that a wide chart gets
    // slabs: at most 22 CSS pixels per bar.
    let group_h = (row_h * 0.72).min(style.px(22.0) * grouped as f64);
    let bar_h = group_h / grouped as f64;
    // A value label never gets taller than its bar, so labels of a grouped
    // row never run into each other; below 7 CSS pixels they are left out
    // (the chart's text alternative still carries the numbers).
    let bar_text_px = value_px.min(bar_h);
    let show_values = bar_text_px >= style.px(7.0);

    let x0 = to_x(0.0);
    // Lines first, so bars and labels are drawn over them.
    let axis_color = if spec.strong_zero {
        pal.reference
    } else {
        pal.axis
    };
    p.line(&[(x0, 0.0), (x0, h)], axis_color, style.stroke(1.0))?;
    if let Some((v, c)) = spec.reference.filter(|(v, _)| v.is_finite()) {
        let x = to_x(v);
        p.dashed(
            (x, 0.0),
            (x, h),
            style.px(4.0),
            c,
            style.stroke(style.line_px * 0.75),
        )?;
    }
    for (i, row) in spec.rows.iter().enumerate() {
        let cy = row_h * (i as f64 + 0.5);
        let color = if row.bars.is_empty() {
            pal.muted_text
        } else {
            pal.text
        };
        let lines = wrap(&row.label, text_px, label_w.max(1.0), max_lines);
        let mut ly = cy - (lines.len() as f64 - 1.0) * line_h / 2.0;
        for line in &lines {
            p.text(line, label_w, ly, text_px, color, HPos::Right, VPos::Center)?;
            ly += line_h;
        }
        let top = cy - group_h / 2.0;
        for (j, bar) in row.bars.iter().enumerate() {
            let v = value(bar);
            let y0 = top + j as f64 * bar_h;
            let y1 = y0 + bar_h * 0.92;
            let xe = to_x(v);
            if v != 0.0 {
                p.rect(x0, y0, xe, y1, bar.color)?;
            }
            if show_values {
                let by = (y0 + y1) / 2.0;
                let tw = text_width(&bar.text, bar_text_px);
                let (tx0, h_pos) = if v < 0.0 {
                    (xe - pad - tw, HPos::Right)
                } else {
                    (xe + pad, HPos::Left)
                };
                // A reference line may cross a value label: clear a patch of
                // background behind the label so it stays readable.
                if spec.reference.is_some() {
                    let half = bar_text_px * 0.6;
                    p.rect(
                        tx0 - 1.0,
                        by - half,
                        tx0 + tw + 1.0,
                        by + half,
                        pal.background,
                    )?;
                }
                let tx = if v < 0.0 { xe - pad } else { xe + pad };
                p.text(
                    &bar.text,
                    tx,
                    by,
                    bar_text_px,
                    pal.text,
                    h_pos,
                    VPos::Center,
                )?;
            }
        }
    }

    Ok(())
}

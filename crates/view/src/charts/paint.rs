//! Drawing primitives in device pixels and the frame every chart shares:
//! background, wrapped title, legend, unit line and caption.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::ChartError;
use crate::style::ChartStyle;
use crate::text::{ellipsize, text_width, wrap};

/// A drawing area plus the style, with pixel-level helpers. Coordinates are
/// device pixels relative to the area's top-left corner.
pub(crate) struct Painter<'a, DB: DrawingBackend> {
    pub area: &'a DrawingArea<DB, Shift>,
    pub style: &'a ChartStyle,
}

impl<'a, DB: DrawingBackend> Painter<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, Shift>, style: &'a ChartStyle) -> Self {
        Painter { area, style }
    }

    pub fn size(&self) -> (f64, f64) {
        let (w, h) = self.area.dim_in_pixel();
        (f64::from(w), f64::from(h))
    }

    /// A text style at `px` device pixels.
    pub fn font(&self, px: f64, color: RGBColor, h: HPos, v: VPos, bold: bool) -> TextStyle<'a> {
        let weight = if bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        TextStyle {
            font: FontDesc::new(
                FontFamily::Name(&self.style.font_family),
                px * self.style.font_factor(),
                weight,
            ),
            color: color.to_backend_color(),
            pos: Pos::new(h, v),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &self,
        s: &str,
        x: f64,
        y: f64,
        px: f64,
        color: RGBColor,
        h: HPos,
        v: VPos,
    ) -> Result<(), ChartError> {
        if s.is_empty() {
            return Ok(());
        }
        let style = self.font(px, color, h, v, false);
        self.area.draw_text(s, &style, (round(x), round(y)))?;
        Ok(())
    }

    pub fn rect(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        color: RGBColor,
    ) -> Result<(), ChartError> {
        let (l, r) = (x0.min(x1), x0.max(x1));
        let (t, b) = (y0.min(y1), y0.max(y1));
        // A bar thinner than a pixel still gets one, so a small value is
        // visible rather than missing.
        let r = r.max(l + 1.0);
        let b = b.max(t + 1.0);
        self.area.draw(&Rectangle::new(
            [(round(l), round(t)), (round(r), round(b))],
            color.filled(),
        ))?;
        Ok(())
    }

    pub fn line(
        &self,
        points: &[(f64, f64)],
        color: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        let pts: Vec<(i32, i32)> = points.iter().map(|&(x, y)| (round(x), round(y))).collect();
        self.area
            .draw(&PathElement::new(pts, color.stroke_width(width)))?;
        Ok(())
    }

    /// A dashed straight line: dashes and gaps of `dash` pixels.
    pub fn dashed(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        dash: f64,
        color: RGBColor,
        width: u32,
    ) -> Result<(), ChartError> {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt();
        if !(len.is_finite() && len > 0.0 && dash > 0.0) {
            return Ok(());
        }
        let mut t = 0.0;
        while t < len {
            let t1 = (t + dash).min(len);
            let a = (from.0 + dx * t / len, from.1 + dy * t / len);
            let b = (from.0 + dx * t1 / len, from.1 + dy * t1 / len);
            self.line(&[a, b], color, width)?;
            t += 2.0 * dash;
        }
        Ok(())
    }

    /// A circle of radius `r` around (x, y): filled, or a ring of `width`.
    pub fn circle(
        &self,
        x: f64,
        y: f64,
        r: f64,
        color: RGBColor,
        filled: bool,
        width: u32,
    ) -> Result<(), ChartError> {
        let style = if filled {
            color.filled()
        } else {
            color.stroke_width(width)
        };
        self.area
            .draw(&Circle::new((round(x), round(y)), round(r).max(1), style))?;
        Ok(())
    }

    pub fn fill_background(&self) -> Result<(), ChartError> {
        self.area.fill(&self.style.palette.background)?;
        Ok(())
    }
}

pub(crate) fn round(x: f64) -> i32 {
    if x.is_finite() {
        x.round().clamp(-1e6, 1e6) as i32
    } else {
        0
    }
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    Box(RGBColor),
    Line(RGBColor),
    Dashed(RGBColor),
    /// A filled dot (a marked point).
    Dot(RGBColor),
    /// A ring (a hollow marked point).
    Ring(RGBColor),
}

#[derive(Debug, Clone)]
pub(crate) struct LegendItem {
    pub swatch: Swatch,
    pub text: String,
}

impl Swatch {
    /// A legend entry drawn with this swatch.
    pub(crate) fn item(self, text: &str) -> LegendItem {
        LegendItem {
            swatch: self,
            text: text.to_owned(),
        }
    }
}

/// A share that is safe to plot: clamped to 0–1, and 0 if not finite.
pub(crate) fn plottable_share(v: f64) -> f64 {
    if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// What surrounds the plot: all optional except the title.
pub(crate) struct FrameSpec<'s> {
    pub title: &'s str,
    pub legend: Vec<LegendItem>,
    /// Units above the plot, at its left and right edges.
    pub unit_left: Option<&'s str>,
    pub unit_right: Option<&'s str>,
    /// A line under the plot (the x axis's name or what the bars measure).
    pub caption: Option<&'s str>,
}

impl<'s> FrameSpec<'s> {
    pub fn titled(title: &'s str) -> Self {
        FrameSpec {
            title,
            legend: Vec::new(),
            unit_left: None,
            unit_right: None,
            caption: None,
        }
    }
}

/// Where each part of the frame goes, in device pixels. Computed without
/// drawing so the page can ask how tall a chart wants to be.
pub(crate) struct FrameLayout {
    pub margin: f64,
    pub title_px: f64,
    pub title_lines: Vec<String>,
    pub text_px: f64,
    pub small_px: f64,
    /// Legend rows: each item's text (possibly shortened) and x position.
    pub legend_rows: Vec<Vec<(Swatch, String, f64)>>,
    pub legend_row_h: f64,
    pub units: (Option<String>, Option<String>),
    pub caption_lines: Vec<String>,
    /// Space taken above and below the plot.
    pub top: f64,
    pub bottom: f64,
}

pub(crate) fn frame_layout(width: f64, spec: &FrameSpec<'_>, style: &ChartStyle) -> FrameLayout {
    let margin = style.px(style.margin_px);
    let title_px = style.px(style.title_px);
    let text_px = style.px(style.text_px);
    let small_px = style.px(style.small_px);
    let inner = (width - 2.0 * margin).max(1.0);

    let title_lines = wrap(spec.title, title_px, inner, 2);
    let mut top = margin + title_lines.len() as f64 * title_px * 1.25;

    // Legend: swatch, gap, text, then a wider gap to the next item; items
    // flow onto new rows when the width runs out.
    let swatch_w = style.px(14.0);
    let gap = style.px(4.0);
    let item_gap = style.px(12.0);
    let legend_row_h = text_px * 1.5;
    let mut legend_rows: Vec<Vec<(Swatch, String, f64)>> = Vec::new();
    let mut x = 0.0;
    for item in &spec.legend {
        let text = ellipsize(&item.text, text_px, inner - swatch_w - gap);
        let w = swatch_w + gap + text_width(&text, text_px);
        if legend_rows.is_empty() || (x > 0.0 && x + w > inner) {
            legend_rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = legend_rows.last_mut() {
            row.push((item.swatch, text, margin + x));
        }
        x += w + item_gap;
    }
    if !legend_rows.is_empty() {
        top += style.px(4.0) + legend_rows.len() as f64 * legend_row_h;
    }

    let half = inner / 2.0 - gap;
    let units = match (spec.unit_left, spec.unit_right) {
        (Some(l), Some(r)) => (
            Some(ellipsize(l, small_px, half)),
            Some(ellipsize(r, small_px, half)),
        ),
        (l, r) => (
            l.map(|l| ellipsize(l, small_px, inner)),
            r.map(|r| ellipsize(r, small_px, inner)),
        ),
    };
    if units.0.is_some() || units.1.is_some() {
        top += style.px(4.0) + small_px * 1.3;
    }
    top += style.px(6.0);

    let caption_lines = spec
        .caption
        .map(|c| wrap(c, small_px, inner, 2))
        .unwrap_or_default();
    let bottom = margin + caption_lines.len() as f64 * small_px * 1.3;

    FrameLayout {
        margin,
        title_px,
        title_lines,
        text_px,
        small_px,
        legend_rows,
        legend_row_h,
        units,
        caption_lines,
        top,
        bottom,
    }
}

/// Draws the frame and returns the area left for the plot (with the side
/// margins already taken off).
pub(crate) fn draw_frame<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    spec: &FrameSpec<'_>,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    let (w, h) = p.size();
    let lay = frame_layout(w, spec, p.style);
    let pal = &p.style.palette;
    p.fill_background()?;

    let mut y = lay.margin;
    for line in &lay.title_lines {
        let style = p.font(lay.title_px, pal.text, HPos::Left, VPos::Top, true);
        p.area
            .draw_text(line, &style, (round(lay.margin), round(y)))?;
        y += lay.title_px * 1.25;
    }
    if !lay.legend_rows.is_empty() {
        y += p.style.px(4.0);
    }
    let swatch_w = p.style.px(14.0);
    let gap = p.style.px(4.0);
    for row in &lay.legend_rows {
        let cy = y + lay.legend_row_h / 2.0;
        for (swatch, text, x) in row {
            match *swatch {
                Swatch::Box(c) => {
                    let half = lay.text_px * 0.4;
                    p.rect(*x, cy - half, x + swatch_w, cy + half, c)?;
                }
                Swatch::Line(c) => {
                    p.line(
                        &[(*x, cy), (x + swatch_w, cy)],
                        c,
                        p.style.stroke(p.style.line_px),
                    )?;
                }
                Swatch::Dashed(c) => {
                    p.dashed(
                        (*x, cy),
                        (x + swatch_w, cy),
                        p.style.px(3.0),
                        c,
                        p.style.stroke(p.style.line_px * 0.75),
                    )?;
                }
                Swatch::Dot(c) | Swatch::Ring(c) => {
                    p.circle(
                        x + swatch_w / 2.0,
                        cy,
                        lay.text_px * 0.4,
                        c,
                        matches!(swatch, Swatch::Dot(_)),
                        p.style.stroke(p.style.line_px * 0.75),
                    )?;
                }
            }
            p.text(
                text,
                x + swatch_w + gap,
                cy,
                lay.text_px,
                pal.text,
                HPos::Left,
                VPos::Center,
            )?;
        }
        y += lay.legend_row_h;
    }
    if lay.units.0.is_some() || lay.units.1.is_some() {
        y += p.style.px(4.0);
        if let Some(l) = &lay.units.0 {
            p.text(
                l,
                lay.margin,
                y,
                lay.small_px,
                pal.muted_text,
                HPos::Left,
                VPos::Top,
            )?;
        }
        if let Some(r) = &lay.units.1 {
            p.text(
                r,
                w - lay.margin,
                y,
                lay.small_px,
                pal.muted_text,
                HPos::Right,
                VPos::Top,
            )?;
        }
    }

    let mut cy = h - lay.bottom;
    for line in &lay.caption_lines {
        p.text(
            line,
            w / 2.0,
            cy,
            lay.small_px,
            pal.muted_text,
            HPos::Center,
            VPos::Top,
        )?;
        cy += lay.small_px * 1.3;
    }

    let plot_h = h - lay.top - lay.bottom;
    let plot_w = w - 2.0 * lay.margin;
    let min_w = p.style.px(60.0);
    let min_h = p.style.px(30.0);
    if plot_w < min_w || plot_h < min_h {
        return Err(ChartError::TooSmall {
            width: w as u32,
            height: h as u32,
        });
    }
    Ok(p.area.margin(
        round(lay.top),
        round(lay.bottom),
        round(lay.margin),
        round(lay.margin),
    ))
}

/// The frame with a centred "no data" message in place of the plot.
pub(crate) fn draw_empty<DB: DrawingBackend>(
    p: &Painter<'_, DB>,
    title: &str,
    message: &str,
) -> Result<(), ChartError> {
    let plot = draw_frame(p, &FrameSpec::titled(title))?;
    let inner = Painter::new(&plot, p.style);
    let (w, h) = inner.size();
    let px = p.style.px(p.style.text_px);
    let lines = wrap(message, px, w, 3);
    let mut y = h / 2.0 - (lines.len() as f64 - 1.0) * px * 0.65;
    for line in &lines {
        inner.text(
            line,
            w / 2.0,
            y,
            px,
            p.style.palette.muted_text,
            HPos::Center,
            VPos::Center,
        )?;
        y += px * 1.3;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn plottable_share_stays_on_the_axis() {
        let cases = [
            (0.25, 0.25),
            (-0.1, 0.0),
            (1.5, 1.0),
            (f64::NAN, 0.0),
            (f64::INFINITY, 0.0),
        ];
        for (v, want) in cases {
            assert_eq!(super::plottable_share(v), want, "{v}");
        }
    }
}

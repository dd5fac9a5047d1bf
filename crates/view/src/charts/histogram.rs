//! Net-value histograms: one run split into adopters and non-adopters, and
//! two runs (A and B) overlaid.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use worthit_engine::{Histogram, Results};

use super::ChartError;
use super::axes::{AxesSpec, Chart, Ticks, build_axes};
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame};
use crate::labels::Labels;
use crate::style::ChartStyle;

const MAX_EDGE: f64 = 1e12;

/// A histogram that is safe to draw: matching lengths, finite increasing
/// edges and at least one person.
pub(crate) struct Bins {
    pub edges: Vec<f64>,
    pub counts: Vec<u64>,
    /// Adopters per bin, each at most the bin's count; None when the
    /// results do not split the bins.
    pub adopters: Option<Vec<u64>>,
    pub total: u64,
}

impl Bins {
    pub fn from(h: &Histogram) -> Option<Bins> {
        let ok_shape = !h.counts.is_empty() && h.edges.len() == h.counts.len() + 1;
        // Edges beyond ±1e12 are not net values a person could perceive,
        // and would leave too few significant digits for axis ticks.
        let ok_edges = h.edges.iter().all(|e| e.is_finite() && e.abs() <= MAX_EDGE)
            && h.edges.windows(2).all(|w| w[0] <= w[1]);
        if !(ok_shape && ok_edges) {
            return None;
        }
        let total = h.counts.iter().fold(0u64, |a, &c| a.saturating_add(c));
        if total == 0 {
            return None;
        }
        let adopters = (h.adopter_counts.len() == h.counts.len()).then(|| {
            h.adopter_counts
                .iter()
                .zip(&h.counts)
                .map(|(&a, &c)| a.min(c))
                .collect()
        });
        Some(Bins {
            edges: h.edges.clone(),
            counts: h.counts.clone(),
            adopters,
            total,
        })
    }

    fn span(&self) -> (f64, f64) {
        (self.edges[0], self.edges[self.edges.len() - 1])
    }

    /// Share of all people in bin `i`, or the density (share per unit of
    /// net value) when bins of different runs must be compared.
    fn height(&self, i: usize, count: u64, density: bool) -> f64 {
        let share = count as f64 / self.total as f64;
        if density {
            let w = self.edges[i + 1] - self.edges[i];
            if w > 0.0 { share / w } else { share }
        } else {
            share
        }
    }
}

/// The x range: the bins, widened to show zero when zero is near (within
/// one data width), and never of zero width.
fn x_range(spans: &[(f64, f64)]) -> (Range<f64>, bool) {
    let lo = spans.iter().map(|s| s.0).fold(f64::INFINITY, f64::min);
    let hi = spans.iter().map(|s| s.1).fold(f64::NEG_INFINITY, f64::max);
    let width = (hi - lo).max(1e-9);
    let show_zero = lo - width <= 0.0 && 0.0 <= hi + width;
    let (mut lo, mut hi) = if show_zero {
        (lo.min(0.0), hi.max(0.0))
    } else {
        (lo, hi)
    };
    // A range too narrow for its magnitude would make tick steps vanish
    // in rounding, so it is widened to at least a millionth of it.
    let magnitude = lo.abs().max(hi.abs()).max(1.0);
    if hi - lo < 1e-6 * magnitude {
        let pad = 0.5f64.max(1e-6 * magnitude);
        lo -= pad;
        hi += pad;
    }
    (lo..hi, show_zero)
}

/// Nudges an empty or degenerate y range to something drawable.
fn y_top(max: f64) -> f64 {
    if max.is_finite() && max > 0.0 {
        max * 1.08
    } else {
        1.0
    }
}

fn zero_line<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    ymax: f64,
    style: &ChartStyle,
) -> Result<(), ChartError> {
    chart.draw_series(std::iter::once(PathElement::new(
        vec![(0.0, 0.0), (0.0, ymax)],
        style
            .palette
            .reference
            .stroke_width(style.stroke(style.line_px * 0.75)),
    )))?;
    Ok(())
}

/// The product's net-value histogram: each bar split into adopters (lower)
/// and non-adopters (upper), with the line where value equals cost.
pub fn draw_net_value<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let Some(bins) = Bins::from(&results.net_value.histogram) else {
        return draw_empty(&p, &labels.net_value_title, &labels.no_data);
    };
    let pal = &style.palette;
    let (xr, show_zero) = x_range(&[bins.span()]);

    let mut spec = FrameSpec::titled(&labels.net_value_title);
    if bins.adopters.is_some() {
        spec.legend
            .push(Swatch::Box(pal.adopters).item(&labels.adopters));
        spec.legend
            .push(Swatch::Box(pal.non_adopters).item(&labels.non_adopters));
    } else {
        spec.legend.push(Swatch::Box(pal.none).item(&labels.people));
    }
    if show_zero {
        spec.legend
            .push(Swatch::Line(pal.reference).item(&labels.zero_line));
    }
    spec.unit_left = Some(&labels.share_of_people_axis);
    spec.caption = Some(&labels.net_value_axis);
    let plot = draw_frame(&p, &spec)?;

    let ymax = y_top(
        (0..bins.counts.len())
            .map(|i| bins.height(i, bins.counts[i], false))
            .fold(0.0, f64::max),
    );
    let mut chart = build_axes(
        &plot,
        style,
        &labels.numbers,
        &AxesSpec {
            x: xr,
            y: 0.0..ymax,
            x_ticks: Ticks::Number,
            y_ticks: Ticks::Percent,
            right_area: 0.0,
        },
    )?;

    let mut rects = Vec::new();
    for i in 0..bins.counts.len() {
        let (x0, x1) = (bins.edges[i], bins.edges[i + 1]);
        let total = bins.height(i, bins.counts[i], false);
        match &bins.adopters {
            Some(a) => {
                let adopt = bins.height(i, a[i], false);
                if a[i] > 0 {
                    rects.push(Rectangle::new(
                        [(x0, 0.0), (x1, adopt)],
                        pal.adopters.filled(),
                    ));
                }
                if bins.counts[i] > a[i] {
                    rects.push(Rectangle::new(
                        [(x0, adopt), (x1, total)],
                        pal.non_adopters.filled(),
                    ));
                }
            }
            None if bins.counts[i] > 0 => {
                rects.push(Rectangle::new([(x0, 0.0), (x1, total)], pal.none.filled()));
            }
            None => {}
        }
    }
    chart.draw_series(rects)?;
    if show_zero {
        zero_line(&mut chart, ymax, style)?;
    }
    Ok(())
}

/// Net-value histograms of two runs overlaid: A filled, B filled lighter
/// with a solid outline. With identical bins the heights are shares of
/// people per bin; otherwise they are densities, so different bin widths
/// stay comparable.
pub fn draw_net_value_overlay<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    a: &Results,
    b: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let (Some(ba), Some(bb)) = (
        Bins::from(&a.net_value.histogram),
        Bins::from(&b.net_value.histogram),
    ) else {
        return draw_empty(&p, &labels.overlay_title, &labels.no_data);
    };
    let pal = &style.palette;
    let density = ba.edges != bb.edges;
    let (xr, show_zero) = x_range(&[ba.span(), bb.span()]);

    let mut spec = FrameSpec::titled(&labels.overlay_title);
    spec.legend = vec![
        Swatch::Box(pal.variant_a).item(&labels.variant_a),
        Swatch::Line(pal.variant_b).item(&labels.variant_b),
    ];
    if show_zero {
        spec.legend
            .push(Swatch::Line(pal.reference).item(&labels.zero_line));
    }
    spec.unit_left = Some(if density {
        &labels.density_axis
    } else {
        &labels.share_of_people_axis
    });
    spec.caption = Some(&labels.net_value_axis);
    let plot = draw_frame(&p, &spec)?;

    let top = |bins: &Bins| {
        (0..bins.counts.len())
            .map(|i| bins.height(i, bins.counts[i], density))
            .fold(0.0, f64::max)
    };
    let ymax = y_top(top(&ba).max(top(&bb)));
    let mut chart = build_axes(
        &plot,
        style,
        &labels.numbers,
        &AxesSpec {
            x: xr,
            y: 0.0..ymax,
            x_ticks: Ticks::Number,
            y_ticks: if density {
                Ticks::Number
            } else {
                Ticks::Percent
            },
            right_area: 0.0,
        },
    )?;

    let bars = |bins: &Bins, color: RGBColor, alpha: f64| -> Vec<Rectangle<(f64, f64)>> {
        (0..bins.counts.len())
            .filter(|&i| bins.counts[i] > 0)
            .map(|i| {
                Rectangle::new(
                    [
                        (bins.edges[i], 0.0),
                        (bins.edges[i + 1], bins.height(i, bins.counts[i], density)),
                    ],
                    color.mix(alpha).filled(),
                )
            })
            .collect()
    };
    chart.draw_series(bars(&ba, pal.variant_a, 0.6))?;
    chart.draw_series(bars(&bb, pal.variant_b, 0.3))?;

    // B's outline as a step line, so its shape reads even where it covers A.
    let mut outline = vec![(bb.edges[0], 0.0)];
    for i in 0..bb.counts.len() {
        let y = bb.height(i, bb.counts[i], density);
        outline.push((bb.edges[i], y));
        outline.push((bb.edges[i + 1], y));
    }
    outline.push((bb.edges[bb.edges.len() - 1], 0.0));
    chart.draw_series(std::iter::once(PathElement::new(
        outline,
        pal.variant_b
            .stroke_width(style.stroke(style.line_px * 0.75)),
    )))?;
    if show_zero {
        zero_line(&mut chart, ymax, style)?;
    }
    Ok(())
}

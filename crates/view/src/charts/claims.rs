//! The claim explorer's chart: adoption against claim strength (the
//! inverted U), the no-claim baseline dashed, the best claim marked with a
//! dot and a dashed drop line, the scenario's own claim as a ring. With
//! retention, retained adopters are a second line with their own best
//! claim marked, usually left of the adoption peak.

use plotters::coord::Shift;
use plotters::prelude::*;
use worthit_engine::lab::{ClaimCurve, ClaimPoint};

use super::ChartError;
use super::axes::{AxesSpec, Ticks, build_axes};
use super::paint::{FrameSpec, Painter, Swatch, draw_empty, draw_frame};
use crate::labels::Labels;
use crate::phrase::Phrase;
use crate::style::ChartStyle;

/// A point that can be drawn: finite claim and share.
fn usable(p: &ClaimPoint) -> bool {
    p.claim.is_finite() && p.adoption_share.is_finite()
}

/// Draws `curve` onto `area`, filling all of it.
pub fn draw_claim_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    curve: &ClaimCurve,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let p = Painter::new(area, style);
    let title = &labels.claim_curve_title;
    let points: Vec<(f64, f64)> = curve
        .points
        .iter()
        .filter(|p| usable(p))
        .map(|p| (p.claim, p.adoption_share.clamp(0.0, 1.0)))
        .collect();
    if points.len() < 2 {
        return draw_empty(&p, title, &labels.no_data);
    }
    let pal = &style.palette;
    let fmt = &labels.numbers;
    let lo = points.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let hi = points.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let xr = if hi > lo { lo..hi } else { lo - 0.5..lo + 0.5 };
    let inside = |c: &ClaimPoint| usable(c) && c.claim >= xr.start && c.claim <= xr.end;
    let best = Some(curve.best).filter(inside);
    let current = curve.current.filter(inside);
    // Retained adopters per claim, where the scenario has retention.
    let retained: Vec<(f64, f64)> = curve
        .points
        .iter()
        .filter(|p| usable(p))
        .filter_map(|p| {
            p.retained_share
                .filter(|s| s.is_finite())
                .map(|s| (p.claim, s.clamp(0.0, 1.0)))
        })
        .collect();
    let best_retained = curve
        .best_retained
        .filter(|b| inside(b) && retained.len() >= 2)
        .and_then(|b| {
            b.retained_share
                .filter(|s| s.is_finite())
                .map(|s| (b.claim, s.clamp(0.0, 1.0)))
        });
    let baseline = Some(curve.no_claim_share)
        .filter(|s| s.is_finite())
        .map(|s| s.clamp(0.0, 1.0));

    let mut spec = FrameSpec::titled(title);
    spec.legend
        .push(Swatch::Line(pal.product).item(&labels.adoption_curve));
    if let Some(b) = baseline {
        spec.legend.push(
            Swatch::Dashed(pal.reference).item(&labels.phrase(&Phrase::NoClaim { share: b })),
        );
    }
    if let Some(b) = best {
        spec.legend.push(
            Swatch::Dot(pal.positive).item(&labels.phrase(&Phrase::BestClaim { claim: b.claim })),
        );
    }
    if retained.len() >= 2 {
        spec.legend
            .push(Swatch::Line(pal.retained).item(&labels.retained_curve));
    }
    if let Some((claim, _)) = best_retained {
        spec.legend.push(
            Swatch::Dot(pal.retained).item(&labels.phrase(&Phrase::BestRetainedClaim { claim })),
        );
    }
    if let Some(c) = current {
        spec.legend.push(
            Swatch::Ring(pal.variant_a)
                .item(&labels.phrase(&Phrase::CurrentClaim { claim: c.claim })),
        );
    }
    spec.unit_left = Some(&labels.adoption_axis);
    spec.caption = Some(&labels.claim_axis);
    let plot = draw_frame(&p, &spec)?;

    // Room above the highest point for the marker; shares never pass 100%.
    let top = points
        .iter()
        .map(|p| p.1)
        .chain(baseline)
        .fold(0.0, f64::max);
    let ymax = if top > 0.0 {
        (top * 1.12).min(1.0).max(top)
    } else {
        1.0
    };
    let mut chart = build_axes(
        &plot,
        style,
        fmt,
        &AxesSpec {
            x: xr.clone(),
            y: 0.0..ymax,
            x_ticks: Ticks::Number,
            y_ticks: Ticks::Percent,
            right_area: 0.0,
        },
    )?;

    let thin = style.stroke(style.line_px * 0.75);
    let dash = style.px(5.0).round().max(2.0) as i32;
    if let Some(b) = baseline {
        chart.draw_series(DashedLineSeries::new(
            [(xr.start, b), (xr.end, b)],
            dash,
            dash,
            pal.reference.stroke_width(thin),
        ))?;
    }
    chart.draw_series(LineSeries::new(
        points.iter().copied(),
        pal.product.stroke_width(style.stroke(style.line_px)),
    ))?;
    let radius = style.px(5.0).round().max(2.0) as i32;
    if retained.len() >= 2 {
        chart.draw_series(LineSeries::new(
            retained.iter().copied(),
            pal.retained.stroke_width(style.stroke(style.line_px)),
        ))?;
    }
    if let Some(b) = best_retained {
        chart.draw_series(std::iter::once(Circle::new(
            b,
            radius,
            pal.retained.filled(),
        )))?;
    }
    if let Some(c) = current {
        let y = c.adoption_share.clamp(0.0, 1.0);
        chart.draw_series(std::iter::once(Circle::new(
            (c.claim, y),
            radius + 1,
            pal.variant_a.stroke_width(style.stroke(2.0)),
        )))?;
    }
    if let Some(b) = best {
        let y = b.adoption_share.clamp(0.0, 1.0);
        chart.draw_series(DashedLineSeries::new(
            [(b.claim, 0.0), (b.claim, y)],
            dash,
            dash,
            pal.positive.stroke_width(thin),
        ))?;
        chart.draw_series(std::iter::once(Circle::new(
            (b.claim, y),
            radius,
            pal.positive.filled(),
        )))?;
    }
    Ok(())
}

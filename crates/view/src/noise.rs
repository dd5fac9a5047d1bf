//! How precise the what-if rows are, in numbers a reader can quote.
//!
//! Each what-if row carries a paired 95% interval of its change,
//! `change_ci95`, from the simulation's own noise only (the same people
//! decided with and without the step; `worthit_engine::sensitivity`). It
//! is symmetric about the change, so the page writes it as `±` its half
//! width beside each bar, in its data table, and as the largest `±` in the
//! note under the chart. What is not known about the inputs themselves is
//! not in it (a calibrated scenario's what-if card shows that separately).

use worthit_engine::{Results, Sensitivity};

use crate::format::NumberFormat;

/// Half the width of a row's paired 95% interval (a share: 0.003 is 0.3
/// points), or `None` when the row has none (over time) or it is not a
/// finite number.
pub fn half_width(row: &Sensitivity) -> Option<f64> {
    row.change_ci95
        .map(|[lo, hi]| (hi - lo) / 2.0)
        .filter(|h| h.is_finite() && *h >= 0.0)
}

/// The largest half width over the what-if rows: the figure the note
/// under the chart quotes. `None` when no row has an interval.
pub fn largest(results: &Results) -> Option<f64> {
    results
        .sensitivity
        .iter()
        .filter_map(half_width)
        .reduce(f64::max)
}

/// Decimals that show a half width of `half` (a share) in points with at
/// least one significant digit: `±0.3`, `±0.04`, `±0.007`; never fewer
/// than one and never more than three (below 0.001 points the noise is
/// nothing a reader acts on).
pub fn decimals(half: f64) -> usize {
    let points = half.abs() * 100.0;
    let mut decimals = 1;
    // The first digit shown must not round to zero.
    while decimals < 3 && points < 0.95 * 10f64.powi(-(decimals as i32)) {
        decimals += 1;
    }
    decimals
}

/// `±0.3`: a half width in points, with the decimals it needs, in the
/// locale's number format. The unit ("points") is the sentence's.
pub fn plus_minus(format: &NumberFormat, half: f64) -> String {
    format!("±{}", format.number(half * 100.0, decimals(half)))
}

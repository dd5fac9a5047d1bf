//! The what-ifs' precision in numbers (`worthit_view::noise`): the half
//! width of each row's paired interval, the largest one the note quotes,
//! and `±` written with the decimals that keep a digit.

mod common;

use worthit_view::NumberFormat;
use worthit_view::noise::{decimals, half_width, largest, plus_minus};

/// `game()`'s what-if rows with paired intervals of the given half
/// widths (a share), symmetric about each change as the engine's are.
fn with_noise(halves: &[f64]) -> worthit_engine::Results {
    let mut r = common::game();
    for (row, h) in r.sensitivity.iter_mut().zip(halves) {
        row.change_ci95 = Some([row.change - h, row.change + h]);
    }
    r
}

#[test]
fn half_width_is_half_the_paired_interval() {
    let r = with_noise(&[0.0012]);
    let h = half_width(&r.sensitivity[0]).unwrap();
    assert!((h - 0.0012).abs() < 1e-12, "{h}");
    // A row without an interval (a run over time) has none.
    assert_eq!(half_width(&r.sensitivity[1]), None);
}

#[test]
fn the_note_quotes_the_largest_half_width() {
    let r = with_noise(&[0.0004, 0.0031, 0.0009]);
    let l = largest(&r).unwrap();
    assert!((l - 0.0031).abs() < 1e-12, "{l}");
    // No interval on any row: nothing to quote, so no note.
    assert_eq!(largest(&common::game()), None);
    // Not a number (a broken document) is left out, not quoted.
    let mut odd = with_noise(&[0.002, 0.001]);
    odd.sensitivity[0].change_ci95 = Some([f64::NAN, 0.1]);
    assert!((largest(&odd).unwrap() - 0.001).abs() < 1e-12);
}

#[test]
fn plus_minus_keeps_one_significant_digit() {
    let en = NumberFormat::en();
    // Half widths as shares: 0.3 points, 0.04 points, 0.007 points.
    assert_eq!(plus_minus(&en, 0.003), "±0.3");
    assert_eq!(plus_minus(&en, 0.0004), "±0.04");
    assert_eq!(plus_minus(&en, 0.00007), "±0.007");
    // Large noise keeps one decimal, like the bars.
    assert_eq!(plus_minus(&en, 0.0123), "±1.2");
    // At the edge: 0.096 points rounds to ±0.1 with one decimal, a
    // digit kept; 0.0949 points would round to ±0.1 only by rounding up
    // from below 0.095, so it takes two decimals (±0.09).
    assert_eq!(plus_minus(&en, 0.00096), "±0.1");
    assert_eq!(plus_minus(&en, 0.000949), "±0.09");
    // Never more than three decimals: below 0.001 points is nothing a
    // reader acts on.
    assert_eq!(plus_minus(&en, 0.0000001), "±0.000");
    assert_eq!(decimals(0.0), 3);
}

#[test]
fn the_locale_writes_the_number() {
    let comma = NumberFormat {
        decimal: ',',
        ..NumberFormat::en()
    };
    assert_eq!(plus_minus(&comma, 0.0004), "±0,04");
}

//! Sizes of the small bars (reach, barriers, next-screenshot lifts) as
//! classes, not `style` attributes.
//!
//! The Content-Security-Policy that docs/embedding.md recommends has no
//! `'unsafe-inline'` for styles, so a `style="width: 40%"` attribute is a
//! `style-src-attr` violation and the bar gets no width. Whole percents are
//! finer than the bars (64 to 200 px wide) can show, so each size is one of
//! 101 classes from `www/bars.css`: `bar-w-0` … `bar-w-100` for the width
//! and `bar-l-0` … `bar-l-100` for the left edge.

/// The class that gives an element `percent`% of its container's width
/// (rounded to a whole percent, clamped to 0..=100).
pub fn width(percent: f64) -> String {
    format!("bar-w-{}", whole(percent))
}

/// The class that puts an absolutely positioned element's left edge at
/// `percent`% of its container.
pub fn left(percent: f64) -> String {
    format!("bar-l-{}", whole(percent))
}

fn whole(percent: f64) -> u32 {
    if percent.is_finite() {
        percent.round().clamp(0.0, 100.0) as u32
    } else {
        0
    }
}

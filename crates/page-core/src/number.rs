//! The number controls' arithmetic: what a typed number box accepts, how
//! a value is shown, and where a value sits on a slider (linear or
//! logarithmic). The page's `editor/field.rs` draws the controls.

/// How slider positions map to values.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum Scale {
    /// Position = value.
    #[default]
    Linear,
    /// Position = log10(value), for ranges spanning decades (1 to
    /// 10,000,000 people); values snap to two significant digits so the
    /// slider lands on round numbers. Needs min > 0.
    Log,
}

/// Reads typed text as a value: a finite number within [min, max] (whole
/// when `integer`), or `None`. Never panics, whatever the text.
pub fn parse_number(text: &str, min: f64, max: f64, integer: bool) -> Option<f64> {
    let v: f64 = text.trim().parse().ok()?;
    let ok = v.is_finite() && v >= min && v <= max && (!integer || v.fract() == 0.0);
    ok.then_some(if v == 0.0 { 0.0 } else { v })
}

/// A value as the number box shows it: at most six decimals, no trailing
/// zeros, empty for a non-finite value.
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// The slider's own min, max and step for a scale.
pub fn range_bounds(scale: Scale, min: f64, max: f64, step: f64) -> (f64, f64, f64) {
    match scale {
        Scale::Linear => (min, max, step),
        Scale::Log => (min.max(1e-9).log10(), max.max(1e-9).log10(), 0.01),
    }
}

/// Where a value sits on the slider (clamped, as a slider cannot show more).
pub fn to_position(v: f64, scale: Scale, min: f64, max: f64) -> f64 {
    let v = if v.is_finite() {
        v.clamp(min, max)
    } else {
        min
    };
    match scale {
        Scale::Linear => v,
        Scale::Log => v.max(1e-9).log10(),
    }
}

/// The value at a slider position, or `None` for a position that is not a
/// number.
pub fn from_position(pos: f64, scale: Scale, min: f64, max: f64, integer: bool) -> Option<f64> {
    if !pos.is_finite() {
        return None;
    }
    let v = match scale {
        // Browsers report positions in decimal; rounding drops the binary
        // noise of any arithmetic they did on the way.
        Scale::Linear => (pos * 1e9).round() / 1e9,
        Scale::Log => round_significant(10f64.powf(pos), 2),
    };
    let v = if integer { v.round() } else { v };
    Some(v.clamp(min, max))
}

/// Rounds to `digits` significant digits (120,000 rather than 123,027).
fn round_significant(v: f64, digits: i32) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return v;
    }
    let magnitude = 10f64.powi(v.log10().floor() as i32 - digits + 1);
    (v / magnitude).round() * magnitude
}

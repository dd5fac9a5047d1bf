//! Store-page screenshots: the built-in effects table and how many
//! screenshots a person views.
//!
//! Each screenshot kind has three effects on the people who see it: it adds
//! to the product's mean perceived value (`value`), multiplies the spread of
//! perceived value (`clarity`; below 1 makes value clearer, above 1 vaguer)
//! and adds to the trust cost (`trust`). The numbers below are illustrative
//! defaults chosen to show the mechanism, not measured facts; a scenario may
//! override any kind or add new ones in `product.screenshot_effects`.
//!
//! A person sees the first k screenshots of the strip, k drawn per person:
//! Poisson with the segment's `screenshots_viewed` as mean, capped at the
//! strip length (someone who would look at more simply sees them all).
//! When a kind repeats, its r-th repeat (r = 0, 1, 2…) counts with weight
//! 2^−r: a second gameplay shot adds half as much as the first.

use std::collections::BTreeMap;

use crate::scenario::ScreenshotEffect;

/// The built-in screenshot kinds, in the order editors list them.
pub const BUILTIN_SCREENSHOT_KINDS: [&str; 7] = [
    "gameplay",
    "progression",
    "characters",
    "social_proof",
    "features",
    "offer",
    "safety",
];

/// The built-in effects, one row per kind of [`BUILTIN_SCREENSHOT_KINDS`].
///
/// - gameplay: shows what using the product is like; raises value, makes it
///   much clearer, and lowers doubt (people see what they would get).
/// - progression: shows where it goes (levels, growth); raises value and
///   sharpens it.
/// - characters: character art alone; raises value little, leaves it vague
///   (spread grows) and adds a little doubt ("is it really like that?").
/// - social_proof: ratings, user counts; lowers doubt (trust cost).
/// - features: a feature list; raises value somewhat, a little clearer.
/// - offer: a discount or bonus; raises value, slightly raises doubt.
/// - safety: privacy and security badges; lowers the trust cost.
///
/// Value and spread alone would not make vague value lose: across people, a
/// wider spread helps an underdog as often as it hurts a favourite. What
/// makes character art lose to gameplay is that it adds little value and
/// leaves doubt, which the trust column carries.
pub fn builtin_screenshot_effects() -> [(&'static str, ScreenshotEffect); 7] {
    let e = |value, clarity, trust| ScreenshotEffect {
        value,
        clarity,
        trust,
    };
    [
        ("gameplay", e(0.8, 0.7, -0.3)),
        ("progression", e(0.6, 0.8, -0.1)),
        ("characters", e(0.2, 1.15, 0.15)),
        ("social_proof", e(0.2, 0.95, -0.3)),
        ("features", e(0.4, 0.9, -0.05)),
        ("offer", e(0.4, 1.0, 0.1)),
        ("safety", e(0.0, 1.0, -0.4)),
    ]
}

/// The effect of one kind: the scenario's override if any, else the
/// built-in row, else `None` (an unknown kind, which validation reports;
/// the simulation ignores it rather than fail).
pub fn screenshot_effect(
    kind: &str,
    overrides: &BTreeMap<String, ScreenshotEffect>,
) -> Option<ScreenshotEffect> {
    if let Some(e) = overrides.get(kind) {
        return Some(*e);
    }
    builtin_screenshot_effects()
        .iter()
        .find(|(k, _)| *k == kind)
        .map(|(_, e)| *e)
}

/// What the first k screenshots do together.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StripEffect {
    /// Added to mean perceived value.
    pub value: f64,
    /// Multiplies the spread of perceived value.
    pub clarity: f64,
    /// Added to the trust cost.
    pub trust: f64,
}

/// The combined effect of seeing the first k screenshots, for every k from
/// 0 to the strip length (index k).
pub fn strip_effects(
    strip: &[String],
    overrides: &BTreeMap<String, ScreenshotEffect>,
) -> Vec<StripEffect> {
    let mut out = Vec::with_capacity(strip.len() + 1);
    let mut acc = StripEffect {
        value: 0.0,
        clarity: 1.0,
        trust: 0.0,
    };
    out.push(acc);
    for (i, kind) in strip.iter().enumerate() {
        if let Some(e) = screenshot_effect(kind, overrides) {
            let repeats = strip[..i].iter().filter(|k| *k == kind).count() as i32;
            let w = 0.5f64.powi(repeats);
            acc.value += w * e.value;
            acc.trust += w * e.trust;
            if e.clarity > 0.0 && e.clarity.is_finite() {
                acc.clarity *= libm::pow(e.clarity, w);
            }
        }
        out.push(acc);
    }
    out
}

/// P(k = j) for j = 0..=len: Poisson(mean) capped at `len` (the last entry
/// holds P(k ≥ len)).
pub fn viewed_distribution(mean: f64, len: u32) -> Vec<f64> {
    let mean = if mean.is_finite() && mean > 0.0 {
        mean
    } else {
        0.0
    };
    let mut probs = Vec::with_capacity(len as usize + 1);
    let mut p = libm::exp(-mean);
    let mut below = 0.0;
    for j in 0..len {
        probs.push(p);
        below += p;
        p *= mean / f64::from(j + 1);
    }
    probs.push((1.0 - below).max(0.0));
    probs
}

/// The share of people who get to see position j (0-based) of a strip of
/// `len` screenshots: P(k > j). Useful under each card of a strip editor.
pub fn screenshot_reach(mean_viewed: f64, len: u32) -> Vec<f64> {
    let probs = viewed_distribution(mean_viewed, len);
    let mut reach = Vec::with_capacity(len as usize);
    let mut at_least = 1.0;
    for p in probs.iter().take(len as usize) {
        at_least -= p;
        reach.push(at_least.max(0.0));
    }
    reach
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gameplay_sharpens_and_characters_blur() {
        let none = BTreeMap::new();
        let strip = |kinds: &[&str]| kinds.iter().map(|k| k.to_string()).collect::<Vec<_>>();
        let chars = strip_effects(&strip(&["characters", "characters"]), &none);
        let play = strip_effects(&strip(&["gameplay", "progression"]), &none);
        assert!(play[2].value > chars[2].value + 0.5);
        assert!(play[2].clarity < 0.6 && chars[2].clarity > 1.0);
        // A repeat counts half.
        assert!((chars[2].value - 0.2 * 1.5).abs() < 1e-12);
    }

    #[test]
    fn overrides_and_unknown_kinds() {
        let mut o = BTreeMap::new();
        o.insert(
            "gameplay".to_string(),
            ScreenshotEffect {
                value: 2.0,
                clarity: 1.0,
                trust: 0.0,
            },
        );
        assert_eq!(
            screenshot_effect("gameplay", &o).map(|e| e.value),
            Some(2.0)
        );
        assert_eq!(screenshot_effect("nonsense", &o), None);
        let fx = strip_effects(&["nonsense".to_string()], &o);
        assert_eq!(fx[1], fx[0]);
    }

    #[test]
    fn viewed_is_a_capped_poisson() {
        let p = viewed_distribution(3.0, 5);
        assert_eq!(p.len(), 6);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!((p[0] - (-3f64).exp()).abs() < 1e-15);
        let reach = screenshot_reach(3.0, 5);
        assert!((reach[0] - (1.0 - (-3f64).exp())).abs() < 1e-12);
        assert!(reach.windows(2).all(|w| w[0] >= w[1]));
        assert_eq!(viewed_distribution(0.0, 3), vec![1.0, 0.0, 0.0, 0.0]);
    }
}

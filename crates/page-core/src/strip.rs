//! The screenshot strip's rules: how many people see each position, moving
//! a card, and what a card does. The page's `lab/strip.rs` draws the strip.

use worthit_engine::screenshots::{screenshot_effect, screenshot_reach};
use worthit_engine::{Scenario, ScreenshotEffect, effective_segments, segment_shares};

/// The share of all people who see each position of the strip: each
/// segment's chance of viewing that far (a capped Poisson with the
/// segment's `screenshots_viewed` as mean), weighted by the segments'
/// shares as the simulation draws them (`segment_shares`; the default
/// audience when the scenario has no segments).
pub fn reach(scenario: &Scenario) -> Vec<f64> {
    let len = scenario.product.screenshots.len() as u32;
    let segments = effective_segments(scenario);
    let shares: Vec<f64> = segments.iter().map(|s| s.share).collect();
    let mut out = vec![0.0; len as usize];
    for (s, weight) in segments.iter().zip(segment_shares(&shares)) {
        for (o, r) in out
            .iter_mut()
            .zip(screenshot_reach(s.screenshots_viewed, len))
        {
            *o += weight * r;
        }
    }
    out
}

/// The strip with the screenshot at `from` moved to `to` (both clamped to
/// the strip).
pub fn moved(strip: &[String], from: usize, to: usize) -> Vec<String> {
    let mut s = strip.to_vec();
    if s.is_empty() {
        return s;
    }
    let from = from.min(s.len() - 1);
    let kind = s.remove(from);
    s.insert(to.min(s.len()), kind);
    s
}

/// What the screenshot at `index` does: its kind's effect (the scenario's
/// override, else the built-in row) and the weight it counts with (a
/// repeat of a kind counts half as much as the one before it).
pub fn card_effect(scenario: &Scenario, index: usize) -> Option<(ScreenshotEffect, f64)> {
    let strip = &scenario.product.screenshots;
    let kind = strip.get(index)?;
    let effect = screenshot_effect(kind, &scenario.product.screenshot_effects)?;
    let repeats = strip[..index].iter().filter(|k| *k == kind).count() as i32;
    Some((effect, 0.5f64.powi(repeats)))
}

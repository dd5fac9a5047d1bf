//! The strip's rules (`src/strip.rs`): reach per position and moving a
//! card. The strip on screen is tested in the page's `tests/lab_strip.rs`.

use worthit_engine::screenshots::screenshot_reach;
use worthit_engine::{DEFAULT_SCREENSHOTS_VIEWED, Scenario, presets};
use worthit_page_core::strip::{moved, reach};

fn game() -> Scenario {
    // characters ×4, gameplay; two segments viewing 4 and 1.5 on average.
    presets::get("game-character-art").unwrap().scenario()
}

#[test]
fn reach_weights_each_segment_by_its_share() {
    let scenario = game();
    // Reach: each segment's capped Poisson, weighted by its share.
    let expected = reach(&scenario);
    let total: f64 = scenario.segments.iter().map(|s| s.share).sum();
    for (j, r) in expected.iter().enumerate() {
        let by_hand: f64 = scenario
            .segments
            .iter()
            .map(|s| s.share / total * screenshot_reach(s.screenshots_viewed, 5)[j])
            .sum();
        assert!((r - by_hand).abs() < 1e-12);
    }
    assert!(expected.windows(2).all(|w| w[0] >= w[1]), "{expected:?}");
    assert!(expected[0] > 0.8 && expected[4] < expected[0]);
}

/// Without segments the strip is seen by the engine's default audience,
/// with the format's one default of screenshots viewed.
#[test]
fn without_segments_reach_is_the_default_audiences() {
    let mut scenario = game();
    scenario.segments.clear();
    assert_eq!(
        reach(&scenario),
        screenshot_reach(DEFAULT_SCREENSHOTS_VIEWED, 5)
    );
}

#[test]
fn moving_never_loses_or_invents_a_screenshot() {
    let strip: Vec<String> = ["a", "b", "c", "d"].iter().map(|s| s.to_string()).collect();
    assert_eq!(moved(&strip, 0, 3), ["b", "c", "d", "a"]);
    assert_eq!(moved(&strip, 3, 0), ["d", "a", "b", "c"]);
    assert_eq!(moved(&strip, 1, 1), strip);
    // Out-of-range indices are clamped, never a panic.
    assert_eq!(moved(&strip, 9, 0), ["d", "a", "b", "c"]);
    assert_eq!(moved(&strip, 0, 99), ["b", "c", "d", "a"]);
    assert!(moved(&[], 0, 1).is_empty());
}

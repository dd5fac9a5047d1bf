//! Two variants that differ in a few places, for the tests of what differs
//! between A and B: the native ones (`crates/page-core/tests/diff.rs`) and
//! the page's browser ones (`tests/lab_diff.rs`, which includes this file
//! by its path).

use worthit_engine::{Dist, Scenario, presets};

/// The game preset with B's character art replaced and a dearer trust cost.
pub fn pair() -> (Scenario, Scenario) {
    let a = presets::get("game-character-art").unwrap().scenario();
    let mut b = a.clone();
    b.product.screenshots[0] = "gameplay".into();
    b.product.screenshots[1] = "progression".into();
    b.product.costs.trust = Some(Dist::Lognormal { mean: 0.9, sd: 0.3 });
    b.segments[1].screenshots_viewed = 2.0;
    (a, b)
}

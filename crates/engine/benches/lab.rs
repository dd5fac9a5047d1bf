//! How long the screenshot lab's questions take at the default 20,000
//! people per evaluation, single core: "which screenshot next?" on the
//! character-art game preset (37 candidates, each an A/B run) and a
//! 25-point claim curve on the extreme-claim finance preset. Run with
//! `cargo bench -p worthit-engine --bench lab`; divan prints the time per
//! question.

use divan::{Bencher, black_box};
use worthit_engine::lab::{LabOptions, claim_curve, screenshot_next};
use worthit_engine::presets;

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn screenshot_next_game(b: Bencher) {
    let s = presets::get("game-character-art")
        .expect("preset")
        .scenario();
    let o = LabOptions::default();
    b.bench(|| black_box(screenshot_next(black_box(&s), &o).expect("valid")));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn claim_curve_finance_25_points(b: Bencher) {
    let s = presets::get("finance-extreme-claim")
        .expect("preset")
        .scenario();
    let o = LabOptions::default();
    b.bench(|| black_box(claim_curve(black_box(&s), &o, 25).expect("valid")));
}

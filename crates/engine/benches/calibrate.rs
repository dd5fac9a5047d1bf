//! How long a calibration takes natively on one core, for 1, 2 and 3
//! fitted inputs, on the store-listing example (docs/examples/
//! store-listing-captions.json: 6,500 observed people per arm) at the
//! default number of simulated people (16 × 6,500 = 104,000 per
//! evaluation). Run with `cargo bench -p worthit-engine --bench
//! calibrate`; divan prints the time per fit. The page's worker runs the
//! same code in WebAssembly, about 3× slower.

use divan::{Bencher, black_box};
use serde_json::json;
use worthit_engine::calibrate::{CalibrateOptions, calibrate};
use worthit_engine::presets::default_preset;
use worthit_engine::{RunOptions, Scenario, parse_scenario, run};

fn main() {
    divan::main();
}

const EXAMPLE: &str = include_str!("../../../docs/examples/store-listing-captions.json");

/// The example with `fit` and, for one input, only the captioned arm.
fn example(fit: serde_json::Value, one_arm: bool) -> Scenario {
    let mut v: serde_json::Value = serde_json::from_str(EXAMPLE).expect("example is JSON");
    v["calibration"]["fit"] = fit;
    if one_arm {
        let arms = v["calibration"]["observed"]
            .as_array_mut()
            .expect("observed");
        arms.remove(0);
    }
    parse_scenario(&v.to_string()).expect("example is valid")
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn one_input(b: Bencher) {
    let s = example(json!(["product.value.mean"]), true);
    b.bench(|| black_box(calibrate(black_box(&s), &CalibrateOptions::default()).expect("fit")));
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn two_inputs(b: Bencher) {
    let s = example(
        json!([
            "product.value.mean",
            "product.screenshot_effects.captioned.value"
        ]),
        false,
    );
    b.bench(|| black_box(calibrate(black_box(&s), &CalibrateOptions::default()).expect("fit")));
}

#[divan::bench(sample_count = 2, sample_size = 1)]
fn three_inputs(b: Bencher) {
    let s = example(
        json!([
            "product.value.mean",
            "product.screenshot_effects.captioned.value",
            "product.screenshot_effects.captioned.trust"
        ]),
        false,
    );
    b.bench(|| black_box(calibrate(black_box(&s), &CalibrateOptions::default()).expect("fit")));
}

/// What the page's end-to-end test does (tests/e2e/calibrate.test.mjs):
/// the default preset, one observation of 6,500 people with 80% of the
/// adopters the model predicts, the value mean fitted. The scout and
/// final stages are the same code the worker steps through.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn page_default_one_input(b: Bencher) {
    let mut v: serde_json::Value =
        serde_json::from_str(default_preset().json()).expect("preset is JSON");
    let preset = parse_scenario(&v.to_string()).expect("preset is valid");
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let share = run(&preset, &options).expect("preset runs").adoption.share;
    let adopters = (share * 6500.0 * 0.8).round() as u64;
    v["calibration"] = json!({
        "fit": ["product.value.mean"],
        "observed": [{ "users": 6500, "adopters": adopters, "set": {} }]
    });
    let s = parse_scenario(&v.to_string()).expect("block is valid");
    let fit = calibrate(&s, &CalibrateOptions::default()).expect("fit");
    println!(
        "page_default_one_input: {} evaluations, value mean {:.4} ({:.4} – {:.4})",
        fit.evaluations, fit.fit[0].estimate, fit.fit[0].ci95[0], fit.fit[0].ci95[1]
    );
    b.bench(|| black_box(calibrate(black_box(&s), &CalibrateOptions::default()).expect("fit")));
}

//! A big run's helper workers (`worthit_app::agent::pool`) in Chromium: how
//! many workers a run uses, and a block's totals crossing the JSON text
//! that travels between workers (a JavaScript string) bit for bit, the
//! awkward floating-point values included. That the page's numbers are
//! the same on 1 and on several workers is checked end to end by
//! `tests/e2e/page-workers.test.mjs`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use worthit_app::agent::pool::protocol::FromHelper;
use worthit_app::agent::pool::{MAX_WORKERS, MIN_PEOPLE, workers_for};
use worthit_engine::{Blocks, RunOptions, presets};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn small_runs_stay_in_one_worker_and_big_ones_are_capped() {
    assert_eq!(workers_for(MIN_PEOPLE - 1, Some(4)), 1);
    assert_eq!(workers_for(MIN_PEOPLE, Some(4)), 4);
    assert_eq!(workers_for(10_000_000, Some(1)), 1);
    assert_eq!(workers_for(10_000_000, Some(64)), MAX_WORKERS);
    // Without `?workers=`, the browser's cores (at least 1, at most 8).
    let cores = workers_for(10_000_000, None);
    assert!((1..=MAX_WORKERS).contains(&cores), "{cores}");
}

/// Sends `reply` as the workers do (JSON text in a JavaScript string) and
/// reads it back.
fn through_js(reply: &FromHelper) -> FromHelper {
    let text = serde_json::to_string(reply).unwrap();
    let received = JsValue::from_str(&text).as_string().unwrap();
    serde_json::from_str(&received).unwrap()
}

#[wasm_bindgen_test]
fn words_cross_between_workers_exactly() {
    // The bits of the awkward values: −0.0, the smallest subnormal, the
    // largest finite, infinity, a NaN, and a count near 2^64, which a
    // JavaScript number could not hold (JSON text is parsed by serde_json
    // on the other side, never by JavaScript).
    let words = vec![
        (-0.0f64).to_bits(),
        f64::from_bits(1).to_bits(),
        f64::MAX.to_bits(),
        f64::INFINITY.to_bits(),
        f64::NAN.to_bits(),
        u64::MAX - 1,
    ];
    let done = FromHelper::Done {
        run: 7,
        block: 3,
        words: words.clone(),
    };
    assert_eq!(through_js(&done), done);

    // A real block of a preset, computed in this WebAssembly, read back
    // from its words after the trip.
    let mut s = presets::default_preset().scenario();
    s.users = 70_000;
    let options = RunOptions {
        sensitivity: true,
        ..RunOptions::default()
    };
    let blocks = Blocks::new(&s, &options).unwrap().unwrap();
    let block = blocks.block(1).unwrap();
    let sent = FromHelper::Done {
        run: 1,
        block: 1,
        words: block.words(),
    };
    let FromHelper::Done { words, .. } = through_js(&sent) else {
        panic!("a Done reply");
    };
    assert_eq!(blocks.read(1, &words).unwrap(), block);
}

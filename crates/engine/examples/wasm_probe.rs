//! The engine alone in a bare WebAssembly module, built as the page builds
//! it (the `web` profile: the engine at opt-level "s", no SIMD), to time
//! the simulation in WebAssembly without the page around it:
//!
//! ```sh
//! cargo build -p worthit-engine --example wasm_probe --profile web --target wasm32-unknown-unknown
//! node crates/engine/examples/wasm_probe.mjs [people] [runs]
//! ```
//!
//! The module exports one function, `run_basic(people)`: the basic model of
//! `benches/basic-model.json` (what-ifs off, as `speed_probe`) for that
//! many people, returning a hash of the whole results document so two
//! builds can be compared for identical numbers as well as for speed.

use worthit_engine::{RunOptions, Scenario, run};

/// FNV-1a over the results JSON (no hasher from `std` is stable across
/// targets' pointer widths, and this needs no allocation of its own).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Runs the basic model for `people` and returns the results' hash (0 if
/// the scenario were refused, which the bundled one never is).
#[unsafe(no_mangle)]
pub extern "C" fn run_basic(people: u64) -> u64 {
    let Ok(mut scenario) =
        serde_json::from_str::<Scenario>(include_str!("../benches/basic-model.json"))
    else {
        return 0;
    };
    scenario.users = people;
    let options = RunOptions {
        sensitivity: false,
        chunk_size: 65_536,
    };
    match run(&scenario, &options) {
        Ok(results) => serde_json::to_string(&results).map_or(0, |t| fnv1a(t.as_bytes())),
        Err(_) => 0,
    }
}

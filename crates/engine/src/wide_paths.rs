//! A check, callable from integration tests on every target, that the
//! hot loop's wide paths give the portable paths' bits.
//!
//! The unit tests compare the x86-64 paths natively, but the WebAssembly
//! SIMD paths (`crate::simd128`) only exist in a WebAssembly build, where
//! the engine's tests run as wasm-bindgen browser tests that see only the
//! public API (`tests/value_stability.rs`, `tests/wide_paths.rs`). Hidden
//! from the documentation: it is a test hook, not part of the engine's
//! interface.

use crate::normal::first_tries_portable;
use crate::rng::{person_key, person_keys_portable, run_key};

/// Wide key and first-try loops this build can run, by name.
type Paths = Vec<(&'static str, fn(u64, u64, &mut [u64]), FirstTries)>;
type FirstTries = fn(&[u64], u64, &mut [f64]) -> u64;

#[allow(clippy::vec_init_then_push)] // See the comment on `paths`.
fn wide_paths() -> Paths {
    // Empty on targets without a wide path; built by pushes because each
    // entry exists only on some targets.
    #[allow(unused_mut)]
    let mut paths: Paths = Vec::new();
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    paths.push((
        "simd128",
        crate::simd128::person_keys,
        crate::simd128::first_tries,
    ));
    #[cfg(all(target_arch = "x86_64", not(target_feature = "avx512dq")))]
    if std::is_x86_feature_detected!("avx512f") && std::is_x86_feature_detected!("avx512dq") {
        paths.push((
            "avx512",
            // SAFETY: the processor has just been checked for both features.
            |r, s, o| unsafe { crate::rng::person_keys_avx512(r, s, o) },
            // SAFETY: as above.
            |k, s, o| unsafe { crate::normal::first_tries_avx512(k, s, o) },
        ));
    }
    paths
}

/// Compares every wide path of this build with the portable loops on
/// `batches` batches of up to 64 people (odd lengths and starts near
/// 2^64 included) and returns the names of the paths compared (none on a
/// target without one), or the first difference.
#[doc(hidden)]
pub fn check(batches: u64) -> Result<Vec<&'static str>, String> {
    let paths = wide_paths();
    let run = run_key(5);
    for (name, keys_of, tries) in &paths {
        for batch in 0..batches {
            let n = [64, 63, 17, 2, 1][(batch % 5) as usize];
            let start = if batch % 7 == 6 {
                u64::MAX - 30
            } else {
                batch * 64
            };
            let mut want = vec![0u64; n];
            person_keys_portable(run, start, &mut want);
            if want[0] != person_key(run, start) {
                return Err(format!("portable keys wrong at {start}"));
            }
            let mut keys = vec![0u64; n];
            keys_of(run, start, &mut keys);
            if keys != want {
                return Err(format!("{name}: keys differ, start {start}, {n} people"));
            }
            let slot = batch % 11;
            let (mut a, mut b) = (vec![0.0f64; n], vec![0.0f64; n]);
            let (ra, rb) = (
                tries(&keys, slot, &mut a),
                first_tries_portable(&keys, slot, &mut b),
            );
            let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            if ra != rb || bits(&a) != bits(&b) {
                return Err(format!(
                    "{name}: first tries differ, batch {batch}, slot {slot}, {n} people"
                ));
            }
        }
    }
    Ok(paths.iter().map(|p| p.0).collect())
}

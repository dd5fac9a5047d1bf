//! WebAssembly SIMD (simd128) versions of the hot loop's integer kernels:
//! the person keys and the ziggurat's first tries, two people at a time.
//!
//! They mirror the AVX-512 paths of [`crate::rng::person_keys`] and
//! `normal::first_tries` on x86-64: the 64-bit adds, multiplies, shifts
//! and xors of SplitMix64 on `i64x2` lanes, then the one multiplication and
//! comparison of the first try on `f64x2` lanes (the table look-ups stay
//! scalar: WebAssembly has no gather). Every lane does exactly the scalar
//! operations, which IEEE-754 and two's-complement arithmetic define to
//! the bit, so the results are the portable loop's (compared by
//! [`crate::wide_paths::check`], which a browser test runs). Compiled only
//! when the build enables `simd128` (`.cargo/config.toml` does for the
//! page); other WebAssembly builds use the portable loops.

use core::arch::wasm32::{
    f64x2, f64x2_abs, f64x2_extract_lane, f64x2_ge, f64x2_mul, f64x2_splat, f64x2_sub, i64x2_add,
    i64x2_bitmask, i64x2_mul, u64x2, u64x2_extract_lane, u64x2_shr, u64x2_splat, v128, v128_or,
    v128_xor,
};

use crate::normal::ZIG_NORM_X;
use crate::rng::{GOLDEN, PERSON_MUL, SLOT_MUL, person_key, slot_rng};

/// [`crate::rng::mix64`] of both lanes.
#[inline(always)]
fn mix64x2(z: v128) -> v128 {
    let z = i64x2_mul(
        v128_xor(z, u64x2_shr(z, 30)),
        u64x2_splat(0xbf58_476d_1ce4_e5b9),
    );
    let z = i64x2_mul(
        v128_xor(z, u64x2_shr(z, 27)),
        u64x2_splat(0x94d0_49bb_1331_11eb),
    );
    v128_xor(z, u64x2_shr(z, 31))
}

/// [`crate::rng::person_keys`], two people at a time.
#[inline(always)]
pub(crate) fn person_keys(run_key: u64, start: u64, out: &mut [u64]) {
    let key = u64x2_splat(run_key);
    let mul = u64x2_splat(PERSON_MUL);
    let two = u64x2_splat(2);
    let mut person = u64x2(start, start.wrapping_add(1));
    let done = (out.len() & !1) as u64;
    let mut pairs = out.chunks_exact_mut(2);
    for pair in &mut pairs {
        let z = mix64x2(i64x2_add(key, i64x2_mul(person, mul)));
        pair[0] = u64x2_extract_lane::<0>(z);
        pair[1] = u64x2_extract_lane::<1>(z);
        person = i64x2_add(person, two);
    }
    for pk in pairs.into_remainder() {
        *pk = person_key(run_key, start.wrapping_add(done));
    }
}

/// `normal::first_tries`, two people at a time: writes each person's
/// first try into `out` and returns the set of rejected ones (bit j for
/// `keys[j]`, at most 64 people).
#[inline(always)]
pub(crate) fn first_tries(keys: &[u64], slot: u64, out: &mut [f64]) -> u64 {
    // The slot stream's first word is mix64(key + (slot + 1)·SLOT_MUL +
    // GOLDEN) (`SlotRng::first_word`); the sum wraps, so it can be split.
    let offset = u64x2_splat(
        slot.wrapping_add(1)
            .wrapping_mul(SLOT_MUL)
            .wrapping_add(GOLDEN),
    );
    // rand's `into_float_with_exponent(1)`: a float in [2, 4), minus 3.
    let exponent = u64x2_splat(1024u64 << 52);
    let three = f64x2_splat(3.0);
    let n = keys.len().min(out.len()).min(64);
    let mut rejected = 0u64;
    let mut j = 0;
    while j + 2 <= n {
        let bits = mix64x2(i64x2_add(u64x2(keys[j], keys[j + 1]), offset));
        let i0 = (u64x2_extract_lane::<0>(bits) & 0xff) as usize;
        let i1 = (u64x2_extract_lane::<1>(bits) & 0xff) as usize;
        let u = f64x2_sub(v128_or(u64x2_shr(bits, 12), exponent), three);
        let x = f64x2_mul(u, f64x2(ZIG_NORM_X[i0], ZIG_NORM_X[i1]));
        out[j] = f64x2_extract_lane::<0>(x);
        out[j + 1] = f64x2_extract_lane::<1>(x);
        let edge = f64x2(ZIG_NORM_X[i0 + 1], ZIG_NORM_X[i1 + 1]);
        rejected |= u64::from(i64x2_bitmask(f64x2_ge(f64x2_abs(x), edge))) << (j & 63);
        j += 2;
    }
    if j < n {
        let bits = slot_rng(keys[j], slot).first_word();
        let i = (bits & 0xff) as usize;
        let u = f64::from_bits((bits >> 12) | (1024u64 << 52)) - 3.0;
        let x = u * ZIG_NORM_X[i];
        out[j] = x;
        rejected |= u64::from(x.abs() >= ZIG_NORM_X[i + 1]) << (j & 63);
    }
    rejected
}

//! Portable elementary functions for the hot loop.
//!
//! The platform `exp` differs between targets (glibc natively, a port of
//! musl in WebAssembly) in the last bit for some inputs. The engine promises
//! the same numbers everywhere, so the log-normal sampler uses this `exp`,
//! built only from IEEE-754 additions, multiplications and bit operations,
//! which every target rounds identically (Rust never fuses a multiply and an
//! add on its own). It has no table and no branch, so a loop over many
//! people compiles to SIMD instructions. Relative error is below 1e-15
//! (tested against std): a few units in the last place, far finer than any
//! perceived cost.

/// ln 2 split so that `k · LN2_HI` is exact for |k| < 2^20.
const LN2_HI: f64 = 6.931_471_803_691_238e-1;
const LN2_LO: f64 = 1.908_214_929_270_587_7e-10;
/// Adding this rounds a number below 2^51 to the nearest integer, which then
/// sits in the low mantissa bits.
const ROUNDER: f64 = 6_755_399_441_055_744.0;
/// 1/n! for n = 2..=12.
const C2: f64 = 0.5;
const C3: f64 = 0.166_666_666_666_666_66;
const C4: f64 = 0.041_666_666_666_666_664;
const C5: f64 = 0.008_333_333_333_333_333;
const C6: f64 = 0.001_388_888_888_888_889;
const C7: f64 = 0.000_198_412_698_412_698_4;
const C8: f64 = 2.480_158_730_158_73e-5;
const C9: f64 = 2.755_731_922_398_589_3e-6;
const C10: f64 = 2.755_731_922_398_589e-7;
const C11: f64 = 2.505_210_838_544_172e-8;
const C12: f64 = 2.087_675_698_786_81e-9;

/// max(x, 0) for a perceived cost: x when positive, else +0.0 (NaN and
/// −0.0 included). Written as a comparison, not `f64::max`: WebAssembly's
/// `f64.max` treats NaN differently from Rust's `max`, so there `max` is
/// a call into the runtime library, ~4% of a run in the page; and `max`
/// may keep −0.0, while this gives +0.0 on every target.
#[inline(always)]
pub(crate) fn nonneg(x: f64) -> f64 {
    if x > 0.0 { x } else { 0.0 }
}

/// e^x, portable and bit-identical on every IEEE-754 target. Arguments
/// are clamped to [−708, 709], where the result would under- or overflow
/// anyway (the engine's arguments are far inside); NaN stays NaN.
#[inline(always)]
pub(crate) fn exp(x: f64) -> f64 {
    let x = x.clamp(-708.0, 709.0);
    // x = k ln2 + r with |r| ≤ ln2/2; e^x = 2^k e^r.
    let t = x * core::f64::consts::LOG2_E + ROUNDER;
    let k = (t.to_bits() as i64).wrapping_sub(ROUNDER.to_bits() as i64);
    let kf = t - ROUNDER;
    let r = (x - kf * LN2_HI) - kf * LN2_LO;
    // Taylor polynomial of degree 12 in Estrin form: r^13/13! < 2e-16.
    let r2 = r * r;
    let r4 = r2 * r2;
    let r8 = r4 * r4;
    let q0 = (1.0 + r) + r2 * (C2 + r * C3);
    let q1 = (C4 + r * C5) + r2 * (C6 + r * C7);
    let q2 = (C8 + r * C9) + r2 * (C10 + r * C11);
    let p = (q0 + r4 * q1) + r8 * (q2 + r4 * C12);
    let scale = f64::from_bits((k.wrapping_add(1023) as u64 & 0x7ff) << 52);
    p * scale
}

/// Batches shorter than this skip the wide (AVX2/AVX-512) loops.
#[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
pub(crate) const WIDE_MIN: usize = 16;

/// out[j] = e^(mu + sigma · shocks[j]): the log-normal transform of a batch.
///
/// On x86-64 processors with AVX2 the same loop runs four lanes wide
/// instead of SSE2's two (checked once per call; the check is a cached
/// load). Only additions, multiplications and bit operations are involved
/// and AVX2 alone never fuses them, so both paths give the same bits (a
/// test compares them); WebAssembly and other targets use the portable loop.
#[inline(always)]
pub(crate) fn lognormal_all(mu: f64, sigma: f64, shocks: &[f64], out: &mut [f64]) {
    // A few people (adoption over time gathers only the newly aware) are
    // done faster inline than through a call to a wide loop.
    #[cfg(all(target_arch = "x86_64", not(target_feature = "avx2")))]
    if shocks.len() >= WIDE_MIN && std::is_x86_feature_detected!("avx512f") {
        // SAFETY: the processor has just been checked for AVX-512F.
        unsafe { lognormal_all_avx512(mu, sigma, shocks, out) };
        return;
    }
    #[cfg(all(target_arch = "x86_64", not(target_feature = "avx2")))]
    if shocks.len() >= WIDE_MIN && std::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has just been checked for AVX2.
        unsafe { lognormal_all_avx2(mu, sigma, shocks, out) };
        return;
    }
    lognormal_all_portable(mu, sigma, shocks, out);
}

#[inline(always)]
fn lognormal_all_portable(mu: f64, sigma: f64, shocks: &[f64], out: &mut [f64]) {
    for (x, s) in out.iter_mut().zip(shocks) {
        *x = exp(mu + sigma * s);
    }
}

#[cfg(all(target_arch = "x86_64", not(target_feature = "avx2")))]
#[target_feature(enable = "avx2")]
fn lognormal_all_avx2(mu: f64, sigma: f64, shocks: &[f64], out: &mut [f64]) {
    lognormal_all_portable(mu, sigma, shocks, out);
}

#[cfg(all(target_arch = "x86_64", not(target_feature = "avx2")))]
#[target_feature(enable = "avx512f")]
fn lognormal_all_avx512(mu: f64, sigma: f64, shocks: &[f64], out: &mut [f64]) {
    lognormal_all_portable(mu, sigma, shocks, out);
}

#[cfg(test)]
mod tests {
    /// `nonneg` is `max(x, 0)` wherever `max` is defined to the bit, and
    /// +0.0 for −0.0 (where `max` may give either sign).
    #[test]
    fn nonneg_is_max_with_zero() {
        let xs = [
            1.5,
            -1.5,
            0.0,
            f64::MIN_POSITIVE,
            -f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            f64::MAX,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            -f64::NAN,
        ];
        for x in xs {
            assert_eq!(super::nonneg(x).to_bits(), x.max(0.0).to_bits(), "{x}");
        }
        assert_eq!(super::nonneg(-0.0).to_bits(), 0.0f64.to_bits());
    }

    #[test]
    fn matches_std_exp() {
        let mut worst: f64 = 0.0;
        for i in 0..2_000_001 {
            let x = (i as f64 - 1_000_000.0) * 7.0e-4;
            let (a, b) = (super::exp(x), x.exp());
            worst = worst.max(((a - b) / b).abs());
        }
        assert!(worst < 1e-15, "worst relative error {worst:e}");
        assert_eq!(super::exp(0.0), 1.0);
        assert!(super::exp(-1000.0) < 1e-307);
        assert!(super::exp(1000.0) > 8e307);
        assert!(super::exp(f64::NAN).is_nan());
    }

    /// Each wide loop this processor can run (AVX-512, AVX2) gives the
    /// portable loop's bits. A wide loop the processor lacks cannot be run
    /// here, so the test says which it skipped rather than passing
    /// silently: on such a machine only the portable loop is used anyway.
    #[test]
    fn lognormal_paths_agree() {
        let shocks: Vec<f64> = (0..100_003)
            .map(|i| (i as f64 - 50_000.0) * 1.3e-4)
            .chain([
                f64::NAN,
                f64::INFINITY,
                f64::NEG_INFINITY,
                1e300,
                -1e300,
                0.0,
                -0.0,
            ])
            .collect();
        type Loop = fn(f64, f64, &[f64], &mut [f64]);
        let mut paths: Vec<(&str, Loop)> = vec![("dispatch", super::lognormal_all)];
        #[cfg(all(target_arch = "x86_64", not(target_feature = "avx2")))]
        {
            if std::is_x86_feature_detected!("avx512f") {
                // SAFETY: the processor has just been checked for AVX-512F.
                paths.push(("avx512", |m, s, x, o| unsafe {
                    super::lognormal_all_avx512(m, s, x, o)
                }));
            } else {
                println!("skipped the AVX-512 loop: this processor has no AVX-512F");
            }
            if std::is_x86_feature_detected!("avx2") {
                // SAFETY: the processor has just been checked for AVX2.
                paths.push(("avx2", |m, s, x, o| unsafe {
                    super::lognormal_all_avx2(m, s, x, o)
                }));
            } else {
                println!("skipped the AVX2 loop: this processor has no AVX2");
            }
        }
        for (name, wide_loop) in paths {
            for (mu, sigma) in [(0.0, 1.0), (-0.3, 0.47), (2.5, 3.0), (-700.0, 1.0)] {
                let mut wide = vec![0.0; shocks.len()];
                let mut portable = vec![0.0; shocks.len()];
                wide_loop(mu, sigma, &shocks, &mut wide);
                super::lognormal_all_portable(mu, sigma, &shocks, &mut portable);
                for (a, b) in wide.iter().zip(&portable) {
                    assert!(
                        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
                        "{name}: {a} != {b}"
                    );
                }
            }
        }
    }
}

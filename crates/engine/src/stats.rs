//! Small statistics used in results: the Wilson interval, the normal
//! distribution function and its inverse, and the paired A/B summary.

use crate::results::Comparison;

/// The 0.975 quantile of the standard normal: 95% two-sided intervals.
pub const Z95: f64 = 1.959_963_984_540_054;

/// Wilson score interval for `successes` out of `n` at normal quantile `z`.
///
/// With p̂ = x/n: centre (p̂ + z²/2n) / (1 + z²/n), half-width
/// z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²). Unlike p̂ ± z·se it stays inside
/// [0, 1] and is sensible at 0 or n successes. n = 0 gives [0, 1].
pub fn wilson(successes: u64, n: u64, z: f64) -> [f64; 2] {
    if n == 0 {
        return [0.0, 1.0];
    }
    let nf = n as f64;
    let p = successes.min(n) as f64 / nf;
    let z2 = z * z;
    let denom = 1.0 + z2 / nf;
    let centre = (p + z2 / (2.0 * nf)) / denom;
    let half = z / denom * (p * (1.0 - p) / nf + z2 / (4.0 * nf * nf)).sqrt();
    [(centre - half).max(0.0), (centre + half).min(1.0)]
}

/// Φ(x), the standard normal distribution function (via `erfc`, accurate
/// in both tails).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// Φ⁻¹(p) for p in (0, 1) (Wichura's AS 241, about 1e-16 relative
/// accuracy); ±∞ at 0 and 1, NaN outside.
pub fn normal_quantile(p: f64) -> f64 {
    if !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= 0.425 {
        let r = 0.180625 - q * q;
        return q
            * (((((((2509.080_928_730_122_7 * r + 33430.575_583_588_128) * r
                + 67265.770_927_008_7)
                * r
                + 45921.953_931_549_87)
                * r
                + 13731.693_765_509_461)
                * r
                + 1971.590_950_306_551_3)
                * r
                + 133.141_667_891_784_38)
                * r
                + 3.387_132_872_796_366_5)
            / (((((((5226.495_278_852_545 * r + 28729.085_735_721_943) * r
                + 39307.895_800_092_71)
                * r
                + 21213.794_301_586_597)
                * r
                + 5394.196_021_424_751)
                * r
                + 687.187_007_492_057_9)
                * r
                + 42.313_330_701_600_91)
                * r
                + 1.0);
    }
    let mut r = if q < 0.0 { p } else { 1.0 - p };
    r = (-libm::log(r)).sqrt();
    let x = if r <= 5.0 {
        r -= 1.6;
        (((((((7.745_450_142_783_414e-4 * r + 0.022_723_844_989_269_184) * r
            + 0.241_780_725_177_450_6)
            * r
            + 1.270_458_252_452_368_4)
            * r
            + 3.647_848_324_763_204_5)
            * r
            + 5.769_497_221_460_691)
            * r
            + 4.630_337_846_156_546)
            * r
            + 1.423_437_110_749_683_5)
            / (((((((1.050_750_071_644_416_9e-9 * r + 5.475_938_084_995_345e-4) * r
                + 0.015_198_666_563_616_457)
                * r
                + 0.148_103_976_427_480_08)
                * r
                + 0.689_767_334_985_1)
                * r
                + 1.676_384_830_183_803_8)
                * r
                + 2.053_191_626_637_759)
                * r
                + 1.0)
    } else {
        r -= 5.0;
        (((((((2.010_334_399_292_288_1e-7 * r + 2.711_555_568_743_487_6e-5) * r
            + 0.001_242_660_947_388_078_4)
            * r
            + 0.026_532_189_526_576_124)
            * r
            + 0.296_560_571_828_504_9)
            * r
            + 1.784_826_539_917_291_3)
            * r
            + 5.463_784_911_164_114)
            * r
            + 6.657_904_643_501_103)
            / (((((((2.044_263_103_389_939_7e-15 * r + 1.421_511_758_316_446e-7) * r
                + 1.846_318_317_510_054_8e-5)
                * r
                + 7.868_691_311_456_133e-4)
                * r
                + 0.014_875_361_290_850_615)
                * r
                + 0.136_929_880_922_735_8)
                * r
                + 0.599_832_206_555_888)
                * r
                + 1.0)
    };
    if q < 0.0 { -x } else { x }
}

/// The paired A/B summary from per-person adoption indicators a_i, b_i over
/// the same n people: d_i = b_i − a_i ∈ {−1, 0, 1}.
///
/// - lift = mean(d) = share(B) − share(A);
/// - s² = (Σd² − n·lift²)/(n − 1), where Σd² = `only_b` + `only_a`;
/// - 95% interval lift ± 1.96 · s/√n;
/// - P(B > A) = Φ(lift / (s/√n)), the normal approximation to the sampling
///   distribution of the mean paired difference (a flat-prior posterior).
///   With s = 0 (A and B decide identically for everyone) the lift is
///   exact: P is 1, 0 or ½ as the lift is positive, negative or zero.
pub fn paired_comparison(only_a: u64, only_b: u64, n: u64) -> Comparison {
    if n == 0 {
        return Comparison {
            lift: 0.0,
            ci95: [0.0, 0.0],
            p_b_better: 0.5,
        };
    }
    let nf = n as f64;
    let diff = only_b as f64 - only_a as f64;
    let lift = diff / nf;
    let sum_sq = (only_a + only_b) as f64;
    let var = if n > 1 {
        ((sum_sq - nf * lift * lift) / (nf - 1.0)).max(0.0)
    } else {
        0.0
    };
    let se = (var / nf).sqrt();
    let p_b_better = if se > 0.0 {
        normal_cdf(lift / se)
    } else if diff > 0.0 {
        1.0
    } else if diff < 0.0 {
        0.0
    } else {
        0.5
    };
    Comparison {
        lift,
        ci95: [lift - Z95 * se, lift + Z95 * se],
        p_b_better,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_known_values() {
        // 0 of 10: [0, 0.2775] (textbook value 0.2775).
        let [lo, hi] = wilson(0, 10, Z95);
        assert_eq!(lo, 0.0);
        assert!((hi - 0.277_5).abs() < 1e-4);
        // 50 of 100: 0.5 ± 0.0962 roughly, symmetric.
        let [lo, hi] = wilson(50, 100, Z95);
        assert!((lo - 0.403_8).abs() < 1e-4 && (hi - 0.596_2).abs() < 1e-4);
        assert_eq!(wilson(0, 0, Z95), [0.0, 1.0]);
    }

    #[test]
    fn normal_functions_invert() {
        for &p in &[1e-12, 1e-6, 0.01, 0.2, 0.5, 0.7, 0.975, 0.999_999] {
            let x = normal_quantile(p);
            assert!((normal_cdf(x) - p).abs() < 1e-14 * p.max(1e-3), "p {p}");
        }
        assert!((normal_quantile(0.975) - Z95).abs() < 1e-14);
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-16);
    }

    #[test]
    fn paired_identical_is_exactly_zero() {
        let c = paired_comparison(0, 0, 1000);
        assert_eq!(c.lift, 0.0);
        assert_eq!(c.ci95, [0.0, 0.0]);
        assert_eq!(c.p_b_better, 0.5);
        let c = paired_comparison(10, 110, 1000);
        assert!((c.lift - 0.1).abs() < 1e-15);
        assert!(c.ci95[0] < 0.1 && c.ci95[1] > 0.1 && c.p_b_better > 0.999);
    }
}

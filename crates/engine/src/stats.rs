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

/// Coefficients of Wichura's AS 241 (PPND16), highest power first, with
/// the paper's digits so they can be checked against it.
#[allow(clippy::excessive_precision)]
const AS241_A: [f64; 8] = [
    2509.0809287301226727,
    33430.575583588128105,
    67265.770927008700853,
    45921.953931549871457,
    13731.693765509461125,
    1971.5909503065514427,
    133.14166789178437745,
    3.387132872796366608,
];
#[allow(clippy::excessive_precision)]
const AS241_B: [f64; 8] = [
    5226.495278852545925,
    28729.085735721942674,
    39307.89580009271061,
    21213.794301586595867,
    5394.1960214247511077,
    687.1870074920579083,
    42.313330701600911252,
    1.0,
];
#[allow(clippy::excessive_precision)]
const AS241_C: [f64; 8] = [
    7.7454501427834140764e-4,
    0.0227238449892691845833,
    0.24178072517745061177,
    1.27045825245236838258,
    3.64784832476320460504,
    5.7694972214606914055,
    4.6303378461565452959,
    1.42343711074968357734,
];
#[allow(clippy::excessive_precision)]
const AS241_D: [f64; 8] = [
    1.05075007164441684324e-9,
    5.475938084995344946e-4,
    0.0151986665636164571966,
    0.14810397642748007459,
    0.68976733498510000455,
    1.6763848301838038494,
    2.05319162663775882187,
    1.0,
];
#[allow(clippy::excessive_precision)]
const AS241_E: [f64; 8] = [
    2.01033439929228813265e-7,
    2.71155556874348757815e-5,
    0.0012426609473880784386,
    0.026532189526576123093,
    0.29656057182850489123,
    1.7848265399172913358,
    5.4637849111641143699,
    6.6579046435011037772,
];
#[allow(clippy::excessive_precision)]
const AS241_F: [f64; 8] = [
    2.04426310338993978564e-15,
    1.4215117583164458887e-7,
    1.8463183175100546818e-5,
    7.868691311456132591e-4,
    0.0148753612908506148525,
    0.13692988092273580531,
    0.59983220655588793769,
    1.0,
];

/// A polynomial with coefficients from the highest power down (Horner).
fn horner(coefficients: &[f64], x: f64) -> f64 {
    coefficients.iter().fold(0.0, |acc, c| acc * x + c)
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
        return q * horner(&AS241_A, r) / horner(&AS241_B, r);
    }
    let tail = if q < 0.0 { p } else { 1.0 - p };
    let r = (-libm::log(tail)).sqrt();
    let x = if r <= 5.0 {
        horner(&AS241_C, r - 1.6) / horner(&AS241_D, r - 1.6)
    } else {
        horner(&AS241_E, r - 5.0) / horner(&AS241_F, r - 5.0)
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
            robustness: None,
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
        robustness: None,
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

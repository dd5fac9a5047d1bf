//! Fitting one column of ratings: normal and log-normal by maximum
//! likelihood, the better by AIC; and correlations from the normal scores
//! of the ranks.
//!
//! - Normal: μ̂ = mean, σ̂² = Σ(x − μ̂)²/n; ln L = −n/2 · (ln(2πσ̂²) + 1).
//! - Log-normal (only for columns with no negative rating): with y = ln x,
//!   μ̂ = mean of y, σ̂² = Σ(y − μ̂)²/n; ln L = −Σ y − n/2 · (ln(2πσ̂²) + 1).
//!   A rating of 0 has no logarithm: it is taken as half the smallest
//!   positive rating of the column (on a 0–10 scale, 0.5: "less than the
//!   smallest step"), in the fit and in its likelihood.
//! - AIC = 2·2 − 2 ln L for both (two parameters each); the lower wins.
//! - A column whose ratings are all equal is that fixed number.
//!
//! The scenario states the winner by its own mean and sd (those of the
//! variable, not of its logarithm): for the log-normal, mean = e^(μ̂ + σ̂²/2)
//! and sd = mean · √(e^(σ̂²) − 1).

use serde::{Deserialize, Serialize};

use crate::scenario::Dist;
use crate::stats::normal_quantile;

/// The family a column was fitted to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Normal,
    Lognormal,
    /// Every rating was the same number.
    Fixed,
}

/// The fit of one column (of one segment, or of everyone).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    pub family: Family,
    /// Mean and sd of the chosen distribution (of the variable itself).
    pub mean: f64,
    pub sd: f64,
    /// AIC of the normal fit (`None` for a fixed column).
    pub aic_normal: Option<f64>,
    /// AIC of the log-normal fit (`None` when a rating is negative, or the
    /// column is fixed).
    pub aic_lognormal: Option<f64>,
    /// How many zero ratings the log-normal took as `zero_as` (see the
    /// module notes); 0 when none.
    pub zeros: usize,
    /// What a zero rating counted as in the log-normal fit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub zero_as: Option<f64>,
    /// Respondents.
    pub n: usize,
}

impl Fit {
    /// The distribution for the scenario.
    pub fn dist(&self) -> Dist {
        match self.family {
            Family::Normal => Dist::Normal {
                mean: self.mean,
                sd: self.sd,
            },
            Family::Lognormal => Dist::Lognormal {
                mean: self.mean,
                sd: self.sd,
            },
            Family::Fixed => Dist::Fixed { value: self.mean },
        }
    }
}

const LN_2PI: f64 = 1.837_877_066_409_345_5;

/// Mean and ML variance (divided by n), by a two-pass sum.
fn mean_var(xs: impl Iterator<Item = f64> + Clone) -> (f64, f64, usize) {
    let (mut s, mut n) = (0.0, 0usize);
    for x in xs.clone() {
        s += x;
        n += 1;
    }
    if n == 0 {
        return (0.0, 0.0, 0);
    }
    let m = s / n as f64;
    let v = xs.map(|x| (x - m) * (x - m)).sum::<f64>() / n as f64;
    (m, v, n)
}

/// Fits a column (at least one rating).
pub fn fit_column(xs: &[f64]) -> Fit {
    let (m, v, n) = mean_var(xs.iter().copied());
    let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if n < 2 || lo == hi || v <= 0.0 {
        return Fit {
            family: Family::Fixed,
            mean: m,
            sd: 0.0,
            aic_normal: None,
            aic_lognormal: None,
            zeros: 0,
            zero_as: None,
            n,
        };
    }
    let nf = n as f64;
    let aic_normal = 4.0 + nf * (LN_2PI + libm::log(v) + 1.0);
    let smallest_positive = xs
        .iter()
        .copied()
        .filter(|x| *x > 0.0)
        .fold(f64::INFINITY, f64::min);
    let mut zeros = 0;
    let mut zero_as = None;
    let lognormal = if lo >= 0.0 && smallest_positive.is_finite() {
        let floor = 0.5 * smallest_positive;
        // One logarithm per rating: they are most of the fitting's time.
        let ys: Vec<f64> = xs
            .iter()
            .map(|x| libm::log(if *x > 0.0 { *x } else { floor }))
            .collect();
        zeros = xs.iter().filter(|x| **x <= 0.0).count();
        if zeros > 0 {
            zero_as = Some(floor);
        }
        let (mu, s2, _) = mean_var(ys.iter().copied());
        let sum_y = mu * nf;
        if s2 > 0.0 {
            let aic = 4.0 + 2.0 * sum_y + nf * (LN_2PI + libm::log(s2) + 1.0);
            Some((aic, mu, s2))
        } else {
            None
        }
    } else {
        None
    };
    let sd = libm::sqrt(v);
    match lognormal {
        Some((aic_l, mu, s2)) if aic_l < aic_normal => {
            let mean = libm::exp(mu + 0.5 * s2);
            Fit {
                family: Family::Lognormal,
                mean,
                sd: mean * libm::sqrt(libm::expm1(s2)),
                aic_normal: Some(aic_normal),
                aic_lognormal: Some(aic_l),
                zeros,
                zero_as,
                n,
            }
        }
        other => Fit {
            family: Family::Normal,
            mean: m,
            sd,
            aic_normal: Some(aic_normal),
            aic_lognormal: other.map(|(a, _, _)| a),
            zeros,
            zero_as,
            n,
        },
    }
}

/// The normal scores of a column's ranks: Φ⁻¹(r / (n + 1)) with r the
/// rank (1-based; tied ratings share their average rank), the van der
/// Waerden scores. Their Pearson correlation estimates the Gaussian
/// copula's rho whatever the marginal distributions.
pub fn normal_scores(xs: &[f64]) -> Vec<f64> {
    let n = xs.len();
    // Sorting (rating, position) pairs keeps the comparisons in the
    // cache; the order among equal ratings does not matter (they share
    // their rank).
    let mut order: Vec<(f64, usize)> = xs.iter().copied().zip(0..n).collect();
    order.sort_unstable_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = vec![0.0; n];
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j + 1 < n && order[j + 1].0 == order[i].0 {
            j += 1;
        }
        // Positions i..=j share the average rank (i + j)/2 + 1.
        let rank = (i + j) as f64 / 2.0 + 1.0;
        let z = normal_quantile(rank / (n as f64 + 1.0));
        for &(_, k) in &order[i..=j] {
            out[k] = z;
        }
        i = j + 1;
    }
    out
}

/// Pearson's correlation of two equally long columns; 0 when either is
/// constant.
pub fn pearson(a: &[f64], b: &[f64]) -> f64 {
    let (ma, va, n) = mean_var(a.iter().copied());
    let (mb, vb, _) = mean_var(b.iter().copied());
    if n == 0 || va <= 0.0 || vb <= 0.0 {
        return 0.0;
    }
    let c: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| (x - ma) * (y - mb))
        .sum::<f64>()
        / n as f64;
    (c / libm::sqrt(va * vb)).clamp(-1.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_by_aic() {
        // Symmetric, with negatives: normal (log-normal not possible).
        let f = fit_column(&[-1.0, 0.0, 1.0, 2.0, 3.0]);
        assert_eq!(f.family, Family::Normal);
        assert!(f.aic_lognormal.is_none());
        assert!((f.mean - 1.0).abs() < 1e-12 && (f.sd - 2f64.sqrt()).abs() < 1e-12);
        // Strongly right-skewed positive ratings: log-normal.
        let xs: Vec<f64> = (0..200)
            .map(|i| libm::exp(-2.0 + 4.0 * i as f64 / 199.0))
            .collect();
        assert_eq!(fit_column(&xs).family, Family::Lognormal);
        // All equal: fixed.
        assert_eq!(fit_column(&[3.0, 3.0]).family, Family::Fixed);
        // Zeros take half the smallest positive rating.
        let f = fit_column(&[0.0, 1.0, 2.0, 4.0]);
        assert_eq!((f.zeros, f.zero_as), (1, Some(0.5)));
    }

    #[test]
    fn scores_share_ranks_on_ties() {
        let s = normal_scores(&[2.0, 1.0, 2.0, 3.0]);
        assert_eq!(s[0], s[2]);
        assert!(s[1] < s[0] && s[0] < s[3]);
        assert!((s[1] + s[3]).abs() < 1e-12);
        assert_eq!(pearson(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), 1.0);
        assert_eq!(pearson(&[1.0, 1.0], &[2.0, 4.0]), 0.0);
    }
}

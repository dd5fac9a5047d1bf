//! Planning a store listing experiment: the power of a two-sided
//! two-proportion test, the visitors it needs, the smallest lift it can
//! see, and the same averaged over uncertain shares (assurance).
//!
//! The test: N visitors per variant, adoption shares p_A and p_B, a
//! two-sided z-test at confidence C. With z = Φ⁻¹(1 − (1 − C)/2),
//! p̄ = (p_A + p_B)/2, q = 1 − p:
//!
//! ```text
//! power(N) = Φ((|Δ| − z·√(2p̄q̄/N)) / √((p_A·q_A + p_B·q_B)/N)),   Δ = p_B − p_A
//! ```
//!
//! the chance the test declares the better variant the winner (the chance
//! of declaring the worse one, Φ of a much more negative number, is left
//! out, as is usual). Everything here is closed form or a search on it;
//! nothing is random. `docs/planning.md` explains the formulas.

use serde::{Deserialize, Serialize};

use crate::problem::ProblemKind;
use crate::stats::{normal_cdf, normal_quantile};

/// The most visitors per variant the planner reports: beyond this a store
/// test is not a plan (and f64 rounding of N starts to matter).
pub const MAX_VISITORS: u64 = 1_000_000_000_000;

/// A test plan for one pair of shares (`worthit plan --json` prints it
/// under `plan`). `visitors_for_power` is `None` when no number of
/// visitors reaches the power (A and B adopt alike), `mde` when no lift
/// in the direction of B reaches it at `visitors`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestPlan {
    pub p_a: f64,
    pub p_b: f64,
    /// p_B − p_A.
    pub lift: f64,
    /// Visitors per variant.
    pub visitors: u64,
    pub confidence: f64,
    /// The chance the test declares the better variant the winner at
    /// `visitors` per variant.
    pub power: f64,
    /// The target power the next two fields are for.
    pub target_power: f64,
    /// The fewest visitors per variant with power ≥ `target_power`.
    pub visitors_for_power: Option<u64>,
    /// The smallest |lift| (from p_A, in the direction of B) with power ≥
    /// `target_power` at `visitors` per variant.
    pub mde: Option<f64>,
}

/// Why a plan cannot be made: a [`ProblemKind`] (`PlanUnit`,
/// `PlanUnitOpen`, `PlanVisitors`) that names the argument, in English for
/// the command line and translated on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanError(pub ProblemKind);

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for PlanError {}

/// z = Φ⁻¹(1 − (1 − C)/2), the two-sided critical value at confidence C.
pub fn critical_z(confidence: f64) -> f64 {
    normal_quantile(1.0 - (1.0 - confidence) / 2.0)
}

/// Checks a share, a confidence or a power: strictly between 0 and 1
/// (shares may be 0 or 1).
fn check_unit(name: &str, x: f64, closed: bool) -> Result<(), PlanError> {
    let ok = if closed {
        (0.0..=1.0).contains(&x)
    } else {
        x > 0.0 && x < 1.0
    };
    if ok {
        Ok(())
    } else if closed {
        Err(PlanError(ProblemKind::PlanUnit {
            name: name.to_string(),
            got: x,
        }))
    } else {
        Err(PlanError(ProblemKind::PlanUnitOpen {
            name: name.to_string(),
            got: x,
        }))
    }
}

/// The chance that the test, with `visitors` per variant, declares B the
/// winner when the shares are p_A and p_B (the signed form: it falls
/// towards 0 when B is worse). [`power`] is this for the better side.
pub fn power_b_wins(p_a: f64, p_b: f64, visitors: f64, confidence: f64) -> f64 {
    let delta = p_b - p_a;
    let mean = (p_a + p_b) / 2.0;
    // Multiplying numerator and denominator by √N keeps N out of the
    // square roots: (Δ√N − z√(2p̄q̄)) / √(p_A q_A + p_B q_B).
    let null_sd = (2.0 * mean * (1.0 - mean)).sqrt();
    let alt_sd = (p_a * (1.0 - p_a) + p_b * (1.0 - p_b)).sqrt();
    let numerator = delta * visitors.sqrt() - critical_z(confidence) * null_sd;
    if alt_sd > 0.0 {
        normal_cdf(numerator / alt_sd)
    } else if numerator > 0.0 {
        // Both shares are 0 or 1: the outcome is certain.
        1.0
    } else {
        0.0
    }
}

/// The power of the two-sided test (module docs): the chance it declares
/// the better variant the winner.
pub fn power(p_a: f64, p_b: f64, visitors: f64, confidence: f64) -> f64 {
    if p_b >= p_a {
        power_b_wins(p_a, p_b, visitors, confidence)
    } else {
        power_b_wins(p_b, p_a, visitors, confidence)
    }
}

/// The fewest visitors per variant with power ≥ `target`, or `None` when
/// none up to [`MAX_VISITORS`] reaches it (Δ = 0, or a tiny Δ).
///
/// Closed form: power = Φ(x) ≥ P ⇔ |Δ|√N ≥ z√(2p̄q̄) + Φ⁻¹(P)·√(p_Aq_A +
/// p_Bq_B), so N = ⌈(that sum / |Δ|)²⌉. Power rises with N (only the
/// |Δ|√N term depends on it), so the answer is then checked and moved by
/// a visitor or two against rounding: power(N) ≥ P > power(N − 1).
pub fn visitors_for_power(p_a: f64, p_b: f64, confidence: f64, target: f64) -> Option<u64> {
    let delta = (p_b - p_a).abs();
    if delta == 0.0 {
        return None;
    }
    let mean = (p_a + p_b) / 2.0;
    let null_sd = (2.0 * mean * (1.0 - mean)).sqrt();
    let alt_sd = (p_a * (1.0 - p_a) + p_b * (1.0 - p_b)).sqrt();
    let root = (critical_z(confidence) * null_sd + normal_quantile(target) * alt_sd) / delta;
    let guess = if root <= 0.0 {
        1.0
    } else {
        (root * root).ceil()
    };
    if !guess.is_finite() || guess > MAX_VISITORS as f64 {
        return None;
    }
    let reaches = |n: u64| power(p_a, p_b, n as f64, confidence) >= target;
    let mut n = (guess as u64).max(1);
    while !reaches(n) {
        n += 1;
        if n > MAX_VISITORS {
            return None;
        }
    }
    while n > 1 && reaches(n - 1) {
        n -= 1;
    }
    Some(n)
}

/// The minimum detectable effect at `visitors` per variant: the smallest
/// |lift| from p_A, in the direction `upwards` (B above A) or downwards,
/// whose power is ≥ `target`; `None` when even the largest possible lift
/// (to a share of 1 or 0) does not reach it.
///
/// Found by bisection on |Δ| to 1e-12. Power grows with |Δ| for N ≥ 2
/// (the |Δ|√N term outgrows the change in the two standard deviations;
/// checked numerically for p_A from 0.001 to 0.99); at N = 1 it can dip
/// slightly near its peak of about 0.2, far below any power worth
/// planning for.
pub fn mde(p_a: f64, visitors: f64, confidence: f64, target: f64, upwards: bool) -> Option<f64> {
    let at = |d: f64| {
        let p_b = if upwards { p_a + d } else { p_a - d };
        power(p_a, p_b, visitors, confidence)
    };
    let mut hi = if upwards { 1.0 - p_a } else { p_a };
    if hi <= 0.0 || at(hi) < target {
        return None;
    }
    let mut lo = 0.0;
    while hi - lo > 1e-12 {
        let mid = 0.5 * (lo + hi);
        if at(mid) >= target {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi)
}

/// The whole plan for one pair of shares, with its arguments checked.
pub fn plan_test(
    p_a: f64,
    p_b: f64,
    visitors: u64,
    confidence: f64,
    target_power: f64,
) -> Result<TestPlan, PlanError> {
    check_unit("p_a", p_a, true)?;
    check_unit("p_b", p_b, true)?;
    check_unit("confidence", confidence, false)?;
    check_unit("power", target_power, false)?;
    if !(1..=MAX_VISITORS).contains(&visitors) {
        return Err(PlanError(ProblemKind::PlanVisitors {
            max: MAX_VISITORS,
            got: visitors,
        }));
    }
    let n = visitors as f64;
    Ok(TestPlan {
        p_a,
        p_b,
        lift: p_b - p_a,
        visitors,
        confidence,
        power: power(p_a, p_b, n, confidence),
        target_power,
        visitors_for_power: visitors_for_power(p_a, p_b, confidence, target_power),
        mde: mde(p_a, n, confidence, target_power, p_b >= p_a),
    })
}

/// Assurance: the power averaged over uncertain shares (draws of (p_A,
/// p_B) from a posterior or a prior), in one direction for every draw.
///
/// The direction is the one most draws agree on: the sign of the mean
/// lift. A draw where the other variant is better counts the chance that
/// the test still declares the expected winner (≈ 0 for large N), so
/// assurance is the chance of the expected verdict, not of any verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct Assurance {
    /// (p_A, p_B) per draw.
    pairs: Vec<(f64, f64)>,
    /// True when B is the expected winner.
    b_expected: bool,
}

/// Why [`Assurance::visitors_for`] has no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum AssuranceError {
    /// More than `max` can ever be reached: `max` is the share of draws in
    /// the expected direction (plus the test's false-positive chance on
    /// draws with no difference). `wrong_sign` and `no_difference` are the
    /// shares of draws that cap it.
    Unreachable {
        max: f64,
        wrong_sign: f64,
        no_difference: f64,
    },
    /// Reachable in principle, but not within [`MAX_VISITORS`].
    TooManyVisitors,
    /// No draws, or a share outside [0, 1], or a bad target.
    Invalid(String),
}

impl std::fmt::Display for AssuranceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssuranceError::Unreachable {
                max,
                wrong_sign,
                no_difference,
            } => write!(
                f,
                "no number of visitors reaches that assurance: at most {:.1}% is reachable, \
                 because in {:.1}% of the draws the other variant is better and in {:.1}% \
                 there is no difference",
                100.0 * max,
                100.0 * wrong_sign,
                100.0 * no_difference
            ),
            AssuranceError::TooManyVisitors => write!(
                f,
                "that assurance needs more than {MAX_VISITORS} visitors per variant"
            ),
            AssuranceError::Invalid(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for AssuranceError {}

impl Assurance {
    /// Assurance over these draws of (p_A, p_B).
    pub fn new(pairs: impl IntoIterator<Item = (f64, f64)>) -> Result<Assurance, AssuranceError> {
        let pairs: Vec<(f64, f64)> = pairs.into_iter().collect();
        if pairs.is_empty() {
            return Err(AssuranceError::Invalid("no draws to average over".into()));
        }
        if let Some((i, _)) = pairs
            .iter()
            .enumerate()
            .find(|(_, (a, b))| !(0.0..=1.0).contains(a) || !(0.0..=1.0).contains(b))
        {
            return Err(AssuranceError::Invalid(format!(
                "draw {i} has a share outside 0 to 1"
            )));
        }
        let mean_lift = pairs.iter().map(|(a, b)| b - a).sum::<f64>() / pairs.len() as f64;
        Ok(Assurance {
            pairs,
            b_expected: mean_lift >= 0.0,
        })
    }

    /// True when B is the expected winner (the mean lift is ≥ 0).
    pub fn b_expected(&self) -> bool {
        self.b_expected
    }

    /// The mean over draws of the chance that the test declares the
    /// expected winner with `visitors` per variant.
    pub fn at(&self, visitors: f64, confidence: f64) -> f64 {
        let sum: f64 = self
            .pairs
            .iter()
            .map(|&(a, b)| {
                if self.b_expected {
                    power_b_wins(a, b, visitors, confidence)
                } else {
                    power_b_wins(b, a, visitors, confidence)
                }
            })
            .sum();
        sum / self.pairs.len() as f64
    }

    /// The shares of draws where the expected winner is worse, and where
    /// the two adopt alike.
    fn caps(&self) -> (f64, f64) {
        let n = self.pairs.len() as f64;
        let wrong = self
            .pairs
            .iter()
            .filter(|(a, b)| if self.b_expected { b < a } else { a < b })
            .count() as f64;
        let tie = self.pairs.iter().filter(|(a, b)| a == b).count() as f64;
        (wrong / n, tie / n)
    }

    /// The fewest visitors per variant with assurance ≥ `target`.
    ///
    /// As N grows, assurance tends to the share of draws in the expected
    /// direction plus (1 − C)/2 times the share with no difference; a
    /// target at or above that limit is [`AssuranceError::Unreachable`].
    /// Otherwise N is found by doubling until the target is met, then
    /// bisection in the last doubling step. Assurance rises with N when
    /// every draw favours the expected winner; with draws of the other
    /// sign it can dip first, and the answer is then the smallest N of
    /// that bracket, checked to meet the target.
    pub fn visitors_for(&self, confidence: f64, target: f64) -> Result<u64, AssuranceError> {
        if !(target > 0.0 && target < 1.0) {
            return Err(AssuranceError::Invalid(format!(
                "the target assurance must be strictly between 0 and 1, got {target}"
            )));
        }
        let (wrong_sign, no_difference) = self.caps();
        let alpha_half = (1.0 - confidence) / 2.0;
        let max = 1.0 - wrong_sign - no_difference + alpha_half * no_difference;
        if target >= max {
            return Err(AssuranceError::Unreachable {
                max,
                wrong_sign,
                no_difference,
            });
        }
        let reaches = |n: u64| self.at(n as f64, confidence) >= target;
        if reaches(1) {
            return Ok(1);
        }
        let mut lo = 1u64;
        let mut hi = 2u64;
        while !reaches(hi) {
            lo = hi;
            hi *= 2;
            if hi > MAX_VISITORS {
                return Err(AssuranceError::TooManyVisitors);
            }
        }
        // reaches(hi) and not reaches(lo).
        while hi - lo > 1 {
            let mid = lo + (hi - lo) / 2;
            if reaches(mid) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        Ok(hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_difference_is_the_false_positive_rate_of_one_side() {
        // With Δ = 0 the numerator is −z·√(2pq), the denominator √(2pq):
        // power = Φ(−z) = (1 − C)/2 for any N.
        for n in [10.0, 1e4, 1e8] {
            let p = power(0.3, 0.3, n, 0.9);
            assert!((p - 0.05).abs() < 1e-12, "{p}");
        }
        assert_eq!(visitors_for_power(0.3, 0.3, 0.9, 0.8), None);
    }

    #[test]
    fn certain_outcomes_do_not_divide_by_zero() {
        assert_eq!(power(0.0, 1.0, 10.0, 0.9), 1.0);
        assert_eq!(power(0.0, 0.0, 10.0, 0.9), 0.0);
        // √N must exceed z·√(2·½·½) = 1.645·0.707 = 1.163: N = 2.
        assert_eq!(visitors_for_power(0.0, 1.0, 0.9, 0.8), Some(2));
    }

    #[test]
    fn assurance_of_one_draw_is_its_power() {
        let a = Assurance::new([(0.035, 0.048)]).unwrap();
        let n = 5000.0;
        assert!((a.at(n, 0.9) - power(0.035, 0.048, n, 0.9)).abs() < 1e-15);
        assert_eq!(
            a.visitors_for(0.9, 0.8).unwrap(),
            visitors_for_power(0.035, 0.048, 0.9, 0.8).unwrap()
        );
    }
}

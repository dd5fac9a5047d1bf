//! Predict, then reveal, then score: an exercise may ask students for an
//! estimate before any result shows (`exercise.predict`), and this module
//! is the one place where an estimate is scored. The page, the host
//! message, the xAPI statement and the LMS package all report what
//! [`score_number`] and [`score_winner`] return.
//!
//! # The rule (documented in `docs/exercises.md`)
//!
//! For a number (`adoption_share`, `lift`), with the prediction `p`, the
//! simulated value `a` and its 95% interval `[lo, hi]`:
//!
//! - `error_points = 100 · (p − a)` (signed: positive is too high);
//! - `inside_ci95 = lo ≤ p ≤ hi`;
//! - `score = clamp(1 − miss / tolerance, 0, 1)`, where `miss` is how far
//!   `p` lies outside the interval (0 inside it).
//!
//! Measuring the miss from the interval, not from `a`, means a student is
//! never marked down for the simulation's own Monte Carlo noise: any
//! prediction the run cannot tell from its answer scores 1. The tolerance
//! is how far outside the interval the score reaches 0: 20 points for a
//! share (a share lies anywhere in 0–100%, so a blind guess of 50% is on
//! average about 25 points off and scores little), 10 points for a lift
//! (lifts of one change are a few points, rarely beyond ±20). An exercise
//! may set its own (`tolerance`, a share, 0 < t ≤ 1).
//!
//! For `winner` the score is 1 when the predicted variant is the one with
//! the higher adoption, 0 otherwise; a tie (identical adoption, lift
//! exactly 0) has no winner, so both answers score 0.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Problem, ProblemKind};
use crate::results::{Comparison, Results};

/// The default tolerance for a share prediction: 20 points.
pub const SHARE_TOLERANCE: f64 = 0.20;
/// The default tolerance for a lift prediction: 10 points.
pub const LIFT_TOLERANCE: f64 = 0.10;

/// What an exercise asks students to predict before the result shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Predict {
    /// The number to predict.
    pub metric: PredictMetric,
    /// How far outside the 95% interval (a share: 0.2 is 20 points) a
    /// prediction scores 0; absent for the metric's default (20 points for
    /// a share, 10 for a lift). Not used by `winner`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub tolerance: Option<f64>,
}

/// The predicted number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PredictMetric {
    /// The product's adoption share (`adoption.share`, 0–1).
    AdoptionShare,
    /// Compare mode: B's adoption minus A's (`comparison.lift`).
    Lift,
    /// Compare mode: which variant wins, `"a"` or `"b"`.
    Winner,
}

impl PredictMetric {
    /// The metric's name as the format writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            PredictMetric::AdoptionShare => "adoption_share",
            PredictMetric::Lift => "lift",
            PredictMetric::Winner => "winner",
        }
    }

    /// Whether it needs two variants (compare mode).
    pub fn needs_compare(self) -> bool {
        !matches!(self, PredictMetric::AdoptionShare)
    }
}

impl Predict {
    /// A prediction of `metric` with the default tolerance.
    pub fn of(metric: PredictMetric) -> Predict {
        Predict {
            metric,
            tolerance: None,
        }
    }

    /// The tolerance used for scoring: the exercise's, or the metric's
    /// default.
    pub fn tolerance(&self) -> f64 {
        self.tolerance.unwrap_or(match self.metric {
            PredictMetric::Lift => LIFT_TOLERANCE,
            _ => SHARE_TOLERANCE,
        })
    }
}

/// One variant of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Variant {
    A,
    B,
}

/// The simulated answer to a number prediction: the value and its 95%
/// interval (the Monte Carlo interval of the run: Wilson for a share, the
/// paired interval for a lift).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Observed {
    pub value: f64,
    pub ci95: [f64; 2],
}

impl Observed {
    /// The adoption share of `results`.
    pub fn share(results: &Results) -> Observed {
        Observed {
            value: results.adoption.share,
            ci95: results.adoption.ci95,
        }
    }

    /// The lift of a comparison.
    pub fn lift(comparison: &Comparison) -> Observed {
        Observed {
            value: comparison.lift,
            ci95: comparison.ci95,
        }
    }
}

/// A scored number prediction, as reported to the host and the LMS.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NumberScore {
    /// What the student predicted (a share or a lift, 0.45 is 45%).
    pub predicted: f64,
    /// The simulated value.
    pub actual: f64,
    /// The simulated value's 95% interval.
    pub ci95: [f64; 2],
    /// `100 · (predicted − actual)`: positive when the prediction was too
    /// high.
    pub error_points: f64,
    /// Whether the prediction lies inside the 95% interval.
    pub inside_ci95: bool,
    /// 0 ‥ 1 (see the module's rule).
    pub score: f64,
}

/// A scored winner prediction.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WinnerScore {
    pub predicted: Variant,
    /// The variant with the higher adoption; `None` for a tie.
    pub actual: Option<Variant>,
    /// 1 when `predicted` is `actual`, else 0.
    pub score: f64,
}

/// Scores a number prediction against the simulated value (see the
/// module's rule). A prediction that is not a finite number scores 0.
pub fn score_number(predicted: f64, observed: Observed, tolerance: f64) -> NumberScore {
    let [lo, hi] = observed.ci95;
    let (lo, hi) = (lo.min(observed.value), hi.max(observed.value));
    let miss = if predicted < lo {
        lo - predicted
    } else if predicted > hi {
        predicted - hi
    } else {
        0.0
    };
    let score = if predicted.is_finite() && tolerance > 0.0 {
        (1.0 - miss / tolerance).clamp(0.0, 1.0)
    } else {
        0.0
    };
    NumberScore {
        predicted,
        actual: observed.value,
        ci95: observed.ci95,
        error_points: 100.0 * (predicted - observed.value),
        inside_ci95: (lo..=hi).contains(&predicted),
        score,
    }
}

/// Scores a winner prediction against the lift (B − A).
pub fn score_winner(predicted: Variant, lift: f64) -> WinnerScore {
    let actual = if lift > 0.0 {
        Some(Variant::B)
    } else if lift < 0.0 {
        Some(Variant::A)
    } else {
        None
    };
    WinnerScore {
        predicted,
        actual,
        score: if actual == Some(predicted) { 1.0 } else { 0.0 },
    }
}

/// The problems of a `predict` block, with paths under `exercise.predict`.
pub(crate) fn problems(predict: &Predict) -> Vec<Problem> {
    let mut out = Vec::new();
    if let Some(t) = predict.tolerance {
        if predict.metric == PredictMetric::Winner {
            out.push(Problem::new(
                "exercise.predict.tolerance",
                ProblemKind::PredictWinnerTolerance {},
            ));
        } else if !t.is_finite() || t <= 0.0 || t > 1.0 {
            out.push(Problem::new(
                "exercise.predict.tolerance",
                ProblemKind::PredictTolerance { got: t },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn observed(value: f64, lo: f64, hi: f64) -> Observed {
        Observed {
            value,
            ci95: [lo, hi],
        }
    }

    #[test]
    fn inside_the_interval_scores_one() {
        let o = observed(0.43, 0.427, 0.433);
        for p in [0.427, 0.43, 0.433] {
            let s = score_number(p, o, SHARE_TOLERANCE);
            assert!(s.inside_ci95, "{p}");
            assert_eq!(s.score, 1.0, "{p}");
        }
        let s = score_number(0.431, o, SHARE_TOLERANCE);
        assert!((s.error_points - 0.1).abs() < 1e-9);
    }

    #[test]
    fn the_score_falls_linearly_from_the_interval() {
        let o = observed(0.43, 0.42, 0.44);
        // 10 points above the upper bound: half of the 20-point tolerance.
        let s = score_number(0.54, o, SHARE_TOLERANCE);
        assert!(!s.inside_ci95);
        assert!((s.error_points - 11.0).abs() < 1e-9);
        assert!((s.score - 0.5).abs() < 1e-12);
        // 5 points below the lower bound: a quarter.
        let s = score_number(0.37, o, SHARE_TOLERANCE);
        assert!((s.error_points + 6.0).abs() < 1e-9);
        assert!((s.score - 0.75).abs() < 1e-12);
        // The same miss on either side scores the same.
        let up = score_number(0.44 + 0.07, o, SHARE_TOLERANCE).score;
        let down = score_number(0.42 - 0.07, o, SHARE_TOLERANCE).score;
        assert!((up - down).abs() < 1e-12);
        // Further out than the tolerance: 0, never negative.
        assert_eq!(score_number(0.95, o, SHARE_TOLERANCE).score, 0.0);
        assert_eq!(score_number(0.0, o, SHARE_TOLERANCE).score, 0.0);
    }

    #[test]
    fn the_score_never_rises_as_the_prediction_moves_away() {
        let o = observed(0.3, 0.29, 0.31);
        let mut last = 1.0;
        for i in 0..=100 {
            let s = score_number(0.3 + i as f64 / 100.0 * 0.7, o, LIFT_TOLERANCE).score;
            assert!((0.0..=1.0).contains(&s));
            assert!(s <= last, "{i}");
            last = s;
        }
        assert_eq!(last, 0.0);
    }

    #[test]
    fn a_lift_uses_its_own_tolerance_and_sign() {
        let p = Predict::of(PredictMetric::Lift);
        assert_eq!(p.tolerance(), LIFT_TOLERANCE);
        let o = observed(-0.03, -0.035, -0.025);
        let s = score_number(0.0, o, p.tolerance());
        assert!((s.error_points - 3.0).abs() < 1e-9);
        assert!((s.score - 0.75).abs() < 1e-12);
        let custom = Predict {
            metric: PredictMetric::AdoptionShare,
            tolerance: Some(0.05),
        };
        assert_eq!(custom.tolerance(), 0.05);
        assert_eq!(Predict::of(PredictMetric::AdoptionShare).tolerance(), 0.2);
    }

    #[test]
    fn a_prediction_that_is_not_a_number_scores_zero() {
        let s = score_number(f64::NAN, observed(0.5, 0.49, 0.51), SHARE_TOLERANCE);
        assert_eq!(s.score, 0.0);
        assert!(!s.inside_ci95);
    }

    #[test]
    fn the_winner_is_right_or_wrong() {
        assert_eq!(score_winner(Variant::B, 0.02).score, 1.0);
        assert_eq!(score_winner(Variant::A, 0.02).score, 0.0);
        assert_eq!(score_winner(Variant::A, -0.001).score, 1.0);
        let tie = score_winner(Variant::B, 0.0);
        assert_eq!((tie.actual, tie.score), (None, 0.0));
    }

    #[test]
    fn tolerances_are_checked_by_path() {
        let bad = Predict {
            metric: PredictMetric::AdoptionShare,
            tolerance: Some(0.0),
        };
        let p = problems(&bad);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].path, "exercise.predict.tolerance");
        let winner = Predict {
            metric: PredictMetric::Winner,
            tolerance: Some(0.1),
        };
        assert_eq!(problems(&winner)[0].path, "exercise.predict.tolerance");
        assert!(problems(&Predict::of(PredictMetric::Lift)).is_empty());
    }
}

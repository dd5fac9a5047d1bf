//! Predict, then reveal, then score: the page's rules that need no browser
//! (issue 16, `docs/exercises.md`). Which prediction the page asks for in
//! single and compare mode, reading a lift typed in points, and the
//! scored prediction as the host message, the xAPI statement and the LMS
//! package carry it. Scoring itself is the engine's
//! (`worthit_engine::predict`).

use serde_json::{Value, json};
use worthit_engine::predict::{NumberScore, Variant, WinnerScore};
use worthit_engine::{Predict, PredictMetric};

/// What `?predict=` asks for: a flag (`1`, the mode's default metric) or
/// a metric by name (`lift`, `winner`, `adoption_share`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    /// `predict=1`: the mode's default ([`default_metric`]).
    Default,
    /// `predict=lift` and the like.
    Metric(PredictMetric),
}

impl Asked {
    /// The value `?predict=` carries: `1` or the metric's name.
    pub fn to_param(self) -> &'static str {
        match self {
            Asked::Default => "1",
            Asked::Metric(m) => m.as_str(),
        }
    }

    /// A metric's name as `?predict=` takes it, or `None`.
    pub fn metric(name: &str) -> Option<Asked> {
        [
            PredictMetric::AdoptionShare,
            PredictMetric::Lift,
            PredictMetric::Winner,
        ]
        .into_iter()
        .find(|m| m.as_str() == name.trim().to_ascii_lowercase())
        .map(Asked::Metric)
    }
}

/// The metric a prediction asks for when nothing names one: the adoption
/// share in single mode, the lift (B − A, in points) in compare mode,
/// since compare mode's answer is the lift and a single share would be
/// only half of it.
pub fn default_metric(compare: bool) -> PredictMetric {
    if compare {
        PredictMetric::Lift
    } else {
        PredictMetric::AdoptionShare
    }
}

/// Whether the page can ask for `metric` in this mode: the lift and the
/// winner need two variants, the adoption share only one.
pub fn fits(metric: PredictMetric, compare: bool) -> bool {
    metric.needs_compare() == compare
}

/// The prediction the page asks for, or `None`. The exercise's `predict`
/// wins when it fits the mode; then the link's `?predict=`. A metric that
/// does not fit the mode (a `lift` in single mode, an `adoption_share` in
/// compare mode) is replaced by the mode's default, with the default
/// tolerance: the author asked for a prediction, and the page asks for the
/// one it can.
pub fn spec(exercise: Option<&Predict>, asked: Option<Asked>, compare: bool) -> Option<Predict> {
    if let Some(p) = exercise {
        if fits(p.metric, compare) {
            return Some(p.clone());
        }
    }
    let wanted = match asked {
        Some(Asked::Metric(m)) if fits(m, compare) => Some(m),
        Some(_) => Some(default_metric(compare)),
        None => exercise.map(|_| default_metric(compare)),
    };
    wanted.map(Predict::of)
}

/// A lift typed in percentage points (`3`, `+2.5`, `-1,5`, `−4`) as a
/// share difference (0.03), or `None` when it is not a number from −100
/// to +100.
pub fn parse_points(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".").replace('\u{2212}', "-");
    let unsigned = text.strip_prefix('+').unwrap_or(&text);
    // One sign at most: "+-3" is a typo, not −3.
    if text.starts_with('+') && unsigned.starts_with(['+', '-']) {
        return None;
    }
    let value: f64 = unsigned.parse().ok()?;
    (value.is_finite() && (-100.0..=100.0).contains(&value)).then_some(value / 100.0)
}

/// A variant's name in reports: `"a"` or `"b"`.
pub fn variant_name(variant: Variant) -> &'static str {
    match variant {
        Variant::A => "a",
        Variant::B => "b",
    }
}

/// A scored number prediction (`adoption_share`, `lift`) as the host
/// message and the xAPI statement carry it (`docs/embedding.md`).
pub fn number_report(spec: &Predict, score: &NumberScore) -> Value {
    json!({
        "metric": spec.metric.as_str(),
        "predicted": score.predicted,
        "actual": score.actual,
        "ci95": score.ci95,
        "error_points": score.error_points,
        "inside_ci95": score.inside_ci95,
        "score": score.score,
        "tolerance": spec.tolerance(),
    })
}

/// A scored `winner` prediction: the variant predicted, the one with the
/// higher adoption (`null` for a tie) and the score (1 or 0).
pub fn winner_report(score: &WinnerScore) -> Value {
    json!({
        "metric": PredictMetric::Winner.as_str(),
        "predicted": variant_name(score.predicted),
        "actual": score.actual.map(variant_name),
        "score": score.score,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use worthit_engine::predict::{Observed, score_number, score_winner};

    #[test]
    fn the_link_asks_for_the_modes_default_or_a_named_metric() {
        assert_eq!(
            spec(None, Some(Asked::Default), false).map(|p| p.metric),
            Some(PredictMetric::AdoptionShare)
        );
        assert_eq!(
            spec(None, Some(Asked::Default), true).map(|p| p.metric),
            Some(PredictMetric::Lift)
        );
        let winner = Asked::metric("Winner");
        assert_eq!(winner, Some(Asked::Metric(PredictMetric::Winner)));
        assert_eq!(
            spec(None, winner, true).map(|p| p.metric),
            Some(PredictMetric::Winner)
        );
        // A compare-mode metric in single mode asks for the share.
        assert_eq!(
            spec(None, winner, false).map(|p| p.metric),
            Some(PredictMetric::AdoptionShare)
        );
        assert_eq!(spec(None, None, true), None);
        assert_eq!(Asked::metric("share"), None);
    }

    #[test]
    fn the_exercise_wins_when_it_fits_the_mode() {
        let lift = Predict {
            metric: PredictMetric::Lift,
            tolerance: Some(0.05),
        };
        // Its own tolerance is kept where it fits ...
        assert_eq!(
            spec(Some(&lift), Some(Asked::Default), true),
            Some(lift.clone())
        );
        assert_eq!(
            spec(
                Some(&lift),
                Some(Asked::Metric(PredictMetric::Winner)),
                true
            ),
            Some(lift.clone())
        );
        // ... and in single mode the share is asked with its default.
        assert_eq!(
            spec(Some(&lift), None, false),
            Some(Predict::of(PredictMetric::AdoptionShare))
        );
        let share = Predict::of(PredictMetric::AdoptionShare);
        // The link's metric fits compare mode where the exercise's does not.
        assert_eq!(
            spec(
                Some(&share),
                Some(Asked::Metric(PredictMetric::Winner)),
                true
            ),
            Some(Predict::of(PredictMetric::Winner))
        );
        assert_eq!(
            spec(Some(&share), None, true),
            Some(Predict::of(PredictMetric::Lift))
        );
    }

    #[test]
    fn a_lift_is_read_in_points_with_its_sign() {
        assert_eq!(parse_points("3"), Some(0.03));
        assert_eq!(parse_points(" +2.5 "), Some(0.025));
        assert_eq!(parse_points("-1,5"), Some(-0.015));
        assert_eq!(parse_points("\u{2212}4"), Some(-0.04));
        assert_eq!(parse_points("-100"), Some(-1.0));
        for bad in ["", "abc", "101", "-100.5", "NaN", "inf", "+-3", "3%"] {
            assert_eq!(parse_points(bad), None, "{bad}");
        }
    }

    #[test]
    fn reports_carry_what_was_scored() {
        let spec = Predict::of(PredictMetric::Lift);
        let observed = Observed {
            value: 0.02,
            ci95: [0.015, 0.025],
        };
        let score = score_number(0.05, observed, spec.tolerance());
        let r = number_report(&spec, &score);
        assert_eq!(r["metric"], "lift");
        assert_eq!(r["predicted"], 0.05);
        assert_eq!(r["inside_ci95"], false);
        assert_eq!(r["tolerance"], 0.1);
        assert_eq!(r["score"], score.score);
        assert!((score.score - 0.75).abs() < 1e-12);

        let r = winner_report(&score_winner(Variant::B, -0.01));
        assert_eq!(
            r,
            json!({"metric": "winner", "predicted": "b", "actual": "a", "score": 0.0})
        );
        let tie = winner_report(&score_winner(Variant::A, 0.0));
        assert_eq!(tie["actual"], Value::Null);
    }
}

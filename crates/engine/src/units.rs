//! What a utility point is worth: the optional `units` block of a scenario.
//!
//! The model works in one unit, "utility points", so value and costs can be
//! subtracted. People think in money, and an ad states its claim in its own
//! terms (a yield, a saving). `units` says how to read points that way;
//! it never changes a number the simulation computes, only how the page,
//! the command line and the results present them (`docs/model.md`, Units).
//!
//! - A money amount is `points × money_per_point`, in `currency`.
//! - A claim reads as `offset + per_point × claim` in the claim's own unit
//!   (a linear reading, so the inverse is exact and a slider can move in
//!   either unit).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::{Problem, ProblemKind};

/// How utility points read in money, and how the claim reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Units {
    /// ISO 4217 code of the currency (three capital letters: `USD`, `EUR`,
    /// `KRW`, `CNY`, `TWD`).
    pub currency: String,
    /// How much money one utility point is worth; greater than zero.
    pub money_per_point: f64,
    /// How the product's `claim` reads in the ad's own terms; omitted, a
    /// claim reads in points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claim: Option<ClaimUnit>,
}

/// A claim of `c` points reads as `offset + per_point × c` `unit`s.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimUnit {
    /// What the claim promises, as the ad would say it.
    pub kind: ClaimKind,
    /// Units of the claim per utility point; not zero.
    pub per_point: f64,
    /// The claim's reading at zero points. Default 0.
    #[serde(default)]
    pub offset: f64,
}

/// The kinds of claim an ad makes. A typed list, so the page and the
/// command line word each one the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// A yield in percent a year (a savings or investment app).
    YieldPercent,
    /// An amount of money saved or earned, in the scenario's currency.
    Money,
}

impl Units {
    /// `points` as an amount of money.
    pub fn money(&self, points: f64) -> f64 {
        points * self.money_per_point
    }

    /// An amount of money as points (the inverse of [`Units::money`]).
    pub fn points(&self, money: f64) -> f64 {
        money / self.money_per_point
    }

    /// The claim's reading in its own unit, if the scenario gives one.
    pub fn claim_reading(&self, claim_points: f64) -> Option<f64> {
        self.claim
            .as_ref()
            .map(|c| c.offset + c.per_point * claim_points)
    }

    /// The claim in points for a reading in its own unit (the inverse of
    /// [`Units::claim_reading`]).
    pub fn claim_points(&self, reading: f64) -> Option<f64> {
        self.claim
            .as_ref()
            .map(|c| (reading - c.offset) / c.per_point)
    }
}

/// The problems of a `units` block, with their paths.
pub(crate) fn problems(units: &Units) -> Vec<Problem> {
    let mut out = Vec::new();
    let code = units.currency.as_bytes();
    if code.len() != 3 || !code.iter().all(u8::is_ascii_uppercase) {
        out.push(Problem::new(
            "units.currency",
            ProblemKind::Currency {
                got: crate::problem::Quoted(units.currency.clone()),
            },
        ));
    }
    if !(units.money_per_point.is_finite() && units.money_per_point > 0.0) {
        out.push(Problem::new(
            "units.money_per_point",
            ProblemKind::NotPositiveNumber {
                got: units.money_per_point,
            },
        ));
    }
    if let Some(c) = &units.claim {
        if !(c.per_point.is_finite() && c.per_point != 0.0) {
            out.push(Problem::new(
                "units.claim.per_point",
                ProblemKind::NotNonZero { got: c.per_point },
            ));
        }
        if !c.offset.is_finite() {
            out.push(Problem::new(
                "units.claim.offset",
                ProblemKind::NotFinite { got: c.offset },
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn usd() -> Units {
        Units {
            currency: "USD".into(),
            money_per_point: 2.5,
            claim: Some(ClaimUnit {
                kind: ClaimKind::YieldPercent,
                per_point: 4.0,
                offset: -16.0,
            }),
        }
    }

    #[test]
    fn conversions_invert() {
        let u = usd();
        assert_eq!(u.money(2.0), 5.0);
        assert_eq!(u.points(5.0), 2.0);
        assert_eq!(u.claim_reading(5.0), Some(4.0));
        assert_eq!(u.claim_points(20.0), Some(9.0));
        let plain = Units {
            claim: None,
            ..usd()
        };
        assert_eq!(plain.claim_reading(5.0), None);
    }

    #[test]
    fn problems_name_their_paths() {
        let bad = Units {
            currency: "usd".into(),
            money_per_point: 0.0,
            claim: Some(ClaimUnit {
                kind: ClaimKind::Money,
                per_point: 0.0,
                offset: f64::NAN,
            }),
        };
        let paths: Vec<String> = problems(&bad).into_iter().map(|p| p.path).collect();
        assert_eq!(
            paths,
            [
                "units.currency",
                "units.money_per_point",
                "units.claim.per_point",
                "units.claim.offset"
            ]
        );
        assert!(problems(&usd()).is_empty());
    }
}

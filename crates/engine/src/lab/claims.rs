//! The claim explorer: adoption against claim strength.
//!
//! A claim at or below the value's mean changes nothing; above it, each
//! segment's perceived value rises by (1 − skepticism) · excess and its trust
//! cost by skepticism · excess² / credibility (see `docs/model.md`,
//! "Over-claiming"). Adoption therefore first rises and then falls with the
//! claim: the inverted U. The curve runs the scenario at evenly spaced
//! claims on the same simulated people, so it is smooth and its peak is
//! where the model puts it, not where the noise does.
//!
//! With a `retention` block each point also carries retained adopters, and
//! the curve marks the claim that maximises them (`best_retained`): a claim
//! lifts installs by raising expectations that use then fails, so this
//! claim is usually smaller than the one that maximises installs.

use serde::{Deserialize, Serialize};

use super::{LabOptions, run_options};
use crate::dist::{dist_mean, dist_sd};
use crate::error::ScenarioError;
use crate::scenario::Scenario;
use crate::sim::run;
use crate::validate::{MAX_MAGNITUDE, validate};

/// Fewest and most points on a curve.
const MIN_POINTS: usize = 3;
const MAX_POINTS: usize = 201;

/// Adoption at one claim strength.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ClaimPoint {
    /// The claim in utility points.
    pub claim: f64,
    /// Adoption share with this claim.
    pub adoption_share: f64,
    /// Wilson 95% interval of the share.
    pub ci95: [f64; 2],
    /// With a `retention` block: retained adopters with this claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_share: Option<f64>,
}

/// Adoption against claim strength.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimCurve {
    /// Evenly spaced claims from the value's mean to the top of
    /// [`claim_range`], in increasing order.
    pub points: Vec<ClaimPoint>,
    /// The point with the highest adoption (the first, if several tie).
    pub best: ClaimPoint,
    /// Adoption without any claim (`claim: null`); equal to the first
    /// point's, where the claim equals the mean.
    pub no_claim_share: f64,
    /// The scenario's own claim and its adoption, when it has one.
    pub current: Option<ClaimPoint>,
    /// With a `retention` block: the point with the most retained
    /// adopters (the first, if several tie).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_retained: Option<ClaimPoint>,
    /// People simulated per point.
    pub users: u64,
}

/// The claims a curve covers: from the value's mean (a claim of what people
/// already expect, so no effect) to mean + 4 · max(sd, 1), extended to the
/// scenario's own claim if that is higher, and kept within the format's
/// magnitude limit.
pub fn claim_range(scenario: &Scenario) -> (f64, f64) {
    let mean = dist_mean(&scenario.product.value);
    let sd = dist_sd(&scenario.product.value);
    let mut hi = mean + 4.0 * sd.max(1.0);
    if let Some(c) = scenario.product.claim.filter(|c| c.is_finite()) {
        hi = hi.max(c);
    }
    let lo = mean.clamp(-MAX_MAGNITUDE, MAX_MAGNITUDE);
    let hi = hi.clamp(lo, MAX_MAGNITUDE);
    (lo, hi)
}

/// A claim curve in progress: call [`step`](Self::step) until it returns
/// true, then [`finish`](Self::finish). Each step runs one claim.
#[derive(Debug, Clone)]
pub struct ClaimCurveRun {
    base: Scenario,
    claims: Vec<f64>,
    next: usize,
    points: Vec<ClaimPoint>,
    no_claim_share: f64,
    current: Option<ClaimPoint>,
}

impl ClaimCurveRun {
    /// Validates the scenario and lays out `points` claims (clamped to
    /// 3..=201) over [`claim_range`]. The no-claim run and the scenario's
    /// own claim are evaluated by the first step.
    pub fn new(
        scenario: &Scenario,
        options: &LabOptions,
        points: usize,
    ) -> Result<ClaimCurveRun, ScenarioError> {
        validate(scenario)?;
        let base = options.capped(scenario);
        let n = points.clamp(MIN_POINTS, MAX_POINTS);
        let (lo, hi) = claim_range(&base);
        let claims = (0..n)
            .map(|i| lo + (hi - lo) * i as f64 / (n - 1) as f64)
            .collect();
        Ok(ClaimCurveRun {
            base,
            claims,
            next: 0,
            points: Vec::with_capacity(n),
            no_claim_share: f64::NAN,
            current: None,
        })
    }

    /// Number of claims on the curve (plus one step for the no-claim and
    /// current runs).
    pub fn total(&self) -> usize {
        self.claims.len() + 1
    }

    /// Steps done so far.
    pub fn done(&self) -> usize {
        self.next
    }

    /// People simulated per point.
    pub fn users(&self) -> u64 {
        self.base.users
    }

    /// Adoption with `claim`, or None if the run is refused (it is not:
    /// the base is valid and claims stay within the limits).
    fn at(&self, claim: Option<f64>) -> Option<ClaimPoint> {
        let mut s = self.base.clone();
        s.product.claim = claim;
        let r = run(&s, &run_options()).ok()?;
        Some(ClaimPoint {
            claim: claim.unwrap_or(f64::NAN),
            adoption_share: r.adoption.share,
            ci95: r.adoption.ci95,
            retained_share: r.retention.as_ref().map(|x| x.retained_share),
        })
    }

    /// Runs the next claim; true when the curve is complete.
    pub fn step(&mut self) -> bool {
        if self.next == 0 {
            self.no_claim_share = self.at(None).map_or(f64::NAN, |p| p.adoption_share);
            self.current = self.base.product.claim.and_then(|c| self.at(Some(c)));
        } else if let Some(&c) = self.claims.get(self.next - 1) {
            if let Some(p) = self.at(Some(c)) {
                self.points.push(p);
            }
        }
        self.next = (self.next + 1).min(self.total());
        self.next >= self.total()
    }

    /// The curve of the claims run so far, with the best marked. Finished
    /// before any claim ran (a cancelled run), `best` and `no_claim_share`
    /// are NaN.
    pub fn finish(self) -> ClaimCurve {
        let best = self
            .points
            .iter()
            .copied()
            .reduce(|b, p| {
                if p.adoption_share > b.adoption_share {
                    p
                } else {
                    b
                }
            })
            .unwrap_or(ClaimPoint {
                claim: f64::NAN,
                adoption_share: f64::NAN,
                ci95: [f64::NAN, f64::NAN],
                retained_share: None,
            });
        let best_retained = self
            .points
            .iter()
            .copied()
            .filter(|p| p.retained_share.is_some())
            .reduce(|b, p| {
                if p.retained_share > b.retained_share {
                    p
                } else {
                    b
                }
            });
        ClaimCurve {
            points: self.points,
            best,
            no_claim_share: self.no_claim_share,
            current: self.current,
            best_retained,
            users: self.base.users,
        }
    }
}

/// Adoption against claim strength for `points` evenly spaced claims over
/// [`claim_range`] (3..=201 points), each run on the same min(users,
/// `options.max_users`) people, with the best claim marked.
pub fn claim_curve(
    scenario: &Scenario,
    options: &LabOptions,
    points: usize,
) -> Result<ClaimCurve, ScenarioError> {
    let mut run = ClaimCurveRun::new(scenario, options, points)?;
    while !run.step() {}
    Ok(run.finish())
}

//! Range checks that serde cannot express. Every problem is reported, each
//! with its JSON path and what was expected, so a scenario can be fixed in
//! one pass; nothing here panics, whatever the numbers.
//!
//! The limits are part of the scenario contract (`docs/scenario-format.md`
//! lists them): they keep a run's memory and time bounded and every number
//! the simulation computes finite.

use crate::error::{Problem, ProblemKind as K, ScenarioError};
use crate::problem::{Names, Quoted};
use crate::scenario::{
    COST_NAMES, CostKind, Costs, Decision, Diffusion, Dist, Product, Retention, SCHEMA_VERSION,
    Scenario, Segment, Weights,
};

/// Most simulated people in one run.
pub const MAX_USERS: u64 = 100_000_000;
/// Most alternatives a scenario may list.
pub const MAX_ALTERNATIVES: usize = 16;
/// Most audience segments.
pub const MAX_SEGMENTS: usize = 16;
/// Most store screenshots on the product page.
pub const MAX_SCREENSHOTS: usize = 10;
/// Most entries in `product.screenshot_effects`.
pub const MAX_SCREENSHOT_EFFECTS: usize = 32;
/// Longest adoption-over-time run, in periods (ten years of weeks).
pub const MAX_PERIODS: u32 = 520;
/// Largest magnitude of any number in a scenario. Utility points are small
/// numbers (the presets stay below 20); the bound keeps squares and sums of
/// inputs far from overflowing to infinity.
pub const MAX_MAGNITUDE: f64 = 1e6;

/// The built-in screenshot kinds a scenario may name without defining them
/// in `product.screenshot_effects` (their effects live with the simulation).
pub use crate::screenshots::BUILTIN_SCREENSHOT_KINDS;

/// Checks every limit of the scenario, returning all problems at once.
pub fn validate(scenario: &Scenario) -> Result<(), ScenarioError> {
    ScenarioError::from_problems(problems(scenario))
}

/// Every problem of the scenario, in document order; empty when valid.
pub fn problems(scenario: &Scenario) -> Vec<Problem> {
    let mut c = Checker::default();
    c.scenario(scenario);
    c.problems
}

/// Which role a distribution plays: costs have extra rules (never
/// negative on average, since they are clamped at zero per person).
#[derive(Clone, Copy, PartialEq)]
enum Role {
    Value,
    Cost,
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn push(&mut self, path: &str, kind: K) {
        self.problems.push(Problem::new(path, kind));
    }

    fn scenario(&mut self, s: &Scenario) {
        // A scenario made in the editor (a pasted title, say) must fit the
        // one size limit every way in checks, or the page would write a
        // share link or storage entry it then refuses. Scenarios are a few
        // kilobytes, so writing one out costs microseconds.
        let len = serde_json::to_string(s).map_or(0, |t| t.len());
        if let Err(e) = crate::input::check_size(len) {
            self.problems.extend(e.problems);
        }
        if s.schema != SCHEMA_VERSION {
            self.push(
                "schema",
                K::VersionUnsupported {
                    format: crate::problem::Format::Scenario,
                    got: s.schema.to_string(),
                    version: u64::from(SCHEMA_VERSION),
                },
            );
        }
        if !(1..=MAX_USERS).contains(&s.users) {
            self.push(
                "users",
                K::UsersRange {
                    max: MAX_USERS,
                    got: s.users,
                },
            );
        }
        self.product(&s.product);
        if s.alternatives.len() > MAX_ALTERNATIVES {
            self.push(
                "alternatives",
                K::TooManyAlternatives {
                    max: MAX_ALTERNATIVES as u64,
                    got: s.alternatives.len() as u64,
                },
            );
        }
        for (i, alt) in s.alternatives.iter().enumerate() {
            let path = format!("alternatives[{i}]");
            self.dist(&format!("{path}.value"), &alt.value, Role::Value);
            self.costs(&format!("{path}.costs"), &alt.costs);
        }
        self.segments(&s.segments);
        self.decision(&s.decision);
        if let Some(d) = &s.diffusion {
            self.diffusion(d);
        }
        if let Some(u) = &s.units {
            self.problems.extend(crate::units::problems(u));
        }
        if let Some(r) = &s.retention {
            self.retention(r);
        }
        if let Some(e) = &s.exercise {
            self.problems.extend(crate::exercise::problems(e, s));
        }
        if let Some(c) = &s.calibration {
            self.problems
                .extend(crate::calibrate::block::problems(c, s));
        }
        self.problems.extend(crate::copula::problems(s));
    }

    fn product(&mut self, p: &Product) {
        self.dist("product.value", &p.value, Role::Value);
        if let Some(e) = &p.experience {
            self.dist("product.experience", e, Role::Value);
        }
        if let Some(claim) = p.claim {
            self.number("product.claim", claim);
        }
        if self.number("product.credibility", p.credibility) && p.credibility <= 0.0 {
            self.push("product.credibility", K::NotPositive { got: p.credibility });
        }
        self.costs("product.costs", &p.costs);
        if p.screenshots.len() > MAX_SCREENSHOTS {
            self.push(
                "product.screenshots",
                K::TooManyScreenshots {
                    max: MAX_SCREENSHOTS as u64,
                    got: p.screenshots.len() as u64,
                },
            );
        }
        for (i, kind) in p.screenshots.iter().enumerate() {
            let known = BUILTIN_SCREENSHOT_KINDS.contains(&kind.as_str())
                || p.screenshot_effects.contains_key(kind);
            if !known {
                self.push(
                    &format!("product.screenshots[{i}]"),
                    K::UnknownScreenshot {
                        kind: Quoted(kind.clone()),
                        builtin: Names(
                            BUILTIN_SCREENSHOT_KINDS
                                .iter()
                                .map(|k| k.to_string())
                                .collect(),
                        ),
                    },
                );
            }
        }
        if p.screenshot_effects.len() > MAX_SCREENSHOT_EFFECTS {
            self.push(
                "product.screenshot_effects",
                K::TooManyScreenshotKinds {
                    max: MAX_SCREENSHOT_EFFECTS as u64,
                    got: p.screenshot_effects.len() as u64,
                },
            );
        }
        for (kind, effect) in &p.screenshot_effects {
            let path = format!("product.screenshot_effects{}", key_segment(kind));
            self.number(&format!("{path}.value"), effect.value);
            self.number(&format!("{path}.trust"), effect.trust);
            let clarity = format!("{path}.clarity");
            if self.number(&clarity, effect.clarity) && effect.clarity <= 0.0 {
                self.push(
                    &clarity,
                    K::ClarityNotPositive {
                        got: effect.clarity,
                    },
                );
            }
        }
    }

    fn costs(&mut self, path: &str, costs: &Costs) {
        for kind in CostKind::ALL {
            if let Some(d) = costs.get(kind) {
                self.dist(&format!("{path}.{}", kind.name()), d, Role::Cost);
            }
        }
    }

    fn segments(&mut self, segments: &[Segment]) {
        if segments.len() > MAX_SEGMENTS {
            self.push(
                "segments",
                K::TooManySegments {
                    max: MAX_SEGMENTS as u64,
                    got: segments.len() as u64,
                },
            );
        }
        let mut any_positive = false;
        let mut all_shares_valid = true;
        for (i, s) in segments.iter().enumerate() {
            let path = format!("segments[{i}]");
            let share = format!("{path}.share");
            if self.number(&share, s.share) {
                if s.share < 0.0 {
                    all_shares_valid = false;
                    self.push(&share, K::Negative { got: s.share });
                } else if s.share > 0.0 {
                    any_positive = true;
                }
            } else {
                all_shares_valid = false;
            }
            self.weights(&format!("{path}.weights"), &s.weights);
            self.unit_interval(&format!("{path}.skepticism"), s.skepticism);
            let viewed = format!("{path}.screenshots_viewed");
            if self.number(&viewed, s.screenshots_viewed)
                && !(0.0..=MAX_SCREENSHOTS as f64).contains(&s.screenshots_viewed)
            {
                self.push(
                    &viewed,
                    K::ViewedRange {
                        max: MAX_SCREENSHOTS as u64,
                        got: s.screenshots_viewed,
                    },
                );
            }
        }
        // Shares are relative sizes normalised to sum to 1, so they need a
        // positive total; only say so when each share is otherwise fine, to
        // avoid two messages for one mistake.
        if !segments.is_empty() && all_shares_valid && !any_positive {
            self.push("segments", K::NoPositiveShare {});
        }
    }

    fn weights(&mut self, path: &str, w: &Weights) {
        let named = std::iter::once(("value", w.value)).chain(
            CostKind::ALL
                .iter()
                .map(|&k| (COST_NAMES[k as usize], w.cost(k))),
        );
        for (name, x) in named {
            let p = format!("{path}.{name}");
            if self.number(&p, x) && x < 0.0 {
                self.push(&p, K::Negative { got: x });
            }
        }
    }

    fn decision(&mut self, d: &Decision) {
        if let Decision::Logit { temperature } = *d {
            let p = "decision.temperature";
            if self.number(p, temperature) && temperature <= 0.0 {
                self.push(p, K::NotPositive { got: temperature });
            }
        }
    }

    fn diffusion(&mut self, d: &Diffusion) {
        if !(1..=MAX_PERIODS).contains(&d.periods) {
            self.push(
                "diffusion.periods",
                K::PeriodsRange {
                    max: u64::from(MAX_PERIODS),
                    got: u64::from(d.periods),
                },
            );
        }
        self.unit_interval("diffusion.p", d.p);
        self.unit_interval("diffusion.q", d.q);
        self.unit_interval("diffusion.social_proof", d.social_proof);
    }

    fn retention(&mut self, r: &Retention) {
        if !(1..=MAX_PERIODS).contains(&r.periods) {
            self.push(
                "retention.periods",
                K::PeriodsRange {
                    max: u64::from(MAX_PERIODS),
                    got: u64::from(r.periods),
                },
            );
        }
        self.unit_interval("retention.notice", r.notice);
        for (i, name) in r.recurring.iter().enumerate() {
            let path = format!("retention.recurring[{i}]");
            if !COST_NAMES.contains(&name.as_str()) {
                self.push(
                    &path,
                    K::UnknownCost {
                        name: Quoted(name.clone()),
                        costs: Names(COST_NAMES.iter().map(|c| c.to_string()).collect()),
                    },
                );
            } else if r.recurring[..i].contains(name) {
                self.push(
                    &path,
                    K::ListedTwiceQuoted {
                        name: Quoted(name.clone()),
                    },
                );
            }
        }
        self.costs("retention.costs", &r.costs);
        for kind in CostKind::ALL {
            if r.costs.get(kind).is_some() && !r.recurring.iter().any(|n| n == kind.name()) {
                self.push(
                    &format!("retention.costs.{}", kind.name()),
                    K::CostNotRecurring {
                        name: Quoted(kind.name().to_string()),
                    },
                );
            }
        }
    }

    fn dist(&mut self, path: &str, d: &Dist, role: Role) {
        let at = |field: &str| format!("{path}.{field}");
        match *d {
            Dist::Fixed { value } => {
                if self.number(&at("value"), value) && role == Role::Cost && value < 0.0 {
                    self.push(&at("value"), K::CostNegative { got: value });
                }
            }
            Dist::Normal { mean, sd } => {
                let mean_ok = self.number(&at("mean"), mean);
                self.sd(&at("sd"), sd);
                if mean_ok && role == Role::Cost && mean < 0.0 {
                    self.push(&at("mean"), K::CostMeanNegative { got: mean });
                }
            }
            Dist::Lognormal { mean, sd } => {
                let mean_ok = self.number(&at("mean"), mean);
                let sd_ok = self.sd(&at("sd"), sd);
                if mean_ok && sd_ok {
                    if sd == 0.0 && mean < 0.0 {
                        self.push(&at("mean"), K::LognormalNegative { got: mean });
                    } else if sd > 0.0 && mean <= 0.0 {
                        self.push(&at("mean"), K::LognormalMean { got: mean });
                    } else if sd > 0.0 && !(1.0 + (sd / mean).powi(2)).is_finite() {
                        // The log-scale sigma is sqrt(ln(1 + (sd/mean)^2));
                        // beyond this the simulation would see infinity.
                        self.push(&at("sd"), K::LognormalSpread { sd, mean });
                    }
                }
            }
            Dist::Uniform { min, max } => {
                let ok = self.number(&at("min"), min) & self.number(&at("max"), max);
                if ok && min > max {
                    self.push(&at("max"), K::BelowMin { min, got: max });
                }
                if ok && role == Role::Cost && min + max < 0.0 {
                    self.push(
                        path,
                        K::CostUniformMean {
                            got: (min + max) / 2.0,
                        },
                    );
                }
            }
            Dist::Triangular { min, mode, max } => {
                let ok = self.number(&at("min"), min)
                    & self.number(&at("mode"), mode)
                    & self.number(&at("max"), max);
                if ok && min > mode {
                    self.push(&at("mode"), K::BelowMin { min, got: mode });
                }
                if ok && mode > max {
                    self.push(&at("max"), K::BelowMode { mode, got: max });
                }
                if ok && role == Role::Cost && min + mode + max < 0.0 {
                    self.push(
                        path,
                        K::CostTriangularMean {
                            got: (min + mode + max) / 3.0,
                        },
                    );
                }
            }
        }
    }

    /// A standard deviation: finite and ≥ 0. Returns whether it is usable.
    fn sd(&mut self, path: &str, sd: f64) -> bool {
        if !self.number(path, sd) {
            return false;
        }
        if sd < 0.0 {
            self.push(path, K::SdNegative { got: sd });
            return false;
        }
        true
    }

    /// A probability-like number in 0..=1.
    fn unit_interval(&mut self, path: &str, x: f64) {
        if self.number(path, x) && !(0.0..=1.0).contains(&x) {
            self.push(path, K::UnitRange { got: x });
        }
    }

    /// Every number must be finite and within ±[`MAX_MAGNITUDE`]. Returns
    /// whether it is, so callers add range checks only for real numbers.
    fn number(&mut self, path: &str, x: f64) -> bool {
        if !x.is_finite() {
            self.push(path, K::NotFinite { got: x });
            false
        } else if x.abs() > MAX_MAGNITUDE {
            self.push(
                path,
                K::Magnitude {
                    max: MAX_MAGNITUDE,
                    got: x,
                },
            );
            false
        } else {
            true
        }
    }
}

/// The path segment for a map key: `.key` when the key is a plain
/// identifier, `["key"]` otherwise, so any key gives an unambiguous path.
pub(crate) fn key_segment(key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", serde_json::to_string(key).unwrap_or_default())
    }
}

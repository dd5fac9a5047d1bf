//! The scenario's optional `calibration` block: which inputs to fit, what
//! real people did, and (once fitted) the posterior draws. Validation names
//! every problem by its JSON path under `calibration`.
//!
//! The block never changes a plain run: the simulation ignores it. Only
//! [`crate::calibrate`] (the fit) and [`crate::calibrate::uncertainty`] (the
//! interval that includes parameter uncertainty) read it.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Problem, ProblemKind as K};
use crate::params::{get_number, set_value};
use crate::problem::Names;
use crate::scenario::Scenario;
use crate::validate::key_segment;

/// Most inputs one fit may estimate: the grid's cost grows as a power of
/// their number.
pub const MAX_FIT: usize = 3;
/// Most observations in one block.
pub const MAX_OBSERVED: usize = 16;
/// Most posterior draws a scenario may carry.
pub const MAX_DRAWS: usize = 1000;

/// What to fit and to what (`docs/calibration.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalibrationBlock {
    /// 1 to 3 numeric inputs to estimate, by dotted path
    /// (`product.value.mean`, `product.screenshot_effects.gameplay.value`).
    #[schemars(length(min = 1, max = 3))]
    pub fit: Vec<String>,
    /// What real people did: each entry is the scenario with `set` applied,
    /// seen by `users` people of whom `adopters` adopted.
    #[schemars(length(min = 1, max = 16))]
    pub observed: Vec<Observation>,
    /// Written by `worthit calibrate`: equally weighted draws of the fitted
    /// inputs from their posterior.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub posterior: Option<Posterior>,
}

/// One observed count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// People who saw this version (at least 1).
    pub users: u64,
    /// Of them, people who adopted (at most `users`).
    pub adopters: u64,
    /// Of the adopters, people still using the product at the retention
    /// horizon (at most `adopters`): a store listing experiment's
    /// "retained first-time installers". Needs a `retention` block; the
    /// likelihood then adds a binomial of these among the adopters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained: Option<u64>,
    /// Inputs that differ in this version, by dotted path → any JSON value
    /// (`{"product.screenshots": ["gameplay"]}`); empty for the scenario as
    /// it is.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub set: BTreeMap<String, Value>,
}

/// Equally weighted posterior draws of the fitted inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Posterior {
    /// The inputs, in the order of each draw's numbers (the block's `fit`).
    pub inputs: Vec<String>,
    /// One row per draw, one number per input.
    #[schemars(length(max = 1000))]
    pub draws: Vec<Vec<f64>>,
}

/// The scenario without its calibration block: the base every observation
/// and every fitted value is applied to (and, without the block,
/// validating it cannot recurse into the block again).
pub fn without_block(s: &Scenario) -> Scenario {
    let mut base = s.clone();
    base.calibration = None;
    base
}

/// The scenario seen by observation `obs`: `base` with its `set` applied
/// in key order. Problems are placed under the observation's `set` entry,
/// the inner path kept in the message.
pub fn observation_scenario(
    base: &Scenario,
    obs: &Observation,
    index: usize,
) -> Result<Scenario, Vec<Problem>> {
    let mut s = base.clone();
    for (path, v) in &obs.set {
        let at = format!("calibration.observed[{index}].set{}", key_segment(path));
        s = set_value(&s, path, v).map_err(|e| {
            e.problems
                .into_iter()
                .map(|p| {
                    Problem::new(
                        at.clone(),
                        K::SetInvalid {
                            problem: Box::new(p),
                        },
                    )
                })
                .collect::<Vec<_>>()
        })?;
    }
    Ok(s)
}

/// Every problem of the block, with paths under `calibration`.
pub(crate) fn problems(block: &CalibrationBlock, scenario: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    fn push(out: &mut Vec<Problem>, path: String, kind: K) {
        out.push(Problem::new(path, kind));
    }
    let base = without_block(scenario);

    if block.fit.is_empty() {
        push(&mut out, "calibration.fit".into(), K::FitEmpty {});
    } else if block.fit.len() > MAX_FIT {
        push(
            &mut out,
            "calibration.fit".into(),
            K::TooManyInputs {
                max: MAX_FIT as u64,
                got: block.fit.len() as u64,
            },
        );
    }
    for (i, path) in block.fit.iter().enumerate() {
        let at = format!("calibration.fit[{i}]");
        if block.fit[..i].contains(path) {
            push(&mut out, at, K::ListedTwice { name: path.clone() });
        } else if let Err(e) = get_number(&base, path) {
            push(&mut out, at, fit_message(path, &e));
        }
    }

    if block.observed.is_empty() {
        push(&mut out, "calibration.observed".into(), K::ObservedEmpty {});
    } else if block.observed.len() > MAX_OBSERVED {
        push(
            &mut out,
            "calibration.observed".into(),
            K::TooManyObservations {
                max: MAX_OBSERVED as u64,
                got: block.observed.len() as u64,
            },
        );
    }
    for (i, obs) in block.observed.iter().enumerate() {
        let at = format!("calibration.observed[{i}]");
        if obs.users == 0 {
            push(&mut out, format!("{at}.users"), K::ObservedNoUsers {});
        }
        if obs.adopters > obs.users {
            push(
                &mut out,
                format!("{at}.adopters"),
                K::AdoptersOverUsers {
                    users: obs.users,
                    got: obs.adopters,
                },
            );
        }
        if let Some(r) = obs.retained
            && r > obs.adopters
        {
            push(
                &mut out,
                format!("{at}.retained"),
                K::RetainedOverAdopters {
                    adopters: obs.adopters,
                    got: r,
                },
            );
        }
        match observation_scenario(&base, obs, i) {
            Err(ps) => out.extend(ps),
            Ok(s) => {
                if obs.retained.is_some() && s.retention.is_none() {
                    push(
                        &mut out,
                        format!("{at}.retained"),
                        K::RetainedNeedsRetention {},
                    );
                }
                // A `set` may change a distribution's kind, so every fitted
                // input must still exist in this version.
                for (j, path) in block.fit.iter().enumerate() {
                    if get_number(&base, path).is_ok() {
                        if let Err(e) = get_number(&s, path) {
                            out.push(Problem::new(
                                format!("{at}.set"),
                                K::SetLosesFit {
                                    index: j as u64,
                                    why: Box::new(fit_message(path, &e)),
                                },
                            ));
                        }
                    }
                }
            }
        }
    }
    if let Some(p) = &block.posterior {
        out.extend(posterior_problems(p, &block.fit));
    }
    out
}

fn fit_message(path: &str, e: &crate::error::ScenarioError) -> K {
    let why = e
        .problems
        .first()
        .map(|p| p.kind.clone())
        .unwrap_or_default();
    K::CannotFit {
        path: path.to_string(),
        why: Box::new(why),
    }
}

fn posterior_problems(p: &Posterior, fit: &[String]) -> Vec<Problem> {
    let mut out = Vec::new();
    if p.inputs != fit {
        out.push(Problem::new(
            "calibration.posterior.inputs",
            K::PosteriorInputs {
                inputs: Names(fit.to_vec()),
            },
        ));
    }
    if p.draws.is_empty() || p.draws.len() > MAX_DRAWS {
        out.push(Problem::new(
            "calibration.posterior.draws",
            K::PosteriorDraws {
                max: MAX_DRAWS as u64,
                got: p.draws.len() as u64,
            },
        ));
    }
    for (i, row) in p.draws.iter().enumerate() {
        let at = format!("calibration.posterior.draws[{i}]");
        if row.len() != p.inputs.len() {
            out.push(Problem::new(
                at,
                K::DrawLength {
                    inputs: p.inputs.len() as u64,
                    got: row.len() as u64,
                },
            ));
        } else if let Some(x) = row.iter().find(|x| !x.is_finite()) {
            out.push(Problem::new(at, K::DrawNotFinite { got: *x }));
        }
        // One message is enough to show the shape is wrong.
        if out.len() > 4 {
            break;
        }
    }
    out
}

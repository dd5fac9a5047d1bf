//! "Which screenshot next?": the lift of inserting each kind at each
//! position of the current strip.
//!
//! For a strip of length L < 10 every kind k and position p in 0..=L gives
//! a candidate strip (the current one with k inserted before position p).
//! Each candidate is compared with the current scenario on the same
//! simulated people ([`crate::compare::CompareSimulation`]), which gives
//! its adoption share, the lift with its paired 95% interval and P(better).
//! Inserting k right before or right after an existing k gives the same
//! strip; such duplicates are evaluated once, at the first position.

use serde::{Deserialize, Serialize};

use super::plausible::{Plausible, PlausibleRun, RANK_DRAWS};
use super::{LabOptions, run_options};
use crate::compare::CompareSimulation;
use crate::error::ScenarioError;
use crate::scenario::Scenario;
use crate::screenshots::BUILTIN_SCREENSHOT_KINDS;
use crate::validate::{MAX_SCREENSHOTS, validate};

/// One candidate: `kind` inserted at `position` (0-based; `position ==`
/// strip length appends it), against the current strip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScreenshotOption {
    pub kind: String,
    /// 0-based index the new screenshot takes in the strip.
    pub position: usize,
    /// Adoption share with the screenshot inserted.
    pub adoption_share: f64,
    /// adoption_share minus the current share, on the same people.
    pub lift: f64,
    /// Paired 95% interval of the lift.
    pub ci95: [f64; 2],
    /// Probability that the candidate's true adoption exceeds the current.
    pub p_better: f64,
    /// With a `retention` block: the same for retained adopters (a
    /// screenshot that wins installs by raising expectations can lose
    /// users).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained: Option<RetainedOption>,
    /// The candidate over plausible versions of what the model does not
    /// know (the screenshot effects' prior, or a calibration posterior):
    /// intervals and how often it is the best ([`super::plausible`]).
    /// Absent in documents written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plausible: Option<Plausible>,
}

/// Retained adopters with a candidate screenshot, against the current
/// strip on the same people.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct RetainedOption {
    /// Retained adopters with the screenshot inserted.
    pub retained_share: f64,
    /// retained_share minus the current strip's.
    pub lift: f64,
    /// Paired 95% interval of the lift.
    pub ci95: [f64; 2],
    /// Probability that the candidate keeps more users than the current.
    pub p_better: f64,
}

/// The kinds a strip editor offers: the built-in kinds in their listed
/// order, then the scenario's own kinds from `product.screenshot_effects`
/// (in key order) that are not built in.
pub fn candidate_kinds(scenario: &Scenario) -> Vec<String> {
    let mut kinds: Vec<String> = BUILTIN_SCREENSHOT_KINDS
        .iter()
        .map(|k| k.to_string())
        .collect();
    for k in scenario.product.screenshot_effects.keys() {
        if !kinds.contains(k) {
            kinds.push(k.clone());
        }
    }
    kinds
}

/// A "which screenshot next?" evaluation in progress: call
/// [`step`](Self::step) until it returns true, then
/// [`finish`](Self::finish). Each step evaluates one candidate.
#[derive(Debug, Clone)]
pub struct NextScreenshotRun {
    base: Scenario,
    candidates: Vec<(String, usize)>,
    next: usize,
    out: Vec<ScreenshotOption>,
    /// The candidate index of each entry of `out`.
    out_index: Vec<usize>,
    /// The ranking over plausible draws, after the candidates.
    plausible: Option<PlausibleRun>,
}

impl NextScreenshotRun {
    /// Validates the scenario and lists the candidates. A full strip (10
    /// screenshots) has none.
    pub fn new(
        scenario: &Scenario,
        options: &LabOptions,
    ) -> Result<NextScreenshotRun, ScenarioError> {
        validate(scenario)?;
        let base = options.capped(scenario);
        let strip = &base.product.screenshots;
        let mut candidates = Vec::new();
        let mut seen: Vec<Vec<String>> = Vec::new();
        if strip.len() < MAX_SCREENSHOTS {
            for kind in candidate_kinds(&base) {
                for position in 0..=strip.len() {
                    let new = inserted(strip, &kind, position);
                    if !seen.contains(&new) {
                        seen.push(new);
                        candidates.push((kind.clone(), position));
                    }
                }
            }
        }
        let plausible = (!candidates.is_empty()).then(|| {
            let strips = candidates
                .iter()
                .map(|(k, p)| inserted(strip, k, *p))
                .collect();
            PlausibleRun::new(scenario, strips, RANK_DRAWS)
        });
        Ok(NextScreenshotRun {
            base,
            candidates,
            next: 0,
            out: Vec::new(),
            out_index: Vec::new(),
            plausible,
        })
    }

    /// Evaluations in all: every candidate, then every plausible draw
    /// (each of which evaluates every candidate on fewer people).
    pub fn total(&self) -> usize {
        self.candidates.len() + self.plausible.as_ref().map_or(0, PlausibleRun::total)
    }

    /// Evaluations done so far, in the unit of [`Self::total`].
    pub fn done(&self) -> usize {
        self.next + self.plausible.as_ref().map_or(0, PlausibleRun::done)
    }

    /// People simulated per evaluation.
    pub fn users(&self) -> u64 {
        self.base.users
    }

    /// Evaluates the next candidate, or once all are, the next plausible
    /// draw; true when all are done.
    pub fn step(&mut self) -> bool {
        if self.next >= self.candidates.len() {
            return self.plausible.as_mut().is_none_or(PlausibleRun::step);
        }
        if let Some((kind, position)) = self.candidates.get(self.next).cloned() {
            self.next += 1;
            let mut b = self.base.clone();
            b.product.screenshots = inserted(&self.base.product.screenshots, &kind, position);
            // The candidate differs from a valid scenario only by a known
            // kind in a strip that has room, so it is valid; should that
            // ever not hold, the candidate is left out rather than panic.
            if let Ok(mut sim) = CompareSimulation::new(&self.base, &b, &run_options()) {
                while !sim.step() {}
                let r = sim.finish();
                self.out.push(ScreenshotOption {
                    kind,
                    position,
                    adoption_share: r.b.adoption.share,
                    lift: r.comparison.lift,
                    ci95: r.comparison.ci95,
                    p_better: r.comparison.p_b_better,
                    retained: r
                        .retained_comparison
                        .as_ref()
                        .zip(r.b.retention.as_ref())
                        .map(|(k, kept)| RetainedOption {
                            retained_share: kept.retained_share,
                            lift: k.lift,
                            ci95: k.ci95,
                            p_better: k.p_b_better,
                        }),
                    plausible: None,
                });
                self.out_index.push(self.next - 1);
            }
        }
        self.next >= self.candidates.len() && self.plausible.is_none()
    }

    /// The candidates evaluated so far, best first: by lift, then by
    /// position (earlier first), then in the order kinds are listed.
    pub fn finish(self) -> Vec<ScreenshotOption> {
        let mut out = self.out;
        // The plausible draws, when they all ran (a run stopped early
        // reports the ranking alone).
        if let Some(p) = self.plausible.filter(|p| p.done() == p.total()) {
            let all = p.finish();
            for (o, &c) in out.iter_mut().zip(&self.out_index) {
                o.plausible = all.get(c).cloned();
            }
        }
        // A stable sort keeps the listing order among equal lifts and
        // positions.
        crate::sort::sort_by(&mut out, |x, y| {
            y.lift.total_cmp(&x.lift).then(x.position.cmp(&y.position))
        });
        out
    }
}

/// The strip with `kind` inserted before `position`.
fn inserted(strip: &[String], kind: &str, position: usize) -> Vec<String> {
    let mut s = strip.to_vec();
    s.insert(position.min(s.len()), kind.to_string());
    s
}

/// For the current strip, the lift of inserting each kind (see
/// [`candidate_kinds`]) at each position, best first. Each candidate is
/// compared with the current scenario on the same min(users,
/// `options.max_users`) people; empty when the strip is full.
pub fn screenshot_next(
    scenario: &Scenario,
    options: &LabOptions,
) -> Result<Vec<ScreenshotOption>, ScenarioError> {
    let mut run = NextScreenshotRun::new(scenario, options)?;
    while !run.step() {}
    Ok(run.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_strips_are_evaluated_once() {
        let strip = vec!["gameplay".to_string()];
        // Inserting gameplay before or after gameplay is the same strip.
        assert_eq!(
            inserted(&strip, "gameplay", 0),
            inserted(&strip, "gameplay", 1)
        );
        let s = crate::presets::get("game-character-art")
            .expect("preset")
            .scenario();
        let run = NextScreenshotRun::new(&s, &LabOptions { max_users: 10 }).expect("valid");
        // 5 screenshots, 6 positions, 7 kinds; characters has 4 duplicates
        // (the run of four), gameplay 1; then the plausible draws.
        assert_eq!(run.candidates.len(), 7 * 6 - 4 - 1);
        assert_eq!(run.total(), 7 * 6 - 4 - 1 + RANK_DRAWS);
        assert_eq!(run.users(), 10);
    }
}

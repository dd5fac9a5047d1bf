//! Solve for a target: the value of one input that brings adoption to a
//! target share ("what would it take to reach 40%?").
//!
//! Every evaluation runs the whole scenario with the input changed, on the
//! same simulated people (the scenario's seed: common random numbers), so
//! adoption as a function of the input is a deterministic step function
//! and a search on it is exact up to the search's own tolerance.
//!
//! The method (`docs/planning.md`, "Solve for a target"):
//!
//! 1. **Scan.** Adoption at [`GRID_POINTS`] evenly spaced values across the
//!    input's valid range ([`crate::params::valid_range`]) and at its
//!    current value. The scan gives the reachable adoption (its lowest and
//!    highest share) and checks monotonicity empirically. Under
//!    `threshold` and `beat_alternatives` adoption never rises with a cost
//!    and never falls with the value's mean (`docs/model.md`), so for
//!    those inputs the scan only confirms it; other inputs (a spread, a
//!    claim with its inverted U, logit shares) may not be monotone, and
//!    the answer then says so.
//! 2. **Bracket.** Two neighbouring scan values whose adoption lies on
//!    either side of the target (the pair nearest the current value when
//!    the scan crosses the target more than once). None: the target is
//!    out of reach within the valid range, and the error says what is
//!    reachable.
//! 3. **Bisection** of the bracket, [`MAX_BISECTIONS`] halvings (to a
//!    2^−30 part of a scan step, far below Monte Carlo error). The answer
//!    is the end of the final bracket on the target's side: the smallest
//!    change from the current value that reaches at least the target when
//!    the target is above today's adoption, at most the target when below.
//!
//! [`SolveRun`] does this in chunks (`step()` until done, `done()` and
//! `total()` for progress), so the page's worker can drive and cancel it.

use serde::{Deserialize, Serialize};

use crate::error::ScenarioError;
use crate::params::{get_number, set_number, valid_range};
use crate::scenario::Scenario;
use crate::sim::{RunOptions, Simulation};

/// Evenly spaced values of the scan, both ends of the range included.
pub const GRID_POINTS: usize = 11;

/// Halvings of the bracket.
pub const MAX_BISECTIONS: usize = 30;

/// The answer (`worthit solve --json` prints it under `solve`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Solution {
    /// The input's path.
    pub input: String,
    /// The input's value that brings adoption to the target.
    pub value: f64,
    /// Adoption with the input at `value`, on the scenario's people.
    pub adoption_share: f64,
    /// The target asked for.
    pub target: f64,
    /// The input's value today, and adoption with it.
    pub current_value: f64,
    pub current_share: f64,
    /// The valid range searched.
    pub range: [f64; 2],
    /// Whether adoption moved one way only across the scan. When false,
    /// other values may reach the target too; this is the one nearest the
    /// current value.
    pub monotone: bool,
}

/// Why there is no answer.
#[derive(Debug, Clone, PartialEq)]
pub enum SolveError {
    /// The path, the target or the scenario is wrong; problems are named
    /// by path (`product.value.mean`, `target`).
    Input(ScenarioError),
    /// No value in the valid range reaches the target.
    Unreachable {
        input: String,
        target: f64,
        range: [f64; 2],
        /// The lowest and highest adoption the scan found.
        reachable: [f64; 2],
        monotone: bool,
    },
}

impl std::fmt::Display for SolveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SolveError::Input(e) => write!(f, "{e}"),
            SolveError::Unreachable {
                input,
                target,
                range,
                reachable,
                monotone,
            } => {
                write!(
                    f,
                    "no value of {input} between {} and {} brings adoption to {:.1}%: \
                     across that range adoption goes from {:.1}% to {:.1}%",
                    short(range[0]),
                    short(range[1]),
                    100.0 * target,
                    100.0 * reachable[0],
                    100.0 * reachable[1]
                )?;
                if !monotone {
                    write!(
                        f,
                        " (it is not monotone in {input}; the scan of {GRID_POINTS} values \
                         may miss a narrow peak)"
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for SolveError {}

/// A number for a message: up to 4 significant decimals, no trailing
/// zeros.
fn short(x: f64) -> String {
    let s = format!("{x:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.into() }
}

/// Paths that are not model inputs: they change which people are drawn,
/// not what a person perceives.
const NOT_INPUTS: [&str; 2] = ["seed", "users"];

/// A chunked solve; see the module docs.
#[derive(Debug)]
pub struct SolveRun {
    base: Scenario,
    path: String,
    target: f64,
    range: (f64, f64),
    current_value: f64,
    /// Scan values still to evaluate, in order.
    pending: Vec<f64>,
    /// (value, adoption) of the scan, sorted by value once complete.
    scan: Vec<(f64, f64)>,
    /// (value, adoption) at both ends: the first on the low side of the
    /// target's crossing, the second on the high side.
    bracket: Option<((f64, f64), (f64, f64))>,
    bisections: usize,
    current: Option<(f64, Simulation)>,
    /// Work units of one evaluation: people, or person-periods for
    /// adoption over time ([`Simulation::total`]).
    per_evaluation: u64,
    /// Work units of finished evaluations.
    people_done: u64,
    outcome: Option<Result<Solution, SolveError>>,
    options: RunOptions,
}

impl SolveRun {
    /// Checks the path and the target and plans the scan.
    pub fn new(scenario: &Scenario, path: &str, target: f64) -> Result<SolveRun, SolveError> {
        if !(0.0..=1.0).contains(&target) || !target.is_finite() {
            return Err(SolveError::Input(ScenarioError::single(
                "target",
                crate::ProblemKind::TargetShare { got: target },
            )));
        }
        if NOT_INPUTS.contains(&path) {
            return Err(SolveError::Input(ScenarioError::single(
                path,
                crate::ProblemKind::NotAnInput {},
            )));
        }
        let current_value = get_number(scenario, path).map_err(SolveError::Input)?;
        let options = RunOptions {
            sensitivity: false,
            ..RunOptions::default()
        };
        // Validates the scenario and measures one evaluation's work.
        let per_evaluation = Simulation::new(scenario, &options)
            .map_err(SolveError::Input)?
            .total();
        let (lo, hi) = valid_range(scenario, path);
        let mut pending: Vec<f64> = (0..GRID_POINTS)
            .map(|i| lo + (hi - lo) * i as f64 / (GRID_POINTS - 1) as f64)
            .collect();
        if !pending.contains(&current_value) {
            pending.push(current_value);
        }
        pending.reverse(); // popped from the end: the low end first
        Ok(SolveRun {
            base: scenario.clone(),
            path: path.to_string(),
            target,
            range: (lo, hi),
            current_value,
            pending,
            scan: Vec::with_capacity(GRID_POINTS + 1),
            bracket: None,
            bisections: 0,
            current: None,
            per_evaluation,
            people_done: 0,
            outcome: None,
            options,
        })
    }

    /// Work to do at most, in the unit of [`Simulation::total`] (people,
    /// or person-periods for adoption over time): every scan value and
    /// every bisection.
    pub fn total(&self) -> u64 {
        (GRID_POINTS + 1 + MAX_BISECTIONS) as u64 * self.per_evaluation
    }

    /// Work done so far (jumps to [`total`](Self::total) when done).
    pub fn done(&self) -> u64 {
        if self.outcome.is_some() {
            return self.total();
        }
        self.people_done + self.current.as_ref().map_or(0, |(_, s)| s.done())
    }

    /// Simulates the next chunk of people; true when the answer is known.
    pub fn step(&mut self) -> bool {
        if self.outcome.is_some() {
            return true;
        }
        if self.current.is_none() {
            let Some(x) = self.next_value() else {
                return self.outcome.is_some();
            };
            let sim = set_number(&self.base, &self.path, x)
                .and_then(|s| Simulation::new(&s, &self.options));
            match sim {
                Ok(sim) => self.current = Some((x, sim)),
                Err(e) => {
                    self.outcome = Some(Err(SolveError::Input(e)));
                    return true;
                }
            }
        }
        let finished = match self.current.as_mut() {
            Some((_, sim)) => sim.step(),
            None => false,
        };
        if finished {
            if let Some((x, sim)) = self.current.take() {
                self.people_done += sim.total();
                let share = sim.finish().adoption.share;
                self.record(x, share);
            }
        }
        self.outcome.is_some()
    }

    /// The answer, once [`step`](Self::step) returned true.
    pub fn finish(self) -> Result<Solution, SolveError> {
        self.outcome.unwrap_or_else(|| {
            Err(SolveError::Input(ScenarioError::single(
                "",
                crate::ProblemKind::SolveUnfinished {},
            )))
        })
    }

    /// The next value to evaluate, or `None` after setting the outcome.
    fn next_value(&mut self) -> Option<f64> {
        if let Some(x) = self.pending.pop() {
            return Some(x);
        }
        match self.bracket {
            Some(((xl, _), (xh, _))) if self.bisections < MAX_BISECTIONS => {
                self.bisections += 1;
                let mid = 0.5 * (xl + xh);
                if mid == xl || mid == xh {
                    // No float between them: as close as it gets.
                    self.conclude();
                    None
                } else {
                    Some(mid)
                }
            }
            _ => {
                self.conclude();
                None
            }
        }
    }

    /// Takes one evaluation into the scan or the bracket.
    fn record(&mut self, x: f64, share: f64) {
        if self.bracket.is_none() {
            self.scan.push((x, share));
            if self.pending.is_empty() {
                self.after_scan();
            }
            return;
        }
        if let Some((low, high)) = self.bracket.as_mut() {
            if share < self.target {
                *low = (x, share);
            } else {
                *high = (x, share);
            }
        }
    }

    fn current_share(&self) -> f64 {
        self.scan
            .iter()
            .find(|(x, _)| *x == self.current_value)
            .map_or(f64::NAN, |(_, s)| *s)
    }

    fn monotone(&self) -> bool {
        let up = self.scan.windows(2).all(|w| w[1].1 >= w[0].1);
        let down = self.scan.windows(2).all(|w| w[1].1 <= w[0].1);
        up || down
    }

    /// Sorts the scan and picks the bracket (or concludes).
    fn after_scan(&mut self) {
        crate::sort::sort_by(&mut self.scan, |a, b| a.0.total_cmp(&b.0));
        let t = self.target;
        // Neighbouring scan values on either side of the target (one of
        // them may equal it), nearest the current value first.
        let mut crossings: Vec<((f64, f64), (f64, f64))> = self
            .scan
            .windows(2)
            .filter_map(|w| {
                let (a, b) = (w[0], w[1]);
                if a.1 < t && b.1 >= t {
                    Some((a, b))
                } else if b.1 < t && a.1 >= t {
                    Some((b, a))
                } else {
                    None
                }
            })
            .collect();
        let cur = self.current_value;
        crate::sort::sort_by(&mut crossings, |p, q| {
            let d = |c: &((f64, f64), (f64, f64))| {
                let (lo, hi) = (c.0.0.min(c.1.0), c.0.0.max(c.1.0));
                if cur < lo {
                    lo - cur
                } else if cur > hi {
                    cur - hi
                } else {
                    0.0
                }
            };
            d(p).total_cmp(&d(q))
        });
        match crossings.first() {
            Some(&c) => self.bracket = Some(c),
            None => {
                let lowest = self.scan.iter().map(|s| s.1).fold(f64::INFINITY, f64::min);
                let highest = self
                    .scan
                    .iter()
                    .map(|s| s.1)
                    .fold(f64::NEG_INFINITY, f64::max);
                // A target equal to a share everywhere reached (every
                // share equal) has no crossing but is met.
                if lowest == t && highest == t {
                    let share = self.current_share();
                    self.outcome = Some(Ok(self.solution(self.current_value, share)));
                    return;
                }
                self.outcome = Some(Err(SolveError::Unreachable {
                    input: self.path.clone(),
                    target: t,
                    range: [self.range.0, self.range.1],
                    reachable: [lowest, highest],
                    monotone: self.monotone(),
                }));
            }
        }
    }

    /// The answer from the final bracket: at least the target when it is
    /// above today's adoption, at most when below.
    fn conclude(&mut self) {
        let Some((low, high)) = self.bracket else {
            return;
        };
        let (x, share) = if self.target >= self.current_share() {
            high
        } else {
            low
        };
        self.outcome = Some(Ok(self.solution(x, share)));
    }

    fn solution(&self, value: f64, adoption_share: f64) -> Solution {
        Solution {
            input: self.path.clone(),
            value,
            adoption_share,
            target: self.target,
            current_value: self.current_value,
            current_share: self.current_share(),
            range: [self.range.0, self.range.1],
            monotone: self.monotone(),
        }
    }
}

/// Solves in one call.
pub fn solve(scenario: &Scenario, path: &str, target: f64) -> Result<Solution, SolveError> {
    let mut run = SolveRun::new(scenario, path, target)?;
    while !run.step() {}
    run.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_short() {
        assert_eq!(short(10.0), "10");
        assert_eq!(short(0.25), "0.25");
        assert_eq!(short(-0.00001), "0");
        assert_eq!(short(1.23456), "1.2346");
    }
}

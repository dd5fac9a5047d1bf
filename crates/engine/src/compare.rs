//! A vs. B on common random numbers.
//!
//! Both scenarios are run with A's seed and user count on the same people:
//! person i of B draws exactly the random numbers person i of A draws (see
//! [`crate::rng`]), so the difference between the runs is due to the
//! scenarios alone. Each person gives a paired difference d_i = b_i − a_i
//! of adoption indicators, summarised by [`crate::stats::paired_comparison`]
//! (lift, its 95% interval, P(B > A)). Both histograms share one set of
//! bins so they can be overlaid.

use crate::accum::{BLOCK, Pilot, Plan};
use crate::error::{Problem, ScenarioError};
use crate::report::build_results;
use crate::results::{CompareResults, Compared, Comparison, VariantInfo};
use crate::scenario::Scenario;
use crate::sim::{RunOptions, Runner, prepare};
use crate::stats::paired_comparison;

/// Words of adoption bits for one block.
const BLOCK_WORDS: usize = (BLOCK / 64) as usize;

/// A chunked A/B run, like [`crate::Simulation`].
#[derive(Debug, Clone)]
pub struct CompareSimulation {
    a: Runner,
    b: Runner,
    scenario_a: Scenario,
    scenario_b: Scenario,
    chunk: u64,
    only_a: u64,
    only_b: u64,
    bits_a: Vec<u64>,
    bits_b: Vec<u64>,
    /// With retention in both: retained adopters of one side only, and
    /// their bits per block.
    kept_only_a: u64,
    kept_only_b: u64,
    kept_a: Vec<u64>,
    kept_b: Vec<u64>,
}

/// Prefixes every problem's path with `a.` or `b.` so the message says
/// which scenario is wrong.
fn tag(e: ScenarioError, side: &str) -> ScenarioError {
    ScenarioError {
        problems: e
            .problems
            .into_iter()
            .map(|p| Problem {
                path: if p.path.is_empty() {
                    side.to_string()
                } else {
                    format!("{side}.{}", p.path)
                },
                kind: p.kind,
            })
            .collect(),
    }
}

/// B as it is run against A: on A's seed and A's number of people.
fn on_a_people(a: &Scenario, b: &Scenario) -> Scenario {
    let mut b_same = b.clone();
    b_same.seed = a.seed;
    b_same.users = a.users;
    b_same
}

/// Both sides' outcomes, A's problems first then B's, each tagged with its
/// side (`a.…`, `b.…`).
fn both<T, U>(
    a: Result<T, ScenarioError>,
    b: Result<U, ScenarioError>,
) -> Result<(T, U), ScenarioError> {
    match (a.map_err(|e| tag(e, "a")), b.map_err(|e| tag(e, "b"))) {
        (Ok(x), Ok(y)) => Ok((x, y)),
        (Err(mut e), Err(f)) => {
            e.problems.extend(f.problems);
            Err(e)
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

impl CompareSimulation {
    /// Validates both scenarios (problems of B are prefixed `b.`, of A
    /// `a.`) and prepares the paired run. B is run with A's seed and users.
    pub fn new(
        a: &Scenario,
        b: &Scenario,
        options: &RunOptions,
    ) -> Result<CompareSimulation, ScenarioError> {
        let b_same = on_a_people(a, b);
        let ((ma, va), (mb, vb)) = both(prepare(a, options), prepare(&b_same, options))?;
        let plan = Plan::from_pilots(&[Pilot::of(&ma), Pilot::of(&mb)]);
        Ok(CompareSimulation {
            a: Runner::new(ma, plan.clone(), va),
            b: Runner::new(mb, plan, vb),
            scenario_a: a.clone(),
            scenario_b: b_same,
            chunk: options.chunk_size.max(1),
            only_a: 0,
            only_b: 0,
            bits_a: vec![0; BLOCK_WORDS],
            bits_b: vec![0; BLOCK_WORDS],
            kept_only_a: 0,
            kept_only_b: 0,
            kept_a: vec![0; BLOCK_WORDS],
            kept_b: vec![0; BLOCK_WORDS],
        })
    }

    /// What [`CompareSimulation::new`] refuses `a` and `b` for, the same
    /// problems, without preparing the run (each side's model and its pilot
    /// of the first people): a check of many pairs before running them
    /// (`crate::robustness::RobustnessRun::new`, 200 pairs) costs only the
    /// validation.
    pub fn check(a: &Scenario, b: &Scenario) -> Result<(), ScenarioError> {
        let validate = crate::validate::validate;
        both(validate(a), validate(&on_a_people(a, b))).map(|_| ())
    }

    /// People per scenario.
    pub fn total(&self) -> u64 {
        self.a.model.users
    }

    /// People simulated so far (in both scenarios).
    pub fn done(&self) -> u64 {
        self.a.next
    }

    /// Simulates the next chunk of people in both scenarios; true when done.
    pub fn step(&mut self) -> bool {
        let target = self.a.next.saturating_add(self.chunk).min(self.total());
        while self.a.next < target {
            let end = self.a.piece_end(target);
            let words = (end - self.a.next).div_ceil(64) as usize;
            let retained = self.retained();
            let (kept_a, kept_b) = if retained {
                (
                    Some(&mut self.kept_a[..words]),
                    Some(&mut self.kept_b[..words]),
                )
            } else {
                (None, None)
            };
            self.a.advance(end, Some(&mut self.bits_a[..words]), kept_a);
            self.b.advance(end, Some(&mut self.bits_b[..words]), kept_b);
            for (x, y) in self.bits_a[..words].iter().zip(&self.bits_b[..words]) {
                self.only_a += u64::from((x & !y).count_ones());
                self.only_b += u64::from((y & !x).count_ones());
            }
            if retained {
                for (x, y) in self.kept_a[..words].iter().zip(&self.kept_b[..words]) {
                    self.kept_only_a += u64::from((x & !y).count_ones());
                    self.kept_only_b += u64::from((y & !x).count_ones());
                }
            }
        }
        self.a.next >= self.total()
    }

    /// Whether both scenarios have a retention block, so retained
    /// adopters are compared too.
    fn retained(&self) -> bool {
        self.a.model.retention.is_some() && self.b.model.retention.is_some()
    }

    /// Both results and the comparison.
    pub fn finish(mut self) -> CompareResults {
        self.a.flush();
        self.b.flush();
        let n = self.a.total.n;
        let comparison: Comparison = paired_comparison(self.only_a, self.only_b, n);
        // The same paired summary, of retained-adopter indicators.
        let retained_comparison = self
            .retained()
            .then(|| paired_comparison(self.kept_only_a, self.kept_only_b, n));
        CompareResults {
            a: build_results(&self.scenario_a, &self.a),
            b: build_results(&self.scenario_b, &self.b),
            comparison,
            retained_comparison,
            compared: Some(Compared {
                a: VariantInfo::of(&self.scenario_a),
                b: VariantInfo::of(&self.scenario_b),
                differs: crate::lab::diff_paths(&self.scenario_a, &self.scenario_b),
            }),
        }
    }
}

/// Simulates A and B on the same people and reports the lift of B over A.
pub fn compare(
    a: &Scenario,
    b: &Scenario,
    options: &RunOptions,
) -> Result<CompareResults, ScenarioError> {
    let mut sim = CompareSimulation::new(a, b, options)?;
    while !sim.step() {}
    Ok(sim.finish())
}

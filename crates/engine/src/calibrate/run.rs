//! The chunked, cancellable fit: scouting stage, final stage(s), summary.

use crate::calibrate::block::{observation_scenario, without_block};
use crate::calibrate::count::{Counter, Tally};
use crate::calibrate::grid::{
    Bounds, Datum, FINAL_NODES, FINE_CELLS, SCOUT_NODES, fine_axes, interpolate, logit, marginal,
    node_axes, posterior, quantile, sigmoid, tensor_points,
};
use crate::calibrate::summary::summarize;
use crate::calibrate::{CalibrateOptions, Calibration, default_simulated_users};
use crate::error::ScenarioError;
use crate::params::{set_number, valid_range};
use crate::scenario::Scenario;

/// Most simulated people per scouting evaluation.
const SCOUT_USERS: u64 = 2048;
/// Tail mass left outside the final box on each side, per input.
const BOX_TAIL: f64 = 5e-5;
/// Posterior mass in the outermost fine cells that makes a final box grow.
const EDGE_MASS: f64 = 1e-3;
/// Most times a final box may grow.
const MAX_REGROW: u32 = 3;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Stage {
    Scout,
    Final { attempt: u32 },
    Done,
}

/// The final posterior on its fine grid.
pub(crate) struct Fitted {
    pub fine: Vec<Vec<f64>>,
    pub weights: Vec<f64>,
    /// Predicted share per observation per fine cell.
    pub shares: Vec<Vec<f64>>,
    /// Predicted share of adopters who stay, per observation whose
    /// scenario has a retention block, per fine cell.
    pub kept: Vec<Option<Vec<f64>>>,
}

/// A fit in progress: call [`CalibrationRun::step`] until it returns true,
/// then [`CalibrationRun::finish`].
pub struct CalibrationRun {
    pub(crate) scenario: Scenario,
    pub(crate) fit: Vec<String>,
    pub(crate) data: Vec<Datum>,
    pub(crate) range: Bounds,
    pub(crate) n_sim: u64,
    pub(crate) seed: u64,
    pub(crate) draws: usize,
    n_scout: u64,
    chunk: u64,
    /// Each observation's scenario (its `set` applied, the seed set).
    observed: Vec<Scenario>,
    stage: Stage,
    bounds: Bounds,
    nodes: Vec<Vec<f64>>,
    points: Vec<Vec<f64>>,
    /// counts[obs][node]; None for a parameter value the scenario rejects.
    counts: Vec<Vec<Option<Tally>>>,
    job: usize,
    current: Option<Counter>,
    done: u64,
    total: u64,
    pub(crate) evaluations: u64,
    pub(crate) fitted: Option<Fitted>,
}

impl CalibrationRun {
    /// Validates the scenario (it needs a `calibration` block) and plans
    /// the fit.
    pub fn new(s: &Scenario, options: &CalibrateOptions) -> Result<CalibrationRun, ScenarioError> {
        crate::validate::validate(s)?;
        let Some(block) = &s.calibration else {
            return Err(ScenarioError::single(
                "calibration",
                crate::ProblemKind::CalibrationMissing {},
            ));
        };
        let seed = options.seed.unwrap_or(s.seed);
        let n_sim = options
            .users
            .unwrap_or_else(|| default_simulated_users(block));
        if !(1..=crate::validate::MAX_USERS).contains(&n_sim) {
            return Err(ScenarioError::single(
                "users",
                crate::ProblemKind::SimulatedRange {
                    max: crate::validate::MAX_USERS,
                    got: n_sim,
                },
            ));
        }
        let base = without_block(s);
        let observed = block
            .observed
            .iter()
            .enumerate()
            .map(|(i, o)| {
                observation_scenario(&base, o, i)
                    .map(|mut x| {
                        x.seed = seed;
                        x
                    })
                    .map_err(|problems| ScenarioError { problems })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let data = block
            .observed
            .iter()
            .map(|o| Datum {
                users: o.users as f64,
                adopters: o.adopters as f64,
                retained: o.retained.map(|r| r as f64),
            })
            .collect();
        let (lo, hi): (Vec<f64>, Vec<f64>) =
            block.fit.iter().map(|p| valid_range(&base, p)).unzip();
        let range = Bounds { lo, hi };
        let mut run = CalibrationRun {
            scenario: s.clone(),
            fit: block.fit.clone(),
            data,
            bounds: range.clone(),
            range,
            n_sim,
            seed,
            draws: options.draws.clamp(1, crate::calibrate::block::MAX_DRAWS),
            n_scout: n_sim.min(SCOUT_USERS),
            chunk: options.chunk_size.max(1),
            observed,
            stage: Stage::Scout,
            nodes: Vec::new(),
            points: Vec::new(),
            counts: Vec::new(),
            job: 0,
            current: None,
            done: 0,
            total: 0,
            evaluations: 0,
            fitted: None,
        };
        run.total = run.stage_work(SCOUT_NODES[run.dims() - 1], run.n_scout)
            + run.stage_work(FINAL_NODES[run.dims() - 1], run.n_sim);
        run.start_stage(Stage::Scout, run.range.clone());
        Ok(run)
    }

    fn dims(&self) -> usize {
        self.fit.len()
    }

    /// The work of a stage with `m` nodes per input and `n` people each,
    /// in simulated people (person-periods over time).
    fn stage_work(&self, m: usize, n: u64) -> u64 {
        let nodes = (m as u64).pow(self.dims() as u32);
        self.observed
            .iter()
            .map(|s| n * s.diffusion.map_or(1, |d| u64::from(d.periods)))
            .sum::<u64>()
            * nodes
    }

    fn stage_users(&self) -> u64 {
        match self.stage {
            Stage::Scout => self.n_scout,
            _ => self.n_sim,
        }
    }

    fn start_stage(&mut self, stage: Stage, bounds: Bounds) {
        let m = match stage {
            Stage::Scout => SCOUT_NODES[self.dims() - 1],
            _ => FINAL_NODES[self.dims() - 1],
        };
        self.stage = stage;
        self.nodes = node_axes(&bounds, m);
        self.points = tensor_points(&self.nodes);
        self.bounds = bounds;
        self.counts = vec![vec![None; self.points.len()]; self.observed.len()];
        self.job = 0;
        self.current = None;
    }

    fn jobs(&self) -> usize {
        self.points.len() * self.observed.len()
    }

    /// The scenario of evaluation `job` (node-major, then observation).
    fn job_scenario(&self, job: usize) -> Result<Scenario, ScenarioError> {
        let (node, obs) = (job / self.observed.len(), job % self.observed.len());
        let mut s = self.observed[obs].clone();
        s.users = self.stage_users();
        for (path, &x) in self.fit.iter().zip(&self.points[node]) {
            s = set_number(&s, path, x)?;
        }
        Ok(s)
    }

    fn record(&mut self, job: usize, tally: Option<Tally>) {
        let (node, obs) = (job / self.observed.len(), job % self.observed.len());
        self.counts[obs][node] = tally;
        self.evaluations += 1;
    }

    /// The work of the whole fit so far planned, in simulated people
    /// (it grows if a final box has to be widened).
    pub fn total(&self) -> u64 {
        self.total
    }

    /// The work done so far, in the unit of [`CalibrationRun::total`].
    pub fn done(&self) -> u64 {
        self.done
    }

    /// Simulates about `chunk_size` more people; returns true when the fit
    /// is done.
    pub fn step(&mut self) -> bool {
        let mut budget = self.chunk;
        while self.stage != Stage::Done && budget > 0 {
            if self.job >= self.jobs() {
                self.stage_complete();
                continue;
            }
            let counter = match self.current.take() {
                Some(c) => Some(c),
                None => match self.job_scenario(self.job).and_then(|s| Counter::new(&s)) {
                    Ok(c) => Some(c),
                    Err(_) => {
                        // A parameter value the scenario rejects has no
                        // likelihood; its work is skipped.
                        self.done += self.stage_users();
                        self.record(self.job, None);
                        self.job += 1;
                        None
                    }
                },
            };
            let Some(mut c) = counter else { continue };
            let (used, finished) = c.advance(budget);
            budget = budget.saturating_sub(used.max(1));
            self.done += used;
            if finished {
                let job = self.job;
                self.record(job, Some(c.tally()));
                self.job += 1;
            } else {
                self.current = Some(c);
            }
        }
        self.stage == Stage::Done
    }

    /// Runs every remaining evaluation, each stage's in parallel.
    #[cfg(feature = "parallel")]
    pub(crate) fn run_parallel(&mut self, on_progress: &mut dyn FnMut(u64, u64)) {
        use rayon::prelude::*;
        on_progress(self.done(), self.total());
        while self.stage != Stage::Done {
            let start = self.job;
            let results: Vec<(Option<Tally>, u64)> = (start..self.jobs())
                .into_par_iter()
                .map(|job| match self.job_scenario(job) {
                    Ok(s) => match crate::calibrate::count::count(&s) {
                        Ok(k) => (Some(k), s.users),
                        Err(_) => (None, s.users),
                    },
                    Err(_) => (None, self.stage_users()),
                })
                .collect();
            for (i, (k, n)) in results.into_iter().enumerate() {
                self.record(start + i, k);
                self.done += n;
            }
            self.current = None;
            self.job = self.jobs();
            self.stage_complete();
            on_progress(self.done(), self.total());
        }
    }

    /// Each observation's predicted share on the fine grid of the stage.
    fn fine_shares(&self, fine: &[Vec<f64>]) -> Vec<Vec<f64>> {
        let n = self.stage_users();
        self.counts
            .iter()
            .map(|row| self.fine_logit(row, fine, |t| logit(t.adopters, n)))
            .collect()
    }

    /// Each observation's predicted share of adopters who stay on the
    /// fine grid, for observations whose scenario has a retention block.
    /// Interpolated on its own logit scale (not as a share of all users),
    /// so the retained share p·s never exceeds the adoption share p.
    fn fine_kept(&self, fine: &[Vec<f64>]) -> Vec<Option<Vec<f64>>> {
        self.counts
            .iter()
            .zip(&self.observed)
            .map(|(row, s)| {
                s.retention.as_ref()?;
                Some(self.fine_logit(row, fine, |t| logit(t.retained, t.adopters)))
            })
            .collect()
    }

    /// `z` of each node's counts interpolated to the fine grid, back on
    /// the share scale (NaN where the scenario rejected the node).
    fn fine_logit(
        &self,
        row: &[Option<Tally>],
        fine: &[Vec<f64>],
        z: impl Fn(&Tally) -> f64,
    ) -> Vec<f64> {
        let z: Vec<f64> = row
            .iter()
            .map(|c| c.as_ref().map_or(f64::NAN, &z))
            .collect();
        interpolate(&z, &self.nodes, fine)
            .into_iter()
            .map(sigmoid)
            .collect()
    }

    fn stage_complete(&mut self) {
        let d = self.dims();
        let fine = fine_axes(&self.bounds, FINE_CELLS[d - 1]);
        let shares = self.fine_shares(&fine);
        let kept = self.fine_kept(&fine);
        let shape: Vec<usize> = fine.iter().map(Vec::len).collect();
        match self.stage {
            Stage::Scout => {
                let w = posterior(&self.data, &shares, &kept, Some(self.n_scout as f64));
                let next = match w {
                    Some(w) => self.box_around(&w, &fine, &shape),
                    None => self.range.clone(),
                };
                self.start_stage(Stage::Final { attempt: 0 }, next);
            }
            Stage::Final { attempt } => {
                let Some(w) = posterior(&self.data, &shares, &kept, None) else {
                    self.fitted = None;
                    self.stage = Stage::Done;
                    return;
                };
                let grown = self.grown_box(&w, &shape);
                match grown {
                    Some(b) if attempt < MAX_REGROW => {
                        self.total += self.stage_work(FINAL_NODES[d - 1], self.n_sim);
                        self.start_stage(
                            Stage::Final {
                                attempt: attempt + 1,
                            },
                            b,
                        );
                    }
                    _ => {
                        self.fitted = Some(Fitted {
                            fine,
                            weights: w,
                            shares,
                            kept,
                        });
                        self.stage = Stage::Done;
                    }
                }
            }
            Stage::Done => {}
        }
    }

    /// The box holding all but [`BOX_TAIL`] of each marginal on each side,
    /// widened by a fifth of its width (at least two scouting cells) and
    /// kept inside the range.
    fn box_around(&self, w: &[f64], fine: &[Vec<f64>], shape: &[usize]) -> Bounds {
        let mut b = self.range.clone();
        for (a, axis) in fine.iter().enumerate() {
            let m = marginal(w, shape, a);
            let lo = quantile(&m, axis, BOX_TAIL);
            let hi = quantile(&m, axis, 1.0 - BOX_TAIL);
            let cell = axis[1] - axis[0];
            let pad = (0.2 * (hi - lo)).max(2.0 * cell);
            b.lo[a] = (lo - pad).max(self.range.lo[a]);
            b.hi[a] = (hi + pad).min(self.range.hi[a]);
        }
        b
    }

    /// A wider box when the posterior has more than [`EDGE_MASS`] in the
    /// outermost two fine cells of a side that is not the range's end.
    fn grown_box(&self, w: &[f64], shape: &[usize]) -> Option<Bounds> {
        let mut b = self.bounds.clone();
        let mut grew = false;
        for a in 0..self.dims() {
            let m = marginal(w, shape, a);
            let width = b.hi[a] - b.lo[a];
            let k = m.len();
            if b.lo[a] > self.range.lo[a] && m[0] + m[1] > EDGE_MASS {
                b.lo[a] = (b.lo[a] - width).max(self.range.lo[a]);
                grew = true;
            }
            if b.hi[a] < self.range.hi[a] && m[k - 1] + m[k - 2] > EDGE_MASS {
                b.hi[a] = (b.hi[a] + width).min(self.range.hi[a]);
                grew = true;
            }
        }
        grew.then_some(b)
    }

    /// The fit's report (after [`CalibrationRun::step`] returned true; a
    /// run stopped early reports no fit, only a warning-free shell).
    pub fn finish(self) -> Calibration {
        summarize(self)
    }
}

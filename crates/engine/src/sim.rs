//! The chunked, cancellable simulation run.
//!
//! A [`Simulation`] compiles the scenario, places the histogram bins from a
//! pilot of the run's first people, and then simulates people in index
//! order, `chunk_size` at a time, so a caller (the page's worker, the
//! command line) can report progress and cancel between chunks. Because
//! every random number is keyed by person (see [`crate::rng`]) and sums are
//! merged in fixed blocks (see [`crate::accum`]), the chunk size and the
//! number of threads never change any number. A scenario with a
//! `diffusion` block runs period by period instead (see
//! [`crate::diffusion`]), through the same interface.

use crate::accum::{Acc, BLOCK, Pilot, Plan};
use crate::diffusion::DiffusionRunner;
use crate::error::ScenarioError;
use crate::model::{Batch, Model, Work, everyone};
use crate::report::build_results;
use crate::results::Results;
use crate::scenario::Scenario;
use crate::sensitivity::{Variant, WHAT_IF_USERS, build_variants};

/// How a run is carried out. Only `sensitivity` changes what is reported
/// (it adds or leaves out the what-if rows); nothing changes a number.
#[derive(Debug, Clone, PartialEq)]
pub struct RunOptions {
    /// Compute the what-if sensitivity rows (extra evaluations per person).
    pub sensitivity: bool,
    /// People simulated per [`Simulation::step`]; never changes the results.
    pub chunk_size: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            sensitivity: true,
            chunk_size: 65_536,
        }
    }
}

/// The simulation state shared by plain runs and A/B comparisons: one
/// compiled scenario, its bins, its what-ifs and its running totals.
#[derive(Debug, Clone)]
pub(crate) struct Runner {
    pub model: Model,
    pub plan: Plan,
    pub variants: Vec<Variant>,
    /// The what-ifs decide people `0..what_if_end` again (the first
    /// [`WHAT_IF_USERS`], or everyone in a smaller run); 0 without them.
    pub what_if_end: u64,
    pub total: Acc,
    /// The block in progress.
    block: Acc,
    /// Next person to simulate.
    pub next: u64,
    work: Work,
    /// With a `retention` block and what-ifs: per what-if, the scenario
    /// with its input moved by the step, compiled, so the retained
    /// adopters under the what-if are counted on the same people with the
    /// stay decision re-done (`None` for a row whose moved input the
    /// scenario rejects). Empty otherwise.
    shadows: Vec<Option<Box<Model>>>,
    shadow_work: Work,
}

impl Runner {
    pub(crate) fn new(model: Model, plan: Plan, variants: Vec<Variant>) -> Runner {
        let total = Acc::new(&model, &plan, variants.len());
        let what_if_end = if variants.is_empty() {
            0
        } else {
            model.users.min(WHAT_IF_USERS)
        };
        Runner {
            block: total.clone(),
            total,
            what_if_end,
            model,
            plan,
            variants,
            next: 0,
            work: Work::new(),
            shadows: Vec::new(),
            shadow_work: Work::new(),
        }
    }

    /// Retained adopters under what-if `j`, when they were counted.
    pub(crate) fn retained_under(&self, j: usize) -> Option<u64> {
        self.total
            .sens_retained
            .as_ref()
            .and_then(|c| c.get(j).copied())
            .filter(|_| self.shadows.get(j).is_some_and(Option::is_some))
    }

    /// Adds the retained adopters under each what-if (a scenario with a
    /// `retention` block and what-ifs; otherwise nothing changes).
    pub(crate) fn with_retained_what_ifs(mut self, scenario: &Scenario) -> Runner {
        if self.model.retention.is_none() || self.variants.is_empty() {
            return self;
        }
        self.shadows = self
            .variants
            .iter()
            .map(|v| moved(scenario, &v.input, v.step).map(|s| Box::new(Model::new(&s))))
            .collect();
        self.total.sens_retained = Some(vec![0; self.variants.len()]);
        self.block.sens_retained = self.total.sens_retained.clone();
        self
    }

    /// The end of the piece starting at `next` that stays inside one block
    /// and does not pass `target`.
    pub(crate) fn piece_end(&self, target: u64) -> u64 {
        let block_end = (self.next / BLOCK + 1).saturating_mul(BLOCK);
        target.min(block_end).min(self.model.users)
    }

    /// Simulates people `next..end` (inside one block). When `bits` is
    /// given, bit (i − next) records whether person i adopted; when `kept`
    /// is given too (a scenario with retention), whether person i adopted
    /// and still uses the product at the retention horizon.
    pub(crate) fn advance(
        &mut self,
        end: u64,
        mut bits: Option<&mut [u64]>,
        mut kept: Option<&mut [u64]>,
    ) {
        let start = self.next;
        for b in [bits.as_deref_mut(), kept.as_deref_mut()]
            .into_iter()
            .flatten()
        {
            b.iter_mut().for_each(|w| *w = 0);
        }
        let Runner {
            model,
            plan,
            variants,
            what_if_end,
            block,
            work,
            ..
        } = self;
        let range = (start, end, *what_if_end);
        eval_into(
            model,
            plan,
            variants,
            range,
            work,
            block,
            |first, n, batch| {
                if let Some(words) = bits.as_deref_mut() {
                    for (i, &adopt) in batch.adopt[..n].iter().enumerate() {
                        let r = first + i as u64 - start;
                        words[(r >> 6) as usize] |= (adopt as u64) << (r & 63);
                    }
                }
                if let (Some(words), Some(m)) = (kept.as_deref_mut(), &model.retention) {
                    for i in 0..n {
                        let r = first + i as u64 - start;
                        let stays = batch.adopt[i] & (batch.stay.leave[i] > m.periods);
                        words[(r >> 6) as usize] |= (stays as u64) << (r & 63);
                    }
                }
            },
        );
        if let Some(counts) = block.sens_retained.as_mut() {
            let end = end.min(self.what_if_end);
            for (count, shadow) in counts.iter_mut().zip(&self.shadows) {
                if let Some(m) = shadow {
                    *count += retained_in(m, start, end, &mut self.shadow_work);
                }
            }
        }
        self.next = end;
        if end % BLOCK == 0 || end == self.model.users {
            self.total.merge(&self.block);
            self.block.clear();
        }
    }

    /// Merges a partly done block into the total (only when a run is
    /// finished early; a complete run has merged every block already).
    pub(crate) fn flush(&mut self) {
        if self.block.n > 0 {
            self.total.merge(&self.block);
            self.block.clear();
        }
    }

    /// Whole block `b` into a fresh accumulator (for parallel runs and
    /// `crate::blocks`).
    pub(crate) fn block_acc(&self, b: u64) -> Acc {
        let mut acc = Acc::new(&self.model, &self.plan, self.variants.len());
        let start = b * BLOCK;
        let end = (start + BLOCK).min(self.model.users);
        eval_into(
            &self.model,
            &self.plan,
            &self.variants,
            (start, end, self.what_if_end),
            &mut Work::new(),
            &mut acc,
            |_, _, _| {},
        );
        acc.sens_retained = self.total.sens_retained.as_ref().map(|c| vec![0; c.len()]);
        if let Some(counts) = acc.sens_retained.as_mut() {
            let end = end.min(self.what_if_end);
            let mut work = Work::new();
            for (count, shadow) in counts.iter_mut().zip(&self.shadows) {
                if let Some(m) = shadow {
                    *count += retained_in(m, start, end, &mut work);
                }
            }
        }
        acc
    }
}

/// Evaluates people `start..end` (`range` is `(start, end, what_if_end)`)
/// into `acc`, in person order: the what-ifs decide again only the people
/// before `what_if_end`, the rest are decided once. `also` sees every
/// batch after it is recorded. Splitting a block at `what_if_end` changes
/// no sum: each is still added person by person in index order.
fn eval_into(
    model: &Model,
    plan: &Plan,
    variants: &[Variant],
    range: (u64, u64, u64),
    work: &mut Work,
    acc: &mut Acc,
    mut also: impl FnMut(u64, usize, &Batch),
) {
    let (start, end, what_if_end) = range;
    let mid = what_if_end.clamp(start, end);
    if mid > start {
        model.eval_range(start, mid, work, variants, 1.0, |first, n, batch, pre| {
            acc.record_batch(model, plan, variants, batch, everyone(n), pre);
            also(first, n, batch);
        });
    }
    if end > mid {
        model.eval_range(mid, end, work, &[], 1.0, |first, n, batch, pre| {
            acc.record_batch(model, plan, &[], batch, everyone(n), pre);
            also(first, n, batch);
        });
    }
}

/// The scenario with `input` moved by `step` (a what-if's move, by the
/// same dotted path), or `None` when the path cannot be set or the moved
/// value is refused.
fn moved(scenario: &Scenario, input: &str, step: f64) -> Option<Scenario> {
    let x = crate::params::get_number(scenario, input).ok()?;
    let s = crate::params::set_number(scenario, input, x + step).ok()?;
    crate::validate::validate(&s).ok()?;
    Some(s)
}

/// People start..end of `m` who adopt and still use the product at the
/// retention horizon.
fn retained_in(m: &Model, start: u64, end: u64, work: &mut Work) -> u64 {
    let Some(r) = &m.retention else {
        return 0;
    };
    let mut kept = 0u64;
    m.eval_range(start, end, work, &[], 1.0, |_, n, batch, _| {
        for i in 0..n {
            kept += (batch.adopt[i] & (batch.stay.leave[i] > r.periods)) as u64;
        }
    });
    kept
}

/// Compiles a validated scenario into a runner with its own bins.
pub(crate) fn prepare(
    scenario: &Scenario,
    options: &RunOptions,
) -> Result<(Model, Vec<Variant>), ScenarioError> {
    crate::validate::validate(scenario)?;
    let model = Model::new(scenario);
    let variants = if options.sensitivity {
        build_variants(scenario, &model)
    } else {
        Vec::new()
    };
    Ok((model, variants))
}

/// A run in progress: call [`Simulation::step`] until it returns true, then
/// [`Simulation::finish`].
#[derive(Debug, Clone)]
pub struct Simulation {
    engine: Engine,
    chunk: u64,
    scenario: Scenario,
}

/// A plain run, or adoption over time (a scenario with `diffusion`). Both
/// hold a few kilobytes of scratch space, so they live on the heap.
#[derive(Debug, Clone)]
enum Engine {
    Plain(Box<Runner>),
    OverTime(Box<DiffusionRunner>),
}

impl Simulation {
    /// Validates the scenario (every problem with its JSON path) and
    /// prepares a run.
    pub fn new(scenario: &Scenario, options: &RunOptions) -> Result<Simulation, ScenarioError> {
        let engine = match &scenario.diffusion {
            Some(d) => Engine::OverTime(Box::new(DiffusionRunner::new(scenario, d, options)?)),
            None => {
                let (model, variants) = prepare(scenario, options)?;
                let plan = Plan::from_pilots(&[Pilot::of(&model)]);
                Engine::Plain(Box::new(
                    Runner::new(model, plan, variants).with_retained_what_ifs(scenario),
                ))
            }
        };
        Ok(Simulation {
            engine,
            chunk: options.chunk_size.max(1),
            scenario: scenario.clone(),
        })
    }

    /// The work of the whole run: the number of people for a plain run;
    /// people × periods for adoption over time, where every period passes
    /// every person.
    pub fn total(&self) -> u64 {
        match &self.engine {
            Engine::Plain(r) => r.model.users,
            Engine::OverTime(d) => d.total(),
        }
    }

    /// The work done so far, in the unit of [`Simulation::total`].
    pub fn done(&self) -> u64 {
        match &self.engine {
            Engine::Plain(r) => r.next,
            Engine::OverTime(d) => d.done(),
        }
    }

    /// Simulates the next chunk (`chunk_size` people, or person-periods
    /// for adoption over time); returns true when the run is done.
    pub fn step(&mut self) -> bool {
        let runner = match &mut self.engine {
            Engine::Plain(r) => r,
            Engine::OverTime(d) => return d.step(self.chunk),
        };
        let users = runner.model.users;
        let target = runner.next.saturating_add(self.chunk).min(users);
        while runner.next < target {
            let end = runner.piece_end(target);
            runner.advance(end, None, None);
        }
        runner.next >= users
    }

    /// The results of the people simulated so far (normally all of them);
    /// `elapsed_ms` is 0 because the engine has no clock.
    pub fn finish(self) -> Results {
        match self.engine {
            Engine::Plain(mut runner) => {
                // A caller that stops early gets the people simulated so far.
                runner.flush();
                build_results(&self.scenario, &runner)
            }
            Engine::OverTime(d) => d.finish(&self.scenario),
        }
    }
}

/// Runs a whole scenario in one call.
pub fn run(scenario: &Scenario, options: &RunOptions) -> Result<Results, ScenarioError> {
    let mut sim = Simulation::new(scenario, options)?;
    while !sim.step() {}
    Ok(sim.finish())
}

/// Runs on every core (rayon) in waves of blocks merged in block order, so
/// the results are identical to [`run`] whatever the thread count.
#[cfg(feature = "parallel")]
pub fn run_parallel(scenario: &Scenario, options: &RunOptions) -> Result<Results, ScenarioError> {
    run_parallel_with_progress(scenario, options, |_, _| {})
}

/// [`run_parallel`] telling `on_progress(done, total)` how far it is after
/// every wave of blocks, in the unit of [`Simulation::total`] (a first call
/// with `done` 0, a last with `done == total`). Progress is reported from
/// the calling thread between waves, so the callback needs no locking and
/// the numbers are those of [`run_parallel`].
#[cfg(feature = "parallel")]
pub fn run_parallel_with_progress(
    scenario: &Scenario,
    options: &RunOptions,
    mut on_progress: impl FnMut(u64, u64),
) -> Result<Results, ScenarioError> {
    use rayon::prelude::*;
    if let Some(d) = &scenario.diffusion {
        return Ok(
            DiffusionRunner::new(scenario, d, options)?.run_parallel(scenario, &mut on_progress)
        );
    }
    let (model, variants) = prepare(scenario, options)?;
    let plan = Plan::from_pilots(&[Pilot::of(&model)]);
    let mut runner = Runner::new(model, plan, variants).with_retained_what_ifs(scenario);
    let blocks = runner.model.users.div_ceil(BLOCK);
    // Waves bound the memory held by finished blocks awaiting their turn.
    let wave = (rayon::current_num_threads() as u64 * 4).max(1);
    let users = runner.model.users;
    on_progress(0, users);
    let mut b = 0;
    while b < blocks {
        let end = (b + wave).min(blocks);
        let accs: Vec<Acc> = (b..end)
            .into_par_iter()
            .map(|i| runner.block_acc(i))
            .collect();
        for acc in &accs {
            runner.total.merge(acc);
        }
        b = end;
        on_progress((end * BLOCK).min(users), users);
    }
    if blocks == 0 {
        on_progress(users, users);
    }
    runner.next = users;
    Ok(build_results(scenario, &runner))
}

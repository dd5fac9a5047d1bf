//! A plain run cut into its accumulation blocks, for runs spread over
//! several workers that share no memory (the page's Web Workers).
//!
//! Every worker compiles the same scenario into a [`Blocks`] (the same
//! model, the same pilot, hence the same histogram bins), computes the
//! blocks it is given ([`Blocks::block`]) and sends each block's totals as
//! [`BlockAcc::words`]: every count as it is and every floating-point sum
//! as its IEEE bits, so nothing is rounded on the way. One worker reads
//! them back ([`Blocks::read`]) and merges them **in block order**
//! ([`Blocks::merge_next`]), exactly as `run_parallel` merges its rayon
//! blocks; so the results are bit for bit those of [`crate::run`], however
//! many workers computed the blocks and in whatever order they finished.
//!
//! Adoption over time (a scenario with `diffusion`) is simulated period by
//! period, not in blocks of people, so [`Blocks::new`] declines it and the
//! caller runs it as a [`crate::Simulation`].

use crate::accum::{Acc, BLOCK, Pilot, Plan};
use crate::error::ScenarioError;
use crate::report::build_results;
use crate::results::Results;
use crate::retention::RetentionAcc;
use crate::scenario::Scenario;
use crate::sim::{RunOptions, Runner, prepare};

/// A plain run, compiled, whose blocks can be computed in any order by
/// anyone holding the same scenario and options, and merged in order.
#[derive(Debug, Clone)]
pub struct Blocks {
    runner: Runner,
    scenario: Scenario,
    /// Blocks merged so far (`0..merged`).
    merged: u64,
}

/// The totals of one block of people: computed by [`Blocks::block`] or
/// read back from its words by [`Blocks::read`].
#[derive(Debug, Clone, PartialEq)]
pub struct BlockAcc {
    index: u64,
    /// Boxed: a few hundred bytes, moved around while blocks wait.
    acc: Box<Acc>,
}

/// Why words could not be read back into a block's totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BlockError {
    /// The words do not have the length this scenario's totals have (they
    /// were computed for another scenario or by another version).
    Shape { expected: usize, found: usize },
    /// The block index is past the run's last block.
    Index { index: u64, blocks: u64 },
}

impl std::fmt::Display for BlockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BlockError::Shape { expected, found } => {
                write!(f, "a block's totals have {expected} words, not {found}")
            }
            BlockError::Index { index, blocks } => {
                write!(f, "block {index} is past the run's {blocks} blocks")
            }
        }
    }
}

impl std::error::Error for BlockError {}

impl Blocks {
    /// Validates and compiles the scenario as [`crate::Simulation::new`]
    /// does (every problem with its JSON path); `Ok(None)` for adoption
    /// over time, which is not run in blocks of people.
    pub fn new(scenario: &Scenario, options: &RunOptions) -> Result<Option<Blocks>, ScenarioError> {
        if scenario.diffusion.is_some() {
            // Validation still names every problem of an invalid scenario.
            crate::validate::validate(scenario)?;
            return Ok(None);
        }
        let (model, variants) = prepare(scenario, options)?;
        let plan = Plan::from_pilots(&[Pilot::of(&model)]);
        let runner = Runner::new(model, plan, variants).with_retained_what_ifs(scenario);
        Ok(Some(Blocks {
            runner,
            scenario: scenario.clone(),
            merged: 0,
        }))
    }

    /// People in the run.
    pub fn users(&self) -> u64 {
        self.runner.model.users
    }

    /// Blocks in the run (the last may hold fewer people).
    pub fn count(&self) -> u64 {
        self.users().div_ceil(BLOCK)
    }

    /// People in blocks `0..b` (the progress once they are merged).
    pub fn people_before(&self, b: u64) -> u64 {
        b.saturating_mul(BLOCK).min(self.users())
    }

    /// Blocks merged so far; the next [`Blocks::merge_next`] wants this one.
    pub fn merged(&self) -> u64 {
        self.merged
    }

    /// Computes block `b`'s totals (people `b·BLOCK ..` up to a block's
    /// worth or the end of the run). Errors for a block past the end.
    pub fn block(&self, b: u64) -> Result<BlockAcc, BlockError> {
        self.check(b)?;
        Ok(BlockAcc {
            index: b,
            acc: Box::new(self.runner.block_acc(b)),
        })
    }

    /// Reads block `b`'s totals back from [`BlockAcc::words`] computed by
    /// another worker on the same scenario and options.
    pub fn read(&self, b: u64, words: &[u64]) -> Result<BlockAcc, BlockError> {
        self.check(b)?;
        let mut acc = self.runner.total.clone();
        let expected = cells(&mut acc, |_| {});
        if words.len() != expected {
            return Err(BlockError::Shape {
                expected,
                found: words.len(),
            });
        }
        let mut next = words.iter();
        cells(&mut acc, |cell| {
            let w = next.next().copied().unwrap_or(0);
            match cell {
                Cell::Count(x) => *x = w,
                Cell::Sum(x) => *x = f64::from_bits(w),
            }
        });
        Ok(BlockAcc {
            index: b,
            acc: Box::new(acc),
        })
    }

    /// Adds the next block in order to the run's totals. A block out of
    /// turn is refused (it is returned), so a caller cannot merge out of
    /// order by mistake: it keeps the block until its turn.
    pub fn merge_next(&mut self, block: BlockAcc) -> Result<(), BlockAcc> {
        if block.index != self.merged {
            return Err(block);
        }
        self.runner.total.merge(&block.acc);
        self.merged += 1;
        Ok(())
    }

    /// True once every block is merged.
    pub fn done(&self) -> bool {
        self.merged >= self.count()
    }

    /// The results of the blocks merged so far (all of them, normally):
    /// the same results as [`crate::run`]; `elapsed_ms` is 0.
    pub fn finish(mut self) -> Results {
        self.runner.next = self.people_before(self.merged);
        build_results(&self.scenario, &self.runner)
    }

    fn check(&self, b: u64) -> Result<(), BlockError> {
        let blocks = self.count();
        if b >= blocks {
            return Err(BlockError::Index { index: b, blocks });
        }
        Ok(())
    }
}

impl BlockAcc {
    /// The block's index in the run.
    pub fn index(&self) -> u64 {
        self.index
    }

    /// The totals as words, exactly: counts as they are, sums as the bits
    /// of their `f64` (`f64::to_bits`). [`Blocks::read`] undoes it.
    pub fn words(&self) -> Vec<u64> {
        let mut acc = self.acc.clone();
        let mut out = Vec::with_capacity(cells(&mut acc, |_| {}));
        cells(&mut acc, |cell| {
            out.push(match cell {
                Cell::Count(x) => *x,
                Cell::Sum(x) => x.to_bits(),
            })
        });
        out
    }
}

/// One number of a block's totals.
enum Cell<'a> {
    Count(&'a mut u64),
    Sum(&'a mut f64),
}

/// Visits every number of `acc` in a fixed order and returns how many
/// there are. The patterns name every field (no `..`), so a field added to
/// the totals does not compile until it is sent here too.
fn cells(acc: &mut Acc, mut visit: impl FnMut(Cell<'_>)) -> usize {
    let Acc {
        n,
        adopters,
        choices,
        seg_users,
        seg_adopters,
        hist,
        hist_adopters,
        decisive,
        sens,
        sens_flips,
        sens_people,
        sens_base,
        sens_base_retained,
        sens_retained,
        nv_sum,
        nv_sq,
        cost_adopters,
        cost_non,
        ret,
    } = acc;
    let mut count = 0;
    let mut counts = |xs: &mut [u64], visit: &mut dyn FnMut(Cell<'_>)| {
        for x in xs {
            visit(Cell::Count(x));
            count += 1;
        }
    };
    counts(std::slice::from_mut(n), &mut visit);
    counts(std::slice::from_mut(adopters), &mut visit);
    counts(choices, &mut visit);
    counts(seg_users, &mut visit);
    counts(seg_adopters, &mut visit);
    counts(hist, &mut visit);
    counts(hist_adopters, &mut visit);
    counts(decisive, &mut visit);
    counts(sens, &mut visit);
    counts(sens_flips, &mut visit);
    counts(std::slice::from_mut(sens_people), &mut visit);
    counts(std::slice::from_mut(sens_base), &mut visit);
    counts(std::slice::from_mut(sens_base_retained), &mut visit);
    if let Some(r) = sens_retained {
        counts(r, &mut visit);
    }
    if let Some(RetentionAcc {
        leave,
        retained,
        lost_expectation,
        lost_recurring,
        seg_retained,
    }) = ret
    {
        counts(leave, &mut visit);
        counts(std::slice::from_mut(retained), &mut visit);
        counts(std::slice::from_mut(lost_expectation), &mut visit);
        counts(std::slice::from_mut(lost_recurring), &mut visit);
        counts(seg_retained, &mut visit);
    }
    let mut sums = 0;
    for x in [nv_sum, nv_sq]
        .into_iter()
        .chain(cost_adopters.iter_mut())
        .chain(cost_non.iter_mut())
    {
        visit(Cell::Sum(x));
        sums += 1;
    }
    count + sums
}

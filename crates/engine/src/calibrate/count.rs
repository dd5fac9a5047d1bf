//! Counting the adopters of one scenario, a chunk of people at a time.
//!
//! The fit evaluates the same simulated people (the scenario's seed, people
//! 0..N) at every parameter value and every observation: common random
//! numbers, so the predicted share changes with the parameter only, not
//! with fresh noise, and the likelihood surface is smooth. With a
//! `retention` block the same pass also counts the retained adopters (the
//! adopters still using the product at the retention horizon).

use crate::error::ScenarioError;
use crate::model::{Model, Work};
use crate::scenario::Scenario;
use crate::sim::{RunOptions, Simulation};

/// What one evaluation counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tally {
    pub adopters: u64,
    /// Adopters still using the product after `retention.periods`
    /// periods; 0 without a retention block.
    pub retained: u64,
}

/// The adopters among people 0..users of one scenario, counted in chunks.
pub(crate) enum Counter {
    /// A plain run: the model's batches, adopters counted directly.
    Plain {
        model: Box<Model>,
        work: Work,
        next: u64,
        tally: Tally,
    },
    /// Adoption over time: the adopters after the last period.
    OverTime(Box<Simulation>),
}

impl Counter {
    /// Validates the scenario and prepares the count.
    pub(crate) fn new(s: &Scenario) -> Result<Counter, ScenarioError> {
        crate::validate::validate(s)?;
        if s.diffusion.is_some() {
            let options = RunOptions {
                sensitivity: false,
                chunk_size: 8192,
            };
            return Ok(Counter::OverTime(Box::new(Simulation::new(s, &options)?)));
        }
        Ok(Counter::Plain {
            model: Box::new(Model::new(s)),
            work: Work::new(),
            next: 0,
            tally: Tally {
                adopters: 0,
                retained: 0,
            },
        })
    }

    /// Simulates about `budget` more people (person-periods over time);
    /// returns the work done and whether the count is complete.
    pub(crate) fn advance(&mut self, budget: u64) -> (u64, bool) {
        match self {
            Counter::Plain {
                model,
                work,
                next,
                tally,
            } => {
                let end = next.saturating_add(budget.max(1)).min(model.users);
                let start = *next;
                let (mut n_adopt, mut n_kept) = (0u64, 0u64);
                // A retained adopter's leave period is past the horizon
                // (`RetentionAcc::record` counts them the same way).
                let horizon = model.retention.as_ref().map(|r| r.periods);
                model.eval_range(start, end, work, &[], 1.0, |_, n, batch, _| {
                    n_adopt += batch.adopt[..n].iter().filter(|a| **a).count() as u64;
                    if let Some(periods) = horizon {
                        n_kept += (0..n)
                            .filter(|&i| batch.adopt[i] && batch.stay.leave[i] > periods)
                            .count() as u64;
                    }
                });
                tally.adopters += n_adopt;
                tally.retained += n_kept;
                *next = end;
                (end - start, end >= model.users)
            }
            Counter::OverTime(sim) => {
                let before = sim.done();
                let done = sim.step();
                (sim.done() - before, done)
            }
        }
    }

    /// The counts (call once [`Counter::advance`] said done).
    pub(crate) fn tally(self) -> Tally {
        match self {
            Counter::Plain { tally, .. } => tally,
            Counter::OverTime(sim) => {
                let r = sim.finish();
                Tally {
                    adopters: r.adoption.adopters,
                    retained: r.retention.map_or(0, |x| x.retained),
                }
            }
        }
    }
}

/// The counts of a whole scenario in one call.
pub(crate) fn count(s: &Scenario) -> Result<Tally, ScenarioError> {
    let mut c = Counter::new(s)?;
    while !c.advance(1 << 20).1 {}
    Ok(c.tally())
}

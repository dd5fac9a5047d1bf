//! One shape for every long computation: a run that advances in chunks.
//!
//! A plain run, a paired comparison, a calibration, a solve, a robustness
//! run and the lab searches all do a known amount of work in small steps,
//! so that the page's worker can report progress and stop between steps
//! and the command line can draw a progress bar. [`Chunked`] is that shape
//! and [`drive`] runs any of them to the end, telling a callback how far it
//! is. Chunking never changes numbers: a run driven in steps of any size
//! gives the same results as one driven in one go.

use crate::calibrate::{Calibration, CalibrationRun};
use crate::compare::CompareSimulation;
use crate::lab::{ClaimCurve, ClaimCurveRun, NextScreenshotRun, ScreenshotOption};
use crate::results::{CompareResults, Results};
use crate::robustness::{Robustness, RobustnessRun};
use crate::sim::Simulation;
use crate::solve::{Solution, SolveError, SolveRun};

/// A computation that advances in chunks and ends in an output.
///
/// `done` and `total` share a unit that depends on the run (people,
/// person-periods, evaluations, draws or claims); only their ratio means
/// anything to a caller showing progress. `done() <= total()` always, and
/// `done() == total()` once [`Chunked::step`] has returned true.
pub trait Chunked {
    /// What the finished run gives.
    type Output;

    /// Does the next chunk of work; returns true when the run is done.
    /// Calling it again after that does nothing and returns true.
    fn step(&mut self) -> bool;

    /// Work done so far, in the unit of [`Chunked::total`].
    fn done(&self) -> u64;

    /// The work of the whole run.
    fn total(&self) -> u64;

    /// The result (of the work done so far, if called early).
    fn finish(self) -> Self::Output;
}

/// Runs `run` to the end and returns its output, calling
/// `on_progress(done, total)` once before the first step, after every step
/// and so once with `done == total` at the end.
pub fn drive<R: Chunked>(mut run: R, mut on_progress: impl FnMut(u64, u64)) -> R::Output {
    on_progress(run.done(), run.total());
    loop {
        let finished = run.step();
        on_progress(run.done(), run.total());
        if finished {
            return run.finish();
        }
    }
}

/// Implements [`Chunked`] by forwarding to the type's own methods of the
/// same names (kept, so callers that name the type need no trait import);
/// counts kept as `usize` widen losslessly to `u64`.
macro_rules! forward {
    ($run:ty => $output:ty) => {
        impl Chunked for $run {
            type Output = $output;
            fn step(&mut self) -> bool {
                <$run>::step(self)
            }
            fn done(&self) -> u64 {
                <$run>::done(self) as u64
            }
            fn total(&self) -> u64 {
                <$run>::total(self) as u64
            }
            fn finish(self) -> $output {
                <$run>::finish(self)
            }
        }
    };
}

forward!(Simulation => Results);
forward!(CompareSimulation => CompareResults);
forward!(CalibrationRun => Calibration);
forward!(SolveRun => Result<Solution, SolveError>);
forward!(RobustnessRun => Robustness);
forward!(ClaimCurveRun => ClaimCurve);
forward!(NextScreenshotRun => Vec<ScreenshotOption>);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{RunOptions, presets, run};

    /// A counter that does `chunk` units a step, for the driver's contract
    /// independent of any simulation.
    struct Count {
        done: u64,
        total: u64,
        chunk: u64,
    }

    impl Chunked for Count {
        type Output = u64;
        fn step(&mut self) -> bool {
            self.done = (self.done + self.chunk).min(self.total);
            self.done == self.total
        }
        fn done(&self) -> u64 {
            self.done
        }
        fn total(&self) -> u64 {
            self.total
        }
        fn finish(self) -> u64 {
            self.done
        }
    }

    #[test]
    fn drive_reports_every_step_from_zero_to_total() {
        let mut seen = Vec::new();
        let out = drive(
            Count {
                done: 0,
                total: 10,
                chunk: 4,
            },
            |done, total| seen.push((done, total)),
        );
        assert_eq!(out, 10);
        assert_eq!(seen, vec![(0, 10), (4, 10), (8, 10), (10, 10)]);
    }

    #[test]
    fn drive_reports_an_empty_run_once_before_and_once_after() {
        let mut seen = Vec::new();
        let out = drive(
            Count {
                done: 0,
                total: 0,
                chunk: 1,
            },
            |done, total| seen.push((done, total)),
        );
        assert_eq!(out, 0);
        assert_eq!(seen, vec![(0, 0), (0, 0)]);
    }

    /// Driving a simulation in small chunks gives exactly the numbers of a
    /// run in one go, and its progress climbs monotonically to the total.
    #[test]
    fn driving_a_simulation_matches_run_and_climbs_to_the_total() {
        let mut scenario = presets::all()[0].scenario();
        scenario.users = 20_000;
        let options = RunOptions {
            chunk_size: 3_000,
            ..RunOptions::default()
        };
        let expected = run(&scenario, &options).expect("valid preset");
        let sim = Simulation::new(&scenario, &options).expect("valid preset");
        let mut seen: Vec<(u64, u64)> = Vec::new();
        let got = drive(sim, |done, total| seen.push((done, total)));
        assert_eq!(got.adoption.adopters, expected.adoption.adopters);
        assert_eq!(
            serde_json::to_string(&got).unwrap(),
            serde_json::to_string(&expected).unwrap()
        );
        assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0));
        assert_eq!(seen.first(), Some(&(0, 20_000)));
        assert_eq!(seen.last(), Some(&(20_000, 20_000)));
        // 20,000 people in chunks of 3,000: 7 steps, plus the first report.
        assert_eq!(seen.len(), 8);
    }

    /// Every run type is driven through the same trait; a generic caller
    /// sees its progress reach its total.
    #[test]
    fn every_run_type_reaches_its_total_through_the_trait() {
        fn ends_at_total<R: Chunked>(run: R) -> R::Output {
            let mut last = (1, 0);
            let out = drive(run, |d, t| last = (d, t));
            assert_eq!(last.0, last.1, "a finished run is at its total");
            out
        }
        let mut s = presets::all()[0].scenario();
        s.users = 2_000;
        let options = RunOptions::default();
        ends_at_total(Simulation::new(&s, &options).unwrap());
        ends_at_total(CompareSimulation::new(&s, &s, &options).unwrap());
        let pairs = vec![(s.clone(), s.clone()); 3];
        let r = ends_at_total(
            RobustnessRun::new(pairs, 500, crate::robustness::COVERS_EFFECT_PRIOR).unwrap(),
        );
        assert_eq!(r.draws, 3);
    }
}

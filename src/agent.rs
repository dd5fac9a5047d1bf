//! The simulation worker: runs scenarios off the main thread, in slices,
//! reporting progress and giving up a run when a newer one supersedes it.
//!
//! The page sends every edit as a [`ToWorker::Run`]; the worker keeps only
//! the latest one waiting (latest wins) and at most one run in flight. A run
//! is a loop of engine `Simulation::step` calls. Every [`SLICE_MS`] the
//! worker reports progress and yields to its event loop, which is the only
//! moment new messages can arrive (the what-if pass yields more often, every
//! [`WHAT_IF_SLICE_MS`], see below). Then:
//!
//! - a [`ToWorker::Cancel`] for the current run ends it at once;
//! - a newer `Run` ends a *slow* run (one past [`SUPERSEDE_AFTER_MS`]), so a
//!   new input cancels a 10,000,000-person run; a quick run (100,000 people
//!   take tens of milliseconds) is finished first, so that while a slider is
//!   dragged every result still arrives and the charts follow the hand.
//!
//! Each run has two passes ([`Pass`]): the answer first, then the what-ifs.
//! A newer input always ends the what-if pass of an older one, and is
//! noticed within a few milliseconds: while a slider is dragged the worker
//! spends most of its time in what-if passes that the next input ends, so
//! how soon it looks at its inbox there is how soon the next answer starts.
//!
//! Replies leave only when the worker yields: yew-agent posts them from a
//! task of its own, which runs once this one awaits. So the answer pass
//! yields right after its result, before the what-ifs begin; otherwise the
//! page would wait for the first what-if slice.
//!
//! The screenshot lab (`crate::lab`) sends three more kinds of job, each
//! chunked and cancellable the same way: [`ToWorker::Compare`] (A vs. B on
//! common random numbers), [`ToWorker::NextScreenshot`] (the lift of each
//! screenshot kind at each position) and [`ToWorker::ClaimCurve`]
//! (adoption against claim strength). The lab gives each kind its own
//! worker ([`connect`] starts one per call), so "latest wins" applies per
//! kind and a lab question never pushes the page's answer out of the queue.
//! A comparison's verdict goes out as soon as it is done; its robustness
//! to the illustrative screenshot effects follows in a second `Compared`
//! reply (the same draws as `worthit compare`).
//!
//! Grounding in data (`crate::data`) adds three more, each in a worker of
//! its card: [`ToWorker::Calibrate`] (the engine's chunked
//! `CalibrationRun`, as `worthit calibrate` runs it),
//! [`ToWorker::Solve`] (the value of one input that reaches a target
//! share) and [`ToWorker::Uncertainty`] (a calibrated scenario's adoption
//! interval with parameter uncertainty).

use std::cell::RefCell;
use std::future::poll_fn;
use std::rc::Rc;
use std::task::Poll;

use futures::sink::SinkExt;
use futures::{FutureExt, StreamExt};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::calibrate::{CalibrateOptions, CalibrationRun, adoption_uncertainty};
use worthit_engine::lab::{ClaimCurveRun, LabOptions, NextScreenshotRun};
use worthit_engine::robustness;
use worthit_engine::solve::SolveRun;

use crate::data::answer::SolveAnswer;
use worthit_engine::{
    CompareSimulation, Problem, RunOptions, ScenarioError, Simulation, parse_scenario,
};
use yew_agent::prelude::*;
use yew_agent::reactor::{ReactorBridge, ReactorSpawner};

use crate::codec::Json;

/// How long the worker computes before it reports progress and checks for
/// new messages. Short enough that Cancel feels immediate, long enough that
/// the yields cost little.
pub const SLICE_MS: f64 = 40.0;

/// How long the what-if pass computes between looks at its inbox (it
/// reports progress only every [`SLICE_MS`]). A newer input ends the pass,
/// so this bounds how long that input waits; a yield costs a few
/// hundredths of a millisecond.
pub const WHAT_IF_SLICE_MS: f64 = 4.0;

/// A run older than this gives way to a newer input; a younger one is
/// finished first (see the module docs).
pub const SUPERSEDE_AFTER_MS: f64 = 150.0;

/// People per engine step. Steps are small so a slice can end close to
/// [`SLICE_MS`]; the chunk size never changes the numbers.
const CHUNK: u64 = 8_192;

/// People per engine step in the what-if pass, where each person costs
/// several evaluations: small enough that a step ends well within
/// [`WHAT_IF_SLICE_MS`].
const WHAT_IF_CHUNK: u64 = 2_048;

/// A request from the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToWorker {
    /// Simulate this scenario (JSON text, scenario format v1). `id` grows
    /// with every edit, so replies can be matched to the input they answer.
    Run { id: u64, scenario: String },
    /// Stop run `id` if it is still going.
    Cancel { id: u64 },
    /// Simulate scenarios `a` and `b` (JSON text) on the same people: B
    /// with A's seed and people, as `worthit compare` does.
    Compare { id: u64, a: String, b: String },
    /// For this scenario's screenshot strip, the lift of inserting each
    /// kind at each position (`worthit lab next`).
    NextScreenshot { id: u64, scenario: String },
    /// Adoption against claim strength at `points` evenly spaced claims
    /// (`worthit lab claims --points`).
    ClaimCurve {
        id: u64,
        scenario: String,
        points: u32,
    },
    /// Fit this scenario's `calibration` block (`worthit calibrate`).
    Calibrate { id: u64, scenario: String },
    /// The value of `input` that brings adoption to `target`
    /// (`worthit solve`).
    Solve {
        id: u64,
        scenario: String,
        input: String,
        target: f64,
    },
    /// A calibrated scenario's adoption interval including parameter
    /// uncertainty (the `uncertainty` of `worthit run`'s results).
    Uncertainty { id: u64, scenario: String },
    /// Fit a scenario to a survey CSV (`worthit survey`), with `base` (the
    /// open scenario, JSON text) for everything not fitted. See
    /// [`crate::survey`].
    Survey { id: u64, csv: String, base: String },
}

impl ToWorker {
    /// The id of the request (the run it starts or cancels).
    pub fn id(&self) -> u64 {
        match self {
            ToWorker::Run { id, .. }
            | ToWorker::Cancel { id }
            | ToWorker::Compare { id, .. }
            | ToWorker::NextScreenshot { id, .. }
            | ToWorker::ClaimCurve { id, .. }
            | ToWorker::Calibrate { id, .. }
            | ToWorker::Solve { id, .. }
            | ToWorker::Uncertainty { id, .. }
            | ToWorker::Survey { id, .. } => *id,
        }
    }
}

/// The two passes of a run. The first gives the answer and every chart
/// but the what-if tornado; the second adds the what-ifs, which cost many
/// more evaluations per person. Showing the first at once is what lets the
/// charts follow a dragged slider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Pass {
    Main,
    WhatIf,
    /// A [`ToWorker::Compare`] job (its progress counts people per side).
    Compare,
    /// A [`ToWorker::NextScreenshot`] job (progress counts candidates).
    NextScreenshot,
    /// A [`ToWorker::ClaimCurve`] job (progress counts claims).
    ClaimCurve,
    /// A [`ToWorker::Calibrate`] job (progress counts evaluations).
    Calibrate,
    /// A [`ToWorker::Solve`] job (progress counts evaluations).
    Solve,
}

/// A reply to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FromWorker {
    /// Run `id` has simulated `done` of `total` people of `pass` so far.
    Progress {
        id: u64,
        pass: Pass,
        done: u64,
        total: u64,
        elapsed_ms: f64,
    },
    /// Run `id` finished a pass; `results` is results-v1 JSON text.
    /// `partial`: the what-ifs (`sensitivity`) are still to come.
    Finished {
        id: u64,
        results: String,
        partial: bool,
    },
    /// Run `id` was stopped (by Cancel or by a newer input) before the end.
    Cancelled { id: u64 },
    /// Run `id` was refused: the scenario is invalid. Each problem keeps
    /// its kind, so the page says it in its own language.
    Failed { id: u64, problems: Vec<Problem> },
    /// Compare job `id` finished: compare-results JSON text, what
    /// `worthit compare --json` prints.
    Compared { id: u64, results: String },
    /// Screenshot job `id` finished: a JSON array of the engine's
    /// `ScreenshotOption`s, best first, each evaluated on `users` people.
    NextRanked {
        id: u64,
        options: String,
        users: u64,
    },
    /// Claim job `id` finished: the engine's `ClaimCurve` as JSON text.
    ClaimCurved { id: u64, curve: String },
    /// Calibration job `id` finished: what `worthit calibrate --json`
    /// prints.
    Calibrated { id: u64, calibration: String },
    /// Solve job `id` finished: a `SolveAnswer` as JSON text (the engine's
    /// solution, or that the target is out of reach).
    Solved { id: u64, solve: String },
    /// Uncertainty job `id` finished: the engine's `Uncertainty` as JSON
    /// text (`null` for a scenario without a posterior).
    Uncertain { id: u64, uncertainty: String },
    /// Survey job `id` finished: `import` is the engine's `Import` (the
    /// fitted scenario and its report) as JSON text, or `None` when the
    /// file was refused, with the reasons in `problems`; `elapsed_ms` is
    /// the worker's time for it.
    Surveyed {
        id: u64,
        import: Option<String>,
        problems: Vec<String>,
        elapsed_ms: f64,
    },
}

/// The worker's main loop: one per page connection.
#[reactor]
pub async fn SimWorker(mut scope: ReactorScope<ToWorker, FromWorker>) {
    let mut waiting: Option<ToWorker> = None;
    loop {
        let next = match waiting.take() {
            Some(job) => latest_run(&mut scope, Some(job), None),
            None => match scope.next().await {
                Some(message) => latest_run(&mut scope, None, Some(message)),
                None => return,
            },
        };
        waiting = match next {
            Some(ToWorker::Run { id, scenario }) => simulate(&mut scope, id, &scenario).await,
            Some(ToWorker::Cancel { .. }) | None => None,
            Some(ToWorker::Survey { id, csv, base }) => {
                // One call: 100,000 rows take well under a second, and the
                // survey's worker does nothing else meanwhile.
                let start = now_ms();
                let reply = crate::survey::job::import(id, &csv, &base, start, now_ms);
                let _ = scope.send(reply).await;
                None
            }
            Some(job) => lab_job(&mut scope, job).await,
        };
    }
}

/// Folds `first` and every message already queued into the one job to do
/// next: the newest request (starting from `latest`), unless a `Cancel` for
/// it came after it.
fn latest_run(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    mut latest: Option<ToWorker>,
    first: Option<ToWorker>,
) -> Option<ToWorker> {
    let mut message = first.or_else(|| scope.next().now_or_never().flatten());
    while let Some(m) = message {
        match m {
            ToWorker::Cancel { id } => {
                if latest.as_ref().is_some_and(|l| l.id() == id) {
                    latest = None;
                }
            }
            job => latest = Some(job),
        }
        message = scope.next().now_or_never().flatten();
    }
    latest
}

/// Runs one scenario in its two passes, or until cancelled or superseded.
/// Returns the run that should go next, if a newer one arrived meanwhile.
async fn simulate(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    id: u64,
    json: &str,
) -> Option<ToWorker> {
    let start = now_ms();
    let scenario = match parse_scenario(json) {
        Ok(s) => s,
        Err(e) => {
            let problems = e.problems;
            let _ = scope.send(FromWorker::Failed { id, problems }).await;
            return None;
        }
    };
    let mut newer = None;
    for pass in [Pass::Main, Pass::WhatIf] {
        let options = RunOptions {
            sensitivity: pass == Pass::WhatIf,
            chunk_size: if pass == Pass::WhatIf {
                WHAT_IF_CHUNK
            } else {
                CHUNK
            },
        };
        let mut sim = match Simulation::new(&scenario, &options) {
            Ok(sim) => sim,
            Err(e) => {
                let problems = e.problems;
                let _ = scope.send(FromWorker::Failed { id, problems }).await;
                return None;
            }
        };
        match run_pass(scope, id, pass, &mut sim, start, &mut newer).await {
            true => {
                let mut results = sim.finish();
                results.elapsed_ms = now_ms() - start;
                // Our own plain data serializes; non-finite numbers become
                // null, which the page reports rather than shows.
                let results = serde_json::to_string(&results).unwrap_or_default();
                let partial = pass == Pass::Main;
                let _ = scope
                    .send(FromWorker::Finished {
                        id,
                        results,
                        partial,
                    })
                    .await;
            }
            false => return newer,
        }
        if pass == Pass::WhatIf {
            break;
        }
        // Let the result go out now (see the module docs) and the inbox
        // fill: a newer input goes before the what-ifs of an older one.
        yield_to_event_loop().await;
        if take_messages(scope, id, &mut newer) || newer.is_some() {
            let _ = scope.send(FromWorker::Cancelled { id }).await;
            return newer;
        }
    }
    newer
}

/// One pass of a run, or one lab job: steps `sim` to the end. False when
/// it was cancelled or superseded (the page has been told); `newer`
/// collects a newer request that arrived meanwhile.
async fn run_pass<S: Steps>(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    id: u64,
    pass: Pass,
    sim: &mut S,
    start: f64,
    newer: &mut Option<ToWorker>,
) -> bool {
    let total = sim.total();
    let slice_ms = if pass == Pass::WhatIf {
        WHAT_IF_SLICE_MS
    } else {
        SLICE_MS
    };
    let mut slice_start = now_ms();
    let mut reported = slice_start;
    while !sim.step() {
        let now = now_ms();
        if now - slice_start < slice_ms {
            continue;
        }
        if now - reported >= SLICE_MS {
            reported = now;
            let progress = FromWorker::Progress {
                id,
                pass,
                done: sim.done(),
                total,
                elapsed_ms: now - start,
            };
            let _ = scope.send(progress).await;
        }
        yield_to_event_loop().await;
        if take_messages(scope, id, newer) {
            let _ = scope.send(FromWorker::Cancelled { id }).await;
            return false;
        }
        // A newer input ends a slow first pass, and any what-if pass (its
        // answer is already shown).
        let slow = now_ms() - start > SUPERSEDE_AFTER_MS;
        if newer.is_some() && (slow || pass == Pass::WhatIf) {
            let _ = scope.send(FromWorker::Cancelled { id }).await;
            return false;
        }
        slice_start = now_ms();
    }
    true
}

/// What [`run_pass`] needs of a chunked computation: the engine's
/// simulations and lab evaluations all step the same way.
trait Steps {
    /// Does the next chunk; true when everything is done.
    fn step(&mut self) -> bool;
    /// Units done so far (people, candidates or claims).
    fn done(&self) -> u64;
    /// Units in all.
    fn total(&self) -> u64;
}

impl Steps for Simulation {
    fn step(&mut self) -> bool {
        Simulation::step(self)
    }
    fn done(&self) -> u64 {
        Simulation::done(self)
    }
    fn total(&self) -> u64 {
        Simulation::total(self)
    }
}

impl Steps for CompareSimulation {
    fn step(&mut self) -> bool {
        CompareSimulation::step(self)
    }
    fn done(&self) -> u64 {
        CompareSimulation::done(self)
    }
    fn total(&self) -> u64 {
        CompareSimulation::total(self)
    }
}

impl Steps for NextScreenshotRun {
    fn step(&mut self) -> bool {
        NextScreenshotRun::step(self)
    }
    fn done(&self) -> u64 {
        NextScreenshotRun::done(self) as u64
    }
    fn total(&self) -> u64 {
        NextScreenshotRun::total(self) as u64
    }
}

impl Steps for CalibrationRun {
    fn step(&mut self) -> bool {
        CalibrationRun::step(self)
    }
    fn done(&self) -> u64 {
        CalibrationRun::done(self)
    }
    fn total(&self) -> u64 {
        CalibrationRun::total(self)
    }
}

impl Steps for robustness::RobustnessRun {
    fn step(&mut self) -> bool {
        robustness::RobustnessRun::step(self)
    }
    fn done(&self) -> u64 {
        robustness::RobustnessRun::done(self) as u64
    }
    fn total(&self) -> u64 {
        robustness::RobustnessRun::total(self) as u64
    }
}

impl Steps for SolveRun {
    fn step(&mut self) -> bool {
        SolveRun::step(self)
    }
    fn done(&self) -> u64 {
        SolveRun::done(self)
    }
    fn total(&self) -> u64 {
        SolveRun::total(self)
    }
}

impl Steps for ClaimCurveRun {
    fn step(&mut self) -> bool {
        ClaimCurveRun::step(self)
    }
    fn done(&self) -> u64 {
        ClaimCurveRun::done(self) as u64
    }
    fn total(&self) -> u64 {
        ClaimCurveRun::total(self) as u64
    }
}

/// The problems of a refused scenario.
fn problem_lines(e: &ScenarioError) -> Vec<Problem> {
    e.problems.clone()
}

/// Reads one side of a comparison; problems are named `a.…` or `b.…`, as
/// in a comparison document.
fn parse_side(json: &str, side: &str) -> Result<worthit_engine::Scenario, Vec<Problem>> {
    parse_scenario(json).map_err(|e| worthit_engine::params::reroot(e, side).problems)
}

/// Does one screenshot-lab job (anything but a plain run) in slices like a
/// run, and sends its answer. Returns the request that should go next, if
/// a newer one arrived meanwhile.
async fn lab_job(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    job: ToWorker,
) -> Option<ToWorker> {
    let start = now_ms();
    let id = job.id();
    let mut newer = None;
    let reply = match job {
        ToWorker::Compare { a, b, .. } => {
            let sides = (parse_side(&a, "a"), parse_side(&b, "b"));
            let sim = match sides {
                (Ok(a), Ok(b)) => CompareSimulation::new(
                    &a,
                    &b,
                    &RunOptions {
                        sensitivity: false,
                        chunk_size: CHUNK,
                    },
                )
                .map(|sim| (sim, a, b))
                .map_err(|e| problem_lines(&e)),
                (Err(mut e), Err(f)) => {
                    e.extend(f);
                    Err(e)
                }
                (Err(e), _) | (_, Err(e)) => Err(e),
            };
            match sim {
                Err(problems) => FromWorker::Failed { id, problems },
                Ok((mut sim, a, b)) => {
                    if !run_pass(scope, id, Pass::Compare, &mut sim, start, &mut newer).await {
                        return newer;
                    }
                    let mut results = sim.finish();
                    // One clock for the pair, as `worthit compare` reports it.
                    let elapsed = now_ms() - start;
                    results.a.elapsed_ms = elapsed;
                    results.b.elapsed_ms = elapsed;
                    let text = serde_json::to_string(&results).unwrap_or_default();
                    // The verdict goes out now; its robustness to the
                    // illustrative screenshot effects follows, as
                    // `worthit compare` adds it (the same draws and people).
                    let _ = scope.send(FromWorker::Compared { id, results: text }).await;
                    // The effect prior, and a calibrated side's posterior:
                    // the same pairs `worthit compare` runs.
                    let Ok(Some((pairs, covers))) =
                        robustness::verdict_pairs(&a, &b, robustness::DEFAULT_DRAWS)
                    else {
                        return newer;
                    };
                    yield_to_event_loop().await;
                    if take_messages(scope, id, &mut newer) || newer.is_some() {
                        return newer;
                    }
                    let run = robustness::RobustnessRun::new(
                        pairs,
                        robustness::DEFAULT_USERS_PER_DRAW,
                        covers,
                    );
                    let Ok(mut run) = run else {
                        // The pair itself ran, so a draw cannot be refused;
                        // if one were, the verdict stands without it.
                        return newer;
                    };
                    if !run_pass(scope, id, Pass::Compare, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    results.comparison.robustness = Some(run.finish());
                    let results = serde_json::to_string(&results).unwrap_or_default();
                    FromWorker::Compared { id, results }
                }
            }
        }
        ToWorker::NextScreenshot { scenario, .. } => {
            let run = parse_scenario(&scenario)
                .and_then(|s| NextScreenshotRun::new(&s, &LabOptions::default()));
            match run {
                Err(e) => FromWorker::Failed {
                    id,
                    problems: problem_lines(&e),
                },
                Ok(mut run) => {
                    let pass = Pass::NextScreenshot;
                    if !run_pass(scope, id, pass, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    let users = run.users();
                    let options = serde_json::to_string(&run.finish()).unwrap_or_default();
                    FromWorker::NextRanked { id, options, users }
                }
            }
        }
        ToWorker::ClaimCurve {
            scenario, points, ..
        } => {
            let run = parse_scenario(&scenario)
                .and_then(|s| ClaimCurveRun::new(&s, &LabOptions::default(), points as usize));
            match run {
                Err(e) => FromWorker::Failed {
                    id,
                    problems: problem_lines(&e),
                },
                Ok(mut run) => {
                    if !run_pass(scope, id, Pass::ClaimCurve, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    let curve = serde_json::to_string(&run.finish()).unwrap_or_default();
                    FromWorker::ClaimCurved { id, curve }
                }
            }
        }
        ToWorker::Calibrate { scenario, .. } => {
            // The command line's options, but for the step size (which
            // never changes a number): the same simulated people and seed
            // as `worthit calibrate`, so both print the same fit.
            let options = CalibrateOptions {
                chunk_size: CHUNK,
                ..CalibrateOptions::default()
            };
            let run = parse_scenario(&scenario).and_then(|s| CalibrationRun::new(&s, &options));
            match run {
                Err(e) => FromWorker::Failed {
                    id,
                    problems: problem_lines(&e),
                },
                Ok(mut run) => {
                    if !run_pass(scope, id, Pass::Calibrate, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    let calibration = serde_json::to_string(&run.finish()).unwrap_or_default();
                    FromWorker::Calibrated { id, calibration }
                }
            }
        }
        ToWorker::Uncertainty { scenario, .. } => {
            // One call: a run per posterior draw. The job has a worker of
            // its own, so nothing else waits for it.
            match parse_scenario(&scenario).and_then(|s| adoption_uncertainty(&s)) {
                Err(e) => FromWorker::Failed {
                    id,
                    problems: problem_lines(&e),
                },
                Ok(u) => FromWorker::Uncertain {
                    id,
                    uncertainty: serde_json::to_string(&u).unwrap_or_default(),
                },
            }
        }
        ToWorker::Solve {
            scenario,
            input,
            target,
            ..
        } => {
            let run = match parse_scenario(&scenario) {
                Err(e) => Err(problem_lines(&e)),
                Ok(s) => SolveRun::new(&s, &input, target)
                    .map_err(|e| SolveAnswer::from_engine(Err(e)).err().unwrap_or_default()),
            };
            match run {
                Err(problems) => FromWorker::Failed { id, problems },
                Ok(mut run) => {
                    if !run_pass(scope, id, Pass::Solve, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    match SolveAnswer::from_engine(run.finish()) {
                        Err(problems) => FromWorker::Failed { id, problems },
                        Ok(answer) => FromWorker::Solved {
                            id,
                            solve: serde_json::to_string(&answer).unwrap_or_default(),
                        },
                    }
                }
            }
        }
        // Plain runs, cancellations and surveys never come here (see
        // `SimWorker`).
        ToWorker::Run { .. } | ToWorker::Cancel { .. } | ToWorker::Survey { .. } => return None,
    };
    let _ = scope.send(reply).await;
    newer
}

/// Takes in whatever arrived while the worker computed: the newest run goes
/// to `newer`. Returns true when run `id` itself was cancelled.
fn take_messages(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    id: u64,
    newer: &mut Option<ToWorker>,
) -> bool {
    let mut cancelled = false;
    while let Some(Some(message)) = scope.next().now_or_never() {
        match message {
            ToWorker::Cancel { id: c } if c == id => cancelled = true,
            ToWorker::Cancel { id: c } => {
                if newer.as_ref().is_some_and(|n| n.id() == c) {
                    *newer = None;
                }
            }
            job => *newer = Some(job),
        }
    }
    cancelled
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type ImportMeta;

    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;

    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
}

/// The page's end of the worker: send requests with it; replies go to the
/// callback given to [`connect`]. Dropping it stops the worker.
pub struct Worker {
    /// Shared with nothing but a weak reference in the reply loop, so
    /// dropping the `Worker` drops the bridge, which ends the worker.
    bridge: Rc<RefCell<ReactorBridge<SimWorker>>>,
}

impl Worker {
    /// Posts a request to the worker at once (not from a task of its own:
    /// the page's other work after an edit, such as rewriting the address,
    /// then overlaps with the simulation instead of delaying it).
    pub fn send(&self, request: ToWorker) {
        self.bridge.borrow().send_input(request);
    }
}

impl PartialEq for Worker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bridge, &other.bridge)
    }
}

/// Starts the worker: this same program, imported as an ES module into a
/// worker from the script the page was loaded from, and calls `on_reply`
/// with each reply.
///
/// yew-agent's `ReactorProvider` is not used because it loses its `module`
/// setting when given a codec (0.5.0 calls `encoding()`, which makes a new
/// spawner, after `as_module()`), and importing the page's own module is
/// what lets one binary serve as both page and worker.
pub fn connect(on_reply: impl Fn(FromWorker) + 'static) -> Worker {
    let bridge = ReactorSpawner::<SimWorker>::new()
        .encoding::<Json>()
        // A classic worker that imports the module (see `loader_url`).
        .as_module(false)
        .with_loader(true)
        .spawn(&loader_url());
    let bridge = Rc::new(RefCell::new(bridge));
    let replies = Rc::downgrade(&bridge);
    spawn_local(async move {
        // The bridge is borrowed only while polled, never across an await
        // or during `on_reply`, so `Worker::send` never meets a borrow.
        let next = || {
            poll_fn(|cx| match replies.upgrade() {
                Some(bridge) => bridge.borrow_mut().poll_next_unpin(cx),
                None => Poll::Ready(None),
            })
        };
        while let Some(reply) = next().await {
            on_reply(reply);
        }
    });
    Worker { bridge }
}

/// A `blob:` URL of a one-line script that starts this program in a worker.
/// It names the WebAssembly file explicitly: trunk adds a hash to the file
/// names after wasm-bindgen wrote the default (`app_bg.wasm`) into the
/// script, and `app-<hash>.js` goes with `app-<hash>_bg.wasm`.
///
/// The script is classic and loads the module with `import()`: in an
/// iframe sandboxed without `allow-same-origin` (an embed, see
/// `crate::embed`) Chromium refuses a *module* worker from a `blob:` URL,
/// while a classic one starts, and `import()` works in both.
fn loader_url() -> String {
    let script = script_url();
    let wasm = match script.rsplit_once(".js") {
        Some((stem, rest)) => format!("{stem}_bg.wasm{rest}"),
        None => script.clone(),
    };
    let source =
        format!("import({script:?}).then((m) => m.default({{ module_or_path: {wasm:?} }}));\n");
    let parts = js_sys::Array::of1(&JsValue::from_str(&source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or(script)
}

/// The URL of the JavaScript module that loaded this WebAssembly (trunk's
/// `app-<hash>.js`); a module worker started from it runs this same binary.
pub fn script_url() -> String {
    IMPORT_META.with(ImportMeta::url)
}

thread_local! {
    /// `performance`, which exists both in a window and in a worker (looked
    /// up on the global object so one function serves both). Looked up
    /// once: the worker reads the clock after every engine step.
    static PERFORMANCE: Option<web_sys::Performance> =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
}

/// Milliseconds from `performance.now()`.
pub fn now_ms() -> f64 {
    PERFORMANCE
        .with(|p| p.as_ref().map(web_sys::Performance::now))
        .unwrap_or_else(js_sys::Date::now)
}

/// Lets the worker's event loop run, so queued messages are delivered.
///
/// A resolved promise would only run microtasks, and messages are tasks;
/// `setTimeout(0)` is clamped to 4 ms after a few nested calls. A message
/// to ourselves through a `MessageChannel` is a task with no clamp.
async fn yield_to_event_loop() {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        gloo::timers::future::TimeoutFuture::new(0).await;
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        channel.port1().set_onmessage(Some(&resolve));
        let _ = channel.port2().post_message(&JsValue::UNDEFINED);
    });
    let _ = JsFuture::from(promise).await;
    channel.port1().set_onmessage(None);
}

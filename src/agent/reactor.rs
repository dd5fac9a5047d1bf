//! The worker's side: the reactor that takes requests, runs the engine's
//! chunked computations (anything implementing `worthit_engine::Chunked`)
//! in slices, reports progress, and gives a run up when a newer one
//! supersedes it (see the module docs of `crate::agent`).

use futures::sink::SinkExt;
use futures::{FutureExt, StreamExt};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use worthit_engine::calibrate::{CalibrateOptions, CalibrationRun, UncertaintyRun};
use worthit_engine::lab::{ClaimCurveRun, LabOptions, NextScreenshotRun};
use worthit_engine::robustness;
use worthit_engine::solve::SolveRun;
use worthit_engine::{
    Blocks, Chunked, CompareSimulation, Problem, RunOptions, ScenarioError, Simulation,
    parse_scenario,
};
use yew_agent::prelude::*;

use super::clock::now_ms;
use super::pool::{self, Pool};
use super::protocol::{FromWorker, Pass, ToWorker};
use crate::data::answer::SolveAnswer;

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

/// The worker's main loop: one per page connection.
#[reactor]
pub async fn SimWorker(mut scope: ReactorScope<ToWorker, FromWorker>) {
    let mut waiting: Option<ToWorker> = None;
    // Helper workers for big runs, started on the first and kept.
    let mut pool = Pool::default();
    loop {
        let next = match waiting.take() {
            Some(job) => latest_run(&mut scope, Some(job), None),
            None => match scope.next().await {
                Some(message) => latest_run(&mut scope, None, Some(message)),
                None => return,
            },
        };
        waiting = match next {
            Some(ToWorker::Run {
                id,
                scenario,
                workers,
            }) => simulate(&mut scope, &mut pool, (id, &scenario, workers)).await,
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
/// `requested`: the workers the page's address asks for (`pool`).
async fn simulate(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    pool: &mut Pool,
    (id, json, requested): (u64, &str, Option<u32>),
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
        // A big answer pass goes over several workers (`pool`), in blocks
        // merged in block order: the same numbers as one worker.
        let workers = pool::workers_for(scenario.users, requested);
        let blocks = match pass {
            Pass::Main if workers > 1 => Blocks::new(&scenario, &options).ok().flatten(),
            _ => None,
        };
        let finished = match blocks {
            Some(blocks) => {
                let job = pool::Job {
                    id,
                    pass,
                    json,
                    what_ifs: options.sensitivity,
                    start,
                    workers,
                };
                pool.run(scope, job, blocks, &mut newer).await
            }
            None => {
                let mut sim = match Simulation::new(&scenario, &options) {
                    Ok(sim) => sim,
                    Err(e) => {
                        let problems = e.problems;
                        let _ = scope.send(FromWorker::Failed { id, problems }).await;
                        return None;
                    }
                };
                match run_pass(scope, id, pass, &mut sim, start, &mut newer).await {
                    true => Some((sim.finish(), 1)),
                    false => None,
                }
            }
        };
        let Some((mut results, workers)) = finished else {
            return newer;
        };
        results.elapsed_ms = now_ms() - start;
        // Our own plain data serializes; non-finite numbers become null,
        // which the page reports rather than shows.
        let results = serde_json::to_string(&results).unwrap_or_default();
        let partial = pass == Pass::Main;
        let _ = scope
            .send(FromWorker::Finished {
                id,
                results,
                partial,
                workers,
            })
            .await;
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

/// One pass of a run, or one lab job: steps `sim` (any of the engine's
/// chunked computations) to the end, in slices. False when
/// it was cancelled or superseded (the page has been told); `newer`
/// collects a newer request that arrived meanwhile.
async fn run_pass<S: Chunked>(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    id: u64,
    pass: Pass,
    sim: &mut S,
    start: f64,
    newer: &mut Option<ToWorker>,
) -> bool {
    let total = sim.total();
    let slice_ms = if pass.adds_to_shown() {
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
        let cancelled = take_messages(scope, id, newer);
        if too_late(cancelled, newer, pass, start) {
            let _ = scope.send(FromWorker::Cancelled { id }).await;
            return false;
        }
        slice_start = now_ms();
    }
    true
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
                    // The verdict is on screen: a newer input ends this
                    // pass at once instead of waiting for it (it took up
                    // to ~200 ms of every slider step in compare mode).
                    let pass = Pass::Robustness;
                    if !run_pass(scope, id, pass, &mut run, start, &mut newer).await {
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
            // A run per posterior draw, a draw a step: the job has a worker
            // of its own, and a newer scenario (each edit of a calibrated
            // one asks again) ends an older job between draws instead of
            // waiting for all of them.
            let run = parse_scenario(&scenario).and_then(|s| UncertaintyRun::new(&s, true));
            let finished = match run {
                Err(e) => Err(e),
                Ok(None) => Ok(None),
                Ok(Some(mut run)) => {
                    let pass = Pass::Uncertainty;
                    if !run_pass(scope, id, pass, &mut run, start, &mut newer).await {
                        return newer;
                    }
                    run.finish().map(Some)
                }
            };
            match finished {
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
pub(super) fn take_messages(
    scope: &mut ReactorScope<ToWorker, FromWorker>,
    id: u64,
    newer: &mut Option<ToWorker>,
) -> bool {
    let mut cancelled = false;
    while let Some(Some(message)) = scope.next().now_or_never() {
        cancelled |= take_one(message, id, newer);
    }
    cancelled
}

/// Takes in one message that arrived while run `id` was going: a newer
/// request goes to `newer`. Returns true when it cancels run `id` itself.
pub(super) fn take_one(message: ToWorker, id: u64, newer: &mut Option<ToWorker>) -> bool {
    match message {
        ToWorker::Cancel { id: c } if c == id => return true,
        ToWorker::Cancel { id: c } => {
            if newer.as_ref().is_some_and(|n| n.id() == c) {
                *newer = None;
            }
        }
        job => *newer = Some(job),
    }
    false
}

/// Whether a run started at `start` must stop now: it was cancelled, or
/// a newer input came and the run is slow (past [`SUPERSEDE_AFTER_MS`])
/// or only adding to an answer already shown ([`Pass::adds_to_shown`]).
pub(super) fn too_late(cancelled: bool, newer: &Option<ToWorker>, pass: Pass, start: f64) -> bool {
    let slow = now_ms() - start > SUPERSEDE_AFTER_MS;
    cancelled || (newer.is_some() && (slow || pass.adds_to_shown()))
}

/// Lets the worker's event loop run, so queued messages are delivered.
///
/// A resolved promise would only run microtasks, and messages are tasks;
/// `setTimeout(0)` is clamped to 4 ms after a few nested calls. A message
/// to ourselves through a `MessageChannel` is a task with no clamp.
pub(super) async fn yield_to_event_loop() {
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

//! Several cores for a big run: the page's worker spreads the answer pass
//! of a large run over helper workers, block by block, and merges the
//! blocks in block order (`worthit_engine::Blocks`), exactly as
//! `worthit run` merges its threads' blocks, so the numbers are those of a
//! single worker and of the command line, however many helpers there are.
//!
//! - **Who.** Up to `navigator.hardwareConcurrency` workers in all (at most
//!   [`MAX_WORKERS`]): the page's worker and `limit − 1` helpers. Helpers
//!   are started on the first run of at least [`MIN_PEOPLE`] people and
//!   kept for later runs; a smaller run stays in the page's worker alone,
//!   where it always ran (starting and feeding helpers costs more than
//!   they save there, see docs/performance.md). `?workers=N` on the page's
//!   address sets the limit instead (tests and measurements).
//! - **How they start.** Each helper is a classic worker from a `blob:`
//!   URL (CSP `worker-src 'self' blob:`, and it works in a sandboxed frame
//!   whose origin is null, like the page's worker) that imports the page's
//!   script and starts it with the page's compiled WebAssembly module,
//!   posted to it: nothing is fetched from the network again but the
//!   (cached) script, nothing compiled again. See [`helper`].
//! - **The work.** The page's worker sends a helper the scenario once per
//!   run, then block numbers, at most [`DEPTH`] at a time; each reply is a
//!   block's totals as exact words ([`protocol`]). The page's worker
//!   computes blocks too, one at a time between looks at its inbox, and
//!   merges whatever is next in block order.
//! - **Stopping.** A Cancel or a newer input ends the run exactly as in a
//!   single worker (the same rules, checked after every block the worker
//!   computes and every message it receives). Helpers finish at most the
//!   [`DEPTH`] blocks they hold; replies of an older run are ignored.
//! - **Failures.** A helper that cannot start, reports itself broken or
//!   fails gets no more work and its blocks are done by the others; with
//!   no helper at all, the page's worker computes every block itself.

pub mod helper;
pub mod protocol;

use std::collections::BTreeMap;

use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender, unbounded};
use futures::{FutureExt, StreamExt};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::MessageEvent;
use worthit_engine::{BlockAcc, Blocks, Results};
use yew_agent::prelude::ReactorScope;

use super::clock::now_ms;
use super::protocol::{FromWorker, Pass, ToWorker};
use super::reactor::{SLICE_MS, take_messages, take_one, too_late, yield_to_event_loop};
use protocol::{FromHelper, ToHelper};

/// The smallest run spread over helpers. Below it the run stays in the
/// page's worker: measured on 2 cores (docs/performance.md), a 500,000-
/// person answer pass takes about 60 ms in one worker, and sending the
/// scenario and the blocks, compiling the scenario in each helper and
/// merging cost a few milliseconds that only a run this big repays; a
/// 100,000-person run (a dragged slider) is two blocks, too few to share.
pub const MIN_PEOPLE: u64 = 500_000;

/// The most workers a run uses (the page's worker included), however many
/// cores the machine has: a run's blocks are merged by one worker, and
/// past this many the merging and messages are no longer small.
pub const MAX_WORKERS: u32 = 8;

/// Blocks a helper holds at once: one to compute and one waiting, so it
/// never waits for the page's worker; and after a Cancel it finishes at
/// most this many blocks of the old run.
pub const DEPTH: usize = 2;

/// The page's query parameter that sets how many workers a big run uses
/// (`?workers=1` keeps every run in one worker). Not a documented
/// setting: for tests and measurements.
pub const QUERY: &str = "workers";

/// How many workers the page's address asks for (`?workers=N`), read on
/// the page and sent with each run.
pub fn page_request() -> Option<u32> {
    let search = web_sys::window()?.location().search().ok()?;
    let value = worthit_page_core::params::value(search.trim_start_matches('?'), QUERY)?;
    value.parse::<u32>().ok().filter(|n| *n >= 1)
}

/// Writes on the page how many workers computed the latest answer pass
/// (`<html data-workers="N">`), for tests and measurements; the page
/// shows nothing of it.
pub fn mark_page(workers: u32) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-workers", &workers.to_string());
    }
}

/// Workers for a run of `users` people, the page's worker included:
/// `requested` (from [`page_request`]) or the machine's cores, at most
/// [`MAX_WORKERS`]; 1 below [`MIN_PEOPLE`].
pub fn workers_for(users: u64, requested: Option<u32>) -> u32 {
    if users < MIN_PEOPLE {
        return 1;
    }
    requested.unwrap_or_else(cores).clamp(1, MAX_WORKERS)
}

/// `navigator.hardwareConcurrency`, read in the worker (1 if unknown).
fn cores() -> u32 {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &JsValue::from_str("navigator"))
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("hardwareConcurrency")))
        .ok()
        .and_then(|c| c.as_f64())
        .map_or(1, |c| c.clamp(1.0, f64::from(MAX_WORKERS)) as u32)
}

/// The page's worker's helpers, started lazily and kept for later runs.
pub struct Pool {
    helpers: Vec<Helper>,
    events: UnboundedReceiver<Event>,
    sender: UnboundedSender<Event>,
    /// The number of the current run (a pass); replies of another are old.
    run: u64,
}

impl Default for Pool {
    fn default() -> Self {
        let (sender, events) = unbounded();
        Pool {
            helpers: Vec::new(),
            events,
            sender,
            run: 0,
        }
    }
}

/// One helper worker, as the page's worker sees it.
struct Helper {
    worker: web_sys::Worker,
    /// It has said it is ready (its WebAssembly runs).
    ready: bool,
    /// It has not failed; a helper that failed gets no more work.
    alive: bool,
    /// It holds the current run's scenario.
    has_run: bool,
    /// Blocks of the current run sent to it and not yet back.
    held: Vec<u64>,
    /// Blocks of the current run it sent back.
    delivered: u64,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

/// What a helper's worker said, tagged with the helper's place.
enum Event {
    Message(usize, Option<String>),
    Failed(usize),
}

/// One pass of a run, for [`Pool::run`].
pub struct Job<'a> {
    pub id: u64,
    pub pass: Pass,
    /// The scenario's JSON text, as the page sent it.
    pub json: &'a str,
    pub what_ifs: bool,
    /// When the run began (its time is reported from here).
    pub start: f64,
    /// Workers to use, the page's worker included (at least 2 here).
    pub workers: u32,
}

/// The state of a pass's blocks in the page's worker.
struct Work {
    blocks: Blocks,
    /// Blocks not yet given out: `next..count`, after `again` (blocks
    /// of a helper that failed).
    next: u64,
    again: Vec<u64>,
    /// Blocks back out of order, waiting for their turn to be merged.
    waiting: BTreeMap<u64, BlockAcc>,
    /// The page's worker computed at least one block.
    computed_here: bool,
}

impl Work {
    fn take(&mut self) -> Option<u64> {
        if let Some(b) = self.again.pop() {
            return Some(b);
        }
        (self.next < self.blocks.count()).then(|| {
            self.next += 1;
            self.next - 1
        })
    }

    /// Keeps a block and merges every block now next in order.
    fn arrive(&mut self, block: BlockAcc) {
        self.waiting.insert(block.index(), block);
        while let Some(next) = self.waiting.remove(&self.blocks.merged()) {
            // Only the block next in order is taken out, so this is never
            // refused.
            let _ = self.blocks.merge_next(next);
        }
    }
}

impl Pool {
    /// Runs one pass in blocks over the page's worker and `job.workers − 1`
    /// helpers. Returns the results and how many workers computed blocks,
    /// or `None` when the run was cancelled or superseded (the page has
    /// been told) or the page went away.
    pub async fn run(
        &mut self,
        scope: &mut ReactorScope<ToWorker, FromWorker>,
        job: Job<'_>,
        blocks: Blocks,
        newer: &mut Option<ToWorker>,
    ) -> Option<(Results, u32)> {
        let Job {
            id, pass, start, ..
        } = job;
        self.run += 1;
        let wanted = job.workers.saturating_sub(1) as usize;
        self.grow(wanted);
        for i in 0..self.helpers.len() {
            let h = &mut self.helpers[i];
            h.held.clear();
            h.delivered = 0;
            h.has_run = false;
            if i < wanted && h.ready && h.alive {
                self.send_scenario(i, &job);
            }
        }
        let mut work = Work {
            blocks,
            next: 0,
            again: Vec::new(),
            waiting: BTreeMap::new(),
            computed_here: false,
        };
        let total = work.blocks.users();
        let mut reported = now_ms();
        while !work.blocks.done() {
            while let Some(Some(event)) = self.events.next().now_or_never() {
                self.on_event(event, &job, &mut work);
            }
            if work.blocks.done() {
                break;
            }
            self.hand_out(wanted, &mut work);
            if let Some(b) = work.take() {
                // The page's worker computes one block, then looks at its
                // inbox (a block takes a few milliseconds).
                match work.blocks.block(b) {
                    Ok(block) => work.arrive(block),
                    // `take` gives only blocks of the run.
                    Err(_) => continue,
                }
                work.computed_here = true;
                yield_to_event_loop().await;
                let cancelled = take_messages(scope, id, newer);
                if too_late(cancelled, newer, pass, start) {
                    return stop(scope, id).await;
                }
            } else {
                // Every block is out: wait for a helper, the page, or the
                // next progress report.
                let mut tick = gloo::timers::future::TimeoutFuture::new(SLICE_MS as u32).fuse();
                futures::select! {
                    event = self.events.next() => {
                        if let Some(event) = event {
                            self.on_event(event, &job, &mut work);
                        }
                    }
                    message = scope.next() => {
                        // `None`: the page went away.
                        let message = message?;
                        let cancelled = take_one(message, id, newer);
                        if too_late(cancelled, newer, pass, start) {
                            return stop(scope, id).await;
                        }
                    }
                    _ = tick => {}
                }
            }
            let now = now_ms();
            if now - reported >= SLICE_MS && !work.blocks.done() {
                reported = now;
                let progress = FromWorker::Progress {
                    id,
                    pass,
                    done: work.blocks.people_before(work.blocks.merged()),
                    total,
                    elapsed_ms: now - start,
                };
                let _ = futures::SinkExt::send(scope, progress).await;
            }
        }
        let helpers = self.helpers.iter().filter(|h| h.delivered > 0).count() as u32;
        let workers = helpers + u32::from(work.computed_here);
        Some((work.blocks.finish(), workers.max(1)))
    }

    /// Starts helpers until there are `wanted` (never fewer than before:
    /// started helpers are kept).
    fn grow(&mut self, wanted: usize) {
        while self.helpers.len() < wanted {
            let index = self.helpers.len();
            match start(index, &self.sender) {
                Some(helper) => self.helpers.push(helper),
                // Workers cannot be started here (a browser or policy that
                // refuses them): the page's worker does the work alone.
                None => break,
            }
        }
    }

    /// Gives every usable helper blocks until it holds [`DEPTH`].
    fn hand_out(&mut self, wanted: usize, work: &mut Work) {
        let run = self.run;
        for h in self.helpers.iter_mut().take(wanted) {
            while h.alive && h.has_run && h.held.len() < DEPTH {
                let Some(block) = work.take() else {
                    return;
                };
                if post(&h.worker, &ToHelper::Block { run, block }) {
                    h.held.push(block);
                } else {
                    h.alive = false;
                    work.again.push(block);
                    work.again.append(&mut h.held);
                }
            }
        }
    }

    fn send_scenario(&mut self, i: usize, job: &Job<'_>) {
        let message = ToHelper::Scenario {
            run: self.run,
            scenario: job.json.to_owned(),
            what_ifs: job.what_ifs,
        };
        let h = &mut self.helpers[i];
        h.has_run = post(&h.worker, &message);
        h.alive &= h.has_run;
    }

    /// Takes in what a helper said.
    fn on_event(&mut self, event: Event, job: &Job<'_>, work: &mut Work) {
        let (i, message) = match event {
            Event::Failed(i) => (i, None),
            Event::Message(i, text) => (
                i,
                text.and_then(|t| serde_json::from_str::<FromHelper>(&t).ok()),
            ),
        };
        let wanted = job.workers.saturating_sub(1) as usize;
        match message {
            Some(FromHelper::Ready) => {
                self.helpers[i].ready = true;
                if i < wanted && self.helpers[i].alive {
                    self.send_scenario(i, job);
                }
            }
            Some(FromHelper::Done { run, block, words }) if run == self.run => {
                let h = &mut self.helpers[i];
                let Some(place) = h.held.iter().position(|&b| b == block) else {
                    return;
                };
                h.held.swap_remove(place);
                match work.blocks.read(block, &words) {
                    Ok(acc) => {
                        h.delivered += 1;
                        work.arrive(acc);
                    }
                    // Words of another shape: this helper runs something
                    // else than the page's worker; its block is redone.
                    Err(_) => {
                        h.alive = false;
                        work.again.push(block);
                        work.again.append(&mut h.held);
                    }
                }
            }
            // A block of an older run, ignored.
            Some(FromHelper::Done { .. }) => {}
            Some(FromHelper::Broken { .. }) | None => {
                let h = &mut self.helpers[i];
                h.alive = false;
                h.worker.terminate();
                work.again.append(&mut h.held);
            }
        }
    }
}

/// Tells the page that run `id` stopped; `None` for [`Pool::run`].
async fn stop(scope: &mut ReactorScope<ToWorker, FromWorker>, id: u64) -> Option<(Results, u32)> {
    let _ = futures::SinkExt::send(scope, FromWorker::Cancelled { id }).await;
    None
}

/// Posts a message to a helper as JSON text; false if it could not.
fn post(worker: &web_sys::Worker, message: &ToHelper) -> bool {
    serde_json::to_string(message)
        .ok()
        .is_some_and(|text| worker.post_message(&JsValue::from_str(&text)).is_ok())
}

/// Starts helper `index`: a worker from the loader's `blob:` URL, sent
/// the page's compiled WebAssembly module. `None` if the browser refuses.
fn start(index: usize, sender: &UnboundedSender<Event>) -> Option<Helper> {
    let url = LOADER.with(|url| url.clone())?;
    let worker = web_sys::Worker::new(&url).ok()?;
    let messages = sender.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let _ = messages.unbounded_send(Event::Message(index, event.data().as_string()));
    });
    let errors = sender.clone();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        // Handled here: the helper's blocks are done elsewhere.
        event.prevent_default();
        let _ = errors.unbounded_send(Event::Failed(index));
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    if worker.post_message(&wasm_bindgen::module()).is_err() {
        worker.terminate();
        return None;
    }
    Some(Helper {
        worker,
        ready: false,
        alive: true,
        has_run: false,
        held: Vec::new(),
        delivered: 0,
        _on_message: on_message,
        _on_error: on_error,
    })
}

thread_local! {
    /// The helpers' loader as a `blob:` URL, made once.
    static LOADER: Option<String> = loader_url();
}

/// A `blob:` URL of the helpers' loader: a classic script (a module
/// worker from `blob:` is refused in a sandboxed frame, see
/// `super::bridge`) that waits for the WebAssembly module, marks itself a
/// helper ([`helper::MARK`]) and starts the page's script with that
/// module. A failure to load is reported as `Broken`.
fn loader_url() -> Option<String> {
    let script = super::script_url();
    let broken = serde_json::to_string(&FromHelper::Broken {
        reason: String::new(),
    })
    .ok()?;
    let source = format!(
        "self.onmessage = (e) => {{\n\
         \x20 self.onmessage = null;\n\
         \x20 self.{mark} = true;\n\
         \x20 import({script:?})\n\
         \x20   .then((m) => m.default({{ module_or_path: e.data }}))\n\
         \x20   .catch(() => self.postMessage({broken:?}));\n\
         }};\n",
        mark = helper::MARK,
    );
    super::bridge::script_blob_url(&source)
}

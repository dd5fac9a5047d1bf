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
//! reply (the same draws as `worthit compare`), from a pass that a newer
//! input ends at once, like the what-ifs ([`Pass::Robustness`]).
//!
//! Grounding in data (`crate::data`) adds three more, each in a worker of
//! its card: [`ToWorker::Calibrate`] (the engine's chunked
//! `CalibrationRun`, as `worthit calibrate` runs it),
//! [`ToWorker::Solve`] (the value of one input that reaches a target
//! share) and [`ToWorker::Uncertainty`] (a calibrated scenario's adoption
//! interval with parameter uncertainty).
//!
//! A big run's answer pass uses several cores: the worker spreads its
//! blocks of people over helper workers and merges them in block order,
//! so the numbers are the same as in one worker ([`pool`]).
//!
//! The module has one file a job: [`protocol`] (the typed messages both
//! ends share), [`reactor`] (the worker's loop: runs and lab jobs in
//! slices), [`pool`] (the helper workers of a big run), [`bridge`] (the
//! page's end: starting the worker and posting to it), [`handover`] (giving a new worker the page's compiled WebAssembly),
//! [`early`] (the page's own worker, started before the page mounts) and
//! [`clock`] (the time both ends read, and the start-up marks).

pub mod bridge;
pub mod clock;
pub mod early;
pub mod handover;
pub mod pool;
pub mod protocol;
pub mod reactor;

pub use bridge::{Worker, connect, script_url};
pub use clock::now_ms;
pub use protocol::{FromWorker, Pass, ToWorker};
pub use reactor::{SLICE_MS, SUPERSEDE_AFTER_MS, SimWorker, WHAT_IF_SLICE_MS};

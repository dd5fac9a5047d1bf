//! The messages between the page's worker and its helper workers, sent as
//! JSON text. A block's totals travel as the engine's exact words
//! (`worthit_engine::BlockAcc::words`: counts, and sums as their `f64`
//! bits), which JSON carries exactly as integers; so the worker merges the
//! very numbers the helper computed.

use serde::{Deserialize, Serialize};

/// From the page's worker to a helper. (Before these, the helper's loader
/// receives the page's compiled WebAssembly module, see `super::start`.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ToHelper {
    /// Compile this scenario (JSON text) for run `run`; the blocks asked
    /// for next belong to it. `what_ifs`: the pass with the what-if rows.
    Scenario {
        run: u64,
        scenario: String,
        what_ifs: bool,
    },
    /// Compute block `block` of run `run`.
    Block { run: u64, block: u64 },
}

/// From a helper to the page's worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FromHelper {
    /// The helper's WebAssembly runs and it listens for jobs.
    Ready,
    /// Block `block` of run `run`: its totals as the engine's words.
    Done {
        run: u64,
        block: u64,
        words: Vec<u64>,
    },
    /// The helper could not do what it was asked (it could not start, or
    /// could not compile the scenario or the block): its blocks are done
    /// elsewhere and it gets no more work.
    Broken { reason: String },
}

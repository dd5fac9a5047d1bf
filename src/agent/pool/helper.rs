//! A helper worker's side: it compiles the scenario it is sent and
//! computes the blocks it is asked for, one reply per block.
//!
//! A helper runs the same WebAssembly as the page and its worker (the
//! module is posted to it, so nothing is fetched or compiled again); its
//! loader sets [`MARK`] on its global object before the program starts, so
//! `crate::start_worker` knows to call [`serve`] instead of starting
//! another page worker.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};
use worthit_engine::{Blocks, RunOptions, parse_scenario};

use super::protocol::{FromHelper, ToHelper};

/// The global the helper's loader sets (see `super::loader_source`).
pub const MARK: &str = "worthitPoolHelper";

thread_local! {
    /// The run this helper computes blocks of, compiled once per run.
    static RUN: RefCell<Option<(u64, Blocks)>> = const { RefCell::new(None) };
}

/// True in a helper worker (its loader set [`MARK`]).
pub fn is_helper() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(MARK))
        .map(|v| v.is_truthy())
        .unwrap_or(false)
}

/// Listens for jobs from the page's worker and says it is ready.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        let reply = event
            .data()
            .as_string()
            .and_then(|text| serde_json::from_str::<ToHelper>(&text).ok())
            .and_then(handle);
        if let Some(reply) = reply {
            post(&reply);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The helper lives as long as its worker.
    on_message.forget();
    post(&FromHelper::Ready);
}

/// Does one job; a block of another run than the current one (the page's
/// worker has moved on) gets no reply.
fn handle(job: ToHelper) -> Option<FromHelper> {
    match job {
        ToHelper::Scenario {
            run,
            scenario,
            what_ifs,
        } => {
            let options = RunOptions {
                sensitivity: what_ifs,
                ..RunOptions::default()
            };
            let blocks = parse_scenario(&scenario)
                .ok()
                .and_then(|s| Blocks::new(&s, &options).ok().flatten());
            match blocks {
                Some(blocks) => {
                    RUN.with(|r| *r.borrow_mut() = Some((run, blocks)));
                    None
                }
                // The page's worker compiled the same scenario; if this
                // one cannot, it does the blocks itself.
                None => {
                    RUN.with(|r| *r.borrow_mut() = None);
                    Some(FromHelper::Broken {
                        reason: format!("run {run}: the scenario did not compile"),
                    })
                }
            }
        }
        ToHelper::Block { run, block } => RUN.with(|r| {
            let current = r.borrow();
            let (current_run, blocks) = current.as_ref()?;
            if *current_run != run {
                return None;
            }
            Some(match blocks.block(block) {
                Ok(acc) => FromHelper::Done {
                    run,
                    block,
                    words: acc.words(),
                },
                Err(e) => FromHelper::Broken {
                    reason: e.to_string(),
                },
            })
        }),
    }
}

fn post(reply: &FromHelper) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // Our own plain data serializes.
    let text = serde_json::to_string(reply).unwrap_or_default();
    let _ = scope.post_message(&JsValue::from_str(&text));
}

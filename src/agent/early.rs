//! The page's own simulation worker, started before the page mounts.
//!
//! A browser starts a worker only when the page's main thread has a moment
//! for it, and yew-agent holds the page's requests until the worker says
//! it has loaded, a message the main thread must also take. Mounting the
//! page is one long task (on a slow processor, seconds of rendering and
//! then layout), so a worker created during the mount started only after
//! it, and the first result waited for both in turn (measured in
//! `docs/performance.md`, "Start-up after the WebAssembly arrives").
//!
//! So the page starts its worker first ([`start`]: handed the compiled
//! module, it loads in tens of milliseconds) and mounts once the worker
//! has loaded; the first request then goes straight to it, and the
//! simulation runs while the page mounts. The page takes the worker over
//! with [`page_worker`].

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use futures::channel::oneshot;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;

use super::bridge::{self, Worker};
use super::protocol::FromWorker;

/// How long the page waits at most for its worker before mounting anyway
/// (requests then wait in yew-agent's queue, as before): a guard against a
/// worker that neither loads nor fails, not a tuning knob. A worker given
/// the module loads within about 150 ms under Slow 4G and a 4× slower
/// processor.
pub const LOAD_GUARD_MS: u32 = 1_500;

/// Where a reply goes before the page has taken the worker over: nowhere
/// (nothing was asked yet), then the page's callback.
type ReplySlot = Rc<RefCell<Option<Box<dyn Fn(FromWorker)>>>>;

struct Early {
    worker: Worker,
    reply: ReplySlot,
}

thread_local! {
    static EARLY: RefCell<Option<Early>> = const { RefCell::new(None) };
}

/// Starts the page's worker now; the future resolves once it has loaded
/// (its first message), failed, or after [`LOAD_GUARD_MS`]. A worker that
/// was not handed the compiled module (it downloads the WebAssembly
/// itself) is not waited for.
pub fn start() -> impl Future<Output = ()> {
    let reply: ReplySlot = Rc::default();
    let slot = reply.clone();
    let (worker, native) = bridge::spawn(move |message| {
        if let Some(on_reply) = slot.borrow().as_ref() {
            on_reply(message);
        }
    });
    EARLY.with(|early| *early.borrow_mut() = Some(Early { worker, reply }));
    // Listening from now on, after yew-agent's own handler: by the time
    // this one hears the worker's first message, yew-agent has taken it.
    let waiting = native.map(|native| loaded(&native));
    async move {
        if let Some(waiting) = waiting {
            waiting.await;
        }
    }
}

/// The worker [`start`] started, its replies going to `on_reply` from now
/// on; or, when there is none (or it was taken), a new one.
pub fn page_worker(on_reply: impl Fn(FromWorker) + 'static) -> Worker {
    match EARLY.with(|early| early.borrow_mut().take()) {
        Some(Early { worker, reply }) => {
            *reply.borrow_mut() = Some(Box::new(on_reply));
            worker
        }
        None => bridge::connect(on_reply),
    }
}

/// Resolves at `worker`'s first message or error, or after the guard.
fn loaded(worker: &web_sys::Worker) -> impl Future<Output = ()> + use<> {
    let (done, finished) = oneshot::channel::<()>();
    let done = Rc::new(RefCell::new(Some(done)));
    let fire = move || {
        if let Some(done) = done.borrow_mut().take() {
            let _ = done.send(());
        }
    };
    let on_message = {
        let fire = fire.clone();
        EventListener::once(worker, "message", move |_| fire())
    };
    let on_error = {
        let fire = fire.clone();
        EventListener::once(worker, "error", move |_| fire())
    };
    let guard = Timeout::new(LOAD_GUARD_MS, fire);
    async move {
        let _ = finished.await;
        // Heard, failed or timed out: the listeners and the timer go.
        drop((on_message, on_error, guard));
    }
}

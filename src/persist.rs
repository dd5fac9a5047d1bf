//! Keeping the scenario in the address and in storage while it changes,
//! without paying for it at every step of a dragged slider.
//!
//! Rewriting the address costs Chromium's main thread about ten
//! milliseconds (a same-document navigation, after which it also reloads
//! the favicon), and localStorage writes block it too; a share link or the
//! next visit needs only the scenario the person settled on. So a
//! [`Throttle`] does the first write of a burst at once and the rest at
//! most every [`PERIOD_MS`], always ending with the latest scenario. A
//! write still waiting is done at once ([`Throttle::flush`]) when the run
//! of the latest scenario is complete, so the address matches the numbers
//! on screen whenever they are final, and when the page goes away
//! (`pagehide`), so storage is never behind.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

use crate::agent::now_ms;

/// The least time between two writes, in milliseconds.
pub const PERIOD_MS: f64 = 300.0;

type Write = Box<dyn FnOnce()>;

#[derive(Default)]
struct Inner {
    /// When the last write was done.
    last: Cell<Option<f64>>,
    /// The newest write not done yet.
    pending: RefCell<Option<Write>>,
    /// Does `pending` when the period is over.
    timer: RefCell<Option<Timeout>>,
}

impl Inner {
    fn run(&self, write: Write) {
        self.last.set(Some(now_ms()));
        write();
    }
}

/// Writes that may be late, but at most [`PERIOD_MS`], and never lost.
#[derive(Clone, Default)]
pub struct Throttle {
    inner: Rc<Inner>,
}

impl PartialEq for Throttle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Throttle {
    pub fn new() -> Self {
        Self::default()
    }

    /// Does `write` now if nothing was written in the last [`PERIOD_MS`];
    /// otherwise when that period is over, in place of any write still
    /// waiting (only the newest matters).
    pub fn write(&self, write: impl FnOnce() + 'static) {
        let now = now_ms();
        let since = self.inner.last.get().map_or(f64::INFINITY, |t| now - t);
        if since >= PERIOD_MS && self.inner.timer.borrow().is_none() {
            self.inner.run(Box::new(write));
            return;
        }
        *self.inner.pending.borrow_mut() = Some(Box::new(write));
        if self.inner.timer.borrow().is_some() {
            return;
        }
        let weak: Weak<Inner> = Rc::downgrade(&self.inner);
        let wait = (PERIOD_MS - since).clamp(0.0, PERIOD_MS).ceil() as u32;
        let timer = Timeout::new(wait, move || {
            if let Some(inner) = weak.upgrade() {
                inner.timer.borrow_mut().take();
                let write = inner.pending.borrow_mut().take();
                if let Some(write) = write {
                    inner.run(write);
                }
            }
        });
        *self.inner.timer.borrow_mut() = Some(timer);
    }

    /// Does a write still waiting, now.
    pub fn flush(&self) {
        self.inner.timer.borrow_mut().take();
        let write = self.inner.pending.borrow_mut().take();
        if let Some(write) = write {
            self.inner.run(write);
        }
    }

    /// Forgets a write still waiting (something else now owns what it
    /// would have written).
    pub fn cancel(&self) {
        self.inner.timer.borrow_mut().take();
        self.inner.pending.borrow_mut().take();
    }

    /// Whether a write is waiting.
    pub fn is_pending(&self) -> bool {
        self.inner.pending.borrow().is_some()
    }
}

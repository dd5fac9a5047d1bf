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
//!
//! The rule (when a write is due) is `worthit_page_core::throttle`, tested
//! natively; this holds the timer and the writes.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

pub use worthit_page_core::throttle::PERIOD_MS;
use worthit_page_core::throttle::{Plan, Schedule};

use crate::agent::now_ms;

type Write = Box<dyn FnOnce()>;

#[derive(Default)]
struct Inner {
    /// When the last write was done, and whether the timer runs.
    schedule: Cell<Schedule>,
    /// The newest write not done yet.
    pending: RefCell<Option<Write>>,
    /// Does `pending` when the period is over.
    timer: RefCell<Option<Timeout>>,
}

impl Inner {
    fn run(&self, write: Write) {
        self.update(|s| s.wrote(now_ms()));
        write();
    }

    fn update<T>(&self, change: impl FnOnce(&mut Schedule) -> T) -> T {
        let mut schedule = self.schedule.get();
        let out = change(&mut schedule);
        self.schedule.set(schedule);
        out
    }

    /// Stops the timer, if one runs.
    fn stop_timer(&self) {
        self.timer.borrow_mut().take();
        self.update(Schedule::timer_done);
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
        let wait = match self.inner.update(|s| s.ask(now_ms())) {
            Plan::Now => return self.inner.run(Box::new(write)),
            Plan::Replace => None,
            Plan::Wait(ms) => Some(ms),
        };
        *self.inner.pending.borrow_mut() = Some(Box::new(write));
        let Some(wait) = wait else {
            return;
        };
        let weak: Weak<Inner> = Rc::downgrade(&self.inner);
        let timer = Timeout::new(wait, move || {
            if let Some(inner) = weak.upgrade() {
                inner.stop_timer();
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
        self.inner.stop_timer();
        let write = self.inner.pending.borrow_mut().take();
        if let Some(write) = write {
            self.inner.run(write);
        }
    }

    /// Forgets a write still waiting (something else now owns what it
    /// would have written).
    pub fn cancel(&self) {
        self.inner.stop_timer();
        self.inner.pending.borrow_mut().take();
    }

    /// Whether a write is waiting.
    pub fn is_pending(&self) -> bool {
        self.inner.pending.borrow().is_some()
    }
}

//! When a throttled write is due: the first write of a burst at once, the
//! rest at most every [`PERIOD_MS`], always ending with the newest. The
//! page's `persist.rs` keeps the address and storage this way (rewriting
//! the address costs Chromium's main thread about ten milliseconds) and
//! owns the timer and the write; this owns the rule, with the time passed
//! in.

/// The least time between two writes, in milliseconds.
pub const PERIOD_MS: f64 = 300.0;

/// What to do with a write asked for now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Write now.
    Now,
    /// Keep it as the newest write and start a timer of this many
    /// milliseconds; when it fires, call [`Schedule::timer_done`] and write.
    Wait(u32),
    /// Keep it as the newest write, in place of the one waiting: a timer
    /// is already running.
    Replace,
}

/// The state of a throttle: when it last wrote, and whether a timer runs.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Schedule {
    last: Option<f64>,
    waiting: bool,
}

impl Schedule {
    /// A write asked for at `now` (milliseconds on any steady clock).
    pub fn ask(&mut self, now: f64) -> Plan {
        let since = self.last.map_or(f64::INFINITY, |t| now - t);
        if since >= PERIOD_MS && !self.waiting {
            return Plan::Now;
        }
        if self.waiting {
            return Plan::Replace;
        }
        self.waiting = true;
        Plan::Wait((PERIOD_MS - since).clamp(0.0, PERIOD_MS).ceil() as u32)
    }

    /// A write was done at `now`.
    pub fn wrote(&mut self, now: f64) {
        self.last = Some(now);
    }

    /// The timer fired or was stopped (a flush, a cancel).
    pub fn timer_done(&mut self) {
        self.waiting = false;
    }

    /// Whether a timer runs.
    pub fn waiting(&self) -> bool {
        self.waiting
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_write_is_at_once_and_the_next_waits_out_the_period() {
        let mut s = Schedule::default();
        assert_eq!(s.ask(1000.0), Plan::Now);
        s.wrote(1000.0);
        // 100 ms later: wait the 200 ms left of the period.
        assert_eq!(s.ask(1100.0), Plan::Wait(200));
        assert!(s.waiting());
        // Further writes meanwhile replace the waiting one.
        assert_eq!(s.ask(1150.0), Plan::Replace);
        assert_eq!(s.ask(1299.5), Plan::Replace);
        s.timer_done();
        s.wrote(1300.0);
        // A whole period later, at once again.
        assert_eq!(s.ask(1600.0), Plan::Now);
    }

    #[test]
    fn a_clock_that_goes_back_never_waits_more_than_a_period() {
        let mut s = Schedule::default();
        s.wrote(1000.0);
        assert_eq!(s.ask(900.0), Plan::Wait(300));
        let mut s = Schedule::default();
        s.wrote(1000.0);
        assert_eq!(s.ask(1299.9), Plan::Wait(1));
    }
}

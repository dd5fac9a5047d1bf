//! The progress bar that long commands (run, compare, calibrate, solve,
//! plan, lab next, lab claims) draw on standard error.
//!
//! The bar is drawn only for a person watching: when standard error is a
//! terminal and the output is not `--json`. Piped, redirected or under a
//! test harness it draws nothing, so scripts and logs see only the results
//! on standard output and the errors on standard error. The work reports
//! its progress through the engine's [`Chunked`] trait (or the progress
//! callback of a parallel run); the bar only turns those counts into
//! pixels.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use worthit_engine::{Chunked, drive};

/// What the bar shows: what is being done, the bar, the share done, time
/// spent and time left.
const TEMPLATE: &str = "{msg} [{bar:30}] {percent:>3}% {elapsed} (about {eta} left)";

/// A progress bar, or nothing when nobody is watching.
pub(crate) struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar saying `what` on standard error, drawn only when standard
    /// error is a terminal and `json` is false.
    pub(crate) fn new(what: &str, json: bool) -> Progress {
        let target = if !json && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Progress::to(target, what)
    }

    /// A bar on `target` (tests draw into a buffer).
    fn to(target: ProgressDrawTarget, what: &str) -> Progress {
        // The template is a constant checked by a test; the fallback only
        // keeps a typo from ever becoming a panic.
        let style = ProgressStyle::with_template(TEMPLATE)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        let bar = ProgressBar::with_draw_target(Some(0), target)
            .with_style(style)
            .with_message(what.to_string());
        Progress { bar }
    }

    /// Moves the bar to `done` of `total` (any unit: only the ratio shows).
    pub(crate) fn update(&self, done: u64, total: u64) {
        self.bar.set_length(total);
        self.bar.set_position(done);
    }

    /// Removes the bar, so the results print on a clean terminal.
    pub(crate) fn clear(&self) {
        self.bar.finish_and_clear();
    }

    /// Runs `run` to the end with this bar, then clears it.
    pub(crate) fn drive<R: Chunked>(self, run: R) -> R::Output {
        let out = drive(run, |done, total| self.update(done, total));
        self.clear();
        out
    }
}

/// Runs `run` to the end under a bar saying `what` (see [`Progress::new`]).
pub(crate) fn drive_with_bar<R: Chunked>(what: &str, json: bool, run: R) -> R::Output {
    Progress::new(what, json).drive(run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use indicatif::TermLike;
    use std::io;
    use std::sync::{Arc, Mutex};

    /// A terminal that records what is written to it.
    #[derive(Debug, Clone, Default)]
    struct Screen(Arc<Mutex<String>>);

    impl Screen {
        fn text(&self) -> String {
            self.0.lock().unwrap().clone()
        }
        fn push(&self, s: &str) -> io::Result<()> {
            self.0.lock().unwrap().push_str(s);
            Ok(())
        }
    }

    impl TermLike for Screen {
        fn width(&self) -> u16 {
            100
        }
        fn move_cursor_up(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_down(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_right(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn move_cursor_left(&self, _: usize) -> io::Result<()> {
            Ok(())
        }
        fn write_line(&self, s: &str) -> io::Result<()> {
            self.push(s)?;
            self.push("\n")
        }
        fn write_str(&self, s: &str) -> io::Result<()> {
            self.push(s)
        }
        fn clear_line(&self) -> io::Result<()> {
            self.push("<clear>")
        }
        fn flush(&self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Ten units of work, one a step.
    struct Ten(u64);

    impl Chunked for Ten {
        type Output = u64;
        fn step(&mut self) -> bool {
            self.0 += 1;
            self.0 == 10
        }
        fn done(&self) -> u64 {
            self.0
        }
        fn total(&self) -> u64 {
            10
        }
        fn finish(self) -> u64 {
            self.0
        }
    }

    #[test]
    fn the_template_is_valid() {
        assert!(ProgressStyle::with_template(TEMPLATE).is_ok());
    }

    #[test]
    fn a_bar_on_a_terminal_shows_what_and_how_far_then_clears() {
        let screen = Screen::default();
        let target = ProgressDrawTarget::term_like(Box::new(screen.clone()));
        let progress = Progress::to(target, "Simulating");
        progress.update(5, 10);
        // indicatif draws at most 20 times a second; force this frame.
        progress.bar.force_draw();
        let drawn = screen.text();
        assert!(drawn.contains("Simulating"), "{drawn:?}");
        assert!(drawn.contains(" 50%"), "{drawn:?}");
        progress.clear();
        assert!(screen.text().ends_with("<clear>"), "{:?}", screen.text());
    }

    #[test]
    fn driving_under_a_bar_returns_the_output_and_reaches_the_end() {
        let screen = Screen::default();
        let target = ProgressDrawTarget::term_like(Box::new(screen.clone()));
        let progress = Progress::to(target, "Counting");
        let bar = progress.bar.clone();
        assert_eq!(progress.drive(Ten(0)), 10);
        assert_eq!((bar.position(), bar.length()), (10, Some(10)));
        assert!(bar.is_finished());
    }

    #[test]
    fn json_output_never_draws() {
        // Whatever standard error is, `--json` keeps the bar hidden.
        assert!(Progress::new("Simulating", true).bar.is_hidden());
    }
}

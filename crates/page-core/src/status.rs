//! The status families: what the page's run ([`RunStatus`]) and each lab
//! card's job ([`JobStatus`]) are doing, and what their status lines show
//! ([`StatusLine`]): a state with its `data-state` name and message keys,
//! in no language. The page only draws a [`StatusLine`]
//! (`src/results/status.rs`, `src/lab/status.rs`).

use crate::state::RunStatus;

/// Below this a run or job finishes before a progress bar would be useful;
/// the bar would only flicker, so a spinner shows instead.
pub const SHOW_PROGRESS_AFTER_MS: f64 = 200.0;

/// The key of the Cancel button beside a progress bar.
pub const CANCEL_KEY: &str = "status-cancel";
/// The key of the "Run again" button after a cancel.
pub const RERUN_KEY: &str = "status-rerun";

/// The states every status line shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusState {
    /// Nothing asked yet.
    Idle,
    Running,
    /// The answer shown is that of the latest question.
    Done,
    /// The person stopped it.
    Cancelled,
    /// The worker refused it.
    Failed,
}

impl StatusState {
    /// The state's name in `data-state` attributes and the
    /// `run-status-<key>` class, which the styles and the end-to-end tests
    /// read.
    pub fn key(self) -> &'static str {
        match self {
            StatusState::Idle => "idle",
            StatusState::Running => "running",
            StatusState::Done => "done",
            StatusState::Cancelled => "cancelled",
            StatusState::Failed => "failed",
        }
    }
}

/// What a status line shows, in no language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StatusLine {
    /// Nothing (a job not asked yet).
    Idle,
    /// A progress bar with Cancel: `message` takes `$done` and `$total`;
    /// `label` names the bar for screen readers.
    Progress {
        message: &'static str,
        label: &'static str,
        done: u64,
        total: u64,
    },
    /// A spinner and `message` (too early for a progress bar).
    Working { message: &'static str },
    /// Up to date.
    Done { message: &'static str },
    /// Stopped, with "Run again" ([`RERUN_KEY`]).
    Cancelled { message: &'static str },
    /// Refused; a job lists its problems under `message`.
    Failed { message: &'static str },
}

impl StatusLine {
    /// The line's state.
    pub fn state(&self) -> StatusState {
        match self {
            StatusLine::Idle => StatusState::Idle,
            StatusLine::Progress { .. } | StatusLine::Working { .. } => StatusState::Running,
            StatusLine::Done { .. } => StatusState::Done,
            StatusLine::Cancelled { .. } => StatusState::Cancelled,
            StatusLine::Failed { .. } => StatusState::Failed,
        }
    }

    /// The key of the line's text (`None` when it shows nothing).
    pub fn message_key(&self) -> Option<&'static str> {
        match *self {
            StatusLine::Idle => None,
            StatusLine::Progress { message, .. }
            | StatusLine::Working { message }
            | StatusLine::Done { message }
            | StatusLine::Cancelled { message }
            | StatusLine::Failed { message } => Some(message),
        }
    }

    /// How far a progress bar is, 0..=1 (0 before the total is known).
    pub fn fraction(&self) -> Option<f64> {
        match *self {
            StatusLine::Progress { done, total, .. } => Some(if total > 0 {
                (done as f64 / total as f64).min(1.0)
            } else {
                0.0
            }),
            _ => None,
        }
    }
}

impl RunStatus {
    /// The run's state.
    pub fn state(&self) -> StatusState {
        match self {
            RunStatus::Running { .. } => StatusState::Running,
            RunStatus::Done => StatusState::Done,
            RunStatus::Cancelled { .. } => StatusState::Cancelled,
            RunStatus::Failed { .. } => StatusState::Failed,
        }
    }

    /// The run-status line. `stale`: the results on screen belong to an
    /// earlier scenario, so a cancel says the numbers are old (otherwise
    /// only the what-ifs were stopped).
    pub fn line(&self, stale: bool) -> StatusLine {
        match *self {
            RunStatus::Running {
                what_ifs,
                done,
                total,
                elapsed_ms,
                ..
            } if elapsed_ms >= SHOW_PROGRESS_AFTER_MS => StatusLine::Progress {
                message: if what_ifs {
                    "status-progress-what-ifs"
                } else {
                    "status-progress"
                },
                label: "status-progress-label",
                done,
                total,
            },
            RunStatus::Running { what_ifs, .. } => StatusLine::Working {
                message: if what_ifs {
                    "status-updating-what-ifs"
                } else {
                    "status-updating"
                },
            },
            RunStatus::Done => StatusLine::Done {
                message: "status-done",
            },
            RunStatus::Cancelled { .. } => StatusLine::Cancelled {
                message: if stale {
                    "status-cancelled"
                } else {
                    "status-cancelled-what-ifs"
                },
            },
            RunStatus::Failed { .. } => StatusLine::Failed {
                message: "status-failed",
            },
        }
    }
}

/// What a lab job counts, for its progress message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Units {
    /// People (a comparison).
    People,
    /// Candidate screenshots.
    Candidates,
    /// Claims on the curve.
    Claims,
    /// Evaluations of the model (a solve).
    Evaluations,
    /// Simulated people of a calibration.
    Fit,
}

impl Units {
    /// The progress message's key; it takes `$done` and `$total`.
    pub fn progress_key(self) -> &'static str {
        match self {
            Units::People => "lab-progress-people",
            Units::Candidates => "lab-progress-candidates",
            Units::Claims => "lab-progress-claims",
            Units::Evaluations => "lab-progress-evaluations",
            Units::Fit => "data-progress",
        }
    }
}

/// What a lab worker is doing with the latest question. `F` is one line of
/// a refusal, as the page words it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum JobStatus<F> {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// `done` of `total` units (people, candidates or claims) so far.
    Running {
        done: u64,
        total: u64,
        elapsed_ms: f64,
    },
    /// The answer shown is that of the latest question.
    Done,
    /// The person stopped it; the answer shown (if any) is older.
    Cancelled,
    /// The worker refused the question; one line per problem.
    Failed(Vec<F>),
}

impl<F> JobStatus<F> {
    /// The job's state.
    pub fn state(&self) -> StatusState {
        match self {
            JobStatus::Idle => StatusState::Idle,
            JobStatus::Running { .. } => StatusState::Running,
            JobStatus::Done => StatusState::Done,
            JobStatus::Cancelled => StatusState::Cancelled,
            JobStatus::Failed(_) => StatusState::Failed,
        }
    }

    /// The status's name in the cards' `data-state` attributes.
    pub fn key(&self) -> &'static str {
        self.state().key()
    }

    /// The job's status line; a progress bar needs the total too (a job
    /// learns it with its first progress report).
    pub fn line(&self, units: Units) -> StatusLine {
        match *self {
            JobStatus::Idle => StatusLine::Idle,
            JobStatus::Running {
                done,
                total,
                elapsed_ms,
            } if elapsed_ms >= SHOW_PROGRESS_AFTER_MS && total > 0 => StatusLine::Progress {
                message: units.progress_key(),
                label: "lab-progress-label",
                done,
                total,
            },
            JobStatus::Running { .. } => StatusLine::Working {
                message: "status-updating",
            },
            JobStatus::Done => StatusLine::Done {
                message: "status-done",
            },
            JobStatus::Cancelled => StatusLine::Cancelled {
                message: "lab-cancelled",
            },
            JobStatus::Failed(_) => StatusLine::Failed {
                message: "lab-failed",
            },
        }
    }
}

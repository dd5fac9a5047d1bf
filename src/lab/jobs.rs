//! The page's side of the lab's workers: ask a question, follow its
//! progress, show the newest answer.
//!
//! Each lab card owns one worker ([`use_job`]), started the first time it
//! has a question and stopped when the card goes away, so the comparison,
//! the screenshot ranking and the claim curve never wait for each other
//! and the page's own run is never pushed out of its worker's queue. A new
//! question goes to the worker at once; the worker gives up a slow older
//! one (see `crate::agent`), and an answer older than the one on screen is
//! dropped, so the newest inputs always win.

use std::cell::RefCell;
use std::rc::Rc;

use worthit_engine::lab::{ClaimCurve, ScreenshotOption};
use worthit_engine::{CompareResults, Scenario};
use yew::prelude::*;

use crate::agent::{self, FromWorker, ToWorker, Worker};
use crate::alert::{Arg, Msg};
use crate::data::answer::SolveAnswer;
use worthit_engine::calibrate::{Calibration, Uncertainty};

/// Points on a claim curve: enough for a smooth line and a peak placed to
/// within a fortieth of the range, at 41 × 20,000 people per curve.
pub const CLAIM_POINTS: u32 = 41;

/// A question for a lab worker.
#[derive(Debug, Clone, PartialEq)]
pub enum Question {
    /// A vs. B on the same people.
    Compare { a: Rc<Scenario>, b: Rc<Scenario> },
    /// Which screenshot to add next to this scenario's strip.
    NextScreenshot { scenario: Rc<Scenario> },
    /// Adoption against claim strength.
    ClaimCurve { scenario: Rc<Scenario>, points: u32 },
    /// Fit the scenario's calibration block (`crate::data`): the
    /// scenario's JSON text, block included.
    Calibrate { scenario: Rc<String> },
    /// The value of `input` that brings adoption to `target`
    /// (`crate::data::solve`).
    Solve {
        scenario: Rc<Scenario>,
        input: String,
        target: f64,
    },
    /// A calibrated scenario's adoption interval with parameter
    /// uncertainty (`crate::data::uncertainty`).
    Uncertainty { scenario: Rc<Scenario> },
}

impl Question {
    /// The worker request for this question, numbered `id`.
    fn request(&self, id: u64) -> ToWorker {
        // Serializing our own plain data cannot fail; an empty text would
        // come back as a `Failed` reply, never as wrong numbers.
        let json = |s: &Scenario| serde_json::to_string(s).unwrap_or_default();
        match self {
            Question::Compare { a, b } => ToWorker::Compare {
                id,
                a: json(a),
                b: json(b),
            },
            Question::NextScreenshot { scenario } => ToWorker::NextScreenshot {
                id,
                scenario: json(scenario),
            },
            Question::ClaimCurve { scenario, points } => ToWorker::ClaimCurve {
                id,
                scenario: json(scenario),
                points: *points,
            },
            Question::Calibrate { scenario } => ToWorker::Calibrate {
                id,
                scenario: (**scenario).clone(),
            },
            Question::Solve {
                scenario,
                input,
                target,
            } => ToWorker::Solve {
                id,
                scenario: json(scenario),
                input: input.clone(),
                target: *target,
            },
            Question::Uncertainty { scenario } => ToWorker::Uncertainty {
                id,
                scenario: json(scenario),
            },
        }
    }
}

/// An answer from a lab worker.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Compared(Rc<CompareResults>),
    /// The ranking, best first, each candidate evaluated on `users` people.
    Next {
        options: Rc<Vec<ScreenshotOption>>,
        users: u64,
    },
    Claims(Rc<ClaimCurve>),
    /// What `worthit calibrate --json` prints.
    Calibrated(Rc<Calibration>),
    /// What `worthit solve --json` prints in its `solve` object.
    Solved(Rc<SolveAnswer>),
    /// The adoption interval with parameter uncertainty (`None`: the
    /// scenario carries no posterior).
    Uncertainty(Option<Rc<Uncertainty>>),
}

/// What the worker is doing with the latest question
/// (`worthit_page_core::status`); a refusal's lines are the page's
/// messages.
pub type JobStatus = worthit_page_core::status::JobStatus<Msg>;

/// One card's job: the latest question, its status and the newest answer.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobState {
    /// Id of the latest question sent (0: none yet).
    pub sent: u64,
    pub status: JobStatus,
    /// The newest answer received and the id of its question.
    pub answer: Option<(u64, Answer)>,
}

impl JobState {
    /// Whether the answer shown belongs to an older question.
    pub fn stale(&self) -> bool {
        self.answer.as_ref().is_some_and(|(id, _)| *id != self.sent)
    }

    /// Whether the latest question is still being worked on.
    pub fn running(&self) -> bool {
        matches!(self.status, JobStatus::Running { .. })
    }
}

/// What changes a [`JobState`].
#[derive(Debug, Clone, PartialEq)]
pub enum JobAction {
    /// Question `id` was sent.
    Sent(u64),
    /// The worker replied.
    Reply(FromWorker),
    /// The person pressed Cancel.
    Cancel,
}

impl Reducible for JobState {
    type Action = JobAction;

    fn reduce(self: Rc<Self>, action: JobAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            JobAction::Sent(id) => {
                next.sent = id;
                next.status = JobStatus::Running {
                    done: 0,
                    total: 0,
                    elapsed_ms: 0.0,
                };
            }
            JobAction::Cancel => {
                if !next.running() {
                    return self;
                }
                next.status = JobStatus::Cancelled;
            }
            JobAction::Reply(reply) => match reply {
                FromWorker::Progress {
                    id,
                    done,
                    total,
                    elapsed_ms,
                    ..
                } => {
                    if id != next.sent || !next.running() {
                        return self;
                    }
                    next.status = JobStatus::Running {
                        done,
                        total,
                        elapsed_ms,
                    };
                }
                FromWorker::Cancelled { id } => {
                    if id != next.sent || !next.running() {
                        return self;
                    }
                    next.status = JobStatus::Cancelled;
                }
                FromWorker::Failed { id, problems } => {
                    if id != next.sent {
                        return self;
                    }
                    next.status = JobStatus::Failed(problems.iter().map(Msg::problem).collect());
                }
                FromWorker::Compared { id, results } => {
                    let answer =
                        serde_json::from_str(&results).map(|r| Answer::Compared(Rc::new(r)));
                    return Rc::new(next.answered(id, answer));
                }
                FromWorker::NextRanked { id, options, users } => {
                    let answer = serde_json::from_str(&options).map(|o| Answer::Next {
                        options: Rc::new(o),
                        users,
                    });
                    return Rc::new(next.answered(id, answer));
                }
                FromWorker::ClaimCurved { id, curve } => {
                    let answer = serde_json::from_str(&curve).map(|c| Answer::Claims(Rc::new(c)));
                    return Rc::new(next.answered(id, answer));
                }
                FromWorker::Calibrated { id, calibration } => {
                    let answer =
                        serde_json::from_str(&calibration).map(|c| Answer::Calibrated(Rc::new(c)));
                    return Rc::new(next.answered(id, answer));
                }
                FromWorker::Uncertain { id, uncertainty } => {
                    let answer = serde_json::from_str::<Option<Uncertainty>>(&uncertainty)
                        .map(|u| Answer::Uncertainty(u.map(Rc::new)));
                    return Rc::new(next.answered(id, answer));
                }
                FromWorker::Solved { id, solve } => {
                    let answer = serde_json::from_str(&solve).map(|s| Answer::Solved(Rc::new(s)));
                    return Rc::new(next.answered(id, answer));
                }
                // Plain-run and survey answers never come from a lab worker.
                FromWorker::Finished { .. } | FromWorker::Surveyed { .. } => return self,
            },
        }
        Rc::new(next)
    }
}

impl JobState {
    /// Takes in the answer to question `id`, unless a newer one is already
    /// shown. An answer the page cannot read fails the question, never the
    /// page.
    fn answered(mut self, id: u64, answer: Result<Answer, serde_json::Error>) -> JobState {
        if self.answer.as_ref().is_some_and(|(shown, _)| *shown > id) {
            return self;
        }
        match answer {
            Ok(answer) => {
                self.answer = Some((id, answer));
                if id == self.sent {
                    self.status = JobStatus::Done;
                }
            }
            Err(e) => {
                if id == self.sent {
                    self.status = JobStatus::Failed(vec![Msg::key_args(
                        "notice-results-unreadable",
                        vec![("error", Arg::Text(e.to_string()))],
                    )]);
                }
            }
        }
        self
    }
}

/// A card's job as [`use_job`] gives it.
pub struct Job {
    pub state: UseReducerHandle<JobState>,
    /// Stops the question in flight.
    pub cancel: Callback<()>,
    /// Asks the latest question again (after a cancel).
    pub rerun: Callback<()>,
}

/// A card's job: sends `question` to the card's own worker whenever it
/// changes (`None` asks nothing and stops a question in flight).
#[hook]
pub fn use_job(question: Option<Question>) -> Job {
    let state = use_reducer(JobState::default);
    let worker: Rc<RefCell<Option<Worker>>> = use_mut_ref(|| None);
    let counter = use_mut_ref(|| 0u64);
    // Bumped by "run again", so the same question is sent once more.
    let attempt = use_state_eq(|| 0u32);
    {
        let worker = worker.clone();
        let dispatch = state.dispatcher();
        let sent = state.sent;
        use_effect_with((question, *attempt), move |(question, _)| {
            let mut slot = worker.borrow_mut();
            match question {
                Some(question) => {
                    let worker = slot.get_or_insert_with(|| {
                        let dispatch = dispatch.clone();
                        agent::connect(move |reply| dispatch.dispatch(JobAction::Reply(reply)))
                    });
                    let id = {
                        let mut counter = counter.borrow_mut();
                        *counter += 1;
                        *counter
                    };
                    dispatch.dispatch(JobAction::Sent(id));
                    worker.send(question.request(id));
                }
                None => {
                    if let Some(worker) = slot.as_ref() {
                        worker.send(ToWorker::Cancel { id: sent });
                        dispatch.dispatch(JobAction::Cancel);
                    }
                }
            }
        });
    }
    let cancel = {
        let worker = worker.clone();
        let dispatch = state.dispatcher();
        let sent = state.sent;
        Callback::from(move |_| {
            if let Some(worker) = worker.borrow().as_ref() {
                worker.send(ToWorker::Cancel { id: sent });
            }
            dispatch.dispatch(JobAction::Cancel);
        })
    };
    let rerun = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    Job {
        state,
        cancel,
        rerun,
    }
}

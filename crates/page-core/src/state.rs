//! The page's state and the rules that change it: one [`AppState`], one
//! [`Action`] enum, one reducer ([`AppState::next`]; the page wraps it in
//! Yew's `Reducible`, `src/state.rs`).
//!
//! The rules that matter, each tested in `tests/state.rs`:
//! - Only a valid scenario is ever current: a bad one from any source leaves
//!   the last good scenario in place and shows a notice instead.
//! - Every change of the scenario is a new *revision*; runs are named by the
//!   revision they simulate, so late replies for older inputs can be told
//!   apart. A finished result is shown if it is newer than the one on
//!   screen (so a slider drag shows each result as it arrives) and never
//!   replaced by an older one.
//! - Progress and cancellation only concern the latest revision.
//! - A run arrives in two passes: the answer, then the what-ifs. The last
//!   complete what-ifs stay available (marked as updating) meanwhile.

use std::rc::Rc;

use worthit_engine::{Problem, Results, Scenario, ScenarioError, presets, validate::validate};

/// A message to the person, in no language yet: what the rules
/// themselves report, or a notice the page made (`P`: a bad link, a
/// refused download), which the rules only keep and clear. The page puts
/// every one into words when it draws it.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice<P> {
    /// A scenario from `source` could not be used; every problem has its
    /// path. The last good scenario stays.
    InvalidScenario {
        source: Source,
        error: ScenarioError,
    },
    /// A file was opened (its name).
    Opened { name: String },
    /// The worker refused the current scenario, or its results could not
    /// be read; one line per problem.
    RunFailed { problems: Vec<RunProblem> },
    /// A notice the page made.
    Page(P),
}

/// Where a scenario came from; decides the notice and the preset marker.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The presets menu, by preset id.
    Preset(&'static str),
    /// The editor.
    Edit,
    /// A share link in the URL hash.
    Link,
    /// A file the person opened or dropped, by file name.
    File(String),
    /// The browser's storage (the last scenario of a previous visit).
    Storage,
}

/// What the simulation is doing for the latest revision.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStatus {
    /// Simulating revision `id`; `done` of `total` people so far, in the
    /// what-if pass when `what_ifs` (the answer is then already shown).
    Running {
        id: u64,
        what_ifs: bool,
        done: u64,
        total: u64,
        elapsed_ms: f64,
    },
    /// The shown results are those of the latest revision.
    Done,
    /// The person stopped the run of revision `id`.
    Cancelled { id: u64 },
    /// The worker refused revision `id` (see the notice).
    Failed { id: u64 },
}

/// Why a run failed: the engine's own problem (its kind and path, put
/// into words in the page's language), or results the page could not read
/// (serde's error text).
#[derive(Debug, Clone, PartialEq)]
pub enum RunProblem {
    Engine(Problem),
    ResultsUnreadable(String),
}

/// Results on screen, with the revision they belong to.
#[derive(Debug, Clone)]
pub struct Shown {
    pub id: u64,
    pub results: Rc<Results>,
    /// False while the what-ifs (`sensitivity`) are still being computed.
    pub complete: bool,
}

impl PartialEq for Shown {
    /// Results of the same revision and pass are the same results;
    /// comparing those keeps re-renders of the charts to real changes.
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id && self.complete == other.complete
    }
}

/// Everything the page shows that is not local to one component.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState<P> {
    /// The current, valid scenario.
    pub scenario: Rc<Scenario>,
    /// The preset the scenario came from, until it is edited.
    pub preset: Option<&'static str>,
    /// Increases with every change of `scenario`; the id of its run.
    pub revision: u64,
    pub run: RunStatus,
    /// The newest results received, if any.
    pub shown: Option<Shown>,
    /// The newest complete results (with what-ifs): their tornado stays on
    /// screen, marked as updating, while newer what-ifs are computed.
    pub what_ifs: Option<Shown>,
    pub notice: Option<Notice<P>>,
}

/// Everything that can happen to the state.
// One action exists at a time and lives for one dispatch; boxing the
// scenario of `Load` would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Action<P> {
    /// Make `scenario` current (if valid), and run it.
    Load { scenario: Scenario, source: Source },
    /// Progress of run `id` (of its what-if pass when `what_ifs`).
    Progress {
        id: u64,
        what_ifs: bool,
        done: u64,
        total: u64,
        elapsed_ms: f64,
    },
    /// Run `id` finished a pass; `partial` when its what-ifs are to come.
    Finished {
        id: u64,
        results: Rc<Results>,
        partial: bool,
    },
    /// Run `id` stopped before the end.
    Cancelled { id: u64 },
    /// Run `id` could not be done; one line per problem.
    Failed { id: u64, problems: Vec<RunProblem> },
    /// The person pressed Cancel.
    CancelRun,
    /// Run the current scenario again (after a cancel).
    Rerun,
    /// Show a message the page made.
    Notify(P),
    /// Hide the message.
    Dismiss,
}

impl<P: Clone + PartialEq> AppState<P> {
    /// The state at start-up: `scenario` (already valid) is revision 1 and
    /// its run is under way; `notice` is the page's (a bad link, say).
    pub fn new(scenario: Scenario, preset: Option<&'static str>, notice: Option<P>) -> Self {
        AppState {
            run: RunStatus::Running {
                id: 1,
                what_ifs: false,
                done: 0,
                total: scenario.users,
                elapsed_ms: 0.0,
            },
            scenario: Rc::new(scenario),
            preset,
            revision: 1,
            shown: None,
            what_ifs: None,
            notice: notice.map(Notice::Page),
        }
    }

    /// The id of the run in flight, if any.
    pub fn running_id(&self) -> Option<u64> {
        match self.run {
            RunStatus::Running { id, .. } => Some(id),
            _ => None,
        }
    }

    /// Whether the results on screen belong to an earlier scenario.
    pub fn shown_is_stale(&self) -> bool {
        self.shown.as_ref().is_some_and(|s| s.id != self.revision)
    }

    fn load(mut self, scenario: Scenario, source: Source) -> Self {
        if let Err(e) = validate(&scenario) {
            self.notice = Some(Notice::InvalidScenario { source, error: e });
            return self;
        }
        if source == Source::Edit && *self.scenario == scenario {
            return self;
        }
        self.preset = match &source {
            Source::Preset(id) => Some(id),
            Source::Edit => None,
            _ => preset_matching(&scenario),
        };
        self.notice = match &source {
            Source::File(name) => Some(Notice::Opened { name: name.clone() }),
            // An edit or a preset choice answers an earlier error notice.
            _ => None,
        };
        self.revision += 1;
        self.run = RunStatus::Running {
            id: self.revision,
            what_ifs: false,
            done: 0,
            total: scenario.users,
            elapsed_ms: 0.0,
        };
        self.scenario = Rc::new(scenario);
        self
    }

    /// The state after `action`, as a new `Rc` when anything changed and
    /// `self` itself when nothing did (so the page does not re-render).
    pub fn reduce(self: Rc<Self>, action: Action<P>) -> Rc<Self> {
        match self.next(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }

    /// The state after `action`; `None` when it changes nothing.
    pub fn next(&self, action: Action<P>) -> Option<Self> {
        let mut next = self.clone();
        match action {
            Action::Load { scenario, source } => {
                return Some(next.load(scenario, source));
            }
            Action::Progress {
                id,
                what_ifs,
                done,
                total,
                elapsed_ms,
            } => {
                if next.running_id() != Some(id) {
                    return None;
                }
                next.run = RunStatus::Running {
                    id,
                    what_ifs,
                    done,
                    total,
                    elapsed_ms,
                };
            }
            Action::Finished {
                id,
                results,
                partial,
            } => {
                let older = next
                    .shown
                    .as_ref()
                    .is_some_and(|s| s.id > id || (s.id == id && s.complete));
                if older {
                    return None;
                }
                let total = results.users;
                let shown = Shown {
                    id,
                    results,
                    complete: !partial,
                };
                if !partial {
                    next.what_ifs = Some(shown.clone());
                }
                next.shown = Some(shown);
                if id == next.revision {
                    next.run = if partial {
                        RunStatus::Running {
                            id,
                            what_ifs: true,
                            done: 0,
                            total,
                            elapsed_ms: 0.0,
                        }
                    } else {
                        RunStatus::Done
                    };
                }
            }
            Action::Cancelled { id } => {
                if next.running_id() != Some(id) {
                    return None;
                }
                next.run = RunStatus::Cancelled { id };
            }
            Action::Failed { id, problems } => {
                if id != next.revision {
                    return None;
                }
                next.run = RunStatus::Failed { id };
                next.notice = Some(Notice::RunFailed { problems });
            }
            Action::CancelRun => match next.run {
                RunStatus::Running { id, .. } => next.run = RunStatus::Cancelled { id },
                _ => return None,
            },
            Action::Rerun => {
                next.revision += 1;
                next.run = RunStatus::Running {
                    id: next.revision,
                    what_ifs: false,
                    done: 0,
                    total: next.scenario.users,
                    elapsed_ms: 0.0,
                };
            }
            Action::Notify(notice) => next.notice = Some(Notice::Page(notice)),
            Action::Dismiss => next.notice = None,
        }
        Some(next)
    }
}

/// The id of the bundled preset equal to `scenario`, if any, so that a
/// shared link to an unchanged preset still names it in the menu. The
/// exercise block is left out of the comparison: presets load without
/// their exercise until it is started (`src/exercise/`), and either way
/// the numbers are the preset's.
pub fn preset_matching(scenario: &Scenario) -> Option<&'static str> {
    presets::all()
        .iter()
        .find(|p| {
            let mut preset = p.scenario();
            preset.exercise = scenario.exercise.clone();
            preset == *scenario
        })
        .map(|p| p.id)
}

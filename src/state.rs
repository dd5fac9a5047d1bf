//! The page's state: the rules of `worthit_page_core::state` (tested
//! natively there), held in Yew's `Reducible`, and their notices put into
//! the page's messages ([`crate::alert::Notice`]).

use std::ops::Deref;
use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_page_core::state as core;
use yew::Reducible;

use crate::alert::{Arg, Msg, Notice};

pub use core::{RunProblem, RunStatus, Shown, Source, preset_matching};

/// Everything that can happen to the state; the page's own notices are
/// [`crate::alert::Notice`]s.
pub type Action = core::Action<Notice>;

/// The page's state (see `worthit_page_core::state::AppState`).
#[derive(Debug, Clone, PartialEq)]
pub struct AppState(core::AppState<Notice>);

impl AppState {
    /// The state at start-up: `scenario` (already valid) is revision 1 and
    /// its run is under way.
    pub fn new(scenario: Scenario, preset: Option<&'static str>, notice: Option<Notice>) -> Self {
        AppState(core::AppState::new(scenario, preset, notice))
    }

    /// The notice on screen, in words.
    pub fn alert(&self) -> Option<Notice> {
        self.0.notice.as_ref().map(notice)
    }
}

impl Deref for AppState {
    type Target = core::AppState<Notice>;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.0.next(action) {
            Some(next) => Rc::new(AppState(next)),
            None => self,
        }
    }
}

/// A notice of the rules as the page's message.
pub fn notice(notice: &core::Notice<Notice>) -> Notice {
    match notice {
        core::Notice::InvalidScenario { source, error } => {
            Notice::invalid_scenario(describe(source), error)
        }
        core::Notice::Opened { name } => Notice::info(Msg::key_args(
            "notice-opened",
            vec![("name", Arg::Text(name.clone()))],
        )),
        // The engine's problems, each named by its JSON path and put into
        // words in the page's language when drawn.
        core::Notice::RunFailed { problems } => Notice {
            details: problems
                .iter()
                .map(|problem| match problem {
                    core::RunProblem::Engine(problem) => Msg::problem(problem),
                    core::RunProblem::ResultsUnreadable(error) => Msg::key_args(
                        "notice-results-unreadable",
                        vec![("error", Arg::Text(error.clone()))],
                    ),
                })
                .collect(),
            ..Notice::error(Msg::key("notice-run-failed"))
        },
        core::Notice::Page(notice) => notice.clone(),
    }
}

/// How a source is named in a message.
pub fn describe(source: &Source) -> Msg {
    match source {
        Source::Preset(id) => {
            Msg::key_args("source-preset", vec![("name", Arg::Text(id.to_string()))])
        }
        Source::Edit => Msg::key("source-edit"),
        Source::Link => Msg::key("source-link"),
        Source::File(name) => Msg::key_args("source-file", vec![("name", Arg::Text(name.clone()))]),
        Source::Storage => Msg::key("source-storage"),
    }
}

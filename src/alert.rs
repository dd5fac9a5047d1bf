//! Messages to the person using the page: what went wrong and what the page
//! did about it.
//!
//! Bad input (a broken link, a file that is not a scenario, a format version
//! from the future) is normal, not exceptional: the page shows a
//! [`Notice`] in an element with `role="alert"` so screen readers announce
//! it, keeps the last good scenario, and carries on.
//!
//! A notice is made where the page has no language at hand (the state
//! reducer), and the language can change while it is shown, so it holds a
//! [`Msg`] (a message key and its arguments) and is put into words only
//! when drawn.

use std::fmt;
use std::ops::Deref;

use worthit_engine::{Problem, ScenarioError};
use worthit_i18n::{FluentValue, Lang, Translator, problem_line};
use yew::prelude::*;

use crate::i18n::{translator, use_tr};
use crate::share::ShareError;

/// How serious a notice is; sets its colour and its ARIA role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something the person asked for could not be done.
    Error,
    /// Confirmation of an action ("Link copied").
    Info,
}

/// An argument of a [`Msg`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text inserted as it is (a file name, a technical detail).
    Text(String),
    /// A count, written in the language's number format.
    Count(u64),
    /// Another message, translated first ("The file “a.json”").
    Msg(Box<Msg>),
}

/// What a message says, in no language yet: a key of the translation
/// files with its arguments, an engine problem (its JSON path and its
/// kind, put into words in the reader's language), or text shown as it is. It dereferences to its English
/// wording, for logs and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    body: Body,
    /// The English wording, made once.
    english: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Body {
    Key(&'static str, Vec<(&'static str, Arg)>),
    /// Boxed: a problem is much larger than the other bodies.
    Problem(Box<Problem>),
    Text(String),
}

impl Msg {
    /// The message `key` without arguments.
    pub fn key(key: &'static str) -> Self {
        Msg::key_args(key, Vec::new())
    }

    /// The message `key` with named arguments.
    pub fn key_args(key: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Msg::from_body(Body::Key(key, args))
    }

    /// Text that is not translated: a technical detail from the browser
    /// or the worker.
    pub fn text(text: impl Into<String>) -> Self {
        Msg::from_body(Body::Text(text.into()))
    }

    /// One of the engine's problems: `path: explanation`.
    pub fn problem(problem: &Problem) -> Self {
        Msg::from_body(Body::Problem(Box::new(problem.clone())))
    }

    fn from_body(body: Body) -> Self {
        let english = render(&body, &translator(Lang::En));
        Msg { body, english }
    }

    /// The message in `tr`'s language.
    pub fn render(&self, tr: &Translator) -> String {
        if tr.lang() == Lang::En {
            return self.english.clone();
        }
        render(&self.body, tr)
    }
}

fn render(body: &Body, tr: &Translator) -> String {
    match body {
        Body::Text(text) => text.clone(),
        Body::Problem(problem) => problem_line(tr, problem),
        Body::Key(key, args) => {
            let values: Vec<(&str, FluentValue)> = args
                .iter()
                .map(|(name, arg)| {
                    let value = match arg {
                        Arg::Text(text) => FluentValue::from(text.clone()),
                        Arg::Count(n) => FluentValue::from(*n),
                        Arg::Msg(msg) => FluentValue::from(msg.render(tr)),
                    };
                    (*name, value)
                })
                .collect();
            tr.t_args(key, &values)
        }
    }
}

impl Deref for Msg {
    type Target = str;

    fn deref(&self) -> &str {
        &self.english
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english)
    }
}

impl PartialEq<&str> for Msg {
    /// Compares the English wording (for tests).
    fn eq(&self, other: &&str) -> bool {
        self.english == *other
    }
}

impl From<&str> for Msg {
    /// Untranslated text (see [`Msg::text`]).
    fn from(text: &str) -> Self {
        Msg::text(text)
    }
}

impl From<String> for Msg {
    /// Untranslated text (see [`Msg::text`]).
    fn from(text: String) -> Self {
        Msg::text(text)
    }
}

/// A message with an optional list of specifics (one per scenario problem).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub level: Level,
    pub title: Msg,
    /// A heading over `details` ("The scenario has 2 problems:").
    pub details_title: Option<Msg>,
    pub details: Vec<Msg>,
}

impl Notice {
    /// An error message with no list of specifics.
    pub fn error(title: impl Into<Msg>) -> Self {
        Notice {
            level: Level::Error,
            title: title.into(),
            details_title: None,
            details: Vec::new(),
        }
    }

    /// A confirmation.
    pub fn info(title: impl Into<Msg>) -> Self {
        Notice {
            level: Level::Info,
            ..Notice::error(title)
        }
    }

    /// A scenario that could not be used, from where it came (`source` is
    /// a `source-*` message such as "The file “a.json”"), listing every
    /// problem with its path.
    pub fn invalid_scenario(source: Msg, error: &ScenarioError) -> Self {
        // A document refused whole (too large, or results rather than a
        // scenario) gets one sentence in the reader's language that says
        // why and what to open instead.
        if let Some(refusal) = worthit_engine::input::refusal(error) {
            return Notice::error(Msg::key_args(
                "notice-refused",
                vec![
                    ("source", Arg::Msg(Box::new(source))),
                    ("reason", Arg::Msg(Box::new(refusal_reason(refusal)))),
                ],
            ));
        }
        Notice {
            details_title: Some(problems_title(error)),
            details: error.problems.iter().map(Msg::problem).collect(),
            ..Notice::error(Msg::key_args(
                "notice-invalid-scenario",
                vec![("source", Arg::Msg(Box::new(source)))],
            ))
        }
    }

    /// A share link that could not be used, on the page, which keeps
    /// the scenario it had.
    pub fn bad_link(error: &ShareError) -> Self {
        Notice::bad_link_then(error, Fallback::KeepPrevious)
    }

    /// A share link that could not be used, and what was done instead.
    pub fn bad_link_then(error: &ShareError, fallback: Fallback) -> Self {
        let problem = match error {
            ShareError::Corrupt(reason) => Msg::key_args(
                "link-damaged",
                vec![("reason", Arg::Msg(Box::new(Msg::key(reason.key()))))],
            ),
            ShareError::BadEscape => Msg::key("link-bad-escape"),
            ShareError::Invalid(_) => Msg::key("link-invalid"),
            ShareError::TooLarge => Msg::key("link-too-large"),
        };
        let invalid = match error {
            ShareError::Invalid(e) => Some(e),
            _ => None,
        };
        Notice::link_problem(problem, invalid, fallback)
    }

    /// A link's `problem` (a `link-*` or `lab-link-*` message) followed by
    /// what was done instead, with the problems of a link whose document
    /// decoded but is not valid, each with its path. Scenario links and
    /// comparison links both come here, so they read alike.
    pub fn link_problem(problem: Msg, invalid: Option<&ScenarioError>, fallback: Fallback) -> Self {
        Notice {
            details_title: invalid.map(problems_title),
            details: invalid
                .map(|e| e.problems.iter().map(Msg::problem).collect())
                .unwrap_or_default(),
            ..Notice::error(Msg::key_args(
                fallback.key(),
                vec![("problem", Arg::Msg(Box::new(problem)))],
            ))
        }
    }

    /// The notice as one line in `tr`'s language (for a message to a host
    /// page, say): the title, then each detail.
    pub fn text(&self, tr: &Translator) -> String {
        let mut text = self.title.render(tr);
        for detail in &self.details {
            text.push('\n');
            text.push_str(&detail.render(tr));
        }
        text
    }
}

/// What was used instead of a link that could not be: the sentence after
/// the link's problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// The page keeps the scenario it had (from storage, or the one on
    /// screen when a link is pasted into an open page).
    KeepPrevious,
    /// "Build an activity" starts from the default preset.
    DefaultPreset,
}

impl Fallback {
    fn key(self) -> &'static str {
        match self {
            Fallback::KeepPrevious => "notice-bad-link",
            Fallback::DefaultPreset => "builder-bad-link",
        }
    }
}

/// "The scenario has 2 problems:".
fn problems_title(error: &ScenarioError) -> Msg {
    Msg::key_args(
        "error-scenario-problems",
        vec![("count", Arg::Count(error.problems.len() as u64))],
    )
}

/// Why a whole document was refused ([`worthit_engine::input::refusal`]),
/// in the reader's language.
fn refusal_reason(refusal: Option<worthit_engine::input::DocumentKind>) -> Msg {
    use worthit_engine::input::DocumentKind;
    Msg::key(match refusal {
        None => "refused-too-large",
        Some(DocumentKind::Results) => "refused-results",
        Some(DocumentKind::CompareResults) => "refused-compare-results",
        Some(DocumentKind::Comparison) => "refused-comparison",
        Some(DocumentKind::Scenario | DocumentKind::Unknown) => "refused-scenario",
    })
}

#[derive(Properties, PartialEq)]
pub struct AlertProps {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
}

/// The page's message area. The container is always in the document so
/// that assistive technology reliably announces what is put into it.
#[function_component]
pub fn Alert(props: &AlertProps) -> Html {
    let tr = use_tr();
    let Some(notice) = &props.notice else {
        return html! { <div class="notice-slot" role="status" aria-live="polite"></div> };
    };
    let (role, class) = match notice.level {
        Level::Error => ("alert", "notice notice-error"),
        Level::Info => ("status", "notice notice-info"),
    };
    let dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice-slot">
            <div {class} {role} data-testid="notice">
                <div class="notice-body">
                    <p class="notice-title">{ notice.title.render(&tr) }</p>
                    if !notice.details.is_empty() {
                        if let Some(title) = &notice.details_title {
                            <p class="notice-details-title">{ title.render(&tr) }</p>
                        }
                        <ul class="notice-details">
                            { for notice.details.iter().map(|d| html! { <li><code>{ d.render(&tr) }</code></li> }) }
                        </ul>
                    }
                </div>
                <button type="button" class="icon-button" aria-label={tr.t("notice-dismiss")} onclick={dismiss}>
                    { "×" }
                </button>
            </div>
        </div>
    }
}

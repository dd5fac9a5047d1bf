//! Messages to the person using the page: what went wrong and what the page
//! did about it.
//!
//! Bad input (a broken link, a file that is not a scenario, a format version
//! from the future) is normal, not exceptional: the page shows a
//! [`Notice`] in an element with `role="alert"` so screen readers announce
//! it, keeps the last good scenario, and carries on.

use yew::prelude::*;

use crate::share::ShareError;
use worthit_engine::ScenarioError;

/// How serious a notice is; sets its colour and its ARIA role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something the person asked for could not be done.
    Error,
    /// Confirmation of an action ("Link copied").
    Info,
}

/// A message with an optional list of specifics (one per scenario problem).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub level: Level,
    pub title: String,
    pub details: Vec<String>,
}

impl Notice {
    /// An error message with no list of specifics.
    pub fn error(title: impl Into<String>) -> Self {
        Notice {
            level: Level::Error,
            title: title.into(),
            details: Vec::new(),
        }
    }

    /// A confirmation.
    pub fn info(title: impl Into<String>) -> Self {
        Notice {
            level: Level::Info,
            title: title.into(),
            details: Vec::new(),
        }
    }

    /// A scenario that could not be used, from where it came (`source`
    /// reads like "The file “a.json”"), listing every problem with its path.
    pub fn invalid_scenario(source: &str, error: &ScenarioError) -> Self {
        Notice {
            level: Level::Error,
            title: format!(
                "{source} is not a scenario worthit can use. The previous scenario is kept."
            ),
            details: error.problems.iter().map(|p| p.to_string()).collect(),
        }
    }

    /// A share link that could not be used.
    pub fn bad_link(error: &ShareError) -> Self {
        Notice {
            level: Level::Error,
            title: format!("{} The previous scenario is kept.", error.headline()),
            details: error.details(),
        }
    }
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
                    <p class="notice-title">{ &notice.title }</p>
                    if !notice.details.is_empty() {
                        <ul class="notice-details">
                            { for notice.details.iter().map(|d| html! { <li><code>{ d }</code></li> }) }
                        </ul>
                    }
                </div>
                <button type="button" class="icon-button" aria-label="Dismiss message" onclick={dismiss}>
                    { "×" }
                </button>
            </div>
        </div>
    }
}

//! worthit inside another page: courseware, an LMS, a blog post.
//!
//! - [`query`]: the query parameters (`?embed=1&controls=costs&lock=…`),
//!   parsed once at start-up into a [`PageQuery`].
//! - [`messages`]: the `postMessage` schema between worthit and its host
//!   page, and [`host::use_host_link`], the hook that speaks it.
//! - [`xapi`]: the xAPI-shaped statement sent with each result.
//! - [`bar::EmbedBar`]: the compact top bar that replaces the page header
//!   in embed mode; [`dialog::EmbedButton`]: the header's Embed button,
//!   which writes the iframe snippet ([`snippet`]).
//!
//! **Embed mode never takes anything from the host page.** It does not
//! move focus or scroll on its own (no `autofocus`, no `focus()` or
//! `scrollIntoView()` on load: either would scroll the host page to the
//! iframe), it has no fixed heights (the host learns the content height
//! from `worthit:resize`), and it works in an iframe sandboxed with only
//! `allow-scripts`: that frame's origin is opaque, so storage, the
//! clipboard and downloads may throw, and every such call is guarded. An
//! embed neither reads nor writes the scenario stored by a visit to the
//! full page, so a course's preset is never replaced by a leftover edit.
//!
//! The message schema, the parameters and the headers a host should send
//! are documented for course authors in `docs/embedding.md`.

pub mod bar;
pub mod dialog;
pub mod host;
pub mod lms;
pub mod messages;
pub mod query;
pub mod resize;
pub mod snippet;
pub mod xapi;

pub use query::{Controls, PageQuery, QueryWarning};

use crate::alert::{Arg, Msg, Notice};
use crate::state::AppState;
use worthit_engine::presets;

/// The scenario to start with. A link in the hash wins (it is what the
/// page keeps up to date while people edit), then `?scenario=`, then
/// `?preset=`; after that the full page falls back to the stored scenario
/// ([`crate::app::initial_state`]) while an embed starts from the default
/// preset, never from storage.
pub fn initial_state(query: &PageQuery, hash: &str) -> AppState {
    // A comparison link (`#c=`) is read where compare mode is.
    if crate::lab::link::decode_hash(hash).is_some() {
        return crate::app::initial_state(hash);
    }
    let notice = match crate::app::scenario_link_state(hash) {
        Ok(Some(state)) => return state,
        Ok(None) => None,
        Err(bad_link) => Some(*bad_link),
    };
    if let Some(scenario) = &query.scenario {
        return crate::app::state_of(scenario.clone(), notice);
    }
    if let Some(preset) = query.preset.and_then(presets::get) {
        // Presets load without their exercise; the exercise panel offers it.
        let scenario = crate::exercise::without_exercise(preset.scenario());
        return AppState::new(scenario, Some(preset.id), notice);
    }
    if !query.embed {
        return crate::app::initial_state(hash);
    }
    crate::app::default_state(notice)
}

/// One notice listing every query parameter that was passed over; `None`
/// when there were none. It is put into words when drawn, in whatever
/// language the page then speaks.
pub fn warnings_notice(warnings: &[QueryWarning]) -> Option<Notice> {
    if warnings.is_empty() {
        return None;
    }
    let text = |key: &'static str, name: &'static str, value: &str| {
        Msg::key_args(key, vec![(name, Arg::Text(value.to_string()))])
    };
    let mut details = Vec::new();
    for warning in warnings {
        match warning {
            QueryWarning::BadFlag { name, value } => details.push(Msg::key_args(
                "embed-warning-flag",
                vec![
                    ("name", Arg::Text(name.clone())),
                    ("value", Arg::Text(value.clone())),
                ],
            )),
            QueryWarning::UnknownControl(name) => {
                details.push(text("embed-warning-control", "name", name))
            }
            QueryWarning::BadLockPath(path) => {
                details.push(text("embed-warning-lock", "path", path))
            }
            QueryWarning::UnknownPreset(id) => details.push(text("embed-warning-preset", "id", id)),
            QueryWarning::BadScenarioEscape => {
                details.push(Msg::key("embed-warning-scenario-escape"))
            }
            QueryWarning::BadScenario(e) => {
                details.push(Msg::key("embed-warning-scenario"));
                details.extend(e.problems.iter().map(Msg::problem));
            }
            QueryWarning::BadHost(host) => details.push(text("embed-warning-host", "host", host)),
            QueryWarning::UnknownLayout(layout) => {
                details.push(text("embed-warning-layout", "layout", layout))
            }
        }
    }
    Some(Notice {
        details,
        ..Notice::error(Msg::key("embed-warning-title"))
    })
}

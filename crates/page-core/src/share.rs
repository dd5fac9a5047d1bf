//! Share links: the whole scenario in the URL hash.
//!
//! A link must reproduce the exact numbers, so it carries the complete
//! scenario (seed and people included), not a preset name. Two forms are
//! read:
//!
//! - `#s=<base64url of the raw-deflated scenario JSON>`: what the page
//!   writes. Deflate shrinks a typical scenario from ~1.5 kB to ~0.5 kB, and
//!   base64url needs no escaping in a URL.
//! - `#scenario=<URI-encoded scenario JSON>`: for people writing links by
//!   hand or from a spreadsheet.
//!
//! Decoding never panics: every failure is a [`ShareError`] that names what
//! is wrong, which the page shows in its alert while it keeps the last good
//! scenario.

use std::rc::Rc;

use crate::compact;
use crate::memo::Last;
use worthit_engine::{Scenario, ScenarioError, parse_scenario};

/// The hash key of the compact form the page writes.
pub const COMPACT_KEY: &str = "s";
/// The hash key of the hand-written, URI-encoded JSON form.
pub const PLAIN_KEY: &str = "scenario";

/// Inflated scenarios larger than this are refused, so a crafted link
/// cannot make the page allocate gigabytes (a "zip bomb"): the engine's
/// one input limit, the same for files, links, host messages and storage.
/// Real scenarios are a few kilobytes. One byte more is inflated, to tell
/// a document of exactly the limit from one over it.
const MAX_JSON_BYTES: usize = worthit_engine::input::MAX_INPUT_BYTES + 1;

/// The reasons [`ShareError::Corrupt`] gives; the page shows them
/// translated (`link-reason-*` in the translation files).
pub use crate::compact::Damage;

/// Why a link's scenario could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// The compact form is not valid base64url or not valid deflate data,
    /// usually because the link was cut short when copied.
    Corrupt(Damage),
    /// The `#scenario=` text is not valid percent-encoding.
    BadEscape,
    /// The text decoded, but it is not a valid scenario.
    Invalid(ScenarioError),
    /// The scenario is over the one input limit (1 MiB).
    TooLarge,
}

impl ShareError {
    /// One line in English, for logs and tests (the page shows it
    /// translated, see the page's `alert::Notice::bad_link`).
    pub fn headline(&self) -> String {
        match self {
            ShareError::Corrupt(why) => {
                format!("This link's scenario is damaged ({why}); was the link cut short?")
            }
            ShareError::BadEscape => {
                "This link's #scenario= text is not valid URI encoding.".to_string()
            }
            ShareError::Invalid(_) => "This link's scenario is not valid.".to_string(),
            ShareError::TooLarge => "This link's scenario is too large: over 1 MiB.".to_string(),
        }
    }

    /// The individual problems, each naming its JSON path where known.
    pub fn details(&self) -> Vec<String> {
        match self {
            ShareError::Invalid(e) => e.problems.iter().map(|p| p.to_string()).collect(),
            _ => Vec::new(),
        }
    }
}

/// The hash fragment (with its leading `#`) that reproduces `scenario`.
pub fn encode_hash(scenario: &Scenario) -> String {
    format!("#{COMPACT_KEY}={}", encode(scenario))
}

/// [`encode_hash`] of a shared scenario, worked out once for it
/// ([`crate::memo`]).
///
/// After every edit the page wants the hash of the same scenario up to
/// three times (the header's "Build an activity" link, the address written
/// by `persist`, an open embed dialog's snippet), and each encoding is the
/// scenario's JSON deflated at level 9 (in one CPU profile of the start-up
/// at 4×, the embed button's render took 27 ms and the address write
/// 32 ms; docs/performance.md, "WebAssembly compiled at first call").
pub fn encode_hash_shared(scenario: &Rc<Scenario>) -> String {
    thread_local! {
        static LAST: Last<Rc<Scenario>, String> = const { Last::new() };
    }
    LAST.with(|last| last.get(scenario, |s| encode_hash(s)))
}

/// The compact encoding alone: base64url of the raw-deflated JSON.
pub fn encode(scenario: &Scenario) -> String {
    // Serializing our own plain data types cannot fail; an empty object
    // would be caught as invalid by the reader, never silently accepted.
    compact::encode(&serde_json::to_string(scenario).unwrap_or_default())
}

/// Reads a URL hash (`#s=…`, `#scenario=…`, with or without the `#`).
/// `Ok(None)` when the hash holds no scenario at all (empty or unrelated),
/// so the page falls back to the stored or default scenario.
pub fn decode_hash(hash: &str) -> Result<Option<Scenario>, ShareError> {
    for (key, data) in crate::params::assignments(hash) {
        if key == COMPACT_KEY {
            return decode(data).map(Some);
        }
        if key == PLAIN_KEY {
            let json = compact::percent_decode(data).ok_or(ShareError::BadEscape)?;
            return parse(&json).map(Some);
        }
    }
    Ok(None)
}

/// Decodes the compact form.
pub fn decode(data: &str) -> Result<Scenario, ShareError> {
    let json = compact::decode(data, MAX_JSON_BYTES).map_err(|reason| {
        if reason == Damage::TooLarge {
            ShareError::TooLarge
        } else {
            ShareError::Corrupt(reason)
        }
    })?;
    parse(&json)
}

/// A link's scenario text, checked against the one input limit first.
fn parse(json: &str) -> Result<Scenario, ShareError> {
    if worthit_engine::input::check_size(json.len()).is_err() {
        return Err(ShareError::TooLarge);
    }
    parse_scenario(json).map_err(ShareError::Invalid)
}

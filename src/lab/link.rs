//! Comparisons in links and files.
//!
//! In compare mode the URL hash holds both variants as one comparison
//! document (`docs/comparison-format.md`), in the same compact encoding as
//! a scenario link: `#c=<base64url of the raw-deflated comparison JSON>`.
//! Hand-written links may use `#comparison=<URI-encoded comparison JSON>`.
//! A plain scenario link (`#s=`) is unchanged, so links made in single
//! mode keep working.
//!
//! Files: a scenario file and a comparison file are told apart by the
//! comparison's `kind` field ([`read_document`]), so "Open" takes either.
//!
//! Nothing here panics on bad input: every failure is a [`LinkError`] or a
//! [`ScenarioError`] whose problems are named by their path (`b.segments[0].share`).

use std::rc::Rc;

use worthit_engine::lab::{ComparisonDoc, parse_comparison};
use worthit_engine::{Scenario, ScenarioError, parse_scenario};

use crate::alert::{Fallback, Msg, Notice};
use crate::compact;

/// The hash key of the compact comparison form the page writes.
pub const COMPACT_KEY: &str = "c";
/// The hash key of the hand-written, URI-encoded comparison form.
pub const PLAIN_KEY: &str = "comparison";
/// The query parameter that starts the page in compare mode (`?compare=1`,
/// for embedding and courseware): B starts as a copy of A.
pub const QUERY_PARAM: &str = "compare";

/// Inflated documents larger than this are refused, so a crafted link
/// cannot make the page allocate gigabytes: the engine's one input limit
/// (one byte more is inflated, to tell "at the limit" from "over it"). A
/// comparison is two scenarios of a few kilobytes each.
const MAX_JSON_BYTES: usize = worthit_engine::input::MAX_INPUT_BYTES + 1;

/// Why a comparison link could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The compact form is not valid base64url, deflate data or UTF-8,
    /// usually because the link was cut short.
    Corrupt,
    /// The `#comparison=` text is not valid percent-encoding.
    BadEscape,
    /// The text decoded, but it is not a valid comparison document.
    Invalid(ScenarioError),
    /// The comparison is over the one input limit (1 MiB).
    TooLarge,
}

impl LinkError {
    /// The message shown in the page's alert: what is wrong, every problem
    /// with its path, and that the last good state is kept.
    pub fn notice(&self) -> Notice {
        self.notice_then(Fallback::KeepPrevious)
    }

    /// The message with what was done instead of the link's comparison.
    pub fn notice_then(&self, fallback: Fallback) -> Notice {
        let (key, invalid) = match self {
            LinkError::Corrupt => ("lab-link-damaged", None),
            LinkError::BadEscape => ("lab-link-bad-escape", None),
            LinkError::TooLarge => ("lab-link-too-large", None),
            LinkError::Invalid(e) => ("lab-link-invalid", Some(e)),
        };
        Notice::link_problem(Msg::key(key), invalid, fallback)
    }
}

/// The hash fragment (with its `#`) that reproduces a comparison.
pub fn encode_hash(doc: &ComparisonDoc) -> String {
    format!("#{COMPACT_KEY}={}", encode(doc))
}

/// [`encode_hash`] of a shared comparison, worked out once for it
/// (`worthit_page_core::memo`): the header's "Build an activity" link and
/// the address both want it after every edit in compare mode.
pub fn encode_hash_shared(doc: &Rc<ComparisonDoc>) -> String {
    thread_local! {
        static LAST: worthit_page_core::memo::Last<Rc<ComparisonDoc>, String> =
            const { worthit_page_core::memo::Last::new() };
    }
    LAST.with(|last| last.get(doc, |doc| encode_hash(doc)))
}

/// The hash of what the page shows: the comparison in compare mode, else
/// the scenario, each worked out once per shared value (the header's
/// "Build an activity" link and the embed snippet).
pub fn shown_hash(scenario: &Rc<Scenario>, comparison: Option<&Rc<ComparisonDoc>>) -> String {
    match comparison {
        Some(doc) => encode_hash_shared(doc),
        None => crate::share::encode_hash_shared(scenario),
    }
}

/// The compact encoding alone: base64url of the raw-deflated JSON.
pub fn encode(doc: &ComparisonDoc) -> String {
    // Compact JSON (not `to_json`'s pretty form): a link should be short.
    // Serializing plain data cannot fail; an empty string would be
    // reported as a damaged link by the reader, never silently accepted.
    compact::encode(&serde_json::to_string(doc).unwrap_or_default())
}

/// Reads a URL hash. `None` when it holds no comparison (empty, a plain
/// scenario link, other parameters), so the page falls back to the
/// scenario link or the stored scenario.
pub fn decode_hash(hash: &str) -> Option<Result<ComparisonDoc, LinkError>> {
    for (key, data) in worthit_page_core::params::assignments(hash) {
        if key == COMPACT_KEY {
            return Some(decode(data));
        }
        if key == PLAIN_KEY {
            let json = compact::percent_decode(data);
            return Some(match json {
                Some(json) => parse(&json),
                None => Err(LinkError::BadEscape),
            });
        }
    }
    None
}

/// Decodes the compact form.
pub fn decode(data: &str) -> Result<ComparisonDoc, LinkError> {
    let json = compact::decode(data, MAX_JSON_BYTES).map_err(|reason| {
        if reason == compact::Damage::TooLarge {
            LinkError::TooLarge
        } else {
            LinkError::Corrupt
        }
    })?;
    parse(&json)
}

/// A link's comparison text, checked against the one input limit first.
fn parse(json: &str) -> Result<ComparisonDoc, LinkError> {
    if worthit_engine::input::check_size(json.len()).is_err() {
        return Err(LinkError::TooLarge);
    }
    parse_comparison(json).map_err(LinkError::Invalid)
}

/// Whether a query string (`?a=1&compare=1`) asks for compare mode.
/// The flag is read as `?embed=` and the page's query are
/// (`worthit_page_core::params::flag`).
pub fn compare_requested(search: &str) -> bool {
    worthit_page_core::params::pairs(search).any(|(key, value)| {
        key == QUERY_PARAM && worthit_page_core::params::flag(value) == Some(true)
    })
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq)]
// One document exists at a time, for one file read; boxing either side
// would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Document {
    Scenario(Scenario),
    Comparison(ComparisonDoc),
}

/// Reads a scenario or a comparison document. A JSON object with a `kind`
/// field is read as a comparison (so a misspelt kind is reported as such),
/// anything else as a scenario; either way every problem is named by its
/// path or its line and column.
pub fn read_document(text: &str) -> Result<Document, ScenarioError> {
    let is_comparison = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.as_object().map(|o| o.contains_key("kind")))
        .unwrap_or(false);
    if is_comparison {
        parse_comparison(text).map(Document::Comparison)
    } else {
        parse_scenario(text).map(Document::Scenario)
    }
}

/// The comparison as a file's text (pretty JSON, like a scenario file).
pub fn comparison_json(doc: &ComparisonDoc) -> String {
    doc.to_json()
}

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

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use worthit_engine::{Scenario, ScenarioError, parse_scenario};

/// The hash key of the compact form the page writes.
pub const COMPACT_KEY: &str = "s";
/// The hash key of the hand-written, URI-encoded JSON form.
pub const PLAIN_KEY: &str = "scenario";

/// Inflated scenarios larger than this are refused, so a crafted link
/// cannot make the page allocate gigabytes (a "zip bomb"). Real scenarios
/// are a few kilobytes.
const MAX_JSON_BYTES: usize = 1 << 20;

/// The reasons [`ShareError::Corrupt`] gives, in English; the page shows
/// them translated (`link-reason-*` in the translation files).
pub const REASON_BASE64: &str = "not base64url text";
pub const REASON_INCOMPLETE: &str = "the compressed data is incomplete";
pub const REASON_UTF8: &str = "not UTF-8 text";

/// Why a link's scenario could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// The compact form is not valid base64url or not valid deflate data,
    /// usually because the link was cut short when copied.
    Corrupt(String),
    /// The `#scenario=` text is not valid percent-encoding.
    BadEscape,
    /// The text decoded, but it is not a valid scenario.
    Invalid(ScenarioError),
}

impl ShareError {
    /// One line in English, for logs and tests (the page shows it
    /// translated, see `crate::alert::Notice::bad_link`).
    pub fn headline(&self) -> String {
        match self {
            ShareError::Corrupt(why) => {
                format!("This link's scenario is damaged ({why}); was the link cut short?")
            }
            ShareError::BadEscape => {
                "This link's #scenario= text is not valid URI encoding.".to_string()
            }
            ShareError::Invalid(_) => "This link's scenario is not valid.".to_string(),
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

/// The compact encoding alone: base64url of the raw-deflated JSON.
pub fn encode(scenario: &Scenario) -> String {
    // Serializing our own plain data types cannot fail; an empty object
    // would be caught as invalid by the reader, never silently accepted.
    let json = serde_json::to_string(scenario).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(deflated)
}

/// Reads a URL hash (`#s=…`, `#scenario=…`, with or without the `#`).
/// `Ok(None)` when the hash holds no scenario at all (empty or unrelated),
/// so the page falls back to the stored or default scenario.
pub fn decode_hash(hash: &str) -> Result<Option<Scenario>, ShareError> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    for part in hash.split('&') {
        if let Some(data) = part.strip_prefix(&format!("{COMPACT_KEY}=")) {
            return decode(data).map(Some);
        }
        if let Some(data) = part.strip_prefix(&format!("{PLAIN_KEY}=")) {
            let json = percent_decode(data).ok_or(ShareError::BadEscape)?;
            return parse_scenario(&json).map(Some).map_err(ShareError::Invalid);
        }
    }
    Ok(None)
}

/// Decodes the compact form.
pub fn decode(data: &str) -> Result<Scenario, ShareError> {
    // Tolerate padding and whitespace that mail clients sometimes add.
    let cleaned: String = data
        .trim()
        .trim_end_matches('=')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = URL_SAFE_NO_PAD
        .decode(cleaned.as_bytes())
        .map_err(|_| ShareError::Corrupt(REASON_BASE64.to_string()))?;
    let inflated = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, MAX_JSON_BYTES)
        .map_err(|_| ShareError::Corrupt(REASON_INCOMPLETE.to_string()))?;
    let json =
        String::from_utf8(inflated).map_err(|_| ShareError::Corrupt(REASON_UTF8.to_string()))?;
    parse_scenario(&json).map_err(ShareError::Invalid)
}

/// Percent-decoding as `decodeURIComponent` does it, plus `+` for space
/// (forms and some tools write that); `None` for a malformed escape or
/// bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

//! The text encodings of links, shared by scenario links ([`crate::share`]),
//! comparison links ([`crate::lab::link`]) and the page's query
//! ([`crate::embed::query`]): the compact form (base64url of raw-deflated
//! JSON) and the percent-decoding of hand-written links.
//!
//! Nothing here panics on bad input; a failure says why in words the
//! callers put in front of people.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Why compact text could not be decoded: each reason has its own
/// phrase in the translation files ([`Damage::key`]) and English words
/// for logs and tests (`Display`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// Not base64url text.
    Base64,
    /// The compressed data stops early or is not deflate data.
    Incomplete,
    /// Inflated, the bytes are not UTF-8 text.
    Utf8,
    /// Inflated, the text is over the engine's one input limit
    /// (`worthit_engine::input::MAX_INPUT_BYTES`): not damage.
    TooLarge,
}

impl Damage {
    /// The phrase's key in the translation files.
    pub fn key(self) -> &'static str {
        match self {
            Damage::Base64 => "link-reason-base64",
            Damage::Incomplete => "link-reason-incomplete",
            Damage::Utf8 => "link-reason-utf8",
            Damage::TooLarge => "link-too-large",
        }
    }
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Damage::Base64 => "not base64url text",
            Damage::Incomplete => "the compressed data is incomplete",
            Damage::Utf8 => "not UTF-8 text",
            Damage::TooLarge => worthit_engine::input::TOO_LARGE,
        })
    }
}

/// The compact form of `json`: base64url (no padding) of its raw deflate.
pub fn encode(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(deflated)
}

/// The JSON text of a compact form; at most `limit` bytes once inflated,
/// so a crafted link cannot make the page allocate gigabytes. Padding and
/// whitespace, which mail clients sometimes add, are tolerated.
pub fn decode(data: &str, limit: usize) -> Result<String, Damage> {
    let cleaned: String = data
        .trim()
        .trim_end_matches('=')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = URL_SAFE_NO_PAD
        .decode(cleaned.as_bytes())
        .map_err(|_| Damage::Base64)?;
    let inflated =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, limit).map_err(|e| {
            // The limit reached is "more output" from the inflater; any
            // other failure means the data stops or is not deflate.
            if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                Damage::TooLarge
            } else {
                Damage::Incomplete
            }
        })?;
    String::from_utf8(inflated).map_err(|_| Damage::Utf8)
}

/// Percent-decoding as `decodeURIComponent` does it, plus `+` for a space
/// (HTML forms and some tools write that); `None` for a malformed escape or
/// bytes that are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
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

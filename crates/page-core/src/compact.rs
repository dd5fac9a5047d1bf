//! The text encodings of links, shared by scenario links ([`crate::share`]),
//! comparison links ([`crate::lab::link`]) and the page's query
//! ([`crate::embed::query`]): the compact form (base64url of raw-deflated
//! JSON) and the percent-decoding of hand-written links.
//!
//! Nothing here panics on bad input; a failure says why in words the
//! callers put in front of people.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Why compact text could not be decoded.
pub const REASON_BASE64: &str = "not base64url text";
pub const REASON_INCOMPLETE: &str = "the compressed data is incomplete";
pub const REASON_UTF8: &str = "not UTF-8 text";
/// Inflated, the text is over the limit: the engine's one input limit
/// (`worthit_engine::input::TOO_LARGE`), not damage.
pub const REASON_TOO_LARGE: &str = worthit_engine::input::TOO_LARGE;

/// The compact form of `json`: base64url (no padding) of its raw deflate.
pub fn encode(json: &str) -> String {
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    URL_SAFE_NO_PAD.encode(deflated)
}

/// The JSON text of a compact form; at most `limit` bytes once inflated,
/// so a crafted link cannot make the page allocate gigabytes. Padding and
/// whitespace, which mail clients sometimes add, are tolerated. The error
/// is one of the `REASON_*` texts.
pub fn decode(data: &str, limit: usize) -> Result<String, &'static str> {
    let cleaned: String = data
        .trim()
        .trim_end_matches('=')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let bytes = URL_SAFE_NO_PAD
        .decode(cleaned.as_bytes())
        .map_err(|_| REASON_BASE64)?;
    let inflated =
        miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes, limit).map_err(|e| {
            // The limit reached is "more output" from the inflater; any
            // other failure means the data stops or is not deflate.
            if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                REASON_TOO_LARGE
            } else {
                REASON_INCOMPLETE
            }
        })?;
    String::from_utf8(inflated).map_err(|_| REASON_UTF8)
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

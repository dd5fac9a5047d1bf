//! The one reader of `name=value&name=value` text: a page query
//! (`?embed=1&lang=ko`) and a link's hash (`#s=…`, `#scenario=…`).
//!
//! Values are given as written (not percent-decoded): a scenario's meaning
//! depends on every byte, so its reader must see a broken escape to report
//! it (`compact::percent_decode` decodes, returning `None` then). The
//! browser's `URLSearchParams` would repair such an escape silently.

/// The parts of a query string or hash as written (`a=1`, `embed`), with
/// its leading `?` or `#` (if any) left out and empty parts (`a=1&&b`)
/// skipped.
fn parts(text: &str) -> impl Iterator<Item = &str> {
    let text = text
        .strip_prefix('?')
        .or_else(|| text.strip_prefix('#'))
        .unwrap_or(text);
    text.split('&').filter(|part| !part.is_empty())
}

/// The `name=value` pairs of a query string or hash, in order (see
/// [`parts`]); a bare `name` has an empty value (so `?embed` is a flag, as
/// in PhET's links).
pub fn pairs(text: &str) -> impl Iterator<Item = (&str, &str)> {
    parts(text).map(|part| part.split_once('=').unwrap_or((part, "")))
}

/// The `name=value` pairs only, skipping bare names: a link's hash, where
/// `#s` alone holds no scenario.
pub fn assignments(text: &str) -> impl Iterator<Item = (&str, &str)> {
    parts(text).filter_map(|part| part.split_once('='))
}

/// The first value of parameter `name`, as written.
pub fn raw_value<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    pairs(text).find(|(key, _)| *key == name).map(|(_, v)| v)
}

/// The first value of parameter `name`, percent-decoded (`+` is a space);
/// a value that does not decode is given as written.
pub fn value(text: &str, name: &str) -> Option<String> {
    raw_value(text, name)
        .map(|raw| crate::compact::percent_decode(raw).unwrap_or_else(|| raw.to_string()))
}

/// `text` (a query string) with parameter `name` set to `encoded` (already
/// percent-encoded), replacing every value in place or adding it at the
/// end, and keeping every other parameter as written. Always starts
/// with `?`.
pub fn with_value(text: &str, name: &str, encoded: &str) -> String {
    let mut found = false;
    let mut out: Vec<String> = parts(text)
        .map(|part| {
            let key = part.split_once('=').map_or(part, |(k, _)| k);
            if key == name {
                found = true;
                format!("{name}={encoded}")
            } else {
                part.to_string()
            }
        })
        .collect();
    if !found {
        out.push(format!("{name}={encoded}"));
    }
    format!("?{}", out.join("&"))
}

/// Whether a yes/no flag's value (`embed`, `compare`) says yes: present
/// without a value, or `1`/`true`/`yes`/`on` in any case. `None` when it
/// is neither a yes nor a no word.
pub fn flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_skip_the_lead_and_empty_parts() {
        let got: Vec<_> = pairs("?a=1&&embed&b=x=y").collect();
        assert_eq!(got, vec![("a", "1"), ("embed", ""), ("b", "x=y")]);
        let got: Vec<_> = pairs("#s=abc&scenario=%7B").collect();
        assert_eq!(got, vec![("s", "abc"), ("scenario", "%7B")]);
        assert_eq!(pairs("").count(), 0);
        assert_eq!(pairs("?").count(), 0);
        let got: Vec<_> = assignments("#s&c=1").collect();
        assert_eq!(got, vec![("c", "1")]);
    }

    #[test]
    fn values_are_decoded_or_kept_as_written() {
        assert_eq!(value("?lang=zh-TW&x=1", "lang").as_deref(), Some("zh-TW"));
        assert_eq!(value("?q=a+b%21", "q").as_deref(), Some("a b!"));
        assert_eq!(value("?q=%zz", "q").as_deref(), Some("%zz"));
        assert_eq!(value("?q=1&q=2", "q").as_deref(), Some("1"));
        assert_eq!(value("?a=1", "q"), None);
    }

    #[test]
    fn a_value_is_replaced_in_place_or_added() {
        assert_eq!(with_value("", "lang", "ko"), "?lang=ko");
        assert_eq!(with_value("?a=1&lang=en&b", "lang", "ko"), "?a=1&lang=ko&b");
        assert_eq!(with_value("?a=1", "lang", "ko"), "?a=1&lang=ko");
        assert_eq!(with_value("?a=&lang=en", "lang", "ko"), "?a=&lang=ko");
        assert_eq!(
            with_value("?lang=en&lang=fr", "lang", "ko"),
            "?lang=ko&lang=ko"
        );
    }

    #[test]
    fn flags_take_yes_and_no_words() {
        for yes in ["", "1", "TRUE", " yes ", "on"] {
            assert_eq!(flag(yes), Some(true), "{yes}");
        }
        for no in ["0", "false", "No", "off"] {
            assert_eq!(flag(no), Some(false), "{no}");
        }
        assert_eq!(flag("maybe"), None);
    }
}

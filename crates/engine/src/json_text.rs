//! One JSON path per direction, for the page's download size.
//!
//! serde's derived code is compiled once per serializer and per
//! deserializer it is used with. `serde_json::to_string`,
//! `to_string_pretty` and `to_value` are three serializers, and
//! `from_str` and `from_value` two deserializers, so a big type (a
//! scenario, results, a comparison) used with all of them carries its
//! generated code up to three times in the WebAssembly. The functions
//! here give the same output as serde_json's, but reach every type only
//! through `to_string` and `from_str`:
//!
//! - [`to_pretty`]: `to_string`, then the compact text re-indented exactly
//!   as `serde_json::to_string_pretty` writes it (two spaces, `": "`,
//!   `[]` and `{}` for empty containers), byte for byte;
//! - [`to_value`]: `to_string`, then parsed as a [`Value`] (the same value:
//!   numbers are written shortest-round-trip and parsed exactly,
//!   `float_roundtrip`, and objects are sorted maps either way);
//! - [`from_value`]: the value written as text, then `from_str`.
//!
//! Only the generic serde code is shared: parsing `Value`, writing a
//! `Value` and this re-indenter exist once whatever the types.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// `value` as indented JSON, byte-identical to
/// `serde_json::to_string_pretty(value)`.
pub fn to_pretty<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    Ok(indent(&serde_json::to_string(value)?))
}

/// `value` as a JSON [`Value`], equal to `serde_json::to_value(value)`.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<Value> {
    serde_json::from_str(&serde_json::to_string(value)?)
}

/// A `T` read from a JSON [`Value`], as `serde_json::from_value` reads it.
/// An error's message is serde's; it ends with the line and column of the
/// value's compact text (one line), which `from_value`'s would not have.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

/// Compact JSON (no whitespace outside strings, as `serde_json::to_string`
/// writes it) re-indented as serde_json's `PrettyFormatter` writes it.
/// Bytes inside strings are copied unchanged; a multi-byte UTF-8 character
/// never contains an ASCII byte, so walking bytes is safe.
pub fn indent(compact: &str) -> String {
    let bytes = compact.as_bytes();
    // Pretty text is the compact text plus, per value, a newline, its
    // indentation and a space after the colon: a rough guess saves most
    // of the reallocations.
    let mut out = Vec::with_capacity(bytes.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'{' | b'[' => {
                out.push(b);
                // An empty container stays on one line: `[]`, `{}`.
                let close = if b == b'{' { b'}' } else { b']' };
                if bytes.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    // Only ASCII bytes were added and UTF-8 sequences copied whole.
    String::from_utf8(out).unwrap_or_default()
}

fn newline(out: &mut Vec<u8>, depth: usize) {
    out.push(b'\n');
    for _ in 0..depth {
        out.extend_from_slice(b"  ");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The re-indented text of `v` is serde_json's own pretty text.
    fn same_pretty<T: Serialize + ?Sized>(v: &T) {
        let expected = serde_json::to_string_pretty(v).unwrap();
        assert_eq!(to_pretty(v).unwrap(), expected);
    }

    #[test]
    fn pretty_matches_serde_json_on_edge_cases() {
        same_pretty(&json!(null));
        same_pretty(&json!(1.5));
        same_pretty(&json!("plain"));
        same_pretty(&json!([]));
        same_pretty(&json!({}));
        same_pretty(&json!([[], {}, [[]], {"a": {}}, {"b": []}]));
        same_pretty(&json!({"nested": {"deeper": {"deepest": [1, 2, [3, [4]]]}}}));
        // Structural characters, quotes and backslashes inside strings
        // and keys must not be read as structure.
        same_pretty(&json!({
            "a,b": "x:y",
            "{[": "]}",
            "quote\"d": "back\\slash\\",
            "ends with backslash\\": ["\\", "\\\"", "\"\\"],
            "control": "tab\tnewline\nunit\u{1}",
        }));
        // Non-ASCII text, escaped and not (serde_json writes it raw).
        same_pretty(&json!({"é": "naïve — 日本語 🎉", "emoji🎉": ["ü", ""]}));
        same_pretty(&json!([
            -0.0,
            1e300,
            -1e-300,
            0.1,
            12345678901234567u64,
            -3
        ]));
    }

    #[test]
    fn pretty_matches_serde_json_on_every_preset_and_its_results() {
        for preset in crate::presets::all() {
            let s = preset.scenario();
            same_pretty(&s);
            let mut small = s.clone();
            small.users = 2_000;
            let results = crate::sim::run(&small, &Default::default()).unwrap();
            same_pretty(&results);
        }
    }

    #[test]
    fn to_value_equals_serde_json_to_value() {
        for preset in crate::presets::all() {
            let s = preset.scenario();
            let ours = to_value(&s).unwrap();
            assert_eq!(ours, serde_json::to_value(&s).unwrap(), "{}", preset.id);
            // Equal values could still differ in how a number is held
            // (1 against 1.0); their texts would then differ.
            assert_eq!(
                ours.to_string(),
                serde_json::to_value(&s).unwrap().to_string()
            );
            let mut small = s.clone();
            small.users = 2_000;
            let results = crate::sim::run(&small, &Default::default()).unwrap();
            let ours = to_value(&results).unwrap();
            let theirs = serde_json::to_value(&results).unwrap();
            assert_eq!(ours, theirs, "{}", preset.id);
            assert_eq!(ours.to_string(), theirs.to_string(), "{}", preset.id);
        }
        // Floats that text could round, and non-finite ones (null both ways).
        let awkward = (
            0.1 + 0.2,
            1.0 / 3.0,
            f64::MIN_POSITIVE,
            f64::NAN,
            -0.0,
            u64::MAX,
            i64::MIN,
        );
        assert_eq!(
            to_value(&awkward).unwrap(),
            serde_json::to_value(awkward).unwrap()
        );
    }

    #[test]
    fn from_value_reads_what_serde_json_reads() {
        for preset in crate::presets::all() {
            let s = preset.scenario();
            let v = serde_json::to_value(&s).unwrap();
            let ours: crate::Scenario = from_value(&v).unwrap();
            let theirs: crate::Scenario = serde_json::from_value(v).unwrap();
            assert_eq!(ours, theirs, "{}", preset.id);
        }
        let bad = json!({"dist": "normal", "mean": "high", "sd": 1});
        let e = from_value::<crate::Dist>(&bad).unwrap_err();
        assert!(e.is_data(), "{e}");
    }
}

//! Where in a JSON text a serde_json error was raised, as a JSON path.
//!
//! The typed pass ([`crate::parse`]) deserializes with plain serde_json,
//! whose errors say *where* (line and column) but not *which value*.
//! Tracking the path while deserializing (`serde_path_to_error`) wraps
//! every serde visitor generically and cost ~17 KiB gzipped in the page's
//! WebAssembly. Errors are rare, so instead the text, already known to be
//! valid JSON, is scanned again up to the error ([`locate`]) with a stack
//! of the objects and arrays open there. `parse` turns that into the path
//! serde reports the error at (serde_json raises a few errors away from
//! their value).

use std::ops::Range;

use crate::validate::key_segment;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    /// A member of an object, by its (unescaped) key.
    Key(String),
    /// An element of an array, counted from 0.
    Index(usize),
}

/// The byte offset that serde_json's `line` and `column` stand for: the
/// number of bytes read. serde_json counts lines by `\n` alone and columns
/// in bytes (not characters) since the last `\n`.
pub(crate) fn byte_offset(json: &str, line: usize, column: usize) -> usize {
    let line_start = match line.checked_sub(2) {
        None => 0,
        Some(newlines) => json
            .match_indices('\n')
            .nth(newlines)
            .map_or(json.len(), |(i, _)| i + 1),
    };
    (line_start + column).min(json.len())
}

/// Where serde_json stood in a JSON text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Location {
    /// The value being read: inside an object, the member whose `:` was
    /// read; inside an array, the element after the last `[` or `,` read.
    pub path: Vec<Step>,
    /// The key last read in the innermost object when its `:` is not read
    /// yet (unescaped). Not part of `path`.
    pub key: Option<String>,
    /// When nothing but whitespace was read since a closing `}` or `]`:
    /// that container (the value `path` leads to).
    pub closed: Option<Closed>,
}

/// A container just read, as byte ranges of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Closed {
    /// The whole container, brackets included.
    pub span: Range<usize>,
    /// Its last member or element when that is itself an object or array,
    /// with the step that leads to it.
    pub last: Option<(Step, Range<usize>)>,
}

/// An open container while scanning.
struct Frame<'a> {
    /// Where its `{` or `[` is.
    start: usize,
    object: bool,
    /// Object: the key last read (with its quotes, still escaped).
    key: Option<&'a str>,
    /// Object: whether the `:` after `key` was read.
    in_value: bool,
    /// Array: the index of the element being read.
    index: usize,
    /// Where the current member's or element's value starts, once its first
    /// byte is read.
    value_start: Option<usize>,
}

impl Frame<'_> {
    fn new(start: usize, object: bool) -> Self {
        Frame {
            start,
            object,
            key: None,
            in_value: false,
            index: 0,
            value_start: None,
        }
    }

    /// The step to the current member or element (none between a key and
    /// its `:`).
    fn step(&self) -> Option<Step> {
        if !self.object {
            Some(Step::Index(self.index))
        } else if self.in_value {
            self.key.map(|key| Step::Key(unescape(key)))
        } else {
            None
        }
    }
}

/// Where the reader stands once the first `consumed` bytes of `json` (valid
/// JSON) are read.
pub(crate) fn locate(json: &str, consumed: usize) -> Location {
    let bytes = json.as_bytes();
    let end = consumed.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut closed = None;
    let mut i = 0;
    while i < end {
        let byte = bytes[i];
        if byte.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        closed = None;
        match (byte, stack.last_mut()) {
            (b':', Some(frame)) => frame.in_value = true,
            (b',', Some(frame)) => {
                frame.key = None;
                frame.in_value = false;
                frame.index += 1;
                frame.value_start = None;
            }
            (b'}' | b']', _) => {
                if let Some(frame) = stack.pop() {
                    closed = Some(Closed {
                        span: frame.start..i + 1,
                        last: last_container(bytes, &frame, i),
                    });
                }
            }
            (b'"', Some(frame)) if frame.object && !frame.in_value => {
                let close = string_end(bytes, i);
                frame.key = json.get(i..=close);
                i = close;
            }
            // The first byte of a value.
            (_, top) => {
                if let Some(frame) = top {
                    frame.value_start.get_or_insert(i);
                }
                match byte {
                    b'"' => i = string_end(bytes, i),
                    b'{' => stack.push(Frame::new(i, true)),
                    b'[' => stack.push(Frame::new(i, false)),
                    // The rest of a number, `true`, `false` or `null`.
                    _ => {}
                }
            }
        }
        i += 1;
    }
    Location {
        path: stack.iter().filter_map(Frame::step).collect(),
        key: stack
            .last()
            .filter(|frame| frame.object && !frame.in_value)
            .and_then(|frame| frame.key.map(unescape)),
        closed,
    }
}

/// The last member or element of `frame`, which closes at `close`, if it is
/// an object or array (which then ends at the last non-blank byte before).
fn last_container(bytes: &[u8], frame: &Frame, close: usize) -> Option<(Step, Range<usize>)> {
    let start = frame.value_start?;
    if !matches!(bytes[start], b'{' | b'[') {
        return None;
    }
    let end = bytes[..close]
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())?;
    Some((frame.step()?, start..end + 1))
}

/// The index of the `"` closing the string that opens at `open` (or the
/// last byte, for a string cut short).
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut i = open + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len().saturating_sub(1)
}

/// A JSON string literal (with its quotes) as the text it stands for: the
/// key as serde saw it.
fn unescape(literal: &str) -> String {
    if !literal.contains('\\') {
        let inner = literal.strip_prefix('"').unwrap_or(literal);
        return inner.strip_suffix('"').unwrap_or(inner).to_string();
    }
    serde_json::from_str(literal).unwrap_or_else(|_| literal.to_string())
}

/// `segments[1].weights.time`; a key that is not a plain identifier is
/// quoted in brackets (`screenshot_effects["my kind"]`).
pub(crate) fn format_path(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Index(index) => out.push_str(&format!("[{index}]")),
            Step::Key(key) => {
                let segment = key_segment(key);
                if out.is_empty() {
                    out.push_str(segment.strip_prefix('.').unwrap_or(&segment));
                } else {
                    out.push_str(&segment);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(k: &str) -> Step {
        Step::Key(k.to_string())
    }

    /// Where the reader stands at the `|` in `marked` (which is removed).
    fn at(marked: &str) -> Location {
        let offset = marked.find('|').unwrap();
        locate(&marked.replacen('|', "", 1), offset)
    }

    fn path_at(marked: &str) -> Vec<Step> {
        at(marked).path
    }

    #[test]
    fn a_key_joins_the_path_once_its_colon_is_read() {
        let between = at(r#"{"a": {"b" |: 1}}"#);
        assert_eq!(between.path, [key("a")]);
        assert_eq!(between.key.as_deref(), Some("b"));
        let after = at(r#"{"a": {"b":| 1}}"#);
        assert_eq!(after.path, [key("a"), key("b")]);
        assert_eq!(after.key, None);
        assert_eq!(path_at(r#"{"a": {"b": "x"|}}"#), [key("a"), key("b")]);
        assert_eq!(at(r#"{"a": {"b": 1, "c"|: 2}}"#).key.as_deref(), Some("c"));
        assert_eq!(at(r#"{"a": {"b": 1,| "c": 2}}"#).key, None);
    }

    #[test]
    fn an_element_joins_the_path_at_its_opening_bracket_or_comma() {
        assert_eq!(path_at(r#"{"s": [|[]]}"#), [key("s"), Step::Index(0)]);
        assert_eq!(path_at(r#"{"s": [1, 2,| {}]}"#), [key("s"), Step::Index(2)]);
        assert_eq!(
            path_at(r#"[{"a": [{"b": 1}, {"c": [3,| 4]}]}]"#),
            [
                Step::Index(0),
                key("a"),
                Step::Index(1),
                key("c"),
                Step::Index(1)
            ]
        );
    }

    #[test]
    fn a_closed_container_is_the_value_the_path_leads_to() {
        let text = r#"{"a": {"b": 1, "c": {"d": 2} }, "e": 3}"#;
        let closed = locate(text, text.find(" }").unwrap() + 2);
        assert_eq!(closed.path, [key("a")]);
        let Closed { span, last } = closed.closed.unwrap();
        assert_eq!(&text[span], r#"{"b": 1, "c": {"d": 2} }"#);
        let (step, last) = last.unwrap();
        assert_eq!((step, &text[last]), (key("c"), r#"{"d": 2}"#));

        // Whitespace keeps it; anything else ends it.
        assert!(at(r#"{"a": [1, [2]]  |}"#).closed.is_some());
        assert!(at(r#"{"a": [1, [2]],| "b": 1}"#).closed.is_none());
        // Its last member counts only if that is an object or array.
        assert_eq!(
            at(r#"{"a": {"b": [1]}|}"#).closed.unwrap().last.unwrap().0,
            key("b")
        );
        assert!(at(r#"{"a": {"b": 1}|}"#).closed.unwrap().last.is_none());
        assert_eq!(path_at(r#"{"a": 1}|"#), []);
    }

    #[test]
    fn brackets_and_quotes_inside_strings_are_text() {
        assert_eq!(
            path_at(r#"{"t": "}]{[\"\\", "k\"ey": {"x": "]"|}}"#),
            [key("k\"ey"), key("x")]
        );
        assert_eq!(path_at(r#"{"my\u0020kind": |[]}"#), [key("my kind")]);
        assert_eq!(
            at(r#"{"\ud55c\uad6d\uc5b4"|: 1}"#).key.as_deref(),
            Some("한국어")
        );
    }

    #[test]
    fn paths_are_written_like_validation_paths() {
        let path = [key("product"), key("screenshot_effects"), key("my kind")];
        assert_eq!(
            format_path(&path),
            r#"product.screenshot_effects["my kind"]"#
        );
        let path = [key("segments"), Step::Index(1), key("weights"), key("time")];
        assert_eq!(format_path(&path), "segments[1].weights.time");
        assert_eq!(format_path(&[key("한국어")]), r#"["한국어"]"#);
        assert_eq!(format_path(&[Step::Index(0), key("a")]), "[0].a");
        assert_eq!(format_path(&[]), "");
    }

    /// serde_json counts columns in bytes, so text that is not ASCII before
    /// the error must not shift the location.
    #[test]
    fn serde_json_locations_count_bytes() {
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Item {
            name: String,
            n: f64,
        }
        for json in [
            "{\"한국어 😀\": [{\"name\": \"사용자\", \"n\": 1}, {\"name\": \"그룹 🎮\", \"n\": \"x\"}]}",
            "{\"한국어 😀\":\r\n [{\"name\": \"사용자\", \"n\": 1},\n  {\"name\": \"그룹 🎮\", \"n\": \"x\"}]}",
        ] {
            let e = serde_json::from_str::<std::collections::BTreeMap<String, Vec<Item>>>(json)
                .unwrap_err();
            let location = locate(json, byte_offset(json, e.line(), e.column()));
            assert_eq!(
                format_path(&location.path),
                r#"["한국어 😀"][1].n"#,
                "{json}"
            );
        }
    }

    #[test]
    fn offsets_follow_newlines_only() {
        let text = "ab\r\ncd\nef";
        assert_eq!(byte_offset(text, 1, 2), 2);
        assert_eq!(byte_offset(text, 2, 1), 5);
        assert_eq!(byte_offset(text, 3, 2), 9);
        assert_eq!(byte_offset(text, 9, 9), text.len());
    }
}

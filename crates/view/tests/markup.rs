//! The one escaping function: every character with a meaning in markup is
//! replaced, text in any script passes unchanged, and what XML forbids is
//! dropped.

use worthit_view::markup::escape;

#[test]
fn markup_characters_are_replaced() {
    assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
    // An already escaped entity is escaped again: the text is text.
    assert_eq!(escape("&amp;"), "&amp;amp;");
}

#[test]
fn other_text_passes_unchanged() {
    for text in ["43.1% · 한국어", "采用率 — 採用率", "tab\tnew\nline\r", ""] {
        assert_eq!(escape(text), text);
    }
}

#[test]
fn control_characters_xml_forbids_are_dropped() {
    assert_eq!(escape("a\u{0}b\u{1b}c\u{1f}d"), "abcd");
}

#[test]
fn escaped_text_cannot_leave_an_attribute_or_open_a_tag() {
    let hostile = "\" onload=\"alert(1)' x='<script>";
    let escaped = escape(hostile);
    for c in ['"', '\'', '<', '>'] {
        assert!(!escaped.contains(c), "{escaped}");
    }
}

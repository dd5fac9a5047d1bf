//! Text made safe inside HTML and XML: the one escaping function of the
//! project, used by the charts' SVG titles, the prerendered first view,
//! the embed snippet and the LMS package (HTML launch page and XML
//! manifest).

/// `text` made safe as HTML or XML text, or inside a single- or
/// double-quoted attribute value. The apostrophe is written `&#39;`,
/// which both HTML and XML read; control characters other than tab,
/// line feed and carriage return are dropped, as XML 1.0 allows none of
/// them (and HTML reports them as parse errors).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

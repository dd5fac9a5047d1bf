//! The page's WebAssembly requested first: trunk writes its
//! `<link rel="preload">` (the WebAssembly) and `<link rel="modulepreload">`
//! (wasm-bindgen's JavaScript) after the stylesheets, and a browser
//! speaking HTTP/1.1 opens six connections to a host: under a slow
//! network the WebAssembly, the largest file by far, then waits for a
//! connection while a dozen stylesheets and a script take their turns,
//! and the line stays mostly idle meanwhile (measured under Lighthouse's
//! "Slow 4G": its response began ~1.2 s after the browser asked for it,
//! docs/performance.md "Download size"). Moved to the top of `<head>`,
//! right after the character set, both are asked for before anything else.
//!
//! Only tags are moved, never changed: their `integrity`, `crossorigin`
//! and `nonce` attributes stay as trunk wrote them, so the loader's fetch
//! still reuses the preloaded response.

/// `html` with its preload and module-preload `<link>` tags moved to just
/// after `<meta charset…>` (or the `<head>` tag, or the start when there
/// is neither), in their order. Accepts trunk's minified HTML (unquoted
/// attribute values) and the plain form. A page without such tags is
/// returned as it is.
pub fn hoist(html: &str) -> String {
    let mut rest = String::with_capacity(html.len());
    let mut moved = String::new();
    // Tag names in any case; lowercasing ASCII keeps every byte offset.
    let lower = html.to_ascii_lowercase();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<link").map(|i| at + i) {
        let Some(len) = html[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        rest.push_str(&html[at..start]);
        let tag = &html[start..end];
        if is_preload(tag) {
            moved.push_str(tag);
        } else {
            rest.push_str(tag);
        }
        at = end;
    }
    rest.push_str(&html[at..]);
    if moved.is_empty() {
        return rest;
    }
    let anchor = tag_end(&rest, "<meta charset")
        .or_else(|| tag_end(&rest, "<head"))
        .unwrap_or(0);
    format!("{}{moved}{}", &rest[..anchor], &rest[anchor..])
}

/// True for a `<link>` whose `rel` is `preload` or `modulepreload`,
/// quoted or not.
fn is_preload(tag: &str) -> bool {
    ["preload", "modulepreload"].iter().any(|rel| {
        [
            format!("rel={rel} "),
            format!("rel={rel}>"),
            format!("rel=\"{rel}\""),
            format!("rel='{rel}'"),
        ]
        .iter()
        .any(|form| tag.contains(form.as_str()))
    })
}

/// Just past the `>` of the first tag that starts with `prefix` (ASCII
/// case-insensitive, as HTML tag names are).
fn tag_end(html: &str, prefix: &str) -> Option<usize> {
    let start = html.to_ascii_lowercase().find(prefix)?;
    html[start..].find('>').map(|i| start + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// trunk's minified head, shortened: the stylesheets come first.
    const MINIFIED: &str = "<!doctype html><html lang=en><head><meta charset=utf-8>\
        <meta content=\"a page\" name=description><link href=/favicon.svg rel=icon>\
        <script src=boot-check.js></script>\
        <link crossorigin href=/style-1.css integrity=sha384-a rel=stylesheet>\
        <link crossorigin href=/lab-2.css integrity=sha384-b rel=stylesheet>\
        <script nonce=\"{{__TRUNK NONCE__}}\" type=module>import init from '/app-3.js';</script>\
        <link nonce=\"{{__TRUNK NONCE__}}\" crossorigin href=/app-3.js integrity=sha384-c rel=modulepreload>\
        <link nonce=\"{{__TRUNK NONCE__}}\" as=fetch crossorigin href=/app-3_bg.wasm integrity=sha384-d rel=preload type=application/wasm>\
        </head><body><div id=app></div></body></html>";

    #[test]
    fn the_preloads_come_first_after_the_character_set_and_unchanged() {
        let out = hoist(MINIFIED);
        assert_eq!(
            out.len(),
            MINIFIED.len(),
            "only moved, nothing added or lost"
        );
        let wasm = out.find("app-3_bg.wasm").unwrap();
        let js = out.find("rel=modulepreload").unwrap();
        let charset = out.find("<meta charset=utf-8>").unwrap();
        let first_css = out.find("style-1.css").unwrap();
        let boot = out.find("boot-check.js").unwrap();
        assert!(charset < js && js < wasm, "{out}");
        assert!(wasm < boot && wasm < first_css, "{out}");
        assert!(out.contains(
            "<link nonce=\"{{__TRUNK NONCE__}}\" as=fetch crossorigin href=/app-3_bg.wasm integrity=sha384-d rel=preload type=application/wasm>"
        ));
        // The loader script and the stylesheets keep their order.
        let loader = out.find("type=module>").unwrap();
        assert!(
            first_css < out.find("lab-2.css").unwrap() && out.find("lab-2.css").unwrap() < loader
        );
        // Hoisting twice changes nothing more.
        assert_eq!(hoist(&out), out);
    }

    #[test]
    fn quoted_attributes_are_recognised_and_other_links_stay() {
        let html = "<html><HEAD><link rel=\"stylesheet\" href=\"a.css\">\
            <link rel=\"preload\" href=\"x.wasm\" as=\"fetch\"></head><body></body></html>";
        assert_eq!(
            hoist(html),
            "<html><HEAD><link rel=\"preload\" href=\"x.wasm\" as=\"fetch\">\
             <link rel=\"stylesheet\" href=\"a.css\"></head><body></body></html>"
        );
    }

    #[test]
    fn a_page_without_preloads_is_left_as_it_is() {
        let html = "<html><head><meta charset=utf-8><link rel=icon href=/f.svg></head><body></body></html>";
        assert_eq!(hoist(html), html);
    }
}

//! The built page inside the package: which of its files the package
//! needs and its `index.html` made relative.
//!
//! trunk writes root-relative references (`/app-<hash>.js`), which would
//! point at the LMS's own root once the page sits somewhere under it, so
//! the package's copy uses `./app-<hash>.js`. The CSP nonce placeholder
//! is removed too: an LMS sends no policy with a nonce to match.

/// The page's folder in the package.
pub const PAGE_DIR: &str = "page";

/// The local files `index.html` refers to (`href`, `src`, quoted or not,
/// as trunk's minifier writes them, and the module and WebAssembly paths
/// of trunk's inline loader), relative to the page, each once, in order
/// of appearance. Links to other sites, `data:` URLs and fragments are not
/// files of the page.
pub fn page_paths(index_html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |value: &str| {
        if let Some(path) = local_path(value)
            && !out.contains(&path)
        {
            out.push(path);
        }
    };
    let bytes = index_html.as_bytes();
    for (i, _) in index_html.match_indices('=') {
        let before = &index_html[..i];
        let attribute = (before.ends_with("href") || before.ends_with("src"))
            && before
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .ends_with(|c: char| c.is_whitespace());
        if !attribute {
            continue;
        }
        let rest = &index_html[i + 1..];
        let value = match bytes.get(i + 1) {
            Some(q @ (b'"' | b'\'')) => rest[1..].split(*q as char).next().unwrap_or_default(),
            _ => rest
                .split([' ', '>', '\n', '\t'])
                .next()
                .unwrap_or_default(),
        };
        push(value);
    }
    // trunk's loader names its files as root-relative string literals
    // (made relative in the package's copy).
    for (i, quote) in index_html
        .char_indices()
        .filter(|(_, c)| *c == '\'' || *c == '"')
    {
        let rest = &index_html[i + 1..];
        let Some(end) = rest.find(quote) else {
            continue;
        };
        let value = &rest[..end];
        let loader_literal = (value.starts_with('/') || value.starts_with("./"))
            && !value.starts_with("//")
            && !value.contains(char::is_whitespace)
            && (value.ends_with(".js") || value.ends_with(".wasm"));
        let before = &index_html[..i];
        if loader_literal && !before.ends_with('=') {
            push(value);
        }
    }
    out
}

/// `value` as a path inside the page, or `None` for another site, a
/// `data:` URL, a fragment or the page itself.
fn local_path(value: &str) -> Option<String> {
    let value = value.split(['?', '#']).next().unwrap_or_default();
    if value.is_empty() || value.starts_with("//") || value.contains(':') {
        return None;
    }
    let path = value.trim_start_matches("./").trim_start_matches('/');
    (!path.is_empty() && !path.split('/').any(|p| p == "..")).then(|| path.to_string())
}

/// `index.html` with its root-relative references made relative
/// (`="/x"`, `=/x` and `'/x'` → `./x`) and its nonce attributes removed.
/// Only the references [`page_paths`] found are rewritten, so a `/` that
/// merely follows a quote elsewhere (`"/>` in an inline SVG, a `"/"` in
/// a script) is left alone.
pub fn relative_index(index_html: &str) -> String {
    let mut out = index_html.to_string();
    for path in page_paths(index_html) {
        for (from, to) in [
            ("=\"/", "=\"./"),
            ("='/", "='./"),
            ("=/", "=./"),
            ("'/", "'./"),
            ("\"/", "\"./"),
        ] {
            for end in ['"', '\'', ' ', '>'] {
                out = out.replace(&format!("{from}{path}{end}"), &format!("{to}{path}{end}"));
            }
        }
    }
    strip_nonces(&out)
}

/// `html` without its ` nonce="…"` attributes: trunk's placeholder, or
/// the value a server filled in (the page fetches its own `index.html`
/// for the package in the browser, nonce included).
fn strip_nonces(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(" nonce=") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 7..];
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
        let skip = match quote {
            Some(q) => after[1..].find(q).map_or(after.len(), |end| end + 2),
            None => after.find([' ', '>']).unwrap_or(after.len()),
        };
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r##"<!doctype html><html><head>
<script src="boot-check.js"></script>
<link rel="modulepreload" href="/app-1a.js" crossorigin="anonymous" integrity="sha384-x">
<link rel="preload" href="/app-1a_bg.wasm" as="fetch" type="application/wasm">
<link rel="stylesheet" href="/style-2b.css">
<link rel="icon" href="/favicon-3c.svg">
<a href="https://example.org/">x</a><a href="#answer">y</a>
<script type="module" nonce="{{__TRUNK NONCE__}}">
import init, * as bindings from '/app-1a.js';
const wasm = await init({ module_or_path: '/app-1a_bg.wasm' });
</script></head></html>"##;

    #[test]
    fn the_page_names_its_files() {
        assert_eq!(
            page_paths(TRUNK),
            [
                "boot-check.js",
                "app-1a.js",
                "app-1a_bg.wasm",
                "style-2b.css",
                "favicon-3c.svg"
            ]
        );
    }

    /// What trunk's minifier writes: attribute values without quotes.
    const MINIFIED: &str = "<!doctype html><html lang=en><link nonce=\"{{__TRUNK NONCE__}}\" \
        href=/favicon-3c.svg integrity=sha384-x rel=icon><script src=boot-check.js></script>\
        <link crossorigin href=/style-2b.css rel=stylesheet><script nonce=\"{{__TRUNK NONCE__}}\" \
        type=module>import init, * as bindings from '/app-1a.js';\n\
        const wasm = await init({ module_or_path: '/app-1a_bg.wasm' });</script>\
        <link crossorigin href=/app-1a.js rel=modulepreload><a href=#answer>x</a></html>";

    #[test]
    fn minified_pages_name_their_files_and_become_relative() {
        assert_eq!(
            page_paths(MINIFIED),
            [
                "favicon-3c.svg",
                "boot-check.js",
                "style-2b.css",
                "app-1a.js",
                "app-1a_bg.wasm"
            ]
        );
        let index = relative_index(MINIFIED);
        assert!(index.contains("href=./favicon-3c.svg integrity"));
        assert!(index.contains("src=boot-check.js>"));
        assert!(index.contains("from './app-1a.js'"));
        assert!(index.contains("'./app-1a_bg.wasm'"));
        assert!(!index.contains("nonce"));
        assert_eq!(page_paths(&index), page_paths(MINIFIED));
        // A slash after a quote that is no reference stays.
        let svg =
            format!("{MINIFIED}<svg><path d=\"M0 0\"/></svg><script>if (p === \"/\") x()</script>");
        let index = relative_index(&svg);
        assert!(index.contains("<path d=\"M0 0\"/></svg>") && index.contains("p === \"/\")"));
    }

    #[test]
    fn references_become_relative() {
        let index = relative_index(TRUNK);
        assert!(index.contains(r#"href="./app-1a.js""#));
        assert!(index.contains("from './app-1a.js'"));
        assert!(index.contains("module_or_path: './app-1a_bg.wasm'"));
        assert!(index.contains(r#"href="https://example.org/""#));
        assert!(!index.contains("nonce"));
        assert!(!index.contains("=\"/a"));
        // A nonce a server filled in goes too.
        let served = TRUNK.replace("{{__TRUNK NONCE__}}", "q2Vx+/A==");
        assert_eq!(relative_index(&served), index);
        // The relative copy names the same files.
        assert_eq!(page_paths(&index), page_paths(TRUNK));
    }
}

//! The built page inside the package: which of its files the package
//! needs and its `index.html` made relative.
//!
//! trunk writes root-relative references (`/app-<hash>.js`), which would
//! point at the LMS's own root once the page sits somewhere under it, so
//! the package's copy uses `./app-<hash>.js`. The CSP nonce placeholder
//! is removed too: an LMS sends no policy with a nonce to match.

/// The page's folder in the package.
pub const PAGE_DIR: &str = "page";

/// The local files `index.html` refers to (`href`, `src`, and the module
/// and WebAssembly paths of trunk's inline loader), relative to the page,
/// each once, in order of appearance. Links to other sites, `data:` URLs
/// and fragments are not files of the page.
pub fn page_paths(index_html: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (i, quote) in index_html.char_indices().filter(|(_, c)| *c == '"' || *c == '\'') {
        let before = &index_html[..i];
        let attribute = before.ends_with("href=") || before.ends_with("src=");
        let rest = &index_html[i + 1..];
        let Some(end) = rest.find(quote) else { continue };
        let value = &rest[..end];
        // trunk's loader names its files as root-relative string literals.
        let loader_literal = !attribute
            && value.starts_with('/')
            && !value.starts_with("//")
            && !value.contains(char::is_whitespace)
            && (value.ends_with(".js") || value.ends_with(".wasm"));
        if !(attribute || loader_literal) {
            continue;
        }
        if let Some(path) = local_path(value)
            && !out.contains(&path)
        {
            out.push(path);
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
/// (`="/x"` → `="./x"`, `'/x` → `'./x`) and the nonce placeholder
/// removed.
pub fn relative_index(index_html: &str) -> String {
    let mut out = String::with_capacity(index_html.len());
    let mut chars = index_html.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        out.push(c);
        if (c == '"' || c == '\'')
            && index_html[i + 1..].starts_with('/')
            && !index_html[i + 1..].starts_with("//")
            && index_html[i + 1..].len() > 1
        {
            out.push('.');
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

//! The HTML a course author pastes into their page to embed worthit: an
//! `<iframe>` whose address carries the options (query) and the scenario
//! (hash), plus, if asked, a few lines of script that size the iframe to
//! its content. Pure string building, tested in `tests/embed_query.rs`.

use super::query::PageQuery;

/// The project's one escaping function (HTML and XML).
pub use worthit_view::markup::escape;

/// The `id` the snippet gives its iframe, which its resize script finds.
pub const FRAME_ID: &str = "worthit-frame";

/// What the snippet is made of.
#[derive(Debug, Clone, PartialEq)]
pub struct Snippet {
    /// The page's address without query or hash (`https://…/worthit/`).
    pub base: String,
    /// The options; `embed` is set whatever this says.
    pub query: PageQuery,
    /// The scenario's share hash (`#s=…`).
    pub hash: String,
    /// The iframe's accessible name.
    pub title: String,
    /// Initial height in CSS pixels (the resize script then adjusts it).
    pub height: u32,
    /// Whether to add the resize script.
    pub fit: bool,
}

impl Snippet {
    /// The iframe's address.
    pub fn url(&self) -> String {
        let query = PageQuery {
            embed: true,
            ..self.query.clone()
        };
        format!("{}{}{}", self.base, query.to_search(), self.hash)
    }

    /// The HTML to paste. The sandbox allows scripts, which worthit needs,
    /// and pop-ups that leave the sandbox, so that "Open in full worthit"
    /// can open a new tab; nothing else (no same-origin access, forms or
    /// navigation of the course page). worthit works with `allow-scripts`
    /// alone, only without that link.
    pub fn html(&self) -> String {
        frame_html(&self.url(), &self.title, self.height, self.fit)
    }
}

/// The iframe for the address `src` (and, with `fit`, the resize script),
/// as [`Snippet::html`] writes it; the activity builder writes its own
/// links' snippets with it too.
pub fn frame_html(src: &str, title: &str, height: u32, fit: bool) -> String {
    let mut html = format!(
        "<iframe id=\"{FRAME_ID}\" src=\"{src}\" title=\"{title}\" \
         width=\"100%\" height=\"{height}\" \
         sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" \
         loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        src = escape(src),
        title = escape(title),
    );
    if fit {
        // A sandboxed frame's messages come from the origin "null", so
        // the script recognises its frame by `event.source` instead.
        html.push_str(&format!(
            "\n<script>\naddEventListener(\"message\", function (event) {{\n  \
             var frame = document.getElementById(\"{FRAME_ID}\");\n  \
             var data = event.data;\n  \
             if (frame && event.source === frame.contentWindow && data && \
             data.type === \"worthit:resize\" && data.height > 0) {{\n    \
             frame.style.height = Math.ceil(data.height) + \"px\";\n  }}\n}});\n</script>"
        ));
    }
    html
}

/// The page's own address without query and hash. Read from `href`, not
/// `origin`: in a sandboxed iframe `location.origin` is `"null"`, while
/// the address is still the real one.
pub fn page_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    strip_query_and_hash(&href).to_string()
}

/// `url` up to its query or hash.
pub fn strip_query_and_hash(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or_default()
}

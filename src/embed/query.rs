//! The page's query parameters at the edge: the rules are
//! `worthit_page_core::query` (tested natively); this reads the real
//! address and gives them the browser's URL parser, so origins compare as
//! the browser writes them (`event.origin`).

pub use worthit_page_core::query::*;

/// The query of the page's own address.
pub fn current() -> (PageQuery, Vec<QueryWarning>) {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}

/// Parses a query string (see [`PageQuery::parse`]) with the browser's URL
/// parser.
pub fn parse(search: &str) -> (PageQuery, Vec<QueryWarning>) {
    PageQuery::parse(search, &browser_url)
}

/// The origin in `text`, normalised as the browser writes `event.origin`
/// (see `worthit_page_core::query::parse_origin`).
pub fn parse_origin(text: &str) -> Option<String> {
    worthit_page_core::query::parse_origin(text, &browser_url)
}

/// The parts of `text` as the browser's `URL` reads it.
fn browser_url(text: &str) -> Option<UrlParts> {
    let url = web_sys::Url::new(text).ok()?;
    Some(UrlParts {
        origin: url.origin(),
        username: url.username(),
        password: url.password(),
        pathname: url.pathname(),
        search: url.search(),
        hash: url.hash(),
        hostname: url.hostname(),
    })
}

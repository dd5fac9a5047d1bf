//! The clock both ends of the worker read: `performance.now()`.

use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// `performance`, which exists both in a window and in a worker (looked
    /// up on the global object so one function serves both). Looked up
    /// once: the worker reads the clock after every engine step.
    static PERFORMANCE: Option<web_sys::Performance> =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"))
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok());
}

/// Milliseconds from `performance.now()`.
pub fn now_ms() -> f64 {
    PERFORMANCE
        .with(|p| p.as_ref().map(web_sys::Performance::now))
        .unwrap_or_else(js_sys::Date::now)
}

/// Marks a named moment of the page's start-up (`performance.mark`), so the
/// e2e budget spec (`tests/e2e/page-budgets.test.mjs`) can print where the
/// time goes between the WebAssembly's arrival and the first usable page.
/// Only a handful of marks a page or worker: each start-up step marks once.
pub fn mark(name: &str) {
    PERFORMANCE.with(|p| {
        if let Some(p) = p {
            let _ = p.mark(name);
        }
    });
}

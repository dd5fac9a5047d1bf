//! The worthit page: a Yew front end over `worthit-engine`.
//!
//! The main thread only renders; every simulation runs in a Web Worker
//! ([`agent`]). The page's state is one reducer ([`state`]); the scenario
//! lives in the URL hash ([`share`]) and in localStorage ([`storage`]).
//! The editor (`editor`) and the chart drawing (`worthit-view`) are their
//! own modules; [`results`] puts the charts on the page.

pub mod agent;
pub mod alert;
pub mod app;
pub mod bar_size;
pub mod builder;
pub mod codec;
pub use worthit_page_core::compact;
pub mod data;
pub mod editor;
pub mod embed;
pub mod exercise;
pub mod files;
pub mod header;
pub mod i18n;
pub mod icons;
pub mod lab;
pub mod menu;
pub mod panic;
pub mod persist;
pub mod prerender;
pub mod results;
pub use worthit_page_core::share;
pub mod state;
pub mod storage;
pub mod survey;

/// The `app` binary's entry point. The same WebAssembly runs twice: as the
/// page, and as the page's simulation worker (a worker has no `window`).
/// One binary instead of two halves the download, since both need the
/// engine, serde and the scenario types.
pub fn start() {
    if web_sys::window().is_some() {
        start_app();
    } else {
        start_worker();
    }
}

/// Starts the page, once its language is available (English at once;
/// another language after its translations are fetched, see [`i18n`]).
pub fn start_app() {
    panic::install();
    if i18n::is_available(i18n::initial_lang()) {
        render_app();
    } else {
        wasm_bindgen_futures::spawn_local(async {
            i18n::start_lang().await;
            render_app();
        });
    }
}

/// Renders the page into `#app` (or the body, on a page without one).
fn render_app() {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"))
    else {
        yew::Renderer::<app::App>::new().render();
        return;
    };
    yew::Renderer::<app::App>::with_root(root).render();
}

/// Starts the simulation worker.
pub fn start_worker() {
    use yew_agent::Registrable;
    panic::install_in_worker();
    // A helper of the page's worker for a big run (`agent::pool`).
    if agent::pool::helper::is_helper() {
        agent::pool::helper::serve();
        return;
    }
    agent::SimWorker::registrar()
        .encoding::<codec::Json>()
        .register();
}

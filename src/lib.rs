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

/// Starts the page: first its simulation worker (`agent::early`), then,
/// once the worker has loaded and the page's language is available
/// (English at once; another language after its translations are fetched,
/// see [`i18n`], meanwhile), the page itself. The worker then runs the
/// first request while the page mounts.
pub fn start_app() {
    agent::clock::mark("worthit:start");
    panic::install();
    let worker = agent::early::start();
    let lang = i18n::initial_lang();
    wasm_bindgen_futures::spawn_local(async move {
        if i18n::is_available(lang) {
            worker.await;
        } else {
            futures::join!(worker, i18n::start_lang());
        }
        render_app();
    });
}

/// Renders the page into `#app` (or the body, on a page without one).
fn render_app() {
    agent::clock::mark("worthit:mount");
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
    agent::clock::mark("worthit:worker-start");
    panic::install_in_worker();
    // A helper of the page's worker for a big run (`agent::pool`).
    if agent::pool::helper::is_helper() {
        agent::pool::helper::serve();
        return;
    }
    // The page's first request arrives once the worker says it is loaded
    // (yew-agent holds them until then): marked for the start-up timeline.
    {
        use wasm_bindgen::JsCast;
        let scope: web_sys::EventTarget = js_sys::global().unchecked_into();
        gloo::events::EventListener::once(&scope, "message", |_| {
            agent::clock::mark("worthit:worker-first-request");
        })
        .forget();
    }
    agent::SimWorker::registrar()
        .encoding::<codec::Json>()
        .register();
}

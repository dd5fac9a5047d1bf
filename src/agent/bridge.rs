//! The page's end of the worker: starts it (this same program, loaded
//! into a worker) and posts requests to it; replies go to a callback.

use std::cell::{Cell, RefCell};
use std::future::poll_fn;
use std::rc::Rc;
use std::task::Poll;

use futures::StreamExt;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use yew_agent::reactor::{ReactorBridge, ReactorSpawner};

use super::clock::mark;
use super::handover::Handover;
use super::protocol::{FromWorker, ToWorker};
use super::reactor::SimWorker;
use crate::codec::Json;

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type ImportMeta;

    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;

    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
}

/// The page's end of the worker: send requests with it; replies go to the
/// callback given to [`connect`]. Dropping it stops the worker.
pub struct Worker {
    /// Shared with nothing but a weak reference in the reply loop, so
    /// dropping the `Worker` drops the bridge, which ends the worker.
    bridge: Rc<RefCell<ReactorBridge<SimWorker>>>,
    /// Whether a request was posted yet (the first one is marked on the
    /// start-up timeline, see [`mark`]).
    posted: Cell<bool>,
}

impl Worker {
    /// Posts a request to the worker at once (not from a task of its own:
    /// the page's other work after an edit, such as rewriting the address,
    /// then overlaps with the simulation instead of delaying it).
    pub fn send(&self, request: ToWorker) {
        if !self.posted.replace(true) {
            mark("worthit:first-post");
        }
        self.bridge.borrow().send_input(request);
    }
}

impl PartialEq for Worker {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.bridge, &other.bridge)
    }
}

/// Starts the worker: this same program, imported as an ES module into a
/// worker from the script the page was loaded from, and calls `on_reply`
/// with each reply.
///
/// yew-agent's `ReactorProvider` is not used because it loses its `module`
/// setting when given a codec (0.5.0 calls `encoding()`, which makes a new
/// spawner, after `as_module()`), and importing the page's own module is
/// what lets one binary serve as both page and worker.
pub fn connect(on_reply: impl Fn(FromWorker) + 'static) -> Worker {
    spawn(on_reply).0
}

/// [`connect`], also returning the native worker when it was handed this
/// program's compiled module (see `super::handover`), so the caller can
/// tell when it has loaded (its first message).
pub(crate) fn spawn(on_reply: impl Fn(FromWorker) + 'static) -> (Worker, Option<web_sys::Worker>) {
    let spawner = ReactorSpawner::<SimWorker>::new()
        .encoding::<Json>()
        // A classic worker that imports the module (see `Loader`).
        .as_module(false)
        .with_loader(true);
    let (bridge, native) = LOADERS.with(|loaders| {
        // The compiled module goes with the worker where it can (see
        // `handover`); otherwise the worker fetches the WebAssembly.
        let handover = loaders.receiving.as_deref().and_then(Handover::install);
        let bridge = spawner.spawn(&loaders.fetching);
        (bridge, handover.and_then(|h| h.started()))
    });
    mark("worthit:worker-created");
    let bridge = Rc::new(RefCell::new(bridge));
    let replies = Rc::downgrade(&bridge);
    spawn_local(async move {
        // The bridge is borrowed only while polled, never across an await
        // or during `on_reply`, so `Worker::send` never meets a borrow.
        let next = || {
            poll_fn(|cx| match replies.upgrade() {
                Some(bridge) => bridge.borrow_mut().poll_next_unpin(cx),
                None => Poll::Ready(None),
            })
        };
        let mut first = true;
        let mut answered = false;
        while let Some(reply) = next().await {
            if std::mem::take(&mut first) {
                mark("worthit:first-reply");
            }
            if !answered && matches!(reply, FromWorker::Finished { .. }) {
                answered = true;
                mark("worthit:first-answer");
            }
            on_reply(reply);
        }
    });
    let worker = Worker {
        bridge,
        posted: Cell::new(false),
    };
    (worker, native)
}

/// The two worker loaders, made once a page (a `blob:` URL each).
struct Loaders {
    /// Waits for this program's compiled module as its first message
    /// (`None` where no `blob:` URL could be made).
    receiving: Option<String>,
    /// Fetches and compiles the WebAssembly itself.
    fetching: String,
}

thread_local! {
    static LOADERS: Loaders = {
        let script = script_url();
        Loaders {
            receiving: Loader::Receiving.url(&script),
            fetching: Loader::Fetching.url(&script).unwrap_or(script),
        }
    };
}

/// A one-line script that starts this program in a worker.
///
/// It is classic and loads wasm-bindgen's module with `import()`: in an
/// iframe sandboxed without `allow-same-origin` (an embed, see
/// `crate::embed`) Chromium refuses a *module* worker from a `blob:` URL,
/// while a classic one starts, and `import()` works in both. Each step
/// marks the start-up timeline (`performance.mark`, see [`mark`]).
#[derive(Clone, Copy)]
enum Loader {
    /// Starts importing the script at once and, when the page's first
    /// message brings the compiled `WebAssembly.Module`, instantiates it
    /// (see `super::handover`). Only that one message is taken: yew-agent
    /// posts nothing before the worker says it is loaded.
    Receiving,
    /// Imports the script, then fetches and compiles the WebAssembly. It
    /// names the file explicitly: trunk adds a hash to the file names after
    /// wasm-bindgen wrote the default (`app_bg.wasm`) into the script, and
    /// `app-<hash>.js` goes with `app-<hash>_bg.wasm`.
    Fetching,
}

impl Loader {
    /// The loader's source, for wasm-bindgen's `script`.
    fn source(self, script: &str) -> String {
        match self {
            Loader::Receiving => format!(
                "performance.mark(\"worthit:worker-loader\");\n\
                 const program = import({script:?}).then((m) => {{ performance.mark(\"worthit:worker-js\"); return m; }});\n\
                 addEventListener(\"message\", (e) => {{ performance.mark(\"worthit:worker-module\"); \
                 program.then((m) => m.default({{ module_or_path: e.data }})); }}, {{ once: true }});\n"
            ),
            Loader::Fetching => {
                let wasm = match script.rsplit_once(".js") {
                    Some((stem, rest)) => format!("{stem}_bg.wasm{rest}"),
                    None => script.to_string(),
                };
                format!(
                    "performance.mark(\"worthit:worker-loader\");\n\
                     import({script:?}).then((m) => {{ performance.mark(\"worthit:worker-js\"); \
                     return m.default({{ module_or_path: {wasm:?} }}); }});\n"
                )
            }
        }
    }

    /// A `blob:` URL of the loader.
    fn url(self, script: &str) -> Option<String> {
        script_blob_url(&self.source(script))
    }
}

/// A `blob:` URL holding the JavaScript `source`, for a classic worker
/// (this module's loaders and `super::pool`'s helpers); `None` where the
/// browser refuses to make one.
pub(crate) fn script_blob_url(source: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .ok()
}

/// The URL of the JavaScript module that loaded this WebAssembly (trunk's
/// `app-<hash>.js`); a module worker started from it runs this same binary.
pub fn script_url() -> String {
    IMPORT_META.with(ImportMeta::url)
}

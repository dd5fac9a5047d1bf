//! The page's end of the worker: starts it (this same program, loaded
//! into a worker) and posts requests to it; replies go to a callback.

use std::cell::RefCell;
use std::future::poll_fn;
use std::rc::Rc;
use std::task::Poll;

use futures::StreamExt;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::spawn_local;
use yew_agent::reactor::{ReactorBridge, ReactorSpawner};

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
}

impl Worker {
    /// Posts a request to the worker at once (not from a task of its own:
    /// the page's other work after an edit, such as rewriting the address,
    /// then overlaps with the simulation instead of delaying it).
    pub fn send(&self, request: ToWorker) {
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
    let bridge = ReactorSpawner::<SimWorker>::new()
        .encoding::<Json>()
        // A classic worker that imports the module (see `loader_url`).
        .as_module(false)
        .with_loader(true)
        .spawn(&loader_url());
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
        while let Some(reply) = next().await {
            on_reply(reply);
        }
    });
    Worker { bridge }
}

/// A `blob:` URL of a one-line script that starts this program in a worker.
/// It names the WebAssembly file explicitly: trunk adds a hash to the file
/// names after wasm-bindgen wrote the default (`app_bg.wasm`) into the
/// script, and `app-<hash>.js` goes with `app-<hash>_bg.wasm`.
///
/// The script is classic and loads the module with `import()`: in an
/// iframe sandboxed without `allow-same-origin` (an embed, see
/// `crate::embed`) Chromium refuses a *module* worker from a `blob:` URL,
/// while a classic one starts, and `import()` works in both.
fn loader_url() -> String {
    let script = script_url();
    let wasm = match script.rsplit_once(".js") {
        Some((stem, rest)) => format!("{stem}_bg.wasm{rest}"),
        None => script.clone(),
    };
    let source =
        format!("import({script:?}).then((m) => m.default({{ module_or_path: {wasm:?} }}));\n");
    let parts = js_sys::Array::of1(&JsValue::from_str(&source));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/javascript");
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob))
        .unwrap_or(script)
}

/// The URL of the JavaScript module that loaded this WebAssembly (trunk's
/// `app-<hash>.js`); a module worker started from it runs this same binary.
pub fn script_url() -> String {
    IMPORT_META.with(ImportMeta::url)
}

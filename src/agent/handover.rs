//! Hands a new worker this program's compiled WebAssembly, so that it
//! neither downloads nor compiles it again.
//!
//! One binary is both the page and its worker (`crate::start`). Left to
//! itself, a worker imports wasm-bindgen's JavaScript and then fetches and
//! compiles the whole WebAssembly, though the page compiled it moments
//! before: on a slow network and a slow processor that is most of the time
//! between the page's start and its own first result (`docs/performance.md`,
//! "Start-up after the WebAssembly arrives"), and without an HTTP cache
//! (a host sending `no-store`) it is a second download. A
//! `WebAssembly.Module` can be posted to a worker instead (structured
//! clone shares the compiled code within the browser's process), and
//! wasm-bindgen's `init` accepts a `Module` where it takes a path.
//!
//! yew-agent creates the `Worker` itself and keeps it private, and queues
//! its own messages until the worker says it is loaded, so the module must
//! be the worker's first message and only the code that constructs the
//! worker can post it. [`Handover::install`] therefore stands in for the
//! global `Worker` constructor for the duration of one synchronous spawn
//! (a `Proxy` whose `construct` trap starts the worker from the receiving
//! loader and posts the module), and dropping it puts the original back.
//! (wasm-bindgen's glue looks `Worker` up on the global object at each
//! `new`; `tests/e2e/worker-start.test.mjs` fails if a worker ever starts
//! without the module again.)
//! Where anything of this fails, the worker is constructed as asked, from
//! the loader that fetches the WebAssembly itself: slower, never broken.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The `construct` trap: `(target, arguments) -> worker`.
type Construct = Closure<dyn FnMut(Function, Array) -> Result<JsValue, JsValue>>;

/// While alive, `new Worker(…)` on this thread starts the worker from
/// `receiving_loader` and posts it this program's module first.
pub struct Handover {
    global: Object,
    original: JsValue,
    /// The worker that was handed the module, once one was.
    started: Rc<RefCell<Option<web_sys::Worker>>>,
    /// Kept alive as long as the stand-in can be called.
    _construct: Construct,
}

/// The global's property that names the constructor.
const WORKER: &str = "Worker";

impl Handover {
    /// Stands in for `Worker`, or `None` (nothing changed) where this
    /// program's module or the constructor is not available.
    pub fn install(receiving_loader: &str) -> Option<Self> {
        let module = wasm_bindgen::module();
        if !module.is_instance_of::<js_sys::WebAssembly::Module>() {
            return None;
        }
        let global: Object = js_sys::global();
        let key = JsValue::from_str(WORKER);
        let original = Reflect::get(&global, &key).ok()?;
        let constructor = original.dyn_ref::<Function>()?.clone();
        let receiving = JsValue::from_str(receiving_loader);
        let started = Rc::new(RefCell::new(None));
        let slot = started.clone();
        let construct: Construct = Closure::new(move |target: Function, args: Array| {
            match start_with_module(&target, &receiving, &module) {
                Ok(worker) => {
                    *slot.borrow_mut() = Some(worker.clone());
                    Ok(worker.into())
                }
                // The worker as asked: it fetches the WebAssembly itself.
                Err(_) => Reflect::construct(&target, &args),
            }
        });
        let handler = Object::new();
        Reflect::set(
            &handler,
            &JsValue::from_str("construct"),
            construct.as_ref(),
        )
        .ok()?;
        let proxy = js_sys::Proxy::new(&constructor, &handler);
        Reflect::set(&global, &key, &proxy).ok()?;
        Some(Self {
            global,
            original,
            started,
            _construct: construct,
        })
    }

    /// Puts the original constructor back and returns the worker that was
    /// handed the module, if one was started meanwhile.
    pub fn started(self) -> Option<web_sys::Worker> {
        self.started.borrow_mut().take()
    }
}

impl Drop for Handover {
    fn drop(&mut self) {
        let _ = Reflect::set(&self.global, &JsValue::from_str(WORKER), &self.original);
    }
}

/// Starts a worker from `loader` and posts it `module`; a worker that
/// could not be given its module is ended, since it would wait for it
/// forever.
fn start_with_module(
    constructor: &Function,
    loader: &JsValue,
    module: &JsValue,
) -> Result<web_sys::Worker, JsValue> {
    let worker: web_sys::Worker =
        Reflect::construct(constructor, &Array::of1(loader))?.dyn_into()?;
    if let Err(e) = worker.post_message(module) {
        worker.terminate();
        return Err(e);
    }
    Ok(worker)
}

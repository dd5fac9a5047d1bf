//! Tells the host page how tall worthit's content is, so the host can size
//! the iframe to fit and the visitor never scrolls inside a scrolling page.
//!
//! The height measured is the `<html>` element's: its height is its
//! content's as long as nothing on the page is sized from the viewport,
//! which embed mode's stylesheet (`www/embed.css`) makes sure of. A height
//! taken from the viewport would feed back into itself: the host grows the
//! frame, the content grows with it, and so on.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::messages;

/// Watches the content height while it lives; dropping it stops watching.
pub struct HeightReporter {
    observer: web_sys::ResizeObserver,
    // Kept alive for as long as the observer may call it.
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Starts posting `worthit:resize` to the parent (to the target origin
/// `target`, see [`messages::post`]) whenever the content height changes in
/// whole pixels, and once at the start. `None` when not embedded or when
/// the browser has no `ResizeObserver`.
pub fn report_height(target: Option<String>) -> Option<HeightReporter> {
    target.as_ref()?;
    messages::parent()?;
    let root = web_sys::window()?.document()?.document_element()?;
    let last = Rc::new(Cell::new(0u32));
    let measured = root.clone();
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        let height = content_height(&measured);
        if height > 0 && height != last.get() {
            last.set(height);
            messages::post(target.as_deref(), &messages::resize(height));
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // The observer reports the element's size once as soon as it starts
    // watching, which is the first message.
    observer.observe(&root);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

/// The content height in whole CSS pixels, rounded up so that the host
/// never cuts off a fraction of a pixel (which would add a scroll bar).
fn content_height(root: &web_sys::Element) -> u32 {
    let height = root.get_bounding_client_rect().height();
    if height.is_finite() && height > 0.0 {
        height.ceil().min(u32::MAX as f64) as u32
    } else {
        0
    }
}

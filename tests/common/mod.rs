//! What the browser tests share: mounting a root element, finding an
//! element by test id, and firing an event. Each test file includes this
//! module (`mod common;`) and uses the part it needs.

// Each test file is its own crate and uses only some of these helpers.
#![allow(dead_code)]

use web_sys::{Element, Event, EventInit, EventTarget};

/// The scenario editor on its own, driven by DOM events.
pub mod editor;

/// A fresh element in the document's body to render into.
pub fn mount() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// The element under `root` with `data-testid="{testid}"`; panics (a test
/// failure) naming the id when there is none.
pub fn get(root: &Element, testid: &str) -> Element {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
}

/// Dispatches a bubbling event of type `kind` (`input`, `change`) at
/// `target`, as the browser does after a person's edit.
pub fn fire(target: &EventTarget, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

//! Panics made visible.
//!
//! The release build aborts on panic (`panic = "abort"`), which kills the
//! WebAssembly instance: the page would freeze with no word of why. The
//! hook runs before the abort, so it logs the panic to the console and puts
//! a message on the page, outside Yew (which is about to stop). A panic in
//! the worker cannot touch the page's DOM, so the worker's hook posts the
//! message on a `BroadcastChannel` that the page listens to.
//!
//! Bad input is never a panic (the tests check that the message below does
//! not appear); this is the last line of defence against defects.

use std::panic::PanicHookInfo;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use worthit_i18n::{FluentValue, Lang};

/// The channel the worker reports its panics on.
const CHANNEL: &str = "worthit-panic";

/// Installs the page's hook and listens for the worker's panics.
pub fn install() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
    if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
                let text = event.data().as_string().unwrap_or_default();
                show(&in_worker(&text));
            });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // Both live as long as the page.
        on_message.forget();
        std::mem::forget(channel);
    }
}

/// Installs the worker's hook.
pub fn install_in_worker() {
    std::panic::set_hook(Box::new(|info: &PanicHookInfo| {
        console_error_panic_hook::hook(info);
        if let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) {
            let _ = channel.post_message(&info.to_string().into());
        }
    }));
}

/// Puts the panic message at the top of the page, built with plain DOM
/// calls because Yew will not run again.
fn show(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "panic");
    banner.set_text_content(Some(&message(&document, detail)));
    let _ = body.prepend_with_node_1(&banner);
}

/// The panic message in the page's language (`<html lang>`). It builds its
/// own translator instead of using the page's shared one, which may be
/// borrowed by the code that panicked; building one cannot panic.
fn message(document: &web_sys::Document, detail: &str) -> String {
    let lang = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .map_or(Lang::En, |tag| Lang::from_tag(&tag));
    crate::i18n::fresh_translator(lang)
        .t_args("panic-message", &[("detail", FluentValue::from(detail))])
}

/// Where a worker's panic came from, in the page's language.
fn in_worker(detail: &str) -> String {
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .map_or(Lang::En, |tag| Lang::from_tag(&tag));
    crate::i18n::fresh_translator(lang)
        .t_args("panic-in-worker", &[("detail", FluentValue::from(detail))])
}

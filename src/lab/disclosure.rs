//! The heading and body of a lab card that opens on demand (the claim
//! curve, the next screenshot): a toggle button that says whether the card
//! is open, and a body that is rendered, and so computed, only while it is.

use yew::prelude::*;

/// The card's heading (`{body_id}-title`, a button with test id `testid`
/// that opens and closes the card) and its body (`body_id`), drawn by
/// `body` only while `open`.
pub fn disclosure(
    open: &UseStateHandle<bool>,
    body_id: &str,
    testid: &'static str,
    title: String,
    body: impl FnOnce() -> Html,
) -> Html {
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let is_open = **open;
    html! {
        <>
            <h2 class="lab-card-title" id={format!("{body_id}-title")}>
                <button type="button" class="lab-disclosure-toggle" onclick={toggle}
                    aria-expanded={is_open.to_string()} aria-controls={body_id.to_string()}
                    data-testid={testid}>
                    <span class="lab-caret" aria-hidden="true">{ if is_open { "▾" } else { "▸" } }</span>
                    { title }
                </button>
            </h2>
            <div id={body_id.to_string()} hidden={!is_open}>
                if is_open {
                    { body() }
                }
            </div>
        </>
    }
}

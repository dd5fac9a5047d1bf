//! Hands the page over from the build's prerendered first result.
//!
//! The build writes the default page's headline, why and net value chart
//! into `index.html` (`crates/prerender`); its inline script shows them,
//! and hides this page (`html.prerendered`, `www/prerender.css`), only
//! when the page will show exactly that default. The page then mounts out
//! of sight and takes over at its own first result, so the person never
//! sees the placeholder after the real number, nor two headlines.
//!
//! It takes over at once, before any result, if the page did not start
//! where the block says (a scenario or language the script did not
//! foresee): a prerendered number must never stand for another scenario.

use worthit_i18n::Lang;
use yew::prelude::*;

use crate::state::{AppState, RunStatus};

/// The block's id (`worthit_prerender::BLOCK_ID`).
const BLOCK_ID: &str = "prerender";
/// The class the block's script puts on `<html>` while the block shows.
const SHOWN_CLASS: &str = "prerendered";

/// Whether the page has something of its own to show in the block's
/// place: a result, or a run that ended without one, or a message.
pub fn ready(state: &AppState) -> bool {
    state.shown.is_some()
        || !matches!(state.run, RunStatus::Running { .. })
        || state.notice.is_some()
}

/// Removes the block once the page is [`ready`], or at once when the
/// page's scenario or language is not the one the block was made for.
#[hook]
pub fn use_prerender_handover(state: &AppState, lang: Lang) {
    let done = use_mut_ref(|| false);
    let now = ready(state) || (!*done.borrow() && !matches_block(state, lang));
    use_effect_with(now, move |now| {
        if *now && !*done.borrow() {
            *done.borrow_mut() = true;
            hand_over();
        }
    });
}

/// The page's scenario, as storage holds it, is the block's, and it speaks
/// English. True when there is no block (nothing to hand over).
fn matches_block(state: &AppState, lang: Lang) -> bool {
    let Some(block) = gloo::utils::document().get_element_by_id(BLOCK_ID) else {
        return true;
    };
    let ours = serde_json::to_string(&*state.scenario).ok();
    lang == Lang::En && ours.is_some() && block.get_attribute("data-scenario") == ours
}

/// Removes the block and shows the page.
fn hand_over() {
    crate::agent::clock::mark("worthit:handover");
    let document = gloo::utils::document();
    if let Some(block) = document.get_element_by_id(BLOCK_ID) {
        block.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.class_list().remove_1(SHOWN_CLASS);
    }
}

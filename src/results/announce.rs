//! Tells screen-reader users that a run finished, and what it found.
//!
//! The headline changes silently (announcing every number on the page
//! would drown the reader), so a visually hidden `role="status"` region
//! (implicitly `aria-live="polite"`, which waits for the reader to finish
//! speaking) says "Finished: 43.1% of 100,000 people adopt." once a run's
//! answer is on screen. While a slider is dragged, answers arrive many
//! times a second; the announcement waits until they stop for
//! [`QUIET_MS`], so the reader hears the result of the last position only.

use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::headline::announcement;
use crate::i18n::use_tr;
use crate::state::Shown;

/// How long the answers must stay unchanged before one is announced.
pub const QUIET_MS: u32 = 700;

#[derive(Properties, PartialEq)]
pub struct AnnounceProps {
    pub shown: Option<Shown>,
    /// The shown results belong to an earlier scenario (not finished yet).
    pub stale: bool,
}

#[function_component]
pub fn Announce(props: &AnnounceProps) -> Html {
    let tr = use_tr();
    let text = use_state_eq(String::new);
    // Keyed by run, not by pass: the what-ifs arriving later do not change
    // the answer, so they are not announced again.
    let run = props.shown.as_ref().map(|s| s.id);
    let results = props.shown.as_ref().map(|s| s.results.clone());
    let fresh = !props.stale;
    {
        let text = text.clone();
        use_effect_with((run, fresh, tr.lang()), move |_| {
            let timeout = match (results, fresh) {
                (Some(results), true) => {
                    let tr: Rc<_> = tr;
                    Some(Timeout::new(QUIET_MS, move || {
                        text.set(announcement(&tr, &results))
                    }))
                }
                _ => None,
            };
            // A newer answer (or leaving the page) cancels the pending one.
            move || drop(timeout)
        });
    }
    html! {
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"
            data-testid="run-announcement">
            { (*text).clone() }
        </div>
    }
}

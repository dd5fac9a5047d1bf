//! The plain-language summary under the headline: what the numbers say, in
//! sentences a marketer can paste into a report. The sentences come from
//! `worthit-view`, which also words the charts' text alternatives.

use std::rc::Rc;

use worthit_engine::{Exercise, Results};
use worthit_view::Sentence;
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::Shown;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub shown: Shown,
    /// Earlier what-ifs, while the shown results wait for their own: the
    /// "biggest lever" sentence comes from them, marked as updating.
    #[prop_or_default]
    pub what_ifs: Option<Shown>,
    /// The classroom exercise, if any: the lever sentence then suggests
    /// only inputs it leaves open.
    #[prop_or_default]
    pub exercise: Option<Rc<Exercise>>,
    /// The compact embed: the first sentence (the main why) shows, the
    /// others are folded under "Why, in more detail".
    #[prop_or_default]
    pub compact: bool,
}

#[function_component]
pub fn Summary(props: &SummaryProps) -> Html {
    let tr = use_tr();
    let merged;
    let results: &Results = match &props.what_ifs {
        Some(earlier) => {
            let mut r = (*props.shown.results).clone();
            r.sensitivity = earlier.results.sensitivity.clone();
            merged = r;
            &merged
        }
        None => &props.shown.results,
    };
    // A bundled preset's names in the page's language (display only).
    let localized = worthit_i18n::scenario_text::localize_results(&tr, results);
    let results = &localized;
    let pending = props.what_ifs.is_some();
    // The headline above already says how many adopt, with the interval.
    let exercise = props.exercise.clone();
    let sentences: Vec<(bool, String)> = worthit_view::full_summary_open(results, |path| {
        exercise.as_ref().is_none_or(|ex| ex.allows(path))
    })
    .iter()
    .filter(|s| !matches!(s, Sentence::Headline { .. }))
    .map(|s| {
        let from_what_ifs = matches!(s, Sentence::BiggestLever { .. } | Sentence::NoLever);
        (
            pending && from_what_ifs,
            worthit_i18n::render_sentence(&tr, s),
        )
    })
    .collect();
    if sentences.is_empty() {
        return Html::default();
    }
    html! {
        <section class="summary" aria-labelledby="summary-title" data-testid="summary">
            <h3 id="summary-title" class="summary-title">{ tr.t("results-summary-title") }</h3>
            if props.compact && sentences.len() > 1 {
                <p class="summary-first" data-testid="summary-first">{ sentences[0].1.clone() }</p>
                <details class="summary-more">
                    <summary>{ tr.t("embed-summary-more") }</summary>
                    { list(&sentences[1..]) }
                </details>
            } else {
                { list(&sentences) }
            }
        </section>
    }
}

/// The sentences as the summary's list, those waiting for new what-ifs
/// marked.
fn list(sentences: &[(bool, String)]) -> Html {
    html! {
        <ul class="summary-list">
            { for sentences.iter().map(|(pending, s)| html! {
                <li class={classes!(pending.then_some("pending"))}>{ s.clone() }</li>
            }) }
        </ul>
    }
}

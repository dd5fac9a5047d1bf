//! The plain-language summary under the headline: what the numbers say, in
//! sentences a marketer can paste into a report. The sentences come from
//! `worthit-view`, which also words the charts' text alternatives.

use yew::prelude::*;

use crate::state::Shown;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub shown: Shown,
}

#[function_component]
pub fn Summary(props: &SummaryProps) -> Html {
    let results = &props.shown.results;
    let sentences = worthit_view::full_summary(results);
    // The headline above already says how many adopt, with the interval.
    let sentences: Vec<String> = sentences
        .iter()
        .filter(|s| !matches!(s, worthit_view::Sentence::Headline { .. }))
        .map(worthit_view::render_en)
        .collect();
    if sentences.is_empty() {
        return Html::default();
    }
    html! {
        <section class="summary" aria-labelledby="summary-title" data-testid="summary">
            <h3 id="summary-title" class="summary-title">{ "Why" }</h3>
            <ul class="summary-list">
                { for sentences.into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ul>
        </section>
    }
}

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
    let mut sentences = worthit_view::summary(results);
    if let Some(rows) = &results.timeline {
        sentences.extend(worthit_view::timeline_summary(rows));
    }
    let sentences: Vec<String> = sentences.iter().map(worthit_view::render_en).collect();
    html! {
        <section class="summary" aria-label="Summary" data-testid="summary">
            <ul class="summary-list">
                { for sentences.into_iter().map(|s| html! { <li>{ s }</li> }) }
            </ul>
        </section>
    }
}

//! Under the what-if chart of a big run: the rows were counted on the
//! run's first people only (`Results::what_if_users`, see the engine's
//! `sensitivity` module), so the card says on how many, as every figure
//! computed on fewer people than the headline must.
//!
//! # Test ids
//!
//! `what-if-people` (`data-people`: the people the rows used), shown only
//! when `what_if_users` is present.

use std::rc::Rc;

use worthit_engine::Results;
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct WhatIfPeopleProps {
    pub results: Rc<Results>,
}

/// The note, or nothing when the rows used every person of the run.
#[function_component]
pub fn WhatIfPeople(props: &WhatIfPeopleProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let Some(people) = props.results.what_if_users else {
        return html! {};
    };
    html! {
        <p class="chart-note" data-testid="what-if-people" data-people={people.to_string()}>
            { tr.t_args("what-if-people", &[
                ("people", FluentValue::from(nf.count(people))),
                ("users", FluentValue::from(nf.count(props.results.users))),
            ]) }
        </p>
    }
}

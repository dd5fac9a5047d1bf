//! Under the what-if chart: how precise its bars are. Each bar carries its
//! paired 95% interval of simulation noise as `±` (drawn by
//! `worthit_view`'s tornado chart); this note says what that covers (the
//! simulation's noise alone, not what is uncertain about the inputs) and
//! quotes the largest `±` (`worthit_view::noise::largest`).
//!
//! In a big run the rows were counted on the run's first people only
//! (`Results::what_if_users`, see the engine's `sensitivity` module), so
//! the note also says on how many, as every figure computed on fewer
//! people than the headline must.
//!
//! # Test ids
//!
//! `what-if-people` (a big run; `data-people`: the people the rows used)
//! or `what-if-noise` (any other run), each with `data-noise`: the largest
//! half width, a share (0.0005 is 0.05 points). Nothing when no row has
//! an interval (a run over time).

use std::rc::Rc;

use worthit_engine::Results;
use worthit_i18n::FluentValue;
use worthit_view::noise;
use yew::prelude::*;

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct WhatIfPeopleProps {
    pub results: Rc<Results>,
}

/// The note, or nothing when no what-if row has an interval.
#[function_component]
pub fn WhatIfPeople(props: &WhatIfPeopleProps) -> Html {
    let tr = use_tr();
    let nf = tr.numbers();
    let r = &props.results;
    let Some(largest) = noise::largest(r) else {
        return html! {};
    };
    let noise_arg = ("noise", FluentValue::from(noise::plus_minus(nf, largest)));
    match r.what_if_users {
        Some(people) => html! {
            <p class="chart-note" data-testid="what-if-people" data-people={people.to_string()}
                data-noise={largest.to_string()}>
                { tr.t_args("what-if-people", &[
                    ("people", FluentValue::from(nf.count(people))),
                    ("users", FluentValue::from(nf.count(r.users))),
                    noise_arg,
                ]) }
            </p>
        },
        None => html! {
            <p class="chart-note" data-testid="what-if-noise" data-noise={largest.to_string()}>
                { tr.t_args("what-if-noise", &[noise_arg]) }
            </p>
        },
    }
}

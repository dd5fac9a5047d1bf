//! The screenshot lab: compare store-page choices side by side.
//!
//! - [`compare::CompareWorkspace`]: compare mode, variants A and B edited
//!   side by side with what differs marked, and beside them
//! - [`verdict::Verdict`]: both adoption shares, the lift of B over A with
//!   its 95% interval and P(B > A) on common random numbers, overlaid
//!   net-value histograms and barriers side by side;
//! - [`strip::Strip`]: the screenshot strip editor (drag, keyboard,
//!   per-card effects and reach);
//! - [`next::NextScreenshot`]: which screenshot to add next, ranked;
//! - [`claims::ClaimExplorer`]: adoption against claim strength, also in
//!   single mode ([`LabCards`]).
//!
//! State: [`state::LabState`] (compare mode on or off, variant B); A is the
//! page's scenario. Links and files: [`link`] (`#c=` comparison links,
//! reading scenario or comparison files). Every computation runs in a
//! worker of its own ([`jobs`]). Every visible string comes from the
//! translation files (`## lab` in `www/locales/*.ftl`).

pub mod caveat;
pub mod chart;
pub mod claims;
pub mod compare;
pub mod disclosure;
/// Where B differs from A, by editor group (`worthit-page-core`).
pub use worthit_page_core::diff;
pub mod effects;
pub mod jobs;
pub mod link;
pub mod next;
pub mod page;
pub mod retained;
pub mod state;
pub mod status;
pub mod strip;
pub mod verdict;

use std::rc::Rc;

use worthit_engine::Scenario;
use yew::prelude::*;

pub use compare::CompareWorkspace;
pub use state::{LabAction, LabState, Side};

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct LabCardsProps {
    pub scenario: Rc<Scenario>,
    pub on_change: Callback<Scenario>,
    /// The headline's adoption share of `scenario`, when shown (see
    /// `claims::ClaimsProps::headline`).
    #[prop_or_default]
    pub headline: Option<f64>,
}

/// The lab's questions about the one scenario of single mode, as closed
/// cards under the results: which screenshot to add next, and the claim
/// explorer. Each computes only once opened.
#[function_component]
pub fn LabCards(props: &LabCardsProps) -> Html {
    let tr = use_tr();
    html! {
        <section class="lab-single" aria-label={tr.t("lab-single-label")} data-testid="lab-single">
            <next::NextScreenshot scenario={props.scenario.clone()} on_change={props.on_change.clone()} />
            <claims::ClaimExplorer scenario={props.scenario.clone()} on_change={props.on_change.clone()}
                headline={props.headline} />
        </section>
    }
}

//! The compact bar that replaces the page header in embed mode: the
//! scenario's title and a link to the same scenario in the full page.

use std::rc::Rc;

use worthit_engine::Scenario;
use yew::prelude::*;

use super::query::{PageQuery, percent_encode};
use super::snippet::page_base;
use crate::i18n::use_tr;
use crate::share;

#[derive(Properties, PartialEq)]
pub struct EmbedBarProps {
    pub scenario: Rc<Scenario>,
    /// The embed's options; the full page keeps its language and mode.
    pub query: Rc<PageQuery>,
}

/// The title (the page's one `h1`) and "Open in full worthit". The link
/// opens a new tab: replacing the course page with worthit would lose the
/// learner's place. In an iframe sandboxed without `allow-popups` the
/// browser refuses new tabs; `docs/embedding.md` says so.
#[function_component]
pub fn EmbedBar(props: &EmbedBarProps) -> Html {
    let tr = use_tr();
    let href = full_page_link(&page_base(), &props.query, &props.scenario);
    html! {
        <header class="embed-bar">
            <span class="brand-mark embed-mark" aria-hidden="true"></span>
            <h1 class="embed-title">{ crate::header::display_title(&tr, &props.scenario.title) }</h1>
            <a class="embed-open" href={href} target="_blank" rel="noopener"
                title={tr.t("embed-open-full-hint")} data-testid="embed-open-full">
                { tr.t("embed-open-full") }
                <span aria-hidden="true">{ " ↗" }</span>
            </a>
        </header>
    }
}

/// The full page's address for `scenario`, keeping the embed's language
/// and compare mode (but no locks or hidden controls: the full page is
/// where people change everything).
pub fn full_page_link(base: &str, query: &PageQuery, scenario: &Rc<Scenario>) -> String {
    let mut params = Vec::new();
    if let Some(lang) = &query.lang {
        params.push(format!("lang={}", percent_encode(lang)));
    }
    if query.compare {
        params.push("compare=1".to_string());
    }
    let search = if params.is_empty() {
        String::new()
    } else {
        format!("?{}", params.join("&"))
    };
    format!("{base}{search}{}", share::encode_hash_shared(scenario))
}

//! The compact embed's fold for everything past the answer: in an embed
//! without `layout=full`, "What would it take?", "Your data" and the
//! screenshot lab sit behind one closed "More ways to explore", so the
//! frame opens on the result (docs/embedding.md, "Compact layout"). On the
//! full page and in `layout=full` the same cards show as they always did.

use yew::prelude::*;

use crate::i18n::use_tr;

#[derive(Properties, PartialEq)]
pub struct MoreToolsProps {
    /// Fold the cards (the compact embed); otherwise they show as they are.
    pub folded: bool,
    pub children: Html,
}

#[function_component]
pub fn MoreTools(props: &MoreToolsProps) -> Html {
    let tr = use_tr();
    if !props.folded {
        return props.children.clone();
    }
    html! {
        <details class="embed-more" data-testid="embed-more">
            <summary class="embed-more__summary">{ tr.t("embed-more-tools") }</summary>
            <div class="embed-more__body">{ props.children.clone() }</div>
        </details>
    }
}

//! A `<details>` whose contents are built only once it is opened.
//!
//! The editor's segments and alternatives, and their weights and costs,
//! sit folded; built up front they were a quarter of the page's
//! elements (284 of 1,132), all created in the first render after the
//! WebAssembly arrives, which on a slow laptop delays the moment a slider
//! first moves the result (issue 17). Folded, only the summary is built; opened (by
//! the person, or by `open` when the editor unfolds a new item), the
//! contents are built from the current scenario and then kept, so closing
//! and reopening loses nothing typed and costs nothing.

use web_sys::HtmlDetailsElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    pub class: Classes,
    /// Open now (an item the editor has just added); the person opens and
    /// closes it as any `<details>` otherwise.
    #[prop_or_default]
    pub open: bool,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    pub summary: Html,
    /// The contents, built only once the fold has been open.
    pub children: Html,
}

#[function_component]
pub fn Fold(props: &FoldProps) -> Html {
    let opened = use_state(|| props.open);
    let node = use_node_ref();
    let ontoggle = {
        let (opened, node) = (opened.clone(), node.clone());
        // Its own element, not the event's target: a fold inside this one
        // toggles too.
        Callback::from(move |_: Event| {
            let open = node.cast::<HtmlDetailsElement>().is_some_and(|d| d.open());
            if open && !*opened {
                opened.set(true);
            }
        })
    };
    html! {
        <details ref={node} class={props.class.clone()} open={props.open}
            data-testid={props.testid.clone()} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *opened || props.open {
                { props.children.clone() }
            }
        </details>
    }
}

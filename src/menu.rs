//! A small disclosure menu: a button that opens a panel of choices.
//!
//! It is a disclosure (button with `aria-expanded` and a list of ordinary
//! buttons) rather than an ARIA `menu`, because that pattern works with
//! every screen reader and needs no roving focus: Tab moves through the
//! items, Escape closes the panel and puts focus back on its button, and a
//! click anywhere else closes it too.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// One choice in a [`Menu`].
#[derive(Clone, PartialEq)]
pub struct MenuItem {
    /// Stable key, also written as `data-item` for tests.
    pub key: AttrValue,
    pub label: AttrValue,
    /// A second line under the label (a preset's lesson), if any.
    pub description: Option<AttrValue>,
    /// Marks the current choice (`aria-current`).
    pub current: bool,
    pub disabled: bool,
    /// The language of the label when it differs from the page's (a
    /// language menu names each language in itself), so screen readers
    /// pronounce it right.
    pub lang: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct MenuProps {
    /// The button's visible text.
    pub label: AttrValue,
    /// Words read before the label but not shown ("Language:" before
    /// "English"), for a button whose visible text alone says too little.
    #[prop_or_default]
    pub label_prefix: Option<AttrValue>,
    /// The language of the visible label, when it differs from the page's.
    #[prop_or_default]
    pub label_lang: Option<AttrValue>,
    /// An icon before the label.
    #[prop_or_default]
    pub icon: Option<crate::icons::Icon>,
    /// `data-testid` of the button; the panel gets `<testid>-panel`.
    pub testid: AttrValue,
    pub items: Vec<MenuItem>,
    /// Called with the chosen item's key.
    pub on_pick: Callback<AttrValue>,
    /// Extra class of the panel (its width).
    #[prop_or_default]
    pub panel_class: Classes,
}

/// A button that opens a panel of [`MenuItem`]s.
#[function_component]
pub fn Menu(props: &MenuProps) -> Html {
    let open = use_state_eq(|| false);
    let root = use_node_ref();
    let button = use_node_ref();
    let panel_id = format!("{}-panel", props.testid);

    // While open, a click outside the menu closes it.
    {
        let open = open.clone();
        let root = root.clone();
        use_effect_with(*open, move |is_open| {
            let listener = is_open.then(|| {
                let document = gloo::utils::document();
                EventListener::new(&document, "click", move |event| {
                    let inside = event
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                        .zip(root.get())
                        .is_some_and(|(target, root)| root.contains(Some(&target)));
                    if !inside {
                        open.set(false);
                    }
                })
            });
            move || drop(listener)
        });
    }

    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" && *open {
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };

    let items = props.items.iter().map(|item| {
        let pick = {
            let open = open.clone();
            let on_pick = props.on_pick.clone();
            let key = item.key.clone();
            let button = button.clone();
            Callback::from(move |_: MouseEvent| {
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
                on_pick.emit(key.clone());
            })
        };
        html! {
            <li key={item.key.to_string()}>
                <button
                    type="button"
                    class={classes!("menu-item", item.current.then_some("current"))}
                    aria-current={item.current.then_some("true")}
                    data-item={item.key.clone()}
                    lang={item.lang.clone()}
                    disabled={item.disabled}
                    onclick={pick}
                >
                    <span class="menu-item-label">{ &item.label }</span>
                    if let Some(d) = &item.description {
                        <span class="menu-item-description">{ d }</span>
                    }
                </button>
            </li>
        }
    });

    html! {
        <div class="menu" ref={root} {onkeydown}>
            <button
                type="button"
                class="button"
                ref={button.clone()}
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={panel_id.clone()}
                data-testid={props.testid.clone()}
                onclick={toggle}
            >
                if let Some(icon) = props.icon {
                    { crate::icons::icon(icon) }
                }
                if let Some(prefix) = &props.label_prefix {
                    <span class="visually-hidden">{ prefix }{ " " }</span>
                }
                <span lang={props.label_lang.clone()}>{ &props.label }</span>
                <span class="caret" aria-hidden="true">{ "▾" }</span>
            </button>
            <div
                id={panel_id.clone()}
                class={classes!("menu-panel", props.panel_class.clone())}
                hidden={!*open}
                data-testid={panel_id}
            >
                <ul class="menu-list">{ for items }</ul>
            </div>
        </div>
    }
}

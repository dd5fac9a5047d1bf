//! The page header: the product's name, the presets menu and the buttons
//! that move scenarios and results in and out of the page.

use std::rc::Rc;

use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::{Scenario, presets};
use yew::prelude::*;

use crate::icons::{Icon, icon};
use crate::menu::{Menu, MenuItem};
use crate::share;

/// What the download menu offers.
pub const DOWNLOAD_SCENARIO: &str = "scenario-json";
pub const DOWNLOAD_RESULTS: &str = "results-json";
pub const DOWNLOAD_CSV: &str = "results-csv";

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub scenario: Rc<Scenario>,
    /// The preset the scenario still equals, if any.
    pub preset: Option<&'static str>,
    pub has_results: bool,
    pub on_preset: Callback<&'static str>,
    /// Called with one of the `DOWNLOAD_*` keys.
    pub on_download: Callback<&'static str>,
    /// Called with the file the person chose.
    pub on_open: Callback<web_sys::File>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let preset_items: Vec<MenuItem> = presets::all()
        .iter()
        .map(|p| MenuItem {
            key: p.id.into(),
            label: p.name.into(),
            description: Some(p.description.into()),
            current: props.preset == Some(p.id),
            disabled: false,
        })
        .collect();
    let on_preset = props.on_preset.reform(|key: AttrValue| {
        presets::get(&key)
            .map(|p| p.id)
            .unwrap_or(presets::default_preset().id)
    });

    let download_items = vec![
        item(
            DOWNLOAD_SCENARIO,
            "Scenario (JSON)",
            "Reopen it here or run it with the worthit command line.",
            false,
        ),
        item(
            DOWNLOAD_RESULTS,
            "Results (JSON)",
            "Every number of this run, results format v1.",
            !props.has_results,
        ),
        item(
            DOWNLOAD_CSV,
            "Results (CSV)",
            "The same numbers as one table for a spreadsheet.",
            !props.has_results,
        ),
    ];
    let on_download = props
        .on_download
        .reform(|key: AttrValue| match key.as_str() {
            DOWNLOAD_RESULTS => DOWNLOAD_RESULTS,
            DOWNLOAD_CSV => DOWNLOAD_CSV,
            _ => DOWNLOAD_SCENARIO,
        });

    html! {
        <header class="topbar">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <div class="brand-text">
                    <h1 class="brand-name">{ "worthit" }</h1>
                    <span class="brand-tagline">{ "Perceived value vs. perceived cost, for 100,000 simulated people" }</span>
                </div>
            </div>
            <nav class="toolbar" aria-label="Scenario and results">
                <Menu
                    label="Presets"
                    icon={Icon::Presets}
                    testid="presets"
                    items={preset_items}
                    on_pick={on_preset}
                    panel_class={classes!("presets-panel")}
                />
                <ShareButton scenario={props.scenario.clone()} />
                <Menu
                    label="Download"
                    icon={Icon::Download}
                    testid="download"
                    items={download_items}
                    on_pick={on_download}
                />
                <OpenButton on_open={props.on_open.clone()} />
            </nav>
        </header>
    }
}

fn item(
    key: &'static str,
    label: &'static str,
    description: &'static str,
    disabled: bool,
) -> MenuItem {
    MenuItem {
        key: key.into(),
        label: label.into(),
        description: Some(description.into()),
        current: false,
        disabled,
    }
}

#[derive(Properties, PartialEq)]
struct OpenProps {
    on_open: Callback<web_sys::File>,
}

/// "Open": a visible button that opens the hidden file input, so the
/// control looks like the others and stays keyboard operable.
#[function_component]
fn OpenButton(props: &OpenProps) -> Html {
    let input = use_node_ref();
    let onclick = {
        let input = input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let onchange = {
        let on_open = props.on_open.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_open.emit(file);
            }
            // Choosing the same file again must fire `change` again.
            input.set_value("");
        })
    };
    html! {
        <>
            <button type="button" class="button" data-testid="open-file" {onclick}>
                { icon(Icon::Open) }
                <span>{ "Open" }</span>
            </button>
            <input
                ref={input}
                type="file"
                class="visually-hidden"
                tabindex="-1"
                aria-label="Open a scenario file"
                accept=".json,application/json"
                data-testid="open-file-input"
                {onchange}
            />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ShareProps {
    scenario: Rc<Scenario>,
}

/// What happened when the person asked for a link.
#[derive(Clone, PartialEq)]
enum Copy {
    Pending,
    Copied,
    /// The clipboard is not available (permissions, insecure origin): the
    /// link is shown selected in a text box to copy by hand.
    Manual,
}

/// "Share link": copies a link that reproduces the current scenario and
/// shows it, so it can also be copied by hand.
#[function_component]
fn ShareButton(props: &ShareProps) -> Html {
    let shown = use_state(|| None::<(String, Copy)>);
    let field = use_node_ref();

    let onclick = {
        let shown = shown.clone();
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let link = share_link(&scenario);
            shown.set(Some((link.clone(), Copy::Pending)));
            let shown = shown.clone();
            spawn_local(async move {
                let copied = copy_to_clipboard(&link).await;
                shown.set(Some((
                    link,
                    if copied { Copy::Copied } else { Copy::Manual },
                )));
            });
        })
    };
    // Select the link so that Ctrl+C copies it.
    {
        let field = field.clone();
        let state = (*shown).clone();
        use_effect_with(state, move |state| {
            if state.is_some() {
                if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                    input.select();
                }
            }
        });
    }
    let close = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(None))
    };
    let onkeydown = {
        let shown = shown.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                shown.set(None);
            }
        })
    };

    html! {
        <div class="menu" {onkeydown}>
            <button type="button" class="button button-primary" data-testid="share" {onclick}>
                { icon(Icon::Link) }
                <span>{ "Share" }<span class="wide-only">{ " link" }</span></span>
            </button>
            if let Some((link, status)) = &*shown {
                <div class="menu-panel share-panel" role="dialog" aria-label="Share link">
                    <label class="share-label" for="share-link">
                        { match status {
                            Copy::Pending => "Copying…",
                            Copy::Copied => "Link copied. Anyone who opens it sees these exact numbers:",
                            Copy::Manual => "Copy this link (Ctrl+C or ⌘C). Anyone who opens it sees these exact numbers:",
                        } }
                    </label>
                    <input
                        id="share-link"
                        ref={field}
                        class="share-link"
                        type="text"
                        readonly=true
                        value={link.clone()}
                        data-testid="share-link"
                        data-copied={(*status == Copy::Copied).to_string()}
                    />
                    <div class="share-actions">
                        <button type="button" class="button button-small" onclick={close}>{ "Done" }</button>
                    </div>
                </div>
            }
        </div>
    }
}

/// The page's address with the scenario in the hash.
pub fn share_link(scenario: &Scenario) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", share::encode_hash(scenario))
}

/// Writes `text` to the clipboard; false when the browser refuses.
async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    // `navigator.clipboard` is undefined on insecure origins; check before
    // calling into it.
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    let promise = navigator.clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}

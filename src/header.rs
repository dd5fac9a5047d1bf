//! The page header: the product's name, the presets menu and the buttons
//! that move scenarios and results in and out of the page.

use std::rc::Rc;

use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::{Scenario, presets};
use worthit_i18n::Lang;
/// A scenario's title and the presets' names in the page's language
/// (shared with the prerendered first view).
pub use worthit_i18n::scenario_text::{display_title, preset_description, preset_name};
use yew::prelude::*;

use crate::i18n::{use_i18n, use_tr};

use crate::icons::{Icon, icon};
use crate::menu::{Menu, MenuItem};
use crate::share;
use worthit_page_core::downloads::Download;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub scenario: Rc<Scenario>,
    /// The preset the scenario still equals, if any.
    pub preset: Option<&'static str>,
    pub has_results: bool,
    pub on_preset: Callback<&'static str>,
    /// Called with the header's download the person picked
    /// ([`Download::MENU`]; compare mode's comparison comes as
    /// [`Download::Scenario`], see [`Download::in_mode`]).
    pub on_download: Callback<Download>,
    /// Called with the file the person chose.
    pub on_open: Callback<web_sys::File>,
    /// In compare mode, both variants: the share link then carries them
    /// (`crate::lab::link`).
    #[prop_or_default]
    pub comparison: Option<Rc<worthit_engine::lab::ComparisonDoc>>,
    /// Extra controls at the start of the toolbar (the compare toggle).
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let tr = use_tr();
    let preset_items: Vec<MenuItem> = presets::all()
        .iter()
        .map(|p| MenuItem {
            key: p.id.into(),
            label: preset_name(&tr, p).into(),
            description: Some(preset_description(&tr, p).into()),
            current: props.preset == Some(p.id),
            disabled: false,
            lang: None,
        })
        .collect();
    let on_preset = props.on_preset.reform(|key: AttrValue| {
        presets::get(&key)
            .map(|p| p.id)
            .unwrap_or(presets::default_preset().id)
    });

    // In compare mode the scenario item saves the comparison file and the
    // results items say where the comparison's results are
    // (`Download::menu_hint_key`).
    let compare = props.comparison.is_some();
    let download_items: Vec<MenuItem> = Download::MENU
        .into_iter()
        .map(|d| MenuItem {
            key: d.menu_key().unwrap_or_default().into(),
            label: tr.t(d.in_mode(compare).label_key()).into(),
            description: d.menu_hint_key(compare).map(|k| tr.t(k).into()),
            current: false,
            disabled: d.needs_results() && !props.has_results,
            lang: None,
        })
        .collect();
    let on_download = props
        .on_download
        .reform(|key: AttrValue| Download::from_menu_key(&key).unwrap_or(Download::Scenario));

    html! {
        <header class="topbar">
            <div class="brand">
                <span class="brand-mark" aria-hidden="true"></span>
                <div class="brand-text">
                    <h1 class="brand-name">{ "worthit" }</h1>
                    <span class="brand-tagline">{ tr.t("header-tagline") }</span>
                </div>
            </div>
            <nav class="toolbar" aria-label={tr.t("header-toolbar")}>
                { props.children.clone() }
                <Menu
                    label={tr.t("header-presets")}
                    icon={Icon::Presets}
                    testid="presets"
                    items={preset_items}
                    on_pick={on_preset}
                    panel_class={classes!("presets-panel")}
                />
                <ShareButton scenario={props.scenario.clone()} comparison={props.comparison.clone()} />
                <crate::embed::dialog::EmbedButton scenario={props.scenario.clone()} comparison={props.comparison.clone()} />
                // The activity builder (crate::builder) starts from the
                // scenario on screen, carried in the hash like a share link;
                // in compare mode from the comparison (a `#c=` link).
                <a class="button build-link" data-testid="build-activity"
                    href={format!("?build=1{}", crate::lab::link::shown_hash(&props.scenario, props.comparison.as_ref()))}>
                    <span>{ tr.t("header-build") }</span>
                </a>
                <Menu
                    label={tr.t("header-download")}
                    icon={Icon::Download}
                    testid="download"
                    items={download_items}
                    on_pick={on_download}
                />
                <OpenButton on_open={props.on_open.clone()} />
                <div class="lang-menu">
                    <LanguageMenu />
                </div>
            </nav>
        </header>
    }
}

/// The language menu: every language by its own name, so a reader finds
/// theirs whatever the page speaks now. Choosing one re-renders the page
/// in place; the scenario and its results stay.
#[function_component]
fn LanguageMenu() -> Html {
    let i18n = use_i18n();
    let current = i18n.lang();
    let items: Vec<MenuItem> = Lang::ALL
        .iter()
        .map(|lang| MenuItem {
            key: lang.code().into(),
            label: lang.native_name().into(),
            description: None,
            current: *lang == current,
            disabled: false,
            lang: Some(lang.code().into()),
        })
        .collect();
    let set_lang = i18n.set_lang.clone();
    let on_pick = Callback::from(move |code: AttrValue| {
        if let Some(lang) = Lang::parse(&code) {
            set_lang.emit(lang);
        }
    });
    html! {
        <Menu
            label={current.native_name()}
            label_prefix={i18n.tr.t("language-menu")}
            label_lang={current.code()}
            icon={Icon::Language}
            testid="language"
            items={items}
            {on_pick}
            panel_class={classes!("language-panel")}
        />
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
    let tr = use_tr();
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
                <span>{ tr.t("header-open") }</span>
            </button>
            <input
                ref={input}
                type="file"
                class="visually-hidden"
                tabindex="-1"
                aria-label={tr.t("header-open-file")}
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
    comparison: Option<Rc<worthit_engine::lab::ComparisonDoc>>,
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
    let tr = use_tr();
    let shown = use_state(|| None::<(String, Copy)>);
    let field = use_node_ref();

    let onclick = {
        let shown = shown.clone();
        let scenario = props.scenario.clone();
        let comparison = props.comparison.clone();
        Callback::from(move |_: MouseEvent| {
            let link = match &comparison {
                Some(doc) => crate::lab::page::comparison_link(doc),
                None => share_link(&scenario),
            };
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
                <span class="wide-only">{ tr.t("share-button") }</span>
                <span class="narrow-only">{ tr.t("share-button-short") }</span>
            </button>
            if let Some((link, status)) = &*shown {
                <div class="menu-panel share-panel" role="dialog" aria-label={tr.t("share-dialog")}>
                    <label class="share-label" for="share-link">
                        { match status {
                            Copy::Pending => tr.t("share-copying"),
                            Copy::Copied => tr.t("share-copied"),
                            Copy::Manual => tr.t("share-manual"),
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
                        <button type="button" class="button button-small" onclick={close}>{ tr.t("share-done") }</button>
                    </div>
                </div>
            }
        </div>
    }
}

/// The page's address with the scenario in the hash.
pub fn share_link(scenario: &Rc<Scenario>) -> String {
    let location = gloo::utils::window().location();
    let href = location.href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", share::encode_hash_shared(scenario))
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

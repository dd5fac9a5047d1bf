//! The page's language: which one it speaks, and how components get its
//! messages.
//!
//! The language is chosen once at start-up, in this order:
//! 1. `?lang=<tag>` in the page's address (a teacher's link, an embed);
//! 2. the choice made earlier in the language menu (localStorage);
//! 3. the browser's preferences (`navigator.languages`);
//! 4. English.
//!
//! [`I18nProvider`] puts an [`I18n`] in a Yew context; components read it
//! with [`use_tr`] (just the messages) or [`use_i18n`] (also to switch).
//! Switching re-renders the page in the new language without a reload, so
//! the scenario and its results stay as they are.

use std::cell::RefCell;
use std::rc::Rc;

use worthit_i18n::{Lang, Translator};
use yew::prelude::*;

/// The storage key of the language chosen in the menu.
pub const STORAGE_KEY: &str = "worthit.lang";

/// The query parameter that names a language.
pub const QUERY_PARAM: &str = "lang";

/// What the language context holds.
#[derive(Clone, PartialEq)]
pub struct I18n {
    /// The messages of the current language.
    pub tr: Rc<Translator>,
    /// Switches the page to another language (and remembers the choice).
    pub set_lang: Callback<Lang>,
}

impl I18n {
    /// The current language.
    pub fn lang(&self) -> Lang {
        self.tr.lang()
    }
}

thread_local! {
    /// One translator per language, built on first use. Building one
    /// parses a whole .ftl file, so switching back and forth, and
    /// components rendered outside the provider (tests), reuse them.
    static TRANSLATORS: RefCell<Vec<Rc<Translator>>> = const { RefCell::new(Vec::new()) };
}

/// The shared translator of `lang`.
pub fn translator(lang: Lang) -> Rc<Translator> {
    TRANSLATORS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(tr) = cache.iter().find(|tr| tr.lang() == lang) {
            return tr.clone();
        }
        let tr = Rc::new(Translator::new(lang));
        cache.push(tr.clone());
        tr
    })
}

/// The messages of the page's language. Outside an [`I18nProvider`] (a
/// component tested on its own) this is English.
#[hook]
pub fn use_tr() -> Rc<Translator> {
    use_context::<I18n>()
        .map(|i18n| i18n.tr)
        .unwrap_or_else(|| translator(Lang::En))
}

/// The language context, to read the language or switch it. Outside an
/// [`I18nProvider`] switching does nothing.
#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        tr: translator(Lang::En),
        set_lang: Callback::noop(),
    })
}

#[derive(Properties, PartialEq)]
pub struct I18nProviderProps {
    /// The language to start with; by default [`initial_lang`].
    #[prop_or_default]
    pub lang: Option<Lang>,
    #[prop_or_default]
    pub children: Html,
}

/// Provides the page's language to everything inside it, and keeps
/// `<html lang>` (which screen readers and font selection rely on) equal
/// to it.
#[function_component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let lang = use_state_eq(|| props.lang.unwrap_or_else(initial_lang));
    use_effect_with(*lang, |lang| set_document_lang(*lang));
    let set_lang = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            remember(next);
            replace_query_lang(next);
            lang.set(next);
        })
    };
    let context = I18n {
        tr: translator(*lang),
        set_lang,
    };
    html! {
        <ContextProvider<I18n> {context}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}

/// The language to start with: `?lang=`, else the stored choice, else the
/// browser's preferences, else English. An unknown `?lang=` or stored
/// value is passed over, not an error.
pub fn initial_lang() -> Lang {
    let Some(window) = web_sys::window() else {
        return Lang::En;
    };
    let search = window.location().search().unwrap_or_default();
    if let Some(lang) = query_lang(&search) {
        return lang;
    }
    if let Some(lang) = stored() {
        return lang;
    }
    let languages: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if languages.is_empty() {
        // Very old browsers have only `navigator.language`.
        let single = window.navigator().language().unwrap_or_default();
        return Lang::from_tag(&single);
    }
    Lang::negotiate(languages.iter().map(String::as_str))
}

/// The language `?lang=` names in a query string (`?a=1&lang=ko`), if it
/// names one worthit speaks.
pub fn query_lang(search: &str) -> Option<Lang> {
    query_value(search, QUERY_PARAM).and_then(|tag| Lang::parse(&tag))
}

/// The value of parameter `name` in a query string, percent-decoded.
fn query_value(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('=').or(Some((pair, ""))))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| {
            js_sys::decode_uri_component(&value.replace('+', " "))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| value.to_string())
        })
}

/// A query string with `?lang=` set to `lang` (replacing any earlier
/// value), keeping every other parameter in its place.
pub fn with_query_lang(search: &str, lang: Lang) -> String {
    let mut found = false;
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            if key == QUERY_PARAM {
                found = true;
                format!("{QUERY_PARAM}={}", lang.code())
            } else {
                pair.to_string()
            }
        })
        .collect();
    if !found {
        pairs.push(format!("{QUERY_PARAM}={}", lang.code()));
    }
    format!("?{}", pairs.join("&"))
}

/// The language chosen earlier in the menu, if any.
fn stored() -> Option<Lang> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Lang::parse(&storage.get_item(STORAGE_KEY).ok()??)
}

/// Remembers the menu's choice. Storage may be missing (private windows,
/// sandboxed iframes); the language then lasts as long as the page.
fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

/// A `?lang=` in the address would win over the menu's choice at the next
/// reload (and travel in share links), so it follows the menu. Without one
/// the address stays as it is. No history entry, no reload; the hash (the
/// scenario) is kept.
fn replace_query_lang(lang: Lang) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    if query_value(&search, QUERY_PARAM).is_none() {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{}{hash}", with_query_lang(&search, lang));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Sets `<html lang>` and the document's title in `lang`.
fn set_document_lang(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(&translator(lang).t("app-document-title"));
}

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
//!
//! Only English is compiled into the WebAssembly. Another language's
//! messages are fetched from `locales/<code>.ftl` (trunk copies
//! `www/locales` next to the page) before the page first renders in it, or
//! when the menu switches to it, so no untranslated text ever shows. If
//! the file cannot be had, the page speaks English.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
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
    /// The .ftl files fetched so far, kept apart from the translators so
    /// the panic hook can build its own translator (see [`fresh_translator`]).
    static SOURCES: RefCell<Vec<(Lang, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// The shared translator of `lang`. A language that is neither compiled in
/// nor fetched yet ([`is_available`]) gets the English translator.
pub fn translator(lang: Lang) -> Rc<Translator> {
    let lang = available_or_english(lang);
    TRANSLATORS.with(|cache| {
        if let Some(tr) = cache.borrow().iter().find(|tr| tr.lang() == lang) {
            return tr.clone();
        }
        // Built outside the borrow: building never touches the cache.
        let tr = Rc::new(fresh_translator(lang));
        cache.borrow_mut().push(tr.clone());
        tr
    })
}

/// A new translator of `lang`, not shared: from the compiled-in file, else
/// from the fetched one, else English. For the panic hook, which must not
/// borrow the shared cache (the code that panicked may hold it); it never
/// panics, even when called from inside a borrow of [`SOURCES`].
pub fn fresh_translator(lang: Lang) -> Translator {
    if lang.embedded_ftl().is_some() {
        return Translator::new(lang);
    }
    let source = SOURCES
        .try_with(|sources| {
            let sources = sources.try_borrow().ok()?;
            sources
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, s)| s.clone())
        })
        .ok()
        .flatten();
    match source {
        Some(source) => Translator::from_source(lang, &source),
        None => Translator::new(Lang::En),
    }
}

/// Whether the page can speak `lang` right now: its file is compiled in or
/// has been fetched.
pub fn is_available(lang: Lang) -> bool {
    lang.embedded_ftl().is_some()
        || SOURCES.with(|sources| sources.borrow().iter().any(|(l, _)| *l == lang))
}

/// `lang` if the page can speak it now, else English.
pub fn available_or_english(lang: Lang) -> Lang {
    if is_available(lang) { lang } else { Lang::En }
}

/// Makes `lang` available: fetches `locales/<code>.ftl` unless the
/// language is compiled in or already fetched. `false` when the file
/// cannot be fetched or is not a translation file (a server that answers
/// every path with the page itself); the page then stays in English.
pub async fn load(lang: Lang) -> bool {
    if is_available(lang) {
        return true;
    }
    let Some(text) = fetch_text(&lang.ftl_path()).await else {
        web_sys::console::warn_1(&format!("worthit: could not load {}", lang.ftl_path()).into());
        return false;
    };
    let Some(tr) = Translator::from_fetched(lang, &text) else {
        web_sys::console::warn_1(
            &format!("worthit: {} is not a translation", lang.ftl_path()).into(),
        );
        return false;
    };
    // Another load of the same language may have finished meanwhile.
    if !is_available(lang) {
        SOURCES.with(|sources| sources.borrow_mut().push((lang, Rc::from(text))));
        TRANSLATORS.with(|cache| cache.borrow_mut().push(Rc::new(tr)));
    }
    true
}

/// The text at `url` (relative to the page), if it answers 200–299.
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
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
///
/// It starts in a language that is already available ([`start_lang`]
/// fetches the page's before the first render). Switching to a language
/// not fetched yet fetches it first and then switches; should the fetch
/// fail, the page stays as it is. When several switches overlap, the last
/// choice wins.
#[function_component]
pub fn I18nProvider(props: &I18nProviderProps) -> Html {
    let lang = use_state_eq(|| available_or_english(props.lang.unwrap_or_else(initial_lang)));
    // The latest language asked for, shared by every switch in flight.
    let wanted = use_memo((), |_| Cell::new(*lang));
    use_effect_with(*lang, |lang| set_document_lang(*lang));
    let set_lang = {
        let lang = lang.clone();
        let wanted = wanted.clone();
        Callback::from(move |next: Lang| {
            wanted.set(next);
            let apply = {
                let lang = lang.clone();
                move || {
                    remember(next);
                    replace_query_lang(next);
                    lang.set(next);
                }
            };
            if is_available(next) {
                apply();
                return;
            }
            let wanted = wanted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if load(next).await && wanted.get() == next {
                    apply();
                }
            });
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

/// Chooses the page's language ([`initial_lang`]) and makes it available,
/// fetching its file if need be; the page renders once this is done, so
/// it never shows English first and then switches.
pub async fn start_lang() -> Lang {
    let lang = initial_lang();
    if load(lang).await { lang } else { Lang::En }
}

/// The language `?lang=` names in a query string (`?a=1&lang=ko`), if it
/// names one worthit speaks.
pub fn query_lang(search: &str) -> Option<Lang> {
    query_value(search, QUERY_PARAM).and_then(|tag| Lang::parse(&tag))
}

/// The value of parameter `name` in a query string, percent-decoded.
fn query_value(search: &str, name: &str) -> Option<String> {
    worthit_page_core::params::value(search, name)
}

/// A query string with `?lang=` set to `lang` (replacing any earlier
/// value), keeping every other parameter in its place.
pub fn with_query_lang(search: &str, lang: Lang) -> String {
    worthit_page_core::params::with_value(search, QUERY_PARAM, lang.code())
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

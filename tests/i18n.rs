//! The page's language in Chromium: how `?lang=` is read and written,
//! that components inside the provider speak its language, that the
//! language menu switches it in place (and remembers the choice), and that
//! a notice made in one language is shown in another.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use worthit_app::alert::{Alert, Msg, Notice};
use worthit_app::i18n::{I18nProvider, STORAGE_KEY, query_lang, use_i18n, use_tr, with_query_lang};
use worthit_app::share::ShareError;
use worthit_i18n::Lang;
use yew::platform::time::sleep;
use yew::prelude::*;

mod common;
use common::mount;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
fn the_query_names_a_language_by_any_common_tag() {
    assert_eq!(query_lang("?lang=ko"), Some(Lang::Ko));
    assert_eq!(query_lang("?embed=1&lang=zh-Hant-TW"), Some(Lang::ZhTw));
    assert_eq!(query_lang("lang=zh_CN"), Some(Lang::ZhCn));
    assert_eq!(query_lang("?lang=zh%2DTW"), Some(Lang::ZhTw));
    assert_eq!(query_lang("?lang=fr"), None);
    assert_eq!(query_lang("?language=ko"), None);
    assert_eq!(query_lang(""), None);
    // Nonsense never panics.
    assert_eq!(query_lang("?lang=%E0%A4%A&lang"), None);
}

#[wasm_bindgen_test]
fn writing_the_language_keeps_every_other_parameter() {
    assert_eq!(with_query_lang("", Lang::Ko), "?lang=ko");
    assert_eq!(
        with_query_lang("?embed=1&lang=en&controls=costs", Lang::ZhTw),
        "?embed=1&lang=zh-TW&controls=costs"
    );
    assert_eq!(
        with_query_lang("?embed=1", Lang::ZhCn),
        "?embed=1&lang=zh-CN"
    );
}

/// Shows a message and the language, and offers a button per language.
#[function_component]
fn Probe() -> Html {
    let i18n = use_i18n();
    let tr = use_tr();
    html! {
        <div>
            <p class="message">{ tr.t("status-cancel") }</p>
            <p class="lang">{ i18n.lang().code() }</p>
            { for Lang::ALL.iter().map(|lang| {
                let set = i18n.set_lang.clone();
                let lang = *lang;
                html! {
                    <button class={lang.code()} onclick={Callback::from(move |_| set.emit(lang))}>
                        { lang.native_name() }
                    </button>
                }
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ProbeAppProps {
    lang: Lang,
}

#[function_component]
fn ProbeApp(props: &ProbeAppProps) -> Html {
    html! {
        <I18nProvider lang={props.lang}>
            <Probe />
        </I18nProvider>
    }
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_provider_speaks_its_language_and_switches_in_place() {
    let root = mount();
    yew::Renderer::<ProbeApp>::with_root_and_props(root.clone(), ProbeAppProps { lang: Lang::Ko })
        .render();
    settle().await;
    assert_eq!(text(&root, ".message"), "취소");
    let html = gloo::utils::document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("ko"));

    let button: web_sys::HtmlElement = root
        .query_selector("button.zh-TW")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    settle().await;
    assert_eq!(text(&root, ".message"), "取消");
    assert_eq!(text(&root, ".lang"), "zh-TW");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("zh-TW"));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(STORAGE_KEY)
        .unwrap();
    assert_eq!(stored.as_deref(), Some("zh-TW"));
    // Leave the document as the other tests expect it.
    html.set_attribute("lang", "en").unwrap();
}

#[wasm_bindgen_test]
async fn outside_the_provider_components_speak_english() {
    let root = mount();
    yew::Renderer::<Probe>::with_root(root.clone()).render();
    settle().await;
    assert_eq!(text(&root, ".message"), "Cancel");
}

#[derive(Properties, PartialEq)]
struct AlertAppProps {
    lang: Lang,
    notice: Notice,
}

#[function_component]
fn AlertApp(props: &AlertAppProps) -> Html {
    html! {
        <I18nProvider lang={props.lang}>
            <Alert notice={Some(props.notice.clone())} on_dismiss={Callback::noop()} />
        </I18nProvider>
    }
}

#[wasm_bindgen_test]
async fn a_notice_is_worded_in_the_language_it_is_shown_in() {
    let notice = Notice::bad_link(&ShareError::Corrupt(worthit_app::share::Damage::Incomplete));
    // Its English wording is there for logs and tests.
    assert!(notice.title.contains("damaged"), "{}", notice.title);
    let root = mount();
    yew::Renderer::<AlertApp>::with_root_and_props(
        root.clone(),
        AlertAppProps {
            lang: Lang::ZhCn,
            notice,
        },
    )
    .render();
    settle().await;
    let alert = text(&root, "[role=alert]");
    assert!(!alert.contains("damaged"), "{alert}");
    assert!(alert.contains("链接"), "{alert}");
    let dismiss = root
        .query_selector("[role=alert] button")
        .unwrap()
        .unwrap()
        .get_attribute("aria-label")
        .unwrap();
    assert_ne!(dismiss, "Dismiss message");
    gloo::utils::document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en")
        .unwrap();
}

#[wasm_bindgen_test]
fn plain_text_messages_stay_as_they_are() {
    let msg = Msg::text("users: must be ≥ 1");
    let tr = worthit_app::i18n::translator(Lang::Ko);
    assert_eq!(msg.render(&tr), "users: must be ≥ 1");
}

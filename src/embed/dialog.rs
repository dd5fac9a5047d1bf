//! The header's **Embed** button: a dialog that writes the iframe snippet
//! for the current scenario with the options a course author picks (which
//! controls show, locking, language, compare mode, a prediction first, the
//! host's origin), and offers the same activity as an LMS package
//! (`super::lms`).

use std::rc::Rc;

use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::Scenario;
use worthit_i18n::{FluentValue, Lang};
use yew::prelude::*;

use super::lms::Packaged;
use super::query::{Controls, PageQuery, parse_origin};
use super::snippet::{Snippet, page_base};
use crate::editor::EditorGroup;
use crate::i18n::use_tr;

/// The snippet's initial frame height: enough for the headline and a few
/// controls before the resize script (or the author) adjusts it.
const FRAME_HEIGHT: u32 = 720;

/// What the author chose in the dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct Choices {
    /// Editor groups to show; all of them by default.
    pub groups: Vec<EditorGroup>,
    pub lock_all: bool,
    /// `None`: the visitor's browser language.
    pub lang: Option<Lang>,
    pub compare: bool,
    /// Ask for a prediction before the result shows (`?predict=1`).
    pub predict: bool,
    /// The host origin as typed.
    pub host: String,
    pub fit: bool,
}

impl Default for Choices {
    fn default() -> Self {
        Choices {
            groups: EditorGroup::ALL.to_vec(),
            lock_all: false,
            lang: None,
            compare: false,
            predict: false,
            host: String::new(),
            fit: true,
        }
    }
}

impl Choices {
    /// The query these choices ask for. An origin that does not parse is
    /// left out (the dialog says so) rather than producing a frame that
    /// ignores every message.
    pub fn query(&self) -> PageQuery {
        let controls = if self.groups.is_empty() {
            Controls::Hidden
        } else if self.groups.len() == EditorGroup::ALL.len() {
            Controls::All
        } else {
            Controls::Only(self.groups.clone())
        };
        PageQuery {
            embed: true,
            controls,
            lock: if self.lock_all {
                vec!["*".to_string()]
            } else {
                Vec::new()
            },
            lang: self.lang.map(|l| l.code().to_string()),
            compare: self.compare,
            predict: self.predict,
            host: parse_origin(&self.host),
            ..PageQuery::default()
        }
    }

    /// Whether the typed origin is unusable (empty is fine: no host).
    pub fn host_invalid(&self) -> bool {
        !self.host.trim().is_empty() && parse_origin(&self.host).is_none()
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedButtonProps {
    pub scenario: Rc<Scenario>,
    /// In compare mode, both variants: the snippet then carries A and B
    /// (a `#c=` link, which opens the embedded page in compare mode).
    #[prop_or_default]
    pub comparison: Option<Rc<worthit_engine::lab::ComparisonDoc>>,
}

/// Whether the last copy worked.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

/// The button and, when open, its dialog. The dialog is a popover like
/// the share panel: it does not trap focus, Escape and Done close it.
#[function_component]
pub fn EmbedButton(props: &EmbedButtonProps) -> Html {
    let tr = use_tr();
    let open = use_state_eq(|| false);
    let choices = use_state(Choices::default);
    let copied = use_state_eq(|| Copied::Not);
    let code_ref = use_node_ref();

    // What the snippet embeds and the LMS package holds.
    let packaged = match &props.comparison {
        Some(doc) => Packaged::Comparison(doc.clone()),
        None => Packaged::Scenario(props.scenario.clone()),
    };
    // Written only while the dialog is open: the button re-renders with
    // every edit, and the snippet's link is the scenario deflated.
    let snippet = open.then(|| Snippet {
        base: page_base(),
        query: choices.query(),
        hash: crate::lab::link::shown_hash(&props.scenario, props.comparison.as_ref()),
        title: {
            let (a, b) = packaged.sides();
            tr.t_args(
                "embed-iframe-title",
                &[(
                    "title",
                    FluentValue::from(worthit_lms::activity_title(&tr, a, b)),
                )],
            )
        },
        height: FRAME_HEIGHT,
        fit: choices.fit,
    });
    let html_code = snippet.as_ref().map(Snippet::html).unwrap_or_default();

    let toggle = {
        let open = open.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            copied.set(Copied::Not);
            open.set(!*open);
        })
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                open.set(false);
            }
        })
    };
    // Every change of a choice makes a new snippet, which was not copied.
    let update = |edit: fn(&mut Choices, &web_sys::HtmlInputElement)| {
        let choices = choices.clone();
        let copied = copied.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*choices).clone();
            edit(&mut next, &input);
            copied.set(Copied::Not);
            choices.set(next);
        })
    };
    let on_group = |group: EditorGroup| {
        let choices = choices.clone();
        let copied = copied.clone();
        Callback::from(move |event: Event| {
            let checked = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            let mut next = (*choices).clone();
            next.groups.retain(|g| *g != group);
            if checked {
                // Keep the editor's order, which the query keeps too.
                next.groups.push(group);
                worthit_engine::sort::sort(&mut next.groups);
            }
            copied.set(Copied::Not);
            choices.set(next);
        })
    };
    let on_lang = {
        let choices = choices.clone();
        let copied = copied.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            let mut next = (*choices).clone();
            next.lang = Lang::parse(&select.value());
            copied.set(Copied::Not);
            choices.set(next);
        })
    };
    let on_host = {
        let choices = choices.clone();
        let copied = copied.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*choices).clone();
            next.host = input.value();
            copied.set(Copied::Not);
            choices.set(next);
        })
    };
    let on_copy = {
        let copied = copied.clone();
        let code_ref = code_ref.clone();
        let text = html_code.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let code_ref = code_ref.clone();
            let text = text.clone();
            spawn_local(async move {
                if copy_text(&text).await {
                    copied.set(Copied::Yes);
                } else {
                    // Selected, the code is one Ctrl+C away.
                    if let Some(area) = code_ref.cast::<web_sys::HtmlTextAreaElement>() {
                        area.select();
                    }
                    copied.set(Copied::Refused);
                }
            });
        })
    };

    let group_boxes = EditorGroup::ALL.into_iter().map(|group| {
        let id = format!("embed-group-{}", group.key());
        html! {
            <div class="embed-check" key={group.key()}>
                <input type="checkbox" id={id.clone()} data-testid={id.clone()}
                    checked={choices.groups.contains(&group)} onchange={on_group(group)} />
                <label for={id}>{ tr.t(group.label_key()) }</label>
            </div>
        }
    });
    let lang_options = Lang::ALL.iter().map(|lang| {
        html! {
            <option value={lang.code()} selected={choices.lang == Some(*lang)} lang={lang.code()}>
                { lang.native_name() }
            </option>
        }
    });
    let host_invalid = choices.host_invalid();

    html! {
        <div class="menu" {onkeydown}>
            <button type="button" class="button" data-testid="embed" aria-expanded={open.to_string()}
                aria-controls="embed-dialog" onclick={toggle}>
                { embed_icon() }
                <span>{ tr.t("embed-button") }</span>
            </button>
            if *open {
                <div id="embed-dialog" class="menu-panel embed-panel" role="dialog"
                    aria-labelledby="embed-dialog-title" data-testid="embed-dialog">
                    <h2 id="embed-dialog-title" class="embed-dialog-title">{ tr.t("embed-dialog") }</h2>
                    <p class="embed-help" data-testid="embed-intro">{ tr.t(if props.comparison.is_some() {
                        // The snippet carries A and B (a `#c=` link), not one scenario.
                        "embed-intro-compare"
                    } else {
                        "embed-intro"
                    }) }</p>
                    <fieldset class="embed-groups">
                        <legend>{ tr.t("embed-controls") }</legend>
                        { for group_boxes }
                        if choices.groups.is_empty() {
                            <p class="embed-help">{ tr.t("embed-controls-none") }</p>
                        }
                    </fieldset>
                    <div class="embed-check">
                        <input type="checkbox" id="embed-lock-all" data-testid="embed-lock-all"
                            checked={choices.lock_all}
                            onchange={update(|c, i| c.lock_all = i.checked())} />
                        <label for="embed-lock-all">{ tr.t("embed-lock-all") }</label>
                    </div>
                    <div class="embed-check">
                        // A comparison always opens in compare mode (its `#c=`
                        // link): said, and not a choice.
                        <input type="checkbox" id="embed-compare" data-testid="embed-compare"
                            checked={choices.compare || props.comparison.is_some()}
                            disabled={props.comparison.is_some()}
                            onchange={update(|c, i| c.compare = i.checked())} />
                        <label for="embed-compare">{ tr.t("embed-compare") }</label>
                    </div>
                    <div class="embed-check">
                        <input type="checkbox" id="embed-predict" data-testid="embed-predict"
                            checked={choices.predict}
                            onchange={update(|c, i| c.predict = i.checked())} />
                        <label for="embed-predict">{ tr.t("embed-predict") }</label>
                    </div>
                    <div class="embed-field">
                        <label for="embed-lang">{ tr.t("embed-lang") }</label>
                        <select id="embed-lang" data-testid="embed-lang" onchange={on_lang}>
                            <option value="" selected={choices.lang.is_none()}>{ tr.t("embed-lang-visitor") }</option>
                            { for lang_options }
                        </select>
                    </div>
                    <div class="embed-field">
                        <label for="embed-host">{ tr.t("embed-host") }</label>
                        <input type="url" id="embed-host" data-testid="embed-host" inputmode="url"
                            placeholder="https://lms.example.edu" value={choices.host.clone()}
                            aria-invalid={host_invalid.to_string()}
                            aria-describedby="embed-host-hint" oninput={on_host} />
                        <p id="embed-host-hint" class={classes!("embed-help", host_invalid.then_some("embed-invalid"))}>
                            { if host_invalid { tr.t("embed-host-invalid") } else { tr.t("embed-host-hint") } }
                        </p>
                    </div>
                    <div class="embed-check">
                        <input type="checkbox" id="embed-fit" data-testid="embed-fit"
                            checked={choices.fit}
                            onchange={update(|c, i| c.fit = i.checked())} />
                        <label for="embed-fit">{ tr.t("embed-fit") }</label>
                    </div>
                    <div class="embed-field">
                        <label for="embed-code">{ tr.t("embed-code") }</label>
                        <textarea id="embed-code" ref={code_ref} class="embed-code" data-testid="embed-code"
                            readonly=true rows="6" spellcheck="false" value={html_code} />
                    </div>
                    <div class="embed-actions">
                        <span class="embed-copied" role="status" data-testid="embed-copy-status">
                            { match *copied {
                                Copied::Not => String::new(),
                                Copied::Yes => tr.t("embed-copied"),
                                Copied::Refused => tr.t("embed-copy-manual"),
                            } }
                        </span>
                        <a class="button button-small button-quiet" href={snippet.as_ref().map(Snippet::url)} target="_blank"
                            rel="noopener" data-testid="embed-preview">{ tr.t("embed-preview") }</a>
                        <button type="button" class="button button-small button-primary"
                            data-testid="embed-copy" onclick={on_copy}>{ tr.t("embed-copy") }</button>
                        <button type="button" class="button button-small" onclick={close}>{ tr.t("embed-done") }</button>
                    </div>
                    <super::lms::LmsDownload lang={choices.lang} predict={choices.predict} {packaged} />
                </div>
            }
        </div>
    }
}

/// `</>`: the usual sign for "code to paste".
fn embed_icon() -> Html {
    html! {
        <svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M5.5 4.5L2 8l3.5 3.5M10.5 4.5L14 8l-3.5 3.5" fill="none" stroke="currentColor"
                stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// Writes `text` to the clipboard; false when the browser refuses, which a
/// sandboxed frame, an insecure origin or a denied permission all do.
/// `navigator.clipboard` is looked up first: it is missing on insecure
/// origins, and calling into `undefined` would throw.
pub(crate) async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator = window.navigator();
    let has_clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .map(|c| !c.is_undefined() && !c.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

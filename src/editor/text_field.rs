//! A labelled text box for names. It commits on `change` (Enter or leaving
//! the box) so typing a long name does not re-run the simulation on every
//! key; an empty name shows an inline message and is not applied.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::field::use_uid;

#[derive(Properties, PartialEq, Clone)]
pub struct TextFieldProps {
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub testid: AttrValue,
    #[prop_or_default]
    pub disabled: bool,
}

/// Text being typed, remembered against the value it was typed over.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    error: bool,
    over: AttrValue,
}

#[component]
pub fn TextField(props: &TextFieldProps) -> Html {
    let uid = use_uid();
    let tr = crate::i18n::use_tr();
    let draft = use_state(|| None::<Draft>);
    let (input_id, err_id) = (format!("{uid}-text"), format!("{uid}-err"));
    let live = draft.as_ref().filter(|d| d.over == props.value);
    let text = live.map_or_else(|| props.value.to_string(), |d| d.text.clone());
    let error = live.is_some_and(|d| d.error);

    let oninput = {
        let draft = draft.clone();
        let over = props.value.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let was_error = draft.as_ref().is_some_and(|d| d.error && d.over == over);
            draft.set(Some(Draft {
                error: was_error && text.trim().is_empty(),
                text,
                over: over.clone(),
            }));
        })
    };
    let onchange = {
        let draft = draft.clone();
        let over = props.value.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if text.trim().is_empty() {
                draft.set(Some(Draft {
                    text,
                    error: true,
                    over: over.clone(),
                }));
            } else {
                draft.set(None);
                on_change.emit(text.trim().to_string());
            }
        })
    };
    let testid = |suffix: &str| {
        (!props.testid.is_empty()).then(|| AttrValue::from(format!("{}{suffix}", props.testid)))
    };

    html! {
        <div class="ed-field ed-field--text">
            <div class="ed-field__top">
                <label for={input_id.clone()} class="ed-field__label">{ &props.label }</label>
                <input type="text" id={input_id} class="ed-field__text"
                    value={text} maxlength="80" autocomplete="off" spellcheck="false"
                    aria-invalid={error.then_some("true")}
                    aria-describedby={error.then(|| err_id.clone())}
                    disabled={props.disabled}
                    data-testid={testid("")}
                    {oninput} {onchange} />
            </div>
            <p id={err_id} class="ed-field__error" aria-live="polite" data-testid={testid("-error")}>
                { if error { tr.t("editor-name-empty") } else { String::new() } }
            </p>
        </div>
    }
}

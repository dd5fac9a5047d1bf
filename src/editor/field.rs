//! The one reusable control: a labelled range slider paired with a number
//! box (after yew's `examples/boids/src/slider.rs`).
//!
//! The slider emits on every `input` event, so dragging re-runs the
//! simulation continuously. The number box commits on `change` (Enter or
//! leaving the box): a typed value that is empty, not a number or out of
//! range shows an inline message and is not emitted, so the scenario keeps
//! its last good value. What the person typed stays visible (it is kept as a
//! draft) until they fix it or the value changes from elsewhere.

use std::cell::Cell;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::strings;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A page-unique id prefix for one component instance, stable across its
/// renders, so `<label for>` and `aria-*` references always match.
#[hook]
pub fn use_uid() -> String {
    let n = use_memo((), |_| {
        NEXT_ID.with(|c| {
            let n = c.get().wrapping_add(1);
            c.set(n);
            n
        })
    });
    format!("ed{}", *n)
}

pub use worthit_page_core::number::{
    Scale, format_number, from_position, parse_number, range_bounds, to_position,
};

#[derive(Properties, PartialEq, Clone)]
pub struct NumberFieldProps {
    /// Visible label.
    pub label: AttrValue,
    /// The current (last good) value.
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// Receives every valid new value.
    pub on_change: Callback<f64>,
    /// `data-testid` of the number box; the slider gets `{testid}-range`
    /// and the message `{testid}-error`.
    #[prop_or_default]
    pub testid: AttrValue,
    /// A one-line hint shown under the control (and announced with it).
    #[prop_or_default]
    pub hint: AttrValue,
    /// Ids of other elements that describe this control (a group's hint).
    #[prop_or_default]
    pub describedby: AttrValue,
    /// Id of a group title read before the label ("Trust" + "Mean").
    #[prop_or_default]
    pub group_label_id: AttrValue,
    #[prop_or_default]
    pub scale: Scale,
    /// Upper end of the slider when it should cover less than the number
    /// box accepts: outside reach p is any share up to 1, yet real values
    /// lie below 0.1, where a 0..1 slider would be too coarse to drag.
    #[prop_or_default]
    pub slider_max: Option<f64>,
    /// Accept whole numbers only.
    #[prop_or_default]
    pub integer: bool,
    /// Show the slider (a seed has only a number box).
    #[prop_or(true)]
    pub slider: bool,
    #[prop_or_default]
    pub disabled: bool,
    /// Extra content after the number box (a "new seed" button).
    #[prop_or_default]
    pub children: Html,
}

/// Text being typed into the number box, remembered against the value it
/// was typed over so a change from elsewhere discards it.
#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    error: bool,
    over: f64,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let uid = use_uid();
    let draft = use_state(|| None::<Draft>);

    let tr = crate::i18n::use_tr();
    let (label_id, num_id, range_id, hint_id, err_id) = (
        format!("{uid}-label"),
        format!("{uid}-num"),
        format!("{uid}-range"),
        format!("{uid}-hint"),
        format!("{uid}-err"),
    );
    let value = props.value;
    let live = draft
        .as_ref()
        .filter(|d| d.over.to_bits() == value.to_bits());
    let text = live.map_or_else(|| format_number(value), |d| d.text.clone());
    let error = live.is_some_and(|d| d.error);

    let (min, max, integer) = (props.min, props.max, props.integer);
    let slider_max = props.slider_max.map_or(max, |m| m.clamp(min, max));
    let oninput_number = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            // A message already shown stays until the text becomes valid;
            // a new one waits for the commit, so typing is not nagged.
            let was_error = draft.as_ref().is_some_and(|d| d.error && d.over == value);
            let error = was_error && parse_number(&text, min, max, integer).is_none();
            draft.set(Some(Draft {
                text,
                error,
                over: value,
            }));
        })
    };
    let onchange_number = {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            // Text the browser cannot read as a number ("abc") reads as "",
            // so it is rejected like an empty box.
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_number(&text, min, max, integer) {
                Some(v) => {
                    draft.set(None);
                    on_change.emit(v);
                }
                None => draft.set(Some(Draft {
                    text,
                    error: true,
                    over: value,
                })),
            }
        })
    };
    let scale = props.scale;
    let oninput_range = {
        let draft = draft.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let pos = e
                .target_unchecked_into::<HtmlInputElement>()
                .value_as_number();
            if let Some(v) = from_position(pos, scale, min, slider_max, integer) {
                draft.set(None);
                on_change.emit(v);
            }
        })
    };

    let has_hint = !props.hint.is_empty();
    let describedby = [
        if has_hint { hint_id.as_str() } else { "" },
        props.describedby.as_str(),
        if error { err_id.as_str() } else { "" },
    ]
    .iter()
    .filter(|s| !s.is_empty())
    .copied()
    .collect::<Vec<_>>()
    .join(" ");
    let describedby = (!describedby.is_empty()).then_some(describedby);
    let labelledby = if props.group_label_id.is_empty() {
        label_id.clone()
    } else {
        format!("{} {label_id}", props.group_label_id)
    };
    let testid = |suffix: &str| {
        (!props.testid.is_empty()).then(|| AttrValue::from(format!("{}{suffix}", props.testid)))
    };
    let (pmin, pmax, pstep) = range_bounds(scale, min, slider_max, props.step);
    let pos = to_position(value, scale, min, slider_max);
    let message = if error {
        strings::out_of_range(&tr, min, max, integer)
    } else {
        String::new()
    };

    html! {
        <div class={classes!("ed-field", props.disabled.then_some("ed-field--disabled"))}>
            // With something beside the number box (the seed's "New seed"
            // button) the row may wrap, so the label keeps its words whole.
            <div class={classes!("ed-field__top", (props.children != Html::default()).then_some("ed-field__top--extra"))}>
                <label id={label_id} for={num_id.clone()} class="ed-field__label">{ &props.label }</label>
                <input type="number" id={num_id}
                    class={classes!("ed-field__number", (max >= 100_000.0).then_some("ed-field__number--wide"))}
                    aria-labelledby={labelledby.clone()}
                    aria-describedby={describedby.clone()}
                    aria-invalid={error.then_some("true")}
                    min={format_number(min)} max={format_number(max)}
                    step={if integer { "1".to_string() } else { format_number(props.step) }}
                    value={text}
                    disabled={props.disabled}
                    data-testid={testid("")}
                    oninput={oninput_number} onchange={onchange_number} />
                { props.children.clone() }
            </div>
            if props.slider {
                <input type="range" id={range_id} class="ed-field__range"
                    aria-labelledby={labelledby}
                    aria-describedby={describedby}
                    aria-valuetext={(scale == Scale::Log || value > slider_max).then(|| format_number(value))}
                    min={format_number(pmin)} max={format_number(pmax)} step={format_number(pstep)}
                    value={format_number(pos)}
                    disabled={props.disabled}
                    data-testid={testid("-range")}
                    oninput={oninput_range} />
            }
            if has_hint {
                <p id={hint_id} class="ed-field__hint">{ &props.hint }</p>
            }
            <p id={err_id} class="ed-field__error" aria-live="polite" data-testid={testid("-error")}>
                { message }
            </p>
        </div>
    }
}

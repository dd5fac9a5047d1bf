//! The screenshot strip editor: the store page's screenshots as cards, in
//! order, each showing what it does to value, clarity and trust and how
//! many people get that far.
//!
//! Reordering works three ways, all giving the same edit: dragging a card
//! (HTML5 drag and drop), the arrow keys on a focused card, and each
//! card's "earlier" / "later" buttons. After a keyboard move the focus
//! follows the card to its new place, so the keys can be pressed again,
//! and a polite live region says where it went.
//!
//! # Test ids
//!
//! `strip-{s}` (the editor, `s` = `a` or `b`), `strip-{s}-{i}` (card `i`
//! from 0, `data-kind`), `strip-{s}-{i}-reach` (`data-reach`: the share
//! who get that far), `strip-{s}-{i}-earlier`, `strip-{s}-{i}-later`,
//! `strip-{s}-{i}-remove`, `strip-{s}-kind` (select), `strip-{s}-add`,
//! `strip-{s}-status` (live region).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use worthit_engine::lab::candidate_kinds;
use worthit_engine::validate::MAX_SCREENSHOTS;
use worthit_engine::{Scenario, ScreenshotEffect};
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use super::state::Side;
use crate::editor::strings::screenshot_name;
use crate::i18n::use_tr;

pub use worthit_page_core::strip::{card_effect, moved, reach};

#[derive(Properties, PartialEq)]
pub struct StripProps {
    pub scenario: Rc<Scenario>,
    /// Receives the scenario with the changed strip.
    pub on_change: Callback<Scenario>,
    /// Which variant this strip belongs to (ids and labels).
    pub side: Side,
    /// Shown but not changeable (a locked embed).
    #[prop_or_default]
    pub locked: bool,
    /// The strips of A and B differ (compare mode marks it).
    #[prop_or_default]
    pub differs: bool,
}

#[function_component]
pub fn Strip(props: &StripProps) -> Html {
    let tr = use_tr();
    let side = props.side.id();
    let list_ref = use_node_ref();
    // The card being dragged and the card it hovers over.
    let dragging = use_state_eq(|| None::<usize>);
    let over = use_state_eq(|| None::<usize>);
    // What the live region says after a move.
    let said = use_state_eq(String::new);
    // The test id of the element to focus after the next render.
    let focus_next = use_mut_ref(|| None::<String>);
    let kinds = candidate_kinds(&props.scenario);
    let chosen = use_state(|| kinds.first().cloned().unwrap_or_default());
    // The card whose effects are open for editing (`super::effects`).
    let open_effects = use_state_eq(|| None::<usize>);

    {
        let list_ref = list_ref.clone();
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(testid) = focus_next.borrow_mut().take() {
                focus_in(&list_ref, &testid);
            }
        });
    }

    let strip = &props.scenario.product.screenshots;
    let n = strip.len();
    let full = n >= MAX_SCREENSHOTS;
    let reach = reach(&props.scenario);

    // Moves card `from` to `to`, announces it and, when `then` names an
    // element, focuses it after the re-render.
    let move_card = {
        let scenario = props.scenario.clone();
        let on_change = props.on_change.clone();
        let said = said.clone();
        let focus_next = focus_next.clone();
        let tr = tr.clone();
        let locked = props.locked;
        Rc::new(move |from: usize, to: usize, then: Option<String>| {
            let strip = &scenario.product.screenshots;
            if locked || from >= strip.len() || to >= strip.len() || from == to {
                return;
            }
            let mut next = (*scenario).clone();
            next.product.screenshots = moved(strip, from, to);
            let name = screenshot_name(&tr, &strip[from]);
            said.set(tr.t_args(
                "strip-moved",
                &[
                    ("name", FluentValue::from(name)),
                    ("position", FluentValue::from(to as u64 + 1)),
                    ("count", FluentValue::from(strip.len() as u64)),
                ],
            ));
            *focus_next.borrow_mut() = then;
            on_change.emit(next);
        })
    };

    let cards = strip.iter().enumerate().map(|(i, kind)| {
        let name = screenshot_name(&tr, kind);
        let card_id = format!("strip-{side}-{i}");
        let onkeydown = {
            let move_card = move_card.clone();
            let card_id = move |j: usize| format!("strip-{side}-{j}");
            let this = card_id(i);
            Callback::from(move |e: KeyboardEvent| {
                // Only the card itself: its buttons keep their own keys.
                // (Yew delegates events, so `current_target` is not the
                // card; its test id tells.)
                let on_card = e
                    .target_dyn_into::<web_sys::Element>()
                    .is_some_and(|t| t.get_attribute("data-testid").as_deref() == Some(this.as_str()));
                if !on_card || e.alt_key() || e.ctrl_key() || e.meta_key() {
                    return;
                }
                let to = match e.key().as_str() {
                    "ArrowUp" | "ArrowLeft" if i > 0 => i - 1,
                    "ArrowDown" | "ArrowRight" if i + 1 < n => i + 1,
                    "Home" if i > 0 => 0,
                    "End" if i + 1 < n => n - 1,
                    "ArrowUp" | "ArrowLeft" | "ArrowDown" | "ArrowRight" | "Home" | "End" => {
                        // At the end already: keep the page from scrolling.
                        e.prevent_default();
                        return;
                    }
                    _ => return,
                };
                e.prevent_default();
                move_card(i, to, Some(card_id(to)));
            })
        };
        let earlier = {
            let move_card = move_card.clone();
            Callback::from(move |_: MouseEvent| {
                // Focus follows the card; at the first place "earlier" is
                // disabled, so its "later" button takes the focus.
                let then = if i > 1 {
                    format!("strip-{side}-{}-earlier", i - 1)
                } else {
                    format!("strip-{side}-0-later")
                };
                move_card(i, i.saturating_sub(1), Some(then));
            })
        };
        let later = {
            let move_card = move_card.clone();
            Callback::from(move |_: MouseEvent| {
                let then = if i + 2 < n {
                    format!("strip-{side}-{}-later", i + 1)
                } else {
                    format!("strip-{side}-{}-earlier", i + 1)
                };
                move_card(i, i + 1, Some(then));
            })
        };
        let remove = {
            let scenario = props.scenario.clone();
            let on_change = props.on_change.clone();
            let focus_next = focus_next.clone();
            let locked = props.locked;
            Callback::from(move |_: MouseEvent| {
                if locked || i >= scenario.product.screenshots.len() {
                    return;
                }
                let mut next = (*scenario).clone();
                next.product.screenshots.remove(i);
                // The focus goes to the card that takes this place, or to
                // the add button when the strip is empty.
                let left = next.product.screenshots.len();
                *focus_next.borrow_mut() = Some(if left == 0 {
                    format!("strip-{side}-add")
                } else {
                    format!("strip-{side}-{}", i.min(left - 1))
                });
                on_change.emit(next);
            })
        };

        // Drag and drop.
        let ondragstart = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                if let Some(dt) = e.data_transfer() {
                    let _ = dt.set_data("text/plain", &i.to_string());
                    dt.set_effect_allowed("move");
                }
                dragging.set(Some(i));
            })
        };
        let ondragover = {
            let dragging = dragging.clone();
            let over = over.clone();
            Callback::from(move |e: DragEvent| {
                if dragging.is_some() {
                    // Allows the drop; the page's own handler (files) is
                    // not concerned.
                    e.prevent_default();
                    e.stop_propagation();
                    over.set(Some(i));
                }
            })
        };
        let ondrop = {
            let dragging = dragging.clone();
            let over = over.clone();
            let move_card = move_card.clone();
            Callback::from(move |e: DragEvent| {
                let Some(from) = *dragging else {
                    return;
                };
                e.prevent_default();
                e.stop_propagation();
                dragging.set(None);
                over.set(None);
                move_card(from, i, None);
            })
        };
        let ondragend = {
            let dragging = dragging.clone();
            let over = over.clone();
            Callback::from(move |_: DragEvent| {
                dragging.set(None);
                over.set(None);
            })
        };

        let effect = card_effect(&props.scenario, i);
        let toggle_effects = {
            let open_effects = open_effects.clone();
            Callback::from(move |_: MouseEvent| {
                open_effects.set(if *open_effects == Some(i) { None } else { Some(i) })
            })
        };
        let share = reach.get(i).copied().unwrap_or(0.0);
        let reach_text = tr.t_args(
            "strip-reach",
            &[("share", FluentValue::from(tr.numbers().percent(share, 0)))],
        );
        let label = tr.t_args(
            "strip-card-label",
            &[
                ("position", FluentValue::from(i as u64 + 1)),
                ("count", FluentValue::from(n as u64)),
                ("name", FluentValue::from(name.clone())),
            ],
        );
        let class = classes!(
            "strip-card",
            (*dragging == Some(i)).then_some("is-dragging"),
            (*over == Some(i) && *dragging != Some(i)).then_some("is-over"),
        );
        html! {
            <li
                {class}
                tabindex="0"
                draggable={(!props.locked).to_string()}
                aria-label={label}
                aria-describedby={format!("{card_id}-effects {card_id}-reach-text strip-{side}-hint")}
                data-testid={card_id.clone()}
                data-kind={kind.clone()}
                {onkeydown} {ondragstart} {ondragover} {ondrop} {ondragend}
            >
                <span class="strip-grip" aria-hidden="true">{ "⠿" }</span>
                <span class="strip-pos" aria-hidden="true">{ i + 1 }</span>
                <span class="strip-name">{ name.clone() }</span>
                { effects_view(&tr, effect, format!("{card_id}-effects"), toggle_effects, *open_effects == Some(i)) }
                if *open_effects == Some(i) {
                    <super::effects::EffectsEditor scenario={props.scenario.clone()} kind={kind.clone()}
                        card={card_id.clone()} on_change={props.on_change.clone()} locked={props.locked} />
                }
                <div class="strip-reach" data-testid={format!("{card_id}-reach")}
                    data-reach={format!("{share:.4}")}>
                    <span class="strip-reach-bar" aria-hidden="true">
                        <span class={crate::bar_size::width(share * 100.0)}></span>
                    </span>
                    <span id={format!("{card_id}-reach-text")}>{ reach_text }</span>
                </div>
                <div class="strip-actions">
                    <button type="button" class="ed-icon" onclick={earlier}
                        aria-label={tr.t_args("strip-earlier", &[("name", FluentValue::from(name.clone())), ("position", FluentValue::from(i as u64 + 1))])}
                        disabled={props.locked || i == 0}
                        data-testid={format!("{card_id}-earlier")}>{ "↑" }</button>
                    <button type="button" class="ed-icon" onclick={later}
                        aria-label={tr.t_args("strip-later", &[("name", FluentValue::from(name.clone())), ("position", FluentValue::from(i as u64 + 1))])}
                        disabled={props.locked || i + 1 == n}
                        data-testid={format!("{card_id}-later")}>{ "↓" }</button>
                    <button type="button" class="ed-icon ed-icon--remove" onclick={remove}
                        aria-label={tr.t_args("strip-remove", &[("name", FluentValue::from(name.clone())), ("position", FluentValue::from(i as u64 + 1))])}
                        disabled={props.locked}
                        data-testid={format!("{card_id}-remove")}>{ "✕" }</button>
                </div>
            </li>
        }
    });

    let on_select = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            chosen.set(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let on_add = {
        let scenario = props.scenario.clone();
        let on_change = props.on_change.clone();
        let kind = (*chosen).clone();
        let said = said.clone();
        let tr = tr.clone();
        Callback::from(move |_: MouseEvent| {
            if scenario.product.screenshots.len() >= MAX_SCREENSHOTS {
                return;
            }
            let mut next = (*scenario).clone();
            next.product.screenshots.push(kind.clone());
            said.set(tr.t_args(
                "strip-added",
                &[
                    ("name", FluentValue::from(screenshot_name(&tr, &kind))),
                    (
                        "position",
                        FluentValue::from(next.product.screenshots.len() as u64),
                    ),
                ],
            ));
            on_change.emit(next);
        })
    };

    let title_id = format!("strip-{side}-title");
    let select_id = format!("strip-{side}-kind-select");
    html! {
        <section class={classes!("strip", props.differs.then_some("differs"))}
            data-testid={format!("strip-{side}")} data-differs={props.differs.to_string()}
            aria-labelledby={title_id.clone()}>
            <h3 class="strip-title" id={title_id}>
                { tr.t_args("strip-title", &[("variant", FluentValue::from(props.side.name()))]) }
            </h3>
            <p class="strip-hint" id={format!("strip-{side}-hint")}>{ tr.t("strip-hint") }</p>
            if n == 0 {
                <p class="strip-empty">{ tr.t("strip-empty") }</p>
            }
            <ol class="strip-list" ref={list_ref}>
                { for cards }
            </ol>
            <div class="strip-add">
                <label for={select_id.clone()}>{ tr.t("strip-add-label") }</label>
                <div class="strip-add-row">
                    <select id={select_id} data-testid={format!("strip-{side}-kind")}
                        onchange={on_select} disabled={props.locked || full}>
                        { for kinds.iter().map(|k| html! {
                            <option value={k.clone()} selected={*k == *chosen}>{ screenshot_name(&tr, k) }</option>
                        }) }
                    </select>
                    <button type="button" class="button button-small" onclick={on_add}
                        disabled={props.locked || full} data-testid={format!("strip-{side}-add")}>
                        { tr.t("strip-add") }
                    </button>
                </div>
                if full {
                    <p class="strip-note">{ tr.t("strip-full") }</p>
                }
            </div>
            <p class="visually-hidden" role="status" aria-live="polite"
                data-testid={format!("strip-{side}-status")}>{ (*said).clone() }</p>
        </section>
    }
}

/// A card's three effects, each with its sign and a word, so the meaning
/// never rests on colour alone. `weight` < 1 marks a repeat. The chips are
/// one button that opens the kind's effects for editing
/// (`super::effects`).
fn effects_view(
    tr: &Translator,
    effect: Option<(ScreenshotEffect, f64)>,
    id: String,
    on_toggle: Callback<MouseEvent>,
    open: bool,
) -> Html {
    let Some((e, weight)) = effect else {
        return html! { <p class="strip-effects" {id}>{ tr.t("strip-unknown-kind") }</p> };
    };
    let nf = tr.numbers();
    // Good for adoption: more value, a clearer (smaller) spread, less doubt.
    let tone = |good: bool, zero: bool| {
        if zero {
            "is-neutral"
        } else if good {
            "is-good"
        } else {
            "is-bad"
        }
    };
    let value = tr.t_args(
        "strip-effect-value",
        &[("value", FluentValue::from(nf.signed(e.value, 1)))],
    );
    // Clarity as the change in sharpness: a spread multiplied by 0.7 is
    // 30% clearer, by 1.15 is 15% vaguer.
    let clarity = tr.t_args(
        "strip-effect-clarity",
        &[(
            "change",
            FluentValue::from(nf.signed((1.0 - e.clarity) * 100.0, 0)),
        )],
    );
    let trust = tr.t_args(
        "strip-effect-trust",
        &[("value", FluentValue::from(nf.signed(e.trust, 2)))],
    );
    html! {
        <button type="button" class="strip-effects strip-effects-button" id={id.clone()} data-testid={id}
            aria-expanded={open.to_string()} title={tr.t("effects-edit")} onclick={on_toggle}>
            <span class="visually-hidden">{ tr.t("effects-edit") }{ ": " }</span>
            <span class={classes!("strip-effect", tone(e.value > 0.0, e.value == 0.0))}>{ value }</span>
            <span class={classes!("strip-effect", tone(e.clarity < 1.0, e.clarity == 1.0))}>{ clarity }</span>
            <span class={classes!("strip-effect", tone(e.trust < 0.0, e.trust == 0.0))}>{ trust }</span>
            if weight < 1.0 {
                <span class="strip-effect strip-repeat">
                    { tr.t_args("strip-repeat", &[("weight", FluentValue::from(format!("1/{}", (1.0 / weight).round() as u64)))]) }
                </span>
            }
            <span class="strip-effects-pen" aria-hidden="true">{ "✎" }</span>
        </button>
    }
}

/// Focuses the element with `testid` inside the strip.
fn focus_in(list: &NodeRef, testid: &str) {
    let Some(list) = list.cast::<web_sys::Element>() else {
        return;
    };
    // The add button sits outside the list, in the same section.
    let scope = list.parent_element().unwrap_or(list);
    if let Ok(Some(el)) = scope.query_selector(&format!("[data-testid=\"{testid}\"]")) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

//! Screenshots: the store page's ordered list of screenshot kinds. A simple
//! list editor (add, remove, move up and down); issue 5 builds a richer
//! strip with drag and per-card effects.

use wasm_bindgen::JsCast;
use worthit_engine::BUILTIN_SCREENSHOT_KINDS;
use worthit_engine::validate::MAX_SCREENSHOTS;
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::use_uid;
use crate::editor::strings;

#[component]
pub fn ScreenshotsGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let uid = use_uid();
    let select_id = format!("{uid}-kind");
    let hint_id = format!("{uid}-hint");
    let list_ref = use_node_ref();
    let chosen = use_state(|| BUILTIN_SCREENSHOT_KINDS[0].to_string());
    let shots = &ctx.scenario.product.screenshots;
    let locked = ctx.is_locked("product.screenshots");
    let full = shots.len() >= MAX_SCREENSHOTS;

    // Kinds defined by the scenario's own effects table can be added too.
    let mut kinds: Vec<String> = BUILTIN_SCREENSHOT_KINDS
        .iter()
        .map(|k| k.to_string())
        .collect();
    for k in ctx.scenario.product.screenshot_effects.keys() {
        if !kinds.contains(k) {
            kinds.push(k.clone());
        }
    }

    // After a move, focus goes to the same button at the item's new place,
    // so a keyboard user can keep pressing it. List items are not keyed, so
    // the buttons at each position survive the re-render.
    let focus = {
        let list_ref = list_ref.clone();
        move |testid: String| {
            if let Some(list) = list_ref.cast::<web_sys::Element>()
                && let Ok(Some(el)) = list.query_selector(&format!("[data-testid=\"{testid}\"]"))
                && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
        }
    };

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
        let kind = (*chosen).clone();
        ctx.click(move |s| {
            if s.product.screenshots.len() < MAX_SCREENSHOTS {
                s.product.screenshots.push(kind.clone());
            }
        })
    };
    let n = shots.len();

    html! {
        <fieldset class="ed-group" data-testid="group-screenshots">
            <legend>{ tr.t("editor-group-screenshots") }</legend>
            <p class="ed-group__hint" id={hint_id}>{ tr.t("editor-screenshots-hint") }</p>
            if shots.is_empty() {
                <p class="ed-note">{ tr.t("editor-screenshots-empty") }</p>
            }
            <ol class="ed-shots" ref={list_ref}>
                { for shots.iter().enumerate().map(|(i, kind)| {
                    let name = strings::screenshot_name(&tr, kind);
                    let up = {
                        let focus = focus.clone();
                        let ctx = ctx.clone();
                        Callback::from(move |_: MouseEvent| {
                            ctx.apply(|s| if i > 0 && i < s.product.screenshots.len() {
                                s.product.screenshots.swap(i - 1, i);
                            });
                            let target = if i > 1 { format!("screenshot-{}-up", i - 1) } else { "screenshot-0-down".into() };
                            focus(target);
                        })
                    };
                    let down = {
                        let focus = focus.clone();
                        let ctx = ctx.clone();
                        Callback::from(move |_: MouseEvent| {
                            ctx.apply(|s| if i + 1 < s.product.screenshots.len() {
                                s.product.screenshots.swap(i, i + 1);
                            });
                            let target = if i + 2 < n { format!("screenshot-{}-down", i + 1) } else { format!("screenshot-{}-up", i + 1) };
                            focus(target);
                        })
                    };
                    let remove = ctx.click(move |s| if i < s.product.screenshots.len() {
                        s.product.screenshots.remove(i);
                    });
                    html! {
                        <li class="ed-shot" data-testid={format!("screenshot-{i}")} data-kind={kind.clone()}>
                            <span class="ed-shot__name">{ name.clone() }</span>
                            <button type="button" class="ed-icon" onclick={up}
                                aria-label={strings::move_up(&tr, &name, i + 1)} disabled={locked || i == 0}
                                data-testid={format!("screenshot-{i}-up")}>{ "↑" }</button>
                            <button type="button" class="ed-icon" onclick={down}
                                aria-label={strings::move_down(&tr, &name, i + 1)} disabled={locked || i + 1 == n}
                                data-testid={format!("screenshot-{i}-down")}>{ "↓" }</button>
                            <button type="button" class="ed-icon ed-icon--remove" onclick={remove}
                                aria-label={strings::remove_item(&tr, &name)} disabled={locked}
                                data-testid={format!("screenshot-{i}-remove")}>{ "✕" }</button>
                        </li>
                    }
                }) }
            </ol>
            <div class="ed-add">
                <label for={select_id.clone()}>{ tr.t("editor-screenshot-add-label") }</label>
                <div class="ed-add__row">
                    <select id={select_id} data-testid="screenshot-kind" onchange={on_select}
                        disabled={locked || full}>
                        { for kinds.iter().map(|k| html! {
                            <option value={k.clone()} selected={*k == *chosen}>{ strings::screenshot_name(&tr, k) }</option>
                        }) }
                    </select>
                    <button type="button" class="ed-button" onclick={on_add}
                        disabled={locked || full} data-testid="add-screenshot">
                        { tr.t("editor-screenshot-add") }
                    </button>
                </div>
                if full {
                    <p class="ed-note">{ tr.t("editor-screenshots-full") }</p>
                }
            </div>
        </fieldset>
    }
}

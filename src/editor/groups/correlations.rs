//! How perceptions go together (issue 13): the scenario's `correlations`
//! as sentences people use ("People who distrust it also worry about
//! safety: strongly / a little / not at all / the opposite"), each with
//! the exact number beside it, plus adding and removing pairs among the
//! quantities the product has. The words ↔ numbers mapping and the pairs
//! that can be added are `worthit_view::correlation` (tested natively).
//!
//! An edit the engine refuses (a set of correlations no population can
//! have) is not applied: the engine's message shows at the row that was
//! changed and the last good scenario stays, results and all.

use worthit_engine::{Correlation, Endpoint, Problem};
use worthit_i18n::{FluentValue, Translator};
use worthit_view::correlation::{Strength, addable_pairs, endpoint_key};
use yew::prelude::*;

use super::GroupProps;
use crate::editor::field::{NumberField, use_uid};

/// Where a refused edit's message shows: at a row, or at the add form.
#[derive(Clone, PartialEq)]
enum At {
    Row(usize),
    Add,
}

/// The rho a new pair starts with: "a little", a mild tendency that is
/// possible next to almost any other set.
const NEW_RHO: f64 = 0.3;

#[component]
pub fn CorrelationsGroup(props: &GroupProps) -> Html {
    let ctx = &props.ctx;
    let tr = ctx.tr.clone();
    let uid = use_uid();
    let refused = use_state(|| None::<(At, String)>);
    let chosen = use_state(|| 0usize);
    let scenario = &ctx.scenario;
    let list = &scenario.correlations;
    let locked = ctx.is_locked("correlations");
    let pairs = addable_pairs(scenario);
    let chosen_pair = pairs.get(*chosen).or(pairs.first()).copied();

    // A message belongs to the list it was refused against: any change of
    // the list (from here or elsewhere) clears it.
    {
        let refused = refused.clone();
        use_effect_with(list.clone(), move |_| refused.set(None));
    }

    // Applies an edit, or shows why the engine refuses it at `at`.
    let edit = {
        let ctx = ctx.clone();
        let refused = refused.clone();
        let tr = tr.clone();
        move |at: At, f: Box<dyn FnOnce(&mut worthit_engine::Scenario)>| match ctx.apply_checked(f)
        {
            Ok(()) => refused.set(None),
            Err(problems) => refused.set(Some((at, refusal(&tr, &problems)))),
        }
    };

    let on_add = {
        let edit = edit.clone();
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((a, b)) = chosen_pair {
                chosen.set(0);
                edit(
                    At::Add,
                    Box::new(move |s: &mut worthit_engine::Scenario| {
                        s.correlations.push(Correlation { a, b, rho: NEW_RHO });
                    }),
                );
            }
        })
    };
    let on_pick = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            chosen.set(v.parse().unwrap_or(0));
        })
    };
    let message_at = |at: &At| {
        refused
            .as_ref()
            .filter(|(where_, _)| where_ == at)
            .map(|(_, m)| m.clone())
            .unwrap_or_default()
    };
    let hint_id = format!("{uid}-hint");
    let add_id = format!("{uid}-add");
    let add_error = message_at(&At::Add);

    html! {
        <fieldset class="ed-group" data-testid="group-correlations">
            <legend>{ tr.t("editor-group-correlations") }</legend>
            <p class="ed-group__hint" id={hint_id.clone()}>{ tr.t("editor-correlations-hint") }</p>
            if list.is_empty() {
                <p class="ed-note" data-testid="correlations-empty">{ tr.t("editor-correlations-empty") }</p>
            }
            <ul class="ed-corrs">
                { for list.iter().enumerate().map(|(i, c)| {
                    let c = *c;
                    let sentence_id = format!("{uid}-{i}-sentence");
                    let word = Strength::describe(c.rho);
                    let on_word = {
                        let edit = edit.clone();
                        Callback::from(move |e: Event| {
                            let key = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                            if let Some(s) = Strength::from_key(&key) {
                                edit(At::Row(i), Box::new(move |sc: &mut worthit_engine::Scenario| {
                                    if let Some(c) = sc.correlations.get_mut(i) {
                                        c.rho = s.rho();
                                    }
                                }));
                            }
                        })
                    };
                    let on_rho = {
                        let edit = edit.clone();
                        Callback::from(move |rho: f64| {
                            edit(At::Row(i), Box::new(move |sc: &mut worthit_engine::Scenario| {
                                if let Some(c) = sc.correlations.get_mut(i) {
                                    c.rho = rho;
                                }
                            }));
                        })
                    };
                    let on_remove = {
                        let edit = edit.clone();
                        Callback::from(move |_: MouseEvent| {
                            edit(At::Row(i), Box::new(move |sc: &mut worthit_engine::Scenario| {
                                if i < sc.correlations.len() {
                                    sc.correlations.remove(i);
                                }
                            }));
                        })
                    };
                    let pair = pair_name(&tr, c.a, c.b);
                    let message = message_at(&At::Row(i));
                    let error_id = format!("{uid}-{i}-error");
                    html! {
                        <li class="ed-corr" data-testid={format!("corr-{i}")}
                            data-a={endpoint_key(c.a)} data-b={endpoint_key(c.b)}>
                            <p class="ed-corr__sentence" id={sentence_id.clone()}>{ sentence(&tr, c.a, c.b) }</p>
                            <div class="ed-corr__row">
                                <select class="ed-corr__words" aria-labelledby={sentence_id}
                                    aria-describedby={(!message.is_empty()).then(|| error_id.clone())}
                                    data-testid={format!("corr-{i}-words")} onchange={on_word}
                                    disabled={locked}>
                                    { for Strength::ALL.into_iter().map(|s| html! {
                                        <option value={s.key()} selected={s == word}>
                                            { strength_name(&tr, s, s == word && !s.is_exact(c.rho)) }
                                        </option>
                                    }) }
                                </select>
                                <div class="ed-corr__rho">
                                    <NumberField label={AttrValue::from(tr.t("editor-corr-rho"))}
                                        value={c.rho} min={-1.0} max={1.0} step={0.05}
                                        slider={false} disabled={locked}
                                        testid={format!("corr-{i}-rho")} on_change={on_rho} />
                                </div>
                                <button type="button" class="ed-icon ed-icon--remove" onclick={on_remove}
                                    aria-label={tr.t_args("editor-corr-remove", &[("pair", FluentValue::from(pair))])}
                                    disabled={locked} data-testid={format!("corr-{i}-remove")}>{ "✕" }</button>
                            </div>
                            <p id={error_id} class="ed-field__error" aria-live="polite"
                                data-testid={format!("corr-{i}-error")}>{ message }</p>
                        </li>
                    }
                }) }
            </ul>
            <div class="ed-add">
                if pairs.is_empty() {
                    <p class="ed-note">{ tr.t("editor-corr-none-left") }</p>
                } else {
                    <label for={add_id.clone()}>{ tr.t("editor-corr-add-label") }</label>
                    <div class="ed-add__row">
                        <select id={add_id} data-testid="corr-pair" onchange={on_pick} disabled={locked}>
                            { for pairs.iter().enumerate().map(|(n, (a, b))| html! {
                                <option value={n.to_string()} selected={Some((*a, *b)) == chosen_pair}
                                    data-pair={format!("{}-{}", endpoint_key(*a), endpoint_key(*b))}>
                                    { pair_name(&tr, *a, *b) }
                                </option>
                            }) }
                        </select>
                        <button type="button" class="ed-button" onclick={on_add}
                            disabled={locked} data-testid="add-correlation">
                            { tr.t("editor-corr-add") }
                        </button>
                    </div>
                }
                <p class="ed-field__error" aria-live="polite" data-testid="corr-add-error">{ add_error }</p>
            </div>
        </fieldset>
    }
}

/// The engine's reasons, one line each, as the page words a problem.
fn refusal(tr: &Translator, problems: &[Problem]) -> String {
    let lines: Vec<String> = problems
        .iter()
        .map(|p| worthit_i18n::problem_line(tr, p))
        .collect();
    tr.t_args(
        "editor-corr-refused",
        &[("message", FluentValue::from(lines.join(" ")))],
    )
}

/// "People who distrust it also worry about safety:".
fn sentence(tr: &Translator, a: Endpoint, b: Endpoint) -> String {
    tr.t_args(
        "editor-corr-sentence",
        &[
            ("who", FluentValue::from(who(tr, a))),
            ("also", FluentValue::from(also(tr, b))),
        ],
    )
}

/// "value ↔ trust cost".
fn pair_name(tr: &Translator, a: Endpoint, b: Endpoint) -> String {
    let labels = tr.labels();
    tr.t_args(
        "editor-corr-pair",
        &[
            ("a", FluentValue::from(labels.quantity_name(a))),
            ("b", FluentValue::from(labels.quantity_name(b))),
        ],
    )
}

/// A word of the choice; `approx` when it only approximates the number.
fn strength_name(tr: &Translator, s: Strength, approx: bool) -> String {
    let word = match s {
        Strength::Strongly => tr.t("editor-corr-strongly"),
        Strength::ALittle => tr.t("editor-corr-a-little"),
        Strength::NotAtAll => tr.t("editor-corr-not-at-all"),
        Strength::Opposite => tr.t("editor-corr-opposite"),
    };
    if approx {
        tr.t_args("editor-corr-about", &[("word", FluentValue::from(word))])
    } else {
        word
    }
}

/// The people a sentence starts with ("distrust it").
fn who(tr: &Translator, e: Endpoint) -> String {
    match e {
        Endpoint::Value => tr.t("editor-corr-who-value"),
        Endpoint::Money => tr.t("editor-corr-who-money"),
        Endpoint::Time => tr.t("editor-corr-who-time"),
        Endpoint::Learning => tr.t("editor-corr-who-learning"),
        Endpoint::Trust => tr.t("editor-corr-who-trust"),
        Endpoint::Emotional => tr.t("editor-corr-who-emotional"),
        Endpoint::Safety => tr.t("editor-corr-who-safety"),
        Endpoint::Experience => tr.t("editor-corr-who-experience"),
    }
}

/// What they also do ("worry about safety").
fn also(tr: &Translator, e: Endpoint) -> String {
    match e {
        Endpoint::Value => tr.t("editor-corr-also-value"),
        Endpoint::Money => tr.t("editor-corr-also-money"),
        Endpoint::Time => tr.t("editor-corr-also-time"),
        Endpoint::Learning => tr.t("editor-corr-also-learning"),
        Endpoint::Trust => tr.t("editor-corr-also-trust"),
        Endpoint::Emotional => tr.t("editor-corr-also-emotional"),
        Endpoint::Safety => tr.t("editor-corr-also-safety"),
        Endpoint::Experience => tr.t("editor-corr-also-experience"),
    }
}

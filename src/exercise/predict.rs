//! Predict, then reveal, then score (issue 16): before any result shows,
//! the student enters an estimate and locks it; then the result is
//! revealed and the estimate scored by the engine's one rule
//! (`worthit_engine::predict`: the error in points, whether it fell inside
//! the 95% interval, a score from 0 to 1; right or wrong for the winner).
//!
//! Asked for by the exercise (`exercise.predict`) or by the link
//! (`?predict=1`, `?predict=lift`, `?predict=winner`); which one the page
//! asks in each mode is `worthit_page_core::predict::spec`: the adoption
//! share in single mode, the lift (B − A, in points) or the winner in
//! compare mode. While the answer is hidden the page shows no number of
//! the results (single mode: the results column, the exercise's "Now …"
//! line and the result pill; compare mode: the verdict's numbers, the
//! charts and the cards that compute adoption) and every control is
//! locked, so the prediction is about the scenario as given.
//!
//! # Test ids
//!
//! `predict` (the card, `data-step="asking|locked|revealed"`,
//! `data-metric`), `predict-input` (a number), `predict-choice-a` /
//! `predict-choice-b` (the winner's radio buttons), `predict-lock`,
//! `predict-error` (an unusable entry), `predict-announce` (the live
//! region with the revealed text), `predict-score` (`data-score`,
//! `data-inside` for a number, `data-right` for the winner).

use std::rc::Rc;

use serde_json::Value;
use worthit_engine::predict::{
    NumberScore, Observed, Variant, WinnerScore, score_number, score_winner,
};
use worthit_engine::{CompareResults, Predict, PredictMetric, Results, Scenario};
use worthit_i18n::{FluentValue, Translator};
use worthit_page_core::predict::{self as rules, Asked};
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::AppState;

/// The student's locked estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Guess {
    /// A share (adoption share) or a share difference (lift).
    Number(f64),
    /// The variant predicted to win.
    Winner(Variant),
}

/// A revealed, scored estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scored {
    Number(NumberScore),
    Winner(WinnerScore),
}

impl Scored {
    /// The score, 0 to 1.
    pub fn score(&self) -> f64 {
        match self {
            Scored::Number(s) => s.score,
            Scored::Winner(s) => s.score,
        }
    }
}

/// Where the student is.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The answer is hidden; the estimate is being entered.
    Asking,
    /// The estimate is locked; the result is on its way.
    Locked(Guess),
    /// Revealed and scored.
    Revealed(Scored),
}

/// What the page asks for in this mode (see the module's text), or
/// `None`: no prediction.
pub fn spec(scenario: &Scenario, asked: Option<Asked>, compare: bool) -> Option<Predict> {
    let exercise = scenario.exercise.as_ref().and_then(|e| e.predict.as_ref());
    rules::spec(exercise, asked, compare)
}

/// Scores an adoption share estimate against single mode's `results`.
pub fn reveal(spec: &Predict, guess: Guess, results: &Results) -> Option<Scored> {
    match (spec.metric, guess) {
        (PredictMetric::AdoptionShare, Guess::Number(p)) => Some(Scored::Number(score_number(
            p,
            Observed::share(results),
            spec.tolerance(),
        ))),
        _ => None,
    }
}

/// Scores a lift or winner estimate against compare mode's results.
pub fn reveal_compare(spec: &Predict, guess: Guess, results: &CompareResults) -> Option<Scored> {
    let k = &results.comparison;
    match (spec.metric, guess) {
        (PredictMetric::Lift, Guess::Number(p)) => Some(Scored::Number(score_number(
            p,
            Observed::lift(k),
            spec.tolerance(),
        ))),
        (PredictMetric::Winner, Guess::Winner(v)) => Some(Scored::Winner(score_winner(v, k.lift))),
        _ => None,
    }
}

/// The prediction as the host message and the xAPI statement carry it
/// (`docs/embedding.md`).
pub fn report(spec: &Predict, scored: &Scored) -> Value {
    match scored {
        Scored::Number(s) => rules::number_report(spec, s),
        Scored::Winner(s) => rules::winner_report(s),
    }
}

/// The estimate typed as a percentage (`45`, `45.5`, `45,5`) as a share,
/// or `None` when it is not a number from 0 to 100.
pub fn parse_percent(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    (value.is_finite() && (0.0..=100.0).contains(&value)).then_some(value / 100.0)
}

/// A selector's key, not a word: each language words it in its message.
fn yes_no(yes: bool) -> &'static str {
    if yes { "yes" } else { "no" }
}

/// The revealed result in one paragraph, for the live region: what came
/// out, the prediction, its error, inside the interval or not, the score.
pub fn announcement(tr: &Translator, spec: &Predict, scored: &Scored) -> String {
    let n = tr.numbers();
    match scored {
        Scored::Number(score) => {
            let lift = spec.metric == PredictMetric::Lift;
            let (actual, interval, predicted) = if lift {
                (
                    n.points(score.actual, 1),
                    n.points_range(score.ci95[0], score.ci95[1], 1),
                    n.points(score.predicted, 1),
                )
            } else {
                (
                    n.percent(score.actual, 1),
                    n.percent_range(score.ci95[0], score.ci95[1], 1),
                    n.percent(score.predicted, 1),
                )
            };
            let args = [
                ("actual", FluentValue::from(actual)),
                ("interval", FluentValue::from(interval)),
                ("predicted", FluentValue::from(predicted)),
                (
                    "error",
                    FluentValue::from(n.points(score.error_points / 100.0, 1)),
                ),
                ("inside", FluentValue::from(yes_no(score.inside_ci95))),
                ("score", FluentValue::from(n.number(score.score, 2))),
            ];
            if lift {
                tr.t_args("predict-revealed-lift", &args)
            } else {
                tr.t_args("predict-revealed", &args)
            }
        }
        Scored::Winner(score) => tr.t_args(
            "predict-revealed-winner",
            &[
                (
                    "actual",
                    FluentValue::from(score.actual.map_or("tie", rules::variant_name)),
                ),
                (
                    "predicted",
                    FluentValue::from(rules::variant_name(score.predicted)),
                ),
                ("right", FluentValue::from(yes_no(score.score == 1.0))),
                ("score", FluentValue::from(n.number(score.score, 2))),
            ],
        ),
    }
}

/// The page's prediction: what is asked, where the student is, and
/// whether the answer is hidden.
#[derive(Clone, PartialEq)]
pub struct Handle {
    pub spec: Option<Predict>,
    pub step: UseStateHandle<Step>,
}

impl Handle {
    /// The answer is hidden: no number of the results may show.
    pub fn hiding(&self) -> bool {
        self.spec.is_some() && !matches!(*self.step, Step::Revealed(_))
    }

    /// The scored prediction once revealed, as the host is told it.
    pub fn report(&self) -> Option<Value> {
        match (&self.spec, &*self.step) {
            (Some(spec), Step::Revealed(scored)) => Some(report(spec, scored)),
            _ => None,
        }
    }
}

/// The prediction's state for the page. A new exercise, or a switch
/// between single and compare mode, asks again; in single mode a locked
/// estimate is revealed as soon as the current scenario's answer is in
/// (the what-ifs need not be); in compare mode the verdict reveals it
/// ([`use_compare_reveal`]).
#[hook]
pub fn use_predict(
    state: &UseReducerHandle<AppState>,
    asked: Option<Asked>,
    compare: bool,
) -> Handle {
    let spec = spec(&state.scenario, asked, compare);
    let step = use_state_eq(|| Step::Asking);
    {
        let step = step.clone();
        let metric = spec.as_ref().map(|s| s.metric);
        use_effect_with(
            (state.scenario.exercise.clone(), metric, compare),
            move |_| step.set(Step::Asking),
        );
    }
    {
        let step = step.clone();
        let spec = spec.clone();
        let current = state
            .shown
            .as_ref()
            .filter(|s| s.id == state.revision && !compare)
            .map(|s| s.results.clone());
        let key = ((*step).clone(), current.as_ref().map(|_| state.revision));
        use_effect_with(key, move |(now, _)| {
            if let (Step::Locked(guess), Some(results), Some(spec)) = (now, current, spec)
                && let Some(scored) = reveal(&spec, *guess, &results)
            {
                step.set(Step::Revealed(scored));
            }
        });
    }
    Handle { spec, step }
}

/// Compare mode's reveal: once the comparison of the variants on screen
/// is done (`done`, not stale), a locked estimate is scored against it.
#[hook]
pub fn use_compare_reveal(handle: Option<Handle>, results: Option<Rc<CompareResults>>, done: bool) {
    let step = handle.as_ref().map(|h| (*h.step).clone());
    let key = (step, done && results.is_some());
    use_effect_with(key, move |(now, ready)| {
        if let (Some(Step::Locked(guess)), true, Some(handle), Some(results)) =
            (now, *ready, handle, results)
            && let Some(spec) = &handle.spec
            && let Some(scored) = reveal_compare(spec, *guess, &results)
        {
            handle.step.set(Step::Revealed(scored));
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct PredictPanelProps {
    pub handle: Handle,
}

/// The words of the question for each metric: message keys.
struct Words {
    question: &'static str,
    label: &'static str,
    unit: &'static str,
    help: &'static str,
    invalid: &'static str,
}

fn words(metric: PredictMetric) -> Words {
    match metric {
        PredictMetric::AdoptionShare => Words {
            question: "predict-question",
            label: "predict-label",
            unit: "predict-unit",
            help: "predict-help",
            invalid: "predict-invalid",
        },
        PredictMetric::Lift => Words {
            question: "predict-lift-question",
            label: "predict-lift-label",
            unit: "predict-lift-unit",
            help: "predict-lift-help",
            invalid: "predict-lift-invalid",
        },
        PredictMetric::Winner => Words {
            question: "predict-winner-question",
            label: "predict-winner-label",
            unit: "",
            help: "predict-winner-help",
            invalid: "predict-winner-invalid",
        },
    }
}

/// The card: the question with its input (a number box, or A and B as
/// radio buttons for the winner) while asking, then the revealed result
/// and score.
#[component]
pub fn PredictPanel(props: &PredictPanelProps) -> Html {
    let tr = use_tr();
    let text = use_state(String::new);
    let choice = use_state_eq(|| None::<Variant>);
    let invalid = use_state_eq(|| false);
    let result_ref = use_node_ref();
    let step = props.handle.step.clone();

    // The reveal takes focus to its heading (the student's own action
    // caused it; the lock button is gone), while the live region speaks.
    {
        let result_ref = result_ref.clone();
        let revealed = matches!(*step, Step::Revealed(_));
        use_effect_with(revealed, move |revealed| {
            if *revealed && let Some(heading) = result_ref.cast::<web_sys::HtmlElement>() {
                let _ = heading.focus();
            }
        });
    }

    let Some(spec) = props.handle.spec.clone() else {
        return Html::default();
    };
    let metric = spec.metric;
    let w = words(metric);
    let on_input = {
        let text = text.clone();
        let invalid = invalid.clone();
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            text.set(input.value());
            invalid.set(false);
        })
    };
    // The lock is a plain button and Enter in the box, not a form's
    // submission: a frame sandboxed without `allow-forms` (the embed
    // snippet's) blocks submission and never fires `submit`.
    let lock = {
        let text = text.clone();
        let choice = choice.clone();
        let invalid = invalid.clone();
        let step = step.clone();
        move || {
            let guess = match metric {
                PredictMetric::AdoptionShare => parse_percent(&text).map(Guess::Number),
                PredictMetric::Lift => rules::parse_points(&text).map(Guess::Number),
                PredictMetric::Winner => choice.map(Guess::Winner),
            };
            match guess {
                Some(guess) if *step == Step::Asking => step.set(Step::Locked(guess)),
                Some(_) => {}
                None => invalid.set(true),
            }
        }
    };
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());
    let on_click = {
        let lock = lock.clone();
        Callback::from(move |_: MouseEvent| lock())
    };
    let on_keydown = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Enter" {
            event.prevent_default();
            lock();
        }
    });

    let (state, body) = match &*step {
        Step::Asking | Step::Locked(_) => {
            let locked = !matches!(*step, Step::Asking);
            let note = if *invalid {
                "predict-error"
            } else {
                "predict-help"
            };
            let lock_button = html! {
                <button type="button" class="button button-small button-primary"
                    data-testid="predict-lock" disabled={locked} onclick={on_click}>
                    { tr.t("predict-lock") }
                </button>
            };
            let field = if metric == PredictMetric::Winner {
                let radio = |variant: Variant| {
                    let name = rules::variant_name(variant);
                    let on_change = {
                        let choice = choice.clone();
                        let invalid = invalid.clone();
                        Callback::from(move |_: Event| {
                            choice.set(Some(variant));
                            invalid.set(false);
                        })
                    };
                    let label = match variant {
                        Variant::A => tr.t("predict-winner-a"),
                        Variant::B => tr.t("predict-winner-b"),
                    };
                    html! {
                        <label class="predict__choice">
                            <input type="radio" name="predict-winner" value={name}
                                data-testid={format!("predict-choice-{name}")}
                                checked={*choice == Some(variant)} disabled={locked}
                                onchange={on_change} onkeydown={on_keydown.clone()} />
                            { " " }{ label }
                        </label>
                    }
                };
                html! {
                    <fieldset class="predict__choices" aria-describedby={note}
                        aria-invalid={invalid.to_string()}>
                        <legend class="predict__label">{ tr.t(w.label) }</legend>
                        <div class="predict__row">
                            { radio(Variant::A) }
                            { radio(Variant::B) }
                            { lock_button }
                        </div>
                    </fieldset>
                }
            } else {
                let described = format!("predict-unit {note}");
                html! {
                    <>
                        <label class="predict__label" for="predict-input">{ tr.t(w.label) }</label>
                        <div class="predict__row">
                            <input id="predict-input" data-testid="predict-input" class="predict__input"
                                type="text" inputmode={if metric == PredictMetric::Lift { "text" } else { "decimal" }}
                                autocomplete="off"
                                value={(*text).clone()} oninput={on_input} onkeydown={on_keydown} readonly={locked}
                                aria-invalid={invalid.to_string()} aria-describedby={described} />
                            <span id="predict-unit" class="predict__unit">{ tr.t(w.unit) }</span>
                            { lock_button }
                        </div>
                    </>
                }
            };
            let body = html! {
                <form class="predict__form" onsubmit={on_submit} novalidate=true>
                    { field }
                    if *invalid {
                        <p id="predict-error" class="predict__error" data-testid="predict-error">
                            { tr.t(w.invalid) }
                        </p>
                    } else {
                        <p id="predict-help" class="predict__help">{ tr.t(w.help) }</p>
                    }
                </form>
            };
            (if locked { "locked" } else { "asking" }, body)
        }
        Step::Revealed(scored) => ("revealed", revealed(&tr, &spec, scored, &result_ref)),
    };
    let announced = match &*step {
        Step::Revealed(scored) => announcement(&tr, &spec, scored),
        Step::Locked(_) => tr.t("predict-waiting"),
        Step::Asking => String::new(),
    };
    // While the answer is hidden the card stands in for it: the page's
    // "Skip to results" link (`#answer`) leads here.
    let hiding = props.handle.hiding();
    html! {
        <section class="predict" data-testid="predict" data-step={state} data-metric={metric.as_str()}
            id={hiding.then_some("answer")} tabindex={hiding.then_some("-1")}
            aria-labelledby="predict-heading">
            <h3 class="predict__title" id="predict-heading">{ tr.t("predict-title") }</h3>
            if state != "revealed" {
                <p class="predict__question">{ tr.t(w.question) }</p>
            }
            { body }
            <p class="visually-hidden" role="status" data-testid="predict-announce">{ announced }</p>
        </section>
    }
}

/// The revealed facts: the prediction, the simulation's answer, the error
/// and the score, with the rule.
fn revealed(tr: &Translator, spec: &Predict, scored: &Scored, heading: &NodeRef) -> Html {
    let n = tr.numbers();
    let title = html! {
        <h4 class="predict__result-title" tabindex="-1" ref={heading.clone()}>
            { tr.t("predict-result-title") }
        </h4>
    };
    let score_row = |score: f64| {
        html! {
            <>
                <dt>{ tr.t("predict-score") }</dt>
                <dd class="predict__score">{ tr.t_args("predict-score-value",
                    &[("score", FluentValue::from(n.number(score, 2)))]) }</dd>
            </>
        }
    };
    match scored {
        Scored::Number(score) => {
            let lift = spec.metric == PredictMetric::Lift;
            let inside = if score.inside_ci95 {
                tr.t("predict-inside-yes")
            } else {
                tr.t("predict-inside-no")
            };
            let (yours, actual) = if lift {
                let points = |x: f64| {
                    tr.t_args(
                        "predict-lift-points",
                        &[("points", FluentValue::from(n.points(x, 1)))],
                    )
                };
                (
                    points(score.predicted),
                    format!(
                        "{} ({})",
                        points(score.actual),
                        n.points_range(score.ci95[0], score.ci95[1], 1)
                    ),
                )
            } else {
                (
                    n.percent(score.predicted, 1),
                    format!(
                        "{} ({})",
                        n.percent(score.actual, 1),
                        n.percent_range(score.ci95[0], score.ci95[1], 1)
                    ),
                )
            };
            html! {
                <div class="predict__result">
                    { title }
                    <dl class="predict__facts" data-testid="predict-score"
                        data-score={score.score.to_string()} data-inside={score.inside_ci95.to_string()}>
                        <dt>{ tr.t("predict-yours") }</dt>
                        <dd>{ yours }</dd>
                        <dt>{ tr.t(if lift { "predict-lift-actual" } else { "predict-actual" }) }</dt>
                        <dd>{ actual }</dd>
                        <dt>{ tr.t("predict-error-points") }</dt>
                        <dd>{ n.points(score.error_points / 100.0, 1) }</dd>
                        <dt>{ tr.t("predict-inside") }</dt>
                        <dd>{ inside }</dd>
                        { score_row(score.score) }
                    </dl>
                    <p class="predict__rule">{ tr.t_args("predict-rule", &[("tolerance",
                        FluentValue::from(n.number(spec.tolerance() * 100.0, 0)))]) }</p>
                </div>
            }
        }
        Scored::Winner(score) => {
            let name = |v: Variant| rules::variant_name(v).to_uppercase();
            let actual = match score.actual {
                Some(v) => tr.t_args(
                    "predict-winner-actual-value",
                    &[("variant", FluentValue::from(name(v)))],
                ),
                None => tr.t("predict-winner-tie"),
            };
            html! {
                <div class="predict__result">
                    { title }
                    <dl class="predict__facts" data-testid="predict-score"
                        data-score={score.score.to_string()} data-right={(score.score == 1.0).to_string()}>
                        <dt>{ tr.t("predict-yours") }</dt>
                        <dd>{ name(score.predicted) }</dd>
                        <dt>{ tr.t("predict-winner-actual") }</dt>
                        <dd>{ actual }</dd>
                        { score_row(score.score) }
                    </dl>
                    <p class="predict__rule">{ tr.t("predict-rule-winner") }</p>
                </div>
            }
        }
    }
}

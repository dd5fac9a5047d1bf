//! Predict, then reveal, then score (issue 16): before any result shows,
//! the student enters an estimate of the adoption share and locks it; then
//! the result is revealed and the estimate scored by the engine's one
//! rule (`worthit_engine::predict`: the error in points, whether it fell
//! inside the 95% interval, a score from 0 to 1).
//!
//! Asked for by the exercise (`exercise.predict`) or by the link
//! (`?predict=1`, adoption share). While the answer is hidden the page
//! shows no number of the results (the results column, the exercise's
//! "Now …" line and the result pill are left out) and every control is
//! locked, so the prediction is about the scenario as given. Compare
//! mode's `lift` and `winner` are scored by the engine but not asked for
//! on the page yet: single mode asks only for `adoption_share`.
//!
//! # Test ids
//!
//! `predict` (the card, `data-step="asking|locked|revealed"`),
//! `predict-input`, `predict-lock`, `predict-error` (an unusable entry),
//! `predict-announce` (the live region with the revealed text),
//! `predict-score` (`data-score`, `data-inside`).

use serde_json::{Value, json};
use worthit_engine::predict::{NumberScore, Observed, score_number};
use worthit_engine::{Predict, PredictMetric, Results, Scenario};
use worthit_i18n::{FluentValue, Translator};
use yew::prelude::*;

use crate::i18n::use_tr;
use crate::state::AppState;

/// Where the student is.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// The answer is hidden; the estimate is being entered.
    Asking,
    /// The estimate (a share, 0–1) is locked; the result is on its way.
    Locked(f64),
    /// Revealed and scored.
    Revealed(NumberScore),
}

/// What the page asks for: the exercise's `predict` when the page can ask
/// it (adoption share), or an adoption share prediction when the link
/// says `?predict=1`. `None`: no prediction.
pub fn spec(scenario: &Scenario, asked_by_link: bool) -> Option<Predict> {
    let from_exercise = scenario
        .exercise
        .as_ref()
        .and_then(|e| e.predict.clone())
        .filter(|p| p.metric == PredictMetric::AdoptionShare);
    from_exercise.or_else(|| asked_by_link.then(|| Predict::of(PredictMetric::AdoptionShare)))
}

/// Scores `predicted` (a share) against `results`.
pub fn reveal(spec: &Predict, predicted: f64, results: &Results) -> NumberScore {
    score_number(predicted, Observed::share(results), spec.tolerance())
}

/// The prediction as the host message and the xAPI statement carry it
/// (`docs/embedding.md`).
pub fn report(spec: &Predict, score: &NumberScore) -> Value {
    json!({
        "metric": spec.metric.as_str(),
        "predicted": score.predicted,
        "actual": score.actual,
        "ci95": score.ci95,
        "error_points": score.error_points,
        "inside_ci95": score.inside_ci95,
        "score": score.score,
        "tolerance": spec.tolerance(),
    })
}

/// The estimate typed as a percentage (`45`, `45.5`, `45,5`) as a share,
/// or `None` when it is not a number from 0 to 100.
pub fn parse_percent(text: &str) -> Option<f64> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    (value.is_finite() && (0.0..=100.0).contains(&value)).then_some(value / 100.0)
}

/// The revealed result in one paragraph, for the live region: what came
/// out, the prediction, its error, inside the interval or not, the score.
pub fn announcement(tr: &Translator, score: &NumberScore) -> String {
    let n = tr.numbers();
    // A selector's key, not a word: each language words it in its message.
    let inside = if score.inside_ci95 { "yes" } else { "no" };
    tr.t_args(
        "predict-revealed",
        &[
            ("actual", FluentValue::from(n.percent(score.actual, 1))),
            (
                "interval",
                FluentValue::from(n.percent_range(score.ci95[0], score.ci95[1], 1)),
            ),
            (
                "predicted",
                FluentValue::from(n.percent(score.predicted, 1)),
            ),
            (
                "error",
                FluentValue::from(n.points(score.error_points / 100.0, 1)),
            ),
            ("inside", FluentValue::from(inside)),
            ("score", FluentValue::from(n.number(score.score, 2))),
        ],
    )
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
            (Some(spec), Step::Revealed(score)) => Some(report(spec, score)),
            _ => None,
        }
    }
}

/// The prediction's state for the page. A new exercise asks again; a
/// locked estimate is revealed as soon as the current scenario's answer
/// is in (the what-ifs need not be).
#[hook]
pub fn use_predict(state: &UseReducerHandle<AppState>, asked_by_link: bool) -> Handle {
    let spec = spec(&state.scenario, asked_by_link);
    let step = use_state_eq(|| Step::Asking);
    {
        let step = step.clone();
        use_effect_with(state.scenario.exercise.clone(), move |_| {
            step.set(Step::Asking)
        });
    }
    {
        let step = step.clone();
        let spec = spec.clone();
        let current = state
            .shown
            .as_ref()
            .filter(|s| s.id == state.revision)
            .map(|s| s.results.clone());
        let key = ((*step).clone(), current.as_ref().map(|_| state.revision));
        use_effect_with(key, move |(now, _)| {
            if let (Step::Locked(predicted), Some(results), Some(spec)) = (now, current, spec) {
                step.set(Step::Revealed(reveal(&spec, *predicted, &results)));
            }
        });
    }
    Handle { spec, step }
}

#[derive(Properties, PartialEq)]
pub struct PredictPanelProps {
    pub handle: Handle,
}

/// The card: the question with its input while asking, then the revealed
/// result and score.
#[component]
pub fn PredictPanel(props: &PredictPanelProps) -> Html {
    let tr = use_tr();
    let text = use_state(String::new);
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

    if props.handle.spec.is_none() {
        return Html::default();
    }
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
        let invalid = invalid.clone();
        let step = step.clone();
        move || match parse_percent(&text) {
            Some(share) if *step == Step::Asking => step.set(Step::Locked(share)),
            Some(_) => {}
            None => invalid.set(true),
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
            let described = if *invalid {
                "predict-unit predict-error"
            } else {
                "predict-unit predict-help"
            };
            let body = html! {
                <form class="predict__form" onsubmit={on_submit} novalidate=true>
                    <label class="predict__label" for="predict-input">{ tr.t("predict-label") }</label>
                    <div class="predict__row">
                        <input id="predict-input" data-testid="predict-input" class="predict__input"
                            type="text" inputmode="decimal" autocomplete="off"
                            value={(*text).clone()} oninput={on_input} onkeydown={on_keydown} readonly={locked}
                            aria-invalid={invalid.to_string()} aria-describedby={described} />
                        <span id="predict-unit" class="predict__unit">{ tr.t("predict-unit") }</span>
                        <button type="button" class="button button-small button-primary"
                            data-testid="predict-lock" disabled={locked} onclick={on_click}>
                            { tr.t("predict-lock") }
                        </button>
                    </div>
                    if *invalid {
                        <p id="predict-error" class="predict__error" data-testid="predict-error">
                            { tr.t("predict-invalid") }
                        </p>
                    } else {
                        <p id="predict-help" class="predict__help">{ tr.t("predict-help") }</p>
                    }
                </form>
            };
            (if locked { "locked" } else { "asking" }, body)
        }
        Step::Revealed(score) => {
            let n = tr.numbers();
            let tolerance = props.handle.spec.as_ref().map_or(0.0, Predict::tolerance);
            let inside = if score.inside_ci95 {
                tr.t("predict-inside-yes")
            } else {
                tr.t("predict-inside-no")
            };
            let body = html! {
                <div class="predict__result">
                    <h4 class="predict__result-title" tabindex="-1" ref={result_ref.clone()}>
                        { tr.t("predict-result-title") }
                    </h4>
                    <dl class="predict__facts" data-testid="predict-score"
                        data-score={score.score.to_string()} data-inside={score.inside_ci95.to_string()}>
                        <dt>{ tr.t("predict-yours") }</dt>
                        <dd>{ n.percent(score.predicted, 1) }</dd>
                        <dt>{ tr.t("predict-actual") }</dt>
                        <dd>{ format!("{} ({})", n.percent(score.actual, 1),
                            n.percent_range(score.ci95[0], score.ci95[1], 1)) }</dd>
                        <dt>{ tr.t("predict-error-points") }</dt>
                        <dd>{ n.points(score.error_points / 100.0, 1) }</dd>
                        <dt>{ tr.t("predict-inside") }</dt>
                        <dd>{ inside }</dd>
                        <dt>{ tr.t("predict-score") }</dt>
                        <dd class="predict__score">{ tr.t_args("predict-score-value",
                            &[("score", FluentValue::from(n.number(score.score, 2)))]) }</dd>
                    </dl>
                    <p class="predict__rule">{ tr.t_args("predict-rule", &[("tolerance",
                        FluentValue::from(n.number(tolerance * 100.0, 0)))]) }</p>
                </div>
            };
            ("revealed", body)
        }
    };
    let announced = match &*step {
        Step::Revealed(score) => announcement(&tr, score),
        Step::Locked(_) => tr.t("predict-waiting"),
        Step::Asking => String::new(),
    };
    // While the answer is hidden the card stands in for it: the page's
    // "Skip to results" link (`#answer`) leads here.
    let hiding = props.handle.hiding();
    html! {
        <section class="predict" data-testid="predict" data-step={state}
            id={hiding.then_some("answer")} tabindex={hiding.then_some("-1")}
            aria-labelledby="predict-heading">
            <h3 class="predict__title" id="predict-heading">{ tr.t("predict-title") }</h3>
            if state != "revealed" {
                <p class="predict__question">{ tr.t("predict-question") }</p>
            }
            { body }
            <p class="visually-hidden" role="status" data-testid="predict-announce">{ announced }</p>
        </section>
    }
}

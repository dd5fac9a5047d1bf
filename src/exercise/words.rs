//! An exercise's goal in plain words ("Reach 45% adoption or more, changing
//! only the screenshots."), in the page's language.
//!
//! Every key is written out as a literal after `tr.t(`, so the i18n
//! crate's source-key test checks that each exists in every language.

use worthit_engine::exercise::CONTROL_PATHS;
use worthit_engine::{Exercise, GoalOp, Metric};
use worthit_i18n::{FluentValue, Translator};

/// A share as a percentage with as many decimals as it needs (at most
/// two): `45%`, `40.5%`, `33.33%`.
pub fn percent(tr: &Translator, share: f64) -> String {
    let hundredths = (share * 10_000.0).round();
    let decimals = if hundredths % 100.0 == 0.0 {
        0
    } else if hundredths % 10.0 == 0.0 {
        1
    } else {
        2
    };
    tr.numbers().percent(share, decimals)
}

/// The judged number now, for the status line: one decimal, like the
/// headline.
pub fn current(tr: &Translator, share: f64) -> String {
    tr.numbers().percent(share, 1)
}

/// "Reach 45% adoption or more" (without the controls).
pub fn goal(tr: &Translator, exercise: &Exercise) -> String {
    let g = &exercise.goal;
    let target = || ("target", FluentValue::from(percent(tr, g.target)));
    let segment = || {
        (
            "segment",
            FluentValue::from(g.segment.clone().unwrap_or_default()),
        )
    };
    match (g.metric, g.op) {
        (Metric::AdoptionShare, GoalOp::AtLeast) => {
            tr.t_args("exercise-goal-adoption-at-least", &[target()])
        }
        (Metric::AdoptionShare, GoalOp::AtMost) => {
            tr.t_args("exercise-goal-adoption-at-most", &[target()])
        }
        (Metric::SegmentAdoption, GoalOp::AtLeast) => {
            tr.t_args("exercise-goal-segment-at-least", &[target(), segment()])
        }
        (Metric::SegmentAdoption, GoalOp::AtMost) => {
            tr.t_args("exercise-goal-segment-at-most", &[target(), segment()])
        }
        (Metric::RetainedShare, GoalOp::AtLeast) => {
            tr.t_args("exercise-goal-retained-at-least", &[target()])
        }
        (Metric::RetainedShare, GoalOp::AtMost) => {
            tr.t_args("exercise-goal-retained-at-most", &[target()])
        }
    }
}

/// The whole goal: "Reach 45% adoption or more, changing only the
/// screenshots."
pub fn goal_with_controls(tr: &Translator, exercise: &Exercise) -> String {
    tr.t_args(
        "exercise-goal-changing-only",
        &[
            ("goal", FluentValue::from(goal(tr, exercise))),
            (
                "controls",
                FluentValue::from(controls(tr, &exercise.editable)),
            ),
        ],
    )
}

/// The open controls as a list: "the trust cost and the safety cost".
pub fn controls(tr: &Translator, editable: &[String]) -> String {
    let names: Vec<String> = editable.iter().map(|p| control(tr, p)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!(
            "{}{}{last}",
            init.join(&tr.numbers().list),
            tr.t("exercise-list-and")
        ),
    }
}

/// The name of one control path, as it reads inside a sentence. A path
/// outside the vocabulary (validation rejects those) is shown as written.
pub fn control(tr: &Translator, path: &str) -> String {
    match path {
        "title" => tr.t("exercise-control-title"),
        "seed" => tr.t("exercise-control-seed"),
        "users" => tr.t("exercise-control-users"),
        "product" => tr.t("exercise-control-product"),
        "product.name" => tr.t("exercise-control-product-name"),
        "product.value" => tr.t("exercise-control-product-value"),
        "product.claim" => tr.t("exercise-control-product-claim"),
        "product.credibility" => tr.t("exercise-control-product-credibility"),
        "product.experience" => tr.t("exercise-control-product-experience"),
        "product.costs" => tr.t("exercise-control-product-costs"),
        "product.costs.money" => tr.t("exercise-control-cost-money"),
        "product.costs.time" => tr.t("exercise-control-cost-time"),
        "product.costs.learning" => tr.t("exercise-control-cost-learning"),
        "product.costs.trust" => tr.t("exercise-control-cost-trust"),
        "product.costs.emotional" => tr.t("exercise-control-cost-emotional"),
        "product.costs.safety" => tr.t("exercise-control-cost-safety"),
        "product.screenshots" => tr.t("exercise-control-product-screenshots"),
        "product.screenshot_effects" => tr.t("exercise-control-product-screenshot-effects"),
        "alternatives" => tr.t("exercise-control-alternatives"),
        "segments" => tr.t("exercise-control-segments"),
        "decision" => tr.t("exercise-control-decision"),
        "diffusion" => tr.t("exercise-control-diffusion"),
        "diffusion.periods" => tr.t("exercise-control-diffusion-periods"),
        "diffusion.p" => tr.t("exercise-control-diffusion-p"),
        "diffusion.q" => tr.t("exercise-control-diffusion-q"),
        "diffusion.social_proof" => tr.t("exercise-control-diffusion-social-proof"),
        "retention" => tr.t("exercise-control-retention"),
        "retention.periods" => tr.t("exercise-control-retention-periods"),
        "retention.notice" => tr.t("exercise-control-retention-notice"),
        "retention.recurring" => tr.t("exercise-control-retention-recurring"),
        "retention.costs" => tr.t("exercise-control-retention-costs"),
        "exercise" => tr.t("exercise-control-exercise"),
        other => other.to_string(),
    }
}

/// Every path of the vocabulary, for tests that check each has a name.
pub fn all_controls() -> &'static [&'static str] {
    &CONTROL_PATHS
}

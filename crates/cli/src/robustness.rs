//! The lines `worthit compare` prints under the verdict about how robust
//! it is to the screenshot effects, which are illustrative defaults
//! (`docs/model.md`, "How sure is the verdict?").

use worthit_engine::Scenario;
use worthit_engine::ScenarioError;
use worthit_engine::robustness::{
    Applies, COVERS_EFFECT_PRIOR, DEFAULT_USERS_PER_DRAW, EFFECT_SPREAD, Robustness, applies,
    verdict_robustness_with_progress,
};

use crate::progress::Progress;
use crate::summary::thousands;

/// Robustness of A vs. B to the effect prior over `draws` draws, when it
/// applies and `draws` > 0.
pub fn compute(
    a: &Scenario,
    b: &Scenario,
    draws: usize,
    json: bool,
) -> Result<Option<Robustness>, ScenarioError> {
    if draws == 0 {
        return Ok(None);
    }
    let bar = Progress::new("Drawing screenshot effects", json);
    let robustness =
        verdict_robustness_with_progress(a, b, draws, DEFAULT_USERS_PER_DRAW, |done, total| {
            bar.update(done, total)
        });
    bar.clear();
    Ok(robustness?.map(|(r, _)| r))
}

/// The sentences for a terminal, wrapped at 78 columns.
pub fn describe(a: &Scenario, b: &Scenario, robustness: Option<&Robustness>) -> String {
    let text = sentences(a, b, robustness);
    text.lines().map(wrap).collect()
}

/// One paragraph wrapped at 78 columns, ending in a newline.
fn wrap(paragraph: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > 78 {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

fn sentences(a: &Scenario, b: &Scenario, robustness: Option<&Robustness>) -> String {
    match (applies(a, b), robustness) {
        // A calibrated scenario: the fitted inputs' posterior varies too.
        (applies, Some(r)) if r.covers != COVERS_EFFECT_PRIOR => {
            let (lo, hi) = (r.lift_ci95[0] * 100.0, r.lift_ci95[1] * 100.0);
            let effects = match applies {
                Applies::Yes(kinds) => format!(
                    " and plausible screenshot effects (each built-in effect of {} not \
                     fitted scaled by ±{:.0}%)",
                    kinds.join(", "),
                    EFFECT_SPREAD * 100.0
                ),
                _ => String::new(),
            };
            format!(
                "The interval above counts only the sampling of simulated people.\n\
                 Over the calibrated inputs' posterior{effects} ({} draws of {} people): \
                 {}; lift {:+.2} points (95% of draws {lo:+.2} to {hi:+.2}; covers {}).\n",
                thousands(r.draws as u64),
                thousands(r.users_per_draw),
                wins(r),
                r.lift_median * 100.0,
                r.covers.replace('_', " "),
            )
        }
        (Applies::Yes(kinds), Some(r)) => {
            let (lo, hi) = (r.lift_ci95[0] * 100.0, r.lift_ci95[1] * 100.0);
            format!(
                "The interval above counts only the sampling of simulated people.\n\
                 Over plausible screenshot effects (each built-in effect of {} scaled \
                 by ±{:.0}%, {} draws of {} people): {}; lift {:+.2} \
                 points (95% of draws {lo:+.2} to {hi:+.2}; covers the effects' doubt \
                 and Monte Carlo error).\n\
                 Caveat: the built-in screenshot effects are illustrative defaults, not \
                 measured; calibrate them to your own store data to rely on the verdict.\n",
                kinds.join(", "),
                EFFECT_SPREAD * 100.0,
                thousands(r.draws as u64),
                thousands(r.users_per_draw),
                wins(r),
                r.lift_median * 100.0,
            )
        }
        (Applies::Yes(_), None) => {
            "Robustness to the screenshot effects: not computed (--draws 0); \
             the built-in screenshot effects are illustrative defaults, not measured.\n"
                .to_string()
        }
        (Applies::SameStrip, _) => "Robustness to the screenshot effects: does not apply (A and B \
             show the same screenshots).\n"
            .to_string(),
        _ => "Robustness to the screenshot effects: does not apply (every screenshot kind \
              shown has the scenario's own effect).\n"
            .to_string(),
    }
}

/// Who wins how often, said from the side that wins more: "B wins in 97%
/// of them" or "A wins in 88% of them, B in 10%".
fn wins(r: &Robustness) -> String {
    let a_wins = (1.0 - r.b_wins_share - r.ties_share).max(0.0);
    if a_wins > r.b_wins_share {
        format!(
            "A wins in {} of them, B in {}",
            share_of_draws(a_wins),
            share_of_draws(r.b_wins_share)
        )
    } else {
        format!("B wins in {} of them", share_of_draws(r.b_wins_share))
    }
}

/// A share of draws as a whole percentage, never rounded to all or none
/// unless it is.
fn share_of_draws(x: f64) -> String {
    let pct = (x * 100.0).round();
    if x > 0.0 && pct == 0.0 {
        "under 1%".to_string()
    } else if x < 1.0 && pct == 100.0 {
        "over 99%".to_string()
    } else {
        format!("{pct:.0}%")
    }
}

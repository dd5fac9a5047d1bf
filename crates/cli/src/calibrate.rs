//! `worthit calibrate`: fit a scenario's calibration block and print the
//! fit as a table or as JSON (`docs/calibration.md`); and, for `worthit
//! run`, the adoption interval that includes a posterior's uncertainty.

use std::fmt::Write as _;

use worthit_engine::calibrate::{self as cal, CalibrateOptions, Calibration};
use worthit_engine::{Scenario, Uncertainty};

use crate::args::Overrides;
use crate::progress::Progress;
use crate::{Failure, emit, load, source_name, to_json};

/// Runs the fit. `--users` is the simulated people per evaluation (not the
/// scenario's `users`); `--seed` the seed of those people.
pub(crate) fn command(input: &str, overrides: Overrides, json: bool) -> Result<(), Failure> {
    let scenario = load(
        input,
        Overrides {
            users: None,
            seed: overrides.seed,
        },
    )?;
    let options = CalibrateOptions {
        users: overrides.users,
        ..CalibrateOptions::default()
    };
    let bar = Progress::new("Calibrating", json);
    let fit =
        worthit_engine::calibrate_parallel_with_progress(&scenario, &options, |done, total| {
            bar.update(done, total)
        });
    bar.clear();
    let fit = fit.map_err(|error| Failure::Scenario {
        source: source_name(input),
        error,
    })?;
    if json {
        emit(&to_json(&fit)?)
    } else {
        emit(&table(&scenario, &fit))
    }
}

/// The interval with the fitted inputs' uncertainty, when the scenario
/// carries a posterior; with `what_ifs`, each what-if row's too.
pub(crate) fn uncertainty(
    s: &Scenario,
    input: &str,
    what_ifs: bool,
) -> Result<Option<Uncertainty>, Failure> {
    cal::adoption_uncertainty_with(s, what_ifs).map_err(|error| Failure::Scenario {
        source: source_name(input),
        error,
    })
}

fn pct(x: f64) -> String {
    format!("{:.2}%", x * 100.0)
}

/// Numbers with four significant digits at most, without a trail of zeros.
fn num(x: f64) -> String {
    let digits = if x == 0.0 {
        3
    } else {
        (3 - x.abs().log10().floor() as i32).clamp(0, 6) as usize
    };
    format!("{x:.digits$}")
}

/// The readable report.
pub(crate) fn table(s: &Scenario, c: &Calibration) -> String {
    // `write!` into a String cannot fail.
    let mut out = String::new();
    if !s.title.is_empty() {
        let _ = writeln!(out, "{}", s.title);
    }
    let _ = writeln!(
        out,
        "Calibration: {} simulated people per evaluation · seed {} · {} evaluations",
        c.simulated_users, c.seed, c.evaluations
    );
    if !c.fit.is_empty() {
        let w = c
            .fit
            .iter()
            .map(|f| f.input.len())
            .max()
            .unwrap_or(0)
            .max(5);
        let _ = writeln!(
            out,
            "\n  {:<w$}  {:>9}  {:>21}  {:>9}",
            "Input", "estimate", "95% interval", "± MC"
        );
        for f in &c.fit {
            let ci = format!("{} – {}", num(f.ci95[0]), num(f.ci95[1]));
            let _ = writeln!(
                out,
                "  {:<w$}  {:>9}  {:>21}  {:>9}",
                f.input,
                num(f.estimate),
                ci,
                num(f.mc_se)
            );
        }
        let _ = writeln!(
            out,
            "  (posterior median, 95% credible interval, Monte Carlo standard error)"
        );
    }
    if !c.predicted.is_empty() {
        let _ = writeln!(
            out,
            "\n  {:>2}  {:>9}  {:>9}  {:>8}  {:>9}  {:>17}",
            "#", "users", "adopters", "observed", "predicted", "95% predictive"
        );
        for (i, p) in c.predicted.iter().enumerate() {
            let ci = format!("{} – {}", pct(p.ci95[0]), pct(p.ci95[1]));
            let _ = writeln!(
                out,
                "  {:>2}  {:>9}  {:>9}  {:>8}  {:>9}  {:>17}",
                i + 1,
                p.users,
                p.adopters,
                pct(p.observed_share),
                pct(p.share),
                ci
            );
        }
        retained_rows(&mut out, &c.predicted);
    }
    if c.warnings.is_empty() {
        let _ = writeln!(
            out,
            "\nNo warnings: the model reproduces every observation."
        );
    } else {
        let _ = writeln!(out, "\nWarnings");
        for w in &c.warnings {
            let _ = writeln!(out, "  - {}", w.message);
        }
    }
    let _ = writeln!(
        out,
        "\nThe calibrated scenario (inputs at their medians, posterior draws added) is the\n\"scenario\" of `worthit calibrate FILE --json`."
    );
    out
}

/// Who stays, per observation, when the scenario has a retention block:
/// the observed retained adopters (if given) against the prediction, as
/// shares of all users.
fn retained_rows(out: &mut String, predicted: &[worthit_engine::calibrate::Predicted]) {
    if predicted.iter().all(|p| p.retained_share.is_none()) {
        return;
    }
    let _ = writeln!(
        out,
        "\n  {:>2}  {:>9}  {:>8}  {:>9}  {:>17}",
        "#", "retained", "observed", "predicted", "95% predictive"
    );
    for (i, p) in predicted.iter().enumerate() {
        let (Some(share), Some(ci)) = (p.retained_share, p.retained_ci95) else {
            continue;
        };
        let _ = writeln!(
            out,
            "  {:>2}  {:>9}  {:>8}  {:>9}  {:>17}",
            i + 1,
            p.retained.map_or("–".to_string(), |r| r.to_string()),
            p.observed_retained_share.map_or("–".to_string(), pct),
            pct(share),
            format!("{} – {}", pct(ci[0]), pct(ci[1]))
        );
    }
    let _ = writeln!(
        out,
        "  (retained adopters: still using it at the retention horizon, as shares of users)"
    );
}

//! What `worthit lab next` and `worthit lab claims` print: tables for a
//! terminal, or JSON with `--json` (`docs/cli.md`).

use std::fmt::Write as _;

use serde::Serialize;
use worthit_engine::lab::{ClaimCurve, ScreenshotOption};

use crate::summary::{percent, probability, thousands};

/// `worthit lab next --json`: the strip it started from and the ranking.
#[derive(Serialize)]
pub struct NextReport<'a> {
    /// People simulated per candidate.
    pub users: u64,
    /// The current strip.
    pub screenshots: &'a [String],
    /// Best first.
    pub options: &'a [ScreenshotOption],
}

/// The ranking as a table: rank, kind, 1-based position, adoption, lift
/// with its interval, P(better).
pub fn next_table(title: &str, report: &NextReport<'_>) -> String {
    let mut out = String::new();
    // `write!` into a String cannot fail; the results are ignored on purpose.
    if !title.is_empty() {
        let _ = writeln!(out, "{title}");
    }
    let strip = if report.screenshots.is_empty() {
        "(none)".to_string()
    } else {
        report.screenshots.join(", ")
    };
    let _ = writeln!(
        out,
        "Which screenshot next? Current strip: {strip}; {} people per candidate.",
        thousands(report.users)
    );
    if report.options.is_empty() {
        let _ = writeln!(
            out,
            "The strip is full: remove a screenshot to try another."
        );
        return out;
    }
    let width = report
        .options
        .iter()
        .map(|o| o.kind.chars().count())
        .max()
        .unwrap_or(4)
        .clamp(4, 32);
    // With retention, retained adopters and their lift follow each row.
    let retained = report.options.iter().any(|o| o.retained.is_some());
    let _ = writeln!(
        out,
        "\n  rank  {:<width$}  at  adoption          lift (95% interval)  P(better){}",
        "add",
        if retained { "  retained    lift" } else { "" }
    );
    for (i, o) in report.options.iter().enumerate() {
        let _ = write!(
            out,
            "  {:>4}  {:<width$}  {:>2}  {:>8}  {:>+6.2} ({:>+6.2} to {:>+6.2})  {:>9}",
            i + 1,
            o.kind,
            o.position + 1,
            percent(o.adoption_share),
            o.lift * 100.0,
            o.ci95[0] * 100.0,
            o.ci95[1] * 100.0,
            probability(o.p_better)
        );
        let _ = writeln!(
            out,
            "{}",
            o.retained.map_or(String::new(), |k| format!(
                "  {:>8}  {:>+6.2}",
                percent(k.retained_share),
                k.lift * 100.0
            ))
        );
    }
    let _ = writeln!(
        out,
        "\n`at` is the 1-based position the new screenshot takes; lifts are in percentage points."
    );
    if let Some(p) = report.options.first().and_then(|o| o.plausible.as_ref()) {
        let what = if p.covers.starts_with("parameters") {
            "of the draws from the fitted inputs' posterior".to_string()
        } else {
            format!(
                "of plausible effect sizes (every built-in effect varied by ±{:.0}%)",
                worthit_engine::robustness::EFFECT_SPREAD * 100.0
            )
        };
        let _ = writeln!(
            out,
            "The top candidate is best in {:.0}% {what}, over {} draws of {} people; its lift then ranges {:+.2} to {:+.2} points (the doubt and Monte Carlo error together; the interval in the table is Monte Carlo error only).",
            p.best_share * 100.0,
            p.draws,
            thousands(p.users_per_draw),
            p.lift_ci95[0] * 100.0,
            p.lift_ci95[1] * 100.0
        );
    }
    out
}

/// The claim curve as a table, the best claim marked with `*`.
pub fn claims_table(title: &str, curve: &ClaimCurve) -> String {
    let mut out = String::new();
    if !title.is_empty() {
        let _ = writeln!(out, "{title}");
    }
    let _ = writeln!(
        out,
        "Adoption against claim strength; {} people per claim.",
        thousands(curve.users)
    );
    let _ = write!(
        out,
        "No claim: {}. Best claim {:.2}: {} ({:.1}–{}).",
        percent(curve.no_claim_share),
        curve.best.claim,
        percent(curve.best.adoption_share),
        curve.best.ci95[0] * 100.0,
        percent(curve.best.ci95[1])
    );
    if let Some(c) = &curve.current {
        let _ = write!(
            out,
            " Current claim {:.2}: {}.",
            c.claim,
            percent(c.adoption_share)
        );
    }
    if let Some(b) = &curve.best_retained {
        let _ = write!(
            out,
            " Most retained adopters at claim {:.2}: {}.",
            b.claim,
            percent(b.retained_share.unwrap_or(0.0))
        );
    }
    let retained = curve.best_retained.is_some();
    let _ = writeln!(
        out,
        "\n\n     claim  adoption{}",
        if retained { "  retained" } else { "" }
    );
    for p in &curve.points {
        let mut mark = String::new();
        if p.claim == curve.best.claim {
            mark.push_str("  * best");
        }
        if curve.best_retained.is_some_and(|b| b.claim == p.claim) {
            mark.push_str("  * most retained");
        }
        let kept = p
            .retained_share
            .map_or(String::new(), |k| format!("  {:>8}", percent(k)));
        let _ = writeln!(
            out,
            "  {:>8.2}  {:>8}{kept}{mark}",
            p.claim,
            percent(p.adoption_share)
        );
    }
    out
}

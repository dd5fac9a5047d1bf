//! `worthit plan COMPARISON --visitors N`: what a store listing experiment
//! of A against B would find (`docs/planning.md`).
//!
//! The shares p_A and p_B come from simulating the comparison on common
//! random numbers; everything after that is the engine's closed-form
//! planner ([`worthit_engine::plan`]).

use std::fmt::Write as _;

use serde::Serialize;
use worthit_engine::RunOptions;
use worthit_engine::compare::compare;
use worthit_engine::plan::{TestPlan, plan_test};

use crate::args::PlanArgs;
use crate::summary::{percent, probability, thousands};
use crate::{Failure, emit, load_comparison, source_name, to_json};

/// `worthit plan --json`.
#[derive(Serialize)]
struct PlanReport {
    plan: TestPlan,
    /// People simulated per side to get p_A and p_B.
    users: u64,
}

/// Runs the command: simulate, plan, print.
pub fn run(args: &PlanArgs) -> Result<(), Failure> {
    let doc = load_comparison(&args.input, args.overrides)?;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let results = compare(&doc.a, &doc.b, &options).map_err(|error| Failure::Scenario {
        source: source_name(&args.input),
        error,
    })?;
    let p_a = results.a.adoption.share;
    let p_b = results.b.adoption.share;
    // The arguments were checked by the parser, and simulated shares are
    // always in [0, 1], so this fails only on an engine bug.
    let plan = plan_test(p_a, p_b, args.visitors, args.confidence, args.power)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let report = PlanReport {
        plan,
        users: results.a.users,
    };
    if args.json {
        emit(&to_json(&report)?)
    } else {
        emit(&table(&doc.a.title, &doc.b.title, &report))
    }
}

/// The plan for a terminal.
fn table(title_a: &str, title_b: &str, r: &PlanReport) -> String {
    let p = &r.plan;
    let mut out = String::new();
    // `write!` into a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(out, "Plan the store test: A {title_a:?} vs. B {title_b:?}");
    let _ = writeln!(
        out,
        "Simulated adoption: A {}, B {} (B − A {:+.2} points), {} people each, same people.",
        percent_2(p.p_a),
        percent_2(p.p_b),
        p.lift * 100.0,
        thousands(r.users)
    );
    let _ = writeln!(
        out,
        "A two-sided test at {} confidence with {} visitors per variant:\n",
        percent(p.confidence),
        thousands(p.visitors)
    );
    let needed = match p.visitors_for_power {
        Some(n) => format!("{} per variant", thousands(n)),
        None => "none: A and B adopt alike".to_string(),
    };
    let mde = match p.mde {
        Some(d) => format!("{:.2} points", d * 100.0),
        None => "none: no lift from A is large enough".to_string(),
    };
    let rows = [
        (
            "power (chance it declares the better variant)".to_string(),
            probability(p.power),
        ),
        (
            format!("visitors for {} power", percent(p.target_power)),
            needed,
        ),
        (
            format!(
                "smallest lift it detects with {} power",
                percent(p.target_power)
            ),
            mde,
        ),
    ];
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        let _ = writeln!(out, "  {label:<width$}  {value}");
    }
    out.push_str(
        "\nThe shares are the model's, with the inputs as given (screenshot effects are\n\
         illustrative defaults): the plan is as good as they are.\n",
    );
    out
}

/// A share as a percentage with two decimals: store shares are small.
fn percent_2(share: f64) -> String {
    format!("{:.2}%", share * 100.0)
}

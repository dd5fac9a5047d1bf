//! `worthit plan COMPARISON --visitors N`: what a store listing experiment
//! of A against B would find (`docs/planning.md`).
//!
//! The shares p_A and p_B come from simulating the comparison on common
//! random numbers; everything after that is the engine's closed-form
//! planner ([`worthit_engine::plan`]).

use std::fmt::Write as _;

use serde::Serialize;
use worthit_engine::CompareSimulation;
use worthit_engine::plan::{Assurance, TestPlan, plan_test};
use worthit_engine::robustness::{DEFAULT_USERS_PER_DRAW, verdict_robustness_with_progress};
use worthit_engine::{RunOptions, Scenario, ScenarioError};

use crate::args::PlanArgs;
use crate::summary::{percent, probability, thousands};
use crate::{Failure, emit, load_comparison, source_name, to_json};

/// `worthit plan --json`.
#[derive(Serialize)]
struct PlanReport {
    plan: TestPlan,
    /// People simulated per side to get p_A and p_B.
    users: u64,
    /// The plan averaged over plausible screenshot effects, when A and B
    /// differ in built-in ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    assurance: Option<AssuranceReport>,
}

/// Assurance: power averaged over draws of the screenshot-effect prior
/// (`docs/planning.md`).
#[derive(Serialize)]
struct AssuranceReport {
    /// The mean chance, over draws, that the test declares the expected
    /// winner (the side the mean lift favours) at `visitors`.
    power: f64,
    /// The fewest visitors per variant with assurance ≥ the target power;
    /// null when none reaches it (`note` says why).
    visitors_for_power: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    /// True when B is the expected winner.
    b_expected: bool,
    draws: usize,
    users_per_draw: u64,
    covers: String,
}

/// Assurance over what the model doubts (the effect prior, and a
/// calibrated scenario's posterior), when it applies and `draws` > 0.
fn assurance(
    a: &Scenario,
    b: &Scenario,
    args: &PlanArgs,
) -> Result<Option<AssuranceReport>, ScenarioError> {
    if args.draws == 0 {
        return Ok(None);
    }
    let bar = crate::progress::Progress::new("Drawing screenshot effects", args.json);
    let drawn = verdict_robustness_with_progress(
        a,
        b,
        args.draws,
        DEFAULT_USERS_PER_DRAW,
        |done, total| bar.update(done, total),
    );
    bar.clear();
    let Some((robustness, shares)) = drawn? else {
        return Ok(None);
    };
    // Simulated shares are always in [0, 1] and there is at least one draw.
    let Ok(a) = Assurance::new(shares) else {
        return Ok(None);
    };
    let (visitors_for_power, note) = match a.visitors_for(args.confidence, args.power) {
        Ok(n) => (Some(n), None),
        Err(e) => (None, Some(e.to_string())),
    };
    Ok(Some(AssuranceReport {
        power: a.at(args.visitors as f64, args.confidence),
        visitors_for_power,
        note,
        b_expected: a.b_expected(),
        draws: robustness.draws,
        users_per_draw: robustness.users_per_draw,
        covers: robustness.covers.clone(),
    }))
}

/// Runs the command: simulate, plan, print.
pub fn run(args: &PlanArgs) -> Result<(), Failure> {
    let doc = load_comparison(&args.input, args.overrides)?;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let run =
        CompareSimulation::new(&doc.a, &doc.b, &options).map_err(|error| Failure::Scenario {
            source: source_name(&args.input),
            error,
        })?;
    let results = crate::progress::drive_with_bar("Comparing", args.json, run);
    let p_a = results.a.adoption.share;
    let p_b = results.b.adoption.share;
    // The arguments were checked by the parser, and simulated shares are
    // always in [0, 1], so this fails only on an engine bug.
    let plan = plan_test(p_a, p_b, args.visitors, args.confidence, args.power)
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let assurance = assurance(&doc.a, &doc.b, args).map_err(|error| Failure::Scenario {
        source: source_name(&args.input),
        error,
    })?;
    let report = PlanReport {
        plan,
        users: results.a.users,
        assurance,
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
    match &r.assurance {
        Some(a) => {
            let winner = if a.b_expected { "B" } else { "A" };
            // What the draws vary: the effect prior alone, or a calibrated
            // scenario's posterior (with the prior of the effects it did
            // not fit).
            let (over, caveat) = if a.covers == worthit_engine::robustness::COVERS_EFFECT_PRIOR {
                (
                    "plausible screenshot effects",
                    "; the effects are illustrative defaults",
                )
            } else {
                ("the calibrated inputs' posterior", "")
            };
            let _ = writeln!(
                out,
                "\nOver {over} ({} draws of {} people; covers {}{caveat}):",
                thousands(a.draws as u64),
                thousands(a.users_per_draw),
                a.covers.replace('_', " ")
            );
            let mut rows = vec![(
                format!("assurance (chance it declares {winner} the winner)"),
                probability(a.power),
            )];
            match (a.visitors_for_power, &a.note) {
                (Some(n), _) => rows.push((
                    format!("visitors for {} assurance", percent(p.target_power)),
                    format!("{} per variant", thousands(n)),
                )),
                (None, Some(note)) => rows.push((note.clone(), String::new())),
                (None, None) => {}
            }
            let width = rows
                .iter()
                .map(|(l, _)| l.chars().count())
                .max()
                .unwrap_or(0);
            for (label, value) in rows {
                let _ = writeln!(out, "  {}", format!("{label:<width$}  {value}").trim_end());
            }
        }
        None => out.push_str(
            "\nThe shares are the model's, with the inputs as given: the plan is as good\n\
             as they are.\n",
        ),
    }
    out
}

/// A share as a percentage with two decimals: store shares are small.
fn percent_2(share: f64) -> String {
    format!("{:.2}%", share * 100.0)
}

//! `worthit solve FILE --input PATH --target SHARE`: the value of one input
//! that brings adoption to a target (`docs/planning.md`).

use std::fmt::Write as _;

use serde::Serialize;
use worthit_engine::solve::{Solution, SolveError, SolveRun};

use crate::args::SolveArgs;
use crate::summary::{percent, thousands};
use crate::{Failure, emit, load, source_name, to_json};

/// `worthit solve --json`.
#[derive(Serialize)]
struct SolveReport {
    solve: Solution,
    /// People simulated per evaluation.
    users: u64,
}

/// Runs the command: search, print.
pub fn run(args: &SolveArgs) -> Result<(), Failure> {
    let scenario = load(&args.input, args.overrides)?;
    let source = source_name(&args.input);
    let failure = |e: SolveError| match e {
        SolveError::Input(error) => Failure::Scenario {
            source: source.clone(),
            error,
        },
        unreachable @ SolveError::Unreachable { .. } => {
            Failure::NoAnswer(format!("{source}: {unreachable}"))
        }
    };
    let run = SolveRun::new(&scenario, &args.path, args.target).map_err(failure)?;
    let solution = crate::progress::drive_with_bar("Solving", args.json, run).map_err(failure)?;
    let report = SolveReport {
        solve: solution,
        users: scenario.users,
    };
    if args.json {
        emit(&to_json(&report)?)
    } else {
        emit(&text(&scenario.title, &report))
    }
}

/// The answer for a terminal.
fn text(title: &str, r: &SolveReport) -> String {
    let s = &r.solve;
    let mut out = String::new();
    // `write!` into a String cannot fail; the results are ignored on purpose.
    if !title.is_empty() {
        let _ = writeln!(out, "{title}");
    }
    let _ = writeln!(
        out,
        "To bring adoption to {}: {} = {} (now {}, with {} adopting).",
        percent(s.target),
        s.input,
        number(s.value),
        number(s.current_value),
        percent(s.current_share)
    );
    let _ = writeln!(
        out,
        "With it, {:.2}% adopt: the same {} people, searched over {} to {}.",
        s.adoption_share * 100.0,
        thousands(r.users),
        number(s.range[0]),
        number(s.range[1])
    );
    if !s.monotone {
        let _ = writeln!(
            out,
            "Adoption is not monotone in {}: other values may reach the target too; \
             this is the one nearest today's.",
            s.input
        );
    }
    out
}

/// An input's value to 4 decimals, as the scenario would hold it.
fn number(x: f64) -> String {
    format!("{x:.4}")
}

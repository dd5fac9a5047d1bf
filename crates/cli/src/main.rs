//! `worthit`: run and compare value–cost adoption scenarios from the
//! command line. See `docs/cli.md`.
//!
//! Everything that can fail returns a [`Failure`]; `main` turns it into a
//! message on standard error and exit status 2. Output is written with
//! `write_all`, never `println!`, so a closed pipe (`worthit … | head`)
//! ends the program quietly instead of panicking.

mod args;
mod calibrate;
mod lab;
mod plan;
mod progress;
mod retention;
mod robustness;
mod solve;
mod summary;
mod survey;

use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::time::Instant;

use args::{Command, Invocation, LabCommand, Overrides};
use worthit_engine::input::{MAX_INPUT_BYTES, TOO_LARGE};
use worthit_engine::lab::{
    ClaimCurveRun, ComparisonDoc, DEFAULT_LAB_USERS, LabOptions, NextScreenshotRun,
    parse_comparison_unvalidated,
};
use worthit_engine::{
    CompareResults, CompareSimulation, RunOptions, Scenario, ScenarioError, presets, validate,
};

/// Why a command did not complete.
enum Failure {
    /// A usage mistake or an unreadable file: one message.
    Usage(String),
    /// An invalid scenario from `source` (a file name or `<stdin>`).
    Scenario {
        source: String,
        error: ScenarioError,
    },
    /// The question has no answer (`worthit solve`: no value reaches the
    /// target): exit status 1, one message.
    NoAnswer(String),
    /// Standard output went away (a closed pipe); not worth a message.
    BrokenPipe,
    /// Writing the output failed for another reason.
    Output(io::Error),
}

fn main() -> ExitCode {
    match args::parse(std::env::args_os().skip(1))
        .map_err(Failure::Usage)
        .and_then(execute)
    {
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(failure @ Failure::NoAnswer(_)) => {
            report(&failure);
            ExitCode::from(1)
        }
        Err(failure) => {
            report(&failure);
            ExitCode::from(2)
        }
    }
}

/// Prints a failure on standard error, one problem per line, each naming
/// where it is (`file: path: message`).
fn report(failure: &Failure) {
    let text = match failure {
        Failure::Usage(m) | Failure::NoAnswer(m) => format!("worthit: {m}\n"),
        Failure::Scenario { source, error } => {
            let mut text = String::new();
            for p in &error.problems {
                text.push_str(&format!("worthit: {source}: {p}\n"));
            }
            text
        }
        Failure::Output(e) => format!("worthit: cannot write the output: {e}\n"),
        Failure::BrokenPipe => String::new(),
    };
    // If standard error is gone too there is nobody left to tell.
    let _ = io::stderr().write_all(text.as_bytes());
}

fn execute(invocation: Invocation) -> Result<(), Failure> {
    let command = match invocation {
        Invocation::Help => return emit(args::HELP),
        Invocation::Version => {
            return emit(&format!("worthit {}\n", env!("CARGO_PKG_VERSION")));
        }
        Invocation::Command(command) => command,
    };
    // One arm a command; a longer command's work lives in its own file
    // (`lab.rs`, `summary.rs`, …) as a plain function called from here.
    match command {
        Command::Schema => {
            let mut schema = worthit_engine::schema::scenario_schema_json();
            schema.push('\n');
            emit(&schema)
        }
        Command::Presets => {
            let entries: Vec<String> = presets::all()
                .iter()
                .map(|p| format!("{}\n  {}\n  {}\n", p.id, p.name, p.description))
                .collect();
            emit(&entries.join("\n"))
        }
        Command::Preset { id } => match presets::get(&id) {
            Some(p) => emit(p.json()),
            None => {
                let ids: Vec<&str> = presets::all().iter().map(|p| p.id).collect();
                Err(Failure::Usage(format!(
                    "no preset `{id}`; the presets are {}",
                    ids.join(", ")
                )))
            }
        },
        Command::Run(args::RunArgs { sim, sensitivity }) => {
            let scenario = load(&sim.input, sim.overrides)?;
            let options = RunOptions {
                sensitivity,
                ..RunOptions::default()
            };
            let start = Instant::now();
            let bar = progress::Progress::new("Simulating", sim.json);
            let mut results =
                worthit_engine::run_parallel_with_progress(&scenario, &options, |done, total| {
                    bar.update(done, total)
                })
                .map_err(|error| Failure::Scenario {
                    source: source_name(&sim.input),
                    error,
                })?;
            bar.clear();
            results.uncertainty = calibrate::uncertainty(&scenario, &sim.input, sensitivity)?;
            results.elapsed_ms = elapsed_ms(start);
            if sim.json {
                emit(&to_json(&results)?)
            } else {
                emit(&summary::run_summary(&results, scenario.exercise.as_ref()))
            }
        }
        Command::Compare(args::CompareArgs {
            inputs,
            overrides,
            json,
            draws,
        }) => match inputs.as_slice() {
            [a, b] => {
                let sa = load(a, overrides)?;
                let sb = load(b, overrides)?;
                let source = format!("{} vs. {}", source_name(a), source_name(b));
                compare_and_print(&sa, &sb, &source, json, draws)
            }
            // clap allows one or two files, so this is the one-file form:
            // both scenarios from one comparison document.
            _ => {
                let input = &inputs[0];
                let doc = load_comparison(input, overrides)?;
                compare_and_print(&doc.a, &doc.b, &source_name(input), json, draws)
            }
        },
        Command::Plan(args) => plan::run(&args),
        Command::Solve(args) => solve::run(&args),
        Command::Calibrate(sim) => calibrate::command(&sim.input, sim.overrides, sim.json),
        Command::Survey(args) => survey::run(&args.input, args.base.as_deref(), args.json),
        Command::Lab {
            what: LabCommand::Next(sim),
        } => {
            let (scenario, run) = start_lab(&sim, NextScreenshotRun::new)?;
            let users = run.users();
            let options = progress::drive_with_bar("Trying screenshots", sim.json, run);
            let report = lab::NextReport {
                users,
                screenshots: &scenario.product.screenshots,
                options: &options,
            };
            emit_report(sim.json, &report, || {
                lab::next_table(&scenario.title, &report)
            })
        }
        Command::Lab {
            what: LabCommand::Claims(args::ClaimsArgs { sim, points }),
        } => {
            let (scenario, run) = start_lab(&sim, |s, o| ClaimCurveRun::new(s, o, points))?;
            let curve = progress::drive_with_bar("Tracing the claim curve", sim.json, run);
            emit_report(sim.json, &curve, || {
                lab::claims_table(&scenario.title, &curve)
            })
        }
    }
}

/// What both lab commands do before their search: load the scenario (with
/// the command line's overrides) and start the engine's run on it, a
/// refused scenario reported against its file.
fn start_lab<R>(
    sim: &args::SimArgs,
    start: impl FnOnce(&Scenario, &LabOptions) -> Result<R, ScenarioError>,
) -> Result<(Scenario, R), Failure> {
    let scenario = load(&sim.input, sim.overrides)?;
    let run = start(&scenario, &lab_options(sim.overrides)).map_err(|error| Failure::Scenario {
        source: source_name(&sim.input),
        error,
    })?;
    Ok((scenario, run))
}

/// Prints `report` as JSON with `--json`, otherwise as the table `table`
/// writes.
fn emit_report<T: serde::Serialize>(
    json: bool,
    report: &T,
    table: impl FnOnce() -> String,
) -> Result<(), Failure> {
    if json {
        emit(&to_json(report)?)
    } else {
        emit(&table())
    }
}

/// Lab evaluations simulate `--users` people when given, otherwise the
/// scenario's users capped at the lab default.
fn lab_options(overrides: Overrides) -> LabOptions {
    LabOptions {
        max_users: overrides.users.unwrap_or(DEFAULT_LAB_USERS),
    }
}

/// Runs A vs. B on the same people and prints the results.
fn compare_and_print(
    a: &Scenario,
    b: &Scenario,
    source: &str,
    json: bool,
    draws: usize,
) -> Result<(), Failure> {
    // Sensitivity is per scenario and would double the work; the
    // comparison is the point here.
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let start = Instant::now();
    let run = CompareSimulation::new(a, b, &options).map_err(|error| Failure::Scenario {
        source: source.to_string(),
        error,
    })?;
    let mut results: CompareResults = progress::drive_with_bar("Comparing", json, run);
    // One clock for the pair: the runs share their people.
    let elapsed = elapsed_ms(start);
    results.a.elapsed_ms = elapsed;
    results.b.elapsed_ms = elapsed;
    // The verdict's robustness to the illustrative screenshot effects,
    // when A and B differ in them (many smaller runs; not in the clock).
    results.comparison.robustness =
        robustness::compute(a, b, draws, json).map_err(|error| Failure::Scenario {
            source: source.to_string(),
            error,
        })?;
    if json {
        emit(&to_json(&results)?)
    } else {
        let mut text = summary::compare_summary(&results);
        text.push_str(&robustness::describe(
            a,
            b,
            results.comparison.robustness.as_ref(),
        ));
        emit(&text)
    }
}

/// Reads a comparison document, applies the overrides to both scenarios
/// and validates it; problems are named `a.…` / `b.…`.
fn load_comparison(input: &str, overrides: Overrides) -> Result<ComparisonDoc, Failure> {
    let source = source_name(input);
    let text = read_input(input)?;
    let fail = |error| Failure::Scenario {
        source: source.clone(),
        error,
    };
    let mut doc = parse_comparison_unvalidated(&text).map_err(fail)?;
    for s in [&mut doc.a, &mut doc.b] {
        if let Some(users) = overrides.users {
            s.users = users;
        }
        if let Some(seed) = overrides.seed {
            s.seed = seed;
        }
    }
    doc.validate().map_err(fail)?;
    Ok(doc)
}

/// Milliseconds since `start`, to 0.1 ms: finer digits are noise.
fn elapsed_ms(start: Instant) -> f64 {
    (start.elapsed().as_secs_f64() * 10_000.0).round() / 10.0
}

/// Reads, parses, overrides and validates one scenario.
fn load(input: &str, overrides: Overrides) -> Result<Scenario, Failure> {
    let source = source_name(input);
    let text = read_input(input)?;
    let fail = |error| Failure::Scenario {
        source: source.clone(),
        error,
    };
    // Overrides come before validation so `--users 1000` can rescue a file
    // whose own `users` is out of range.
    let mut scenario = worthit_engine::parse::parse_scenario_unvalidated(&text).map_err(fail)?;
    if let Some(users) = overrides.users {
        scenario.users = users;
    }
    if let Some(seed) = overrides.seed {
        scenario.seed = seed;
    }
    validate::validate(&scenario).map_err(fail)?;
    Ok(scenario)
}

fn source_name(input: &str) -> String {
    if input == "-" {
        "<stdin>".to_string()
    } else {
        input.to_string()
    }
}

/// Reads FILE or standard input (`-`), at most one byte over the engine's
/// input limit: an endless input (`/dev/zero`, a stuck pipe) is refused
/// with "too large" instead of filling the memory.
fn read_input(input: &str) -> Result<String, Failure> {
    let name = source_name(input);
    let bytes = if input == "-" {
        read_bounded(io::stdin().lock())
    } else {
        std::fs::File::open(input).and_then(read_bounded)
    }
    .map_err(|e| Failure::Usage(format!("{name}: cannot read: {e}")))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Failure::Usage(format!(
            "{name}: {TOO_LARGE} (worthit reads documents of at most {MAX_INPUT_BYTES} bytes)"
        )));
    }
    String::from_utf8(bytes).map_err(|e| {
        Failure::Usage(format!(
            "{name}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Up to `MAX_INPUT_BYTES + 1` bytes of `reader`: enough to tell that an
/// input is over the limit without reading the rest.
fn read_bounded(reader: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    let mut text =
        serde_json::to_string_pretty(value).map_err(|e| Failure::Output(io::Error::other(e)))?;
    text.push('\n');
    Ok(text)
}

/// Writes to standard output, telling a closed pipe from other failures.
fn emit(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| {
            if e.kind() == io::ErrorKind::BrokenPipe {
                Failure::BrokenPipe
            } else {
                Failure::Output(e)
            }
        })
}

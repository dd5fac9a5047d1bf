//! The command line, parsed by clap's derive API into a [`Command`]. Each
//! command is one variant with its own options; options may come before or
//! after the command's positional arguments; `-` names standard input.
//!
//! clap parses, but `worthit` keeps its own voice: `--help` prints [`HELP`]
//! (one page for every command), and a usage mistake becomes one line in
//! the words `worthit` has always used (`usage: worthit run FILE|- …`,
//! `--points is only for \`worthit lab claims\``), see [`message`].
//!
//! A new command is a new variant of [`Command`] (with an `override_usage`,
//! which is the `usage:` line of its mistakes), an arm in `main.rs`'s
//! `execute` that calls a plain function in `crates/cli/src/<command>.rs`,
//! and a paragraph in [`HELP`] and `docs/cli.md`.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use worthit_engine::validate::MAX_USERS;

/// What the command line asks for: a command, or the help or version text.
#[derive(Debug, PartialEq)]
pub enum Invocation {
    Command(Command),
    Help,
    Version,
}

/// The whole command line.
#[derive(Debug, Parser)]
#[command(
    name = "worthit",
    version,
    propagate_version = true,
    subcommand_required = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Everything `worthit` can be asked to do.
#[derive(Debug, PartialEq, Subcommand)]
pub enum Command {
    /// `worthit run FILE`: simulate one scenario.
    #[command(
        override_usage = "worthit run FILE|- [--users N] [--seed S] [--json] [--no-sensitivity]"
    )]
    Run(RunArgs),
    /// `worthit compare A B` or `worthit compare COMPARISON`: A vs. B on
    /// the same people.
    #[command(
        override_usage = "worthit compare A B | COMPARISON [--users N] [--seed S] [--json] [--draws K]"
    )]
    Compare(CompareArgs),
    /// `worthit lab next|claims FILE`: the screenshot lab.
    #[command(
        override_usage = "worthit lab next FILE|- [--users N] [--seed S] [--json]\n       \
                          worthit lab claims FILE|- [--points N] [--users N] [--seed S] [--json]",
        subcommand_required = true
    )]
    Lab {
        #[command(subcommand)]
        what: LabCommand,
    },
    /// `worthit plan COMPARISON --visitors N`: plan a store listing test.
    #[command(
        override_usage = "worthit plan COMPARISON --visitors N [--confidence C] [--power P] \
                          [--draws K] [--users N] [--seed S] [--json]"
    )]
    Plan(PlanArgs),
    /// `worthit solve FILE --input PATH --target SHARE`: the value of one
    /// input that brings adoption to a target.
    #[command(
        override_usage = "worthit solve FILE|- --input PATH --target SHARE [--users N] \
                          [--seed S] [--json]"
    )]
    Solve(SolveArgs),
    /// `worthit calibrate FILE`: fit the scenario's calibration block.
    #[command(override_usage = "worthit calibrate FILE|- [--users N] [--seed S] [--json]")]
    Calibrate(SimArgs),
    /// `worthit survey FILE.csv [--base SCENARIO]`: a scenario fitted to
    /// survey respondents (`docs/survey.md`).
    #[command(override_usage = "worthit survey FILE.csv|- [--base SCENARIO] [--json]")]
    Survey(SurveyArgs),
    /// `worthit presets`: list the bundled scenarios.
    #[command(override_usage = "worthit presets")]
    Presets,
    /// `worthit preset ID`: print one bundled scenario.
    #[command(override_usage = "worthit preset ID")]
    Preset {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// `worthit schema`: print the scenario's JSON Schema.
    #[command(override_usage = "worthit schema")]
    Schema,
}

/// `worthit lab …`.
#[derive(Debug, PartialEq, Subcommand)]
pub enum LabCommand {
    /// `worthit lab next FILE`: which screenshot to add next.
    #[command(override_usage = "worthit lab next FILE|- [--users N] [--seed S] [--json]")]
    Next(SimArgs),
    /// `worthit lab claims FILE`: adoption against claim strength.
    #[command(
        override_usage = "worthit lab claims FILE|- [--points N] [--users N] [--seed S] [--json]"
    )]
    Claims(ClaimsArgs),
}

/// The file and options every simulating command takes.
#[derive(Debug, PartialEq, Args)]
pub struct SimArgs {
    /// A scenario file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub input: String,
    #[command(flatten)]
    pub overrides: Overrides,
    /// Print JSON instead of a readable summary.
    #[arg(long)]
    pub json: bool,
}

/// `worthit run`.
#[derive(Debug, PartialEq, Args)]
pub struct RunArgs {
    #[command(flatten)]
    pub sim: SimArgs,
    /// Skip the what-if rows.
    #[arg(long = "no-sensitivity", action = clap::ArgAction::SetFalse)]
    pub sensitivity: bool,
}

/// `worthit compare`: two scenario files, or one comparison document.
#[derive(Debug, PartialEq, Args)]
pub struct CompareArgs {
    #[arg(value_name = "FILE", required = true, num_args = 1..=2)]
    pub inputs: Vec<String>,
    #[command(flatten)]
    pub overrides: Overrides,
    #[arg(long)]
    pub json: bool,
    /// Draws of the screenshot-effect prior for the verdict's robustness
    /// (0 skips it).
    #[arg(long, value_name = "K", default_value_t = worthit_engine::robustness::DEFAULT_DRAWS,
          value_parser = draws, allow_hyphen_values = true)]
    pub draws: usize,
}

/// `worthit lab claims`.
#[derive(Debug, PartialEq, Args)]
pub struct ClaimsArgs {
    #[command(flatten)]
    pub sim: SimArgs,
    /// Claims on the curve.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_POINTS, value_parser = points,
          allow_hyphen_values = true)]
    pub points: usize,
}

/// `worthit plan`.
#[derive(Debug, PartialEq, Args)]
pub struct PlanArgs {
    /// A comparison document (`docs/comparison-format.md`).
    #[arg(value_name = "COMPARISON")]
    pub input: String,
    /// Visitors per variant.
    #[arg(long, value_name = "N", required = true, value_parser = visitors,
          allow_hyphen_values = true)]
    pub visitors: u64,
    /// Confidence of the two-sided test.
    #[arg(long, value_name = "C", default_value_t = 0.90, value_parser = confidence,
          allow_hyphen_values = true)]
    pub confidence: f64,
    /// Target power.
    #[arg(long, value_name = "P", default_value_t = 0.80, value_parser = power,
          allow_hyphen_values = true)]
    pub power: f64,
    /// Draws of the screenshot-effect prior for assurance (0 skips it).
    #[arg(long, value_name = "K", default_value_t = worthit_engine::robustness::DEFAULT_DRAWS,
          value_parser = draws, allow_hyphen_values = true)]
    pub draws: usize,
    #[command(flatten)]
    pub overrides: Overrides,
    #[arg(long)]
    pub json: bool,
}

/// `worthit survey`.
#[derive(Debug, PartialEq, Args)]
pub struct SurveyArgs {
    /// A CSV file of respondents, or `-` for standard input.
    #[arg(value_name = "FILE.csv")]
    pub input: String,
    /// A scenario that gives everything the survey does not (name,
    /// alternatives, rule, …).
    #[arg(long, value_name = "SCENARIO")]
    pub base: Option<String>,
    /// Print `{ "scenario": …, "report": … }` instead of a summary.
    #[arg(long)]
    pub json: bool,
}

/// `worthit solve`.
#[derive(Debug, PartialEq, Args)]
pub struct SolveArgs {
    /// A scenario file, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub input: String,
    /// The input's dotted path (`product.value.mean`).
    #[arg(long = "input", value_name = "PATH", required = true)]
    pub path: String,
    /// The adoption share to reach.
    #[arg(long, value_name = "SHARE", required = true, value_parser = target,
          allow_hyphen_values = true)]
    pub target: f64,
    #[command(flatten)]
    pub overrides: Overrides,
    #[arg(long)]
    pub json: bool,
}

/// Caller overrides of a scenario's `users` and `seed`.
#[derive(Debug, Default, PartialEq, Clone, Copy, Args)]
pub struct Overrides {
    #[arg(long, value_name = "N", value_parser = users, allow_hyphen_values = true)]
    pub users: Option<u64>,
    #[arg(long, value_name = "S", value_parser = seed, allow_hyphen_values = true)]
    pub seed: Option<u64>,
}

/// Claims on a `worthit lab claims` curve unless `--points` says otherwise.
pub const DEFAULT_POINTS: usize = 25;
/// Most claims on a curve (the engine's limit).
const MAX_POINTS: usize = 201;

/// Parses the arguments after the program name. The error is a one-line
/// message for a usage mistake.
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Invocation, String> {
    let args: Vec<std::ffi::OsString> = std::iter::once("worthit".into()).chain(args).collect();
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            return match e.kind() {
                ErrorKind::DisplayHelp => Ok(Invocation::Help),
                ErrorKind::DisplayVersion => Ok(Invocation::Version),
                _ => Err(message(&e, &command_path(&args))),
            };
        }
    };
    Cli::from_arg_matches(&matches)
        .map(|cli| Invocation::Command(cli.command))
        .map_err(|e| message(&e, &command_path(&args)))
}

/// The names of the (sub)commands the arguments reached, e.g. `["lab",
/// "claims"]`, found by parsing again with errors ignored: clap's error
/// does not say which command it was parsing.
fn command_path(args: &[std::ffi::OsString]) -> Vec<String> {
    let mut path = Vec::new();
    let Ok(matches) = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(args)
    else {
        return path;
    };
    let mut current = &matches;
    while let Some((name, sub)) = current.subcommand() {
        path.push(name.to_string());
        current = sub;
    }
    path
}

/// clap's error as `worthit`'s one-line message.
fn message(e: &clap::Error, path: &[String]) -> String {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        Some(other) => Some(other.to_string()),
        None => None,
    };
    let usage = || format!("usage: {}", usage(path));
    match e.kind() {
        // The derive asks for help when a command is missing altogether;
        // worthit says what is missing instead.
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            if path.is_empty() =>
        {
            "no command given; try `worthit --help`".into()
        }
        ErrorKind::InvalidSubcommand if path.is_empty() => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            match text(ContextKind::SuggestedSubcommand) {
                Some(s) => {
                    format!("unknown command `{name}` (did you mean `{s}`?); try `worthit --help`")
                }
                None => format!("unknown command `{name}`; try `worthit --help`"),
            }
        }
        // A required option (`--visitors N`) is named before the usage.
        ErrorKind::MissingRequiredArgument
            if text(ContextKind::InvalidArg).is_some_and(|a| a.starts_with("--")) =>
        {
            let arg = text(ContextKind::InvalidArg).unwrap_or_default();
            let arg = arg.replace(['<', '>'], "");
            format!("{arg} is required; {}", usage())
        }
        ErrorKind::MissingSubcommand
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::InvalidSubcommand
        | ErrorKind::MissingRequiredArgument
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues => usage(),
        ErrorKind::UnknownArgument => {
            let arg = text(ContextKind::InvalidArg).unwrap_or_default();
            if !arg.starts_with('-') || arg == "-" {
                // A positional argument too many.
                return usage();
            }
            unknown_option(&arg, path, text(ContextKind::SuggestedArg))
        }
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            // Our own value parsers name the option and the value.
            Some(source) => source.to_string(),
            None => first_line(e),
        },
        _ => first_line(e),
    }
}

/// The `usage:` line of the command at `path` (its `override_usage`).
fn usage(path: &[String]) -> String {
    let mut command = Cli::command();
    for name in path {
        match command.find_subcommand(name) {
            Some(sub) => command = sub.clone(),
            None => break,
        }
    }
    let rendered = command.render_usage().to_string();
    rendered
        .strip_prefix("Usage: ")
        .unwrap_or(&rendered)
        .to_string()
}

/// An option the command at `path` does not take: say which commands do
/// take it, or that the command takes no options at all, so a typo'd
/// invocation never looks like it worked.
fn unknown_option(arg: &str, path: &[String], suggestion: Option<String>) -> String {
    let option = arg.split('=').next().unwrap_or(arg);
    let root = Cli::command();
    let mut command = &root;
    for name in path {
        match command.find_subcommand(name) {
            Some(sub) => command = sub,
            None => break,
        }
    }
    let takes_options = command
        .get_arguments()
        .any(|a| !a.is_positional() && !is_builtin(a));
    let name = std::iter::once("worthit")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    if !path.is_empty() && !takes_options {
        return format!("`{name}` takes no options");
    }
    let mut owners = Vec::new();
    commands_taking(&root, "worthit", option, &mut owners);
    if !owners.is_empty() {
        let owners: Vec<String> = owners.iter().map(|o| format!("`{o}`")).collect();
        return if path.is_empty() {
            format!(
                "{option} goes after the command; it is for {}",
                owners.join(", ")
            )
        } else {
            format!("{option} is only for {}", owners.join(", "))
        };
    }
    match suggestion {
        Some(s) => format!("`{name}` has no option {option} (did you mean {s}?)"),
        None => format!("`{name}` has no option {option}"),
    }
}

/// clap's own `--help` and `--version`.
fn is_builtin(arg: &clap::Arg) -> bool {
    matches!(arg.get_id().as_str(), "help" | "version")
}

/// Collects the full names of the commands under `command` that take the
/// long option `option` (`--points`).
fn commands_taking(command: &clap::Command, name: &str, option: &str, out: &mut Vec<String>) {
    let long = option.trim_start_matches("--");
    if command
        .get_arguments()
        .any(|a| !is_builtin(a) && a.get_long() == Some(long))
    {
        out.push(name.to_string());
    }
    for sub in command.get_subcommands() {
        if sub.get_name() != "help" {
            commands_taking(sub, &format!("{name} {}", sub.get_name()), option, out);
        }
    }
}

/// clap's own message without its `error: ` prefix and its hints.
fn first_line(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let line = rendered.lines().next().unwrap_or_default();
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

/// An option's value as a whole number, with a message naming the option.
fn whole_number(option: &str, raw: &str) -> Result<u64, String> {
    raw.trim()
        .parse()
        .map_err(|_| format!("{option} expects a whole number ≥ 0, got {raw:?}"))
}

fn users(raw: &str) -> Result<u64, String> {
    let n = whole_number("--users", raw)?;
    if (1..=MAX_USERS).contains(&n) {
        Ok(n)
    } else {
        Err(format!(
            "--users must be between 1 and {MAX_USERS}, got {n}"
        ))
    }
}

fn seed(raw: &str) -> Result<u64, String> {
    whole_number("--seed", raw)
}

fn points(raw: &str) -> Result<usize, String> {
    let n = whole_number("--points", raw)?;
    if (3..=MAX_POINTS as u64).contains(&n) {
        Ok(n as usize)
    } else {
        Err(format!(
            "--points must be between 3 and {MAX_POINTS}, got {n}"
        ))
    }
}

/// Most robustness draws: 10,000 draws of 10,000 people is already a
/// long wait.
const MAX_DRAWS: usize = 10_000;

fn draws(raw: &str) -> Result<usize, String> {
    let n = whole_number("--draws", raw)?;
    if n <= MAX_DRAWS as u64 {
        Ok(n as usize)
    } else {
        Err(format!(
            "--draws must be between 0 and {MAX_DRAWS}, got {n}"
        ))
    }
}

fn visitors(raw: &str) -> Result<u64, String> {
    let n = whole_number("--visitors", raw)?;
    let max = worthit_engine::plan::MAX_VISITORS;
    if (1..=max).contains(&n) {
        Ok(n)
    } else {
        Err(format!("--visitors must be between 1 and {max}, got {n}"))
    }
}

/// A probability strictly between 0 and 1, with a message naming the
/// option.
fn open_unit(option: &str, raw: &str) -> Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(x) if x > 0.0 && x < 1.0 => Ok(x),
        Ok(x) => Err(format!(
            "{option} must be strictly between 0 and 1 (e.g. 0.9), got {x}"
        )),
        Err(_) => Err(format!(
            "{option} expects a number between 0 and 1, got {raw:?}"
        )),
    }
}

fn target(raw: &str) -> Result<f64, String> {
    match raw.trim().parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(x) => Err(format!(
            "--target must be a share between 0 and 1 (e.g. 0.4 for 40%), got {x}"
        )),
        Err(_) => Err(format!(
            "--target expects a share between 0 and 1, got {raw:?}"
        )),
    }
}

fn confidence(raw: &str) -> Result<f64, String> {
    open_unit("--confidence", raw)
}

fn power(raw: &str) -> Result<f64, String> {
    open_unit("--power", raw)
}

/// The `--help` text.
pub const HELP: &str = "\
worthit: simulate who adopts a product when perceived value beats perceived cost

Usage:
  worthit run FILE|- [--users N] [--seed S] [--json] [--no-sensitivity]
      Simulate a scenario (a JSON file, or - for standard input) and print a
      summary: adoption with its 95% interval, choices, segments, barriers,
      the largest what-if effects and, with a diffusion block, the timeline.
      --json prints results format v1 instead.
  worthit compare A B [--users N] [--seed S] [--json] [--draws K]
  worthit compare COMPARISON [--users N] [--seed S] [--json] [--draws K]
      Simulate two scenarios on the same people (common random numbers) and
      print both results and the lift of B over A with its 95% interval.
      The scenarios come from two files, or from one comparison document
      (\"kind\": \"worthit-comparison\", docs/comparison-format.md).
      When their screenshots differ, the verdict is re-run over K draws
      (default 200, 0 skips it) of plausible screenshot effects: how often
      B wins, and the lift's spread.
  worthit lab next FILE|- [--users N] [--seed S] [--json]
      Which screenshot to add next: the lift of inserting each kind at each
      position of the strip, best first, each on the same people.
  worthit lab claims FILE|- [--points N] [--users N] [--seed S] [--json]
      Adoption against claim strength (N claims, default 25, 3..=201) with
      the best claim marked. Lab commands simulate min(users, 20000)
      people per evaluation; --users N sets the number exactly.
  worthit plan COMPARISON --visitors N [--confidence C] [--power P]
               [--draws K] [--users N] [--seed S] [--json]
      Plan a store listing experiment of A against B: the chance that a
      two-sided test at confidence C (default 0.90) with N visitors per
      variant declares the better one, the visitors per variant for power P
      (default 0.80), and the smallest lift it detects at N. The shares of
      A and B are simulated from the comparison document. When their
      screenshots differ, also the assurance: power averaged over K draws
      (default 200, 0 skips it) of plausible screenshot effects.
  worthit solve FILE|- --input PATH --target SHARE [--users N] [--seed S]
                [--json]
      The value of one input (a dotted path such as product.value.mean or
      product.costs.time.mean) that brings adoption to SHARE (e.g. 0.4),
      searched over the input's valid range on the same simulated people.
      Exit status 1 when no value in that range reaches it.
  worthit calibrate FILE|- [--users N] [--seed S] [--json]
      Fit the inputs named in the scenario's calibration block to the
      observed counts: each input's posterior median and 95% interval, the
      predicted share of each observation, warnings, and the calibrated
      scenario (with --json). --users N sets the simulated people per
      evaluation (default 16 × the largest observation, 20000..=400000).
  worthit survey FILE.csv|- [--base SCENARIO] [--json]
      Fit a scenario to survey respondents (columns value and any of money,
      time, learning, trust, emotional, safety; optional segment and
      adopted; other columns ignored; docs/survey.md). Prints the fit and
      the scenario; --json prints { \"scenario\": …, \"report\": … }. The base
      scenario gives everything not fitted (name, alternatives, rule…).
  worthit presets
      List the bundled example scenarios.
  worthit preset ID
      Print a bundled scenario as JSON (e.g. `worthit preset game-gameplay |
      worthit run -`).
  worthit schema
      Print the JSON Schema of the scenario format.

Options:
  --users N         Simulate N people (1..=100000000) instead of the file's users.
  --seed S          Use seed S instead of the file's seed.
  --json            Print JSON (results v1 for run, both results and
                    `comparison` for compare, the ranking or the curve for
                    lab).
  --no-sensitivity  Skip the what-if sensitivity rows (faster).
  -h, --help        Print this help.
  -V, --version     Print the version.

Options follow the command (`worthit run FILE --json`), before or after its
files.

Exit status: 0 on success, 1 when `worthit solve` finds no value that
reaches the target, 2 on a usage error or an invalid scenario (the message
names the file and the JSON path, or the line and column).
Formats: docs/scenario-format.md, docs/results-format.md,
docs/comparison-format.md, docs/cli.md.
";

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Invocation, String> {
        parse(args.iter().map(Into::into))
    }

    fn command(args: &[&str]) -> Command {
        match parse_str(args) {
            Ok(Invocation::Command(c)) => c,
            other => panic!("{args:?} gave {other:?}"),
        }
    }

    fn error(args: &[&str]) -> String {
        parse_str(args).expect_err("a usage mistake")
    }

    fn sim(input: &str, users: Option<u64>, seed: Option<u64>, json: bool) -> SimArgs {
        SimArgs {
            input: input.into(),
            overrides: Overrides { users, seed },
            json,
        }
    }

    #[test]
    fn options_may_follow_or_precede_the_file() {
        let expected = Command::Run(RunArgs {
            sim: sim("a.json", Some(500), Some(9), true),
            sensitivity: true,
        });
        assert_eq!(
            command(&["run", "a.json", "--users", "500", "--seed=9", "--json"]),
            expected
        );
        assert_eq!(
            command(&["run", "--json", "--users", "500", "--seed", "9", "a.json"]),
            expected
        );
        let Command::Run(run) = command(&["run", "-", "--no-sensitivity"]) else {
            panic!("expected run");
        };
        assert_eq!(run.sim.input, "-");
        assert!(!run.sensitivity);
    }

    #[test]
    fn usage_mistakes_are_errors_in_worthits_words() {
        assert_eq!(error(&[]), "no command given; try `worthit --help`");
        assert_eq!(
            error(&["fly"]),
            "unknown command `fly`; try `worthit --help`"
        );
        assert!(error(&["compar"]).contains("did you mean `compare`?"));
        assert_eq!(
            error(&["run"]),
            "usage: worthit run FILE|- [--users N] [--seed S] [--json] [--no-sensitivity]"
        );
        assert!(error(&["run", "a", "b"]).starts_with("usage: worthit run"));
        assert!(error(&["compare"]).starts_with("usage: worthit compare"));
        assert!(error(&["compare", "a", "b", "c"]).starts_with("usage: worthit compare"));
        assert!(error(&["lab", "later", "x"]).starts_with("usage: worthit lab next"));
        assert!(error(&["lab"]).contains("worthit lab claims"));
        assert_eq!(
            error(&["run", "x", "--points", "9"]),
            "--points is only for `worthit lab claims`"
        );
        assert_eq!(
            error(&["lab", "claims", "x", "--points", "2"]),
            "--points must be between 3 and 201, got 2"
        );
        assert_eq!(
            error(&["run", "a", "--users", "0"]),
            "--users must be between 1 and 100000000, got 0"
        );
        assert_eq!(
            error(&["run", "a", "--users", "many"]),
            "--users expects a whole number ≥ 0, got \"many\""
        );
        assert_eq!(
            error(&["run", "a", "--users", "-5"]),
            "--users expects a whole number ≥ 0, got \"-5\""
        );
        assert_eq!(
            error(&["run", "a", "--colour"]),
            "`worthit run` has no option --colour"
        );
        assert!(error(&["run", "a", "--user", "5"]).contains("did you mean --users?"));
        assert_eq!(
            error(&["schema", "--json"]),
            "`worthit schema` takes no options"
        );
        assert_eq!(
            error(&["presets", "--seed", "3"]),
            "`worthit presets` takes no options"
        );
        assert_eq!(
            error(&["compare", "a", "--no-sensitivity"]),
            "--no-sensitivity is only for `worthit run`"
        );
        assert!(error(&["run", "a", "--users"]).contains("--users"));
        assert!(error(&["--json", "run", "a"]).starts_with("--json goes after the command"));
        assert!(
            error(&["plan", "ab.json"])
                .starts_with("--visitors N is required; usage: worthit plan COMPARISON")
        );
        assert_eq!(
            error(&["plan", "ab.json", "--visitors", "9", "--confidence", "1"]),
            "--confidence must be strictly between 0 and 1 (e.g. 0.9), got 1"
        );
        assert_eq!(
            error(&["plan", "ab.json", "--visitors", "9", "--power", "high"]),
            "--power expects a number between 0 and 1, got \"high\""
        );
    }

    #[test]
    fn one_compare_file_is_a_comparison_document() {
        assert_eq!(
            command(&["compare", "ab.json", "--json"]),
            Command::Compare(CompareArgs {
                inputs: vec!["ab.json".into()],
                overrides: Overrides::default(),
                json: true,
                draws: worthit_engine::robustness::DEFAULT_DRAWS,
            })
        );
        let Command::Compare(c) = command(&["compare", "a.json", "b.json"]) else {
            panic!("expected compare");
        };
        assert_eq!(c.inputs, ["a.json", "b.json"]);
    }

    #[test]
    fn lab_commands() {
        assert_eq!(
            command(&["lab", "claims", "f.json", "--points", "9", "--users", "100"]),
            Command::Lab {
                what: LabCommand::Claims(ClaimsArgs {
                    sim: sim("f.json", Some(100), None, false),
                    points: 9,
                })
            }
        );
        assert_eq!(
            command(&["lab", "claims", "-"]),
            Command::Lab {
                what: LabCommand::Claims(ClaimsArgs {
                    sim: sim("-", None, None, false),
                    points: DEFAULT_POINTS,
                })
            }
        );
        assert_eq!(
            command(&["lab", "next", "f.json", "--json"]),
            Command::Lab {
                what: LabCommand::Next(sim("f.json", None, None, true))
            }
        );
    }

    #[test]
    fn help_and_version_win() {
        assert_eq!(parse_str(&["run", "--help"]), Ok(Invocation::Help));
        assert_eq!(parse_str(&["-h"]), Ok(Invocation::Help));
        assert_eq!(parse_str(&["help"]), Ok(Invocation::Help));
        assert_eq!(parse_str(&["help", "run"]), Ok(Invocation::Help));
        assert_eq!(parse_str(&["lab", "claims", "-h"]), Ok(Invocation::Help));
        assert_eq!(parse_str(&["-V"]), Ok(Invocation::Version));
        assert_eq!(parse_str(&["run", "--version"]), Ok(Invocation::Version));
    }

    #[test]
    fn every_command_has_a_usage_line_and_a_help_paragraph() {
        // A new command must say how it is used, both in its mistakes and
        // in the help text.
        fn walk(command: &mut clap::Command, name: &str) {
            let usage = command.render_usage().to_string();
            assert!(usage.starts_with(&format!("Usage: {name}")), "{usage}");
            if command.get_subcommands().next().is_none() {
                assert!(HELP.contains(&format!("  {name}")), "{name} is not in HELP");
            }
            let subs: Vec<String> = command
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .filter(|s| s != "help")
                .collect();
            for sub in subs {
                walk(
                    command.find_subcommand_mut(&sub).unwrap(),
                    &format!("{name} {sub}"),
                );
            }
        }
        let mut root = Cli::command();
        root.build();
        for sub in root
            .get_subcommands_mut()
            .filter(|s| s.get_name() != "help")
        {
            let name = format!("worthit {}", sub.get_name());
            walk(sub, &name);
        }
    }
}

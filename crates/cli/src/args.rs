//! The command line, parsed into a [`Command`]. Options may come before or
//! after the positional arguments; `-` names standard input.

use lexopt::prelude::*;
use worthit_engine::validate::MAX_USERS;

/// Everything `worthit` can be asked to do.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run {
        input: String,
        overrides: Overrides,
        json: bool,
        sensitivity: bool,
    },
    Compare {
        a: String,
        b: String,
        overrides: Overrides,
        json: bool,
    },
    Presets,
    Preset {
        id: String,
    },
    Schema,
    Help,
    Version,
}

/// Caller overrides of a scenario's `users` and `seed`.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
pub struct Overrides {
    pub users: Option<u64>,
    pub seed: Option<u64>,
}

/// Parses the arguments after the program name. The error is a one-line
/// message for a usage mistake.
pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Command, String> {
    parse_inner(lexopt::Parser::from_args(args)).map_err(|e| e.to_string())
}

fn parse_inner(mut p: lexopt::Parser) -> Result<Command, lexopt::Error> {
    let mut positional: Vec<String> = Vec::new();
    let mut overrides = Overrides::default();
    let mut json = false;
    let mut sensitivity = true;
    let mut help = false;
    let mut version = false;
    while let Some(arg) = p.next()? {
        match arg {
            Short('h') | Long("help") => help = true,
            Short('V') | Long("version") => version = true,
            Long("json") => json = true,
            Long("no-sensitivity") => sensitivity = false,
            Long("users") => {
                let n = whole_number(&mut p, "--users")?;
                if !(1..=MAX_USERS).contains(&n) {
                    return Err(
                        format!("--users must be between 1 and {MAX_USERS}, got {n}").into(),
                    );
                }
                overrides.users = Some(n);
            }
            Long("seed") => overrides.seed = Some(whole_number(&mut p, "--seed")?),
            Value(v) => positional.push(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    if help {
        return Ok(Command::Help);
    }
    if version {
        return Ok(Command::Version);
    }
    let Some((command, rest)) = positional.split_first() else {
        return Err("no command given; try `worthit --help`".into());
    };
    let want = |n: usize, usage: &str| -> Result<(), lexopt::Error> {
        if rest.len() == n {
            Ok(())
        } else {
            Err(format!("usage: {usage}").into())
        }
    };
    // Options that make no sense for a command are rejected rather than
    // silently ignored, so a typo'd invocation never looks like it worked.
    let no_run_options = |name: &str| -> Result<(), lexopt::Error> {
        if overrides != Overrides::default() || json || !sensitivity {
            Err(format!("`worthit {name}` takes no options").into())
        } else {
            Ok(())
        }
    };
    match command.as_str() {
        "run" => {
            want(
                1,
                "worthit run FILE|- [--users N] [--seed S] [--json] [--no-sensitivity]",
            )?;
            Ok(Command::Run {
                input: rest[0].clone(),
                overrides,
                json,
                sensitivity,
            })
        }
        "compare" => {
            want(2, "worthit compare A B [--users N] [--seed S] [--json]")?;
            if !sensitivity {
                return Err(
                    "`worthit compare` never computes sensitivity; drop --no-sensitivity".into(),
                );
            }
            Ok(Command::Compare {
                a: rest[0].clone(),
                b: rest[1].clone(),
                overrides,
                json,
            })
        }
        "presets" => {
            want(0, "worthit presets")?;
            no_run_options("presets")?;
            Ok(Command::Presets)
        }
        "preset" => {
            want(1, "worthit preset ID")?;
            no_run_options("preset")?;
            Ok(Command::Preset {
                id: rest[0].clone(),
            })
        }
        "schema" => {
            want(0, "worthit schema")?;
            no_run_options("schema")?;
            Ok(Command::Schema)
        }
        "help" => Ok(Command::Help),
        other => Err(format!("unknown command `{other}`; try `worthit --help`").into()),
    }
}

/// The option's value as a whole number, with an error naming the option.
fn whole_number(p: &mut lexopt::Parser, option: &str) -> Result<u64, lexopt::Error> {
    let raw = p.value()?.string()?;
    raw.trim()
        .parse()
        .map_err(|_| format!("{option} expects a whole number ≥ 0, got {raw:?}").into())
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
  worthit compare A B [--users N] [--seed S] [--json]
      Simulate two scenarios on the same people (common random numbers) and
      print both results and the lift of B over A with its 95% interval.
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
                    `comparison` for compare).
  --no-sensitivity  Skip the what-if sensitivity rows (faster).
  -h, --help        Print this help.
  -V, --version     Print the version.

Exit status: 0 on success, 2 on a usage error or an invalid scenario (the
message names the file and the JSON path, or the line and column).
Formats: docs/scenario-format.md, docs/results-format.md, docs/cli.md.
";

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(Into::into))
    }

    #[test]
    fn options_may_follow_or_precede_the_file() {
        let expected = Command::Run {
            input: "a.json".into(),
            overrides: Overrides {
                users: Some(500),
                seed: Some(9),
            },
            json: true,
            sensitivity: true,
        };
        assert_eq!(
            parse_str(&["run", "a.json", "--users", "500", "--seed=9", "--json"]),
            Ok(expected)
        );
        let Ok(Command::Run { input, .. }) = parse_str(&["--json", "run", "-"]) else {
            panic!("expected run");
        };
        assert_eq!(input, "-");
    }

    #[test]
    fn usage_mistakes_are_errors() {
        assert!(parse_str(&[]).unwrap_err().contains("no command"));
        assert!(
            parse_str(&["fly"])
                .unwrap_err()
                .contains("unknown command `fly`")
        );
        assert!(
            parse_str(&["run"])
                .unwrap_err()
                .contains("usage: worthit run")
        );
        assert!(
            parse_str(&["compare", "a"])
                .unwrap_err()
                .contains("usage: worthit compare")
        );
        assert!(
            parse_str(&["run", "a", "--users", "0"])
                .unwrap_err()
                .contains("between 1 and")
        );
        assert!(
            parse_str(&["run", "a", "--users", "many"])
                .unwrap_err()
                .contains("--users")
        );
        assert!(
            parse_str(&["run", "a", "--colour"])
                .unwrap_err()
                .contains("--colour")
        );
        assert!(
            parse_str(&["schema", "--json"])
                .unwrap_err()
                .contains("takes no options")
        );
    }

    #[test]
    fn help_wins_over_everything() {
        assert_eq!(parse_str(&["run", "--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["-V"]), Ok(Command::Version));
    }
}

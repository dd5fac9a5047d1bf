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
    /// `worthit compare COMPARISON`: both scenarios from one comparison
    /// document (`docs/comparison-format.md`).
    CompareDoc {
        input: String,
        overrides: Overrides,
        json: bool,
    },
    /// `worthit lab next FILE`: which screenshot to add next.
    LabNext {
        input: String,
        overrides: Overrides,
        json: bool,
    },
    /// `worthit lab claims FILE`: adoption against claim strength.
    LabClaims {
        input: String,
        overrides: Overrides,
        json: bool,
        points: usize,
    },
    /// `worthit survey FILE.csv [--base SCENARIO]`: a scenario fitted to
    /// survey respondents (`docs/survey.md`).
    Survey {
        input: String,
        base: Option<String>,
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

/// Claims on a `worthit lab claims` curve unless `--points` says otherwise.
pub const DEFAULT_POINTS: usize = 25;
/// Most claims on a curve (the engine's limit).
const MAX_POINTS: usize = 201;

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
    let mut points: Option<usize> = None;
    let mut help = false;
    let mut version = false;
    let mut base: Option<String> = None;
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
            Long("points") => {
                let n = whole_number(&mut p, "--points")?;
                if !(3..=MAX_POINTS as u64).contains(&n) {
                    return Err(
                        format!("--points must be between 3 and {MAX_POINTS}, got {n}").into(),
                    );
                }
                points = Some(n as usize);
            }
            Long("base") => base = Some(p.value()?.string()?),
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
    if points.is_some() && !(command == "lab" && rest.first().map(String::as_str) == Some("claims"))
    {
        return Err("--points is only for `worthit lab claims`".into());
    }
    if base.is_some() && command != "survey" {
        return Err("--base is only for `worthit survey`".into());
    }
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
            if !(1..=2).contains(&rest.len()) {
                return Err(
                    "usage: worthit compare A B | COMPARISON [--users N] [--seed S] [--json]"
                        .into(),
                );
            }
            if !sensitivity {
                return Err(
                    "`worthit compare` never computes sensitivity; drop --no-sensitivity".into(),
                );
            }
            Ok(match rest {
                [input] => Command::CompareDoc {
                    input: input.clone(),
                    overrides,
                    json,
                },
                _ => Command::Compare {
                    a: rest[0].clone(),
                    b: rest[1].clone(),
                    overrides,
                    json,
                },
            })
        }
        "lab" => {
            let usage = "usage: worthit lab next FILE|- [--users N] [--seed S] [--json]\n       \
                         worthit lab claims FILE|- [--points N] [--users N] [--seed S] [--json]";
            let [what, input] = rest else {
                return Err(usage.into());
            };
            if !sensitivity {
                return Err(
                    "`worthit lab` never computes sensitivity; drop --no-sensitivity".into(),
                );
            }
            let input = input.clone();
            match what.as_str() {
                "next" => Ok(Command::LabNext {
                    input,
                    overrides,
                    json,
                }),
                "claims" => Ok(Command::LabClaims {
                    input,
                    overrides,
                    json,
                    points: points.unwrap_or(DEFAULT_POINTS),
                }),
                _ => Err(usage.into()),
            }
        }
        "survey" => {
            want(1, "worthit survey FILE.csv|- [--base SCENARIO] [--json]")?;
            if overrides != Overrides::default() || !sensitivity {
                return Err("`worthit survey` takes only --base and --json".into());
            }
            Ok(Command::Survey {
                input: rest[0].clone(),
                base,
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
  worthit compare COMPARISON [--users N] [--seed S] [--json]
      Simulate two scenarios on the same people (common random numbers) and
      print both results and the lift of B over A with its 95% interval.
      The scenarios come from two files, or from one comparison document
      (\"kind\": \"worthit-comparison\", docs/comparison-format.md).
  worthit lab next FILE|- [--users N] [--seed S] [--json]
      Which screenshot to add next: the lift of inserting each kind at each
      position of the strip, best first, each on the same people.
  worthit lab claims FILE|- [--points N] [--users N] [--seed S] [--json]
      Adoption against claim strength (N claims, default 25, 3..=201) with
      the best claim marked. Lab commands simulate min(users, 20000)
      people per evaluation; --users N sets the number exactly.
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

Exit status: 0 on success, 2 on a usage error or an invalid scenario (the
message names the file and the JSON path, or the line and column).
Formats: docs/scenario-format.md, docs/results-format.md,
docs/comparison-format.md, docs/cli.md.
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
            parse_str(&["compare"])
                .unwrap_err()
                .contains("usage: worthit compare")
        );
        assert!(
            parse_str(&["compare", "a", "b", "c"])
                .unwrap_err()
                .contains("usage: worthit compare")
        );
        assert!(
            parse_str(&["lab", "later", "x"])
                .unwrap_err()
                .contains("usage: worthit lab")
        );
        assert!(
            parse_str(&["run", "x", "--points", "9"])
                .unwrap_err()
                .contains("only for `worthit lab claims`")
        );
        assert!(
            parse_str(&["lab", "claims", "x", "--points", "2"])
                .unwrap_err()
                .contains("between 3 and 201")
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
    fn one_compare_file_is_a_comparison_document() {
        assert_eq!(
            parse_str(&["compare", "ab.json", "--json"]),
            Ok(Command::CompareDoc {
                input: "ab.json".into(),
                overrides: Overrides::default(),
                json: true,
            })
        );
        assert!(matches!(
            parse_str(&["compare", "a.json", "b.json"]),
            Ok(Command::Compare { .. })
        ));
    }

    #[test]
    fn lab_commands() {
        assert_eq!(
            parse_str(&["lab", "claims", "f.json", "--points", "9", "--users", "100"]),
            Ok(Command::LabClaims {
                input: "f.json".into(),
                overrides: Overrides {
                    users: Some(100),
                    seed: None,
                },
                json: false,
                points: 9,
            })
        );
        assert_eq!(
            parse_str(&["lab", "claims", "-"]),
            Ok(Command::LabClaims {
                input: "-".into(),
                overrides: Overrides::default(),
                json: false,
                points: DEFAULT_POINTS,
            })
        );
        assert_eq!(
            parse_str(&["lab", "next", "f.json", "--json"]),
            Ok(Command::LabNext {
                input: "f.json".into(),
                overrides: Overrides::default(),
                json: true,
            })
        );
    }

    #[test]
    fn help_wins_over_everything() {
        assert_eq!(parse_str(&["run", "--help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["help"]), Ok(Command::Help));
        assert_eq!(parse_str(&["-V"]), Ok(Command::Version));
    }
}

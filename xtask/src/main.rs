//! Project automation, run as `cargo xtask <command>` (the alias lives in
//! `.cargo/config.toml`). Two commands matter: `serve` builds and serves the
//! page, `test` runs every check CI runs. Both install the tools they need on
//! the way and skip what is installed already.
//!
//! The crate uses the standard library only, so that on a fresh clone it
//! compiles in seconds before it starts installing anything.

mod install;
mod lms;
mod pin;
mod process;
mod serve;
mod static_server;
mod steps;
mod test;
mod wasm_tests;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  serve [TRUNK_ARGS...]   install what is missing, build the page (rebuilt
                          on every change) and serve it precompressed on
                          http://127.0.0.1:8080 (extra arguments go to
                          `trunk watch`)
  test [options]          install what is missing and run every check:
                          rustfmt, clippy, native tests, browser tests in
                          headless Chromium, the trunk build and the
                          end-to-end suite
    --only STEP[,STEP]    run only these check steps (and install what they need)
    --skip STEP[,STEP]    run all check steps but these
    --list                list the step names and exit
  lms SCENARIO.json --out PACKAGE.zip [--lang TAG] [--predict]
      [--scorm 1.2|2004] [--no-build]
                          the SCORM package (1.2, or 2004 4th edition) of a
                          scenario, or of a comparison document (compare
                          mode), for an LMS
                          (builds the page first when dist/ is missing or
                          older than its sources)
";

fn main() -> ExitCode {
    process::put_cargo_bin_on_path();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rest = args.get(1..).unwrap_or_default();
    match args.first().map(String::as_str) {
        Some("serve") => serve::run(&repo_root(), rest),
        Some("test") => test::run(&repo_root(), rest),
        Some("lms") => lms::run(&repo_root(), rest),
        Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprint!("unknown command `{other}`\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// The repository root: this crate sits one folder below it, and is always
/// compiled from the checkout it automates.
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in a folder of the repository")
        .to_path_buf()
}

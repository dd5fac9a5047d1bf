//! Running wasm-bindgen tests in headless Chromium, and proving from the
//! output that they ran there: a test binary that is not configured for the
//! browser would otherwise run in Node.js and pass without a browser.

use crate::install::{CHROMEDRIVER, WASM_TARGET};
use crate::process::{self, cargo};
use std::path::Path;
use std::process::Command;

/// `cargo test --target wasm32-unknown-unknown` with the given arguments,
/// run by wasm-bindgen-test-runner in headless Chromium through ChromeDriver.
pub fn command(root: &Path, args: &[&str]) -> Command {
    let mut command = cargo();
    command
        .current_dir(root)
        .args(["test", "--no-fail-fast", "--target", WASM_TARGET])
        // Without debug info a test binary is a few megabytes instead of
        // seventy, which wasm-bindgen and Chromium each took seconds to
        // read, per binary. Panic messages keep their function names.
        .args(["--config", "profile.dev.debug=0"])
        .args(args)
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        )
        .env("CHROMEDRIVER", CHROMEDRIVER)
        // Cargo runs each test binary in its package's folder, so the
        // runner is told where the Chromium switches are.
        .env(
            "WASM_BINDGEN_TEST_WEBDRIVER_JSON",
            root.join("webdriver.json"),
        )
        // A test binary without `wasm_bindgen_test_configure!` runs in the
        // browser too, instead of quietly in Node.js.
        .env("WASM_BINDGEN_USE_BROWSER", "1")
        // Debug WebAssembly on a busy two-core machine is slow; a hang still
        // ends, after five minutes.
        .env("WASM_BINDGEN_TEST_TIMEOUT", "300")
        .env("WASM_BINDGEN_TEST_DRIVER_TIMEOUT", "60");
    command
}

/// Runs the tests and checks that every test binary that had tests ran in
/// Chrome(ium). With `require_tests`, at least one must have.
pub fn run(root: &Path, args: &[&str], require_tests: bool) -> Result<String, String> {
    let (result, output) = process::run_captured(&mut command(root, args));
    result?;
    check_ran_in_chromium(&output, require_tests)
}

/// Reads cargo's and wasm-bindgen-test-runner's output: cargo announces each
/// test binary with `Running ...`, and the runner then says either
/// `no tests to run!` or `Running headless tests in Chrome on ...`.
pub fn check_ran_in_chromium(output: &str, require_tests: bool) -> Result<String, String> {
    let lines = || {
        output
            .lines()
            .map(strip_ansi)
            .map(|line| line.trim().to_string())
    };
    let in_chrome = lines()
        .filter(|line| line.starts_with("Running headless tests in Chrome"))
        .count();
    let binaries = lines()
        .filter(|line| {
            line.starts_with("Running ") && !line.starts_with("Running headless tests in")
        })
        .count();
    let empty = lines().filter(|line| line == "no tests to run!").count();
    if in_chrome + empty < binaries {
        return Err(format!(
            "{} of {binaries} test binaries did not run in headless Chromium",
            binaries - in_chrome - empty
        ));
    }
    if require_tests && in_chrome == 0 {
        return Err("no test ran in Chromium".to_string());
    }
    Ok(format!(
        "{in_chrome} test binaries ran in headless Chromium ({empty} had no browser tests)"
    ))
}

/// A line without the colour codes cargo adds when it prints to a terminal.
fn strip_ansi(line: &str) -> String {
    let mut clean = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(character) = chars.next() {
        if character == '\u{1b}' {
            // Skip the escape sequence up to its final letter.
            for next in chars.by_ref() {
                if next.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            clean.push(character);
        }
    }
    clean
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME_RUN: &str = "\
   Compiling worthit-engine v0.1.0
     Running tests/value_stability.rs (target/wasm32-unknown-unknown/debug/deps/value_stability-1.wasm)
Running headless tests in Chrome on `http://127.0.0.1:40123/`
Try find `webdriver.json` for configure browser's capabilities:
Ok
running 2 tests
test result: ok. 2 passed; 0 failed
";

    #[test]
    fn a_run_in_chrome_is_recognised() {
        assert!(check_ran_in_chromium(CHROME_RUN, true).is_ok());
    }

    #[test]
    fn a_binary_that_ran_in_node_is_caught() {
        let output = format!(
            "{CHROME_RUN}     Running tests/other.rs (target/x.wasm)\nrunning 1 test\ntest result: ok. 1 passed\n"
        );
        let error = check_ran_in_chromium(&output, true).unwrap_err();
        assert!(error.starts_with("1 of 2"), "{error}");
    }

    #[test]
    fn empty_binaries_pass_unless_tests_are_required() {
        let output = "\u{1b}[1m\u{1b}[92m     Running\u{1b}[0m unittests src/lib.rs (x.wasm)\nno tests to run!\n";
        assert!(check_ran_in_chromium(output, false).is_ok());
        assert!(check_ran_in_chromium(output, true).is_err());
    }
}

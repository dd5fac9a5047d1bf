//! What every test of the `worthit` binary needs: running it as a user
//! would, files for it to read, and its output as text. Each test file
//! uses some of these, so the rest are unused there.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the `worthit` binary with `args`, waiting for it to end.
pub fn worthit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_worthit"))
        .args(args)
        .output()
        .expect("the worthit binary runs")
}

/// Writes `text` to a file of its own under cargo's test scratch dir.
pub fn file(name: &str, text: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

/// What the binary wrote to standard error.
pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// The calibration example of `docs/calibration.md`.
pub const CAPTIONS_EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/examples/store-listing-captions.json"
);

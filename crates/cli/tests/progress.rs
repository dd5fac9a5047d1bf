//! Long commands draw a progress bar only for a person at a terminal. Run
//! here with standard error captured (a pipe, as in a script or a log), they
//! must write nothing to it: no bar, no carriage returns, no escape codes,
//! with or without `--json`.

use worthit_engine::lab::ComparisonDoc;
use worthit_engine::presets;

mod common;
use common::{CAPTIONS_EXAMPLE, file, worthit};

/// Runs `args` with and without `--json` and checks that each succeeds,
/// prints its result and leaves standard error empty.
fn quiet_when_piped(args: &[&str]) {
    for json in [false, true] {
        let mut all = args.to_vec();
        if json {
            all.push("--json");
        }
        let o = worthit(&all);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{all:?}: {err}");
        assert!(!o.stdout.is_empty(), "{all:?} printed nothing");
        assert!(err.is_empty(), "{all:?} wrote to a piped stderr: {err:?}");
    }
}

#[test]
fn long_commands_write_nothing_to_a_piped_stderr() {
    let art = presets::get("game-character-art").unwrap();
    let scenario = file("progress-art.json", art.json());
    let doc = ComparisonDoc::new(
        art.scenario(),
        presets::get("game-gameplay").unwrap().scenario(),
    );
    let ab = file("progress-ab.json", &doc.to_json());
    let over_time = file(
        "progress-launch.json",
        presets::get("game-launch-year").unwrap().json(),
    );
    quiet_when_piped(&["run", &scenario, "--users", "200000"]);
    quiet_when_piped(&["run", &over_time, "--users", "20000"]);
    quiet_when_piped(&["compare", &ab, "--users", "20000", "--draws", "5"]);
    quiet_when_piped(&[
        "plan",
        &ab,
        "--users",
        "20000",
        "--draws",
        "5",
        "--visitors",
        "1000",
    ]);
    quiet_when_piped(&[
        "solve",
        &scenario,
        "--input",
        "product.value.mean",
        "--target",
        "0.45",
        "--users",
        "3000",
    ]);
    quiet_when_piped(&["calibrate", CAPTIONS_EXAMPLE, "--users", "3000"]);
    quiet_when_piped(&["lab", "next", &scenario, "--users", "2000"]);
    quiet_when_piped(&[
        "lab", "claims", &scenario, "--points", "4", "--users", "2000",
    ]);
}

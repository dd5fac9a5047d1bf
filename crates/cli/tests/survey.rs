//! `worthit survey`: the fitted scenario and report match the engine's
//! import, bad files exit 2 with the cells by line and column, and the
//! base scenario carries what is not fitted.

use std::path::PathBuf;

use worthit_engine::survey::import;
use worthit_engine::{Scenario, presets};

mod common;
use common::{file, worthit};

fn example() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs/examples/survey.csv")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn json_holds_the_engines_scenario_and_report() {
    let o = worthit(&["survey", &example(), "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let want = import(&std::fs::read(example()).unwrap(), None).unwrap();
    // Compared as text: the numbers are printed as the engine made them.
    let text = String::from_utf8(o.stdout.clone()).unwrap();
    assert_eq!(text, serde_json::to_string_pretty(&want).unwrap() + "\n");
    let _: Scenario = serde_json::from_value(v["scenario"].clone()).unwrap();
    assert_eq!(v["report"]["ignored_columns"][0], "Timestamp");
}

#[test]
fn the_summary_names_families_and_adoption() {
    let o = worthit(&["survey", &example()]);
    assert!(o.status.success());
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("ignored: Timestamp, Anything else?"),
        "{text}"
    );
    assert!(text.contains("log-normal"), "{text}");
    assert!(text.contains("adoption: respondents"), "{text}");
    assert!(text.contains("adoption: fitted scenario"), "{text}");
    // The scenario follows the summary, ready to save.
    let json = &text[text.find("scenario:\n").unwrap() + 10..];
    let s: Scenario = serde_json::from_str(json).unwrap();
    assert_eq!(s.segments.len(), 2);
}

#[test]
fn a_base_scenario_gives_what_is_not_fitted() {
    let base = file(
        "survey-base.json",
        presets::get("game-character-art").unwrap().json(),
    );
    let o = worthit(&["survey", &example(), "--base", &base, "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let preset: Scenario =
        serde_json::from_str(presets::get("game-character-art").unwrap().json()).unwrap();
    assert_eq!(
        v["scenario"]["product"]["name"],
        preset.product.name.as_str()
    );
    assert_eq!(v["scenario"]["title"], preset.title.as_str());
}

#[test]
fn unusable_files_exit_2_with_lines_and_columns() {
    let bad = file("survey-bad.csv", "value,trust\n1,x\n2,-1\n3,1\n");
    let o = worthit(&["survey", &bad]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("line 2, column trust: \"x\" is not a number"),
        "{err}"
    );
    assert!(
        err.contains("line 3, column trust: \"-1\" is negative"),
        "{err}"
    );
    let none = file("survey-none.csv", "name,score\na,1\n");
    let o = worthit(&["survey", &none]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no column is named value"));
    assert_eq!(worthit(&["survey"]).status.code(), Some(2));
    assert_eq!(
        worthit(&["run", &bad, "--base", &bad]).status.code(),
        Some(2)
    );
    assert_eq!(
        worthit(&["survey", "/no/such/file.csv"]).status.code(),
        Some(2)
    );
}

/// An endless input is refused at the survey limit, exit code 2, instead
/// of filling memory.
#[test]
fn an_endless_survey_is_refused_at_its_limit() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_worthit"))
        .args(["survey", "/dev/zero"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("too large: over 32 MiB"), "{err}");
}

//! `worthit run`, `compare` and `lab claims` on scenarios with a
//! `retention` block: retained adopters next to adoption, the retention
//! table, the JSON field, the retained verdict and the claim curve's
//! retained column, all with the engine's numbers.

use worthit_engine::{CompareResults, Results, RunOptions, presets};

mod common;
use common::worthit;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A preset written where the binary can read it.
fn preset_file(id: &str) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{id}.json"));
    std::fs::write(&path, presets::get(id).unwrap().json()).unwrap();
    path.to_string_lossy().into_owned()
}

fn engine(id: &str, users: u64) -> Results {
    let mut s = presets::get(id).unwrap().scenario();
    s.users = users;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    worthit_engine::run(&s, &options).unwrap()
}

#[test]
fn run_prints_retained_adopters_and_the_table() {
    let path = preset_file("game-installs-vs-users-art");
    let o = worthit(&["run", &path, "--users", "20000", "--no-sensitivity"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    let e = engine("game-installs-vs-users-art", 20_000);
    let k = e.retention.as_ref().unwrap();
    let lines: Vec<&str> = out.lines().collect();
    // Retained adopters stand right under the adoption headline.
    assert!(lines[1].contains("adopt"), "{out}");
    assert!(
        lines[2].starts_with(&format!(
            "{:.1}% retained after 30 periods",
            k.retained_share * 100.0
        )),
        "{out}"
    );
    assert!(
        out.contains("Retention (30 periods): lost to expectation"),
        "{out}"
    );
    assert!(out.contains("The larger loss: expectation"), "{out}");
    // Every period 0..=30 is a row of the table, with the engine's share.
    for row in &k.curve {
        let line = format!("  {:>6}  {:>6.1}%", row.period, row.active_share * 100.0);
        assert!(out.contains(&line), "missing {line:?} in {out}");
    }
    assert!(out.contains("Goal: retained adopters ≥ 55.0%"), "{out}");
}

#[test]
fn run_json_has_the_retention_field() {
    let path = preset_file("game-installs-vs-users-gameplay");
    let o = worthit(&[
        "run",
        &path,
        "--users",
        "20000",
        "--json",
        "--no-sensitivity",
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: Results = serde_json::from_str(&text(&o.stdout)).unwrap();
    let e = engine("game-installs-vs-users-gameplay", 20_000);
    let (k, ek) = (r.retention.unwrap(), e.retention.unwrap());
    assert_eq!(k.retained, ek.retained);
    assert_eq!(k.curve.len(), 31);
    assert_eq!(r.adoption.adopters, e.adoption.adopters);
}

#[test]
fn compare_adds_a_retained_verdict() {
    let a = preset_file("game-installs-vs-users-art");
    let b = preset_file("game-installs-vs-users-gameplay");
    let o = worthit(&["compare", &a, &b, "--users", "20000"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("\nRetained adopters, B − A: +"), "{out}");
    let o = worthit(&["compare", &a, &b, "--users", "20000", "--json"]);
    let c: CompareResults = serde_json::from_str(&text(&o.stdout)).unwrap();
    let k = c.retained_comparison.unwrap();
    assert!(k.lift > c.comparison.lift);
}

#[test]
fn claim_curve_marks_the_most_retained_claim() {
    let mut s = presets::get("finance-modest-claim").unwrap().scenario();
    s.exercise = None;
    s.retention = Some(worthit_engine::Retention {
        periods: 12,
        notice: 0.5,
        recurring: worthit_engine::default_recurring(),
        costs: Default::default(),
    });
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("finance-retention.json");
    std::fs::write(&path, serde_json::to_string(&s).unwrap()).unwrap();
    let path = path.to_string_lossy().into_owned();
    let o = worthit(&["lab", "claims", &path, "--points", "13", "--users", "20000"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("claim  adoption  retained"), "{out}");
    assert!(out.contains("* most retained"), "{out}");
    assert!(out.contains("Most retained adopters at claim"), "{out}");
}

#[test]
fn lab_next_shows_retained_adopters_per_candidate() {
    let path = preset_file("game-installs-vs-users-gameplay");
    let o = worthit(&["lab", "next", &path, "--users", "5000"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("P(better)  retained    lift"), "{out}");
    let o = worthit(&["lab", "next", &path, "--users", "5000", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert!(v["options"][0]["retained"]["lift"].is_number(), "{v}");
}

/// With what-ifs on, each row also says what it does to retained
/// adopters, in the table and the JSON, with the engine's numbers.
#[test]
fn what_if_rows_report_retained_adopters() {
    let path = preset_file("game-installs-vs-users-art");
    let o = worthit(&["run", &path, "--users", "20000", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let r: Results = serde_json::from_slice(&o.stdout).unwrap();
    let mut s = presets::get("game-installs-vs-users-art")
        .unwrap()
        .scenario();
    s.users = 20_000;
    let e = worthit_engine::run(&s, &RunOptions::default()).unwrap();
    assert_eq!(r.sensitivity, e.sensitivity);
    let first = &r.sensitivity[0];
    let k = first.retained_change.expect("a retained change per row");
    let o = worthit(&["run", &path, "--users", "20000"]);
    let out = text(&o.stdout);
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(&first.input))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(
        line.contains(&format!("retained {:+.2} points", k * 100.0)),
        "{line}"
    );
}

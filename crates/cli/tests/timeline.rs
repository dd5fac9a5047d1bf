//! `worthit run` on a scenario with a `diffusion` block prints the
//! timeline: a table in the summary and `timeline` rows in the JSON, with
//! the engine's numbers.

use worthit_engine::{Results, RunOptions, presets};

mod common;
use common::worthit;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// The launch preset, written where the binary can read it.
fn launch_preset() -> String {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("launch-year.json");
    std::fs::write(&path, presets::get("game-launch-year").unwrap().json()).unwrap();
    path.to_string_lossy().into_owned()
}

/// The engine's own numbers for the preset at `users` people.
fn engine(users: u64) -> Results {
    let mut s = presets::get("game-launch-year").unwrap().scenario();
    s.users = users;
    worthit_engine::run(&s, &RunOptions::default()).unwrap()
}

#[test]
fn run_json_has_the_engines_timeline() {
    let path = launch_preset();
    let o = worthit(&["run", &path, "--users", "20000", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let results: Results = serde_json::from_str(&text(&o.stdout)).expect("results v1 JSON");
    let timeline = results.timeline.as_ref().expect("a timeline in the JSON");
    let expected = engine(20_000);
    let expected_rows = expected.timeline.as_ref().unwrap();
    assert_eq!(timeline.len(), 52);
    // Counts exactly; shares went through JSON text (last bit may differ).
    for (row, e) in timeline.iter().zip(expected_rows) {
        assert_eq!((row.period, row.new_adopters), (e.period, e.new_adopters));
        assert!((row.aware_share - e.aware_share).abs() < 1e-12);
        assert!((row.cumulative_share - e.cumulative_share).abs() < 1e-12);
    }
    assert_eq!(results.adoption.adopters, expected.adoption.adopters);
    // The raw JSON names the fields of the contract.
    let raw: serde_json::Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    let first = &raw["timeline"][0];
    for field in ["period", "aware_share", "new_adopters", "cumulative_share"] {
        assert!(first.get(field).is_some(), "missing {field}: {first}");
    }
}

#[test]
fn run_summary_prints_the_timeline_table() {
    let path = launch_preset();
    let o = worthit(&["run", &path, "--users", "20000", "--no-sensitivity"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let out = text(&o.stdout);
    assert!(out.contains("Timeline (52 periods)"), "{out}");
    assert!(
        out.contains("period") && out.contains("new adopters"),
        "{out}"
    );
    let expected = engine(20_000);
    let rows = expected.timeline.as_ref().unwrap();
    // Every period has its line: number, aware %, new adopters, cumulative %.
    let table: Vec<&str> = out
        .lines()
        .skip_while(|l| !l.starts_with("Timeline"))
        .skip(2)
        // The preset's exercise follows after a blank line.
        .take_while(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(table.len(), 52, "{out}");
    for (line, row) in table.iter().zip(rows) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells[0], row.period.to_string(), "{line}");
        assert_eq!(
            cells[2].replace(',', ""),
            row.new_adopters.to_string(),
            "{line}"
        );
        assert_eq!(
            cells[3],
            format!("{:.1}%", row.cumulative_share * 100.0),
            "{line}"
        );
    }
}

#[test]
fn a_plain_scenario_has_no_timeline() {
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plain.json");
    std::fs::write(&path, presets::get("game-gameplay").unwrap().json()).unwrap();
    let path = path.to_string_lossy().into_owned();
    let o = worthit(&["run", &path, "--users", "2000", "--json"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    let raw: serde_json::Value = serde_json::from_str(&text(&o.stdout)).unwrap();
    assert!(raw.get("timeline").is_none());
    let o = worthit(&["run", &path, "--users", "2000"]);
    assert!(!text(&o.stdout).contains("Timeline"));
}

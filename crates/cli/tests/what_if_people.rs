//! `worthit run` on more people than the what-ifs decide again: the JSON
//! says how many they used (`what_if_users`), each row carries its paired
//! interval, and the table says it in words. A smaller run says nothing
//! more than its intervals.

use std::path::PathBuf;
use std::process::{Command, Output};

use worthit_engine::sensitivity::WHAT_IF_USERS;
use worthit_engine::{Results, presets};

fn worthit(args: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_worthit"))
        .args(args)
        .output()
        .expect("the worthit binary runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o
}

fn scenario_file() -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("what-if-people.json");
    let preset = presets::get("game-gameplay").expect("preset");
    std::fs::write(&path, preset.json()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_big_run_says_how_many_people_its_what_ifs_used() {
    let path = scenario_file();
    let users = (WHAT_IF_USERS + 50_000).to_string();
    let o = worthit(&["run", &path, "--users", &users, "--json"]);
    let r: Results = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r.what_if_users, Some(WHAT_IF_USERS));
    assert!(r.sensitivity.iter().all(|s| s.change_ci95.is_some()));

    let o = worthit(&["run", &path, "--users", &users]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("what-ifs on the first 1,000,000 of 1,050,000 people"),
        "{text}"
    );
    // Each row: the change and its paired half-width.
    let row = &r.sensitivity[0];
    let half = (row.change_ci95.unwrap()[1] - row.change_ci95.unwrap()[0]) * 50.0;
    assert!(
        text.contains(&format!("{:+.2} points ±{half:.2}", row.change * 100.0)),
        "{text}"
    );
}

#[test]
fn a_run_within_the_limit_decides_everyone_again() {
    let path = scenario_file();
    let o = worthit(&["run", &path, "--users", "20000", "--json"]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(!text.contains("what_if_users"), "{text}");
    let r: Results = serde_json::from_str(&text).unwrap();
    assert!(r.sensitivity.iter().all(|s| s.change_ci95.is_some()));
    let o = worthit(&["run", &path, "--users", "20000"]);
    assert!(
        !String::from_utf8(o.stdout)
            .unwrap()
            .contains("what-ifs on the first")
    );
}

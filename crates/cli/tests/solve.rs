//! `worthit solve`: the engine's answer, exit 1 when the target is out of
//! reach, exit 2 naming a bad path or target.

use std::path::PathBuf;

use worthit_engine::presets;
use worthit_engine::solve::{Solution, solve};

mod common;
use common::{stderr, worthit};

fn preset_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, presets::get("game-character-art").unwrap().json()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn solve_json_is_the_engines_answer() {
    let path = preset_file("solve-json.json");
    let o = worthit(&[
        "solve",
        &path,
        "--input",
        "product.value.mean",
        "--target",
        "0.45",
        "--users",
        "3000",
        "--json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let printed: Solution = serde_json::from_value(v["solve"].clone()).unwrap();
    let mut s = presets::get("game-character-art").unwrap().scenario();
    s.users = 3000;
    let engine = solve(&s, "product.value.mean", 0.45).unwrap();
    assert_eq!(printed.input, engine.input);
    assert!((printed.value - engine.value).abs() < 1e-12);
    assert!((printed.adoption_share - engine.adoption_share).abs() < 1e-12);
    assert!(printed.adoption_share >= 0.45 && printed.value > 4.0);

    let o = worthit(&[
        "solve",
        &path,
        "--input",
        "product.value.mean",
        "--target",
        "0.45",
        "--users",
        "3000",
    ]);
    let text = String::from_utf8(o.stdout).unwrap();
    assert!(
        text.contains("To bring adoption to 45.0%: product.value.mean = "),
        "{text}"
    );
}

#[test]
fn an_unreachable_target_exits_1_with_the_reachable_range() {
    let path = preset_file("solve-unreachable.json");
    let o = worthit(&[
        "solve",
        &path,
        "--input",
        "product.costs.time.mean",
        "--target",
        "0.95",
        "--users",
        "2000",
    ]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!(
            "worthit: {path}: no value of product.costs.time.mean between "
        )) && err.contains("adoption goes from"),
        "{err}"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn a_bad_path_or_target_exits_2_naming_it() {
    let path = preset_file("solve-bad.json");
    let cases: [(&[&str], &str); 4] = [
        (
            &[
                "solve",
                &path,
                "--input",
                "product.value.meen",
                "--target",
                "0.5",
            ],
            "product.value.meen: does not exist",
        ),
        (
            &[
                "solve",
                &path,
                "--input",
                "product.value.mean",
                "--target",
                "45",
            ],
            "--target must be a share between 0 and 1",
        ),
        (
            &["solve", &path, "--target", "0.5"],
            "--input PATH is required",
        ),
        (
            &["solve", &path, "--input", "seed", "--target", "0.5"],
            "seed: is not a model input",
        ),
    ];
    for (args, message) in cases {
        let o = worthit(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains(message), "{args:?}: {}", stderr(&o));
    }
}

//! `worthit compare` reports how robust its verdict is to the screenshot
//! effects' prior, exactly as the engine computes it, and says when that
//! does not apply.

use std::path::PathBuf;

use worthit_engine::lab::ComparisonDoc;
use worthit_engine::robustness::screenshot_robustness;
use worthit_engine::{CompareResults, presets};

mod common;
use common::worthit;

fn doc_file(name: &str, a: &str, b: &str) -> String {
    let doc = ComparisonDoc::new(
        presets::get(a).unwrap().scenario(),
        presets::get(b).unwrap().scenario(),
    );
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, doc.to_json()).unwrap();
    path.to_string_lossy().into_owned()
}

/// The output with every run of whitespace made one space: the sentences
/// are wrapped for a terminal.
fn words(stdout: &[u8]) -> String {
    let text = String::from_utf8(stdout.to_vec()).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn compare_json_carries_the_engines_robustness() {
    let path = doc_file("rob-ab.json", "game-character-art", "game-gameplay");
    let o = worthit(&[
        "compare", &path, "--users", "1500", "--draws", "30", "--json",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let c: CompareResults = serde_json::from_slice(&o.stdout).unwrap();
    let r = c.comparison.robustness.expect("the strips differ");
    assert_eq!(r.covers, "effect_prior_and_monte_carlo");
    assert_eq!((r.draws, r.users_per_draw), (30, 1500));

    let mut a = presets::get("game-character-art").unwrap().scenario();
    let mut b = presets::get("game-gameplay").unwrap().scenario();
    a.users = 1500;
    b.users = 1500;
    let engine = screenshot_robustness(&a, &b, 30, 10_000).unwrap().unwrap();
    assert_eq!(r.b_wins_share, engine.b_wins_share);
    assert!((r.lift_ci95[0] - engine.lift_ci95[0]).abs() < 1e-12);
    assert!((r.lift_ci95[1] - engine.lift_ci95[1]).abs() < 1e-12);

    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["comparison"]["robustness"]["b_wins_share"].is_number());
}

#[test]
fn compare_text_puts_the_caveat_next_to_the_verdict() {
    let path = doc_file("rob-ab-text.json", "game-character-art", "game-gameplay");
    let o = worthit(&["compare", &path, "--users", "1000", "--draws", "20"]);
    assert!(o.status.success());
    let text = words(&o.stdout);
    let verdict = text.find("B − A: ").expect("a verdict");
    let robust = text.find("B wins in").expect("the robustness sentence");
    let caveat = text.find("illustrative defaults").expect("the caveat");
    assert!(verdict < robust && robust < caveat, "{text}");
    assert!(
        text.contains("covers the effects' doubt and Monte Carlo error"),
        "{text}"
    );
}

#[test]
fn it_does_not_apply_to_the_same_strip() {
    let path = doc_file("rob-same.json", "game-gameplay", "game-gameplay");
    let o = worthit(&["compare", &path, "--users", "1000", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v["comparison"].get("robustness").is_none(),
        "{}",
        v["comparison"]
    );
    let o = worthit(&["compare", &path, "--users", "1000"]);
    let text = words(&o.stdout);
    assert!(
        text.contains("does not apply (A and B show the same screenshots)"),
        "{text}"
    );
}

#[test]
fn draws_0_skips_it_and_says_so() {
    let path = doc_file("rob-zero.json", "game-character-art", "game-gameplay");
    let o = worthit(&[
        "compare", &path, "--users", "1000", "--draws", "0", "--json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["comparison"].get("robustness").is_none());
    let o = worthit(&["compare", &path, "--users", "1000", "--draws", "0"]);
    let text = words(&o.stdout);
    assert!(
        text.contains("not computed (--draws 0)") && text.contains("illustrative defaults"),
        "{text}"
    );
    let o = worthit(&["compare", &path, "--draws", "20000"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--draws must be between 0 and 10000"));
}

#[test]
fn the_sentence_speaks_for_the_side_that_wins() {
    // B is the character-art strip: A wins in every draw (see the engine
    // test of the dominant case), and the sentence says so from A's side.
    let path = doc_file("rob-ba.json", "game-gameplay", "game-character-art");
    let o = worthit(&["compare", &path, "--users", "1000", "--draws", "10"]);
    let text = words(&o.stdout);
    assert!(text.contains("A wins in 100% of them, B in 0%"), "{text}");
}

/// A calibrated A: compare's verdict and plan's assurance vary the fitted
/// inputs' posterior too, and say so.
#[test]
fn a_calibrated_scenario_varies_its_posterior() {
    let mut a: serde_json::Value =
        serde_json::from_str(presets::get("game-character-art").unwrap().json()).unwrap();
    let path = "product.screenshot_effects.gameplay.value";
    a["calibration"] = serde_json::json!({
        "fit": [path],
        "observed": [{ "users": 1000, "adopters": 300 }],
        "posterior": { "inputs": [path], "draws": [[0.9], [1.0], [1.1]] }
    });
    let doc = ComparisonDoc::new(
        serde_json::from_value(a).unwrap(),
        presets::get("game-gameplay").unwrap().scenario(),
    );
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("calibrated-doc.json");
    std::fs::write(&path, doc.to_json()).unwrap();
    let file = path.to_string_lossy().into_owned();
    let o = worthit(&["compare", &file, "--users", "4000", "--draws", "6"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = words(&o.stdout);
    assert!(
        text.contains("Over the calibrated inputs' posterior and plausible screenshot effects"),
        "{text}"
    );
    assert!(
        text.contains("covers parameters effect prior and monte carlo"),
        "{text}"
    );
    let o = worthit(&[
        "plan",
        &file,
        "--visitors",
        "500",
        "--users",
        "4000",
        "--draws",
        "6",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = words(&o.stdout);
    assert!(
        text.contains("Over the calibrated inputs' posterior"),
        "{text}"
    );
}

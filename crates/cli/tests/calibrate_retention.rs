//! `worthit calibrate` with retained adopters: the JSON's
//! `predicted` carries the retained share and its interval exactly as the
//! engine computes them, the table prints them, and a bad retained count
//! exits 2 naming its path.

use worthit_engine::calibrate::{CalibrateOptions, Calibration, calibrate};
use worthit_engine::parse_scenario;

mod common;
use common::{file, worthit};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/examples/store-listing-retained.json"
);

#[test]
fn json_and_table_carry_who_stays() {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let o = worthit(&["calibrate", EXAMPLE, "--users", "20000", "--json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got: Calibration = serde_json::from_slice(&o.stdout).unwrap();
    let want = calibrate(
        &parse_scenario(&text).unwrap(),
        &CalibrateOptions {
            users: Some(20_000),
            ..CalibrateOptions::default()
        },
    )
    .unwrap();
    // Every core, the engine's serial numbers.
    assert_eq!(got, want);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for (i, p) in v["predicted"].as_array().unwrap().iter().enumerate() {
        assert!(p["retained"].is_u64(), "{i}: {p}");
        assert!(p["observed_retained_share"].is_number(), "{i}: {p}");
        let share = p["retained_share"].as_f64().unwrap();
        let ci = &p["retained_ci95"];
        assert!(ci[0].as_f64().unwrap() <= share && share <= ci[1].as_f64().unwrap());
        // Retained adopters are adopters: never above the adoption share.
        assert!(share <= p["share"].as_f64().unwrap());
    }

    let o = worthit(&["calibrate", EXAMPLE, "--users", "20000"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("retained"), "{out}");
    assert!(
        out.contains("(retained adopters: still using it at the retention horizon"),
        "{out}"
    );
}

#[test]
fn a_bad_retained_count_exits_2_naming_its_path() {
    let text = std::fs::read_to_string(EXAMPLE).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let adopters = v["calibration"]["observed"][0]["adopters"]
        .as_u64()
        .unwrap();
    v["calibration"]["observed"][0]["retained"] = (adopters + 1).into();
    let path = file("cal-retained-bad.json", &v.to_string());
    let o = worthit(&["calibrate", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!(
            "calibration.observed[0].retained: must be ≤ adopters ({adopters}), got {}",
            adopters + 1
        )),
        "{err}"
    );
}

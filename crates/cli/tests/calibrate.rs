//! `worthit calibrate` and the posterior interval of `worthit run`, run as
//! a user would: exit codes, messages naming the path, and numbers equal
//! to the engine's for the same scenario and seed.

use worthit_engine::calibrate::{CalibrateOptions, Calibration, calibrate};
use worthit_engine::{Results, parse_scenario};

mod common;
use common::{CAPTIONS_EXAMPLE, file, worthit};

/// The example fitted on its captioned arm only, one input: quick in a
/// debug build.
fn one_input() -> String {
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(CAPTIONS_EXAMPLE).unwrap()).unwrap();
    v["users"] = 2000.into();
    v["calibration"]["fit"] = serde_json::json!(["product.value.mean"]);
    v["calibration"]["observed"]
        .as_array_mut()
        .unwrap()
        .remove(0);
    v.to_string()
}

#[test]
fn json_matches_the_engine_and_runs_as_is() {
    let text = one_input();
    let path = file("cal-one.json", &text);
    let o = worthit(&[
        "calibrate",
        &path,
        "--users",
        "20000",
        "--seed",
        "3",
        "--json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let got: Calibration = serde_json::from_slice(&o.stdout).unwrap();
    let mut s = parse_scenario(&text).unwrap();
    s.seed = 3;
    let want = calibrate(
        &s,
        &CalibrateOptions {
            users: Some(20_000),
            ..CalibrateOptions::default()
        },
    )
    .unwrap();
    // Exactly the engine's serial answer, byte for byte: every core, the
    // same numbers.
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        serde_json::to_string_pretty(&want).unwrap() + "\n"
    );
    assert_eq!(got.fit[0].input, "product.value.mean");
    assert_eq!(got.simulated_users, 20_000);

    // The calibrated scenario runs as it is, with the parameter interval.
    let calibrated = file(
        "cal-out.json",
        &serde_json::to_string(&got.scenario).unwrap(),
    );
    let o = worthit(&["run", &calibrated, "--json", "--no-sensitivity"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let r: Results = serde_json::from_slice(&o.stdout).unwrap();
    let u = r.uncertainty.expect("a posterior gives the interval");
    assert_eq!(u.covers, "parameters_and_monte_carlo");
    assert_eq!(u.draws, 200);
    assert!(
        u.adoption_ci95[1] - u.adoption_ci95[0] > u.monte_carlo_ci95[1] - u.monte_carlo_ci95[0]
    );
    let o = worthit(&["run", &calibrated, "--no-sensitivity"]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("with the fitted inputs' uncertainty (200 posterior draws)"),
        "{out}"
    );
    assert!(out.contains("Monte Carlo error only"), "{out}");

    // With the what-ifs, each row gets its interval over the posterior,
    // the engine's, and the table labels what it covers.
    let o = worthit(&["run", &calibrated, "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let r: Results = serde_json::from_slice(&o.stdout).unwrap();
    let u = r.uncertainty.expect("a posterior gives the intervals");
    let want = worthit_engine::calibrate::what_if_uncertainty(&got.scenario).unwrap();
    assert_eq!(u.what_ifs, want);
    assert!(!want.is_empty());
    let row = &r.sensitivity[0];
    let w = u
        .what_ifs
        .iter()
        .find(|w| w.input == row.input)
        .expect("the first row's interval");
    let o = worthit(&["run", &calibrated]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains(&format!(
            "({:+.2} to {:+.2} with the fitted inputs)",
            w.change_ci95[0] * 100.0,
            w.change_ci95[1] * 100.0
        )),
        "{out}"
    );
    assert!(
        out.contains("parameter uncertainty and Monte Carlo error together"),
        "{out}"
    );

    // Without a posterior, no such field.
    let o = worthit(&["run", &path, "--json", "--no-sensitivity"]);
    let plain: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(plain.get("uncertainty").is_none());
}

#[test]
fn table_names_inputs_and_observations() {
    let o = worthit(&["calibrate", CAPTIONS_EXAMPLE, "--users", "5000"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = String::from_utf8_lossy(&o.stdout);
    for want in [
        "Calibration: 5000 simulated people per evaluation · seed 1",
        "product.value.mean",
        "product.screenshot_effects.captioned.value",
        "95% interval",
        "3.51%",
        "4.80%",
    ] {
        assert!(out.contains(want), "{want:?} missing from:\n{out}");
    }
}

#[test]
fn bad_input_exits_2_naming_the_path() {
    let text = one_input().replace("\"adopters\":312", "\"adopters\":7000");
    let path = file("cal-bad.json", &text);
    let o = worthit(&["calibrate", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("calibration.observed[0].adopters: must be ≤ users (6500), got 7000"),
        "{err}"
    );

    let path = file(
        "cal-none.json",
        r#"{"schema":1,"product":{"value":{"dist":"fixed","value":1}}}"#,
    );
    let o = worthit(&["calibrate", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("calibration: missing"), "{err}");

    let o = worthit(&["calibrate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("usage: worthit calibrate FILE"));
}

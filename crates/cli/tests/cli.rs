//! The built `worthit` binary, run as a user would: exit codes, messages
//! that name the file and the JSON path, and numbers that match the engine.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use worthit_engine::{CompareResults, Results, RunOptions, presets};

mod common;
use common::{file, stderr, worthit};

fn worthit_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_worthit"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the worthit binary starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "worthit panicked: {err}");
}

#[test]
fn run_json_matches_the_engine_with_overrides() {
    let preset = presets::get("game-character-art").unwrap();
    let path = file("run-json.json", preset.json());
    let o = worthit(&["run", &path, "--users", "2000", "--seed", "99", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let results: Results = serde_json::from_str(&stdout(&o)).expect("results v1 JSON");

    let mut scenario = preset.scenario();
    scenario.users = 2000;
    scenario.seed = 99;
    let engine = worthit_engine::run(&scenario, &RunOptions::default()).unwrap();
    assert_eq!(results.users, 2000);
    assert_eq!(results.seed, 99);
    assert_eq!(results.adoption.adopters, engine.adoption.adopters);
    // Counts must match exactly; fractions went through JSON text, whose
    // parser may round the last bit, so they match to 1e-12.
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert_eq!(results.choices.len(), engine.choices.len());
    for (c, e) in results.choices.iter().zip(&engine.choices) {
        assert!(
            c.option == e.option && close(c.share, e.share),
            "{c:?} {e:?}"
        );
    }
    assert!(!engine.sensitivity.is_empty());
    assert_eq!(results.sensitivity.len(), engine.sensitivity.len());
    for (c, e) in results.sensitivity.iter().zip(&engine.sensitivity) {
        assert!(
            c.input == e.input && close(c.change, e.change),
            "{c:?} {e:?}"
        );
    }
    assert!(results.elapsed_ms >= 0.0);
}

#[test]
fn run_reads_standard_input_and_prints_a_summary() {
    let preset = presets::get("paid-tool-vs-free-leader").unwrap();
    let o = worthit_stdin(&["run", "-", "--users", "3000"], preset.json());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let scenario = {
        let mut s = preset.scenario();
        s.users = 3000;
        s
    };
    let engine = worthit_engine::run(&scenario, &RunOptions::default()).unwrap();
    let adopters = format!("{} of 3,000 people", engine.adoption.adopters);
    assert!(text.contains(" adopt ("), "{text}");
    assert!(text.contains(&adopters), "missing {adopters:?} in {text}");
    assert!(text.starts_with(&scenario.title), "{text}");
}

#[test]
fn run_says_whether_the_exercise_goal_is_met() {
    // The default preset's exercise asks for adoption ≥ 45%; as given, about
    // 31% adopt, so the goal is not met.
    let preset = presets::get("game-character-art").unwrap();
    let o = worthit_stdin(&["run", "-", "--users", "5000"], preset.json());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    let exercise = preset
        .scenario()
        .exercise
        .expect("the preset has an exercise");
    assert!(
        text.contains(&format!("Exercise: {}", exercise.title)),
        "{text}"
    );
    assert!(text.contains("Goal: adoption ≥ 45.0% · now "), "{text}");
    assert!(text.contains("not met yet"), "{text}");

    // The same people against a goal they reach, and a segment goal.
    let mut scenario: serde_json::Value = serde_json::from_str(preset.json()).unwrap();
    scenario["exercise"]["goal"] =
        serde_json::json!({ "metric": "adoption_share", "op": "<=", "target": 0.5 });
    let o = worthit_stdin(&["run", "-", "--users", "5000"], &scenario.to_string());
    let text = stdout(&o);
    assert!(
        text.contains("Goal: adoption ≤ 50.0% · now ") && text.contains(" · met\n"),
        "{text}"
    );
    scenario["exercise"]["goal"] = serde_json::json!({
        "metric": "segment_adoption", "segment": "Core gamers", "target": 0.9 });
    let o = worthit_stdin(&["run", "-", "--users", "5000"], &scenario.to_string());
    let text = stdout(&o);
    assert!(
        text.contains("Goal: adoption among Core gamers ≥ 90.0% · now "),
        "{text}"
    );
    assert!(text.contains("not met yet"), "{text}");

    // No exercise, no exercise section.
    scenario.as_object_mut().unwrap().remove("exercise");
    let o = worthit_stdin(&["run", "-", "--users", "5000"], &scenario.to_string());
    assert!(!stdout(&o).contains("Exercise:"));
}

#[test]
fn an_invalid_scenario_names_the_file_and_every_path() {
    let mut v: serde_json::Value =
        serde_json::from_str(presets::get("game-character-art").unwrap().json()).unwrap();
    v["segments"][1]["share"] = serde_json::json!(-0.2);
    v["segments"][0]["skepticism"] = serde_json::json!(3.0);
    let path = file("bad-share.json", &v.to_string());
    let o = worthit(&["run", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{path}: segments[1].share: must be ≥ 0")),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{path}: segments[0].skepticism: must be between 0 and 1"
        )),
        "{err}"
    );
    assert!(stdout(&o).is_empty());
}

#[test]
fn a_type_error_names_the_path_and_what_was_expected() {
    let text = presets::get("game-character-art").unwrap().json().replacen(
        "\"share\": 0.7",
        "\"share\": \"most\"",
        1,
    );
    let path = file("bad-type.json", &text);
    let o = worthit(&["run", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("segments[0].share: invalid type: string \"most\", expected a number"),
        "{err}"
    );
}

#[test]
fn a_syntax_error_gives_line_and_column() {
    let path = file("syntax.json", "{\n  \"schema\": 1,\n  \"users\": 5 6\n}\n");
    let o = worthit(&["run", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{path}: line 3, column 14: JSON syntax error")),
        "{err}"
    );
}

#[test]
fn a_missing_file_and_usage_mistakes_exit_2() {
    let o = worthit(&["run", "/nonexistent/scenario.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/scenario.json: cannot read"));

    for args in [
        &["run"][..],
        &["frobnicate"],
        &[],
        &["run", "x", "--users", "0"],
    ] {
        let o = worthit(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("worthit: "), "{args:?}");
    }
}

#[test]
fn users_override_rescues_an_out_of_range_file() {
    let text = presets::get("content-account")
        .unwrap()
        .json()
        .replace("\"users\": 100000", "\"users\": 0");
    let path = file("zero-users.json", &text);
    let o = worthit(&["run", &path, "--no-sensitivity"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("users: must be between 1 and 100000000"));
    let o = worthit(&["run", &path, "--users", "500", "--json", "--no-sensitivity"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let results: Results = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(results.users, 500);
    assert!(results.sensitivity.is_empty());
}

#[test]
fn compare_json_has_both_results_and_the_comparison() {
    let a = file(
        "cmp-a.json",
        presets::get("game-character-art").unwrap().json(),
    );
    let b = file("cmp-b.json", presets::get("game-gameplay").unwrap().json());
    let o = worthit(&[
        "compare", &a, &b, "--users", "2000", "--seed", "5", "--json", "--draws", "10",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let c: CompareResults = serde_json::from_str(&stdout(&o)).expect("compare JSON");
    assert_eq!((c.a.users, c.b.users), (2000, 2000));
    assert_eq!((c.a.seed, c.b.seed), (5, 5));
    let lift = c.b.adoption.share - c.a.adoption.share;
    assert!((c.comparison.lift - lift).abs() < 1e-12);

    let o = worthit(&["compare", &a, &b, "--users", "2000", "--draws", "10"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(
        text.contains("== A ==") && text.contains("== B =="),
        "{text}"
    );
    assert!(text.contains("B − A: "), "{text}");
}

#[test]
fn compare_reports_the_file_at_fault() {
    let a = file("cmp-ok.json", presets::get("game-gameplay").unwrap().json());
    let b = file("cmp-bad.json", "{\"schema\": 3}");
    let o = worthit(&["compare", &a, &b]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "{b}: schema: unsupported scenario format version 3"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn presets_and_preset_print_the_bundled_scenarios() {
    let o = worthit(&["presets"]);
    assert!(o.status.success());
    let text = stdout(&o);
    for p in presets::all() {
        assert!(text.contains(p.id) && text.contains(p.name), "{}", p.id);
    }
    for p in presets::all() {
        let o = worthit(&["preset", p.id]);
        assert!(o.status.success());
        let printed = worthit_engine::parse_scenario(&stdout(&o)).unwrap();
        assert_eq!(printed, p.scenario());
    }
    let o = worthit(&["preset", "no-such-thing"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("game-character-art"));
}

#[test]
fn schema_is_a_json_schema_of_the_scenario() {
    let o = worthit(&["schema"]);
    assert!(o.status.success());
    let schema: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(
        schema["$schema"]
            .as_str()
            .unwrap()
            .contains("json-schema.org")
    );
    assert_eq!(schema["required"], serde_json::json!(["schema", "product"]));
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
}

#[test]
fn help_and_version() {
    let o = worthit(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("worthit run FILE|-"));
    let o = worthit(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("worthit "));
}

#[test]
fn a_closed_pipe_does_not_panic() {
    // The reading end is closed before worthit writes its output, so the
    // write fails with a broken pipe; it must end quietly.
    let path = file("pipe.json", presets::get("game-gameplay").unwrap().json());
    for args in [
        vec!["run", path.as_str(), "--users", "5000", "--json"],
        vec!["schema"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_worthit"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert_no_panic(&o);
        assert!(
            o.status.code().is_some(),
            "killed by a signal: {:?}",
            o.status
        );
        assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    }
}

/// A comparison document of two presets, as `docs/comparison-format.md`
/// describes it.
fn comparison_doc(a: &str, b: &str) -> serde_json::Value {
    let scenario = |id: &str| -> serde_json::Value {
        serde_json::from_str(presets::get(id).unwrap().json()).unwrap()
    };
    serde_json::json!({
        "kind": "worthit-comparison", "schema": 1,
        "a": scenario(a), "b": scenario(b)
    })
}

#[test]
fn compare_reads_one_comparison_document_with_the_same_numbers() {
    let doc = file(
        "doc.json",
        &comparison_doc("game-character-art", "game-gameplay").to_string(),
    );
    let a = file(
        "doc-a.json",
        presets::get("game-character-art").unwrap().json(),
    );
    let b = file("doc-b.json", presets::get("game-gameplay").unwrap().json());
    // Few robustness draws: this is about the two ways of giving A and B.
    let args = ["--users", "4000", "--seed", "3", "--json", "--draws", "10"];
    let o = worthit(&[&["compare", doc.as_str()][..], &args].concat());
    assert!(o.status.success(), "{}", stderr(&o));
    let mut from_doc: CompareResults = serde_json::from_str(&stdout(&o)).unwrap();
    let o = worthit(&[&["compare", a.as_str(), b.as_str()][..], &args].concat());
    let mut from_files: CompareResults = serde_json::from_str(&stdout(&o)).unwrap();
    for r in [&mut from_doc, &mut from_files] {
        r.a.elapsed_ms = 0.0;
        r.b.elapsed_ms = 0.0;
    }
    assert_eq!(from_doc, from_files);
    assert_eq!(from_doc.a.users, 4000);
    assert!(from_doc.comparison.ci95[0] > 0.0);

    let o = worthit(&["compare", &doc, "--users", "2000", "--draws", "10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("B − A: +"), "{}", stdout(&o));
}

#[test]
fn a_bad_comparison_document_names_the_side_and_path() {
    let mut v = comparison_doc("game-character-art", "game-gameplay");
    v["b"]["segments"][0]["share"] = serde_json::json!(-1.0);
    v["a"]["product"]["value"]["mean"] = serde_json::json!(1e9);
    let path = file("doc-bad.json", &v.to_string());
    let o = worthit(&["compare", &path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("{path}: b.segments[0].share: must be ≥ 0")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{path}: a.product.value.mean: ")),
        "{err}"
    );
    assert_no_panic(&o);

    // One scenario file where a comparison (or a second file) was meant.
    let single = file(
        "doc-single.json",
        presets::get("game-gameplay").unwrap().json(),
    );
    let o = worthit(&["compare", &single]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "{single}: kind: missing: this looks like a scenario"
        )),
        "{}",
        stderr(&o)
    );
}

#[test]
fn lab_next_ranks_screenshots_like_the_engine() {
    use worthit_engine::lab::{LabOptions, ScreenshotOption, screenshot_next};
    let preset = presets::get("game-character-art").unwrap();
    let path = file("lab-next.json", preset.json());
    let o = worthit(&["lab", "next", &path, "--users", "3000", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["users"], 3000);
    assert_eq!(v["screenshots"][0], "characters");
    let options: Vec<ScreenshotOption> = serde_json::from_value(v["options"].clone()).unwrap();
    let mut s = preset.scenario();
    s.users = 3000;
    let engine = screenshot_next(&s, &LabOptions { max_users: 3000 }).unwrap();
    assert_eq!(options.len(), engine.len());
    for (c, e) in options.iter().zip(&engine) {
        assert_eq!((&c.kind, c.position), (&e.kind, e.position));
        assert!((c.lift - e.lift).abs() < 1e-12, "{c:?} {e:?}");
        // The ranking over plausible effect sizes, the engine's (through
        // JSON text, so to the last bit or so).
        let (cp, ep) = (c.plausible.as_ref().unwrap(), e.plausible.as_ref().unwrap());
        assert_eq!((cp.draws, &cp.covers), (ep.draws, &ep.covers));
        for (x, y) in [
            (cp.best_share, ep.best_share),
            (cp.lift_ci95[0], ep.lift_ci95[0]),
            (cp.lift_ci95[1], ep.lift_ci95[1]),
            (cp.share_ci95[1], ep.share_ci95[1]),
        ] {
            assert!((x - y).abs() < 1e-12, "{cp:?} {ep:?}");
        }
    }
    assert!(options[0].kind == "gameplay" || options[0].kind == "progression");

    let o = worthit(&["lab", "next", &path, "--users", "1000"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("Current strip: characters, characters"),
        "{text}"
    );
    assert!(text.contains("1,000 people per candidate"), "{text}");
    assert!(text.contains("     1  gameplay "), "{text}");
    assert!(
        text.contains("The top candidate is best in") && text.contains("of plausible effect sizes"),
        "{text}"
    );
}

#[test]
fn lab_claims_prints_the_curve_like_the_engine() {
    use worthit_engine::lab::{ClaimCurve, LabOptions, claim_curve};
    let preset = presets::get("finance-extreme-claim").unwrap();
    let o = worthit_stdin(
        &[
            "lab", "claims", "-", "--points", "7", "--users", "4000", "--json",
        ],
        preset.json(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let curve: ClaimCurve = serde_json::from_str(&stdout(&o)).unwrap();
    let mut s = preset.scenario();
    s.users = 4000;
    let engine = claim_curve(&s, &LabOptions { max_users: 4000 }, 7).unwrap();
    assert_eq!(curve.points.len(), 7);
    assert_eq!(curve.best.claim, engine.best.claim);
    assert!((curve.best.adoption_share - engine.best.adoption_share).abs() < 1e-12);
    let first = curve.points[0].claim;
    let last = curve.points[6].claim;
    assert!(first < curve.best.claim && curve.best.claim < last);

    let o = worthit_stdin(&["lab", "claims", "-", "--points", "7"], preset.json());
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("20,000 people per claim"), "{text}");
    assert!(text.contains("Current claim 9.00: "), "{text}");
    assert_eq!(text.matches("* best").count(), 1, "{text}");
}

/// A scenario with `units` reads its net value in money, in the JSON and
/// in the summary, and the money figure is the points figure times the
/// scenario's rate.
#[test]
fn units_show_net_value_in_money() {
    let preset = presets::get("paid-tool-vs-free-leader").unwrap();
    let path = file("units.json", preset.json());
    let out = worthit(&["run", &path, "--users", "20000", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: Results = serde_json::from_slice(&out.stdout).unwrap();
    let money = r.money.expect("a money block");
    assert_eq!(money.currency, "USD");
    assert_eq!(money.net_value_mean, r.net_value.mean * 6.0);
    assert_eq!(money.net_value_sd, r.net_value.sd * 6.0);

    let out = worthit(&["run", &path, "--users", "20000"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&format!("in money: mean {:.2} USD", money.net_value_mean)),
        "{text}"
    );

    // Without units there is no money block.
    let plain = presets::get("game-character-art").unwrap();
    let path = file("no-units.json", plain.json());
    let out = worthit(&["run", &path, "--users", "2000", "--json"]);
    let r: Results = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r.money.is_none());
}

/// A bad `units` block is refused with its path, exit code 2.
#[test]
fn bad_units_name_their_path() {
    let mut v: serde_json::Value =
        serde_json::from_str(presets::get("paid-tool-vs-free-leader").unwrap().json()).unwrap();
    v["units"]["money_per_point"] = serde_json::json!(-1.0);
    let path = file("bad-units.json", &v.to_string());
    let out = worthit(&["run", &path]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("units.money_per_point"), "{err}");
}

/// Input is read only up to one byte over the engine's 1 MiB limit, so an
/// endless file or pipe is refused quickly with exit status 2 instead of
/// growing the memory without bound.
#[test]
fn inputs_over_the_size_limit_are_refused_without_reading_them_whole() {
    let limit = worthit_engine::input::MAX_INPUT_BYTES;
    let o = worthit(&["run", "/dev/zero"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("/dev/zero: too large: over 1 MiB"),
        "{}",
        stderr(&o)
    );

    // Standard input that never ends: the writer is cut off once worthit
    // stops reading, so its write error is expected and ignored.
    let mut child = Command::new(env!("CARGO_BIN_EXE_worthit"))
        .args(["run", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let block = vec![b' '; 64 * 1024];
        // 64 MiB at most, so a worthit that reads everything still ends.
        for _ in 0..1024 {
            if stdin.write_all(&block).is_err() {
                return;
            }
        }
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("<stdin>: too large: over 1 MiB"),
        "{}",
        stderr(&o)
    );

    // A valid scenario padded to exactly the limit is read; one byte more
    // is not.
    let scenario = presets::all()[0].json().trim_end().to_string();
    let at_limit = format!("{scenario}{}", " ".repeat(limit - scenario.len()));
    let o = worthit(&["run", &file("at-limit.json", &at_limit), "--users", "100"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let over = format!("{at_limit} ");
    let o = worthit(&["run", &file("over-limit.json", &over)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("too large: over 1 MiB"));
}

/// A UTF-8 byte-order mark (Windows editors write one) is not a syntax
/// error.
#[test]
fn a_file_with_a_byte_order_mark_runs() {
    let text = format!("\u{feff}{}", presets::all()[0].json());
    let o = worthit(&["run", &file("bom.json", &text), "--users", "100"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

/// Opening what worthit wrote, but not a scenario, says what the file is
/// and what to open instead.
#[test]
fn results_and_comparison_files_are_named_when_given_as_a_scenario() {
    let scenario = file("kind-scenario.json", presets::all()[0].json());
    let o = worthit(&["run", &scenario, "--users", "100", "--json"]);
    let results = file("kind-results.json", &stdout(&o));
    let o = worthit(&["run", &results]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("this is a results file"),
        "{}",
        stderr(&o)
    );
    let o = worthit(&["compare", &scenario, &scenario, "--users", "100", "--json"]);
    let compared = file("kind-compared.json", &stdout(&o));
    for args in [vec!["run", &compared], vec!["compare", &compared]] {
        let o = worthit(&args);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains("this is a comparison results file"),
            "{}",
            stderr(&o)
        );
    }
}

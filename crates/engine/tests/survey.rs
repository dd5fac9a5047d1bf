//! Survey import: synthetic respondents from known distributions (with a
//! copula correlation) are fitted back; bad rows are located; no input
//! panics.
//!
//! Tolerances are 4 standard errors of each estimate with n respondents
//! (a correct fit fails with probability 6e-5 each; the seeds are fixed):
//! a normal's mean σ/√n and sd σ/√(2n); a log-normal's log-scale μ σ/√n and
//! σ σ/√(2n); a normal-scores correlation (1 − ρ²)/√n; a share
//! √(p(1 − p)/n), for the respondents and the simulation each.

mod common;

use proptest::prelude::*;
use worthit_engine::copula::sample_quantities;
use worthit_engine::dist::lognormal_params;
use worthit_engine::survey::{Family, Import, SurveyError, import};
use worthit_engine::*;

const Z4: f64 = 4.0;

/// The true population: value normal(6, 2), time log-normal(1.5, 0.8),
/// trust log-normal(2, 1), value–trust rho −0.5 in the copula.
fn truth(n: u64, seed: u64) -> Vec<[f64; 7]> {
    let s: Scenario = serde_json::from_value(serde_json::json!({
        "schema": 1, "seed": seed, "users": n,
        "product": {
            "value": { "dist": "normal", "mean": 6.0, "sd": 2.0 },
            "costs": {
                "time": { "dist": "lognormal", "mean": 1.5, "sd": 0.8 },
                "trust": { "dist": "lognormal", "mean": 2.0, "sd": 1.0 }
            }
        },
        "correlations": [ { "a": "product.value", "b": "product.costs.trust", "rho": -0.5 } ]
    }))
    .unwrap();
    sample_quantities(&s, n)
}

/// A form export: a BOM, columns the import ignores, the ratings and
/// whether each respondent adopted by the model's own rule (value minus
/// costs above 0, each rating weighted by the segment's `scale`).
fn csv(rows: &[(String, [f64; 7])], segments: bool) -> String {
    let mut out = String::from("\u{feff}Timestamp, Email ,Value,TIME,trust,adopted");
    if segments {
        out.push_str(",segment");
    }
    out.push('\n');
    for (i, (seg, r)) in rows.iter().enumerate() {
        let adopted = u8::from(r[0] - r[2] - r[4] > 0.0);
        out.push_str(&format!(
            "2026-12-0{} 10:00,p{i}@example.org,{},{},{},{adopted}",
            1 + i % 9,
            r[0],
            r[2],
            r[4]
        ));
        if segments {
            out.push_str(&format!(",{seg}"));
        }
        out.push('\n');
    }
    out
}

fn column<'a>(imp: &'a Import, name: &str) -> &'a survey::ColumnFit {
    imp.report
        .columns
        .iter()
        .find(|c| c.column == name)
        .unwrap_or_else(|| panic!("no column {name}"))
}

fn close(got: f64, want: f64, se: f64, what: &str) {
    assert!(
        (got - want).abs() <= Z4 * se,
        "{what}: got {got}, want {want} ± {}",
        Z4 * se
    );
}

fn share_close(imp: &Import) {
    let obs = imp
        .report
        .adoption
        .respondents
        .as_ref()
        .expect("adopted column");
    let sim = &imp.report.adoption.simulated;
    let p = obs.share;
    let se = (p * (1.0 - p) / obs.users as f64).sqrt() + (p * (1.0 - p) / sim.users as f64).sqrt();
    close(sim.share, p, se, "simulated vs respondents' adoption");
}

#[test]
fn fits_known_distributions_back() {
    let n = 20_000u64;
    let rows: Vec<(String, [f64; 7])> = truth(n, 77)
        .into_iter()
        .map(|r| (String::new(), r))
        .collect();
    let imp = import(csv(&rows, false).as_bytes(), None).expect("imports");
    let nf = n as f64;
    assert_eq!(imp.report.ignored_columns, ["Timestamp", "Email"]);
    assert_eq!((imp.report.used, imp.report.skipped), (n as usize, 0));

    let v = column(&imp, "value");
    assert_eq!(v.fit.family, Family::Normal);
    close(v.fit.mean, 6.0, 2.0 / nf.sqrt(), "value mean");
    close(v.fit.sd, 2.0, 2.0 / (2.0 * nf).sqrt(), "value sd");
    for (name, mean, sd) in [("time", 1.5, 0.8), ("trust", 2.0, 1.0)] {
        let c = column(&imp, name);
        assert_eq!(c.fit.family, Family::Lognormal, "{name}");
        assert!(c.fit.aic_lognormal.unwrap() < c.fit.aic_normal.unwrap());
        let (mu, sigma) = lognormal_params(mean, sd);
        let (mu_hat, sigma_hat) = lognormal_params(c.fit.mean, c.fit.sd);
        close(mu_hat, mu, sigma / nf.sqrt(), &format!("{name} log mean"));
        close(
            sigma_hat,
            sigma,
            sigma / (2.0 * nf).sqrt(),
            &format!("{name} log sd"),
        );
    }

    // The copula's rho comes back; the independent pair is left out.
    let s = &imp.scenario;
    assert_eq!(s.correlations.len(), 1, "{:?}", s.correlations);
    let c = s.correlations[0];
    assert_eq!((c.a, c.b), (Endpoint::Value, Endpoint::Trust));
    close(c.rho, -0.5, (1.0 - 0.25) / nf.sqrt(), "rho");
    assert!(matches!(s.product.value, Dist::Normal { .. }));
    assert!(matches!(
        s.product.costs.trust,
        Some(Dist::Lognormal { .. })
    ));
    assert!(s.product.costs.money.is_none());
    assert!(s.segments.is_empty());

    // The fitted population adopts as the respondents did.
    let obs = imp.report.adoption.respondents.as_ref().unwrap();
    assert_eq!(obs.users, n);
    share_close(&imp);
    // No respondent's row is in the scenario: its JSON is small and holds
    // none of their e-mail addresses.
    let json = serde_json::to_string(s).unwrap();
    assert!(json.len() < 2_000 && !json.contains("example.org"));
}

/// Two segments, the second rating value 1.5 times and trust half as much
/// (the scale model): shares are the counts, weights the scales, and the
/// population adopts as the respondents did.
#[test]
fn segments_by_scale() {
    let (na, nb) = (6_000u64, 4_000u64);
    let mut rows: Vec<(String, [f64; 7])> = truth(na, 5)
        .into_iter()
        .map(|r| ("Casual".to_string(), r))
        .collect();
    rows.extend(truth(nb, 6).into_iter().map(|mut r| {
        r[0] *= 1.5;
        r[4] *= 0.5;
        ("Core".to_string(), r)
    }));
    let imp = import(csv(&rows, true).as_bytes(), None).expect("imports");
    let segs = &imp.scenario.segments;
    assert_eq!(segs.len(), 2);
    assert_eq!(
        (segs[0].name.as_str(), segs[0].share),
        ("Casual", na as f64)
    );
    assert_eq!((segs[1].name.as_str(), segs[1].share), ("Core", nb as f64));
    // Weight ratios estimate the scales: each weight is a ratio of means,
    // so its standard error is about the ratio times √(cv²/n_a + cv²/n_b).
    let se = |cv: f64, ratio: f64| ratio * cv * (1.0 / na as f64 + 1.0 / nb as f64).sqrt();
    close(
        segs[1].weights.value / segs[0].weights.value,
        1.5,
        se(2.0 / 6.0, 1.5),
        "value scale",
    );
    close(
        segs[1].weights.trust / segs[0].weights.trust,
        0.5,
        se(0.5, 0.5),
        "trust scale",
    );
    assert_eq!(segs[0].weights.money, 1.0);
    share_close(&imp);
    assert_eq!(imp.report.segments[1].respondents, nb as usize);
}

const SMALL: &str = "value,time,trust,adopted,comment\n\
                     5,1,2,1,ok\n\
                     oops,1,2,1,bad number\n\
                     6,1,-1,0,negative cost\n\
                     7,2\n\
                     4,0,1,1,\n\
                     ,,,,\n\
                     3,2,3,0,\n\
                     8,1,1,yes,\n\
                     2,0,0,1,\n";

#[test]
fn bad_rows_are_skipped_and_located() {
    let imp = import(SMALL.as_bytes(), None).expect("imports the good rows");
    let r = &imp.report;
    assert_eq!((r.rows, r.used, r.skipped), (8, 5, 3));
    let cells: Vec<String> = r.bad_cells.iter().map(|c| c.to_string()).collect();
    assert_eq!(
        cells,
        [
            "line 3, column value: \"oops\" is not a number",
            "line 4, column trust: \"-1\" is negative, and a cost cannot be",
            "line 5, column trust: is missing (the row is too short)",
            "line 5, column adopted: is missing (the row is too short)",
        ]
    );
    assert_eq!(r.ignored_columns, ["comment"]);
    let obs = r.adoption.respondents.as_ref().unwrap();
    assert_eq!((obs.users, obs.adopters), (5, 4));
    // A zero cost rating counts as half the smallest positive one in the
    // log-normal fit, and the report says so.
    let time = r.columns.iter().find(|c| c.column == "time").unwrap();
    assert_eq!((time.fit.zeros, time.fit.zero_as), (2, Some(0.5)));
}

#[test]
fn unusable_files_are_refused_with_reasons() {
    let more_bad = "value,trust\n1,x\n2,y\n3,1\n";
    match import(more_bad.as_bytes(), None) {
        Err(SurveyError::TooManyBadRows {
            good, bad, cells, ..
        }) => {
            assert_eq!((good, bad, cells.len()), (1, 2, 2));
            assert_eq!(
                cells[1].to_string(),
                "line 3, column trust: \"y\" is not a number"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        import(b"name,score\na,1\n", None),
        Err(SurveyError::NoValueColumn { .. })
    ));
    assert!(matches!(import(b"", None), Err(SurveyError::Empty)));
    assert!(matches!(
        import(b"value,Value\n1,2\n", None),
        Err(SurveyError::DuplicateColumn { .. })
    ));
    let small_segment = "value,segment\n1,a\n2,a\n3,a\n4,a\n5,a\n1,b\n";
    let e = import(small_segment.as_bytes(), None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "segment \"b\" has 1 usable respondents; at least 5 are needed to fit it (merge it into another)"
    );
}

/// A spreadsheet that saves `;` with decimal commas reads the same as
/// its comma-separated twin.
#[test]
fn semicolons_and_decimal_commas() {
    let comma = "value,trust,segment\n5.5,1,a\n6,2.5,a\n4,1,a\n7,3,a\n5,0.5,a\n";
    let semi = "value;trust;segment\n5,5;1;a\n6;2,5;a\n4;1;a\n7;3;a\n5;0,5;a\n";
    let a = import(comma.as_bytes(), None).unwrap();
    let b = import(semi.as_bytes(), None).unwrap();
    assert_eq!(a.scenario, b.scenario);
    assert_eq!(b.report.used, 5);
}

/// The base scenario keeps everything that is not fitted.
#[test]
fn base_scenario_keeps_the_rest() {
    let mut base = common::example();
    base.product.name = "Our app".into();
    base.product.costs.money = Some(Dist::Fixed { value: 1.0 });
    let imp = import(SMALL.as_bytes(), Some(&base)).unwrap();
    assert_eq!(imp.scenario.product.name, "Our app");
    assert_eq!(
        imp.scenario.product.costs.money,
        Some(Dist::Fixed { value: 1.0 })
    );
    assert_eq!(imp.scenario.title, base.title);
    assert_eq!(imp.scenario.alternatives, base.alternatives);
}

/// The example shipped with the docs imports cleanly.
#[test]
fn the_docs_example_imports() {
    let imp = import(include_bytes!("../../../docs/examples/survey.csv"), None).expect("imports");
    assert_eq!(imp.report.skipped, 0);
    assert!(imp.report.ignored_columns.iter().any(|c| c == "Timestamp"));
    assert!(imp.scenario.segments.len() >= 2);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any bytes: an import or an error, never a panic.
    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = import(&bytes, None);
    }

    /// Text that looks like a survey (digits, separators, quotes, signs,
    /// the column names) reaches the fitting code far more often.
    #[test]
    fn survey_like_text_never_panics(
        body in "([0-9]{1,2}(\\.[0-9])?|-1|x|\"|,|\n|yes|1e400| ){0,200}",
        header in prop::sample::select(vec![
            "value,trust,adopted\n",
            "value,segment,time\n",
            "\u{feff}VALUE, money ,segment,adopted,safety\n",
        ]),
    ) {
        let text = format!("{header}{body}");
        if let Ok(imp) = import(text.as_bytes(), None) {
            prop_assert!(validate::validate(&imp.scenario).is_ok());
        }
    }
}

/// The command line's words for every refusal, pinned as they were before
/// the reasons became kinds: the page translates the same kinds.
#[test]
fn refusals_read_in_english_as_the_command_line_always_wrote_them() {
    let cases: [(&[u8], &str); 6] = [
        (b"", "the file is empty: it needs a header row"),
        (
            b"name,score\na,1\n",
            "no column is named value (found: name, score); name the value rating's column value",
        ),
        (
            b"value,Value\n1,2\n",
            "two columns stand for value: value and Value; rename one",
        ),
        (
            b"value,trust\n1,x\n2,y\n3,1\n",
            "2 rows have bad cells and only 1 are usable, so the file was not imported\n\
             line 2, column trust: \"x\" is not a number\n\
             line 3, column trust: \"y\" is not a number",
        ),
        (
            b"value\n1\n2\n",
            "only 2 usable respondents; at least 5 are needed",
        ),
        (
            b"value,trust\n1e9,1\n2,\n3,1\n",
            "2 rows have bad cells and only 1 are usable, so the file was not imported\n\
             line 2, column value: \"1e9\" is not a number between -1000000 and 1000000\n\
             line 3, column trust: is empty",
        ),
    ];
    for (csv, english) in cases {
        let e = import(csv, None).unwrap_err();
        assert_eq!(e.to_string(), english);
        // One line a kind, as the page lists them.
        assert_eq!(e.lines().len(), english.lines().count());
    }
    let many: String = std::iter::once("value,segment\n".to_string())
        .chain((0..17).flat_map(|s| (0..5).map(move |i| format!("{i},s{s}\n"))))
        .collect();
    assert_eq!(
        import(many.as_bytes(), None).unwrap_err().to_string(),
        "the segment column has 17 distinct values; at most 16"
    );
    let no_headers = b",\n1,2\n";
    assert_eq!(
        import(no_headers, None).unwrap_err().to_string(),
        "no column is named value (found: nothing); name the value rating's column value"
    );
}

/// More bad cells than a refusal lists end with how many more there are.
#[test]
fn a_long_refusal_says_how_many_cells_it_left_out() {
    let csv: String = std::iter::once("value\n1\n".to_string())
        .chain((0..30).map(|i| format!("x{i}\n")))
        .collect();
    let e = import(csv.as_bytes(), None).unwrap_err();
    let text = e.to_string();
    assert!(text.ends_with("\n… and 10 more"), "{text}");
    assert_eq!(e.lines().len(), 1 + 20 + 1);
}

/// A report's bad cells keep their English reasons in JSON, the survey
/// format's words (`docs/survey.md`), and read back to the same kinds.
#[test]
fn bad_cell_reasons_stay_english_in_json() {
    let imp = import(SMALL.as_bytes(), None).unwrap();
    let json = serde_json::to_value(&imp.report.bad_cells).unwrap();
    assert_eq!(json[0]["reason"], "is not a number");
    assert_eq!(json[1]["reason"], "is negative, and a cost cannot be");
    let back: Vec<worthit_engine::survey::BadCell> = serde_json::from_value(json).unwrap();
    assert_eq!(back, imp.report.bad_cells);
    let unknown = serde_json::json!({"line": 1, "column": "v", "text": "", "reason": "is odd"});
    assert!(serde_json::from_value::<worthit_engine::survey::BadCell>(unknown).is_err());
}

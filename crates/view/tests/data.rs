//! The "Your data" panel's logic (`worthit_view::data`): default fit,
//! what compare mode's variants set, the form → calibration block with
//! every problem named by field, and the interval chart.

use serde_json::json;
use worthit_engine::{Scenario, presets};
use worthit_view::data::{
    Lookup, ObservedRow, ProblemKind, calibration_block, default_fit, differing_kind, fit_choices,
    lookup, outside, parse_count, variant_sets,
};
use worthit_view::{ChartStyle, IntervalChart, IntervalRow, interval_height, interval_svg};

fn default_scenario() -> Scenario {
    presets::default_preset().scenario()
}

fn with_strip(s: &Scenario, strip: &[&str]) -> Scenario {
    let mut s = s.clone();
    s.product.screenshots = strip.iter().map(|k| k.to_string()).collect();
    s
}

fn row(users: &str, adopters: &str) -> ObservedRow {
    ObservedRow {
        users: users.into(),
        adopters: adopters.into(),
        retained: String::new(),
        set: String::new(),
    }
}

#[test]
fn single_mode_fits_the_value_mean() {
    let s = default_scenario();
    assert!(matches!(
        lookup(&s, "product.value.mean"),
        Lookup::Number(_)
    ));
    assert_eq!(default_fit(&s, None), vec!["product.value.mean"]);
}

#[test]
fn compare_mode_adds_the_effect_of_the_kind_that_differs() {
    // The example: A shows characters twice and gameplay once, B
    // gameplay twice and progression once. B shows more gameplay first.
    let base = default_scenario();
    let a = with_strip(&base, &["characters", "characters", "gameplay"]);
    let b = with_strip(&base, &["gameplay", "progression", "gameplay"]);
    assert_eq!(differing_kind(&a, &b).as_deref(), Some("gameplay"));
    assert_eq!(
        default_fit(&a, Some(&b)),
        vec![
            "product.value.mean",
            "product.screenshot_effects.gameplay.value"
        ]
    );
    // B dropping a kind: the one B shows less of.
    let c = with_strip(&base, &["characters", "gameplay"]);
    assert_eq!(differing_kind(&a, &c).as_deref(), Some("characters"));
    // Same strips: nothing differs, the value mean alone.
    assert_eq!(default_fit(&a, Some(&a)), vec!["product.value.mean"]);
}

#[test]
fn variant_sets_hold_both_sides_of_every_difference() {
    let base = default_scenario();
    let a = with_strip(&base, &["characters", "characters", "gameplay"]);
    let mut b = with_strip(&base, &["gameplay", "progression", "gameplay"]);
    b.seed = a.seed + 7;
    b.title = "B".into();
    let (sa, sb) = variant_sets(&a, &b);
    // The strip as a whole; the seed and title never.
    assert_eq!(sa.keys().collect::<Vec<_>>(), vec!["product.screenshots"]);
    assert_eq!(
        sa["product.screenshots"],
        json!(["characters", "characters", "gameplay"])
    );
    assert_eq!(
        sb["product.screenshots"],
        json!(["gameplay", "progression", "gameplay"])
    );
}

#[test]
fn builtin_screenshot_effects_are_fittable_without_an_override() {
    let s = with_strip(&default_scenario(), &["gameplay"]);
    assert!(s.product.screenshot_effects.is_empty());
    assert!(matches!(
        lookup(&s, "product.screenshot_effects.gameplay.value"),
        Lookup::Default(v) if v != 0.0
    ));
    assert_eq!(
        lookup(&s, "product.screenshot_effects.nosuchkind.value"),
        Lookup::Missing
    );
    let choices = fit_choices(&s);
    assert_eq!(choices[0], "product.value.mean");
    assert!(choices.contains(&"product.screenshot_effects.gameplay.value".to_string()));
    assert!(choices.contains(&"product.value.sd".to_string()));
}

#[test]
fn counts_accept_grouping_and_name_what_is_wrong() {
    assert_eq!(parse_count("6500"), Ok(6500));
    assert_eq!(parse_count(" 6,500 "), Ok(6500));
    assert_eq!(parse_count("6 500"), Ok(6500));
    assert_eq!(parse_count(""), Err(ProblemKind::Required));
    assert_eq!(parse_count("-3"), Err(ProblemKind::Negative));
    assert_eq!(parse_count("4.8"), Err(ProblemKind::WholeNumber));
    assert_eq!(parse_count("lots"), Err(ProblemKind::WholeNumber));
}

#[test]
fn the_form_becomes_the_formats_calibration_block() {
    let base = default_scenario();
    let a = with_strip(&base, &["characters", "gameplay"]);
    let b = with_strip(&base, &["gameplay", "gameplay"]);
    let (sa, sb) = variant_sets(&a, &b);
    let rows = vec![
        ObservedRow {
            users: "6,500".into(),
            adopters: "228".into(),
            retained: "100".into(),
            set: serde_json::to_string(&sa).unwrap(),
        },
        ObservedRow {
            users: "6500".into(),
            adopters: "312".into(),
            retained: String::new(),
            set: serde_json::to_string(&sb).unwrap(),
        },
    ];
    let fit = default_fit(&a, Some(&b));
    let block = calibration_block(&a, &fit, &rows).unwrap();
    assert_eq!(
        block,
        json!({
            "fit": ["product.value.mean", "product.screenshot_effects.gameplay.value"],
            "observed": [
                { "users": 6500, "adopters": 228,
                  "set": { "product.screenshots": ["characters", "gameplay"] } },
                { "users": 6500, "adopters": 312,
                  "set": { "product.screenshots": ["gameplay", "gameplay"] } },
            ]
        })
    );
}

#[test]
fn bad_input_names_every_field() {
    let s = default_scenario();
    let rows = vec![
        row("100", "120"),
        row("-5", "x"),
        row("0", "0"),
        ObservedRow {
            set: "[1]".into(),
            ..row("10", "1")
        },
    ];
    let fit = vec![
        "product.value.mean".to_string(),
        "product.nosuch".to_string(),
        "product.name".to_string(),
        "product.value.mean".to_string(),
    ];
    let problems = calibration_block(&s, &fit, &rows).unwrap_err();
    let named: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.field.as_str(), &p.kind))
        .collect();
    assert!(named.contains(&("calibration.fit", &ProblemKind::TooManyFit)));
    assert!(named.contains(&("calibration.fit[1]", &ProblemKind::UnknownPath)));
    assert!(named.contains(&("calibration.fit[2]", &ProblemKind::NotNumeric)));
    assert!(named.contains(&("calibration.fit[3]", &ProblemKind::RepeatedFit)));
    assert!(named.contains(&(
        "calibration.observed[0].adopters",
        &ProblemKind::AdoptersOverUsers
    )));
    assert!(named.contains(&("calibration.observed[1].users", &ProblemKind::Negative)));
    assert!(named.contains(&(
        "calibration.observed[1].adopters",
        &ProblemKind::WholeNumber
    )));
    assert!(named.contains(&("calibration.observed[2].users", &ProblemKind::NoUsers)));
    assert!(
        named.iter().any(
            |(f, k)| *f == "calibration.observed[3].set" && matches!(k, ProblemKind::BadSet(_))
        )
    );
    assert_eq!(problems.len(), 9, "{problems:?}");
    let none = calibration_block(&s, &[], &[]).unwrap_err();
    assert_eq!(none.len(), 2);
}

/// Retained adopters are read only with a retention block (the field is
/// shown only then; a count typed before retention was switched off is
/// left out), checked against the adopters, and named by field.
#[test]
fn retained_adopters_join_the_block_with_retention() {
    let s = worthit_engine::presets::get("game-installs-vs-users-art")
        .unwrap()
        .scenario();
    let rows = vec![
        ObservedRow {
            retained: "1,400".into(),
            ..row("6500", "3120")
        },
        row("6500", "3000"),
    ];
    let fit = vec!["product.value.mean".to_string()];
    let block = calibration_block(&s, &fit, &rows).unwrap();
    assert_eq!(block["observed"][0]["retained"], json!(1400));
    assert!(block["observed"][1].get("retained").is_none());
    // The engine accepts the block as the page builds it.
    let mut with = serde_json::to_value(&s).unwrap();
    with["calibration"] = block;
    worthit_engine::parse_scenario(&with.to_string()).unwrap();

    let bad = vec![
        ObservedRow {
            retained: "3121".into(),
            ..row("6500", "3120")
        },
        ObservedRow {
            retained: "some".into(),
            ..row("6500", "3120")
        },
    ];
    let problems = calibration_block(&s, &fit, &bad).unwrap_err();
    let named: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.field.as_str(), &p.kind))
        .collect();
    assert_eq!(
        named,
        vec![
            (
                "calibration.observed[0].retained",
                &ProblemKind::RetainedOverAdopters
            ),
            (
                "calibration.observed[1].retained",
                &ProblemKind::WholeNumber
            ),
        ]
    );
    // Without retention the typed count is left out, not an error.
    let mut off = s.clone();
    off.retention = None;
    let block = calibration_block(&off, &fit, &bad).unwrap();
    assert!(block["observed"][0].get("retained").is_none());
    // What retained adopters speak to can be fitted.
    let choices = fit_choices(&s);
    assert!(choices.contains(&"product.experience.mean".to_string()));
    assert!(!fit_choices(&off).contains(&"product.experience.mean".to_string()));
}

#[test]
fn an_observation_outside_the_predicted_interval_is_a_misfit() {
    assert!(!outside(0.035, [0.03, 0.04]));
    assert!(outside(0.048, [0.03, 0.04]));
    assert!(outside(0.02, [0.03, 0.04]));
}

fn chart(rows: Vec<IntervalRow>, shared: bool) -> IntervalChart {
    IntervalChart {
        title: "Fitted inputs".into(),
        rows,
        estimate_legend: "Median and 95% interval".into(),
        observed_legend: "Observed".into(),
        shared_scale: shared,
        no_data: "No data".into(),
    }
}

fn interval(label: &str, est: f64, lo: f64, hi: f64, observed: Option<f64>) -> IntervalRow {
    IntervalRow {
        label: label.into(),
        estimate: est,
        lo,
        hi,
        observed,
        texts: [format!("{est}"), format!("{lo}"), format!("{hi}")],
    }
}

#[test]
fn interval_chart_draws_each_row_its_interval_and_the_observed_ring() {
    let c = chart(
        vec![
            interval("Variant A", 0.035, 0.031, 0.039, Some(0.0351)),
            interval("Variant B", 0.048, 0.043, 0.053, Some(0.060)),
        ],
        true,
    );
    let style = ChartStyle::default();
    let h = interval_height(&c, 360.0, &style);
    let svg = interval_svg(&c, 360, h as u32, &style).unwrap();
    assert!(svg.contains("<title>Fitted inputs</title>"));
    for text in [
        "Median and 95% interval",
        "Observed",
        "Variant A",
        "Variant B",
        "0.053",
        "0.031",
    ] {
        assert!(svg.contains(text), "{text} missing");
    }
    // Two dots (filled) and two rings (stroked) beside the two legend
    // swatches.
    assert_eq!(svg.matches("<circle").count(), 6, "{svg}");
    // Without observations there is no ring and no "Observed" legend.
    let c = chart(
        vec![interval("product.value.mean", 6.1, 5.8, 6.4, None)],
        false,
    );
    let svg = interval_svg(&c, 360, interval_height(&c, 360.0, &style) as u32, &style).unwrap();
    assert!(!svg.contains("Observed"));
    assert_eq!(svg.matches("<circle").count(), 2);
    // Odd numbers draw the empty state, never panic.
    let c = chart(vec![interval("x", f64::NAN, 0.0, 1.0, None)], false);
    let svg = interval_svg(&c, 360, 200, &style).unwrap();
    assert!(svg.contains("No data"));
}

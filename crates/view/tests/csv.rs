//! CSV export: the rows documented in docs/results-csv.md, RFC 4180 quoting,
//! and values that read back to the numbers of the run.

mod common;

use common::*;
use worthit_engine::{CompareResults, Compared, Comparison, VariantInfo};
use worthit_view::{COMPARE_CSV_HEADER, RESULTS_CSV_HEADER, compare_csv, results_csv};

/// A strict RFC 4180 reader: CRLF records, quoted fields with doubled
/// quotes. Panics on anything else, so a malformed export fails the test.
fn parse(csv: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = csv.chars().peekable();
    let mut quoted = false;
    let mut was_quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty() && !was_quoted, "quote inside a field");
                quoted = true;
                was_quoted = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                was_quoted = false;
            }
            '\n' => panic!("bare LF outside quotes"),
            c => {
                assert!(!was_quoted, "text after a closing quote");
                field.push(c);
            }
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(
        field.is_empty() && record.is_empty(),
        "last record without CRLF"
    );
    records
}

fn value<'a>(rows: &'a [Vec<String>], section: &str, item: &str, field: &str) -> &'a str {
    &rows
        .iter()
        .find(|r| r[0] == section && r[1] == item && r[2] == field)
        .unwrap_or_else(|| panic!("no row {section},{item},{field}"))[3]
}

#[test]
fn every_part_of_a_run_has_its_rows() {
    let r = game();
    let csv = results_csv(&r);
    let rows = parse(&csv);
    assert_eq!(rows[0].join(","), RESULTS_CSV_HEADER);
    let rows = &rows[1..];
    assert!(rows.iter().all(|r| r.len() == 4));

    let bins = r.net_value.histogram.counts.len();
    let timeline = r.timeline.as_ref().unwrap().len();
    let expected = 5 // run
        + 4 // adoption
        + r.choices.len()
        + 2 * r.segments.len()
        + 2 // net value
        + 4 * bins
        + 3 * r.barriers.len()
        + 3 * r.sensitivity.len()
        + 3 * timeline;
    assert_eq!(rows.len(), expected);

    let count = |s: &str| rows.iter().filter(|r| r[0] == s).count();
    assert_eq!(count("histogram"), 4 * bins);
    assert_eq!(count("timeline"), 3 * timeline);

    assert_eq!(value(rows, "run", "", "title"), r.title);
    assert_eq!(value(rows, "run", "", "users"), "100000");
    assert_eq!(value(rows, "adoption", "", "share"), "0.4312");
    assert_eq!(value(rows, "adoption", "", "ci95_low"), "0.4281");
    assert_eq!(value(rows, "adoption", "", "adopters"), "43120");
    assert_eq!(value(rows, "choice", "none", "share"), "0.2638");
    assert_eq!(value(rows, "segment", "Core gamers", "users"), "29988");
    assert_eq!(value(rows, "histogram", "0", "lower"), "-8");
    assert_eq!(value(rows, "histogram", "31", "upper"), "8");
    assert_eq!(
        value(rows, "histogram", "20", "adopters"),
        r.net_value.histogram.adopter_counts[20].to_string()
    );
    assert_eq!(value(rows, "barrier", "trust", "mean_non_adopters"), "1.4");
    assert_eq!(
        value(rows, "sensitivity", "product.costs.trust.mean", "step"),
        "-0.1"
    );
    assert_eq!(
        value(rows, "timeline", "52", "new_adopters"),
        r.timeline.as_ref().unwrap()[51].new_adopters.to_string()
    );

    // Every number reads back to exactly the f64 of the run.
    let ci_hi: f64 = value(rows, "adoption", "", "ci95_high").parse().unwrap();
    assert_eq!(ci_hi, r.adoption.ci95[1]);
    let aware: f64 = value(rows, "timeline", "7", "aware_share").parse().unwrap();
    assert_eq!(aware, r.timeline.as_ref().unwrap()[6].aware_share);
    assert!(
        rows.iter()
            .filter(|r| r[2] != "title")
            .all(|r| !r[3].contains('e')),
        "no exponent form"
    );
    let mut tiny = game();
    tiny.sensitivity[0].change = 1e-7;
    let rows = parse(&results_csv(&tiny));
    assert_eq!(
        value(&rows, "sensitivity", "product.costs.trust.mean", "change"),
        "0.0000001"
    );
}

#[test]
fn names_are_quoted_and_guarded() {
    let mut r = game();
    r.title = "Game, \"v2\"\nfinal".into();
    r.choices[1].option = "=HYPERLINK(\"http://x\")".into();
    r.segments[0].name = "-5 club".into();
    r.segments[1].name = "Fans, core".into();
    let csv = results_csv(&r);
    assert!(
        csv.contains("run,,title,\"Game, \"\"v2\"\"\nfinal\"\r\n"),
        "{csv}"
    );
    let rows = parse(&csv);
    assert_eq!(value(&rows, "run", "", "title"), "Game, \"v2\"\nfinal");
    // A formula-like name gets a leading apostrophe so a spreadsheet shows
    // it instead of running it.
    assert_eq!(
        value(&rows, "choice", "'=HYPERLINK(\"http://x\")", "share"),
        "0.305"
    );
    assert!(rows.iter().any(|r| r[1] == "'-5 club"));
    assert_eq!(
        value(&rows, "segment", "Fans, core", "adoption_share"),
        "0.512"
    );
    // Negative numbers are numbers, not formulas: no apostrophe.
    assert_eq!(
        value(&rows, "sensitivity", "alternatives[0].value.mean", "change"),
        "-0.009"
    );
}

#[test]
fn empty_and_odd_values() {
    let rows = parse(&results_csv(&empty()));
    assert_eq!(rows.len(), 1 + 5 + 4 + 2);
    let mut r = game();
    r.adoption.share = f64::NAN;
    r.net_value.histogram.edges.truncate(3);
    r.net_value.histogram.adopter_counts.clear();
    let rows = parse(&results_csv(&r));
    assert_eq!(value(&rows, "adoption", "", "share"), "");
    // Missing edges are empty; without the adopter split there is no
    // adopters row.
    assert_eq!(value(&rows, "histogram", "5", "lower"), "");
    assert!(
        !rows
            .iter()
            .any(|r| r[0] == "histogram" && r[2] == "adopters")
    );
}

#[test]
fn comparison_csv() {
    let mut b = game();
    b.title = "B".into();
    let c = CompareResults {
        a: game(),
        b,
        comparison: Comparison {
            lift: 0.042,
            ci95: [0.038, 0.046],
            p_b_better: 0.9999,
            robustness: None,
        },
        retained_comparison: None,
        compared: None,
    };
    let csv = compare_csv(&c);
    let rows = parse(&csv);
    assert_eq!(rows[0].join(","), COMPARE_CSV_HEADER);
    let single = parse(&results_csv(&c.a)).len() - 1;
    assert_eq!(rows.len(), 1 + 2 * single + 4);
    assert!(rows[1..].iter().all(|r| r.len() == 5));
    assert_eq!(rows.iter().filter(|r| r[0] == "A").count(), single);
    assert_eq!(rows.iter().filter(|r| r[0] == "B").count(), single);
    let lift = rows
        .iter()
        .find(|r| r[1] == "comparison" && r[3] == "lift")
        .unwrap();
    assert_eq!(lift[4], "0.042");
    assert!(
        rows.iter()
            .any(|r| r[0] == "B" && r[3] == "title" && r[4] == "B")
    );
}

/// The comparison CSV starts with what was compared: each variant's own
/// title and strip, and every path where B differs.
#[test]
fn comparison_csv_names_what_was_compared() {
    let c = CompareResults {
        a: game(),
        b: game(),
        comparison: Comparison {
            lift: 0.0,
            ci95: [0.0, 0.0],
            p_b_better: 0.5,
            robustness: None,
        },
        retained_comparison: None,
        compared: Some(Compared {
            a: VariantInfo {
                title: "Art first".into(),
                product: "Our game".into(),
                screenshots: vec!["characters".into(), "gameplay".into()],
            },
            b: VariantInfo {
                title: "Gameplay first".into(),
                product: "Our game".into(),
                screenshots: vec!["gameplay".into(), "characters".into()],
            },
            differs: vec!["title".into(), "product.screenshots[0]".into()],
        }),
    };
    let rows = parse(&compare_csv(&c));
    let has = |want: [&str; 5]| rows.iter().any(|r| r == &want);
    assert!(has(["A", "variant", "", "title", "Art first"]));
    assert!(has(["B", "variant", "", "title", "Gameplay first"]));
    assert!(has(["B", "screenshots", "1", "kind", "gameplay"]));
    assert!(has(["A", "screenshots", "2", "kind", "gameplay"]));
    assert!(has([
        "B",
        "differs",
        "product.screenshots[0]",
        "path",
        "product.screenshots[0]"
    ]));
    assert!(rows[1..].iter().all(|r| r.len() == 5));
}

#[test]
fn every_section_and_field_is_documented() {
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/results-csv.md"
    ))
    .expect("docs/results-csv.md");
    let rows = parse(&results_csv(&game()));
    for r in &rows[1..] {
        for name in [&r[0], &r[2]] {
            assert!(
                doc.contains(&format!("`{name}`")),
                "`{name}` is not in docs/results-csv.md"
            );
        }
    }
    for field in ["lift", "ci95_low", "ci95_high", "p_b_better", "variant"] {
        assert!(doc.contains(&format!("`{field}`")), "{field}");
    }
}

/// A run with a retention block, and its active users per period.
fn with_retention() -> worthit_engine::Results {
    use worthit_engine::{ActiveRow, RetentionResult, SegmentRetention};
    let mut r = game();
    for row in r.timeline.iter_mut().flatten() {
        row.active_share = Some(row.cumulative_share * 0.8);
    }
    r.retention = Some(RetentionResult {
        periods: 3,
        retained: 30_000,
        retained_share: 0.3,
        retained_ci95: [0.297, 0.303],
        lost_to_expectation: 0.1,
        lost_to_recurring: 0.0312,
        curve: (0..=3)
            .map(|t| ActiveRow {
                period: t,
                active_share: 0.4312 - 0.04 * f64::from(t),
            })
            .collect(),
        segments: r
            .segments
            .iter()
            .map(|s| SegmentRetention {
                name: s.name.clone(),
                retained_share: 0.25,
            })
            .collect(),
    });
    r
}

#[test]
fn retention_has_its_rows_and_every_one_is_documented() {
    let r = with_retention();
    let rows = parse(&results_csv(&r));
    let rows = &rows[1..];
    let plain = parse(&results_csv(&game())).len() - 1;
    let timeline = r.timeline.as_ref().unwrap().len();
    let k = r.retention.as_ref().unwrap();
    assert_eq!(
        rows.len(),
        plain + timeline + 7 + k.segments.len() + k.curve.len()
    );
    assert_eq!(value(rows, "retention", "", "retained"), "30000");
    assert_eq!(value(rows, "retention", "", "lost_to_recurring"), "0.0312");
    assert_eq!(
        value(rows, "retention_curve", "2", "active_share"),
        "0.3512"
    );
    assert_eq!(
        value(rows, "retention_segment", "Core gamers", "retained_share"),
        "0.25"
    );
    let active: f64 = value(rows, "timeline", "5", "active_share")
        .parse()
        .unwrap();
    assert_eq!(
        active,
        r.timeline.as_ref().unwrap()[4].active_share.unwrap()
    );
    let doc = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../docs/results-csv.md"
    ))
    .unwrap();
    for row in rows {
        for name in [&row[0], &row[2]] {
            assert!(doc.contains(&format!("`{name}`")), "`{name}` undocumented");
        }
    }
    // A vs. B with retention adds the retained comparison's rows.
    let c = CompareResults {
        a: r.clone(),
        b: r,
        comparison: Comparison {
            lift: 0.0,
            ci95: [0.0, 0.0],
            p_b_better: 0.5,
            robustness: None,
        },
        retained_comparison: Some(Comparison {
            lift: 0.01,
            ci95: [0.005, 0.015],
            p_b_better: 0.99,
            robustness: None,
        }),
        compared: None,
    };
    let rows = parse(&compare_csv(&c));
    let kept: Vec<_> = rows
        .iter()
        .filter(|r| r[1] == "retained_comparison")
        .collect();
    assert_eq!(kept.len(), 4);
    assert!(kept.iter().any(|r| r[3] == "lift" && r[4] == "0.01"));
    assert!(doc.contains("`retained_comparison`"));
}

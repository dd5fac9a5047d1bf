//! The retention part of `worthit run`'s summary: retained adopters next
//! to adoption, what the loss is, and the active curve as a table.

use std::fmt::Write as _;

use worthit_engine::RetentionResult;

use crate::summary::{percent, thousands};

/// Most curve rows printed; a longer curve is thinned to every k-th period
/// (the last always shown). The JSON has every period.
const MAX_ROWS: usize = 53;

/// "31.2% retained after 30 periods (30.9–31.5%): 31,204 of 100,000
/// people", the line under the adoption headline.
pub fn headline(r: &RetentionResult, users: u64) -> String {
    format!(
        "{} retained after {} periods ({}–{}): {} of {} people",
        percent(r.retained_share),
        r.periods,
        percent(r.retained_ci95[0]).trim_end_matches('%'),
        percent(r.retained_ci95[1]),
        thousands(r.retained),
        thousands(users)
    )
}

/// Which loss is larger, in words, or None when nobody was lost.
pub fn larger_loss(r: &RetentionResult) -> Option<&'static str> {
    let (e, c) = (r.lost_to_expectation, r.lost_to_recurring);
    if e == 0.0 && c == 0.0 {
        None
    } else if e >= c {
        Some("expectation (use fell short of what claims and screenshots promised)")
    } else {
        Some("recurring costs (what using it keeps costing)")
    }
}

/// The retention section: the loss split and the active curve.
pub fn write_retention(out: &mut String, r: &RetentionResult) {
    // `write!` into a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(
        out,
        "\nRetention ({} periods): lost to expectation {}, to recurring costs {}",
        r.periods,
        percent(r.lost_to_expectation),
        percent(r.lost_to_recurring)
    );
    if let Some(larger) = larger_loss(r) {
        let _ = writeln!(out, "  The larger loss: {larger}");
    }
    if r.segments.len() > 1 {
        let width = r
            .segments
            .iter()
            .map(|s| s.name.chars().count())
            .max()
            .unwrap_or(0)
            .max(8);
        let _ = writeln!(out, "  {:<width$}  {:>8}", "Segment", "retained");
        for s in &r.segments {
            let _ = writeln!(
                out,
                "  {:<width$}  {:>8}",
                s.name,
                percent(s.retained_share)
            );
        }
    }
    let _ = writeln!(out, "  {:>6}  {:>7}", "period", "active");
    let step = r.curve.len().div_ceil(MAX_ROWS).max(1);
    let last = r.curve.len().saturating_sub(1);
    for (i, row) in r.curve.iter().enumerate() {
        if i % step == 0 || i == last {
            let _ = writeln!(out, "  {:>6}  {:>7}", row.period, percent(row.active_share));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use worthit_engine::{ActiveRow, SegmentRetention};

    fn result(periods: u32) -> RetentionResult {
        RetentionResult {
            periods,
            retained: 2_500,
            retained_share: 0.25,
            retained_ci95: [0.24, 0.26],
            lost_to_expectation: 0.1,
            lost_to_recurring: 0.05,
            curve: (0..=periods)
                .map(|t| ActiveRow {
                    period: t,
                    active_share: 0.25 + 0.15 / f64::from(t + 1),
                })
                .collect(),
            segments: vec![
                SegmentRetention {
                    name: "Casual".into(),
                    retained_share: 0.2,
                },
                SegmentRetention {
                    name: "Core".into(),
                    retained_share: 0.35,
                },
            ],
        }
    }

    #[test]
    fn headline_and_table_show_the_numbers() {
        let r = result(3);
        assert_eq!(
            headline(&r, 10_000),
            "25.0% retained after 3 periods (24.0–26.0%): 2,500 of 10,000 people"
        );
        let mut out = String::new();
        write_retention(&mut out, &r);
        assert!(
            out.contains("lost to expectation 10.0%, to recurring costs 5.0%"),
            "{out}"
        );
        assert!(out.contains("The larger loss: expectation"), "{out}");
        assert!(out.contains("  Core         35.0%\n"), "{out}");
        assert!(out.contains("       0    40.0%\n"), "{out}");
        assert!(out.contains("       3    28.7%\n"), "{out}");
    }

    /// A long curve is thinned but keeps its first and last periods.
    #[test]
    fn long_curves_are_thinned() {
        let r = result(520);
        let mut out = String::new();
        write_retention(&mut out, &r);
        let rows = out
            .lines()
            .filter(|l| l.trim_end().ends_with('%') && l.starts_with("   "))
            .count();
        assert!(rows <= MAX_ROWS + 1, "{rows} rows");
        assert!(
            out.contains("\n     520    25.0%\n") || out.contains("\n     520    25.0%"),
            "{out}"
        );
    }
}

//! The readable summary `worthit run` and `worthit compare` print by
//! default: the same facts as the JSON, laid out for a terminal.

use std::fmt::Write as _;

use worthit_engine::exercise::{self, Exercise, GoalOp, Metric};
use worthit_engine::{CompareResults, Comparison, Results};

/// How many what-if rows the summary shows; the JSON has them all.
const TOP_SENSITIVITY: usize = 8;

/// The summary of one run; with the scenario's classroom exercise, whether
/// the run meets its goal (the same check the page makes).
pub fn run_summary(r: &Results, exercise: Option<&Exercise>) -> String {
    let mut out = String::new();
    write_results(&mut out, r);
    if let Some(ex) = exercise {
        out.push('\n');
        out.push_str(&exercise_status(ex, r));
    }
    out
}

/// The note under the what-if heading when the rows were counted on the
/// run's first people only (`what_if_users`).
fn what_if_people(what_if_users: u64, users: u64) -> String {
    format!(
        "  (what-ifs on the first {} of {} people, each compared with their own decision)",
        thousands(what_if_users),
        thousands(users)
    )
}

/// The exercise's title and where these results stand against its goal,
/// e.g. "Goal: adoption ≥ 45.0% · now 30.8% · not met yet".
pub fn exercise_status(ex: &Exercise, r: &Results) -> String {
    let status = exercise::check(ex, r);
    let goal = &ex.goal;
    let what = match (goal.metric, goal.segment.as_deref()) {
        (Metric::SegmentAdoption, Some(name)) => format!("adoption among {name}"),
        (Metric::RetainedShare, _) => "retained adopters".to_string(),
        _ => "adoption".to_string(),
    };
    let op = match goal.op {
        GoalOp::AtLeast => "≥",
        GoalOp::AtMost => "≤",
    };
    let now = match goal.current(r) {
        Some(share) => percent(share),
        None => "not in these results".to_string(),
    };
    let verdict = if status.met { "met" } else { "not met yet" };
    format!(
        "Exercise: {}\n  Goal: {what} {op} {} · now {now} · {verdict}\n",
        ex.title,
        percent(goal.target)
    )
}

/// The summary of an A vs. B comparison: both runs, then the verdict.
pub fn compare_summary(c: &CompareResults) -> String {
    let mut out = String::new();
    out.push_str("== A ==\n");
    write_results(&mut out, &c.a);
    out.push_str("\n== B ==\n");
    write_results(&mut out, &c.b);
    out.push('\n');
    out.push_str(&verdict(&c.comparison));
    out.push('\n');
    if let Some(kept) = &c.retained_comparison {
        out.push_str("Retained adopters, ");
        out.push_str(&verdict(kept));
        out.push('\n');
    }
    out
}

/// One sentence that carries the uncertainty of the lift.
pub fn verdict(c: &Comparison) -> String {
    let lift = c.lift * 100.0;
    let (lo, hi) = (c.ci95[0] * 100.0, c.ci95[1] * 100.0);
    format!(
        "B − A: {lift:+.2} points (95% interval {lo:+.2} to {hi:+.2}); P(B better) {}",
        probability(c.p_b_better)
    )
}

fn write_results(out: &mut String, r: &Results) {
    // `write!` into a String cannot fail; the results are ignored on purpose.
    if !r.title.is_empty() {
        let _ = writeln!(out, "{}", r.title);
    }
    let a = &r.adoption;
    let _ = writeln!(
        out,
        "{} adopt ({}–{}): {} of {} people · seed {} · {:.0} ms",
        percent(a.share),
        percent_bare(a.ci95[0]),
        percent(a.ci95[1]),
        thousands(a.adopters),
        thousands(r.users),
        r.seed,
        r.elapsed_ms
    );
    if let Some(u) = &r.uncertainty {
        // The headline's interval is Monte Carlo error only; say so next to
        // the one that includes the fitted inputs.
        let _ = writeln!(
            out,
            "  with the fitted inputs' uncertainty ({} posterior draws): {}–{} (the interval above is Monte Carlo error only)",
            u.draws,
            percent_bare(u.adoption_ci95[0]),
            percent(u.adoption_ci95[1]),
        );
    }
    if let Some(ret) = &r.retention {
        let _ = writeln!(out, "{}", crate::retention::headline(ret, r.users));
    }

    if !r.choices.is_empty() {
        let _ = writeln!(out, "\nChoices");
        let width = name_width(r.choices.iter().map(|c| c.option.as_str()));
        for c in &r.choices {
            let _ = writeln!(out, "  {:<width$}  {:>6}", c.option, percent(c.share));
        }
    }

    if !r.segments.is_empty() {
        let width = name_width(r.segments.iter().map(|s| s.name.as_str())).max(8);
        let _ = writeln!(
            out,
            "\n  {:<width$}  {:>11}  {:>7}",
            "Segment", "people", "adopt"
        );
        for s in &r.segments {
            let _ = writeln!(
                out,
                "  {:<width$}  {:>11}  {:>7}",
                s.name,
                thousands(s.users),
                percent(s.adoption_share)
            );
        }
    }

    let nv = &r.net_value;
    let _ = writeln!(
        out,
        "\nNet value of the product: mean {:.2}, sd {:.2}",
        nv.mean, nv.sd
    );
    if let Some(m) = &r.money {
        // The scenario's `units`: the same net value read in money.
        let _ = writeln!(
            out,
            "  in money: mean {:.2} {cur}, sd {:.2} {cur} (1 point = {} {cur})",
            m.net_value_mean,
            m.net_value_sd,
            m.money_per_point,
            cur = m.currency
        );
    }

    if !r.barriers.is_empty() {
        let _ = writeln!(
            out,
            "\nBarriers: share of non-adopters each cost alone holds back, and mean cost"
        );
        let _ = writeln!(
            out,
            "  {:<10} {:>9}  {:>9}  {:>13}",
            "cost", "decisive", "adopters", "non-adopters"
        );
        for b in &r.barriers {
            let _ = writeln!(
                out,
                "  {:<10} {:>9}  {:>9.2}  {:>13.2}",
                b.cost,
                percent(b.decisive_share),
                b.mean_adopters,
                b.mean_non_adopters
            );
        }
    }

    if !r.sensitivity.is_empty() {
        let shown = r.sensitivity.len().min(TOP_SENSITIVITY);
        let _ = writeln!(
            out,
            "\nWhat-if (largest {shown} of {} effects; adoption with the input moved; ± the change's paired 95% interval)",
            r.sensitivity.len()
        );
        if let Some(n) = r.what_if_users {
            let _ = writeln!(out, "{}", what_if_people(n, r.users));
        }
        let width = name_width(r.sensitivity.iter().take(shown).map(|s| s.input.as_str()));
        let intervals = r.uncertainty.as_ref().map(|u| &u.what_ifs);
        for s in r.sensitivity.iter().take(shown) {
            let _ = write!(
                out,
                "  {:<width$}  {:>+8.3}  {:>6}  {:+.2} points",
                s.input,
                s.step,
                percent(s.adoption_share),
                s.change * 100.0
            );
            if let Some([lo, hi]) = s.change_ci95 {
                // The paired interval is symmetric about the change.
                let _ = write!(out, " ±{:.2}", (hi - lo) * 50.0);
            }
            if let Some(w) = intervals.and_then(|u| u.iter().find(|w| w.input == s.input)) {
                let _ = write!(
                    out,
                    "  ({:+.2} to {:+.2} with the fitted inputs)",
                    w.change_ci95[0] * 100.0,
                    w.change_ci95[1] * 100.0
                );
            }
            if let Some(k) = s.retained_change {
                let _ = write!(out, "  retained {:+.2} points", k * 100.0);
            }
            let _ = writeln!(out);
        }
        if let Some(u) = r.uncertainty.as_ref().filter(|u| !u.what_ifs.is_empty()) {
            let _ = writeln!(
                out,
                "  (with the fitted inputs: 95% interval of the change over {} posterior draws of {} people each, parameter uncertainty and Monte Carlo error together; the change itself is from this run)",
                u.draws,
                thousands(u.what_if_users_per_draw)
            );
        }
    }

    if let Some(timeline) = &r.timeline {
        let _ = writeln!(out, "\nTimeline ({} periods)", timeline.len());
        // With retention, a column of people still using the product.
        let active = timeline.iter().any(|row| row.active_share.is_some());
        let _ = write!(
            out,
            "  {:>6}  {:>7}  {:>12}  {:>10}",
            "period", "aware", "new adopters", "cumulative"
        );
        let _ = writeln!(out, "{}", if active { "      active" } else { "" });
        for row in timeline {
            let _ = write!(
                out,
                "  {:>6}  {:>7}  {:>12}  {:>10}",
                row.period,
                percent(row.aware_share),
                thousands(row.new_adopters),
                percent(row.cumulative_share)
            );
            let _ = writeln!(
                out,
                "{}",
                row.active_share
                    .map_or(String::new(), |a| format!("  {:>10}", percent(a)))
            );
        }
    }

    if let Some(ret) = &r.retention {
        crate::retention::write_retention(out, ret);
    }
}

/// A share as a percentage with one decimal: `43.1%`.
pub fn percent(share: f64) -> String {
    format!("{}%", percent_bare(share))
}

fn percent_bare(share: f64) -> String {
    format!("{:.1}", share * 100.0)
}

/// A probability, never rounded to a certainty it does not have.
pub fn probability(p: f64) -> String {
    if p > 0.999 {
        "> 99.9%".to_string()
    } else if p < 0.001 {
        "< 0.1%".to_string()
    } else {
        format!("{:.1}%", p * 100.0)
    }
}

/// `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn name_width<'a>(names: impl Iterator<Item = &'a str>) -> usize {
    names.map(|n| n.chars().count()).max().unwrap_or(0).min(40)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(100_000_000), "100,000,000");
        assert_eq!(percent(0.43124), "43.1%");
        assert_eq!(probability(0.9999), "> 99.9%");
        assert_eq!(probability(0.0001), "< 0.1%");
        assert_eq!(probability(0.5), "50.0%");
    }

    fn results_with_timeline() -> Results {
        use worthit_engine::*;
        Results {
            schema: 1,
            title: "Growth".into(),
            seed: 3,
            users: 12_345,
            adoption: Adoption {
                share: 0.25,
                ci95: [0.24, 0.26],
                adopters: 3086,
            },
            choices: vec![
                Choice {
                    option: "Ours".into(),
                    share: 0.25,
                },
                Choice {
                    option: "none".into(),
                    share: 0.75,
                },
            ],
            segments: vec![],
            net_value: NetValue {
                mean: 0.5,
                sd: 1.0,
                histogram: Histogram {
                    edges: vec![0.0, 1.0],
                    counts: vec![12_345],
                    adopter_counts: vec![3086],
                },
            },
            barriers: vec![Barrier {
                cost: "trust".into(),
                decisive_share: 0.125,
                mean_adopters: 0.5,
                mean_non_adopters: 1.25,
            }],
            sensitivity: vec![],
            timeline: Some(vec![
                TimelineRow {
                    period: 1,
                    aware_share: 0.03,
                    new_adopters: 120,
                    cumulative_share: 0.0097,
                    active_share: None,
                },
                TimelineRow {
                    period: 2,
                    aware_share: 0.07,
                    new_adopters: 1_234,
                    cumulative_share: 0.11,
                    active_share: None,
                },
            ]),
            money: None,
            retention: None,
            elapsed_ms: 12.3,
            uncertainty: None,
            what_if_users: None,
        }
    }

    #[test]
    fn summary_shows_headline_barriers_and_timeline() {
        let text = run_summary(&results_with_timeline(), None);
        assert!(
            text.starts_with(
                "Growth\n25.0% adopt (24.0–26.0%): 3,086 of 12,345 people · seed 3 · 12 ms\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("  trust          12.5%       0.50           1.25\n"),
            "{text}"
        );
        assert!(text.contains("Timeline (2 periods)"), "{text}");
        assert!(
            text.contains("       2     7.0%         1,234       11.0%\n"),
            "{text}"
        );
        // Nothing requested, nothing shown.
        assert!(!text.contains("What-if"));
    }

    #[test]
    fn verdict_carries_the_interval() {
        let c = Comparison {
            lift: 0.042,
            ci95: [0.038, 0.046],
            p_b_better: 0.99999,
            robustness: None,
        };
        assert_eq!(
            verdict(&c),
            "B − A: +4.20 points (95% interval +3.80 to +4.60); P(B better) > 99.9%"
        );
    }
}

//! Who stays: the retention chart, the claim curve's retained
//! line, and the sentences that say how many stay and whether expectation
//! or the recurring costs lose more adopters, on the engine's own output
//! for the art/gameplay preset pair and on hand-made numbers.

mod common;

use common::*;
use worthit_engine::lab::{ClaimCurve, ClaimPoint};
use worthit_engine::{ActiveRow, Results, RetentionResult, RunOptions, presets, run};
use worthit_view::{
    ChartKind, ChartStyle, LossCause, Palette, Sentence, chart_description, chart_svg,
    claim_curve_svg, claim_summary, full_summary, hex, retention_summary,
};

/// A preset run with fewer people (quick, and still thousands of adopters).
fn preset_run(id: &str) -> Results {
    let mut s = presets::get(id)
        .unwrap_or_else(|| panic!("no preset {id}"))
        .scenario();
    s.users = 20_000;
    run(&s, &RunOptions::default()).unwrap()
}

/// Hand-made retention: 40% adopt, the curve halves the gap to 25% each
/// period over 10 periods, and the loss is split as given.
fn with_retention(expectation: f64, recurring: f64) -> Results {
    let mut r = game();
    r.adoption.share = 0.40;
    let retained = 0.40 - expectation - recurring;
    let curve: Vec<ActiveRow> = (0..=10)
        .map(|t| ActiveRow {
            period: t,
            active_share: retained + (0.40 - retained) * 0.5f64.powi(t as i32),
        })
        .collect();
    r.retention = Some(RetentionResult {
        periods: 10,
        retained: (retained * r.users as f64).round() as u64,
        retained_share: retained,
        retained_ci95: [retained - 0.003, retained + 0.003],
        lost_to_expectation: expectation,
        lost_to_recurring: recurring,
        curve,
        segments: Vec::new(),
    });
    r
}

fn svg(kind: ChartKind, r: &Results) -> String {
    chart_svg(kind, r, 420, 260, &ChartStyle::default(), &en_labels()).unwrap()
}

#[test]
fn the_chart_draws_the_active_curve_against_the_adoption_line() {
    let r = with_retention(0.10, 0.05);
    assert!(ChartKind::Retention.has_data(&r));
    let s = svg(ChartKind::Retention, &r);
    let els = parse_svg(&s);
    let pal = Palette::okabe_ito();
    // The active curve: one polyline through every period (11 points).
    let active = lines_of(&els, &hex(pal.cumulative));
    assert!(
        active
            .iter()
            .any(|l| l.attr("points").unwrap().split_whitespace().count() == 11),
        "{active:?}"
    );
    // The adoption reference is dashed: several pieces of its colour.
    assert!(lines_of(&els, &hex(pal.reference)).len() > 3);
    // The curve starts at the adoption line and ends lower: its last point
    // lies below (a larger y than) its first.
    let points: Vec<(f64, f64)> = active
        .iter()
        .find(|l| l.attr("points").unwrap().split_whitespace().count() == 11)
        .unwrap()
        .attr("points")
        .unwrap()
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect();
    assert!(points[10].1 > points[0].1 + 10.0, "{points:?}");
    assert!(
        points
            .windows(2)
            .all(|w| w[1].0 > w[0].0 && w[1].1 >= w[0].1)
    );
    let text: Vec<String> = texts(&els).iter().map(|t| t.text.clone()).collect();
    for t in [
        "Who stays after adopting",
        "Still using it",
        "Adopted",
        "Periods since adopting",
    ] {
        assert!(text.iter().any(|x| x == t), "{t} missing from {text:?}");
    }
    assert!(layout_problems(&s).is_empty(), "{:?}", layout_problems(&s));
}

#[test]
fn without_retention_there_is_no_chart_data() {
    let r = game();
    assert!(!ChartKind::Retention.has_data(&r));
    assert_eq!(
        chart_description(ChartKind::Retention, &r),
        vec![Sentence::NoData]
    );
    // It still draws, as an empty state.
    let s = svg(ChartKind::Retention, &r);
    assert!(s.contains("No data to show"));
}

#[test]
fn the_summary_names_the_larger_loss() {
    let r = with_retention(0.10, 0.04);
    let s = full_summary(&r);
    // The headline, then retained adopters right after it.
    assert!(matches!(s[0], Sentence::Headline { .. }));
    assert_eq!(
        render_en(&s[1]),
        "After 10 periods, 26.0% of all people have adopted and still use it (95% interval 25.7\u{2013}26.3%)."
    );
    assert_eq!(
        render_en(&s[2]),
        "Most of the drop-off is expectation: 10.0% of people adopted on claims and screenshots that use did not live up to and left, against 4.0% who left over the recurring costs."
    );

    let r = with_retention(0.02, 0.07);
    let s = retention_summary(r.retention.as_ref().unwrap());
    assert_eq!(
        s[1],
        Sentence::RetentionLoss {
            expectation: 0.02,
            recurring: 0.07,
            larger: LossCause::Recurring
        }
    );
    assert_eq!(
        render_en(&s[1]),
        "Most of the drop-off is the recurring costs: 7.0% of people left over what using it keeps costing, against 2.0% who left because use fell short of the claims and screenshots."
    );

    // Nobody leaves: said so, no cause named.
    let r = with_retention(0.0, 0.0);
    let s = retention_summary(r.retention.as_ref().unwrap());
    assert_eq!(
        render_en(&s[1]),
        "Everyone who adopts still uses it after 10 periods."
    );
}

#[test]
fn the_description_reads_the_chart() {
    let r = with_retention(0.10, 0.05);
    let words: Vec<String> = chart_description(ChartKind::Retention, &r)
        .iter()
        .map(render_en)
        .collect();
    assert_eq!(
        words,
        [
            "Share of all people who adopted and still use the product, period by period after adopting (solid line), against the 40.0% who adopted (dashed line): 25.0% still use it after 10 periods."
        ]
    );
}

/// The preset pair that teaches it: on the engine's own numbers the
/// summary, the chart and the description agree with the results, and
/// the art page (screenshots that oversell) loses adopters mostly to
/// expectation.
#[test]
fn the_art_and_gameplay_presets_read_from_their_own_numbers() {
    for id in [
        "game-installs-vs-users-art",
        "game-installs-vs-users-gameplay",
    ] {
        let r = preset_run(id);
        let ret = r.retention.as_ref().expect("retention preset");
        assert!(ChartKind::Retention.has_data(&r), "{id}");
        assert_eq!(ret.curve.len() as u32, ret.periods + 1, "{id}");
        let s = svg(ChartKind::Retention, &r);
        assert!(
            layout_problems(&s).is_empty(),
            "{id}: {:?}",
            layout_problems(&s)
        );
        let pal = Palette::okabe_ito();
        assert!(
            lines_of(&parse_svg(&s), &hex(pal.cumulative))
                .iter()
                .any(|l| l.attr("points").unwrap().split_whitespace().count() == ret.curve.len()),
            "{id}"
        );
        let sentences = retention_summary(ret);
        assert_eq!(
            sentences[0],
            Sentence::RetainedHeadline {
                share: ret.retained_share,
                lo: ret.retained_ci95[0],
                hi: ret.retained_ci95[1],
                periods: ret.periods,
            }
        );
        let larger = if ret.lost_to_expectation >= ret.lost_to_recurring {
            LossCause::Expectation
        } else {
            LossCause::Recurring
        };
        assert!(
            matches!(sentences[1], Sentence::RetentionLoss { larger: l, .. } if l == larger),
            "{id}: {sentences:?}"
        );
        if id.ends_with("-art") {
            assert_eq!(larger, LossCause::Expectation, "{id}: {ret:?}");
        }
        let text = render_en(&sentences[0]);
        let share = en_labels().numbers.percent(ret.retained_share, 1);
        assert!(text.contains(&share), "{text}");
    }
}

fn point(claim: f64, share: f64, retained: f64) -> ClaimPoint {
    ClaimPoint {
        claim,
        adoption_share: share,
        ci95: [share - 0.005, share + 0.005],
        retained_share: Some(retained),
    }
}

/// Installs peak at a claim of 6; retained adopters, hurt by the shortfall
/// of everyone a claim convinces, peak at 5.
fn retained_curve() -> ClaimCurve {
    let points: Vec<ClaimPoint> = (0..=16)
        .map(|i| {
            let c = 4.0 + 0.25 * f64::from(i);
            point(
                c,
                0.40 - 0.02 * (c - 6.0).powi(2),
                0.30 - 0.03 * (c - 5.0).powi(2),
            )
        })
        .collect();
    ClaimCurve {
        best: points[8],
        no_claim_share: points[0].adoption_share,
        current: None,
        best_retained: Some(points[4]),
        users: 20_000,
        points,
    }
}

#[test]
fn the_claim_curve_shows_the_retained_line_and_its_best_claim() {
    let c = retained_curve();
    let s = claim_curve_svg(&c, 420, 260, &ChartStyle::default(), &en_labels()).unwrap();
    let els = parse_svg(&s);
    let pal = Palette::okabe_ito();
    assert!(
        lines_of(&els, &hex(pal.retained)).iter().any(|l| l
            .attr("points")
            .unwrap()
            .split_whitespace()
            .count()
            == 17)
    );
    // The retained best claim is a dot of the retained line's colour (the
    // legend's swatch is one more).
    let dots = els
        .iter()
        .filter(|e| e.tag == "circle" && e.attr("fill") == Some(hex(pal.retained).as_str()))
        .count();
    assert!(dots >= 1, "{dots}");
    let text: Vec<String> = texts(&els).iter().map(|t| t.text.clone()).collect();
    assert!(text.iter().any(|t| t == "Retained adopters"), "{text:?}");
    assert!(text.iter().any(|t| t == "Most retained at 5.0"), "{text:?}");
    let words: Vec<String> = claim_summary(&c).iter().map(render_en).collect();
    assert!(
        words.contains(
            &"Retained adopters peak at a smaller claim, 5.0: 30.0% of people still use it, whereas adoption peaks at 6.0."
                .to_string()
        ),
        "{words:?}"
    );
    // Without retention, no retained line and no such sentence.
    let mut plain = c.clone();
    plain.best_retained = None;
    for p in &mut plain.points {
        p.retained_share = None;
    }
    let s = claim_curve_svg(&plain, 420, 260, &ChartStyle::default(), &en_labels()).unwrap();
    assert!(lines_of(&parse_svg(&s), &hex(pal.retained)).is_empty());
    assert!(
        !claim_summary(&plain)
            .iter()
            .any(|s| matches!(s, Sentence::ClaimBestRetained { .. }))
    );
}

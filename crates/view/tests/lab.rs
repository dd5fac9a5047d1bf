//! The screenshot lab's chart and sentences: the claim curve with its peak
//! marker and baseline, the "which screenshot next?" verdict, and the
//! claim summary, on hand-made numbers and on the engine's own.

mod common;

use common::*;
use worthit_engine::lab::{
    ClaimCurve, ClaimPoint, LabOptions, ScreenshotOption, claim_curve, screenshot_next,
};
use worthit_engine::{RunOptions, presets};
use worthit_view::{
    ChartStyle, Palette, Sentence, claim_curve_description, claim_curve_svg, claim_summary,
    compare_summary, hex, screenshot_next_summary,
};

fn point(claim: f64, share: f64) -> ClaimPoint {
    ClaimPoint {
        claim,
        adoption_share: share,
        ci95: [share - 0.005, share + 0.005],
        retained_share: None,
    }
}

/// An inverted U over claims 4..10 peaking at 5.5, with the current claim
/// at 9.
fn curve() -> ClaimCurve {
    let points: Vec<ClaimPoint> = (0..=24)
        .map(|i| {
            let c = 4.0 + 0.25 * f64::from(i);
            point(c, 0.40 + 0.05 * (c - 4.0) - 0.0166 * (c - 4.0) * (c - 4.0))
        })
        .collect();
    let best = *points
        .iter()
        .max_by(|a, b| a.adoption_share.total_cmp(&b.adoption_share))
        .unwrap();
    let current = points[20];
    ClaimCurve {
        best,
        no_claim_share: points[0].adoption_share,
        current: Some(current),
        best_retained: None,
        users: 20_000,
        points,
    }
}

fn svg(c: &ClaimCurve, w: u32, h: u32) -> String {
    let s = claim_curve_svg(c, w, h, &ChartStyle::default(), &en_labels()).expect("draws");
    if let Ok(dir) = std::env::var("WORTHIT_VIEW_DUMP") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(format!("{dir}/claim-curve-{w}x{h}.svg"), &s);
    }
    s
}

fn circles<'a>(els: &'a [Element], colour: &str) -> Vec<&'a Element> {
    els.iter()
        .filter(|e| {
            e.tag == "circle"
                && (e.attr("fill") == Some(colour) || e.attr("stroke") == Some(colour))
        })
        .collect()
}

/// (x, y) pairs of a plotters polyline.
fn polyline_points(e: &Element) -> Vec<(f64, f64)> {
    e.attr("points")
        .unwrap_or("")
        .split_whitespace()
        .filter_map(|xy| {
            let (x, y) = xy.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// The marker drawn at the curve's peak: the dot of the best-claim colour
/// that is not the legend's (the legend sits above the plot).
fn peak_marker(s: &str) -> (f64, f64, Vec<(f64, f64)>) {
    let els = parse_svg(s);
    let pal = Palette::okabe_ito();
    // The curve and the legend's sample line share the colour.
    let curve_lines = lines_of(&els, &hex(pal.product));
    assert_eq!(curve_lines.len(), 2, "curve and legend sample");
    let pts = curve_lines
        .iter()
        .map(|l| polyline_points(l))
        .max_by_key(Vec::len)
        .unwrap();
    let dots = circles(&els, &hex(pal.positive));
    assert_eq!(dots.len(), 2, "legend dot and peak marker: {dots:?}");
    let marker = dots
        .iter()
        .max_by(|a, b| a.num("cy").total_cmp(&b.num("cy")))
        .unwrap();
    (marker.num("cx"), marker.num("cy"), pts)
}

#[test]
fn claim_chart_marks_the_peak_and_the_baseline() {
    let c = curve();
    let s = svg(&c, 350, 230);
    let (cx, cy, pts) = peak_marker(&s);
    assert_eq!(pts.len(), 25);
    // The marker sits on the curve's highest point (smallest y in SVG),
    // strictly inside the range.
    let top_y = pts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    assert!(
        (cy - top_y).abs() <= 1.0,
        "marker at y {cy}, curve top {top_y}"
    );
    assert!(
        pts.iter()
            .any(|p| (p.0 - cx).abs() <= 1.0 && (p.1 - cy).abs() <= 1.0),
        "marker ({cx}, {cy}) on a curve point: {pts:?}"
    );
    // At the best claim (5.5, the 7th point) and nowhere else.
    assert!((pts[6].0 - cx).abs() <= 1.0);
    assert!(pts[0].0 < cx && cx < pts[24].0);
    // The baseline: dashes of the reference colour at the no-claim height,
    // which is the curve's first point.
    let els = parse_svg(&s);
    let dashes = lines_of(&els, &hex(Palette::okabe_ito().reference));
    let at_baseline = dashes
        .iter()
        .flat_map(|d| polyline_points(d))
        .filter(|p| (p.1 - pts[0].1).abs() <= 1.0)
        .count();
    assert!(at_baseline >= 4, "dashed no-claim line: {dashes:?}");
    // The current claim's ring.
    assert_eq!(circles(&els, &hex(Palette::okabe_ito().variant_a)).len(), 2);
    let text: Vec<String> = texts(&els).iter().map(|t| t.text.clone()).collect();
    assert!(text.contains(&"Adoption against claim strength".to_string()));
    assert!(text.contains(&"Best claim 5.5".to_string()), "{text:?}");
    assert!(text.contains(&"No claim (40.0%)".to_string()), "{text:?}");
    assert!(text.contains(&"Current claim 9.0".to_string()), "{text:?}");
    for (w, h) in [(350, 230), (640, 400)] {
        assert_eq!(layout_problems(&svg(&c, w, h)), Vec::<String>::new());
    }
}

#[test]
fn claim_chart_without_points_draws_an_empty_state() {
    let mut c = curve();
    c.points.truncate(1);
    let s = svg(&c, 350, 230);
    assert!(s.contains("No data to show"));
    assert!(!s.contains("<circle"));
    c.points = vec![point(f64::NAN, 0.3), point(5.0, f64::INFINITY)];
    assert!(svg(&c, 350, 230).contains("No data to show"));
    assert!(claim_curve_svg(&curve(), 10, 10, &ChartStyle::default(), &en_labels()).is_err());
}

#[test]
fn claim_sentences() {
    let c = curve();
    assert_eq!(
        render_paragraph_en(&claim_summary(&c)),
        "Adoption peaks at a claim of 5.5: 43.8% adopt, against 40.0% with no claim. \
         The current claim of 9.0 gives 23.5%, 20.3 points below the best."
    );
    assert_eq!(
        render_paragraph_en(&claim_curve_description(&c)),
        "Adoption (solid line) for value claims from 4.0 to 10.0 utility points: 40.0% with \
         no claim (dashed line), highest at a claim of 5.5 with 43.8% (marked), and 10.2% at \
         the strongest claim."
    );
    // A curve that only falls: no claim helps.
    let mut falling = c.clone();
    falling.best = falling.points[0];
    falling.current = None;
    assert_eq!(
        render_paragraph_en(&claim_summary(&falling)),
        "No claim above what people already expect raises adoption: 40.0% adopt without one."
    );
    let mut empty = c;
    empty.points.clear();
    assert_eq!(claim_summary(&empty), vec![Sentence::NoData]);
}

fn option(kind: &str, position: usize, lift: f64, lo: f64, hi: f64) -> ScreenshotOption {
    ScreenshotOption {
        kind: kind.into(),
        position,
        adoption_share: 0.3 + lift,
        lift,
        ci95: [lo, hi],
        p_better: if lo > 0.0 { 0.9999 } else { 0.6 },
        retained: None,
        plausible: None,
    }
}

#[test]
fn screenshot_next_sentences() {
    let options = vec![
        option("gameplay", 0, 0.062, 0.058, 0.066),
        option("progression", 0, 0.049, 0.045, 0.053),
        option("social_proof", 1, 0.011, 0.008, 0.014),
        option("gameplay", 3, 0.004, 0.002, 0.006),
        option("characters", 5, -0.02, -0.03, -0.01),
    ];
    assert_eq!(
        render_paragraph_en(&screenshot_next_summary(&options, 5)),
        "The best screenshot to add: gameplay as screenshot 1, which would add 6.2 points \
         (5.8\u{2013}6.6); it is better with probability > 99.9%. Next in the ranking: \
         progression as screenshot 1: +4.9, social proof as screenshot 2: +1.1, gameplay as \
         screenshot 4: +0.4."
    );
    let unclear = vec![option("offer", 2, 0.001, -0.002, 0.004)];
    assert_eq!(
        render_paragraph_en(&screenshot_next_summary(&unclear, 4)),
        "No screenshot clearly raises adoption wherever it goes: the best candidate, offer as \
         screenshot 3, changes it by +0.1 points (\u{2212}0.2\u{2013}0.4)."
    );
    assert_eq!(
        render_en(&screenshot_next_summary(&[], 10)[0]),
        "The strip already has 10 screenshots, the most a store page shows: remove one to try another."
    );
    assert_eq!(screenshot_next_summary(&[], 3), vec![Sentence::NoData]);
    // Translators get the kind's key and the position, not English.
    let s = &screenshot_next_summary(&options, 5)[0];
    assert_eq!(s.id(), "lab-next-best");
    let mut fr = en_labels();
    fr.kind_gameplay = "jeu".into();
    fr.phrases = worthit_view::PhraseWriter::new(|phrase, labels| match phrase {
        worthit_view::Phrase::ScreenshotAt { kind, position } => {
            format!(
                "{kind} en position {}",
                labels.numbers.count(u64::from(*position))
            )
        }
        other => other.id().to_string(),
    });
    assert_eq!(
        worthit_view::format_arg(&s.args()[0].1, &fr),
        "jeu en position 1"
    );
}

/// The engine's own numbers through the view: the finance preset's curve
/// has its marker at an interior peak, the game preset's best next
/// screenshot is gameplay or progression, and the A vs. B verdict reads as
/// the issue words it.
#[test]
fn engine_lab_results_read_and_draw() {
    let finance = presets::get("finance-extreme-claim").unwrap().scenario();
    let c = claim_curve(&finance, &LabOptions { max_users: 10_000 }, 25).unwrap();
    let (cx, _, pts) = peak_marker(&svg(&c, 400, 260));
    assert!(pts[0].0 < cx && cx < pts[pts.len() - 1].0);
    assert!(matches!(claim_summary(&c)[0], Sentence::ClaimBest { .. }));

    let game = presets::get("game-character-art").unwrap().scenario();
    let next = screenshot_next(&game, &LabOptions { max_users: 10_000 }).unwrap();
    let text = render_en(&screenshot_next_summary(&next, game.product.screenshots.len())[0]);
    assert!(
        text.starts_with("The best screenshot to add: gameplay as screenshot 1")
            || text.starts_with("The best screenshot to add: progression as screenshot 1"),
        "{text}"
    );

    let b = presets::get("game-gameplay").unwrap().scenario();
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let verdict = worthit_engine::compare::compare(&game, &b, &options).unwrap();
    let text = render_en(&compare_summary(&verdict)[1]);
    assert!(text.starts_with("B wins by "), "{text}");
    assert!(
        text.ends_with("; B is better with probability > 99.9%."),
        "{text}"
    );
    assert!(
        text.contains(" points (") && text.contains('\u{2013}'),
        "{text}"
    );
}

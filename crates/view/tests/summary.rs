//! The plain-language summary, timeline and comparison sentences and the
//! charts' text alternatives, for known numbers.

mod common;

use common::*;
use worthit_engine::{CompareResults, Comparison, TimelineRow};
use worthit_view::{
    Arg, ChartKind, NumberFormat, Sentence, Variant, chart_description, compare_summary,
    format_arg, full_summary, full_summary_open, overlay_description, summary, timeline_summary,
};

#[test]
fn summary_of_the_game_run() {
    let r = game();
    // The plain summary leaves the timeline to timeline_summary.
    assert_eq!(summary(&r).len(), 4);
    let s = full_summary(&r);
    let text: Vec<String> = s.iter().map(render_en).collect();
    assert_eq!(
        text[0],
        "43.1% of 100,000 simulated people adopt (95% interval 42.8\u{2013}43.4%)."
    );
    assert_eq!(
        text[1],
        "Trust is the largest barrier: removing it alone would win 21.0% of non-adopters."
    );
    assert_eq!(
        text[2],
        "The biggest lever: lowering trust cost by 0.1 would add 2.1 points."
    );
    assert_eq!(
        text[3],
        "Adoption is highest among Core gamers (51.2%) and lowest among Casual players (39.0%)."
    );
    // The fixture's timeline: awareness 1 − e^(−0.08 t), 43.12% of the
    // aware adopt; at t = 52, 98.4% aware and 42.4% adopted.
    assert_eq!(
        text[4],
        "New adoption peaks in period 1 with 3,315 new adopters."
    );
    assert_eq!(
        text[5],
        "Only 42.4% ever adopt although 98.4% hear of it: value and cost, not reach, are the limit."
    );
    assert_eq!(s.len(), 6);
}

/// During an exercise the lever sentence names only inputs the exercise
/// leaves open: trust is the biggest lever, but locked, so the summary
/// suggests the value instead.
#[test]
fn the_lever_is_an_open_input() {
    let r = game();
    let all = render_paragraph_en(&full_summary_open(&r, |_| true));
    assert!(
        all.contains("lowering trust cost by 0.1 would add 2.1 points"),
        "{all}"
    );
    let open = render_paragraph_en(&full_summary_open(&r, |p| p.starts_with("product.value")));
    assert!(!open.to_lowercase().contains("trust cost by"), "{open}");
    assert!(
        open.contains("raising value by 0.1 would add 1.8 points"),
        "{open}"
    );
    let none = render_paragraph_en(&full_summary_open(&r, |_| false));
    assert!(!none.contains("lever"), "{none}");
}

#[test]
fn alternative_that_leads_is_named() {
    let mut r = game();
    r.choices[1].share = 0.5;
    let text = render_paragraph_en(&summary(&r));
    assert!(
        text.contains("Market leader is chosen more often than the product: 50.0% against 43.1%."),
        "{text}"
    );
}

#[test]
fn levers_that_cost_adoption_read_as_risks() {
    let mut r = game();
    r.sensitivity = vec![worthit_engine::Sensitivity {
        input: "alternatives[0].value.mean".into(),
        step: 0.25,
        adoption_share: 0.40,
        change: -0.0312,
        between: None,
        retained_share: None,
        retained_change: None,
        change_ci95: None,
    }];
    let s = summary(&r);
    let lever = s
        .iter()
        .find(|x| matches!(x, Sentence::BiggestLever { .. }))
        .unwrap();
    assert_eq!(
        render_en(lever),
        "The most sensitive input: raising Market leader: value by 0.25 would cost 3.1 points."
    );
    // Translators get selectors, not English.
    let args = lever.args();
    assert!(args.contains(&("direction", Arg::Key("raise"))));
    assert!(args.contains(&("effect", Arg::Key("loss"))));
}

#[test]
fn degenerate_runs() {
    assert_eq!(
        render_paragraph_en(&summary(&empty())),
        "No one was simulated, so there is nothing to report."
    );

    let mut one = empty();
    one.users = 1;
    one.adoption.share = 1.0;
    one.adoption.adopters = 1;
    one.adoption.ci95 = [0.2066, 1.0];
    assert_eq!(
        render_paragraph_en(&summary(&one)),
        "100.0% of 1 simulated person adopts (95% interval 20.7\u{2013}100.0%)."
    );

    // No barrier worth naming, and no lever that moves anything.
    let mut flat = game();
    flat.barriers
        .iter_mut()
        .for_each(|b| b.decisive_share = 0.001);
    flat.sensitivity.iter_mut().for_each(|s| s.change = 0.0);
    flat.segments.truncate(1);
    flat.timeline = None;
    let text: Vec<String> = summary(&flat).iter().map(render_en).collect();
    assert_eq!(text.len(), 3, "{text:#?}");
    assert!(text[1].starts_with("No single cost holds people back"));
    assert_eq!(
        text[2],
        "None of the what-if changes moves adoption noticeably."
    );

    // NaN everywhere still gives sentences without panicking or "NaN".
    let mut nan = game();
    nan.adoption.share = f64::NAN;
    nan.barriers
        .iter_mut()
        .for_each(|b| b.decisive_share = f64::NAN);
    nan.sensitivity.iter_mut().for_each(|s| s.change = f64::NAN);
    let text = render_paragraph_en(&summary(&nan));
    assert!(!text.contains("NaN"), "{text}");
    assert!(text.starts_with("\u{2013} of 100,000"), "{text}");
}

fn rows(aware: &[f64], cumulative: &[f64], new: &[u64]) -> Vec<TimelineRow> {
    (0..aware.len())
        .map(|i| TimelineRow {
            period: i as u32 + 1,
            aware_share: aware[i],
            new_adopters: new[i],
            cumulative_share: cumulative[i],
            active_share: None,
        })
        .collect()
}

#[test]
fn timeline_ceilings() {
    let render = |rows: &[TimelineRow]| -> Vec<String> {
        timeline_summary(rows).iter().map(render_en).collect()
    };
    // Reach-limited: few aware, most of them adopt.
    let t = render(&rows(&[0.1, 0.3], &[0.08, 0.24], &[80, 160]));
    assert_eq!(
        t[0],
        "New adoption peaks in period 2 with 160 new adopters."
    );
    assert_eq!(
        t[1],
        "By period 2 only 30.0% have heard of it and 80.0% of them adopt: reach, not value and cost, is the limit."
    );
    // Both: few aware and few of those adopt.
    let t = render(&rows(&[0.2, 0.4], &[0.02, 0.04], &[1, 20]));
    assert!(
        t[1].contains("both reach and value for cost hold adoption back"),
        "{t:?}"
    );
    assert_eq!(t[0], "New adoption peaks in period 2 with 20 new adopters.");
    // Saturated.
    let t = render(&rows(&[0.5, 0.99], &[0.5, 0.97], &[1, 1]));
    assert_eq!(t[0], "New adoption peaks in period 1 with 1 new adopter.");
    assert_eq!(
        t[1],
        "Nearly everyone who hears of it adopts (97.0% by period 2): reach sets the pace."
    );
    // Value-limited, as in the issue: "only 43% ever adopt".
    let t = render(&rows(&[0.95], &[0.43], &[0]));
    assert_eq!(t.len(), 1, "no peak without adopters");
    assert_eq!(
        t[0],
        "Only 43.0% ever adopt although 95.0% hear of it: value and cost, not reach, are the limit."
    );
    // Nobody reached.
    let t = render(&rows(&[0.0, 0.0, 0.0], &[0.0, 0.0, 0.0], &[0, 0, 0]));
    assert_eq!(
        t,
        vec!["No one hears of the product in 3 periods: reach is the limit."]
    );
    assert!(render(&[]).is_empty());
}

fn compare(lift: f64, lo: f64, hi: f64, p: f64) -> CompareResults {
    let a = game();
    let mut b = game();
    b.adoption.share += lift;
    CompareResults {
        a,
        b,
        comparison: Comparison {
            lift,
            ci95: [lo, hi],
            p_b_better: p,
            robustness: None,
        },
        retained_comparison: None,
        compared: None,
    }
}

/// A sentence that says one share is larger prints two different numbers:
/// with more digits where one decimal rounds them alike, or "about as
/// often" when even two decimals cannot tell them apart.
#[test]
fn sentences_that_compare_print_different_numbers() {
    let mut r = game();
    r.choices[0].share = 0.4946;
    r.choices[1].share = 0.4951;
    let text = render_paragraph_en(&summary(&r));
    assert!(
        text.contains(
            "Market leader is chosen more often than the product: 49.51% against 49.46%."
        ),
        "{text}"
    );
    r.choices[1].share = 0.494_61;
    let text = render_paragraph_en(&summary(&r));
    assert!(
        text.contains("Market leader is chosen about as often as the product: 49.5% each."),
        "{text}"
    );

    // A lift of one person in 100,000: both shares and the lift print
    // apart from each other and from zero.
    let text = render_paragraph_en(&compare_summary(&compare(
        0.000_01, 0.000_005, 0.000_015, 0.99,
    )));
    assert!(
        text.starts_with(
            "A: 43.120% adopt. B: 43.121% adopt. B wins by 0.001 points (0.001\u{2013}0.002); "
        ),
        "{text}"
    );
}

#[test]
fn comparison_sentences_carry_the_uncertainty() {
    let text = render_paragraph_en(&compare_summary(&compare(0.042, 0.038, 0.046, 0.99995)));
    assert_eq!(
        text,
        "A: 43.1% adopt. B: 47.3% adopt. B wins by 4.2 points (3.8\u{2013}4.6); B is better with probability > 99.9%."
    );
    // A wins: the numbers are turned to A's side.
    let s = compare_summary(&compare(-0.021, -0.03, -0.012, 0.0004));
    assert_eq!(
        render_en(&s[1]),
        "A wins by 2.1 points (1.2\u{2013}3.0); A is better with probability > 99.9%."
    );
    // Interval through zero: no winner.
    let s = compare_summary(&compare(0.003, -0.002, 0.008, 0.72));
    assert_eq!(
        render_en(&s[1]),
        "No clear winner: B leads by 0.3 points, but the 95% interval (\u{2212}0.2\u{2013}0.8) includes zero; B is better with probability 72.0%."
    );
    // Identical variants.
    let s = compare_summary(&compare(0.0, 0.0, 0.0, 0.5));
    assert_eq!(render_en(&s[1]), "A and B give the same adoption: 43.1%.");
    // Broken numbers: only the shares.
    assert_eq!(compare_summary(&compare(f64::NAN, 0.0, 0.0, 0.5)).len(), 1);
}

#[test]
fn chart_descriptions() {
    let r = game();
    let d = |k| render_paragraph_en(&chart_description(k, &r));
    assert_eq!(
        d(ChartKind::Choices),
        "Share of people choosing each option: Our game: 43.1%, Market leader: 30.5%, None: 26.4%."
    );
    assert_eq!(
        d(ChartKind::Barriers),
        "Share of non-adopters that removing each cost alone would win: trust: 21.0%, time: 12.0%, learning: 8.0%, safety: 4.0%, money: 0.0%."
    );
    assert!(d(ChartKind::BarrierMeans).contains("trust: 0.60 / 1.40"));
    let tornado = d(ChartKind::Tornado);
    assert!(
        tornado.starts_with("Change in adoption, in percentage points, when each input moves by its step: trust cost \u{2212}0.1: +2.1, value +0.1: +1.8,"),
        "{tornado}"
    );
    assert_eq!(
        d(ChartKind::Segments),
        "Adoption by segment, against 43.1% overall: Casual players: 39.0%, Core gamers: 51.2%."
    );
    let net = d(ChartKind::NetValue);
    assert!(net.contains("mean +0.8, spread 2.1"), "{net}");
    // About 65% of a normal(0.8, 2.1) is above zero.
    assert!(
        net.contains("about 64.") || net.contains("about 65."),
        "{net}"
    );
    let tl = d(ChartKind::Timeline);
    assert!(
        tl.starts_with("Over 52 periods, new adopters per period (bars) peak in period 1;"),
        "{tl}"
    );
    for k in ChartKind::ALL {
        assert_eq!(
            render_paragraph_en(&chart_description(k, &empty())),
            "No data to show."
        );
    }
    assert_eq!(
        render_paragraph_en(&overlay_description(&r, &r)),
        "Net value of A and B overlaid: mean +0.8 for A and +0.8 for B."
    );
}

/// One example of every sentence, to check templates against arguments.
fn every_sentence() -> Vec<Sentence> {
    let r = game();
    let mut all = full_summary(&r);
    all.extend(timeline_summary(&rows(
        &[0.1, 0.3],
        &[0.08, 0.24],
        &[80, 160],
    )));
    all.extend(timeline_summary(&rows(
        &[0.2, 0.4],
        &[0.02, 0.04],
        &[1, 20],
    )));
    all.extend(timeline_summary(&rows(&[0.5, 0.99], &[0.5, 0.97], &[1, 1])));
    all.extend(timeline_summary(&rows(&[0.0], &[0.0], &[0])));
    for c in [
        compare(0.042, 0.038, 0.046, 0.99995),
        compare(0.003, -0.002, 0.008, 0.72),
        compare(0.0, 0.0, 0.0, 0.5),
    ] {
        all.extend(compare_summary(&c));
    }
    for k in ChartKind::ALL {
        all.extend(chart_description(k, &r));
    }
    all.extend(overlay_description(&r, &r));
    all.extend([
        Sentence::NoPeople,
        Sentence::NoSingleBarrier,
        Sentence::NoLever,
        Sentence::NoData,
        Sentence::AlternativeLeads {
            option: "X".into(),
            share: 0.5,
            product_share: 0.4,
            decimals: 1,
        },
        Sentence::AlternativeTies {
            option: "X".into(),
            share: 0.5,
        },
        Sentence::CompareWinner {
            winner: Variant::A,
            points: 0.01,
            lo: 0.005,
            hi: 0.015,
            probability: 0.99,
            decimals: 1,
        },
    ]);
    all
}

#[test]
fn every_template_is_filled_from_its_arguments() {
    let all = every_sentence();
    let mut ids: Vec<&str> = all.iter().map(|s| s.id()).collect();
    ids.sort();
    ids.dedup();
    // Every variant of Sentence appears at least once above.
    assert_eq!(ids.len(), 28, "{ids:?}");
    for s in &all {
        let text = render_en(s);
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{}: {text}",
            s.id()
        );
        assert!(text.ends_with('.'), "{}: {text}", s.id());
        // Fluent writes a variable the sentence does not pass as `{$name}`
        // (caught above); a message it lacks comes back as its id.
        assert_ne!(text, s.id());
    }
}

#[test]
fn another_locale_changes_numbers_and_words_not_code() {
    // The arguments a translation gets are written by the locale's labels
    // and number format: German-style numbers and a German cost name.
    let mut labels = en_labels();
    labels.numbers = NumberFormat {
        decimal: ',',
        group: '.',
        ..NumberFormat::en()
    };
    labels.cost_trust = "Vertrauen".into();
    let s = Sentence::LargestBarrier {
        cost: "trust".into(),
        share: 0.2104,
    };
    let args: Vec<String> = s
        .args()
        .iter()
        .map(|(_, a)| format_arg(a, &labels))
        .collect();
    assert_eq!(args, ["Vertrauen", "21,0%"]);
    let h = Sentence::Headline {
        share: 0.4312,
        lo: 0.4281,
        hi: 0.4344,
        adopters: 43_120,
        users: 100_000,
    };
    assert_eq!(format_arg(&h.args()[3].1, &labels), "100.000");
}

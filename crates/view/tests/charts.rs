//! Every chart renders to SVG natively and draws what it should: the
//! assertions read the SVG (bars by colour, texts, lines), so a chart that
//! loses its bars, zero line or labels fails here.

mod common;

use common::*;
use worthit_view::{
    Arg, ChartError, ChartKind, ChartStyle, NumberFormat, Palette, chart_description, chart_svg,
    format_arg, hex, overlay_svg, preferred_height, svg_with_description,
};

fn svg(kind: ChartKind, r: &worthit_engine::Results, w: u32, h: u32) -> String {
    let svg = chart_svg(kind, r, w, h, &ChartStyle::default(), &en_labels())
        .unwrap_or_else(|e| panic!("{kind:?}: {e}"));
    dump(&format!("{}-{w}x{h}", kind.id()), &svg);
    svg
}

/// With WORTHIT_VIEW_DUMP=dir set, charts are also written there to be
/// looked at.
fn dump(name: &str, svg: &str) {
    if let Ok(dir) = std::env::var("WORTHIT_VIEW_DUMP") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(format!("{dir}/{name}.svg"), svg);
    }
}

fn all_text(svg: &str) -> Vec<String> {
    texts(&parse_svg(svg))
        .iter()
        .map(|t| t.text.clone())
        .collect()
}

fn pal() -> Palette {
    Palette::okabe_ito()
}

#[test]
fn net_value_stacks_adopters_and_draws_zero_line() {
    let r = game();
    let s = svg(ChartKind::NetValue, &r, 350, 230);
    let els = parse_svg(&s);
    let h = &r.net_value.histogram;
    let adopter_bins = h.adopter_counts.iter().filter(|&&a| a > 0).count();
    let other_bins = h
        .counts
        .iter()
        .zip(&h.adopter_counts)
        .filter(|(c, a)| c > a)
        .count();
    // The legend has one swatch of each colour besides the bars.
    assert_eq!(rects_of(&els, &hex(pal().adopters)).len(), adopter_bins + 1);
    assert_eq!(
        rects_of(&els, &hex(pal().non_adopters)).len(),
        other_bins + 1
    );
    // Zero line: a vertical black line, plus the legend's sample.
    let zero: Vec<_> = lines_of(&els, &hex(pal().reference));
    assert_eq!(zero.len(), 2, "{zero:?}");
    let vertical = zero.iter().any(|l| {
        let pts: Vec<&str> = l.attr("points").unwrap().split_whitespace().collect();
        pts.len() == 2 && pts[0].split(',').next() == pts[1].split(',').next()
    });
    assert!(vertical, "no vertical zero line");
    let text = all_text(&s);
    assert!(text.contains(&en_labels().net_value_title));
    assert!(text.contains(&"Adopt".to_string()));
    assert!(text.contains(&"Don't adopt".to_string()));
    // The x axis shows zero and negative numbers with a real minus sign.
    assert!(text.iter().any(|t| t == "0"), "{text:?}");
    assert!(text.iter().any(|t| t.starts_with('\u{2212}')), "{text:?}");
    assert!(text.iter().any(|t| t.ends_with('%')), "{text:?}");
}

#[test]
fn net_value_without_adopter_split_uses_one_colour() {
    let mut r = game();
    r.net_value.histogram.adopter_counts.clear();
    let s = svg(ChartKind::NetValue, &r, 350, 230);
    let els = parse_svg(&s);
    let nonzero = r
        .net_value
        .histogram
        .counts
        .iter()
        .filter(|&&c| c > 0)
        .count();
    assert_eq!(rects_of(&els, &hex(pal().none)).len(), nonzero + 1);
    assert_eq!(rects_of(&els, &hex(pal().adopters)).len(), 0);
    assert!(all_text(&s).contains(&"People".to_string()));
}

#[test]
fn choices_bars_with_percent_labels() {
    let r = game();
    let s = svg(ChartKind::Choices, &r, 350, 200);
    let els = parse_svg(&s);
    assert_eq!(rects_of(&els, &hex(pal().product)).len(), 1);
    assert_eq!(rects_of(&els, &hex(pal().alternative(0))).len(), 1);
    assert_eq!(rects_of(&els, &hex(pal().none)).len(), 1);
    let text = all_text(&s);
    for t in [
        "Our game",
        "Market leader",
        "None",
        "43.1%",
        "30.5%",
        "26.4%",
        "What people choose",
    ] {
        assert!(text.contains(&t.to_string()), "{t} missing from {text:?}");
    }
    // Longer bars for larger shares: the product's bar is the widest.
    let w = |c| rects_of(&els, &hex(c))[0].num("width");
    assert!(w(pal().product) > w(pal().alternative(0)));
    assert!(w(pal().alternative(0)) > w(pal().none));
}

#[test]
fn options_named_none_are_drawn_as_themselves() {
    // The place of a row decides which option it is, never its name: a
    // product and an alternative called "none" keep their colours and their
    // names; only the last row is the no-choice option, grey and "None".
    let mut r = game();
    r.choices[0].option = "none".into();
    r.choices[1].option = "none".into();
    let s = svg(ChartKind::Choices, &r, 350, 200);
    let els = parse_svg(&s);
    assert_eq!(rects_of(&els, &hex(pal().product)).len(), 1);
    assert_eq!(rects_of(&els, &hex(pal().alternative(0))).len(), 1);
    assert_eq!(rects_of(&els, &hex(pal().none)).len(), 1);
    let text = all_text(&s);
    assert_eq!(text.iter().filter(|t| *t == "none").count(), 2, "{text:?}");
    assert_eq!(text.iter().filter(|t| *t == "None").count(), 1, "{text:?}");
    // The product's bar is still the widest (43.1%).
    let w = |c| rects_of(&els, &hex(c))[0].num("width");
    assert!(w(pal().product) > w(pal().alternative(0)));
    // The words say the same: the text alternative names the product and
    // the alternative as typed and leaves only the last row to translate.
    let desc = chart_description(ChartKind::Choices, &r);
    let args = desc[0].args();
    let Some((_, Arg::List(items))) = args.iter().find(|(n, _)| *n == "list") else {
        panic!("no list in {args:?}");
    };
    let names: Vec<&Vec<Arg>> = items.iter().map(|i| &i.name).collect();
    assert_eq!(
        names,
        [
            &vec![Arg::Text("none".into())],
            &vec![Arg::Text("none".into())],
            &vec![Arg::NoChoice]
        ]
    );
    assert_eq!(format_arg(&Arg::NoChoice, &en_labels()), "None");
}

#[test]
fn barriers_sorted_largest_first() {
    let r = game();
    let s = svg(ChartKind::Barriers, &r, 350, 260);
    let els = parse_svg(&s);
    // The money barrier is zero: no bar for it, four bars for the others.
    let bars = rects_of(&els, &hex(pal().barrier));
    assert_eq!(bars.len(), 4);
    let mut ys: Vec<f64> = bars.iter().map(|b| b.num("y")).collect();
    let widths: Vec<f64> = {
        let mut v: Vec<_> = bars.iter().map(|b| (b.num("y"), b.num("width"))).collect();
        v.sort_by(|a, b| a.0.total_cmp(&b.0));
        v.iter().map(|x| x.1).collect()
    };
    ys.sort_by(f64::total_cmp);
    assert!(widths.windows(2).all(|w| w[0] >= w[1]), "{widths:?}");
    let text = all_text(&s);
    let trust = text.iter().position(|t| t == "trust").unwrap();
    let time = text.iter().position(|t| t == "time").unwrap();
    assert!(trust < time, "trust (21%) should come before time (12%)");
    assert!(text.contains(&"21.0%".to_string()));
    assert!(text.contains(&"0.0%".to_string()));
}

#[test]
fn barrier_means_group_adopters_and_non_adopters() {
    let r = game();
    let s = svg(ChartKind::BarrierMeans, &r, 350, 320);
    let els = parse_svg(&s);
    // Four costs with non-zero means per group, plus the legend swatch.
    assert_eq!(rects_of(&els, &hex(pal().adopters)).len(), 4 + 1);
    assert_eq!(rects_of(&els, &hex(pal().non_adopters)).len(), 4 + 1);
    let text = all_text(&s);
    // One decimal: the largest mean (1.9) is above one.
    assert!(text.contains(&"1.4".to_string()), "{text:?}");
    assert!(text.contains(&"0.6".to_string()), "{text:?}");
    // The widest gap (trust: 0.6 vs 1.4) comes first.
    assert_eq!(
        text.iter()
            .find(|t| ["trust", "time", "learning"].contains(&t.as_str()))
            .unwrap(),
        "trust"
    );
}

#[test]
fn tornado_sorted_with_signed_colours() {
    let r = game();
    let s = svg(ChartKind::Tornado, &r, 350, 380);
    let els = parse_svg(&s);
    let pos = rects_of(&els, &hex(pal().positive));
    let neg = rects_of(&els, &hex(pal().negative));
    let rises = r.sensitivity.iter().filter(|s| s.change > 0.0).count();
    let falls = r.sensitivity.iter().filter(|s| s.change < 0.0).count();
    assert_eq!(pos.len(), rises + 1);
    assert_eq!(neg.len(), falls + 1);
    // Negative bars end where positive bars start: at the zero line. (The
    // legend swatches sit at the left margin and are left out.)
    let zero_x = pos
        .iter()
        .map(|b| b.num("x"))
        .filter(|&x| x > 20.0)
        .fold(f64::INFINITY, f64::min);
    for b in neg.iter().filter(|b| b.num("width") > 20.0) {
        assert!((b.num("x") + b.num("width") - zero_x).abs() <= 1.0, "{b:?}");
    }
    let text = all_text(&s);
    let first = text
        .iter()
        .position(|t| t.starts_with("trust cost"))
        .unwrap();
    let second = text.iter().position(|t| t.starts_with("value +")).unwrap();
    assert!(first < second, "largest effect first: {text:?}");
    assert!(text.contains(&"+2.1".to_string()));
    assert!(text.contains(&"\u{2212}0.9".to_string()));
    assert!(
        text.iter().any(|t| t.starts_with("Market leader: value")),
        "{text:?}"
    );
}

/// The crate places text by estimated widths; a fallback font (DejaVu
/// Sans, Chromium's sans-serif on Linux without the page's fonts) sets
/// digits and the minus sign up to a fifth wider. A negative what-if's
/// value label sits between its row label and its bar, so it must keep
/// clear of the row label even then, by a pixel at least.
#[test]
fn negative_value_labels_keep_clear_of_row_labels_in_a_wider_font() {
    const WIDER_FONT: f64 = 1.2;
    let r = game();
    assert!(r.sensitivity.iter().any(|s| s.change < 0.0));
    let style = ChartStyle::default();
    let labels = en_labels();
    let is_value = |t: &str| t.starts_with(['+', '\u{2212}']) && !t.contains(' ');
    for css_w in [320.0, 390.0, 640.0, 1000.0] {
        let h = preferred_height(ChartKind::Tornado, &r, css_w, &style, &labels);
        let s = chart_svg(
            ChartKind::Tornado,
            &r,
            css_w as u32,
            h as u32,
            &style,
            &labels,
        )
        .unwrap();
        let els = parse_svg(&s);
        let ts = texts(&els);
        let negatives: Vec<_> = ts
            .iter()
            .filter(|t| t.text.starts_with('\u{2212}') && is_value(&t.text))
            .collect();
        assert!(!negatives.is_empty(), "{:?}", all_text(&s));
        for v in negatives {
            let (_, y0, right, y1) = text_box(v);
            let left =
                right - worthit_view::text::text_width(&v.text, v.num("font-size")) * WIDER_FONT;
            for row in ts
                .iter()
                .filter(|t| !is_value(&t.text) && t.attr("text-anchor") == Some("end"))
            {
                let (_, r0, row_right, r1) = text_box(row);
                let same_line = r0 < y1 && y0 < r1;
                assert!(
                    !same_line || row_right + 1.0 <= left,
                    "at {css_w}: {:?} ends at {row_right:.1}, {:?} starts at {left:.1}",
                    row.text,
                    v.text
                );
            }
        }
    }
}

#[test]
fn tornado_caps_rows_with_a_more_note() {
    let r = game();
    let style = ChartStyle {
        max_rows: 4,
        ..ChartStyle::default()
    };
    let s = chart_svg(ChartKind::Tornado, &r, 350, 260, &style, &en_labels()).unwrap();
    let els = parse_svg(&s);
    let bars =
        rects_of(&els, &hex(pal().positive)).len() + rects_of(&els, &hex(pal().negative)).len();
    assert_eq!(bars, 3 + 2, "three rows and two legend swatches");
    assert!(all_text(&s).contains(&"+5 more".to_string()));
}

#[test]
fn segments_with_overall_line() {
    let r = game();
    let s = svg(ChartKind::Segments, &r, 350, 200);
    let els = parse_svg(&s);
    assert_eq!(rects_of(&els, &hex(pal().segment)).len(), 2);
    let text = all_text(&s);
    assert!(text.contains(&"Overall 43.1%".to_string()), "{text:?}");
    assert!(text.contains(&"51.2%".to_string()));
    // The dashed overall line is many short black segments at one x.
    let dashes = lines_of(&els, &hex(pal().reference));
    assert!(dashes.len() >= 5, "{}", dashes.len());
}

#[test]
fn single_segment_draws() {
    let mut r = game();
    r.segments.truncate(1);
    let s = svg(ChartKind::Segments, &r, 350, 160);
    assert_eq!(rects_of(&parse_svg(&s), &hex(pal().segment)).len(), 1);
}

#[test]
fn timeline_bars_and_lines() {
    let r = game();
    let s = svg(ChartKind::Timeline, &r, 350, 240);
    let els = parse_svg(&s);
    let rows = r.timeline.as_ref().unwrap();
    let nonzero = rows.iter().filter(|r| r.new_adopters > 0).count();
    assert_eq!(rects_of(&els, &hex(pal().new_adopters)).len(), nonzero + 1);
    // The cumulative line is one polyline through every period.
    let cumulative = lines_of(&els, &hex(pal().cumulative));
    assert!(
        cumulative
            .iter()
            .any(|l| l.attr("points").unwrap().split_whitespace().count() == rows.len())
    );
    // The aware line is dashed: many pieces.
    assert!(lines_of(&els, &hex(pal().aware)).len() > 5);
    let text = all_text(&s);
    for t in [
        "Adoption over time",
        "New adopters",
        "Adopted so far",
        "Aware",
        "100%",
    ] {
        assert!(text.contains(&t.to_string()), "{t} missing from {text:?}");
    }
}

#[test]
fn overlay_same_bins_and_different_bins() {
    let a = game();
    let mut b = game();
    b.net_value.histogram.counts.rotate_right(2);
    let s = overlay_svg(&a, &b, 350, 230, &ChartStyle::default(), &en_labels()).unwrap();
    dump("overlay", &s);
    let els = parse_svg(&s);
    let na = a
        .net_value
        .histogram
        .counts
        .iter()
        .filter(|&&c| c > 0)
        .count();
    assert_eq!(rects_of(&els, &hex(pal().variant_a)).len(), na + 1);
    assert!(rects_of(&els, &hex(pal().variant_b)).len() >= na);
    assert!(all_text(&s).contains(&"Share of people".to_string()));

    // Different bins switch to density so widths do not distort heights.
    let mut c = game();
    c.net_value.histogram.edges = (0..=32).map(|i| -6.0 + 0.4 * i as f64).collect();
    let s = overlay_svg(&a, &c, 350, 230, &ChartStyle::default(), &en_labels()).unwrap();
    assert!(all_text(&s).contains(&en_labels().density_axis));
}

#[test]
fn svg_is_accessible_and_escaped() {
    let mut r = game();
    r.choices[0].option = "<script>alert(1)</script> & \"co\"".into();
    let s = svg(ChartKind::Choices, &r, 350, 200);
    assert!(!s.contains("<script>"));
    assert!(s.contains("&lt;script&gt;"));
    assert!(s.starts_with("<svg"));
    assert!(s.contains("role=\"img\""));
    assert!(s.contains("<title>What people choose</title>"));
    let d = svg_with_description(&s, "Shares: A <b> 1%");
    assert!(d.contains("<desc>Shares: A &lt;b&gt; 1%</desc>"));
    let els = parse_svg(&d);
    assert_eq!(els[0].tag, "svg");
    assert!(els.iter().any(|e| e.tag == "desc"));
}

#[test]
fn every_chart_fits_phone_width_without_overlap() {
    let r = game();
    let labels = en_labels();
    for scale in [1.0, 2.0, 3.0] {
        let style = ChartStyle::for_scale(scale);
        for kind in ChartKind::ALL {
            for css_w in [320.0, 350.0, 390.0, 640.0] {
                let css_h = preferred_height(kind, &r, css_w, &style, &labels);
                let (w, h) = ((css_w * scale) as u32, (css_h * scale) as u32);
                let s = chart_svg(kind, &r, w, h, &style, &labels).unwrap();
                let problems = layout_problems(&s);
                if !problems.is_empty() {
                    dump(&format!("overlap-{}-{css_w}-{scale}", kind.id()), &s);
                }
                assert!(
                    problems.is_empty(),
                    "{kind:?} at {css_w} css px ×{scale}: {problems:#?}"
                );
            }
        }
    }
}

#[test]
fn long_names_wrap_or_shorten_without_overlap() {
    let mut r = game();
    r.choices[1].option = "A very long alternative name that keeps going and going".into();
    r.segments[0].name = "Casual players who mostly play on the bus to work".into();
    r.barriers.push(worthit_engine::Barrier {
        cost: "a_cost_key_nobody_knows_about".into(),
        decisive_share: 0.5,
        mean_adopters: 1.0,
        mean_non_adopters: 2.0,
    });
    let labels = en_labels();
    let style = ChartStyle::default();
    for kind in ChartKind::ALL {
        let h = preferred_height(kind, &r, 350.0, &style, &labels);
        let s = chart_svg(kind, &r, 350, h as u32, &style, &labels).unwrap();
        let problems = layout_problems(&s);
        assert!(problems.is_empty(), "{kind:?}: {problems:#?}");
    }
}

#[test]
fn cjk_labels_fit() {
    let r = game();
    let mut labels = en_labels();
    labels.choices_title = "用户的选择：产品、替代品与都不选的比例".into();
    labels.net_value_title = "净价值：谁从采用中获益（感知价值减去感知成本）".into();
    labels.none_option = "都不选".into();
    labels.adopters = "采用".into();
    labels.non_adopters = "不采用".into();
    let style = ChartStyle::default();
    for kind in [ChartKind::Choices, ChartKind::NetValue] {
        let s = chart_svg(kind, &r, 320, 240, &style, &labels).unwrap();
        assert!(
            layout_problems(&s).is_empty(),
            "{kind:?}: {:#?}",
            layout_problems(&s)
        );
        assert!(
            all_text(&s)
                .iter()
                .any(|t| t.contains("用户") || t.contains("净价值"))
        );
    }
}

#[test]
fn scale_doubles_sizes() {
    let r = game();
    let labels = en_labels();
    let one = chart_svg(
        ChartKind::Choices,
        &r,
        350,
        200,
        &ChartStyle::for_scale(1.0),
        &labels,
    )
    .unwrap();
    let two = chart_svg(
        ChartKind::Choices,
        &r,
        700,
        400,
        &ChartStyle::for_scale(2.0),
        &labels,
    )
    .unwrap();
    let title_size = |s: &str| {
        texts(&parse_svg(s))
            .iter()
            .find(|t| t.text == "What people choose")
            .unwrap()
            .num("font-size")
    };
    assert!(
        (title_size(&one) - 14.0).abs() < 0.01,
        "{}",
        title_size(&one)
    );
    assert!((title_size(&two) - 28.0).abs() < 0.01);
    let bar = |s: &str| rects_of(&parse_svg(s), &hex(pal().product))[0].num("width");
    assert!((bar(&two) / bar(&one) - 2.0).abs() < 0.05);
}

#[test]
fn empty_and_degenerate_results_never_panic() {
    let labels = en_labels();
    let style = ChartStyle::default();
    let mut cases = vec![("empty", empty())];

    let mut nan = game();
    nan.adoption.share = f64::NAN;
    nan.choices[0].share = f64::NAN;
    nan.segments[0].adoption_share = f64::INFINITY;
    nan.barriers[0].decisive_share = f64::NAN;
    nan.barriers[1].mean_adopters = f64::NEG_INFINITY;
    nan.sensitivity[0].change = f64::NAN;
    nan.sensitivity[1].step = f64::NAN;
    nan.net_value.mean = f64::NAN;
    if let Some(t) = nan.timeline.as_mut() {
        t[3].aware_share = f64::NAN;
        t[4].cumulative_share = 7.0;
    }
    cases.push(("nan", nan));

    let mut one_bin = game();
    one_bin.net_value.histogram.edges = vec![2.0, 2.0];
    one_bin.net_value.histogram.counts = vec![100];
    one_bin.net_value.histogram.adopter_counts = vec![100];
    cases.push(("one zero-width bin", one_bin));

    let mut far = game();
    far.net_value.histogram.edges = vec![1000.0, 1001.0];
    far.net_value.histogram.counts = vec![5];
    far.net_value.histogram.adopter_counts = vec![9];
    cases.push(("far from zero, adopters > count", far));

    let mut bad_hist = game();
    bad_hist.net_value.histogram.edges.pop();
    cases.push(("edges length mismatch", bad_hist));

    let mut nan_edge = game();
    nan_edge.net_value.histogram.edges[3] = f64::NAN;
    cases.push(("nan edge", nan_edge));

    let mut zero_counts = game();
    zero_counts
        .net_value
        .histogram
        .counts
        .iter_mut()
        .for_each(|c| *c = 0);
    cases.push(("zero counts", zero_counts));

    let mut huge = game();
    huge.net_value.histogram.counts[0] = u64::MAX;
    huge.net_value.histogram.counts[1] = u64::MAX;
    huge.users = u64::MAX;
    cases.push(("huge counts", huge));

    let mut extreme = game();
    extreme.net_value.histogram.edges = vec![-f64::MAX, 0.0, f64::MAX];
    extreme.net_value.histogram.counts = vec![1, 2];
    extreme.net_value.histogram.adopter_counts = vec![0, 2];
    extreme.choices[0].share = 1e308;
    extreme.choices[1].share = -1e308;
    extreme.segments[0].adoption_share = -3.0;
    extreme.barriers[0].mean_adopters = f64::MAX;
    extreme.sensitivity[0].change = -f64::MAX;
    extreme.sensitivity[1].step = 1e300;
    if let Some(t) = extreme.timeline.as_mut() {
        t[0].period = u32::MAX;
        t[1].new_adopters = u64::MAX;
    }
    cases.push(("extreme values", extreme));

    let mut timeline0 = game();
    timeline0.timeline = Some(vec![]);
    cases.push(("empty timeline", timeline0));

    let mut flat = game();
    if let Some(t) = flat.timeline.as_mut() {
        t.truncate(1);
        t[0].new_adopters = 0;
    }
    flat.sensitivity.iter_mut().for_each(|s| s.change = 0.0);
    cases.push(("one flat period, no changes", flat));

    for (name, r) in &cases {
        for kind in ChartKind::ALL {
            for (w, h) in [(350, 220), (120, 90), (2000, 1400)] {
                match chart_svg(kind, r, w, h, &style, &labels) {
                    Ok(s) => assert!(s.ends_with("</svg>\n"), "{name} {kind:?}"),
                    Err(ChartError::TooSmall { .. }) => assert!(w < 200, "{name} {kind:?} {w}x{h}"),
                    Err(e) => panic!("{name} {kind:?}: {e}"),
                }
            }
        }
        let _ = overlay_svg(r, &game(), 350, 220, &style, &labels).unwrap();
    }
}

/// Histogram edges at the limits of f64: each chart must finish (plotters
/// loops forever on ranges whose tick step vanishes in rounding) and never
/// panic.
#[test]
fn histograms_with_nasty_edges_finish() {
    let nasty = [
        0.0,
        -0.0,
        1e-300,
        -1e-300,
        1.0,
        1.0 + 1e-15,
        1e12,
        -1e12,
        1e12 + 1e-3,
        1e300,
        f64::MAX,
        -f64::MAX,
        f64::NAN,
        f64::INFINITY,
    ];
    let labels = en_labels();
    let style = ChartStyle::default();
    for &lo in &nasty {
        for &hi in &nasty {
            let mut r = game();
            r.net_value.histogram.edges = vec![lo, hi];
            r.net_value.histogram.counts = vec![3];
            r.net_value.histogram.adopter_counts = vec![1];
            let s = chart_svg(ChartKind::NetValue, &r, 350, 220, &style, &labels).unwrap();
            assert!(s.ends_with("</svg>\n"));
            overlay_svg(&r, &game(), 350, 220, &style, &labels).unwrap();
        }
    }
}

#[test]
fn charts_without_data_draw_an_empty_state() {
    let r = empty();
    for kind in ChartKind::ALL {
        assert!(!kind.has_data(&r), "{kind:?}");
        let s = svg(kind, &r, 350, 200);
        let text = all_text(&s);
        assert!(
            text.contains(&"No data to show".to_string()),
            "{kind:?}: {text:?}"
        );
        assert!(text.contains(&kind.title(&en_labels()).to_string()));
    }
    // The fixture has no retention block; tests/retention.rs draws that
    // chart with one.
    for kind in ChartKind::ALL
        .into_iter()
        .filter(|k| *k != ChartKind::Retention)
    {
        assert!(kind.has_data(&game()), "{kind:?}");
    }
}

#[test]
fn too_small_or_zero_sizes_are_errors() {
    let r = game();
    let style = ChartStyle::default();
    let labels = en_labels();
    assert!(matches!(
        chart_svg(ChartKind::NetValue, &r, 0, 100, &style, &labels),
        Err(ChartError::TooSmall { .. })
    ));
    assert!(matches!(
        chart_svg(ChartKind::NetValue, &r, 40, 30, &style, &labels),
        Err(ChartError::TooSmall { .. })
    ));
    // A nonsensical scale falls back to 1 rather than failing.
    let odd = ChartStyle {
        scale: f64::NAN,
        ..ChartStyle::default()
    };
    assert!(chart_svg(ChartKind::Choices, &r, 350, 200, &odd, &labels).is_ok());
}

#[test]
fn preferred_height_grows_with_rows() {
    let mut r = game();
    let labels = en_labels();
    let style = ChartStyle::default();
    let few = preferred_height(ChartKind::Segments, &r, 350.0, &style, &labels);
    r.segments = (0..8)
        .map(|i| worthit_engine::SegmentResult {
            name: format!("Segment {i}"),
            users: 10,
            adoption_share: 0.1 * i as f64,
        })
        .collect();
    let many = preferred_height(ChartKind::Segments, &r, 350.0, &style, &labels);
    assert!(many > few + 100.0, "{few} → {many}");
    let hist = preferred_height(ChartKind::NetValue, &r, 350.0, &style, &labels);
    assert!((200.0..=420.0).contains(&hist));
}

/// The page parses and styles every chart at each result, so the SVG says
/// things once: the font list on the root (texts inherit it) and no
/// `opacity="1"` (the default) on each shape.
#[test]
fn fonts_are_named_once_and_default_opacity_is_left_out() {
    let r = game();
    let style = ChartStyle {
        font_family: "Inter, system-ui, sans-serif".to_string(),
        ..ChartStyle::default()
    };
    for kind in [ChartKind::NetValue, ChartKind::Barriers, ChartKind::Tornado] {
        let s = chart_svg(kind, &r, 560, 300, &style, &en_labels()).unwrap();
        assert_eq!(s.matches("font-family=").count(), 1, "{kind:?}");
        let root = &s[..s.find('>').unwrap()];
        assert!(
            root.contains(r#"font-family="Inter, system-ui, sans-serif""#),
            "{kind:?}: {root}"
        );
        assert!(!s.contains(r#" opacity="1""#), "{kind:?}");
        assert!(
            !texts(&parse_svg(&s)).is_empty(),
            "{kind:?} still has its texts"
        );
    }
}

#[test]
fn tornado_bars_carry_their_simulation_noise() {
    // Paired 95% intervals as the engine gives them, symmetric about each
    // change: the first row's is ±0.3 points, the second's ±0.04.
    let mut r = game();
    let halves = [0.003, 0.0004];
    for (row, h) in r.sensitivity.iter_mut().zip(halves) {
        row.change_ci95 = Some([row.change - h, row.change + h]);
    }
    let text = all_text(&svg(ChartKind::Tornado, &r, 500, 380));
    let first = format!(
        "{} ±0.3",
        NumberFormat::en().points(r.sensitivity[0].change, 1)
    );
    assert!(text.contains(&first), "{first} in {text:?}");
    assert!(
        text.iter().any(|t| t.ends_with(" ±0.04")),
        "the second bar's noise: {text:?}"
    );
    // A row without an interval shows its change alone.
    let third = NumberFormat::en().points(r.sensitivity[2].change, 1);
    assert!(text.contains(&third), "{third} in {text:?}");
}

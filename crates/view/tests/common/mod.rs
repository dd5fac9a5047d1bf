//! Shared test fixtures: a realistic hand-built run (like the free-game
//! preset with a diffusion block) and a small SVG reader to assert on what
//! the charts draw.

#![allow(dead_code)]

use worthit_i18n::{Lang, Translator};
use worthit_view::{Labels, Sentence};

use worthit_engine::{
    Adoption, Barrier, Choice, Histogram, NetValue, Results, SegmentResult, Sensitivity,
    TimelineRow,
};

/// 100,000 people, 43.12% adopt, two alternatives' worth of choices, two
/// segments, a 32-bin histogram, five barriers, eight what-if rows and a
/// 52-week timeline.
pub fn game() -> Results {
    let users = 100_000u64;
    // A normal-ish histogram of net value from −8 to 8 in bins of 0.5; in
    // each bin above zero most people adopt (some prefer the market
    // leader), below zero nobody does.
    let edges: Vec<f64> = (0..=32).map(|i| -8.0 + 0.5 * i as f64).collect();
    let mut counts = Vec::new();
    let mut adopters = Vec::new();
    for i in 0..32 {
        let mid = -8.0 + 0.5 * (i as f64 + 0.5);
        let z = (mid - 0.8) / 2.1;
        let c = (users as f64 * 0.5 / 2.1 * 0.3989 * (-0.5 * z * z).exp()).round() as u64;
        counts.push(c);
        adopters.push(if mid > 0.0 { c * 7 / 10 } else { 0 });
    }
    let timeline = (1..=52)
        .map(|t| {
            let x = t as f64;
            let aware = 1.0 - (-0.08 * x).exp();
            let cumulative = 0.4312 * aware;
            let prev = 0.4312 * (1.0 - (-0.08 * (x - 1.0)).exp());
            TimelineRow {
                period: t,
                aware_share: aware,
                new_adopters: ((cumulative - prev) * users as f64).round() as u64,
                cumulative_share: cumulative,
                active_share: None,
            }
        })
        .collect();
    Results {
        schema: 1,
        title: "Free mobile game, character-art screenshots".into(),
        seed: 7,
        users,
        adoption: Adoption {
            share: 0.4312,
            ci95: [0.4281, 0.4344],
            adopters: 43_120,
        },
        choices: vec![
            Choice {
                option: "Our game".into(),
                share: 0.4312,
            },
            Choice {
                option: "Market leader".into(),
                share: 0.3050,
            },
            Choice {
                option: "none".into(),
                share: 0.2638,
            },
        ],
        segments: vec![
            SegmentResult {
                name: "Casual players".into(),
                users: 70_012,
                adoption_share: 0.39,
            },
            SegmentResult {
                name: "Core gamers".into(),
                users: 29_988,
                adoption_share: 0.512,
            },
        ],
        net_value: NetValue {
            mean: 0.8,
            sd: 2.1,
            histogram: Histogram {
                edges,
                counts,
                adopter_counts: adopters,
            },
        },
        barriers: vec![
            barrier("time", 0.12, 1.1, 1.9),
            barrier("learning", 0.08, 0.8, 1.2),
            barrier("trust", 0.21, 0.6, 1.4),
            barrier("safety", 0.04, 0.4, 0.6),
            barrier("money", 0.0, 0.0, 0.0),
        ],
        sensitivity: vec![
            sens("product.costs.trust.mean", -0.1, 0.021),
            sens("product.value.mean", 0.1, 0.018),
            sens("product.costs.time.mean", -0.1, 0.012),
            sens("alternatives[0].value.mean", 0.1, -0.009),
            sens("segments[1].skepticism", -0.05, 0.004),
            sens("product.value.sd", -0.1, -0.003),
            sens("product.costs.learning.mean", -0.1, 0.007),
            sens("segments[0].screenshots_viewed", 0.3, 0.002),
        ],
        timeline: Some(timeline),
        money: None,
        retention: None,
        elapsed_ms: 38.0,
        uncertainty: None,
        what_if_users: None,
    }
}

fn barrier(cost: &str, share: f64, a: f64, n: f64) -> Barrier {
    Barrier {
        cost: cost.into(),
        decisive_share: share,
        mean_adopters: a,
        mean_non_adopters: n,
    }
}

fn sens(input: &str, step: f64, change: f64) -> Sensitivity {
    Sensitivity {
        input: input.into(),
        step,
        adoption_share: 0.4312 + change,
        change,
        between: None,
        retained_share: None,
        retained_change: None,
        change_ci95: None,
    }
}

/// A run with nothing in it: zero users, empty lists, no timeline.
pub fn empty() -> Results {
    Results {
        schema: 1,
        title: String::new(),
        seed: 0,
        users: 0,
        adoption: Adoption {
            share: 0.0,
            ci95: [0.0, 0.0],
            adopters: 0,
        },
        choices: vec![],
        segments: vec![],
        net_value: NetValue {
            mean: 0.0,
            sd: 0.0,
            histogram: Histogram {
                edges: vec![],
                counts: vec![],
                adopter_counts: vec![],
            },
        },
        barriers: vec![],
        sensitivity: vec![],
        timeline: None,
        money: None,
        uncertainty: None,
        what_if_users: None,
        retention: None,
        elapsed_ms: 0.0,
    }
}

/// One element of an SVG document.
#[derive(Debug, Clone)]
pub struct Element {
    pub tag: String,
    pub attrs: Vec<(String, String)>,
    /// Text content for `<text>`, unescaped.
    pub text: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    pub fn num(&self, name: &str) -> f64 {
        self.attr(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{} has no numeric {name}: {self:?}", self.tag))
    }
}

/// Reads the elements of an SVG written by plotters (one element per tag,
/// attributes in double quotes).
pub fn parse_svg(svg: &str) -> Vec<Element> {
    let mut out: Vec<Element> = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('>') else { break };
        let tag_src = &rest[..close];
        rest = &rest[close + 1..];
        if tag_src.starts_with('/') || tag_src.starts_with('?') || tag_src.starts_with('!') {
            continue;
        }
        let name_end = tag_src
            .find(|c: char| c.is_whitespace() || c == '/')
            .unwrap_or(tag_src.len());
        let tag = tag_src[..name_end].to_string();
        let mut attrs = Vec::new();
        let mut a = &tag_src[name_end..];
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim().to_string();
            let after = &a[eq + 2..];
            let end = after.find('"').unwrap_or(after.len());
            attrs.push((key, unescape(&after[..end])));
            a = &after[(end + 1).min(after.len())..];
        }
        let mut text = String::new();
        if (tag == "text" || tag == "title" || tag == "desc") && !tag_src.ends_with('/') {
            let end = rest.find('<').unwrap_or(rest.len());
            text = unescape(rest[..end].trim());
        }
        out.push(Element { tag, attrs, text });
    }
    out
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

pub fn texts(elements: &[Element]) -> Vec<&Element> {
    elements.iter().filter(|e| e.tag == "text").collect()
}

/// Filled rectangles of one colour (`#RRGGBB`).
pub fn rects_of<'a>(elements: &'a [Element], fill: &str) -> Vec<&'a Element> {
    elements
        .iter()
        .filter(|e| e.tag == "rect" && e.attr("fill") == Some(fill))
        .collect()
}

/// Lines (polylines) of one stroke colour.
pub fn lines_of<'a>(elements: &'a [Element], stroke: &str) -> Vec<&'a Element> {
    elements
        .iter()
        .filter(|e| e.tag == "polyline" && e.attr("stroke") == Some(stroke))
        .collect()
}

/// The box a `<text>` occupies, from its anchor, baseline shift and font
/// size, using the crate's own width estimate: (x0, y0, x1, y1).
pub fn text_box(e: &Element) -> (f64, f64, f64, f64) {
    let x = e.num("x");
    let y = e.num("y");
    let fs = e.num("font-size");
    let w = worthit_view::text::text_width(&e.text, fs);
    let (x0, x1) = match e.attr("text-anchor") {
        Some("middle") => (x - w / 2.0, x + w / 2.0),
        Some("end") => (x - w, x),
        _ => (x, x + w),
    };
    let (y0, y1) = match e.attr("dy") {
        Some("0.76em") => (y, y + fs),
        Some("0.5ex") => (y - fs / 2.0, y + fs / 2.0),
        _ => (y - fs, y),
    };
    (x0, y0, x1, y1)
}

/// Every pair of overlapping texts, and every text outside the picture.
pub fn layout_problems(svg: &str) -> Vec<String> {
    let els = parse_svg(svg);
    let root = &els[0];
    let (w, h) = (root.num("width"), root.num("height"));
    let ts: Vec<_> = texts(&els)
        .into_iter()
        .filter(|t| !t.text.is_empty())
        .collect();
    let boxes: Vec<_> = ts.iter().map(|t| text_box(t)).collect();
    let mut problems = Vec::new();
    // Half a pixel of slack: coordinates are rounded to whole pixels.
    let tol = 0.5;
    for (i, b) in boxes.iter().enumerate() {
        if b.0 < -tol || b.1 < -tol || b.2 > w + tol || b.3 > h + tol {
            problems.push(format!("outside {w}x{h}: {:?} {:?}", ts[i].text, b));
        }
        for (j, c) in boxes.iter().enumerate().skip(i + 1) {
            let overlap = b.0 < c.2 - tol && c.0 < b.2 - tol && b.1 < c.3 - tol && c.1 < b.3 - tol;
            if overlap {
                problems.push(format!(
                    "overlap: {:?} {:?} and {:?} {:?}",
                    ts[i].text, b, ts[j].text, c
                ));
            }
        }
    }
    problems
}

thread_local! {
    /// English, from `www/locales/en.ftl` (the only place its words live),
    /// parsed once per test thread.
    static EN: Translator = Translator::new(Lang::En);
}

/// The charts' labels in English.
pub fn en_labels() -> Labels {
    EN.with(|tr| tr.labels().clone())
}

/// A sentence in English.
pub fn render_en(s: &Sentence) -> String {
    EN.with(|tr| worthit_i18n::render_sentence(tr, s))
}

/// Sentences in English, joined into one paragraph.
pub fn render_paragraph_en(sentences: &[Sentence]) -> String {
    EN.with(|tr| worthit_i18n::render_paragraph(tr, sentences))
}

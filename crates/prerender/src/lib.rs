//! The default page's first result, written into the built `index.html`.
//!
//! On a slow network the page's WebAssembly takes seconds to arrive and
//! start; the HTML arrives in one round trip. So the build runs the
//! default preset (without its exercise, with its own seed and people, as
//! the page starts it) through the engine natively, and writes the
//! headline, the first sentence of the summary and the net value chart
//! into the HTML, in English, with the page's own classes. The engine
//! gives the same numbers natively and in WebAssembly (keyed randomness,
//! portable maths), so this figure is the figure the page computes; the
//! end-to-end test `prerender.test.mjs` checks it against the page.
//!
//! The block is `hidden` in the HTML. A small inline script right after it
//! ([`SCRIPT`], carrying trunk's nonce placeholder, so it runs under the
//! page's Content-Security-Policy) shows it only when the page will show
//! exactly this default: no query, no hash, not in a frame, the page's
//! language English (`?lang=`, then the stored choice, then the browser's
//! languages, as `crates/i18n` negotiates), and no stored scenario other
//! than this one (the block carries the scenario's JSON as the page
//! stores it, in `data-scenario`). Where the script cannot run (a policy
//! without the nonce), the block stays hidden: never a wrong number, at
//! worst no early one. The page (`src/prerender.rs`) removes the block
//! when its own first result is on screen.

pub mod preload;

use worthit_engine::{Results, RunOptions, Scenario, presets};
use worthit_i18n::{FluentValue, Lang, Translator};
use worthit_view::{ChartKind, ChartStyle, Sentence};

/// The chart's width before the page measures its card (the page draws
/// at this width too until it knows better, `src/results/chart.rs`).
pub const CHART_WIDTH: u32 = 560;

/// The id of the block in the HTML; the script and the page find it by it.
pub const BLOCK_ID: &str = "prerender";

/// Shows the block when the page will show exactly its default, and marks
/// the document (`html.prerendered`, see `www/prerender.css`) so the page
/// stays out of sight until its own first result replaces the block.
///
/// The language rule is `crates/i18n` `Lang::parse` reduced to "is it
/// English": a tag's first subtag decides, `en`, `ko` and `zh` are the
/// languages worthit speaks, anything else is passed over.
pub const SCRIPT: &str = r##"(function () {
  "use strict";
  var block = document.getElementById("prerender");
  if (!block) return;
  function spoken(tag) {
    var language = String(tag || "").trim().split(/[-_]/)[0].toLowerCase();
    return language === "en" || language === "ko" || language === "zh" ? language : null;
  }
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  function english() {
    var choice = spoken(stored("worthit.lang"));
    if (choice) return choice === "en";
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var language = spoken(tags[i]);
      if (language) return language === "en";
    }
    return true;
  }
  function framed() {
    try {
      return window.top !== window;
    } catch (e) {
      return true;
    }
  }
  var scenario = stored("worthit.scenario.v1");
  if (location.search !== "" || (location.hash !== "" && location.hash !== "#") || framed() || !english() ||
      (scenario !== null && scenario !== block.getAttribute("data-scenario"))) {
    block.parentNode.removeChild(block);
    return;
  }
  block.hidden = false;
  document.documentElement.classList.add("prerendered");
})();"##;

/// The scenario the page starts with when nothing else asks for one: the
/// default preset without its exercise (`src/exercise` `without_exercise`).
pub fn default_scenario() -> Scenario {
    let mut scenario = presets::default_preset().scenario();
    scenario.exercise = None;
    scenario
}

/// The default scenario's results, with the what-ifs, as the page's worker
/// computes them.
pub fn results_of(scenario: &Scenario) -> Result<Results, String> {
    worthit_engine::run(scenario, &RunOptions::default()).map_err(|e| {
        let problems: Vec<String> = e.problems.iter().map(|p| p.to_string()).collect();
        format!("the default preset does not run: {}", problems.join("; "))
    })
}

/// The block (and its script) for the default page, in English.
pub fn default_block() -> Result<String, String> {
    let scenario = default_scenario();
    let results = results_of(&scenario)?;
    // What the page writes to storage (`src/storage.rs`): the script
    // compares a stored scenario with this exact text.
    let json = serde_json::to_string(&scenario).map_err(|e| e.to_string())?;
    render(&Translator::new(Lang::En), &json, &results)
}

/// The texts of the page's headline (`src/results/headline.rs`) for `r`.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// "Hello app · Casual mobile game" (the product, the preset's name).
    pub eyebrow: String,
    /// "43.1%".
    pub share: String,
    /// "adopt".
    pub verb: String,
    /// "(42.8–43.4%)".
    pub ci: String,
    pub ci_title: String,
    /// "43,100 of 100,000 simulated people choose …".
    pub detail: String,
    pub label: String,
}

/// The headline's texts, worded as the page words them.
pub fn headline(tr: &Translator, r: &Results) -> Headline {
    let fmt = tr.numbers();
    let product = r
        .choices
        .first()
        .map(|c| c.option.clone())
        .unwrap_or_else(|| tr.t("headline-product-fallback"));
    let detail = tr.t_args(
        "headline-detail",
        &[
            ("adopters", FluentValue::from(r.adoption.adopters)),
            ("users", FluentValue::from(r.users)),
            ("product", FluentValue::from(product.as_str())),
            ("seed", FluentValue::from(r.seed.to_string())),
        ],
    );
    Headline {
        eyebrow: format!("{product} · {}", display_title(tr, &r.title)),
        share: fmt.percent(r.adoption.share, 1),
        verb: tr.t("headline-verb"),
        ci: format!(
            "({})",
            fmt.percent_range(r.adoption.ci95[0], r.adoption.ci95[1], 1)
        ),
        ci_title: tr.t("headline-ci-title"),
        detail,
        label: tr.t("headline-label"),
    }
}

/// A bundled preset's title becomes its name in `tr`'s language, as the
/// page's `display_title` (`src/header.rs`) does; other titles stay.
fn display_title(tr: &Translator, title: &str) -> String {
    presets::all()
        .iter()
        .find(|p| p.scenario().title == title)
        .map(|p| {
            let key = format!("preset-{}-name", p.id);
            if tr.has(&key) {
                tr.t(&key)
            } else {
                p.name.to_string()
            }
        })
        .unwrap_or_else(|| title.to_string())
}

/// The one-sentence why: the first sentence of the page's summary after
/// the headline (which the headline already says) that does not depend on
/// the what-ifs (the page shows its answer before its what-ifs).
pub fn why(r: &Results) -> Option<Sentence> {
    worthit_view::full_summary(r).into_iter().find(|s| {
        !matches!(
            s,
            Sentence::Headline { .. } | Sentence::BiggestLever { .. } | Sentence::NoLever
        )
    })
}

/// The charts' look in English: the page's font list
/// (`src/results/chart.rs` `chart_style_for(Lang::En)`).
pub fn chart_style() -> ChartStyle {
    ChartStyle {
        font_family: "Inter, system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, \
            Noto Sans CJK SC, PingFang SC, Microsoft YaHei, Noto Sans CJK TC, PingFang TC, \
            Microsoft JhengHei, Noto Sans CJK KR, Apple SD Gothic Neo, Malgun Gothic, sans-serif"
            .to_string(),
        ..ChartStyle::default()
    }
}

/// The net value chart as the page draws it at [`CHART_WIDTH`].
pub fn chart(tr: &Translator, r: &Results) -> Result<String, String> {
    let kind = ChartKind::NetValue;
    let style = chart_style();
    let width = CHART_WIDTH;
    let preferred = worthit_view::preferred_height(kind, r, f64::from(width), &style, tr.labels());
    // The page's limit for its wide charts.
    let height = preferred.round().clamp(120.0, 340.0) as u32;
    worthit_view::chart_svg(kind, r, width, height, &style, tr.labels()).map_err(|e| e.to_string())
}

/// The block for `r`: hidden, carrying `scenario_json`, followed by
/// [`SCRIPT`] with trunk's nonce placeholder.
pub fn render(tr: &Translator, scenario_json: &str, r: &Results) -> Result<String, String> {
    let h = headline(tr, r);
    let why = why(r)
        .map(|s| {
            format!(
                r#"<section class="summary"><ul class="summary-list"><li data-testid="prerender-why">{}</li></ul></section>"#,
                escape(&worthit_i18n::render_sentence(tr, &s))
            )
        })
        .unwrap_or_default();
    let kind = ChartKind::NetValue;
    let svg = chart(tr, r)?;
    let caption = worthit_i18n::render_paragraph(tr, &worthit_view::chart_description(kind, r));
    Ok(format!(
        concat!(
            r#"<div id="{id}" class="prerender" hidden lang="en" data-scenario="{scenario}">"#,
            r#"<header class="prerender-header"><p class="boot-title">worthit</p></header>"#,
            r#"<main class="prerender-main"><div class="hero-card">"#,
            r#"<section class="headline" aria-label="{label}">"#,
            r#"<p class="headline-eyebrow">{eyebrow}</p>"#,
            r#"<p class="headline-line"><span class="headline-share" data-testid="prerender-share" data-adopters="{adopters}" data-users="{users}" data-seed="{seed}">{share}</span>"#,
            r#"<span class="headline-verb"> {verb} </span>"#,
            r#"<span class="headline-ci" title="{ci_title}">{ci}</span></p>"#,
            r#"<p class="headline-detail">{detail}</p></section>{why}</div>"#,
            r#"<figure class="chart-card" data-testid="prerender-chart" aria-labelledby="prerender-chart-title">"#,
            r#"<h3 id="prerender-chart-title" class="visually-hidden">{chart_title}</h3>"#,
            r#"<div class="chart-image">{svg}</div><figcaption class="chart-caption">{caption}</figcaption></figure>"#,
            r#"</main></div><script nonce="{{{{__TRUNK NONCE__}}}}">{script}</script>"#,
        ),
        id = BLOCK_ID,
        scenario = escape(scenario_json),
        label = escape(&h.label),
        eyebrow = escape(&h.eyebrow),
        adopters = r.adoption.adopters,
        users = r.users,
        seed = r.seed,
        share = escape(&h.share),
        verb = escape(&h.verb),
        ci_title = escape(&h.ci_title),
        ci = escape(&h.ci),
        detail = escape(&h.detail),
        why = why,
        chart_title = escape(kind.title(tr.labels())),
        svg = svg,
        caption = escape(&caption),
        script = SCRIPT,
    ))
}

/// `html` with `block` put first in its body. Fails when there is no body
/// or the page already has a block (a build runs the hook once).
pub fn inject(html: &str, block: &str) -> Result<String, String> {
    if html.contains(&format!("id=\"{BLOCK_ID}\"")) || html.contains(&format!("id={BLOCK_ID}>")) {
        return Err("the page already has a prerendered block".into());
    }
    let body = html
        .find("<body")
        .ok_or_else(|| "the page has no <body>".to_string())?;
    let open_end = html[body..]
        .find('>')
        .map(|i| body + i + 1)
        .ok_or_else(|| "the page's <body> tag is not closed".to_string())?;
    Ok(format!("{}{block}{}", &html[..open_end], &html[open_end..]))
}

/// `text` made safe as HTML text or a double-quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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
use worthit_i18n::{Lang, Translator};
use worthit_view::{ChartKind, ChartStyle, Sentence};

/// The project's one escaping function (HTML and XML).
pub use worthit_view::markup::escape;

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

/// The headline's texts, worded as the page words them (one function for
/// both: `worthit_i18n::headline`).
pub use worthit_i18n::headline::{Headline, headline};

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

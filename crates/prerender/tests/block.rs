//! The prerendered block: what it carries, where it goes, and that its
//! numbers are the run the page starts with.

use worthit_engine::{RunOptions, parse_scenario};
use worthit_i18n::{Lang, Translator};
use worthit_prerender::{
    BLOCK_ID, default_block, default_scenario, escape, headline, inject, render, results_of, why,
};

/// The value of attribute `name` in the first tag of `html` that has it,
/// unescaped.
fn attribute(html: &str, name: &str) -> String {
    let start = html.find(&format!(" {name}=\"")).expect("the attribute") + name.len() + 3;
    let end = start + html[start..].find('"').unwrap();
    html[start..end]
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn the_block_is_hidden_and_its_script_carries_the_nonce_placeholder() {
    let block = default_block().unwrap();
    assert!(block.starts_with(&format!(
        "<div id=\"{BLOCK_ID}\" class=\"prerender\" hidden "
    )));
    assert!(block.contains("<script nonce=\"{{__TRUNK NONCE__}}\">"));
    assert!(block.ends_with("</script>"));
    // One script, closed once: nothing in the texts ends it early.
    assert_eq!(block.matches("</script>").count(), 1);
}

#[test]
fn the_block_carries_the_scenario_as_the_page_stores_it() {
    let block = default_block().unwrap();
    let stored = attribute(&block, "data-scenario");
    assert_eq!(stored, serde_json::to_string(&default_scenario()).unwrap());
    // It is a valid scenario, and the page's default: no exercise.
    let parsed = parse_scenario(&stored).unwrap();
    assert_eq!(parsed, default_scenario());
    assert!(parsed.exercise.is_none());
}

#[test]
fn the_headline_is_the_default_runs_numbers() {
    let scenario = default_scenario();
    let results = results_of(&scenario).unwrap();
    let block = default_block().unwrap();
    assert_eq!(
        attribute(&block, "data-adopters"),
        results.adoption.adopters.to_string()
    );
    assert_eq!(attribute(&block, "data-users"), scenario.users.to_string());
    assert_eq!(attribute(&block, "data-seed"), scenario.seed.to_string());
    let h = headline(&Translator::new(Lang::En), &results);
    // The percentage shown is the run's share to one decimal.
    let shown: f64 = h.share.trim_end_matches('%').parse().unwrap();
    assert!(
        (shown - results.adoption.share * 100.0).abs() <= 0.05 + 1e-9,
        "{shown} vs {}",
        results.adoption.share
    );
    assert!(block.contains(&format!(">{}</span>", escape(&h.share))));
    assert!(block.contains(&escape(&h.detail)));
    assert!(h.detail.contains(&format!("Seed {}", scenario.seed)));
}

#[test]
fn the_page_answer_pass_shows_the_same_adoption_as_the_full_run() {
    // The page shows its answer pass (no what-ifs) first; the block is
    // drawn from the full run. The what-ifs must not change the answer.
    let scenario = default_scenario();
    let full = results_of(&scenario).unwrap();
    let answer = worthit_engine::run(
        &scenario,
        &RunOptions {
            sensitivity: false,
            chunk_size: 8_192,
        },
    )
    .unwrap();
    assert_eq!(answer.adoption.adopters, full.adoption.adopters);
    assert_eq!(answer.adoption.ci95, full.adoption.ci95);
    assert_eq!(why(&answer), why(&full));
}

#[test]
fn the_block_has_the_why_and_the_chart() {
    let block = default_block().unwrap();
    assert!(block.contains("data-testid=\"prerender-why\">"));
    assert!(block.contains("data-testid=\"prerender-chart\""));
    assert!(block.contains("<svg"));
}

#[test]
fn render_escapes_what_it_writes() {
    let scenario = default_scenario();
    let mut results = results_of(&scenario).unwrap();
    results.choices[0].option = "<b>\"A&B\"</b>".into();
    let block = render(&Translator::new(Lang::En), "{\"a\":\"<'>\"}", &results).unwrap();
    assert!(!block.contains("<b>"));
    assert!(block.contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;"));
    assert_eq!(attribute(&block, "data-scenario"), "{\"a\":\"<'>\"}");
}

#[test]
fn inject_puts_the_block_first_in_the_body() {
    let html = "<!doctype html><html><head></head><body class=x><div id=app></div></body></html>";
    let out = inject(html, "<div id=\"prerender\" hidden></div>").unwrap();
    assert_eq!(
        out,
        "<!doctype html><html><head></head><body class=x><div id=\"prerender\" hidden></div><div id=app></div></body></html>"
    );
    assert!(
        inject(&out, "<div id=\"prerender\" hidden></div>")
            .unwrap_err()
            .contains("already")
    );
    assert!(
        inject("<html></html>", "x")
            .unwrap_err()
            .contains("no <body>")
    );
    assert!(
        inject("<html><body", "x")
            .unwrap_err()
            .contains("not closed")
    );
}

#[test]
fn escape_covers_html_specials() {
    assert_eq!(escape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
    assert_eq!(escape("43.1% · 한국어"), "43.1% · 한국어");
}

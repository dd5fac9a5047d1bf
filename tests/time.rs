//! Adoption over time in Chromium: the editor's Time section switches the
//! `diffusion` block on and off and emits p, q, periods and social proof;
//! the funnel renders from a hand-built timeline (every verdict) and from a
//! real engine run, whose adopters it must count exactly; the results
//! column shows the timeline chart, its sentences and the funnel only when
//! there is a timeline.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use worthit_app::editor::EditorGroup;
use worthit_app::results::ResultsPanel;
use worthit_app::results::funnel::{Funnel, FunnelProps};
use worthit_app::state::Shown;
use worthit_engine::{Diffusion, Results, RunOptions, Scenario, presets};
use yew::prelude::*;

mod common;
/// `row` and `with_timeline`, shared with the funnel's native tests.
#[path = "../crates/view/tests/timeline_fixture/mod.rs"]
mod timeline_fixture;
use common::editor::Mounted;
use timeline_fixture::{row, with_timeline};

wasm_bindgen_test_configure!(run_in_browser);

/// A scenario without adoption over time (the page's default kind).
fn plain() -> Scenario {
    let mut s: Scenario = presets::get("game-launch-year").unwrap().scenario();
    s.diffusion = None;
    s
}

// ---- The editor's Time section ----

/// A fresh phone-width element of our own (replacing the body would wipe
/// the test runner's output).
fn mount() -> Element {
    let root = common::mount();
    root.set_attribute("style", "width: 390px").unwrap();
    root
}

/// The diffusion block the editor emitted last.
fn diffusion(ed: &Mounted) -> Diffusion {
    ed.last().diffusion.expect("adoption over time is on")
}

/// The editor with its Time section only.
async fn time_editor(initial: Scenario, locked: Vec<String>) -> Mounted {
    Mounted::with(initial, locked, vec![EditorGroup::Time]).await
}

#[wasm_bindgen_test]
async fn the_time_section_switches_diffusion_on_and_emits_p_and_q() {
    let ed = time_editor(plain(), Vec::new()).await;
    assert!(ed.find("group-time").is_some());
    let on = ed.input("diffusion-on");
    assert!(
        !on.checked(),
        "off by default: the scenario has no diffusion"
    );
    assert!(ed.find("periods").is_none(), "no fields while off");

    ed.click("diffusion-on").await;
    assert_eq!(ed.count(), 1);
    let mut expected = plain();
    expected.diffusion = Some(Diffusion {
        periods: 52,
        p: 0.03,
        q: 0.38,
        social_proof: 0.0,
    });
    assert_eq!(ed.last(), expected, "only the diffusion block is added");
    assert!(ed.input("diffusion-on").checked());
    assert_eq!(ed.input("periods").value(), "52");

    ed.type_in("diffusion-p", "0.01").await;
    ed.type_in("diffusion-q", "0.6").await;
    ed.type_in("periods", "104").await;
    ed.type_in("social-proof", "0.4").await;
    assert_eq!(
        diffusion(&ed),
        Diffusion {
            periods: 104,
            p: 0.01,
            q: 0.6,
            social_proof: 0.4,
        }
    );

    // The published averages reset p and q only.
    ed.click("bass-averages").await;
    let d = diffusion(&ed);
    assert_eq!(
        (d.p, d.q, d.periods, d.social_proof),
        (0.03, 0.38, 104, 0.4)
    );

    // Out of range is refused inline and never emitted.
    let before = ed.count();
    ed.type_in("periods", "600").await;
    ed.type_in("diffusion-q", "1.5").await;
    assert_eq!(ed.count(), before);
    assert_eq!(
        ed.input("periods").get_attribute("aria-invalid").as_deref(),
        Some("true")
    );

    // The p slider covers the useful range; the box still takes up to 1.
    assert_eq!(ed.input("diffusion-p-range").max(), "0.2");
    ed.type_in("diffusion-p", "0.5").await;
    assert_eq!(diffusion(&ed).p, 0.5);

    // Off removes the block; on again brings the last settings back.
    ed.click("diffusion-on").await;
    assert_eq!(ed.last().diffusion, None);
    assert_eq!(ed.last(), plain(), "off restores the plain scenario");
    assert!(ed.find("periods").is_none());
    ed.click("diffusion-on").await;
    assert_eq!(
        diffusion(&ed),
        Diffusion {
            periods: 104,
            p: 0.5,
            q: 0.38,
            social_proof: 0.4,
        }
    );
}

#[wasm_bindgen_test]
async fn a_locked_time_section_is_disabled() {
    let ed = time_editor(plain(), vec!["diffusion".into()]).await;
    assert!(ed.input("diffusion-on").disabled());
    ed.click("diffusion-on").await;
    assert_eq!(ed.count(), 0);
}

// ---- The funnel ----

/// Nearly everyone hears of it, a third adopt: conversion holds it back.
fn conversion_limited() -> Results {
    with_timeline(Some(vec![
        row(1, 0.2, 50, 0.05),
        row(2, 0.6, 150, 0.2),
        row(3, 0.95, 100, 0.3),
    ]))
}

fn shown(results: Results) -> Shown {
    Shown {
        id: 1,
        results: Rc::new(results),
        complete: true,
    }
}

async fn render_funnel(results: Results) -> Element {
    let root = mount();
    yew::Renderer::<Funnel>::with_root_and_props(
        root.clone(),
        FunnelProps {
            shown: shown(results),
        },
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name)
        .unwrap_or_else(|| panic!("no attribute {name}"))
}

#[wasm_bindgen_test]
async fn the_funnel_counts_reach_and_conversion_and_names_the_bottleneck() {
    let root = render_funnel(conversion_limited()).await;
    let f = root
        .query_selector("[data-testid=\"funnel\"]")
        .unwrap()
        .expect("a funnel");
    assert_eq!(attr(&f, "data-people"), "1000");
    assert_eq!(attr(&f, "data-aware"), "950");
    assert_eq!(attr(&f, "data-aware-share"), "0.95");
    assert_eq!(attr(&f, "data-adopted"), "300");
    assert_eq!(attr(&f, "data-adopted-share"), "0.3");
    assert_eq!(attr(&f, "data-bottleneck"), "conversion");
    let text = f.text_content().unwrap();
    assert!(text.contains("950 · 95.0%"), "{text}");
    assert!(text.contains("300 · 30.0%"), "{text}");
    assert!(text.contains("31.6% of those who heard of it"), "{text}");
    let verdict = root
        .query_selector("[data-testid=\"funnel-verdict\"]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        verdict.starts_with("Conversion (operations) is the bottleneck"),
        "{verdict}"
    );
    // Bars are as wide as their shares, centred.
    let rect = root
        .query_selector("[data-testid=\"funnel-adopted\"] rect")
        .unwrap()
        .unwrap();
    assert_eq!(attr(&rect, "width"), "30.000");
    assert_eq!(attr(&rect, "x"), "35.000");
}

#[wasm_bindgen_test]
async fn no_timeline_no_funnel() {
    let root = render_funnel(with_timeline(None)).await;
    assert!(
        root.query_selector("[data-testid=\"funnel\"]")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn the_funnel_counts_a_real_run_exactly() {
    let mut s: Scenario = presets::get("game-launch-year").unwrap().scenario();
    s.users = 3000;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let results = worthit_engine::run(&s, &options).unwrap();
    let rows = results.timeline.clone().expect("a timeline");
    let last = rows.last().unwrap();
    let root = render_funnel(results.clone()).await;
    let f = root
        .query_selector("[data-testid=\"funnel\"]")
        .unwrap()
        .unwrap();
    assert_eq!(
        attr(&f, "data-adopted"),
        results.adoption.adopters.to_string(),
        "the funnel's adopters are the run's adopters"
    );
    let aware: u64 = attr(&f, "data-aware").parse().unwrap();
    assert!((aware as f64 / 3000.0 - last.aware_share).abs() < 1e-12);
    assert!(
        aware >= results.adoption.adopters,
        "adopters heard of it first"
    );
}

// ---- The results column ----

async fn render_panel(results: Results) -> Element {
    let root = mount();
    root.set_attribute("style", "width: 1000px").unwrap();
    yew::Renderer::<ResultsPanel>::with_root_and_props(
        root.clone(),
        yew::props!(worthit_app::results::ResultsProps {
            shown: Some(shown(results)),
            stale: false,
        }),
    )
    .render();
    yew::scheduler::flush().await;
    root
}

fn has(root: &Element, testid: &str) -> bool {
    root.query_selector(&format!("[data-testid=\"{testid}\"]"))
        .unwrap()
        .is_some()
}

#[wasm_bindgen_test]
async fn a_run_over_time_shows_the_timeline_its_sentences_and_the_funnel() {
    let root = render_panel(conversion_limited()).await;
    assert!(has(&root, "chart-timeline"));
    assert!(has(&root, "funnel"));
    let chart = root
        .query_selector("[data-testid=\"chart-timeline\"]")
        .unwrap()
        .unwrap();
    assert!(chart.query_selector("svg").unwrap().is_some(), "drawn");
    let caption = chart
        .query_selector("figcaption")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(caption.contains("peak in period 2"), "{caption}");
    // The data table lists every period.
    chart
        .query_selector("[data-testid=\"table-toggle-timeline\"]")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    yew::scheduler::flush().await;
    assert_eq!(chart.query_selector_all("tbody tr").unwrap().length(), 3);
    let summary = root
        .query_selector("[data-testid=\"summary\"]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(summary.contains("period 2"), "peak named: {summary}");
    assert!(
        summary.contains("Only 30.0% ever adopt although 95.0% hear of it"),
        "ceiling named: {summary}"
    );
    // The funnel comes first, then the timeline it summarises.
    let order: Vec<String> = (0..root.query_selector_all(".charts > *").unwrap().length())
        .filter_map(|i| {
            root.query_selector_all(".charts > *")
                .unwrap()
                .item(i)
                .and_then(|n| n.dyn_into::<Element>().ok())
                .and_then(|e| e.get_attribute("data-testid"))
        })
        .collect();
    assert_eq!(order[..2], ["funnel", "chart-timeline"], "{order:?}");
}

#[wasm_bindgen_test]
async fn a_plain_run_has_no_timeline_and_no_funnel() {
    let root = render_panel(with_timeline(None)).await;
    assert!(has(&root, "chart-net-value"));
    assert!(!has(&root, "chart-timeline"));
    assert!(!has(&root, "funnel"));
}

#[derive(Properties, PartialEq)]
struct InLangProps {
    lang: worthit_i18n::Lang,
    shown: Shown,
}

#[component]
fn FunnelIn(props: &InLangProps) -> Html {
    html! {
        <worthit_app::i18n::I18nProvider lang={Some(props.lang)}>
            <Funnel shown={props.shown.clone()} />
        </worthit_app::i18n::I18nProvider>
    }
}

#[wasm_bindgen_test]
async fn the_funnel_speaks_the_page_language() {
    for (lang, verdict) in [
        (worthit_i18n::Lang::Ko, "병목은 전환(운영)입니다"),
        (worthit_i18n::Lang::ZhCn, "瓶颈在转化（运营）"),
        (worthit_i18n::Lang::ZhTw, "瓶頸在轉換（營運）"),
    ] {
        let root = mount();
        yew::Renderer::<FunnelIn>::with_root_and_props(
            root.clone(),
            InLangProps {
                lang,
                shown: shown(conversion_limited()),
            },
        )
        .render();
        yew::scheduler::flush().await;
        let text = root
            .query_selector("[data-testid=\"funnel-verdict\"]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert!(text.starts_with(verdict), "{lang:?}: {text}");
        assert!(text.contains("95"), "{lang:?}: {text}");
    }
    // Rendering in another language set <html lang>; put English back for
    // the other tests in this file.
    gloo::utils::document()
        .document_element()
        .unwrap()
        .set_attribute("lang", "en")
        .unwrap();
}

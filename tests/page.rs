//! The page's pieces rendered in Chromium: the headline's test ids, the
//! run-status line, the alert, and the start-up rules for the URL hash and
//! storage (a bad link is a message, never a panic).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen_test::*;
use worthit_app::alert::{Alert, AlertProps, Level, Notice};
use worthit_app::app::initial_state;
use worthit_app::exercise::without_exercise;
use worthit_app::results::headline::{Headline, HeadlineProps};
use worthit_app::results::status::{Status, StatusProps};
use worthit_app::share::encode_hash;
use worthit_app::state::{RunStatus, Shown};
use worthit_app::storage;
use worthit_engine::{Results, presets};
use yew::platform::time::sleep;
use yew::prelude::*;

mod common;
use common::mount;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element of our own to render into (replacing the body would wipe
/// the test runner's output).
async fn render<C>(props: C::Properties) -> web_sys::Element
where
    C: BaseComponent,
{
    let root = mount();
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    sleep(Duration::from_millis(50)).await;
    root
}

fn results() -> Rc<Results> {
    let json = r#"{"schema":1,"title":"Free mobile game","seed":7,"users":100000,
        "adoption":{"share":0.4312,"ci95":[0.4281,0.4343],"adopters":43120},
        "choices":[{"option":"Our game","share":0.4312},{"option":"none","share":0.5688}],
        "segments":[],
        "net_value":{"mean":0.8,"sd":2.1,"histogram":{"edges":[-1,0,1],"counts":[5,7],"adopter_counts":[0,7]}},
        "barriers":[],"sensitivity":[],"elapsed_ms":38.2}"#;
    Rc::new(serde_json::from_str(json).unwrap())
}

#[wasm_bindgen_test]
async fn headline_carries_the_exact_counts_and_the_interval() {
    let root = render::<Headline>(HeadlineProps {
        results: Some(Shown {
            id: 4,
            results: results(),
            complete: true,
        }),
        stale: false,
    })
    .await;
    let share = root
        .query_selector("[data-testid=adoption-share]")
        .unwrap()
        .expect("adoption-share");
    assert_eq!(share.text_content().unwrap().trim(), "43.1%");
    assert_eq!(
        share.get_attribute("data-adopters").as_deref(),
        Some("43120")
    );
    assert_eq!(share.get_attribute("data-users").as_deref(), Some("100000"));
    let line = root.query_selector(".headline-line").unwrap().unwrap();
    let text = line.text_content().unwrap();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(text, "43.1% adopt (42.8–43.4%) · 100,000 people in 38 ms");
}

#[wasm_bindgen_test]
async fn without_results_the_headline_has_no_counts() {
    let root = render::<Headline>(HeadlineProps {
        results: None,
        stale: false,
    })
    .await;
    // The end-to-end tests wait for `[data-testid=adoption-share][data-adopters]`;
    // it must not exist before a result does.
    assert!(root.query_selector("[data-adopters]").unwrap().is_none());
}

fn status(run: RunStatus) -> StatusProps {
    StatusProps {
        run,
        stale: false,
        on_cancel: Callback::noop(),
        on_rerun: Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn a_long_run_shows_progress_and_cancel() {
    let root = render::<Status>(status(RunStatus::Running {
        id: 2,
        what_ifs: false,
        done: 2_500_000,
        total: 10_000_000,
        elapsed_ms: 900.0,
    }))
    .await;
    let el = root
        .query_selector("[data-testid=run-status]")
        .unwrap()
        .unwrap();
    assert_eq!(el.get_attribute("data-state").as_deref(), Some("running"));
    let progress = root
        .query_selector("progress")
        .unwrap()
        .expect("a progress bar");
    assert_eq!(progress.get_attribute("value").as_deref(), Some("2500000"));
    assert!(
        root.query_selector("[data-testid=cancel-run]")
            .unwrap()
            .is_some()
    );
    assert!(
        el.text_content()
            .unwrap()
            .contains("2,500,000 of 10,000,000")
    );
}

#[wasm_bindgen_test]
async fn a_quick_run_shows_no_progress_bar() {
    let root = render::<Status>(status(RunStatus::Running {
        id: 2,
        what_ifs: false,
        done: 0,
        total: 100_000,
        elapsed_ms: 40.0,
    }))
    .await;
    assert!(root.query_selector("progress").unwrap().is_none());
    let root = render::<Status>(status(RunStatus::Cancelled { id: 2 })).await;
    let el = root
        .query_selector("[data-testid=run-status]")
        .unwrap()
        .unwrap();
    assert_eq!(el.get_attribute("data-state").as_deref(), Some("cancelled"));
    assert!(
        root.query_selector("[data-testid=rerun]")
            .unwrap()
            .is_some()
    );
}

#[wasm_bindgen_test]
async fn an_error_notice_is_an_alert_listing_each_problem() {
    let notice = Notice {
        details: vec![
            "product.value.sd: must be ≥ 0".into(),
            "users: too big".into(),
        ],
        ..Notice::error("The file “x.json” is not a scenario worthit can use.")
    };
    let root = render::<Alert>(AlertProps {
        notice: Some(notice),
        on_dismiss: Callback::noop(),
    })
    .await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("role=alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("x.json"));
    assert!(text.contains("product.value.sd"));
    assert_eq!(alert.query_selector_all("li").unwrap().length(), 2);
}

#[wasm_bindgen_test]
fn start_up_prefers_the_link_then_storage_then_the_default() {
    storage::clear();
    let default = presets::default_preset();
    let s = initial_state("");
    // A preset's classroom exercise is offered, not loaded, at start-up.
    assert_eq!(*s.scenario, without_exercise(default.scenario()));
    assert!(s.notice.is_none());

    let stored = presets::all()[4].scenario();
    storage::save(&stored);
    let s = initial_state("");
    assert_eq!(*s.scenario, stored);
    assert_eq!(s.preset, Some(presets::all()[4].id));

    let linked = presets::all()[1].scenario();
    let s = initial_state(&encode_hash(&linked));
    assert_eq!(*s.scenario, linked);
    storage::clear();
}

#[wasm_bindgen_test]
fn a_bad_link_is_a_message_and_the_page_starts_anyway() {
    storage::clear();
    let mut stored = presets::all()[2].scenario();
    stored.seed = 99;
    storage::save(&stored);
    for hash in [
        "#s=broken",
        "#s=",
        "#scenario=%7B",
        "#scenario=%7B%22schema%22%3A3%7D",
        "#scenario=%7B%22schema%22%3A1%2C%22product%22%3A%7B%22value%22%3A%7B%22dist%22%3A%22normal%22%2C%22mean%22%3A1%2C%22sd%22%3A-1%7D%7D%7D",
    ] {
        let s = initial_state(hash);
        let notice = s.alert().unwrap_or_else(|| panic!("{hash}: no notice"));
        assert_eq!(notice.level, Level::Error, "{hash}");
        assert!(notice.title.contains("link"), "{hash}: {}", notice.title);
        // The page carries on with the last good scenario.
        assert_eq!(*s.scenario, stored, "{hash}");
    }
    let s = initial_state("#scenario=%7B%22schema%22%3A3%7D");
    assert!(
        s.alert()
            .unwrap()
            .details
            .iter()
            .any(|d| d.contains("version 3"))
    );
    storage::clear();
}

#[wasm_bindgen_test]
fn a_stored_scenario_that_went_bad_is_reported_and_forgotten() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(storage::KEY, "{\"schema\": 1, \"nope\": true}")
        .unwrap();
    let s = initial_state("");
    assert_eq!(
        *s.scenario,
        without_exercise(presets::default_preset().scenario())
    );
    assert!(s.alert().unwrap().title.contains("saved in this browser"));
    assert!(storage.get_item(storage::KEY).unwrap().is_none());
}

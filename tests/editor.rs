//! Browser tests of the scenario editor (`src/editor/`): render it into an
//! element of its own, drive its native inputs with real DOM events, and
//! check the scenarios it emits (after yew `packages/yew/tests/*.rs`).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;
use worthit_app::editor::Editor;
use worthit_engine::{Decision, Dist, Scenario};
use yew::prelude::*;

mod common;
use common::editor::Mounted;
use common::fire;

wasm_bindgen_test_configure!(run_in_browser);

/// The example scenario of `docs/model.md`, with the emotional cost omitted so
/// the "omitted cost" path is exercised too.
fn sample() -> Scenario {
    serde_json::from_str(
        r#"{
          "schema": 1, "title": "Free mobile game", "seed": 7, "users": 100000,
          "product": {
            "name": "Our game",
            "value": { "dist": "normal", "mean": 5.0, "sd": 1.5 },
            "claim": null,
            "costs": {
              "money":    { "dist": "fixed", "value": 0.0 },
              "time":     { "dist": "lognormal", "mean": 1.5, "sd": 0.6 },
              "learning": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
              "trust":    { "dist": "lognormal", "mean": 0.8, "sd": 0.4 },
              "safety":   { "dist": "lognormal", "mean": 0.5, "sd": 0.3 }
            },
            "screenshots": ["characters", "characters", "gameplay"]
          },
          "alternatives": [
            { "name": "Market leader", "value": { "dist": "normal", "mean": 5.5, "sd": 1.0 },
              "costs": { "time": { "dist": "fixed", "value": 0.5 } } }
          ],
          "segments": [
            { "name": "Casual players", "share": 0.7,
              "weights": { "value": 1.0, "time": 1.3, "learning": 1.5 }, "skepticism": 0.3 },
            { "name": "Core gamers", "share": 0.3,
              "weights": { "value": 1.2, "time": 0.8 }, "skepticism": 0.6 }
          ],
          "decision": { "rule": "beat_alternatives" }
        }"#,
    )
    .expect("sample scenario parses")
}

#[wasm_bindgen_test]
async fn typing_a_valid_value_emits_the_whole_scenario() {
    let ed = Mounted::new(sample()).await;
    assert_eq!(ed.input("value-mean").value(), "5");
    ed.type_in("value-mean", "6.5").await;
    assert_eq!(ed.count(), 1);
    let mut expected = sample();
    expected.product.value = Dist::Normal { mean: 6.5, sd: 1.5 };
    assert_eq!(ed.last(), expected, "only the edited field changes");
    assert_eq!(
        ed.input("value-mean-range").value(),
        "6.5",
        "the slider follows"
    );

    ed.type_in("cost-trust-sd", "0.9").await;
    assert_eq!(
        ed.last().product.costs.trust,
        Some(Dist::Lognormal { mean: 0.8, sd: 0.9 })
    );
}

#[wasm_bindgen_test]
async fn an_invalid_value_shows_a_message_and_is_not_applied() {
    let ed = Mounted::new(sample()).await;
    assert_eq!(ed.text("value-mean-error"), "");
    // "abc" reaches the page as "" (browsers sanitise number boxes).
    for bad in ["", "abc", "999", "-50", "1e999"] {
        ed.type_in("value-mean", bad).await;
        assert_eq!(ed.count(), 0, "{bad:?} must not be emitted");
        let message = ed.text("value-mean-error");
        // The bounds are written in the language's number format, with a
        // true minus sign.
        assert!(
            message.contains("−10") && message.contains("30"),
            "{bad:?}: {message:?}"
        );
        let input = ed.input("value-mean");
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        let described = input.get_attribute("aria-describedby").unwrap_or_default();
        let error_id = ed.get("value-mean-error").id();
        assert!(described.split(' ').any(|id| id == error_id), "{described}");
        assert_eq!(
            ed.input("value-mean-range").value(),
            "5",
            "the last good value stays"
        );
    }
    // Fixing it clears the message and applies the value.
    ed.type_in("value-mean", "4").await;
    assert_eq!(ed.count(), 1);
    assert_eq!(ed.text("value-mean-error"), "");
    assert_eq!(ed.input("value-mean").get_attribute("aria-invalid"), None);
    assert_eq!(ed.last().product.value, Dist::Normal { mean: 4.0, sd: 1.5 });

    // A fractional number of people is rejected; moving the slider after
    // an error clears it.
    ed.type_in("users", "12.5").await;
    assert_eq!(ed.count(), 1);
    assert!(!ed.text("users-error").is_empty());
    ed.slide("users", "6").await;
    assert_eq!(ed.text("users-error"), "");
    assert_eq!(ed.last().users, 1_000_000);

    // An empty name is rejected too.
    ed.type_in("product-name", "  ").await;
    assert_eq!(ed.count(), 2);
    assert!(!ed.text("product-name-error").is_empty());
}

#[wasm_bindgen_test]
async fn sliders_emit_while_dragging() {
    let ed = Mounted::new(sample()).await;
    for (i, v) in ["1", "1.5", "2.5"].into_iter().enumerate() {
        ed.slide("cost-trust-mean", v).await;
        assert_eq!(ed.count(), i + 1, "every input event emits");
    }
    assert_eq!(
        ed.last().product.costs.trust,
        Some(Dist::Lognormal { mean: 2.5, sd: 0.4 })
    );
    assert_eq!(
        ed.input("cost-trust-mean").value(),
        "2.5",
        "the box follows"
    );
    // The same position again changes nothing, so nothing is emitted.
    ed.slide("cost-trust-mean", "2.5").await;
    assert_eq!(ed.count(), 3);
}

#[wasm_bindgen_test]
async fn an_omitted_cost_is_added_as_a_lognormal() {
    let ed = Mounted::new(sample()).await;
    assert_eq!(ed.input("cost-emotional-mean").value(), "0");
    assert!(ed.disabled("cost-emotional-sd"), "no spread to edit yet");
    ed.slide("cost-emotional-mean", "1").await;
    assert_eq!(
        ed.last().product.costs.emotional,
        Some(Dist::Lognormal { mean: 1.0, sd: 0.5 })
    );
    assert!(!ed.disabled("cost-emotional-sd"));
}

#[wasm_bindgen_test]
async fn advanced_mode_switches_shapes_keeping_mean_and_spread() {
    let ed = Mounted::new(sample()).await;
    assert!(!ed.exists("cost-time-kind"), "shapes are advanced");
    ed.click("advanced").await;
    ed.select("cost-time-kind", "uniform").await;
    let Some(Dist::Uniform { min, max }) = ed.last().product.costs.time else {
        panic!("{:?}", ed.last().product.costs.time)
    };
    let half = 3f64.sqrt() * 0.6;
    assert!((min - (1.5 - half)).abs() < 1e-6 && (max - (1.5 + half)).abs() < 1e-6);
    assert_eq!(ed.input("cost-time-mean").value(), "1.5");
    assert_eq!(ed.input("cost-time-sd").value(), "0.6");

    ed.select("cost-time-kind", "none").await;
    assert_eq!(ed.last().product.costs.time, None);
    // A value cannot be switched off.
    let before = ed.count();
    ed.select("value-kind", "none").await;
    assert_eq!(ed.count(), before);
}

#[wasm_bindgen_test]
async fn segments_are_added_renamed_and_removed() {
    let ed = Mounted::new(sample()).await;
    ed.click("add-segment").await;
    let s = ed.last();
    assert_eq!(s.segments.len(), 3);
    assert_eq!(s.segments[2].name, "Segment 3");
    assert!(
        ed.get("segment-2").has_attribute("open"),
        "a new segment opens"
    );

    ed.type_in("segment-2-name", "Students").await;
    assert_eq!(ed.last().segments[2].name, "Students");
    ed.type_in("segment-2-share", "0.25").await;
    assert!(
        !ed.exists("segment-2-weight-trust"),
        "folded weights are built when opened"
    );
    ed.open("segment-2-weights").await;
    ed.type_in("segment-2-weight-trust", "2").await;
    ed.slide("segment-2-skepticism", "0.9").await;
    let seg = &ed.last().segments[2];
    assert_eq!(
        (seg.share, seg.weights.trust, seg.skepticism),
        (0.25, 2.0, 0.9)
    );

    assert!(
        !ed.exists("segment-0-name"),
        "a folded segment is built when opened"
    );
    ed.open("segment-0").await;
    ed.click("segment-0-remove").await;
    let names: Vec<_> = ed.last().segments.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Core gamers", "Students"]);
    ed.open("segment-0").await;
    ed.click("segment-0-remove").await;
    ed.open("segment-0").await;
    ed.click("segment-0-remove").await;
    assert!(ed.last().segments.is_empty());
    assert!(ed.exists("segments-empty"), "no segments means Everyone");
}

#[wasm_bindgen_test]
async fn alternatives_are_added_renamed_edited_and_removed() {
    let ed = Mounted::new(sample()).await;
    ed.click("add-alternative").await;
    let s = ed.last();
    assert_eq!(s.alternatives.len(), 2);
    assert_eq!(s.alternatives[1].name, "Alternative 2");
    assert_eq!(s.alternatives[1].value, s.product.value, "starts as a copy");

    ed.type_in("alt-1-name", "Old habit").await;
    ed.type_in("alt-1-value-mean", "3").await;
    ed.open("alt-1-costs").await;
    ed.type_in("alt-1-cost-money-mean", "2").await;
    let alt = &ed.last().alternatives[1];
    assert_eq!(alt.name, "Old habit");
    assert_eq!(alt.value, Dist::Normal { mean: 3.0, sd: 1.5 });
    assert_eq!(alt.costs.money, Some(Dist::Fixed { value: 2.0 }));

    ed.open("alt-0").await;
    ed.click("alt-0-remove").await;
    let names: Vec<_> = ed
        .last()
        .alternatives
        .iter()
        .map(|a| a.name.clone())
        .collect();
    assert_eq!(names, ["Old habit"]);
    ed.open("alt-0").await;
    ed.click("alt-0-remove").await;
    assert!(ed.last().alternatives.is_empty());
    assert!(ed.exists("alternatives-empty"));
}

#[wasm_bindgen_test]
async fn decision_rule_switches_to_logit_with_a_temperature() {
    let ed = Mounted::new(sample()).await;
    assert!(ed.input("decision-beat_alternatives").checked());
    assert!(!ed.exists("temperature"));
    ed.click("decision-logit").await;
    assert_eq!(ed.last().decision, Decision::Logit { temperature: 1.0 });
    ed.type_in("temperature", "0.5").await;
    assert_eq!(ed.last().decision, Decision::Logit { temperature: 0.5 });
    ed.type_in("temperature", "0").await;
    assert!(!ed.text("temperature-error").is_empty(), "τ must be > 0");
    assert_eq!(ed.last().decision, Decision::Logit { temperature: 0.5 });
    ed.click("decision-threshold").await;
    assert_eq!(ed.last().decision, Decision::Threshold);
    assert!(!ed.exists("temperature"));
}

#[wasm_bindgen_test]
async fn claim_toggles_on_and_off() {
    let ed = Mounted::new(sample()).await;
    assert!(!ed.exists("claim"));
    ed.click("claim-on").await;
    assert_eq!(ed.last().product.claim, Some(7.0), "mean + 2");
    ed.type_in("claim", "12").await;
    ed.type_in("credibility", "4").await;
    assert_eq!(ed.last().product.claim, Some(12.0));
    assert_eq!(ed.last().product.credibility, 4.0);
    ed.click("claim-on").await;
    assert_eq!(ed.last().product.claim, None);
}

#[wasm_bindgen_test]
async fn screenshots_move_and_focus_follows() {
    let ed = Mounted::new(sample()).await;
    ed.click("screenshot-2-up").await;
    assert_eq!(
        ed.last().product.screenshots,
        ["characters", "gameplay", "characters"]
    );
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(
        focused.get_attribute("data-testid").as_deref(),
        Some("screenshot-1-up")
    );
    assert_eq!(
        ed.get("screenshot-1").get_attribute("data-kind").as_deref(),
        Some("gameplay")
    );

    ed.click("screenshot-0-remove").await;
    ed.select("screenshot-kind", "progression").await;
    ed.click("add-screenshot").await;
    assert_eq!(
        ed.last().product.screenshots,
        ["gameplay", "characters", "progression"]
    );
    ed.click("screenshot-0-down").await;
    assert_eq!(
        ed.last().product.screenshots,
        ["characters", "gameplay", "progression"]
    );
    // At most ten.
    for _ in 0..10 {
        ed.click("add-screenshot").await;
    }
    assert_eq!(ed.last().product.screenshots.len(), 10);
    assert!(ed.disabled("add-screenshot"));
}

#[wasm_bindgen_test]
async fn people_and_seed() {
    let ed = Mounted::new(sample()).await;
    ed.type_in("users", "2000000").await;
    assert_eq!(ed.last().users, 2_000_000);
    ed.slide("users", "7").await;
    assert_eq!(ed.last().users, 10_000_000);
    // One limit everywhere (the engine's MAX_USERS, 100,000,000).
    ed.type_in("users", "100000001").await;
    assert!(!ed.text("users-error").is_empty());
    assert_eq!(ed.last().users, 10_000_000);

    ed.click("new-seed").await;
    let seed = ed.last().seed;
    assert_ne!(seed, 7);
    assert_eq!(ed.input("seed").value(), seed.to_string());
    ed.type_in("seed", "42").await;
    assert_eq!(ed.last().seed, 42);
}

#[wasm_bindgen_test]
async fn locked_paths_disable_their_controls() {
    let locked = vec!["product.costs.trust".to_string(), "segments".to_string()];
    let ed = Mounted::with_locked(sample(), locked).await;
    assert!(ed.disabled("cost-trust-mean"));
    assert!(ed.disabled("cost-trust-mean-range"));
    assert!(!ed.disabled("cost-time-mean"));
    assert!(ed.disabled("add-segment"));
    ed.open("segment-0").await;
    assert!(ed.disabled("segment-0-share"));
    assert!(!ed.disabled("add-alternative"));
}

/// Every form control has an accessible name from a label, every id is
/// unique on the page (two editors mounted), and every button has a name.
#[wasm_bindgen_test]
async fn controls_are_labelled_and_ids_unique() {
    let first = Mounted::new(sample()).await;
    first.click("advanced").await;
    let second = Mounted::new(sample()).await;
    // Every fold open in both, so everything they hold is built and checked.
    for ed in [&first, &second] {
        for fold in [
            "segment-0",
            "segment-0-weights",
            "segment-1",
            "segment-1-weights",
        ] {
            ed.open(fold).await;
        }
        for fold in ["alt-0", "alt-0-costs"] {
            ed.open(fold).await;
        }
    }
    let document = gloo::utils::document();

    let all = document.query_selector_all("[id]").unwrap();
    let mut ids = std::collections::HashSet::new();
    for i in 0..all.length() {
        let id = all.item(i).unwrap().dyn_into::<Element>().unwrap().id();
        assert!(ids.insert(id.clone()), "duplicate id {id}");
    }

    let name_of = |el: &Element| -> String {
        if let Some(refs) = el.get_attribute("aria-labelledby") {
            return refs
                .split_whitespace()
                .map(|id| {
                    document
                        .get_element_by_id(id)
                        .unwrap_or_else(|| panic!("aria-labelledby names missing #{id}"))
                        .text_content()
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
        if let Some(label) = el.get_attribute("aria-label") {
            return label;
        }
        let by_for = first
            .root
            .query_selector(&format!("label[for=\"{}\"]", el.id()))
            .unwrap();
        by_for.and_then(|l| l.text_content()).unwrap_or_default()
    };
    let controls = first
        .root
        .query_selector_all("input, select, button")
        .unwrap();
    assert!(controls.length() > 100, "the whole editor rendered");
    for i in 0..controls.length() {
        let el: Element = controls.item(i).unwrap().dyn_into().unwrap();
        let name = if el.tag_name() == "BUTTON" && !el.has_attribute("aria-label") {
            el.text_content().unwrap_or_default()
        } else {
            name_of(&el)
        };
        assert!(
            !name.trim().is_empty(),
            "unnamed control: {}",
            el.outer_html()
        );
        if let Some(refs) = el.get_attribute("aria-describedby") {
            for id in refs.split_whitespace() {
                assert!(
                    document.get_element_by_id(id).is_some(),
                    "describedby missing #{id}"
                );
            }
        }
    }
    // Cost boxes are read with their cost: "Trust Mean", not just "Mean".
    assert_eq!(name_of(&first.get("cost-trust-mean")), "Trust Mean");
}

/// Groups re-render only when their own part of the scenario changes, so
/// a group's callbacks may date from before an edit in another group. Every
/// edit must still apply to the current scenario: edits in one group, then
/// another, then the first again all end up in the state.
#[wasm_bindgen_test]
async fn edits_in_groups_that_did_not_re_render_keep_the_others() {
    let ed = Mounted::new(sample()).await;
    ed.slide("value-mean", "6").await;
    ed.type_in("cost-trust-mean", "2").await;
    ed.open("segment-1").await;
    ed.type_in("segment-1-share", "0.5").await;
    ed.click("decision-logit").await;
    // Back to the first group, which has not re-rendered since its edit.
    ed.slide("value-mean", "7").await;
    ed.type_in("users", "2000").await;
    ed.type_in("cost-trust-sd", "0.9").await;

    let mut expected = sample();
    expected.product.value = Dist::Normal { mean: 7.0, sd: 1.5 };
    expected.product.costs.trust = Some(Dist::Lognormal { mean: 2.0, sd: 0.9 });
    expected.segments[1].share = 0.5;
    expected.decision = Decision::Logit { temperature: 1.0 };
    expected.users = 2000;
    assert_eq!(ed.last(), expected, "every edit is in the last scenario");
    assert_eq!(ed.count(), 7);
    // And what is shown is the state: the value group shows its own edit.
    assert_eq!(ed.input("value-mean").value(), "7");
    assert_eq!(ed.input("cost-trust-mean").value(), "2");
    assert_eq!(ed.input("temperature").value(), "1");
}

/// Two edits in one task, before the page has re-rendered (a script
/// setting two fields at once): the second builds on the first.
#[wasm_bindgen_test]
async fn two_edits_before_a_re_render_both_apply() {
    let ed = Mounted::new(sample()).await;
    let value = ed.input("value-mean-range");
    value.set_value("8");
    fire(&value, "input");
    let trust = ed.input("cost-trust-mean");
    trust.set_value("3");
    fire(&trust, "change");
    yew::scheduler::flush().await;
    let last = ed.last();
    assert_eq!(last.product.value, Dist::Normal { mean: 8.0, sd: 1.5 });
    assert_eq!(
        last.product.costs.trust,
        Some(Dist::Lognormal { mean: 3.0, sd: 0.4 })
    );
    // Later edits build on the page's state, whatever happened before.
    ed.slide("value-mean", "9").await;
    assert_eq!(
        ed.last().product.costs.trust,
        Some(Dist::Lognormal { mean: 3.0, sd: 0.4 })
    );
}

/// A refused edit (the page keeps its scenario) is not built on by the
/// next edit.
#[wasm_bindgen_test]
async fn an_edit_the_page_refuses_is_not_kept() {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let emitted = Rc::new(RefCell::new(Vec::new()));
    let sink = {
        let emitted = emitted.clone();
        Callback::from(move |s: Scenario| emitted.borrow_mut().push(s))
    };
    // A page that takes nothing: the editor keeps being given sample().
    yew::Renderer::<Refusing>::with_root_and_props(root.clone(), RefusingProps { sink }).render();
    yew::scheduler::flush().await;
    let ed = Mounted {
        root,
        emitted: emitted.clone(),
    };
    ed.slide("value-mean", "8").await;
    ed.type_in("cost-trust-mean", "3").await;
    let last = ed.last();
    assert_eq!(
        last.product.value,
        Dist::Normal { mean: 5.0, sd: 1.5 },
        "the refused value edit is not carried into the next edit"
    );
    assert_eq!(
        last.product.costs.trust,
        Some(Dist::Lognormal { mean: 3.0, sd: 0.4 })
    );
}

#[derive(Properties, PartialEq)]
struct RefusingProps {
    sink: Callback<Scenario>,
}

#[component]
fn Refusing(props: &RefusingProps) -> Html {
    html! { <Editor scenario={sample()} on_change={props.sink.clone()} /> }
}

/// The last guard: an edit that would make a valid scenario invalid, or
/// that changes nothing, is not emitted.
#[wasm_bindgen_test]
fn edits_that_break_or_keep_the_scenario_are_not_emitted() {
    use worthit_app::editor::edit::{EditCtx, path_is_under};
    let emitted = Rc::new(RefCell::new(Vec::new()));
    let ctx = EditCtx::standalone(
        sample(),
        {
            let emitted = emitted.clone();
            Callback::from(move |s: Scenario| emitted.borrow_mut().push(s))
        },
        Vec::new(),
        false,
        worthit_app::i18n::translator(worthit_i18n::Lang::En),
    );
    ctx.apply(|s| s.product.credibility = 0.0);
    ctx.apply(|s| s.users = 0);
    ctx.apply(|s| s.seed = 7);
    assert!(emitted.borrow().is_empty());
    ctx.apply(|s| s.product.credibility = 3.0);
    assert_eq!(emitted.borrow().len(), 1);

    assert!(path_is_under("product.costs.trust", "product.costs"));
    assert!(path_is_under("segments[2].share", "segments"));
    assert!(path_is_under("anything", "*"));
    assert!(!path_is_under("product.costsx", "product.costs"));
    assert!(!path_is_under("product", "product.costs"));
}

/// Not a check but a measurement (printed, never asserted): how long one
/// slider step takes to emit and re-render the whole editor, which bounds
/// how smoothly the page can follow a drag.
#[wasm_bindgen_test]
async fn bench_slider_step_rerender() {
    let ed = Mounted::new(sample()).await;
    let performance = gloo::utils::window().performance().unwrap();
    let steps = 100;
    let start = performance.now();
    for i in 0..steps {
        ed.slide(
            "cost-trust-mean",
            &format!("{}", 1.0 + (i % 50) as f64 / 10.0),
        )
        .await;
    }
    let per_step = (performance.now() - start) / steps as f64;
    assert_eq!(ed.count(), steps);
    console_log!(
        "editor: {per_step:.2} ms per slider step (emit + re-render), {} controls",
        ed.root
            .query_selector_all("input, select, button")
            .unwrap()
            .length()
    );
}

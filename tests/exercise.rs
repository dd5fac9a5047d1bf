//! Browser tests of the classroom exercise panel (`src/exercise/`): the
//! goal in words, met and not met from hand-built results, the hint toggle,
//! the editor's locks, reset, leave, and the offer of a preset's exercise.
//! Each test renders the panel and the editor into an element of its own,
//! wired as the page wires them.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use worthit_app::editor::Editor;
use worthit_app::exercise::{self, ExercisePanel, words};
use worthit_app::state::Shown;
use worthit_engine::{Results, Scenario, presets};
use worthit_i18n::{Lang, Translator};
use yew::prelude::*;

mod common;
use common::fire;

wasm_bindgen_test_configure!(run_in_browser);

/// A small scenario whose exercise opens the trust and safety costs and
/// asks for 40% adoption.
fn scenario() -> Scenario {
    serde_json::from_str(
        r#"{
          "schema": 1, "title": "Savings app", "seed": 11, "users": 20000,
          "product": {
            "name": "App",
            "value": { "dist": "normal", "mean": 4.0, "sd": 1.5 },
            "costs": {
              "time":   { "dist": "lognormal", "mean": 0.6, "sd": 0.3 },
              "trust":  { "dist": "lognormal", "mean": 1.2, "sd": 0.6 },
              "safety": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 }
            }
          },
          "segments": [
            { "name": "Cautious savers", "share": 0.6 },
            { "name": "Yield seekers", "share": 0.4 }
          ],
          "exercise": {
            "title": "Win their trust",
            "instructions": "Change only trust and safety.",
            "goal": { "metric": "adoption_share", "op": ">=", "target": 0.4 },
            "editable": ["product.costs.trust", "product.costs.safety"],
            "hint": "Halve both."
          }
        }"#,
    )
    .expect("the test scenario parses")
}

/// Results with an overall share and per-segment shares, as the worker
/// would send them.
fn shown(share: f64, segments: &[(&str, f64)]) -> Shown {
    let segments: Vec<String> = segments
        .iter()
        .map(|(name, s)| format!(r#"{{"name":"{name}","users":10000,"adoption_share":{s}}}"#))
        .collect();
    let json = format!(
        r#"{{"schema":1,"title":"t","seed":11,"users":20000,
            "adoption":{{"share":{share},"ci95":[0.1,0.2],"adopters":{adopters}}},
            "choices":[],"segments":[{segments}],
            "net_value":{{"mean":0,"sd":1,"histogram":{{"edges":[],"counts":[]}}}},
            "barriers":[],"sensitivity":[],"elapsed_ms":1}}"#,
        adopters = (share * 20000.0).round() as u64,
        segments = segments.join(","),
    );
    let results: Results = serde_json::from_str(&json).unwrap();
    Shown {
        id: 1,
        results: Rc::new(results),
        complete: true,
    }
}

/// What the page's parts emitted: loads from the panel, edits from the
/// editor (after the exercise's guard).
#[derive(Default)]
struct Log {
    loads: Vec<(Scenario, Option<&'static str>)>,
    edits: Vec<Scenario>,
}

#[derive(Properties)]
struct PageProps {
    initial: Scenario,
    preset: Option<&'static str>,
    shown: Option<Shown>,
    log: Rc<RefCell<Log>>,
}

impl PartialEq for PageProps {
    fn eq(&self, other: &Self) -> bool {
        self.initial == other.initial && self.preset == other.preset && self.shown == other.shown
    }
}

/// The panel and the editor, wired as `src/app.rs` wires them: the panel
/// loads scenarios, the editor's edits pass the exercise's guard, and the
/// editor is locked by the exercise.
#[component]
fn Page(props: &PageProps) -> Html {
    let scenario = use_state(|| Rc::new(props.initial.clone()));
    let preset = use_state(|| props.preset);
    let on_load = {
        let (scenario, preset, log) = (scenario.clone(), preset.clone(), props.log.clone());
        Callback::from(move |(s, p): (Scenario, Option<&'static str>)| {
            log.borrow_mut().loads.push((s.clone(), p));
            preset.set(p);
            scenario.set(Rc::new(s));
        })
    };
    let on_edit = {
        let (scenario, preset, log) = (scenario.clone(), preset.clone(), props.log.clone());
        Callback::from(move |s: Scenario| {
            log.borrow_mut().edits.push(s.clone());
            preset.set(None);
            scenario.set(Rc::new(s));
        })
    };
    html! {
        <>
            <ExercisePanel scenario={(*scenario).clone()} preset={*preset}
                shown={props.shown.clone()} {on_load} />
            <Editor scenario={(**scenario).clone()}
                on_change={exercise::guard(&scenario, on_edit)}
                locked={exercise::editor_locks(&[], &scenario)} />
        </>
    }
}

struct Mounted {
    root: Element,
    log: Rc<RefCell<Log>>,
}

impl Mounted {
    async fn new(initial: Scenario, preset: Option<&'static str>, shown: Option<Shown>) -> Self {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width: 390px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let log = Rc::new(RefCell::new(Log::default()));
        yew::Renderer::<Page>::with_root_and_props(
            root.clone(),
            PageProps {
                initial,
                preset,
                shown,
                log: log.clone(),
            },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted { root, log }
    }

    fn find(&self, testid: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
    }

    fn get(&self, testid: &str) -> Element {
        self.find(testid)
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
    }

    fn attr(&self, testid: &str, name: &str) -> String {
        self.get(testid).get_attribute(name).unwrap_or_default()
    }

    fn text(&self, testid: &str) -> String {
        self.get(testid)
            .text_content()
            .unwrap_or_default()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn disabled(&self, testid: &str) -> bool {
        self.get(testid).has_attribute("disabled")
    }

    async fn click(&self, testid: &str) {
        self.get(testid).dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }

    async fn type_in(&self, testid: &str, text: &str) {
        let el: HtmlInputElement = self.get(testid).dyn_into().unwrap();
        el.set_value(text);
        fire(&el, "input");
        fire(&el, "change");
        yew::scheduler::flush().await;
    }
}

#[wasm_bindgen_test]
async fn the_goal_reads_in_plain_words() {
    let page = Mounted::new(scenario(), None, None).await;
    assert_eq!(page.attr("exercise", "data-active"), "true");
    assert_eq!(page.text("exercise-title"), "Win their trust");
    assert_eq!(
        page.text("exercise-goal"),
        "Reach 40% adoption or more, changing only the trust cost and the safety cost."
    );
    // Before any result the status waits, and says so.
    assert_eq!(page.attr("exercise-status", "data-state"), "waiting");
    assert_eq!(page.attr("exercise-status", "data-met"), "false");
}

#[wasm_bindgen_test]
async fn results_above_the_target_meet_the_goal() {
    let page = Mounted::new(scenario(), None, Some(shown(0.5, &[]))).await;
    assert_eq!(page.attr("exercise-status", "data-met"), "true");
    assert_eq!(page.attr("exercise-status", "data-state"), "met");
    assert_eq!(
        page.text("exercise-status"),
        "✓ Goal met Now 50.0%; the goal is 40%."
    );
}

#[wasm_bindgen_test]
async fn results_below_the_target_do_not() {
    let page = Mounted::new(scenario(), None, Some(shown(0.399, &[]))).await;
    assert_eq!(page.attr("exercise-status", "data-met"), "false");
    assert_eq!(page.attr("exercise-status", "data-state"), "unmet");
    assert!(page.text("exercise-status").contains("Not met yet"));
}

#[wasm_bindgen_test]
async fn a_segment_goal_judges_its_segment() {
    let mut s = scenario();
    let goal = &mut s.exercise.as_mut().unwrap().goal;
    goal.metric = worthit_engine::Metric::SegmentAdoption;
    goal.segment = Some("Cautious savers".into());
    let results = shown(0.9, &[("Cautious savers", 0.35), ("Yield seekers", 0.99)]);
    let page = Mounted::new(s.clone(), None, Some(results)).await;
    assert_eq!(page.attr("exercise-status", "data-met"), "false");
    assert!(
        page.text("exercise-goal")
            .starts_with("Reach 40% adoption or more among Cautious savers")
    );
    let results = shown(0.1, &[("Cautious savers", 0.41), ("Yield seekers", 0.0)]);
    let page = Mounted::new(s, None, Some(results)).await;
    assert_eq!(page.attr("exercise-status", "data-met"), "true");
}

#[wasm_bindgen_test]
async fn the_hint_shows_on_request() {
    let page = Mounted::new(scenario(), None, None).await;
    assert!(page.get("exercise-hint").has_attribute("hidden"));
    assert_eq!(page.attr("exercise-hint-toggle", "aria-expanded"), "false");
    page.click("exercise-hint-toggle").await;
    assert!(!page.get("exercise-hint").has_attribute("hidden"));
    assert_eq!(page.attr("exercise-hint-toggle", "aria-expanded"), "true");
    assert_eq!(page.text("exercise-hint"), "Halve both.");
    assert_eq!(page.text("exercise-hint-toggle"), "Hide hint");
}

#[wasm_bindgen_test]
async fn only_the_open_controls_can_be_changed() {
    let page = Mounted::new(scenario(), None, None).await;
    for open in ["cost-trust-mean", "cost-trust-sd", "cost-safety-mean"] {
        assert!(!page.disabled(open), "{open} should be open");
    }
    for locked in [
        "value-mean",
        "cost-time-mean",
        "cost-money-mean",
        "seed",
        "users",
        "add-segment",
        "add-screenshot",
        "decision-threshold",
    ] {
        assert!(page.disabled(locked), "{locked} should be locked");
    }
}

#[wasm_bindgen_test]
async fn reset_restores_the_start_and_leave_unlocks() {
    let page = Mounted::new(scenario(), None, None).await;
    assert!(
        page.disabled("exercise-reset"),
        "nothing to reset at the start"
    );
    page.type_in("cost-trust-mean", "0.6").await;
    let edited = page.log.borrow().edits.last().cloned().expect("an edit");
    assert_ne!(edited, scenario());
    assert!(!page.disabled("exercise-reset"));

    page.click("exercise-reset").await;
    let (loaded, preset) = page.log.borrow().loads.last().cloned().unwrap();
    assert_eq!(loaded, scenario(), "reset loads the scenario as it started");
    assert_eq!(preset, None);
    assert!(page.disabled("exercise-reset"));

    page.click("exercise-leave").await;
    let (left, _) = page.log.borrow().loads.last().cloned().unwrap();
    assert!(left.exercise.is_none());
    assert_eq!(
        left.product,
        scenario().product,
        "leaving keeps the numbers"
    );
    assert!(
        page.find("exercise").is_none(),
        "no panel without an exercise"
    );
    assert!(!page.disabled("value-mean"), "leaving unlocks the editor");
}

#[wasm_bindgen_test]
async fn a_preset_offers_its_exercise_and_starting_it_locks() {
    let preset = presets::get("game-gameplay").unwrap();
    let plain = exercise::without_exercise(preset.scenario());
    let page = Mounted::new(plain, Some(preset.id), None).await;
    assert_eq!(page.attr("exercise", "data-active"), "false");
    assert!(page.text("exercise").contains("Free is not zero cost"));
    assert!(!page.disabled("value-mean"), "an offer locks nothing");

    page.click("exercise-start").await;
    let (loaded, id) = page.log.borrow().loads.last().cloned().unwrap();
    assert_eq!(loaded, preset.scenario());
    assert_eq!(id, Some("game-gameplay"));
    assert_eq!(page.attr("exercise", "data-active"), "true");
    assert!(page.disabled("value-mean"));
    assert!(!page.disabled("cost-time-mean"));

    // After an edit, reset returns to the preset itself.
    page.type_in("cost-time-mean", "0.6").await;
    page.click("exercise-reset").await;
    let (loaded, id) = page.log.borrow().loads.last().cloned().unwrap();
    assert_eq!(loaded, preset.scenario());
    assert_eq!(id, Some("game-gameplay"));
}

#[wasm_bindgen_test]
async fn no_exercise_and_no_preset_renders_nothing() {
    let mut s = scenario();
    s.exercise = None;
    let page = Mounted::new(s, None, None).await;
    assert!(page.find("exercise").is_none());
}

#[wasm_bindgen_test]
fn the_guard_drops_edits_to_locked_inputs() {
    let s = Rc::new(scenario());
    let passed = Rc::new(RefCell::new(Vec::new()));
    let sink = {
        let passed = passed.clone();
        Callback::from(move |s: Scenario| passed.borrow_mut().push(s))
    };
    let guarded = exercise::guard(&s, sink);
    let mut locked = (*s).clone();
    locked.product.claim = Some(9.0);
    guarded.emit(locked);
    let mut open = (*s).clone();
    open.product.costs.trust = None;
    guarded.emit(open.clone());
    assert_eq!(*passed.borrow(), vec![open]);
}

#[wasm_bindgen_test]
fn every_control_has_a_name_in_every_language() {
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for path in words::all_controls() {
            // A missing key would show as the key itself.
            let name = words::control(&tr, path);
            assert!(!name.is_empty() && name != *path, "{lang:?} {path}");
            assert!(!name.starts_with("exercise-"), "{lang:?} {path}: {name}");
        }
        // The whole sentence has no unfilled placeholder.
        let s = scenario();
        let sentence = words::goal_with_controls(&tr, s.exercise.as_ref().unwrap());
        assert!(!sentence.contains('{'), "{lang:?}: {sentence}");
        assert!(sentence.contains("40"), "{lang:?}: {sentence}");
    }
}

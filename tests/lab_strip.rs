//! The screenshot strip editor (`src/lab/strip.rs`) in Chromium: reordering
//! by keyboard with the focus following the card, by the move buttons and
//! by drag and drop; the effects and reach shown on each card; adding and
//! removing up to the limit.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlSelectElement};
use worthit_app::lab::Side;
use worthit_app::lab::strip::{Strip, reach};
use worthit_engine::{Scenario, presets};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Properties, PartialEq)]
struct HarnessProps {
    initial: Scenario,
    sink: Callback<Scenario>,
}

/// Plays the page's part: keeps the scenario and feeds each emitted one
/// back to the strip.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let scenario = use_state(|| Rc::new(props.initial.clone()));
    let on_change = {
        let scenario = scenario.clone();
        let sink = props.sink.clone();
        Callback::from(move |next: Scenario| {
            sink.emit(next.clone());
            scenario.set(Rc::new(next));
        })
    };
    html! { <Strip scenario={(*scenario).clone()} {on_change} side={Side::B} /> }
}

struct Mounted {
    root: Element,
    emitted: Rc<RefCell<Vec<Scenario>>>,
}

impl Mounted {
    async fn new(initial: Scenario) -> Self {
        let document = gloo::utils::document();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width: 390px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let emitted = Rc::new(RefCell::new(Vec::new()));
        let sink = {
            let emitted = emitted.clone();
            Callback::from(move |s: Scenario| emitted.borrow_mut().push(s))
        };
        yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { initial, sink })
            .render();
        yew::scheduler::flush().await;
        Mounted { root, emitted }
    }

    fn get(&self, testid: &str) -> HtmlElement {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
            .unwrap_or_else(|| panic!("no element with data-testid={testid}"))
            .dyn_into()
            .unwrap()
    }

    /// The kinds of the cards, in order, as the page shows them.
    fn kinds(&self) -> Vec<String> {
        let cards = self.root.query_selector_all("li.strip-card").unwrap();
        (0..cards.length())
            .filter_map(|i| cards.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .filter_map(|e| e.get_attribute("data-kind"))
            .collect()
    }

    fn last_strip(&self) -> Vec<String> {
        self.emitted
            .borrow()
            .last()
            .expect("an edit was emitted")
            .product
            .screenshots
            .clone()
    }

    /// The test id of the focused element.
    fn focused(&self) -> String {
        gloo::utils::document()
            .active_element()
            .and_then(|e| e.get_attribute("data-testid"))
            .unwrap_or_default()
    }
}

/// Dispatches a DOM event built by its constructor (`KeyboardEvent`,
/// `DragEvent`) with the given init fields; it bubbles, as a real one does.
fn fire(target: &Element, constructor: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let init = Object::new();
    for (name, value) in fields
        .iter()
        .chain(&[("bubbles", JsValue::TRUE), ("cancelable", JsValue::TRUE)])
    {
        Reflect::set(&init, &JsValue::from_str(name), value).unwrap();
    }
    let ctor: Function = Reflect::get(&js_sys::global(), &JsValue::from_str(constructor))
        .unwrap()
        .dyn_into()
        .unwrap();
    let event = Reflect::construct(&ctor, &Array::of2(&JsValue::from_str(kind), &init)).unwrap();
    target.dispatch_event(event.unchecked_ref()).unwrap();
}

async fn press(el: &HtmlElement, key: &str) {
    fire(
        el,
        "KeyboardEvent",
        "keydown",
        &[("key", JsValue::from_str(key))],
    );
    yew::scheduler::flush().await;
}

fn game() -> Scenario {
    // characters ×4, gameplay; two segments viewing 4 and 1.5 on average.
    presets::get("game-character-art").unwrap().scenario()
}

fn strip_of(kinds: &[&str]) -> Scenario {
    let mut s = game();
    s.product.screenshots = kinds.iter().map(|k| k.to_string()).collect();
    s
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_focused_card_and_the_focus_follows() {
    let m = Mounted::new(strip_of(&["gameplay", "characters", "offer"])).await;
    let card = m.get("strip-b-0");
    card.focus().unwrap();
    press(&card, "ArrowDown").await;
    assert_eq!(m.last_strip(), ["characters", "gameplay", "offer"]);
    assert_eq!(m.kinds(), ["characters", "gameplay", "offer"]);
    assert_eq!(m.focused(), "strip-b-1", "focus follows the card");
    // Keep going: the same key moves it on, from wherever it now is.
    press(&m.get("strip-b-1"), "ArrowRight").await;
    assert_eq!(m.kinds(), ["characters", "offer", "gameplay"]);
    assert_eq!(m.focused(), "strip-b-2");
    // At the end nothing moves and nothing is emitted.
    let before = m.emitted.borrow().len();
    press(&m.get("strip-b-2"), "ArrowDown").await;
    assert_eq!(m.emitted.borrow().len(), before);
    // Home takes it to the front; ArrowUp/Left move earlier.
    press(&m.get("strip-b-2"), "Home").await;
    assert_eq!(m.kinds(), ["gameplay", "characters", "offer"]);
    assert_eq!(m.focused(), "strip-b-0");
    press(&m.get("strip-b-0"), "End").await;
    press(&m.get("strip-b-2"), "ArrowUp").await;
    assert_eq!(m.kinds(), ["characters", "gameplay", "offer"]);
    assert_eq!(m.focused(), "strip-b-1");
    // Other keys, and keys pressed on the card's buttons, do nothing.
    let before = m.emitted.borrow().len();
    press(&m.get("strip-b-1"), "a").await;
    press(&m.get("strip-b-1-later"), "ArrowDown").await;
    assert_eq!(m.emitted.borrow().len(), before);
}

#[wasm_bindgen_test]
async fn move_buttons_keep_the_focus_on_the_moved_card() {
    let m = Mounted::new(strip_of(&["gameplay", "characters", "offer"])).await;
    m.get("strip-b-0-later").click();
    yew::scheduler::flush().await;
    assert_eq!(m.kinds(), ["characters", "gameplay", "offer"]);
    assert_eq!(m.focused(), "strip-b-1-later");
    m.get("strip-b-1-later").click();
    yew::scheduler::flush().await;
    assert_eq!(m.kinds(), ["characters", "offer", "gameplay"]);
    // At the last place "later" is disabled: the focus takes "earlier".
    assert_eq!(m.focused(), "strip-b-2-earlier");
    assert!(m.get("strip-b-2-later").has_attribute("disabled"));
    m.get("strip-b-2-earlier").click();
    yew::scheduler::flush().await;
    assert_eq!(m.kinds(), ["characters", "gameplay", "offer"]);
    assert_eq!(m.focused(), "strip-b-1-earlier");
    // The move is announced politely.
    let said = m.get("strip-b-status").text_content().unwrap_or_default();
    assert!(said.contains("position 2 of 3"), "{said}");
}

#[wasm_bindgen_test]
async fn cards_can_be_dragged_to_a_new_place() {
    let m = Mounted::new(strip_of(&["gameplay", "characters", "offer", "safety"])).await;
    let transfer = Reflect::construct(
        &Reflect::get(&js_sys::global(), &"DataTransfer".into())
            .unwrap()
            .dyn_into::<Function>()
            .unwrap(),
        &Array::new(),
    )
    .unwrap();
    let fields = [("dataTransfer", transfer)];
    fire(&m.get("strip-b-0"), "DragEvent", "dragstart", &fields);
    yew::scheduler::flush().await;
    assert!(m.get("strip-b-0").class_name().contains("is-dragging"));
    fire(&m.get("strip-b-2"), "DragEvent", "dragover", &fields);
    yew::scheduler::flush().await;
    assert!(m.get("strip-b-2").class_name().contains("is-over"));
    fire(&m.get("strip-b-2"), "DragEvent", "drop", &fields);
    yew::scheduler::flush().await;
    assert_eq!(m.kinds(), ["characters", "offer", "gameplay", "safety"]);
    assert!(!m.get("strip-b-2").class_name().contains("is-over"));
}

#[wasm_bindgen_test]
async fn cards_show_effects_and_how_many_get_that_far() {
    let scenario = game();
    let m = Mounted::new(scenario.clone()).await;
    // Gameplay: value +0.8, 30% clearer, less doubt.
    let gameplay = m.get("strip-b-4").text_content().unwrap_or_default();
    for part in ["Gameplay", "value +0.8", "clarity +30%", "trust cost −0.30"] {
        assert!(gameplay.contains(part), "{part} in {gameplay}");
    }
    // The fourth character-art card counts 1/8 of the first.
    let fourth = m.get("strip-b-3").text_content().unwrap_or_default();
    assert!(fourth.contains("1/8"), "{fourth}");
    // Reach per position, as the rules give it (`worthit_page_core::strip`,
    // tested natively), is what each card shows.
    let expected = reach(&scenario);
    for (j, r) in expected.iter().enumerate() {
        let shown: f64 = m
            .get(&format!("strip-b-{j}-reach"))
            .get_attribute("data-reach")
            .unwrap()
            .parse()
            .unwrap();
        assert!((shown - r).abs() < 1e-4, "position {j}: {shown} vs {r}");
    }
}

#[wasm_bindgen_test]
async fn adding_and_removing_respect_the_limit_of_ten() {
    let m = Mounted::new(strip_of(&["gameplay"; 9])).await;
    let select: HtmlSelectElement = m.get("strip-b-kind").dyn_into().unwrap();
    select.set_value("safety");
    fire(&select, "Event", "change", &[]);
    yew::scheduler::flush().await;
    m.get("strip-b-add").click();
    yew::scheduler::flush().await;
    assert_eq!(m.kinds().len(), 10);
    assert_eq!(m.kinds()[9], "safety");
    // Full: adding is disabled and says why.
    assert!(m.get("strip-b-add").has_attribute("disabled"));
    assert!(
        m.root
            .text_content()
            .unwrap_or_default()
            .contains("at most 10")
    );
    // Removing the first card gives its place (and the focus) to the next.
    m.get("strip-b-0-remove").click();
    yew::scheduler::flush().await;
    assert_eq!(m.kinds().len(), 9);
    assert_eq!(m.focused(), "strip-b-0");
    assert!(!m.get("strip-b-add").has_attribute("disabled"));
}

/// Bar sizes are classes (the strict CSP forbids style attributes), and
/// every class the page can ask for is in www/bars.css.
#[wasm_bindgen_test]
fn bar_sizes_round_and_stay_within_the_stylesheet() {
    use worthit_app::bar_size::{left, width};
    assert_eq!(width(37.4), "bar-w-37");
    assert_eq!(width(-3.0), "bar-w-0");
    assert_eq!(width(140.0), "bar-w-100");
    assert_eq!(width(f64::NAN), "bar-w-0");
    assert_eq!(left(49.6), "bar-l-50");
    let css = include_str!("../www/bars.css");
    for p in 0..=100 {
        assert!(
            css.contains(&format!(".bar-w-{p} {{ width: {p}%; }}")),
            "{p}"
        );
        assert!(
            css.contains(&format!(".bar-l-{p} {{ left: {p}%; }}")),
            "{p}"
        );
    }
}

//! The scenario editor rendered on its own, as the page hosts it: a
//! harness keeps the scenario and feeds every emitted one back, and
//! [`Mounted`] drives its native inputs with real DOM events and records
//! what it emitted. Shared by the editor's browser tests (`editor.rs`,
//! `time.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlElement, HtmlInputElement, HtmlSelectElement};
use worthit_app::editor::{Editor, EditorGroup};
use worthit_engine::Scenario;
use yew::prelude::*;

use super::fire;

#[derive(Properties, PartialEq)]
pub struct HarnessProps {
    pub initial: Scenario,
    pub sink: Callback<Scenario>,
    pub locked: Vec<String>,
    /// The groups shown (empty: all).
    pub groups: Vec<EditorGroup>,
}

/// Plays the page's part: keeps the scenario and feeds each emitted one
/// back to the editor, recording it for the test.
#[component]
pub fn Harness(props: &HarnessProps) -> Html {
    let scenario = use_state(|| props.initial.clone());
    let on_change = {
        let scenario = scenario.clone();
        let sink = props.sink.clone();
        Callback::from(move |next: Scenario| {
            sink.emit(next.clone());
            scenario.set(next);
        })
    };
    html! {
        <Editor scenario={(*scenario).clone()} {on_change} locked={props.locked.clone()}
            groups={props.groups.clone()} />
    }
}

/// One editor rendered into its own element (a phone-width column, as on
/// the page), with the scenarios it emitted.
pub struct Mounted {
    pub root: Element,
    pub emitted: Rc<RefCell<Vec<Scenario>>>,
}

impl Mounted {
    /// Every group, nothing locked.
    pub async fn new(initial: Scenario) -> Self {
        Self::with(initial, Vec::new(), Vec::new()).await
    }

    /// Every group, with `locked` paths.
    pub async fn with_locked(initial: Scenario, locked: Vec<String>) -> Self {
        Self::with(initial, locked, Vec::new()).await
    }

    /// Only `groups` (empty: all), with `locked` paths.
    pub async fn with(initial: Scenario, locked: Vec<String>, groups: Vec<EditorGroup>) -> Self {
        let root = super::mount();
        root.set_attribute("style", "width: 390px").unwrap();
        let emitted = Rc::new(RefCell::new(Vec::new()));
        let sink = {
            let emitted = emitted.clone();
            Callback::from(move |s: Scenario| emitted.borrow_mut().push(s))
        };
        yew::Renderer::<Harness>::with_root_and_props(
            root.clone(),
            HarnessProps {
                initial,
                sink,
                locked,
                groups,
            },
        )
        .render();
        yew::scheduler::flush().await;
        Mounted { root, emitted }
    }

    pub fn find(&self, testid: &str) -> Option<Element> {
        self.root
            .query_selector(&format!("[data-testid=\"{testid}\"]"))
            .unwrap()
    }

    pub fn get(&self, testid: &str) -> Element {
        super::get(&self.root, testid)
    }

    pub fn exists(&self, testid: &str) -> bool {
        self.find(testid).is_some()
    }

    pub fn input(&self, testid: &str) -> HtmlInputElement {
        self.get(testid).dyn_into().unwrap()
    }

    pub fn text(&self, testid: &str) -> String {
        self.get(testid)
            .text_content()
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// Types into a box and commits it, as a person pressing Enter does.
    pub async fn type_in(&self, testid: &str, text: &str) {
        let el = self.input(testid);
        el.set_value(text);
        fire(&el, "input");
        fire(&el, "change");
        yew::scheduler::flush().await;
    }

    /// Moves a slider, firing `input` as a drag does.
    pub async fn slide(&self, testid: &str, value: &str) {
        let el = self.input(&format!("{testid}-range"));
        el.set_value(value);
        fire(&el, "input");
        yew::scheduler::flush().await;
    }

    /// Opens a fold (`details`), as a click on its summary does, so its
    /// contents are built (`src/editor/fold.rs`).
    pub async fn open(&self, testid: &str) {
        let details: HtmlDetailsElement = self.get(testid).dyn_into().unwrap();
        details.set_open(true);
        // The browser's own `toggle` comes in a later task; this one is
        // handled now.
        fire(&details, "toggle");
        yew::scheduler::flush().await;
    }

    pub async fn click(&self, testid: &str) {
        self.get(testid).dyn_into::<HtmlElement>().unwrap().click();
        yew::scheduler::flush().await;
    }

    pub async fn select(&self, testid: &str, value: &str) {
        let el: HtmlSelectElement = self.get(testid).dyn_into().unwrap();
        el.set_value(value);
        fire(&el, "change");
        yew::scheduler::flush().await;
    }

    pub fn disabled(&self, testid: &str) -> bool {
        self.get(testid).has_attribute("disabled")
    }

    pub fn count(&self) -> usize {
        self.emitted.borrow().len()
    }

    pub fn last(&self) -> Scenario {
        self.emitted
            .borrow()
            .last()
            .cloned()
            .expect("the editor emitted a scenario")
    }
}

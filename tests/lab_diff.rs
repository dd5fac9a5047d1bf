//! What differs between A and B, on screen (`src/lab/compare.rs`, the
//! editor's `highlight`): the differences (`worthit_page_core::diff`,
//! tested natively) listed in words and marked on their groups.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use worthit_app::editor::Editor;
use worthit_app::lab::compare::{DiffSummary, DiffSummaryProps};
use worthit_app::lab::diff::differences;
use worthit_engine::Scenario;
use yew::prelude::*;

mod common;
/// `pair`, shared with the native tests of what differs.
#[path = "../crates/page-core/tests/pair_fixture/mod.rs"]
mod pair_fixture;
use common::{get, mount};
use pair_fixture::pair;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_list_says_where_b_differs() {
    let (a, b) = pair();
    let (paths, groups) = differences(&a, &b);
    let root = mount();
    yew::Renderer::<DiffSummary>::with_root_and_props(
        root.clone(),
        DiffSummaryProps {
            paths: paths.clone(),
            groups,
            on_reset_b: yew::Callback::noop(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    let list = get(&root, "compare-diff");
    assert_eq!(list.get_attribute("data-paths").unwrap(), paths.join(" "));
    let text = list.text_content().unwrap();
    assert!(text.contains("B differs from A in 4 places"), "{text}");
    let shots = get(&root, "diff-screenshots").text_content().unwrap();
    assert!(shots.starts_with("Screenshots"), "{shots}");
    assert!(shots.contains("product.screenshots[0]"), "{shots}");
    assert!(
        get(&root, "diff-costs")
            .text_content()
            .unwrap()
            .contains("Costs")
    );
    assert!(
        get(&root, "diff-audience")
            .text_content()
            .unwrap()
            .contains("Audience")
    );

    let same = mount();
    yew::Renderer::<DiffSummary>::with_root_and_props(
        same.clone(),
        DiffSummaryProps {
            paths: Vec::new(),
            groups: Vec::new(),
            on_reset_b: yew::Callback::noop(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(
        get(&same, "compare-same")
            .text_content()
            .unwrap()
            .contains("copy of A")
    );
}

#[derive(Properties, PartialEq)]
struct EditorHarnessProps {
    scenario: Scenario,
    highlight: Vec<String>,
}

#[component]
fn EditorHarness(props: &EditorHarnessProps) -> Html {
    html! {
        <Editor scenario={props.scenario.clone()} on_change={Callback::noop()}
            highlight={props.highlight.clone()} />
    }
}

#[wasm_bindgen_test]
async fn the_editor_marks_the_groups_where_b_differs() {
    let (a, b) = pair();
    let (paths, _) = differences(&a, &b);
    let root = mount();
    yew::Renderer::<EditorHarness>::with_root_and_props(
        root.clone(),
        EditorHarnessProps {
            scenario: b.clone(),
            highlight: paths,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let editor = get(&root, "editor");
    assert_eq!(
        editor.get_attribute("data-differs").as_deref(),
        Some("costs screenshots audience")
    );
    // The style sheet's selectors (www/lab.css) find exactly those groups.
    for (group, marked) in [
        ("costs", true),
        ("screenshots", true),
        ("audience", true),
        ("value", false),
        ("decision", false),
    ] {
        let selector = format!(".ed[data-differs~=\"{group}\"] [data-testid=\"group-{group}\"]");
        assert_eq!(
            root.query_selector(&selector).unwrap().is_some(),
            marked,
            "{group}"
        );
    }

    let plain = mount();
    yew::Renderer::<EditorHarness>::with_root_and_props(
        plain.clone(),
        EditorHarnessProps {
            scenario: a,
            highlight: Vec::new(),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(!get(&plain, "editor").has_attribute("data-differs"));
}

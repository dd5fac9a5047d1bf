//! The page's side of the state (`src/state.rs`): the rules' notices put
//! into words. The rules themselves are tested natively in
//! `crates/page-core/tests/state.rs`.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen_test::*;
use worthit_app::alert::{Level, Msg, Notice};
use worthit_app::state::{Action, AppState, RunProblem, Source};
use worthit_engine::{Dist, Problem, ProblemKind, presets};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn start() -> Rc<AppState> {
    let preset = presets::default_preset();
    Rc::new(AppState::new(preset.scenario(), Some(preset.id), None))
}

#[wasm_bindgen_test]
fn an_invalid_scenario_names_its_source_and_every_problem() {
    let s = start();
    let mut bad = (*s.scenario).clone();
    bad.product.value = Dist::Normal {
        mean: 1.0,
        sd: f64::NAN,
    };
    bad.users = 0;
    let s = s.reduce(Action::Load {
        scenario: bad,
        source: Source::File("broken.json".into()),
    });
    let notice = s.alert().expect("a notice");
    assert_eq!(notice.level, Level::Error);
    assert!(notice.title.contains("broken.json"), "{}", notice.title);
    assert!(
        notice.details.iter().any(|d| d.starts_with("users")),
        "{:?}",
        notice.details
    );
    assert!(
        notice
            .details
            .iter()
            .any(|d| d.starts_with("product.value.sd")),
        "{:?}",
        notice.details
    );
}

#[wasm_bindgen_test]
fn an_opened_file_is_confirmed_and_the_pages_own_notices_are_kept() {
    let s = start().reduce(Action::Notify(Notice::error("old")));
    assert_eq!(s.alert(), Some(Notice::error("old")));
    let mut edited = (*s.scenario).clone();
    edited.seed += 1;
    let s = s.reduce(Action::Load {
        scenario: edited,
        source: Source::File("mine.json".into()),
    });
    let notice = s.alert().unwrap();
    assert_eq!(notice.level, Level::Info);
    assert!(notice.title.contains("mine.json"));
}

#[wasm_bindgen_test]
fn a_refused_run_lists_the_workers_lines() {
    let problem = Problem::new("exercise.title", ProblemKind::TitleEmpty {});
    let s = start().reduce(Action::Failed {
        id: 1,
        problems: vec![RunProblem::Engine(problem.clone())],
    });
    let notice = s.alert().unwrap();
    assert_eq!(notice.level, Level::Error);
    assert_eq!(notice.details, vec![Msg::problem(&problem)]);
}

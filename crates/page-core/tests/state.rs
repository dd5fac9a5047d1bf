//! The state reducer's rules (see `src/state.rs`): only valid scenarios
//! become current, every change is a new revision, and replies for older
//! runs never overwrite newer results.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen_test::*;
use worthit_app::alert::Level;
use worthit_app::state::{Action, AppState, RunStatus, Source};
use worthit_engine::{Dist, Results, Scenario, presets};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn start() -> Rc<AppState> {
    let preset = presets::default_preset();
    Rc::new(AppState::new(preset.scenario(), Some(preset.id), None))
}

fn edited(state: &AppState) -> Scenario {
    let mut s = (*state.scenario).clone();
    s.seed += 1;
    s
}

/// Results as the worker would send them for a run of `users` people.
fn results(adopters: u64, users: u64) -> Rc<Results> {
    let json = format!(
        r#"{{"schema":1,"title":"t","seed":1,"users":{users},
            "adoption":{{"share":{share},"ci95":[0.1,0.2],"adopters":{adopters}}},
            "choices":[],"segments":[],
            "net_value":{{"mean":0,"sd":1,"histogram":{{"edges":[],"counts":[]}}}},
            "barriers":[],"sensitivity":[],"elapsed_ms":1}}"#,
        share = adopters as f64 / users as f64
    );
    Rc::new(serde_json::from_str(&json).unwrap())
}

#[wasm_bindgen_test]
fn the_first_scenario_is_revision_one_and_running() {
    let s = start();
    assert_eq!(s.revision, 1);
    assert_eq!(s.running_id(), Some(1));
    assert_eq!(s.preset, Some(presets::default_preset().id));
    assert!(s.shown.is_none());
}

#[wasm_bindgen_test]
fn an_edit_is_a_new_revision_and_forgets_the_preset() {
    let s = start();
    let scenario = edited(&s);
    let s = s.reduce(Action::Load {
        scenario: scenario.clone(),
        source: Source::Edit,
    });
    assert_eq!(s.revision, 2);
    assert_eq!(*s.scenario, scenario);
    assert_eq!(s.running_id(), Some(2));
    assert_eq!(s.preset, None);
}

#[wasm_bindgen_test]
fn an_edit_that_changes_nothing_does_not_rerun() {
    let s = start();
    let same = (*s.scenario).clone();
    let after = s.clone().reduce(Action::Load {
        scenario: same,
        source: Source::Edit,
    });
    assert!(Rc::ptr_eq(&s, &after) || after.revision == 1);
    assert_eq!(after.revision, 1);
}

#[wasm_bindgen_test]
fn an_invalid_scenario_keeps_the_last_good_one() {
    let s = start();
    let good = s.scenario.clone();
    let mut bad = (*good).clone();
    bad.product.value = Dist::Normal {
        mean: 1.0,
        sd: f64::NAN,
    };
    bad.users = 0;
    let s = s.reduce(Action::Load {
        scenario: bad,
        source: Source::File("broken.json".into()),
    });
    assert_eq!(s.revision, 1);
    assert_eq!(s.scenario, good);
    let notice = s.notice.as_ref().expect("a notice");
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
fn a_preset_is_marked_and_a_link_to_a_preset_is_recognised() {
    let s = start();
    let other = &presets::all()[2];
    let s = s.reduce(Action::Load {
        scenario: other.scenario(),
        source: Source::Preset(other.id),
    });
    assert_eq!(s.preset, Some(other.id));
    let s = s.reduce(Action::Load {
        scenario: presets::all()[3].scenario(),
        source: Source::Link,
    });
    assert_eq!(s.preset, Some(presets::all()[3].id));
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Link,
    });
    assert_eq!(s.preset, None);
}

#[wasm_bindgen_test]
fn an_opened_file_is_confirmed_and_clears_an_old_error() {
    let s = start().reduce(Action::Notify(worthit_app::alert::Notice::error("old")));
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::File("mine.json".into()),
    });
    let notice = s.notice.as_ref().unwrap();
    assert_eq!(notice.level, Level::Info);
    assert!(notice.title.contains("mine.json"));
    let s = s.reduce(Action::Dismiss);
    assert!(s.notice.is_none());
}

#[wasm_bindgen_test]
fn results_are_shown_newest_first_and_never_replaced_by_older_ones() {
    let s = start();
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    assert_eq!(s.revision, 3);
    // Run 2 (a slider position passed over) arrives first: shown, while run
    // 3 is still going.
    let s = s.reduce(Action::Finished {
        id: 2,
        results: results(20, 100),
        partial: false,
    });
    assert_eq!(s.shown.as_ref().unwrap().id, 2);
    assert_eq!(s.running_id(), Some(3));
    assert!(s.shown_is_stale());
    // Run 3's answer arrives: shown at once, the what-ifs still to come
    // (the earlier complete ones stay available meanwhile).
    let s = s.reduce(Action::Finished {
        id: 3,
        results: results(30, 100),
        partial: true,
    });
    assert_eq!(s.shown.as_ref().unwrap().results.adoption.adopters, 30);
    assert!(!s.shown.as_ref().unwrap().complete);
    assert!(matches!(
        s.run,
        RunStatus::Running {
            id: 3,
            what_ifs: true,
            ..
        }
    ));
    assert_eq!(s.what_ifs.as_ref().unwrap().id, 2);
    assert!(!s.shown_is_stale());
    // Its what-ifs: complete, and the run is done.
    let s = s.reduce(Action::Finished {
        id: 3,
        results: results(30, 100),
        partial: false,
    });
    assert!(s.shown.as_ref().unwrap().complete);
    assert_eq!(s.what_ifs.as_ref().unwrap().id, 3);
    assert_eq!(s.run, RunStatus::Done);
    // A late answer of run 3 or of run 1 changes nothing.
    let again = s.clone().reduce(Action::Finished {
        id: 3,
        results: results(30, 100),
        partial: true,
    });
    assert!(again.shown.as_ref().unwrap().complete);
    let s = s.reduce(Action::Finished {
        id: 1,
        results: results(10, 100),
        partial: false,
    });
    assert_eq!(s.shown.as_ref().unwrap().id, 3);
    assert_eq!(s.shown.as_ref().unwrap().results.adoption.adopters, 30);
}

#[wasm_bindgen_test]
fn progress_concerns_only_the_latest_run() {
    let s = start();
    let s = s.reduce(Action::Progress {
        id: 1,
        what_ifs: false,
        done: 500,
        total: 1000,
        elapsed_ms: 250.0,
    });
    assert_eq!(
        s.run,
        RunStatus::Running {
            id: 1,
            what_ifs: false,
            done: 500,
            total: 1000,
            elapsed_ms: 250.0
        }
    );
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let before = s.run.clone();
    let s = s.reduce(Action::Progress {
        id: 1,
        what_ifs: false,
        done: 900,
        total: 1000,
        elapsed_ms: 400.0,
    });
    assert_eq!(s.run, before);
}

#[wasm_bindgen_test]
fn cancel_stops_the_latest_run_and_rerun_starts_a_new_one() {
    let s = start().reduce(Action::CancelRun);
    assert_eq!(s.run, RunStatus::Cancelled { id: 1 });
    // The worker's confirmation changes nothing more; a second cancel neither.
    let s = s.reduce(Action::Cancelled { id: 1 });
    assert_eq!(s.run, RunStatus::Cancelled { id: 1 });
    let s = s.reduce(Action::CancelRun);
    assert_eq!(s.run, RunStatus::Cancelled { id: 1 });
    let s = s.reduce(Action::Rerun);
    assert_eq!(s.revision, 2);
    assert_eq!(s.running_id(), Some(2));
}

#[wasm_bindgen_test]
fn a_run_superseded_in_the_worker_is_not_a_cancel_of_the_latest() {
    let s = start();
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let s = s.reduce(Action::Cancelled { id: 1 });
    assert_eq!(s.running_id(), Some(2));
}

#[wasm_bindgen_test]
fn a_refused_run_shows_its_problems() {
    let s = start().reduce(Action::Failed {
        id: 1,
        problems: vec!["users: must be at least 1".into()],
    });
    assert_eq!(s.run, RunStatus::Failed { id: 1 });
    assert_eq!(
        s.notice.as_ref().unwrap().details,
        vec!["users: must be at least 1"]
    );
    // A refusal of an older run is old news.
    let s = start();
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let s = s.reduce(Action::Failed {
        id: 1,
        problems: vec!["x".into()],
    });
    assert!(s.notice.is_none());
    assert_eq!(s.running_id(), Some(2));
}

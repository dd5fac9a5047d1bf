//! The state reducer's rules (see `src/state.rs`): only valid scenarios
//! become current, every change is a new revision, and replies for older
//! runs never overwrite newer results. How the page puts the notices into
//! words is tested in the page's `tests/state.rs`.

use std::rc::Rc;

use worthit_engine::{Dist, Problem, Results, Scenario, presets};
use worthit_page_core::state::{self, Notice, RunProblem, RunStatus, Source};

/// A notice the page made; the rules only keep and clear it.
type PageNotice = &'static str;
type AppState = state::AppState<PageNotice>;
type Action = state::Action<PageNotice>;

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

#[test]
fn the_first_scenario_is_revision_one_and_running() {
    let s = start();
    assert_eq!(s.revision, 1);
    assert_eq!(s.running_id(), Some(1));
    assert_eq!(s.preset, Some(presets::default_preset().id));
    assert!(s.shown.is_none());
}

#[test]
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

#[test]
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

#[test]
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
    let Some(Notice::InvalidScenario { source, error }) = s.notice.as_ref() else {
        panic!("an invalid-scenario notice: {:?}", s.notice);
    };
    assert_eq!(*source, Source::File("broken.json".into()));
    let details: Vec<String> = error.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        details.iter().any(|d| d.starts_with("users")),
        "{details:?}"
    );
    assert!(
        details.iter().any(|d| d.starts_with("product.value.sd")),
        "{details:?}"
    );
}

#[test]
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

#[test]
fn an_opened_file_is_confirmed_and_clears_an_old_error() {
    let s = start().reduce(Action::Notify("old"));
    assert_eq!(s.notice, Some(Notice::Page("old")));
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::File("mine.json".into()),
    });
    assert_eq!(
        s.notice,
        Some(Notice::Opened {
            name: "mine.json".into()
        })
    );
    let s = s.reduce(Action::Dismiss);
    assert!(s.notice.is_none());
}

#[test]
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

#[test]
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

#[test]
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

#[test]
fn a_run_superseded_in_the_worker_is_not_a_cancel_of_the_latest() {
    let s = start();
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let s = s.reduce(Action::Cancelled { id: 1 });
    assert_eq!(s.running_id(), Some(2));
}

fn too_few() -> RunProblem {
    RunProblem::Engine(Problem::new(
        "exercise.title",
        worthit_engine::ProblemKind::TitleEmpty {},
    ))
}

#[test]
fn a_refused_run_shows_its_problems() {
    let s = start().reduce(Action::Failed {
        id: 1,
        problems: vec![too_few()],
    });
    assert_eq!(s.run, RunStatus::Failed { id: 1 });
    assert_eq!(
        s.notice,
        Some(Notice::RunFailed {
            problems: vec![too_few()]
        })
    );
    // A refusal of an older run is old news.
    let s = start();
    let s = s.clone().reduce(Action::Load {
        scenario: edited(&s),
        source: Source::Edit,
    });
    let s = s.reduce(Action::Failed {
        id: 1,
        problems: vec![RunProblem::ResultsUnreadable("x".into())],
    });
    assert!(s.notice.is_none());
    assert_eq!(s.running_id(), Some(2));
}

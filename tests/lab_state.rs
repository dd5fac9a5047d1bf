//! Compare mode's rules (`src/lab/state.rs`) and the lab cards' job rules
//! (`src/lab/jobs.rs`): B starts as a copy of A, only a valid B is ever
//! current, and an answer never replaces a newer one.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use wasm_bindgen_test::*;
use worthit_app::agent::{FromWorker, Pass};
use worthit_app::lab::jobs::{Answer, JobAction, JobState, JobStatus};
use worthit_app::lab::{LabAction, LabState, Side};
use worthit_engine::{Problem, ProblemKind, presets};
use yew::Reducible;

wasm_bindgen_test_configure!(run_in_browser);

fn reduce(state: LabState, action: LabAction) -> LabState {
    (*Rc::new(state).reduce(action)).clone()
}

#[wasm_bindgen_test]
fn entering_compare_mode_copies_a_into_b() {
    let a = presets::get("game-character-art").unwrap().scenario();
    let other = presets::get("finance-modest-claim").unwrap().scenario();
    let state = LabState::new(&other, None, false);
    assert!(!state.compare);
    let state = reduce(state, LabAction::Enter { a: a.clone() });
    assert!(state.compare);
    assert_eq!(*state.b, a);
    assert_eq!(state.editing, Side::B);
    assert!(!state.b_own);
    // Leaving and entering again keeps B's edits: nothing is lost.
    let mut b = a.clone();
    b.product.screenshots.reverse();
    let state = reduce(state, LabAction::SetB(b.clone()));
    assert!(state.b_own);
    let state = reduce(state, LabAction::Leave);
    assert!(!state.compare);
    assert_eq!(*state.b, b);
    let state = reduce(state, LabAction::Enter { a: a.clone() });
    assert!(state.compare);
    assert_eq!(*state.b, b);
    // Only "Start B again from A" discards it, and then entering again
    // copies A.
    let state = reduce(state, LabAction::ResetB { a: a.clone() });
    assert_eq!(*state.b, a);
    assert!(!state.b_own);
    let state = reduce(state, LabAction::Leave);
    let mut a2 = a.clone();
    a2.title = "A, edited alone".into();
    let state = reduce(state, LabAction::Enter { a: a2.clone() });
    assert_eq!(*state.b, a2);
}

/// A B kept in storage waits in single mode and comes back on entering;
/// a link's B wins over it.
#[wasm_bindgen_test]
fn a_kept_b_comes_back() {
    let a = presets::get("game-character-art").unwrap().scenario();
    let kept = presets::get("game-gameplay").unwrap().scenario();
    let state = LabState::new(&a, None, false).keeping(Some(kept.clone()));
    assert!(!state.compare);
    assert!(state.b_own);
    let state = reduce(state, LabAction::Enter { a: a.clone() });
    assert_eq!(*state.b, kept);
    let linked = presets::get("finance-modest-claim").unwrap().scenario();
    let state = LabState::new(&a, Some(linked.clone()), false).keeping(Some(kept));
    assert_eq!(*state.b, linked);
    let mut bad = a.clone();
    bad.users = 0;
    let state = LabState::new(&a, None, false).keeping(Some(bad));
    assert!(!state.b_own);
}

#[wasm_bindgen_test]
fn start_up_follows_the_link_and_the_query() {
    let a = presets::get("game-character-art").unwrap().scenario();
    let b = presets::get("game-gameplay").unwrap().scenario();
    let linked = LabState::new(&a, Some(b.clone()), false);
    assert!(linked.compare);
    assert_eq!(*linked.b, b);
    assert_eq!(linked.editing, Side::B);
    let asked = LabState::new(&a, None, true);
    assert!(asked.compare);
    assert_eq!(*asked.b, a);
    let single = LabState::new(&a, None, false);
    assert!(!single.compare);
    assert_eq!(single.editing, Side::A);
}

#[wasm_bindgen_test]
fn an_invalid_b_never_becomes_current() {
    let a = presets::get("game-character-art").unwrap().scenario();
    let state = reduce(
        LabState::new(&a, None, false),
        LabAction::Enter { a: a.clone() },
    );
    let before = state.revision;
    let mut bad = a.clone();
    bad.users = 0;
    let after = reduce(state.clone(), LabAction::SetB(bad));
    assert_eq!(after, state);
    let mut good = a.clone();
    good.product.screenshots = vec!["gameplay".into(), "progression".into()];
    let after = reduce(state, LabAction::SetB(good.clone()));
    assert_eq!(*after.b, good);
    assert_eq!(after.revision, before + 1);
    // A comparison file turns compare mode on with its B.
    let off = reduce(after, LabAction::Leave);
    let on = reduce(off, LabAction::EnterWith { b: good.clone() });
    assert!(on.compare);
    assert_eq!(*on.b, good);
}

fn job(actions: Vec<JobAction>) -> JobState {
    let mut state = Rc::new(JobState::default());
    for action in actions {
        state = state.reduce(action);
    }
    (*state).clone()
}

fn compared(id: u64, a: &str, b: &str) -> JobAction {
    let doc = worthit_engine::lab::ComparisonDoc::new(
        presets::get(a).unwrap().scenario(),
        presets::get(b).unwrap().scenario(),
    );
    let options = worthit_engine::RunOptions {
        sensitivity: false,
        ..Default::default()
    };
    let mut sa = doc.a.clone();
    sa.users = 2_000;
    let results = worthit_engine::compare::compare(&sa, &doc.b, &options).unwrap();
    JobAction::Reply(FromWorker::Compared {
        id,
        results: serde_json::to_string(&results).unwrap(),
    })
}

#[wasm_bindgen_test]
fn answers_arrive_in_order_and_never_go_back() {
    // Question 1 answered: done.
    let state = job(vec![
        JobAction::Sent(1),
        compared(1, "game-character-art", "game-gameplay"),
    ]);
    assert_eq!(state.status, JobStatus::Done);
    assert!(!state.stale());
    // Question 2 sent: the answer shown is stale until 2 is answered; a
    // late answer to 1 does not count as 2's.
    let state = job(vec![
        JobAction::Sent(1),
        JobAction::Sent(2),
        compared(1, "game-character-art", "game-gameplay"),
    ]);
    assert!(state.stale());
    assert!(state.running());
    // An answer to 1 after the answer to 2 is dropped.
    let state = job(vec![
        JobAction::Sent(1),
        JobAction::Sent(2),
        compared(2, "game-gameplay", "game-character-art"),
        compared(1, "game-character-art", "game-gameplay"),
    ]);
    let Some((2, Answer::Compared(r))) = &state.answer else {
        panic!("expected the answer to question 2, got {:?}", state.answer);
    };
    assert!(
        r.comparison.lift < 0.0,
        "A with gameplay beats B with character art"
    );
    assert_eq!(state.status, JobStatus::Done);
}

#[wasm_bindgen_test]
fn progress_cancel_and_refusals_concern_only_the_latest_question() {
    let progress = |id| {
        JobAction::Reply(FromWorker::Progress {
            id,
            pass: Pass::Compare,
            done: 10,
            total: 100,
            elapsed_ms: 250.0,
        })
    };
    let state = job(vec![JobAction::Sent(1), JobAction::Sent(2), progress(1)]);
    assert_eq!(
        state.status,
        JobStatus::Running {
            done: 0,
            total: 0,
            elapsed_ms: 0.0
        }
    );
    let state = job(vec![JobAction::Sent(2), progress(2), JobAction::Cancel]);
    assert_eq!(state.status, JobStatus::Cancelled);
    // A cancel confirmed by the worker after the person's cancel changes nothing.
    let again = job(vec![
        JobAction::Sent(2),
        JobAction::Cancel,
        JobAction::Reply(FromWorker::Cancelled { id: 2 }),
    ]);
    assert_eq!(again.status, JobStatus::Cancelled);
    // The worker sends the problem with its kind; the question shows it
    // in the page's language (here its English wording).
    let refused = Problem::new(
        "b.users",
        ProblemKind::UsersRange {
            max: worthit_engine::validate::MAX_USERS,
            got: 0,
        },
    );
    let failed = job(vec![
        JobAction::Sent(3),
        JobAction::Reply(FromWorker::Failed {
            id: 3,
            problems: vec![refused],
        }),
    ]);
    let JobStatus::Failed(lines) = &failed.status else {
        panic!("expected a failed question, got {:?}", failed.status);
    };
    assert_eq!(lines.len(), 1);
    assert_eq!(
        &*lines[0],
        "b.users: must be between 1 and 100,000,000 people, got 0"
    );
    // An answer the page cannot read fails the question, not the page.
    let unreadable = job(vec![
        JobAction::Sent(4),
        JobAction::Reply(FromWorker::ClaimCurved {
            id: 4,
            curve: "{ not json".into(),
        }),
    ]);
    assert!(matches!(unreadable.status, JobStatus::Failed(_)));
    assert_eq!(unreadable.answer, None);
}

/// The claim explorer's figure for the current claim is the headline's
/// when the curve simulated fewer people: one scenario, one number.
#[wasm_bindgen_test]
fn the_current_claim_reads_the_headlines_share() {
    use worthit_app::lab::claims::current_as_headline;
    use worthit_view::Sentence;
    let current = Sentence::ClaimCurrent {
        claim: 4.6,
        share: 0.373,
        best_share: 0.373,
    };
    assert_eq!(
        current_as_headline(current.clone(), Some(0.370)),
        Sentence::ClaimCurrent {
            claim: 4.6,
            share: 0.370,
            best_share: 0.373,
        }
    );
    assert_eq!(current_as_headline(current.clone(), None), current);
    let other = Sentence::NoData;
    assert_eq!(current_as_headline(other.clone(), Some(0.5)), other);
}

//! The status families: each run and job status maps to one state (its
//! `data-state` name) and one status line with its message keys.

use worthit_page_core::state::RunStatus;
use worthit_page_core::status::{
    JobStatus, SHOW_PROGRESS_AFTER_MS, StatusLine, StatusState, Units,
};

fn running(what_ifs: bool, done: u64, total: u64, elapsed_ms: f64) -> RunStatus {
    RunStatus::Running {
        id: 3,
        what_ifs,
        done,
        total,
        elapsed_ms,
    }
}

#[test]
fn state_names_are_the_pages_data_state_values() {
    let names: Vec<&str> = [
        StatusState::Idle,
        StatusState::Running,
        StatusState::Done,
        StatusState::Cancelled,
        StatusState::Failed,
    ]
    .map(StatusState::key)
    .to_vec();
    assert_eq!(names, ["idle", "running", "done", "cancelled", "failed"]);
}

#[test]
fn a_run_shows_a_bar_only_once_it_takes_a_while() {
    let early = running(false, 10, 100, SHOW_PROGRESS_AFTER_MS - 1.0);
    assert_eq!(
        early.line(false),
        StatusLine::Working {
            message: "status-updating"
        }
    );
    let late = running(false, 25, 100, SHOW_PROGRESS_AFTER_MS);
    let line = late.line(false);
    assert_eq!(
        line,
        StatusLine::Progress {
            message: "status-progress",
            label: "status-progress-label",
            done: 25,
            total: 100
        }
    );
    assert_eq!(line.fraction(), Some(0.25));
    assert_eq!(line.state(), StatusState::Running);
    assert_eq!(late.state(), StatusState::Running);
    // Before the worker has said how many people there are, the bar is
    // empty rather than a division by zero.
    assert_eq!(
        running(false, 0, 0, 500.0).line(false).fraction(),
        Some(0.0)
    );
}

#[test]
fn the_what_if_pass_says_so() {
    assert_eq!(
        running(true, 1, 2, 0.0).line(false).message_key(),
        Some("status-updating-what-ifs")
    );
    assert_eq!(
        running(true, 1, 2, 1000.0).line(false).message_key(),
        Some("status-progress-what-ifs")
    );
}

#[test]
fn finished_cancelled_and_failed_runs() {
    assert_eq!(
        RunStatus::Done.line(false).message_key(),
        Some("status-done")
    );
    assert_eq!(RunStatus::Done.state(), StatusState::Done);
    let cancelled = RunStatus::Cancelled { id: 2 };
    assert_eq!(cancelled.state(), StatusState::Cancelled);
    // Stale results: the numbers on screen are from an earlier setting;
    // otherwise only the what-ifs were stopped.
    assert_eq!(cancelled.line(true).message_key(), Some("status-cancelled"));
    assert_eq!(
        cancelled.line(false).message_key(),
        Some("status-cancelled-what-ifs")
    );
    let failed = RunStatus::Failed { id: 2 };
    assert_eq!(failed.state(), StatusState::Failed);
    assert_eq!(failed.line(false).message_key(), Some("status-failed"));
    assert_eq!(failed.line(false).fraction(), None);
}

#[test]
fn a_job_needs_time_and_a_total_for_its_bar() {
    let job = |done, total, elapsed_ms| JobStatus::<String>::Running {
        done,
        total,
        elapsed_ms,
    };
    assert_eq!(
        job(0, 0, 5000.0).line(Units::Claims),
        StatusLine::Working {
            message: "status-updating"
        }
    );
    assert_eq!(
        job(3, 41, 10.0).line(Units::Claims).state(),
        StatusState::Running
    );
    assert!(matches!(
        job(3, 41, 10.0).line(Units::Claims),
        StatusLine::Working { .. }
    ));
    let keys: Vec<_> = [
        Units::People,
        Units::Candidates,
        Units::Claims,
        Units::Evaluations,
        Units::Fit,
    ]
    .map(|u| job(3, 41, 300.0).line(u))
    .to_vec();
    for line in &keys {
        assert_eq!(line.state(), StatusState::Running);
        assert!(matches!(
            line,
            StatusLine::Progress {
                label: "lab-progress-label",
                done: 3,
                total: 41,
                ..
            }
        ));
    }
    let messages: Vec<_> = keys.iter().map(|l| l.message_key().unwrap()).collect();
    assert_eq!(
        messages,
        [
            "lab-progress-people",
            "lab-progress-candidates",
            "lab-progress-claims",
            "lab-progress-evaluations",
            "data-progress"
        ]
    );
}

#[test]
fn job_states_and_their_lines() {
    let idle = JobStatus::<String>::default();
    assert_eq!(idle, JobStatus::Idle);
    assert_eq!(idle.key(), "idle");
    assert_eq!(idle.line(Units::People), StatusLine::Idle);
    assert_eq!(idle.line(Units::People).message_key(), None);
    let done = JobStatus::<String>::Done;
    assert_eq!(done.key(), "done");
    assert_eq!(done.line(Units::People).message_key(), Some("status-done"));
    let cancelled = JobStatus::<String>::Cancelled;
    assert_eq!(cancelled.key(), "cancelled");
    assert_eq!(
        cancelled.line(Units::People).message_key(),
        Some("lab-cancelled")
    );
    let failed = JobStatus::Failed(vec!["bad".to_string()]);
    assert_eq!(failed.key(), "failed");
    assert_eq!(failed.line(Units::Fit).message_key(), Some("lab-failed"));
}

#[test]
fn every_message_key_exists_in_every_language() {
    let lines = [
        running(false, 1, 2, 0.0).line(false),
        running(true, 1, 2, 0.0).line(false),
        running(false, 1, 2, 1e3).line(false),
        running(true, 1, 2, 1e3).line(false),
        RunStatus::Done.line(false),
        RunStatus::Cancelled { id: 1 }.line(true),
        RunStatus::Cancelled { id: 1 }.line(false),
        RunStatus::Failed { id: 1 }.line(false),
        JobStatus::<String>::Cancelled.line(Units::People),
        JobStatus::<String>::Failed(vec![]).line(Units::People),
    ];
    let mut keys: Vec<&str> = lines.iter().filter_map(StatusLine::message_key).collect();
    for line in &lines {
        if let StatusLine::Progress { label, .. } = line {
            keys.push(label);
        }
    }
    keys.extend([
        worthit_page_core::status::CANCEL_KEY,
        worthit_page_core::status::RERUN_KEY,
        "lab-progress-label",
    ]);
    for u in [
        Units::People,
        Units::Candidates,
        Units::Claims,
        Units::Evaluations,
        Units::Fit,
    ] {
        keys.push(u.progress_key());
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/locales");
    for lang in ["en", "ko", "zh-CN", "zh-TW"] {
        let ftl = std::fs::read_to_string(format!("{root}/{lang}.ftl")).unwrap();
        for key in &keys {
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{key} ="))),
                "{lang}: {key}"
            );
        }
    }
}

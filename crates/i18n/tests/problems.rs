//! Every problem the engine reports reads in every language: each
//! [`ProblemKind`] variant has its key in every translation file, with
//! exactly the arguments the kind passes, and so has every phrase the
//! arguments put in (JSON types, syntax errors). A new kind without
//! translations fails here.

mod common;

use std::collections::BTreeSet;

use common::read;
use worthit_engine::problem::Arg;
use worthit_engine::{Problem, ProblemKind, ScenarioError, parse_scenario};
use worthit_i18n::{Lang, Translator, problem_line, problem_message};

#[test]
fn every_kind_has_its_key_with_its_arguments_in_every_language() {
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let file = read(lang);
        for kind in ProblemKind::all() {
            let Some(info) = file.messages.get(kind.key()) else {
                missing.push(format!("{lang}.ftl has no {}", kind.key()));
                continue;
            };
            let passed: BTreeSet<String> = kind
                .args()
                .into_iter()
                .map(|(n, _)| n.to_string())
                .collect();
            if info.variables != passed {
                missing.push(format!(
                    "{lang}.ftl {} uses {:?}, the kind passes {:?}",
                    kind.key(),
                    info.variables,
                    passed
                ));
            }
        }
        for key in ProblemKind::all_keys() {
            if !file.messages.contains_key(key) {
                missing.push(format!("{lang}.ftl has no {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_phrase_an_argument_names_is_a_listed_key() {
    // The phrases arguments put in must be among `all_keys`, which the
    // test above checks in every file.
    let keys = ProblemKind::all_keys();
    for kind in ProblemKind::all() {
        for (_, arg) in kind.args() {
            if let Arg::Key(key) | Arg::KeyValue(key, _) = arg {
                assert!(
                    keys.contains(&key),
                    "{key} (from {}) is not listed",
                    kind.key()
                );
            }
        }
    }
}

/// Bad scenarios that between them meet many kinds, parse to validation.
const BAD: &[&str] = &[
    "this is not JSON",
    r#"{"schema":1,"product":{"value":{"dist":"fixed","value":1}},"userz":5}"#,
    r#"{"schema":7,"product":{"value":{"dist":"fixed","value":1}}}"#,
    r#"{"schema":1,"product":{"value":{"dist":"normal","mean":"a","sd":1}}}"#,
    r#"{"schema":1,"product":{"value":{"mean":1}}}"#,
    r#"{"schema":1,"users":0,"product":{"value":{"dist":"normal","mean":1,"sd":-1},
        "costs":{"money":{"dist":"fixed","value":-2}}},"segments":[{"name":"x","share":-1}]}"#,
];

#[test]
fn real_problems_read_in_every_language_without_english_or_gaps() {
    let problems: Vec<Problem> = BAD
        .iter()
        .flat_map(|json| parse_scenario(json).unwrap_err().problems)
        .collect();
    assert!(problems.len() >= 8, "{problems:?}");
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for p in &problems {
            let line = problem_line(&tr, p);
            // A missing key or argument shows as the key or `{$name}`.
            assert!(!line.contains("problem-"), "{lang}: {line}");
            assert!(!line.contains("{$"), "{lang}: {line}");
            if lang != Lang::En {
                // serde's and the engine's English words are gone: only
                // paths, names and JSON stay as they are.
                for english in ["must be", "expected", "unknown field", "got ", "missing"] {
                    assert!(!line.contains(english), "{lang}: {line}");
                }
            }
        }
    }
}

#[test]
fn english_reads_like_the_command_line_apart_from_number_grouping() {
    // The page's English and the CLI's come from the same kinds: the
    // Fluent text is the Display text, except that Fluent groups digits
    // and writes a minus sign (−).
    let tr = Translator::new(Lang::En);
    let samples = [
        ScenarioError::single("users", ProblemKind::UsersRange { max: 100, got: 0 }),
        parse_scenario("this is not JSON").unwrap_err(),
        parse_scenario(BAD[1]).unwrap_err(),
        parse_scenario(BAD[3]).unwrap_err(),
        parse_scenario(BAD[4]).unwrap_err(),
    ];
    for e in samples {
        for p in &e.problems {
            assert_eq!(problem_line(&tr, p).replace('−', "-"), p.to_string());
        }
    }
    let big = ProblemKind::UsersRange {
        max: 100_000_000,
        got: 0,
    };
    assert_eq!(
        problem_message(&tr, &big),
        "must be between 1 and 100,000,000 people, got 0"
    );
}

#[test]
fn nested_problems_are_translated_inside_their_parents() {
    let inner = ProblemKind::NotAPath {
        why: Box::new(ProblemKind::PathEmpty {}),
    };
    let tr = Translator::new(Lang::Ko);
    let text = problem_message(&tr, &inner);
    assert!(text.contains("비어 있음"), "{text}");
    assert!(text.contains("입력 경로가 아닙니다"), "{text}");
}

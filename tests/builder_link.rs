//! The activity builder's link (`src/builder/link.rs`) and QR code
//! (`src/builder/qr.rs`): choices in, a link out that the page reads back
//! as exactly those choices. Pure functions: these tests run in the
//! browser with the page's other tests and natively
//! (`cargo test -p worthit-app --test builder_link`), where
//! `wasm_bindgen_test` is an ordinary test.

use wasm_bindgen_test::*;
use worthit_app::builder::link::{
    Choices, GoalChoice, Lock, Source, activity, compare_page, lockables,
};
use worthit_app::builder::qr::{qr_svg, qr_width};
use worthit_app::editor::EditorGroup;
use worthit_app::share;
use worthit_engine::exercise::{GoalOp, Metric, check};
use worthit_engine::{RunOptions, params, presets, run};

wasm_bindgen_test_configure!(run_in_browser);

const BASE: &str = "https://example.org/worthit/";

fn plain(source: Source) -> Choices {
    Choices {
        source,
        groups: None,
        locks: Vec::new(),
        lang: None,
        compare: false,
        predict: false,
        predict_metric: None,
        embed: true,
        full_layout: false,
        exercise: None,
        variant_b: None,
    }
}

/// The query and the decoded hash of a link.
fn split(url: &str) -> (String, Option<worthit_engine::Scenario>) {
    let rest = url.strip_prefix(BASE).expect("the link starts at the base");
    let (query, hash) = match rest.find('#') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    (query.to_string(), share::decode_hash(hash).unwrap())
}

#[wasm_bindgen_test]
fn an_unchanged_preset_travels_by_id() {
    let a = activity(BASE, &plain(Source::Preset("game-gameplay"))).unwrap();
    assert_eq!(a.url, format!("{BASE}?embed=1&preset=game-gameplay"));
    assert!(
        a.scenario.exercise.is_none(),
        "presets load without their exercise"
    );
}

#[wasm_bindgen_test]
fn every_choice_becomes_its_query_parameter() {
    let choices = Choices {
        groups: Some(vec![EditorGroup::Costs, EditorGroup::Value]),
        locks: vec![Lock {
            path: "product.costs.money".into(),
            value: None,
        }],
        lang: Some("zh-TW".into()),
        compare: true,
        predict: true,
        full_layout: true,
        ..plain(Source::Preset("content-account"))
    };
    let a = activity(BASE, &choices).unwrap();
    // Groups in the editor's order whatever the order they were ticked.
    assert_eq!(
        a.url,
        format!(
            "{BASE}?embed=1&controls=value,costs&lock=product.costs.money\
             &preset=content-account&lang=zh-TW&compare=1&predict=1&layout=full"
        )
    );
    let none = Choices {
        groups: Some(Vec::new()),
        embed: false,
        ..plain(Source::Preset("content-account"))
    };
    assert_eq!(
        activity(BASE, &none).unwrap().url,
        format!("{BASE}?controls=none&preset=content-account")
    );
}

#[wasm_bindgen_test]
fn a_lock_at_a_new_value_sends_the_changed_scenario_in_the_hash() {
    let choices = Choices {
        locks: vec![Lock {
            path: "product.costs.time".into(),
            value: Some(0.6),
        }],
        ..plain(Source::Preset("game-gameplay"))
    };
    let a = activity(BASE, &choices).unwrap();
    let (query, scenario) = split(&a.url);
    assert_eq!(query, "?embed=1&lock=product.costs.time");
    let scenario = scenario.expect("the scenario is in the hash");
    assert_eq!(
        params::get_number(&scenario, "product.costs.time.mean").unwrap(),
        0.6
    );
    assert_eq!(scenario, a.scenario);
    // Only that number changed.
    let original = presets::get("game-gameplay").unwrap().scenario();
    let back = params::set_number(&scenario, "product.costs.time.mean", 1.2).unwrap();
    assert_eq!(back.product, original.product);
}

#[wasm_bindgen_test]
fn a_bad_lock_value_is_a_path_named_problem() {
    let choices = Choices {
        locks: vec![Lock {
            path: "users".into(),
            value: Some(-5.0),
        }],
        ..plain(Source::Preset("game-gameplay"))
    };
    let e = activity(BASE, &choices).unwrap_err();
    assert!(e.problems.iter().any(|p| p.path == "users"), "{e:?}");
}

#[wasm_bindgen_test]
fn the_goal_becomes_an_exercise_that_opens_the_shown_groups() {
    let choices = Choices {
        groups: Some(vec![EditorGroup::Costs]),
        exercise: Some(GoalChoice {
            metric: Metric::SegmentAdoption,
            segment: Some("Students".into()),
            op: GoalOp::AtLeast,
            target: 0.2,
            title: "  A student price ".into(),
            instructions: "Change only the costs.".into(),
            hint: String::new(),
        }),
        ..plain(Source::Preset("paid-tool-vs-free-leader"))
    };
    let a = activity(BASE, &choices).unwrap();
    let (query, scenario) = split(&a.url);
    assert_eq!(query, "?embed=1&controls=costs");
    let ex = scenario
        .unwrap()
        .exercise
        .expect("the exercise is in the link");
    assert_eq!(ex.title, "A student price");
    assert_eq!(ex.editable, vec!["product.costs".to_string()]);
    assert_eq!(ex.goal.segment.as_deref(), Some("Students"));
    assert_eq!(ex.hint, None);
    // The goal is judged as written: not met by the preset as it is.
    let small = worthit_engine::Scenario {
        users: 5_000,
        ..a.scenario.clone()
    };
    let results = run(&small, &RunOptions::default()).unwrap();
    assert!(!check(&ex, &results).met);

    // A segment the scenario lacks is refused with its path.
    let mut wrong = choices.clone();
    if let Some(goal) = &mut wrong.exercise {
        goal.segment = Some("Pupils".into());
    }
    let e = activity(BASE, &wrong).unwrap_err();
    assert!(
        e.problems.iter().any(|p| p.path == "exercise.goal.segment"),
        "{e:?}"
    );
}

#[wasm_bindgen_test]
fn lockables_name_the_numbers_a_teacher_can_fix() {
    let scenario = presets::get("game-gameplay").unwrap().scenario();
    let found = lockables(&scenario);
    let money = found
        .iter()
        .find(|l| l.path == "product.costs.money")
        .unwrap();
    // A free product: the money cost is fixed at zero, and its number
    // can be set like any other.
    assert!(money.value_path.starts_with("product.costs.money."));
    assert_eq!(money.value, 0.0);
    assert!(params::set_number(&scenario, &money.value_path, 0.5).is_ok());
    let time = found
        .iter()
        .find(|l| l.path == "product.costs.time")
        .unwrap();
    assert_eq!(
        (time.value_path.as_str(), time.value),
        ("product.costs.time.mean", 1.2)
    );
    assert!(found.iter().any(|l| l.path == "segments[1].share"));
    assert!(found.iter().any(|l| l.path == "users"));
    // The preset has no emotional cost, so nothing to lock there.
    assert!(!found.iter().any(|l| l.path == "product.costs.emotional"));
}

#[wasm_bindgen_test]
fn the_current_scenario_always_travels_in_the_hash() {
    let mut scenario = presets::get("game-gameplay").unwrap().scenario();
    scenario.title = "Our own".into();
    let a = activity(BASE, &plain(Source::Current(Box::new(scenario.clone())))).unwrap();
    let (query, back) = split(&a.url);
    assert_eq!(query, "?embed=1");
    assert_eq!(back, Some(scenario));
}

#[wasm_bindgen_test]
fn the_qr_code_is_an_svg_of_the_link() {
    let link = format!("{BASE}?embed=1&preset=game-gameplay&lang=ko");
    let svg = qr_svg(&link, "QR \"code\"").unwrap();
    assert!(
        svg.starts_with("<svg role=\"img\" aria-label=\"QR &quot;code&quot;\""),
        "{svg}"
    );
    assert!(svg.ends_with("</svg>"));
    assert!(svg.contains("<path"));
    // A QR code of version v is 17 + 4v modules wide; these 65 bytes are
    // more than version 4 holds at medium correction (62 bytes), so the
    // code is at least version 5 (37 modules), and a longer link needs a
    // wider one.
    let width = qr_width(&link).unwrap();
    assert_eq!((width - 17) % 4, 0, "{width}");
    assert!(width >= 37, "{width}");
    assert!(qr_width(&format!("{link}#s={}", "A".repeat(400))).unwrap() > width);
    // Past a QR code's capacity there is no code, not a panic.
    assert_eq!(qr_svg(&"x".repeat(3_000), "QR"), None);
}

#[wasm_bindgen_test]
fn compare_mode_names_what_students_predict() {
    let choices = Choices {
        compare: true,
        predict: true,
        predict_metric: Some(worthit_engine::PredictMetric::Winner),
        ..plain(Source::Preset("content-account"))
    };
    let url = activity(BASE, &choices).unwrap().url;
    assert!(url.contains("compare=1&predict=winner"), "{url}");
    // The page reads it back as the winner, in compare mode.
    let search = url.split_once('?').map(|(_, q)| format!("?{q}")).unwrap();
    let (query, warnings) = worthit_app::embed::query::PageQuery::parse(&search, &|_| None);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        query.predict_asked(),
        Some(worthit_page_core::predict::Asked::Metric(
            worthit_engine::PredictMetric::Winner
        ))
    );
    // Without a prediction the metric is not written.
    let off = Choices {
        predict: false,
        ..choices
    };
    assert!(!activity(BASE, &off).unwrap().url.contains("predict"));
}

#[wasm_bindgen_test]
fn a_comparison_travels_whole_with_its_locks_in_both_variants() {
    // The teacher came from compare mode: A and B differ in the claim.
    let a = presets::get("game-gameplay").unwrap().scenario();
    let b = params::set_number(&a, "product.claim", 5.0).unwrap();
    assert_ne!(a, b);
    let choices = Choices {
        compare: true,
        predict: true,
        predict_metric: Some(worthit_engine::PredictMetric::Lift),
        locks: vec![Lock {
            path: "product.costs.money".into(),
            value: Some(2.5),
        }],
        variant_b: Some(b.clone()),
        ..plain(Source::Current(Box::new(a.clone())))
    };
    let url = activity(BASE, &choices).unwrap().url;
    let hash = &url[url.find('#').expect("a hash")..];
    let doc = worthit_app::lab::link::decode_hash(hash)
        .expect("a comparison link")
        .unwrap();
    // The lock's value is set in both variants; B keeps its own claim.
    for s in [&doc.a, &doc.b] {
        assert_eq!(
            params::get_number(s, "product.costs.money.mean").unwrap(),
            2.5
        );
    }
    assert_eq!(doc.b.product.claim, Some(5.0));
    assert_eq!(doc.a.product.claim, a.product.claim);
    assert!(url.contains("compare=1"), "{url}");
    // Without compare mode B stays behind: a plain scenario link.
    let single = Choices {
        compare: false,
        predict_metric: None,
        ..choices
    };
    let url = activity(BASE, &single).unwrap().url;
    let (_, scenario) = split(&url);
    assert_eq!(
        params::get_number(&scenario.unwrap(), "product.costs.money.mean").unwrap(),
        2.5
    );
    assert!(!url.contains("compare"), "{url}");
}

#[wasm_bindgen_test]
fn predicting_a_comparison_whose_b_is_a_copy_of_a_is_flagged() {
    let asked = Choices {
        compare: true,
        predict: true,
        ..plain(Source::Preset("content-account"))
    };
    assert!(asked.predicts_a_copy(), "a preset in compare mode: B = A");
    let current = Source::Current(Box::new(presets::get("game-gameplay").unwrap().scenario()));
    assert!(
        Choices {
            source: current.clone(),
            ..asked.clone()
        }
        .predicts_a_copy(),
        "a single scenario in compare mode: B = A"
    );
    // The teacher's own comparison, no prediction, or no compare mode:
    // nothing to say.
    let mut b = presets::get("game-gameplay").unwrap().scenario();
    b.product.claim = None;
    assert!(
        !Choices {
            source: current,
            variant_b: Some(b),
            ..asked.clone()
        }
        .predicts_a_copy()
    );
    assert!(
        !Choices {
            predict: false,
            ..asked.clone()
        }
        .predicts_a_copy()
    );
    assert!(
        !Choices {
            compare: false,
            ..asked
        }
        .predicts_a_copy()
    );
}

#[wasm_bindgen_test]
fn the_compare_page_opens_the_source_in_compare_mode() {
    // A preset by id, in the page's own query spelling.
    assert_eq!(
        compare_page(BASE, &Source::Preset("content-account")),
        format!("{BASE}?preset=content-account&compare=1")
    );
    // A scenario in the hash, as share links carry it.
    let mut scenario = presets::get("game-gameplay").unwrap().scenario();
    scenario.users = 12_345;
    let url = compare_page(BASE, &Source::Current(Box::new(scenario.clone())));
    let (query, back) = split(&url);
    assert_eq!(query, "?compare=1");
    assert_eq!(back, Some(scenario));
}

//! Random and mangled scenarios never panic: parsing, validation and a run
//! either give results that make sense or errors that name where the
//! problem is. A wasm panic kills the page, so this is the page's safety
//! net as much as the command line's.
//!
//! Runs use at most 2,000 people so each case takes milliseconds.

use proptest::prelude::*;
use serde_json::{Map, Value, json};
use worthit_engine::{Results, RunOptions, ScenarioError, parse_scenario, presets, run};

/// Most people simulated in one case.
const MAX_CASE_USERS: u64 = 2_000;

/// Numbers that sit on or beyond the edges of the rules.
const EDGE_NUMBERS: [f64; 18] = [
    0.0,
    -0.0,
    1.0,
    -1.0,
    0.5,
    2.0,
    10.0,
    11.0,
    520.0,
    1e-300,
    -1e-300,
    1e-9,
    1e6,
    -1e6,
    1_000_000.5,
    1e308,
    -1e308,
    9.007_199_254_740_993e15,
];

/// Numbers validation accepts in many places, at the extremes.
const IN_RANGE_EXTREMES: [f64; 10] = [
    0.0, 1e-300, 1e-9, 0.5, 1.0, 10.0, 999_999.0, 1e6, -1e6, -1e-300,
];

/// Strings a mutation may put in place of a value or a key: real field
/// names and kinds (to make near-valid documents) and junk.
const WORDS: [&str; 22] = [
    "dist",
    "fixed",
    "normal",
    "lognormal",
    "uniform",
    "triangular",
    "mean",
    "sd",
    "value",
    "min",
    "max",
    "mode",
    "share",
    "rule",
    "logit",
    "threshold",
    "gameplay",
    "characters",
    "temperature",
    "",
    "ünïcødé",
    "gamma",
];

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        prop::sample::select(&EDGE_NUMBERS[..]).prop_map(|x| json!(x)),
        (-20.0f64..20.0).prop_map(|x| json!(x)),
        any::<i64>().prop_map(|x| json!(x)),
        any::<u64>().prop_map(|x| json!(x)),
        (0u64..3000).prop_map(|x| json!(x)),
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        3 => number(),
        1 => prop::sample::select(&WORDS[..]).prop_map(|s| json!(s)),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

/// Any JSON value, a few levels deep, with keys drawn from the format's
/// own vocabulary so some documents get past the first checks.
fn any_json() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(&WORDS[..]), inner), 0..6).prop_map(
                |pairs| {
                    Value::Object(
                        pairs
                            .into_iter()
                            .map(|(k, v)| (k.to_string(), v))
                            .collect::<Map<String, Value>>(),
                    )
                }
            ),
        ]
    })
}

/// One change to a document, applied at the `at`-th node (pre-order,
/// modulo the node count).
#[derive(Debug, Clone)]
enum Mutation {
    Remove,
    RenameKey(&'static str),
    Replace(Value),
    /// Repeat an array's first element to this length (past the limits).
    Grow(usize),
}

fn mutation() -> impl Strategy<Value = (usize, Mutation)> {
    let m = prop_oneof![
        2 => Just(Mutation::Remove),
        1 => prop::sample::select(&WORDS[..]).prop_map(Mutation::RenameKey),
        4 => scalar().prop_map(Mutation::Replace),
        1 => any_json().prop_map(Mutation::Replace),
        1 => (0usize..20).prop_map(Mutation::Grow),
    ];
    (any::<usize>(), m)
}

/// JSON pointers of every node below the root, in pre-order.
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = format!("{here}/{i}");
                out.push(p.clone());
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

fn apply(doc: &mut Value, at: usize, m: &Mutation) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    if all.is_empty() {
        return;
    }
    let target = &all[at % all.len()];
    let (parent_ptr, last) = target.rsplit_once('/').unwrap();
    let key = last.replace("~1", "/").replace("~0", "~");
    match m {
        Mutation::Replace(v) => {
            if let Some(node) = doc.pointer_mut(target) {
                *node = v.clone();
            }
        }
        Mutation::Grow(n) => {
            if let Some(Value::Array(items)) = doc.pointer_mut(target) {
                if let Some(first) = items.first().cloned() {
                    items.resize(*n, first);
                }
            }
        }
        Mutation::Remove | Mutation::RenameKey(_) => match doc.pointer_mut(parent_ptr) {
            Some(Value::Object(map)) => {
                let removed = map.remove(&key);
                if let (Some(v), Mutation::RenameKey(new)) = (removed, m) {
                    map.insert(new.to_string(), v);
                }
            }
            Some(Value::Array(items)) => match key.parse::<usize>() {
                Ok(i) if i < items.len() => {
                    items.remove(i);
                }
                _ => {}
            },
            _ => {}
        },
    }
}

/// Keeps a case fast: any whole-number `users` above the cap is lowered.
fn cap_users(doc: &mut Value) {
    if let Some(users) = doc.get_mut("users") {
        if users.as_u64().is_some_and(|n| n > MAX_CASE_USERS) {
            *users = json!(MAX_CASE_USERS);
        }
    }
}

/// The property: no panic; a valid scenario runs to sensible results; an
/// invalid one gets problems that each say where (a JSON path, or a line
/// and column for text that is not a JSON object).
fn check(text: &str, sensitivity: bool) {
    match parse_scenario(text) {
        Ok(mut scenario) => {
            // A removed `users` falls back to the default of 100,000.
            scenario.users = scenario.users.min(MAX_CASE_USERS);
            let options = RunOptions {
                sensitivity,
                ..RunOptions::default()
            };
            match run(&scenario, &options) {
                Ok(results) => check_results(&results, scenario.users),
                Err(e) => check_error(&e, text),
            }
        }
        Err(e) => check_error(&e, text),
    }
}

fn check_error(e: &ScenarioError, text: &str) {
    assert!(!e.problems.is_empty(), "an error without problems");
    let is_object = serde_json::from_str::<Value>(text).is_ok_and(|v| v.is_object());
    for p in &e.problems {
        assert!(!p.message().is_empty(), "empty message at {}", p.path);
        if is_object {
            assert!(
                !p.path.is_empty(),
                "no path for {:?} in {text}",
                p.message()
            );
        } else {
            assert!(
                p.message().contains("line ") || p.message().contains("expected a JSON object"),
                "unlocated document error {:?}",
                p.message()
            );
        }
    }
}

fn check_results(r: &Results, users: u64) {
    let a = &r.adoption;
    assert_eq!(r.users, users);
    assert!(a.adopters <= users);
    assert!((0.0..=1.0).contains(&a.share), "share {}", a.share);
    // The interval's ends are computed in floating point; allow rounding
    // far below anything a person could see.
    let eps = 1e-12;
    assert!(
        a.ci95[0] <= a.share + eps && a.share <= a.ci95[1] + eps,
        "{a:?}"
    );
    assert!(0.0 <= a.ci95[0] && a.ci95[1] <= 1.0, "{a:?}");
    if !r.choices.is_empty() {
        let total: f64 = r.choices.iter().map(|c| c.share).sum();
        assert!((total - 1.0).abs() < 1e-9, "choices sum to {total}");
    }
    let seg_users: u64 = r.segments.iter().map(|s| s.users).sum();
    assert!(r.segments.is_empty() || seg_users == users);
    for s in &r.sensitivity {
        assert!(
            s.adoption_share.is_finite() && s.change.is_finite(),
            "{s:?}"
        );
    }
    let h = &r.net_value.histogram;
    assert!(h.counts.len() <= 100);
    assert_eq!(h.edges.len(), h.counts.len() + 1);
    // The output must be valid JSON (no NaN) for the CLI and the page.
    let text = serde_json::to_string(r).unwrap();
    let back: Results = serde_json::from_str(&text).expect("results round-trip");
    assert_eq!(back.adoption.adopters, a.adopters);
}

fn preset_json() -> impl Strategy<Value = Value> {
    (0..presets::all().len()).prop_map(|i| serde_json::from_str(presets::all()[i].json()).unwrap())
}

proptest! {
    // 256 cases each by default; set PROPTEST_CASES for a longer hunt.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn random_json_never_panics(v in any_json(), with_schema in any::<bool>()) {
        let mut v = v;
        // Half the time make it look like a v1 document so it reaches the
        // typed and range checks.
        if let (true, Value::Object(map)) = (with_schema, &mut v) {
            map.insert("schema".into(), json!(1));
        }
        cap_users(&mut v);
        check(&v.to_string(), false);
    }

    #[test]
    fn mangled_presets_never_panic(
        doc in preset_json(),
        mutations in prop::collection::vec(mutation(), 1..5),
        sensitivity in any::<bool>(),
    ) {
        let mut doc = doc;
        doc["users"] = json!(MAX_CASE_USERS);
        for (at, m) in &mutations {
            apply(&mut doc, *at, m);
        }
        cap_users(&mut doc);
        check(&doc.to_string(), sensitivity);
    }

    #[test]
    fn extreme_numbers_in_presets_run_or_explain(
        doc in preset_json(),
        changes in prop::collection::vec(
            (any::<usize>(), prop::sample::select(&IN_RANGE_EXTREMES[..])),
            1..6,
        ),
        sensitivity in any::<bool>(),
    ) {
        // Only numbers change, to values at the edges of what validation
        // accepts, so most cases reach the simulation itself.
        let mut doc = doc;
        doc["users"] = json!(MAX_CASE_USERS);
        let mut all = Vec::new();
        pointers(&doc, String::new(), &mut all);
        all.retain(|p| doc.pointer(p).is_some_and(Value::is_f64) && !p.starts_with("/users"));
        for (at, x) in &changes {
            if let Some(node) = doc.pointer_mut(&all[at % all.len()]) {
                *node = json!(x);
            }
        }
        check(&doc.to_string(), sensitivity);
    }

    #[test]
    fn mangled_text_never_panics(
        i in 0..6usize,
        cut in any::<usize>(),
        len in 0..8usize,
        insert in "[{}\\[\\],:\"0-9a-z.eE+-]{0,4}",
    ) {
        // Byte-level damage: delete a span and insert junk, giving syntax
        // errors anywhere in the text (which must report line and column).
        let source = presets::all()[i % presets::all().len()].json();
        let source = source.replace("100000", "2000");
        let mut chars: Vec<char> = source.chars().collect();
        let at = cut % chars.len();
        let end = (at + len).min(chars.len());
        chars.splice(at..end, insert.chars());
        let text: String = chars.into_iter().collect();
        check(&text, false);
    }
}

/// The mutation machinery itself must reach the interesting failures, or
/// the properties above would pass vacuously.
#[test]
fn mutations_hit_fields_deep_in_the_document() {
    let mut doc: Value = serde_json::from_str(presets::all()[0].json()).unwrap();
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let target = all
        .iter()
        .position(|p| p == "/segments/1/share")
        .expect("pointer listed");
    apply(&mut doc, target, &Mutation::Replace(json!(-1.0)));
    let err = parse_scenario(&doc.to_string()).unwrap_err();
    assert_eq!(err.problems[0].path, "segments[1].share");

    let target = all.iter().position(|p| p == "/product/value").unwrap();
    apply(&mut doc, target, &Mutation::RenameKey("worth"));
    let err = parse_scenario(&doc.to_string()).unwrap_err();
    assert_eq!(err.problems[0].path, "product.worth");
}

/// Found by `extreme_numbers_in_presets_run_or_explain`: a credibility of
/// 1e-300 made the over-claim's trust cost infinite, and the mean net
/// value null in the JSON. The claim's trust cost is now capped.
#[test]
fn a_tiny_credibility_gives_finite_results() {
    let mut doc: Value =
        serde_json::from_str(presets::get("finance-modest-claim").unwrap().json()).unwrap();
    doc["users"] = json!(MAX_CASE_USERS);
    doc["product"]["credibility"] = json!(1e-300);
    doc["segments"][0]["weights"]["trust"] = json!(999_999.0);
    check(&doc.to_string(), false);
    check(&doc.to_string(), true);
}

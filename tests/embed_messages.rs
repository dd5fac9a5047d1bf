//! Messages between worthit and its host page: which origins are obeyed,
//! how requests are read, the shapes of outgoing messages and of the xAPI
//! statement. The filtering is also tested end to end on real
//! `MessageEvent`s dispatched to the window, with the origin set.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::{Value, json};
use wasm_bindgen_test::*;
use worthit_app::embed::messages::{self, Incoming, MAX_MESSAGE_BYTES, PROTOCOL, accepts, read};
use worthit_app::embed::xapi::{self, About};
use worthit_engine::{RunOptions, Scenario, presets, run};

wasm_bindgen_test_configure!(run_in_browser);

/// A quick run: debug WebAssembly is slow, and the shapes do not depend on
/// the number of people.
fn small_run() -> (Scenario, worthit_engine::Results) {
    let mut scenario = presets::default_preset().scenario();
    scenario.users = 2_000;
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let results = run(&scenario, &options).unwrap();
    (scenario, results)
}

fn preset_json() -> Value {
    serde_json::from_str(presets::default_preset().json()).unwrap()
}

#[wasm_bindgen_test]
fn only_the_named_host_is_obeyed() {
    let host = Some("https://lms.example.edu");
    assert!(accepts(host, "https://lms.example.edu"));
    for other in [
        "https://lms.example.edu:8443",
        "http://lms.example.edu",
        "https://evil.example",
        "https://lms.example.edu.evil.example",
        "null",
        "",
    ] {
        assert!(!accepts(host, other), "{other}");
    }
    assert!(!accepts(None, "https://lms.example.edu"));
    assert!(!accepts(Some("null"), "null"));
}

/// An internationalised host is obeyed when the browser reports its
/// origin in ASCII form, whichever way `?host=` wrote it.
#[wasm_bindgen_test]
fn an_internationalised_host_is_obeyed() {
    for host in ["http://bücher.example", "http://xn--bcher-kva.example"] {
        assert!(
            accepts(Some(host), "http://xn--bcher-kva.example"),
            "{host}"
        );
        assert!(!accepts(Some(host), "http://bucher.example"), "{host}");
    }
}

#[wasm_bindgen_test]
fn load_takes_an_object_or_text() {
    let expected = presets::default_preset().scenario();
    let object = json!({ "type": "worthit:load", "scenario": preset_json() });
    let text = json!({ "type": "worthit:load", "scenario": preset_json().to_string() });
    for message in [object, text] {
        match read(&message) {
            Ok(Some(Incoming::Load(s))) => assert_eq!(*s, expected),
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(
        read(&json!({ "type": "worthit:run" })),
        Ok(Some(Incoming::Run))
    );
}

#[wasm_bindgen_test]
fn requests_that_cannot_be_obeyed_say_why() {
    let mut bad = preset_json();
    bad["users"] = json!(0);
    let err = read(&json!({ "type": "worthit:load", "scenario": bad })).unwrap_err();
    assert!(err.contains("users"), "{err}");
    let err = read(&json!({ "type": "worthit:load", "scenario": "{ nope" })).unwrap_err();
    assert!(err.contains("JSON"), "{err}");
    let err = read(&json!({ "type": "worthit:load" })).unwrap_err();
    assert!(err.contains("no `scenario`"), "{err}");
    assert!(read(&json!({ "type": "worthit:load", "scenario": 3 })).is_err());
    let err = read(&json!({ "type": "worthit:fly" })).unwrap_err();
    assert!(err.contains("worthit:fly"), "{err}");
    let huge = "x".repeat(MAX_MESSAGE_BYTES + 1);
    let err = read(&json!({ "type": "worthit:load", "scenario": huge })).unwrap_err();
    assert!(err.contains("too large: over 1 MiB"), "{err}");
}

/// A message far over the input limit (50 MB) is refused with the real
/// reason, not as "not JSON-like", before it is parsed.
#[wasm_bindgen_test]
fn a_huge_message_is_too_large_not_unreadable() {
    assert_eq!(MAX_MESSAGE_BYTES, worthit_engine::input::MAX_INPUT_BYTES);
    let huge = "x".repeat(3 * MAX_MESSAGE_BYTES);
    let data =
        js_sys::JSON::parse(&json!({ "type": "worthit:load", "scenario": huge }).to_string())
            .unwrap();
    let err = messages::data_to_json(&data).unwrap_err();
    assert!(err.contains("too large: over 1 MiB"), "{err}");
    let small = js_sys::JSON::parse(r#"{"type": "worthit:run"}"#).unwrap();
    assert_eq!(
        messages::data_to_json(&small).unwrap()["type"],
        "worthit:run"
    );
}

#[wasm_bindgen_test]
fn other_messages_are_not_requests() {
    for data in [
        json!("hello"),
        json!(null),
        json!([1, 2]),
        json!({ "type": 4 }),
        json!({ "type": "other-lib:ping" }),
        json!({ "type": "worthit:ready" }),
        json!({ "type": "worthit:result", "results": {} }),
        json!({ "type": "worthit:resize", "height": 3 }),
    ] {
        assert_eq!(read(&data), Ok(None), "{data}");
    }
}

#[wasm_bindgen_test]
fn outgoing_messages_have_their_shapes() {
    assert_eq!(ready_type(&messages::ready()), "worthit:ready");
    assert_eq!(messages::ready()["protocol"], PROTOCOL);
    assert_eq!(
        messages::error("x"),
        json!({ "type": "worthit:error", "message": "x" })
    );
    assert_eq!(
        messages::resize(640),
        json!({ "type": "worthit:resize", "height": 640 })
    );
    let (_, results) = small_run();
    let message = messages::result(&results, json!({ "verb": {} }));
    assert_eq!(message["type"], "worthit:result");
    // The results are results v1, exactly as `worthit run --json` has them.
    let back: worthit_engine::Results = serde_json::from_value(message["results"].clone()).unwrap();
    assert_eq!(back.adoption.adopters, results.adoption.adopters);
    assert_eq!(message["statement"], json!({ "verb": {} }));

    // A comparison: `worthit compare --json`'s object, with its type.
    let (scenario, _) = small_run();
    let compared =
        worthit_engine::compare::compare(&scenario, &scenario, &RunOptions::default()).unwrap();
    let message = messages::comparison(&compared, json!({ "verb": {} }));
    assert_eq!(message["type"], "worthit:comparison");
    assert_eq!(message["statement"], json!({ "verb": {} }));
    let mut fields = message.clone();
    fields.as_object_mut().unwrap().remove("type");
    fields.as_object_mut().unwrap().remove("statement");
    let back: worthit_engine::CompareResults = serde_json::from_value(fields).unwrap();
    assert_eq!(back.comparison.lift, 0.0);
    assert_eq!(back.a.adoption.adopters, compared.a.adoption.adopters);
}

fn ready_type(v: &Value) -> &str {
    v["type"].as_str().unwrap()
}

#[wasm_bindgen_test]
fn the_statement_is_xapi_shaped() {
    let (scenario, results) = small_run();
    let s = xapi::statement(
        &results,
        About {
            scenario: &scenario,
            activity_id: "https://example.org/worthit/#s=abc",
            lang: "ko",
            timestamp: "2026-11-22T00:00:00.000Z",
        },
    );
    assert!(s.get("actor").is_none(), "the wrapper adds the actor");
    assert_eq!(s["verb"]["id"], xapi::VERB_EXPERIENCED);
    assert_eq!(s["object"]["objectType"], "Activity");
    assert_eq!(s["object"]["id"], "https://example.org/worthit/#s=abc");
    assert_eq!(s["object"]["definition"]["type"], xapi::ACTIVITY_SIMULATION);
    assert_eq!(
        s["object"]["definition"]["name"]["ko"],
        scenario.title.as_str()
    );
    let score = &s["result"]["score"];
    assert_eq!(score["scaled"].as_f64(), Some(results.adoption.share));
    assert_eq!(score["raw"].as_u64(), Some(results.adoption.adopters));
    assert_eq!(score["min"].as_u64(), Some(0));
    assert_eq!(score["max"].as_u64(), Some(results.users));
    let scaled = score["scaled"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&scaled));
    assert_eq!(s["result"]["completion"], true);
    let extensions = s["result"]["extensions"].as_object().unwrap();
    assert!(!extensions.is_empty());
    for key in extensions
        .keys()
        .chain(s["context"]["extensions"].as_object().unwrap().keys())
    {
        assert!(
            key.starts_with(xapi::EXTENSION_BASE),
            "{key}: extension keys are IRIs"
        );
    }
    assert_eq!(
        extensions["urn:worthit:xapi:adopters"].as_u64(),
        Some(results.adoption.adopters)
    );
    assert_eq!(s["context"]["language"], "ko");
    assert_eq!(s["timestamp"], "2026-11-22T00:00:00.000Z");
}

/// Dispatches a `message` event with this origin and data on the window,
/// as the browser does for `postMessage`.
fn dispatch(origin: &str, data: &Value) {
    let init = web_sys::MessageEventInit::new();
    init.set_origin(origin);
    init.set_data(&js_sys::JSON::parse(&data.to_string()).unwrap());
    let event = web_sys::MessageEvent::new_with_event_init_dict("message", &init).unwrap();
    let window = web_sys::window().unwrap();
    window.dispatch_event(&event).unwrap();
}

type Seen = Rc<RefCell<Vec<Result<Incoming, String>>>>;

fn listener(host: Option<&str>) -> (Option<gloo::events::EventListener>, Seen) {
    let seen: Seen = Rc::default();
    let sink = seen.clone();
    let listener = messages::listen(host.map(String::from), move |request| {
        sink.borrow_mut().push(request)
    });
    (listener, seen)
}

#[wasm_bindgen_test]
fn the_listener_obeys_only_its_host() {
    let (listener, seen) = listener(Some("https://lms.example.edu"));
    assert!(listener.is_some());
    let run = json!({ "type": "worthit:run" });
    dispatch("https://evil.example", &run);
    dispatch("null", &run);
    dispatch("https://lms.example.edu:444", &run);
    assert!(
        seen.borrow().is_empty(),
        "messages from other origins are ignored"
    );

    dispatch("https://lms.example.edu", &run);
    dispatch("https://lms.example.edu", &json!({ "type": "chatter" }));
    dispatch(
        "https://lms.example.edu",
        &json!({ "type": "worthit:load", "scenario": preset_json() }),
    );
    dispatch(
        "https://lms.example.edu",
        &json!({ "type": "worthit:load" }),
    );
    let seen = seen.borrow();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[0], Ok(Incoming::Run));
    assert!(matches!(seen[1], Ok(Incoming::Load(_))));
    assert!(seen[2].is_err());
}

#[wasm_bindgen_test]
fn without_a_host_nobody_is_obeyed() {
    let (listener, _) = listener(None);
    assert!(listener.is_none());
}

#[wasm_bindgen_test]
fn a_dropped_listener_stops_listening() {
    let (listener, seen) = listener(Some("https://lms.example.edu"));
    drop(listener);
    dispatch("https://lms.example.edu", &json!({ "type": "worthit:run" }));
    assert!(seen.borrow().is_empty());
}

#[wasm_bindgen_test]
fn posting_from_the_top_window_goes_nowhere() {
    // wasm-bindgen-test runs the tests in a top-level page.
    assert!(messages::parent().is_none());
    assert!(!messages::post(None, &messages::ready()));
}

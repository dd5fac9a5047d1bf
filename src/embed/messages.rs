//! Messages between worthit and the page that embeds it (`postMessage`).
//! The schema is documented in `docs/embedding.md`; in short:
//!
//! - worthit sends `worthit:ready` once it listens, `worthit:result` after
//!   each complete run (results v1 plus an xAPI-shaped `statement`),
//!   `worthit:comparison` after each complete A vs. B run in compare mode,
//!   `worthit:error` when a run or a host's request fails, and
//!   `worthit:resize` when its content height changes.
//! - worthit obeys `worthit:load` (`scenario`: an object or JSON text) and
//!   `worthit:run` only from the origin named by `?host=`, compared exactly
//!   with `event.origin`; without `?host=` it obeys nobody. The sender may
//!   be any window of that origin (an LMS often nests its content frames),
//!   so the origin, not the window, is what is trusted.
//! - Outgoing messages go to the `?host=` origin only. Without `?host=`
//!   they go to `"*"`: they carry nothing but the scenario the embedding
//!   page chose and the results of edits made inside that same page, so no
//!   third party learns anything from them, and a host without `?host=`
//!   (a sandboxed iframe has an opaque origin, so worthit cannot find out
//!   who its parent is) still gets its ready signal, results and height.
//!   A `?host=` that is present but not an origin fails closed: nothing is
//!   sent and nothing obeyed (the page shows a notice saying so).
//!
//! The message shapes are built and read as `serde_json` values by pure
//! functions, tested natively; [`post`] and [`listen`] are the thin browser
//! edge.

use gloo::events::EventListener;
use serde_json::{Value, json};
use wasm_bindgen::{JsCast, JsValue};
use worthit_engine::{Results, Scenario, parse_scenario};

use super::query::parse_origin;

/// The version of this message schema, sent with `worthit:ready`. It grows
/// when a message gains a field; names are never changed.
pub const PROTOCOL: u32 = 1;

/// Scenarios above this size are refused unread: the engine's one input
/// limit (1 MiB), the same as for files, links and storage. A real
/// scenario is a few kilobytes, and a host has no business making the page
/// parse megabytes.
pub const MAX_MESSAGE_BYTES: usize = worthit_engine::input::MAX_INPUT_BYTES;

/// Room for a message's own fields around its scenario.
const ENVELOPE_BYTES: usize = 4096;

/// A request from the host page.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// Make this (valid) scenario current and run it.
    Load(Box<Scenario>),
    /// Run the current scenario again.
    Run,
}

/// Whether a message from `origin` may be obeyed: only when `?host=` named
/// exactly that origin. An opaque origin (`"null"`, a sandboxed frame or a
/// `file:` page) never matches, since any sandboxed page anywhere has it.
/// Both sides are compared in the browser's normal form
/// ([`parse_origin`]), so an internationalised host matches however it
/// was written.
pub fn accepts(host: Option<&str>, origin: &str) -> bool {
    host.is_some_and(|host| {
        origin != "null"
            && (host == origin
                || parse_origin(host).is_some_and(|h| Some(h) == parse_origin(origin)))
    })
}

/// Reads a message's data. `Ok(None)` for anything that is not a worthit
/// request (other libraries on the host post their own messages, and the
/// host may echo worthit's own), `Err` with an English explanation for a
/// worthit request that cannot be obeyed.
pub fn read(data: &Value) -> Result<Option<Incoming>, String> {
    let Some(kind) = data.get("type").and_then(Value::as_str) else {
        return Ok(None);
    };
    match kind {
        "worthit:run" => Ok(Some(Incoming::Run)),
        "worthit:load" => {
            let json = match data.get("scenario") {
                Some(Value::String(text)) => text.clone(),
                Some(value @ Value::Object(_)) => value.to_string(),
                Some(_) => {
                    return Err("worthit:load: `scenario` must be an object or JSON text".into());
                }
                None => return Err("worthit:load: the message has no `scenario`".into()),
            };
            if json.len() > MAX_MESSAGE_BYTES {
                return Err(too_large());
            }
            parse_scenario(&json)
                .map(|s| Some(Incoming::Load(Box::new(s))))
                .map_err(|e| format!("worthit:load: the scenario is not valid: {e}"))
        }
        // worthit's own messages, echoed back: not requests.
        "worthit:ready" | "worthit:result" | "worthit:comparison" | "worthit:error"
        | "worthit:resize" => Ok(None),
        other if other.starts_with("worthit:") => Err(format!(
            "unknown message type {other:?}; worthit accepts worthit:load and worthit:run"
        )),
        _ => Ok(None),
    }
}

/// `{type: "worthit:ready", protocol}`: worthit listens and will send
/// results.
pub fn ready() -> Value {
    json!({ "type": "worthit:ready", "protocol": PROTOCOL })
}

/// `{type: "worthit:result", results, statement}`: the results (format v1,
/// as `worthit run --json` prints them) and an xAPI statement about them
/// (see `xapi.rs`).
pub fn result(results: &Results, statement: Value) -> Value {
    json!({
        "type": "worthit:result",
        "results": worthit_engine::json_text::to_value(results).unwrap_or(Value::Null),
        "statement": statement,
    })
}

/// What the student did, beyond the simulation: the exercise's goal and
/// the scored prediction (issue 16). Both are JSON objects as
/// `docs/embedding.md` shows them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    /// `{title, metric, op, target, current, goal_met}` while an exercise
    /// is active.
    pub exercise: Option<Value>,
    /// The scored prediction once revealed
    /// (`crate::exercise::predict::report`).
    pub prediction: Option<Value>,
}

impl Outcome {
    /// The outcome for `results` of `scenario`, with `prediction` as the
    /// page has it.
    pub fn of(scenario: &Scenario, results: &Results, prediction: Option<Value>) -> Outcome {
        let exercise = scenario.exercise.as_ref().map(|e| {
            let status = worthit_engine::exercise::check(e, results);
            json!({
                "title": e.title,
                "metric": e.goal.metric,
                "op": e.goal.op,
                "target": status.target,
                "current": status.current,
                "goal_met": status.met,
            })
        });
        Outcome {
            exercise,
            prediction,
        }
    }
}

/// `message` with the outcome's fields (`exercise`, `prediction`) added
/// where present.
pub fn with_outcome(mut message: Value, outcome: &Outcome) -> Value {
    if let Value::Object(fields) = &mut message {
        if let Some(e) = &outcome.exercise {
            fields.insert("exercise".into(), e.clone());
        }
        if let Some(p) = &outcome.prediction {
            fields.insert("prediction".into(), p.clone());
        }
    }
    message
}

/// `{type: "worthit:comparison", a, b, comparison, statement}`: both
/// results and the comparison, as `worthit compare --json` prints them,
/// and an xAPI statement about them (`xapi::comparison_statement`).
pub fn comparison(results: &worthit_engine::CompareResults, statement: Value) -> Value {
    let mut message = worthit_engine::json_text::to_value(results).unwrap_or(Value::Null);
    if let Value::Object(fields) = &mut message {
        fields.insert("type".into(), Value::from("worthit:comparison"));
        fields.insert("statement".into(), statement);
    }
    message
}

/// `{type: "worthit:error", message}`: an English explanation for the host's
/// developer (the person using the page sees a translated notice).
pub fn error(message: &str) -> Value {
    json!({ "type": "worthit:error", "message": message })
}

/// `{type: "worthit:resize", height}`: the content's height in CSS pixels,
/// so the host can size the iframe to fit without scrolling.
pub fn resize(height: u32) -> Value {
    json!({ "type": "worthit:resize", "height": height })
}

/// The window worthit is embedded in; `None` when it is the top window
/// (then there is nobody to talk to).
pub fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    let own: &JsValue = window.as_ref();
    let theirs: &JsValue = parent.as_ref();
    (!js_sys::Object::is(own, theirs)).then_some(parent)
}

/// Posts `message` to the parent window, to the target origin `target`
/// ([`PageQuery::outgoing_target`](super::PageQuery::outgoing_target));
/// `None` sends nothing (an invalid `?host=`). False when nothing was
/// sent: not embedded, no target, or the browser refused.
pub fn post(target: Option<&str>, message: &Value) -> bool {
    let (Some(target), Some(parent)) = (target, parent()) else {
        return false;
    };
    let Ok(data) = js_sys::JSON::parse(&message.to_string()) else {
        return false;
    };
    parent.post_message(&data, target).is_ok()
}

/// Listens for the host's requests: each message from the `host` origin is
/// read and handed to `on_request` (requests that cannot be obeyed as
/// `Err`); everything else is ignored. `None` without a host, since then
/// no message is ever obeyed. Dropping the listener stops listening.
pub fn listen(
    host: Option<String>,
    on_request: impl Fn(Result<Incoming, String>) + 'static,
) -> Option<EventListener> {
    let host = host?;
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if !accepts(Some(&host), &event.origin()) {
            return;
        }
        match data_to_json(&event.data()) {
            Ok(data) => match read(&data) {
                Ok(Some(request)) => on_request(Ok(request)),
                Ok(None) => {}
                Err(why) => on_request(Err(why)),
            },
            Err(why) => on_request(Err(why)),
        }
    }))
}

/// A message's structured-clone data as JSON; `Err` with the reason when
/// it has no JSON form (a cycle, a `BigInt`) or is over the input limit.
pub fn data_to_json(data: &JsValue) -> Result<Value, String> {
    let not_json = || "the message's data is not JSON-like".to_string();
    let text = js_sys::JSON::stringify(data)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(not_json)?;
    if text.len() > MAX_MESSAGE_BYTES + ENVELOPE_BYTES {
        return Err(too_large());
    }
    serde_json::from_str(&text).map_err(|_| not_json())
}

/// The one message for a request over the input limit.
fn too_large() -> String {
    format!(
        "worthit:load: the scenario is {}",
        worthit_engine::input::TOO_LARGE
    )
}

//! How messages cross between the page and its worker.
//!
//! yew-agent's default codec is bincode, which cannot represent the
//! scenario's internally tagged enums (`{"dist": "normal", …}`) nor fields
//! skipped when empty, so this codec sends JSON text instead. The messages
//! it carries ([`crate::agent::ToWorker`], [`crate::agent::FromWorker`]) hold
//! only strings and integers: scenarios and results travel as JSON strings
//! that the receiving side parses with proper error handling, so a decode
//! here cannot meet data it does not understand.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use yew_agent::Codec;

/// JSON text as the wire format between page and worker.
#[derive(Debug)]
pub struct Json;

impl Codec for Json {
    fn encode<I>(input: I) -> JsValue
    where
        I: Serialize,
    {
        // Serializing strings and integers cannot fail.
        JsValue::from_str(&serde_json::to_string(&input).unwrap_or_default())
    }

    fn decode<O>(input: JsValue) -> O
    where
        O: for<'de> Deserialize<'de>,
    {
        let text = input.as_string().unwrap_or_default();
        // Both ends are this crate's own message types, encoded by `encode`
        // above; failing here is a defect, reported by the panic hook.
        serde_json::from_str(&text).expect("worker message in an unknown format")
    }
}

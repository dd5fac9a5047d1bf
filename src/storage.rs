//! The last scenario, kept in the browser's localStorage so a reload (or a
//! visit next week) starts where the person left off. A share link in the
//! URL wins over what is stored.
//!
//! Storage can be missing or full (private windows, quotas, sandboxed
//! iframes), so every access is allowed to fail quietly: losing the memory
//! of the last scenario is not worth an error message.

use worthit_engine::{Scenario, ScenarioError, parse_scenario};

/// The storage key; versioned with the scenario format.
pub const KEY: &str = "worthit.scenario.v1";

/// Remembers `scenario` as the last one used.
pub fn save(scenario: &Scenario) {
    if let Ok(json) = serde_json::to_string(scenario) {
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(KEY, &json);
        }
    }
}

/// The remembered scenario: `None` when there is none (or storage is not
/// available), an error when what is stored is no longer a valid scenario
/// (say, written by a newer version of worthit).
pub fn load() -> Option<Result<Scenario, ScenarioError>> {
    let json = local_storage()?.get_item(KEY).ok()??;
    Some(parse_scenario(&json))
}

/// Forgets the remembered scenario (used by tests and after a stored
/// scenario proved invalid).
pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// The storage key of compare mode's variant B, kept while it has content
/// of its own (`crate::lab::LabState::b_own`), in compare mode and out of
/// it, until the person starts B again from A.
pub const KEY_B: &str = "worthit.variant-b.v1";

/// Remembers variant B.
pub fn save_b(b: &Scenario) {
    if let (Ok(json), Some(storage)) = (serde_json::to_string(b), local_storage()) {
        let _ = storage.set_item(KEY_B, &json);
    }
}

/// The remembered variant B, if there is a valid one.
pub fn load_b() -> Option<Scenario> {
    let json = local_storage()?.get_item(KEY_B).ok()??;
    parse_scenario(&json).ok()
}

/// Forgets variant B (discarded knowingly).
pub fn clear_b() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY_B);
    }
}

/// The storage, when the browser lets this page have one. Reading
/// `window.localStorage` itself throws in some sandboxed iframes, which
/// web-sys turns into an `Err` here.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

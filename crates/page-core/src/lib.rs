//! The worthit page's rules, without the browser.
//!
//! Everything here is a pure function of its inputs (the page passes the
//! time, the address and the storage in), so `cargo test -p
//! worthit-page-core` checks every rule natively in a second, and the page
//! (`src/`, a Yew app) is left with events in and pixels out. This crate
//! never depends on yew, gloo, web-sys, js-sys or wasm-bindgen
//! (`tests/no_web_deps.rs`).
//!
//! - [`state`]: the page's state and the reducer that changes it;
//! - [`status`]: the run's and the lab jobs' status families and what
//!   their status lines show;
//! - [`params`]: the one reader of `name=value&…` query strings and hashes;
//! - [`compact`], [`share`]: the link encodings and scenario links;
//! - [`query`]: the page's documented query parameters (embedding);
//! - [`groups`]: the editor's groups, one typed vocabulary for the editor,
//!   `?controls=` and compare mode's differences;
//! - [`diff`]: where two scenarios differ, by editor group;
//! - [`downloads`]: every file the page offers (name, MIME type, label);
//! - [`memo`]: an answer remembered for the shared value it came from;
//! - [`dist_map`]: a distribution as a shape, a mean and a spread (the
//!   engine's formulas), for the editor;
//! - [`number`]: number boxes and sliders (parsing, showing, log scales);
//! - [`predict`]: which prediction is asked for, a lift typed in points,
//!   the scored prediction's report;
//! - [`strip`]: the screenshot strip (reach per position, moves);
//! - [`throttle`]: when a throttled write is due (the time passed in).

pub mod compact;
pub mod diff;
pub mod dist_map;
pub mod downloads;
pub mod groups;
pub mod memo;
pub mod number;
pub mod params;
pub mod predict;
pub mod query;
pub mod share;
pub mod state;
pub mod status;
pub mod strip;
pub mod throttle;

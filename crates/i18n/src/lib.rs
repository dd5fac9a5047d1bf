//! worthit in English, 简体中文, 繁體中文 and 한국어.
//!
//! Every visible string of the page, the charts and the summaries lives in
//! a Fluent file per language, `www/locales/<code>.ftl`. English is always
//! compiled into this crate; the others only with feature `all-languages`
//! (tests, benchmarks). The page leaves them out of its WebAssembly and
//! fetches the one it speaks ([`Lang::ftl_path`],
//! [`Translator::from_fetched`]). The crate is pure (no web dependency), so
//! the tests that compare the languages run natively.
//!
//! ```
//! use worthit_i18n::{FluentValue, Lang, Translator};
//!
//! // With feature `all-languages` (here, in the doctests).
//! let lang = Lang::from_tag("zh-Hant-TW");
//! assert_eq!(lang, Lang::ZhTw);
//! let tr = Translator::new(lang);
//! assert_eq!(tr.t("status-cancel"), "取消");
//! let text = tr.t_args("status-progress", &[
//!     ("done", FluentValue::from(25_000u64)),
//!     ("total", FluentValue::from(100_000u64)),
//! ]);
//! assert_eq!(text, "正在模擬 100,000 人中的 25,000 人…");
//! ```
//!
//! - [`Lang`]: the languages, their codes and names, and how a browser's
//!   language tags choose one ([`Lang::from_tag`], [`Lang::negotiate`]).
//! - [`Translator`]: messages by key ([`Translator::t`],
//!   [`Translator::t_args`]) with English behind any missing key, and the
//!   language's [`NumberFormat`](worthit_view::NumberFormat).
//! - [`labels`]: the charts' `Labels`; [`render_sentence`] and
//!   [`render_paragraph`]: the summaries and text alternatives.
//! - [`scenario_error`]: a translated heading over the engine's
//!   path-named problems.
//!
//! - [`scenario_text`]: the bundled presets' own words (names, exercise
//!   texts) in the page's language, for display only.
//!
//! How the files are organised and how to add a language or a key:
//! `docs/translating.md`.

mod errors;
pub mod headline;
mod labels;
mod lang;
mod numbers;
pub mod scenario_text;
mod sentences;
mod translator;

pub use errors::{problem_line, problem_message, scenario_error};
pub use fluent_bundle::FluentValue;
pub use labels::labels;
pub use lang::Lang;
pub use numbers::number_format;
pub use sentences::{render_paragraph, render_sentence};
pub use translator::Translator;

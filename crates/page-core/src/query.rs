//! The page's query parameters: how a course author or a host page sets up
//! worthit from its address, in the manner of PhET's
//! `initialize-globals.js`: one documented table of parameters ([`SCHEMA`]),
//! each with a type and a default; a value that cannot be used falls back
//! to the default and produces a [`QueryWarning`] that the page shows,
//! never an error that stops it. Unknown parameters are ignored, since
//! hosts and link shorteners add their own (`utm_source`, …).
//!
//! Parsing is pure: the one thing that needs a URL parser, normalising the
//! `host` origin ([`parse_origin`]), is given one ([`UrlParser`]): on the
//! page the browser's `URL`, so origins compare as the browser writes
//! them; in the native tests the `url` crate, which follows the same WHATWG
//! standard. The page reads the real address (`src/embed/query.rs`).
//!
//! `lang` is parsed here only so the Embed dialog can carry it forward; the
//! language itself is chosen by `crate::i18n` from the same parameter.

use worthit_engine::{Scenario, ScenarioError, parse_scenario, presets};

use crate::groups::EditorGroup;
use crate::params;

/// One documented query parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// The parameter's name in the address.
    pub name: &'static str,
    /// What values it takes, as `docs/embedding.md` lists them.
    pub values: &'static str,
    /// What it does.
    pub doc: &'static str,
}

/// Every parameter the page reads, in the order `docs/embedding.md` lists
/// them. The documentation test checks that the docs name each one.
pub const SCHEMA: [Param; 11] = [
    Param {
        name: "embed",
        values: "flag: `embed`, `embed=1`, `embed=true` (`0`/`false` turn it off)",
        doc: "Compact layout for an iframe: no page header or footer, no storage, \
              messages to the host page.",
    },
    Param {
        name: "controls",
        values: "comma-separated editor groups, or `none`",
        doc: "Which editor groups show (the keys of `EditorGroup`); `none` hides \
              the editor.",
    },
    Param {
        name: "lock",
        values: "comma-separated scenario paths, or `*`",
        doc: "Values shown but not changeable, e.g. `product.costs.money`, `segments`; \
              `*` locks everything.",
    },
    Param {
        name: "preset",
        values: "a preset id",
        doc: "Start from a bundled preset (`worthit presets` lists the ids).",
    },
    Param {
        name: "scenario",
        values: "URI-encoded scenario JSON",
        doc: "Start from this scenario. A `#s=` or `#scenario=` hash wins over it.",
    },
    Param {
        name: "lang",
        values: "`en`, `zh-CN`, `zh-TW`, `ko`",
        doc: "The page's language (otherwise the browser's).",
    },
    Param {
        name: "compare",
        values: "flag, like `embed`",
        doc: "Start in compare mode (A vs. B).",
    },
    Param {
        name: "predict",
        values: "flag, like `embed`, or a metric: `adoption_share`, `lift`, `winner`",
        doc: "Ask for the student's prediction before any result shows, then reveal and \
              score it (docs/exercises.md): `1` asks for the adoption share, in compare mode \
              for the lift; `lift` and `winner` need compare mode.",
    },
    Param {
        name: "host",
        values: "an origin, e.g. `https://lms.example.edu`",
        doc: "The only origin whose `worthit:load` and `worthit:run` messages are obeyed, \
              and the only one that receives the page's messages.",
    },
    Param {
        name: "layout",
        values: "`compact` (the default) or `full`",
        doc: "An embed's layout: the result first with the controls folded into groups, \
              or every card as on the full page.",
    },
    Param {
        name: "build",
        values: "flag, like `embed`",
        doc: "Opens the \"Build an activity\" page for the scenario in the link.",
    },
];

/// Which editor groups show.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Controls {
    /// Every group (no `controls` parameter).
    #[default]
    All,
    /// These groups, in the editor's own order, each named once.
    Only(Vec<EditorGroup>),
    /// No editor at all (`controls=none`): results only.
    Hidden,
}

impl Controls {
    /// The editor's `groups` property: empty means all.
    pub fn groups(&self) -> Vec<EditorGroup> {
        match self {
            Controls::All | Controls::Hidden => Vec::new(),
            Controls::Only(groups) => groups.clone(),
        }
    }

    /// Whether the editor shows at all.
    pub fn shows_editor(&self) -> bool {
        !matches!(self, Controls::Hidden)
    }

    /// The parameter's value that gives these controls (`None` for all).
    pub fn to_param(&self) -> Option<String> {
        match self {
            Controls::All => None,
            Controls::Only(groups) => {
                Some(groups.iter().map(|g| g.key()).collect::<Vec<_>>().join(","))
            }
            Controls::Hidden => Some("none".to_string()),
        }
    }
}

/// Everything the address asks of the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageQuery {
    /// Compact layout for an iframe.
    pub embed: bool,
    pub controls: Controls,
    /// Locked paths for the editor (`*`, `segments`, `product.costs.trust`).
    pub lock: Vec<String>,
    /// A bundled preset's id, checked to exist.
    pub preset: Option<&'static str>,
    /// A valid scenario from `?scenario=`.
    pub scenario: Option<Scenario>,
    /// The `lang` value as written (checked by `crate::i18n`).
    pub lang: Option<String>,
    /// Start in compare mode.
    pub compare: bool,
    /// Ask for a prediction before the result shows (`?predict=1`).
    pub predict: bool,
    /// The metric `?predict=` named (`lift`, `winner`, `adoption_share`);
    /// `None` for the mode's default (`crate::predict::spec`).
    pub predict_metric: Option<worthit_engine::PredictMetric>,
    /// The host page's origin, normalised (`https://lms.example.edu`).
    pub host: Option<String>,
    /// `host` was given but is not an origin: the page then fails closed,
    /// sending no message and obeying none ([`PageQuery::outgoing_target`]).
    pub host_rejected: bool,
    /// `layout=full`: an embed lays out every card as the full page does
    /// instead of the compact, result-first layout.
    pub full_layout: bool,
    /// `build=1`: the "Build an activity" page (the page's `builder`).
    pub build: bool,
}

/// Why a parameter's value was passed over. Each variant names the
/// parameter's value so the notice can quote it.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryWarning {
    /// Occurs when a flag (`embed`, `compare`, `predict`) has a value other than
    /// `1`/`true`/`yes`/`0`/`false`/`no`.
    BadFlag { name: String, value: String },
    /// Occurs when `controls` names a group the editor does not have.
    UnknownControl(String),
    /// Occurs when a `lock` entry is not a path (`product.costs.trust`).
    BadLockPath(String),
    /// Occurs when `preset` names no bundled preset.
    UnknownPreset(String),
    /// Occurs when `scenario` is not valid percent-encoding.
    BadScenarioEscape,
    /// Occurs when `scenario` decodes but is not a valid scenario.
    BadScenario(ScenarioError),
    /// Occurs when `host` is not an `http(s)://host[:port]` origin.
    BadHost(String),
    /// Occurs when `layout` is neither `compact` nor `full`.
    UnknownLayout(String),
}

impl PageQuery {
    /// Parses a query string (`location.search`, with or without its `?`);
    /// `url` normalises the `host` origin. Never fails: whatever cannot be
    /// used becomes a warning.
    pub fn parse(search: &str, url: UrlParser) -> (PageQuery, Vec<QueryWarning>) {
        let mut query = PageQuery::default();
        let mut warnings = Vec::new();
        for (name, raw) in params::pairs(search) {
            // An undecodable value is treated as written; only the scenario,
            // whose meaning depends on every byte, reports it.
            let value = percent_decode(raw);
            let text = value.clone().unwrap_or_else(|| raw.to_string());
            match name {
                "embed" => query.embed = flag(name, &text, &mut warnings),
                "compare" => query.compare = flag(name, &text, &mut warnings),
                "predict" => match crate::predict::Asked::metric(&text) {
                    Some(crate::predict::Asked::Metric(m)) => {
                        query.predict = true;
                        query.predict_metric = Some(m);
                    }
                    _ => {
                        query.predict = flag(name, &text, &mut warnings);
                        query.predict_metric = None;
                    }
                },
                "build" => query.build = flag(name, &text, &mut warnings),
                "layout" => match text.trim().to_ascii_lowercase().as_str() {
                    "full" => query.full_layout = true,
                    "" | "compact" => query.full_layout = false,
                    _ => warnings.push(QueryWarning::UnknownLayout(text)),
                },
                "controls" => query.controls = controls(&text, &mut warnings),
                "lock" => query.lock = lock_paths(&text, &mut warnings),
                "preset" => match presets::get(text.trim()) {
                    Some(p) => query.preset = Some(p.id),
                    None => warnings.push(QueryWarning::UnknownPreset(text)),
                },
                "scenario" => match value {
                    None => warnings.push(QueryWarning::BadScenarioEscape),
                    Some(json) => match parse_scenario(&json) {
                        Ok(s) => query.scenario = Some(s),
                        Err(e) => warnings.push(QueryWarning::BadScenario(e)),
                    },
                },
                "lang" if !text.trim().is_empty() => query.lang = Some(text.trim().to_string()),
                "host" => match parse_origin(&text, url) {
                    Some(origin) => query.host = Some(origin),
                    None => {
                        query.host = None;
                        query.host_rejected = true;
                        warnings.push(QueryWarning::BadHost(text));
                    }
                },
                _ => {}
            }
        }
        (query, warnings)
    }

    /// What `?predict=` asks for, or `None` without it.
    pub fn predict_asked(&self) -> Option<crate::predict::Asked> {
        self.predict.then(|| {
            self.predict_metric.map_or(
                crate::predict::Asked::Default,
                crate::predict::Asked::Metric,
            )
        })
    }

    /// Where the page's messages to its host may go (`postMessage`'s
    /// target origin): the `?host=` origin; `"*"` without `?host=` (see
    /// `messages`); `None`, nothing at all, when `?host=` was given but is
    /// not an origin. A mistyped `host=` must not widen who hears the
    /// results to every page that frames worthit.
    pub fn outgoing_target(&self) -> Option<String> {
        match (&self.host, self.host_rejected) {
            (_, true) => None,
            (Some(host), false) => Some(host.clone()),
            (None, false) => Some("*".to_string()),
        }
    }

    /// The query string (with its `?`, or empty) that asks for this query;
    /// `parse(to_search())` gives it back. The scenario is left out: links
    /// carry it in the hash, which is shorter.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if self.embed {
            parts.push("embed=1".to_string());
        }
        if let Some(controls) = self.controls.to_param() {
            parts.push(format!("controls={}", encode_list(&controls)));
        }
        if !self.lock.is_empty() {
            parts.push(format!("lock={}", encode_list(&self.lock.join(","))));
        }
        if let Some(preset) = self.preset {
            parts.push(format!("preset={}", percent_encode(preset)));
        }
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={}", percent_encode(lang)));
        }
        if self.compare {
            parts.push("compare=1".to_string());
        }
        if let Some(asked) = self.predict_asked() {
            parts.push(format!("predict={}", asked.to_param()));
        }
        if let Some(host) = &self.host {
            parts.push(format!("host={}", percent_encode(host)));
        }
        if self.full_layout {
            parts.push("layout=full".to_string());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// A flag's value: present without a value, or a yes/no word.
fn flag(name: &str, value: &str, warnings: &mut Vec<QueryWarning>) -> bool {
    match params::flag(value) {
        Some(on) => on,
        None => {
            warnings.push(QueryWarning::BadFlag {
                name: name.to_string(),
                value: value.to_string(),
            });
            false
        }
    }
}

/// The groups of `controls`, in the editor's order. Unknown names are
/// warned about and skipped; if none is left, every group shows, since an
/// empty editor was surely not what a mistyped link meant.
fn controls(value: &str, warnings: &mut Vec<QueryWarning>) -> Controls {
    let names: Vec<String> = value
        .split(',')
        .map(|n| n.trim().to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    if names.len() == 1 && names[0] == "none" {
        return Controls::Hidden;
    }
    for name in &names {
        if EditorGroup::from_key(name).is_none() {
            warnings.push(QueryWarning::UnknownControl(name.clone()));
        }
    }
    let groups: Vec<EditorGroup> = EditorGroup::ALL
        .into_iter()
        .filter(|g| names.iter().any(|n| n == g.key()))
        .collect();
    if groups.is_empty() {
        Controls::All
    } else {
        Controls::Only(groups)
    }
}

/// The top-level fields of a scenario, which every lock path starts with.
const SCENARIO_FIELDS: [&str; 10] = [
    "title",
    "seed",
    "users",
    "product",
    "alternatives",
    "segments",
    "decision",
    "diffusion",
    "exercise",
    "*",
];

/// The paths of `lock`: `*`, or names joined by dots with optional
/// `[index]` parts (`segments[0].share`), starting at a scenario field.
fn lock_paths(value: &str, warnings: &mut Vec<QueryWarning>) -> Vec<String> {
    let mut paths: Vec<String> = Vec::new();
    for path in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if is_lock_path(path) {
            if !paths.iter().any(|p| p == path) {
                paths.push(path.to_string());
            }
        } else {
            warnings.push(QueryWarning::BadLockPath(path.to_string()));
        }
    }
    paths
}

/// Whether `path` is `*` or a well-formed path under a scenario field.
pub fn is_lock_path(path: &str) -> bool {
    if path == "*" {
        return true;
    }
    let first = path.split(['.', '[']).next().unwrap_or_default();
    if !SCENARIO_FIELDS.contains(&first) || first == "*" {
        return false;
    }
    path.split('.').all(|part| {
        let (name, indices) = part.split_once('[').unwrap_or((part, ""));
        let name_ok = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        let indices_ok = indices.is_empty()
            || indices
                .strip_suffix(']')
                .is_some_and(|i| i.split("][").all(|n| n.parse::<u32>().is_ok()));
        name_ok && indices_ok
    })
}

/// What a URL parser says of a text: the parts [`parse_origin`] checks.
/// The page fills it from the browser's `URL`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlParts {
    /// The serialised origin (`https://a.example`), `"null"` for an opaque
    /// one.
    pub origin: String,
    pub username: String,
    pub password: String,
    /// The path (`/` for none).
    pub pathname: String,
    /// The query, with its `?`, or empty.
    pub search: String,
    /// The fragment, with its `#`, or empty.
    pub hash: String,
    pub hostname: String,
}

/// A URL parser: the parts of an absolute URL, `None` when the text is not
/// one.
pub type UrlParser<'a> = &'a dyn Fn(&str) -> Option<UrlParts>;

/// The origin in `text`, normalised as browsers write `event.origin`
/// (lower-case scheme and host, an internationalised host in its ASCII
/// "punycode" form, no default port, no trailing slash), or `None` when it
/// is not an `http`/`https` origin. Paths, queries and credentials are
/// refused rather than dropped: `host=` names exactly one origin, and a
/// value with more in it is probably a mistake worth seeing.
///
/// A real URL parser (`url`; the browser's own on the page) does the
/// normalising, so the origin compares equal to what the browser reports
/// for the host page (`https://bücher.example` is
/// `https://xn--bcher-kva.example` there).
pub fn parse_origin(text: &str, url: UrlParser) -> Option<String> {
    let text = text.trim();
    let (scheme, rest) = text.split_once("://")?;
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return None;
    }
    let authority = rest.strip_suffix('/').unwrap_or(rest);
    // An empty port (`https://a.example:`) is a typo the URL parser would
    // quietly drop.
    if authority.is_empty()
        || authority.ends_with(':')
        || authority.contains(['/', '?', '#', '@', ' ', '\\', ','])
    {
        return None;
    }
    let url = url(text)?;
    let plain = url.username.is_empty()
        && url.password.is_empty()
        && url.pathname == "/"
        && url.search.is_empty()
        && url.hash.is_empty()
        && !url.hostname.is_empty();
    (plain && url.origin != "null").then_some(url.origin)
}

pub use crate::compact::percent_decode;

/// Percent-encoding as `encodeURIComponent` does it.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A comma-separated list encoded for a query, keeping its commas and the
/// brackets of paths readable (both are allowed in a query string).
fn encode_list(list: &str) -> String {
    percent_encode(list)
        .replace("%2C", ",")
        .replace("%5B", "[")
        .replace("%5D", "]")
}

//! The "Your data" panel's logic, kept out of the page so it is tested
//! natively: what to fit by default, what a comparison's two variants set,
//! which inputs can be fitted, and the form's text → the scenario's
//! `calibration` block, with every problem named by the field it is in.
//!
//! The block is the scenario format's (`docs/scenario-format.md`,
//! "calibration"):
//!
//! ```json
//! { "fit": ["product.value.mean"],
//!   "observed": [{ "users": 6500, "adopters": 228, "retained": 140, "set": {} }] }
//! ```
//!
//! `retained` (adopters still using the product at the retention horizon)
//! is read only when the scenario has a retention block: the page shows
//! its field only then, and an emptied field leaves it out.

use serde_json::{Map, Value};
use worthit_engine::Scenario;
use worthit_engine::lab::diff_paths;
use worthit_engine::params::Reader;
use worthit_engine::parse::syntax_kind;
use worthit_engine::problem::JsonType;
use worthit_engine::screenshots::screenshot_effect;
use worthit_engine::{Problem, ProblemKind as EngineKind};

/// The input fitted when nothing else is asked: the mean perceived value.
pub const VALUE_MEAN: &str = "product.value.mean";

/// At most this many inputs are fitted at once (the format's limit).
pub const MAX_FIT: usize = 3;

/// One observation as typed: counts as text (checked by
/// [`calibration_block`]) and what differed for these people as a JSON
/// object of path → value (empty text: nothing differed).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ObservedRow {
    pub users: String,
    pub adopters: String,
    /// Retained adopters, optional (empty: not observed).
    pub retained: String,
    pub set: String,
}

/// What is wrong with one field of the form.
#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    /// The field is empty.
    Required,
    /// Not a whole number (letters, a fraction).
    WholeNumber,
    /// Below zero.
    Negative,
    /// No one saw it: a share of zero people says nothing.
    NoUsers,
    /// More adopters than people who saw it.
    AdoptersOverUsers,
    /// More retained adopters than adopters.
    RetainedOverAdopters,
    /// What differed is not a JSON object of path → value, or makes a
    /// scenario the engine refuses; holds the engine's problems, which the
    /// page words in its language.
    BadSet(Vec<Problem>),
    /// No input by that path in the scenario.
    UnknownPath,
    /// The path names something that is not a number (a text, a list).
    NotNumeric,
    /// Nothing to fit.
    NoFit,
    /// More than [`MAX_FIT`] inputs.
    TooManyFit,
    /// The same input twice.
    RepeatedFit,
    /// No observation.
    NoObservation,
}

/// A problem and the field it is in, named by the path of the
/// calibration block (`calibration.observed[0].adopters`).
#[derive(Debug, Clone, PartialEq)]
pub struct FormProblem {
    pub field: String,
    pub kind: ProblemKind,
}

impl FormProblem {
    fn new(field: String, kind: ProblemKind) -> Self {
        FormProblem { field, kind }
    }
}

/// A number the scenario holds at a path.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Lookup {
    /// The scenario says it.
    Number(f64),
    /// A screenshot effect the scenario leaves to the built-in table.
    Default(f64),
    /// No such path.
    Missing,
    /// The path holds something other than a number.
    NotNumeric,
}

/// The number at dotted `path` (`product.value.mean`, `segments[1].share`)
/// of `scenario`, as the engine reads it (`worthit_engine::params`, so the
/// page and the fit agree on what an input is). A screenshot effect
/// (`product.screenshot_effects.<kind>.<value|clarity|trust>`) the scenario
/// does not override is the built-in one.
pub fn lookup(scenario: &Scenario, path: &str) -> Lookup {
    Inputs::new(scenario).lookup(path)
}

/// One scenario's inputs, to [`lookup`] many paths: the scenario's JSON is
/// made once (the data panel asks about a dozen paths on every render).
pub struct Inputs<'a> {
    scenario: &'a Scenario,
    reader: Reader,
}

impl<'a> Inputs<'a> {
    pub fn new(scenario: &'a Scenario) -> Self {
        Inputs {
            scenario,
            reader: Reader::new(scenario),
        }
    }

    /// [`lookup`] of this scenario.
    pub fn lookup(&self, path: &str) -> Lookup {
        let json = self.reader.json();
        match self.reader.get_number(path) {
            Ok(x)
                if value_at(json, path).is_none()
                    && builtin_effect(self.scenario, path).is_some() =>
            {
                Lookup::Default(x)
            }
            Ok(x) => Lookup::Number(x),
            // The engine refuses it: something that is there but is not a
            // number, or nothing at all.
            Err(_) => match value_at(json, path) {
                Some(_) => Lookup::NotNumeric,
                None => Lookup::Missing,
            },
        }
    }
}

/// The built-in screenshot effect named by `path`, if it names one.
fn builtin_effect(scenario: &Scenario, path: &str) -> Option<f64> {
    let rest = path.strip_prefix("product.screenshot_effects.")?;
    let (kind, field) = rest.rsplit_once('.')?;
    let e = screenshot_effect(kind, &scenario.product.screenshot_effects)?;
    match field {
        "value" => Some(e.value),
        "clarity" => Some(e.clarity),
        "trust" => Some(e.trust),
        _ => None,
    }
}

/// The JSON value at dotted `path`, with `[i]` indexing arrays.
pub fn value_at<'a>(json: &'a Value, path: &str) -> Option<&'a Value> {
    let mut here = json;
    for part in path.split('.') {
        let (key, indices) = match part.find('[') {
            Some(at) => (&part[..at], &part[at..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            here = here.as_object()?.get(key)?;
        } else if indices.is_empty() {
            return None;
        }
        for index in indices.split('[').skip(1) {
            let i: usize = index.strip_suffix(']')?.parse().ok()?;
            here = here.as_array()?.get(i)?;
        }
    }
    Some(here)
}

/// The inputs the panel offers to fit, in the editor's order: the value's
/// centre and spread, the claim, each cost's mean the product has, and the
/// value and trust effect of each screenshot kind in the strip.
pub fn fit_choices(scenario: &Scenario) -> Vec<String> {
    let inputs = Inputs::new(scenario);
    let mut out = Vec::new();
    let mut push = |path: String| {
        if !out.contains(&path)
            && matches!(inputs.lookup(&path), Lookup::Number(_) | Lookup::Default(_))
        {
            out.push(path);
        }
    };
    // `.mean` and `.sd` read every kind of distribution (the engine's
    // `params`), so they are the ones offered; a kind's own fields (`min`,
    // `mode`, …) can be named by path.
    push("product.value.mean".to_string());
    push("product.value.sd".to_string());
    push("product.claim".to_string());
    for cost in worthit_engine::COST_NAMES {
        push(format!("product.costs.{cost}.mean"));
    }
    // Who stays: what use delivers and what it costs per period, where
    // the scenario gives them (retained adopters speak to these).
    if scenario.retention.is_some() {
        push("product.experience.mean".to_string());
        for cost in worthit_engine::COST_NAMES {
            push(format!("retention.costs.{cost}.mean"));
        }
    }
    for kind in &scenario.product.screenshots {
        push(format!("product.screenshot_effects.{kind}.value"));
        push(format!("product.screenshot_effects.{kind}.trust"));
    }
    out
}

/// The centre of the product's value: its mean, or its fixed value (a
/// uniform or triangular value has no single centre; then its first
/// numeric field).
pub fn value_centre(scenario: &Scenario) -> String {
    let inputs = Inputs::new(scenario);
    ["mean", "value", "mode", "min"]
        .iter()
        .map(|f| format!("product.value.{f}"))
        .find(|p| matches!(inputs.lookup(p), Lookup::Number(_)))
        .unwrap_or_else(|| VALUE_MEAN.to_string())
}

/// What to fit when the person has not chosen: the value's centre, and in
/// compare mode (`b` given) also the value effect of the screenshot kind
/// that differs between A and B — the one B shows more of, first in B's
/// order (else the one B shows less of, first in A's order). Data from an
/// A/B test speaks to what differs; the value's centre carries the rest.
pub fn default_fit(a: &Scenario, b: Option<&Scenario>) -> Vec<String> {
    let mut fit = vec![value_centre(a)];
    if let Some(kind) = b.and_then(|b| differing_kind(a, b)) {
        fit.push(format!("product.screenshot_effects.{kind}.value"));
    }
    fit
}

/// The screenshot kind whose count differs most usefully between the
/// strips of `a` and `b` (see [`default_fit`]).
pub fn differing_kind(a: &Scenario, b: &Scenario) -> Option<String> {
    let (sa, sb) = (&a.product.screenshots, &b.product.screenshots);
    let count = |s: &[String], k: &str| s.iter().filter(|x| *x == k).count();
    sb.iter()
        .find(|k| count(sb, k) > count(sa, k))
        .or_else(|| sa.iter().find(|k| count(sa, k) > count(sb, k)))
        .cloned()
}

/// Top-level fields that never go into an observation's `set`: B runs on
/// A's people and seed, and titles and exercises change no number.
const NOT_SET: [&str; 5] = ["seed", "users", "title", "exercise", "calibration"];

/// What each variant sets for its observation in compare mode: every path
/// where B differs from A (a list as a whole, e.g. `product.screenshots`)
/// with A's value and B's value (null where a side has none).
pub fn variant_sets(a: &Scenario, b: &Scenario) -> (Map<String, Value>, Map<String, Value>) {
    let (Ok(ja), Ok(jb)) = (
        worthit_engine::json_text::to_value(a),
        worthit_engine::json_text::to_value(b),
    ) else {
        return (Map::new(), Map::new());
    };
    let mut paths: Vec<String> = Vec::new();
    for path in diff_paths(a, b) {
        let path = match path.find('[') {
            Some(at) => path[..at].to_string(),
            None => path,
        };
        let top = path.split('.').next().unwrap_or_default();
        if path.is_empty() || NOT_SET.contains(&top) || paths.contains(&path) {
            continue;
        }
        paths.push(path);
    }
    let side = |json: &Value| {
        paths
            .iter()
            .map(|p| (p.clone(), value_at(json, p).cloned().unwrap_or(Value::Null)))
            .collect::<Map<_, _>>()
    };
    (side(&ja), side(&jb))
}

/// A count as typed: digits, with spaces, commas, underscores or thin
/// spaces as digit grouping (`6,500`, `6 500`).
pub fn parse_count(text: &str) -> Result<u64, ProblemKind> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ',' | '_' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '，'
            )
        })
        .collect();
    if t.is_empty() {
        return Err(ProblemKind::Required);
    }
    if let Some(rest) = t.strip_prefix('-') {
        if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '.') {
            return Err(ProblemKind::Negative);
        }
    }
    t.parse::<u64>().map_err(|_| ProblemKind::WholeNumber)
}

/// The calibration block for `scenario` from the form: `fit` paths and the
/// typed observations. Every problem is reported at once, each naming its
/// field; the block is only built when there are none.
pub fn calibration_block(
    scenario: &Scenario,
    fit: &[String],
    rows: &[ObservedRow],
) -> Result<Value, Vec<FormProblem>> {
    let mut problems = Vec::new();
    if fit.is_empty() {
        problems.push(FormProblem::new(
            "calibration.fit".into(),
            ProblemKind::NoFit,
        ));
    }
    if fit.len() > MAX_FIT {
        problems.push(FormProblem::new(
            "calibration.fit".into(),
            ProblemKind::TooManyFit,
        ));
    }
    let inputs = Inputs::new(scenario);
    for (i, path) in fit.iter().enumerate() {
        let field = format!("calibration.fit[{i}]");
        if fit[..i].contains(path) {
            problems.push(FormProblem::new(field, ProblemKind::RepeatedFit));
            continue;
        }
        match inputs.lookup(path) {
            Lookup::Number(_) | Lookup::Default(_) => {}
            Lookup::Missing => problems.push(FormProblem::new(field, ProblemKind::UnknownPath)),
            Lookup::NotNumeric => problems.push(FormProblem::new(field, ProblemKind::NotNumeric)),
        }
    }
    if rows.is_empty() {
        problems.push(FormProblem::new(
            "calibration.observed".into(),
            ProblemKind::NoObservation,
        ));
    }
    let mut observed = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let at = |f: &str| format!("calibration.observed[{i}].{f}");
        let users = parse_count(&row.users).map_err(|k| FormProblem::new(at("users"), k));
        let adopters = parse_count(&row.adopters).map_err(|k| FormProblem::new(at("adopters"), k));
        let set = parse_set(&row.set).map_err(|k| FormProblem::new(at("set"), k));
        let retained = if scenario.retention.is_none() || row.retained.trim().is_empty() {
            Ok(None)
        } else {
            parse_count(&row.retained)
                .map(Some)
                .map_err(|k| FormProblem::new(at("retained"), k))
        };
        match (&users, &adopters) {
            (Ok(0), _) => problems.push(FormProblem::new(at("users"), ProblemKind::NoUsers)),
            (Ok(u), Ok(a)) if a > u => problems.push(FormProblem::new(
                at("adopters"),
                ProblemKind::AdoptersOverUsers,
            )),
            _ => {}
        }
        if let (Ok(a), Ok(Some(r))) = (&adopters, &retained)
            && r > a
        {
            problems.push(FormProblem::new(
                at("retained"),
                ProblemKind::RetainedOverAdopters,
            ));
        }
        match (users, adopters, retained, set) {
            (Ok(users), Ok(adopters), Ok(retained), Ok(set)) => {
                let mut o = serde_json::json!({
                    "users": users, "adopters": adopters, "set": set,
                });
                if let Some(r) = retained {
                    o["retained"] = r.into();
                }
                observed.push(o);
            }
            (u, a, r, s) => {
                problems.extend([u.err(), a.err(), r.err(), s.err()].into_iter().flatten())
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(serde_json::json!({ "fit": fit, "observed": observed }))
}

/// What differed for one observation: empty text is nothing, else a JSON
/// object.
fn parse_set(text: &str) -> Result<Value, ProblemKind> {
    if text.trim().is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(other) => Err(ProblemKind::BadSet(vec![Problem::new(
            "",
            EngineKind::NotAnObject {
                found: JsonType::of(&other),
            },
        )])),
        Err(e) => Err(ProblemKind::BadSet(vec![Problem::new("", syntax_kind(&e))])),
    }
}

/// Whether an observed share lies outside the predicted 95% interval: the
/// model, as fitted, cannot reproduce that observation.
pub fn outside(observed_share: f64, ci95: [f64; 2]) -> bool {
    observed_share < ci95[0] || observed_share > ci95[1]
}

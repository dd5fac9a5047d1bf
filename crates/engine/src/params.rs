//! Inputs named by dotted path: read one number, set one value, and know
//! the range an input may take.
//!
//! The paths are those of error messages and what-if rows
//! (`product.value.mean`, `product.costs.trust.sd`, `segments[1].share`,
//! `alternatives[0].value.mean`, `product.claim`,
//! `product.screenshot_effects.gameplay.value`, `product.screenshot_effects["my kind"].trust`),
//! so whatever a person reads in a message or a what-if row can be fitted
//! (calibration), solved for or set.
//!
//! The scenario is walked as JSON (its serialised form, every default
//! written out), so every field is reachable without a table of names to
//! keep in step with [`crate::scenario`]; a changed scenario is read back
//! through the same parser and validation as a file, so a value of the
//! wrong type or out of range is reported with its path like any other
//! problem. Two conveniences on top of the plain JSON:
//!
//! - A built-in screenshot kind that the scenario does not override reads
//!   as its built-in effect ([`crate::screenshots`]); setting one of its
//!   fields writes the whole effect into `product.screenshot_effects` with
//!   the other fields at their built-in values.
//! - `.mean` and `.sd` of a distribution work whatever its kind, as in the
//!   what-if rows: for a fixed value `.mean` is the value; for a uniform or
//!   triangular distribution setting `.mean` shifts it and setting `.sd`
//!   scales it about its mean ([`crate::dist::shift_mean`],
//!   [`crate::dist::scale_sd`]). The fields a kind really has (`value`,
//!   `min`, `mode`, `max`) are read and set directly.

use std::borrow::Cow;

use serde_json::{Map, Number, Value};

use crate::dist::{dist_mean, dist_sd, scale_sd, shift_mean};
use crate::error::{Problem, ProblemKind as K, ScenarioError};
use crate::problem::{Here, JsonType, Keys, Quoted};
use crate::scenario::{Dist, Scenario};
use crate::screenshots::screenshot_effect;
use crate::validate::{MAX_MAGNITUDE, MAX_USERS, key_segment};

/// One step of a path: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// Splits a dotted path into its steps: `segments[1].share` →
/// `[Key("segments"), Index(1), Key("share")]`; quoted keys
/// (`product.screenshot_effects["my kind"]`) are read as JSON strings.
pub fn parse_path(path: &str) -> Result<Vec<Step>, ScenarioError> {
    let bad = |why: K| ScenarioError::single(path, K::NotAPath { why: Box::new(why) });
    let mut steps = Vec::new();
    let b = path.as_bytes();
    let mut i = 0;
    let plain = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    while i < b.len() {
        match b[i] {
            b'.' if !steps.is_empty() => {
                i += 1;
                let start = i;
                while i < b.len() && plain(b[i]) {
                    i += 1;
                }
                if start == i {
                    return Err(bad(K::PathNoName {}));
                }
                steps.push(Step::Key(path[start..i].to_string()));
            }
            b'[' if !steps.is_empty() => {
                let rest = &path[i + 1..];
                if rest.starts_with('"') {
                    // A quoted key: find the closing `"]` by parsing the
                    // JSON string that starts here.
                    let mut de = serde_json::Deserializer::from_str(rest).into_iter::<String>();
                    let key = match de.next() {
                        Some(Ok(k)) => k,
                        _ => return Err(bad(K::PathUnclosedQuote {})),
                    };
                    let used = de.byte_offset();
                    if rest.as_bytes().get(used) != Some(&b']') {
                        return Err(bad(K::PathQuoteBracket {}));
                    }
                    steps.push(Step::Key(key));
                    i += 1 + used + 1;
                } else {
                    let close = rest
                        .find(']')
                        .ok_or_else(|| bad(K::PathUnclosedBracket {}))?;
                    let index = rest[..close]
                        .parse::<usize>()
                        .map_err(|_| bad(K::PathIndex {}))?;
                    steps.push(Step::Index(index));
                    i += 1 + close + 1;
                }
            }
            c if steps.is_empty() && plain(c) => {
                let start = i;
                while i < b.len() && plain(b[i]) {
                    i += 1;
                }
                steps.push(Step::Key(path[start..i].to_string()));
            }
            _ => return Err(bad(K::PathCharacter {})),
        }
    }
    if steps.is_empty() {
        return Err(bad(K::PathEmpty {}));
    }
    Ok(steps)
}

/// The path of `steps` in the notation of validation messages.
pub fn format_steps(steps: &[Step]) -> String {
    let mut out = String::new();
    for s in steps {
        match s {
            Step::Key(k) => out.push_str(&key_segment(k)),
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out.strip_prefix('.').map(str::to_string).unwrap_or(out)
}

/// The input's current number. Errors name the path: it does not exist
/// (with what exists there instead) or is not a number.
pub fn get_number(s: &Scenario, path: &str) -> Result<f64, ScenarioError> {
    Reader::new(s).get_number(path)
}

/// A scenario's JSON form, made once to read many paths: the page's data
/// panel asks which of a dozen inputs exist on every render, and making
/// the JSON is most of the cost of one [`get_number`].
pub struct Reader {
    root: Value,
}

impl Reader {
    pub fn new(s: &Scenario) -> Self {
        Reader { root: to_json(s) }
    }

    /// The scenario as JSON (every default written out).
    pub fn json(&self) -> &Value {
        &self.root
    }

    /// [`get_number`] of this scenario.
    pub fn get_number(&self, path: &str) -> Result<f64, ScenarioError> {
        let steps = parse_path(path)?;
        // A built-in screenshot effect the scenario does not override is
        // read from its own JSON, without copying the whole scenario; the
        // rarer writes (the effect itself as the leaf, or an empty
        // `screenshot_effects`, which changes what a missing path's
        // message lists) are made on a copy.
        let (root, from): (Cow<Value>, usize) = match to_materialize(&self.root, &steps) {
            Materialize::Nothing => (Cow::Borrowed(&self.root), 0),
            Materialize::Effect { effect, .. } if steps.len() > EFFECT_DEPTH => {
                (Cow::Owned(effect), EFFECT_DEPTH)
            }
            write => {
                let mut copy = self.root.clone();
                write.apply(&mut copy);
                (Cow::Owned(copy), 0)
            }
        };
        read_number(&root, &steps, from, path)
    }
}

/// The number at `steps` (named `path`), walking from `root`, which sits
/// at `steps[..from]`.
fn read_number(
    root: &Value,
    steps: &[Step],
    from: usize,
    path: &str,
) -> Result<f64, ScenarioError> {
    let (last, parent) = steps
        .split_last()
        .expect("parse_path never returns no steps");
    let container = walk_from(root, parent, from, path)?;
    if let Some(x) = virtual_get(container, last) {
        return Ok(x);
    }
    let leaf = child(container, last, parent, path)?;
    match leaf {
        Value::Number(n) => n
            .as_f64()
            .ok_or_else(|| ScenarioError::single(path, K::NotANumber {})),
        Value::Null => Err(ScenarioError::single(path, K::NotSet {})),
        other => Err(ScenarioError::single(
            path,
            K::IsNotNumber {
                found: JsonType::of(other).listy(),
            },
        )),
    }
}

/// `product.screenshot_effects.<kind>`: the steps down to one effect.
const EFFECT_DEPTH: usize = 3;

/// The scenario with the input at `path` set to `x`. A whole-number field
/// (`users`, `seed`, `diffusion.periods`) takes `x` only when it is whole.
pub fn set_number(s: &Scenario, path: &str, x: f64) -> Result<Scenario, ScenarioError> {
    let v = if x.fract() == 0.0 && x.abs() < 9.0e15 && is_integer_field(s, path) {
        Value::Number(Number::from(x as i64))
    } else {
        match Number::from_f64(x) {
            Some(n) => Value::Number(n),
            None => {
                return Err(ScenarioError::single(path, K::NotFinite { got: x }));
            }
        }
    };
    set_value(s, path, &v)
}

/// The scenario with the value at `path` replaced by `v` (any JSON value:
/// a number, a distribution object, a list of screenshots…). The result is
/// read and validated like a scenario file, so every problem comes back
/// with its path; [`reroot`] puts them under a caller's prefix.
pub fn set_value(s: &Scenario, path: &str, v: &Value) -> Result<Scenario, ScenarioError> {
    let steps = parse_path(path)?;
    let mut root = to_json(s);
    materialize_effect(&mut root, &steps);
    let (last, parent) = steps
        .split_last()
        .expect("parse_path never returns no steps");
    let container = walk_mut(&mut root, parent, path)?;
    if !virtual_set(container, last, v, path)? {
        match (container, last) {
            (Value::Object(map), Step::Key(k)) => {
                map.insert(k.clone(), v.clone());
            }
            (Value::Array(items), Step::Index(i)) if *i < items.len() => items[*i] = v.clone(),
            (Value::Array(items), Step::Index(_)) => {
                return Err(ScenarioError::single(
                    path,
                    K::NoSuchIndex {
                        parent: Here(format_steps(parent)),
                        items: items.len() as u64,
                    },
                ));
            }
            (other, _) => {
                return Err(ScenarioError::single(
                    path,
                    K::NoSuchStep {
                        parent: Here(format_steps(parent)),
                        found: JsonType::of(other).listy(),
                    },
                ));
            }
        }
    }
    // Read from the value's text (every number exactly: serde_json writes
    // the shortest text that reads back as the same float, and reads it
    // back with `float_roundtrip`), through the one scenario parser the
    // page carries (`crate::json_text`); only when that fails, go through
    // the full parser, whose errors carry the JSON path.
    let text = root.to_string();
    let out = match serde_json::from_str::<Scenario>(&text) {
        Ok(s) => s,
        Err(_) => crate::parse::parse_scenario_unvalidated(&text)?,
    };
    crate::validate::validate(&out)?;
    Ok(out)
}

/// Every problem of `e` moved under `prefix`: a problem at `product.value`
/// becomes `PREFIX.product.value` (or just PREFIX for a document-level
/// problem), e.g. to say that a calibration observation's `set` made the
/// scenario invalid.
pub fn reroot(e: ScenarioError, prefix: &str) -> ScenarioError {
    ScenarioError {
        problems: e
            .problems
            .into_iter()
            .map(|p| {
                let path = match (prefix.is_empty(), p.path.is_empty()) {
                    (true, _) => p.path,
                    (false, true) => prefix.to_string(),
                    (false, false) if p.path.starts_with('[') => format!("{prefix}{}", p.path),
                    (false, false) => format!("{prefix}.{}", p.path),
                };
                Problem::new(path, p.kind)
            })
            .collect(),
    }
}

/// Half-width of the search range of an input without a natural bound on
/// that side: 10 utility points, or 3 times the current magnitude when it
/// is larger. Utility points are small numbers (the presets stay below
/// 20), so ±10 spans adoption from almost nobody to almost everybody for
/// any value or cost a preset holds.
pub fn open_half_width(current: f64) -> f64 {
    (3.0 * current.abs()).max(10.0)
}

/// Smallest value used for inputs that must be strictly positive
/// (clarity, credibility, temperature, a log-normal mean).
pub const POSITIVE_FLOOR: f64 = 1e-3;

/// The valid range of the input at `path`, finite on both sides, for
/// priors and searches:
///
/// - standard deviations, weights, costs' `mean`/`value`/`mode`: ≥ 0;
/// - shares, skepticism, diffusion `p`/`q`/`social_proof`, goal targets:
///   [0, 1]; `screenshots_viewed`: [0, 10]; `users`: [1, 100,000,000];
/// - clarity, credibility, temperature and a log-normal's mean (with
///   sd > 0): ≥ [`POSITIVE_FLOOR`];
/// - an open side is closed at the current value ± [`open_half_width`]
///   (an sd's upper end at max(current + half-width, 10)); everything
///   stays within ±1e6, the scenario's number limit.
///
/// An input that does not exist or is not a number gets the generic
/// range around 0 (callers check [`get_number`] first for the message).
pub fn valid_range(s: &Scenario, path: &str) -> (f64, f64) {
    let cur = get_number(s, path).unwrap_or(0.0);
    let steps = parse_path(path).unwrap_or_default();
    let name = match steps.last() {
        Some(Step::Key(k)) => k.as_str(),
        _ => "",
    };
    let under = |key: &str| steps.iter().any(|s| *s == Step::Key(key.to_string()));
    let h = open_half_width(cur);
    let clip = |(lo, hi): (f64, f64)| (lo.max(-MAX_MAGNITUDE), hi.min(MAX_MAGNITUDE));
    let upper_from = |lo: f64| clip((lo, (cur + h).max(lo + h)));
    let lognormal_mean = name == "mean" && dist_kind(s, &steps) == Some("lognormal");
    match name {
        "share" | "skepticism" | "p" | "q" | "social_proof" | "target" => (0.0, 1.0),
        "screenshots_viewed" => (0.0, crate::validate::MAX_SCREENSHOTS as f64),
        "users" => (1.0, MAX_USERS as f64),
        "periods" => (1.0, crate::validate::MAX_PERIODS as f64),
        "seed" => (0.0, 2f64.powi(53)),
        "sd" => upper_from(0.0),
        "clarity" | "credibility" | "temperature" => upper_from(POSITIVE_FLOOR),
        _ if lognormal_mean => upper_from(POSITIVE_FLOOR),
        _ if under("weights") => upper_from(0.0),
        "mean" | "value" | "mode" if under("costs") => upper_from(0.0),
        _ => clip((cur - h, cur + h)),
    }
}

/// The `dist` tag of the distribution the path's last step belongs to.
fn dist_kind(s: &Scenario, steps: &[Step]) -> Option<&'static str> {
    let root = to_json(s);
    let parent = &steps[..steps.len().checked_sub(1)?];
    let d: Dist = crate::json_text::from_value(walk(&root, parent, "").ok()?).ok()?;
    Some(match d {
        Dist::Fixed { .. } => "fixed",
        Dist::Normal { .. } => "normal",
        Dist::Lognormal { .. } => "lognormal",
        Dist::Uniform { .. } => "uniform",
        Dist::Triangular { .. } => "triangular",
    })
}

/// Whether the field at `path` holds a whole number today (so a new value
/// should be written as one).
fn is_integer_field(s: &Scenario, path: &str) -> bool {
    let Ok(steps) = parse_path(path) else {
        return false;
    };
    let root = to_json(s);
    walk(&root, &steps, path).is_ok_and(|v| v.is_u64() || v.is_i64())
}

fn to_json(s: &Scenario) -> Value {
    // Serialising the plain scenario types cannot fail (string keys, plain
    // data); `null` would make every path report that it does not exist.
    crate::json_text::to_value(s).unwrap_or(Value::Null)
}

/// Writes a built-in screenshot effect into `product.screenshot_effects`
/// when the path names one the scenario does not override, so it reads
/// as (and is edited from) its built-in value.
fn materialize_effect(root: &mut Value, steps: &[Step]) {
    to_materialize(root, steps).apply(root);
}

/// What [`materialize_effect`] writes for `steps`, decided once for it and
/// for [`Reader::get_number`], which reads without writing when it can.
enum Materialize {
    Nothing,
    /// The product has no `screenshot_effects`; the path names no
    /// built-in kind, so only the empty object is added.
    EmptyEffects,
    /// A built-in kind's effect, added to `screenshot_effects` (made
    /// first if the product has none).
    Effect {
        kind: String,
        effect: Value,
    },
}

fn to_materialize(root: &Value, steps: &[Step]) -> Materialize {
    let [Step::Key(p), Step::Key(se), Step::Key(kind), ..] = steps else {
        return Materialize::Nothing;
    };
    if p != "product" || se != "screenshot_effects" {
        return Materialize::Nothing;
    }
    let Some(product) = root.get("product").and_then(Value::as_object) else {
        return Materialize::Nothing;
    };
    let new_map = match product.get("screenshot_effects") {
        None => true,
        Some(Value::Object(effects)) if !effects.contains_key(kind) => false,
        Some(_) => return Materialize::Nothing,
    };
    let builtin = screenshot_effect(kind, &Default::default())
        .and_then(|e| crate::json_text::to_value(&e).ok());
    match builtin {
        Some(effect) => Materialize::Effect {
            kind: kind.clone(),
            effect,
        },
        None if new_map => Materialize::EmptyEffects,
        None => Materialize::Nothing,
    }
}

impl Materialize {
    fn apply(self, root: &mut Value) {
        let Some(product) = root.get_mut("product").and_then(Value::as_object_mut) else {
            return;
        };
        let effects = match self {
            Materialize::Nothing => return,
            Materialize::EmptyEffects | Materialize::Effect { .. } => product
                .entry("screenshot_effects")
                .or_insert_with(|| Value::Object(Map::new())),
        };
        if let (Materialize::Effect { kind, effect, .. }, Some(effects)) =
            (self, effects.as_object_mut())
        {
            effects.insert(kind, effect);
        }
    }
}

fn walk<'a>(root: &'a Value, steps: &[Step], path: &str) -> Result<&'a Value, ScenarioError> {
    walk_from(root, steps, 0, path)
}

/// [`walk`] from `root`, which sits at `steps[..from]`.
fn walk_from<'a>(
    root: &'a Value,
    steps: &[Step],
    from: usize,
    path: &str,
) -> Result<&'a Value, ScenarioError> {
    let mut v = root;
    for (i, s) in steps.iter().enumerate().skip(from) {
        v = child(v, s, &steps[..i], path)?;
    }
    Ok(v)
}

fn walk_mut<'a>(
    root: &'a mut Value,
    steps: &[Step],
    path: &str,
) -> Result<&'a mut Value, ScenarioError> {
    // Check the whole walk read-only first, for the message, then descend.
    walk(root, steps, path)?;
    let mut v = root;
    for s in steps {
        v = match (v, s) {
            (Value::Object(m), Step::Key(k)) => m.get_mut(k).expect("checked by walk"),
            (Value::Array(a), Step::Index(i)) => a.get_mut(*i).expect("checked by walk"),
            _ => unreachable!("checked by walk"),
        };
    }
    Ok(v)
}

/// One step down from `v`, which sits at `at`; the error says what exists
/// there instead.
fn child<'a>(
    v: &'a Value,
    step: &Step,
    at: &[Step],
    path: &str,
) -> Result<&'a Value, ScenarioError> {
    let here = Here(format_steps(at));
    match (v, step) {
        (Value::Object(m), Step::Key(k)) => m.get(k).ok_or_else(|| {
            let mut keys: Vec<&str> = m.keys().map(String::as_str).collect();
            keys.sort_unstable();
            let has = Keys(keys.iter().map(|k| k.to_string()).collect());
            ScenarioError::single(
                path,
                K::NoSuchKey {
                    parent: here.clone(),
                    key: Quoted(k.clone()),
                    has,
                },
            )
        }),
        (Value::Array(a), Step::Index(i)) => a.get(*i).ok_or_else(|| {
            ScenarioError::single(
                path,
                K::NoSuchIndex {
                    parent: here.clone(),
                    items: a.len() as u64,
                },
            )
        }),
        (other, _) => Err(ScenarioError::single(
            path,
            K::NoSuchStep {
                parent: here.clone(),
                found: JsonType::of(other).listy(),
            },
        )),
    }
}

/// `.mean` / `.sd` of a distribution that has no such field (fixed,
/// uniform, triangular): the distribution's mean and sd.
fn virtual_get(container: &Value, last: &Step) -> Option<f64> {
    let Step::Key(k) = last else { return None };
    if container.get(k).is_some() || (k != "mean" && k != "sd") {
        return None;
    }
    let d: Dist = crate::json_text::from_value(container).ok()?;
    match (k.as_str(), d) {
        ("mean", _) => Some(dist_mean(&d)),
        ("sd", Dist::Fixed { .. }) => None,
        ("sd", _) => Some(dist_sd(&d)),
        _ => None,
    }
}

/// Sets `.mean` / `.sd` of a distribution without that field by shifting
/// or scaling it; `Ok(false)` when the step is a real field.
fn virtual_set(
    container: &mut Value,
    last: &Step,
    v: &Value,
    path: &str,
) -> Result<bool, ScenarioError> {
    let Step::Key(k) = last else { return Ok(false) };
    if container.get(k).is_some() || (k != "mean" && k != "sd") {
        return Ok(false);
    }
    let Ok(d) = crate::json_text::from_value::<Dist>(container) else {
        return Ok(false);
    };
    let x = v.as_f64().ok_or_else(|| {
        ScenarioError::single(
            path,
            K::ExpectedNumber {
                found: JsonType::of(v).listy(),
            },
        )
    })?;
    let new = if k == "mean" {
        shift_mean(&d, x - dist_mean(&d))
    } else {
        let sd = dist_sd(&d);
        if matches!(d, Dist::Fixed { .. }) {
            return Ok(false);
        }
        if sd == 0.0 || x < 0.0 {
            return Err(ScenarioError::single(path, K::CannotScaleSd { sd, got: x }));
        }
        scale_sd(&d, x / sd)
    };
    *container = crate::json_text::to_value(&new).unwrap_or(Value::Null);
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_scenario;

    fn scenario() -> Scenario {
        parse_scenario(
            r#"{"schema":1,"users":1000,
            "product":{"value":{"dist":"normal","mean":5,"sd":2},
              "costs":{"money":{"dist":"fixed","value":1},
                       "trust":{"dist":"lognormal","mean":1,"sd":0.5},
                       "time":{"dist":"uniform","min":1,"max":3}},
              "screenshots":["gameplay","characters"],
              "screenshot_effects":{"my kind":{"value":0.5}}},
            "alternatives":[{"name":"Old","value":{"dist":"triangular","min":0,"mode":1,"max":5}}],
            "segments":[{"name":"A","share":0.3},{"name":"B","share":0.7,"skepticism":0.2}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn paths_parse_and_print_back() {
        for p in [
            "product.value.mean",
            "segments[1].share",
            "product.screenshot_effects[\"my kind\"].trust",
            "alternatives[0].value.mean",
        ] {
            assert_eq!(format_steps(&parse_path(p).unwrap()), p);
        }
        for bad in ["", ".x", "a..b", "a[", "a[x]", "a[\"k\"", "a b"] {
            assert!(parse_path(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn reads_numbers_by_path() {
        let s = scenario();
        let get = |p| get_number(&s, p).unwrap();
        assert_eq!(get("product.value.mean"), 5.0);
        assert_eq!(get("product.value.sd"), 2.0);
        assert_eq!(get("product.costs.trust.sd"), 0.5);
        assert_eq!(get("product.costs.money.value"), 1.0);
        assert_eq!(get("segments[1].share"), 0.7);
        assert_eq!(get("segments[1].skepticism"), 0.2);
        assert_eq!(get("segments[0].weights.time"), 1.0);
        assert_eq!(get("users"), 1000.0);
        assert_eq!(get("product.credibility"), 2.0);
        // Distribution mean and sd of kinds without those fields, as in
        // the what-if rows.
        assert_eq!(get("alternatives[0].value.mean"), 2.0);
        assert_eq!(get("product.costs.time.mean"), 2.0);
        assert!((get("product.costs.time.sd") - 2.0 / 12f64.sqrt()).abs() < 1e-12);
        assert_eq!(get("product.costs.money.mean"), 1.0);
        // A built-in screenshot kind the scenario does not override.
        let builtin = screenshot_effect("gameplay", &Default::default()).unwrap();
        assert_eq!(
            get("product.screenshot_effects.gameplay.value"),
            builtin.value
        );
        assert_eq!(
            get("product.screenshot_effects.characters.clarity"),
            screenshot_effect("characters", &Default::default())
                .unwrap()
                .clarity
        );
        // An overridden kind, quoted key, default fields filled in.
        assert_eq!(get("product.screenshot_effects[\"my kind\"].value"), 0.5);
        assert_eq!(get("product.screenshot_effects[\"my kind\"].clarity"), 1.0);
    }

    #[test]
    fn read_errors_name_the_path() {
        let s = scenario();
        let err = |p| get_number(&s, p).unwrap_err().to_string();
        let e = err("product.costs.learning.mean");
        assert!(
            e.starts_with("product.costs.learning.mean: does not exist"),
            "{e}"
        );
        assert!(e.contains("money"), "lists what exists: {e}");
        let e = err("segments[5].share");
        assert!(e.contains("has 2 item(s)"), "{e}");
        let e = err("product.name");
        assert!(e.contains("a string, not a number"), "{e}");
        let e = err("product.claim");
        assert!(e.contains("not set"), "{e}");
        let e = err("product.costs.money.sd");
        assert!(e.contains("does not exist"), "a fixed value has no sd: {e}");
        let e = err("product.screenshot_effects.unknown.value");
        assert!(e.contains("does not exist"), "{e}");
        let e = err("product.value.mean.x");
        assert!(e.contains("is a number"), "{e}");
    }

    #[test]
    fn sets_numbers_and_keeps_everything_else() {
        let s = scenario();
        // Exactly the number given, to the last bit.
        let x = -1.791_258_017_644_333_3;
        let t = set_number(&s, "product.value.mean", x).unwrap();
        assert_eq!(
            get_number(&t, "product.value.mean").unwrap().to_bits(),
            x.to_bits()
        );
        let t = set_number(&s, "product.value.mean", 7.5).unwrap();
        assert_eq!(get_number(&t, "product.value.mean").unwrap(), 7.5);
        let mut back = t.clone();
        back.product.value = s.product.value;
        assert_eq!(back, s, "only the one input changed");

        let t = set_number(&s, "product.claim", 9.0).unwrap();
        assert_eq!(t.product.claim, Some(9.0));
        let t = set_number(&s, "users", 5000.0).unwrap();
        assert_eq!(t.users, 5000);
        // Shifting a uniform's mean keeps its width.
        let t = set_number(&s, "product.costs.time.mean", 4.0).unwrap();
        assert_eq!(
            t.product.costs.time,
            Some(Dist::Uniform { min: 3.0, max: 5.0 })
        );
        // Scaling a triangular to sd 0 collapses it on its mean; a point
        // cannot be scaled back out.
        let t = set_number(&s, "alternatives[0].value.sd", 0.0).unwrap();
        assert_eq!(
            t.alternatives[0].value,
            Dist::Triangular {
                min: 2.0,
                mode: 2.0,
                max: 2.0
            }
        );
        let e = set_number(&t, "alternatives[0].value.sd", 1.0).unwrap_err();
        assert!(e.to_string().contains("cannot be scaled"), "{e}");
    }

    #[test]
    fn the_reader_reads_as_the_whole_scenario_with_the_effect_written_in() {
        // `Reader::get_number` reads a built-in effect from its own JSON;
        // it must answer exactly as reading the scenario with the effect
        // materialised (numbers and error messages alike).
        let bare = parse_scenario(
            r#"{"schema":1,"users":1000,"product":{"value":{"dist":"normal","mean":5,"sd":2},
            "costs":{},"screenshots":["gameplay"]}}"#,
        )
        .unwrap();
        for s in [scenario(), bare] {
            let reader = Reader::new(&s);
            for path in [
                "product.screenshot_effects.gameplay.value",
                "product.screenshot_effects.gameplay.trust",
                "product.screenshot_effects.gameplay.clarity",
                "product.screenshot_effects.gameplay.nothing",
                "product.screenshot_effects.gameplay",
                "product.screenshot_effects.gameplay.value.deeper",
                "product.screenshot_effects[\"my kind\"].value",
                "product.screenshot_effects[\"my kind\"].trust",
                "product.screenshot_effects.unknown.value",
                "product.screenshot_effects",
                "product.value.mean",
                "product.costs.time.mean",
                "segments[1].share",
                "segments[5].share",
            ] {
                let steps = parse_path(path).unwrap();
                let mut whole = to_json(&s);
                materialize_effect(&mut whole, &steps);
                let want = read_number(&whole, &steps, 0, path).map_err(|e| e.to_string());
                let got = reader.get_number(path).map_err(|e| e.to_string());
                assert_eq!(got, want, "{path}");
            }
        }
    }

    #[test]
    fn setting_a_builtin_effect_writes_it_whole() {
        let s = scenario();
        let t = set_number(&s, "product.screenshot_effects.gameplay.value", 2.0).unwrap();
        let builtin = screenshot_effect("gameplay", &Default::default()).unwrap();
        let e = t.product.screenshot_effects["gameplay"];
        assert_eq!(e.value, 2.0);
        assert_eq!(e.clarity, builtin.clarity);
        assert_eq!(e.trust, builtin.trust);
        assert!(t.product.screenshot_effects.contains_key("my kind"));
        // A scenario without any overrides gets the map created.
        let mut plain = s.clone();
        plain.product.screenshot_effects.clear();
        let t = set_number(&plain, "product.screenshot_effects.offer.trust", 0.0).unwrap();
        assert_eq!(t.product.screenshot_effects.len(), 1);
    }

    #[test]
    fn set_keeps_every_number_exactly() {
        // The scenario is read back from the value's text: floats whose
        // shortest text has 17 digits, and the smallest normal one, must
        // come back bit for bit, and so must the untouched fields.
        let s = scenario();
        for x in [
            0.1 + 0.2,
            1.0 / 3.0,
            2.0f64.sqrt(),
            f64::MIN_POSITIVE,
            123456.789e-3,
        ] {
            let t = set_number(&s, "product.value.mean", x).unwrap();
            assert_eq!(
                get_number(&t, "product.value.mean").unwrap().to_bits(),
                x.to_bits()
            );
            let back = set_number(
                &t,
                "product.value.mean",
                get_number(&s, "product.value.mean").unwrap(),
            );
            assert_eq!(back.unwrap(), s);
        }
    }

    #[test]
    fn set_value_validates_like_a_file() {
        let s = scenario();
        let t = set_value(
            &s,
            "product.screenshots",
            &serde_json::json!(["gameplay", "progression"]),
        )
        .unwrap();
        assert_eq!(t.product.screenshots, ["gameplay", "progression"]);
        let e = set_value(&s, "product.screenshots", &serde_json::json!(["nope"])).unwrap_err();
        assert_eq!(e.problems[0].path, "product.screenshots[0]");
        let e = set_number(&s, "segments[0].share", -1.0).unwrap_err();
        assert_eq!(e.problems[0].path, "segments[0].share");
        // serde reads a tagged distribution whole, so the path stops at it.
        let e = set_value(&s, "product.value.mean", &serde_json::json!("high")).unwrap_err();
        assert_eq!(e.problems[0].path, "product.value");
        let e = set_number(&s, "users", 1.5).unwrap_err();
        assert_eq!(e.problems[0].path, "users");
        let e = set_number(&s, "product.costs.learning.mean", 1.0).unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
        // A whole distribution may be put where none was.
        let t = set_value(
            &s,
            "product.costs.learning",
            &serde_json::json!({"dist":"fixed","value":2}),
        )
        .unwrap();
        assert_eq!(t.product.costs.learning, Some(Dist::Fixed { value: 2.0 }));
        let e = reroot(e, "calibration.observed[0].set[\"x\"]");
        assert!(
            e.problems[0]
                .path
                .starts_with("calibration.observed[0].set[\"x\"].product")
        );
    }

    #[test]
    fn ranges_follow_the_rules_of_each_input() {
        let s = scenario();
        let r = |p| valid_range(&s, p);
        assert_eq!(r("segments[0].share"), (0.0, 1.0));
        assert_eq!(r("segments[1].skepticism"), (0.0, 1.0));
        assert_eq!(r("segments[0].screenshots_viewed"), (0.0, 10.0));
        assert_eq!(r("product.value.sd"), (0.0, 12.0));
        assert_eq!(r("product.value.mean"), (-10.0, 20.0));
        assert_eq!(r("product.costs.money.value"), (0.0, 11.0));
        assert_eq!(r("product.costs.trust.mean"), (POSITIVE_FLOOR, 11.0));
        assert_eq!(r("segments[0].weights.money").0, 0.0);
        assert_eq!(
            r("product.screenshot_effects.gameplay.clarity").0,
            POSITIVE_FLOOR
        );
        let (lo, hi) = r("product.screenshot_effects.gameplay.value");
        assert!(lo < 0.8 && hi > 0.8);
        let big = set_number(&s, "product.value.mean", 100.0).unwrap();
        assert_eq!(valid_range(&big, "product.value.mean"), (-200.0, 400.0));
    }
}

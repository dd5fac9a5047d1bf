//! Where two scenarios differ, as JSON paths, so compare mode can
//! highlight the edited controls.
//!
//! Both scenarios are serialized (every field written, defaults included,
//! so an omitted field and its default compare equal) and walked together.
//! A path is reported at the deepest level where the values differ: a
//! changed mean gives `product.value.mean`, a changed distribution kind
//! gives `product.value.dist` plus each parameter that differs, an element
//! present on one side only gives its index (`segments[2]`), a key present
//! on one side only gives the key. Paths use the notation of validation
//! messages: `segments[0].weights.time`, `product.screenshot_effects["my kind"]`.

use serde_json::Value;

use crate::scenario::Scenario;
use crate::validate::key_segment;

/// The JSON paths where `a` and `b` differ, empty when they are equal.
/// Object keys are visited in sorted order (those of A, then those only B
/// has), array elements by index.
pub fn diff_paths(a: &Scenario, b: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    match (crate::json_text::to_value(a), crate::json_text::to_value(b)) {
        (Ok(va), Ok(vb)) => walk(&va, &vb, String::new(), &mut out),
        // Serializing a scenario cannot fail (plain data, string keys); if
        // it ever did, "everything differs" is the safe answer.
        _ => out.push(String::new()),
    }
    out
}

fn walk(a: &Value, b: &Value, path: String, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, va) in x {
                let p = join(&path, k);
                match y.get(k) {
                    Some(vb) => walk(va, vb, p, out),
                    None => out.push(p),
                }
            }
            for k in y.keys().filter(|k| !x.contains_key(*k)) {
                out.push(join(&path, k));
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for i in 0..x.len().max(y.len()) {
                let p = format!("{path}[{i}]");
                match (x.get(i), y.get(i)) {
                    (Some(va), Some(vb)) => walk(va, vb, p, out),
                    _ => out.push(p),
                }
            }
        }
        (Value::Number(x), Value::Number(y)) => {
            // Compare as numbers: 1 and 1.0 are the same value.
            if x.as_f64() != y.as_f64() {
                out.push(path);
            }
        }
        _ => {
            if a != b {
                out.push(path);
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    let seg = key_segment(key);
    if path.is_empty() {
        seg.strip_prefix('.').unwrap_or(&seg).to_string()
    } else {
        format!("{path}{seg}")
    }
}

//! The editor's strings that are more than one lookup: names chosen by a
//! value (a cost, a shape, a screenshot kind) and messages that take
//! arguments. Plain labels are looked up where they are shown
//! (`tr.t("editor-…")`); every text lives in `www/locales/*.ftl`.
//!
//! Every key is written out literally (no `format!` of keys), so the test
//! in `crates/i18n/tests/source_keys.rs` finds each one and checks that
//! every language has it.

use worthit_engine::CostKind;
use worthit_i18n::{FluentValue, Translator};

/// Display name of a cost component.
pub fn cost_name(tr: &Translator, kind: CostKind) -> String {
    match kind {
        CostKind::Money => tr.t("editor-cost-money"),
        CostKind::Time => tr.t("editor-cost-time"),
        CostKind::Learning => tr.t("editor-cost-learning"),
        CostKind::Trust => tr.t("editor-cost-trust"),
        CostKind::Emotional => tr.t("editor-cost-emotional"),
        CostKind::Safety => tr.t("editor-cost-safety"),
    }
}

/// One plain-language line saying what a cost component stands for.
pub fn cost_hint(tr: &Translator, kind: CostKind) -> String {
    match kind {
        CostKind::Money => tr.t("editor-cost-money-hint"),
        CostKind::Time => tr.t("editor-cost-time-hint"),
        CostKind::Learning => tr.t("editor-cost-learning-hint"),
        CostKind::Trust => tr.t("editor-cost-trust-hint"),
        CostKind::Emotional => tr.t("editor-cost-emotional-hint"),
        CostKind::Safety => tr.t("editor-cost-safety-hint"),
    }
}

/// Display name of a distribution shape key (see `dist_map::Kind::key`).
pub fn kind_name(tr: &Translator, key: &str) -> String {
    match key {
        "none" => tr.t("editor-shape-none"),
        "fixed" => tr.t("editor-shape-fixed"),
        "normal" => tr.t("editor-shape-normal"),
        "lognormal" => tr.t("editor-shape-lognormal"),
        "uniform" => tr.t("editor-shape-uniform"),
        "triangular" => tr.t("editor-shape-triangular"),
        _ => "?".to_string(),
    }
}

/// Display name of a built-in screenshot kind; unknown (custom) kinds show
/// their key, which is the scenario author's own word.
pub fn screenshot_name(tr: &Translator, kind: &str) -> String {
    match kind {
        "gameplay" => tr.t("screenshot-kind-gameplay"),
        "progression" => tr.t("screenshot-kind-progression"),
        "characters" => tr.t("screenshot-kind-characters"),
        "social_proof" => tr.t("screenshot-kind-social-proof"),
        "features" => tr.t("screenshot-kind-features"),
        "offer" => tr.t("screenshot-kind-offer"),
        "safety" => tr.t("screenshot-kind-safety"),
        other => other.to_string(),
    }
}

fn name_and_position<'a>(name: &'a str, pos: usize) -> [(&'static str, FluentValue<'a>); 2] {
    [
        ("name", FluentValue::from(name)),
        ("position", FluentValue::from(pos as u64)),
    ]
}

pub fn move_up(tr: &Translator, name: &str, pos: usize) -> String {
    tr.t_args("editor-move-up", &name_and_position(name, pos))
}

pub fn move_down(tr: &Translator, name: &str, pos: usize) -> String {
    tr.t_args("editor-move-down", &name_and_position(name, pos))
}

pub fn remove_item(tr: &Translator, name: &str) -> String {
    tr.t_args("editor-remove-item", &[("name", FluentValue::from(name))])
}

/// The name a new segment starts with ("Segment 3").
pub fn new_segment_name(tr: &Translator, n: usize) -> String {
    tr.t_args(
        "editor-new-segment-name",
        &[("n", FluentValue::from(n as u64))],
    )
}

/// "Students · 40%": a segment's name and its share of everyone, `percent`
/// from 0 to 100.
pub fn segment_summary(tr: &Translator, name: &str, percent: f64) -> String {
    let percent = tr.numbers().percent(percent / 100.0, 0);
    tr.t_args(
        "editor-segment-summary",
        &[
            ("name", FluentValue::from(name)),
            ("percent", FluentValue::from(percent)),
        ],
    )
}

pub fn remove_segment(tr: &Translator, name: &str) -> String {
    tr.t_args(
        "editor-remove-segment",
        &[("name", FluentValue::from(name))],
    )
}

/// The name a new alternative starts with ("Alternative 2").
pub fn new_alternative_name(tr: &Translator, n: usize) -> String {
    tr.t_args(
        "editor-new-alternative-name",
        &[("n", FluentValue::from(n as u64))],
    )
}

pub fn remove_alternative(tr: &Translator, name: &str) -> String {
    tr.t_args(
        "editor-remove-alternative",
        &[("name", FluentValue::from(name))],
    )
}

/// Shown under a number box when its text is not an acceptable number.
/// The bounds are written in the language's number format.
pub fn out_of_range(tr: &Translator, min: f64, max: f64, integer: bool) -> String {
    let args = [
        ("min", FluentValue::from(min)),
        ("max", FluentValue::from(max)),
    ];
    if integer {
        tr.t_args("editor-out-of-range-integer", &args)
    } else {
        tr.t_args("editor-out-of-range", &args)
    }
}

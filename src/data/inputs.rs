//! How an input named by its dotted path reads on the page: "Value, mean"
//! or "Gameplay screenshots: value effect", with the path itself kept
//! beside it (the path is what the command line and error messages use).

use worthit_engine::CostKind;
use worthit_i18n::{FluentValue, Translator};

use crate::editor::strings::{cost_name, screenshot_name};

/// The readable name of the input at `path`, or the path itself.
pub fn input_label(tr: &Translator, path: &str) -> String {
    let field = |f: &str| match f {
        "mean" => Some(tr.t("data-field-mean")),
        "sd" => Some(tr.t("data-field-sd")),
        "value" => Some(tr.t("data-field-value")),
        _ => None,
    };
    if let Some(f) = path.strip_prefix("product.value.") {
        if let Some(f) = field(f) {
            return tr.t_args("data-input-value", &[("field", FluentValue::from(f))]);
        }
    }
    if path == "product.claim" {
        return tr.t("data-input-claim");
    }
    if let Some(f) = path.strip_prefix("product.experience.").and_then(field) {
        return tr.t_args("data-input-experience", &[("field", FluentValue::from(f))]);
    }
    if let Some(rest) = path.strip_prefix("retention.costs.") {
        let (cost, f) = rest.split_once('.').unwrap_or((rest, ""));
        let kind = CostKind::ALL.iter().find(|k| k.name() == cost);
        if let (Some(kind), Some(f)) = (kind, field(f)) {
            return tr.t_args(
                "data-input-use-cost",
                &[
                    ("cost", FluentValue::from(cost_name(tr, *kind))),
                    ("field", FluentValue::from(f)),
                ],
            );
        }
    }
    if let Some(rest) = path.strip_prefix("product.costs.") {
        let (cost, f) = rest.split_once('.').unwrap_or((rest, ""));
        let kind = CostKind::ALL.iter().find(|k| k.name() == cost);
        if let (Some(kind), Some(f)) = (kind, field(f)) {
            return tr.t_args(
                "data-input-cost",
                &[
                    ("cost", FluentValue::from(cost_name(tr, *kind))),
                    ("field", FluentValue::from(f)),
                ],
            );
        }
    }
    if let Some(rest) = path.strip_prefix("product.screenshot_effects.") {
        if let Some((kind, f)) = rest.rsplit_once('.') {
            let name = FluentValue::from(screenshot_name(tr, kind));
            match f {
                "value" => return tr.t_args("data-input-effect-value", &[("name", name)]),
                "trust" => return tr.t_args("data-input-effect-trust", &[("name", name)]),
                "clarity" => return tr.t_args("data-input-effect-clarity", &[("name", name)]),
                _ => {}
            }
        }
    }
    path.to_string()
}

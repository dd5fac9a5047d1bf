//! The headline's texts (the one number a person came for), worded once
//! for the page's headline (`src/results/headline.rs`) and the
//! prerendered first view (`crates/prerender`), which must read the same.

use fluent_bundle::FluentValue;
use worthit_engine::Results;

use crate::Translator;
use crate::scenario_text::display_title;

/// The texts of the headline for one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// "Hello app · Casual mobile game" (the product, the scenario's
    /// title, a preset's in the reader's language).
    pub eyebrow: String,
    /// "43.1%".
    pub share: String,
    /// "adopt".
    pub verb: String,
    /// "(42.8–43.4%)".
    pub ci: String,
    /// What the interval covers (the headline's tooltip).
    pub ci_title: String,
    /// "43,100 of 100,000 simulated people choose …".
    pub detail: String,
    /// The section's accessible name.
    pub label: String,
}

/// The headline's texts for `r` in `tr`'s language.
pub fn headline(tr: &Translator, r: &Results) -> Headline {
    let fmt = tr.numbers();
    let product = r
        .choices
        .first()
        .map(|c| c.option.clone())
        .unwrap_or_else(|| tr.t("headline-product-fallback"));
    let detail = tr.t_args(
        "headline-detail",
        &[
            ("adopters", FluentValue::from(r.adoption.adopters)),
            ("users", FluentValue::from(r.users)),
            ("product", FluentValue::from(product.as_str())),
            // The seed as typed: grouping it would make it harder to copy.
            ("seed", FluentValue::from(r.seed.to_string())),
        ],
    );
    Headline {
        eyebrow: format!("{product} · {}", display_title(tr, &r.title)),
        share: fmt.percent(r.adoption.share, 1),
        verb: tr.t("headline-verb"),
        ci: format!(
            "({})",
            fmt.percent_range(r.adoption.ci95[0], r.adoption.ci95[1], 1)
        ),
        ci_title: tr.t("headline-ci-title"),
        detail,
        label: tr.t("headline-label"),
    }
}

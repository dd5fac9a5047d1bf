//! Every visible string of the charts, and the names of costs and inputs.
//!
//! Draw functions never write words of their own: titles, axes, legends,
//! cost names and the wording of what-if inputs all come from a [`Labels`],
//! which `worthit-i18n` fills from a translation file (English included:
//! its words live in `www/locales/en.ftl` only). Strings with `{name}`
//! placeholders for names are filled by [`fill`]; labels with a number in
//! them are [`Phrase`]s, written by the language's [`PhraseWriter`].

use worthit_engine::{ChoiceOption, Endpoint, Results};

use crate::format::NumberFormat;
use crate::phrase::{Phrase, PhraseWriter};

/// Strings shown in charts and used to name costs and inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// How numbers are written in this language.
    pub numbers: NumberFormat,

    // Chart titles.
    pub net_value_title: String,
    pub choices_title: String,
    pub barriers_title: String,
    pub barrier_means_title: String,
    pub tornado_title: String,
    pub segments_title: String,
    pub timeline_title: String,
    pub retention_title: String,
    pub overlay_title: String,

    // Axes and captions.
    /// X axis of the net-value histograms.
    pub net_value_axis: String,
    /// Y axis of the net-value histograms (share of people in a bin).
    pub share_of_people_axis: String,
    /// Y axis of the overlay when A and B have different bins.
    pub density_axis: String,
    pub barriers_caption: String,
    pub barrier_means_caption: String,
    pub tornado_caption: String,
    pub choices_caption: String,
    pub segments_caption: String,
    pub period_axis: String,
    pub new_adopters_axis: String,
    pub share_axis: String,
    /// X axis of the retention chart.
    pub periods_since_adoption_axis: String,

    // Legend entries.
    pub adopters: String,
    pub non_adopters: String,
    /// Single-colour histogram when the results do not split adopters.
    pub people: String,
    pub zero_line: String,
    pub raises: String,
    pub lowers: String,
    pub new_adopters: String,
    pub cumulative: String,
    pub aware: String,
    /// Retention chart: adopters still using the product.
    pub still_using: String,
    /// Retention chart: the adoption share, the dashed reference.
    pub adopted_line: String,
    pub variant_a: String,
    pub variant_b: String,

    // Other chart text.
    /// The "none" option's display name.
    pub none_option: String,
    /// Empty-state message of a chart without data.
    pub no_data: String,

    // Names of costs, by the scenario's key.
    pub cost_money: String,
    pub cost_time: String,
    pub cost_learning: String,
    pub cost_trust: String,
    pub cost_emotional: String,
    pub cost_safety: String,

    // What-if inputs (dotted paths of `results.sensitivity`).
    pub input_value: String,
    /// `{cost}` is a cost name.
    pub input_cost: String,
    pub input_claim: String,
    pub input_credibility: String,
    /// `{option}` is an alternative's name, `{what}` the value or a cost.
    pub input_alternative: String,
    /// `{segment}` is a segment's name, `{what}` the quantity.
    pub input_segment: String,
    /// `{what}` weighted by the segment, e.g. "weight on time".
    pub input_weight: String,
    pub input_share: String,
    pub input_skepticism: String,
    pub input_screenshots_viewed: String,
    pub input_reach: String,
    pub input_word_of_mouth: String,
    pub input_social_proof: String,
    /// A correlation's what-if row: `{a}` and `{b}` are the quantities
    /// ("value ↔ trust cost correlation").
    pub input_correlation: String,
    // Parameters of a distribution; `{what}` is the quantity. The mean and
    // a fixed value read as the quantity itself.
    pub param_sd: String,
    pub param_min: String,
    pub param_max: String,
    pub param_mode: String,

    // The screenshot lab.
    pub claim_curve_title: String,
    /// X axis of the claim curve.
    pub claim_axis: String,
    /// Y axis of the claim curve.
    pub adoption_axis: String,
    /// Legend: the curve itself.
    pub adoption_curve: String,
    /// Claim curve with retention: retained adopters per claim.
    pub retained_curve: String,
    // Names of the built-in screenshot kinds, by the scenario's key.
    pub kind_gameplay: String,
    pub kind_progression: String,
    pub kind_characters: String,
    pub kind_social_proof: String,
    pub kind_features: String,
    pub kind_offer: String,
    pub kind_safety: String,

    /// Writes the labels with numbers in them ([`Phrase`]).
    pub phrases: PhraseWriter,
}

impl Labels {
    /// The display name of a cost component by its key (`trust` → "trust");
    /// an unknown key is shown as it is.
    pub fn cost_name(&self, key: &str) -> String {
        match key {
            "money" => self.cost_money.clone(),
            "time" => self.cost_time.clone(),
            "learning" => self.cost_learning.clone(),
            "trust" => self.cost_trust.clone(),
            "emotional" => self.cost_emotional.clone(),
            "safety" => self.cost_safety.clone(),
            other => other.to_string(),
        }
    }

    /// The display name of a screenshot kind by its key (`characters` →
    /// "character art"); a kind of the scenario's own is shown as it is.
    pub fn screenshot_kind_name(&self, key: &str) -> String {
        match key {
            "gameplay" => self.kind_gameplay.clone(),
            "progression" => self.kind_progression.clone(),
            "characters" => self.kind_characters.clone(),
            "social_proof" => self.kind_social_proof.clone(),
            "features" => self.kind_features.clone(),
            "offer" => self.kind_offer.clone(),
            "safety" => self.kind_safety.clone(),
            other => other.to_string(),
        }
    }

    /// The display name of a row of `results.choices`: the no-choice option
    /// is translated, the product and the alternatives keep the user's own
    /// `name` (even "none": the row's place decides, see [`ChoiceOption`]).
    pub fn option_name(&self, option: ChoiceOption, name: &str) -> String {
        match option {
            ChoiceOption::None => self.none_option.clone(),
            ChoiceOption::Product | ChoiceOption::Alternative(_) => name.to_string(),
        }
    }

    /// A label with numbers in it, in this language.
    pub fn phrase(&self, phrase: &Phrase) -> String {
        self.phrases.write(phrase, self)
    }

    /// A what-if input's dotted path in words: `product.costs.trust.mean` →
    /// "trust cost", `segments[1].weights.time` → "Core gamers: weight on
    /// time". Alternatives and segments are named from `results` (the
    /// choices list the alternatives in scenario order). A path this
    /// function does not know is shown as it is.
    pub fn input_name(&self, path: &str, results: &Results) -> String {
        self.input_ref_name(&InputRef::resolve(path, results))
    }

    /// The words for an input whose names were already looked up.
    pub fn input_ref_name(&self, input: &InputRef) -> String {
        self.try_input_name(input)
            .unwrap_or_else(|| input.path.clone())
    }

    fn try_input_name(&self, input: &InputRef) -> Option<String> {
        let parts: Vec<&str> = input.path.split('.').collect();
        match parts.as_slice() {
            ["product", rest @ ..] => self.option_quantity(rest),
            [head, rest @ ..] if head.starts_with("alternatives[") => {
                let i = index_of(head)?;
                let option = input
                    .alternative
                    .clone()
                    .unwrap_or_else(|| format!("#{}", i + 1));
                let what = self.option_quantity(rest)?;
                Some(fill(
                    &self.input_alternative,
                    &[("option", option), ("what", what)],
                ))
            }
            [head, rest @ ..] if head.starts_with("segments[") => {
                let i = index_of(head)?;
                let segment = input
                    .segment
                    .clone()
                    .unwrap_or_else(|| format!("#{}", i + 1));
                let what = match rest {
                    ["weights", "value"] => {
                        fill(&self.input_weight, &[("what", self.input_value.clone())])
                    }
                    ["weights", cost] => {
                        fill(&self.input_weight, &[("what", self.cost_name(cost))])
                    }
                    ["share"] => self.input_share.clone(),
                    ["skepticism"] => self.input_skepticism.clone(),
                    ["screenshots_viewed"] => self.input_screenshots_viewed.clone(),
                    _ => return None,
                };
                Some(fill(
                    &self.input_segment,
                    &[("segment", segment), ("what", what)],
                ))
            }
            ["diffusion", "p"] => Some(self.input_reach.clone()),
            ["diffusion", "q"] => Some(self.input_word_of_mouth.clone()),
            ["diffusion", "social_proof"] => Some(self.input_social_proof.clone()),
            [head, "rho"] if head.starts_with("correlations[") => {
                let [a, b] = input.between?;
                Some(fill(
                    &self.input_correlation,
                    &[("a", self.quantity_name(a)), ("b", self.quantity_name(b))],
                ))
            }
            _ => None,
        }
    }

    /// The value, a cost, the claim or the credibility of an option, with
    /// the distribution parameter if any.
    fn option_quantity(&self, rest: &[&str]) -> Option<String> {
        match rest {
            ["claim"] => Some(self.input_claim.clone()),
            ["credibility"] => Some(self.input_credibility.clone()),
            ["value", param] => self.with_param(self.input_value.clone(), param),
            ["costs", cost, param] => self.with_param(
                fill(&self.input_cost, &[("cost", self.cost_name(cost))]),
                param,
            ),
            _ => None,
        }
    }

    /// The product's value or one of its costs, as the what-if rows name
    /// them ("value", "trust cost").
    pub fn quantity_name(&self, e: Endpoint) -> String {
        match e.cost() {
            None => self.input_value.clone(),
            Some(k) => fill(&self.input_cost, &[("cost", self.cost_name(k.name()))]),
        }
    }

    fn with_param(&self, what: String, param: &str) -> Option<String> {
        let template = match param {
            "mean" | "value" => return Some(what),
            "sd" => &self.param_sd,
            "min" => &self.param_min,
            "max" => &self.param_max,
            "mode" => &self.param_mode,
            _ => return None,
        };
        Some(fill(template, &[("what", what)]))
    }
}

/// A what-if input: its dotted path plus the user-given names it refers
/// to, looked up once from the results so it can be named in any language
/// later without them.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRef {
    /// Dotted path, e.g. `product.costs.trust.mean`.
    pub path: String,
    /// The alternative's name for `alternatives[i].…` paths.
    pub alternative: Option<String>,
    /// The segment's name for `segments[i].…` paths.
    pub segment: Option<String>,
    /// The two quantities of a `correlations[i].rho` row.
    pub between: Option<[Endpoint; 2]>,
}

impl InputRef {
    /// Looks up the names `path` refers to. The choices list the product
    /// first and the alternatives next, in scenario order.
    pub fn resolve(path: &str, results: &Results) -> InputRef {
        let head = path.split('.').next().unwrap_or("");
        let index = index_of(head);
        let alternative = index
            .filter(|_| head.starts_with("alternatives["))
            .and_then(|i| {
                results
                    .options()
                    .find(|(o, _)| *o == ChoiceOption::Alternative(i))
            })
            .map(|(_, c)| c.option.clone());
        let segment = index
            .filter(|_| head.starts_with("segments["))
            .and_then(|i| results.segments.get(i))
            .map(|s| s.name.clone());
        let between = results
            .sensitivity
            .iter()
            .find(|s| s.input == path)
            .and_then(|s| s.between);
        InputRef {
            path: path.to_string(),
            alternative,
            segment,
            between,
        }
    }
}

/// `segments[12]` → 12.
fn index_of(head: &str) -> Option<usize> {
    let open = head.find('[')?;
    let close = head.find(']')?;
    head.get(open + 1..close)?.parse().ok()
}

/// Replaces each `{name}` in `template` by its value. A placeholder without
/// a value is left as it is, so a missing argument is visible rather than
/// silently dropped.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_placeholders() {
        assert_eq!(fill("+{n} more", &[("n", "3".into())]), "+3 more");
        assert_eq!(fill("{a} and {b}", &[("a", "x".into())]), "x and {b}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}

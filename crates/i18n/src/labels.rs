//! The charts' [`Labels`] from the translation files.

use fluent_bundle::FluentValue;
use worthit_view::{Labels, PhraseWriter};

use crate::sentences::fluent_args;
use crate::translator::Translator;

/// Every chart label in `tr`'s language.
///
/// Labels with names in them (`{ $cost } cost`) are Fluent messages with
/// variables; they are formatted here with each variable standing for
/// itself, which gives back the `{cost}` template the charts fill in with
/// [`worthit_view::fill`]. Labels with numbers in them
/// ([`worthit_view::Phrase`]) are formatted by Fluent when a chart asks
/// for one, with the number itself, so the language's plural rules choose
/// the words.
pub fn labels(tr: &Translator) -> Labels {
    let messages = tr.messages();
    let phrases = PhraseWriter::new(move |phrase, labels| {
        messages.t_args(phrase.id(), &fluent_args(&phrase.args(), labels))
    });
    let t = |key: &str| tr.t(key);
    // A template with placeholders: each variable is passed its own
    // `{name}` so it survives formatting.
    let tpl = |key: &str, names: &[&str]| {
        let args: Vec<(&str, FluentValue)> = names
            .iter()
            .map(|n| (*n, FluentValue::from(format!("{{{n}}}"))))
            .collect();
        tr.t_args(key, &args)
    };
    Labels {
        numbers: tr.numbers().clone(),
        net_value_title: t("label-title-net-value"),
        choices_title: t("label-title-choices"),
        barriers_title: t("label-title-barriers"),
        barrier_means_title: t("label-title-barrier-means"),
        tornado_title: t("label-title-tornado"),
        segments_title: t("label-title-segments"),
        timeline_title: t("label-title-timeline"),
        retention_title: t("label-title-retention"),
        overlay_title: t("label-title-overlay"),
        net_value_axis: t("label-axis-net-value"),
        share_of_people_axis: t("label-axis-share-of-people"),
        density_axis: t("label-axis-density"),
        barriers_caption: t("label-caption-barriers"),
        barrier_means_caption: t("label-caption-barrier-means"),
        tornado_caption: t("label-caption-tornado"),
        choices_caption: t("label-caption-choices"),
        segments_caption: t("label-caption-segments"),
        period_axis: t("label-axis-period"),
        new_adopters_axis: t("label-axis-new-adopters"),
        share_axis: t("label-axis-share"),
        periods_since_adoption_axis: t("label-axis-periods-since-adoption"),
        adopters: t("label-legend-adopters"),
        non_adopters: t("label-legend-non-adopters"),
        people: t("label-legend-people"),
        zero_line: t("label-legend-zero-line"),
        raises: t("label-legend-raises"),
        lowers: t("label-legend-lowers"),
        new_adopters: t("label-legend-new-adopters"),
        cumulative: t("label-legend-cumulative"),
        aware: t("label-legend-aware"),
        still_using: t("label-legend-still-using"),
        adopted_line: t("label-legend-adopted"),
        variant_a: t("label-variant-a"),
        variant_b: t("label-variant-b"),
        none_option: t("label-none-option"),
        no_data: t("label-no-data"),
        cost_money: t("cost-money"),
        cost_time: t("cost-time"),
        cost_learning: t("cost-learning"),
        cost_trust: t("cost-trust"),
        cost_emotional: t("cost-emotional"),
        cost_safety: t("cost-safety"),
        input_value: t("input-value"),
        input_cost: tpl("input-cost", &["cost"]),
        input_claim: t("input-claim"),
        input_credibility: t("input-credibility"),
        input_alternative: tpl("input-alternative", &["option", "what"]),
        input_segment: tpl("input-segment", &["segment", "what"]),
        input_weight: tpl("input-weight", &["what"]),
        input_share: t("input-share"),
        input_skepticism: t("input-skepticism"),
        input_screenshots_viewed: t("input-screenshots-viewed"),
        input_reach: t("input-reach"),
        input_word_of_mouth: t("input-word-of-mouth"),
        input_social_proof: t("input-social-proof"),
        input_correlation: tpl("input-correlation", &["a", "b"]),
        param_sd: tpl("param-sd", &["what"]),
        param_min: tpl("param-min", &["what"]),
        param_max: tpl("param-max", &["what"]),
        param_mode: tpl("param-mode", &["what"]),
        claim_curve_title: t("label-title-claim-curve"),
        claim_axis: t("label-axis-claim"),
        adoption_axis: t("label-axis-adoption"),
        adoption_curve: t("label-legend-adoption"),
        retained_curve: t("label-legend-retained"),
        kind_gameplay: t("kind-gameplay"),
        kind_progression: t("kind-progression"),
        kind_characters: t("kind-characters"),
        kind_social_proof: t("kind-social-proof"),
        kind_features: t("kind-features"),
        kind_offer: t("kind-offer"),
        kind_safety: t("kind-safety"),
        phrases,
    }
}

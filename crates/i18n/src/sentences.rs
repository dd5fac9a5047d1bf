//! Summary sentences and the charts' text alternatives in any language.

use fluent_bundle::FluentValue;
use worthit_view::{Arg, Labels, Sentence, format_arg};

use crate::translator::Translator;

/// The sentence in `tr`'s language: the Fluent message [`Sentence::id`]
/// with [`Sentence::args`] (see [`fluent_args`]). The first letter is
/// capitalised, since a sentence may start with a cost name.
pub fn render_sentence(tr: &Translator, sentence: &Sentence) -> String {
    let mut args = fluent_args(&sentence.args(), tr.labels());
    for (name, key) in derived_selectors(sentence) {
        if !args.iter().any(|(n, _)| *n == name) {
            args.push((name, FluentValue::from(key)));
        }
    }
    capitalize_first(&tr.t_args(sentence.id(), &args))
}

/// Sentences in `tr`'s language joined into one paragraph (with a space
/// between sentences where the language puts one).
pub fn render_paragraph(tr: &Translator, sentences: &[Sentence]) -> String {
    sentences
        .iter()
        .map(|s| render_sentence(tr, s))
        .collect::<Vec<_>>()
        .join(tr.lang().sentence_gap())
}

/// Arguments of a sentence or a chart phrase as Fluent values.
///
/// Counts, periods and positions go in as numbers, so a message can choose
/// a plural form (Fluent's plural rules; the bundle writes the number with
/// the language's format); selector keys (`lower`, `gain`) as their names;
/// everything else as text already formatted for the language
/// (percentages, intervals, numbers with decimals, cost and input names,
/// lists). A number written with decimals would select the plural
/// category "other" in each of these languages anyway ("1.0 points").
pub(crate) fn fluent_args(
    args: &[(&'static str, Arg)],
    labels: &Labels,
) -> Vec<(&'static str, FluentValue<'static>)> {
    args.iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Period(p) => FluentValue::from(*p),
                other => FluentValue::from(format_arg(other, labels)),
            };
            (*name, value)
        })
        .collect()
}

/// Selectors a message needs that [`Sentence::args`] does not (yet)
/// carry. The current claim is "as good as the best" when it is within
/// 0.05 points of the best; the formatted points cannot be matched in
/// Fluent, so the choice is passed as `$standing`. The English tests pin
/// both wordings (`tests/english.rs`).
fn derived_selectors(sentence: &Sentence) -> Vec<(&'static str, &'static str)> {
    match sentence {
        Sentence::ClaimCurrent {
            share, best_share, ..
        } => vec![(
            "standing",
            if best_share - share < 0.0005 {
                "best"
            } else {
                "below"
            },
        )],
        _ => Vec::new(),
    }
}

fn capitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

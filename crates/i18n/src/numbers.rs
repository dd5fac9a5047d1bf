//! How each language writes numbers, and Fluent number values made safe.
//!
//! All four languages group thousands with "," and use "." for decimals
//! (CLDR's `latn` defaults for en, zh-Hans, zh-Hant and ko), so the
//! differences are in punctuation around numbers: Chinese joins list items
//! with a full-width comma and colon. Compact axis ticks keep `k` and `M`,
//! which charts in all four languages use; tables and summaries show the
//! full numbers.

use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use worthit_view::NumberFormat;

use crate::lang::Lang;

/// Most decimals a Fluent number is written or matched with. More would
/// only show floating-point noise, and Fluent's plural operands overflow
/// beyond about 19.
const MAX_DECIMALS: usize = 6;

/// The number format of `lang`.
pub fn number_format(lang: Lang) -> NumberFormat {
    let en = NumberFormat::en();
    match lang {
        Lang::En | Lang::Ko => en,
        Lang::ZhCn | Lang::ZhTw => NumberFormat {
            list: "，".to_string(),
            label: "：".to_string(),
            ..en
        },
    }
}

/// The number format of `lang`, built once.
pub(crate) fn cached(lang: Lang) -> &'static NumberFormat {
    static FORMATS: OnceLock<[NumberFormat; 4]> = OnceLock::new();
    let all = FORMATS.get_or_init(|| Lang::ALL.map(number_format));
    &all[index(lang)]
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::ZhCn => 1,
        Lang::ZhTw => 2,
        Lang::Ko => 3,
    }
}

/// The function a bundle writes numbers with. Fluent's own formatter
/// neither groups thousands nor knows the minus sign, and a bundle's
/// formatter is a plain function pointer, so there is one per language.
pub(crate) fn formatter(
    lang: Lang,
) -> fn(&FluentValue, &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    match lang {
        Lang::En => format_value::<0>,
        Lang::ZhCn => format_value::<1>,
        Lang::ZhTw => format_value::<2>,
        Lang::Ko => format_value::<3>,
    }
}

fn format_value<const L: usize>(
    value: &FluentValue,
    _: &intl_memoizer::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(format_number(cached(Lang::ALL[L]), n)),
        _ => None,
    }
}

/// A Fluent number in the language's format: integers grouped (`100,000`),
/// fractions with the decimals the options ask for, else as many as the
/// value has (at most six).
pub(crate) fn format_number(format: &NumberFormat, n: &FluentNumber) -> String {
    let decimals = n
        .options
        .maximum_fraction_digits
        .or(n.options.minimum_fraction_digits)
        .unwrap_or_else(|| natural_decimals(n.value))
        .min(MAX_DECIMALS);
    format.number(n.value, decimals)
}

/// Decimals of the shortest exact writing of `x`, capped.
fn natural_decimals(x: f64) -> usize {
    if !x.is_finite() || x.fract() == 0.0 {
        return 0;
    }
    let text = format!("{}", round_to(x, MAX_DECIMALS));
    text.split_once('.')
        .map_or(0, |(_, f)| f.len())
        .min(MAX_DECIMALS)
}

fn round_to(x: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let r = (x * scale).round() / scale;
    // Huge values overflow the scaling; they have no fraction to round.
    if r.is_finite() { r } else { x }
}

/// A value that Fluent can format and match without panicking.
///
/// fluent-bundle 0.16 panics when it derives plural operands from a number
/// with more than 19 decimals (`1e-30`) or pads more than 19 fraction
/// digits, and writes `NaN` as it is. So a number that is not finite
/// becomes the language's "missing" text, and every number is rounded to
/// six decimals with its fraction options capped at six.
pub(crate) fn sanitize<'a>(value: &FluentValue<'a>, format: &NumberFormat) -> FluentValue<'a> {
    match value {
        FluentValue::Number(n) if !n.value.is_finite() => {
            FluentValue::String(format.missing.clone().into())
        }
        FluentValue::Number(n) => {
            let cap = |d: Option<usize>| d.map(|d| d.min(MAX_DECIMALS));
            let options = FluentNumberOptions {
                minimum_fraction_digits: cap(n.options.minimum_fraction_digits),
                maximum_fraction_digits: cap(n.options.maximum_fraction_digits),
                minimum_integer_digits: n.options.minimum_integer_digits.map(|d| d.min(20)),
                ..n.options.clone()
            };
            FluentValue::Number(FluentNumber::new(round_to(n.value, MAX_DECIMALS), options))
        }
        other => other.clone(),
    }
}

//! English, whose words live only in `www/locales/en.ftl`: every sentence
//! reads exactly as pinned in `english-samples.txt`, plurals follow the
//! number (Fluent's rules, not the code's), and every English message the
//! code names exists. A key that went missing would print as its id, and a
//! wrong plural as the other form: both fail here.

mod common;

use std::fs;
use std::path::Path;

use worthit_i18n::{FluentValue, Lang, Translator, render_sentence};
use worthit_view::{Phrase, Sentence};

fn en() -> Translator {
    Translator::new(Lang::En)
}

/// `tests/english-samples.txt`: one line per sample of
/// `common::samples::all()`, in order, as `id: text`.
fn pinned() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/english-samples.txt");
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn every_sample_reads_as_pinned() {
    let tr = en();
    let ours: Vec<String> = common::samples::all()
        .iter()
        .map(|s| format!("{}: {}", s.id(), render_sentence(&tr, s)))
        .collect();
    let pinned = pinned();
    let mismatches: Vec<String> = ours
        .iter()
        .zip(&pinned)
        .filter(|(a, b)| a != b)
        .map(|(a, b)| format!("  now:    {a}\n  pinned: {b}"))
        .collect();
    assert!(mismatches.is_empty(), "\n{}", mismatches.join("\n"));
    assert_eq!(
        ours.len(),
        pinned.len(),
        "one pinned line per sample (add the new samples' English to english-samples.txt)"
    );
}

/// The English plural choices that `template_en` once made in Rust
/// (`users: 1`, `periods: 1`...) are Fluent selectors now; both forms of
/// each, at 1 and at 2.
#[test]
fn plurals_follow_the_number() {
    let tr = en();
    let say = |s: Sentence| render_sentence(&tr, &s);
    let headline = |users| Sentence::Headline {
        share: 0.5,
        lo: 0.4,
        hi: 0.6,
        adopters: 1,
        users,
    };
    assert!(say(headline(1)).contains(" of 1 simulated person adopts "));
    assert!(say(headline(2)).contains(" of 2 simulated people adopt "));
    let peak = |new_adopters| Sentence::TimelinePeak {
        period: 3,
        new_adopters,
    };
    assert!(say(peak(1)).ends_with(" with 1 new adopter."));
    assert!(say(peak(2)).ends_with(" with 2 new adopters."));
    for (periods, word) in [(1, "period"), (2, "periods")] {
        let s = say(Sentence::RetainedHeadline {
            share: 0.2,
            lo: 0.1,
            hi: 0.3,
            periods,
        });
        assert!(s.starts_with(&format!("After {periods} {word}, ")), "{s}");
        let s = say(Sentence::RetentionNoLoss { periods });
        assert!(s.ends_with(&format!(" after {periods} {word}.")), "{s}");
        let s = say(Sentence::TimelineNoReach { periods });
        assert!(s.contains(&format!(" in {periods} {word}: ")), "{s}");
        let s = say(Sentence::DescTimeline {
            periods,
            peak_period: 1,
            ever: 0.1,
            aware: 0.2,
        });
        assert!(s.starts_with(&format!("Over {periods} {word}, ")), "{s}");
        let s = say(Sentence::DescRetention {
            periods,
            adopted: 0.4,
            retained: 0.3,
        });
        assert!(s.ends_with(&format!(" after {periods} {word}.")), "{s}");
        let s = tr.t_args(
            "dropoff-retained",
            &[("periods", FluentValue::from(periods))],
        );
        assert_eq!(s, format!("Still using it after {periods} {word}"));
    }
    assert!(say(Sentence::NextFull { max: 1 }).contains(" has 1 screenshot, "));
    assert!(say(Sentence::NextFull { max: 10 }).contains(" has 10 screenshots, "));
    // Counts are written with the language's grouping by the bundle.
    assert!(say(headline(1_234_567)).contains(" of 1,234,567 simulated people "));
}

/// Chart labels with numbers in them are Fluent messages formatted with the
/// number itself, so a language can choose its words by it.
#[test]
fn phrases_are_formatted_by_fluent_with_their_numbers() {
    let tr = en();
    let l = tr.labels();
    assert_eq!(l.phrase(&Phrase::MoreRows { n: 1 }), "+1 more");
    assert_eq!(l.phrase(&Phrase::MoreRows { n: 12_345 }), "+12,345 more");
    assert_eq!(
        l.phrase(&Phrase::Overall { share: 0.4312 }),
        "Overall 43.1%"
    );
    assert_eq!(
        l.phrase(&Phrase::NoClaim { share: 0.4 }),
        "No claim (40.0%)"
    );
    assert_eq!(
        l.phrase(&Phrase::BestClaim { claim: 5.5 }),
        "Best claim 5.5"
    );
    assert_eq!(
        l.phrase(&Phrase::BestRetainedClaim { claim: -2.0 }),
        "Most retained at \u{2212}2.0"
    );
    assert_eq!(
        l.phrase(&Phrase::CurrentClaim { claim: 9.04 }),
        "Current claim 9.0"
    );
    assert_eq!(
        l.phrase(&Phrase::ScreenshotAt {
            kind: "gameplay".into(),
            position: 2,
        }),
        "gameplay as screenshot 2"
    );

    // A language whose words depend on the number gets the number: a
    // translation in progress with a plural selector on `$n` (English
    // needs none, but another language may).
    let plural = Translator::from_source(
        Lang::Ko,
        "label-more-rows = { $n ->\n    [one] one more row\n   *[other] { $n } more rows\n}\n",
    );
    // Korean has no plural forms, so Fluent picks "other" even for 1; the
    // English rules at the same message pick "one".
    assert_eq!(
        plural.labels().phrase(&Phrase::MoreRows { n: 1 }),
        "1 more rows"
    );
    let english_rules = Translator::from_source(
        Lang::En,
        "label-more-rows = { $n ->\n    [one] one more row\n   *[other] { $n } more rows\n}\n",
    );
    assert_eq!(
        english_rules.labels().phrase(&Phrase::MoreRows { n: 1 }),
        "one more row"
    );
    assert_eq!(
        english_rules.labels().phrase(&Phrase::MoreRows { n: 2 }),
        "2 more rows"
    );
}

/// Every message id the code names has English: each phrase, each chart
/// label `labels.rs` looks up, and (through the samples) each sentence.
#[test]
fn every_english_message_the_code_names_exists() {
    let tr = en();
    // No wildcard: a new phrase stops this from compiling until it is here.
    let phrases = [
        Phrase::Overall { share: 0.5 },
        Phrase::MoreRows { n: 2 },
        Phrase::NoClaim { share: 0.5 },
        Phrase::BestClaim { claim: 1.0 },
        Phrase::BestRetainedClaim { claim: 1.0 },
        Phrase::CurrentClaim { claim: 1.0 },
        Phrase::ScreenshotAt {
            kind: "x".into(),
            position: 1,
        },
    ];
    for p in &phrases {
        match p {
            Phrase::Overall { .. }
            | Phrase::MoreRows { .. }
            | Phrase::NoClaim { .. }
            | Phrase::BestClaim { .. }
            | Phrase::BestRetainedClaim { .. }
            | Phrase::CurrentClaim { .. }
            | Phrase::ScreenshotAt { .. } => {}
        }
        assert!(tr.has(p.id()), "en.ftl lacks {}", p.id());
        let text = tr.labels().phrase(p);
        assert!(!text.contains('{') && text != p.id(), "{}: {text}", p.id());
    }
    for s in common::samples::all() {
        assert!(tr.has(s.id()), "en.ftl lacks {}", s.id());
    }
    // The chart labels: every literal key of `src/labels.rs`.
    let source = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/labels.rs"))
        .expect("src/labels.rs");
    let keys: Vec<&str> = source
        .split(['(', ')'])
        .filter_map(|part| part.strip_prefix('"')?.split('"').next())
        .filter(|k| k.contains('-'))
        .collect();
    assert!(keys.len() >= 70, "found only {} label keys", keys.len());
    let missing: Vec<&&str> = keys.iter().filter(|k| !tr.has(k)).collect();
    assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
}

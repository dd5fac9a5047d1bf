//! The headline's texts, worded once for the page and the prerendered
//! first view: every language fills them without gaps, a preset's title
//! reads as its translated name, and a title someone wrote stays theirs.

use worthit_engine::{RunOptions, presets, run};
use worthit_i18n::headline::headline;
use worthit_i18n::scenario_text::{display_title, preset_name};
use worthit_i18n::{Lang, Translator};

#[test]
fn every_language_words_the_headline_without_gaps() {
    let preset = presets::default_preset();
    let mut scenario = preset.scenario();
    scenario.users = 2000;
    let r = run(&scenario, &RunOptions::default()).unwrap();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let h = headline(&tr, &r);
        for text in [
            &h.eyebrow,
            &h.share,
            &h.verb,
            &h.ci,
            &h.ci_title,
            &h.detail,
            &h.label,
        ] {
            assert!(!text.is_empty(), "{lang}: {h:?}");
            assert!(
                !text.contains("headline-") && !text.contains("{$"),
                "{lang}: {text}"
            );
        }
        // The preset's title is its name in the reader's language.
        assert!(
            h.eyebrow.ends_with(&preset_name(&tr, preset)),
            "{lang}: {}",
            h.eyebrow
        );
        assert!(h.share.ends_with('%'), "{lang}: {}", h.share);
        assert!(
            h.detail.contains(&r.seed.to_string()),
            "{lang}: {}",
            h.detail
        );
    }
}

#[test]
fn a_title_someone_wrote_is_shown_as_written() {
    let tr = Translator::new(Lang::Ko);
    assert_eq!(display_title(&tr, "My own launch"), "My own launch");
    let preset = presets::default_preset();
    assert_eq!(
        display_title(&tr, &preset.scenario().title),
        preset_name(&tr, preset)
    );
}

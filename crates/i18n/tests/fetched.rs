//! The page compiles in only English and fetches every other language from
//! `locales/<code>.ftl` (trunk copies `www/locales` there). These tests
//! check that the path it fetches names the file the tests check, and that
//! a translator built from the fetched text speaks exactly as the
//! compiled-in one, including the check the page makes before trusting a
//! fetched file.

use std::path::Path;

use worthit_i18n::{FluentValue, Lang, Translator};
use worthit_view::Phrase;

/// The file the page fetches for `lang`, read from the source tree the way
/// trunk copies it into the served directory.
fn served_file(lang: Lang) -> String {
    let www = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../www");
    let path = www.join(lang.ftl_path());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// English is compiled in without its comment lines (`build.rs`).
fn compiled_in(lang: Lang, served: &str) -> String {
    if lang != Lang::En {
        return served.to_string();
    }
    served
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

#[test]
fn the_fetched_path_is_the_compiled_in_file() {
    for lang in Lang::ALL {
        assert_eq!(lang.ftl_path(), format!("locales/{}.ftl", lang.code()));
        assert_eq!(compiled_in(lang, &served_file(lang)), lang.ftl(), "{lang}");
        assert_eq!(lang.embedded_ftl(), Some(lang.ftl()), "{lang}");
    }
}

#[test]
fn a_translator_from_the_fetched_file_speaks_like_the_built_in_one() {
    let args = [
        ("done", FluentValue::from(25_000u64)),
        ("total", FluentValue::from(100_000u64)),
    ];
    for lang in Lang::ALL {
        let built_in = Translator::new(lang);
        let fetched = Translator::from_fetched(lang, &served_file(lang))
            .unwrap_or_else(|| panic!("{lang}: the served file is not recognised"));
        assert_eq!(fetched.lang(), lang);
        for key in ["app-document-title", "status-cancel", "headline-verb"] {
            assert_eq!(fetched.t(key), built_in.t(key), "{lang}: {key}");
        }
        assert_eq!(
            fetched.t_args("status-progress", &args),
            built_in.t_args("status-progress", &args),
            "{lang}"
        );
        // Labels compare their writers of phrases by identity, so the words
        // are compared: every plain label, then the phrases.
        assert_eq!(
            format!("{:?}", fetched.labels()),
            format!("{:?}", built_in.labels()),
            "{lang}"
        );
        for phrase in [
            Phrase::MoreRows { n: 1 },
            Phrase::MoreRows { n: 12 },
            Phrase::Overall { share: 0.5 },
            Phrase::ScreenshotAt {
                kind: "k".into(),
                position: 2,
            },
        ] {
            assert_eq!(
                fetched.labels().phrase(&phrase),
                built_in.labels().phrase(&phrase),
                "{lang}"
            );
        }
    }
}

#[test]
fn a_page_served_instead_of_a_translation_is_not_trusted() {
    // A server that answers every path with the page itself (a single-page
    // fallback) must not make the page speak in keys.
    let html = "<!doctype html>\n<html><body><div id=\"app\"></div></body></html>\n";
    assert!(Translator::from_fetched(Lang::Ko, html).is_none());
    assert!(Translator::from_fetched(Lang::Ko, "").is_none());
    assert!(Translator::from_fetched(Lang::Ko, "not found").is_none());
    // A file with a few good entries and a broken one is still a file.
    let partial = "app-document-title = 제목\nbroken = { $\n";
    let tr = Translator::from_fetched(Lang::Ko, partial).expect("a translation file");
    assert_eq!(tr.t("app-document-title"), "제목");
    assert_eq!(
        tr.t("status-cancel"),
        Translator::new(Lang::En).t("status-cancel")
    );
}

//! Looking up messages: language negotiation, English behind missing
//! keys, numbers in the language's format, and inputs that must not panic.

use worthit_i18n::{FluentValue, Lang, Translator, labels, number_format, scenario_error};
use worthit_view::Phrase;

#[test]
fn tags_choose_the_language() {
    let cases = [
        ("en", Lang::En),
        ("en-US", Lang::En),
        ("EN_gb", Lang::En),
        ("zh", Lang::ZhCn),
        ("zh-CN", Lang::ZhCn),
        ("zh-cn", Lang::ZhCn),
        ("zh_CN", Lang::ZhCn),
        ("zh-SG", Lang::ZhCn),
        ("zh-Hans", Lang::ZhCn),
        ("zh-Hans-HK", Lang::ZhCn),
        ("zh-TW", Lang::ZhTw),
        ("zh-HK", Lang::ZhTw),
        ("zh-MO", Lang::ZhTw),
        ("zh-Hant", Lang::ZhTw),
        ("zh-Hant-TW", Lang::ZhTw),
        ("zh-Hant-CN", Lang::ZhTw),
        ("zh-hant-hk", Lang::ZhTw),
        ("ko", Lang::Ko),
        ("ko-KR", Lang::Ko),
        (" ko-kr ", Lang::Ko),
        ("fr-FR", Lang::En),
        ("de", Lang::En),
        ("", Lang::En),
        ("-", Lang::En),
        ("zhx", Lang::En),
        ("kok", Lang::En),
        ("\u{0}\u{ffff}", Lang::En),
    ];
    for (tag, want) in cases {
        assert_eq!(Lang::from_tag(tag), want, "{tag:?}");
    }
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), lang);
        assert_eq!(lang.to_string(), lang.code());
    }
    assert_eq!(Lang::parse("fr"), None);
    assert_eq!(Lang::negotiate(["fr-FR", "zh-TW", "en"]), Lang::ZhTw);
    assert_eq!(Lang::negotiate(["fr-FR", "de"]), Lang::En);
    assert_eq!(Lang::negotiate([]), Lang::En);
    let names: Vec<&str> = Lang::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(names, ["English", "简体中文", "繁體中文", "한국어"]);
}

#[test]
fn messages_format_their_arguments() {
    let en = Translator::new(Lang::En);
    assert_eq!(en.t("status-cancel"), "Cancel");
    assert_eq!(
        en.t_args(
            "status-progress",
            &[
                ("done", FluentValue::from(2_500_000u64)),
                ("total", FluentValue::from(10_000_000u64)),
            ]
        ),
        "Simulating 2,500,000 of 10,000,000 people…"
    );
    assert_eq!(
        en.t_args("notice-opened", &[("name", "a.json".into())]),
        "Opened “a.json”."
    );
    // Plural forms follow the count.
    let problems = |n: u64| en.t_args("error-scenario-problems", &[("count", n.into())]);
    assert_eq!(problems(1), "The scenario has 1 problem:");
    assert_eq!(problems(3), "The scenario has 3 problems:");
    let ko = Translator::new(Lang::Ko);
    assert_eq!(
        ko.t_args("editor-new-segment-name", &[("n", 12_345u64.into())]),
        "세그먼트 12,345"
    );
}

#[test]
fn numbers_are_written_for_the_language() {
    let en = Translator::new(Lang::En);
    let n = |v: FluentValue| en.t_args("editor-new-segment-name", &[("n", v)]);
    assert_eq!(n(100_000u64.into()), "Segment 100,000");
    assert_eq!(n((-5i32).into()), "Segment \u{2212}5");
    assert_eq!(n(0.5f64.into()), "Segment 0.5");
    assert_eq!(n(1234.25f64.into()), "Segment 1,234.25");
    assert_eq!(n((0.1f64 + 0.2).into()), "Segment 0.3");

    for lang in Lang::ALL {
        let f = number_format(lang);
        assert_eq!(f.percent(0.4312, 1), "43.1%");
        assert_eq!(f.count(100_000), "100,000");
        assert_eq!(f.percent_range(0.4281, 0.4339, 1), "42.8\u{2013}43.4%");
        assert_eq!(Translator::new(lang).numbers(), &f);
    }
    assert_eq!(
        number_format(Lang::ZhCn).join(&["a".into(), "b".into()]),
        "a，b"
    );
    assert_eq!(
        number_format(Lang::Ko).join(&["a".into(), "b".into()]),
        "a, b"
    );
}

/// fluent-bundle 0.16 panics on some numbers (plural operands of more than
/// 19 decimals); every such value is made safe before it gets there.
#[test]
fn odd_arguments_never_panic() {
    use worthit_i18n::FluentValue as V;
    let odd: Vec<V> = vec![
        f64::NAN.into(),
        f64::INFINITY.into(),
        f64::NEG_INFINITY.into(),
        1e-30f64.into(),
        1e300f64.into(),
        f64::MAX.into(),
        f64::MIN_POSITIVE.into(),
        u128::MAX.into(),
        i64::MIN.into(),
        V::Number(fluent_bundle::types::FluentNumber::new(
            0.5,
            fluent_bundle::types::FluentNumberOptions {
                minimum_fraction_digits: Some(100),
                maximum_fraction_digits: Some(1000),
                minimum_integer_digits: Some(usize::MAX),
                ..Default::default()
            },
        )),
        V::String("".into()),
        V::None,
        V::Error,
    ];
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for v in &odd {
            // A plural selector and a plain placeable.
            let _ = tr.t_args("error-scenario-problems", &[("count", v.clone())]);
            let _ = tr.t_args("summary-headline", &[("users", v.clone())]);
            let text = tr.t_args("editor-new-segment-name", &[("n", v.clone())]);
            assert!(
                !text.contains("NaN") && !text.contains("inf"),
                "{lang}: {text}"
            );
        }
    }
    let en = Translator::new(Lang::En);
    assert_eq!(
        en.t_args("editor-new-segment-name", &[("n", f64::NAN.into())]),
        "Segment \u{2013}"
    );
}

#[test]
fn missing_keys_fall_back_to_english_and_never_vanish() {
    // A translation in progress: one key translated, one broken entry.
    let partial = Translator::from_source(Lang::ZhCn, "status-cancel = 取消\nbroken = { $\n");
    assert_eq!(partial.t("status-cancel"), "取消");
    assert!(partial.has("status-cancel"));
    assert!(!partial.has("status-done"));
    assert_eq!(partial.t("status-done"), "Up to date");
    assert_eq!(partial.t("no-such-key"), "no-such-key");
    // A missing argument stays visible rather than leaving a gap.
    assert!(partial.t("notice-opened").contains("$name"));
    // Fluent's bidi isolation marks are off: they would end up in SVG and
    // copied text.
    for lang in Lang::ALL {
        let text = Translator::new(lang).t_args("notice-opened", &[("name", "x".into())]);
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "{lang}"
        );
    }
}

#[test]
fn labels_come_from_the_files() {
    let en = labels(&Translator::new(Lang::En));
    assert_eq!(en.tornado_title, "What-if: change in adoption");
    assert_eq!(en.input_cost, "{cost} cost");
    assert_eq!(en.numbers, worthit_view::NumberFormat::en());
    let zh = Translator::new(Lang::ZhCn);
    let l = zh.labels();
    assert_eq!(l.tornado_title, "假设分析：采用率的变化");
    assert_eq!(l.phrase(&Phrase::Overall { share: 0.5 }), "整体 50.0%");
    assert_eq!(l.input_cost, "{cost}成本");
    assert_eq!(l.numbers.list, "，");
    let results = {
        let mut r: worthit_engine::Results = serde_json::from_str(EMPTY_RESULTS).unwrap();
        r.segments.push(worthit_engine::SegmentResult {
            name: "Core gamers".into(),
            users: 10,
            adoption_share: 0.5,
        });
        r
    };
    assert_eq!(
        l.input_name("product.costs.trust.sd", &results),
        "信任成本离散度"
    );
    assert_eq!(
        l.input_name("segments[0].weights.time", &results),
        "Core gamers：对时间的权重"
    );
    let ko = Translator::new(Lang::Ko);
    assert_eq!(
        ko.labels().phrase(&Phrase::MoreRows { n: 1_234 }),
        "+1,234개 더"
    );
    assert_eq!(ko.labels().screenshot_kind_name("gameplay"), "게임 플레이");
    // Every label of every language is real text, its placeholders are
    // the English ones, and its phrases get their numbers.
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let debug = format!("{:?}", tr.labels());
        assert!(
            !debug.contains("label-") && !debug.contains("input-"),
            "{lang}: {debug}"
        );
        for (ours, english) in [
            (&tr.labels().input_alternative, "{option}"),
            (&tr.labels().input_alternative, "{what}"),
        ] {
            assert!(ours.contains(english), "{lang}: {ours}");
        }
        for (phrase, number) in [
            (Phrase::Overall { share: 0.4312 }, "43.1%"),
            (Phrase::MoreRows { n: 7 }, "7"),
            (Phrase::NoClaim { share: 0.4 }, "40.0%"),
            (Phrase::BestClaim { claim: 5.5 }, "5.5"),
            (Phrase::BestRetainedClaim { claim: 6.5 }, "6.5"),
            (Phrase::CurrentClaim { claim: 9.0 }, "9.0"),
            (
                Phrase::ScreenshotAt {
                    kind: "k".into(),
                    position: 3,
                },
                "3",
            ),
        ] {
            let text = tr.labels().phrase(&phrase);
            assert!(
                text.contains(number) && !text.contains('{') && text != phrase.id(),
                "{lang} {}: {text}",
                phrase.id()
            );
        }
    }
}

const EMPTY_RESULTS: &str = r#"{"schema":1,"title":"t","seed":1,"users":10,
  "adoption":{"share":0.4,"ci95":[0.17,0.69],"adopters":4},"choices":[],"segments":[],
  "net_value":{"mean":0,"sd":1,"histogram":{"edges":[],"counts":[]}},"barriers":[],
  "sensitivity":[],"elapsed_ms":1}"#;

#[test]
fn scenario_errors_get_a_translated_heading() {
    let bad = r#"{"schema": 1, "title": "x", "users": 0, "seed": 1,
        "product": {"name": "p", "value": {"dist": "normal", "mean": 1, "sd": -1}}}"#;
    let error = match worthit_engine::parse_scenario(bad) {
        Err(e) => e,
        Ok(_) => panic!("the scenario should be invalid"),
    };
    assert!(error.problems.len() >= 2, "{error}");
    let (heading, lines) = scenario_error(&Translator::new(Lang::Ko), &error);
    assert_eq!(
        heading,
        format!("시나리오에 문제가 {}개 있습니다:", error.problems.len())
    );
    assert_eq!(lines.len(), error.problems.len());
    // The page's English is the command line's, except that Fluent groups
    // the digits of numbers (100,000,000) and writes a minus sign (−1):
    // compared without commas and with hyphens.
    let plain = |l: &String| l.replace(',', "").replace('−', "-");
    let (_, en_lines) = scenario_error(&Translator::new(Lang::En), &error);
    let engine_lines: Vec<String> = error.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        en_lines.iter().map(plain).collect::<Vec<_>>(),
        engine_lines.iter().map(plain).collect::<Vec<_>>()
    );
    // In another language no line keeps the engine's English.
    assert!(lines.iter().all(|l| !l.contains("must be")), "{lines:?}");
    assert!(lines.iter().any(|l| l.starts_with("users: ")), "{lines:?}");
    let (heading, _) = scenario_error(&Translator::new(Lang::ZhTw), &error);
    assert!(heading.starts_with("情境中有"), "{heading}");
}

/// The editor's hint on the number of people states the engine's one
/// limit (which files, links and the command line check), in every
/// language, rather than a number of its own.
#[test]
fn the_users_hint_states_the_engines_limit() {
    let max = worthit_engine::validate::MAX_USERS;
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let hint = tr.t_args("editor-users-hint", &[("max", FluentValue::from(max))]);
        assert!(hint.contains("100,000,000"), "{lang:?}: {hint}");
        assert_eq!(max, 100_000_000, "update the expected text with the limit");
    }
}

/// A button whose accessible name differs from its visible words must
/// contain them (WCAG 2.5.3, "label in name"; axe-core's
/// `label-content-name-mismatch`), so a speech user can say what they see.
#[test]
fn accessible_names_contain_the_visible_words() {
    for (visible, label) in [("card-download-png", "card-download-png-label")] {
        for lang in Lang::ALL {
            let tr = Translator::new(lang);
            let shown = tr.t(visible);
            let name = tr.t_args(label, &[("title", FluentValue::from("Barriers"))]);
            assert!(
                name.contains(&shown),
                "{lang:?}: {label} = {name:?} lacks {shown:?}"
            );
        }
    }
}

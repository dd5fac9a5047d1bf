//! Query parameters (`?embed=1&controls=…`), the embed snippet and the
//! start-up scenario: every rule of `src/embed/query.rs`, and that no bad
//! address is ever more than a warning.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use worthit_app::embed::bar::full_page_link;
use worthit_app::embed::query::{is_lock_path, parse_origin, percent_decode, percent_encode};
use worthit_app::embed::snippet::{Snippet, escape, strip_query_and_hash};
use worthit_app::embed::{Controls, PageQuery, QueryWarning, initial_state, warnings_notice};
use worthit_app::exercise::without_exercise;
use worthit_app::share;
use worthit_engine::presets;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(search: &str) -> (PageQuery, Vec<QueryWarning>) {
    PageQuery::parse(search)
}

#[wasm_bindgen_test]
fn an_empty_query_is_the_full_page() {
    for search in ["", "?", "?&&", "?utm_source=mail&fbclid=x"] {
        assert_eq!(parse(search), (PageQuery::default(), vec![]), "{search}");
    }
}

#[wasm_bindgen_test]
fn flags_take_phet_style_values() {
    for on in [
        "?embed",
        "?embed=",
        "?embed=1",
        "?embed=true",
        "?embed=YES",
        "embed=on",
    ] {
        let (q, w) = parse(on);
        assert!(q.embed, "{on}");
        assert!(w.is_empty(), "{on}");
    }
    for off in ["?embed=0", "?embed=false", "?embed=no"] {
        assert!(!parse(off).0.embed, "{off}");
    }
    let (q, w) = parse("?embed=maybe&compare=2");
    assert!(!q.embed && !q.compare);
    assert_eq!(
        w,
        vec![
            QueryWarning::BadFlag {
                name: "embed".into(),
                value: "maybe".into()
            },
            QueryWarning::BadFlag {
                name: "compare".into(),
                value: "2".into()
            },
        ]
    );
    assert!(parse("?compare=1").0.compare);
}

#[wasm_bindgen_test]
fn controls_keep_the_editors_order_and_skip_unknown_groups() {
    let (q, w) = parse("?controls=costs,value,costs");
    assert_eq!(
        q.controls,
        Controls::Only(vec!["value".into(), "costs".into()])
    );
    assert_eq!(
        q.controls.groups(),
        vec!["value".to_string(), "costs".to_string()]
    );
    assert!(w.is_empty());

    let (q, w) = parse("?controls=Costs,%20prices");
    assert_eq!(q.controls, Controls::Only(vec!["costs".into()]));
    assert_eq!(w, vec![QueryWarning::UnknownControl("prices".into())]);

    // Nothing usable left: every group, not an empty editor.
    let (q, w) = parse("?controls=prices");
    assert_eq!(q.controls, Controls::All);
    assert_eq!(w.len(), 1);

    let (q, _) = parse("?controls=none");
    assert_eq!(q.controls, Controls::Hidden);
    assert!(!q.controls.shows_editor());
    assert!(q.controls.groups().is_empty());
}

#[wasm_bindgen_test]
fn lock_paths_are_checked() {
    let (q, w) = parse("?lock=product.costs.money,segments[0].share,users,product.costs.money");
    assert_eq!(
        q.lock,
        vec!["product.costs.money", "segments[0].share", "users"]
    );
    assert!(w.is_empty());
    assert_eq!(parse("?lock=*").0.lock, vec!["*"]);
    for bad in [
        "price",
        "product..costs",
        "product.costs.",
        "segments[x]",
        "segments[0",
        "Product",
        "*.costs",
        "product.costs.trust;drop",
    ] {
        assert!(!is_lock_path(bad), "{bad}");
        let (q, w) = parse(&format!("?lock={}", percent_encode(bad)));
        assert!(q.lock.is_empty(), "{bad}");
        assert_eq!(w, vec![QueryWarning::BadLockPath(bad.to_string())], "{bad}");
    }
}

#[wasm_bindgen_test]
fn presets_and_scenarios_are_checked() {
    let id = presets::all()[1].id;
    assert_eq!(parse(&format!("?preset={id}")).0.preset, Some(id));
    assert_eq!(
        parse("?preset=nope").1,
        vec![QueryWarning::UnknownPreset("nope".into())]
    );

    let scenario = presets::all()[2].scenario();
    let json = serde_json::to_string(&scenario).unwrap();
    let (q, w) = parse(&format!("?scenario={}", percent_encode(&json)));
    assert_eq!(q.scenario, Some(scenario));
    assert!(w.is_empty());

    assert_eq!(
        parse("?scenario=%7B%ZZ").1,
        vec![QueryWarning::BadScenarioEscape]
    );
    let (q, w) = parse("?scenario=%7B%22schema%22%3A1%7D");
    assert!(q.scenario.is_none());
    assert!(
        matches!(w.as_slice(), [QueryWarning::BadScenario(_)]),
        "{w:?}"
    );
}

#[wasm_bindgen_test]
fn host_must_be_an_origin() {
    let cases = [
        ("https://lms.example.edu", Some("https://lms.example.edu")),
        ("https://LMS.Example.edu/", Some("https://lms.example.edu")),
        ("HTTP://localhost:8080", Some("http://localhost:8080")),
        ("https://a.example:443", Some("https://a.example")),
        ("http://a.example:80", Some("http://a.example")),
        ("http://127.0.0.1:5173", Some("http://127.0.0.1:5173")),
        ("http://[::1]:8080", Some("http://[::1]:8080")),
        ("https://a.example/course", None),
        ("https://a.example?x", None),
        ("https://user@a.example", None),
        ("https://a.example:99999", None),
        ("https://a.example:", None),
        ("ftp://a.example", None),
        ("javascript:alert(1)", None),
        ("null", None),
        ("*", None),
        ("", None),
        ("https://a.example,https://b.example", None),
        ("https://a.example https://b.example", None),
        ("https://user:pw@a.example", None),
        // An internationalised host in the ASCII form browsers report as
        // `event.origin`, however it is written.
        (
            "http://bücher.example",
            Some("http://xn--bcher-kva.example"),
        ),
        (
            "http://BÜCHER.example:80/",
            Some("http://xn--bcher-kva.example"),
        ),
        (
            "http://xn--bcher-kva.example",
            Some("http://xn--bcher-kva.example"),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_origin(text).as_deref(), expected, "{text}");
    }
    let (q, w) = parse("?host=https%3A%2F%2Flms.example.edu");
    assert_eq!(q.host.as_deref(), Some("https://lms.example.edu"));
    assert!(w.is_empty());
    assert_eq!(parse("?host=*").1, vec![QueryWarning::BadHost("*".into())]);
    assert_eq!(
        q.outgoing_target().as_deref(),
        Some("https://lms.example.edu")
    );
}

/// A `?host=` that is present but invalid fails closed: no origin is
/// obeyed and nothing is sent (not even to `"*"`, where it would reach any
/// page that frames worthit). Without `?host=`, messages go to `"*"`.
#[wasm_bindgen_test]
fn an_invalid_host_sends_nothing_and_obeys_nobody() {
    for bad in [
        "*",
        "null",
        "javascript:alert(1)",
        "https://a.example/path",
        "https://user@a.example",
        "https://a.example,https://b.example",
    ] {
        let (q, w) = parse(&format!("?host={}", percent_encode(bad)));
        assert_eq!(q.host, None, "{bad}");
        assert!(q.host_rejected, "{bad}");
        assert_eq!(q.outgoing_target(), None, "{bad}");
        assert_eq!(w, vec![QueryWarning::BadHost(bad.into())]);
    }
    assert_eq!(parse("").0.outgoing_target().as_deref(), Some("*"));
}

#[wasm_bindgen_test]
fn lang_is_kept_as_written() {
    assert_eq!(parse("?lang=zh-TW").0.lang.as_deref(), Some("zh-TW"));
    assert_eq!(parse("?lang=").0.lang, None);
}

#[wasm_bindgen_test]
fn layout_and_build_are_read_and_a_wrong_layout_is_a_warning() {
    assert!(parse("?embed=1&layout=full").0.full_layout);
    assert!(!parse("?embed=1&layout=compact").0.full_layout);
    assert!(!parse("?embed=1").0.full_layout);
    assert!(parse("?build=1").0.build);
    assert!(parse("?build").0.build);
    let (query, warnings) = parse("?embed=1&layout=wide");
    assert!(!query.full_layout);
    assert_eq!(warnings, vec![QueryWarning::UnknownLayout("wide".into())]);
}

#[wasm_bindgen_test]
fn a_query_survives_its_own_round_trip() {
    let query = PageQuery {
        embed: true,
        controls: Controls::Only(vec!["value".into(), "costs".into()]),
        lock: vec!["product.costs.money".into(), "segments[0].share".into()],
        preset: Some(presets::all()[0].id),
        scenario: None,
        lang: Some("ko".into()),
        compare: true,
        host: Some("https://lms.example.edu:8443".into()),
        host_rejected: false,
        full_layout: true,
        build: false,
    };
    let search = query.to_search();
    assert!(search.contains("layout=full"), "{search}");
    assert!(search.contains("controls=value,costs"), "{search}");
    assert!(
        search.contains("lock=product.costs.money,segments[0].share"),
        "{search}"
    );
    assert_eq!(parse(&search), (query, vec![]));
    assert_eq!(PageQuery::default().to_search(), "");
    assert_eq!(
        parse(
            &PageQuery {
                controls: Controls::Hidden,
                ..PageQuery::default()
            }
            .to_search()
        )
        .0
        .controls,
        Controls::Hidden
    );
}

#[wasm_bindgen_test]
fn percent_coding_matches_the_browser() {
    for text in ["a b&c=d", "成本 €", "{\"x\":[1,2]}", "~*'()!"] {
        let ours = percent_encode(text);
        let theirs = String::from(js_sys::encode_uri_component(text));
        assert_eq!(ours, theirs, "{text}");
        assert_eq!(percent_decode(&ours).as_deref(), Some(text));
    }
    assert_eq!(percent_decode("a+b").as_deref(), Some("a b"));
    assert_eq!(percent_decode("%E6%88"), None);
    assert_eq!(percent_decode("%4"), None);
}

#[wasm_bindgen_test]
fn garbage_never_panics() {
    let inputs = [
        "?%",
        "?=",
        "?==&=",
        "?embed=%FF",
        "?controls=%2C%2C",
        "?lock=%5B%5D",
        "?host=http://%5B",
        "?scenario=",
        "?scenario=null",
        "?host=https://[::1",
        "?host=https://a]b",
    ];
    for input in inputs {
        let _ = parse(input);
    }
}

#[wasm_bindgen_test]
fn the_start_scenario_follows_hash_then_query_then_preset() {
    let a = presets::all()[0].scenario();
    let b = presets::all()[1].scenario();
    let c = &presets::all()[2];
    let query = PageQuery {
        embed: true,
        scenario: Some(b.clone()),
        preset: Some(c.id),
        ..PageQuery::default()
    };
    // The hash wins: the page keeps it current while people edit.
    let state = initial_state(&query, &share::encode_hash(&a));
    assert_eq!(*state.scenario, a);
    // Then ?scenario=, then ?preset=.
    assert_eq!(*initial_state(&query, "").scenario, b);
    let preset_only = PageQuery {
        scenario: None,
        ..query.clone()
    };
    let state = initial_state(&preset_only, "");
    // Presets load without their exercise (the exercise panel offers it).
    assert_eq!(*state.scenario, without_exercise(c.scenario()));
    assert_eq!(state.preset, Some(c.id));
    // An embed with nothing asked for starts from the default preset, and a
    // broken link is reported while the query's scenario is used.
    let embed_only = PageQuery {
        embed: true,
        ..PageQuery::default()
    };
    assert_eq!(
        *initial_state(&embed_only, "").scenario,
        without_exercise(presets::default_preset().scenario())
    );
    let state = initial_state(&query, "#s=not-a-scenario!");
    assert_eq!(*state.scenario, b);
    assert!(state.notice.is_some());
}

#[wasm_bindgen_test]
fn an_embed_never_reads_the_stored_scenario() {
    let stored = presets::all()[3].scenario();
    worthit_app::storage::save(&stored);
    let embed = PageQuery {
        embed: true,
        ..PageQuery::default()
    };
    assert_eq!(
        *initial_state(&embed, "").scenario,
        without_exercise(presets::default_preset().scenario())
    );
    // The full page does.
    assert_eq!(*initial_state(&PageQuery::default(), "").scenario, stored);
    worthit_app::storage::clear();
}

#[wasm_bindgen_test]
fn warnings_become_one_notice() {
    assert!(warnings_notice(&[]).is_none());
    let (_, warnings) = parse("?controls=prices&lock=x&preset=nope&host=ftp://a&embed=2");
    assert_eq!(warnings.len(), 5);
    let notice = warnings_notice(&warnings).unwrap();
    assert_eq!(notice.details.len(), 5);
    let text = notice
        .details
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for quoted in ["prices", "“x”", "nope", "ftp://a", "embed=2"] {
        assert!(text.contains(quoted), "{quoted} in {text}");
    }
    // Every message has a translation: the key never shows through.
    for lang in worthit_i18n::Lang::ALL {
        let tr = worthit_app::i18n::translator(lang);
        let title = notice.title.render(&tr);
        assert!(!title.starts_with("embed-"), "{lang:?}: {title}");
        for detail in &notice.details {
            assert!(!detail.render(&tr).contains("embed-warning"), "{lang:?}");
        }
    }
}

#[wasm_bindgen_test]
fn the_snippet_is_a_sandboxed_iframe_with_the_options() {
    let scenario = presets::default_preset().scenario();
    let snippet = Snippet {
        base: "https://example.org/worthit/".into(),
        query: PageQuery {
            controls: Controls::Only(vec!["costs".into()]),
            lock: vec!["*".into()],
            lang: Some("zh-CN".into()),
            compare: true,
            host: Some("https://lms.example.edu".into()),
            ..PageQuery::default()
        },
        hash: share::encode_hash(&scenario),
        title: "worthit: \"A\" & <B>".into(),
        height: 720,
        fit: false,
    };
    let url = snippet.url();
    assert!(
        url.starts_with("https://example.org/worthit/?embed=1&"),
        "{url}"
    );
    let (query, warnings) = PageQuery::parse(url.split(['?', '#']).nth(1).unwrap());
    assert!(warnings.is_empty());
    assert!(query.embed && query.compare);
    assert_eq!(query.controls, Controls::Only(vec!["costs".into()]));
    assert_eq!(query.lock, vec!["*"]);
    assert_eq!(query.lang.as_deref(), Some("zh-CN"));
    assert_eq!(query.host.as_deref(), Some("https://lms.example.edu"));
    let hash = &url[url.find('#').unwrap()..];
    assert_eq!(share::decode_hash(hash), Ok(Some(scenario)));

    let html = snippet.html();
    assert!(html.starts_with("<iframe "), "{html}");
    assert!(html.contains("sandbox=\"allow-scripts"), "{html}");
    assert!(
        html.contains("title=\"worthit: &quot;A&quot; &amp; &lt;B&gt;\""),
        "{html}"
    );
    assert!(
        html.contains(&format!("src=\"{}\"", escape(&url))),
        "{html}"
    );
    assert!(!html.contains("<script"));
    let fitted = Snippet {
        fit: true,
        ..snippet
    }
    .html();
    assert!(
        fitted.contains("worthit:resize") && fitted.contains("event.source"),
        "{fitted}"
    );
}

#[wasm_bindgen_test]
fn the_full_page_link_keeps_language_and_mode_only() {
    let scenario = presets::default_preset().scenario();
    let query = PageQuery {
        embed: true,
        controls: Controls::Hidden,
        lock: vec!["*".into()],
        lang: Some("ko".into()),
        compare: true,
        ..PageQuery::default()
    };
    let link = full_page_link("https://example.org/w/", &query, &scenario);
    assert!(
        link.starts_with("https://example.org/w/?lang=ko&compare=1#s="),
        "{link}"
    );
    assert_eq!(
        share::decode_hash(&link[link.find('#').unwrap()..]),
        Ok(Some(scenario))
    );
    assert_eq!(strip_query_and_hash("https://a/b/?x=1#y"), "https://a/b/");
}

#[wasm_bindgen_test]
fn the_docs_name_every_parameter_and_group() {
    let docs = include_str!("../docs/embedding.md");
    for param in worthit_app::embed::query::SCHEMA {
        assert!(
            docs.contains(&format!("| `{}` |", param.name)),
            "docs/embedding.md has no row for `{}`",
            param.name
        );
    }
    for group in worthit_app::editor::GROUPS {
        assert!(
            docs.contains(&format!("`{group}`")),
            "docs/embedding.md does not name the editor group `{group}`"
        );
    }
    for kind in [
        "worthit:ready",
        "worthit:result",
        "worthit:error",
        "worthit:resize",
        "worthit:load",
        "worthit:run",
    ] {
        assert!(docs.contains(&format!("| `{kind}` |")), "{kind}");
    }
}

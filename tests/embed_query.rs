//! Query parameters at the edge (`src/embed/query.rs`: the browser's URL
//! parser and percent-encoding), the embed snippet and the start-up
//! scenario. The rules of the query itself are tested natively in
//! `crates/page-core/tests/query.rs`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use worthit_app::editor::EditorGroup;
use worthit_app::embed::bar::full_page_link;
use worthit_app::embed::query::{self, parse_origin, percent_decode, percent_encode};
use worthit_app::embed::snippet::{Snippet, escape, strip_query_and_hash};
use worthit_app::embed::{Controls, PageQuery, QueryWarning, initial_state, warnings_notice};
use worthit_app::exercise::without_exercise;
use worthit_app::share;
use worthit_engine::presets;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(search: &str) -> (PageQuery, Vec<QueryWarning>) {
    query::parse(search)
}

/// The page reads `?host=` with the browser's own URL parser, so an origin
/// compares equal to the `event.origin` the browser reports, whatever its
/// case or script (the native tests check the rules with the `url` crate).
#[wasm_bindgen_test]
fn host_origins_are_read_as_the_browser_writes_them() {
    for (text, expected) in [
        ("https://LMS.Example.edu/", Some("https://lms.example.edu")),
        ("HTTP://localhost:8080", Some("http://localhost:8080")),
        ("https://a.example:443", Some("https://a.example")),
        ("http://[::1]:8080", Some("http://[::1]:8080")),
        (
            "http://bücher.example",
            Some("http://xn--bcher-kva.example"),
        ),
        (
            "http://BÜCHER.example:80/",
            Some("http://xn--bcher-kva.example"),
        ),
        ("https://a.example/course", None),
        ("https://user@a.example", None),
        ("https://a.example:99999", None),
        ("https://a.example:", None),
        ("javascript:alert(1)", None),
    ] {
        assert_eq!(parse_origin(text).as_deref(), expected, "{text}");
    }
    let (q, w) = parse("?host=https%3A%2F%2Flms.example.edu");
    assert_eq!(q.host.as_deref(), Some("https://lms.example.edu"));
    assert!(w.is_empty());
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
            controls: Controls::Only(vec![EditorGroup::Costs]),
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
    let (query, warnings) = query::parse(url.split(['?', '#']).nth(1).unwrap());
    assert!(warnings.is_empty());
    assert!(query.embed && query.compare);
    assert_eq!(query.controls, Controls::Only(vec![EditorGroup::Costs]));
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
    let scenario = std::rc::Rc::new(presets::default_preset().scenario());
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
        Ok(Some((*scenario).clone()))
    );
    assert_eq!(strip_query_and_hash("https://a/b/?x=1#y"), "https://a/b/");
}

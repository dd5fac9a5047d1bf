//! Query parameters (`?embed=1&controls=…`): every rule of
//! `src/query.rs`, and that no bad address is ever more than a warning.
//! The snippet, the start-up scenario and the browser's own URL parser and
//! percent-encoding are tested in the page's `tests/embed_query.rs`.

use worthit_engine::presets;
use worthit_page_core::groups::EditorGroup;
use worthit_page_core::query::{
    Controls, PageQuery, QueryWarning, UrlParts, is_lock_path, percent_encode,
};

/// The parts of `text` as the WHATWG URL standard reads it, which is what
/// the browser's `URL` does on the page: the `url` crate implements the
/// same standard (IDN hosts to punycode, lower case, default ports
/// dropped).
fn url(text: &str) -> Option<UrlParts> {
    let url = url::Url::parse(text).ok()?;
    Some(UrlParts {
        origin: url.origin().ascii_serialization(),
        username: url.username().to_string(),
        password: url.password().unwrap_or_default().to_string(),
        pathname: url.path().to_string(),
        search: url.query().map(|q| format!("?{q}")).unwrap_or_default(),
        hash: url.fragment().map(|f| format!("#{f}")).unwrap_or_default(),
        hostname: url.host_str().unwrap_or_default().to_string(),
    })
}

fn parse(search: &str) -> (PageQuery, Vec<QueryWarning>) {
    PageQuery::parse(search, &url)
}

fn parse_origin(text: &str) -> Option<String> {
    worthit_page_core::query::parse_origin(text, &url)
}

#[test]
fn an_empty_query_is_the_full_page() {
    for search in ["", "?", "?&&", "?utm_source=mail&fbclid=x"] {
        assert_eq!(parse(search), (PageQuery::default(), vec![]), "{search}");
    }
}

#[test]
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

#[test]
fn controls_keep_the_editors_order_and_skip_unknown_groups() {
    let (q, w) = parse("?controls=costs,value,costs");
    assert_eq!(
        q.controls,
        Controls::Only(vec![EditorGroup::Value, EditorGroup::Costs])
    );
    assert_eq!(
        q.controls
            .groups()
            .iter()
            .map(|g| g.key())
            .collect::<Vec<_>>(),
        vec!["value", "costs"]
    );
    assert!(w.is_empty());

    let (q, w) = parse("?controls=Costs,%20prices");
    assert_eq!(q.controls, Controls::Only(vec![EditorGroup::Costs]));
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

#[test]
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

#[test]
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

#[test]
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
#[test]
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

#[test]
fn lang_is_kept_as_written() {
    assert_eq!(parse("?lang=zh-TW").0.lang.as_deref(), Some("zh-TW"));
    assert_eq!(parse("?lang=").0.lang, None);
}

#[test]
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

#[test]
fn a_query_survives_its_own_round_trip() {
    let query = PageQuery {
        embed: true,
        controls: Controls::Only(vec![EditorGroup::Value, EditorGroup::Costs]),
        lock: vec!["product.costs.money".into(), "segments[0].share".into()],
        preset: Some(presets::all()[0].id),
        scenario: None,
        lang: Some("ko".into()),
        compare: true,
        predict: true,
        predict_metric: None,
        host: Some("https://lms.example.edu:8443".into()),
        host_rejected: false,
        full_layout: true,
        build: false,
    };
    let search = query.to_search();
    assert!(search.contains("predict=1"), "{search}");
    assert!(search.contains("layout=full"), "{search}");
    assert!(search.contains("controls=value,costs"), "{search}");
    assert!(
        search.contains("lock=product.costs.money,segments[0].share"),
        "{search}"
    );
    assert_eq!(parse(&search), (query.clone(), vec![]));
    // A named metric travels as itself.
    let winner = PageQuery {
        predict_metric: Some(worthit_engine::PredictMetric::Winner),
        ..query
    };
    assert!(winner.to_search().contains("predict=winner"));
    assert_eq!(parse(&winner.to_search()), (winner, vec![]));
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

#[test]
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

#[test]
fn the_docs_name_every_parameter_and_group() {
    let docs = include_str!("../../../docs/embedding.md");
    for param in worthit_page_core::query::SCHEMA {
        assert!(
            docs.contains(&format!("| `{}` |", param.name)),
            "docs/embedding.md has no row for `{}`",
            param.name
        );
    }
    for group in EditorGroup::ALL.map(EditorGroup::key) {
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

#[test]
fn predict_takes_a_flag_or_a_metric() {
    use worthit_engine::PredictMetric;
    use worthit_page_core::predict::Asked;
    let (q, w) = parse("?predict=lift");
    assert!(w.is_empty());
    assert_eq!(q.predict_asked(), Some(Asked::Metric(PredictMetric::Lift)));
    let (q, _) = parse("?predict=1");
    assert_eq!(q.predict_asked(), Some(Asked::Default));
    let (q, _) = parse("?predict=no");
    assert_eq!(q.predict_asked(), None);
    // Neither a flag nor a metric: a warning, and no prediction.
    let (q, w) = parse("?predict=share");
    assert_eq!(q.predict_asked(), None);
    assert_eq!(w.len(), 1);
}

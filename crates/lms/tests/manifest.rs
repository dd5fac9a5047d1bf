//! The package against the SCORM 1.2 checklist of `docs/embedding.md`
//! ("The LMS package"): the zip is read back, `imsmanifest.xml` parsed as
//! XML (roxmltree) and every rule checked. The page files here are small
//! stand-ins shaped like trunk's output; `tests/e2e/lms.test.mjs` runs a
//! package of the real build in an LMS run-time.

use std::collections::HashSet;
use std::io::{Cursor, Read};

use roxmltree::{Document, Node};
use worthit_lms::{Content, LaunchText, Package, Standard, build};

const IMSCP: &str = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP: &str = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
const IMSCP_2004: &str = "http://www.imsglobal.org/xsd/imscp_v1p1";
const ADLCP_2004: &str = "http://www.adlnet.org/xsd/adlcp_v1p3";

fn page() -> Vec<(String, Vec<u8>)> {
    let index = r#"<!doctype html><html><head><script src="boot-check.js"></script>
<link rel="modulepreload" href="/app-1a.js"><link rel="stylesheet" href="/style-2b.css">
<script type="module" nonce="{{__TRUNK NONCE__}}">import init from '/app-1a.js';
await init({ module_or_path: '/app-1a_bg.wasm' });</script></head><body></body></html>"#;
    [
        ("index.html", index.as_bytes().to_vec()),
        ("boot-check.js", b"/* boot */".to_vec()),
        ("app-1a.js", b"export default 1;".to_vec()),
        ("app-1a_bg.wasm", vec![0, 97, 115, 109, 1, 0, 0, 0]),
        ("style-2b.css", b"body{}".to_vec()),
        ("locales/ko.ftl", "app-title = 한국어".as_bytes().to_vec()),
    ]
    .into_iter()
    .map(|(p, b)| (p.to_string(), b))
    .collect()
}

fn text() -> LaunchText {
    LaunchText {
        lang: "ko".into(),
        frame_title: "worthit: <A & B>".into(),
        no_lms: "LMS 없음".into(),
    }
}

const SCENARIO: &str = r#"{"schema":1,"title":"Fish & \"chips\" <test>","product":{"value":{"dist":"fixed","value":1}}}"#;

fn package_zip(predict: bool) -> Vec<u8> {
    package_of(predict, Standard::Scorm12)
}

fn package_of(predict: bool, standard: Standard) -> Vec<u8> {
    let page = page();
    let text = text();
    build(&Package {
        title: "Fish & \"chips\" <test>",
        content: Content::Scenario(SCENARIO),
        predict,
        standard,
        text: &text,
        page: &page,
    })
    .unwrap()
}

fn entries(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).unwrap();
            (file.name().to_string(), bytes)
        })
        .collect()
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Node<'a, 'i> {
    node.children()
        .find(|c| c.has_tag_name((IMSCP, name)) || c.has_tag_name((IMSCP_2004, name)))
        .unwrap_or_else(|| panic!("<{}> has no <{name}>", node.tag_name().name()))
}

/// The text of `imsmanifest.xml` at the root of a package's files, which
/// must be UTF-8.
fn manifest_text(files: &[(String, Vec<u8>)]) -> &str {
    let manifest = &files
        .iter()
        .find(|(n, _)| n == "imsmanifest.xml")
        .expect("imsmanifest.xml at the root")
        .1;
    std::str::from_utf8(manifest).expect("a UTF-8 manifest")
}

/// The text of the package file `name`.
fn text_of(files: &[(String, Vec<u8>)], name: &str) -> String {
    let bytes = &files.iter().find(|(n, _)| n == name).unwrap().1;
    String::from_utf8(bytes.clone()).unwrap()
}

/// The launch page's configuration: its JSON text and the parsed value.
fn config_of(launch: &str) -> (&str, serde_json::Value) {
    let start = launch.find("id=\"worthit-lms-config\">").unwrap() + 24;
    let end = start + launch[start..].find("</script>").unwrap();
    let json = &launch[start..end];
    (json, serde_json::from_str(json).unwrap())
}

#[test]
fn the_manifest_meets_the_checklist() {
    let files = entries(&package_zip(true));
    let names: HashSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    // 1. imsmanifest.xml at the root of the zip. 2. UTF-8 and
    // well-formed XML.
    let xml = manifest_text(&files);
    let doc = Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    // 3. <manifest> in the IMS CP 1.1.2 namespace, with an identifier.
    assert!(root.has_tag_name((IMSCP, "manifest")));
    let id = root.attribute("identifier").unwrap();
    assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()) && !id.contains(' '));
    // 4. metadata: schema "ADL SCORM", schemaversion "1.2".
    let metadata = child(root, "metadata");
    assert_eq!(child(metadata, "schema").text(), Some("ADL SCORM"));
    assert_eq!(child(metadata, "schemaversion").text(), Some("1.2"));
    // 5. organizations@default names an organization with a title and an
    //    item whose identifierref names a resource.
    let orgs = child(root, "organizations");
    let default = orgs.attribute("default").unwrap();
    let org = orgs
        .children()
        .find(|o| {
            o.has_tag_name((IMSCP, "organization")) && o.attribute("identifier") == Some(default)
        })
        .expect("the default organization");
    assert_eq!(child(org, "title").text(), Some("Fish & \"chips\" <test>"));
    let item = child(org, "item");
    assert!(item.attribute("identifier").is_some());
    let resource_id = item.attribute("identifierref").unwrap();
    // 6. That resource is a webcontent SCO whose href is in the zip.
    let resources = child(root, "resources");
    let resource = resources
        .children()
        .find(|r| {
            r.has_tag_name((IMSCP, "resource")) && r.attribute("identifier") == Some(resource_id)
        })
        .expect("the item's resource");
    assert_eq!(resource.attribute("type"), Some("webcontent"));
    assert_eq!(resource.attribute((ADLCP, "scormtype")), Some("sco"));
    let href = resource.attribute("href").unwrap();
    assert!(names.contains(href), "{href} is not in the zip");
    // 7. Every <file href> exists in the zip, and every file of the zip
    //    but the manifest is listed.
    let listed: HashSet<&str> = resource
        .children()
        .filter(|f| f.has_tag_name((IMSCP, "file")))
        .map(|f| f.attribute("href").unwrap())
        .collect();
    for file in &listed {
        assert!(names.contains(file), "{file} is listed but not in the zip");
    }
    for name in &names {
        assert!(
            *name == "imsmanifest.xml" || listed.contains(name),
            "{name} is not listed"
        );
    }
    // 8. Identifiers are unique.
    let ids: Vec<&str> = root
        .descendants()
        .filter_map(|n| n.attribute("identifier"))
        .collect();
    assert_eq!(ids.len(), ids.iter().collect::<HashSet<_>>().len());
    // 9. Paths are relative, with no `..` and no backslashes.
    for name in &names {
        assert!(
            !name.starts_with('/') && !name.contains("..") && !name.contains('\\'),
            "{name}"
        );
    }
}

#[test]
fn the_launch_page_carries_the_scenario_and_the_page_is_relative() {
    let files = entries(&package_zip(true));
    let get = |name: &str| text_of(&files, name);
    let launch = get("launch.html");
    assert!(launch.contains("<html lang=\"ko\">"));
    assert!(launch.contains("title=\"worthit: &lt;A &amp; B&gt;\""));
    assert!(launch.contains("<script src=\"scorm-launch.js\"></script>"));
    // The configuration is JSON that cannot close its script element.
    let (config_json, config) = config_of(&launch);
    assert_eq!(config["scenario"], SCENARIO);
    assert_eq!(config["predict"], true);
    assert_eq!(config["page"], "page/index.html");
    assert_eq!(config["lang"], "ko");
    assert!(!config_json.contains('<'));
    assert_eq!(get("scorm-launch.js"), worthit_lms::LAUNCH_JS);
    let index = get("page/index.html");
    assert!(index.contains("href=\"./app-1a.js\"") && index.contains("'./app-1a_bg.wasm'"));
    assert!(!index.contains("nonce"));
    assert_eq!(get("page/locales/ko.ftl"), "app-title = 한국어");
    // Without predict the launch page does not ask for it.
    let launch = text_of(&entries(&package_zip(false)), "launch.html");
    assert!(launch.contains("\"predict\":false"));
}

#[test]
fn a_comparison_package_carries_the_comparison_in_place_of_a_scenario() {
    const COMPARISON: &str = r#"{"kind":"worthit-comparison","schema":1,"a":{"schema":1,"title":"A","product":{"value":{"dist":"fixed","value":1}}},"b":{"schema":1,"title":"B </script>","product":{"value":{"dist":"fixed","value":2}}}}"#;
    let text = text();
    let page = page();
    let zip = build(&Package {
        title: "A vs. B",
        content: Content::Comparison(COMPARISON),
        predict: true,
        standard: Standard::Scorm2004,
        text: &text,
        page: &page,
    })
    .unwrap();
    let files = entries(&zip);
    let launch = text_of(&files, "launch.html");
    let (config_json, config) = config_of(&launch);
    // B's title holds `</script>`: escaped, it cannot end the element.
    assert!(!config_json.contains('<'));
    // The launch script opens `#comparison=` when the field is there.
    assert_eq!(config["comparison"], COMPARISON);
    assert!(config.get("scenario").is_none());
    assert_eq!(config["predict"], true);
    assert_eq!(config["scorm"], "2004");
    assert!(
        worthit_lms::LAUNCH_JS.contains("\"#comparison=\" + encodeURIComponent(config.comparison)")
    );
    // Its own identifier: a comparison does not replace a package of its A.
    let manifest = manifest_text(&files);
    assert!(manifest.contains(&worthit_lms::identifier(COMPARISON)));
    assert!(manifest.contains("<title>A vs. B</title>"));
    assert_ne!(
        worthit_lms::identifier(COMPARISON),
        worthit_lms::identifier(SCENARIO)
    );
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    assert_eq!(package_zip(true), package_zip(true));
}

#[test]
fn a_page_without_index_or_with_an_escaping_path_is_refused() {
    let text = text();
    let mut page = page();
    page.retain(|(p, _)| p != "index.html");
    let package = Package {
        title: "t",
        content: Content::Scenario(SCENARIO),
        predict: false,
        standard: Standard::Scorm12,
        text: &text,
        page: &page,
    };
    assert!(build(&package).unwrap_err().contains("index.html"));
    let mut page = self::page();
    page.push(("../secret".into(), vec![]));
    let package = Package {
        page: &page,
        ..package
    };
    assert!(build(&package).unwrap_err().contains("../secret"));
}

/// The SCORM 2004 4th edition checklist (`docs/embedding.md`): the same
/// rules as 1.2's in the 2004 namespaces, `adlcp:scormType` with a capital
/// T, schemaversion "2004 4th Edition"; the launch page asks for the 2004
/// run-time.
#[test]
fn the_2004_manifest_meets_its_checklist() {
    let files = entries(&package_of(true, Standard::Scorm2004));
    let names: HashSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let xml = manifest_text(&files);
    let doc = Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    // The IMS CP 1.1.4 namespace (its URI says v1p1) and an identifier.
    assert!(root.has_tag_name((IMSCP_2004, "manifest")));
    assert!(
        root.attribute("identifier")
            .unwrap()
            .starts_with("worthit-")
    );
    let metadata = child(root, "metadata");
    assert_eq!(child(metadata, "schema").text(), Some("ADL SCORM"));
    assert_eq!(
        child(metadata, "schemaversion").text(),
        Some("2004 4th Edition")
    );
    let orgs = child(root, "organizations");
    let default = orgs.attribute("default").unwrap();
    let org = child(orgs, "organization");
    assert_eq!(org.attribute("identifier"), Some(default));
    assert_eq!(child(org, "title").text(), Some("Fish & \"chips\" <test>"));
    let item = child(org, "item");
    let resource = child(child(root, "resources"), "resource");
    assert_eq!(
        item.attribute("identifierref"),
        resource.attribute("identifier")
    );
    assert_eq!(resource.attribute("type"), Some("webcontent"));
    // 2004 spells it scormType; 1.2's lower-case attribute is not there.
    assert_eq!(resource.attribute((ADLCP_2004, "scormType")), Some("sco"));
    assert_eq!(resource.attribute((ADLCP_2004, "scormtype")), None);
    assert_eq!(resource.attribute((ADLCP, "scormtype")), None);
    let href = resource.attribute("href").unwrap();
    assert!(names.contains(href));
    let listed: HashSet<&str> = resource
        .children()
        .filter(|f| f.has_tag_name((IMSCP_2004, "file")))
        .map(|f| f.attribute("href").unwrap())
        .collect();
    for name in &names {
        assert!(
            *name == "imsmanifest.xml" || listed.contains(name),
            "{name} is not listed"
        );
    }
    for file in &listed {
        assert!(names.contains(file), "{file} is listed but not in the zip");
    }
    // The launch page's configuration names the 2004 run-time.
    let launch = text_of(&files, "launch.html");
    assert!(launch.contains("\"scorm\":\"2004\""), "{launch}");
    // The 1.2 package says 1.2, and the page files are the same in both.
    let old = entries(&package_zip(true));
    let launch12 = text_of(&old, "launch.html");
    assert!(launch12.contains("\"scorm\":\"1.2\""));
    for (name, bytes) in files.iter().filter(|(n, _)| n.starts_with("page/")) {
        assert_eq!(
            &old.iter().find(|(n, _)| n == name).unwrap().1,
            bytes,
            "{name}"
        );
    }
}

#[test]
fn standards_are_read_as_the_command_line_writes_them() {
    assert_eq!(Standard::parse("2004"), Some(Standard::Scorm2004));
    assert_eq!(Standard::parse("SCORM2004"), Some(Standard::Scorm2004));
    assert_eq!(Standard::parse("1.2"), Some(Standard::Scorm12));
    assert_eq!(Standard::parse("scorm12"), Some(Standard::Scorm12));
    assert_eq!(Standard::parse("2004-3"), None);
    assert_eq!(Standard::default(), Standard::Scorm12);
}

/// The title and words both builders use: the scenario's title, or
/// "A vs. B" in the package's language; a prediction when chosen or when
/// the (first) scenario's exercise asks for one.
#[test]
fn the_activity_is_titled_by_its_scenario_or_both_variants() {
    use worthit_i18n::{Lang, Translator};
    let tr = Translator::new(Lang::En);
    let mut a = worthit_engine::presets::default_preset().scenario();
    a.title = "Art".into();
    let mut b = a.clone();
    b.title = "Gameplay".into();
    let (title, text) = worthit_lms::activity_text(&tr, "en", &a, None);
    assert_eq!(title, "Art");
    assert_eq!(text.frame_title, "worthit simulation: Art");
    assert_eq!(text.lang, "en");
    let (title, text) = worthit_lms::activity_text(&tr, "en", &a, Some(&b));
    assert_eq!(title, "Art vs. Gameplay");
    assert_eq!(text.frame_title, "worthit simulation: Art vs. Gameplay");
    a.exercise = None;
    assert!(!worthit_lms::asks_prediction(false, &a));
    assert!(worthit_lms::asks_prediction(true, &a));
    let mut exercise = worthit_engine::presets::all()
        .iter()
        .find_map(|p| p.scenario().exercise)
        .expect("a preset with an exercise");
    exercise.predict = None;
    a.exercise = Some(exercise.clone());
    assert!(!worthit_lms::asks_prediction(false, &a));
    exercise.predict = Some(worthit_engine::Predict::of(
        worthit_engine::PredictMetric::AdoptionShare,
    ));
    a.exercise = Some(exercise);
    assert!(worthit_lms::asks_prediction(false, &a));
}

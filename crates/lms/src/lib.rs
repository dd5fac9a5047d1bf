//! worthit as a SCORM package (1.2, or 2004 4th edition: [`Standard`]):
//! a zip an LMS imports, with
//! `imsmanifest.xml` at its root, a launch page (`launch.html`, the SCO)
//! and the built page under `page/`. The launch page finds the LMS's
//! run-time API in its parent windows, frames the page on the package's
//! scenario, or in compare mode on its comparison ([`Content`]), and
//! reports completion, pass or fail by the exercise's goal, the
//! prediction's score and the time spent (`assets/scorm-launch.js`).
//!
//! The same code builds the package natively (`cargo xtask lms`, through
//! this crate's `worthit-lms` binary) and in the browser (the Embed
//! dialog's "Download for LMS"), so both give the same bytes for the same
//! page files, scenario and texts. Pure: the caller reads the page's files
//! (from `dist/`, or by fetching them) and writes the zip.

mod manifest;
mod page;

use std::io::{Cursor, Write};

use worthit_engine::Scenario;
use worthit_i18n::{FluentValue, Translator};
use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

pub use manifest::{identifier, manifest};
pub use page::{PAGE_DIR, page_paths, relative_index};
/// The project's one escaping function (HTML and XML).
pub use worthit_view::markup::escape;

/// The launch script, copied into every package.
pub const LAUNCH_JS: &str = include_str!("../assets/scorm-launch.js");
/// The launch page's file name (the manifest's `href`).
pub const LAUNCH_HTML: &str = "launch.html";
/// The launch script's file name.
pub const LAUNCH_SCRIPT: &str = "scorm-launch.js";

/// Which SCORM the package speaks: its manifest and the run-time API the
/// launch script looks for (`API` with `cmi.core.*`, or `API_1484_11`
/// with `cmi.completion_status`, `cmi.success_status`, `cmi.score.*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Standard {
    /// SCORM 1.2: what every LMS takes.
    #[default]
    Scorm12,
    /// SCORM 2004 4th edition.
    Scorm2004,
}

impl Standard {
    /// The name the command line and the launch configuration use:
    /// `1.2` or `2004`.
    pub fn as_str(self) -> &'static str {
        match self {
            Standard::Scorm12 => "1.2",
            Standard::Scorm2004 => "2004",
        }
    }

    /// `1.2` or `2004` (also `12`, `scorm12`, `scorm2004`, any case).
    pub fn parse(text: &str) -> Option<Standard> {
        match text.trim().to_ascii_lowercase().trim_start_matches("scorm") {
            "1.2" | "12" => Some(Standard::Scorm12),
            "2004" => Some(Standard::Scorm2004),
            _ => None,
        }
    }
}

/// The launch page's own words, in the package's language (the caller
/// translates them: `lms-*` keys in `www/locales/*.ftl`).
#[derive(Debug, Clone, PartialEq)]
pub struct LaunchText {
    /// The page's language (BCP 47), also passed on to the page as `lang`.
    pub lang: String,
    /// The frame's accessible name.
    pub frame_title: String,
    /// Shown when no LMS run-time API was found (opened outside an LMS).
    pub no_lms: String,
}

/// What the package opens the page on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content<'a> {
    /// A scenario document, as JSON text: the page opens on it
    /// (`#scenario=`) and reports each run as `worthit:result`.
    Scenario(&'a str),
    /// A comparison document (`docs/comparison-format.md`), as JSON text:
    /// the page opens in compare mode on A and B (`#comparison=`) and
    /// reports each comparison as `worthit:comparison`, with the lift or
    /// winner prediction's score when one is asked for.
    Comparison(&'a str),
}

impl Content<'_> {
    /// The document's JSON text.
    pub fn json(&self) -> &str {
        match self {
            Content::Scenario(json) | Content::Comparison(json) => json,
        }
    }

    /// The launch configuration's field that carries the document, which
    /// is also the name of the page's hash parameter that opens it.
    pub fn key(&self) -> &'static str {
        match self {
            Content::Scenario(_) => "scenario",
            Content::Comparison(_) => "comparison",
        }
    }
}

/// The activity's title ([`activity_title`]) and the launch page's words,
/// in `tr`'s language (`lang` is the package's BCP 47 tag). The same for
/// the command line and the page.
pub fn activity_text(
    tr: &Translator,
    lang: &str,
    a: &Scenario,
    b: Option<&Scenario>,
) -> (String, LaunchText) {
    let title = activity_title(tr, a, b);
    let text = LaunchText {
        lang: lang.to_string(),
        frame_title: tr.t_args(
            "lms-frame-title",
            &[("title", FluentValue::from(title.as_str()))],
        ),
        no_lms: tr.t("lms-no-lms"),
    };
    (title, text)
}

/// The activity's title in `tr`'s language: the scenario's, or for a
/// comparison of `a` and `b` "A's title vs. B's title"
/// (`lms-comparison-title`). Also the embed snippet's frame title.
pub fn activity_title(tr: &Translator, a: &Scenario, b: Option<&Scenario>) -> String {
    match b {
        Some(b) => tr.t_args(
            "lms-comparison-title",
            &[
                ("a", FluentValue::from(a.title.as_str())),
                ("b", FluentValue::from(b.title.as_str())),
            ],
        ),
        None => a.title.clone(),
    }
}

/// Whether the package asks for a prediction before the result shows:
/// the author chose it, or the scenario's (a comparison's A's) exercise
/// has a `predict` block, which the page asks for in either mode.
pub fn asks_prediction(chosen: bool, a: &Scenario) -> bool {
    chosen || a.exercise.as_ref().is_some_and(|e| e.predict.is_some())
}

/// Everything a package is made of.
#[derive(Debug, Clone)]
pub struct Package<'a> {
    /// The activity's title (the manifest's and the launch page's).
    pub title: &'a str,
    /// The scenario or comparison, as JSON text.
    pub content: Content<'a>,
    /// Ask for a prediction before the result shows (`?predict=1`).
    pub predict: bool,
    /// SCORM 1.2 or 2004.
    pub standard: Standard,
    pub text: &'a LaunchText,
    /// The built page's files, paths relative to the page's folder
    /// (`index.html`, `app-….js`, `locales/ko.ftl`); `index.html` is
    /// required and is rewritten to use relative paths.
    pub page: &'a [(String, Vec<u8>)],
}

/// Builds the zip. `Err` names what is missing or could not be written.
pub fn build(package: &Package<'_>) -> Result<Vec<u8>, String> {
    let index = package
        .page
        .iter()
        .find(|(path, _)| path == "index.html")
        .ok_or("the page's index.html is missing")?;
    let index = std::str::from_utf8(&index.1).map_err(|_| "index.html is not UTF-8")?;
    let index = relative_index(index);

    let mut files: Vec<(String, Vec<u8>)> = vec![
        (LAUNCH_HTML.to_string(), launch_html(package).into_bytes()),
        (LAUNCH_SCRIPT.to_string(), LAUNCH_JS.as_bytes().to_vec()),
        (format!("{PAGE_DIR}/index.html"), index.into_bytes()),
    ];
    let mut rest: Vec<&(String, Vec<u8>)> = package
        .page
        .iter()
        .filter(|(path, _)| path != "index.html")
        .collect();
    worthit_engine::sort::sort_by(&mut rest, |a, b| a.0.cmp(&b.0));
    for (path, bytes) in rest {
        if path.starts_with('/') || path.split('/').any(|part| part == ".." || part.is_empty()) {
            return Err(format!("{path:?} is not a relative path inside the page"));
        }
        files.push((format!("{PAGE_DIR}/{path}"), bytes.clone()));
    }

    let paths: Vec<String> = files.iter().map(|(p, _)| p.clone()).collect();
    let manifest = manifest(
        package.standard,
        package.title,
        &identifier(package.content.json()),
        &paths,
    );

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // Deflate at the default level: the WebAssembly shrinks to about a
    // third, which an LMS's upload limit notices. No timestamps are set,
    // so the same inputs give the same bytes.
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let mut put = |path: &str, bytes: &[u8]| -> Result<(), String> {
        zip.start_file(path, options)
            .and_then(|()| zip.write_all(bytes).map_err(Into::into))
            .map_err(|e| format!("{path}: {e}"))
    };
    put("imsmanifest.xml", manifest.as_bytes())?;
    for (path, bytes) in &files {
        put(path, bytes)?;
    }
    zip.finish()
        .map(Cursor::into_inner)
        .map_err(|e| format!("the zip could not be finished: {e}"))
}

/// The launch page: a heading for screen readers, a status line, the
/// frame, and the configuration the launch script reads.
pub fn launch_html(package: &Package<'_>) -> String {
    let mut config = serde_json::json!({
        "page": format!("{PAGE_DIR}/index.html"),
        "predict": package.predict,
        "scorm": package.standard.as_str(),
        "lang": package.text.lang,
        "text": { "no_lms": package.text.no_lms },
    });
    config[package.content.key()] = package.content.json().into();
    // `<` escaped so the JSON cannot close its script element.
    let config = config.to_string().replace('<', "\\u003c");
    let title = escape(package.title);
    let lang = escape(&package.text.lang);
    let frame_title = escape(&package.text.frame_title);
    format!(
        r#"<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="icon" href="data:,">
<style>html,body{{margin:0;padding:0;font-family:system-ui,sans-serif}}h1{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}#worthit-lms-status:empty{{display:none}}#worthit-lms-status{{margin:0;padding:.5rem 1rem;background:#fff4ce;color:#3b2f00}}iframe{{display:block;border:0;width:100%;height:900px}}</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p id="worthit-lms-status" role="status"></p>
<iframe id="worthit-lms-frame" title="{frame_title}"></iframe>
</main>
<script type="application/json" id="worthit-lms-config">{config}</script>
<script src="{LAUNCH_SCRIPT}"></script>
</body>
</html>
"#
    )
}

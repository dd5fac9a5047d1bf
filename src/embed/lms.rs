//! "Download for LMS" in the Embed dialog: the SCORM package (1.2, or
//! 2004 4th edition as chosen beside the button) of the scenario on
//! screen, or in compare mode of the comparison (A vs. B, which the
//! package opens in compare mode), built in the browser with the same code as
//! `cargo xtask lms` (`worthit_lms`). The page's own files are fetched
//! from where the page was loaded (its `index.html`, what that names, and
//! the four translation files), so the package holds exactly the page the
//! author is looking at. Nothing is stored; the zip is offered as a
//! download.
//!
//! # Test ids
//!
//! `embed-lms` (the button), `embed-lms-standard` (the SCORM version's
//! menu: `1.2` or `2004`), `embed-lms-status` (a live region: building,
//! done or why it failed).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::Scenario;
use worthit_engine::lab::ComparisonDoc;
use worthit_i18n::{FluentValue, Lang};
use yew::prelude::*;

use super::snippet::page_base;
use crate::i18n::use_tr;
use worthit_page_core::downloads::Download;

/// The bytes at `url`, if it answers 200–299.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url} could not be fetched"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(
        response
            .array_buffer()
            .map_err(|_| format!("{url}: no body"))?,
    )
    .await
    .map_err(|_| format!("{url}: the body could not be read"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The page's files, as `cargo xtask lms` reads them from `dist/`.
async fn page_files(base: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let base = &base[..base.rfind('/').map_or(base.len(), |i| i + 1)];
    let index = fetch_bytes(&format!("{base}index.html")).await?;
    let mut paths = worthit_lms::page_paths(&String::from_utf8_lossy(&index));
    paths.extend(Lang::ALL.iter().map(|l| l.ftl_path()));
    let mut files = vec![("index.html".to_string(), index)];
    for path in paths {
        let bytes = fetch_bytes(&format!("{base}{path}")).await?;
        files.push((path, bytes));
    }
    Ok(files)
}

/// What a package holds: the scenario on screen, or compare mode's two
/// variants.
#[derive(Clone, PartialEq)]
pub enum Packaged {
    Scenario(Rc<Scenario>),
    Comparison(Rc<ComparisonDoc>),
}

impl Packaged {
    /// The scenario, or the comparison's A (its title names the file),
    /// and the comparison's B.
    pub fn sides(&self) -> (&Scenario, Option<&Scenario>) {
        match self {
            Packaged::Scenario(scenario) => (scenario, None),
            Packaged::Comparison(doc) => (&doc.a, Some(&doc.b)),
        }
    }

    /// The document as the header's download writes it.
    fn json(&self) -> String {
        match self {
            Packaged::Scenario(scenario) => crate::files::scenario_json(scenario),
            Packaged::Comparison(doc) => doc.to_json(),
        }
    }

    /// The file the package is saved as, by standard.
    fn download(&self, standard: worthit_lms::Standard) -> Download {
        use worthit_lms::Standard::{Scorm12, Scorm2004};
        match (self, standard) {
            (Packaged::Scenario(_), Scorm12) => Download::LmsPackage,
            (Packaged::Scenario(_), Scorm2004) => Download::LmsPackage2004,
            (Packaged::Comparison(_), Scorm12) => Download::LmsComparisonPackage,
            (Packaged::Comparison(_), Scorm2004) => Download::LmsComparisonPackage2004,
        }
    }
}

/// Builds the package of `packaged` in `lang` and offers it as a download.
async fn build_and_download(
    packaged: Packaged,
    lang: Lang,
    predict: bool,
    standard: worthit_lms::Standard,
) -> Result<(), String> {
    let page = page_files(&page_base()).await?;
    if !crate::i18n::load(lang).await {
        return Err(format!(
            "the {} translations could not be loaded",
            lang.code()
        ));
    }
    let tr = crate::i18n::translator(lang);
    let (a, b) = packaged.sides();
    let (title, text) = worthit_lms::activity_text(&tr, lang.code(), a, b);
    let json = packaged.json();
    let zip = worthit_lms::build(&worthit_lms::Package {
        title: &title,
        content: match packaged {
            Packaged::Scenario(_) => worthit_lms::Content::Scenario(&json),
            Packaged::Comparison(_) => worthit_lms::Content::Comparison(&json),
        },
        predict: worthit_lms::asks_prediction(predict, a),
        standard,
        text: &text,
        page: &page,
    })?;
    // The standard names the file: `…-scorm.zip` or `…-scorm2004.zip`.
    let download = packaged.download(standard);
    if crate::files::download_bytes(download, &a.title, &zip) {
        Ok(())
    } else {
        Err("the browser refused the download".to_string())
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Building,
    Done,
    Failed(String),
}

#[derive(Properties, PartialEq)]
pub struct LmsDownloadProps {
    /// The scenario on screen, or compare mode's comparison.
    pub packaged: Packaged,
    /// The package's language; `None` for the page's own.
    pub lang: Option<Lang>,
    /// Ask for a prediction first (the dialog's checkbox).
    pub predict: bool,
}

/// The button, its help and its status line.
#[component]
pub fn LmsDownload(props: &LmsDownloadProps) -> Html {
    let tr = use_tr();
    let status = use_state(|| Status::Idle);
    let standard = use_state_eq(worthit_lms::Standard::default);
    let on_standard = {
        let standard = standard.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            standard.set(worthit_lms::Standard::parse(&select.value()).unwrap_or_default());
        })
    };
    let onclick = {
        let status = status.clone();
        let packaged = props.packaged.clone();
        let lang = props.lang.unwrap_or(tr.lang());
        let predict = props.predict;
        let standard = *standard;
        Callback::from(move |_: MouseEvent| {
            if *status == Status::Building {
                return;
            }
            status.set(Status::Building);
            let status = status.clone();
            let packaged = packaged.clone();
            spawn_local(async move {
                match build_and_download(packaged, lang, predict, standard).await {
                    Ok(()) => status.set(Status::Done),
                    Err(why) => status.set(Status::Failed(why)),
                }
            });
        })
    };
    let line = match &*status {
        Status::Idle => String::new(),
        Status::Building => tr.t("embed-lms-building"),
        Status::Done => tr.t("embed-lms-done"),
        Status::Failed(why) => tr.t_args(
            "embed-lms-failed",
            &[("reason", FluentValue::from(why.as_str()))],
        ),
    };
    html! {
        <div class="embed-lms">
            <p id="embed-lms-help" class="embed-help">{ tr.t(match props.packaged {
                Packaged::Scenario(_) => "embed-lms-help",
                Packaged::Comparison(_) => "embed-lms-help-compare",
            }) }</p>
            <div class="embed-field">
                <label for="embed-lms-standard">{ tr.t("embed-lms-standard") }</label>
                <select id="embed-lms-standard" data-testid="embed-lms-standard" onchange={on_standard}>
                    { for [worthit_lms::Standard::Scorm12, worthit_lms::Standard::Scorm2004].into_iter().map(|s| html! {
                        <option value={s.as_str()} selected={*standard == s}>
                            { tr.t(match s {
                                worthit_lms::Standard::Scorm12 => "embed-lms-scorm12",
                                worthit_lms::Standard::Scorm2004 => "embed-lms-scorm2004",
                            }) }
                        </option>
                    }) }
                </select>
            </div>
            <div class="embed-actions">
                <span class="embed-copied" role="status" data-testid="embed-lms-status">{ line }</span>
                <button type="button" class="button button-small" data-testid="embed-lms"
                    aria-describedby="embed-lms-help" disabled={*status == Status::Building} {onclick}>
                    { tr.t(Download::LmsPackage.label_key()) }
                </button>
            </div>
        </div>
    }
}

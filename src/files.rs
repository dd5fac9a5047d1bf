//! Files in and out: downloads made in the page (no server involved) and
//! scenario files opened by the file picker or dropped on the page.

use wasm_bindgen::{JsCast, JsValue};
use worthit_engine::{Results, Scenario};

use worthit_page_core::downloads::Download;

use crate::alert::{Arg, Msg};

/// Offers `text` as the file `download` names for a scenario titled
/// `title` (`worthit_page_core::downloads`: name and type). Returns false
/// when the browser refused (no DOM, blocked downloads); the caller tells
/// the person.
pub fn download_text(download: Download, title: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(download.mime());
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = click_link(&download.file_name(title), &url);
    // The click has started the download synchronously; the URL can go.
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// Offers `bytes` as the file `download` names (the LMS package's zip).
pub fn download_bytes(download: Download, title: &str, bytes: &[u8]) -> bool {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(download.mime());
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = click_link(&download.file_name(title), &url);
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// Offers a `data:` or `blob:` URL (a chart's PNG, of type
/// `download.mime()`) as the file `download` names.
pub fn download_url(download: Download, title: &str, url: &str) -> bool {
    click_link(&download.file_name(title), url)
}

/// Clicks a temporary `<a download>`: the standard way to save a file
/// from a page without a server.
fn click_link(name: &str, url: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = document.body() else {
        return false;
    };
    let Ok(anchor) = document
        .create_element("a")
        .map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>())
    else {
        return false;
    };
    anchor.set_href(url);
    anchor.set_download(name);
    let _ = anchor.set_attribute("hidden", "");
    if body.append_child(&anchor).is_err() {
        return false;
    }
    anchor.click();
    anchor.remove();
    true
}

/// Reads a scenario or comparison file the person chose as text. `Err`
/// carries a message naming the file when it is over the one input limit
/// or the browser could not read it.
pub async fn read_text(file: web_sys::File) -> Result<String, Msg> {
    read_text_within(
        file,
        worthit_engine::input::MAX_INPUT_BYTES,
        "refused-too-large",
    )
    .await
}

/// Reads a file as text if it is at most `limit` bytes; over it, the file
/// is refused unread with the message `too_large` (a translation key) as
/// the reason (reading 50 MB only to refuse it would freeze the page).
/// Surveys have a limit of their own (`survey::MAX_SURVEY_BYTES`).
pub async fn read_text_within(
    file: web_sys::File,
    limit: usize,
    too_large: &'static str,
) -> Result<String, Msg> {
    let name = file.name();
    if file.size() > limit as f64 {
        return Err(Msg::key_args(
            "notice-refused",
            vec![
                (
                    "source",
                    Arg::Msg(Box::new(Msg::key_args(
                        "source-file",
                        vec![("name", Arg::Text(name))],
                    ))),
                ),
                ("reason", Arg::Msg(Box::new(Msg::key(too_large)))),
            ],
        ));
    }
    let file = gloo::file::File::from(file);
    gloo::file::futures::read_as_text(&file)
        .await
        .map_err(|_| Msg::key_args("notice-file-unreadable", vec![("name", Arg::Text(name))]))
}

/// The scenario as pretty JSON, ready to save or edit by hand.
pub fn scenario_json(scenario: &Scenario) -> String {
    worthit_engine::json_text::to_pretty(scenario).unwrap_or_default()
}

/// The results as pretty results-v1 JSON (what `worthit run --json` prints).
pub fn results_json(results: &Results) -> String {
    worthit_engine::json_text::to_pretty(results).unwrap_or_default()
}

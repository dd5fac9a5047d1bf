//! One chart card: title, the chart as inline SVG, its text alternative, a
//! "show data table" toggle and "download PNG".
//!
//! Charts are drawn by `worthit-view` into plotters' SVG backend at the
//! card's CSS width: vector output is crisp at any devicePixelRatio, text
//! keeps its CSS size at phone width, and building a string is cheaper than
//! canvas calls across the WebAssembly boundary. A PNG is made on demand by
//! drawing that SVG onto a canvas at twice the size (or the screen's
//! devicePixelRatio, if higher).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use worthit_engine::Results;
use worthit_i18n::{FluentValue, Lang, Translator};
use worthit_view::{ChartKind, ChartStyle};
use yew::prelude::*;

use super::tables::table;
use crate::files;
use crate::i18n::use_tr;
use crate::state::Shown;
use worthit_page_core::downloads::Download;

#[derive(Properties, PartialEq)]
pub struct ChartCardProps {
    pub kind: ChartKind,
    pub shown: Shown,
    /// These are an earlier run's numbers, kept while the current ones are
    /// worked out (the what-ifs come after the answer).
    #[prop_or_default]
    pub pending: bool,
    /// A calibrated scenario's intervals (the what-if card shows its rows').
    #[prop_or_default]
    pub uncertainty: Option<std::rc::Rc<worthit_engine::Uncertainty>>,
    /// The compact embed: lists under a chart start folded.
    #[prop_or_default]
    pub folded: bool,
}

#[function_component]
pub fn ChartCard(props: &ChartCardProps) -> Html {
    let tr = use_tr();
    let kind = props.kind;
    let holder = use_node_ref();
    let show_table = use_state_eq(|| false);
    // The card's CSS width, measured after the first render and when the
    // window changes size. Nothing is drawn before it is known: the
    // measuring effect runs before the browser paints, so a chart drawn at
    // a guessed width would be thrown away unseen.
    let width = crate::lab::chart::use_width(holder.clone(), ());

    // A bundled preset's names in the page's language (display only).
    let results = Rc::new(worthit_i18n::scenario_text::localize_results(
        &tr,
        &props.shown.results,
    ));
    let drawn = {
        let tr = tr.clone();
        use_memo((props.shown.id, width, kind, tr.lang()), {
            let results = results.clone();
            move |(_, w, kind, _)| (*w > 0).then(|| draw(&tr, *kind, &results, *w))
        })
    };
    let results = &*results;
    let title = kind.title(tr.labels()).to_string();
    let alt = worthit_i18n::render_paragraph(&tr, &worthit_view::chart_description(kind, results));
    let id = kind.id();

    let toggle = {
        let show_table = show_table.clone();
        Callback::from(move |_: MouseEvent| show_table.set(!*show_table))
    };
    let download = {
        let drawn = drawn.clone();
        let title = props.shown.results.title.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(chart)) = &*drawn {
                let svg = chart.svg.clone();
                let (w, h) = (chart.width, chart.height);
                let title = title.clone();
                spawn_local(async move {
                    if let Ok(url) = svg_to_png(&svg, w, h).await {
                        files::download_url(Download::ChartPng(id), &title, &url);
                    }
                });
            }
        })
    };

    // The SVG draws its own title (so a downloaded PNG has one); the heading
    // is for the document outline and screen readers.
    let body = match &*drawn {
        Some(Ok(chart)) => Html::from_html_unchecked(AttrValue::from(chart.svg.clone())),
        Some(Err(message)) => html! { <p class="chart-error">{ message }</p> },
        None => Html::default(),
    };
    let title_id = format!("chart-{id}-title");
    let table_id = format!("chart-{id}-table");
    html! {
        <figure
            class={classes!("chart-card", props.pending.then_some("pending"))}
            data-testid={format!("chart-{id}")}
            data-pending={props.pending.to_string()}
            aria-labelledby={title_id.clone()}
            aria-busy={props.pending.then_some("true")}
        >
            <h3 id={title_id} class="visually-hidden">{ &title }</h3>
            if props.pending {
                <p class="chart-pending">{ tr.t("status-updating") }</p>
            }
            <div class="chart-image" ref={holder}>
                { body }
            </div>
            if kind == ChartKind::Tornado {
                <super::what_if_people::WhatIfPeople results={props.shown.results.clone()} />
                <super::what_if_extra::WhatIfExtra results={props.shown.results.clone()}
                    uncertainty={props.uncertainty.clone()} folded={props.folded} />
            }
            // The SVG is an image named by its title; the caption is its
            // text alternative, read with the figure.
            <figcaption class="chart-caption">{ alt }</figcaption>
            <div class="chart-actions">
                <button
                    type="button"
                    class="button button-small button-quiet"
                    aria-expanded={if *show_table { "true" } else { "false" }}
                    aria-controls={table_id.clone()}
                    data-testid={format!("table-toggle-{id}")}
                    onclick={toggle}
                >
                    { if *show_table { tr.t("card-hide-table") } else { tr.t("card-show-table") } }
                </button>
                <button
                    type="button"
                    class="button button-small button-quiet"
                    aria-label={tr.t_args("card-download-png-label", &[("title", FluentValue::from(title.as_str()))])}
                    data-testid={format!("download-png-{id}")}
                    onclick={download}
                >
                    { tr.t(Download::ChartPng(id).label_key()) }
                </button>
            </div>
            <div id={table_id} hidden={!*show_table}>
                if *show_table {
                    { table(&tr, kind, results) }
                }
            </div>
        </figure>
    }
}

/// A drawn chart and its size in CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// Draws `kind` at `width` CSS pixels, as tall as its rows need, labelled
/// in `tr`'s language.
pub fn draw(
    tr: &Translator,
    kind: ChartKind,
    results: &Results,
    width: u32,
) -> Result<Drawn, String> {
    let style = chart_style_for(tr.lang());
    let labels = tr.labels();
    let preferred = worthit_view::preferred_height(kind, results, f64::from(width), &style, labels);
    // The wide charts would grow to 420 px; on a laptop screen that pushes
    // the other charts out of sight.
    let most = match kind {
        ChartKind::NetValue | ChartKind::Timeline | ChartKind::Retention => 340.0,
        _ => 2000.0,
    };
    let height = preferred.round().clamp(120.0, most) as u32;
    worthit_view::chart_svg(kind, results, width, height, &style, labels)
        .map(|svg| Drawn { svg, width, height })
        .map_err(|e| tr.t_args("card-error", &[("error", FluentValue::from(e.to_string()))]))
}

/// The charts' look: the view crate's palette with the page's fonts, for
/// text in any of the page's languages.
pub fn chart_style() -> ChartStyle {
    chart_style_for(Lang::En)
}

/// The charts' look with the fonts of `lang` first (the same lists as
/// `www/i18n.css`): Chinese and Korean share code points but not glyph
/// shapes, so each names its own CJK font before the others.
pub fn chart_style_for(lang: Lang) -> ChartStyle {
    // Unquoted names: the list goes into an SVG attribute as it is.
    let latin = "Inter, system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial";
    let sc = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei";
    let tc = "Noto Sans CJK TC, PingFang TC, Microsoft JhengHei";
    let kr = "Noto Sans CJK KR, Apple SD Gothic Neo, Malgun Gothic";
    let cjk = match lang {
        Lang::En => format!("{sc}, {tc}, {kr}"),
        Lang::ZhCn => sc.to_string(),
        Lang::ZhTw => tc.to_string(),
        Lang::Ko => kr.to_string(),
    };
    ChartStyle {
        font_family: format!("{latin}, {cjk}, sans-serif"),
        ..ChartStyle::default()
    }
}

#[derive(Properties, PartialEq)]
pub struct PngDownloadProps {
    /// The drawn chart (SVG text), `None` while there is none.
    pub svg: Option<AttrValue>,
    /// The chart's CSS size, as drawn.
    pub width: u32,
    pub height: u32,
    /// The chart's title, for the button's accessible name.
    pub title: AttrValue,
    /// Which picture it is (names the file).
    pub download: Download,
    /// The title of the scenario the file is named after.
    pub file_title: AttrValue,
    pub testid: AttrValue,
}

/// "Download PNG" for a chart drawn outside a [`ChartCard`] (the lab's A
/// vs. B chart and claim curve), the same button and file as the cards'.
#[function_component]
pub fn PngDownload(props: &PngDownloadProps) -> Html {
    let tr = use_tr();
    let onclick = {
        let svg = props.svg.clone();
        let (w, h) = (props.width, props.height);
        let (download, title) = (props.download, props.file_title.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(svg) = svg.clone() {
                let title = title.clone();
                spawn_local(async move {
                    if let Ok(url) = svg_to_png(&svg, w, h).await {
                        files::download_url(download, &title, &url);
                    }
                });
            }
        })
    };
    html! {
        <button type="button" class="button button-small button-quiet"
            aria-label={tr.t_args("card-download-png-label", &[("title", FluentValue::from(props.title.as_str()))])}
            data-testid={props.testid.clone()} disabled={props.svg.is_none()} {onclick}>
            { tr.t(props.download.label_key()) }
        </button>
    }
}

/// Renders an SVG document to a PNG data URL, at least twice the CSS size
/// so the picture stays sharp in slides and documents.
async fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<String, ()> {
    let window = gloo::utils::window();
    let scale = window.device_pixel_ratio().max(2.0);
    let image = web_sys::HtmlImageElement::new().map_err(|_| ())?;
    let url = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    image.set_src(&url);
    JsFuture::from(image.decode()).await.map_err(|_| ())?;
    let canvas = gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| ())?
        .unchecked_into::<web_sys::HtmlCanvasElement>();
    canvas.set_width((f64::from(width) * scale).round() as u32);
    canvas.set_height((f64::from(height) * scale).round() as u32);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or(())?
        .unchecked_into::<web_sys::CanvasRenderingContext2d>();
    context.scale(scale, scale).map_err(|_| ())?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(|_| ())?;
    canvas
        .to_data_url_with_type(worthit_page_core::downloads::PNG)
        .map_err(|_| ())
}

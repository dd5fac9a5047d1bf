//! Pure presentation of worthit results: charts over any plotters backend,
//! plain-language summaries, CSV.
//!
//! This crate has no web dependency, so everything here is tested natively
//! with plain `cargo test`; the page (and the command line, and tests) call
//! it with a [`Results`](worthit_engine::Results).
//!
//! # Charts
//!
//! Each chart is a function generic over plotters'
//! [`DrawingBackend`](plotters::prelude::DrawingBackend) that fills a whole
//! drawing area:
//!
//! ```text
//! draw_chart(kind, &area, &results, &style, &labels) -> Result<(), ChartError>
//! draw_net_value_overlay(&area, &a, &b, &style, &labels)   // A vs. B
//! chart_svg(kind, &results, width, height, &style, &labels) -> Result<String, ChartError>
//! overlay_svg(&a, &b, width, height, &style, &labels)
//! ```
//!
//! The screenshot lab's claim explorer has its own chart, drawn from a
//! [`ClaimCurve`](worthit_engine::lab::ClaimCurve):
//! `draw_claim_curve(&area, &curve, &style, &labels)` and
//! `claim_curve_svg(&curve, width, height, &style, &labels)`.
//!
//! [`ChartKind`] lists the charts: `NetValue`, `Choices`, `Barriers`,
//! `BarrierMeans`, `Tornado`, `Segments`, `Timeline`. Odd data (no people,
//! an empty histogram, NaN, a missing timeline) never panics and never is an
//! error: the chart draws its title and a "no data" message
//! ([`ChartKind::has_data`] tells beforehand). Errors are only a too small
//! area or a failing backend ([`ChartError`]).
//!
//! **In the page.** Either way works; both are crisp at any
//! `devicePixelRatio`:
//!
//! ```text
//! // SVG (vector): draw at the box's CSS size with scale 1 and insert it;
//! // `preferred_height` gives a height at which bar rows fit.
//! let h = preferred_height(kind, &results, css_w, &style, &labels);
//! let svg = chart_svg(kind, &results, css_w as u32, h as u32, &style, &labels)?;
//!
//! // Canvas (plotters-canvas 0.3, which ignores devicePixelRatio): size the
//! // bitmap by the ratio, keep the CSS size, pass the ratio as the scale.
//! canvas.set_width((css_w * dpr) as u32);
//! canvas.set_height((css_h * dpr) as u32);
//! let area = CanvasBackend::with_canvas_object(canvas).unwrap().into_drawing_area();
//! draw_chart(kind, &area, &results, &ChartStyle::for_scale(dpr), &labels)?;
//! ```
//!
//! **HiDPI.** [`ChartStyle::scale`] multiplies every size (fonts, lines,
//! margins), so a bitmap backend at N× the CSS size gets the same layout,
//! N× sharper.
//!
//! **Phone width.** Layouts adapt to the size they get: tick counts follow
//! the width, long names wrap or are cut with "…", legends flow onto more
//! rows. Charts are designed for 350 CSS pixels and up;
//! [`preferred_height`] gives the height at which a bar chart's rows fit.
//!
//! **Text.** Labels are laid out with an estimate of their width
//! ([`text::text_width`]), not by measuring a font, so no font ships in the
//! WebAssembly bundle and the layout is the same in the page and in tests.
//! plotters is built without its `ttf`/`ab_glyph` features: SVG text is
//! written as `<text>` and a canvas draws with the browser's fonts. The
//! charts avoid the plotters paths that measure text (captions, right-hand
//! label areas), which in WebAssembly would go through the DOM, so
//! [`chart_svg`] also works inside a Web Worker.
//!
//! **Strings.** Every visible word comes from [`Labels`] (English by
//! default), numbers from its [`NumberFormat`]; colours from [`Palette`]
//! (Okabe–Ito, colour-blind safe).
//!
//! # Summaries and text alternatives
//!
//! [`summary`], [`timeline_summary`] (or both: [`full_summary`]),
//! [`compare_summary`], the screenshot lab's [`screenshot_next_summary`]
//! and [`claim_summary`],
//! [`chart_description`], [`overlay_description`] and
//! [`claim_curve_description`] return
//! [`Sentence`]s: a message id and named arguments. `worthit-i18n` writes
//! them in any language, English included (its words live only in
//! `www/locales/en.ftl`): it formats [`Sentence::args`] with [`format_arg`]
//! and looks up [`Sentence::id`]. Chart labels with numbers in them are
//! [`Phrase`]s, written the same way through [`Labels::phrase`].
//!
//! # CSV
//!
//! [`results_csv`] and [`compare_csv`] write the long format documented in
//! `docs/results-csv.md`.
//!
//! # Example
//!
//! ```
//! use worthit_view::{ChartKind, ChartStyle, Sentence, chart_svg, summary};
//! # let results: worthit_engine::Results = serde_json::from_str(r#"{"schema":1,"title":"t","seed":1,
//! #   "users":10,"adoption":{"share":0.4,"ci95":[0.17,0.69],"adopters":4},"choices":[],"segments":[],
//! #   "net_value":{"mean":0,"sd":1,"histogram":{"edges":[],"counts":[]}},"barriers":[],
//! #   "sensitivity":[],"elapsed_ms":1}"#).unwrap();
//! // The labels of a language come from `worthit-i18n`.
//! let en = worthit_i18n::Translator::new(worthit_i18n::Lang::En);
//! let svg = chart_svg(ChartKind::NetValue, &results, 350, 220, &ChartStyle::default(), en.labels())?;
//! assert!(svg.starts_with("<svg"));
//! let sentences = summary(&results);
//! assert!(matches!(sentences[0], Sentence::Headline { users: 10, .. }));
//! let text = worthit_i18n::render_paragraph(&en, &sentences);
//! assert!(text.starts_with("40.0% of 10 simulated people adopt"));
//! # Ok::<(), worthit_view::ChartError>(())
//! ```

mod charts;
pub mod correlation;
mod csv;
pub mod data;
mod format;
pub mod funnel;
mod lab;
mod labels;
pub mod markup;
pub mod noise;
mod phrase;
mod sentence;
mod style;
mod summary;
pub mod text;

/// The plotters version the charts are drawn with, so a caller can build
/// backends (e.g. plotters-canvas) against the same traits.
pub use plotters;

pub use charts::{
    ChartError, ChartKind, IntervalChart, IntervalRow, chart_svg, claim_curve_svg,
    draw_barrier_means, draw_barriers, draw_chart, draw_choices, draw_claim_curve, draw_intervals,
    draw_net_value, draw_net_value_overlay, draw_retention, draw_segments, draw_timeline,
    draw_tornado, interval_height, interval_svg, overlay_svg, preferred_height,
    svg_with_description,
};
pub use csv::{COMPARE_CSV_HEADER, RESULTS_CSV_HEADER, compare_csv, results_csv};
pub use format::NumberFormat;
pub use lab::{claim_curve_description, claim_summary, screenshot_next_summary};
pub use labels::{InputRef, Labels, fill};
pub use phrase::{Phrase, PhraseWriter, WritePhrase};
pub use sentence::{Arg, ListItem, LossCause, Sentence, Variant, format_arg};
pub use style::{ChartStyle, Palette, hex};
pub use summary::{
    chart_description, compare_summary, full_summary, full_summary_open, overlay_description,
    retention_summary, summary, timeline_summary,
};

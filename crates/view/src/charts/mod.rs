//! Charts of one run (and the A vs. B overlay), drawn with plotters onto any
//! [`DrawingBackend`]: a canvas in the page, SVG in tests and downloads.

mod axes;
mod bars;
mod claims;
mod hbar;
mod histogram;
mod interval;
mod paint;
mod retention;
mod timeline;

use std::fmt;

use plotters::coord::Shift;
use plotters::prelude::*;
use worthit_engine::Results;
use worthit_engine::lab::ClaimCurve;

pub use bars::{draw_barrier_means, draw_barriers, draw_choices, draw_segments, draw_tornado};
pub use claims::draw_claim_curve;
pub use histogram::{draw_net_value, draw_net_value_overlay};
pub use interval::{IntervalChart, IntervalRow, draw_intervals, interval_height};
pub use retention::draw_retention;
pub use timeline::draw_timeline;

use crate::labels::Labels;
use crate::phrase::Phrase;
use crate::style::ChartStyle;
use paint::{FrameSpec, LegendItem, Swatch, frame_layout};

/// The charts of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Net-value histogram, adopters and non-adopters stacked, zero line.
    NetValue,
    /// Share of each option: the product, alternatives, none.
    Choices,
    /// Share of non-adopters each cost alone holds back.
    Barriers,
    /// Mean cost of adopters vs. non-adopters, per cost.
    BarrierMeans,
    /// What-if tornado from `results.sensitivity`.
    Tornado,
    /// Adoption per segment with the overall line.
    Segments,
    /// New adopters, adopted share and aware share per period
    /// (`results.timeline`).
    Timeline,
    /// Adopters still using the product per period after adopting, against
    /// the adoption share (`results.retention`).
    Retention,
}

impl ChartKind {
    /// Every kind, in the order a results page shows them.
    pub const ALL: [ChartKind; 8] = [
        ChartKind::NetValue,
        ChartKind::Choices,
        ChartKind::Barriers,
        ChartKind::BarrierMeans,
        ChartKind::Tornado,
        ChartKind::Segments,
        ChartKind::Timeline,
        ChartKind::Retention,
    ];

    /// A stable identifier for test ids and file names (`net-value`).
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::NetValue => "net-value",
            ChartKind::Choices => "choices",
            ChartKind::Barriers => "barriers",
            ChartKind::BarrierMeans => "barrier-means",
            ChartKind::Tornado => "tornado",
            ChartKind::Segments => "segments",
            ChartKind::Timeline => "timeline",
            ChartKind::Retention => "retention",
        }
    }

    /// The chart's title from `labels`.
    pub fn title(self, labels: &Labels) -> &str {
        match self {
            ChartKind::NetValue => &labels.net_value_title,
            ChartKind::Choices => &labels.choices_title,
            ChartKind::Barriers => &labels.barriers_title,
            ChartKind::BarrierMeans => &labels.barrier_means_title,
            ChartKind::Tornado => &labels.tornado_title,
            ChartKind::Segments => &labels.segments_title,
            ChartKind::Timeline => &labels.timeline_title,
            ChartKind::Retention => &labels.retention_title,
        }
    }

    /// Whether `results` hold data for this chart. Without data a chart
    /// still draws (an empty state), but a page may prefer to hide it, as
    /// it would the timeline of a run without diffusion.
    pub fn has_data(self, results: &Results) -> bool {
        match self {
            ChartKind::NetValue => histogram::Bins::from(&results.net_value.histogram).is_some(),
            ChartKind::Choices => !results.choices.is_empty(),
            ChartKind::Barriers | ChartKind::BarrierMeans => !results.barriers.is_empty(),
            ChartKind::Tornado => !results.sensitivity.is_empty(),
            ChartKind::Segments => !results.segments.is_empty(),
            ChartKind::Timeline => results.timeline.as_ref().is_some_and(|t| !t.is_empty()),
            ChartKind::Retention => results
                .retention
                .as_ref()
                .is_some_and(|r| !r.curve.is_empty()),
        }
    }
}

/// Why a chart could not be drawn. Odd data never is a reason: it draws
/// an empty state instead.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ChartError {
    /// Occurs when the area is too small to hold the chart's frame and a
    /// plot (under about 76 × 60 CSS pixels plus the title and legend).
    TooSmall { width: u32, height: u32 },
    /// Occurs when the drawing backend fails (the canvas context is gone,
    /// a write fails). Holds the backend's message.
    Backend(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::TooSmall { width, height } => {
                write!(f, "chart area {width}×{height} is too small")
            }
            ChartError::Backend(msg) => write!(f, "drawing failed: {msg}"),
        }
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        ChartError::Backend(e.to_string())
    }
}

/// Draws chart `kind` of `results` onto `area`, filling all of it.
pub fn draw_chart<DB: DrawingBackend>(
    kind: ChartKind,
    area: &DrawingArea<DB, Shift>,
    results: &Results,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<(), ChartError> {
    let r = match kind {
        ChartKind::NetValue => draw_net_value(area, results, style, labels),
        ChartKind::Choices => draw_choices(area, results, style, labels),
        ChartKind::Barriers => draw_barriers(area, results, style, labels),
        ChartKind::BarrierMeans => draw_barrier_means(area, results, style, labels),
        ChartKind::Tornado => draw_tornado(area, results, style, labels),
        ChartKind::Segments => draw_segments(area, results, style, labels),
        ChartKind::Timeline => draw_timeline(area, results, style, labels),
        ChartKind::Retention => draw_retention(area, results, style, labels),
    };
    area.present()?;
    r
}

/// Chart `kind` as an SVG document `width` × `height` pixels. The SVG has a
/// `viewBox`, `role="img"` and the chart's title as `<title>`, so it scales
/// with CSS (`width: 100%; height: auto`) and has an accessible name; add
/// the text alternative with [`svg_with_description`].
pub fn chart_svg(
    kind: ChartKind,
    results: &Results,
    width: u32,
    height: u32,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<String, ChartError> {
    render_svg(width, height, style, kind.title(labels), |area, style| {
        draw_chart(kind, area, results, style, labels)
    })
}

/// The A vs. B net-value overlay as SVG; see [`chart_svg`].
pub fn overlay_svg(
    a: &Results,
    b: &Results,
    width: u32,
    height: u32,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<String, ChartError> {
    render_svg(
        width,
        height,
        style,
        &labels.overlay_title,
        |area, style| {
            let r = draw_net_value_overlay(area, a, b, style, labels);
            area.present()?;
            r
        },
    )
}

/// The claim explorer's chart (adoption against claim strength, best
/// claim marked, no-claim baseline) as SVG; see [`chart_svg`]. It reads
/// well at a height of about 0.62 × the width (220 to 420 CSS pixels).
pub fn claim_curve_svg(
    curve: &ClaimCurve,
    width: u32,
    height: u32,
    style: &ChartStyle,
    labels: &Labels,
) -> Result<String, ChartError> {
    render_svg(
        width,
        height,
        style,
        &labels.claim_curve_title,
        |area, style| {
            let r = draw_claim_curve(area, curve, style, labels);
            area.present()?;
            r
        },
    )
}

/// An interval chart (a calibration's posterior or its predictive check)
/// as SVG; see [`chart_svg`]. [`interval_height`] gives a height at which
/// every row fits.
pub fn interval_svg(
    chart: &IntervalChart,
    width: u32,
    height: u32,
    style: &ChartStyle,
) -> Result<String, ChartError> {
    render_svg(width, height, style, &chart.title, |area, style| {
        let r = draw_intervals(area, chart, style);
        area.present()?;
        r
    })
}

fn render_svg(
    width: u32,
    height: u32,
    style: &ChartStyle,
    title: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>, &ChartStyle) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    // Sizes beyond this are a caller bug, and would make a huge string.
    if width == 0 || height == 0 || width > 16_384 || height > 16_384 {
        return Err(ChartError::TooSmall { width, height });
    }
    // plotters' SVG backend writes font-size as size / 1.24; compensate so
    // SVG text has the sizes of the style, as on a canvas.
    let mut svg_style = style.clone();
    svg_style.backend_font_factor = style.font_factor() * 1.24;
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&area, &svg_style)?;
    }
    Ok(add_svg_title(&slim_svg(&out, &style.font_family), title))
}

/// Drops what the browser would do anyway, so the page parses and styles
/// less for the same picture: plotters writes the font list on every text
/// and `opacity="1"` (the default) on every shape. The font list goes once
/// on the root, where every text inherits it.
fn slim_svg(svg: &str, font_family: &str) -> String {
    let font = format!(" font-family=\"{font_family}\"");
    let slim = svg.replace(&font, "").replace(" opacity=\"1\"", "");
    match slim.find('>') {
        Some(end) if slim.starts_with("<svg") && !font_family.contains('"') => {
            format!("{}{font}{}", &slim[..end], &slim[end..])
        }
        _ => slim,
    }
}

/// Inserts `role="img"` and a `<title>` right after the opening `<svg …>`.
fn add_svg_title(svg: &str, title: &str) -> String {
    match svg.find('>') {
        Some(end) if svg.starts_with("<svg") => format!(
            "{} role=\"img\">\n<title>{}</title>{}",
            &svg[..end],
            crate::markup::escape(title),
            &svg[end + 1..]
        ),
        _ => svg.to_string(),
    }
}

/// Adds a `<desc>` (the chart's text alternative, e.g. from
/// [`crate::chart_description`] rendered to a string) to an SVG made by
/// [`chart_svg`].
pub fn svg_with_description(svg: &str, description: &str) -> String {
    match svg.find("</title>") {
        Some(i) => {
            let at = i + "</title>".len();
            format!(
                "{}\n<desc>{}</desc>{}",
                &svg[..at],
                crate::markup::escape(description),
                &svg[at..]
            )
        }
        None => svg.to_string(),
    }
}

/// The height in CSS pixels at which chart `kind` of `results` reads well
/// at `width` CSS pixels: bar charts grow with their rows, the histograms
/// and the timeline keep a pleasant aspect ratio. The page may use it to
/// size each chart's box.
pub fn preferred_height(
    kind: ChartKind,
    results: &Results,
    width: f64,
    style: &ChartStyle,
    labels: &Labels,
) -> f64 {
    let width = if width.is_finite() && width > 0.0 {
        width
    } else {
        350.0
    };
    // Layout in CSS pixels: the same frame computation the chart uses.
    let css = ChartStyle {
        scale: 1.0,
        ..style.clone()
    };
    let pal = &css.palette;
    let (legend, caption, rows, bars_per_row): (Vec<LegendItem>, &str, usize, usize) = match kind {
        ChartKind::Choices => (
            Vec::new(),
            &labels.choices_caption,
            results.choices.len(),
            1,
        ),
        ChartKind::Barriers => (
            Vec::new(),
            &labels.barriers_caption,
            results.barriers.len(),
            1,
        ),
        ChartKind::BarrierMeans => (
            legend_of(&[&labels.adopters, &labels.non_adopters], pal.adopters),
            &labels.barrier_means_caption,
            results.barriers.len(),
            2,
        ),
        ChartKind::Tornado => (
            legend_of(&[&labels.raises, &labels.lowers], pal.positive),
            &labels.tornado_caption,
            results.sensitivity.len(),
            1,
        ),
        ChartKind::Segments => (
            legend_of(
                &[&labels.phrase(&Phrase::Overall {
                    share: results.adoption.share,
                })],
                pal.reference,
            ),
            &labels.segments_caption,
            results.segments.len(),
            1,
        ),
        ChartKind::NetValue | ChartKind::Timeline | ChartKind::Retention => {
            return (width * 0.62).clamp(220.0, 420.0);
        }
    };
    let rows = rows.min(style.max_rows.max(2)).max(1);
    let mut spec = FrameSpec::titled(kind.title(labels));
    spec.legend = legend;
    spec.caption = Some(caption);
    let lay = frame_layout(width, &spec, &css);
    let row = hbar::min_row_css(bars_per_row, &css);
    (lay.top + lay.bottom + rows as f64 * row).ceil().max(160.0)
}

fn legend_of(texts: &[&String], color: RGBColor) -> Vec<LegendItem> {
    texts.iter().map(|t| Swatch::Box(color).item(t)).collect()
}

//! How charts look: sizes scaled for HiDPI screens and a colour-blind-safe
//! palette.

use plotters::style::RGBColor;

/// Sizes and colours of every chart.
///
/// All sizes are in CSS pixels and multiplied by [`scale`](Self::scale)
/// when drawn, so a page that sizes its canvas by `devicePixelRatio` passes
/// `scale = devicePixelRatio` and gets the same layout, crisper.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartStyle {
    /// Device pixels per CSS pixel. Non-finite or non-positive values are
    /// treated as 1; values are clamped to 0.25..=8.
    pub scale: f64,
    /// CSS font family of all text.
    pub font_family: String,
    /// Title size in CSS pixels.
    pub title_px: f64,
    /// Size of labels, legends and value labels.
    pub text_px: f64,
    /// Size of axis tick labels and captions.
    pub small_px: f64,
    /// Width of data lines (timeline, overlay outline, zero line).
    pub line_px: f64,
    /// Space around the chart and between its parts.
    pub margin_px: f64,
    /// Most rows a bar chart shows before summarising the rest as "+N more".
    pub max_rows: usize,
    /// Multiplies every font size handed to the backend. Leave at 1 for a
    /// canvas. plotters' SVG backend writes `font-size` as size / 1.24, so
    /// [`chart_svg`](crate::chart_svg) sets 1.24 to get the sizes above.
    pub backend_font_factor: f64,
    pub palette: Palette,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            scale: 1.0,
            font_family: "sans-serif".to_string(),
            title_px: 14.0,
            text_px: 11.0,
            small_px: 10.0,
            line_px: 2.0,
            margin_px: 8.0,
            max_rows: 10,
            backend_font_factor: 1.0,
            palette: Palette::okabe_ito(),
        }
    }
}

impl ChartStyle {
    /// The default style for a given device pixel ratio.
    pub fn for_scale(scale: f64) -> Self {
        ChartStyle {
            scale,
            ..ChartStyle::default()
        }
    }

    /// The scale actually used: finite, positive and in a sane range.
    pub fn effective_scale(&self) -> f64 {
        if self.scale.is_finite() && self.scale > 0.0 {
            self.scale.clamp(0.25, 8.0)
        } else {
            1.0
        }
    }

    /// A CSS-pixel length in device pixels.
    pub(crate) fn px(&self, css: f64) -> f64 {
        let v = css * self.effective_scale();
        if v.is_finite() { v.max(0.0) } else { 0.0 }
    }

    /// A line width in whole device pixels, at least one.
    pub(crate) fn stroke(&self, css: f64) -> u32 {
        self.px(css).round().max(1.0) as u32
    }

    pub(crate) fn font_factor(&self) -> f64 {
        if self.backend_font_factor.is_finite() && self.backend_font_factor > 0.0 {
            self.backend_font_factor
        } else {
            1.0
        }
    }
}

/// Colours of the charts. The defaults are the Okabe–Ito palette, which
/// stays distinguishable for the common forms of colour blindness; pairs
/// that must be told apart (adopters/non-adopters, rises/falls, A/B) use
/// colours that differ in lightness as well as hue.
#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    /// Captions, tick labels and empty-state messages.
    pub muted_text: RGBColor,
    pub axis: RGBColor,
    pub grid: RGBColor,
    pub adopters: RGBColor,
    pub non_adopters: RGBColor,
    /// The product's bar in the choice chart.
    pub product: RGBColor,
    /// Alternatives' bars, used in turn.
    pub alternatives: Vec<RGBColor>,
    /// The "none" bar.
    pub none: RGBColor,
    /// Tornado bars that raise adoption.
    pub positive: RGBColor,
    /// Tornado bars that lower adoption.
    pub negative: RGBColor,
    /// Decisive-barrier bars.
    pub barrier: RGBColor,
    /// Segment bars.
    pub segment: RGBColor,
    /// Reference lines: the zero line and the overall adoption line.
    pub reference: RGBColor,
    pub new_adopters: RGBColor,
    pub cumulative: RGBColor,
    pub aware: RGBColor,
    /// Retained adopters (the claim curve's second line), apart from the
    /// product's adoption line.
    pub retained: RGBColor,
    pub variant_a: RGBColor,
    pub variant_b: RGBColor,
}

impl Palette {
    /// Okabe & Ito (2008), "Color Universal Design".
    pub fn okabe_ito() -> Self {
        const BLACK: RGBColor = RGBColor(0x00, 0x00, 0x00);
        const ORANGE: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
        const SKY_BLUE: RGBColor = RGBColor(0x56, 0xB4, 0xE9);
        const BLUISH_GREEN: RGBColor = RGBColor(0x00, 0x9E, 0x73);
        const YELLOW: RGBColor = RGBColor(0xF0, 0xE4, 0x42);
        const BLUE: RGBColor = RGBColor(0x00, 0x72, 0xB2);
        const VERMILLION: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
        const REDDISH_PURPLE: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
        Palette {
            background: RGBColor(0xFF, 0xFF, 0xFF),
            text: RGBColor(0x22, 0x22, 0x22),
            muted_text: RGBColor(0x55, 0x55, 0x55),
            axis: RGBColor(0x66, 0x66, 0x66),
            grid: RGBColor(0xE4, 0xE4, 0xE4),
            adopters: BLUE,
            non_adopters: ORANGE,
            product: BLUE,
            alternatives: vec![SKY_BLUE, REDDISH_PURPLE, BLUISH_GREEN, YELLOW],
            none: RGBColor(0x99, 0x99, 0x99),
            positive: BLUISH_GREEN,
            negative: VERMILLION,
            barrier: VERMILLION,
            segment: BLUE,
            reference: BLACK,
            new_adopters: SKY_BLUE,
            cumulative: BLUE,
            aware: VERMILLION,
            retained: REDDISH_PURPLE,
            variant_a: ORANGE,
            variant_b: BLUE,
        }
    }

    /// The colour of the `i`-th alternative.
    pub fn alternative(&self, i: usize) -> RGBColor {
        if self.alternatives.is_empty() {
            self.none
        } else {
            self.alternatives[i % self.alternatives.len()]
        }
    }
}

/// `#RRGGBB` of a colour, as plotters writes it into SVG.
pub fn hex(c: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

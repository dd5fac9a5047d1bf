//! The activity link as a QR code for a projector: an SVG drawn by the
//! `qrcode` crate (its SVG renderer only), with medium error correction
//! (15% of the code may be covered or blurred and it still scans), which
//! a projected image needs more than the smallest code. Pure, like
//! `link.rs`.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `text` as an SVG element (no XML prologue, so it can go
/// into the page as markup), named `label` for screen readers; `None` when
/// the text is too long for any QR code (about 2,300 bytes at this
/// correction level), which a long scenario in the hash can be.
pub fn qr_svg(text: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = image.find("<svg")?;
    let label = worthit_view::markup::escape(label);
    Some(image[start..].replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{label}\" class=\"builder-qr-svg\" "),
        1,
    ))
}

/// How many modules wide the code for `text` is (for tests: a scanner
/// needs the version the text calls for).
pub fn qr_width(text: &str) -> Option<usize> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .ok()
        .map(|c| c.width())
}

//! Text measurement without a font file.
//!
//! Charts lay out labels before drawing them (how wide the label column is,
//! how many ticks fit, where a title wraps). Measuring real glyphs would need
//! a font in the WebAssembly bundle or a DOM round trip per label, and would
//! make layouts differ between the page and the tests. Instead every width is
//! estimated from per-character advances that are slightly wider than common
//! sans-serif fonts (Arial, Helvetica, DejaVu Sans, Noto Sans CJK), so an
//! estimate errs towards more room, never towards overlap.

/// Estimated width in pixels of `text` set at `px` pixels.
pub fn text_width(text: &str, px: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * px
}

/// Advance of one character in ems, rounded up from sans-serif metrics.
fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.3,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '(' | ')' => 0.32,
        'f' | 't' | 'r' | 'I' => 0.4,
        'm' | 'w' | 'M' | 'W' | '%' => 0.9,
        '0'..='9' | '+' | '\u{2212}' | '\u{2013}' | '-' => 0.58,
        'A'..='Z' => 0.7,
        'a'..='z' => 0.58,
        // Wide scripts: CJK ideographs, kana, Hangul, full-width forms.
        c if is_wide(c) => 1.02,
        _ => 0.65,
    }
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6)
}

/// Breaks `text` into at most `max_lines` lines no wider than `max_width`.
/// Words wrap at spaces; a word too long for a line (or a run of CJK text,
/// which has no spaces) breaks between characters. What does not fit in the
/// last line is cut with an ellipsis, so the result never overflows.
pub fn wrap(text: &str, px: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if text_width(&candidate, px) <= max_width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // The word alone may still be too wide: break it by characters.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if text_width(&piece, px) > max_width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        current = piece;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(ellipsize(&rest, px, max_width));
    }
    lines
}

/// `text` cut to fit `max_width`, ending in "…" when it was cut.
pub fn ellipsize(text: &str, px: f64, max_width: f64) -> String {
    if text_width(text, px) <= max_width {
        return text.to_string();
    }
    let budget = max_width - text_width("\u{2026}", px);
    let mut out = String::new();
    for c in text.chars() {
        if text_width(&out, px) + char_em(c) * px > budget {
            break;
        }
        out.push(c);
    }
    let trimmed = out.trim_end().to_string();
    format!("{trimmed}\u{2026}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_scripts_are_wider() {
        assert!(text_width("信任", 10.0) > text_width("ab", 10.0) * 1.5);
        assert_eq!(text_width("", 12.0), 0.0);
    }

    #[test]
    fn wrap_fits_and_keeps_words() {
        let lines = wrap(
            "The quick brown fox jumps over the lazy dog",
            10.0,
            80.0,
            10,
        );
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(text_width(l, 10.0) <= 80.0, "{l}");
        }
        assert_eq!(
            lines.join(" "),
            "The quick brown fox jumps over the lazy dog"
        );
    }

    #[test]
    fn wrap_breaks_cjk_and_cuts_with_ellipsis() {
        let lines = wrap("价值与成本决定了采用率的高低以及原因", 10.0, 50.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('\u{2026}'));
        for l in &lines {
            assert!(text_width(l, 10.0) <= 50.0, "{l}");
        }
    }

    #[test]
    fn ellipsize_only_when_needed() {
        assert_eq!(ellipsize("short", 10.0, 100.0), "short");
        let cut = ellipsize("a rather long segment name", 10.0, 60.0);
        assert!(cut.ends_with('\u{2026}'));
        assert!(text_width(&cut, 10.0) <= 60.0);
    }
}

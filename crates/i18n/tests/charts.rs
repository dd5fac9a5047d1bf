//! Every chart draws in every language at phone and desktop width with no
//! text overlapping or leaving the picture. Chinese and Korean labels are
//! about twice as wide per character as English, so this is where a long
//! translation would break a layout.

// worthit-view's own fixtures and SVG reader, shared rather than copied so
// both crates check layouts by the same rules.
#[path = "../../view/tests/common/mod.rs"]
mod view_common;

use view_common::{game, layout_problems};
use worthit_i18n::{Lang, Translator};
use worthit_view::{ChartKind, ChartStyle, chart_svg, overlay_svg, preferred_height};

#[test]
fn charts_lay_out_in_every_language() {
    let results = game();
    let style = ChartStyle::default();
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let labels = tr.labels();
        for width in [350u32, 720] {
            for kind in ChartKind::ALL {
                let h = preferred_height(kind, &results, f64::from(width), &style, labels);
                let svg = match chart_svg(kind, &results, width, h as u32, &style, labels) {
                    Ok(svg) => svg,
                    Err(e) => {
                        problems.push(format!("{lang} {kind:?} {width}: {e}"));
                        continue;
                    }
                };
                if lang != Lang::En {
                    let title = kind.title(labels);
                    assert!(
                        svg.contains(&title.chars().take(4).collect::<String>()),
                        "{lang} {kind:?}: title missing"
                    );
                }
                for p in layout_problems(&svg) {
                    problems.push(format!("{lang} {kind:?} {width}px: {p}"));
                }
            }
            let svg =
                overlay_svg(&results, &results, width, 260, &style, labels).unwrap_or_default();
            for p in layout_problems(&svg) {
                problems.push(format!("{lang} overlay {width}px: {p}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

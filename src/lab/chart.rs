//! What the lab's charts share with the results column: drawn by
//! `worthit-view` as SVG at the box's CSS width (crisp at any
//! devicePixelRatio), with the chart's words as its text alternative.

use gloo::events::EventListener;
use yew::prelude::*;

/// Width used before the box has been measured, and the least a chart is
/// drawn at.
const MIN_WIDTH: u32 = 280;

/// The CSS width of the element behind `node` (0 until measured). It is
/// measured after the first render, whenever `deps` change (say, when the
/// element first appears) and whenever the window changes size.
#[hook]
pub fn use_width<D: PartialEq + 'static>(node: NodeRef, deps: D) -> u32 {
    let width = use_state_eq(|| 0u32);
    let measure = {
        let width = width.clone();
        move || {
            if let Some(el) = node.cast::<web_sys::Element>() {
                width.set((el.client_width().max(0) as u32).max(MIN_WIDTH));
            }
        }
    };
    {
        let measure = measure.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }
    use_effect_with(deps, move |_| measure());
    *width
}

/// The width to draw at: the measured one, or a guess before measuring.
pub fn draw_width(measured: u32) -> u32 {
    if measured == 0 { 480 } else { measured }
}

/// A drawn chart, or why it could not be drawn, inside the measured box.
pub fn chart_body(drawn: &Result<String, String>) -> Html {
    match drawn {
        Ok(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
        Err(message) => html! { <p class="chart-error">{ message.clone() }</p> },
    }
}

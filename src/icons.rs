//! The few icons of the page, as inline SVG so they need no font or file
//! and follow the text colour. They are decorative: every button that has
//! one also has a text label.

use yew::prelude::*;

/// Which icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Presets,
    Link,
    Download,
    Open,
    Language,
}

/// A 16-pixel icon in the current text colour.
pub fn icon(which: Icon) -> Html {
    let path = match which {
        Icon::Presets => "M2 3h12M2 8h12M2 13h8",
        Icon::Link => {
            "M6.5 9.5l3-3M7 4.5l1.2-1.2a2.8 2.8 0 014 4L11 8.5M9 11.5l-1.2 1.2a2.8 2.8 0 01-4-4L5 7.5"
        }
        Icon::Download => "M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13.5h10",
        Icon::Open => "M8 10.5v-8M4.5 6L8 2.5 11.5 6M3 13.5h10",
        // A globe: the usual sign for "language" that needs no words.
        Icon::Language => {
            "M8 2a6 6 0 100 12A6 6 0 008 2zM2 8h12M8 2c1.6 1.7 2.4 3.7 2.4 6S9.6 12.3 8 14M8 2C6.4 3.7 5.6 5.7 5.6 8s.8 4.3 2.4 6"
        }
    };
    html! {
        <svg class="icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d={path} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

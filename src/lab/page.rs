//! How compare mode plugs into the page (`crate::app`): its state, the
//! comparison in the URL hash, comparison links pasted into the address
//! bar, files and presets in compare mode, and the header's toggle.
//!
//! Kept here so the page itself only calls [`use_lab`] and a few helpers.

use std::rc::Rc;

use gloo::events::EventListener;
use worthit_engine::Scenario;
use worthit_engine::lab::ComparisonDoc;
use worthit_page_core::memo::Last;
use yew::prelude::*;

use super::link::{self, Document};
use super::state::{LabAction, LabState};
use crate::alert::{Msg, Notice};
use crate::i18n::use_tr;
use crate::persist::Throttle;
use crate::state::{Action, AppState, Source};

/// Compare mode's state, for a page whose state is `app`: started from the
/// URL (a `#c=` link gives B, `?compare=1` asks for compare mode), with the
/// comparison kept in the URL hash while compare mode is on, and comparison
/// links pasted into the address bar loaded into both variants.
///
/// Outside embed mode, a variant B with content of its own is kept in
/// storage, in compare mode and out of it, so turning compare mode off and
/// on, or reloading, never loses it.
#[hook]
pub fn use_lab(
    app: &UseReducerHandle<AppState>,
    embed: bool,
    persist: &Throttle,
) -> UseReducerHandle<LabState> {
    let lab = {
        let a = app.scenario.clone();
        use_reducer(move || {
            let hash = crate::app::current_hash();
            let search = gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default();
            // A bad comparison link was reported by the page's start-up
            // (`crate::app::initial_state`); here it only means single mode.
            let b = link::decode_hash(&hash)
                .and_then(Result::ok)
                .map(|doc| doc.b);
            let kept = if embed {
                None
            } else {
                crate::storage::load_b()
            };
            LabState::new(&a, b, link::compare_requested(&search)).keeping(kept)
        })
    };

    // B with content of its own is kept in storage until discarded.
    {
        let b = lab.b.clone();
        use_effect_with((lab.b_own, b), move |(own, b)| {
            if !embed {
                if *own {
                    crate::storage::save_b(b);
                } else {
                    crate::storage::clear_b();
                }
            }
        });
    }

    // While compare mode is on, the URL holds both variants: written like
    // the page's own address, at most every few hundred milliseconds while
    // a slider is dragged (each write costs Chromium's main thread several
    // milliseconds), ending with the latest pair; A goes to storage with it,
    // as the page's own write does outside compare mode.
    {
        let compare = lab.compare;
        let a = app.scenario.clone();
        let b = lab.b.clone();
        let persist = persist.clone();
        use_effect_with((compare, a, b), move |(compare, a, b)| {
            if *compare {
                let doc = shared_doc(a, b);
                persist.write(move || {
                    crate::app::set_hash(&link::encode_hash_shared(&doc));
                    if !embed {
                        crate::storage::save(&doc.a);
                    }
                });
            }
        });
    }

    // A comparison link pasted into this tab's address bar.
    {
        let app = app.dispatcher();
        let dispatch = lab.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                let hash = gloo::utils::window().location().hash().unwrap_or_default();
                match link::decode_hash(&hash) {
                    Some(Ok(doc)) => load_comparison(doc, Source::Link, &app, &dispatch),
                    Some(Err(e)) => app.dispatch(Action::Notify(e.notice())),
                    None => {}
                }
            });
            move || drop(listener)
        });
    }
    lab
}

/// Loads a comparison: A into the page, B into compare mode, which it turns
/// on. Both were validated when the document was read.
pub fn load_comparison(
    doc: ComparisonDoc,
    source: Source,
    app: &UseReducerDispatcher<AppState>,
    lab: &UseReducerDispatcher<LabState>,
) {
    app.dispatch(Action::Load {
        scenario: doc.a,
        source,
    });
    lab.dispatch(LabAction::EnterWith { b: doc.b });
}

/// Loads a scenario from a preset, a file or a link: into A, and in
/// compare mode into B as well (both start equal again).
pub fn load_scenario(
    scenario: Scenario,
    source: Source,
    compare: bool,
    app: &UseReducerDispatcher<AppState>,
    lab: &UseReducerDispatcher<LabState>,
) {
    if compare {
        lab.dispatch(LabAction::SetB(scenario.clone()));
    }
    app.dispatch(Action::Load { scenario, source });
}

/// Opens a file's text: a comparison document loads both variants and
/// turns compare mode on; a scenario loads as A (and B in compare mode).
/// Anything else is a message naming the file and every problem.
pub fn open_text(
    text: &str,
    name: String,
    compare: bool,
    app: &UseReducerDispatcher<AppState>,
    lab: &UseReducerDispatcher<LabState>,
) {
    match link::read_document(text) {
        Ok(Document::Comparison(doc)) => load_comparison(doc, Source::File(name), app, lab),
        Ok(Document::Scenario(scenario)) => {
            load_scenario(scenario, Source::File(name), compare, app, lab)
        }
        Err(e) => app.dispatch(Action::Notify(Notice::invalid_scenario(
            crate::state::describe(&Source::File(name)),
            &e,
        ))),
    }
}

/// The comparison of the page's two variants.
pub fn comparison(app: &AppState, lab: &LabState) -> ComparisonDoc {
    ComparisonDoc::new((*app.scenario).clone(), (*lab.b).clone())
}

/// [`comparison`] shared: the same `Rc` while neither variant changes, so
/// what is worked out from it (its link, [`link::encode_hash_shared`]) is
/// worked out once, and the header's props stay equal between renders.
pub fn comparison_shared(app: &AppState, lab: &LabState) -> Rc<ComparisonDoc> {
    shared_doc(&app.scenario, &lab.b)
}

fn shared_doc(a: &Rc<Scenario>, b: &Rc<Scenario>) -> Rc<ComparisonDoc> {
    thread_local! {
        static LAST: Last<(Rc<Scenario>, Rc<Scenario>), Rc<ComparisonDoc>> = const { Last::new() };
    }
    LAST.with(|last| {
        last.get(&(a.clone(), b.clone()), |(a, b)| {
            Rc::new(ComparisonDoc::new((**a).clone(), (**b).clone()))
        })
    })
}

/// Offers the comparison as a file (`<title>-comparison.json`); false when
/// the browser refused.
pub fn download_comparison(doc: &ComparisonDoc) -> bool {
    crate::files::download_text(
        worthit_page_core::downloads::Download::Comparison,
        &doc.a.title,
        &link::comparison_json(doc),
    )
}

/// The notice for a download the browser refused.
pub fn download_refused() -> Notice {
    Notice::error(Msg::key("notice-download-refused"))
}

#[derive(Properties, PartialEq)]
pub struct CompareToggleProps {
    pub compare: bool,
    /// Variant B is kept from earlier: the hint says it comes back.
    #[prop_or_default]
    pub b_kept: bool,
    pub on_toggle: Callback<bool>,
}

/// The header's "Compare A/B" switch (a toggle button).
#[function_component]
pub fn CompareToggle(props: &CompareToggleProps) -> Html {
    let tr = use_tr();
    let onclick = {
        let on_toggle = props.on_toggle.clone();
        let compare = props.compare;
        Callback::from(move |_: MouseEvent| on_toggle.emit(!compare))
    };
    html! {
        <button type="button" class={classes!("button", "compare-toggle", props.compare.then_some("is-on"))}
            aria-pressed={props.compare.to_string()} data-testid="compare-toggle" {onclick}
            title={tr.t(if props.b_kept && !props.compare { "compare-toggle-hint-kept" } else { "compare-toggle-hint" })}
            data-b-kept={props.b_kept.to_string()}>
            <span class="compare-toggle-mark" aria-hidden="true">{ "A|B" }</span>
            <span>{ tr.t("compare-toggle") }</span>
        </button>
    }
}

/// The callback for [`CompareToggle`]: on copies A into B unless B has
/// content of its own, which comes back; off keeps B.
pub fn on_toggle(
    app: &UseReducerHandle<AppState>,
    lab: &UseReducerHandle<LabState>,
) -> Callback<bool> {
    let a: Rc<Scenario> = app.scenario.clone();
    let dispatch = lab.dispatcher();
    Callback::from(move |on: bool| {
        dispatch.dispatch(if on {
            LabAction::Enter { a: (*a).clone() }
        } else {
            LabAction::Leave
        })
    })
}

/// The page's address with the comparison in the hash.
pub fn comparison_link(doc: &ComparisonDoc) -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}{}", link::encode_hash(doc))
}

/// "Start B again from A": discards B, knowingly.
pub fn on_reset_b(
    app: &UseReducerHandle<AppState>,
    lab: &UseReducerHandle<LabState>,
) -> Callback<()> {
    let a: Rc<Scenario> = app.scenario.clone();
    let dispatch = lab.dispatcher();
    Callback::from(move |()| dispatch.dispatch(LabAction::ResetB { a: (*a).clone() }))
}

/// Edits of variant B.
pub fn on_edit_b(lab: &UseReducerHandle<LabState>) -> Callback<Scenario> {
    let dispatch = lab.dispatcher();
    Callback::from(move |b| dispatch.dispatch(LabAction::SetB(b)))
}

/// The choice of the variant to work on.
pub fn on_editing(lab: &UseReducerHandle<LabState>) -> Callback<super::Side> {
    let dispatch = lab.dispatcher();
    Callback::from(move |side| dispatch.dispatch(LabAction::Edit(side)))
}

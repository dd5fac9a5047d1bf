//! The page: header, editor column and results column, wired to the state
//! reducer and the simulation worker.
//!
//! Data flow: every input becomes an [`Action`]; a change of scenario bumps
//! the revision, and an effect on the revision sends the scenario to the
//! worker and writes it to the URL hash and to storage. The worker's
//! replies become actions too. Nothing here computes: the main thread only
//! renders.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use worthit_engine::{Results, Scenario, parse_scenario, presets};
use yew::prelude::*;

use crate::agent::{FromWorker, Pass, ToWorker};
use crate::alert::{Alert, Msg, Notice};
use crate::editor::Editor;
use crate::header::{DOWNLOAD_CSV, DOWNLOAD_RESULTS, Header};
use crate::results::ResultsPanel;
use crate::results::status::Status;
use crate::state::{Action, AppState, Source, preset_matching};
use crate::{files, share, storage};

/// The whole page.
#[function_component]
pub fn App() -> Html {
    html! {
        <crate::i18n::I18nProvider>
            <Page />
        </crate::i18n::I18nProvider>
    }
}

/// The scenario to start with: a share link in the hash wins over the
/// scenario stored by an earlier visit, which wins over the default preset.
/// A bad link or stored scenario is reported, never fatal.
pub fn initial_state(hash: &str) -> AppState {
    let mut notice = None;
    match share::decode_hash(hash) {
        Ok(Some(scenario)) => {
            let preset = preset_matching(&scenario);
            return AppState::new(scenario, preset, None);
        }
        Ok(None) => {}
        Err(e) => notice = Some(Notice::bad_link(&e)),
    }
    match storage::load() {
        Some(Ok(scenario)) => {
            let preset = preset_matching(&scenario);
            return AppState::new(scenario, preset, notice);
        }
        Some(Err(e)) => {
            storage::clear();
            notice = notice.or(Some(Notice::invalid_scenario(
                Msg::key("source-storage"),
                &e,
            )));
        }
        None => {}
    }
    let preset = presets::default_preset();
    AppState::new(preset.scenario(), Some(preset.id), notice)
}

#[function_component]
fn Page() -> Html {
    let tr = crate::i18n::use_tr();
    let state = use_reducer(|| initial_state(&current_hash()));
    let dragging = use_state_eq(|| false);
    let hero_hidden = use_state_eq(|| false);

    let bridge = {
        let dispatch = state.dispatcher();
        use_memo((), move |_| {
            crate::agent::connect(move |message| {
                if let Some(action) = action_for(message) {
                    dispatch.dispatch(action);
                }
            })
        })
    };

    // Each new revision: run it, and remember it in the URL and storage.
    {
        let bridge = bridge.clone();
        let scenario = state.scenario.clone();
        use_effect_with(state.revision, move |revision| {
            let json = serde_json::to_string(&*scenario).unwrap_or_default();
            bridge.send(ToWorker::Run {
                id: *revision,
                scenario: json,
            });
            set_hash(&share::encode_hash(&scenario));
            storage::save(&scenario);
        });
    }

    // A link pasted into this tab's address bar changes only the hash.
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                match share::decode_hash(&current_hash()) {
                    Ok(Some(scenario)) => dispatch.dispatch(Action::Load {
                        scenario,
                        source: Source::Link,
                    }),
                    Ok(None) => {}
                    Err(e) => dispatch.dispatch(Action::Notify(Notice::bad_link(&e))),
                }
            });
            move || drop(listener)
        });
    }

    // On a phone the answer scrolls away while the editor is used; a small
    // pill then keeps it in view.
    {
        let hero_hidden = hero_hidden.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "scroll", move |_| {
                let hidden = gloo::utils::document()
                    .query_selector(".hero-card")
                    .ok()
                    .flatten()
                    .is_some_and(|hero| hero.get_bounding_client_rect().bottom() < 0.0);
                hero_hidden.set(hidden);
            });
            move || drop(listener)
        });
    }

    let on_edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |scenario: Scenario| {
            dispatch.dispatch(Action::Load {
                scenario,
                source: Source::Edit,
            })
        })
    };
    let on_preset = {
        let dispatch = state.dispatcher();
        Callback::from(move |id: &'static str| {
            if let Some(preset) = presets::get(id) {
                dispatch.dispatch(Action::Load {
                    scenario: preset.scenario(),
                    source: Source::Preset(preset.id),
                });
            }
        })
    };
    let on_open = {
        let dispatch = state.dispatcher();
        Callback::from(move |file: web_sys::File| open_file(file, dispatch.clone()))
    };
    let on_download = {
        let state = state.clone();
        let dispatch = state.dispatcher();
        Callback::from(move |what: &'static str| {
            if !download(
                what,
                &state.scenario,
                state.shown.as_ref().map(|s| &*s.results),
            ) {
                dispatch.dispatch(Action::Notify(Notice::error(Msg::key(
                    "notice-download-refused",
                ))));
            }
        })
    };
    let on_cancel = {
        let bridge = bridge.clone();
        let dispatch = state.dispatcher();
        let running = state.running_id();
        Callback::from(move |_| {
            if let Some(id) = running {
                bridge.send(ToWorker::Cancel { id });
                dispatch.dispatch(Action::CancelRun);
            }
        })
    };
    let on_rerun = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::Rerun))
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::Dismiss))
    };

    // Drag and drop of a scenario file anywhere on the page.
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            if carries_files(&event) {
                event.prevent_default();
                dragging.set(true);
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            // Leaving a child for another child also fires dragleave; only
            // leaving the window (no related target) ends the drag.
            if event.related_target().is_none() {
                dragging.set(false);
            }
        })
    };
    let ondrop = {
        let dragging = dragging.clone();
        let dispatch = state.dispatcher();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let file = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                open_file(file, dispatch.clone());
            }
        })
    };

    // In-page links must not replace the scenario in the URL's hash.
    let go_to_results = Callback::from(|event: MouseEvent| {
        event.prevent_default();
        // The hero card, not the results column: on phones the column has
        // no box of its own (`display: contents`).
        if let Some(results) = gloo::utils::document().get_element_by_id("answer") {
            results.scroll_into_view();
            if let Some(results) = results.dyn_ref::<web_sys::HtmlElement>() {
                let _ = results.focus();
            }
        }
    });

    let shown = state.shown.clone();
    html! {
        <div class={classes!("page", (*dragging).then_some("dragging"))} {ondragover} {ondragleave} {ondrop}>
            <a class="skip-link" href="#answer" onclick={go_to_results.clone()}>{ tr.t("app-skip-link") }</a>
            <Header
                scenario={state.scenario.clone()}
                preset={state.preset}
                has_results={shown.as_ref().is_some_and(|s| s.complete)}
                {on_preset}
                {on_download}
                {on_open}
            />
            <Alert notice={state.notice.clone()} {on_dismiss} />
            <main class="workspace">
                <section class="editor-column" aria-labelledby="editor-title">
                    <div class="column-head">
                        <h2 id="editor-title" class="column-title">{ tr.t("app-scenario-title") }</h2>
                        <p class="column-subtitle">{ crate::header::display_title(&tr, &state.scenario.title) }</p>
                    </div>
                    <Editor scenario={(*state.scenario).clone()} on_change={on_edit} />
                </section>
                <section id="results" class="results-column" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">{ tr.t("app-results-title") }</h2>
                    <ResultsPanel shown={shown.clone()} what_ifs={state.what_ifs.clone()} stale={state.shown_is_stale()}>
                        <Status run={state.run.clone()} stale={state.shown_is_stale()} {on_cancel} {on_rerun} />
                    </ResultsPanel>
                </section>
            </main>
            <footer class="footer">
                <p>{ tr.t("app-footer") }</p>
            </footer>
            if let (Some(s), true) = (&shown, *hero_hidden) {
                <a class="result-pill" href="#answer" onclick={go_to_results}>
                    { tr.numbers().percent(s.results.adoption.share, 1) }
                    <span>{ " " }{ tr.t("app-result-pill-verb") }</span>
                </a>
            }
            <div class="drop-overlay" aria-hidden="true">
                <p>{ tr.t("app-drop-file") }</p>
            </div>
        </div>
    }
}

/// The action for a reply of the worker. Results arrive as JSON text and are
/// parsed here, so a result the page cannot read is an error message, never
/// a panic.
fn action_for(message: FromWorker) -> Option<Action> {
    Some(match message {
        FromWorker::Progress {
            id,
            pass,
            done,
            total,
            elapsed_ms,
        } => Action::Progress {
            id,
            what_ifs: pass == Pass::WhatIf,
            done,
            total,
            elapsed_ms,
        },
        FromWorker::Finished {
            id,
            results,
            partial,
        } => match serde_json::from_str::<Results>(&results) {
            Ok(results) => Action::Finished {
                id,
                results: Rc::new(results),
                partial,
            },
            Err(e) => Action::Failed {
                id,
                problems: vec![format!("the results could not be read: {e}")],
            },
        },
        FromWorker::Cancelled { id } => Action::Cancelled { id },
        FromWorker::Failed { id, problems } => Action::Failed { id, problems },
        // The screenshot lab's answers come from its own workers
        // (`crate::lab`), never from this one.
        FromWorker::Compared { .. } | FromWorker::NextRanked { .. } | FromWorker::ClaimCurved { .. } => {
            return None;
        }
    })
}

/// Reads a chosen or dropped file and loads it, or says what is wrong.
fn open_file(file: web_sys::File, dispatch: UseReducerDispatcher<AppState>) {
    let name = file.name();
    spawn_local(async move {
        let action = match files::read_text(file).await {
            Err(message) => Action::Notify(Notice::error(message)),
            Ok(text) => match parse_scenario(&text) {
                Ok(scenario) => Action::Load {
                    scenario,
                    source: Source::File(name),
                },
                Err(e) => Action::Notify(Notice::invalid_scenario(
                    crate::state::describe(&Source::File(name)),
                    &e,
                )),
            },
        };
        dispatch.dispatch(action);
    });
}

/// Starts one of the header's downloads; false when the browser refused.
fn download(what: &str, scenario: &Scenario, results: Option<&Results>) -> bool {
    let stem = files::file_stem(&scenario.title);
    match (what, results) {
        (DOWNLOAD_RESULTS, Some(r)) => files::download_text(
            &format!("{stem}-results.json"),
            files::JSON,
            &files::results_json(r),
        ),
        (DOWNLOAD_CSV, Some(r)) => files::download_text(
            &format!("{stem}-results.csv"),
            files::CSV,
            &worthit_view::results_csv(r),
        ),
        (DOWNLOAD_RESULTS | DOWNLOAD_CSV, None) => true,
        _ => files::download_text(
            &format!("{stem}.json"),
            files::JSON,
            &files::scenario_json(scenario),
        ),
    }
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|d| d.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

/// The URL's hash, with its `#`.
fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the URL's hash without a history entry (every slider step
/// would otherwise be a Back step) and without a `hashchange` event.
fn set_hash(hash: &str) {
    let window = gloo::utils::window();
    if window.location().hash().unwrap_or_default() == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

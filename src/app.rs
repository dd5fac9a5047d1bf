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
use worthit_engine::{Results, Scenario, presets};
use yew::prelude::*;

use crate::agent::{FromWorker, Pass, ToWorker};
use crate::alert::{Alert, Msg, Notice};
use crate::editor::Editor;
use crate::header::Header;
use crate::persist::Throttle;
use crate::results::ResultsPanel;
use crate::results::status::Status;
use crate::state::{Action, AppState, RunProblem, RunStatus, Source, preset_matching};
use crate::{files, share, storage};
use worthit_page_core::downloads::Download;

/// The height of the page's bottom strip the result pill covers, in CSS
/// pixels (the pill, its margin and some air).
const PILL_ZONE: f64 = 88.0;

/// The whole page.
#[function_component]
pub fn App() -> Html {
    // `?build=1` is the "Build an activity" page (crate::builder).
    let build = use_memo((), |_| crate::embed::query::current().0.build);
    html! {
        <crate::i18n::I18nProvider>
            if *build {
                <crate::builder::BuilderPage />
            } else {
                <Page />
            }
        </crate::i18n::I18nProvider>
    }
}

/// The scenario to start with: a share link in the hash wins over the
/// scenario stored by an earlier visit, which wins over the default preset.
/// A bad link or stored scenario is reported, never fatal.
pub fn initial_state(hash: &str) -> AppState {
    let mut notice = None;
    // A comparison link (`#c=`) gives variant A here and B to compare mode
    // (`crate::lab::page::use_lab`).
    match crate::lab::link::decode_hash(hash) {
        Some(Ok(doc)) => return state_of(doc.a, None),
        Some(Err(e)) => notice = Some(e.notice()),
        None => {}
    }
    match scenario_link_state(hash) {
        Ok(Some(state)) => return state,
        Ok(None) => {}
        Err(bad_link) => notice = Some(*bad_link),
    }
    match storage::load() {
        Some(Ok(scenario)) => return state_of(scenario, notice),
        Some(Err(e)) => {
            storage::clear();
            notice = notice.or(Some(Notice::invalid_scenario(
                Msg::key("source-storage"),
                &e,
            )));
        }
        None => {}
    }
    default_state(notice)
}

/// A state for `scenario`, naming the preset it still equals.
pub(crate) fn state_of(scenario: Scenario, notice: Option<Notice>) -> AppState {
    let preset = preset_matching(&scenario);
    AppState::new(scenario, preset, notice)
}

/// The state of a scenario link (`#s=`, `#scenario=`) in the hash;
/// `Ok(None)` when the hash holds none, the alert's notice when it is bad
/// (boxed: a notice is large and the error path rare).
pub(crate) fn scenario_link_state(hash: &str) -> Result<Option<AppState>, Box<Notice>> {
    match share::decode_hash(hash) {
        Ok(scenario) => Ok(scenario.map(|s| state_of(s, None))),
        Err(e) => Err(Box::new(Notice::bad_link(&e))),
    }
}

/// The default preset, with `notice`. Presets load without their
/// exercise; the exercise panel offers it.
pub(crate) fn default_state(notice: Option<Notice>) -> AppState {
    let preset = presets::default_preset();
    AppState::new(
        crate::exercise::without_exercise(preset.scenario()),
        Some(preset.id),
        notice,
    )
}

#[function_component]
fn Page() -> Html {
    let tr = crate::i18n::use_tr();
    // The address's options (embed mode, controls, locks, host origin),
    // read once: see `crate::embed`.
    let query = use_memo((), |_| crate::embed::query::current());
    let (page_query, query_warnings) = &*query;
    let embed = page_query.embed;
    // The compact embed: the result first, controls folded, further tools
    // behind one "More" (docs/embedding.md, "Compact layout").
    let compact = embed && !page_query.full_layout;
    let state = use_reducer(|| crate::embed::initial_state(page_query, &current_hash()));
    // Each new revision is remembered in the URL and storage, at most
    // every few hundred milliseconds while a slider is dragged
    // (crate::persist); in compare mode the lab writes both variants to
    // the URL through the same throttle.
    let persist = use_memo((), |_| Throttle::new());
    let lab = crate::lab::page::use_lab(&state, embed, &persist);
    // Predict, then reveal: while the answer is hidden no result shows
    // and every control is locked (compare mode: in the lab's workspace).
    let predict =
        crate::exercise::predict::use_predict(&state, page_query.predict_asked(), lab.compare);
    // A calibrated scenario's intervals with parameter uncertainty: one
    // worker job for the headline's line and the what-if card.
    let uncertainty = crate::data::uncertainty::use_uncertainty(state.scenario.clone());
    // Compare mode reports its prediction with `worthit:comparison`
    // (`crate::lab::verdict`), not with single mode's results.
    let single_report = if lab.compare { None } else { predict.report() };
    crate::embed::host::use_host_link(&state, page_query, query_warnings, single_report);
    crate::prerender::use_prerender_handover(&state, tr.lang());
    let hiding = predict.hiding() && !lab.compare;
    let compare_hiding = predict.hiding() && lab.compare;
    let dragging = use_state_eq(|| false);
    // A survey CSV dropped on the page goes to the survey card, numbered
    // so the same file dropped twice is imported twice.
    let survey_drop = use_state(|| None::<(u32, web_sys::File)>);
    let hero_hidden = use_state_eq(|| false);

    let bridge = {
        let dispatch = state.dispatcher();
        use_memo((), move |_| {
            crate::agent::early::page_worker(move |message| {
                if let Some(action) = action_for(message) {
                    dispatch.dispatch(action);
                }
            })
        })
    };

    // Each new revision is run at once: from this render, not from an
    // effect, because effects wait until every child (the whole editor)
    // has re-rendered, and the simulation need not. Keyed like an effect,
    // by revision and compare mode, so each is sent once; in compare mode
    // the lab runs A and B itself.
    let sent = use_mut_ref(|| None::<(u64, bool)>);
    let run_key = (state.revision, lab.compare);
    if *sent.borrow() != Some(run_key) {
        *sent.borrow_mut() = Some(run_key);
        if !lab.compare {
            bridge.send(ToWorker::Run {
                id: state.revision,
                scenario: serde_json::to_string(&*state.scenario).unwrap_or_default(),
                workers: crate::agent::pool::page_request(),
            });
        }
    }

    {
        let persist = persist.clone();
        let scenario = state.scenario.clone();
        use_effect_with(run_key, move |(_, compare)| {
            if *compare {
                // The lab keeps both variants in the hash, and A in storage,
                // through the same throttle (`use_lab`): its write takes the
                // place of any older one still waiting, and nothing is
                // written here.
                return;
            }
            persist.write(move || {
                set_hash(&share::encode_hash_shared(&scenario));
                // An embed keeps its course's scenario to itself
                // (crate::embed).
                if !embed {
                    storage::save(&scenario);
                }
            });
        });
    }
    // Once a run is complete the address is current again, so a link
    // copied from it gives the numbers on screen; and a write still
    // waiting is done before the page goes away.
    {
        let persist = persist.clone();
        let done = state.run == RunStatus::Done;
        use_effect_with((state.revision, done), move |(_, done)| {
            if *done {
                persist.flush();
            }
        });
    }
    {
        let persist = persist.clone();
        use_effect_with((), move |_| {
            let listener =
                EventListener::new(&gloo::utils::window(), "pagehide", move |_| persist.flush());
            move || drop(listener)
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
    // pill then keeps it in view (while no chart is under it).
    {
        let hero_hidden = hero_hidden.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "scroll", move |_| {
                let document = gloo::utils::document();
                let find = |selector: &str| document.query_selector(selector).ok().flatten();
                let hero_away = find(".hero-card")
                    .is_some_and(|hero| hero.get_bounding_client_rect().bottom() < 0.0);
                // The pill sits over the page's bottom corner: it shows
                // only while the charts are below it, so it never covers
                // their labels (there the answer is on screen anyway).
                let view_height = gloo::utils::window()
                    .inner_height()
                    .ok()
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
                let charts_clear = find(".charts").is_none_or(|charts| {
                    charts.get_bounding_client_rect().top() > view_height - PILL_ZONE
                });
                hero_hidden.set(hero_away && charts_clear);
            });
            move || drop(listener)
        });
    }

    // Stable callbacks: the editor re-renders only when its props change,
    // and a new callback every render (every progress message of a long
    // run) would re-render all of it.
    let on_edit = {
        let dispatch = state.dispatcher();
        use_callback((), move |scenario: Scenario, _| {
            dispatch.dispatch(Action::Load {
                scenario,
                source: Source::Edit,
            })
        })
    };
    let on_edit_guarded = {
        let scenario = state.scenario.clone();
        use_memo((state.revision, on_edit.clone()), move |(_, on_edit)| {
            crate::exercise::guard(&scenario, on_edit.clone())
        })
    };
    // A fitted survey replaces the open scenario like an opened file; its
    // undo brings the earlier one back like an edit would.
    let on_survey = {
        let dispatch = state.dispatcher();
        use_callback((), move |(scenario, name): (Scenario, String), _| {
            dispatch.dispatch(Action::Load {
                scenario,
                source: Source::File(name),
            })
        })
    };
    let on_survey_undo = {
        let dispatch = state.dispatcher();
        use_callback((), move |scenario: Scenario, _| {
            dispatch.dispatch(Action::Load {
                scenario,
                source: Source::Edit,
            })
        })
    };
    let on_preset = {
        let dispatch = state.dispatcher();
        let (lab_dispatch, compare) = (lab.dispatcher(), lab.compare);
        Callback::from(move |id: &'static str| {
            if let Some(preset) = presets::get(id) {
                // In compare mode a preset starts both variants afresh.
                crate::lab::page::load_scenario(
                    crate::exercise::without_exercise(preset.scenario()),
                    Source::Preset(preset.id),
                    compare,
                    &dispatch,
                    &lab_dispatch,
                );
            }
        })
    };
    let on_open = {
        let dispatch = state.dispatcher();
        let (lab_dispatch, compare) = (lab.dispatcher(), lab.compare);
        Callback::from(move |file: web_sys::File| {
            open_file(file, dispatch.clone(), lab_dispatch.clone(), compare)
        })
    };
    let on_download = {
        let state = state.clone();
        let dispatch = state.dispatcher();
        let lab = lab.clone();
        Callback::from(move |what: Download| {
            if lab.compare {
                // The comparison's results come from its verdict card.
                let doc = crate::lab::page::comparison(&state, &lab);
                if what == Download::Scenario && !crate::lab::page::download_comparison(&doc) {
                    dispatch.dispatch(Action::Notify(crate::lab::page::download_refused()));
                }
                return;
            }
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
        let survey_drop = survey_drop.clone();
        let dispatch = state.dispatcher();
        let (lab_dispatch, compare) = (lab.dispatcher(), lab.compare);
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            let file = event
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            match file {
                Some(file) if !compare && crate::survey::is_csv(&file) => {
                    let n = survey_drop.as_ref().map_or(1, |(n, _)| n + 1);
                    survey_drop.set(Some((n, file)));
                }
                Some(file) => open_file(file, dispatch.clone(), lab_dispatch.clone(), compare),
                None => {}
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
    let exercise_panel = html! {
        <crate::exercise::ExercisePanel scenario={state.scenario.clone()} preset={state.preset}
            shown={shown.clone()} stale={state.shown_is_stale()} hide_answer={hiding}
            on_load={crate::exercise::loader(state.dispatcher())} />
    };
    // The cards past the answer: "What would it take?" (in the compact
    // embed; elsewhere it sits in the answer's card), "Your data" and the
    // screenshot lab. The compact embed folds them under "More".
    let tools = if page_query.controls.shows_editor() {
        html! {
            <>
                if compact {
                    <crate::data::solve::Solve scenario={state.scenario.clone()}
                        share={shown.as_ref().map(|s| s.results.adoption.share)}
                        on_change={(*on_edit_guarded).clone()} />
                }
                <crate::data::YourData scenario={state.scenario.clone()}
                    on_apply={on_edit.reform(|(a, _): (Scenario, Option<Scenario>)| a)} />
                <crate::lab::LabCards scenario={state.scenario.clone()}
                    on_change={(*on_edit_guarded).clone()}
                    headline={state.shown.as_ref().filter(|s| s.id == state.revision)
                        .map(|s| s.results.adoption.share)} />
            </>
        }
    } else {
        Html::default()
    };
    html! {
        <div class={classes!("page", (*dragging).then_some("dragging"), embed.then_some("embed"), compact.then_some("compact"),
            (!page_query.controls.shows_editor()).then_some("no-editor"))} {ondragover} {ondragleave} {ondrop}>
            <a class="skip-link" href="#answer" onclick={go_to_results.clone()}>{ tr.t("app-skip-link") }</a>
            if embed {
                <crate::embed::bar::EmbedBar scenario={state.scenario.clone()} query={Rc::new(page_query.clone())} />
            } else {
                <Header
                    scenario={state.scenario.clone()}
                    preset={state.preset}
                    has_results={!lab.compare && shown.as_ref().is_some_and(|s| s.complete)}
                    comparison={lab.compare.then(|| crate::lab::page::comparison_shared(&state, &lab))}
                    {on_preset}
                    {on_download}
                    {on_open}
                >
                    <crate::lab::page::CompareToggle compare={lab.compare} b_kept={lab.b_own}
                        on_toggle={crate::lab::page::on_toggle(&state, &lab)} />
                </Header>
            }
            <Alert notice={state.alert()} {on_dismiss} />
            if lab.compare {
                <crate::lab::CompareWorkspace
                    a={state.scenario.clone()}
                    b={lab.b.clone()}
                    editing={lab.editing}
                    on_edit_a={if compare_hiding { Callback::noop() } else { on_edit.clone() }}
                    on_edit_b={if compare_hiding { Callback::noop() } else { crate::lab::page::on_edit_b(&lab) }}
                    on_editing={crate::lab::page::on_editing(&lab)}
                    on_reset_b={crate::lab::page::on_reset_b(&state, &lab)}
                    groups={page_query.controls.groups()}
                    locked={page_query.lock.iter().cloned()
                        .chain(compare_hiding.then(|| "*".to_string())).collect::<Vec<_>>()}
                    predict={predict.clone()}
                    exercise={html! {
                        <crate::exercise::ExercisePanel scenario={state.scenario.clone()} compare=true
                            on_load={crate::exercise::loader(state.dispatcher())} />
                    }}
                />
            } else {
            <main class="workspace">
                if page_query.controls.shows_editor() {
                    <section class="editor-column" aria-labelledby="editor-title">
                        <div class="column-head">
                            <h2 id="editor-title" class="column-title">{ tr.t("app-scenario-title") }</h2>
                            <p class="column-subtitle">{ crate::header::display_title(&tr, &state.scenario.title) }</p>
                        </div>
                        <Editor scenario={(*state.scenario).clone()}
                            on_change={if hiding { Callback::noop() } else { (*on_edit_guarded).clone() }}
                            locked={crate::exercise::predict_locks(&page_query.lock, &state.scenario, hiding)}
                            groups={page_query.controls.groups()} folded={compact} />
                        if !embed {
                            <crate::survey::SurveyPanel scenario={state.scenario.clone()}
                                dropped={(*survey_drop).clone()}
                                on_import={on_survey.clone()} on_undo={on_survey_undo.clone()} />
                        }
                    </section>
                }
                <section id="results" class="results-column" aria-labelledby="results-title">
                    <h2 id="results-title" class="visually-hidden">{ tr.t("app-results-title") }</h2>
                    // While the answer is hidden the compact embed's lead (inside
                    // the results) is not drawn, so the exercise shows here.
                    if !compact || hiding {
                        { exercise_panel.clone() }
                    }
                    <crate::exercise::predict::PredictPanel handle={predict.clone()} />
                    if !hiding {
                    <ResultsPanel shown={shown.clone()} what_ifs={state.what_ifs.clone()} stale={state.shown_is_stale()}
                        exercise={state.scenario.exercise.clone().map(Rc::new)} {compact}
                        uncertainty={uncertainty.answer.clone().filter(|_| !uncertainty.stale)}
                        more={if compact { tools.clone() } else { Html::default() }}
                        lead={if compact { exercise_panel } else { Html::default() }}>
                        <Status run={state.run.clone()} stale={state.shown_is_stale()} {on_cancel} {on_rerun} />
                        <crate::data::uncertainty::ParamInterval view={uncertainty.clone()} />
                        if page_query.controls.shows_editor() && !compact {
                            <crate::data::solve::Solve scenario={state.scenario.clone()}
                                share={shown.as_ref().map(|s| s.results.adoption.share)}
                                on_change={(*on_edit_guarded).clone()} />
                        }
                    </ResultsPanel>
                    if !compact {
                        { tools }
                    }
                    }
                </section>
            </main>
            }
            if !embed {
                <footer class="footer">
                    <p>{ tr.t("app-footer") }</p>
                </footer>
            }
            if let (Some(s), true, false) = (&shown, *hero_hidden, hiding) {
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
            workers,
        } => match serde_json::from_str::<Results>(&results) {
            Ok(results) => {
                if partial {
                    crate::agent::pool::mark_page(workers);
                }
                Action::Finished {
                    id,
                    results: Rc::new(results),
                    partial,
                }
            }
            Err(e) => Action::Failed {
                id,
                problems: vec![RunProblem::ResultsUnreadable(e.to_string())],
            },
        },
        FromWorker::Cancelled { id } => Action::Cancelled { id },
        FromWorker::Failed { id, problems } => Action::Failed {
            id,
            problems: problems.into_iter().map(RunProblem::Engine).collect(),
        },
        // The screenshot lab's answers come from its own workers
        // (`crate::lab`), never from this one.
        FromWorker::Compared { .. }
        | FromWorker::NextRanked { .. }
        | FromWorker::ClaimCurved { .. }
        | FromWorker::Calibrated { .. }
        | FromWorker::Solved { .. }
        | FromWorker::Uncertain { .. }
        // Survey imports come from the survey panel's own worker.
        | FromWorker::Surveyed { .. } => {
            return None;
        }
    })
}

/// Reads a chosen or dropped file (a scenario or a comparison) and loads
/// it, or says what is wrong.
fn open_file(
    file: web_sys::File,
    dispatch: UseReducerDispatcher<AppState>,
    lab: UseReducerDispatcher<crate::lab::LabState>,
    compare: bool,
) {
    let name = file.name();
    spawn_local(async move {
        match files::read_text(file).await {
            Err(message) => dispatch.dispatch(Action::Notify(Notice::error(message))),
            Ok(text) => crate::lab::page::open_text(&text, name, compare, &dispatch, &lab),
        }
    });
}

/// Starts one of the header's downloads; false when the browser refused.
fn download(what: Download, scenario: &Scenario, results: Option<&Results>) -> bool {
    let title = &scenario.title;
    match (what, results) {
        (Download::Results, Some(r)) => files::download_text(what, title, &files::results_json(r)),
        (Download::ResultsCsv, Some(r)) => {
            files::download_text(what, title, &worthit_view::results_csv(r))
        }
        (Download::Results | Download::ResultsCsv, None) => true,
        _ => files::download_text(Download::Scenario, title, &files::scenario_json(scenario)),
    }
}

fn carries_files(event: &DragEvent) -> bool {
    event
        .data_transfer()
        .map(|d| d.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

/// The URL's hash, with its `#`.
pub(crate) fn current_hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Replaces the URL's hash without a history entry (every slider step
/// would otherwise be a Back step) and without a `hashchange` event.
pub(crate) fn set_hash(hash: &str) {
    let window = gloo::utils::window();
    if window.location().hash().unwrap_or_default() == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

//! The survey card under the editor: a file picker and a drop target for a
//! CSV, the import in a worker of its own, the report, and "Undo import".
//!
//! The open scenario is never lost: a refused file only shows its reasons;
//! an imported one replaces the scenario through the page's usual `Load`
//! (so the page runs it, remembers it and shows it in the editor), and the
//! scenario that was open before is kept here until the next import, for
//! "Undo import".

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use worthit_engine::survey::Import;
use worthit_engine::{Problem, Scenario};
use worthit_i18n::FluentValue;
use yew::prelude::*;

use crate::agent::{FromWorker, ToWorker, Worker};
use crate::alert::Msg;
use crate::editor::field::use_uid;

#[derive(Properties, PartialEq)]
pub struct SurveyPanelProps {
    /// The open scenario: the base of the fit (everything the survey does
    /// not fit comes from it) and what "Undo import" brings back.
    pub scenario: Rc<Scenario>,
    /// A CSV dropped anywhere on the page, numbered so that dropping the
    /// same file twice imports it twice.
    #[prop_or_default]
    pub dropped: Option<(u32, web_sys::File)>,
    /// Receives the fitted scenario and the file's name.
    pub on_import: Callback<(Scenario, String)>,
    /// Receives the scenario to go back to.
    pub on_undo: Callback<Scenario>,
}

/// What the card shows.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    /// The file is being read and fitted.
    Reading {
        name: String,
    },
    /// Fitted and applied; `previous` is the scenario it replaced.
    Done {
        name: String,
        import: Rc<Import>,
        previous: Rc<Scenario>,
        elapsed_ms: f64,
    },
    /// Refused: the reasons, one a line, put into words when drawn (so
    /// they follow a change of language).
    Refused {
        name: String,
        problems: Vec<Msg>,
    },
    /// The import was undone.
    Undone,
}

impl Status {
    fn key(&self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Reading { .. } => "reading",
            Status::Done { .. } => "done",
            Status::Refused { .. } => "refused",
            Status::Undone => "undone",
        }
    }
}

/// A reply of the survey worker, numbered like the request it answers.
#[derive(Clone, PartialEq)]
struct Reply {
    id: u64,
    import: Option<String>,
    problems: Vec<Problem>,
    elapsed_ms: f64,
}

#[component]
pub fn SurveyPanel(props: &SurveyPanelProps) -> Html {
    let tr = crate::i18n::use_tr();
    let uid = use_uid();
    let status = use_state(|| Status::Idle);
    let reply = use_state(|| None::<Reply>);
    // The request in flight (its id and file name); a newer file wins.
    let request = use_mut_ref(|| (0u64, String::new()));
    // The survey's own worker, started at the first import: a page that
    // never imports a survey never pays for it.
    let worker = use_mut_ref(|| None::<Worker>);

    let start = {
        let status = status.clone();
        let reply = reply.clone();
        let request = request.clone();
        let worker = worker.clone();
        let base = props.scenario.clone();
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            let id = {
                let mut r = request.borrow_mut();
                r.0 += 1;
                r.1 = name.clone();
                r.0
            };
            status.set(Status::Reading { name: name.clone() });
            let (status, reply, worker, base) =
                (status.clone(), reply.clone(), worker.clone(), base.clone());
            spawn_local(async move {
                let csv = match crate::files::read_text_within(
                    file,
                    worthit_engine::survey::MAX_SURVEY_BYTES,
                    "refused-survey-too-large",
                )
                .await
                {
                    Ok(text) => text,
                    Err(message) => {
                        status.set(Status::Refused {
                            name,
                            problems: vec![message],
                        });
                        return;
                    }
                };
                let mut slot = worker.borrow_mut();
                let worker = slot.get_or_insert_with(|| {
                    let reply = reply.clone();
                    crate::agent::connect(move |message| {
                        if let FromWorker::Surveyed {
                            id,
                            import,
                            problems,
                            elapsed_ms,
                        } = message
                        {
                            reply.set(Some(Reply {
                                id,
                                import,
                                problems,
                                elapsed_ms,
                            }));
                        }
                    })
                });
                worker.send(ToWorker::Survey {
                    id,
                    csv,
                    base: serde_json::to_string(&*base).unwrap_or_default(),
                });
            });
        })
    };

    // A reply is taken in here, where the page's current callbacks and
    // scenario are at hand; an answer to an older file is dropped.
    {
        let status = status.clone();
        let request = request.clone();
        let scenario = props.scenario.clone();
        let on_import = props.on_import.clone();
        use_effect_with((*reply).clone(), move |reply| {
            let (current, name) = request.borrow().clone();
            let Some(reply) = reply.as_ref().filter(|r| r.id == current) else {
                return;
            };
            match &reply.import {
                None => status.set(Status::Refused {
                    name,
                    problems: reply.problems.iter().map(Msg::problem).collect(),
                }),
                Some(json) => match serde_json::from_str::<Import>(json) {
                    Err(_) => status.set(Status::Refused {
                        name,
                        problems: vec![Msg::key("survey-unreadable")],
                    }),
                    Ok(import) => {
                        on_import.emit((import.scenario.clone(), name.clone()));
                        status.set(Status::Done {
                            name,
                            import: Rc::new(import),
                            previous: scenario,
                            elapsed_ms: reply.elapsed_ms,
                        });
                    }
                },
            }
        });
    }

    // A CSV dropped on the page.
    {
        let start = start.clone();
        use_effect_with(props.dropped.clone(), move |dropped| {
            if let Some((_, file)) = dropped {
                start.emit(file.clone());
            }
        });
    }

    let on_pick = {
        let start = start.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                start.emit(file);
            }
            // Choosing the same file again imports it again.
            input.set_value("");
        })
    };
    let on_undo = {
        let status = status.clone();
        let on_undo = props.on_undo.clone();
        let previous = match &*status {
            Status::Done { previous, .. } => Some(previous.clone()),
            _ => None,
        };
        Callback::from(move |_: MouseEvent| {
            if let Some(previous) = &previous {
                on_undo.emit((**previous).clone());
                status.set(Status::Undone);
            }
        })
    };

    let input_ref = use_node_ref();
    let on_choose = {
        let input_ref = input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = input_ref.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let title_id = format!("{uid}-title");
    let elapsed = match &*status {
        Status::Done { elapsed_ms, .. } => Some(format!("{elapsed_ms:.0}")),
        _ => None,
    };
    let body = match &*status {
        Status::Idle => Html::default(),
        Status::Reading { name } => html! {
            <p class="survey__note">{ tr.t_args("survey-reading", &[("name", FluentValue::from(name.as_str()))]) }</p>
        },
        Status::Done {
            name,
            import,
            elapsed_ms,
            ..
        } => html! {
            <>
                { super::report::view(&tr, name, import, *elapsed_ms) }
                <div class="survey__actions">
                    <p class="survey__note">{ tr.t("survey-applied") }</p>
                    <button type="button" class="ed-button" onclick={on_undo} data-testid="survey-undo">
                        { tr.t("survey-undo") }
                    </button>
                </div>
            </>
        },
        Status::Refused { name, problems } => html! {
            <div class="survey__refused" role="alert" data-testid="survey-refused">
                <p>{ tr.t_args("survey-refused", &[("name", FluentValue::from(name.as_str()))]) }</p>
                <ul>{ for problems.iter().map(|p| html! { <li>{ p.render(&tr) }</li> }) }</ul>
            </div>
        },
        Status::Undone => html! {
            <p class="survey__note">{ tr.t("survey-undone") }</p>
        },
    };

    html! {
        <section class="survey" data-testid="survey" aria-labelledby={title_id.clone()}>
            <h3 id={title_id} class="survey__title">{ tr.t("survey-title") }</h3>
            <p class="survey__intro">{ tr.t("survey-intro") }</p>
            <p class="survey__privacy" data-testid="survey-privacy">{ tr.t("survey-privacy") }</p>
            { questionnaire(&tr, &props.scenario.product.name) }
            // The whole page takes a dropped CSV (`crate::app`); this box
            // says so where people look for it, around the picker.
            <div class="survey__drop" data-testid="survey-drop">
                <button type="button" class="ed-button survey__choose" onclick={on_choose}
                    data-testid="survey-choose">{ tr.t("survey-choose") }</button>
                <input ref={input_ref} type="file" accept=".csv,.tsv,.txt,text/csv"
                    class="visually-hidden" tabindex="-1" aria-label={tr.t("survey-choose")}
                    data-testid="survey-file-input" onchange={on_pick} />
                <span class="survey__drop-hint">{ tr.t("survey-drop") }</span>
            </div>
            <div class="survey__status" data-testid="survey-status" data-state={status.key()}
                data-elapsed-ms={elapsed} aria-live="polite">
                { body }
            </div>
        </section>
    }
}

/// The questionnaire of docs/survey.md in the page's language, with the
/// product's name filled in: each question's title ends with the column
/// name in brackets, which the import reads from the exported file.
fn questionnaire(tr: &worthit_i18n::Translator, product: &str) -> Html {
    let product = worthit_i18n::scenario_text::localize_name(tr, product);
    let with_product = |key: &str| {
        tr.t_args(
            key,
            &[("product", worthit_i18n::FluentValue::from(product.as_str()))],
        )
    };
    let questions = [
        with_product("survey-q-value"),
        tr.t("survey-q-money"),
        tr.t("survey-q-time"),
        tr.t("survey-q-learning"),
        tr.t("survey-q-trust"),
        tr.t("survey-q-emotional"),
        tr.t("survey-q-safety"),
        tr.t("survey-q-segment"),
        with_product("survey-q-adopted"),
    ];
    html! {
        <details class="survey__questionnaire" data-testid="survey-questionnaire">
            <summary>{ tr.t("survey-questionnaire") }</summary>
            <ol>{ for questions.into_iter().map(|q| html! { <li>{ q }</li> }) }</ol>
        </details>
    }
}

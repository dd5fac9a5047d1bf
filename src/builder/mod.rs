//! "Build an activity" (`?build=1`, docs/exercises.md): a teacher picks a
//! preset or the scenario they had open, which control groups students
//! see, which inputs are locked and at what value, the language, compare
//! and predict mode and an exercise goal with its wording, and gets the
//! link, the iframe snippet and a QR code, with a live preview that is an
//! iframe of exactly that link. Nothing here needs JSON: the form only
//! composes the embed query parameters and the exercise block
//! (`link.rs`, pure and tested).
//!
//! Test ids: `builder` (the page), `builder-source`, `builder-group-<g>`,
//! `builder-lock-<path>` (checkbox) and `builder-lock-<path>-value`,
//! `builder-lang`, `builder-embed`, `builder-full-layout`,
//! `builder-compare`, `builder-predict`, `builder-predict-metric` (in
//! compare mode), `builder-predict-copy` and its link
//! `builder-predict-copy-open` (B a copy of A), `builder-exercise`,
//! `builder-metric`, `builder-segment`, `builder-op`, `builder-target`,
//! `builder-title`, `builder-instructions`, `builder-hint`,
//! `builder-link`, `builder-code`, `builder-qr`, `builder-preview`,
//! `builder-problems`, `builder-lms`, `notice` (a link that could not be
//! read).

pub mod link;
pub mod qr;

use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;
use worthit_engine::exercise::{GoalOp, Metric};
use worthit_engine::{PredictMetric, Scenario, presets};
use worthit_i18n::scenario_text::{Role, localize, localize_name};
use worthit_i18n::{FluentValue, Lang, Translator};
use yew::prelude::*;

use crate::alert::{Alert, Fallback, Notice};
use crate::editor::EditorGroup;
use crate::embed::snippet::{frame_html, page_base};
use crate::i18n::use_tr;
use link::{Choices, GoalChoice, Lock, Source};

/// The value of the source menu for the scenario the teacher had open.
const CURRENT: &str = "current";

/// What the form holds, as typed.
#[derive(Debug, Clone, PartialEq)]
struct Form {
    /// `current` or a preset id.
    source: String,
    /// The groups students see.
    groups: Vec<EditorGroup>,
    /// Locked inputs (path, value as typed).
    locks: Vec<(String, String)>,
    /// A language code, or empty for the student's browser.
    lang: String,
    embed: bool,
    full_layout: bool,
    compare: bool,
    predict: bool,
    /// What students predict in compare mode: the lift or the winner.
    predict_metric: PredictMetric,
    exercise: bool,
    metric: Metric,
    segment: String,
    op: GoalOp,
    /// The target in percent, as typed.
    target: String,
    title: String,
    instructions: String,
    hint: String,
}

impl Form {
    /// A fresh form for `source`, its goal taken from the preset's own
    /// exercise when it has one (left as it is, the exercise's words are
    /// the preset's, which every student then reads in their language).
    fn new(source: String, current: Option<&Scenario>, current_b: Option<&Scenario>) -> Form {
        let scenario = scenario_of(&source, current);
        // A teacher who came from a comparison starts in compare mode with
        // it, so students compare the two variants the teacher made.
        let compare = source == CURRENT && current_b.is_some();
        let exercise = scenario
            .as_ref()
            .and_then(|s| s.exercise.clone())
            .or_else(|| presets::get(&source).and_then(|p| p.scenario().exercise));
        let first_segment = scenario
            .as_ref()
            .and_then(|s| s.segments.first().map(|g| g.name.clone()))
            .unwrap_or_default();
        Form {
            source,
            groups: EditorGroup::ALL.to_vec(),
            locks: Vec::new(),
            lang: String::new(),
            embed: true,
            full_layout: false,
            compare,
            predict: false,
            predict_metric: PredictMetric::Lift,
            exercise: false,
            metric: exercise
                .as_ref()
                .map_or(Metric::AdoptionShare, |e| e.goal.metric),
            segment: exercise
                .as_ref()
                .and_then(|e| e.goal.segment.clone())
                .unwrap_or(first_segment),
            op: exercise.as_ref().map_or(GoalOp::AtLeast, |e| e.goal.op),
            target: exercise
                .as_ref()
                .map_or("40".to_string(), |e| trim_number(e.goal.target * 100.0)),
            title: exercise
                .as_ref()
                .map(|e| e.title.clone())
                .unwrap_or_default(),
            instructions: exercise
                .as_ref()
                .map(|e| e.instructions.clone())
                .unwrap_or_default(),
            hint: exercise.and_then(|e| e.hint).unwrap_or_default(),
        }
    }

    /// The builder's choices, or the message key of the first field that
    /// cannot be read (a lock value or a target that is not a number).
    fn choices(
        &self,
        current: Option<&Scenario>,
        current_b: Option<&Scenario>,
    ) -> Result<Choices, &'static str> {
        let (source, variant_b) = match presets::get(&self.source) {
            Some(p) => (Source::Preset(p.id), None),
            None => (
                Source::Current(Box::new(current.cloned().ok_or("builder-no-current")?)),
                current_b.cloned(),
            ),
        };
        let mut locks = Vec::new();
        for (path, typed) in &self.locks {
            let value = match typed.trim() {
                "" => None,
                text => Some(number(text).ok_or("builder-bad-number")?),
            };
            locks.push(Lock {
                path: path.clone(),
                value,
            });
        }
        let exercise = if self.exercise {
            let target = number(&self.target).ok_or("builder-bad-target")? / 100.0;
            Some(GoalChoice {
                metric: self.metric,
                segment: Some(self.segment.clone()),
                op: self.op,
                target,
                title: self.title.clone(),
                instructions: self.instructions.clone(),
                hint: self.hint.clone(),
            })
        } else {
            None
        };
        Ok(Choices {
            source,
            groups: (self.groups.len() < EditorGroup::ALL.len()).then(|| self.groups.clone()),
            locks,
            lang: Some(self.lang.clone()).filter(|l| !l.is_empty()),
            compare: self.compare,
            predict: self.predict,
            // Single mode asks for the adoption share, the only metric it
            // has; compare mode names its metric in the link.
            predict_metric: self.compare.then_some(self.predict_metric),
            embed: self.embed,
            full_layout: self.full_layout,
            exercise,
            variant_b,
        })
    }
}

/// A number as typed, with a dot or a comma for the decimals.
fn number(text: &str) -> Option<f64> {
    text.trim()
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|x| x.is_finite())
}

/// `45` rather than `45.00000000000001`.
fn trim_number(x: f64) -> String {
    let rounded = (x * 1e6).round() / 1e6;
    format!("{rounded}")
}

/// The scenario a source menu value stands for.
fn scenario_of(source: &str, current: Option<&Scenario>) -> Option<Scenario> {
    match presets::get(source) {
        Some(p) => link::source_scenario(&Source::Preset(p.id)),
        None => current.cloned(),
    }
}

#[function_component]
pub fn BuilderPage() -> Html {
    let tr = use_tr();
    // The scenario the teacher came with: the main page's link carries it
    // in the hash, as share links do.
    // From compare mode it carries the comparison (`#c=`): A is the
    // scenario, B goes with it when the activity is in compare mode.
    let came_with = use_memo((), |_| came_with(&crate::app::current_hash()));
    // A broken link is said, as the main page says it (the same typed
    // error and words), and the builder carries on from the default
    // preset; it writes neither the address nor storage, so the page's
    // own saved scenario is still there on the way back.
    let notice = {
        let first = came_with.2.clone();
        use_state(move || first)
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |()| notice.set(None))
    };
    let current = Rc::new(came_with.0.clone());
    let current_b = Rc::new(came_with.1.clone());
    let form = {
        let current = current.clone();
        let current_b = current_b.clone();
        use_state(move || {
            let source = match &*current {
                Some(_) => CURRENT.to_string(),
                None => presets::default_preset().id.to_string(),
            };
            Form::new(source, current.as_deref(), (*current_b).as_ref())
        })
    };
    let copied = use_state_eq(|| false);
    let base = use_memo((), |_| page_base());

    let scenario = scenario_of(&form.source, current.as_deref());
    let choices = form.choices(current.as_deref(), (*current_b).as_ref());
    // Predicting a comparison whose B is a copy of A can only end in a tie:
    // the form says so at the prediction's control and links to where the
    // teacher makes B differ.
    let copy_fix = choices
        .as_ref()
        .ok()
        .filter(|c| c.predicts_a_copy())
        .map(|c| link::compare_page(&base, &c.source));
    let result = choices.map_err(|key| vec![tr.t(key)]).and_then(|choices| {
        link::activity(&base, &choices).map_err(|e| {
            e.problems
                .iter()
                .map(|p| worthit_i18n::problem_line(&tr, p))
                .collect()
        })
    });

    let update = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let value = event_value(&event);
            let mut next = (*form).clone();
            f(&mut next, value);
            form.set(next);
        })
    };
    let typed = |f: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event);
            let mut next = (*form).clone();
            f(&mut next, value);
            form.set(next);
        })
    };
    let checked = |f: fn(&mut Form, bool)| {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*form).clone();
            f(&mut next, input.checked());
            form.set(next);
        })
    };
    let on_source = {
        let form = form.clone();
        let current = current.clone();
        let current_b = current_b.clone();
        Callback::from(move |event: Event| {
            let mut next = Form::new(
                event_value(&event),
                current.as_deref(),
                (*current_b).as_ref(),
            );
            // The source changes the scenario, not how the class works.
            next.groups = form.groups.clone();
            next.lang = form.lang.clone();
            next.embed = form.embed;
            next.full_layout = form.full_layout;
            // Compare mode stays as it was, except that a comparison the
            // teacher came with turns it on (Form::new).
            next.compare = next.compare || form.compare;
            next.predict = form.predict;
            next.predict_metric = form.predict_metric;
            form.set(next);
        })
    };
    let on_group = |group: EditorGroup| {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*form).clone();
            next.groups.retain(|g| *g != group);
            if input.checked() {
                next.groups.push(group);
            }
            form.set(next);
        })
    };

    let source_options = {
        let mut options = Vec::new();
        if current.is_some() {
            options.push(html! {
                <option value={CURRENT} selected={form.source == CURRENT}>{ tr.t("builder-source-current") }</option>
            });
        }
        for p in presets::all() {
            options.push(html! {
                <option value={p.id} selected={form.source == p.id}>{ crate::header::preset_name(&tr, p) }</option>
            });
        }
        options
    };
    let group_boxes = EditorGroup::ALL.into_iter().map(|group| {
        let id = format!("builder-group-{}", group.key());
        html! {
            <div class="embed-check" key={group.key()}>
                <input type="checkbox" id={id.clone()} data-testid={id.clone()}
                    checked={form.groups.contains(&group)} onchange={on_group(group)} />
                <label for={id}>{ tr.t(group.label_key()) }</label>
            </div>
        }
    });
    let lock_rows = scenario
        .as_ref()
        .map(link::lockables)
        .unwrap_or_default()
        .into_iter()
        .map(|l| lock_row(&tr, &form, scenario.as_ref(), l));
    let lang_options = Lang::ALL.iter().map(|lang| {
        html! {
            <option value={lang.code()} selected={form.lang == lang.code()} lang={lang.code()}>
                { lang.native_name() }
            </option>
        }
    });
    let segment_options = scenario
        .as_ref()
        .map(|s| s.segments.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|g| {
            html! {
                <option value={g.name.clone()} selected={form.segment == g.name}>{ localize_name(&tr, &g.name) }</option>
            }
        });

    let (url, code, qr) = match &result {
        Ok(activity) => {
            let title = tr.t_args(
                "builder-frame-title",
                &[(
                    "title",
                    FluentValue::from(crate::header::display_title(&tr, &activity.scenario.title)),
                )],
            );
            let code = frame_html(&activity.url, &title, 720, true);
            let qr = qr::qr_svg(&activity.url, &tr.t("builder-qr-label"));
            (Some(activity.url.clone()), code, qr)
        }
        Err(_) => (None, String::new(), None),
    };
    let on_copy = {
        let copied = copied.clone();
        let url = url.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let url = url.clone();
            spawn_local(async move {
                copied.set(crate::embed::dialog::copy_text(&url).await);
            });
        })
    };
    // Back to the page with what the teacher came with, comparison included:
    // encoded once, since it does not change while the builder is open.
    let back = {
        let came_with = came_with.clone();
        let base = base.clone();
        use_memo((), move |_| {
            let hash = match (came_with.0.as_deref(), came_with.1.as_ref()) {
                (Some(a), Some(b)) => crate::lab::link::encode_hash(
                    &worthit_engine::lab::ComparisonDoc::new(a.clone(), b.clone()),
                ),
                (Some(a), None) => crate::share::encode_hash(a),
                (None, _) => String::new(),
            };
            format!("{}{hash}", *base)
        })
    };

    html! {
        // One landmark for the whole page (the preview frame has its own
        // banner and main).
        <main class="builder-page" data-testid="builder" aria-labelledby="builder-title">
            <div class="builder-head">
                <span class="brand-mark" aria-hidden="true"></span>
                <h1 id="builder-title" class="builder-title">{ tr.t("builder-title") }</h1>
                <a class="builder-back" href={(*back).clone()}>{ tr.t("builder-back") }</a>
            </div>
            <Alert notice={(*notice).clone()} {on_dismiss} />
            <div class="builder-main">
                <form class="builder-form" aria-labelledby="builder-form-title" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <h2 id="builder-form-title" class="builder-h2">{ tr.t("builder-form-title") }</h2>
                    <p class="embed-help">{ tr.t("builder-intro") }</p>
                    <div class="embed-field">
                        <label for="builder-source">{ tr.t("builder-source") }</label>
                        <select id="builder-source" data-testid="builder-source" onchange={on_source}>
                            { for source_options }
                        </select>
                    </div>
                    <fieldset class="embed-groups">
                        <legend>{ tr.t("builder-controls") }</legend>
                        { for group_boxes }
                        if form.groups.is_empty() {
                            <p class="embed-help">{ tr.t("embed-controls-none") }</p>
                        }
                    </fieldset>
                    <fieldset class="builder-locks">
                        <legend>{ tr.t("builder-locks") }</legend>
                        <p class="embed-help">{ tr.t("builder-locks-help") }</p>
                        { for lock_rows }
                    </fieldset>
                    <div class="embed-field">
                        <label for="builder-lang">{ tr.t("embed-lang") }</label>
                        <select id="builder-lang" data-testid="builder-lang" onchange={update(|f, v| f.lang = v)}>
                            <option value="" selected={form.lang.is_empty()}>{ tr.t("embed-lang-visitor") }</option>
                            { for lang_options }
                        </select>
                    </div>
                    <fieldset class="builder-modes">
                        <legend>{ tr.t("builder-modes") }</legend>
                        { check("builder-embed", tr.t("builder-embed"), form.embed, checked(|f, on| f.embed = on)) }
                        if form.embed {
                            { check("builder-full-layout", tr.t("builder-full-layout"), form.full_layout, checked(|f, on| f.full_layout = on)) }
                        }
                        { check("builder-compare", tr.t("embed-compare"), form.compare, checked(|f, on| f.compare = on)) }
                        { check("builder-predict", tr.t("builder-predict"), form.predict, checked(|f, on| f.predict = on)) }
                        if form.compare && form.predict {
                            <div class="embed-field">
                                <label for="builder-predict-metric">{ tr.t("builder-predict-metric") }</label>
                                <select id="builder-predict-metric" data-testid="builder-predict-metric"
                                    aria-describedby={copy_fix.as_ref().map(|_| "builder-predict-copy")}
                                    onchange={update(|f, v| f.predict_metric = if v == "winner" { PredictMetric::Winner } else { PredictMetric::Lift })}>
                                    <option value="lift" selected={form.predict_metric == PredictMetric::Lift}>{ tr.t("builder-predict-lift") }</option>
                                    <option value="winner" selected={form.predict_metric == PredictMetric::Winner}>{ tr.t("builder-predict-winner") }</option>
                                </select>
                                if let Some(href) = &copy_fix {
                                    <p id="builder-predict-copy" class="builder-note" data-testid="builder-predict-copy">
                                        { tr.t("builder-predict-copy") }{ " " }
                                        <a href={href.clone()} data-testid="builder-predict-copy-open">{ tr.t("builder-predict-copy-open") }</a>
                                    </p>
                                }
                            </div>
                        }
                    </fieldset>
                    <fieldset class="builder-exercise">
                        <legend>{ tr.t("builder-exercise-legend") }</legend>
                        { check("builder-exercise", tr.t("builder-exercise"), form.exercise, checked(|f, on| f.exercise = on)) }
                        if form.exercise {
                            <div class="builder-goal">
                                <div class="embed-field">
                                    <label for="builder-metric">{ tr.t("builder-metric") }</label>
                                    <select id="builder-metric" data-testid="builder-metric" onchange={update(|f, v| f.metric = metric_of(&v))}>
                                        <option value="adoption_share" selected={form.metric == Metric::AdoptionShare}>{ tr.t("builder-metric-adoption") }</option>
                                        <option value="segment_adoption" selected={form.metric == Metric::SegmentAdoption}>{ tr.t("builder-metric-segment") }</option>
                                        if scenario.as_ref().is_some_and(|s| s.retention.is_some()) {
                                            <option value="retained_share" selected={form.metric == Metric::RetainedShare}>{ tr.t("builder-metric-retained") }</option>
                                        }
                                    </select>
                                </div>
                                if form.metric == Metric::SegmentAdoption {
                                    <div class="embed-field">
                                        <label for="builder-segment">{ tr.t("builder-segment") }</label>
                                        <select id="builder-segment" data-testid="builder-segment" onchange={update(|f, v| f.segment = v)}>
                                            { for segment_options }
                                        </select>
                                    </div>
                                }
                                <div class="embed-field">
                                    <label for="builder-op">{ tr.t("builder-op") }</label>
                                    <select id="builder-op" data-testid="builder-op" onchange={update(|f, v| f.op = if v == "<=" { GoalOp::AtMost } else { GoalOp::AtLeast })}>
                                        <option value=">=" selected={form.op == GoalOp::AtLeast}>{ tr.t("builder-op-at-least") }</option>
                                        <option value="<=" selected={form.op == GoalOp::AtMost}>{ tr.t("builder-op-at-most") }</option>
                                    </select>
                                </div>
                                <div class="embed-field">
                                    <label for="builder-target">{ tr.t("builder-target") }</label>
                                    <input id="builder-target" data-testid="builder-target" inputmode="decimal"
                                        value={form.target.clone()} oninput={typed(|f, v| f.target = v)} />
                                </div>
                                <div class="embed-field">
                                    <label for="builder-ex-title">{ tr.t("builder-ex-title") }</label>
                                    <input id="builder-ex-title" data-testid="builder-title"
                                        value={localize(&tr, Role::ExerciseTitle, &form.title)} oninput={typed(|f, v| f.title = v)} />
                                </div>
                                <div class="embed-field">
                                    <label for="builder-instructions">{ tr.t("builder-instructions") }</label>
                                    <textarea id="builder-instructions" data-testid="builder-instructions" rows="4"
                                        value={localize(&tr, Role::ExerciseInstructions, &form.instructions)}
                                        oninput={typed(|f, v| f.instructions = v)} />
                                </div>
                                <div class="embed-field">
                                    <label for="builder-hint">{ tr.t("builder-hint") }</label>
                                    <textarea id="builder-hint" data-testid="builder-hint" rows="2"
                                        value={localize(&tr, Role::ExerciseHint, &form.hint)}
                                        oninput={typed(|f, v| f.hint = v)} />
                                </div>
                            </div>
                        }
                    </fieldset>
                </form>
                <section class="builder-out" aria-labelledby="builder-out-title">
                    <h2 id="builder-out-title" class="builder-h2">{ tr.t("builder-out-title") }</h2>
                    if let Err(problems) = &result {
                        <div class="notice notice-error" role="alert" data-testid="builder-problems">
                            <p>{ tr.t("builder-problems") }</p>
                            <ul>{ for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul>
                        </div>
                    }
                    if let Some(url) = &url {
                        <div class="embed-field">
                            <label for="builder-link">{ tr.t("builder-link") }</label>
                            <input id="builder-link" data-testid="builder-link" readonly=true value={url.clone()} />
                        </div>
                        <div class="embed-actions">
                            <span class="embed-copied" role="status">{ if *copied { tr.t("embed-copied") } else { String::new() } }</span>
                            <a class="button button-small button-quiet" href={url.clone()} target="_blank" rel="noopener"
                                data-testid="builder-open">{ tr.t("builder-open") }</a>
                            <button type="button" class="button button-small button-primary" onclick={on_copy}
                                data-testid="builder-copy">{ tr.t("builder-copy") }</button>
                        </div>
                        <div class="embed-field">
                            <label for="builder-code">{ tr.t("embed-code") }</label>
                            <textarea id="builder-code" class="embed-code" data-testid="builder-code"
                                readonly=true rows="5" spellcheck="false" value={code} />
                        </div>
                        <figure class="builder-qr" data-testid="builder-qr">
                            { match &qr {
                                Some(svg) => Html::from_html_unchecked(AttrValue::from(svg.clone())),
                                None => html! { <p class="embed-help">{ tr.t("builder-qr-too-long") }</p> },
                            } }
                            <figcaption class="embed-help">{ tr.t("builder-qr-caption") }</figcaption>
                        </figure>
                        // The LMS package (SCORM) is made by the Embed
                        // dialog's "Download for LMS" (issue 16's LMS
                        // part); its button belongs here, beside the link.
                        <section class="builder-lms" data-testid="builder-lms" aria-labelledby="builder-lms-title">
                            <h3 id="builder-lms-title" class="builder-h3">{ tr.t("builder-lms-title") }</h3>
                            <p class="embed-help">{ tr.t("builder-lms-help") }</p>
                        </section>
                        <h3 class="builder-h3">{ tr.t("builder-preview") }</h3>
                        <iframe class="builder-preview" data-testid="builder-preview" src={url.clone()}
                            title={tr.t("builder-preview-title")}
                            sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" />
                    }
                </section>
            </div>
        </main>
    }
}

/// What the teacher came with, from the address's hash: the scenario (A
/// of a comparison), B of a comparison, and the notice of a link that
/// could not be read (then there is no scenario, and the builder starts
/// from the default preset).
fn came_with(hash: &str) -> (Option<Rc<Scenario>>, Option<Scenario>, Option<Notice>) {
    match crate::lab::link::decode_hash(hash) {
        Some(Ok(doc)) => (Some(Rc::new(doc.a)), Some(doc.b), None),
        Some(Err(e)) => (None, None, Some(e.notice_then(Fallback::DefaultPreset))),
        None => match crate::share::decode_hash(hash) {
            Ok(scenario) => (scenario.map(Rc::new), None, None),
            Err(e) => (
                None,
                None,
                Some(Notice::bad_link_then(&e, Fallback::DefaultPreset)),
            ),
        },
    }
}

/// One lockable input: a checkbox that locks it and the value it is
/// locked at (empty keeps the scenario's).
fn lock_row(
    tr: &Translator,
    form: &UseStateHandle<Form>,
    scenario: Option<&Scenario>,
    l: link::Lockable,
) -> Html {
    let locked = form.locks.iter().find(|(p, _)| *p == l.path);
    let id = format!("builder-lock-{}", l.path);
    let name = lock_name(tr, &l.path, scenario);
    let on_check = {
        let form = form.clone();
        let path = l.path.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let mut next = (*form).clone();
            next.locks.retain(|(p, _)| *p != path);
            if input.checked() {
                next.locks.push((path.clone(), String::new()));
            }
            form.set(next);
        })
    };
    let on_value = {
        let form = form.clone();
        let path = l.path.clone();
        Callback::from(move |event: InputEvent| {
            let value = input_value(&event);
            let mut next = (*form).clone();
            if let Some(entry) = next.locks.iter_mut().find(|(p, _)| *p == path) {
                entry.1 = value;
            }
            form.set(next);
        })
    };
    let value_id = format!("{id}-value");
    html! {
        <div class="builder-lock" key={l.path.clone()}>
            <div class="embed-check">
                <input type="checkbox" id={id.clone()} data-testid={id.clone()} checked={locked.is_some()}
                    onchange={on_check} />
                <label for={id}>{ name.clone() }</label>
            </div>
            if let Some((_, typed)) = locked {
                <label class="visually-hidden" for={value_id.clone()}>
                    { tr.t_args("builder-lock-value", &[("name", FluentValue::from(name))]) }
                </label>
                <input id={value_id.clone()} data-testid={value_id} class="builder-lock-value" inputmode="decimal"
                    placeholder={trim_number(l.value)} value={typed.clone()} oninput={on_value} />
            }
        </div>
    }
}

/// What a lockable input is called in the page's language.
fn lock_name(tr: &Translator, path: &str, scenario: Option<&Scenario>) -> String {
    if let Some(i) = path
        .strip_prefix("segments[")
        .and_then(|rest| rest.split(']').next())
        .and_then(|i| i.parse::<usize>().ok())
    {
        let segment = scenario
            .and_then(|s| s.segments.get(i))
            .map(|g| localize_name(tr, &g.name))
            .unwrap_or_default();
        return tr.t_args(
            "builder-lock-segment-share",
            &[("name", FluentValue::from(segment))],
        );
    }
    crate::exercise::words::control(tr, path)
}

fn check(id: &'static str, label: String, on: bool, onchange: Callback<Event>) -> Html {
    html! {
        <div class="embed-check">
            <input type="checkbox" id={id} data-testid={id} checked={on} {onchange} />
            <label for={id}>{ label }</label>
        </div>
    }
}

fn metric_of(value: &str) -> Metric {
    match value {
        "segment_adoption" => Metric::SegmentAdoption,
        "retained_share" => Metric::RetainedShare,
        _ => Metric::AdoptionShare,
    }
}

/// The value of a select or input that fired `event`.
fn event_value(event: &Event) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    if let Some(select) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlSelectElement>())
    {
        return select.value();
    }
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// The value of the input or text area that fired `event`.
fn input_value(event: &InputEvent) -> String {
    use wasm_bindgen::JsCast;
    let target = event.target();
    if let Some(area) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlTextAreaElement>())
    {
        return area.value();
    }
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
        .map(|i| i.value())
        .unwrap_or_default()
}

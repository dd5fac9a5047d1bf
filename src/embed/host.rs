//! The page's side of the conversation with its host page (see
//! [`messages`] for the schema): one hook that the page calls once.

use std::rc::Rc;

use worthit_engine::Scenario;
use yew::prelude::*;

use super::messages::{self, Incoming};
use super::query::{PageQuery, QueryWarning};
use super::{resize, snippet, warnings_notice, xapi};
use crate::i18n::use_tr;
use crate::share;
use crate::state::{Action, AppState, RunStatus, Source};

/// Connects the page to its host, if it has one:
///
/// - shows a notice for query parameters that were passed over;
/// - obeys `worthit:load` and `worthit:run` from the `?host=` origin and
///   answers a request it cannot obey with `worthit:error`;
/// - reports the content height (`worthit:resize`);
/// - says `worthit:ready` once all that is in place, so a host that sends
///   `worthit:load` on ready is heard;
/// - posts `worthit:result` (with its xAPI statement) when the current
///   scenario's run is complete, and `worthit:error` when it fails.
///
/// Outside an iframe only the notice remains: posting goes nowhere.
#[hook]
pub fn use_host_link(
    state: &UseReducerHandle<AppState>,
    query: &PageQuery,
    warnings: &[QueryWarning],
    prediction: Option<serde_json::Value>,
) {
    let tr = use_tr();
    // Obeyed: only `host`. Sent to: `target` (nothing when `?host=` is
    // given but invalid: the page fails closed).
    let host = query.host.clone();
    let target = query.outgoing_target();

    {
        let dispatch = state.dispatcher();
        let notice = warnings_notice(warnings).filter(|_| state.notice.is_none());
        let host = host.clone();
        let target = target.clone();
        use_effect_with((), move |_| {
            if let Some(notice) = notice {
                dispatch.dispatch(Action::Notify(notice));
            }
            let answer_to = target.clone();
            let listener = messages::listen(host.clone(), move |request| match request {
                Ok(Incoming::Load(scenario)) => dispatch.dispatch(Action::Load {
                    scenario: *scenario,
                    source: Source::Link,
                }),
                Ok(Incoming::Run) => dispatch.dispatch(Action::Rerun),
                Err(why) => {
                    messages::post(answer_to.as_deref(), &messages::error(&why));
                }
            });
            let reporter = resize::report_height(target.clone());
            messages::post(target.as_deref(), &messages::ready());
            move || {
                drop(listener);
                drop(reporter);
            }
        });
    }

    // A result is posted once per run of the current scenario, when its
    // what-ifs are in: results of a scenario already replaced are not news.
    // A prediction revealed later posts the same results again, with it.
    {
        let target = target.clone();
        let shown = state.shown.clone();
        let scenario = state.scenario.clone();
        let lang = tr.lang().code();
        let key = (
            shown.as_ref().map(|s| (s.id, s.complete, state.revision)),
            prediction.is_some(),
        );
        use_effect_with(key, move |(key, _)| {
            if let (Some((id, true, revision)), Some(shown)) = (*key, shown)
                && id == revision
                && messages::parent().is_some()
            {
                let outcome = messages::Outcome::of(&scenario, &shown.results, prediction);
                let statement =
                    xapi::with_outcome(statement_for(&shown.results, &scenario, lang), &outcome);
                messages::post(
                    target.as_deref(),
                    &messages::with_outcome(messages::result(&shown.results, statement), &outcome),
                );
            }
        });
    }

    {
        let notice = state.alert();
        use_effect_with(state.run.clone(), move |run| {
            if let RunStatus::Failed { .. } = run {
                // In English, like every message to the host's developer.
                let english = crate::i18n::translator(worthit_i18n::Lang::En);
                let message = notice
                    .map(|n| n.text(&english))
                    .unwrap_or_else(|| "the scenario could not be simulated".to_string());
                messages::post(target.as_deref(), &messages::error(&message));
            }
        });
    }
}

/// The xAPI statement about `results` of `scenario`, now.
fn statement_for(
    results: &worthit_engine::Results,
    scenario: &Rc<Scenario>,
    lang: &str,
) -> serde_json::Value {
    let activity_id = format!(
        "{}{}",
        snippet::page_base(),
        share::encode_hash_shared(scenario)
    );
    let timestamp = now_iso();
    xapi::statement(
        results,
        xapi::About {
            scenario,
            activity_id: &activity_id,
            lang,
            timestamp: &timestamp,
        },
    )
}

/// Posts `worthit:comparison` to the host, once per finished comparison
/// (`done` with the answer of job `id`), and again with the scored
/// prediction once it is revealed. In compare mode the page has no single
/// current result, so this stands in for `worthit:result`: it carries an
/// xAPI statement about the comparison and, once revealed, the
/// `prediction` (the same field as `worthit:result`'s).
#[hook]
pub fn use_comparison_report(
    answer: Option<(u64, Rc<worthit_engine::CompareResults>)>,
    done: bool,
    prediction: Option<serde_json::Value>,
    variants: (Rc<Scenario>, Rc<Scenario>),
) {
    let tr = use_tr();
    let lang = tr.lang().code();
    let id = answer.as_ref().map(|(id, _)| *id);
    use_effect_with((id, done, prediction.is_some()), move |(_, done, _)| {
        if let (Some((_, results)), true) = (answer, *done)
            && messages::parent().is_some()
        {
            let (query, _) = super::query::current();
            let doc = worthit_engine::lab::ComparisonDoc::new(
                (*variants.0).clone(),
                (*variants.1).clone(),
            );
            let activity_id = format!(
                "{}{}",
                snippet::page_base(),
                crate::lab::link::encode_hash(&doc)
            );
            let outcome = messages::Outcome {
                exercise: None,
                prediction,
            };
            let statement = xapi::with_outcome(
                xapi::comparison_statement(
                    &results,
                    xapi::About {
                        scenario: &variants.0,
                        activity_id: &activity_id,
                        lang,
                        timestamp: &now_iso(),
                    },
                ),
                &outcome,
            );
            messages::post(
                query.outgoing_target().as_deref(),
                &messages::with_outcome(messages::comparison(&results, statement), &outcome),
            );
        }
    });
}

/// Now, ISO 8601 (`Date.prototype.toISOString`).
fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

//! What every group of the editor shares: the scenario being edited, where
//! to send a changed copy, and which parts are locked.

use std::cell::RefCell;
use std::rc::Rc;

use worthit_engine::{Problem, Scenario, validate};
use worthit_i18n::Translator;
use yew::prelude::*;

/// Passed to every group. Edits never mutate the scenario in place: each
/// makes a changed copy and emits it whole, and the page decides what to do
/// with it (the editor re-renders from the scenario it is given).
///
/// A group re-renders only when its own part of the scenario changes (see
/// [`crate::editor::groups::Part`]), so the callbacks of a group that was
/// not re-rendered hold the scenario of an older render. That is why
/// [`EditCtx::apply`] never edits [`EditCtx::scenario`]: it applies the
/// edit to the editor's current scenario, kept in [`Live`], which every
/// render of the editor brings up to date.
#[derive(Clone)]
pub struct EditCtx {
    /// The scenario as rendered: for showing values, never for edits.
    pub scenario: Rc<Scenario>,
    /// Locked paths (issue 6): `product.costs.trust` locks that cost;
    /// `product` locks everything under it; `*` locks everything.
    pub locked: Rc<Vec<String>>,
    /// Whether distribution shapes can be chosen.
    pub advanced: bool,
    /// The page's language (the same as `crate::i18n::use_tr`); part of
    /// the context so that plain functions like `cost_rows` can label
    /// what they draw, and so that a language switch re-renders the groups.
    pub tr: Rc<Translator>,
    live: Rc<Live>,
}

/// The scenario edits apply to and where they go, shared by every group
/// of one editor and updated by each render of it.
pub struct Live {
    /// The scenario of the editor's latest render.
    rendered: RefCell<Rc<Scenario>>,
    /// The latest edit emitted and not rendered yet: a second edit in the
    /// same task (before the page re-renders) builds on it instead of
    /// undoing it. Cleared at the next render and once the task is over,
    /// so an edit the page refused is not kept.
    pending: RefCell<Option<Rc<Scenario>>>,
    on_change: RefCell<Callback<Scenario>>,
}

impl Live {
    pub fn new(scenario: Rc<Scenario>, on_change: Callback<Scenario>) -> Self {
        Live {
            rendered: RefCell::new(scenario),
            pending: RefCell::new(None),
            on_change: RefCell::new(on_change),
        }
    }

    /// Called by every render of the editor with what it was given.
    pub fn update(&self, scenario: Rc<Scenario>, on_change: Callback<Scenario>) {
        *self.rendered.borrow_mut() = scenario;
        *self.pending.borrow_mut() = None;
        *self.on_change.borrow_mut() = on_change;
    }

    /// The scenario an edit now applies to.
    pub fn current(&self) -> Rc<Scenario> {
        self.pending
            .borrow()
            .clone()
            .unwrap_or_else(|| self.rendered.borrow().clone())
    }
}

impl EditCtx {
    /// A context for one render of an editor; `live` is the editor's own
    /// (the same for all its renders), brought up to date here.
    pub fn new(
        live: Rc<Live>,
        scenario: Rc<Scenario>,
        on_change: Callback<Scenario>,
        locked: Rc<Vec<String>>,
        advanced: bool,
        tr: Rc<Translator>,
    ) -> Self {
        live.update(scenario.clone(), on_change);
        EditCtx {
            scenario,
            locked,
            advanced,
            tr,
            live,
        }
    }

    /// A context of its own, for code outside an editor (tests).
    pub fn standalone(
        scenario: Scenario,
        on_change: Callback<Scenario>,
        locked: Vec<String>,
        advanced: bool,
        tr: Rc<Translator>,
    ) -> Self {
        let scenario = Rc::new(scenario);
        Self::new(
            Rc::new(Live::new(scenario.clone(), on_change.clone())),
            scenario,
            on_change,
            Rc::new(locked),
            advanced,
            tr,
        )
    }

    /// The same editor with the same settings: the same locks, mode and
    /// language, and edits going to the same place. Says nothing of the
    /// scenario.
    pub fn same_settings(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.live, &other.live)
            && self.advanced == other.advanced
            && self.tr == other.tr
            && self.locked == other.locked
    }

    /// Applies an edit to a copy of the current scenario and emits it,
    /// unless nothing changed (a slider dragged within one step), so the
    /// page never re-runs for nothing. The controls' ranges keep edits
    /// valid; as a last guard, an edit that would make a valid scenario
    /// invalid is dropped, so the page never receives a scenario the
    /// engine refuses.
    pub fn apply(&self, edit: impl FnOnce(&mut Scenario)) {
        let current = self.live.current();
        let mut next = (*current).clone();
        edit(&mut next);
        if next == *current {
            return;
        }
        let was_valid = validate::problems(&current).is_empty();
        if was_valid && !validate::problems(&next).is_empty() {
            return;
        }
        self.emit(next);
    }

    /// Like [`EditCtx::apply`], but an edit the engine refuses is given
    /// back as its problems (each with its JSON path and message) instead
    /// of being dropped silently, so the control can say why. The scenario
    /// stays as it was.
    pub fn apply_checked(&self, edit: impl FnOnce(&mut Scenario)) -> Result<(), Vec<Problem>> {
        let current = self.live.current();
        let mut next = (*current).clone();
        edit(&mut next);
        if next == *current {
            return Ok(());
        }
        let problems = validate::problems(&next);
        if !problems.is_empty() && validate::problems(&current).is_empty() {
            return Err(problems);
        }
        self.emit(next);
        Ok(())
    }

    /// Sends `next` to the page and remembers it until the page renders.
    fn emit(&self, next: Scenario) {
        let first = self
            .live
            .pending
            .replace(Some(Rc::new(next.clone())))
            .is_none();
        let on_change = self.live.on_change.borrow().clone();
        on_change.emit(next);
        if first {
            // A microtask: it runs after the page's re-render (yew's
            // scheduler, queued by the emit above or earlier in this task)
            // and before the next event.
            let live = self.live.clone();
            wasm_bindgen_futures::spawn_local(async move {
                live.pending.borrow_mut().take();
            });
        }
    }

    /// A callback applying a number to the scenario.
    pub fn number(&self, edit: impl Fn(&mut Scenario, f64) + 'static) -> Callback<f64> {
        let ctx = self.clone();
        Callback::from(move |v| ctx.apply(|s| edit(s, v)))
    }

    /// A callback applying any value (a name, a distribution) to the
    /// scenario.
    pub fn with<T: 'static>(&self, edit: impl Fn(&mut Scenario, T) + 'static) -> Callback<T> {
        let ctx = self.clone();
        Callback::from(move |v| ctx.apply(|s| edit(s, v)))
    }

    /// A checkbox's change callback applying an edit with whether it is
    /// now ticked.
    pub fn toggle(&self, edit: impl Fn(&mut Scenario, bool) + 'static) -> Callback<Event> {
        let ctx = self.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            ctx.apply(|s| edit(s, on));
        })
    }

    /// A button's click callback applying an edit.
    pub fn click(&self, edit: impl Fn(&mut Scenario) + 'static) -> Callback<MouseEvent> {
        let ctx = self.clone();
        Callback::from(move |_| ctx.apply(&edit))
    }

    /// Whether the control at `path` (JSON-path style, e.g.
    /// `segments[1].share`) is locked by any locked prefix.
    pub fn is_locked(&self, path: &str) -> bool {
        self.locked.iter().any(|l| path_is_under(path, l))
    }
}

/// Whether `path` equals `prefix` or lies under it (`product.costs` covers
/// `product.costs.trust` but not `product.costsx`). `*` covers everything.
pub fn path_is_under(path: &str, prefix: &str) -> bool {
    prefix == "*"
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

//! What every group of the editor shares: the scenario being edited, where
//! to send a changed copy, and which parts are locked.

use std::rc::Rc;

use worthit_engine::{Scenario, validate};
use worthit_i18n::Translator;
use yew::prelude::*;

/// Passed to every group. Edits never mutate the scenario in place: each
/// makes a changed copy and emits it whole, and the page decides what to do
/// with it (the editor re-renders from the scenario it is given).
#[derive(Clone, PartialEq)]
pub struct EditCtx {
    pub scenario: Rc<Scenario>,
    pub on_change: Callback<Scenario>,
    /// Locked paths (issue 6): `product.costs.trust` locks that cost;
    /// `product` locks everything under it; `*` locks everything.
    pub locked: Rc<Vec<String>>,
    /// Whether distribution shapes can be chosen.
    pub advanced: bool,
    /// The page's language (the same as `crate::i18n::use_tr`); part of
    /// the context so that plain functions like `cost_rows` can label
    /// what they draw, and so that a language switch re-renders the groups.
    pub tr: Rc<Translator>,
}

impl EditCtx {
    /// Applies an edit to a copy and emits it, unless nothing changed (a
    /// slider dragged within one step), so the page never re-runs for
    /// nothing. The controls' ranges keep edits valid; as a last guard, an
    /// edit that would make a valid scenario invalid is dropped, so the page
    /// never receives a scenario the engine refuses.
    pub fn apply(&self, edit: impl FnOnce(&mut Scenario)) {
        let mut next = (*self.scenario).clone();
        edit(&mut next);
        if next == *self.scenario {
            return;
        }
        let was_valid = validate::problems(&self.scenario).is_empty();
        if was_valid && !validate::problems(&next).is_empty() {
            return;
        }
        self.on_change.emit(next);
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

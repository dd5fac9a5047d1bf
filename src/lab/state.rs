//! Compare mode's state: whether it is on, variant B, and which variant is
//! being edited.
//!
//! Variant A is the page's current scenario (`crate::state::AppState`), so
//! everything that works on it (presets, the editor's validation, storage)
//! works in compare mode too. B lives here. The rules, each tested in
//! `tests/lab_state.rs`:
//!
//! - Entering compare mode makes B a copy of A, unless B has content of
//!   its own ([`LabState::b_own`]: edited, or from a link, a file or
//!   storage), which is kept.
//! - Only a valid B is ever current: an invalid one leaves the last good B
//!   in place (the editor never emits one; files and links are validated
//!   before they get here).
//! - Leaving compare mode returns to A alone and keeps B: entering again
//!   brings it back. B is discarded only knowingly, by "Start B again
//!   from A" ([`LabAction::ResetB`]).

use std::rc::Rc;

use worthit_engine::Scenario;
use worthit_engine::validate::validate;
use yew::prelude::*;

/// One of the two variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Side {
    /// The baseline: the page's current scenario.
    #[default]
    A,
    /// The variant.
    B,
}

impl Side {
    /// `"a"` or `"b"`, for test ids and element ids.
    pub fn id(self) -> &'static str {
        match self {
            Side::A => "a",
            Side::B => "b",
        }
    }

    /// The variant's name as shown ("A", "B"); the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Side::A => "A",
            Side::B => "B",
        }
    }
}

/// Compare mode's state.
#[derive(Debug, Clone, PartialEq)]
pub struct LabState {
    /// Compare mode is on.
    pub compare: bool,
    /// Variant B (valid). Before compare mode is first entered it equals
    /// the scenario the page started with.
    pub b: Rc<Scenario>,
    /// The variant the strip, "which screenshot next?" and the claim
    /// explorer work on (on phones, also the editor shown).
    pub editing: Side,
    /// Increases with every change of B, so effects can follow it cheaply.
    pub revision: u64,
    /// B has content of its own (edited, or given by a link, a file or
    /// storage), so leaving compare mode keeps it and entering again
    /// restores it rather than copying A over it.
    pub b_own: bool,
}

/// Everything that can happen to compare mode.
#[derive(Debug, Clone, PartialEq)]
pub enum LabAction {
    /// Turn compare mode on with B a copy of `a`.
    Enter { a: Scenario },
    /// Turn compare mode on with this B (from a comparison link or file).
    EnterWith { b: Scenario },
    /// Turn compare mode off.
    Leave,
    /// Replace B (an edit, a preset, a plain scenario opened in compare
    /// mode). Ignored unless valid.
    SetB(Scenario),
    /// Work on this variant.
    Edit(Side),
    /// Discard B, knowingly: B becomes a copy of `a` again.
    ResetB { a: Scenario },
}

impl LabState {
    /// The state at start-up for a page whose scenario is `a`: compare mode
    /// with `b` when a comparison link gave one, compare mode with a copy of
    /// A when `?compare=1` asked for it, else single mode.
    pub fn new(a: &Scenario, b: Option<Scenario>, requested: bool) -> LabState {
        let compare = b.is_some() || requested;
        let b_own = b.is_some();
        LabState {
            compare,
            b: Rc::new(b.unwrap_or_else(|| a.clone())),
            // In compare mode B is what the person came to change.
            editing: if compare { Side::B } else { Side::A },
            revision: 1,
            b_own,
        }
    }

    /// The state with a B kept from an earlier visit (storage), unless a
    /// link already gave one: it waits, in single mode too, for compare
    /// mode to be entered again.
    pub fn keeping(mut self, kept: Option<Scenario>) -> LabState {
        if let (false, Some(b)) = (self.b_own, kept) {
            if validate(&b).is_ok() {
                self.b = Rc::new(b);
                self.b_own = true;
            }
        }
        self
    }

    fn with_b(mut self, b: Scenario) -> LabState {
        if validate(&b).is_err() || *self.b == b {
            return self;
        }
        self.b = Rc::new(b);
        self.revision += 1;
        self
    }
}

impl Reducible for LabState {
    type Action = LabAction;

    fn reduce(self: Rc<Self>, action: LabAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LabAction::Enter { a } => {
                if next.compare {
                    return self;
                }
                if !next.b_own {
                    next = next.with_b(a);
                }
                next.compare = true;
                next.editing = Side::B;
            }
            LabAction::EnterWith { b } => {
                next = next.with_b(b);
                next.compare = true;
                next.b_own = true;
            }
            LabAction::Leave => {
                if !next.compare {
                    return self;
                }
                next.compare = false;
                next.editing = Side::A;
            }
            LabAction::SetB(b) => {
                let changed = next.with_b(b);
                if changed.revision == self.revision {
                    return self;
                }
                next = changed;
                next.b_own = true;
            }
            LabAction::Edit(side) => {
                if next.editing == side {
                    return self;
                }
                next.editing = side;
            }
            LabAction::ResetB { a } => {
                next = next.with_b(a);
                next.b_own = false;
            }
        }
        Rc::new(next)
    }
}

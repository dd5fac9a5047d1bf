//! Compare mode's state: whether it is on, variant B, and which variant is
//! being edited.
//!
//! Variant A is the page's current scenario (`crate::state::AppState`), so
//! everything that works on it (presets, the editor's validation, storage)
//! works in compare mode too. B lives here. The rules, each tested in
//! `tests/lab_state.rs`:
//!
//! - Entering compare mode makes B a copy of A.
//! - Only a valid B is ever current: an invalid one leaves the last good B
//!   in place (the editor never emits one; files and links are validated
//!   before they get here).
//! - Leaving compare mode returns to A alone; entering again starts B
//!   afresh as a copy of A.

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
}

impl LabState {
    /// The state at start-up for a page whose scenario is `a`: compare mode
    /// with `b` when a comparison link gave one, compare mode with a copy of
    /// A when `?compare=1` asked for it, else single mode.
    pub fn new(a: &Scenario, b: Option<Scenario>, requested: bool) -> LabState {
        let compare = b.is_some() || requested;
        LabState {
            compare,
            b: Rc::new(b.unwrap_or_else(|| a.clone())),
            // In compare mode B is what the person came to change.
            editing: if compare { Side::B } else { Side::A },
            revision: 1,
        }
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
                next = next.with_b(a);
                next.compare = true;
                next.editing = Side::B;
            }
            LabAction::EnterWith { b } => {
                next = next.with_b(b);
                next.compare = true;
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
            }
            LabAction::Edit(side) => {
                if next.editing == side {
                    return self;
                }
                next.editing = side;
            }
        }
        Rc::new(next)
    }
}

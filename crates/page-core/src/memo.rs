//! One remembered answer per place, keyed by the allocation of what it was
//! worked out from: after every edit the page asks several times for the
//! same expensive thing of the same shared value (a link's hash is a
//! scenario's JSON deflated at level 9), and a value behind an `Rc` is
//! never changed in place (an edit makes a new one; `Rc::make_mut` would
//! copy, since the memo holds a second reference). The memo holds its key,
//! so the address cannot be taken by another value while it is remembered.

use std::cell::RefCell;
use std::rc::Rc;

/// A key compared by allocation: an `Rc`, or a pair of keys.
pub trait SameAlloc: Clone {
    fn same(&self, other: &Self) -> bool;
}

impl<T: ?Sized> SameAlloc for Rc<T> {
    fn same(&self, other: &Self) -> bool {
        Rc::ptr_eq(self, other)
    }
}

impl<A: SameAlloc, B: SameAlloc> SameAlloc for (A, B) {
    fn same(&self, other: &Self) -> bool {
        self.0.same(&other.0) && self.1.same(&other.1)
    }
}

/// The last key asked about and its answer (for a `thread_local!`).
pub struct Last<K, V>(RefCell<Option<(K, V)>>);

impl<K: SameAlloc, V: Clone> Last<K, V> {
    pub const fn new() -> Self {
        Last(RefCell::new(None))
    }

    /// The answer for `key`: the remembered one when `key` is the same
    /// allocation as last time, else `work(key)`, remembered in its place.
    pub fn get(&self, key: &K, work: impl FnOnce(&K) -> V) -> V {
        let mut last = self.0.borrow_mut();
        if let Some((seen, value)) = &*last
            && seen.same(key)
        {
            return value.clone();
        }
        let value = work(key);
        *last = Some((key.clone(), value.clone()));
        value
    }
}

impl<K: SameAlloc, V: Clone> Default for Last<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

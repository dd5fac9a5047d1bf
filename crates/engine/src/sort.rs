//! Stable sorting with one copy of the standard library's sort, for the
//! page's download size.
//!
//! `slice::sort_by` is compiled anew for every element type and comparison
//! closure: about 4.5 KB of WebAssembly each, and the page sorted ~15
//! kinds of short lists (barriers, what-if rows, screenshot positions,
//! file names). [`sort_by`] sorts the positions `0..n` instead, with one
//! comparison behind a `&dyn Fn`, so std's sort exists once for all of
//! them, then moves the items into that order. The result is exactly
//! `slice::sort_by`'s (stable: equal items keep their order).
//!
//! For short lists only: every comparison is an indirect call. Long
//! numeric arrays (quantiles of draws) keep `sort_by(f64::total_cmp)`,
//! one copy shared by all of them.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`, as `items.sort_by(compare)` does.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[a], &items[b]));
    permute(items, &mut order);
}

/// Sorts `items` stably by `key`, as `items.sort_by_key(key)` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order, as `items.sort()` does.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one monomorphic use of std's stable sort. Positions compare by the
/// items at them, so equal items keep their positions' order: stable.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves the items so that position `i` holds the item that was at
/// `order[i]`, following each cycle of the permutation with swaps.
/// `order` is used up (each visited entry is marked `usize::MAX`).
fn permute<T>(items: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut here = start;
        while order[here] != usize::MAX {
            let from = order[here];
            order[here] = usize::MAX;
            if from == start {
                break;
            }
            // `items[here]` receives the item it should hold; the item it
            // held (the cycle's first) travels on to the next position.
            items.swap(here, from);
            here = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small linear congruential generator: the tests need arbitrary
    /// lists, not good randomness, and a fixed seed keeps them the same.
    fn lists(seed: u64) -> impl Iterator<Item = Vec<(u8, usize)>> {
        let mut x = seed;
        let mut next = move || {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            x >> 33
        };
        (0..500).map(move |_| {
            let n = (next() % 70) as usize;
            let keys = 1 + next() % 12;
            // Few distinct keys, so stability matters: the second field
            // records the original position.
            (0..n).map(|i| ((next() % keys) as u8, i)).collect()
        })
    }

    #[test]
    fn same_order_as_std_stable_sort() {
        for list in lists(17) {
            let mut ours = list.clone();
            let mut theirs = list.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            theirs.sort_by_key(|p| std::cmp::Reverse(p.0));
            assert_eq!(ours, theirs);

            let mut ours = list.clone();
            let mut theirs = list.clone();
            sort_by_key(&mut ours, |p| p.0);
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs);

            let mut ours = list.clone();
            let mut theirs = list;
            sort(&mut ours);
            theirs.sort();
            assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn moves_items_that_are_not_copy() {
        let mut names: Vec<String> = ["b", "a", "c", "a"].iter().map(|s| s.to_string()).collect();
        sort(&mut names);
        assert_eq!(names, ["a", "a", "b", "c"]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }
}

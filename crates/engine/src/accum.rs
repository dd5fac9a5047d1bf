//! Streaming accumulators: memory grows with bins, segments and what-ifs,
//! never with people.
//!
//! Determinism: people are grouped in fixed blocks of [`BLOCK`] consecutive
//! indices. Inside a block, floating-point sums are added person by person
//! in index order; blocks are then merged into the total in block order.
//! So the sums do not depend on how a run is cut into chunks or spread over
//! threads. Counts are integers and exact anyway.

#[cfg(doc)]
use crate::model::everyone;
use crate::model::{BATCH, Batch, Model, Rule, Work};
use crate::retention::RetentionAcc;
use crate::sensitivity::{Variant, adopts};

/// People per accumulation block (2^16).
pub(crate) const BLOCK: u64 = 1 << 16;
/// People evaluated before the run to place the histogram's bins.
pub(crate) const PILOT: u64 = 4096;
/// Target bin count; "nice" rounding keeps the actual count between about
/// half of it and it (at most 100 in every case).
const TARGET_BINS: f64 = 50.0;
const MAX_BINS: usize = 100;

/// Net values of the pilot people (the first [`PILOT`] of the run).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pilot {
    pub min: f64,
    pub max: f64,
    pub sum: f64,
    pub sum_sq: f64,
    pub n: u64,
}

impl Pilot {
    /// Evaluates the first people of the run. They are the same people the
    /// run then simulates, so this is deterministic and costs almost nothing.
    pub(crate) fn of(model: &Model) -> Pilot {
        Pilot::scaled(model, 1.0)
    }

    /// The pilot with every trust cost multiplied by `trust_scale`
    /// (adoption over time places its bins for the whole range social
    /// proof can move net values over).
    pub(crate) fn scaled(model: &Model, trust_scale: f64) -> Pilot {
        let mut out = Pilot {
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            sum: 0.0,
            sum_sq: 0.0,
            n: 0,
        };
        model.eval_range(
            0,
            model.users.min(PILOT),
            &mut Work::new(),
            &[],
            trust_scale,
            |_, n, b, _| {
                for &nv in &b.nv[..n] {
                    if nv.is_finite() {
                        out.min = out.min.min(nv);
                        out.max = out.max.max(nv);
                        out.sum += nv;
                        out.sum_sq += nv * nv;
                        out.n += 1;
                    }
                }
            },
        );
        out
    }
}

/// The histogram's bins and the shift used for the variance sum, fixed
/// before streaming.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Plan {
    pub edges: Vec<f64>,
    pub lo: f64,
    pub inv_width: f64,
    pub bins: usize,
    /// Net values are summed as (nv − shift) to keep the variance accurate.
    pub shift: f64,
}

/// The smallest of 1, 2, 2.5, 5 × 10^e that is ≥ x.
fn nice_width(x: f64) -> f64 {
    let e = libm::floor(libm::log10(x));
    let base = libm::pow(10.0, e);
    for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
        if m * base >= x {
            return m * base;
        }
    }
    10.0 * base
}

impl Plan {
    /// Bins covering every pilot's range, padded by half a pilot sd plus 5%
    /// of the range on each side, with a "nice" width (1, 2, 2.5 or 5 ×
    /// 10^e) giving at most ~50 bins. Values outside fall into the first or
    /// last bin.
    pub(crate) fn from_pilots(pilots: &[Pilot]) -> Plan {
        let n: u64 = pilots.iter().map(|p| p.n).sum();
        if n == 0 {
            return Plan::around(0.0, 1.0, 0.0);
        }
        let min = pilots.iter().map(|p| p.min).fold(f64::INFINITY, f64::min);
        let max = pilots
            .iter()
            .map(|p| p.max)
            .fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = pilots.iter().map(|p| p.sum).sum();
        let sum_sq: f64 = pilots.iter().map(|p| p.sum_sq).sum();
        let mean = sum / n as f64;
        let sd = (sum_sq / n as f64 - mean * mean).max(0.0).sqrt();
        let range = max - min;
        let pad = 0.5 * sd + 0.05 * range;
        if range.is_nan() || range <= 1e-9 * (1.0 + min.abs()) {
            // Everyone has (nearly) the same net value: a unit-wide window.
            return Plan::around(mean, 0.5 + 0.05 * mean.abs(), mean);
        }
        Plan::span(min - pad, max + pad, mean)
    }

    fn around(centre: f64, half: f64, shift: f64) -> Plan {
        Plan::span(centre - half, centre + half, shift)
    }

    fn span(lo: f64, hi: f64, shift: f64) -> Plan {
        let width = nice_width((hi - lo) / TARGET_BINS);
        let start = libm::floor(lo / width) * width;
        let bins = (libm::ceil((hi - start) / width) as usize).clamp(1, MAX_BINS);
        let edges = (0..=bins).map(|j| start + j as f64 * width).collect();
        Plan {
            edges,
            lo: start,
            inv_width: 1.0 / width,
            bins,
            shift,
        }
    }

    /// The bin of a net value (outside values go to the end bins; NaN to
    /// the first).
    #[inline(always)]
    pub(crate) fn bin(&self, nv: f64) -> usize {
        let b = ((nv - self.lo) * self.inv_width) as i64;
        b.clamp(0, self.bins as i64 - 1) as usize
    }
}

/// Running totals of a run or of one block.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Acc {
    pub n: u64,
    pub adopters: u64,
    /// Product, alternatives, none.
    pub choices: Vec<u64>,
    pub seg_users: Vec<u64>,
    pub seg_adopters: Vec<u64>,
    pub hist: Vec<u64>,
    pub hist_adopters: Vec<u64>,
    /// Non-adopters whom removing cost k alone would flip to the product.
    pub decisive: [u64; 8],
    /// Adopters under each what-if, among the people the what-ifs
    /// decided again (`sens_people`).
    pub sens: Vec<u64>,
    /// People whose decision each what-if changed (either way), for the
    /// row's paired interval.
    pub sens_flips: Vec<u64>,
    /// People the what-ifs decided again (the run's first
    /// `crate::sensitivity::WHAT_IF_USERS` at most), and the base adopters
    /// and retained adopters among them, so a row's change is paired.
    pub sens_people: u64,
    pub sens_base: u64,
    pub sens_base_retained: u64,
    /// Retained adopters under each what-if (a scenario with retention
    /// and what-ifs; counted by the runner, `Runner::with_retained_what_ifs`).
    pub sens_retained: Option<Vec<u64>>,
    /// Σ (nv − shift) and Σ (nv − shift)².
    pub nv_sum: f64,
    pub nv_sq: f64,
    /// Σ cost k over adopters and over non-adopters.
    pub cost_adopters: [f64; 8],
    pub cost_non: [f64; 8],
    /// Retention totals, with a retention block.
    pub ret: Option<RetentionAcc>,
}

impl Acc {
    pub(crate) fn new(model: &Model, plan: &Plan, variants: usize) -> Acc {
        Acc {
            n: 0,
            adopters: 0,
            choices: vec![0; model.n_options()],
            seg_users: vec![0; model.segments.len()],
            seg_adopters: vec![0; model.segments.len()],
            hist: vec![0; plan.bins],
            hist_adopters: vec![0; plan.bins],
            decisive: [0; 8],
            sens: vec![0; variants],
            sens_flips: vec![0; variants],
            sens_people: 0,
            sens_base: 0,
            sens_base_retained: 0,
            sens_retained: None,
            nv_sum: 0.0,
            nv_sq: 0.0,
            cost_adopters: [0.0; 8],
            cost_non: [0.0; 8],
            ret: model
                .retention
                .as_ref()
                .map(|r| RetentionAcc::new(r, model.segments.len())),
        }
    }

    /// Zeroes everything, keeping the allocations.
    pub(crate) fn clear(&mut self) {
        self.n = 0;
        self.adopters = 0;
        for v in [
            &mut self.choices,
            &mut self.seg_users,
            &mut self.seg_adopters,
            &mut self.hist,
        ] {
            v.iter_mut().for_each(|x| *x = 0);
        }
        self.hist_adopters.iter_mut().for_each(|x| *x = 0);
        self.sens.iter_mut().for_each(|x| *x = 0);
        self.sens_flips.iter_mut().for_each(|x| *x = 0);
        self.sens_people = 0;
        self.sens_base = 0;
        self.sens_base_retained = 0;
        if let Some(r) = &mut self.sens_retained {
            r.iter_mut().for_each(|x| *x = 0);
        }
        self.decisive = [0; 8];
        self.nv_sum = 0.0;
        self.nv_sq = 0.0;
        self.cost_adopters = [0.0; 8];
        self.cost_non = [0.0; 8];
        if let Some(r) = &mut self.ret {
            r.clear();
        }
    }

    /// Adds a whole block (or another total) to this one.
    pub(crate) fn merge(&mut self, o: &Acc) {
        self.n += o.n;
        self.adopters += o.adopters;
        let add = |a: &mut Vec<u64>, b: &Vec<u64>| a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        add(&mut self.choices, &o.choices);
        add(&mut self.seg_users, &o.seg_users);
        add(&mut self.seg_adopters, &o.seg_adopters);
        add(&mut self.hist, &o.hist);
        add(&mut self.hist_adopters, &o.hist_adopters);
        add(&mut self.sens, &o.sens);
        add(&mut self.sens_flips, &o.sens_flips);
        self.sens_people += o.sens_people;
        self.sens_base += o.sens_base;
        self.sens_base_retained += o.sens_base_retained;
        if let (Some(a), Some(b)) = (&mut self.sens_retained, &o.sens_retained) {
            add(a, b);
        }
        for k in 0..8 {
            self.decisive[k] += o.decisive[k];
            self.cost_adopters[k] += o.cost_adopters[k];
            self.cost_non[k] += o.cost_non[k];
        }
        self.nv_sum += o.nv_sum;
        self.nv_sq += o.nv_sq;
        if let (Some(r), Some(x)) = (&mut self.ret, &o.ret) {
            r.merge(x);
        }
    }

    /// Records the people of an evaluated batch whose bit i is set in
    /// `who` (all of them in a plain run, see [`everyone`]; the newly aware
    /// in adoption over time).
    ///
    /// A quantity at a time for the whole batch, so the decision-
    /// independent work (the what-if kind, the cost component) is looked at
    /// once per batch and the counting loops vectorise. Every sum is still
    /// added person by person in index order, so the totals are bit for bit
    /// those of recording people one at a time. Left-out people add +0.0 to
    /// the sums, which changes no bit: sums start at +0.0 and so can never
    /// be −0.0.
    #[inline(always)]
    pub(crate) fn record_batch(
        &mut self,
        model: &Model,
        plan: &Plan,
        variants: &[Variant],
        b: &Batch,
        who: u64,
        pre: &[[f64; BATCH]],
    ) {
        // A whole batch (every batch but a run's last in a plain run) is
        // recorded by a copy of the loop that knows everyone is in, so it
        // spends no instructions on leaving people out.
        if who == u64::MAX {
            self.record_people::<true>(model, plan, variants, b, who, pre);
        } else {
            self.record_people::<false>(model, plan, variants, b, who, pre);
        }
    }

    /// [`Acc::record_batch`]; `ALL` says that `who` is everyone.
    #[inline(always)]
    fn record_people<const ALL: bool>(
        &mut self,
        model: &Model,
        plan: &Plan,
        variants: &[Variant],
        b: &Batch,
        who: u64,
        pre: &[[f64; BATCH]],
    ) {
        // People past the last one in the set are left out anyway.
        let n = if ALL {
            BATCH
        } else {
            BATCH - who.leading_zeros() as usize
        };
        let with = |i: usize| if ALL { 1 } else { (who >> i) & 1 };
        // A left-out person's value, as +0.0 (a select, not a product,
        // so nothing can turn into NaN).
        let kept = |i: usize, x: f64| if with(i) != 0 { x } else { 0.0 };
        let one_segment = self.seg_users.len() == 1;
        // Without alternatives to choose (the threshold rule, or none
        // given) everyone who does not adopt chooses "none", the last
        // option: that count is kept in a register too, instead of a
        // memory update per person that waits on the previous one's.
        let only_none = model.rule == Rule::Threshold || model.alts.is_empty();
        let (mut counted, mut adopters) = (0, 0);
        let (mut nv_sum, mut nv_sq) = (self.nv_sum, self.nv_sq);
        // Every component, in registers: one that is not in the product's
        // sum has cost 0 for everyone (see `Batch::c`), adds +0.0 and is
        // never decisive. The eight rows (six components and two that are
        // always 0) form eight lanes per person that the compiler packs
        // into vectors: each lane is still its own running sum, added in
        // person order, so the processor overlaps the sums without
        // changing a bit.
        let (mut on, mut off) = (self.cost_adopters, self.cost_non);
        let mut decisive = [0u64; 8];
        // WebAssembly (no SIMD, see `.cargo/config.toml`) does the lanes
        // one by one, so there only the product's components are recorded:
        // the others would add +0.0 and no decisive person, so leaving them
        // out changes no bit (measured: a run of the basic model, four of
        // six components, ~7% faster in WebAssembly; natively, the eight
        // constant lanes are faster than a loop over the components).
        #[cfg(target_arch = "wasm32")]
        let lanes: &[usize] = &model.product.active;
        #[cfg(not(target_arch = "wasm32"))]
        let lanes: &[usize] = &[0, 1, 2, 3, 4, 5, 6, 7];
        // The per-person counters as local slices: the loop then keeps
        // their addresses instead of reading them from `self` again after
        // every count it adds (a store through a vector the compiler
        // cannot tell apart from `self`).
        let (choices, hist, hist_adopters) = (
            &mut self.choices[..],
            &mut self.hist[..],
            &mut self.hist_adopters[..],
        );
        let (seg_users, seg_adopters) = (&mut self.seg_users[..], &mut self.seg_adopters[..]);
        for i in 0..n {
            let (w, adopt) = (with(i), b.adopt[i]);
            let a = adopt as u64;
            counted += w;
            adopters += w & a;
            if !only_none {
                // Adopters chose the product (choice 0) and are counted below.
                choices[b.choice[i]] += w & !a;
            }
            if !one_segment {
                seg_users[b.seg[i]] += w;
                seg_adopters[b.seg[i]] += w & a;
            }
            let bin = plan.bin(b.nv[i]);
            hist[bin] += w;
            hist_adopters[bin] += w & a;
            let d = kept(i, b.nv[i] - plan.shift);
            nv_sum += d;
            nv_sq += d * d;
            let weights = &model.segments[b.seg[i]].w_cost;
            let (u, u_none, best_alt) = (b.u_product[i], b.u_none[i], b.best_alt[i]);
            // A person who does not adopt, and would if cost k were gone:
            // `wins` of the product's utility with that cost added back.
            let flips = w & !a;
            for &k in lanes {
                let k = k & 7;
                let c = kept(i, b.c[k][i]);
                on[k] += if adopt { c } else { 0.0 };
                off[k] += if adopt { 0.0 } else { c };
                let without = u + weights[k] * c;
                decisive[k] += flips & ((without > u_none) & (without >= best_alt)) as u64;
            }
        }
        self.n += counted;
        self.adopters += adopters;
        self.choices[0] += adopters;
        if only_none {
            // "none" is the last option (there are always at least two).
            let none = self.choices.len() - 1;
            self.choices[none] += counted - adopters;
        }
        if one_segment {
            self.seg_users[0] += counted;
            self.seg_adopters[0] += adopters;
        }
        self.nv_sum = nv_sum;
        self.nv_sq = nv_sq;
        self.cost_adopters = on;
        self.cost_non = off;
        for (total, add) in self.decisive.iter_mut().zip(decisive) {
            *total += add;
        }
        if !variants.is_empty() {
            self.record_what_ifs(model, variants, b, who, n, pre);
            self.sens_people += counted;
            self.sens_base += adopters;
            if let Some(m) = &model.retention {
                self.sens_base_retained += (0..n)
                    .map(|i| with(i) & (b.adopt[i] & (b.stay.leave[i] > m.periods)) as u64)
                    .sum::<u64>();
            }
        }
        if let (Some(r), Some(m)) = (&mut self.ret, &model.retention) {
            r.record(m, b, who, n);
        }
    }

    /// Counts, per what-if, the people of the batch (bit i of `who`, the
    /// first `n`) who adopt under it and those whose decision it changes.
    /// A what-if at a time, its kind looked at once and its people in a
    /// tight loop; the counts are integers, so the order changes nothing.
    #[inline(always)]
    fn record_what_ifs(
        &mut self,
        model: &Model,
        variants: &[Variant],
        b: &Batch,
        who: u64,
        n: usize,
        pre: &[[f64; BATCH]],
    ) {
        let counts = self.sens.iter_mut().zip(self.sens_flips.iter_mut());
        for ((count, flips), (v, row)) in counts.zip(variants.iter().zip(pre)) {
            let (mut adopt, mut flip) = (0, 0);
            for (i, &x) in row[..n].iter().enumerate() {
                let w = (who >> i) & 1;
                let now = adopts(model, &v.kind, b, i, x, pre);
                adopt += w & now as u64;
                flip += w & (now != b.adopt[i]) as u64;
            }
            *count += adopt;
            *flips += flip;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_widths() {
        assert_eq!(nice_width(0.13), 0.2);
        assert_eq!(nice_width(0.2), 0.2);
        assert_eq!(nice_width(0.21), 0.25);
        assert_eq!(nice_width(3.0), 5.0);
        assert_eq!(nice_width(7.0), 10.0);
    }

    #[test]
    fn plan_bounds_bins() {
        let p = Plan::span(-8.3, 4.1, 0.0);
        assert!(p.bins <= MAX_BINS && p.bins >= 20);
        assert!(p.edges[0] <= -8.3 && *p.edges.last().unwrap() >= 4.1);
        assert_eq!(p.bin(-100.0), 0);
        assert_eq!(p.bin(100.0), p.bins - 1);
        assert_eq!(p.bin(f64::NAN), 0);
    }
}

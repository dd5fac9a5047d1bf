//! Adoption over time: Bass-style awareness on top of the value–cost rule.
//!
//! Each period t = 1 … T a person not yet aware of the product becomes
//! aware with the hazard h(t) = min(1, p + q · A(t−1)/N), where A(t−1) is
//! the number of adopters after the periods before t and N the users. A
//! person decides once, in the period they become aware, by the scenario's
//! rule; social proof multiplies their perceived trust cost by
//! 1 − social_proof · A(t−1)/N. With a `retention` block, word of mouth
//! counts only the adopters still using the product at the end of period
//! t − 1 (see [`crate::retention`]): a person adopting in period a who
//! leaves in period L of use is active through period a + L − 1.
//!
//! Streaming, with memory that grows with periods, never with people: person
//! i draws one keyed uniform u_i (see [`awareness_draw`]). With
//! S(t) = 1 − Π_{s≤t} (1 − h(s)), the person is aware by the end of period t
//! iff u_i < S(t), so they become aware in period t iff S(t−1) ≤ u_i < S(t);
//! given that they were not aware before, that happens with probability
//! exactly h(t). A run is one pass over all people per period: for most
//! people a pass only recomputes u_i (one hash); the newly aware are
//! gathered in batches and decided in full. A(t) is known exactly once the
//! pass ends, which gives h(t + 1). The cost is N · T hashes plus about N
//! evaluations.
//!
//! What-if sensitivity reruns the whole process per input ("paths"): each
//! path has its own awareness curve and adopters, all passed together, so a
//! row equals a second run with the input moved, word of mouth included.

use crate::accum::{Acc, BLOCK, Pilot, Plan};
use crate::error::ScenarioError;
use crate::model::{BATCH, Model, Work};
use crate::report::{Population, WhatIf, assemble};
use crate::results::{Results, TimelineRow};
use crate::rng::{self, stream};
use crate::scenario::{Diffusion, Scenario};
use crate::sensitivity::{STEP_FRACTION, Variant, adopts, pre_rows, predraw};
use crate::sim::{RunOptions, prepare};

/// One run of the awareness process: the scenario itself, or the scenario
/// with one input moved (a what-if).
#[derive(Debug, Clone)]
struct Path {
    p: f64,
    q: f64,
    social_proof: f64,
    /// The what-if on the value–cost side (index into the variants), or
    /// `None` for the scenario's own rule.
    variant: Option<usize>,
    /// The what-if row's input and step (empty for the base path).
    input: String,
    step: f64,
    /// Π (1 − h(s)) over the periods opened so far.
    survive: f64,
    /// S(t − 1) and S(t) of the open period, times 2^53 and truncated
    /// (see [`awareness_draw`]).
    lo: u64,
    hi: u64,
    /// What the trust cost of people deciding in the open period is
    /// multiplied by.
    trust_scale: f64,
    /// Aware people and adopters after the periods closed so far.
    aware: u64,
    adopters: u64,
    /// With retention: adopters who stop using the product in each
    /// calendar period (index = period, 0..=periods + 1), and how many
    /// have stopped by the end of the periods closed so far.
    departures: Vec<u64>,
    departed: u64,
}

impl Path {
    fn new(d: &Diffusion, variant: Option<usize>, input: String, step: f64) -> Path {
        Path {
            p: d.p,
            q: d.q,
            social_proof: d.social_proof,
            variant,
            input,
            step,
            survive: 1.0,
            lo: 0,
            hi: 0,
            trust_scale: 1.0,
            aware: 0,
            adopters: 0,
            departures: Vec::new(),
            departed: 0,
        }
    }

    /// Adopters still using the product after the periods closed so far
    /// (all adopters without retention).
    fn active(&self) -> u64 {
        self.adopters - self.departed.min(self.adopters)
    }

    /// Opens the next period from the adopters of the periods before it.
    /// Word of mouth comes from the people still using the product (all
    /// adopters without retention); social proof from everyone who adopted.
    fn open(&mut self, users: u64, trust_active: bool) {
        let share = |x: u64| {
            if users == 0 {
                0.0
            } else {
                x as f64 / users as f64
            }
        };
        let f = share(self.adopters);
        let h = (self.p + self.q * share(self.active())).clamp(0.0, 1.0);
        // survive only falls, so S = 1 − survive only rises and the
        // windows of successive periods tile [0, 2^53) without gaps or
        // overlaps: everyone becomes aware at most once.
        self.survive *= 1.0 - h;
        self.lo = self.hi;
        self.hi = (((1.0 - self.survive) * UNIT) as u64)
            .min(1 << 53)
            .max(self.lo);
        self.trust_scale = if trust_active {
            (1.0 - self.social_proof * f).clamp(0.0, 1.0)
        } else {
            1.0
        };
    }

    #[inline(always)]
    fn newly_aware(&self, k: u64) -> bool {
        in_window(k, self.lo, self.hi)
    }
}

/// 2^53: awareness draws are 53-bit integers, like the mantissa of a
/// uniform double.
const UNIT: f64 = 9_007_199_254_740_992.0;

/// Person `i`'s awareness draw: a uniform integer k_i in [0, 2^53), the
/// top 53 bits of word i of the run's awareness stream (keyed by the seed,
/// see [`rng::stream_word`]), so u_i = k_i / 2^53 is uniform on [0, 1).
/// Person i is aware by the end of period t iff k_i < ⌊S(t) · 2^53⌋:
/// compared as integers, the check is exact and the same on every
/// platform.
#[inline(always)]
fn awareness_draw(aware_key: u64, i: u64) -> u64 {
    rng::stream_word(aware_key, i) >> 11
}

/// lo ≤ k < hi in one unsigned comparison (hi ≥ lo).
#[inline(always)]
fn in_window(k: u64, lo: u64, hi: u64) -> bool {
    k.wrapping_sub(lo) < hi - lo
}

/// What one path gained in the open period.
#[derive(Debug, Clone, Default, PartialEq)]
struct PassCount {
    aware: u64,
    adopters: u64,
    /// With retention: the period's new adopters by leave period (see
    /// [`crate::retention::RetentionModel::leave_period`]); empty without.
    leaves: Vec<u64>,
}

impl PassCount {
    /// Zero counts for a model (with room for every leave period when it
    /// has retention).
    fn new(model: &Model) -> PassCount {
        PassCount {
            aware: 0,
            adopters: 0,
            leaves: model
                .retention
                .as_ref()
                .map_or_else(Vec::new, |r| vec![0; r.horizon as usize + 2]),
        }
    }

    fn clear(&mut self) {
        self.aware = 0;
        self.adopters = 0;
        self.leaves.iter_mut().for_each(|x| *x = 0);
    }

    #[cfg(feature = "parallel")]
    fn add(&mut self, o: &PassCount) {
        self.aware += o.aware;
        self.adopters += o.adopters;
        self.leaves
            .iter_mut()
            .zip(&o.leaves)
            .for_each(|(x, y)| *x += y);
    }
}

/// Where a piece of a pass adds up: the base path's accumulator, each
/// path's counts and (first period only) everyone's segment.
struct Out<'a> {
    acc: &'a mut Acc,
    counts: &'a mut [PassCount],
    seg_users: &'a mut [u64],
}

/// Everything a pass over people reads.
struct Pass<'a> {
    model: &'a Model,
    plan: &'a Plan,
    variants: &'a [Variant],
    paths: &'a [Path],
    /// Key of the awareness stream.
    aware_key: u64,
    /// Union of the paths' windows: a person outside it is new to no path.
    lo: u64,
    hi: u64,
    /// Whether this is period 1, when everyone's segment is counted.
    first: bool,
}

impl Pass<'_> {
    /// Passes people `start..end` (inside one block) through the open
    /// period, adding to `out`. The newly aware are gathered into full
    /// batches (in index order) before they are evaluated: per period only
    /// a few of every 64 people are new, and a batch has a fixed cost.
    fn run(&self, start: u64, end: u64, work: &mut Work, mut out: Out<'_>) {
        let model = self.model;
        work.pre.resize(pre_rows(self.variants), [0.0; BATCH]);
        let mut k_of = [0u64; BATCH];
        let mut m = 0;
        let mut s = start;
        while s < end {
            let n = (end - s).min(BATCH as u64) as usize;
            // The cheap part, done for everyone: the segment (period 1
            // only, so that the never-aware are counted too) and one hash
            // saying whether the person is new to some path this period.
            if self.first {
                for i in 0..n as u64 {
                    let pk = rng::person_key(model.run_key, s + i);
                    out.seg_users[model.segment_of(pk)] += 1;
                }
            }
            for i in 0..n {
                let k = awareness_draw(self.aware_key, s + i as u64);
                if in_window(k, self.lo, self.hi) {
                    work.draws.pk[m] = rng::person_key(model.run_key, s + i as u64);
                    k_of[m] = k;
                    m += 1;
                    if m == BATCH {
                        self.evaluate(&k_of, work, &mut out);
                        m = 0;
                    }
                }
            }
            s += n as u64;
        }
        if m > 0 {
            self.evaluate(&k_of[..m], work, &mut out);
        }
    }

    /// The full evaluation of gathered newly aware people (keys in
    /// `work.draws.pk`, awareness draws in `k_of`). The first path new to
    /// a person decides them (with that path's social proof); the others
    /// only redo the trust cost if their social proof differs (never when
    /// it is 0 or trust plays no part). The base path comes first, so what
    /// it records (before any other path's trust is redone) is always a
    /// fresh evaluation.
    fn evaluate(&self, k_of: &[u64], work: &mut Work, out: &mut Out<'_>) {
        let model = self.model;
        let Work { draws, batch, pre } = work;
        let m = k_of.len().min(BATCH);
        model.draw_keys(m, draws);
        predraw(self.variants, draws, m, pre);
        for (j, &u) in k_of.iter().enumerate() {
            let first = self.paths.iter().find(|path| path.newly_aware(u));
            batch.trust_scale[j] = first.map_or(1.0, |path| path.trust_scale);
        }
        model.decide_batch(draws, m, batch);
        let base = &self.paths[0];
        let base_new = k_of.iter().enumerate().fold(0u64, |set, (j, &u)| {
            set | (u64::from(base.newly_aware(u)) << j)
        });
        out.acc
            .record_batch(model, self.plan, &[], batch, base_new, &[]);
        for (j, &u) in k_of.iter().enumerate() {
            let mut decided = batch.trust_scale[j].to_bits();
            for (v, path) in self.paths.iter().enumerate() {
                if !path.newly_aware(u) {
                    continue;
                }
                let bits = path.trust_scale.to_bits();
                if bits != decided {
                    model.rescale_trust(batch, j, path.trust_scale);
                    decided = bits;
                }
                let adopt = match path.variant {
                    None => batch.adopt[j],
                    Some(k) => adopts(model, &self.variants[k].kind, batch, j, pre[k][j], pre),
                };
                let c = &mut out.counts[v];
                c.aware += 1;
                c.adopters += adopt as u64;
                // What-if paths keep the person's stay-or-leave verdict
                // under the scenario itself (docs/model.md).
                if adopt && !c.leaves.is_empty() {
                    let last = c.leaves.len() - 1;
                    c.leaves[(batch.stay.leave[j] as usize).min(last)] += 1;
                }
            }
        }
    }
}

/// The base path, then one per value–cost what-if, then (with sensitivity)
/// p, q and social proof each moved up by 10% (0.1 when 0), capped at 1.
fn build_paths(d: &Diffusion, model: &Model, variants: &[Variant], sensitivity: bool) -> Vec<Path> {
    let mut paths = vec![Path::new(d, None, String::new(), 0.0)];
    for (k, v) in variants.iter().enumerate() {
        paths.push(Path::new(d, Some(k), v.input.clone(), v.step));
    }
    if sensitivity {
        type Set = fn(&mut Diffusion, f64);
        let inputs: [(&str, f64, bool, Set); 3] = [
            ("diffusion.p", d.p, true, |d, x| d.p = x),
            ("diffusion.q", d.q, true, |d, x| d.q = x),
            // Social proof acts on trust only.
            (
                "diffusion.social_proof",
                d.social_proof,
                model.trust_active,
                |d, x| d.social_proof = x,
            ),
        ];
        for (input, value, applies, set) in inputs {
            let step = if value == 0.0 {
                STEP_FRACTION
            } else {
                STEP_FRACTION * value.abs()
            };
            let moved = (value + step).min(1.0);
            if !applies || moved <= value {
                continue;
            }
            let mut moved_d = *d;
            set(&mut moved_d, moved);
            paths.push(Path::new(&moved_d, None, input.to_string(), moved - value));
        }
    }
    paths
}

/// A chunked, cancellable adoption-over-time run. Progress is counted in
/// person-periods (users × periods): every period passes every person.
#[derive(Debug, Clone)]
pub(crate) struct DiffusionRunner {
    model: Model,
    plan: Plan,
    variants: Vec<Variant>,
    paths: Vec<Path>,
    periods: u32,
    /// The open period, 1-based; `periods + 1` once the run is done.
    period: u32,
    /// Next person of the open period's pass.
    next: u64,
    total: Acc,
    /// The block in progress (see [`crate::accum`]).
    block: Acc,
    /// Each path's counts in the open period so far.
    counts: Vec<PassCount>,
    /// Everyone per segment, counted in period 1.
    seg_users: Vec<u64>,
    timeline: Vec<TimelineRow>,
    work: Work,
}

impl DiffusionRunner {
    /// Validates the scenario and prepares the run.
    pub(crate) fn new(
        scenario: &Scenario,
        d: &Diffusion,
        options: &RunOptions,
    ) -> Result<DiffusionRunner, ScenarioError> {
        let (model, variants) = prepare(scenario, options)?;
        // Bins for the whole range social proof can move net values over:
        // from no proof to everyone having adopted.
        let plan = if model.trust_active && d.social_proof > 0.0 {
            let low = (1.0 - d.social_proof).clamp(0.0, 1.0);
            Plan::from_pilots(&[Pilot::of(&model), Pilot::scaled(&model, low)])
        } else {
            Plan::from_pilots(&[Pilot::of(&model)])
        };
        let mut paths = build_paths(d, &model, &variants, options.sensitivity);
        for path in &mut paths {
            if model.retention.is_some() {
                path.departures = vec![0; d.periods as usize + 2];
            }
            path.open(model.users, model.trust_active);
        }
        let total = Acc::new(&model, &plan, 0);
        Ok(DiffusionRunner {
            block: total.clone(),
            total,
            counts: vec![PassCount::new(&model); paths.len()],
            seg_users: vec![0; model.segments.len()],
            timeline: Vec::with_capacity(d.periods as usize),
            periods: d.periods,
            period: 1,
            next: 0,
            paths,
            variants,
            plan,
            model,
            work: Work::new(),
        })
    }

    /// Person-periods of the whole run.
    pub(crate) fn total(&self) -> u64 {
        self.model.users.saturating_mul(u64::from(self.periods))
    }

    /// Person-periods passed so far.
    pub(crate) fn done(&self) -> u64 {
        let closed = u64::from(self.period.min(self.periods + 1) - 1);
        closed
            .saturating_mul(self.model.users)
            .saturating_add(self.next)
            .min(self.total())
    }

    fn is_done(&self) -> bool {
        self.period > self.periods || self.model.users == 0
    }

    /// The union of the paths' windows of the open period.
    fn envelope(&self) -> (u64, u64) {
        let lo = self.paths.iter().map(|p| p.lo).min().unwrap_or(0);
        let hi = self.paths.iter().map(|p| p.hi).max().unwrap_or(0);
        (lo, hi)
    }

    /// Passes `chunk` more person-periods; true when the run is done.
    pub(crate) fn step(&mut self, chunk: u64) -> bool {
        let users = self.model.users;
        let target = self.done().saturating_add(chunk.max(1)).min(self.total());
        while !self.is_done() && self.done() < target {
            let in_pass = (target - self.done()).saturating_add(self.next).min(users);
            let block_end = (self.next / BLOCK + 1).saturating_mul(BLOCK);
            let end = in_pass.min(block_end);
            self.advance(end);
            if self.next == users {
                self.close_period();
            }
        }
        self.is_done()
    }

    /// Passes people `next..end` (inside one block) through the open period.
    fn advance(&mut self, end: u64) {
        let (lo, hi) = self.envelope();
        let DiffusionRunner {
            model,
            plan,
            variants,
            paths,
            work,
            counts,
            seg_users,
            block,
            total,
            period,
            next,
            ..
        } = self;
        let out = Out {
            acc: block,
            counts,
            seg_users,
        };
        Pass {
            model,
            plan,
            variants,
            paths,
            aware_key: rng::stream_key(model.run_key, stream::AWARE),
            lo,
            hi,
            first: *period == 1,
        }
        .run(*next, end, work, out);
        *next = end;
        // Floating-point sums are added person by person within a block,
        // and blocks are merged in order, pass after pass, whatever the
        // chunk size (see `crate::accum`).
        if end % BLOCK == 0 || end == model.users {
            total.merge(block);
            block.clear();
        }
    }

    /// Adds the open period's counts to the paths and its timeline row. A
    /// period cut short (a run finished early) counts the people passed.
    fn fold_period(&mut self) {
        if self.block.n > 0 {
            self.total.merge(&self.block);
            self.block.clear();
        }
        let new_adopters = self.counts[0].adopters;
        let period = self.period as usize;
        for (path, c) in self.paths.iter_mut().zip(&mut self.counts) {
            path.aware += c.aware;
            path.adopters += c.adopters;
            // A person who adopts in period a and leaves in period L of
            // use is active at the end of periods a..a + L − 1.
            if !path.departures.is_empty() {
                for (l, count) in c.leaves.iter().enumerate().skip(1) {
                    if let Some(d) = path.departures.get_mut(period + l) {
                        *d += count;
                    }
                }
                path.departed += path.departures[period.min(path.departures.len() - 1)];
            }
            c.clear();
        }
        let users = self.users();
        let base = &self.paths[0];
        let share = |x: u64| {
            if users == 0 {
                0.0
            } else {
                x as f64 / users as f64
            }
        };
        self.timeline.push(TimelineRow {
            period: self.period,
            aware_share: share(base.aware),
            new_adopters,
            cumulative_share: share(base.adopters),
            active_share: self.model.retention.is_some().then(|| share(base.active())),
        });
    }

    /// Ends the open period and opens the next one.
    fn close_period(&mut self) {
        self.fold_period();
        self.period += 1;
        self.next = 0;
        if self.period <= self.periods {
            let users = self.model.users;
            let trust = self.model.trust_active;
            for path in &mut self.paths {
                path.open(users, trust);
            }
        }
    }

    /// Everyone the results describe: the people counted in period 1.
    fn users(&self) -> u64 {
        self.seg_users.iter().sum()
    }

    /// Results of the periods passed so far (normally all of them).
    pub(crate) fn finish(mut self, scenario: &Scenario) -> Results {
        if !self.is_done() && self.next > 0 {
            self.fold_period();
        }
        let what_ifs = self.paths[1..]
            .iter()
            .map(|p| WhatIf {
                input: p.input.clone(),
                step: p.step,
                adopters: p.adopters,
                // Over time the retained what-ifs are not counted, and a
                // row is a whole path of its own, not paired by person.
                retained: None,
                paired: None,
            })
            .collect();
        let population = Population {
            users: self.users(),
            seg_users: &self.seg_users,
        };
        assemble(
            scenario,
            &self.model,
            &self.plan,
            &self.total,
            &population,
            what_ifs,
            Some(std::mem::take(&mut self.timeline)),
        )
    }

    /// Runs to the end on every core: each period's pass is split into
    /// blocks computed in parallel and merged in block order, so the
    /// numbers are those of [`DiffusionRunner::step`].
    #[cfg(feature = "parallel")]
    /// Runs every period on every core; `on_progress(done, total)` hears
    /// person-periods after every wave of blocks, as [`Self::done`] counts them.
    pub(crate) fn run_parallel(
        mut self,
        scenario: &Scenario,
        on_progress: &mut dyn FnMut(u64, u64),
    ) -> Results {
        use rayon::prelude::*;
        let users = self.model.users;
        let total = self.total();
        on_progress(0, total);
        let blocks = users.div_ceil(BLOCK);
        // Waves bound the memory held by finished blocks awaiting their turn.
        let wave = (rayon::current_num_threads() as u64 * 4).max(1);
        while !self.is_done() {
            let (lo, hi) = self.envelope();
            let pass = Pass {
                model: &self.model,
                plan: &self.plan,
                variants: &self.variants,
                paths: &self.paths,
                aware_key: rng::stream_key(self.model.run_key, stream::AWARE),
                lo,
                hi,
                first: self.period == 1,
            };
            let mut b = 0;
            while b < blocks {
                let end = (b + wave).min(blocks);
                let outs: Vec<(Acc, Vec<PassCount>, Vec<u64>)> = (b..end)
                    .into_par_iter()
                    .map(|i| {
                        let mut acc = Acc::new(pass.model, pass.plan, 0);
                        let mut counts = vec![PassCount::new(pass.model); pass.paths.len()];
                        let mut seg_users = vec![0; pass.model.segments.len()];
                        let start = i * BLOCK;
                        let out = Out {
                            acc: &mut acc,
                            counts: &mut counts,
                            seg_users: &mut seg_users,
                        };
                        pass.run(start, (start + BLOCK).min(users), &mut Work::new(), out);
                        (acc, counts, seg_users)
                    })
                    .collect();
                for (acc, counts, seg_users) in &outs {
                    self.total.merge(acc);
                    for (c, o) in self.counts.iter_mut().zip(counts) {
                        c.add(o);
                    }
                    for (s, o) in self.seg_users.iter_mut().zip(seg_users) {
                        *s += o;
                    }
                }
                b = end;
                self.next = (end * BLOCK).min(users);
                on_progress(self.done(), total);
            }
            self.next = users;
            self.close_period();
        }
        on_progress(total, total);
        self.finish(scenario)
    }
}

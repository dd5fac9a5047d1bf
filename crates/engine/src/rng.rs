//! Randomness keyed by person and variable.
//!
//! Every random number of a run is a pure function of (seed, person index,
//! variable slot). Person *i*'s variable *s* draws from its own SplitMix64
//! stream (`rand_xoshiro::SplitMix64`, Vigna's generator, identical on every
//! platform because it is only 64-bit integer adds, multiplies and shifts),
//! started at a key mixed from the three numbers. So:
//!
//! - a sampler that consumes a variable number of words (the ziggurat normal
//!   sampler rejects about 1.2% of its first tries) never moves another
//!   variable's or another person's numbers;
//! - chunks of people are independent, so a run may be cut into chunks of
//!   any size or spread over threads and give the same numbers;
//! - two scenarios run with the same seed see the same people (common random
//!   numbers), which makes A/B lifts and what-if steps precise.
//!
//! Why not one Xoshiro256++ per (person, variable)? Seeding a Xoshiro256++
//! takes four SplitMix64 outputs, and a person needs five to a hundred and
//! fifty variables; measured here, per-variable Xoshiro seeding made the basic
//! model 3.7× slower. A SplitMix64 stream costs one add and one mix per word,
//! and each stream here is only a handful of words long, well within what
//! SplitMix64 is designed for (it is the generator the Xoshiro authors use to
//! seed Xoshiro itself).

use core::convert::Infallible;

use rand::TryRng;

/// Multiplier spreading person indices before mixing (an odd constant from
/// the R2 sequence, unrelated to `GOLDEN`).
pub(crate) const PERSON_MUL: u64 = 0xd1b5_4a32_d192_ed03;
/// Offset between the streams of two slots of one person. Its ratio to
/// `GOLDEN` modulo 2^64 is far from any small fraction, so the streams of
/// different slots never run into each other (checked by a unit test).
pub(crate) const SLOT_MUL: u64 = 0xaef1_7502_108e_f2d9;

/// The SplitMix64 output function (Stafford's "Mix13" finaliser): a
/// bijection of u64 that turns nearby inputs into unrelated outputs.
#[inline(always)]
pub(crate) fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The run key: the seed, mixed so that seeds 0, 1, 2… are unrelated.
#[inline]
pub(crate) fn run_key(seed: u64) -> u64 {
    mix64(seed ^ 0x5772_7468_6974_2131)
}

/// The key of one person of a run.
#[inline(always)]
pub(crate) fn person_key(run_key: u64, person: u64) -> u64 {
    mix64(run_key.wrapping_add(person.wrapping_mul(PERSON_MUL)))
}

/// The keys of people `start, start + 1, …` into `out`: [`person_key`]
/// of each.
///
/// On x86-64 processors with AVX-512 (F and DQ) the loop runs eight keys
/// wide on the processor's 64-bit multiplies; without DQ the compiler
/// would build each 64-bit product out of three 32-bit ones. Integer
/// arithmetic only, so every path gives the same keys (a test compares
/// them).
#[inline(always)]
pub(crate) fn person_keys(run_key: u64, start: u64, out: &mut [u64]) {
    #[cfg(all(target_arch = "x86_64", not(target_feature = "avx512dq")))]
    if out.len() >= crate::math::WIDE_MIN
        && std::is_x86_feature_detected!("avx512f")
        && std::is_x86_feature_detected!("avx512dq")
    {
        // SAFETY: the processor has just been checked for both features.
        unsafe { person_keys_avx512(run_key, start, out) };
        return;
    }
    person_keys_portable(run_key, start, out);
}

#[inline(always)]
pub(crate) fn person_keys_portable(run_key: u64, start: u64, out: &mut [u64]) {
    for (i, pk) in out.iter_mut().enumerate() {
        *pk = person_key(run_key, start.wrapping_add(i as u64));
    }
}

#[cfg(all(target_arch = "x86_64", not(target_feature = "avx512dq")))]
#[target_feature(enable = "avx512f,avx512dq")]
pub(crate) fn person_keys_avx512(run_key: u64, start: u64, out: &mut [u64]) {
    person_keys_portable(run_key, start, out);
}

/// Slot numbers: one per random variable of a person. Alternatives and
/// Gumbel noise get ranges so that adding an alternative never changes the
/// slots of the product or of earlier alternatives.
pub(crate) mod slot {
    /// Which segment the person belongs to.
    pub const SEGMENT: u64 = 0;
    /// How many screenshots the person views.
    pub const SCREENSHOTS: u64 = 1;
    /// The product's value.
    pub const VALUE: u64 = 2;
    /// The product's cost component `k` is `COST + k` (k in 0..6).
    pub const COST: u64 = 3;
    /// Gumbel noise of "none" (logit rule).
    pub const NOISE_NONE: u64 = 9;
    /// Gumbel noise of the product (logit rule).
    pub const NOISE_PRODUCT: u64 = 10;
    /// Gumbel noise of the product when a user re-decides (retention,
    /// logit rule).
    pub const NOISE_STAY: u64 = 11;
    /// When a disappointed user leaves (retention).
    pub const LEAVE: u64 = 12;
    /// The experience's own normal shock, for `correlations` giving
    /// `product.value`–`product.experience` a rho (`retention.rs`).
    pub const EXPERIENCE: u64 = 13;
    /// First slot of alternative `j`: `ALT + 8 j`, then value, six costs
    /// and noise at offsets 0, 1..=6 and 7.
    pub const ALT: u64 = 16;
    /// Slots per alternative.
    pub const ALT_STRIDE: u64 = 8;
    /// Offset of an alternative's Gumbel noise inside its block.
    pub const ALT_NOISE: u64 = 7;
}

/// SplitMix64's increment (the golden ratio in 64-bit fixed point).
pub(crate) const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// Run-wide streams, read at the position of a person.
pub(crate) mod stream {
    /// When each person hears of the product (adoption over time).
    pub const AWARE: u64 = 1;
    /// The screenshot-effect prior's draws (`robustness.rs`): word
    /// d·21 + 3·kind + field scales one effect field of draw d.
    pub const EFFECT_PRIOR: u64 = 2;
    /// The seed of each robustness draw (`robustness.rs`), word d.
    pub const DRAW_SEED: u64 = 3;
}

/// The key of run-wide stream `stream` (see [`stream`]).
#[inline]
pub(crate) fn stream_key(run_key: u64, stream: u64) -> u64 {
    mix64(run_key ^ mix64(stream.wrapping_mul(SLOT_MUL)))
}

/// Word `i` (0-based) of the SplitMix64 stream seeded with `key`: the
/// generator's (i + 1)-th output, read directly at any position. One mix
/// per word, where a person's own slot costs two (the person key, then the
/// slot), which matters for adoption over time: it reads every person's
/// word once per period.
#[inline(always)]
pub(crate) fn stream_word(key: u64, i: u64) -> u64 {
    mix64(key.wrapping_add(i.wrapping_add(1).wrapping_mul(GOLDEN)))
}

/// A SplitMix64 stream: word-for-word the generator
/// `rand_xoshiro::SplitMix64` (a unit test checks it), written out here so
/// that creating one per (person, slot) compiles to a single add.
#[derive(Debug, Clone)]
pub(crate) struct SlotRng {
    state: u64,
}

impl TryRng for SlotRng {
    type Error = Infallible;

    #[inline(always)]
    fn try_next_u32(&mut self) -> Result<u32, Infallible> {
        Ok((self.try_next_u64()? >> 32) as u32)
    }

    #[inline(always)]
    fn try_next_u64(&mut self) -> Result<u64, Infallible> {
        self.state = self.state.wrapping_add(GOLDEN);
        Ok(mix64(self.state))
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> Result<(), Infallible> {
        for chunk in dst.chunks_mut(8) {
            let w = self.try_next_u64()?.to_le_bytes();
            chunk.copy_from_slice(&w[..chunk.len()]);
        }
        Ok(())
    }
}

/// The random stream of one (person, slot) pair.
impl SlotRng {
    /// The stream's first word (what `next_u64` returns first), without
    /// advancing it: batch samplers read one word per person and slot.
    #[inline(always)]
    pub(crate) fn first_word(&self) -> u64 {
        mix64(self.state.wrapping_add(GOLDEN))
    }
}

#[inline(always)]
pub(crate) fn slot_rng(person_key: u64, slot: u64) -> SlotRng {
    SlotRng {
        state: person_key.wrapping_add(slot.wrapping_add(1).wrapping_mul(SLOT_MUL)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    /// The slot stream is SplitMix64 exactly (u64 words; u32 words are the
    /// high halves, which only the unused u32 samplers would read).
    #[test]
    fn slot_stream_is_splitmix64() {
        let key = 0x1234_5678_9abc_def0;
        let mut ours = SlotRng { state: key };
        let mut theirs = rand_xoshiro::SplitMix64::seed_from_u64(key);
        for _ in 0..100 {
            assert_eq!(ours.next_u64(), theirs.next_u64());
        }
        let mut bytes = [0u8; 13];
        SlotRng { state: key }.fill_bytes(&mut bytes);
        assert_eq!(
            bytes[..8],
            rand_xoshiro::SplitMix64::seed_from_u64(key)
                .next_u64()
                .to_le_bytes()
        );
    }

    /// Two slot streams of one person would share words if their start
    /// states differed by a small multiple of SplitMix64's increment. Check that no pair of
    /// slots among the first 1024 comes within 2^20 steps of another.
    #[test]
    fn slot_streams_do_not_overlap() {
        // Inverse of GOLDEN modulo 2^64 by Newton iteration.
        let mut inv: u64 = 1;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(GOLDEN.wrapping_mul(inv)));
        }
        assert_eq!(inv.wrapping_mul(GOLDEN), 1);
        for d in 1u64..1024 {
            let steps = d.wrapping_mul(SLOT_MUL).wrapping_mul(inv);
            let dist = steps.min(steps.wrapping_neg());
            assert!(dist > 1 << 20, "slots {d} apart overlap after {dist} steps");
        }
    }

    /// A run-wide stream read at position i is SplitMix64's word i.
    #[test]
    fn stream_words_are_splitmix64_at_any_position() {
        let key = stream_key(run_key(7), stream::AWARE);
        let mut theirs = rand_xoshiro::SplitMix64::seed_from_u64(key);
        for i in 0..100 {
            assert_eq!(stream_word(key, i), theirs.next_u64());
        }
        assert_ne!(key, stream_key(run_key(8), stream::AWARE));
        assert_ne!(key, run_key(7));
    }

    /// Every path of `person_keys` gives `person_key` of each person,
    /// for batches short and long, at any start (wrapping past 2^64 too).
    #[test]
    fn batch_keys_are_person_keys() {
        let run = run_key(11);
        for start in [0u64, 1, 63, 1 << 40, u64::MAX - 20] {
            for n in [1usize, 15, 16, 17, 64] {
                let mut out = vec![0u64; n];
                person_keys(run, start, &mut out);
                let want: Vec<u64> = (0..n as u64)
                    .map(|i| person_key(run, start.wrapping_add(i)))
                    .collect();
                assert_eq!(out, want, "start {start}, {n} keys");
                #[cfg(all(target_arch = "x86_64", not(target_feature = "avx512dq")))]
                if std::is_x86_feature_detected!("avx512f")
                    && std::is_x86_feature_detected!("avx512dq")
                {
                    let mut wide = vec![0u64; n];
                    // SAFETY: the processor has just been checked for both features.
                    unsafe { person_keys_avx512(run, start, &mut wide) };
                    assert_eq!(wide, want, "AVX-512, start {start}, {n} keys");
                } else if start == 0 && n == 1 {
                    // Said once, so a green run on a processor without
                    // AVX-512 does not pass for a check of the wide path.
                    eprintln!(
                        "skipped: no AVX-512 DQ here, only the portable key path was checked"
                    );
                }
            }
        }
    }

    #[test]
    fn streams_are_keyed_not_sequential() {
        let k = run_key(7);
        let a = slot_rng(person_key(k, 3), slot::VALUE).next_u64();
        let b = slot_rng(person_key(k, 3), slot::VALUE).next_u64();
        let c = slot_rng(person_key(k, 4), slot::VALUE).next_u64();
        let d = slot_rng(person_key(k, 3), slot::COST).next_u64();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
    }
}

//! The mixing steps of the models' feature hashes: a feature's template and values are
//! folded in with [`step`] and the result avalanched with [`finish`], which never returns
//! 0. The home bucket of a feature is its hash's low bits and its fingerprint the upper
//! 32 ([`crate::Table`]), so both halves must be well mixed. Changing either function
//! changes every feature: the shipped weights would have to be retrained.

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Multiplier that spreads a small template number over the hash's bits (2^64 / phi).
pub const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// Folds `x` into the running hash `h`.
#[inline(always)]
pub const fn step(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

/// Final avalanche (MurmurHash3's fmix64); never returns 0.
#[inline(always)]
pub const fn finish(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    h | 1
}

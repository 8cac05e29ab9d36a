//! A prefilter for the word sets and maps the stages ask about every token: most tokens
//! are on none of them, and a clear bit refuses such a word in a few instructions instead
//! of hashing all of it and probing a hash table.

/// A word's prefilter key: its length and first and last two bytes, through a
/// multiplicative hash whose top bits pick a filter's bit (every filter size takes its own
/// number of them). Working it out is most of the cost of asking a filter, so a stage that
/// asks many sets about the same token computes the key once per token (`sitrep-core` keeps
/// one beside each token) and asks through the `_keyed` entry points, which answer exactly
/// as the plain ones do for the key of the same word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordKey(u64);

impl WordKey {
    /// The key of `w`.
    #[inline(always)]
    pub fn of(w: &str) -> WordKey {
        let b = w.as_bytes();
        let n = b.len();
        let key = match n {
            0 => 0,
            1 => b[0] as u64,
            _ => {
                u16::from_le_bytes([b[0], b[1]]) as u64
                    | (u16::from_le_bytes([b[n - 2], b[n - 1]]) as u64) << 16
            }
        } | (n as u64) << 32;
        WordKey(key.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
}

/// A one-probe Bloom filter of a set of strings in `64 * W` bits, keyed by their length
/// and their first and last two bytes. A clear bit: the word is not in the set; a set bit
/// says only "maybe", and the set itself decides. It never refuses a member, so a set
/// asked through it answers exactly as before. The bits are inline (no pointer to follow).
#[derive(Debug, Clone)]
pub(crate) struct Prefilter<const W: usize> {
    bits: [u64; W],
}

/// The filter of a word list (at most 150 entries): 1,024 bits.
pub(crate) type ListFilter = Prefilter<16>;
/// The filter of a lexicon map (at most about 600 words): 8,192 bits.
pub(crate) type MapFilter = Prefilter<128>;

impl<const W: usize> Default for Prefilter<W> {
    /// The filter of the empty set.
    fn default() -> Prefilter<W> {
        Prefilter { bits: [0; W] }
    }
}

impl<const W: usize> Prefilter<W> {
    /// `64 - log2(64 * W)`: a word's bit is the top bits of a multiplicative hash.
    const SHIFT: u32 = 64 - (64 * W).trailing_zeros();

    /// The filter of `words`.
    pub(crate) fn of<'a>(words: impl Iterator<Item = &'a str>) -> Prefilter<W> {
        let mut f = Prefilter::default();
        for w in words {
            f.insert(w);
        }
        f
    }

    /// The filter of the words of a set or a map keyed by `Box<str>`.
    pub(crate) fn of_boxed<'a>(words: impl Iterator<Item = &'a Box<str>>) -> Prefilter<W> {
        Prefilter::of(words.map(|w| &**w))
    }

    /// A word's bit: the top bits of its key.
    #[inline(always)]
    fn bit(key: WordKey) -> usize {
        const { assert!(W.is_power_of_two()) };
        (key.0 >> Self::SHIFT) as usize
    }

    pub(crate) fn insert(&mut self, w: &str) {
        let i = Self::bit(WordKey::of(w));
        self.bits[i / 64] |= 1 << (i % 64);
    }

    /// False: `w` is not in the set. True: it may be.
    #[inline(always)]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        self.may_contain_key(WordKey::of(w))
    }

    /// [`Prefilter::may_contain`] of the word whose key this is.
    #[inline(always)]
    pub(crate) fn may_contain_key(&self, key: WordKey) -> bool {
        let i = Self::bit(key);
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_always_pass_and_most_others_do_not() {
        let words: Vec<String> = (0..500).map(|i| format!("w{i}x")).collect();
        let f = MapFilter::of(words.iter().map(|w| w.as_str()));
        assert!(words.iter().all(|w| f.may_contain(w)));
        let passed = (0..10_000)
            .filter(|i| f.may_contain(&format!("other{i}")))
            .count();
        assert!(passed < 1_000, "{passed} of 10,000 non-members passed");
        let mut g = ListFilter::default();
        for w in ["", "a", "é", "ab", "über"] {
            assert!(!g.may_contain(w) || w.is_empty());
            g.insert(w);
            assert!(g.may_contain(w));
        }
    }
}

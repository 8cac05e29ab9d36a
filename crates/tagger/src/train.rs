//! Averaged-perceptron training (used by `examples/train.rs`).
//!
//! Training data is the TSV written by `scripts/tagger/annotate.py`: one
//! `word<TAB>TAG` per line, a blank line between sentences, `#` comment
//! lines ignored. Training is greedy and uses the tagger's own predictions
//! for the previous-tag features (as at inference time). Sentence order is
//! shuffled each epoch with a fixed-seed generator, so training is
//! reproducible.

use crate::features::{
    dynamic_features, is_double_quote, static_features, Window, WordInfo, LEX_UNAMBIGUOUS,
    LEX_UNKNOWN, N_FEATURES,
};
use crate::model;
use crate::tag::Tag;
use crate::Tagger;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A tagged sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<Tag>,
    /// Whether whitespace preceded each word (true where the TSV has no
    /// third column).
    pub space_before: Vec<bool>,
}

/// Parses annotate.py's TSV. Sentences containing an unknown tag are
/// skipped; returns the sentences and the number skipped.
pub fn read_tsv(text: &str) -> (Vec<Sentence>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut cur = Sentence {
        words: Vec::new(),
        tags: Vec::new(),
        space_before: Vec::new(),
    };
    let mut bad = false;
    let mut flush = |cur: &mut Sentence, bad: &mut bool| {
        if !cur.words.is_empty() {
            if *bad {
                skipped += 1;
            } else {
                out.push(std::mem::replace(
                    cur,
                    Sentence {
                        words: Vec::new(),
                        tags: Vec::new(),
                        space_before: Vec::new(),
                    },
                ));
            }
        }
        cur.words.clear();
        cur.tags.clear();
        cur.space_before.clear();
        *bad = false;
    };
    for line in text.lines() {
        if line.starts_with("# doc") {
            flush(&mut cur, &mut bad);
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut cur, &mut bad);
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(word), Some(tag)) = (cols.next(), cols.next()) else {
            bad = true;
            continue;
        };
        match Tag::from_ptb(tag) {
            Some(t) => {
                cur.words.push(word.to_string());
                cur.tags.push(t);
                cur.space_before.push(cols.next() != Some("0"));
            }
            None => bad = true,
        }
    }
    flush(&mut cur, &mut bad);
    (out, skipped)
}

/// Feature keys are already well-mixed 64-bit hashes: use them as-is.
#[derive(Default)]
struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type FeatureMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

#[derive(Clone, Copy)]
struct Cell {
    tag: u8,
    weight: f32,
    /// Sum of the weight over all steps up to `stamp`.
    total: f64,
    stamp: u64,
}

/// An averaged perceptron being trained.
#[derive(Default)]
pub struct Perceptron {
    weights: FeatureMap<Vec<Cell>>,
    /// Lexicon: `WordInfo::exact` -> `WordInfo::lex` value.
    dict: FeatureMap<u8>,
    /// Number of tokens seen so far (the averaging clock).
    clock: u64,
}

impl Perceptron {
    /// Builds the lexicon: each word seen at least `lex_min_count` times
    /// gets its most frequent tag; those seen at least `dict_min_count`
    /// times with one tag at least `dict_min_ratio` of the time are
    /// flagged as tag-dictionary words. Call before training.
    pub fn build_lexicon(
        &mut self,
        data: &[Sentence],
        lex_min_count: usize,
        dict_min_count: usize,
        dict_min_ratio: f64,
    ) {
        let mut counts: FeatureMap<[u32; Tag::COUNT]> = FeatureMap::default();
        for s in data {
            for (w, &t) in s.words.iter().zip(&s.tags) {
                counts
                    .entry(WordInfo::new(w).exact)
                    .or_insert([0; Tag::COUNT])[t as usize] += 1;
            }
        }
        self.dict.clear();
        for (k, c) in counts {
            let total: u32 = c.iter().sum();
            let best = crate::argmax(&c);
            if (total as usize) < lex_min_count.max(1) {
                continue;
            }
            let unambiguous =
                total as usize >= dict_min_count && c[best] as f64 >= dict_min_ratio * total as f64;
            let flag = if unambiguous { LEX_UNAMBIGUOUS } else { 0 };
            self.dict.insert(k, best as u8 | flag);
        }
    }

    /// The lexicon (`exact` hash -> `WordInfo::lex` value), sorted by key.
    pub fn lexicon(&self) -> Vec<(u64, u8)> {
        let mut d: Vec<(u64, u8)> = self.dict.iter().map(|(&k, &t)| (k, t)).collect();
        d.sort();
        d
    }

    fn scores(&self, feats: &[u64; N_FEATURES]) -> [f32; Tag::COUNT] {
        let mut s = [0f32; Tag::COUNT];
        for f in feats {
            if let Some(cells) = self.weights.get(f) {
                for c in cells {
                    s[c.tag as usize] += c.weight;
                }
            }
        }
        s
    }

    fn bump(&mut self, feat: u64, tag: usize, delta: f32) {
        let clock = self.clock;
        let cells = self.weights.entry(feat).or_default();
        let cell = match cells.iter().position(|c| c.tag as usize == tag) {
            Some(p) => &mut cells[p],
            None => {
                cells.push(Cell {
                    tag: tag as u8,
                    weight: 0.0,
                    total: 0.0,
                    stamp: clock,
                });
                cells.last_mut().unwrap()
            }
        };
        cell.total += (clock - cell.stamp) as f64 * cell.weight as f64;
        cell.stamp = clock;
        cell.weight += delta;
    }

    /// One greedy pass over a sentence, updating on every mistake. Returns
    /// the number of correctly predicted tokens.
    pub fn learn(&mut self, sentence: &Sentence) -> usize {
        let words: Vec<&str> = sentence.words.iter().map(String::as_str).collect();
        // Moved out so the lookup closure does not borrow `self`.
        let dict = std::mem::take(&mut self.dict);
        let lexicon = |exact| dict.get(&exact).copied().unwrap_or(LEX_UNKNOWN);
        let mut win = Window::start(&words, &lexicon);
        let mut feats = [0u64; N_FEATURES];
        let (mut t1, mut t2) = (Tag::COUNT, Tag::COUNT + 1);
        let mut quotes = 0usize;
        let mut correct = 0;
        for (i, &gold) in sentence.tags.iter().enumerate() {
            let lex = win.w[2].lex;
            if lex & LEX_UNAMBIGUOUS != 0 {
                let t = lex & !LEX_UNAMBIGUOUS;
                // Dictionary words are tagged by lookup at inference time
                // too: nothing to learn, but their tag feeds the context.
                correct += (t == gold as u8) as usize;
                t2 = t1;
                t1 = t as usize;
                quotes += is_double_quote(&win.w[2]) as usize;
                win.advance(&words, i, &lexicon);
                continue;
            }
            static_features(&win, i, words.len(), quotes, &mut feats);
            dynamic_features(&win, t1, t2, &mut feats);
            let guess = crate::argmax(&self.scores(&feats));
            self.clock += 1;
            let gold = gold as usize;
            if guess == gold {
                correct += 1;
            } else {
                for &f in &feats {
                    self.bump(f, gold, 1.0);
                    self.bump(f, guess, -1.0);
                }
            }
            t2 = t1;
            t1 = guess;
            quotes += is_double_quote(&win.w[2]) as usize;
            win.advance(&words, i, &lexicon);
        }
        self.dict = dict;
        correct
    }

    /// Trains for `epochs` passes, shuffling with a fixed seed; `report` is
    /// called after each epoch with (epoch, training accuracy).
    pub fn train(&mut self, data: &[Sentence], epochs: usize, mut report: impl FnMut(usize, f64)) {
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = 0x2545_F491_4F6C_DD1Du64;
        for epoch in 0..epochs {
            // Fisher-Yates with xorshift64*.
            for i in (1..order.len()).rev() {
                rng ^= rng >> 12;
                rng ^= rng << 25;
                rng ^= rng >> 27;
                let r = rng.wrapping_mul(0x2545_F491_4F6C_DD1D);
                order.swap(i, (r % (i as u64 + 1)) as usize);
            }
            let (mut ok, mut n) = (0usize, 0usize);
            for &k in &order {
                ok += self.learn(&data[k]);
                n += data[k].tags.len();
            }
            report(epoch + 1, ok as f64 / n.max(1) as f64);
        }
    }

    /// Averaged weights: feature -> [(tag, weight)], sorted by key.
    pub fn averaged(&self) -> Vec<(u64, Vec<(Tag, f32)>)> {
        let clock = self.clock.max(1);
        let mut out: Vec<(u64, Vec<(Tag, f32)>)> = self
            .weights
            .iter()
            .map(|(&k, cells)| {
                let mut v: Vec<(Tag, f32)> = cells
                    .iter()
                    .map(|c| {
                        let total = c.total + (clock - c.stamp) as f64 * c.weight as f64;
                        (Tag::ALL[c.tag as usize], (total / clock as f64) as f32)
                    })
                    .collect();
                v.sort_by_key(|(t, _)| *t);
                (k, v)
            })
            .collect();
        out.sort_by_key(|(k, _)| *k);
        out
    }
}

/// Prunes weights with `|w| < min_weight`, quantises the rest to `i16`
/// and serialises them in the weights-file format.
pub fn export(
    averaged: &[(u64, Vec<(Tag, f32)>)],
    lexicon: &[(u64, u8)],
    min_weight: f32,
) -> Vec<u8> {
    let max = averaged
        .iter()
        .flat_map(|(_, v)| v.iter().map(|(_, w)| w.abs()))
        .fold(0f32, f32::max)
        .max(f32::MIN_POSITIVE);
    let scale = max / i16::MAX as f32;
    let feats: Vec<(u64, Vec<(Tag, i16)>)> = averaged
        .iter()
        .map(|(k, v)| {
            let q = v
                .iter()
                .filter(|(_, w)| w.abs() >= min_weight)
                .map(|&(t, w)| (t, (w / scale).round() as i16))
                .filter(|&(_, q)| q != 0)
                .collect();
            (*k, q)
        })
        .collect();
    model::write(&feats, lexicon, scale)
}

/// Token accuracy of `tagger` on `data`: (correct, total). With `spaced`
/// the sentences' whitespace is passed on ([`Tagger::tag_spaced`]).
pub fn evaluate(tagger: &Tagger, data: &[Sentence], spaced: bool) -> (usize, usize) {
    let (mut ok, mut n) = (0, 0);
    let mut out = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    for s in data {
        words.clear();
        words.extend(s.words.iter().map(String::as_str));
        if spaced {
            tagger.tag_spaced(&words, &s.space_before, &mut out);
        } else {
            tagger.tag(&words, &mut out);
        }
        ok += out.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        n += s.tags.len();
    }
    (ok, n)
}

/// The most frequent (gold, predicted) confusions of `tagger` on `data`,
/// most frequent first.
pub fn confusions(tagger: &Tagger, data: &[Sentence], top: usize) -> Vec<(Tag, Tag, usize)> {
    let mut counts: HashMap<(Tag, Tag), usize> = HashMap::new();
    let mut out = Vec::new();
    for s in data {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        tagger.tag(&words, &mut out);
        for (&p, &g) in out.iter().zip(&s.tags) {
            if p != g {
                *counts.entry((g, p)).or_default() += 1;
            }
        }
    }
    let mut v: Vec<(Tag, Tag, usize)> = counts.into_iter().map(|((g, p), n)| (g, p, n)).collect();
    v.sort_by(|a, b| b.2.cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    v.truncate(top);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tsv_and_skips_bad_sentences() {
        let text =
            "# doc 0\nThe\tDT\ncat\tNN\n\nA\tDT\ndog\tBOGUS\n\n# doc 1\nHi\tUH\t1\n!\t.\t0\n";
        let (s, skipped) = read_tsv(text);
        assert_eq!(skipped, 1);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["The", "cat"]);
        assert_eq!(s[0].tags, [Tag::DT, Tag::NN]);
        assert_eq!(s[1].tags, [Tag::UH, Tag::Period]);
        assert_eq!(s[1].space_before, [true, false]);
        assert_eq!(s[0].space_before, [true, true]);
    }

    #[test]
    fn learns_a_toy_language_and_round_trips_through_the_file_format() {
        let (data, _) = read_tsv(
            "the\tDT\ndog\tNN\nbarks\tVBZ\n.\t.\n\n\
             a\tDT\ncat\tNN\nsleeps\tVBZ\n.\t.\n\n\
             the\tDT\ncat\tNN\nbarks\tVBZ\n!\t.\n",
        );
        let mut p = Perceptron::default();
        p.train(&data, 10, |_, _| {});
        let bytes = export(&p.averaged(), &[], 0.0);
        let tagger = Tagger::from_bytes(&bytes).unwrap();
        let (ok, n) = evaluate(&tagger, &data, false);
        assert_eq!(ok, n);
        assert_eq!(
            tagger.tag_vec(&["a", "dog", "sleeps", "."]),
            [Tag::DT, Tag::NN, Tag::VBZ, Tag::Period]
        );
        // Export is deterministic.
        assert_eq!(bytes, export(&p.averaged(), &[], 0.0));
    }
}

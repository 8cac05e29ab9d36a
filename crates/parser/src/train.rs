//! Averaged-perceptron training with a dynamic oracle (used by
//! `examples/parser_train.rs`), and evaluation against reference trees.
//!
//! Training data is the TSV written by `scripts/parser/annotate.py`:
//! `word<TAB>TAG<TAB>S<TAB>HEAD<TAB>DEPREL` per token, a blank line between
//! sentences, `# doc SOURCE N` before each document and `# skip` before a
//! sentence whose projected tree is unusable. The features see the tags of
//! sitrep's own tagger (as at parse time), not the reference tags.
//!
//! Each step scores the valid transitions, asks the dynamic oracle which of
//! them lose no reachable gold arc, and updates when the prediction does.
//! From the second epoch on, a wrong prediction is followed with probability
//! 0.9 (exploration), so the model learns to recover from its own errors.
//! Sentence order and exploration use a fixed-seed generator: training is
//! reproducible.

use crate::rel::Rel;
use crate::state::{comma_counts, State, Tok, N_FEATURES, SHIFT};
use crate::{model, Parser, Scratch, Tree};
use sitrep_tagger::{Tag, Tagger};
use std::collections::HashMap;

/// A sentence with its reference tree.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub words: Vec<String>,
    pub space_before: Vec<bool>,
    /// Reference tags (the annotator's), used to leave punctuation out of
    /// the attachment scores.
    pub tags: Vec<Tag>,
    /// Head of each word, `None` for the root.
    pub heads: Vec<Option<usize>>,
    pub rels: Vec<Rel>,
    /// The document's source ("synthetic", "voa", "examples").
    pub source: String,
}

/// Parses annotate.py's TSV. Returns the usable sentences and the number
/// skipped (marked `# skip`, unknown tags or labels, malformed lines).
pub fn read_tsv(text: &str) -> (Vec<Sentence>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    let mut source = String::new();
    let mut cur: Option<Sentence> = None;
    let mut bad = false;
    let mut flush = |cur: &mut Option<Sentence>, bad: &mut bool, out: &mut Vec<Sentence>| {
        if let Some(s) = cur.take() {
            if *bad || s.words.is_empty() {
                skipped += 1;
            } else {
                out.push(s);
            }
        }
        *bad = false;
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# doc ") {
            flush(&mut cur, &mut bad, &mut out);
            source = rest.split(' ').next().unwrap_or("").to_string();
            continue;
        }
        if line == "# skip" {
            flush(&mut cur, &mut bad, &mut out);
            bad = true;
            continue;
        }
        if line.trim().is_empty() {
            flush(&mut cur, &mut bad, &mut out);
            continue;
        }
        let s = cur.get_or_insert_with(|| Sentence {
            words: Vec::new(),
            space_before: Vec::new(),
            tags: Vec::new(),
            heads: Vec::new(),
            rels: Vec::new(),
            source: source.clone(),
        });
        let cols: Vec<&str> = line.split('\t').collect();
        let parsed = (cols.len() == 5)
            .then(|| {
                Some((
                    Tag::from_ptb(cols[1])?,
                    cols[3].parse::<usize>().ok()?,
                    Rel::from_name(cols[4])?,
                ))
            })
            .flatten();
        match parsed {
            Some((tag, head, rel)) => {
                s.words.push(cols[0].to_string());
                s.space_before.push(cols[2] != "0");
                s.tags.push(tag);
                s.heads.push(head.checked_sub(1));
                s.rels.push(rel);
            }
            None => bad = true,
        }
    }
    flush(&mut cur, &mut bad, &mut out);
    // Heads must point inside the sentence.
    let before = out.len();
    out.retain(|s| s.heads.iter().all(|h| h.is_none_or(|h| h < s.words.len())));
    let dropped = before - out.len();
    (out, skipped + dropped)
}

/// Whether the tree has no crossing arcs (the transition system only builds
/// projective trees, and the oracle is exact only for them).
pub fn is_projective(heads: &[Option<usize>]) -> bool {
    let n = heads.len();
    let arcs: Vec<(usize, usize)> = heads
        .iter()
        .enumerate()
        .map(|(d, h)| {
            let h = h.unwrap_or(n);
            (d.min(h), d.max(h))
        })
        .collect();
    for &(a, b) in &arcs {
        for &(c, d) in &arcs {
            if a < c && c < b && b < d {
                return false;
            }
        }
    }
    true
}

/// The sentence's words as parser tokens, tagged by sitrep's tagger.
pub fn tokens(tagger: &Tagger, s: &Sentence) -> Vec<Tok> {
    let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
    let mut tags = Vec::new();
    tagger.tag_spaced(&words, &s.space_before, &mut tags);
    words
        .iter()
        .zip(&tags)
        .map(|(w, &t)| Tok::new(w, t))
        .collect()
}

struct Weight {
    class: u8,
    w: f32,
    total: f64,
    stamp: u64,
}

/// Small deterministic generator (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Training options.
#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    pub seed: u64,
    /// Probability of following a wrong prediction (from epoch 2 on).
    pub explore: f64,
    /// Feature positions (in [`State::features`] order) left out of training, to
    /// measure what a template is worth before removing it from the code.
    pub dropped: Vec<usize>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            epochs: 10,
            seed: 0x5eed_0001,
            explore: 0.9,
            dropped: Vec::new(),
        }
    }
}

/// An averaged perceptron being trained.
pub struct Trainer {
    labels: Vec<Rel>,
    weights: HashMap<u64, Vec<Weight>>,
    instances: u64,
}

impl Default for Trainer {
    fn default() -> Self {
        Self::new()
    }
}

impl Trainer {
    pub fn new() -> Trainer {
        Trainer {
            labels: Rel::ALL.to_vec(),
            weights: HashMap::new(),
            instances: 0,
        }
    }

    fn n_classes(&self) -> usize {
        1 + 2 * self.labels.len()
    }

    fn score(&self, feats: &[u64; N_FEATURES], scores: &mut [f32]) {
        scores.fill(0.0);
        // Key 0 marks a feature left out (`Options::dropped`); real keys are odd.
        for f in feats.iter().filter(|&&f| f != 0) {
            if let Some(ws) = self.weights.get(f) {
                for w in ws {
                    scores[w.class as usize] += w.w;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u64; N_FEATURES], class: usize, delta: f32) {
        let now = self.instances;
        for &f in feats.iter().filter(|&&f| f != 0) {
            let ws = self.weights.entry(f).or_default();
            let w = match ws.iter().position(|w| w.class as usize == class) {
                Some(i) => &mut ws[i],
                None => {
                    ws.push(Weight {
                        class: class as u8,
                        w: 0.0,
                        total: 0.0,
                        stamp: now,
                    });
                    ws.last_mut().expect("just pushed")
                }
            };
            w.total += (now - w.stamp) as f64 * w.w as f64;
            w.stamp = now;
            w.w += delta;
        }
    }

    /// Trains on `data` (sentences with their tokens); prints progress to
    /// stderr. Non-projective sentences are skipped.
    pub fn train(&mut self, data: &[(Sentence, Vec<Tok>)], opts: &Options) {
        let mut rng = Rng(opts.seed | 1);
        let usable: Vec<usize> = (0..data.len())
            .filter(|&i| is_projective(&data[i].0.heads))
            .collect();
        eprintln!(
            "training on {} sentences ({} non-projective skipped)",
            usable.len(),
            data.len() - usable.len()
        );
        let label_index: HashMap<Rel, u8> = self
            .labels
            .iter()
            .enumerate()
            .map(|(i, &r)| (r, i as u8))
            .collect();
        let mut order = usable.clone();
        let mut state = State::new();
        let mut commas = Vec::new();
        let mut scores = vec![0f32; self.n_classes()];
        let mut feats = [0u64; N_FEATURES];
        let mut gold = Vec::new();
        let mut gold_labels = Vec::new();
        for epoch in 0..opts.epochs {
            // Fisher-Yates with the fixed-seed generator.
            for i in (1..order.len()).rev() {
                let j = (rng.next() % (i as u64 + 1)) as usize;
                order.swap(i, j);
            }
            let (mut steps, mut errors) = (0u64, 0u64);
            for &si in &order {
                let (s, toks) = &data[si];
                let n = toks.len();
                gold.clear();
                gold.extend(s.heads.iter().map(|h| h.unwrap_or(n) as u32));
                gold_labels.clear();
                gold_labels.extend(s.rels.iter().map(|r| label_index[r]));
                comma_counts(toks, &mut commas);
                state.reset(n);
                while !state.is_final() {
                    state.features(toks, &commas, &mut feats);
                    for &d in &opts.dropped {
                        feats[d] = 0;
                    }
                    self.score(&feats, &mut scores);
                    let [c_shift, c_left, c_right] = state.costs(&gold);
                    let s0 = *state.stack.last().expect("non-empty stack") as usize;
                    let s1 = state.stack.len().checked_sub(2).map(|k| state.stack[k]);
                    let cost = |c: usize| -> u32 {
                        if c == SHIFT {
                            return c_shift;
                        }
                        let label = ((c - 1) / 2) as u8;
                        let wrong_label = s0 < n && gold_labels[s0] != label;
                        if c % 2 == 1 {
                            c_left + u32::from(wrong_label && gold[s0] as usize == state.b)
                        } else {
                            c_right + u32::from(wrong_label && Some(gold[s0]) == s1)
                        }
                    };
                    let (mut pred, mut best) = (usize::MAX, usize::MAX);
                    let (mut pred_cost, mut best_cost) = (0, u32::MAX);
                    for c in 0..scores.len() {
                        if !state.valid(c) {
                            continue;
                        }
                        let k = cost(c);
                        if pred == usize::MAX || scores[c] > scores[pred] {
                            pred = c;
                            pred_cost = k;
                        }
                        if k < best_cost || (k == best_cost && scores[c] > scores[best]) {
                            best = c;
                            best_cost = k;
                        }
                    }
                    self.instances += 1;
                    steps += 1;
                    let next = if pred_cost > best_cost {
                        errors += 1;
                        self.update(&feats, best, 1.0);
                        self.update(&feats, pred, -1.0);
                        if epoch >= 1 && rng.unit() < opts.explore {
                            pred
                        } else {
                            best
                        }
                    } else {
                        pred
                    };
                    state.apply(next);
                }
            }
            eprintln!(
                "epoch {}: {:.2}% transitions wrong, {} features",
                epoch + 1,
                100.0 * errors as f64 / steps.max(1) as f64,
                self.weights.len()
            );
        }
    }

    /// Averages, prunes weights with |w| < `min_weight`, quantises to `i16`
    /// and writes the weights file image.
    pub fn finish(&self, min_weight: f32) -> Vec<u8> {
        let now = self.instances.max(1);
        let mut feats: Vec<(u64, Vec<(u8, f32)>)> = Vec::with_capacity(self.weights.len());
        let mut max = 0f32;
        for (&k, ws) in &self.weights {
            let mut e = Vec::new();
            for w in ws {
                let total = w.total + (now - w.stamp) as f64 * w.w as f64;
                // Scaled by 1000 so thresholds read as "updates per 1000 instances".
                let avg = (total / now as f64 * 1000.0) as f32;
                if avg.abs() >= min_weight {
                    max = max.max(avg.abs());
                    e.push((w.class, avg));
                }
            }
            if !e.is_empty() {
                feats.push((k, e));
            }
        }
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let quantised: Vec<(u64, Vec<(u8, i16)>)> = feats
            .into_iter()
            .map(|(k, e)| {
                let e = e
                    .into_iter()
                    .map(|(c, w)| (c, (w / scale).round().clamp(-32767.0, 32767.0) as i16))
                    .filter(|&(_, q)| q != 0)
                    .collect();
                (k, e)
            })
            .collect();
        model::write(&self.labels, &quantised, scale)
    }
}

/// Attachment scores of a parser against reference trees.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub sentences: usize,
    /// Words scored (punctuation excluded).
    pub words: usize,
    pub head_right: usize,
    pub both_right: usize,
    /// Per relation: (reference count, predicted with right head and label).
    pub per_rel: HashMap<Rel, (usize, usize)>,
    pub seconds: f64,
}

impl Scores {
    pub fn uas(&self) -> f64 {
        self.head_right as f64 / self.words.max(1) as f64
    }
    pub fn las(&self) -> f64 {
        self.both_right as f64 / self.words.max(1) as f64
    }
}

/// What each feature position (in [`State::features`] order) is worth to a
/// trained model: `hits[k]` counts the scored states whose feature `k` has
/// stored weights, and `without[k]` are the attachment scores when feature `k`
/// alone is left out at parse time (the model not retrained, so the loss is an
/// upper bound of what retraining without it costs). Parses with every feature
/// scored afresh in every state (the plain reading of the model).
pub struct Ablation {
    pub states: u64,
    pub hits: Vec<u64>,
    pub full: Scores,
    pub without: Vec<Scores>,
}

/// Measures [`Ablation`] over `data` (slow: one parse of `data` per feature).
pub fn ablate(parser: &Parser, data: &[(Sentence, Vec<Tok>)]) -> Ablation {
    let mut states = 0u64;
    let mut hits = vec![0u64; N_FEATURES];
    let full = score_trees(
        data,
        data.iter()
            .map(|(_, toks)| parse_masked(parser, toks, &[], &mut states, &mut hits))
            .collect(),
    );
    let without = (0..N_FEATURES)
        .map(|k| {
            let (mut s, mut h) = (0u64, vec![0u64; N_FEATURES]);
            let trees = data
                .iter()
                .map(|(_, toks)| parse_masked(parser, toks, &[k], &mut s, &mut h))
                .collect();
            score_trees(data, trees)
        })
        .collect();
    Ablation {
        states,
        hits,
        full,
        without,
    }
}

/// Attachment scores with every feature position of `masked` left out at
/// once (the model not retrained), to check a set of templates chosen from
/// [`ablate`]'s one-at-a-time losses before retraining without them.
pub fn evaluate_without(
    parser: &Parser,
    data: &[(Sentence, Vec<Tok>)],
    masked: &[usize],
) -> Scores {
    let (mut s, mut h) = (0u64, vec![0u64; N_FEATURES]);
    let trees = data
        .iter()
        .map(|(_, toks)| parse_masked(parser, toks, masked, &mut s, &mut h))
        .collect();
    score_trees(data, trees)
}

/// The plain reading of the model with the feature positions `masked` left out,
/// counting scored states and the features found in the table.
fn parse_masked(
    parser: &Parser,
    toks: &[Tok],
    masked: &[usize],
    states: &mut u64,
    hits: &mut [u64],
) -> Tree {
    let n = toks.len();
    let mut commas = Vec::new();
    comma_counts(toks, &mut commas);
    let mut state = State::new();
    state.reset(n);
    let mut feats = [0u64; N_FEATURES];
    let mut scores = vec![0i32; parser.table.n_classes()];
    while !state.is_final() {
        if let Some(c) = state.forced() {
            state.apply(c);
            continue;
        }
        state.features(toks, &commas, &mut feats);
        *states += 1;
        for (k, &f) in feats.iter().enumerate() {
            if !parser.table.lookup(f).is_empty() {
                hits[k] += 1;
            }
        }
        scores.fill(0);
        // One feature at a time: no key value is sure to be absent from the
        // table (the bias feature's hash is 1, and 0 probes onto it).
        for (k, &f) in feats.iter().enumerate() {
            if !masked.contains(&k) {
                parser.table.score(&[f], &mut scores);
            }
        }
        let best = crate::best_valid(&state, &scores);
        state.apply(best);
    }
    let heads: Vec<Option<usize>> = state.heads[..n]
        .iter()
        .map(|&h| (h as usize != n).then_some(h as usize))
        .collect();
    let rels: Vec<Rel> = state.labels[..n]
        .iter()
        .map(|&l| parser.labels[l as usize])
        .collect();
    Tree::from_parts(&heads, &rels)
}

/// Parses every sentence with `parser` and compares with the reference,
/// leaving punctuation (by reference tag) out, as is customary.
pub fn evaluate(parser: &Parser, data: &[(Sentence, Vec<Tok>)]) -> Scores {
    let mut scratch = Scratch::default();
    let mut tree = Tree::default();
    let mut trees = Vec::with_capacity(data.len());
    let t0 = std::time::Instant::now();
    for (_, toks) in data {
        parser.parse_toks(toks, &mut scratch, &mut tree);
        trees.push(tree.clone());
    }
    let mut sc = score_trees(data, trees);
    sc.seconds = t0.elapsed().as_secs_f64();
    sc
}

/// Attachment scores of `trees` (one per sentence of `data`).
fn score_trees(data: &[(Sentence, Vec<Tok>)], trees: Vec<Tree>) -> Scores {
    let mut sc = Scores::default();
    for ((s, _), tree) in data.iter().zip(&trees) {
        sc.sentences += 1;
        for i in 0..s.words.len() {
            if s.tags[i].is_punct() {
                continue;
            }
            sc.words += 1;
            let e = sc.per_rel.entry(s.rels[i]).or_default();
            e.0 += 1;
            if tree.head(i) == s.heads[i] {
                sc.head_right += 1;
                if tree.rel(i) == s.rels[i] {
                    sc.both_right += 1;
                    e.1 += 1;
                }
            }
        }
    }
    sc
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A few sentences in annotate.py's TSV, trees written by hand.
    const TSV: &str = "# doc synthetic 0
Russia\tNNP\t1\t2\tnsubj
attacked\tVBD\t1\t0\tROOT
Ukraine\tNNP\t1\t2\tdobj
.\t.\t0\t2\tpunct

Police\tNNS\t1\t2\tnsubj
dispersed\tVBD\t1\t0\tROOT
the\tDT\t1\t4\tdet
protesters\tNNS\t1\t2\tdobj
in\tIN\t1\t2\tprep
Tbilisi\tNNP\t1\t5\tpobj
.\t.\t0\t2\tpunct

The\tDT\t1\t2\tdet
envoy\tNN\t1\t3\tnsubj
said\tVBD\t1\t0\tROOT
talks\tNNS\t1\t5\tnsubj
failed\tVBD\t1\t3\tccomp
.\t.\t0\t3\tpunct
";

    fn data() -> Vec<(Sentence, Vec<Tok>)> {
        let (sents, skipped) = read_tsv(TSV);
        assert_eq!((sents.len(), skipped), (3, 0));
        let tagger = Tagger::builtin();
        sents
            .into_iter()
            .map(|s| {
                let t = tokens(tagger, &s);
                (s, t)
            })
            .collect()
    }

    /// Training with `Options::dropped` stores no weight for the left-out
    /// positions' features in any state, and still learns the others.
    #[test]
    fn dropped_positions_get_no_weights() {
        let data = data();
        let dropped = vec![2, 14, N_FEATURES - 1];
        let mut trainer = Trainer::new();
        let opts = Options {
            epochs: 3,
            dropped: dropped.clone(),
            ..Options::default()
        };
        trainer.train(&data, &opts);
        let parser = Parser::from_bytes(&trainer.finish(1.0)).expect("fresh weights load");
        let mut with_weights = vec![0usize; N_FEATURES];
        let mut feats = [0u64; N_FEATURES];
        let mut commas = Vec::new();
        for (s, toks) in &data {
            let n = toks.len();
            comma_counts(toks, &mut commas);
            // Walk the gold derivation, which visits the states training scored
            // first.
            let gold: Vec<u32> = s.heads.iter().map(|h| h.unwrap_or(n) as u32).collect();
            let mut state = State::new();
            state.reset(n);
            while !state.is_final() {
                state.features(toks, &commas, &mut feats);
                for (k, &f) in feats.iter().enumerate() {
                    if !parser.feature_weights(f).is_empty() {
                        with_weights[k] += 1;
                    }
                }
                let [shift, left, right] = state.costs(&gold);
                let c = if state.valid(SHIFT) && shift == 0 {
                    SHIFT
                } else if state.valid(3) && left == 0 {
                    3
                } else if state.valid(4) && right == 0 {
                    4
                } else {
                    2
                };
                state.apply(c);
            }
        }
        for &k in &dropped {
            assert_eq!(with_weights[k], 0, "dropped position {k} has weights");
        }
        // The bias and the word features of the stack top and the buffer front.
        for k in [0, 1, 7] {
            assert!(with_weights[k] > 0, "position {k} learnt nothing");
        }
    }

    /// The plain reading with nothing left out parses as the parser does, and
    /// the ablation's full model is that reading.
    #[test]
    fn evaluate_without_nothing_is_evaluate() {
        let data = data();
        let parser = Parser::builtin();
        let plain = evaluate_without(parser, &data, &[]);
        let fast = evaluate(parser, &data);
        assert_eq!(
            (plain.words, plain.head_right, plain.both_right),
            (fast.words, fast.head_right, fast.both_right)
        );
        assert!(fast.words > 10);
        let ablation = ablate(parser, &data);
        assert_eq!(ablation.full.head_right, fast.head_right);
        assert_eq!(ablation.without.len(), N_FEATURES);
        assert_eq!(
            ablation.hits[0], ablation.states,
            "the bias is in every state"
        );
    }
}

//! Trains the sentence-level category detector (`crates/core/src/detector.rs`) and writes
//! its weights (`crates/core/data/detector.bin`). The recipe, documented in
//! `scripts/detector/README.md`:
//!
//! ```text
//! cargo run -p sitrep-core --example train_detector -- [--out crates/core/data/detector.bin] [--backstop]
//! ```
//!
//! run from the repository root (`../shared` beside it). Deterministic: files in sorted
//! order, a fixed seed for the order of examples, fixed epochs, integer-quantised weights.
//!
//! Data (every line goes through the engine's own pipeline, so features are the ones the
//! backstop reads at run time):
//! - the hand-coded lines of `crates/core/tests/*/*.txt` in every format they use
//!   (`CATEGORY|...|text`, `CATEGORY CAMEO PARTIES | text`, passages `CAT A>B, CAT A>B|text`,
//!   `NONE ...`), except the detector's own blind sets (`tests/detector_backstop/`,
//!   `tests/backstop_parties/`), the
//!   golden stories and `lexicon_senses/codes.txt`; a line names the categories it expects
//!   (positive for the sentence of the paragraph that scores highest for them), `!CAT` a denied
//!   act (neither positive nor negative), NONE a paragraph with no event (negative for all);
//!   the other categories are negatives except those the rules coded in the sentence (a line
//!   names the one event it scores, not every event it holds);
//! - the golden dev stories (`golden/voa/`, `golden/voa-issue9/`, `golden/features-blind/`,
//!   `golden/seed.json`): every body sentence labelled with the categories of the events
//!   coded in it, the others negatives (the coding is complete). Never `voa-wave2/`,
//!   `voa-wave3/` (held out) or `wire-blind/` (the story-level blind check);
//! - the NGEC synthetic stories with an even index (the odd ones are the evaluation half):
//!   one label per story, multiple-instance: the story's sentence the current model scores
//!   highest for the label (at the first epoch: the first sentence where the rules coded it,
//!   else the lead sentence) is its positive; the story's other sentences that the rules left
//!   empty are negatives for the other categories and never for the label (a story about a
//!   strike tells the strike more than once), which taught the model most of what it knows of
//!   background sentences (out-of-fold story precision 16/131 -> 6/16 at the chosen offset).
//!
//! A fixed 15% of the labelled lines and of the golden dev stories (by a hash of the text or
//! id) is kept out of training: the tuning split, where each category's threshold is chosen
//! (the lowest score whose detections among the tuning lines' sentences with a party are
//! right at least 70% of the time) and the backstop's own precision and recall are reported.
//! One offset over every threshold is then chosen for stories on the golden dev stories
//! scored out of fold (`scripts/detector/README.md`); it is written only with `--backstop`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use sitrep_core::detector::{Detector, BUCKETS, CATEGORIES, N};
use sitrep_core::{DetectorSentence, Pipeline};
use sitrep_record::InputDocument;

const EPOCHS: usize = 8;
const SEED: u64 = 0x5eed_d37e;
const TUNE_PERCENT: u64 = 15;
const TARGET_PRECISION: f64 = 0.7;
const FOLDS: u64 = 5;
const GOLDEN_WEIGHT: f32 = 3.0;
const NGEC_NEGATIVES: bool = true;
/// The backstop's precision wanted among a story's sentences: the break-even of the keep
/// rule (precision may fall by no more than recall rises) at the golden dev figures before
/// the backstop (category-only per sentence: precision 0.717, recall 0.730).
const STORY_PRECISION: f64 = 0.36;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Source {
    Lines,
    Golden,
    Ngec,
}

struct Inst {
    buckets: Vec<u32>,
    coded: u16,
    /// The backstop would read it: readable body sentence, a party, rules coded nothing,
    /// no negation or condition.
    backstop: bool,
    /// Golden sentences: the categories coded in it.
    labels: u16,
    /// A readable body sentence with a party, not negated or conditional.
    readable_party: bool,
}

struct Bag {
    source: Source,
    insts: Vec<Inst>,
    /// Lines and NGEC: the categories the bag expects somewhere.
    pos: u16,
    /// Lines: denied acts (neither positive nor negative).
    denied: u16,
    tune: bool,
    /// The story id or line text (the golden folds hash it).
    key: String,
}

fn cat_index(c: &str) -> Option<usize> {
    CATEGORIES.iter().position(|&x| x == c)
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn is_tune(key: &str) -> bool {
    fnv(key) % 100 < TUNE_PERCENT
}

/// One labelled line: (positive categories, denied categories, CAMEO codes named, text);
/// `None` when the line cannot be read.
/// A line's reading: positive categories, denied categories, the CAMEO codes it names (by
/// category index), its text.
type LineReading<'l> = (u16, u16, Vec<(usize, String)>, &'l str);

fn parse_line(line: &str) -> Option<LineReading<'_>> {
    let (head, text) = if let Some((h, t)) = line.split_once(" | ") {
        (h, t)
    } else {
        let (h, t) = line.rsplit_once('|')?;
        (h.split('|').next()?, t)
    };
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (mut pos, mut denied) = (0u16, 0u16);
    let mut codes = Vec::new();
    let mut none = false;
    for item in head.split(',') {
        let item = item.trim();
        let mut words = item.split_whitespace();
        let first = words.next()?;
        let (first, denied_cat) = match first.split_once('!') {
            Some((a, d)) => (a, Some(d)),
            None => (first, None),
        };
        let (cat, code) = match first.split_once('@') {
            Some((c, code)) => (c, Some(code.to_string())),
            None => (first, None),
        };
        if cat == "NONE" {
            none = true;
        } else {
            let c = cat_index(cat)?;
            pos |= 1 << c;
            // "CATEGORY CAMEO PARTIES | text": the second word is the code.
            let code = code.or_else(|| {
                words
                    .next()
                    .filter(|w| w.bytes().all(|b| b.is_ascii_digit()) && w.len() >= 2)
                    .map(str::to_string)
            });
            if let Some(code) = code {
                codes.push((c, code));
            }
        }
        if let Some(d) = denied_cat {
            denied |= 1 << cat_index(d)?;
        }
    }
    if none && pos != 0 {
        return None;
    }
    Some((pos & !denied, denied, codes, text))
}

fn mask(cats: &[String]) -> u16 {
    cats.iter()
        .filter_map(|c| cat_index(c))
        .fold(0, |m, c| m | 1 << c)
}

fn inst(s: &DetectorSentence, labels: u16) -> Inst {
    let coded = mask(&s.coded);
    Inst {
        buckets: s.buckets.clone(),
        coded,
        backstop: s.readable && s.parties > 0 && coded == 0 && !s.negated_or_conditional,
        labels,
        readable_party: s.readable && s.parties > 0 && !s.negated_or_conditional,
    }
}

fn doc(id: &str, text: &str, published: &str) -> InputDocument {
    InputDocument {
        id: id.into(),
        text: text.into(),
        published: Some(published.into()),
        ..InputDocument::default()
    }
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if p.is_dir() {
            if !matches!(
                name.as_str(),
                "golden" | "detector_backstop" | "backstop_parties"
            ) {
                txt_files(&p, out);
            }
        } else if name.ends_with(".txt") && name != "codes.txt" {
            out.push(p);
        }
    }
}

fn read_jsonl(path: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// A minimal CSV reader (quoted fields with doubled quotes, newlines inside quotes).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                '\r' => {}
                _ => field.push(c),
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

struct Model {
    w: Vec<[f32; N]>,
    u: Vec<[f32; N]>,
    step: f32,
}

impl Model {
    fn score(&self, b: &[u32], c: usize) -> f32 {
        b.iter().map(|&i| self.w[i as usize][c]).sum()
    }
    fn update(&mut self, b: &[u32], c: usize, y: f32) {
        for &i in b {
            self.w[i as usize][c] += y;
            self.u[i as usize][c] += y * self.step;
        }
    }
    fn averaged(&self) -> Vec<[f32; N]> {
        self.w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| std::array::from_fn(|c| w[c] - u[c] / self.step))
            .collect()
    }
}

/// Trains the averaged perceptron on the bags `use_bag` accepts, in a fixed order.
fn train(bags: &[Bag], use_bag: impl Fn(usize) -> bool, verbose: bool) -> Vec<[f32; N]> {
    let mut m = Model {
        w: vec![[0.0; N]; BUCKETS as usize],
        u: vec![[0.0; N]; BUCKETS as usize],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..bags.len()).filter(|&i| use_bag(i)).collect();
    let mut rng = SEED;
    for epoch in 0..EPOCHS {
        // Fisher-Yates with a fixed LCG.
        for i in (1..order.len()).rev() {
            rng = rng
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            order.swap(i, (rng >> 33) as usize % (i + 1));
        }
        let mut mistakes = 0usize;
        for &bi in &order {
            let bag = &bags[bi];
            if bag.insts.is_empty() {
                continue;
            }
            // The instance each positive category is read in.
            let mut chosen: Vec<(usize, usize)> = Vec::new();
            for c in (0..N).filter(|&c| bag.pos & 1 << c != 0) {
                let best = if bag.insts.len() == 1 {
                    0
                } else if epoch == 0 {
                    bag.insts
                        .iter()
                        .position(|i| i.coded & 1 << c != 0)
                        .unwrap_or(0)
                } else {
                    let mut best = (0, f32::MIN);
                    for (k, i) in bag.insts.iter().enumerate() {
                        let s = m.score(&i.buckets, c);
                        if s > best.1 {
                            best = (k, s);
                        }
                    }
                    best.0
                };
                chosen.push((c, best));
            }
            let insts: Vec<(usize, &Inst)> = bag.insts.iter().enumerate().collect();
            let mut updates: Vec<(usize, usize, f32)> = Vec::new();
            for (k, inst) in insts {
                for c in 0..N {
                    let bit = 1u16 << c;
                    let y = match bag.source {
                        Source::Golden => {
                            if inst.labels & bit != 0 {
                                1.0
                            } else {
                                -1.0
                            }
                        }
                        Source::Ngec => {
                            if chosen.contains(&(c, k)) {
                                1.0
                            } else if NGEC_NEGATIVES
                                && bag.pos & bit == 0
                                && inst.coded == 0
                                && !chosen.iter().any(|&(_, j)| j == k)
                            {
                                -1.0
                            } else {
                                continue;
                            }
                        }
                        Source::Lines => {
                            if chosen.contains(&(c, k)) {
                                1.0
                            } else if (bag.pos | bag.denied | inst.coded) & bit != 0 {
                                continue;
                            } else {
                                -1.0
                            }
                        }
                    };
                    if y * m.score(&inst.buckets, c) <= 0.0 {
                        updates.push((k, c, y));
                    }
                }
            }
            mistakes += updates.len();
            // A golden story's sentences are the real population the backstop reads, and
            // few: they weigh more.
            let weight = if bag.source == Source::Golden {
                GOLDEN_WEIGHT
            } else {
                1.0
            };
            for (k, c, y) in updates {
                m.update(&bag.insts[k].buckets, c, y * weight);
            }
            m.step += 1.0;
        }
        if verbose {
            eprintln!("epoch {epoch}: {mistakes} updates");
        }
    }
    m.averaged()
}

fn scores_of(w: &[[f32; N]], b: &[u32]) -> [f32; N] {
    std::array::from_fn(|c| b.iter().map(|&k| w[k as usize][c]).sum())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .map(|i| args[i + 1].clone())
        .unwrap_or_else(|| "crates/core/data/detector.bin".into());
    // `--set-offsets STORY,SHORT`: no training; the weights file's backstop offsets set
    // (`off` for either: the backstop off in such documents) and the file written again.
    if let Some(i) = args.iter().position(|a| a == "--set-offsets") {
        let v = &args[i + 1];
        let (story, short) = v.split_once(',').expect("--set-offsets STORY,SHORT");
        let det = Detector::from_bytes(&std::fs::read(&out).unwrap())
            .unwrap()
            .with_offsets(story.parse().ok(), short.parse().ok());
        std::fs::write(&out, det.to_bytes()).unwrap();
        println!("wrote {out}: story offset {story}, short-document offset {short}");
        return;
    }
    let pipeline = Pipeline::builder().detector(None).build().unwrap();
    let mut bags: Vec<Bag> = Vec::new();
    let mut code_counts: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); N];

    // 1. The hand-coded lines.
    let mut files = Vec::new();
    txt_files(Path::new("crates/core/tests"), &mut files);
    let (mut read, mut skipped) = (0usize, 0usize);
    let mut tune_lines: Vec<String> = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((pos, denied, codes, text)) = parse_line(line) else {
                skipped += 1;
                continue;
            };
            read += 1;
            for (c, code) in codes {
                *code_counts[c].entry(code).or_default() += 1;
            }
            if is_tune(text) {
                tune_lines.push(line.to_string());
            }
            let sents = pipeline.detector_sentences(&doc("line", text, "2026-03-02"));
            bags.push(Bag {
                source: Source::Lines,
                insts: sents.iter().map(|s| inst(s, 0)).collect(),
                pos,
                denied,
                tune: is_tune(text),
                key: text.to_string(),
            });
        }
    }
    eprintln!(
        "lines: {read} read from {} files, {skipped} skipped (no format the recipe reads)",
        files.len()
    );

    // 2. The golden dev stories.
    let voa: BTreeMap<String, serde_json::Value> =
        read_jsonl("../shared/corpora/voa/voa_stories.jsonl")
            .into_iter()
            .map(|d| (d["id"].as_str().unwrap().to_string(), d))
            .collect();
    let seed = read_jsonl("../shared/corpora/seed/kim-shoigu-pyongyang.jsonl").remove(0);
    let mut golden: Vec<PathBuf> = Vec::new();
    for dir in ["voa", "voa-issue9", "features-blind"] {
        let mut v: Vec<PathBuf> = std::fs::read_dir(format!("crates/core/tests/golden/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        v.sort();
        golden.extend(v);
    }
    golden.push("crates/core/tests/golden/seed.json".into());
    let (mut stories, mut located, mut lost) = (0, 0, 0);
    let mut golden_docs: Vec<(String, InputDocument, Vec<Expected>)> = Vec::new();
    for path in &golden {
        let g: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let id = g["id"].as_str().unwrap_or("").to_string();
        let (text, published) = if path.to_string_lossy().contains("features-blind") {
            (
                std::fs::read_to_string(path.with_extension("txt")).unwrap(),
                g["published"].as_str().unwrap().to_string(),
            )
        } else if path.ends_with("seed.json") {
            (
                seed["text"].as_str().unwrap().to_string(),
                seed["published"]
                    .as_str()
                    .unwrap_or("2025-06-05")
                    .to_string(),
            )
        } else {
            let Some(d) = voa.get(&id) else { continue };
            (
                d["text"].as_str().unwrap().to_string(),
                d["published"].as_str().unwrap().to_string(),
            )
        };
        stories += 1;
        golden_docs.push((
            id.clone(),
            doc(&id, &text, &published),
            g["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let party = |k: &str| e[k].as_str().unwrap_or("-").to_string();
                    (
                        e["event"].as_str().unwrap_or("").to_string(),
                        party("actor"),
                        party("recipient"),
                        e["sentence"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect::<Vec<_>>(),
        ));
        let sents = pipeline.detector_sentences(&doc(&id, &text, &published));
        let mut labels = vec![0u16; sents.len()];
        for e in g["events"].as_array().unwrap() {
            let loc = e["sentence"].as_str().unwrap();
            let Some(c) = cat_index(e["event"].as_str().unwrap()) else {
                continue;
            };
            match text.find(loc) {
                Some(at) => {
                    if let Some(i) = sents.iter().position(|s| s.start <= at && at < s.end) {
                        labels[i] |= 1 << c;
                        located += 1;
                    }
                }
                None => lost += 1,
            }
        }
        bags.push(Bag {
            source: Source::Golden,
            insts: sents
                .iter()
                .zip(&labels)
                .filter(|(s, _)| s.readable)
                .map(|(s, &l)| inst(s, l))
                .collect(),
            pos: 0,
            denied: 0,
            tune: is_tune(&id),
            key: id.clone(),
        });
    }
    eprintln!("golden dev: {stories} stories, {located} events located, {lost} not found");

    // 3. The NGEC training half.
    let csv = read_csv(
        &std::fs::read_to_string("../shared/training/ngec-synthetic/synthetic_events.csv").unwrap(),
    );
    let head = &csv[0];
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (ti, li) = (col("text"), col("label"));
    let mut ngec = 0;
    for (i, row) in csv[1..].iter().enumerate() {
        if i % 2 == 1 || row.len() <= ti.max(li) {
            continue;
        }
        let Some(c) = cat_index(&row[li]) else {
            continue;
        };
        ngec += 1;
        let sents = pipeline.detector_sentences(&doc(&format!("ngec-{i}"), &row[ti], "2026-03-02"));
        bags.push(Bag {
            source: Source::Ngec,
            insts: sents
                .iter()
                .filter(|s| s.readable)
                .map(|s| inst(s, 0))
                .collect(),
            pos: 1 << c,
            denied: 0,
            tune: false,
            key: String::new(),
        });
    }
    eprintln!("ngec: {ngec} stories of the training half");

    // Feature counts over the training instances: a bucket seen once is left out.
    let mut seen = vec![0u8; BUCKETS as usize];
    for b in bags.iter().filter(|b| !b.tune) {
        for i in &b.insts {
            for &k in &i.buckets {
                seen[k as usize] = seen[k as usize].saturating_add(1);
            }
        }
    }

    // Training: the model written, and for the thresholds out-of-fold scores of the golden
    // dev stories (five folds by a hash of the id; each fold's stories scored by a model
    // trained without them), the one realistic sample of the sentences the backstop reads.
    let avg = train(&bags, |i| !bags[i].tune, true);
    let fold = |i: usize| match bags[i].source {
        Source::Golden => Some((fnv(&bags[i].key) >> 8) % FOLDS),
        _ => None,
    };
    let mut oof: Vec<Option<Vec<[f32; N]>>> = bags.iter().map(|_| None).collect();
    // DETECTOR_PARTIES=1: also score the backstop's actor and recipient (below).
    let parties_eval = std::env::var_os("DETECTOR_PARTIES").is_some();
    let mut fold_weights: Vec<Vec<[f32; N]>> = Vec::new();
    for f in 0..FOLDS {
        let w = train(&bags, |i| !bags[i].tune && fold(i) != Some(f), false);
        if parties_eval {
            fold_weights.push(w.clone());
        }
        for (i, bag) in bags.iter().enumerate() {
            if !bag.tune && fold(i) == Some(f) {
                oof[i] = Some(
                    bag.insts
                        .iter()
                        .map(|x| scores_of(&w, &x.buckets))
                        .collect(),
                );
            }
        }
        eprintln!("fold {f} trained");
    }

    // Thresholds on the tuning split, over its sentences that name a party and are not
    // negated or conditional (the sentences the backstop would read, the rules' coding
    // aside: those alone are too few to set 16 thresholds); a category the rules coded in
    // the sentence is neither right nor wrong there.
    struct Tuned<'i> {
        inst: &'i Inst,
        scores: [f32; N],
        golden: bool,
        right: u16,
        ignored: u16,
    }
    let mut tune: Vec<Tuned> = Vec::new();
    for (bi, bag) in bags.iter().enumerate() {
        if !bag.tune && oof[bi].is_none() {
            continue;
        }
        for (k, i) in bag.insts.iter().enumerate() {
            let right = match bag.source {
                Source::Golden => i.labels,
                _ => bag.pos,
            };
            let readable_with_party = i.backstop || (i.coded != 0 && i.readable_party);
            if !readable_with_party {
                continue;
            }
            // The golden stories: only the sentences the backstop reads (they are the real
            // population); the lines: every sentence with a party.
            if bag.source == Source::Golden && !i.backstop {
                continue;
            }
            tune.push(Tuned {
                inst: i,
                golden: bag.source == Source::Golden,
                scores: match &oof[bi] {
                    Some(s) => s[k],
                    None => scores_of(&avg, &i.buckets),
                },
                right,
                ignored: bag.denied | (i.coded & !right),
            });
        }
    }
    let mut thresholds = [f32::INFINITY; N];
    println!(
        "tuning split: {} sentences with a party, not negated ({} the backstop would read)",
        tune.len(),
        tune.iter().filter(|t| t.inst.backstop).count()
    );
    println!("per category, alone, on the tuning lines: threshold, precision and recall at it");
    for c in 0..N {
        let bit = 1u16 << c;
        let mut s: Vec<(f32, bool)> = tune
            .iter()
            .filter(|t| !t.golden && t.ignored & bit == 0)
            .map(|t| (t.scores[c], t.right & bit != 0))
            .collect();
        let positives = s.iter().filter(|x| x.1).count();
        s.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
        let (mut right, mut best) = (0usize, None);
        for (k, &(sc, ok)) in s.iter().enumerate() {
            right += ok as usize;
            let p = right as f64 / (k + 1) as f64;
            // A threshold between two scores: the lowest keeping the precision.
            let next_differs = s.get(k + 1).is_none_or(|n| n.0 < sc);
            if next_differs && p >= TARGET_PRECISION && right >= 5 && sc > 0.0 {
                best = Some((sc, right, k + 1));
            }
        }
        if let Some((t, r, n)) = best {
            thresholds[c] = t;
            println!(
                "  {:<10} t {:>8.2}  P {:.2} ({r}/{n})  R {:.2} ({r}/{positives})",
                CATEGORIES[c],
                t,
                r as f64 / n as f64,
                r as f64 / positives.max(1) as f64
            );
        } else {
            println!(
                "  {:<10} off (no threshold reaches P {TARGET_PRECISION}; {positives} positives)",
                CATEGORIES[c]
            );
        }
    }
    // One offset over every threshold, for the stories: the smallest that makes the
    // backstop's detections among the golden dev stories' sentences it reads (scored out of
    // fold) right at least STORY_PRECISION of the time. Those sentences are the real
    // population (background, quotations, comment), far harder than a line coded for a test;
    // one offset keeps the per-category choices of the lines and needs fewer examples than
    // sixteen thresholds of their own.
    let golden_backstop: Vec<&Tuned> = tune
        .iter()
        .filter(|t| t.inst.backstop && t.golden)
        .collect();
    let detect_at = |sc: &[f32; N], th: &[f32; N]| -> Option<usize> {
        (0..N)
            .filter(|&c| th[c].is_finite() && sc[c] >= th[c])
            .max_by(|&a, &b| {
                (sc[a] - th[a])
                    .partial_cmp(&(sc[b] - th[b]))
                    .unwrap()
                    .then(b.cmp(&a))
            })
    };
    let mut offset = None;
    // From below the lines' thresholds (they may be stricter than a story needs) upwards.
    for step in -40..=400 {
        let d = step as f32 * 0.25;
        let th: [f32; N] = std::array::from_fn(|c| thresholds[c] + d);
        let (mut n, mut r) = (0usize, 0usize);
        for t in &golden_backstop {
            if let Some(c) = detect_at(&t.scores, &th) {
                n += 1;
                r += (t.right & 1 << c != 0) as usize;
            }
        }
        if std::env::var_os("DETECTOR_CURVE").is_some() && step % 4 == 0 {
            eprintln!("offset {d:>6.2}: detected {n:>4}, right {r:>3}");
        }
        if offset.is_none() && n >= 5 && r as f64 / n as f64 >= STORY_PRECISION {
            println!(
                "offset {d:.2}: golden dev sentences the backstop reads {}, detected {n}, right {r} (P {:.2})",
                golden_backstop.len(),
                r as f64 / n as f64
            );
            offset = Some(d);
        }
    }
    let offset = offset.unwrap_or(f32::INFINITY);
    if offset.is_infinite() {
        println!(
            "no offset reaches P {STORY_PRECISION} on the golden dev stories: the backstop is off"
        );
    }
    let story: [f32; N] = std::array::from_fn(|c| thresholds[c] + offset);
    // The codes: the one the training lines name most for each category.
    let codes: Vec<String> = (0..N)
        .map(|c| {
            code_counts[c]
                .iter()
                .max_by_key(|(code, n)| (**n, std::cmp::Reverse((*code).clone())))
                .map(|(code, _)| code.clone())
                .unwrap_or_else(|| "0".into())
        })
        .collect();
    println!("codes: {codes:?}");
    // The backstop is written off unless `--backstop` is given: measured with the offset
    // chosen here (session 16, docs/BENCHMARKS.md), it did not pay on the held-out stories.
    let backstop = args.iter().any(|a| a == "--backstop");
    println!(
        "story offset {offset:.2}: the backstop is {} in stories and {} in short documents in the weights written",
        if backstop && offset.is_finite() {
            "on"
        } else {
            "off"
        },
        if backstop { "on" } else { "off" }
    );
    // Short documents (a headline, a monitor note: `detector::SHORT_DOCUMENT`) are what the
    // tuning lines are, so their offset is 0 (the lines' thresholds); stories take the
    // offset chosen on the golden dev stories, off when none reaches the precision.
    let det = Detector::from_dense(&avg, &thresholds, 0.0, codes, |b| seen[b as usize] >= 2)
        .with_offsets(
            (backstop && offset.is_finite()).then_some(offset),
            backstop.then_some(0.0),
        );
    // The backstop as it runs (the best category past its threshold), on the sentences it
    // reads: the tuning lines, and the golden dev stories out of fold.
    for (name, golden) in [("tuning lines", false), ("golden dev, out of fold", true)] {
        let (mut det_n, mut det_right) = ([0usize; N], [0usize; N]);
        let mut pos_n = [0usize; N];
        for t in tune
            .iter()
            .filter(|t| t.inst.backstop && t.golden == golden)
        {
            for (c, n) in pos_n.iter_mut().enumerate() {
                *n += (t.right & 1 << c != 0) as usize;
            }
            if let Some(c) = detect_at(&t.scores, &story) {
                det_n[c] += 1;
                det_right[c] += (t.right & 1 << c != 0) as usize;
            }
        }
        println!("the backstop on the {name} (sentences the rules left empty):");
        for c in 0..N {
            println!(
                "  {:<10} detected {:>3}, right {:>3} (P {:.2}), expected {:>3} (R {:.2})",
                CATEGORIES[c],
                det_n[c],
                det_right[c],
                det_right[c] as f64 / det_n[c].max(1) as f64,
                pos_n[c],
                det_right[c] as f64 / pos_n[c].max(1) as f64
            );
        }
        let (dn, dr, pn): (usize, usize, usize) = (
            det_n.iter().sum(),
            det_right.iter().sum(),
            pos_n.iter().sum(),
        );
        println!(
            "  ALL        detected {dn}, right {dr} (P {:.2}), expected {pn} (R {:.2})",
            dr as f64 / dn.max(1) as f64,
            dr as f64 / pn.max(1) as f64
        );
    }
    if parties_eval {
        let eval_offset = if offset.is_finite() { offset } else { 0.0 };
        let keep = |b: u32| seen[b as usize] >= 2;
        let with = |w: &[[f32; N]]| {
            let d = Detector::from_dense(w, &thresholds, eval_offset, det.codes.clone(), keep);
            Pipeline::builder().detector(Some(d)).build().unwrap()
        };
        // The golden dev stories out of fold: each fold's stories coded with its model, at
        // the chosen offset and at a few others above it.
        for extra in [0.0f32, 2.0, 4.0, 8.0] {
            let mut tally = PartyTally::default();
            for (f, w) in fold_weights.iter().enumerate() {
                let d = Detector::from_dense(
                    w,
                    &thresholds,
                    eval_offset + extra,
                    det.codes.clone(),
                    keep,
                );
                let p = Pipeline::builder().detector(Some(d)).build().unwrap();
                for (id, d, expected) in &golden_docs {
                    if is_tune(id) || (fnv(id) >> 8) % FOLDS != f as u64 {
                        continue;
                    }
                    tally.story(&p.process(d), expected);
                }
            }
            println!(
                "backstop parties, golden dev out of fold (offset {:.2}): {}",
                eval_offset + extra,
                tally.line()
            );
        }
        // The tuning lines (`CATEGORY|ACTOR>RECIPIENT|text`), coded with the written model.
        let p = with(&avg);
        let mut tally = PartyTally::default();
        for line in &tune_lines {
            let f: Vec<&str> = line.splitn(3, '|').collect();
            if f.len() != 3 {
                continue;
            }
            let head = f[0].split(['!', '@']).next().unwrap_or("");
            let Some((a, r)) = f[1].split_once("<>").or_else(|| f[1].split_once('>')) else {
                continue;
            };
            let country = |x: &str| x.trim().split('.').next().unwrap_or("").to_string();
            let expected = vec![(
                head.to_string(),
                country(a),
                country(r),
                f[2].trim().to_string(),
            )];
            tally.line_case(
                &p.process(&doc("line", f[2].trim(), "2026-03-02")),
                &expected,
            );
        }
        println!(
            "backstop parties, tuning lines (offset {eval_offset:.2}): {}",
            tally.line()
        );
    }
    let bytes = det.to_bytes();
    assert_eq!(Detector::from_bytes(&bytes).as_ref(), Ok(&det));
    std::fs::write(&out, &bytes).unwrap();
    println!("wrote {out}: {} rows, {} bytes", det.len(), bytes.len());
}

/// An expected event: category, actor code, recipient code ("-": none; "?": not scored),
/// and the sentence (or a part of it) it is told in.
type Expected = (String, String, String, String);

/// The backstop's events (rule `classifier:`) and how many have the right category in
/// their sentence, the right actor, recipient and both.
#[derive(Default)]
struct PartyTally {
    events: usize,
    category: usize,
    actor: usize,
    recipient: usize,
    both: usize,
}

impl PartyTally {
    fn story(&mut self, record: &sitrep_record::Record, expected: &[Expected]) {
        let chars: Vec<char> = record.text.chars().collect();
        for e in record
            .events
            .iter()
            .filter(|e| e.rule.starts_with("classifier:"))
        {
            let sentence: String = chars
                [e.sentence.start.min(chars.len())..e.sentence.end.min(chars.len())]
                .iter()
                .collect();
            self.count(e, expected, |x| sentence.contains(x.3.as_str()));
        }
    }

    fn line_case(&mut self, record: &sitrep_record::Record, expected: &[Expected]) {
        for e in record
            .events
            .iter()
            .filter(|e| e.rule.starts_with("classifier:"))
        {
            self.count(e, expected, |_| true);
        }
    }

    fn count(
        &mut self,
        e: &sitrep_record::Event,
        expected: &[Expected],
        here: impl Fn(&Expected) -> bool,
    ) {
        self.events += 1;
        let code = |p: &Option<sitrep_record::Party>| {
            p.as_ref()
                .and_then(|p| p.code.clone())
                .unwrap_or_else(|| "-".into())
        };
        let (a, r) = (code(&e.actor), code(&e.recipient));
        let same: Vec<&Expected> = expected
            .iter()
            .filter(|x| x.0 == e.event && here(x))
            .collect();
        if same.is_empty() {
            return;
        }
        let ok = |want: &str, got: &str| want == "?" || want == got;
        self.category += 1;
        self.actor += same.iter().any(|x| ok(&x.1, &a)) as usize;
        self.recipient += same.iter().any(|x| ok(&x.2, &r)) as usize;
        self.both += same.iter().any(|x| ok(&x.1, &a) && ok(&x.2, &r)) as usize;
    }

    fn line(&self) -> String {
        format!(
            "backstop events {}, category right {}, actor right {}, recipient right {}, both {}",
            self.events, self.category, self.actor, self.recipient, self.both
        )
    }
}

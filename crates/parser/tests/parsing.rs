//! The shipped parser on constructed sentences, one per construction the coder
//! relies on, and the weights file format.
//!
//! Each test names the relations a correct parse must have; the sentences are
//! written for the construction, not taken from the training text.

use sitrep_parser::{model, Parser, Rel, Tree};
use sitrep_tagger::Tagger;

fn parse(sentence: &str) -> (Vec<&str>, Tree) {
    let words: Vec<&str> = sentence.split(' ').collect();
    let tags = Tagger::builtin().tag_vec(&words);
    let tree = Parser::builtin().parse(&words, &tags);
    (words, tree)
}

/// Asserts that `dep` hangs from `head` with `rel` (words by text; first match).
fn assert_arc(words: &[&str], tree: &Tree, dep: &str, rel: Rel, head: &str) {
    let d = words
        .iter()
        .position(|w| *w == dep)
        .expect("dependent in the sentence");
    let h = words
        .iter()
        .position(|w| *w == head)
        .expect("head in the sentence");
    assert_eq!(
        (tree.head(d), tree.rel(d)),
        (Some(h), rel),
        "{dep} -{rel}-> {head} expected in\n{}",
        tree.to_conll(words)
    );
}

#[test]
fn passive_with_agent() {
    let (w, t) = parse("The ceasefire was brokered by Qatar on Sunday .");
    assert_arc(&w, &t, "ceasefire", Rel::Nsubjpass, "brokered");
    assert_arc(&w, &t, "was", Rel::Auxpass, "brokered");
    assert_arc(&w, &t, "by", Rel::Agent, "brokered");
    assert_arc(&w, &t, "Qatar", Rel::Pobj, "by");
    assert_eq!(t.root(), w.iter().position(|x| *x == "brokered"));
}

#[test]
fn reduced_relative() {
    let (w, t) = parse("Soldiers stationed near the border fired on the protesters .");
    assert_arc(&w, &t, "stationed", Rel::Acl, "Soldiers");
    assert_arc(&w, &t, "Soldiers", Rel::Nsubj, "fired");
    assert_arc(&w, &t, "protesters", Rel::Pobj, "on");
}

#[test]
fn coordinated_subjects() {
    let (w, t) = parse("Russia and China signed a new trade agreement in Beijing .");
    assert_arc(&w, &t, "Russia", Rel::Nsubj, "signed");
    assert_arc(&w, &t, "China", Rel::Conj, "Russia");
    assert_arc(&w, &t, "agreement", Rel::Dobj, "signed");
}

#[test]
fn coordinated_verbs() {
    let (w, t) = parse("Iranian forces seized the tanker and detained its crew .");
    assert_arc(&w, &t, "forces", Rel::Nsubj, "seized");
    assert_arc(&w, &t, "detained", Rel::Conj, "seized");
    assert_arc(&w, &t, "crew", Rel::Dobj, "detained");
}

#[test]
fn clausal_complement() {
    let (w, t) = parse("Officials said that Israel struck a convoy near the border .");
    assert_arc(&w, &t, "struck", Rel::Ccomp, "said");
    assert_arc(&w, &t, "Israel", Rel::Nsubj, "struck");
    assert_arc(&w, &t, "convoy", Rel::Dobj, "struck");
}

#[test]
fn apposition_between_subject_and_verb() {
    let (w, t) = parse("Sergei Shoigu , the defence minister , met Kim in Pyongyang on Friday .");
    assert_arc(&w, &t, "Shoigu", Rel::Nsubj, "met");
    assert_arc(&w, &t, "minister", Rel::Appos, "Shoigu");
    assert_arc(&w, &t, "Kim", Rel::Dobj, "met");
}

#[test]
fn open_complement() {
    let (w, t) = parse("Kyrgyzstan agreed to withdraw its troops from the border .");
    assert_arc(&w, &t, "withdraw", Rel::Xcomp, "agreed");
    assert_arc(&w, &t, "troops", Rel::Dobj, "withdraw");
}

#[test]
fn relative_clause() {
    let (w, t) = parse("The rebels , who attacked the base last week , fled into the hills .");
    assert_arc(&w, &t, "attacked", Rel::Relcl, "rebels");
    assert_arc(&w, &t, "who", Rel::Nsubj, "attacked");
    assert_arc(&w, &t, "rebels", Rel::Nsubj, "fled");
}

#[test]
fn negation_and_possessive() {
    let (w, t) = parse("Moscow 's army did not attack the city .");
    assert_arc(&w, &t, "Moscow", Rel::Poss, "army");
    assert_arc(&w, &t, "not", Rel::Neg, "attack");
    assert_arc(&w, &t, "army", Rel::Nsubj, "attack");
}

#[test]
fn every_parse_is_one_tree() {
    for s in [
        "",
        ".",
        "Talks .",
        ", , , and and",
        "The the the the the the the the the the the the the the .",
        "Russia said Ukraine said Russia said Ukraine attacked .",
    ] {
        let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
        let tags = Tagger::builtin().tag_vec(&words);
        let t = Parser::builtin().parse(&words, &tags);
        assert_eq!(t.len(), words.len());
        if words.is_empty() {
            continue;
        }
        assert_eq!((0..t.len()).filter(|&i| t.head(i).is_none()).count(), 1);
        for i in 0..t.len() {
            // Every word reaches the root.
            let mut k = i;
            let mut steps = 0;
            while let Some(h) = t.head(k) {
                k = h;
                steps += 1;
                assert!(steps <= t.len(), "cycle in {s:?}");
            }
        }
    }
}

#[test]
fn weights_file_round_trip() {
    let labels = Parser::builtin().labels().to_vec();
    assert_eq!(labels[0], Rel::Root);
    // A small deterministic model: keys from a simple generator.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    let mut feats = Vec::new();
    for i in 0..500u64 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let entries: Vec<(u8, i16)> = (0..(i % 5 + 1))
            .map(|k| ((k * 7 + i % 3) as u8, (x as i16).wrapping_add(k as i16) | 1))
            .collect();
        feats.push((x | 1, entries));
    }
    // Runs long enough to be stored as dense rows, and as sparse overflow runs.
    for (i, len) in [(0u64, 40usize), (1, 91), (2, 10)] {
        let entries: Vec<(u8, i16)> = (0..len).map(|k| (k as u8, (k as i16 - 20) | 1)).collect();
        feats.push((0x0123_4567_89ab_cdef ^ (i << 40) | 1, entries));
    }
    let bytes = model::write(&labels, &feats, 0.25);
    let parser = Parser::from_bytes(&bytes).expect("written weights load");
    assert_eq!(parser.n_features(), feats.len());
    assert_eq!(parser.labels(), &labels[..]);
    assert_eq!(parser.weight_scale(), 0.25);
    for (key, entries) in &feats {
        let mut want = entries.clone();
        want.sort();
        assert_eq!(parser.feature_weights(*key), want);
    }
    assert!(parser.feature_weights(12345).is_empty());
    // Writing what was read gives the same bytes.
    let again: Vec<(u64, Vec<(u8, i16)>)> = feats
        .iter()
        .map(|(k, _)| (*k, parser.feature_weights(*k)))
        .collect();
    assert_eq!(model::write(&labels, &again, 0.25), bytes);
    // Damaged files are refused, not misread.
    assert!(Parser::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    assert!(Parser::from_bytes(b"SRTAGGER").is_err());
    let mut bad = bytes.clone();
    bad[8] ^= 0xff; // format version
    assert!(Parser::from_bytes(&bad).is_err());
}

#[test]
fn shipped_weights_are_compact() {
    let size = Parser::builtin_weights_size();
    assert!(size < 20 << 20, "weights are {size} bytes");
    let p = Parser::builtin();
    assert!(p.n_features() > 10_000);
    assert!(p.labels().contains(&Rel::Nsubjpass) && p.labels().contains(&Rel::Agent));
}

//! Behavioural tests of the shipped tagger.

use sitrep_tagger::{Tag, Tagger};

fn tag(s: &str) -> Vec<Tag> {
    let words: Vec<&str> = s.split_whitespace().collect();
    Tagger::builtin().tag_vec(&words)
}

fn tags_str(s: &str) -> String {
    tag(s)
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn loads_and_is_compact() {
    let t = Tagger::builtin();
    assert!(t.n_features() > 10_000);
    assert!(Tagger::builtin_weights_size() < 6_000_000);
}

#[test]
fn simple_declarative() {
    assert_eq!(
        tags_str("North Korea has pledged support"),
        "NNP NNP VBZ VBN NN"
    );
}

#[test]
fn passive_with_agent() {
    let t = tag("The agreement was signed by the two presidents on Friday .");
    assert_eq!(t[2], Tag::VBD); // was
    assert_eq!(t[3], Tag::VBN); // signed
    assert_eq!(t[4], Tag::IN); // by
    assert_eq!(t[7], Tag::NNS); // presidents
    assert_eq!(t[9], Tag::NNP); // Friday
    assert_eq!(t[10], Tag::Period);
}

#[test]
fn news_sentence_with_punctuation_and_clitics() {
    let words = [
        "Police",
        "said",
        "1,500",
        "protesters",
        "gathered",
        "outside",
        "the",
        "U.S.",
        "embassy",
        ",",
        "but",
        "the",
        "government",
        "did",
        "n't",
        "respond",
        ".",
    ];
    let t = Tagger::builtin().tag_vec(&words);
    assert_eq!(t.len(), words.len());
    assert_eq!(t[0], Tag::NNS);
    assert_eq!(t[1], Tag::VBD);
    assert_eq!(t[2], Tag::CD);
    assert_eq!(t[3], Tag::NNS);
    assert_eq!(t[4], Tag::VBD);
    assert_eq!(t[7], Tag::NNP);
    assert_eq!(t[9], Tag::Comma);
    assert_eq!(t[10], Tag::CC);
    assert_eq!(t[13], Tag::VBD);
    assert_eq!(t[14], Tag::RB);
    assert_eq!(t[15], Tag::VB);
}

#[test]
fn possessive_and_quotes() {
    let t = tag("“ We will not surrender , ” Ukraine ’s president said .");
    assert_eq!(t[0], Tag::OpenQuote);
    assert_eq!(t[1], Tag::PRP);
    assert_eq!(t[2], Tag::MD);
    assert_eq!(t[4], Tag::VB);
    assert_eq!(t[6], Tag::CloseQuote);
    assert_eq!(t[7], Tag::NNP);
    assert_eq!(t[8], Tag::POS);
    assert_eq!(t[10], Tag::VBD);
}

#[test]
fn curly_and_straight_apostrophes_agree() {
    assert_eq!(
        tag("Ukraine ’s president said"),
        tag("Ukraine 's president said")
    );
}

#[test]
fn hyphenated_modifier_and_lowercase_common_nouns() {
    let t = tag("The army launched a large-scale offensive against rebels .");
    assert_eq!(t[1], Tag::NN);
    assert_eq!(t[2], Tag::VBD);
    assert_eq!(t[4], Tag::JJ);
    assert_eq!(t[6], Tag::IN);
    assert_eq!(t[7], Tag::NNS);
}

#[test]
fn deterministic() {
    let s = "Protesters clashed with police in Caracas on Monday , officials said .";
    let first = tag(s);
    for _ in 0..5 {
        assert_eq!(tag(s), first);
    }
    // Output buffer is cleared between calls.
    let mut out = vec![Tag::UH; 100];
    let words: Vec<&str> = s.split(' ').collect();
    Tagger::builtin().tag(&words, &mut out);
    assert_eq!(out, first);
}

#[test]
fn odd_input_never_panics() {
    let t = Tagger::builtin();
    let mut out = vec![Tag::NN];
    t.tag(&[], &mut out);
    assert!(out.is_empty());
    t.tag(&["", "", ""], &mut out);
    assert_eq!(out.len(), 3);
    let punct = ["(", ")", "...", ",", "“", "”", "—", "!", "?", "#", "%"];
    t.tag(&punct, &mut out);
    assert_eq!(out.len(), punct.len());
    assert!(out[..2].iter().all(|t| t.is_punct()));
    let weird = [
        "北京",
        "Ελλάδα",
        "naïve",
        "İstanbul",
        "ß",
        "\u{0}",
        "🙂",
        "ǅ",
        "a\tb",
    ];
    t.tag(&weird, &mut out);
    assert_eq!(out.len(), weird.len());
    let long: Vec<&str> = ["the", "talks", "in", "Geneva", "continued", ","]
        .iter()
        .copied()
        .cycle()
        .take(100_000)
        .collect();
    t.tag(&long, &mut out);
    assert_eq!(out.len(), long.len());
    let single = ["Yes"];
    t.tag(&single, &mut out);
    assert_eq!(out.len(), 1);
}

#[test]
fn usable_from_many_threads() {
    let s = ["Iran", "rejected", "the", "proposal", "."];
    let expect = Tagger::builtin().tag_vec(&s);
    let handles: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(move || Tagger::builtin().tag_vec(&s)))
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), expect);
    }
}

#[test]
fn rejects_corrupt_weights() {
    assert!(Tagger::from_bytes(b"").is_err());
    assert!(Tagger::from_bytes(b"SRTAGGERxxxx").is_err());
    let good = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/tagger.bin")).unwrap();
    assert!(Tagger::from_bytes(&good).is_ok());
    assert!(Tagger::from_bytes(&good[..good.len() - 1]).is_err());
    let mut extra = good.clone();
    extra.push(0);
    assert!(Tagger::from_bytes(&extra).is_err());
}

#[test]
fn tag_helpers() {
    assert!(Tag::VBN.is_verb() && Tag::MD.is_verb() && !Tag::NN.is_verb());
    assert!(Tag::NNPS.is_noun() && !Tag::PRP.is_noun());
    assert!(Tag::JJS.is_adj() && !Tag::RB.is_adj());
    assert!(Tag::Comma.is_punct() && Tag::Punct.is_punct() && !Tag::WRB.is_punct());
    for t in Tag::ALL {
        assert_eq!(Tag::from_ptb(t.as_str()), Some(t));
        assert_eq!(Tag::from_index(t as usize), Some(t));
    }
    assert_eq!(Tag::PRPS.as_str(), "PRP$");
}

#[test]
fn spacing_orients_straight_quotes() {
    let t = Tagger::builtin();
    let mut out = Vec::new();
    let words = ["\"", "We", "will", "stay", ",", "\"", "he", "said", "."];
    let space = [true, false, true, true, false, false, true, true, false];
    t.tag_spaced(&words, &space, &mut out);
    assert_eq!(out[0], Tag::OpenQuote);
    assert_eq!(out[5], Tag::CloseQuote);
    assert_eq!(out[7], Tag::VBD);
    // The closing quote of a quotation that began in an earlier sentence.
    let words = ["We", "will", "win", ".", "\""];
    t.tag_spaced(&words, &[true, true, true, false, false], &mut out);
    assert_eq!(out[4], Tag::CloseQuote);
    // Mismatched lengths: spacing ignored, still one tag per word.
    t.tag_spaced(&words, &[true], &mut out);
    assert_eq!(out.len(), words.len());
}

#[test]
fn a_tag_fixed_by_the_caller_is_kept_and_conditions_the_words_after() {
    let words = ["Hezbollah", "fires", "rockets", "at", "Israel"];
    let tagger = Tagger::builtin();
    let (mut free, mut fixed, mut infos) = (Vec::new(), Vec::new(), Vec::new());
    tagger.tag(&words, &mut free);
    // The headline's verb reads as a plural noun of a compound on its own.
    assert_eq!(free[1], Tag::NNS);
    tagger.tag_fixed(&words, &[(1, Tag::VBZ)], &mut fixed, &mut infos);
    assert_eq!(fixed.len(), words.len());
    assert_eq!(infos.len(), words.len());
    assert_eq!(fixed[0], free[0]);
    assert_eq!(fixed[1], Tag::VBZ);
    assert_eq!(fixed[2], Tag::NNS);
    assert_eq!(fixed[3], Tag::IN);
    // Nothing fixed: the same tags as `tag`.
    tagger.tag_fixed(&words, &[], &mut fixed, &mut infos);
    assert_eq!(fixed, free);
}

#[test]
fn most_frequent_tag_is_what_a_word_usually_is() {
    let tagger = Tagger::builtin();
    let words = ["Officials", "said", "rare", "earth", "exports", "xqzv"];
    let (mut tags, mut infos) = (Vec::new(), Vec::new());
    tagger.tag_with_info(&words, &mut tags, &mut infos);
    let usual: Vec<Option<Tag>> = infos.iter().map(|w| w.most_frequent_tag()).collect();
    // "rare" is an adjective wherever context reads it; "said" a past verb; a word never
    // seen in training has no usual tag.
    assert_eq!(usual[2], Some(Tag::JJ));
    assert!(usual[1].is_some_and(|t| t.is_verb()));
    assert_eq!(usual[5], None);
}

#[test]
fn retagging_with_other_fixed_tags_gives_the_tags_of_a_whole_new_decoding() {
    let tagger = Tagger::builtin();
    let sentences: [&[&str]; 3] = [
        &[
            "Hezbollah",
            "fires",
            "rockets",
            "at",
            "Israel",
            "as",
            "talks",
            "stall",
        ],
        &[
            "\"", "We", "will", "not", "yield", ",", "\"", "the", "minister", "said", "after",
            "rebels", "shelled", "the", "town", "of", "Kidal", ".",
        ],
        &["Police", "Arrest", "Protesters", "Outside", "Parliament"],
    ];
    let fixed_sets: [&[(usize, Tag)]; 6] = [
        &[],
        &[(1, Tag::VBZ)],
        &[(1, Tag::VBZ), (3, Tag::IN)],
        &[(0, Tag::NNP), (4, Tag::NNP)],
        &[(2, Tag::VBD)],
        &[(1, Tag::NN), (2, Tag::VBZ), (4, Tag::NNS)],
    ];
    for words in sentences {
        for before in fixed_sets {
            for fixed in fixed_sets {
                let (mut expected, mut expected_infos) = (Vec::new(), Vec::new());
                tagger.tag_fixed(words, fixed, &mut expected, &mut expected_infos);
                let (mut tags, mut infos) = (Vec::new(), Vec::new());
                tagger.tag_fixed(words, before, &mut tags, &mut infos);
                tagger.retag_fixed(words, before, fixed, &mut tags, &mut infos);
                assert_eq!(tags, expected, "{words:?}: {before:?} then {fixed:?}");
                let hashes = |v: &[sitrep_tagger::WordInfo]| -> Vec<u64> {
                    v.iter().map(|w| w.word).collect()
                };
                assert_eq!(hashes(&infos), hashes(&expected_infos));
            }
        }
    }
    // Tags or infos that are not this sentence's: decoded afresh.
    let words = sentences[0];
    let (mut tags, mut infos) = (vec![Tag::NN], Vec::new());
    tagger.retag_fixed(words, &[], &[(1, Tag::VBZ)], &mut tags, &mut infos);
    let (mut expected, mut expected_infos) = (Vec::new(), Vec::new());
    tagger.tag_fixed(words, &[(1, Tag::VBZ)], &mut expected, &mut expected_infos);
    assert_eq!(tags, expected);
}

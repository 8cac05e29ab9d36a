//! Rewrites annotate.py's TSV with the trees of a trained parser in place of spaCy's:
//! the training data of a smaller model distilled from the shipped one, so that it
//! learns the trees the coder's rules were written against, errors included.
//!
//! ```text
//! cargo run --release -p sitrep-parser --example parser_distill -- \
//!     /tmp/parser-data/train.tsv /tmp/parser-distill/train.tsv
//! ```
//!
//! The parser is the shipped one, or the weights file named by `PARSER_MODEL`. Sentences
//! marked `# skip` (spaCy's tree could not be projected onto sitrep's tokens) are parsed
//! too: the teacher's tree is always a single projective tree. Words, reference tags and
//! spacing are kept; each sentence gets its own `# doc SOURCE N` line, the source kept.
//! Sitrep's tagger tags the words, as in training and at parse time.

use sitrep_parser::train::{read_tsv, tokens};
use sitrep_parser::{Parser, Scratch, Tree};
use sitrep_tagger::Tagger;
use std::fmt::Write as _;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        panic!("usage: parser_distill IN.tsv OUT.tsv");
    };
    let parser: &Parser = match std::env::var("PARSER_MODEL") {
        Ok(path) => Box::leak(Box::new(
            Parser::from_bytes(&std::fs::read(path).expect("PARSER_MODEL file"))
                .expect("valid weights"),
        )),
        Err(_) => Parser::builtin(),
    };
    let text = std::fs::read_to_string(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    // Every sentence with words whose tags and labels read, the `# skip` ones included.
    let text: String = text
        .lines()
        .filter(|l| *l != "# skip")
        .fold(String::new(), |mut s, l| {
            s.push_str(l);
            s.push('\n');
            s
        });
    let (sents, skipped) = read_tsv(&text);
    let tagger = Tagger::builtin();
    let mut scratch = Scratch::default();
    let mut tree = Tree::default();
    let mut out = String::new();
    for (k, s) in sents.iter().enumerate() {
        let toks = tokens(tagger, s);
        parser.parse_toks(&toks, &mut scratch, &mut tree);
        writeln!(out, "# doc {} {k}", s.source).expect("string write");
        for i in 0..s.words.len() {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}",
                s.words[i],
                s.tags[i].as_str(),
                u8::from(s.space_before[i]),
                tree.head(i).map_or(0, |h| h + 1),
                tree.rel(i).name()
            )
            .expect("string write");
        }
        out.push('\n');
    }
    std::fs::write(output, out).unwrap_or_else(|e| panic!("{output}: {e}"));
    eprintln!(
        "{input}: {} sentences parsed into {output} ({skipped} unreadable)",
        sents.len()
    );
}

//! Tag checks of the marked paragraph files (trigger_tags_body.rs, finite_verb_tags.rs):
//! a mark character right before a word ("^raids", "~strikes") says what the word's tag
//! must be; the tags are read from the trace the pipeline prints for its analysed
//! sentences (`Pipeline::explain`), so a word the gate kept out is counted apart.

use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// The (word, tag) pairs of every analysed sentence of a trace, in order.
pub fn traced_tags(trace: &str) -> Vec<(String, String)> {
    trace
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("tags: "))
        .flat_map(|l| l.split(' '))
        .filter_map(|wt| wt.rsplit_once('/'))
        .map(|(w, t)| (w.to_lowercase(), t.to_string()))
        .collect()
}

/// The file with its marks taken out (comment lines kept as they are): what the engine
/// reads.
pub fn unmarked(file: &str, marks: &[char]) -> String {
    file.lines()
        .map(|l| {
            if l.starts_with('#') {
                l.to_string()
            } else {
                l.replace(marks, "")
            }
        })
        .map(|l| l + "\n")
        .collect()
}

/// The lowercase words of a text (letters, digits, apostrophes and hyphens inside).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// (word, occurrence from 1, mark) of each mark of a sentence.
fn marked_words(sentence: &str, marks: &[char]) -> Vec<(String, usize, char)> {
    let mut out = Vec::new();
    for (i, c) in sentence.char_indices() {
        if !marks.contains(&c) {
            continue;
        }
        let before = sentence[..i].replace(marks, "");
        let word = words(&sentence[i + 1..]).into_iter().next().unwrap();
        let nth = words(&before).iter().filter(|w| **w == word).count() + 1;
        out.push((word, nth, c));
    }
    out
}

/// (marked words, analysed, tagged right) over a paragraph file whose lines end in
/// `|`-separated text (the third field on); `agrees(mark, tag)` says whether a tag fits
/// its mark. Prints each wrong tag and each marked word the gate did not analyse.
pub fn tag_figures(
    file: &str,
    marks: &[char],
    agrees: impl Fn(char, &str) -> bool,
) -> (usize, usize, usize) {
    let pipeline = Pipeline::new();
    let (mut marked, mut analysed, mut right) = (0, 0, 0);
    for (n, line) in file.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let sentence = line.splitn(3, '|').nth(2).unwrap();
        let doc = InputDocument {
            id: format!("line-{}", n + 1),
            text: sentence.replace(marks, ""),
            published: Some("2026-03-02".into()),
            ..InputDocument::default()
        };
        let tags = traced_tags(&pipeline.explain(&doc));
        for (word, nth, mark) in marked_words(sentence, marks) {
            marked += 1;
            match tags.iter().filter(|(w, _)| *w == word).nth(nth - 1) {
                None => println!("line {}: '{word}' not analysed | {}", n + 1, doc.text),
                Some((_, tag)) => {
                    analysed += 1;
                    if agrees(mark, tag) {
                        right += 1;
                    } else {
                        println!(
                            "line {}: '{word}' tagged {tag}, expected {mark} | {}",
                            n + 1,
                            doc.text
                        );
                    }
                }
            }
        }
    }
    (marked, analysed, right)
}

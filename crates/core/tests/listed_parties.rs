//! Listed parties (session 21, golden README convention 6: one event per listed party):
//! the lists the slot readers of `coordinated_parties.rs` do not reach. The authors of an
//! object a reaction names ("rejected a truce proposal put forward by the United States,
//! Saudi Arabia, Egypt and the United Arab Emirates"), an aside of accompaniment after the
//! subject ("The United States, along with Britain and France, called a meeting"), a list
//! ended by a span of time ("summoned the U.S. ambassador and the EU envoy hours later"),
//! and pair phrases ("both sides", "both capitals", "both parties") told after a sentence
//! that names a third party beside the story's pair. The traps name a co-actor of one
//! party, an aside that is no party, an "along with" after an object, and a span of time
//! after a lone recipient. The passages (`tests/listed_parties/passages.txt`) were coded by
//! hand before the engine ran on them and are scored as a multiset like
//! `coordinated_parties.rs`; the test prints every passage coded wrong and asserts floors
//! just under the measured figures (raise them as the coder improves, never lower them to
//! pass).

mod common;

use common::event_sets::{parse, score_file, traps_of};
use sitrep_core::Pipeline;

#[test]
fn every_listed_party_gets_its_event() {
    let file = include_str!("listed_parties/passages.txt");
    let all = parse(file);
    assert!(all.len() >= 20, "the set needs at least 20 passages");
    let (total, per_section) = score_file(&Pipeline::new(), file);
    let traps = traps_of(&per_section);
    // Floors just under the measured figures. First run, on the engine before session
    // 21's listing rules: precision 29/37 (0.78), recall 29/49 (0.59), exact sets 9/21,
    // traps exact 5 of 5. With them (listed recipients of the fallbacks, accompaniment
    // asides, spans of time ending a list, pairs of states, "them" after a pair phrase):
    // precision 44/49 (0.90), recall 44/49 (0.90), exact sets 16/21, traps 5 of 5. Misses: "a joint statement issued by Japan and
    // Australia" (the prepositional slot keeps the first author), "the French ambassador
    // and the Algerian envoy days later" (the parser hangs the second envoy on "days"), and
    // "called an emergency meeting" read as CONSULT rather than an appeal.
    let (precision, recall) = (total.precision(), total.recall());
    assert!(precision >= 0.88, "precision {precision:.2} fell");
    assert!(recall >= 0.88, "recall {recall:.2} fell");
    assert!(
        traps.exact >= 5,
        "traps coded exactly {} of {}",
        traps.exact,
        traps.passages
    );
}

//! Quiet sentences of wire copy (issue #9, session 29): beside the one new event of a
//! passage, the sentences a coder codes nothing in. Session 29 sorted the readable golden
//! splits' 282 quiet wrong events (dev, wire, features) by why a coder would not code them;
//! the three largest classes are this set's sections: the lede's act told again in detail
//! (a witness's account, the casualties, a part of the attack, the doer's or the other
//! side's account, a quote retelling it), background (a party described by what it did in
//! an earlier year, a war named by its beginning or its running toll, history in passing),
//! and habits and standing states ("has long backed", "does not recognize", "routinely",
//! "has kept its airspace closed since"). The passages (`tests/quiet_wire/paragraphs.txt`)
//! were written and coded by hand before the engine ran on them; the file's header draws
//! the line.
//!
//! Scored strictly, as the background sets are (`common/background_lines.rs`): an event
//! line expects exactly one event coded as done with its parties; every other event coded
//! as done, and any on a NONE line, is a quiet sentence coded as news (a surplus). The test
//! prints each passage with a miss or a surplus and asserts floors just under the measured
//! figures (raise them as the coder improves, never lower them to pass).

mod common;

use common::background_lines::score_file;
use common::paragraph_cases::ratio;

#[test]
fn quiet_sentences_code_nothing_beside_the_news() {
    let file = include_str!("quiet_wire/paragraphs.txt");
    let total = score_file(file, "quiet wire");
    assert!(
        total.event_lines >= 55 && total.none_lines >= 2,
        "the set shrank"
    );
    let category = ratio(total.found, total.event_lines);
    let dyad = ratio(total.dyad, total.event_lines);
    let precision = ratio(total.right, total.done);
    // Floors just under the measured figures. First run, before any change (session 29):
    // NONE lines clean 2/2; category 49/58 (0.84), dyad 43/58 (0.74); events coded as done
    // 118, right 43, surplus 75 (precision 0.36). Left as surplus by the first run: the
    // lede's act told again by its doer, a witness or the other side (mostly the same
    // category and parties, harmless at story level), relative clauses and simple pasts
    // dated to an earlier year (a coup, an annexation, leaving a bloc: the readable golden
    // stories code such dated acts as often as not), and standing relations ("hosts",
    // "has invested heavily"). After a participle clause of a lasting act or a running total
    // was read as its course ("has been fighting an insurgency, accusing ...", "for a
    // decade, suppressing ...") and the denial of a standing charge as standing ("have long
    // accused ..., a charge China denies"): done 114, right 43, surplus 71 (0.38). After
    // harm counted over a span was no accusation by its source: done 113, surplus 70.
    // Session 31 (a present-tense relative clause describing a party, a "since" clause
    // hung on a perfect by its mark): done 111, surplus 68.
    assert!(category >= 0.83, "category recall {category:.2}");
    assert!(dyad >= 0.73, "dyad {dyad:.2}");
    assert!(precision >= 0.37, "precision {precision:.2}");
    assert!(total.surplus() <= 68, "surplus {}", total.surplus());
}

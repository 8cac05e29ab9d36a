//! Accusation and coercion told around the verb (issue #9, session 23): the forms the
//! session-22 probe of verb-first phrasings did not reach. Nouns with their agent or target
//! ("drew sharp criticism from Berlin", "Moscow's condemnation of", "amid accusations by Kyiv
//! that", "the arrest of three journalists by Turkish police", "Kenya's deportation of"),
//! passives and reduced clauses ("was blamed by Seoul for", "criticised as illegal by"),
//! labelling ("called the move a provocation", "branded the election illegitimate", "said the
//! decision violated international law"), holding responsible and pointing fingers ("held Hamas
//! responsible", "pointed the finger at", "said Russia was behind"), investigations (09x:
//! "opened an inquiry into", "launched a probe into", "is investigating"), coercion told as a
//! noun or a passive, and traps: coercion as a state rather than an act ("the jailed opposition
//! leader", "hundreds have been detained since"), criticism by no party. The passages
//! (`tests/accusations_around_the_verb/paragraphs.txt`) were coded by hand, with the exact
//! CAMEO code, before the engine ran on them; the file's header gives the conventions.
//!
//! The test prints each passage coded wrong, the per-section and per-category figures, then
//! the codebook figures, and asserts floors just under the measured figures (raise them as the
//! coder improves, never lower them to pass).
//!
//! First run, before any change (the honest held-out estimate): category 85/117 (0.73), dyad
//! 78 (0.67), precision 87/131 (0.66), CAMEO root 84 (0.72), exact code 62 (0.53), NONE lines
//! coded 0 of 20; ACCUSE 70/88 (0.80), COERCE 14/28 (0.50). By section: criticism as a noun
//! with its agent 11/16, accusations as nouns 9/10, passives and reduced clauses 8/12,
//! labelling 11/14, holding responsible 13/14, investigations 11/12, coercion as a noun 6/15,
//! passives and agentless coercion 9/14, accusation in a clause around the verb 7/10. The
//! misses by class: a reaction drawn in the perfect ("has drawn criticism from", "has faced"),
//! called out by an act ("prompted a rare rebuke from", "brought condemnation from") or met
//! with ("met with criticism from"), "came under fire from rights groups" (no ACCUSE reading),
//! "In a rebuke to Washington, China said" (the opening phrase's author); coercion nouns with
//! their doer as possessor or `by` agent ("Germany's deportation of 28 Afghan convicts" read
//! as a judicial handover, 063; "the government's imposition of a nationwide curfew", "the
//! declaration of a state of emergency by the government", "Iran's shutdown of the
//! internet": no noun line), a state's agents holding its own nationals ("the detention of a
//! prominent Russian lawyer by security services in Moscow": actor and recipient one party),
//! a jail term read as a lasting span ("has been jailed for four years").
//! After session 23's fixes (those classes; `[eliciting-verbs]`, `[term-participles]`):
//! category 97 (0.83), dyad 91 (0.78), precision 100/143 (0.70), root 97 (0.83), exact 74
//! (0.63), NONE lines coded 0 of 20; ACCUSE 76/88 (0.86), COERCE 20/28 (0.71) (with "In
//! what Human Rights Watch called a war crime, Israeli forces struck": the act the phrase
//! hangs on is the accused's; "voiced regret over Japan's renewed claim": disapproval, not
//! an apology). Left: reduced
//! relatives with a `by` agent ("condemned by Britain as a threat,"), the accused named only
//! as "the country's anti-graft agency", "the responsibility ... lay with", a participle
//! opening the sentence
//! ("Calling Tokyo's plan ... irresponsible, China banned"), agentless coercion nouns ("the
//! jailing of the opposition leader", measured and left by an earlier session), a closure
//! whose object names a capital as a compound ("the Moscow bureau of Radio Free Europe"), and
//! one line whose accused the text never names (the referendums "held in occupied parts of
//! Ukraine").

mod common;

use common::paragraph_cases::{parse, score_codebook, score_sections, Counted};

/// Every passage is read as published on this day (a Monday).
const PUBLISHED: &str = "2026-03-02";

#[test]
fn accusations_and_coercion_told_around_the_verb() {
    let file = include_str!("accusations_around_the_verb/paragraphs.txt");
    let total = score_sections(
        file,
        Counted::NotNegated,
        &["ACCUSE", "COERCE", "SANCTION"],
        110,
        20,
    );
    println!("{}", total.with_traps());
    println!("{}", total.parties());
    let cases = parse(file);
    let codes = score_codebook(&cases, "accusations_around_the_verb", PUBLISHED, true);
    let (_, root, exact, _, _) = codes.figures();
    let (category, dyad, precision) = (total.category(), total.dyad(), total.precision());
    println!(
        "category {category:.2} dyad {dyad:.2} precision {precision:.2} root {root:.2} exact {exact:.2} none coded {}",
        total.none_coded
    );
    assert!(category >= 0.82, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(precision >= 0.69, "category precision {precision:.2} fell");
    assert!(root >= 0.82, "CAMEO root share {root:.2} fell");
    assert!(exact >= 0.62, "exact code share {exact:.2} fell");
    assert!(
        total.none_coded <= 1,
        "{} NONE lines coded an event",
        total.none_coded
    );
}

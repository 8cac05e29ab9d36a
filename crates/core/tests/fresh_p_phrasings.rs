//! Phrasings the session-30 blind wire stories (`tests/golden/wire-blind/wire-p-*`) showed
//! coded wrong or missed, each written anew (no sentence of the stories): a finite verb after
//! "and" opening a second predicate whose words are no object keyword of the first
//! ("suspended payments ... and is in talks with the IMF" is no halt of talks), working
//! with a party as an intent to cooperate and its refusal, tear gas fired at a crowd named
//! only by a pronoun, overreacting as a criticism, a constructive role offered in easing
//! another pair's tensions as an intent to mediate, and "the Mozambican town of Palma"
//! placed in the country its adjective names, missiles fired into the waters around a
//! state as a show of force towards it, and the hideouts of an armed group of the actor's
//! own country as that group's. The passages
//! (`tests/fresh_p_phrasings/paragraphs.txt`) were coded by hand before the engine ran on
//! them. The test prints each passage coded wrong, then the figures, and asserts floors
//! just under the measured ones (raise them as the coder improves, never lower them).

mod common;

use common::paragraph_cases::{score_sections, Counted};

#[test]
fn session_30_story_phrasings_are_coded_as_an_analyst_would() {
    let total = score_sections(
        include_str!("fresh_p_phrasings/paragraphs.txt"),
        Counted::NotNegated,
        &["AGREE", "REJECT", "ASSAULT", "ACCUSE", "CONSULT"],
        18,
        3,
    );
    println!("{}", total.with_traps());
    let (category, dyad) = (total.category(), total.dyad());
    // First run (the engine with h/freshP30's fixes already built: the lines were written
    // before any run, but after the fixes they test were made): category 14/19 (0.74), dyad
    // 13/19 (0.68), 17 of 21 events of the line's category, traps coded 0 of 3. By section:
    // a second predicate after "and" 4/5; working with a party 1/5 (plain "work with" was
    // measured and left out: as many wrong golden events as right ones, and two more wrong
    // held-out events; only "work closely with" is coded); tear gas at a pronoun 3/3 (dyad
    // 2: a two-sentence passage gives the police no country); overreacting 3/3; a role in
    // easing tensions 3/3. Then four lines on "the <country adjective> town of X", written
    // after that fix and before their run (before it, "the Mozambican town of Palma" was
    // placed in Spain and gave the story's forces Spain's code): 4/4, dyad 4. All: category
    // 18/23 (0.78), dyad 17/23 (0.74). Then four lines on missiles fired into the waters
    // around or near a state, written before their run (before the fix "China fired ballistic
    // missiles into waters around Taiwan" was an attack with no target): 4/4, dyad 4. All:
    // category 22/27 (0.81), dyad 21/27 (0.78). Then four lines on the hideouts or bases of
    // an armed group of the actor's own country, written before their run (before the fix
    // the group was left out as the actor's own side, and the attack fell on the state's
    // forces): 3/4, dyad 3 (the Pakistani Taliban line is still missed). All: category 25/31
    // (0.81), dyad 24/31 (0.77). Floors just under those figures.
    assert!(category >= 0.80, "category found {category:.2} fell");
    assert!(dyad >= 0.77, "dyad right {dyad:.2} fell");
    assert!(
        total.none_coded == 0,
        "{} trap lines coded an event",
        total.none_coded
    );
}

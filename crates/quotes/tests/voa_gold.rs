//! Hand-annotated quotations from three VOA stories (annotations written before the
//! extractor was run on these stories). Prints precision/recall of quote detection
//! and of speakers; asserts a floor. A quote is found when the content spans
//! overlap; a speaker is right when its span overlaps the gold speaker phrase.

use sitrep_quotes::find_quotes;

#[path = "../../textview/testing/harness.rs"]
mod harness;

/// (story id, [(start of the quoted content, speaker phrase as written or "", partial)])
type Gold = (&'static str, &'static [(&'static str, &'static str, bool)]);

/// Development set: these three stories were used while writing the rules.
const GOLD: &[Gold] = &[
    (
        "8011115",
        &[
            (
                "successfully eliminated",
                "Iraqi Prime Minister Mohammed Shia al-Sudani",
                true,
            ),
            ("significant security achievement", "Sudani", true),
            ("Today the fugitive leader", "Trump", false),
            ("His miserable life", "Trump", false),
            ("maintained the ability", "The U.N. report", true),
        ],
    ),
    (
        "8008152",
        &[
            ("Our security forces successfully", "he", false),
            ("During 18 hours of siege", "he", false),
            ("Seven other people", "he", false),
            (
                "total war",
                "Somalian President Hassan Sheikh Mohamud",
                true,
            ),
            ("Coordinated airstrikes", "the NISA statement", false),
            (
                "The operation was a significant blow",
                "the Somali Military Command",
                false,
            ),
            ("those who deviate", "NISA", true),
            ("The operation targeted platforms", "a statement", false),
        ],
    ),
    (
        "8011076",
        &[
            ("Maybe some did not travel", "the chief minister", false),
            (
                "We strongly reject",
                "Indian foreign ministry spokesperson Randhir Jaiswal",
                false,
            ),
            ("There was a threat", "Chaudhry", false),
            ("There are thousands of intelligence", "he", false),
        ],
    ),
];

/// Held-out set: annotated after development, scored once before any further change.
const HELD_OUT: &[Gold] = &[
    (
        "8007760",
        &[
            (
                "The attack on Jaffar Express",
                "Balochistan Chief Minister Sarfraz Bugti",
                false,
            ),
            (
                "terrorists have no link",
                "Prime Minister Shehbaz Sharif",
                true,
            ),
            ("Don’t look back", "armed men", false),
            ("We took cover", "Ghulam Nabi", false),
            ("So far, it's no foot", "railway official Hayat", false),
            ("It's a no signal area", "Hayat", false),
        ],
    ),
    (
        "6184384",
        &[
            ("My leg was bleeding", "she", false),
            ("The man came down", "she", false),
            ("The terror group mainly targets", "Macharia", false),
            ("If you are seen in the forest", "Waro", false),
        ],
    ),
];

#[test]
fn voa_hand_annotated_quotes() {
    let Some(stories) = harness::voa_stories() else {
        return;
    };
    score(&stories, GOLD, "development", 0.6);
    score(&stories, HELD_OUT, "held-out", 0.4);
}

fn score(stories: &[(String, String)], gold_set: &[Gold], name: &str, speaker_floor: f64) {
    let (mut tp, mut npred, mut ngold) = (0usize, 0usize, 0usize);
    let (mut sp_ok, mut sp_pred, mut sp_gold, mut partial_ok) = (0usize, 0usize, 0usize, 0usize);
    for (id, gold) in gold_set {
        let text = harness::voa_text(stories, id);
        let found = find_quotes(text);
        npred += found.len();
        ngold += gold.len();
        sp_gold += gold.iter().filter(|g| !g.1.is_empty()).count();
        for q in &found {
            let content = &text[q.start..q.end];
            let speaker = q.speaker.map_or("", |(a, b)| &text[a..b]);
            if !speaker.is_empty() {
                sp_pred += 1;
            }
            let Some(g) = gold
                .iter()
                .find(|g| content.starts_with(g.0) || g.0.starts_with(content))
            else {
                eprintln!("{id} FP: {content:?} <- {speaker:?}");
                continue;
            };
            tp += 1;
            if q.partial == g.2 {
                partial_ok += 1;
            }
            // Speaker spans overlap when the texts overlap at their found positions.
            let gold_pos = text.find(g.1).map(|i| (i, i + g.1.len()));
            let ok = match (q.speaker, gold_pos) {
                (Some((a, b)), Some((ga, gb))) if !g.1.is_empty() => {
                    // The same phrase may occur several times: accept overlap with any.
                    text.match_indices(g.1)
                        .any(|(i, m)| a < i + m.len() && i < b)
                        || (a < gb && ga < b)
                }
                _ => false,
            };
            if ok {
                sp_ok += 1;
            } else {
                eprintln!(
                    "{id} SPEAKER: {:?} got {speaker:?} want {:?}",
                    &content[..content.len().min(30)],
                    g.1
                );
            }
        }
        for g in gold.iter() {
            if !found.iter().any(|q| {
                let c = &text[q.start..q.end];
                c.starts_with(g.0) || g.0.starts_with(c)
            }) {
                eprintln!("{id} FN: {:?}", g.0);
            }
        }
    }
    let p = tp as f64 / npred.max(1) as f64;
    let r = tp as f64 / ngold.max(1) as f64;
    let sp = sp_ok as f64 / sp_pred.max(1) as f64;
    let sr = sp_ok as f64 / sp_gold.max(1) as f64;
    println!(
        "quotes on hand-annotated VOA ({name}): tp={tp} predicted={npred} gold={ngold} precision={p:.2} recall={r:.2}; \
         speaker precision={sp:.2} recall={sr:.2}; partial flag right {partial_ok}/{tp}"
    );
    assert!(p >= 0.8 && r >= 0.8, "precision {p:.2} recall {r:.2}");
    assert!(
        sp >= speaker_floor && sr >= speaker_floor,
        "{name}: speaker precision {sp:.2} recall {sr:.2}"
    );
}

//! Stage `speakers`: each quotation's speaker resolved to an actor mention.
//!
//! The quote finder (`sitrep-quotes`, run in the `mentions` stage) gives the speaker as a
//! phrase ("Lim Eul-chul", "the commentary", "he"); this stage finds the mention inside
//! it, or, for a publication ("the commentary asserted"), the organisation that
//! published it, named in the three sentences before. The actors stage uses the same
//! reading ([`speaker_of`]) to give first-person pronouns inside a quote to its speaker.

use sitrep_quotes::QuoteMatch;
use sitrep_record::EntityType;

use crate::doc::{Doc, Mention, MentionKind, ResolvedQuote};
use crate::knowledge::Knowledge;
use crate::words::PUBLICATION_NOUNS;

/// The stage: `doc.quotes` from `doc.quote_matches` and the final mentions.
pub(crate) fn run(_k: &Knowledge, doc: &mut Doc) {
    let quotes = doc
        .quote_matches
        .iter()
        .map(|q| {
            let (speaker_mention, speaker_text) = match speaker_of(doc, &doc.mentions, q) {
                Some(m) => (Some(m), None),
                None => (
                    None,
                    q.speaker
                        .or(q.according_to)
                        .map(|(s, e)| doc.text[s..e].to_string()),
                ),
            };
            ResolvedQuote {
                start: q.start,
                end: q.end,
                outer_start: q.outer_start,
                outer_end: q.outer_end,
                speaker_mention,
                speaker_text,
            }
        })
        .collect();
    doc.quotes = quotes;
}

/// The mention (an index into `mentions`, which is sorted by first token) that speaks a
/// quote: the first mention inside its speaker phrase, else the publisher of a
/// publication named there.
pub(crate) fn speaker_of(doc: &Doc, mentions: &[Mention], q: &QuoteMatch) -> Option<usize> {
    let (s, e) = q.speaker.or(q.according_to)?;
    let first = doc.token_at_byte(s);
    // Mentions are sorted and disjoint: the first one that ends after the phrase starts
    // is the first inside it, if it starts before the phrase ends.
    let from = mentions.partition_point(|m| m.last <= first);
    if mentions
        .get(from)
        .is_some_and(|m| m.start < e && !m.kind.is_indirect())
    {
        return Some(from);
    }
    let phrase = doc.text[s..e].to_lowercase();
    if phrase
        .split_whitespace()
        .any(|w| PUBLICATION_NOUNS.contains(w))
    {
        return publisher_before(doc, mentions, first);
    }
    None
}

/// "the commentary asserted": the organisation that published it, named in the three
/// sentences before (media first; among equals, the most recent).
fn publisher_before(doc: &Doc, mentions: &[Mention], token: usize) -> Option<usize> {
    let s = doc.sentence_of.get(token).copied().unwrap_or(0) as usize;
    let from = doc.sentences.get(s.saturating_sub(3))?.first;
    let mut best = None;
    for (mi, m) in mentions.iter().enumerate() {
        if m.first < from || m.first >= token {
            continue;
        }
        let e = &doc.entities[m.entity];
        if e.entity_type == EntityType::Org && m.kind == MentionKind::Name {
            let media = e.sector.as_deref() == Some("MED");
            match best {
                Some((_, true)) if !media => {}
                _ => best = Some((mi, media)),
            }
        }
    }
    best.map(|(mi, _)| mi)
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    /// The speaker's organisation, else its name.
    fn speaker(doc: &crate::doc::Doc, i: usize) -> Option<String> {
        doc.quotes[i].speaker_mention.map(|m| {
            let e = &doc.entities[doc.mentions[m].entity];
            e.org.clone().unwrap_or_else(|| e.text.clone())
        })
    }

    #[test]
    fn a_named_speaker_and_a_publication_s_publisher() {
        let doc = doc_through(
            "speakers",
            "KCNA ran a commentary on Tuesday. “It is a mistake,” the commentary said. \
             “We are ready,” Lim Eul-chul, a professor, told reporters.",
        );
        assert_eq!(doc.quotes.len(), 2);
        assert_eq!(speaker(&doc, 0).as_deref(), Some("KCNA"));
        assert_eq!(speaker(&doc, 1).as_deref(), Some("Lim Eul-chul"));
    }

    #[test]
    fn an_unknown_speaker_keeps_its_phrase() {
        let doc = doc_through("speakers", "“It was loud,” a witness said.");
        assert_eq!(doc.quotes.len(), 1);
        assert!(doc.quotes[0].speaker_mention.is_none());
        assert!(doc.quotes[0]
            .speaker_text
            .as_deref()
            .is_some_and(|t| t.contains("witness")));
    }
}

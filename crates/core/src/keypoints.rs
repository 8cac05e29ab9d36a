//! Stage `keypoints`: 2 to 5 sentences a reader should take away.
//!
//! Sentences are scored by the events they carry: each event adds its Goldstein
//! magnitude (conflict and cooperation both matter), more when it is asserted or comes
//! from a named source, weighted by how central its actors are to the document (mention
//! counts). The lead gets a small bonus, as does a recap box ("What you should know")
//! when the article has one. The best sentences are returned in document order.

// Fx: small keys hashed per document; no output depends on a map's order.
use rustc_hash::FxHashMap as HashMap;

use sitrep_lexicon::Ontology;

use crate::doc::Doc;
use crate::doc::SentenceKind;
use crate::knowledge::Knowledge;
use sitrep_record::Modality;

/// Stage `keypoints`.
pub(crate) fn run(k: &Knowledge, doc: &mut Doc) {
    doc.key_points = select(doc, k.ontology);
}

fn select(doc: &Doc, ontology: &Ontology) -> Vec<String> {
    let events = &doc.events;
    let provenance = &doc.provenance;
    let mut salience: HashMap<usize, f64> = HashMap::default();
    for m in doc.mentions.iter().filter(|m| !m.kind.is_indirect()) {
        *salience.entry(m.entity).or_default() += 1.0;
    }
    let max_sal = salience.values().cloned().fold(1.0, f64::max);
    let mut scores = vec![0.0f64; doc.sentences.len()];
    for (i, ev) in events.iter().enumerate() {
        let g = ontology
            .cameo(&ev.cameo)
            .map(|c| c.goldstein.abs())
            .unwrap_or(1.0);
        let actor_weight = |m: Option<usize>| {
            m.map(|mi| {
                salience
                    .get(&doc.mentions[mi].entity)
                    .copied()
                    .unwrap_or(0.0)
                    / max_sal
            })
            .unwrap_or(0.0)
        };
        let weight = 1.0 + actor_weight(ev.actor) + actor_weight(ev.recipient);
        let mut s = (1.0 + g) * weight;
        if ev.negated {
            s *= 0.3;
        }
        // What might happen is less of a take-away than what did.
        if provenance
            .get(i)
            .is_some_and(|p| matches!(p.modality, Modality::Hypothetical | Modality::Denied))
        {
            s *= 0.3;
        }
        scores[ev.sentence] += s;
    }
    let first_body = doc
        .sentences
        .iter()
        .position(|s| s.kind == SentenceKind::Body);
    for (i, s) in doc.sentences.iter().enumerate() {
        match s.kind {
            SentenceKind::Heading => scores[i] = -1.0,
            SentenceKind::Summary => {
                // A recap box restates the story's main points: rank it by its actors.
                let actors = s
                    .tokens()
                    .filter(|&t| doc.mention_at[t] != crate::doc::NONE)
                    .count();
                scores[i] = 6.0 + actors as f64;
            }
            SentenceKind::Body => {
                if i < 2 && scores[i] > 0.0 {
                    scores[i] *= 1.5;
                }

                // Very long or very short sentences make poor key points.
                let len = s.last - s.first;
                if !(6..=60).contains(&len) {
                    scores[i] *= 0.5;
                }
            }
        }
    }
    let mut order: Vec<usize> = (0..doc.sentences.len())
        .filter(|&i| scores[i] > 0.0)
        .collect();
    order.sort_by(|&a, &b| {
        scores[b]
            .partial_cmp(&scores[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let body_with_events = order.len();
    let want = (body_with_events / 3).clamp(2, 5);
    let mut chosen: Vec<usize> = order.into_iter().take(want).collect();
    // The lead of a news story is its own summary: it is always one of the points when
    // it is a plain sentence of reasonable length.
    if let Some(lead) = first_body.filter(|&l| {
        let s = doc.sentences[l];
        (6..=70).contains(&(s.last - s.first))
    }) {
        if !chosen.contains(&lead) {
            if chosen.len() >= want {
                chosen.pop();
            }
            chosen.push(lead);
        }
    }
    // Too few scored sentences: fill from the lead.
    let mut i = 0;
    while chosen.len() < 2 && i < doc.sentences.len() {
        if doc.sentences[i].kind == SentenceKind::Body && !chosen.contains(&i) {
            chosen.push(i);
        }
        i += 1;
    }
    chosen.sort_unstable();
    chosen
        .into_iter()
        .map(|i| {
            let s = doc.sentences[i];
            doc.text[s.start..s.end].trim().to_string()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::testing::doc_through;

    #[test]
    fn two_to_five_points_lead_first() {
        let doc = doc_through(
            "keypoints",
            "Russia attacked Ukraine on Monday, killing 12 people in the city of Kharkiv. \
             The weather was cold. Ukraine said it would respond to the strike. \
             France condemned the attack on Tuesday. Markets were calm.",
        );
        assert!(
            (2..=5).contains(&doc.key_points.len()),
            "{:?}",
            doc.key_points
        );
        assert!(doc.key_points[0].starts_with("Russia attacked Ukraine"));
    }
}

//! Event clusters: one real-world event reported by several articles.
//!
//! Every event mention (an [`Event`] in a [`Record`](sitrep_record::Record)) is assigned to
//! the cluster named by its [`ClusterKey`]:
//!
//! | part | value |
//! |---|---|
//! | category | the PLOVER category (`ASSAULT`); CAMEO codes of one category may differ between reports ("fired at" vs "shelled") and still merge |
//! | actor | the party key of the actor (below), empty when there is none |
//! | recipient | the party key of the recipient, empty when there is none |
//! | date | the event date cut to its precision (`2025-06-04`, `2025-06`, `2025`), else the publication day of the document, else empty |
//! | place | the country code of the event location, else empty |
//!
//! The party key is the concatenated CAMEO actor code (`RUSMIL`) when the engine gave one,
//! else country code plus sector, else the organisation id, else the lower-cased,
//! whitespace-normalised name. So "Russian forces" and "the Russian military" (both `RUSMIL`)
//! merge; Putin (`RUSGOV`) and the army (`RUSMIL`) do not.
//!
//! The cluster id is the first 16 hex digits of the SHA-256 of the canonical key string
//! ([`ClusterKey::canonical`], versioned with a `v1|` prefix so that a future rule change
//! gives new ids instead of silently reusing old ones). It depends on nothing but the
//! event's content: the same event gets the same id in every run, on every machine, in any
//! ingest order. [`ClusterKey::global_id`] is the same hash as a positive integer below 2^53
//! (exact in every reader, including R and JavaScript doubles) for GDELT's numeric
//! `GlobalEventID`.
//!
//! Mention ids are likewise content-derived: the hash of the document's content hash, the
//! event's position in the record and its trigger span.

use sha2::{Digest, Sha256};
use sitrep_record::{Event, Party, Precision};

/// The merging rule's version, part of every canonical key.
pub const CLUSTER_RULE_VERSION: &str = "v1";

/// What makes two event mentions the same real-world event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClusterKey {
    pub category: String,
    pub actor: String,
    pub recipient: String,
    pub date: String,
    pub place: String,
}

/// The key under which a party is merged (see the module documentation).
pub fn party_key(party: Option<&Party>) -> String {
    let Some(p) = party else {
        return String::new();
    };
    if let Some(code) = p.cameo_actor.as_deref().filter(|c| !c.is_empty()) {
        return code.to_ascii_uppercase();
    }
    if let Some(code) = p.code.as_deref().filter(|c| !c.is_empty()) {
        let mut key = code.to_ascii_uppercase();
        if let Some(sector) = p.sector.as_deref() {
            key.push_str(&sector.to_ascii_uppercase());
        }
        return key;
    }
    if let Some(org) = p.org.as_deref().filter(|c| !c.is_empty()) {
        return org.to_ascii_uppercase();
    }
    p.text
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The date part of the key: the event date cut to its precision, else the publication day.
pub fn date_bucket(event: &Event, published: Option<&str>) -> String {
    if let Some(date) = event.date.as_deref().filter(|d| !d.is_empty()) {
        let len = match event.date_precision {
            Some(Precision::Year) => 4,
            Some(Precision::Month) => 7,
            _ => 10,
        };
        return date.chars().take(len).collect();
    }
    published
        .map(|p| p.chars().take(10).collect())
        .unwrap_or_default()
}

impl ClusterKey {
    /// The key of one event mention from a document published on `published`.
    pub fn of_event(event: &Event, published: Option<&str>) -> ClusterKey {
        ClusterKey {
            category: event.event.trim().to_ascii_uppercase(),
            actor: party_key(event.actor.as_ref()),
            recipient: party_key(event.recipient.as_ref()),
            date: date_bucket(event, published),
            place: event
                .location
                .as_ref()
                .and_then(|l| l.code.as_deref())
                .map(|c| c.to_ascii_uppercase())
                .unwrap_or_default(),
        }
    }

    /// `v1|CATEGORY|ACTOR|RECIPIENT|DATE|PLACE`; `|` inside a part is replaced by `/` so the
    /// encoding stays unambiguous.
    pub fn canonical(&self) -> String {
        let clean = |s: &str| s.replace('|', "/");
        format!(
            "{CLUSTER_RULE_VERSION}|{}|{}|{}|{}|{}",
            clean(&self.category),
            clean(&self.actor),
            clean(&self.recipient),
            clean(&self.date),
            clean(&self.place)
        )
    }

    /// The cluster id: 16 lower-case hex digits.
    pub fn id(&self) -> String {
        let digest = Sha256::digest(self.canonical().as_bytes());
        crate::dedup::hex(&digest[..8])
    }

    /// The cluster id as a positive integer below 2^53 (GDELT `GlobalEventID`).
    pub fn global_id(&self) -> i64 {
        global_id_of(&self.id())
    }
}

/// The numeric form of a 16-hex-digit cluster id.
pub fn global_id_of(cluster_id: &str) -> i64 {
    let v = u64::from_str_radix(cluster_id, 16).unwrap_or(0);
    // Zero is avoided so 0 can never be mistaken for "no id".
    ((v >> 11) as i64).max(1)
}

/// The stable id of the `index`-th event of the document with `content_hash`.
pub fn mention_id(content_hash: &str, index: usize, event: &Event) -> String {
    let digest = Sha256::digest(
        format!(
            "{content_hash}|{index}|{}|{}|{}",
            event.trigger.start, event.trigger.end, event.cameo
        )
        .as_bytes(),
    );
    crate::dedup::hex(&digest[..8])
}

#[cfg(test)]
mod tests {
    use super::*;
    use sitrep_record::{Location, Modality, Quad, SentenceRef, Trigger};

    fn event(cat: &str, actor: &str, recip: &str, date: Option<&str>) -> Event {
        Event {
            id: "v1".into(),
            event: cat.into(),
            mode: None,
            context: vec![],
            cameo: "190".into(),
            goldstein: Some(-10.0),
            quad: Quad::MaterialConflict,
            actor: Some(Party {
                text: "Russian forces".into(),
                code: Some(actor[..3].into()),
                cameo_actor: Some(actor.into()),
                ..Party::default()
            }),
            recipient: Some(Party {
                text: "Ukraine".into(),
                code: Some(recip.into()),
                ..Party::default()
            }),
            trigger: Trigger::default(),
            sentence: SentenceRef::default(),
            date: date.map(String::from),
            date_precision: date.map(|_| Precision::Day),
            location: Some(Location {
                text: "Kharkiv".into(),
                code: Some("UKR".into()),
                ..Location::default()
            }),
            modality: Modality::Asserted,
            negated: false,
            sources: vec![],
            quantities: vec![],
            rule: String::new(),
        }
    }

    #[test]
    fn same_event_same_key_and_id() {
        let a = ClusterKey::of_event(&event("ASSAULT", "RUSMIL", "UKR", Some("2025-06-04")), None);
        let mut e = event("ASSAULT", "RUSMIL", "UKR", Some("2025-06-04"));
        e.cameo = "195".into();
        e.actor.as_mut().unwrap().text = "the Russian army".into();
        let b = ClusterKey::of_event(&e, Some("2025-06-05"));
        assert_eq!(a, b);
        assert_eq!(a.id(), b.id());
        assert_eq!(a.id().len(), 16);
        assert_eq!(a.canonical(), "v1|ASSAULT|RUSMIL|UKR|2025-06-04|UKR");
        assert!(a.global_id() > 0 && a.global_id() < (1i64 << 53));
    }

    #[test]
    fn different_day_actor_or_direction_differ() {
        let base =
            ClusterKey::of_event(&event("ASSAULT", "RUSMIL", "UKR", Some("2025-06-04")), None);
        for other in [
            event("ASSAULT", "RUSMIL", "UKR", Some("2025-06-05")),
            event("ASSAULT", "RUSGOV", "UKR", Some("2025-06-04")),
            event("ASSAULT", "UKRMIL", "RUS", Some("2025-06-04")),
            event("COERCE", "RUSMIL", "UKR", Some("2025-06-04")),
        ] {
            assert_ne!(base.id(), ClusterKey::of_event(&other, None).id());
        }
    }

    #[test]
    fn missing_event_date_falls_back_to_publication_day() {
        let k = ClusterKey::of_event(
            &event("ASSAULT", "RUSMIL", "UKR", None),
            Some("2025-03-14 20:30:26Z"),
        );
        assert_eq!(k.date, "2025-03-14");
        let mut e = event("ASSAULT", "RUSMIL", "UKR", Some("2025-06-04"));
        e.date_precision = Some(Precision::Month);
        assert_eq!(ClusterKey::of_event(&e, None).date, "2025-06");
    }

    #[test]
    fn party_key_fallbacks() {
        assert_eq!(party_key(None), "");
        let p = Party {
            text: "  Some   Militia ".into(),
            ..Party::default()
        };
        assert_eq!(party_key(Some(&p)), "some militia");
        let p = Party {
            text: "x".into(),
            code: Some("prk".into()),
            sector: Some("mil".into()),
            ..Party::default()
        };
        assert_eq!(party_key(Some(&p)), "PRKMIL");
    }
}

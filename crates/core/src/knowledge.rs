//! `Knowledge`: everything the stages know, compiled once and shared read-only by all
//! documents and threads. Stages take it as their first argument and never reach for a
//! process-wide built-in themselves, so a [`Pipeline`](crate::Pipeline) built with a
//! user's dictionaries codes with exactly those.
//!
//! The built-ins are process-wide statics (`ActorDictionary::builtin()` and friends,
//! compiled on first use); a pipeline that only uses them borrows the statics, so
//! `Pipeline::new()` stays cheap however many pipelines a program makes. A pipeline built
//! with user sources owns its compiled dictionaries behind an `Arc`.

use std::ops::Deref;
use std::sync::Arc;

use sitrep_actors::ActorDictionary;
use sitrep_gazetteer::Gazetteer;
use sitrep_lexicon::{Cues, EventLexicon, Frames, Ontology};

/// A compiled knowledge part: the process-wide built-in, or one compiled for this pipeline.
pub(crate) enum Shared<T: 'static> {
    Builtin(&'static T),
    Built(Arc<T>),
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Shared::Builtin(t) => t,
            Shared::Built(t) => t,
        }
    }
}

impl<T> Shared<T> {
    pub(crate) fn built(t: T) -> Shared<T> {
        Shared::Built(Arc::new(t))
    }
}

/// What the stages read: dictionaries, patterns, cue lists, places, the ontology.
pub(crate) struct Knowledge {
    pub actors: Shared<ActorDictionary>,
    pub gazetteer: &'static Gazetteer,
    pub lexicon: Shared<EventLexicon>,
    pub ontology: &'static Ontology,
    pub cues: Shared<Cues>,
    /// Frames that govern acts (intent, threat, demand, refusal, ...): built-in only for
    /// now; a `frame_source` on the builder is the seam for users' frames.
    pub frames: &'static Frames,
    /// The sentence-level category detector, the coder's recall backstop
    /// (`detector.rs`); `None`: no backstop.
    pub detector: Option<Shared<crate::detector::Detector>>,
}

impl Knowledge {
    /// The built-in knowledge only (borrowed statics; the gazetteer loads on first use).
    pub(crate) fn builtin() -> Knowledge {
        Knowledge {
            actors: Shared::Builtin(ActorDictionary::builtin()),
            gazetteer: Gazetteer::builtin(),
            lexicon: Shared::Builtin(EventLexicon::builtin()),
            ontology: Ontology::builtin(),
            cues: Shared::Builtin(Cues::builtin()),
            frames: Frames::builtin(),
            detector: Some(Shared::Builtin(crate::detector::Detector::builtin())),
        }
    }
}

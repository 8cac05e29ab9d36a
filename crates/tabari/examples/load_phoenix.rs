//! Measures how long the Phoenix dictionaries take to load, convert and compile.
//!
//! `cargo run --release -p sitrep-tabari --example load_phoenix [-- DIR]`
//! (default DIR: `../shared/dictionaries/phoenix`, relative to the repository root).
//! Prints the time of each step (best of 5), entry counts and the conversion summary,
//! then codes the VOA corpus (`../shared/corpora/voa/voa_stories.jsonl`, when present) on
//! one thread with the built-in pipeline, with the built-ins plus the converted Phoenix
//! dictionaries, and with the TABARI-style pattern coder (`--dictionary-format
//! petrarch`: the coder alone, and the pipeline with it), and prints MB/s and peak
//! memory (VmHWM).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sitrep_tabari::{convert, ConvertOptions, Dictionaries, LoadOptions};

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.expect("at least one run"))
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/dictionaries/phoenix")
        });
    let bytes: u64 = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    let (t_read, dicts) = best(5, || {
        Dictionaries::load(&dir, LoadOptions::default()).expect("load")
    });
    let (t_convert, converted) = best(5, || convert(&dicts, ConvertOptions::default()));
    let (t_actors, _) = best(5, || {
        sitrep_actors::ActorDictionary::builder()
            .add_source("petrarch-actors.txt", converted.actors.clone())
            .add_source("petrarch-roles.txt", converted.roles.clone())
            .build()
            .expect("actors compile")
    });
    let (t_events, lexicon) = best(5, || {
        sitrep_lexicon::EventLexicon::from_source("petrarch-events.txt", &converted.events)
            .expect("events compile")
    });
    let r = &converted.report;
    println!("directory {}", dir.display());
    println!("input_mb {:.2}", bytes as f64 / 1e6);
    println!(
        "read_ms {:.1}  convert_ms {:.1}  compile_actors_ms {:.1}  compile_events_ms {:.1}",
        t_read.as_secs_f64() * 1e3,
        t_convert.as_secs_f64() * 1e3,
        t_actors.as_secs_f64() * 1e3,
        t_events.as_secs_f64() * 1e3
    );
    println!(
        "total_ms {:.1}",
        (t_read + t_convert + t_actors + t_events).as_secs_f64() * 1e3
    );
    println!(
        "actors_read {}  agents_read {}  verbs_read {}  patterns_read {}  malformed_lines {}",
        r.actors_read,
        r.agents_read,
        r.verbs_read,
        r.patterns_read,
        dicts.diagnostics().len()
    );
    println!(
        "actor_entries {}  roles {}  pattern_lines {}  compiled_patterns {}",
        r.actor_blocks_written,
        r.roles_written,
        r.pattern_lines_written,
        lexicon.stats().patterns
    );
    println!(
        "not_represented {}  approximated {}",
        r.skipped.len(),
        r.approximated.len()
    );
    for (reason, n) in r.reason_counts() {
        println!("{n:>7}  {reason}");
    }
    let (t_coder, coder) = best(5, || sitrep_tabari::Coder::new(&dicts));
    let (forms, names, patterns) = coder.sizes();
    println!(
        "pattern_coder_compile_ms {:.1}  load_total_ms {:.1}  verb_forms {forms}  names {names}  patterns {patterns}",
        t_coder.as_secs_f64() * 1e3,
        (t_read + t_coder).as_secs_f64() * 1e3
    );
    coding_speed(&converted, coder);
}

/// One-thread coding speed over the VOA corpus, without and with the Phoenix dictionaries.
fn coding_speed(converted: &sitrep_tabari::Converted, coder: sitrep_tabari::Coder) {
    let voa = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/voa/voa_stories.jsonl");
    let Ok(text) = std::fs::read_to_string(&voa) else {
        println!("coding: {} not found, skipped", voa.display());
        return;
    };
    let docs: Vec<sitrep_core::record::InputDocument> = text
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let t = Instant::now();
    let with = sitrep_core::Pipeline::builder()
        .actor_source("petrarch-actors.txt", converted.actors.clone())
        .actor_source("petrarch-roles.txt", converted.roles.clone())
        .event_source("petrarch-events.txt", converted.events.clone())
        .build()
        .expect("pipeline with Phoenix dictionaries");
    let build = t.elapsed();
    for (name, pipeline) in [
        ("builtin", sitrep_core::Pipeline::new()),
        ("builtin+phoenix", with),
    ] {
        pipeline.warm_up();
        // Three passes, the best one counted.
        let (elapsed, events) = best(3, || {
            docs.iter()
                .map(|d| pipeline.process(d).events.len())
                .sum::<usize>()
        });
        println!(
            "coding {name}: {} docs, {:.2} MB, {events} events, {:.2} MB/s (1 thread)",
            docs.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / elapsed.as_secs_f64()
        );
    }
    println!(
        "pipeline_build_with_phoenix_ms {:.1}",
        build.as_secs_f64() * 1e3
    );
    // The pattern coder alone, on the pipeline's sentences (split here on sentence
    // punctuation, which is close enough for a speed figure).
    let (elapsed, events) = best(3, || {
        docs.iter()
            .flat_map(|d| d.text.split_inclusive(['.', '!', '?', '\n']))
            .map(|s| coder.code_sentence(s, None).len())
            .sum::<usize>()
    });
    println!(
        "coding pattern coder alone: {events} events, {:.2} MB/s (1 thread)",
        bytes as f64 / 1e6 / elapsed.as_secs_f64()
    );
    // What `sitrep extract --dictionary-format petrarch` runs: sitrep's stages with the
    // converted actors for entities, events from the pattern coder.
    let petrarch = sitrep_core::Pipeline::builder()
        .actor_source("petrarch-actors.txt", converted.actors.clone())
        .actor_source("petrarch-roles.txt", converted.roles.clone())
        .sentence_coder(std::sync::Arc::new(coder))
        .build()
        .expect("pipeline with the pattern coder");
    petrarch.warm_up();
    let (elapsed, events) = best(3, || {
        docs.iter()
            .map(|d| petrarch.process(d).events.len())
            .sum::<usize>()
    });
    println!(
        "coding pipeline with the pattern coder (--dictionary-format petrarch): {events} events, {:.2} MB/s (1 thread)",
        bytes as f64 / 1e6 / elapsed.as_secs_f64()
    );
    if let Ok(status) = std::fs::read_to_string("/proc/self/status") {
        if let Some(hwm) = status.lines().find(|l| l.starts_with("VmHWM")) {
            println!("peak_memory {}", hwm.trim_start_matches("VmHWM:").trim());
        }
    }
}

//! Doubling benchmark (issue #17): is any stage quadratic?
//!
//! Each workload is built at four sizes, each twice the one before; each size is measured
//! `--repeat` times and the fastest run kept. For every stage the tool prints the time at
//! each size and the growth factor per doubling: about 2.0 means linear, 4.0 quadratic. The
//! `norm` column is that factor divided by 2 (time per byte or per document growing by
//! that much per doubling); the issue's goal is `norm <= 1.3` everywhere, and rows above it
//! are flagged `SUPERLINEAR`.
//!
//! ```text
//! cargo run --release -p sitrep-bench-doubling -- [--base-kb 16] [--base-docs 250] [--repeat 3] [--only NAME]
//! ```
//!
//! Workloads: text shapes of the issue run through the pipeline (`article`: the example
//! articles repeated; `no-punct`: one sentence without punctuation; `kim-said`: "Kim
//! said ..." repeated; `repeated`: one news sentence repeated), HTML pages (`html-wide`:
//! paragraphs; `html-deep`: nesting just under the depth cap), JSON Lines reading, and
//! store ingest of many articles reporting one event (`store-one-event`) and of one story
//! republished many times (`store-copies`, all near duplicates of the first).

use std::time::{Duration, Instant};

use sitrep_core::{Pipeline, StageTimes, STAGES};
use sitrep_ingest::{html_to_document, read_jsonl, ReadOptions};
use sitrep_record::{Event, InputDocument, Party, Quad, Record, SentenceRef, Trigger};
use sitrep_store::{NewDocument, SqliteStore, Store};

const ARTICLES: [&str; 3] = [
    include_str!("../../../examples/articles/border-clash-ceasefire.txt"),
    include_str!("../../../examples/articles/eu-belarus-sanctions.txt"),
    include_str!("../../../examples/articles/sudan-aid-convoy.txt"),
];

struct Options {
    base_kb: usize,
    base_docs: usize,
    repeat: usize,
    only: Option<String>,
}

fn parse_args() -> Options {
    let mut o = Options {
        base_kb: 16,
        base_docs: 250,
        repeat: 3,
        only: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--base-kb" => o.base_kb = value.parse().expect("--base-kb N"),
            "--base-docs" => o.base_docs = value.parse().expect("--base-docs N"),
            "--repeat" => o.repeat = value.parse::<usize>().expect("--repeat N").max(1),
            "--only" => o.only = Some(value),
            "-h" | "--help" => {
                println!("doubling [--base-kb 16] [--base-docs 250] [--repeat 3] [--only NAME]");
                std::process::exit(0);
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    o
}

/// `unit` repeated (with `sep`) until the text has at least `bytes` bytes.
fn fill(bytes: usize, units: &[&str], sep: &str) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut i = 0;
    while out.len() < bytes {
        if !out.is_empty() {
            out.push_str(sep);
        }
        out.push_str(units[i % units.len()]);
        i += 1;
    }
    out
}

fn text_workload(name: &str, bytes: usize) -> String {
    match name {
        "article" => fill(bytes, &ARTICLES, "\n"),
        "no-punct" => {
            let words: Vec<&str> = ARTICLES[0]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            fill(bytes, &words, " ")
        }
        "kim-said" => fill(bytes, &["Kim said the army would respond."], " "),
        "repeated" => fill(
            bytes,
            &["Russian forces shelled Kharkiv on Monday, Ukrainian officials said."],
            " ",
        ),
        _ => unreachable!(),
    }
}

fn html_workload(name: &str, bytes: usize) -> String {
    let paragraph = |i: usize| {
        format!(
            "<p>Paragraph {i}: {}</p>\n",
            ARTICLES[i % 3].lines().next().unwrap_or("")
        )
    };
    let mut html =
        String::from("<!doctype html><html><head><title>T</title></head><body><article>");
    let mut i = 0;
    match name {
        "html-wide" => {
            while html.len() < bytes {
                html.push_str(&paragraph(i));
                i += 1;
            }
        }
        "html-deep" => {
            // Blocks nested 200 deep (under the 256 cap), as many as the size needs.
            while html.len() < bytes {
                html.push_str(&"<div>".repeat(200));
                html.push_str(&paragraph(i));
                html.push_str(&"</div>".repeat(200));
                i += 1;
            }
        }
        _ => unreachable!(),
    }
    html.push_str("</article></body></html>");
    html
}

/// Fastest of `repeat` runs of `f`, which returns stage times (or just its own time).
fn fastest<F: FnMut() -> Vec<Duration>>(repeat: usize, mut f: F) -> Vec<Duration> {
    let mut best: Option<Vec<Duration>> = None;
    for _ in 0..repeat {
        let t = f();
        best = Some(match best {
            None => t,
            Some(b) => {
                let total = |v: &Vec<Duration>| v.iter().sum::<Duration>();
                if total(&t) < total(&b) {
                    t
                } else {
                    b
                }
            }
        });
    }
    best.unwrap()
}

/// One event mention: every document reports the same shelling (one cluster).
fn one_event_record(i: usize) -> Record {
    let sentence = format!("Russian forces shelled Kharkiv, report {i} said.");
    let text = format!("{sentence} Words unique to report {i}: {}.", i * 7919);
    let party = |text: &str, code: &str| Party {
        text: text.into(),
        code: Some(code.into()),
        cameo_actor: Some(code.into()),
        ..Party::default()
    };
    Record {
        id: format!("doc{i}"),
        text: text.clone(),
        url: Some(format!("https://outlet{}.example/{i}", i % 50)),
        published: Some(format!("2025-06-{:02}", 1 + i % 28)),
        events: vec![Event {
            id: "v1".into(),
            event: "ASSAULT".into(),
            mode: None,
            context: vec![],
            cameo: if i.is_multiple_of(2) { "195" } else { "190" }.into(),
            goldstein: Some(-10.0),
            quad: Quad::MaterialConflict,
            actor: Some(party("Russian forces", "RUSMIL")),
            recipient: Some(party("Kharkiv", "UKR")),
            trigger: Trigger {
                text: "shelled".into(),
                start: 15,
                end: 22,
            },
            sentence: SentenceRef {
                index: 0,
                start: 0,
                end: sentence.chars().count(),
            },
            date: Some("2025-06-01".into()),
            date_precision: None,
            location: None,
            modality: Default::default(),
            negated: false,
            sources: vec![],
            quantities: vec![],
            rule: String::new(),
        }],
        ..Record::default()
    }
}

/// The same wire story republished with a line of its own: every copy after the first is a
/// near duplicate of it.
fn wire_copy(i: usize) -> Record {
    Record {
        id: format!("copy{i}"),
        text: format!("{}\nUpdated {i} times by outlet {}.", ARTICLES[0], i * 7919),
        url: Some(format!("https://outlet{i}.example/story")),
        published: Some("2025-06-05".into()),
        ..Record::default()
    }
}

struct Row {
    workload: String,
    stage: String,
    unit: &'static str,
    sizes: Vec<usize>,
    times: Vec<Duration>,
}

fn print_row(r: &Row) {
    let ratios: Vec<f64> = r
        .times
        .windows(2)
        .map(|w| w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9))
        .collect();
    // The last doubling is the most telling (fixed costs fade as the input grows).
    let last = *ratios.last().unwrap_or(&0.0);
    let flag = if r
        .times
        .last()
        .is_some_and(|t| *t < Duration::from_millis(2))
    {
        "(too fast to tell)"
    } else if last / 2.0 > 1.3 {
        "SUPERLINEAR"
    } else {
        "linear"
    };
    let times: Vec<String> = r
        .times
        .iter()
        .map(|t| format!("{:>9.2}", t.as_secs_f64() * 1000.0))
        .collect();
    let ratios: Vec<String> = ratios.iter().map(|x| format!("{x:>5.2}")).collect();
    println!(
        "{:<16} {:<11} {:>8}..{:<8} {:<5} ms [{}]  x per doubling [{}]  norm {:>4.2}  {flag}",
        r.workload,
        r.stage,
        r.sizes[0],
        r.sizes[r.sizes.len() - 1],
        r.unit,
        times.join(" "),
        ratios.join(" "),
        last / 2.0
    );
}

fn main() {
    let o = parse_args();
    let wanted = |name: &str| o.only.as_deref().is_none_or(|only| name.starts_with(only));
    let pipeline = Pipeline::new();
    pipeline.warm_up();
    println!(
        "doubling benchmark: sizes x1 x2 x4 x8, fastest of {} runs; x per doubling 2.0 = linear, 4.0 = quadratic",
        o.repeat
    );

    for name in ["article", "no-punct", "kim-said", "repeated"] {
        if !wanted(name) {
            continue;
        }
        let sizes: Vec<usize> = (0..4).map(|k| (o.base_kb << k) * 1024).collect();
        let mut per_size: Vec<Vec<Duration>> = Vec::new();
        for &bytes in &sizes {
            let doc = InputDocument {
                id: name.into(),
                text: text_workload(name, bytes),
                published: Some("2025-06-05".into()),
                ..InputDocument::default()
            };
            per_size.push(fastest(o.repeat, || {
                let mut times = StageTimes::default();
                let start = Instant::now();
                let _ = pipeline.process_timed(&doc, &mut times);
                let total = start.elapsed();
                let mut v: Vec<Duration> = times
                    .nanos
                    .iter()
                    .map(|n| Duration::from_nanos(*n))
                    .collect();
                v.push(total);
                v
            }));
        }
        for (s, stage) in STAGES.iter().chain(std::iter::once(&"total")).enumerate() {
            print_row(&Row {
                workload: name.into(),
                stage: stage.to_string(),
                unit: "bytes",
                sizes: sizes.clone(),
                times: per_size.iter().map(|t| t[s]).collect(),
            });
        }
    }

    let options = ReadOptions::default();
    for name in ["html-wide", "html-deep"] {
        if !wanted(name) {
            continue;
        }
        let sizes: Vec<usize> = (0..4).map(|k| (o.base_kb << k) * 1024 * 4).collect();
        let times = sizes
            .iter()
            .map(|&bytes| {
                let html = html_workload(name, bytes);
                fastest(o.repeat, || {
                    let start = Instant::now();
                    let _ = html_to_document(&html, "page", None, &options);
                    vec![start.elapsed()]
                })[0]
            })
            .collect();
        print_row(&Row {
            workload: name.into(),
            stage: "read".into(),
            unit: "bytes",
            sizes,
            times,
        });
    }

    if wanted("jsonl") {
        let sizes: Vec<usize> = (0..4).map(|k| (o.base_kb << k) * 1024 * 16).collect();
        let times = sizes
            .iter()
            .map(|&bytes| {
                let mut data = String::new();
                let mut i = 0;
                while data.len() < bytes {
                    data.push_str(&format!(
                        "{{\"id\":\"d{i}\",\"text\":{:?},\"published\":\"2025-06-05\"}}\n",
                        ARTICLES[i % 3]
                    ));
                    i += 1;
                }
                fastest(o.repeat, || {
                    let start = Instant::now();
                    read_jsonl(data.as_bytes(), "bench.jsonl", &options).for_each(drop);
                    vec![start.elapsed()]
                })[0]
            })
            .collect();
        print_row(&Row {
            workload: "jsonl".into(),
            stage: "read".into(),
            unit: "bytes",
            sizes,
            times,
        });
    }

    for name in ["store-one-event", "store-copies"] {
        if !wanted(name) {
            continue;
        }
        let sizes: Vec<usize> = (0..4).map(|k| o.base_docs << k).collect();
        let times = sizes
            .iter()
            .map(|&n| {
                let docs: Vec<NewDocument> = (0..n)
                    .map(|i| NewDocument {
                        record: if name == "store-copies" {
                            wire_copy(i)
                        } else {
                            one_event_record(i)
                        },
                        source: None,
                    })
                    .collect();
                fastest(o.repeat, || {
                    let mut store = SqliteStore::open_in_memory().expect("in-memory store");
                    let start = Instant::now();
                    for batch in docs.chunks(64) {
                        store.put_documents(batch).expect("stored");
                    }
                    vec![start.elapsed()]
                })[0]
            })
            .collect();
        print_row(&Row {
            workload: name.into(),
            stage: "ingest".into(),
            unit: "docs",
            sizes,
            times,
        });
    }
}

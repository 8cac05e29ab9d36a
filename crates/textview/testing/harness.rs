//! The test harness the text-level extractors share (dates, quantities, quotes): the
//! shared corpora (seed article, VOA stories) with a skip notice where they are absent,
//! random token strings for property tests, large adversarial inputs that must never
//! panic, and throughput on the VOA corpus. Each crate's tests include it with
//! `#[path = "../../textview/testing/harness.rs"] mod harness;` and pass their finder.
#![allow(dead_code)] // each test file uses part of it

/// `../shared` seen from a crate under `crates/`.
const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

/// A file under `../shared` (`rel` relative to it), or `None` with a notice on standard
/// error: the tests that need it then skip.
pub fn shared_file(rel: &str) -> Option<String> {
    let path = format!("{SHARED}/{rel}");
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("notice: {path} absent; skipping");
            None
        }
    }
}

/// The seed article's text.
pub fn seed_text() -> Option<String> {
    shared_file("corpora/seed/kim-shoigu-pyongyang.txt")
}

/// The VOA stories as `(id, text)`, in corpus order.
pub fn voa_stories() -> Option<Vec<(String, String)>> {
    let data = shared_file("corpora/voa/voa_stories.jsonl")?;
    let stories = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let doc: serde_json::Value = serde_json::from_str(l).expect("a VOA JSON line");
            let field = |name: &str| doc[name].as_str().unwrap_or_default().to_string();
            (field("id"), field("text"))
        })
        .collect();
    Some(stories)
}

/// The text of the VOA story `id` (panics when the corpus lacks it: the gold sets name
/// stories that exist).
pub fn voa_text<'a>(stories: &'a [(String, String)], id: &str) -> &'a str {
    &stories
        .iter()
        .find(|(i, _)| i == id)
        .unwrap_or_else(|| panic!("no VOA story {id}"))
        .1
}

/// The documents a dump example reads: each line of a JSON Lines file as `(id,
/// published, text)`, or the argument itself as one text (published date: the second
/// argument). Examples print what an extractor finds in each.
pub fn documents_from_args() -> Vec<(String, Option<String>, String)> {
    let mut args = std::env::args().skip(1);
    let arg = args.next().unwrap_or_default();
    if !arg.ends_with(".jsonl") {
        return vec![(String::new(), args.next(), arg)];
    }
    let data = std::fs::read_to_string(&arg).unwrap_or_else(|e| panic!("{arg}: {e}"));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let field = |name: &str| doc[name].as_str().map(str::to_string);
            (
                field("id").unwrap_or_default(),
                field("published"),
                field("text").unwrap_or_default(),
            )
        })
        .collect()
}

/// The byte span of the `n`th (0-based) occurrence of `needle` in `text`.
pub fn nth_span(text: &str, needle: &str, n: usize) -> Option<(usize, usize)> {
    text.match_indices(needle)
        .nth(n)
        .map(|(i, s)| (i, i + s.len()))
}

/// `rounds` pseudo-random strings (xorshift from `seed`: the same strings every run) of
/// 1 to `max_words` pieces drawn from `alphabet`, a space after a piece when the draw is
/// a multiple of `space_every`: inputs for property tests of the finders.
pub fn random_strings<'a>(
    alphabet: &'a [&'a str],
    seed: u64,
    rounds: usize,
    max_words: usize,
    space_every: u64,
) -> impl Iterator<Item = String> + 'a {
    let mut x = seed;
    (0..rounds).map(move |round| {
        let mut s = String::new();
        for _ in 0..(round % max_words) + 1 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            s.push_str(alphabet[(x % alphabet.len() as u64) as usize]);
            if x.is_multiple_of(space_every) {
                s.push(' ');
            }
        }
        s
    })
}

/// Large adversarial inputs (about 300 KB each), lossy-decoded random bytes included.
pub fn adversarial_inputs() -> Vec<String> {
    let mut out = vec![
        "“".repeat(100000),
        "”“ ".repeat(66666),
        "\"a \"".repeat(66666),
        "1,000,".repeat(50000),
        "between 1 and 2 and 3 to 4-5 ".repeat(10000),
        "May March May March 2023 2023-06-04 6/4/2025 ".repeat(6666),
        "thousands of tens of hundreds of ".repeat(10000),
        "said “x,” said “y,” he said: “".repeat(10000),
        "a".repeat(333333),
        "9".repeat(333333),
        "é—".repeat(100000),
    ];
    let mut x: u64 = 0x0123_4567_89AB_CDEF;
    let mut bytes = Vec::with_capacity(300_000);
    for _ in 0..300_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push((x >> 24) as u8);
    }
    out.push(String::from_utf8_lossy(&bytes).into_owned());
    out
}

/// The scan never panics on any adversarial input and gives the same matches twice.
/// `find` returns the number of matches. The time each input takes is printed, not
/// asserted (a wall-clock limit fails on a loaded machine); `bench/doubling` measures how
/// the time grows with the input.
pub fn assert_sound_on_adversarial_inputs(find: impl Fn(&str) -> usize) {
    for s in adversarial_inputs() {
        let t = std::time::Instant::now();
        let n = find(&s);
        let secs = t.elapsed().as_secs_f64();
        eprintln!("{} bytes -> {n} matches in {secs:.3}s", s.len());
        assert_eq!(n, find(&s), "non-deterministic on {} bytes", s.len());
    }
}

/// Throughput of `find` on the VOA corpus (skips with a notice when it is absent):
/// prints MB per CPU second and wall MB/s; in release, asserts at least 20 MB per CPU
/// second.
pub fn throughput_on_voa(name: &str, find: impl Fn(&str) -> usize) {
    let Some(stories) = voa_stories() else {
        return;
    };
    let texts: Vec<String> = stories.into_iter().map(|(_, text)| text).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    // Warm up, then time enough rounds for about 40 MB.
    let mut found = 0usize;
    for t in &texts {
        found += find(t);
    }
    let rounds = (40_000_000 / bytes.max(1)).max(1);
    let cpu0 = thread_cpu_secs();
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        for t in &texts {
            found += std::hint::black_box(find(t));
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let mbps = (bytes * rounds) as f64 / secs / 1e6;
    // CPU time of this thread: robust against other processes on a shared machine.
    let cpu_mbps = match (cpu0, thread_cpu_secs()) {
        (Some(a), Some(b)) if b > a => (bytes * rounds) as f64 / (b - a) / 1e6,
        _ => mbps,
    };
    println!(
        "{name}: {cpu_mbps:.1} MB/s per CPU second ({mbps:.1} MB/s wall) over {} MB ({} docs x {rounds} rounds, {found} matches)",
        bytes * rounds / 1_000_000,
        texts.len()
    );
    if !cfg!(debug_assertions) {
        assert!(cpu_mbps > 20.0, "{cpu_mbps:.1} MB/s");
    }
}

/// User + system CPU seconds of the calling thread (Linux `/proc`), assuming the
/// usual 100 clock ticks per second.
fn thread_cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the command name: state is field 3, utime 14, stime 15 (1-based).
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

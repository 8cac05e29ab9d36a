//! Running on several machines: `sitrep publish`, three `sitrep worker` processes and
//! `sitrep status` on a NATS JetStream queue and a PostgreSQL store.
//!
//! The VOA corpus, repeated to 2,000 documents (repeats differ in id only, as a feed read
//! twice does), is published; three workers pull it; one is killed with SIGKILL in the
//! middle of its work. At the end every document is stored exactly once, nothing is left
//! queued, in flight or failed, and the event export equals that of a single-process
//! SQLite `sitrep ingest` of the same input.
//!
//! * `three_workers_on_one_host`: the servers named by `SITREP_TEST_POSTGRES` and
//!   `SITREP_TEST_NATS` (`.ci/run` starts them); skipped with a note when unset.
//! * `three_workers_in_network_namespaces`: each worker in its own network namespace
//!   (`ip netns`), joined by veth pairs to a bridge in a fourth namespace where the test
//!   starts its own PostgreSQL and nats-server on the bridge's address: three hosts in
//!   all but the file system. Needs root, `ip`, `nats-server` and PostgreSQL's server
//!   binaries, and `SITREP_TEST_NETNS=1`; skipped with a note otherwise.
//!
//! Also: republishing is deduplicated by JetStream, and a document that fails every
//! attempt ends in the dead-letter stream (`failed` in `status`).

#![cfg(feature = "scale")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use sitrep_store::{SqliteStore, Store};

const BIN: &str = env!("CARGO_BIN_EXE_sitrep");
const DOCUMENTS: usize = 2000;
const WORKERS: usize = 3;

fn voa() -> Option<Vec<serde_json::Value>> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpora/voa/voa_stories.jsonl"
    );
    let Ok(data) = std::fs::read_to_string(path) else {
        eprintln!("skipped: the VOA corpus ({path}) is absent");
        return None;
    };
    Some(
        data.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// The corpus cycled to `n` documents; the k-th repeat of a story has id `ID#k`.
fn repeated_input(dir: &Path, n: usize) -> Option<PathBuf> {
    let stories = voa()?;
    let path = dir.join("input.jsonl");
    let mut out = std::fs::File::create(&path).unwrap();
    for i in 0..n {
        let mut doc = stories[i % stories.len()].clone();
        let round = i / stories.len();
        if round > 0 {
            let id = format!("{}#{round}", doc["id"].as_str().unwrap());
            doc["id"] = serde_json::Value::String(id);
        }
        writeln!(out, "{doc}").unwrap();
    }
    Some(path)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sitrep-scale-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Where commands run: directly, or inside a network namespace.
#[derive(Clone)]
struct Host(Option<String>);

impl Host {
    fn command(&self, program: &str) -> Command {
        match &self.0 {
            None => Command::new(program),
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, program]);
                c
            }
        }
    }
}

/// The servers and queue names one test uses.
struct Cluster {
    db: String,
    nats: String,
    stream: String,
    /// Where publish, status and export run (the servers' host in the namespace test).
    control: Host,
    /// Where each worker runs.
    workers: Vec<Host>,
}

impl Cluster {
    fn queue_args(&self) -> Vec<String> {
        vec![
            "--nats".into(),
            self.nats.clone(),
            "--stream".into(),
            self.stream.clone(),
            "--subject".into(),
            format!("{}.documents", self.stream.to_lowercase()),
            "--dead-letter-subject".into(),
            format!("{}.dead", self.stream.to_lowercase()),
        ]
    }

    fn sitrep(&self, host: &Host, args: &[&str]) -> Command {
        let mut c = host.command(BIN);
        c.args(args);
        c
    }

    /// A queue command (`publish`, `status`) where the servers are reachable.
    fn run(&self, args: &[&str]) -> Output {
        let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        all.extend(self.queue_args());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        self.run_plain(&refs)
    }

    /// Any command where the servers are reachable.
    fn run_plain(&self, args: &[&str]) -> Output {
        let out = self.sitrep(&self.control, args).output().unwrap();
        assert!(
            out.status.success(),
            "sitrep {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn status(&self) -> serde_json::Value {
        let out = self.run(&["status", "--db", &self.db]);
        serde_json::from_slice(&out.stdout).unwrap()
    }

    fn worker(&self, index: usize, extra: &[&str]) -> Child {
        let mut args: Vec<String> = vec![
            "worker".into(),
            "--db".into(),
            self.db.clone(),
            "--batch".into(),
            "8".into(),
            "--jobs".into(),
            "1".into(),
            "--ack-wait".into(),
            "5".into(),
            "--exit-when-idle".into(),
            "12".into(),
        ];
        args.extend(self.queue_args());
        args.extend(extra.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        self.sitrep(&self.workers[index], &refs)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

/// Events exported as JSON Lines, without the ingest time (`date_added`).
fn events_without_ingest_time(jsonl: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(jsonl)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
            v.as_object_mut().unwrap().remove("date_added");
            v
        })
        .collect()
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "timed out waiting until {what}");
        std::thread::sleep(Duration::from_millis(250));
    }
}

fn stored_documents(status: &serde_json::Value) -> i64 {
    status["store"]["documents"].as_i64().unwrap_or(0)
}

/// The scenario both tests run.
fn scale_out(cluster: &Cluster, dir: &Path) {
    let Some(input) = repeated_input(dir, DOCUMENTS) else {
        return;
    };
    let input = input.to_str().unwrap();

    // The reference: one process, SQLite.
    let reference = dir.join("reference.db");
    let out = Command::new(BIN)
        .args([
            "ingest",
            "--quiet",
            "--db",
            reference.to_str().unwrap(),
            input,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = Command::new(BIN)
        .args([
            "export",
            "--format",
            "jsonl",
            "--db",
            reference.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(expected.status.success());
    let expected = events_without_ingest_time(&expected.stdout);
    assert!(expected.len() > 50, "the corpus codes events");

    // Publish twice: the second time JetStream drops every message as a duplicate.
    let first: serde_json::Value =
        serde_json::from_slice(&cluster.run(&["publish", "--quiet", input]).stdout)
            .unwrap_or_default();
    let summary: serde_json::Value =
        serde_json::from_slice(&cluster.run(&["publish", input]).stdout).unwrap();
    assert!(first.is_null(), "--quiet prints nothing");
    assert_eq!(summary["read"], DOCUMENTS);
    assert_eq!(summary["duplicates"], DOCUMENTS, "{summary}");
    assert_eq!(summary["queued"], 0);
    let status = cluster.status();
    assert_eq!(status["queued"], DOCUMENTS, "{status}");

    let mut workers: Vec<Child> = (0..WORKERS).map(|i| cluster.worker(i, &[])).collect();
    // Kill one worker while it holds unacknowledged messages, once work is under way.
    wait_until(
        "the workers store documents",
        Duration::from_secs(600),
        || {
            let s = cluster.status();
            stored_documents(&s) >= 5 && s["in_flight"].as_u64().unwrap_or(0) > 0
        },
    );
    workers[0].kill().unwrap(); // SIGKILL
    workers[0].wait().unwrap();
    for w in workers.drain(1..) {
        let out = w.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "worker: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    let status = cluster.status();
    assert_eq!(status["queued"], 0, "{status}");
    assert_eq!(status["in_flight"], 0, "{status}");
    assert_eq!(status["failed"], 0, "{status}");
    assert_eq!(status["done"], DOCUMENTS, "{status}");
    let reference_documents = SqliteStore::open_read_only(&reference)
        .unwrap()
        .stats()
        .unwrap()
        .documents;
    assert_eq!(
        status["store"]["documents"], reference_documents,
        "every document stored exactly once"
    );
    assert_eq!(
        status["store"]["near_duplicates"], 0,
        "no document is a near duplicate of itself"
    );

    let got = cluster.run_plain(&["export", "--format", "jsonl", "--db", &cluster.db]);
    let got = events_without_ingest_time(&got.stdout);
    assert_eq!(got.len(), expected.len());
    assert_eq!(
        got, expected,
        "PostgreSQL after three workers equals SQLite after one"
    );
}

/// A poison document: one the workers cannot analyse (here: larger than they accept) is
/// tried `--max-deliver` times and then dead-lettered, and the others are stored.
fn poison(cluster: &Cluster, dir: &Path) {
    let input = dir.join("poison.jsonl");
    let big = "Officials said the talks would continue. ".repeat(200);
    std::fs::write(
        &input,
        format!(
            "{}\n{}\n",
            serde_json::json!({"id": "small", "text": "Russia and China signed a trade agreement on Monday."}),
            serde_json::json!({"id": "big", "text": big}),
        ),
    )
    .unwrap();
    cluster.run(&["publish", "--quiet", input.to_str().unwrap()]);
    let w = cluster.worker(0, &["--max-document-bytes", "2000", "--max-deliver", "2"]);
    let out = w.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("big: dead-lettered after 2 attempt(s)"),
        "{stderr}\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        cluster.status()
    );
    let status = cluster.status();
    assert_eq!(status["failed"], 1, "{status}");
    // SIGTERM: a waiting worker stops at once and exits 0 (with work in hand it would
    // finish the batch first).
    let mut args = vec!["worker".to_string(), "--db".into(), cluster.db.clone()];
    args.extend(cluster.queue_args());
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    let waiting = cluster
        .sitrep(&cluster.workers[0], &refs)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    sh("kill", &["-TERM", &waiting.id().to_string()]);
    let out = waiting.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("stopping after the current batch"),
        "{stderr}"
    );
    assert_eq!(status["queued"], 0, "{status}");
    assert_eq!(status["in_flight"], 0, "{status}");
}

fn fresh_database(base: &str, name: &str) -> String {
    sitrep_store::PgStore::create_scratch_database(base, name)
        .unwrap_or_else(|e| panic!("PostgreSQL at {base}: cannot create {name}: {e}"))
}

#[test]
fn three_workers_on_one_host() {
    let (Ok(pg), Ok(nats)) = (
        std::env::var("SITREP_TEST_POSTGRES"),
        std::env::var("SITREP_TEST_NATS"),
    ) else {
        eprintln!(
            "skipped: set SITREP_TEST_POSTGRES=postgres://... and SITREP_TEST_NATS=nats://... \
             (a JetStream server) to run the multi-process test"
        );
        return;
    };
    let dir = temp_dir("host");
    // Unique per run: a stream left by an earlier run with the same process id would
    // drop this run's messages as duplicates (its deduplication window is a day).
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let stream = format!("SITREPTEST{}X{nanos}", std::process::id());
    let cluster = Cluster {
        db: fresh_database(&pg, "sitrep_test_scale"),
        nats,
        stream: stream.clone(),
        control: Host(None),
        workers: vec![Host(None); WORKERS],
    };
    scale_out(&cluster, &dir);
    let poison_cluster = Cluster {
        db: fresh_database(&pg, "sitrep_test_poison"),
        stream: format!("{stream}P"),
        ..cluster
    };
    poison(&poison_cluster, &dir);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs a command, panicking with its output when it fails.
fn sh(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Namespaces, veth pairs and the bridge; removed on drop.
struct Network {
    namespaces: Vec<String>,
}

impl Drop for Network {
    fn drop(&mut self) {
        for ns in &self.namespaces {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

/// The hub namespace (bridge at 10.231.0.1/24) and one namespace per worker
/// (10.231.0.11, .12, ...), each joined to the bridge by a veth pair.
fn build_network(tag: &str) -> Network {
    let hub = format!("{tag}hub");
    let mut net = Network {
        namespaces: vec![hub.clone()],
    };
    sh("ip", &["netns", "add", &hub]);
    let inh = |args: &[&str]| {
        let mut all = vec!["netns", "exec", hub.as_str(), "ip"];
        all.extend_from_slice(args);
        sh("ip", &all);
    };
    inh(&["link", "set", "lo", "up"]);
    inh(&["link", "add", "br0", "type", "bridge"]);
    inh(&["addr", "add", "10.231.0.1/24", "dev", "br0"]);
    inh(&["link", "set", "br0", "up"]);
    for i in 0..WORKERS {
        let ns = format!("{tag}w{i}");
        sh("ip", &["netns", "add", &ns]);
        net.namespaces.push(ns.clone());
        let (a, b) = (format!("{tag}v{i}a"), format!("{tag}v{i}b"));
        // The pair is made in the worker's namespace and one end moved to the hub.
        sh(
            "ip",
            &[
                "netns", "exec", &ns, "ip", "link", "add", &a, "type", "veth", "peer", "name", &b,
            ],
        );
        sh(
            "ip",
            &["netns", "exec", &ns, "ip", "link", "set", &b, "netns", &hub],
        );
        inh(&["link", "set", &b, "master", "br0"]);
        inh(&["link", "set", &b, "up"]);
        let addr = format!("10.231.0.{}/24", 11 + i);
        sh(
            "ip",
            &["netns", "exec", &ns, "ip", "addr", "add", &addr, "dev", &a],
        );
        sh("ip", &["netns", "exec", &ns, "ip", "link", "set", &a, "up"]);
        sh(
            "ip",
            &["netns", "exec", &ns, "ip", "link", "set", "lo", "up"],
        );
    }
    net
}

/// A PostgreSQL server binary directory (`initdb`, `pg_ctl`).
fn postgres_bin() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin"))
        .filter(|p| p.join("initdb").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

/// Servers started in the hub namespace; stopped on drop.
struct Servers {
    nats: Child,
    pg_ctl: PathBuf,
    pg_data: PathBuf,
}

impl Drop for Servers {
    fn drop(&mut self) {
        let _ = self.nats.kill();
        let _ = self.nats.wait();
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--"])
            .arg(&self.pg_ctl)
            .args(["-D"])
            .arg(&self.pg_data)
            .args(["-m", "immediate", "stop"])
            .output();
    }
}

#[test]
fn three_workers_in_network_namespaces() {
    if std::env::var("SITREP_TEST_NETNS").as_deref() != Ok("1") {
        eprintln!(
            "skipped: set SITREP_TEST_NETNS=1 (as root, with `ip`, nats-server and PostgreSQL \
             installed) to run the network-namespace test"
        );
        return;
    }
    let Some(bin) = postgres_bin() else {
        panic!("SITREP_TEST_NETNS=1 but no PostgreSQL server under /usr/lib/postgresql");
    };
    let tag = format!("sr{}", std::process::id() % 100_000);
    let dir = temp_dir("netns");
    let net = build_network(&tag);
    let hub = Host(Some(net.namespaces[0].clone()));

    // PostgreSQL, owned by its system user, listening on the bridge address only.
    let pg_data = dir.join("pg");
    std::fs::create_dir_all(&pg_data).unwrap();
    sh("chown", &["-R", "postgres", dir.to_str().unwrap()]);
    sh(
        "runuser",
        &[
            "-u",
            "postgres",
            "--",
            bin.join("initdb").to_str().unwrap(),
            "-D",
            pg_data.to_str().unwrap(),
            "-A",
            "trust",
            "-U",
            "postgres",
        ],
    );
    let hba = pg_data.join("pg_hba.conf");
    let mut conf = std::fs::read_to_string(&hba).unwrap();
    conf.push_str("host all all 10.231.0.0/24 trust\n");
    std::fs::write(&hba, conf).unwrap();
    let servers = {
        let nats = hub
            .command("nats-server")
            .args(["-js", "-a", "10.231.0.1", "-p", "4222", "-sd"])
            .arg(dir.join("nats"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut pg = hub.command("runuser");
        pg.args(["-u", "postgres", "--"])
            .arg(bin.join("pg_ctl"))
            .arg("-D")
            .arg(&pg_data)
            .args(["-w", "-l"])
            .arg(dir.join("pg.log"))
            .args([
                "-o",
                &format!(
                    "-p 5432 -c listen_addresses=10.231.0.1 -k {}",
                    pg_data.display()
                ),
                "start",
            ]);
        let out = pg.output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Servers {
            nats,
            pg_ctl: bin.join("pg_ctl"),
            pg_data: pg_data.clone(),
        }
    };
    // The database, made from inside the hub (the only place the servers can be reached
    // from besides the worker namespaces).
    let out = hub
        .command("runuser")
        .args(["-u", "postgres", "--", "psql", "-h", "10.231.0.1", "-c"])
        .arg("CREATE DATABASE sitrep")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cluster = Cluster {
        db: "postgres://postgres@10.231.0.1:5432/sitrep".into(),
        nats: "nats://10.231.0.1:4222".into(),
        stream: "SITREP".into(),
        control: hub.clone(),
        workers: net.namespaces[1..]
            .iter()
            .map(|ns| Host(Some(ns.clone())))
            .collect(),
    };
    wait_until("nats-server listens", Duration::from_secs(30), || {
        cluster
            .sitrep(&cluster.control, &["status", "--nats", &cluster.nats])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    scale_out(&cluster, &dir);
    drop(servers);
    drop(net);
    let _ = std::fs::remove_dir_all(&dir);
}

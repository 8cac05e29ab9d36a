//! `sitrep extract`: documents in, JSON Lines records out.

use std::io::{BufRead, Write};

use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

#[derive(clap::Args)]
pub struct Args {
    /// Files or directories to read; standard input when none or `-`.
    pub paths: Vec<std::path::PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let pipeline = Pipeline::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &args.paths {
        let file = std::fs::File::open(path)?;
        for line in std::io::BufReader::new(file).lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let doc: InputDocument = serde_json::from_str(&line)?;
            let record = pipeline.process(&doc);
            serde_json::to_writer(&mut out, &record)?;
            out.write_all(b"\n")?;
        }
    }
    Ok(0)
}

//! `sitrep dictionary import PATH... --out DIR`: converts TABARI/PETRARCH dictionaries
//! (verbs, actors, agents, discards, issues; files or directories) into sitrep's own
//! formats, and writes a report of every entry that could not be represented and why.
//!
//! Written files: `petrarch-actors.txt`, `petrarch-roles.txt` (sitrep-actors format),
//! `petrarch-events.txt` (sitrep-lexicon pattern format) and `import-report.txt`. The
//! converted files are compiled with sitrep's parsers before they are written.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Context;
use sitrep_core::PipelineBuilder;
use sitrep_tabari::{convert, ConvertOptions, Converted, Dictionaries, LoadOptions};

/// The format of `--dictionary` paths.
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// sitrep's own actor, event pattern and cue formats.
    #[default]
    Sitrep,
    /// TABARI/PETRARCH verb, actor, agent (and discard, issue) dictionaries.
    Petrarch,
}

#[derive(clap::Args)]
pub struct ImportArgs {
    /// Dictionary files or directories (the kind of each file comes from its name:
    /// *verbs*/CAMEO*, *actors*, *agents*, *discards*, *issue*).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Directory to write the converted files and the report into.
    #[arg(long)]
    pub out: PathBuf,
    /// Stop at the first malformed line instead of reporting it and going on.
    #[arg(long)]
    pub strict: bool,
}

/// Loads dictionary files and directories; malformed lines go to standard error as
/// `file:line: reason` unless `strict` makes the first one an error.
pub fn load(paths: &[PathBuf], strict: bool) -> anyhow::Result<Dictionaries> {
    let mut dicts = Dictionaries::default();
    for p in paths {
        dicts
            .load_path(p, LoadOptions { strict })
            .map_err(|e| anyhow::anyhow!("{e}"))?;
    }
    for d in dicts.diagnostics() {
        eprintln!("sitrep: {d}");
    }
    Ok(dicts)
}

/// Loads and converts, checking that the result compiles.
pub fn load_and_convert(
    paths: &[PathBuf],
    strict: bool,
) -> anyhow::Result<(Dictionaries, Converted)> {
    let dicts = load(paths, strict)?;
    let converted = convert(&dicts, ConvertOptions::default());
    converted
        .check(false)
        .map_err(|e| anyhow::anyhow!("converted dictionaries do not compile: {e}"))?;
    Ok((dicts, converted))
}

/// Adds TABARI/PETRARCH dictionaries to a pipeline builder (`extract
/// --dictionary-format petrarch`): events are coded by the TABARI-style pattern coder
/// (`sitrep_tabari::Coder`) with the dictionaries as they are; the actor and agent
/// dictionaries are also converted into sitrep's actor blocks, for the record's
/// entities. Malformed lines and a summary go to standard error.
pub fn add_converted(
    mut builder: PipelineBuilder,
    paths: &[PathBuf],
) -> anyhow::Result<PipelineBuilder> {
    let (dicts, converted) = load_and_convert(paths, false)?;
    let coder = sitrep_tabari::Coder::new(&dicts);
    let (forms, names, patterns) = coder.sizes();
    let r = &converted.report;
    eprintln!(
        "sitrep: PETRARCH dictionaries: pattern coder with {forms} verb forms, {patterns} patterns, {names} actor and agent names; {} actor entries and {} roles for entities",
        r.actor_blocks_written, r.roles_written,
    );
    let Converted { actors, roles, .. } = converted;
    builder = builder
        .actor_source("petrarch-actors.txt", actors)
        .actor_source("petrarch-roles.txt", roles)
        .sentence_coder(std::sync::Arc::new(coder));
    Ok(builder)
}

pub fn import(args: ImportArgs) -> anyhow::Result<i32> {
    let (dicts, converted) = load_and_convert(&args.paths, args.strict)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("cannot create {}", args.out.display()))?;
    for (name, content) in converted.files() {
        write(&args.out.join(name), content)?;
    }
    let report = report_text(&dicts, &converted);
    write(&args.out.join("import-report.txt"), &report)?;
    let r = &converted.report;
    eprintln!(
        "sitrep: read {} actors, {} agents, {} verbs with {} patterns; wrote {} actor and {} role entries, {} pattern lines to {}",
        r.actors_read,
        r.agents_read,
        r.verbs_read,
        r.patterns_read,
        r.actor_blocks_written,
        r.roles_written,
        r.pattern_lines_written,
        args.out.display()
    );
    eprintln!(
        "sitrep: {} malformed lines, {} entries not represented, {} approximated (details in {})",
        dicts.diagnostics().len(),
        r.skipped.len(),
        r.approximated.len(),
        args.out.join("import-report.txt").display()
    );
    for (reason, n) in r.reason_counts().iter().take(12) {
        eprintln!("  {n:>6}  {reason}");
    }
    Ok(0)
}

fn write(path: &Path, content: &str) -> anyhow::Result<()> {
    std::fs::write(path, content).with_context(|| format!("cannot write {}", path.display()))
}

/// The full report: malformed lines, entries not represented, approximations.
pub fn report_text(dicts: &Dictionaries, converted: &Converted) -> String {
    let r = &converted.report;
    let mut s = String::new();
    let _ = writeln!(s, "# sitrep dictionary import report\n");
    let _ = writeln!(
        s,
        "# read: {} actors, {} agents, {} verbs, {} patterns\n# written: {} actor entries, {} roles, {} pattern lines",
        r.actors_read, r.agents_read, r.verbs_read, r.patterns_read,
        r.actor_blocks_written, r.roles_written, r.pattern_lines_written
    );
    let _ = writeln!(
        s,
        "# actor names TABARI read with gaps between words: {} (sitrep: adjacent words); as stems: {} (sitrep: whole words)\n",
        r.names_with_gaps, r.names_as_stems
    );
    let _ = writeln!(s, "## summary");
    for (reason, n) in r.reason_counts() {
        let _ = writeln!(s, "{n:>7}  {reason}");
    }
    let diagnostics = dicts.diagnostics();
    let _ = writeln!(s, "\n## malformed lines ({})", diagnostics.len());
    for d in diagnostics {
        let _ = writeln!(s, "{d}");
    }
    let _ = writeln!(s, "\n## not represented ({})", r.skipped.len());
    for n in &r.skipped {
        let _ = writeln!(s, "{n}");
    }
    let _ = writeln!(s, "\n## approximated ({})", r.approximated.len());
    for n in &r.approximated {
        let _ = writeln!(s, "{n}");
    }
    s
}

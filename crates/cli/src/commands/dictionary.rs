//! User dictionaries: `sitrep extract --dictionary PATH` (repeatable) and
//! `sitrep dictionary check PATH`.
//!
//! A PATH is a file or a directory in sitrep's own formats: actor blocks, event patterns
//! (`events.txt`, `*.events.txt`) or cue lists (`cues.txt`, `*.cues.txt`); see
//! `sitrep_core::PipelineBuilder`. A user's entry wins over a built-in one.

use std::path::PathBuf;

use sitrep_core::Pipeline;

/// The `--dictionary` option, shared by the commands that code documents.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct DictionaryArgs {
    /// A dictionary file or directory (actors, event patterns `*.events.txt`, cues
    /// `*.cues.txt`) that adds to or overrides the built-ins; repeatable, later wins.
    #[arg(long = "dictionary", value_name = "PATH")]
    pub dictionaries: Vec<PathBuf>,
    /// The format of the --dictionary paths: sitrep's own, or TABARI/PETRARCH
    /// dictionaries (converted at load time, see `sitrep dictionary import`).
    #[arg(long = "dictionary-format", value_enum, default_value_t = super::dictionary_import::Format::Sitrep)]
    pub dictionary_format: super::dictionary_import::Format,
    /// Use only the --dictionary dictionaries for actors and events, not the built-ins.
    #[arg(long)]
    pub no_builtin_dictionaries: bool,
}

impl DictionaryArgs {
    /// The pipeline: built-ins plus the given dictionaries, in order.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        if self.dictionaries.is_empty() {
            return Ok(Pipeline::new());
        }
        let mut builder = Pipeline::builder()
            .builtin_actors(!self.no_builtin_dictionaries)
            .builtin_events(!self.no_builtin_dictionaries);
        if self.dictionary_format == super::dictionary_import::Format::Petrarch {
            builder = super::dictionary_import::add_converted(builder, &self.dictionaries)?;
        } else {
            for p in &self.dictionaries {
                builder = builder.dictionary_path(p);
            }
        }
        builder.build().map_err(|e| {
            let count = e.errors().len() + e.unlisted();
            if count == 1 {
                anyhow::anyhow!("--dictionary: {e}")
            } else {
                anyhow::anyhow!("--dictionary: {count} errors\n{e}")
            }
        })
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Subcommand)]
pub enum Command {
    /// Check dictionary files: print each file's kind and size, or every error in it as
    /// FILE:LINE: MESSAGE, one a line (the first 100 of a file, then how many more).
    /// Exits with status 1 when a file has an error.
    Check {
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Convert TABARI/PETRARCH dictionaries into sitrep's formats, with a report of
    /// every entry that could not be represented and why.
    Import(super::dictionary_import::ImportArgs),
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        Command::Import(a) => super::dictionary_import::import(a),
        Command::Check { paths } => {
            let mut failed = 0;
            let mut errors = 0;
            let mut files = 0;
            for path in &paths {
                for checked in sitrep_core::check_dictionary(path) {
                    files += 1;
                    match checked.result {
                        Ok(summary) => println!(
                            "{}: ok ({}: {summary})",
                            checked.path.display(),
                            checked.kind.as_str()
                        ),
                        Err(e) => {
                            failed += 1;
                            errors += e.errors().len() + e.unlisted();
                            println!("{e}");
                        }
                    }
                }
            }
            if files == 0 {
                eprintln!("sitrep: no dictionary files (*.txt) found");
                return Ok(1);
            }
            if failed > 0 {
                eprintln!(
                    "sitrep: {errors} error{} in {failed} of {files} file{}",
                    if errors == 1 { "" } else { "s" },
                    if files == 1 { "" } else { "s" }
                );
            }
            Ok(i32::from(failed > 0))
        }
    }
}

//! `sitrep completions SHELL`: shell completion scripts, and `sitrep completions man`: the
//! man page (roff), both generated from the command-line definition so they never drift
//! from it. `docs/sitrep.1` is this page, checked by a test.

use clap::CommandFactory;

#[derive(clap::Args)]
pub struct Args {
    /// bash, zsh, fish, elvish, powershell, or `man` for the man page.
    pub shell: String,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut cmd = crate::Cli::command();
    let mut out = std::io::stdout().lock();
    if args.shell.eq_ignore_ascii_case("man") {
        // The plain version: the shipped page must not change with every commit.
        clap_mangen::Man::new(cmd.version(env!("CARGO_PKG_VERSION"))).render(&mut out)?;
        return Ok(0);
    }
    let shell: clap_complete::Shell = args.shell.parse().map_err(|_| {
        anyhow::anyhow!(
            "unknown shell {:?} (bash, zsh, fish, elvish, powershell, or man)",
            args.shell
        )
    })?;
    clap_complete::generate(shell, &mut cmd, "sitrep", &mut out);
    Ok(0)
}

/// `sitrep schema`: the JSON Schema of a record, pretty-printed.
pub fn schema() -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &sitrep_record::record_schema())?;
    std::io::Write::write_all(&mut out, b"\n")?;
    Ok(0)
}

//! Writing an export file without harming what is already there.
//!
//! `export -o PATH` used to create `PATH.partial` and rename it over `PATH`, whatever `PATH`
//! was: run as root it replaced the device node `/dev/full` with a regular file, and pointed
//! at the corpus database it destroyed it. [`write_atomically`] keeps the all-or-nothing
//! rename (a reader never sees half an export, a failed export leaves the old file) but
//! only ever replaces a regular file:
//!
//! * an existing target that is not a regular file (device, FIFO, socket, directory) is
//!   refused; a symbolic link is followed and the file it points to is replaced, so the
//!   link stays a link;
//! * the database itself (or its `-wal`/`-shm` files) is refused;
//! * the replacement gets the permissions of the file it replaces (a fresh file gets the
//!   default ones, after the umask);
//! * the temporary file is created beside the target with an exclusive create, so an
//!   existing file or link of that name is never followed or truncated.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::{Result, StoreError};

/// True when `a` and `b` name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
        false
    }
    #[cfg(not(unix))]
    {
        match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// The files of an SQLite database: the file and its WAL and shared-memory files.
fn database_files(database: &Path) -> Vec<PathBuf> {
    let mut files = vec![database.to_path_buf()];
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    files
}

/// Writes `target` through `write` (given the temporary file), then renames it into place;
/// see the module documentation for what is refused. Returns what `write` returned.
pub fn write_atomically<T>(
    target: &Path,
    database: &Path,
    write: impl FnOnce(&mut File) -> Result<T>,
) -> Result<T> {
    let refuse = |why: &str| {
        Err(StoreError::Invalid(format!(
            "refusing to write {}: {why}",
            target.display()
        )))
    };
    if database_files(database)
        .iter()
        .any(|f| same_file(f, target))
    {
        return refuse("it is the corpus database (name another output file)");
    }
    // The file that is really replaced: a link's target, so the link stays.
    let mut real = target.to_path_buf();
    let existing = match std::fs::metadata(target) {
        Ok(meta) => {
            if !meta.is_file() {
                return refuse(
                    "it exists and is not a regular file (a device, FIFO, socket or directory)",
                );
            }
            if std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_symlink()) {
                real = target.canonicalize()?;
            }
            Some(meta)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(target).is_ok() {
                return refuse("it is a symbolic link to nothing");
            }
            None
        }
        Err(e) => return Err(e.into()),
    };
    let dir = match real.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = real
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_string());
    let tmp = dir.join(format!(".{name}.{}.partial", std::process::id()));
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .map_err(|e| StoreError::Invalid(format!("cannot create {}: {e}", tmp.display())))?;
    let result = (|| -> Result<T> {
        if let Some(meta) = &existing {
            file.set_permissions(meta.permissions())?;
        }
        let value = write(&mut file)?;
        file.flush()?;
        file.sync_all()?;
        std::fs::rename(&tmp, &real)?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sitrep-outfile-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_text(text: &'static str) -> impl FnOnce(&mut File) -> Result<usize> {
        move |f| {
            f.write_all(text.as_bytes())?;
            Ok(text.len())
        }
    }

    #[test]
    fn replaces_regular_files_keeping_their_mode() {
        let dir = temp("mode");
        let db = dir.join("sitrep.db");
        std::fs::write(&db, "db").unwrap();
        let out = dir.join("events.csv");
        std::fs::write(&out, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        assert_eq!(write_atomically(&out, &db, write_text("new")).unwrap(), 3);
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        // Nothing left behind.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn refuses_the_database_and_non_regular_files() {
        let dir = temp("refuse");
        let db = dir.join("sitrep.db");
        std::fs::write(&db, "precious").unwrap();
        let err = write_atomically(&db, &db, write_text("x")).unwrap_err();
        assert!(err.to_string().contains("corpus database"), "{err}");
        let err = write_atomically(&dir.join("./sitrep.db"), &db, write_text("x")).unwrap_err();
        assert!(err.to_string().contains("corpus database"), "{err}");
        assert_eq!(std::fs::read_to_string(&db).unwrap(), "precious");
        let err = write_atomically(&dir, &db, write_text("x")).unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        #[cfg(unix)]
        {
            let err = write_atomically(Path::new("/dev/null"), &db, write_text("x")).unwrap_err();
            assert!(err.to_string().contains("not a regular file"), "{err}");
            // A link to a file: the file is replaced, the link stays a link.
            let real = dir.join("real.csv");
            std::fs::write(&real, "old").unwrap();
            let link = dir.join("link.csv");
            std::os::unix::fs::symlink(&real, &link).unwrap();
            write_atomically(&link, &db, write_text("new")).unwrap();
            assert!(std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
            assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_export_leaves_the_old_file() {
        let dir = temp("fail");
        let db = dir.join("sitrep.db");
        let out = dir.join("events.csv");
        std::fs::write(&out, "old").unwrap();
        let err = write_atomically(&out, &db, |_f| -> Result<()> {
            Err(StoreError::Invalid("boom".into()))
        });
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

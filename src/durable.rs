//! Writing files so that they survive a crash: a rename or a new file is durable only once its
//! directory is fsynced too.

use std::io;
use std::path::Path;

/// The time every evidence file and folder is stamped with: a fixed one (the Unix epoch), since
/// a file's or a folder's modification time would otherwise give the second a reporter uploaded.
/// (The inode's change time cannot be set by a process; it is the filesystem's, and a backup
/// that keeps it keeps that second. Object stores set their own `Last-Modified`.)
pub const NEUTRAL_TIME: std::time::SystemTime = std::time::SystemTime::UNIX_EPOCH;

/// Sets a file's or a folder's access and modification times to [`NEUTRAL_TIME`].
pub fn neutral_times(file: &std::fs::File) -> io::Result<()> {
    file.set_times(
        std::fs::FileTimes::new()
            .set_accessed(NEUTRAL_TIME)
            .set_modified(NEUTRAL_TIME),
    )
}

/// Fsyncs a directory so that a rename or creation inside it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

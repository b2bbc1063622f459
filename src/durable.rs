//! Writing files so that they survive a crash: a rename or a new file is durable only once its
//! directory is fsynced too.

use std::io;
use std::path::Path;

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

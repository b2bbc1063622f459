//! Evidence files: uploads streamed into age and the blob store, metadata removed from photos
//! first, and sealed files opened again for a download or an escalation.
//!
//! Nothing here holds a file in clear on disk: photos are cleaned in memory (a few at a time),
//! everything else is sealed as it streams in.

pub mod documents;
pub mod kinds;
pub mod metadata;
pub mod open;
pub mod upload;

pub use open::{
    Download, Plaintext, SealedFile, StreamedDownload, open_attachment, open_file,
    stream_attachment,
};
pub use upload::{MetadataOutcome, Uploaded, next_file, store_upload};

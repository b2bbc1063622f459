//! An evidence upload sent as multipart: `evidence::next_file`, with and without a CSRF field,
//! then the file field read to its end.
#![no_main]

#[path = "../../tests/parsers/drive.rs"]
#[allow(
    dead_code,
    reason = "the drivers serve every target and the property tests"
)]
mod drive;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = drive::upload_form(data);
});

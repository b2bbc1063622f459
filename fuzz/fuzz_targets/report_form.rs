//! The report form sent as multipart: its text fields read as `intake::with_evidence` reads
//! them, then the form parsed from them.
#![no_main]

#[path = "../../tests/parsers/drive.rs"]
#[allow(
    dead_code,
    reason = "the drivers serve every target and the property tests"
)]
mod drive;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let _ = drive::report_form(data);
});

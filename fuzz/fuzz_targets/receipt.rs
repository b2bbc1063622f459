//! A typed receipt: `domain::receipt::Receipt::parse` on any text.
#![no_main]

#[path = "../../tests/parsers/drive.rs"]
#[allow(
    dead_code,
    reason = "the drivers serve every target and the property tests"
)]
mod drive;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    drive::receipt(data);
});

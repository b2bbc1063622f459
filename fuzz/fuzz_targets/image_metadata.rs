//! Photo metadata stripping (JPEG, PNG, WebP): `kedja::evidence::metadata::strip` on any bytes, as
//! each kind; what it accepts must re-parse, strip to itself and hold no metadata.
#![no_main]

#[path = "../../tests/parsers/drive.rs"]
#[allow(
    dead_code,
    reason = "the drivers serve every target and the property tests"
)]
mod drive;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    drive::image(data);
});

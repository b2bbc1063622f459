//! The escalation package reader (`kedja escalation verify`, `escalation::package::verify`).
//! The first byte picks what the rest is: 0, a whole archive as an authority might be sent;
//! 1, the `manifest.json` of an archive correctly signed with a test key, so that the checks
//! behind the signature see arbitrary input; 2, edits to a valid package, which must never
//! verify with other contents.
#![no_main]

#[path = "../../tests/parsers/drive.rs"]
#[allow(
    dead_code,
    reason = "the drivers serve every target and the property tests"
)]
mod drive;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((mode, rest)) = data.split_first() else {
        return;
    };
    match mode % 3 {
        0 => drive::package(rest),
        1 => {
            let (_, files) = drive::sample_parts();
            let _ = drive::signed_package(rest, &files);
        }
        _ => {
            let _ = drive::edited_package(rest);
        }
    }
});

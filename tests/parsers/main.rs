//! Property tests over every parser that reads bytes from the internet: photo metadata
//! stripping (JPEG, PNG, WebP), the report form and evidence uploads as multipart, receipts,
//! site codes and the escalation package reader.
//!
//! They run on stable in CI (`cargo test --test parsers`) and call the same drivers
//! (`drive.rs`) as the fuzz targets in `fuzz/` (`cargo +nightly fuzz run <target>`): arbitrary
//! bytes never panic, and well-formed input is read back as sent. Case counts are fixed so the
//! whole file runs in seconds.

// Test code: a panic is a failed property.
#![allow(clippy::unwrap_used, clippy::expect_used)]

// Shared with the fuzz targets, which use all of it. A binary of its own (not a module of
// tests/api) because the fuzz crate includes drive.rs on its own, without the API harness.
mod drive;

use bytes::Bytes;
use kedja::evidence::metadata::{self, ImageKind};
use proptest::prelude::*;

/// Cases per property: enough to catch the easy bugs on every CI run, few enough that the
/// file takes seconds. Long searches are the fuzzer's job.
const CASES: u32 = 256;

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: CASES,
        // A failure is shrunk, but not for minutes.
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}

/// Marks a metadata payload, so a test can tell whether any of it survived.
const SECRET: &[u8] = b"GPS 59.3293N Farm-12";

/// A valid 1x1 grey JPEG after its start marker: DQT, SOF0, two DHT, SOS, data, EOI.
const JPEG_SEGMENTS: &[u8] = &[
    0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08, 0x07, 0x07, 0x07, 0x09,
    0x09, 0x08, 0x0A, 0x0C, 0x14, 0x0D, 0x0C, 0x0B, 0x0B, 0x0C, 0x19, 0x12, 0x13, 0x0F, 0x14, 0x1D,
    0x1A, 0x1F, 0x1E, 0x1D, 0x1A, 0x1C, 0x1C, 0x20, 0x24, 0x2E, 0x27, 0x20, 0x22, 0x2C, 0x23, 0x1C,
    0x1C, 0x28, 0x37, 0x29, 0x2C, 0x30, 0x31, 0x34, 0x34, 0x34, 0x1F, 0x27, 0x39, 0x3D, 0x38, 0x32,
    0x3C, 0x2E, 0x33, 0x34, 0x32, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01,
    0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA,
    0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x37, 0xFF, 0xD9,
];

/// JPEG markers that carry metadata in every version of the stripper: APP1 (EXIF, XMP) to
/// APP13 (IPTC), APP15 and comments.
const JPEG_METADATA: &[u8] = &[
    0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEF, 0xFE,
];

/// A JPEG with metadata segments (each holding [`SECRET`]) before the picture, and `trailer`
/// after its end.
fn jpeg(extras: &[(u8, Vec<u8>)], trailer: &[u8]) -> Vec<u8> {
    let mut out = vec![0xFF, 0xD8];
    for (marker, payload) in extras {
        let mut body = SECRET.to_vec();
        body.extend_from_slice(payload);
        let length = u16::try_from(body.len() + 2).unwrap();
        out.extend_from_slice(&[0xFF, *marker]);
        out.extend_from_slice(&length.to_be_bytes());
        out.extend_from_slice(&body);
    }
    out.extend_from_slice(JPEG_SEGMENTS);
    out.extend_from_slice(trailer);
    out
}

/// PNG chunks that carry metadata.
const PNG_METADATA: [&[u8; 4]; 6] = [b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP"];

/// A 1x1 PNG with metadata chunks (each holding [`SECRET`]) between its header and its data.
fn png(extras: &[(usize, Vec<u8>)]) -> Vec<u8> {
    use img_parts::png::PngChunk;
    let ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
    let idat = [0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01];
    let mut chunks = vec![(*b"IHDR", Bytes::copy_from_slice(&ihdr))];
    for (kind, payload) in extras {
        let mut body = SECRET.to_vec();
        body.extend_from_slice(payload);
        chunks.push((*PNG_METADATA[kind % PNG_METADATA.len()], Bytes::from(body)));
    }
    chunks.push((*b"IDAT", Bytes::copy_from_slice(&idat)));
    chunks.push((*b"IEND", Bytes::new()));
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, contents) in chunks {
        out.extend_from_slice(&PngChunk::new(kind, contents).encoder().bytes());
    }
    out
}

/// WebP chunks that carry metadata.
const WEBP_METADATA: [&[u8; 4]; 3] = [b"EXIF", b"XMP ", b"ICCP"];

/// A lossless 1x1 WebP with metadata chunks (each holding [`SECRET`]) after its image data;
/// odd-sized chunks are padded as RIFF requires.
fn webp(extras: &[(usize, Vec<u8>)]) -> Vec<u8> {
    let vp8l: &[u8] = &[
        0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00,
    ];
    let mut chunks: Vec<(&[u8; 4], Vec<u8>)> = vec![(b"VP8L", vp8l.to_vec())];
    for (kind, payload) in extras {
        let mut body = SECRET.to_vec();
        body.extend_from_slice(payload);
        chunks.push((WEBP_METADATA[kind % WEBP_METADATA.len()], body));
    }
    let mut riff = b"WEBP".to_vec();
    for (id, body) in chunks {
        riff.extend_from_slice(id);
        riff.extend_from_slice(&u32::try_from(body.len()).unwrap().to_le_bytes());
        riff.extend_from_slice(&body);
        if body.len() % 2 == 1 {
            riff.push(0);
        }
    }
    let mut out = b"RIFF".to_vec();
    out.extend_from_slice(&u32::try_from(riff.len()).unwrap().to_le_bytes());
    out.extend_from_slice(&riff);
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Strips a well-formed photo: it must be accepted, lose every metadata payload, keep its
/// picture data and pass the drivers' checks (re-parse, idempotence).
fn strips_clean(kind: ImageKind, photo: Vec<u8>, picture: &[u8]) -> Result<(), TestCaseError> {
    prop_assert_eq!(ImageKind::sniff(&photo), Some(kind));
    let clean = metadata::strip(kind, Bytes::from(photo.clone()))
        .map_err(|err| TestCaseError::fail(format!("a well-formed {kind:?} refused: {err}")))?;
    prop_assert!(
        !contains(&clean, SECRET),
        "metadata survived in a {:?}",
        kind
    );
    prop_assert!(contains(&clean, picture), "the picture was lost");
    drive::image(&photo);
    Ok(())
}

/// A multipart body from its fields: (name, file name, contents).
fn multipart_body(fields: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, file_name, contents) in fields {
        body.extend_from_slice(format!("--{}\r\n", drive::BOUNDARY).as_bytes());
        match file_name {
            Some(file_name) => body.extend_from_slice(
                format!(
                    "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            ),
            None => body.extend_from_slice(
                format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
            ),
        }
        body.extend_from_slice(contents);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{}--\r\n", drive::BOUNDARY).as_bytes());
    body
}

/// Text a reporter could type into a form field: any Unicode, line breaks included.
fn field_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..40).prop_map(|chars| chars.into_iter().collect())
}

/// A field name as the form's HTML gives them.
fn field_name() -> impl Strategy<Value = String> {
    "[a-z_]{1,20}".prop_filter("file fields are not text", |name| name != "file")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic_the_image_stripper(
        data in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        drive::image(&data);
    }

    #[test]
    fn arbitrary_bytes_after_an_image_signature_never_panic_the_stripper(
        signature in 0usize..3,
        tail in prop::collection::vec(any::<u8>(), 0..1024),
    ) {
        let mut data = match signature {
            0 => vec![0xFF, 0xD8, 0xFF],
            1 => b"\x89PNG\r\n\x1a\n".to_vec(),
            _ => b"RIFF\x00\x00\x00\x00WEBP".to_vec(),
        };
        data.extend_from_slice(&tail);
        drive::image(&data);
    }

    #[test]
    fn jpeg_metadata_is_removed_and_stripping_is_idempotent(
        extras in prop::collection::vec(
            (prop::sample::select(JPEG_METADATA), prop::collection::vec(any::<u8>(), 0..64)),
            1..6,
        ),
        trailer in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut trailer_with_secret = SECRET.to_vec();
        trailer_with_secret.extend_from_slice(&trailer);
        strips_clean(ImageKind::Jpeg, jpeg(&extras, &trailer_with_secret), &JPEG_SEGMENTS[..60])?;
    }

    #[test]
    fn png_metadata_is_removed_and_stripping_is_idempotent(
        extras in prop::collection::vec((any::<usize>(), prop::collection::vec(any::<u8>(), 0..64)), 1..6),
    ) {
        let idat = [0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01];
        strips_clean(ImageKind::Png, png(&extras), &idat)?;
    }

    #[test]
    fn webp_metadata_is_removed_and_stripping_is_idempotent(
        extras in prop::collection::vec((any::<usize>(), prop::collection::vec(any::<u8>(), 0..64)), 1..6),
    ) {
        strips_clean(ImageKind::WebP, webp(&extras), &[0x2F, 0x00, 0x00, 0x00, 0x10, 0x07])?;
    }

    #[test]
    fn damaged_photos_never_panic_the_stripper(
        kind in 0usize..3,
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 0..4),
    ) {
        let extras = [(0usize, b"x".to_vec()), (1, Vec::new())];
        let mut photo = match kind {
            0 => jpeg(&[(0xE1, b"Exif".to_vec()), (0xFE, Vec::new())], b""),
            1 => png(&extras),
            _ => webp(&extras),
        };
        for (at, xor) in flips {
            let at = at.index(photo.len());
            photo[at] ^= xor;
        }
        photo.truncate(cut.index(photo.len() + 1));
        drive::image(&photo);
    }

    #[test]
    fn arbitrary_text_never_panics_the_receipt_parser(typed in any::<String>()) {
        drive::receipt(typed.as_bytes());
    }

    #[test]
    fn typed_receipts_with_separators_parse(
        digits in prop::collection::vec(0u8..10, 16),
        separators in prop::collection::vec(prop::sample::select(&[" ", "-", "\u{a0}", "\u{2013}", ""][..]), 16),
    ) {
        let typed: String = digits
            .iter()
            .zip(&separators)
            .map(|(d, sep)| format!("{d}{sep}"))
            .collect();
        drive::receipt(typed.as_bytes());
        let receipt = kedja::domain::receipt::Receipt::parse(&typed);
        prop_assert!(receipt.is_ok(), "a receipt typed with separators was refused");
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_receipt_or_site_code_parsers(
        data in prop::collection::vec(any::<u8>(), 0..64),
    ) {
        drive::receipt(&data);
        drive::site_code(&data);
    }

    #[test]
    fn arbitrary_text_never_panics_the_site_code_parser(typed in any::<String>()) {
        drive::site_code(typed.as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_multipart_readers(
        data in prop::collection::vec(any::<u8>(), 0..1024),
    ) {
        drop(drive::report_form(&data));
        drop(drive::upload_form(&data));
    }

    #[test]
    fn damaged_multipart_bodies_never_panic_the_readers(
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
    ) {
        let mut body = multipart_body(&[
            ("csrf", None, b"token"),
            ("narrative", None, b"They keep our passports."),
            ("file", Some("photo.jpg"), b"\xff\xd8\xff\xd9"),
        ]);
        for (at, byte) in flips {
            let at = at.index(body.len());
            body[at] = byte;
        }
        body.truncate(cut.index(body.len() + 1));
        drop(drive::report_form(&body));
        drop(drive::upload_form(&body));
    }

    #[test]
    fn report_form_text_fields_are_read_back_as_sent(
        fields in prop::collection::vec((field_name(), field_text()), 0..12),
        file in prop::collection::vec(any::<u8>(), 0..256),
        with_file in any::<bool>(),
    ) {
        let mut parts: Vec<(&str, Option<&str>, &[u8])> = fields
            .iter()
            .map(|(name, value)| (name.as_str(), None, value.as_bytes()))
            .collect();
        if with_file {
            parts.push(("file", Some("photo.jpg"), &file));
            // Text after the first file is not the form's text.
            parts.push(("late", None, b"after the file"));
        }
        let read = drive::report_form(&multipart_body(&parts));
        // The multipart parser may normalise nothing in a value: every character comes back.
        prop_assert_eq!(read.ok(), Some(fields));
    }

    #[test]
    fn too_much_report_form_text_is_refused_with_413(
        value in "[a-z ]{1,40}",
        count in (kedja::intake::with_evidence::MAX_TEXT_FIELDS + 1)..150usize,
    ) {
        let parts: Vec<(&str, Option<&str>, &[u8])> =
            (0..count).map(|_| ("narrative", None, value.as_bytes())).collect();
        let status = drive::report_form(&multipart_body(&parts)).map_err(|err| err.status());
        prop_assert_eq!(status, Err(axum::http::StatusCode::PAYLOAD_TOO_LARGE));
        let long = "x".repeat(drive::TEXT_LIMIT + value.len());
        let status = drive::report_form(&multipart_body(&[("narrative", None, long.as_bytes())]))
            .map_err(|err| err.status());
        prop_assert_eq!(status, Err(axum::http::StatusCode::PAYLOAD_TOO_LARGE));
    }

    #[test]
    fn uploaded_files_are_read_back_as_sent(
        file in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let body = multipart_body(&[("csrf", None, drive::CSRF_TOKEN.as_bytes()), ("file", Some("a.pdf"), &file)]);
        // Without a token check, a csrf field first is not the file the API wants.
        prop_assert_eq!(drive::upload_form(&body), None);
        let body = multipart_body(&[("file", Some("a.pdf"), &file)]);
        prop_assert_eq!(drive::upload_form(&body), Some(file));
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_package_reader(
        data in prop::collection::vec(any::<u8>(), 0..4096),
    ) {
        drive::package(&data);
    }

    #[test]
    fn an_edited_package_never_verifies_with_other_contents(
        edits in prop::collection::vec(any::<u8>(), 3..30),
    ) {
        let edited = drive::edited_package(&edits);
        drive::package(&edited);
    }

    #[test]
    fn a_signed_package_with_a_damaged_manifest_never_panics_the_reader(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        cut in any::<prop::sample::Index>(),
        keep_files in any::<bool>(),
    ) {
        let (mut manifest, files) = drive::sample_parts();
        for (at, byte) in flips {
            let at = at.index(manifest.len());
            manifest[at] = byte;
        }
        manifest.truncate(cut.index(manifest.len() + 1));
        let files = if keep_files { files } else { Vec::new() };
        drop(drive::signed_package(&manifest, &files));
    }

    #[test]
    fn arbitrary_manifests_never_panic_the_package_reader(
        manifest in prop::collection::vec(any::<u8>(), 0..1024),
    ) {
        drop(drive::signed_package(&manifest, &[]));
    }
}

/// The drivers reach past the signature: the sample package, and the same manifest signed by
/// the test harness, verify; without its evidence file, the second does not.
#[test]
fn the_package_drivers_reach_the_checks_behind_the_signature() {
    let pinned = drive::test_key().verifying_key();
    let verified = kedja::escalation::package::verify(drive::sample_package(), Some(&pinned), None)
        .expect("the sample package verifies");
    assert_eq!(verified.evidence_files, 1);
    let (manifest, files) = drive::sample_parts();
    assert!(drive::signed_package(&manifest, &files).is_ok());
    assert_eq!(
        drive::signed_package(&manifest, &[]).map(|v| v.evidence_files),
        Err(kedja::escalation::package::PackageError::EvidenceMismatch(
            files[0].0.clone()
        ))
    );
    // No edit: the sample itself.
    assert_eq!(drive::edited_package(&[]), drive::sample_package());
}

/// Found by the image_metadata fuzz target in its first minute: EXIF with a GPS position inside
/// a segment with a reserved marker (0xFF32), which the stripper used to keep because it was
/// not on its list of metadata markers. Segments are now kept by an allow-list.
const RESERVED_MARKER_HIDING_EXIF: &[u8] = &[
    0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xFF, 0xE1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4D, 0x4D,
    0x00, 0x2A, 0x47, 0x50, 0x53, 0x20, 0x35, 0x39, 0x2E, 0x33, 0x32, 0x39, 0x33, 0x4E, 0xFF, 0xFE,
    0x00, 0x07, 0x46, 0x61, 0x72, 0x6D, 0x00, 0xFF, 0x32, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07,
    0x06, 0x05, 0x08, 0x07, 0x07, 0x07, 0x09, 0x09, 0x08, 0x0A, 0x0C, 0x14, 0x0D, 0x0C, 0x0B, 0x0B,
    0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xE1, 0x00, 0x18,
    0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4D, 0x4D, 0x00, 0x2A, 0x47, 0x50, 0x53, 0x20, 0x35, 0x34,
    0x34, 0x1F, 0x27, 0x39, 0x3D, 0x38, 0x32, 0x3C, 0x2E, 0x33, 0x34, 0x32, 0xFF, 0xC0, 0x00, 0x0B,
    0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0xFF,
    0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x37,
    0xFF, 0xD9, 0x74, 0x72, 0x61, 0x69, 0x6C, 0x65, 0x72,
];

#[test]
fn exif_inside_a_reserved_marker_segment_is_removed() {
    let photo = RESERVED_MARKER_HIDING_EXIF;
    assert!(contains(photo, b"GPS 54"));
    let clean = metadata::strip(ImageKind::Jpeg, Bytes::from_static(photo)).unwrap();
    assert!(!contains(&clean, b"GPS"), "a GPS position survived");
    assert!(!contains(&clean, b"Exif"), "an EXIF block survived");
    drive::image(photo);
}

//! Drivers shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`, on nightly with libFuzzer)
//! and the property tests beside this file (`cargo test --test parsers`, on stable in CI).
//!
//! Each driver hands bytes that could come from the internet to one of kedja's parsers,
//! through the same public entry point the service uses, and panics when a property fails:
//! a parser may refuse input, never panic on it, and what it accepts must hold up. A panic is
//! what the fuzzer reports as a crash, and what fails a property test.
//!
//! The fuzz targets include this file with `#[path]`, so both run exactly the same checks.

use std::sync::OnceLock;

use axum::extract::{FromRequest, Multipart};
use bytes::Bytes;
use chrono::{DateTime, NaiveDate};
use ed25519_dalek::SigningKey;
use kedja::audit::{AuditAction, ChainEntry};
use kedja::crypto::{self, signing};
use kedja::domain::receipt::Receipt;
use kedja::domain::site_code::{self, SiteCode};
use kedja::error::AppError;
use kedja::escalation::package::{self, EvidenceFile, Manifest, ManifestEvidence};
use kedja::evidence::metadata::{self, ImageKind};
use kedja::intake::with_evidence;
use uuid::Uuid;
use zeroize::Zeroizing;

/// Every kind of image the stripper knows.
const KINDS: [ImageKind; 3] = [ImageKind::Jpeg, ImageKind::Png, ImageKind::WebP];

/// Runs the metadata stripper on `data` as each image kind (not only the sniffed one, so that
/// a fuzzer reaches every parser from any input). Whatever it accepts must be an image of the
/// same kind that strips again to itself (idempotent: a re-parse finds nothing more to
/// remove), and must hold none of the segments or chunks that carry metadata.
pub fn image(data: &[u8]) {
    for kind in KINDS {
        let Ok(clean) = metadata::strip(kind, Bytes::copy_from_slice(data)) else {
            continue;
        };
        assert_eq!(
            ImageKind::sniff(&clean),
            Some(kind),
            "the cleaned file is still a {kind:?}"
        );
        let again = metadata::strip(kind, clean.clone())
            .unwrap_or_else(|err| panic!("the cleaned {kind:?} does not parse again: {err}"));
        assert!(again == clean, "stripping a {kind:?} twice changes it");
        assert_no_metadata(kind, &clean);
    }
}

/// Checks a cleaned image with an independent parser (img-parts): no segment or chunk of a
/// kind that carries metadata is left.
fn assert_no_metadata(kind: ImageKind, clean: &Bytes) {
    match kind {
        ImageKind::Jpeg => {
            // img-parts reads the segments up to the first scan; the stripper's own re-parse
            // above covers the rest. A file img-parts cannot read is left to that re-parse.
            if let Ok(jpeg) = img_parts::jpeg::Jpeg::from_bytes(clean.clone()) {
                for segment in jpeg.segments() {
                    let marker = segment.marker();
                    assert!(
                        !((0xE1..=0xED).contains(&marker) || marker == 0xEF || marker == 0xFE),
                        "a metadata segment 0xFF{marker:02X} survived"
                    );
                }
            }
        }
        ImageKind::Png => {
            let png = img_parts::png::Png::from_bytes(clean.clone())
                .expect("img-parts reads the cleaned PNG");
            for chunk in png.chunks() {
                let id = chunk.kind();
                assert!(
                    ![
                        b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME", b"iCCP", b"pHYs", b"sPLT",
                    ]
                    .contains(&&id),
                    "a PNG {} chunk survived",
                    String::from_utf8_lossy(&id)
                );
            }
        }
        ImageKind::WebP => {
            let webp = img_parts::webp::WebP::from_bytes(clean.clone())
                .expect("img-parts reads the cleaned WebP");
            for chunk in webp.chunks() {
                let id = chunk.id();
                assert!(
                    ![b"EXIF", b"XMP ", b"ICCP"].contains(&&id),
                    "a WebP {} chunk survived",
                    String::from_utf8_lossy(&id)
                );
            }
        }
    }
}

/// Parses `data` as a typed receipt. An accepted receipt is 16 ASCII digits whose grouped
/// form parses back to it.
pub fn receipt(data: &[u8]) {
    let typed = String::from_utf8_lossy(data);
    if let Ok(receipt) = Receipt::parse(&typed) {
        let digits = receipt.as_digits();
        assert_eq!(digits.len(), 16);
        assert!(digits.bytes().all(|b| b.is_ascii_digit()));
        assert!(Receipt::parse(&receipt.display_grouped()) == Ok(receipt.clone()));
    }
}

/// Parses `data` as a typed site code. An accepted code is six characters of the alphabet and
/// parses back to itself.
pub fn site_code(data: &[u8]) {
    let typed = String::from_utf8_lossy(data);
    if let Ok(code) = SiteCode::parse(&typed) {
        assert_eq!(code.as_str().len(), 6);
        assert!(
            code.as_str()
                .bytes()
                .all(|b| site_code::ALPHABET.contains(&b))
        );
        assert_eq!(SiteCode::parse(code.as_str()), Ok(code.clone()));
    }
}

/// The boundary the multipart drivers declare; a body is whatever the fuzzer or test sends.
pub const BOUNDARY: &str = "kedja-boundary";

/// The text limit the report form is read with in these drivers (the service uses
/// `limits.body_bytes`).
pub const TEXT_LIMIT: usize = 4096;

/// The CSRF token the upload driver's check accepts.
pub const CSRF_TOKEN: &str = "token";

fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime starts")
    })
}

/// The body as axum's `Multipart` extractor sees it in a request to the report form or an
/// upload route.
async fn multipart(body: &[u8]) -> Multipart {
    let request = axum::http::Request::builder()
        .method("POST")
        .uri("/report")
        .header(
            axum::http::header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(axum::body::Body::from(body.to_vec()))
        .expect("a request with a fixed method, path and header builds");
    Multipart::from_request(request, &())
        .await
        .expect("the content type is multipart with a boundary")
}

/// A refusal must be a client error that names what is wrong, never a 500.
fn assert_refused_cleanly(err: &AppError) {
    assert!(
        err.status().is_client_error(),
        "a malformed form answered {}",
        err.status()
    );
}

/// Reads `body` as the report form does (`with_evidence::receive`: its text fields up to the
/// first file, then the form itself from them, then the rest read and dropped), and returns
/// the text pairs if it was read. What is read stays within the field and byte limits.
pub fn report_form(body: &[u8]) -> Result<Vec<(String, String)>, AppError> {
    runtime().block_on(async {
        let mut multipart = multipart(body).await;
        let mut text = with_evidence::FormText::new(TEXT_LIMIT);
        let first_file = loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break None,
                // The service answers 400 ("the form could not be read").
                Err(_) => return Err(AppError::invalid("file", "unreadable")),
            };
            if field.name() == Some("file") {
                break Some(field);
            }
            if let Err(err) = text.read(field).await {
                assert_refused_cleanly(&err);
                return Err(err);
            }
        };
        let pairs = text.pairs().to_vec();
        assert!(pairs.len() <= with_evidence::MAX_TEXT_FIELDS);
        let text_bytes: usize = pairs.iter().map(|(_, value)| value.len()).sum();
        assert!(text_bytes <= TEXT_LIMIT);
        if let Err(err) = with_evidence::parse_form(&pairs) {
            assert_refused_cleanly(&err);
        }
        if let Some(mut field) = first_file {
            while let Ok(Some(_)) = field.chunk().await {}
            drop(field);
            while let Ok(Some(mut field)) = multipart.next_field().await {
                while let Ok(Some(_)) = field.chunk().await {}
            }
        }
        Ok(pairs)
    })
}

/// Reads `body` as an evidence upload does, with and without a CSRF field first, and returns
/// the file's bytes from the run without a token check, if it was read.
pub fn upload_form(body: &[u8]) -> Option<Vec<u8>> {
    runtime().block_on(async {
        let check = |token: &str| {
            if token == CSRF_TOKEN {
                Ok(())
            } else {
                Err(AppError::Forbidden)
            }
        };
        let mut with_csrf = multipart(body).await;
        match kedja::evidence::next_file(&mut with_csrf, Some(&check)).await {
            Ok(mut field) => {
                assert_eq!(field.name(), Some("file"));
                while let Ok(Some(_)) = field.chunk().await {}
            }
            Err(err) => assert_refused_cleanly(&err),
        }
        let mut plain = multipart(body).await;
        match kedja::evidence::next_file(&mut plain, None).await {
            Ok(mut field) => {
                assert_eq!(field.name(), Some("file"));
                let mut bytes = Vec::new();
                loop {
                    match field.chunk().await {
                        Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
                        Ok(None) => return Some(bytes),
                        Err(_) => return None,
                    }
                }
            }
            Err(err) => {
                assert_refused_cleanly(&err);
                None
            }
        }
    })
}

/// The key the sample package is signed with (a fixed test key, never the service's).
pub fn test_key() -> SigningKey {
    SigningKey::from_bytes(&[7; 32])
}

/// A valid escalation package, built once by `package::build` with one evidence file and the
/// escalation's own audit entry.
pub fn sample_package() -> &'static [u8] {
    static SAMPLE: OnceLock<Vec<u8>> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let (manifest, files) = sample_manifest();
        package::build(&manifest, &files, &test_key())
            .expect("the sample package builds")
            .to_vec()
    })
}

fn sample_manifest() -> (Manifest, Vec<EvidenceFile>) {
    let photo = b"\xff\xd8 photo \xff\xd9".to_vec();
    let sha = crypto::sha256_hex(&photo);
    let id = Uuid::from_u128(1);
    let authority = Uuid::from_u128(2);
    let salt = "00ff".to_string();
    let contents = package::Package {
        case_reference: "KJ-ABCDEFGH".into(),
        summary: "Passports held by the site manager.".into(),
        supplier: None,
        country: "SE".into(),
        sector: None,
        indicators: vec![],
        received_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("a real date"),
        evidence_salt: salt.clone(),
    };
    let package_json = serde_json::to_vec(&contents).expect("the package serialises");
    let mut entry = ChainEntry {
        seq: 7,
        at: "2026-11-29T10:00:00Z".into(),
        actor_kind: "member".into(),
        actor_id: Some(Uuid::from_u128(3)),
        org_id: Some(Uuid::from_u128(4)),
        action: AuditAction::CaseEscalated.as_str().into(),
        subject_kind: Some("case".into()),
        subject_id: Some(Uuid::from_u128(5)),
        details: serde_json::json!({
            "escalation_id": id,
            "basis": "reporter",
            "authority_org_id": authority,
            "evidence_commitments": [package::commitment(&salt, &sha)],
            "package_commitment": crypto::sha256_hex(&package_json),
            "legal_reason_commitment": null,
        })
        .to_string(),
        prev_hash: "a".repeat(64),
        hash: String::new(),
    };
    entry.hash = entry.recompute();
    let evidence = ManifestEvidence {
        file: package::evidence_path(0, "photo-1.jpg"),
        name: "photo-1.jpg".into(),
        content_type: "image/jpeg".into(),
        size: photo.len() as u64,
        sha256: sha,
    };
    let manifest = Manifest {
        format: package::FORMAT.into(),
        escalation_id: id,
        from_organisation: "Region Norr".into(),
        authority: "Labour inspectorate".into(),
        authority_org_id: authority,
        sent_at: DateTime::UNIX_EPOCH,
        exported_at: DateTime::UNIX_EPOCH,
        consent: "reporter".into(),
        legal_reason: None,
        package: contents,
        chain_head: entry.hash.clone(),
        evidence: vec![evidence.clone()],
        responses: vec![],
        audit: vec![entry],
        signing_key_sha256: signing::fingerprint(&test_key().verifying_key()),
    };
    let files = vec![EvidenceFile {
        meta: evidence,
        bytes: Zeroizing::new(photo),
    }];
    (manifest, files)
}

/// Verifies `data` as an escalation package file, as `kedja escalation verify` does, pinned
/// and unpinned: any answer but a panic.
pub fn package(data: &[u8]) {
    let pinned = test_key().verifying_key();
    let unpinned = package::verify(data, None, None);
    let with_pin = package::verify(data, Some(&pinned), Some("0"));
    // A pinned check with a chain head nobody recorded never passes.
    assert!(with_pin.is_err());
    if let Ok(verified) = unpinned {
        assert_eq!(verified.chain_head.len(), 64);
    }
}

/// The sample package's `manifest.json` and evidence file, for [`signed_package`].
pub fn sample_parts() -> (Vec<u8>, Vec<(String, Vec<u8>)>) {
    let (manifest, files) = sample_manifest();
    let json = serde_json::to_vec_pretty(&manifest).expect("the manifest serialises");
    let files = files
        .into_iter()
        .map(|file| (file.meta.file.clone(), file.bytes.to_vec()))
        .collect();
    (json, files)
}

/// Verifies (pinned to the test key) a package whose `manifest.json` is `manifest`, holding
/// `files` besides, and whose `SHA256SUMS` covers them and is correctly signed with the test
/// key: the checks behind the signature (the sums, the manifest, the evidence, the audit
/// extract) see arbitrary input. Any answer but a panic; one that verifies names the
/// package's folder.
pub fn signed_package(
    manifest: &[u8],
    files: &[(String, Vec<u8>)],
) -> Result<package::Verified, package::PackageError> {
    let root = "kedja-escalation-00000000-0000-0000-0000-000000000001";
    let mut sums = format!("{}  manifest.json\n", crypto::sha256_hex(manifest));
    for (name, bytes) in files {
        sums.push_str(&format!("{}  {name}\n", crypto::sha256_hex(bytes)));
    }
    let key = test_key();
    let signature = signing::sign(&key, sums.as_bytes());
    let pem = signing::public_pem(&key.verifying_key()).expect("a key has a PEM form");
    let mut entries: Vec<(&str, &[u8])> = vec![("manifest.json", manifest)];
    entries.extend(
        files
            .iter()
            .map(|(name, bytes)| (name.as_str(), bytes.as_slice())),
    );
    entries.extend([
        ("SHA256SUMS", sums.as_bytes()),
        ("SHA256SUMS.sig", &signature[..]),
        ("signing-key.pem", pem.as_bytes()),
    ]);
    let mut out = Vec::new();
    {
        let mut builder = tar::Builder::new(&mut out);
        for (name, bytes) in entries {
            let mut header = tar::Header::new_ustar();
            header.set_size(bytes.len() as u64);
            header.set_mode(0o644);
            header.set_entry_type(tar::EntryType::Regular);
            builder
                .append_data(&mut header, format!("{root}/{name}"), bytes)
                .expect("appending to a Vec cannot fail");
        }
        builder.finish().expect("finishing a Vec cannot fail");
    }
    let verified = package::verify(&out, Some(&key.verifying_key()), None);
    if let Ok(verified) = &verified {
        assert_eq!(verified.escalation_id, Uuid::from_u128(1));
    }
    verified
}

/// The sample package with bytes changed: each three bytes of `edits` are a position (two
/// bytes, big-endian, modulo the length) and a value to XOR there. Whatever verifies must be
/// the sample package unchanged in every signed byte: the same escalation, chain head and
/// evidence.
pub fn edited_package(edits: &[u8]) -> Vec<u8> {
    let sample = sample_package();
    let mut archive = sample.to_vec();
    for edit in edits.chunks_exact(3) {
        let position = usize::from(u16::from_be_bytes([edit[0], edit[1]])) % archive.len();
        archive[position] ^= edit[2];
    }
    let pinned = test_key().verifying_key();
    if let Ok(verified) = package::verify(&archive, Some(&pinned), None) {
        let original =
            package::verify(sample, Some(&pinned), None).expect("the sample package verifies");
        assert_eq!(verified.escalation_id, original.escalation_id);
        assert_eq!(verified.chain_head, original.chain_head);
        assert_eq!(verified.evidence_files, original.evidence_files);
        assert_eq!(
            signed_contents(&archive),
            signed_contents(sample),
            "an edited package verified with other contents"
        );
    }
    archive
}

/// Every regular file's path and bytes, in archive order.
fn signed_contents(archive: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut files = Vec::new();
    let mut tar = tar::Archive::new(archive);
    for entry in tar.entries().expect("a verified package is a tar archive") {
        let mut entry = entry.expect("a verified package's entries read");
        let path = entry
            .path()
            .expect("a verified package's paths read")
            .to_string_lossy()
            .into_owned();
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .expect("a verified package's files read");
        if entry.header().entry_type().is_file() {
            files.push((path, bytes));
        }
    }
    files
}

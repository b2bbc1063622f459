//! The signed export of an escalation: a self-contained tar archive an authority can keep and
//! check offline, with or without kedja.
//!
//! ```text
//! kedja-escalation-<id>/
//!   manifest.json     the package: summary, facts, consent, responses, evidence list with
//!                     SHA-256, the chain head at sending and the case's audit extract
//!   evidence/…        the evidence files as the reporter sent them (metadata removed)
//!   SHA256SUMS        sha256sum format, one line per file above and README.txt
//!   SHA256SUMS.sig    raw Ed25519 signature of SHA256SUMS by the instance's key
//!   signing-key.pem   the instance's public key (pin it: compare its fingerprint)
//!   README.txt        how to verify
//! ```
//!
//! Checking: `sha256sum -c SHA256SUMS` and `openssl pkeyutl -verify -pubin -inkey
//! <pinned key> -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig`, or `kedja escalation verify
//! FILE --key <pinned key>`, which also recomputes every audit entry's hash, checks that the
//! escalation's own entry is the chain head it claims, and that the entry commits to the same
//! evidence, consent basis and authority as the manifest.
//!
//! What this proves and what it does not: the signature shows the package comes from the
//! holder of the instance key and was not changed since. The audit extract is not a contiguous
//! piece of the chain (other cases' entries sit in between), so on its own it cannot show that
//! no entry was left out; that is what the chain head is for. An authority that writes down the
//! chain head when the escalation arrives can check a later export against it
//! (`--chain-head`), and the operator can show with `kedja audit verify --contains` that the
//! intact chain still runs through it.
//!
//! The evidence hashes in the clear (audit log, database) are commitments
//! `SHA-256("kedja-evidence:" salt ":" file SHA-256)` with a random salt sealed inside the
//! package: a document's plain hash would let anyone holding the same document (an employer
//! with the payslips it issued) confirm from a leaked database that it was reported.
//!
//! The archive holds plaintext, so it is built in memory and handed to the authority member
//! who asked for it; it never touches the server's disk.

use std::collections::BTreeMap;
use std::io::Read;

use chrono::{DateTime, NaiveDate, Utc};
use ed25519_dalek::{SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::AuditAction;
use crate::audit::ChainEntry;
use crate::crypto::{self, signing};

/// The format tag inside every manifest.
pub const FORMAT: &str = "kedja-escalation/1";

/// What the handler wrote and the clear facts of the case at the time of sending: sealed to
/// the authority and the sending organisation as one JSON document.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Package {
    pub case_reference: String,
    pub summary: String,
    pub supplier: Option<String>,
    pub country: String,
    pub sector: Option<String>,
    pub indicators: Vec<String>,
    pub received_on: NaiveDate,
    /// Hex of 32 random bytes: the salt of the evidence commitments in the audit log.
    pub evidence_salt: String,
}

/// What the `case.escalated` audit entry records, in one type for its three users: the writer
/// (`service::escalate`), the online check before an escalation is shown or signed, and the
/// offline verifier below. It is written through `serde_json::Value`, whose map sorts its keys
/// (serde_json's `preserve_order` is off), so the stored bytes do not depend on field order
/// here; a test pins them, since they are hashed into the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EscalatedDetails {
    pub escalation_id: Uuid,
    pub authority_org_id: Uuid,
    /// The consent basis: `reporter` or `legal_reason`.
    pub basis: String,
    /// The case's attachments that were copied.
    #[serde(default)]
    pub attachment_ids: Vec<Uuid>,
    /// Salted commitments to each copied file's SHA-256 (see [`commitment`]).
    pub evidence_commitments: Vec<String>,
    /// SHA-256 of the sealed package and the sealed legal reason, as stored.
    #[serde(default)]
    pub package_sha256: Option<String>,
    #[serde(default)]
    pub legal_reason_sha256: Option<String>,
    /// SHA-256 of the package's JSON (which holds the random salt).
    pub package_commitment: String,
    /// The legal reason's commitment (see [`legal_reason_commitment`]), if there was one.
    pub legal_reason_commitment: Option<String>,
}

impl EscalatedDetails {
    /// Reads an audit entry's details.
    pub fn parse(details: &str) -> Option<Self> {
        serde_json::from_str(details).ok()
    }

    /// The evidence commitments in a comparable order.
    pub fn sorted_commitments(&self) -> Vec<String> {
        let mut list = self.evidence_commitments.clone();
        list.sort();
        list
    }
}

/// The commitment to the legal reason recorded in the clear: a salted hash of its text.
pub fn legal_reason_commitment(salt: &str, reason: &str) -> String {
    crypto::sha256_hex(format!("kedja-legal-reason:{salt}:{reason}").as_bytes())
}

/// The commitment to one evidence file recorded in the clear: a salted hash of its SHA-256.
pub fn commitment(salt: &str, file_sha256: &str) -> String {
    crypto::sha256_hex(format!("kedja-evidence:{salt}:{file_sha256}").as_bytes())
}

/// One evidence file in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestEvidence {
    /// Its path inside the archive, relative to the package folder.
    pub file: String,
    pub name: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
}

/// One authority response in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestResponse {
    pub status: String,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub escalation_id: Uuid,
    pub from_organisation: String,
    pub authority: String,
    pub authority_org_id: Uuid,
    pub sent_at: DateTime<Utc>,
    pub exported_at: DateTime<Utc>,
    /// `reporter` (the reporter said yes) or `legal_reason`.
    pub consent: String,
    pub legal_reason: Option<String>,
    pub package: Package,
    /// The audit chain's head right after the escalation was recorded: the hash of its entry.
    pub chain_head: String,
    pub evidence: Vec<ManifestEvidence>,
    pub responses: Vec<ManifestResponse>,
    /// The case's audit entries up to and including the escalation's own.
    pub audit: Vec<ChainEntry>,
    /// SHA-256 of the raw Ed25519 public key that signs SHA256SUMS.
    pub signing_key_sha256: String,
}

/// An evidence file to put in the archive.
pub struct EvidenceFile {
    pub meta: ManifestEvidence,
    pub bytes: Zeroizing<Vec<u8>>,
}

/// A safe file name for evidence: the position, then the name reduced to letters, digits,
/// dot, dash and underscore.
pub fn evidence_path(position: usize, name: &str) -> String {
    let mut clean: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    clean = clean.trim_start_matches('.').to_string();
    if clean.is_empty() {
        clean = "file".into();
    }
    format!("evidence/{:02}-{clean}", position + 1)
}

fn folder(escalation_id: Uuid) -> String {
    format!("kedja-escalation-{escalation_id}")
}

const README: &str = "This is an escalation package exported from kedja.\n\n\
Check it in this folder with standard tools:\n\n\
  sha256sum -c SHA256SUMS\n\
  openssl pkeyutl -verify -pubin -inkey /path/to/kedja-signing-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig\n\n\
where kedja-signing-key.pem is the key you saved from the service (see below).\n\n\
or, with kedja installed, on the archive itself:\n\n\
  kedja escalation verify kedja-escalation-<id>.tar --key <the key you pinned>.pem\n\n\
signing-key.pem travels with the package for convenience only: it proves the files were not\n\
changed, not who signed them. Check with the key you saved from the service instead, or at\n\
least check that `sha256sum signing-key.pem` prints the SHA-256 the service published.\n";

fn append(
    builder: &mut tar::Builder<&mut Vec<u8>>,
    path: &str,
    bytes: &[u8],
    mtime: u64,
) -> std::io::Result<()> {
    let mut header = tar::Header::new_ustar();
    header.set_size(bytes.len() as u64);
    header.set_mode(0o644);
    header.set_mtime(mtime);
    header.set_entry_type(tar::EntryType::Regular);
    builder.append_data(&mut header, path, bytes)
}

/// Builds the signed archive. The evidence list in `manifest` must describe `files`.
pub fn build(
    manifest: &Manifest,
    files: &[EvidenceFile],
    key: &SigningKey,
) -> Result<Zeroizing<Vec<u8>>, PackageError> {
    let manifest_json =
        Zeroizing::new(serde_json::to_vec_pretty(manifest).map_err(|_| PackageError::Build)?);
    let mut sums = format!(
        "{}  README.txt\n{}  manifest.json\n",
        crypto::sha256_hex(README.as_bytes()),
        crypto::sha256_hex(&manifest_json)
    );
    for file in files {
        sums.push_str(&format!(
            "{}  {}\n",
            crypto::sha256_hex(&file.bytes),
            file.meta.file
        ));
    }
    let signature = signing::sign(key, sums.as_bytes());
    let pem = signing::public_pem(&key.verifying_key()).map_err(|_| PackageError::Build)?;
    let root = folder(manifest.escalation_id);
    let mtime = u64::try_from(manifest.exported_at.timestamp()).unwrap_or(0);
    let mut out = Zeroizing::new(Vec::new());
    {
        let mut builder = tar::Builder::new(&mut *out);
        let mut add = |path: &str, bytes: &[u8]| {
            append(&mut builder, &format!("{root}/{path}"), bytes, mtime)
                .map_err(|_| PackageError::Build)
        };
        add("README.txt", README.as_bytes())?;
        add("manifest.json", &manifest_json)?;
        for file in files {
            add(&file.meta.file, &file.bytes)?;
        }
        add("SHA256SUMS", sums.as_bytes())?;
        add("SHA256SUMS.sig", &signature)?;
        add("signing-key.pem", pem.as_bytes())?;
        builder.finish().map_err(|_| PackageError::Build)?;
    }
    Ok(out)
}

/// Why a package does not verify. Each names what is wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PackageError {
    #[error("the package could not be built")]
    Build,
    #[error("not a readable tar archive")]
    NotAnArchive,
    #[error("unsafe path in the archive: {0}")]
    UnsafePath(String),
    #[error("the archive must hold exactly one kedja-escalation-<id>/ folder")]
    Layout,
    #[error("{0} is missing")]
    Missing(&'static str),
    #[error("signing-key.pem is not an Ed25519 public key")]
    BadKey,
    #[error("the package was signed by another key than the one given (fingerprint {0})")]
    OtherKey(String),
    #[error("the signature on SHA256SUMS does not verify")]
    BadSignature,
    #[error("SHA256SUMS line {0} is malformed")]
    BadSumsLine(usize),
    #[error("{0} does not match its SHA-256 in SHA256SUMS")]
    HashMismatch(String),
    #[error("{0} is listed in SHA256SUMS but not in the archive")]
    MissingFile(String),
    #[error("{0} is in the archive but not covered by SHA256SUMS")]
    Unlisted(String),
    #[error("manifest.json is not a {FORMAT} manifest")]
    BadManifest,
    #[error("evidence {0} in the manifest does not match the file")]
    EvidenceMismatch(String),
    #[error("audit entry {0} does not match its hash")]
    AuditEntry(i64),
    #[error("the escalation's audit entry is missing or is not the chain head it claims")]
    ChainHead,
    #[error("the escalation's audit entry lists other evidence than the package")]
    AuditEvidence,
    #[error("the escalation's audit entry names another consent basis or authority")]
    AuditParties,
    #[error("the escalation's audit entry commits to another summary or legal reason")]
    AuditContent,
    #[error("the chain head is not the one given with --chain-head")]
    OtherChainHead,
}

/// A package that verified.
#[derive(Debug)]
pub struct Verified {
    pub escalation_id: Uuid,
    pub signing_key_sha256: String,
    pub chain_head: String,
    pub evidence_files: usize,
}

/// Reads every regular file of the archive into memory, refusing anything but plain relative
/// paths.
fn read_entries(archive: &[u8]) -> Result<BTreeMap<String, Vec<u8>>, PackageError> {
    let mut files = BTreeMap::new();
    let mut tar = tar::Archive::new(archive);
    for entry in tar.entries().map_err(|_| PackageError::NotAnArchive)? {
        let mut entry = entry.map_err(|_| PackageError::NotAnArchive)?;
        let path = entry
            .path()
            .map_err(|_| PackageError::NotAnArchive)?
            .to_string_lossy()
            .into_owned();
        let kind = entry.header().entry_type();
        if kind.is_dir() {
            continue;
        }
        if !kind.is_file()
            || path.starts_with('/')
            || path.split('/').any(|part| part == ".." || part.is_empty())
        {
            return Err(PackageError::UnsafePath(path));
        }
        let mut bytes = Vec::new();
        entry
            .read_to_end(&mut bytes)
            .map_err(|_| PackageError::NotAnArchive)?;
        if files.insert(path.clone(), bytes).is_some() {
            return Err(PackageError::UnsafePath(path));
        }
    }
    Ok(files)
}

/// Checks a package: the signature (with `pinned` if given, else the key it carries), every
/// file's hash, the manifest's evidence list, every audit entry's hash, and that the
/// escalation's own entry is the chain head and names the same evidence.
#[allow(
    clippy::too_many_lines,
    reason = "the offline checks in the order the README gives them, each with its own error"
)]
pub fn verify(
    archive: &[u8],
    pinned: Option<&VerifyingKey>,
    chain_head: Option<&str>,
) -> Result<Verified, PackageError> {
    let entries = read_entries(archive)?;
    let root = entries
        .keys()
        .next()
        .and_then(|p| p.split('/').next())
        .ok_or(PackageError::Layout)?
        .to_string();
    if !root.starts_with("kedja-escalation-") {
        return Err(PackageError::Layout);
    }
    let mut files = BTreeMap::new();
    for (path, bytes) in entries {
        let inner = path
            .strip_prefix(&format!("{root}/"))
            .ok_or(PackageError::Layout)?
            .to_string();
        files.insert(inner, bytes);
    }
    let sums = files
        .get("SHA256SUMS")
        .ok_or(PackageError::Missing("SHA256SUMS"))?;
    let signature = files
        .get("SHA256SUMS.sig")
        .ok_or(PackageError::Missing("SHA256SUMS.sig"))?;
    let carried = files
        .get("signing-key.pem")
        .ok_or(PackageError::Missing("signing-key.pem"))?;
    let carried = std::str::from_utf8(carried)
        .ok()
        .and_then(|pem| signing::parse_public_pem(pem).ok())
        .ok_or(PackageError::BadKey)?;
    let key = match pinned {
        Some(pinned) if *pinned != carried => {
            return Err(PackageError::OtherKey(signing::fingerprint(&carried)));
        }
        Some(pinned) => *pinned,
        None => carried,
    };
    signing::verify(&key, sums, signature).map_err(|_| PackageError::BadSignature)?;

    let sums = std::str::from_utf8(sums).map_err(|_| PackageError::BadSumsLine(1))?;
    let mut listed = BTreeMap::new();
    for (n, line) in sums.lines().enumerate() {
        let (hash, name) = line
            .split_once("  ")
            .filter(|(hash, name)| hash.len() == 64 && !name.is_empty())
            .ok_or(PackageError::BadSumsLine(n + 1))?;
        listed.insert(name.to_string(), hash.to_string());
    }
    for (name, hash) in &listed {
        let bytes = files
            .get(name)
            .ok_or_else(|| PackageError::MissingFile(name.clone()))?;
        if crypto::sha256_hex(bytes) != *hash {
            return Err(PackageError::HashMismatch(name.clone()));
        }
    }
    const OUTSIDE_SUMS: [&str; 3] = ["SHA256SUMS", "SHA256SUMS.sig", "signing-key.pem"];
    if let Some(extra) = files
        .keys()
        .find(|name| !listed.contains_key(*name) && !OUTSIDE_SUMS.contains(&name.as_str()))
    {
        return Err(PackageError::Unlisted(extra.clone()));
    }

    let manifest: Manifest = files
        .get("manifest.json")
        .and_then(|bytes| serde_json::from_slice(bytes).ok())
        .filter(|m: &Manifest| m.format == FORMAT)
        .ok_or(PackageError::BadManifest)?;
    if !listed.contains_key("manifest.json") || root != folder(manifest.escalation_id) {
        return Err(PackageError::BadManifest);
    }
    for evidence in &manifest.evidence {
        let matches = files.get(&evidence.file).is_some_and(|bytes| {
            listed.contains_key(&evidence.file)
                && bytes.len() as u64 == evidence.size
                && crypto::sha256_hex(bytes) == evidence.sha256
        });
        if !matches {
            return Err(PackageError::EvidenceMismatch(evidence.file.clone()));
        }
    }
    for entry in &manifest.audit {
        if entry.recompute() != entry.hash {
            return Err(PackageError::AuditEntry(entry.seq));
        }
    }
    let (own, details) = manifest
        .audit
        .iter()
        .filter(|e| e.action == AuditAction::CaseEscalated.as_str())
        .filter_map(|e| EscalatedDetails::parse(&e.details).map(|d| (e, d)))
        .find(|(_, d)| d.escalation_id == manifest.escalation_id)
        .ok_or(PackageError::ChainHead)?;
    if own.hash != manifest.chain_head {
        return Err(PackageError::ChainHead);
    }
    let salt = &manifest.package.evidence_salt;
    let mut sent: Vec<String> = manifest
        .evidence
        .iter()
        .map(|e| commitment(salt, &e.sha256))
        .collect();
    sent.sort();
    if details.sorted_commitments() != sent {
        return Err(PackageError::AuditEvidence);
    }
    if details.basis != manifest.consent || details.authority_org_id != manifest.authority_org_id {
        return Err(PackageError::AuditParties);
    }
    // What the handler wrote: the package as sealed (its JSON, with the salt inside) and the
    // legal reason.
    let package_json =
        serde_json::to_vec(&manifest.package).map_err(|_| PackageError::BadManifest)?;
    let reason = manifest
        .legal_reason
        .as_deref()
        .map(|reason| legal_reason_commitment(salt, reason));
    if details.package_commitment != crypto::sha256_hex(&package_json)
        || details.legal_reason_commitment != reason
    {
        return Err(PackageError::AuditContent);
    }
    if chain_head.is_some_and(|expected| expected.trim() != manifest.chain_head) {
        return Err(PackageError::OtherChainHead);
    }
    Ok(Verified {
        escalation_id: manifest.escalation_id,
        signing_key_sha256: signing::fingerprint(&key),
        chain_head: manifest.chain_head,
        evidence_files: manifest.evidence.len(),
    })
}

#[cfg(test)]
mod details_tests {
    use super::*;

    /// The details are hashed into the audit chain: their stored text must never change.
    #[test]
    fn escalated_details_keep_their_stored_bytes() {
        let details = EscalatedDetails {
            escalation_id: Uuid::from_u128(1),
            authority_org_id: Uuid::from_u128(2),
            basis: "reporter".into(),
            attachment_ids: vec![Uuid::from_u128(3)],
            evidence_commitments: vec!["c1".into()],
            package_sha256: Some("p".into()),
            legal_reason_sha256: None,
            package_commitment: "pc".into(),
            legal_reason_commitment: None,
        };
        let stored = serde_json::to_value(&details).unwrap().to_string();
        assert_eq!(
            stored,
            concat!(
                r#"{"attachment_ids":["00000000-0000-0000-0000-000000000003"],"#,
                r#""authority_org_id":"00000000-0000-0000-0000-000000000002","basis":"reporter","#,
                r#""escalation_id":"00000000-0000-0000-0000-000000000001","#,
                r#""evidence_commitments":["c1"],"legal_reason_commitment":null,"#,
                r#""legal_reason_sha256":null,"package_commitment":"pc","package_sha256":"p"}"#
            )
        );
        assert_eq!(EscalatedDetails::parse(&stored), Some(details));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn sample() -> (Manifest, Vec<EvidenceFile>) {
        let photo = b"\xff\xd8 not really a jpeg \xff\xd9".to_vec();
        let sha = crypto::sha256_hex(&photo);
        let id = Uuid::new_v4();
        let authority = Uuid::new_v4();
        let package = Package {
            case_reference: "K-1".into(),
            summary: "Passports held by the site manager.".into(),
            supplier: None,
            country: "SE".into(),
            sector: None,
            indicators: vec![],
            received_on: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
            evidence_salt: "00ff".into(),
        };
        let package_commitment = crypto::sha256_hex(&serde_json::to_vec(&package).unwrap());
        let mut entry = ChainEntry {
            seq: 7,
            at: "2026-11-29T10:00:00Z".into(),
            actor_kind: "member".into(),
            actor_id: Some(Uuid::new_v4()),
            org_id: Some(Uuid::new_v4()),
            action: AuditAction::CaseEscalated.as_str().into(),
            subject_kind: Some("case".into()),
            subject_id: Some(Uuid::new_v4()),
            details: serde_json::json!({
                "escalation_id": id,
                "basis": "reporter",
                "authority_org_id": authority,
                "evidence_commitments": [commitment("00ff", &sha)],
                "package_commitment": package_commitment,
                "legal_reason_commitment": null,
            })
            .to_string(),
            prev_hash: "a".repeat(64),
            hash: String::new(),
        };
        entry.hash = entry.recompute();
        let evidence = ManifestEvidence {
            file: evidence_path(0, "../dorm photo.jpg"),
            name: "dorm photo.jpg".into(),
            content_type: "image/jpeg".into(),
            size: photo.len() as u64,
            sha256: sha,
        };
        let manifest = Manifest {
            format: FORMAT.into(),
            escalation_id: id,
            from_organisation: "Region Norr".into(),
            authority: "Labour inspectorate".into(),
            authority_org_id: authority,
            sent_at: DateTime::UNIX_EPOCH,
            exported_at: DateTime::UNIX_EPOCH,
            consent: "reporter".into(),
            legal_reason: None,
            package,
            chain_head: entry.hash.clone(),
            evidence: vec![evidence.clone()],
            responses: vec![],
            audit: vec![entry],
            signing_key_sha256: signing::fingerprint(&key(1).verifying_key()),
        };
        let files = vec![EvidenceFile {
            meta: evidence,
            bytes: Zeroizing::new(photo),
        }];
        (manifest, files)
    }

    /// Rewrites one file of an archive, keeping everything else.
    fn tamper(archive: &[u8], suffix: &str, change: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
        let entries = read_entries(archive).unwrap();
        let mut out = Vec::new();
        {
            let mut builder = tar::Builder::new(&mut out);
            for (path, mut bytes) in entries {
                if path.ends_with(suffix) {
                    change(&mut bytes);
                }
                append(&mut builder, &path, &bytes, 0).unwrap();
            }
            builder.finish().unwrap();
        }
        out
    }

    #[test]
    fn a_built_package_verifies_with_its_key() {
        let (manifest, files) = sample();
        let archive = build(&manifest, &files, &key(1)).unwrap();
        let verified = verify(
            &archive,
            Some(&key(1).verifying_key()),
            Some(&manifest.chain_head),
        )
        .unwrap();
        assert_eq!(verified.escalation_id, manifest.escalation_id);
        assert_eq!(verified.evidence_files, 1);
        assert_eq!(verified.chain_head, manifest.chain_head);
        assert!(verify(&archive, None, None).is_ok());
        assert_eq!(
            verify(&archive, None, Some(&"0".repeat(64))).unwrap_err(),
            PackageError::OtherChainHead
        );
    }

    #[test]
    fn evidence_names_cannot_leave_the_folder() {
        assert_eq!(
            evidence_path(0, "../../etc/passwd"),
            "evidence/01-_.._etc_passwd"
        );
        assert_eq!(evidence_path(9, ""), "evidence/10-file");
        assert_eq!(evidence_path(1, "..."), "evidence/02-file");
    }

    #[test]
    fn another_key_is_refused() {
        let (manifest, files) = sample();
        let archive = build(&manifest, &files, &key(2)).unwrap();
        assert!(matches!(
            verify(&archive, Some(&key(1).verifying_key()), None),
            Err(PackageError::OtherKey(_))
        ));
    }

    #[test]
    fn any_change_is_caught() {
        let (manifest, files) = sample();
        let archive = build(&manifest, &files, &key(1)).unwrap();
        let pinned = key(1).verifying_key();
        let photo = tamper(&archive, "dorm_photo.jpg", |b| b[3] ^= 1);
        assert_eq!(
            verify(&photo, Some(&pinned), None).unwrap_err(),
            PackageError::HashMismatch("evidence/01-_dorm_photo.jpg".into())
        );
        let summary = tamper(&archive, "manifest.json", |b| {
            let text = String::from_utf8(b.clone()).unwrap();
            *b = text.replace("site manager", "site foreman").into_bytes();
        });
        assert_eq!(
            verify(&summary, Some(&pinned), None).unwrap_err(),
            PackageError::HashMismatch("manifest.json".into())
        );
        let sums = tamper(&archive, "SHA256SUMS", |b| b[0] ^= 1);
        assert_eq!(
            verify(&sums, Some(&pinned), None).unwrap_err(),
            PackageError::BadSignature
        );
        assert_eq!(
            verify(b"not a tar", None, None).unwrap_err(),
            PackageError::NotAnArchive
        );
    }

    #[test]
    fn an_audit_entry_that_does_not_match_its_hash_is_caught() {
        // Only an entry changed without recomputing its hash: a holder of the signing key who
        // recomputes everything is caught by the chain head instead (see the next test).
        let (mut manifest, files) = sample();
        manifest.audit[0].details = manifest.audit[0].details.replace("escalation", "escalatio");
        let archive = build(&manifest, &files, &key(1)).unwrap();
        assert_eq!(
            verify(&archive, None, None).unwrap_err(),
            PackageError::AuditEntry(7)
        );
    }

    #[test]
    fn a_consistently_forged_package_is_caught_by_the_recorded_chain_head() {
        let (manifest, files) = sample();
        let genuine_head = manifest.chain_head.clone();
        let mut forged = manifest.clone();
        forged.consent = "legal_reason".into();
        let archive = build(&forged, &files, &key(1)).unwrap();
        assert_eq!(
            verify(&archive, None, None).unwrap_err(),
            PackageError::AuditParties,
            "the audit entry names the basis"
        );
        // Rewriting the entry too, and its hash, and the chain head: only the head the
        // authority wrote down on arrival tells.
        let mut details: serde_json::Value =
            serde_json::from_str(&forged.audit[0].details).unwrap();
        details["basis"] = serde_json::json!("legal_reason");
        forged.audit[0].details = details.to_string();
        forged.audit[0].hash = forged.audit[0].recompute();
        forged.chain_head = forged.audit[0].hash.clone();
        let archive = build(&forged, &files, &key(1)).unwrap();
        assert!(verify(&archive, None, None).is_ok());
        assert_eq!(
            verify(&archive, None, Some(&genuine_head)).unwrap_err(),
            PackageError::OtherChainHead
        );
    }

    #[test]
    fn a_re_signed_summary_is_caught_by_the_audit_commitment() {
        let (mut manifest, files) = sample();
        manifest.package.summary = "Nothing to see here.".into();
        let archive = build(&manifest, &files, &key(1)).unwrap();
        assert_eq!(
            verify(&archive, Some(&key(1).verifying_key()), None).unwrap_err(),
            PackageError::AuditContent
        );
        let (mut manifest, files) = sample();
        manifest.legal_reason = Some("made up later".into());
        let archive = build(&manifest, &files, &key(1)).unwrap();
        assert_eq!(
            verify(&archive, None, None).unwrap_err(),
            PackageError::AuditContent
        );
    }

    #[test]
    fn evidence_is_committed_to_without_its_plain_hash() {
        let (manifest, _) = sample();
        let plain = &manifest.evidence[0].sha256;
        assert!(!manifest.audit[0].details.contains(plain.as_str()));
        assert_ne!(commitment("00ff", plain), commitment("00fe", plain));
    }
}

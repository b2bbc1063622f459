//! Removing metadata from documents before they are encrypted: PDF and the zip containers of
//! office files (OOXML docx, xlsx, pptx; ODF odt, ods).
//!
//! A payslip exported from an office suite names its author, their company and the last
//! person who edited it; a PDF carries the same in its Info dictionary and XMP streams, and a
//! document ID that ties it to the original file. kedja removes these and then parses its own
//! output again ([`is_clean`]): only a file that passes is labelled "metadata removed". A
//! document that cannot be parsed, or is encrypted, is kept exactly as sent and labelled so.
//!
//! Everything here works on bytes in memory (held under the same permits as photos, up to the
//! per-file limit) and does no I/O. Decompression is bounded: a zip that expands to more than
//! [`MAX_EXPANDED`] is not rewritten.

use std::io::{Cursor, Read, Write};

use super::kinds::EvidenceKind;

/// The most an office document may expand to while it is rewritten (a zip bomb is kept as
/// sent, not expanded).
pub const MAX_EXPANDED: u64 = 256 * 1024 * 1024;

/// What was removed from a document, for the reporter and the handlers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removed {
    /// Author, company, last editor, title, dates, editing time (PDF Info, OOXML docProps,
    /// ODF meta.xml) and the PDF document ID.
    DocumentProperties,
    /// XMP metadata streams (PDF).
    Xmp,
}

impl Removed {
    /// The code stored in the sealed description and shown through the API.
    pub fn code(self) -> &'static str {
        match self {
            Self::DocumentProperties => "document_properties",
            Self::Xmp => "xmp",
        }
    }
}

/// A document with its metadata removed.
#[derive(Debug)]
pub struct Cleaned {
    pub bytes: Vec<u8>,
    pub removed: Vec<Removed>,
}

/// Why a document was kept as sent.
#[derive(Debug, thiserror::Error)]
pub enum NotCleaned {
    #[error("the document could not be read")]
    Unreadable,
    #[error("the document is encrypted")]
    Encrypted,
    #[error("the document expands to more than the limit")]
    TooLarge,
}

/// Which office document a zip container is, by its parts; `None` for any other zip.
pub fn office_kind(bytes: &[u8]) -> Option<EvidenceKind> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(std::borrow::Cow::into_owned)
        .collect();
    let has = |name: &str| names.iter().any(|n| n == name);
    if has("[Content_Types].xml") {
        return if has("word/document.xml") {
            Some(EvidenceKind::Docx)
        } else if has("xl/workbook.xml") {
            Some(EvidenceKind::Xlsx)
        } else if has("ppt/presentation.xml") {
            Some(EvidenceKind::Pptx)
        } else {
            None
        };
    }
    let mut mimetype = String::new();
    archive
        .by_name("mimetype")
        .ok()?
        .take(100)
        .read_to_string(&mut mimetype)
        .ok()?;
    match mimetype.trim() {
        "application/vnd.oasis.opendocument.text" => Some(EvidenceKind::Odt),
        "application/vnd.oasis.opendocument.spreadsheet" => Some(EvidenceKind::Ods),
        _ => None,
    }
}

/// Removes a document's metadata. `kind` must be a document kind (PDF, OOXML or ODF).
pub fn strip(kind: EvidenceKind, bytes: &[u8]) -> Result<Cleaned, NotCleaned> {
    match kind {
        EvidenceKind::Pdf => strip_pdf(bytes),
        EvidenceKind::Docx | EvidenceKind::Xlsx | EvidenceKind::Pptx => {
            rewrite_zip(bytes, OOXML_PROPERTIES)
        }
        EvidenceKind::Odt | EvidenceKind::Ods => rewrite_zip(bytes, ODF_PROPERTIES),
        _ => Err(NotCleaned::Unreadable),
    }
}

/// Whether a parse of `bytes` finds no metadata outside the allow-list: the check behind every
/// "metadata removed" on a document.
pub fn is_clean(kind: EvidenceKind, bytes: &[u8]) -> bool {
    match kind {
        EvidenceKind::Pdf => pdf_is_clean(bytes),
        EvidenceKind::Docx | EvidenceKind::Xlsx | EvidenceKind::Pptx => {
            zip_is_clean(bytes, OOXML_PROPERTIES)
        }
        EvidenceKind::Odt | EvidenceKind::Ods => zip_is_clean(bytes, ODF_PROPERTIES),
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// PDF

/// Dictionary keys that carry metadata wherever they appear: XMP streams (the catalog's and
/// any page's or image's) and application data with editing history.
const PDF_METADATA_KEYS: &[&[u8]] = &[b"Metadata", b"PieceInfo"];
/// Trailer keys that carry metadata or point at the previous revisions (which would keep old
/// Info dictionaries reachable).
const PDF_TRAILER_KEYS: &[&[u8]] = &[b"Info", b"ID", b"Prev", b"XRefStm"];

fn is_xmp_stream(object: &lopdf::Object) -> bool {
    matches!(object, lopdf::Object::Stream(stream) if stream.dict.has_type(b"Metadata"))
}

fn dictionary_of(object: &mut lopdf::Object) -> Option<&mut lopdf::Dictionary> {
    match object {
        lopdf::Object::Dictionary(dict) => Some(dict),
        lopdf::Object::Stream(stream) => Some(&mut stream.dict),
        _ => None,
    }
}

fn strip_pdf(bytes: &[u8]) -> Result<Cleaned, NotCleaned> {
    let mut doc = lopdf::Document::load_mem(bytes).map_err(|_| NotCleaned::Unreadable)?;
    if doc.was_encrypted() || doc.is_encrypted() {
        return Err(NotCleaned::Encrypted);
    }
    let mut removed = Vec::new();
    if doc.trailer.has(b"Info") || doc.trailer.has(b"ID") {
        removed.push(Removed::DocumentProperties);
    }
    for key in PDF_TRAILER_KEYS {
        doc.trailer.remove(key);
    }
    let mut xmp = false;
    doc.objects.retain(|_, object| {
        let keep = !is_xmp_stream(object);
        xmp |= !keep;
        keep
    });
    for object in doc.objects.values_mut() {
        if let Some(dict) = dictionary_of(object) {
            for key in PDF_METADATA_KEYS {
                xmp |= dict.remove(key).is_some();
            }
        }
    }
    if xmp {
        removed.push(Removed::Xmp);
    }
    // The old Info dictionary and anything only it referred to.
    doc.prune_objects();
    let mut out = Vec::with_capacity(bytes.len());
    doc.save_to(&mut out).map_err(|_| NotCleaned::Unreadable)?;
    Ok(Cleaned {
        bytes: out,
        removed,
    })
}

fn pdf_is_clean(bytes: &[u8]) -> bool {
    let Ok(doc) = lopdf::Document::load_mem(bytes) else {
        return false;
    };
    !doc.was_encrypted()
        && PDF_TRAILER_KEYS.iter().all(|key| !doc.trailer.has(key))
        && doc.objects.values().all(|object| {
            let dict = match object {
                lopdf::Object::Dictionary(dict) => dict,
                lopdf::Object::Stream(stream) => &stream.dict,
                _ => return true,
            };
            !dict.has_type(b"Metadata") && PDF_METADATA_KEYS.iter().all(|key| !dict.has(key))
        })
}

// ---------------------------------------------------------------------------------------------
// Office documents (zip)

/// A metadata part of an office document and what it is replaced by: the same root element,
/// empty.
struct Part {
    name: &'static str,
    empty: &'static str,
}

const OOXML_PROPERTIES: &[Part] = &[
    Part {
        name: "docProps/core.xml",
        empty: r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></cp:coreProperties>"#,
    },
    Part {
        name: "docProps/app.xml",
        empty: r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>"#,
    },
    Part {
        name: "docProps/custom.xml",
        empty: r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"></Properties>"#,
    },
];

const ODF_PROPERTIES: &[Part] = &[Part {
    name: "meta.xml",
    empty: r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"><office:meta/></office:document-meta>"#,
}];

/// Options for every rewritten entry: no time (the zip format's 1980-01-01), no extra fields.
/// ODF's `mimetype` must stay first and uncompressed.
fn entry_options(name: &str) -> zip::write::SimpleFileOptions {
    let method = if name == "mimetype" {
        zip::CompressionMethod::Stored
    } else {
        zip::CompressionMethod::Deflated
    };
    zip::write::SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644)
        .large_file(false)
}

/// Writes the archive again entry by entry: metadata parts replaced by empty ones, every entry
/// without its time, extra fields or comment, and no archive comment.
fn rewrite_zip(bytes: &[u8], parts: &[Part]) -> Result<Cleaned, NotCleaned> {
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| NotCleaned::Unreadable)?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len())));
    let mut budget = MAX_EXPANDED;
    let mut removed = false;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|_| NotCleaned::Unreadable)?;
        if entry.encrypted() {
            return Err(NotCleaned::Encrypted);
        }
        let name = entry
            .name()
            .map_err(|_| NotCleaned::Unreadable)?
            .into_owned();
        let options = entry_options(&name);
        if entry.is_dir() {
            out.add_directory(name, options)
                .map_err(|_| NotCleaned::Unreadable)?;
            continue;
        }
        out.start_file(name.as_str(), options)
            .map_err(|_| NotCleaned::Unreadable)?;
        if let Some(part) = parts.iter().find(|part| part.name == name) {
            removed = true;
            out.write_all(part.empty.as_bytes())
                .map_err(|_| NotCleaned::Unreadable)?;
            continue;
        }
        let copied = std::io::copy(&mut (&mut entry).take(budget + 1), &mut out)
            .map_err(|_| NotCleaned::Unreadable)?;
        budget = budget.checked_sub(copied).ok_or(NotCleaned::TooLarge)?;
    }
    let bytes = out
        .finish()
        .map_err(|_| NotCleaned::Unreadable)?
        .into_inner();
    Ok(Cleaned {
        bytes,
        removed: if removed {
            vec![Removed::DocumentProperties]
        } else {
            Vec::new()
        },
    })
}

fn zip_is_clean(bytes: &[u8], parts: &[Part]) -> bool {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return false;
    };
    if !archive.comment().is_empty() {
        return false;
    }
    for index in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(index) else {
            return false;
        };
        let untimed = entry.last_modified() == Some(zip::DateTime::default());
        let bare =
            entry.extra_data().is_none_or(|extra| extra.is_empty()) && entry.comment().is_empty();
        if !untimed || !bare {
            return false;
        }
        let Ok(name) = entry.name().map(std::borrow::Cow::into_owned) else {
            return false;
        };
        if let Some(part) = parts.iter().find(|part| part.name == name) {
            let mut text = String::new();
            let read = (&mut entry)
                .take(part.empty.len() as u64 + 1)
                .read_to_string(&mut text);
            if read.is_err() || text != part.empty {
                return false;
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    /// A zip with these entries, each stamped with a time of day, as office suites write them.
    fn office_zip(entries: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let stamped = zip::DateTime::from_date_and_time(2026, 11, 29, 14, 35, 12).unwrap();
        for (name, content) in entries {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(if *name == "mimetype" {
                    zip::CompressionMethod::Stored
                } else {
                    zip::CompressionMethod::Deflated
                })
                .last_modified_time(stamped);
            zip.start_file(*name, options).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.set_comment("written on ANA-LAPTOP").unwrap();
        zip.finish().unwrap().into_inner()
    }

    pub(crate) fn docx_with_author() -> Vec<u8> {
        office_zip(&[
            ("[Content_Types].xml", "<Types/>"),
            ("_rels/.rels", "<Relationships/>"),
            (
                "docProps/core.xml",
                "<cp:coreProperties><dc:creator>Ana Kovač</dc:creator><cp:lastModifiedBy>Ana Kovač</cp:lastModifiedBy></cp:coreProperties>",
            ),
            (
                "docProps/app.xml",
                "<Properties><Company>Farm 12 Payroll</Company></Properties>",
            ),
            (
                "word/document.xml",
                "<w:document>Wages withheld since May</w:document>",
            ),
        ])
    }

    fn read_entry(bytes: &[u8], name: &str) -> String {
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    }

    #[test]
    fn author_and_company_leave_an_ooxml_document() {
        let docx = docx_with_author();
        assert_eq!(office_kind(&docx), Some(EvidenceKind::Docx));
        assert!(!is_clean(EvidenceKind::Docx, &docx));
        let cleaned = strip(EvidenceKind::Docx, &docx).unwrap();
        assert_eq!(cleaned.removed, vec![Removed::DocumentProperties]);
        let core = read_entry(&cleaned.bytes, "docProps/core.xml");
        let app = read_entry(&cleaned.bytes, "docProps/app.xml");
        assert!(!core.contains("Ana"), "{core}");
        assert!(!app.contains("Farm 12"), "{app}");
        assert!(
            !contains(&cleaned.bytes, b"ANA-LAPTOP"),
            "the archive comment is gone"
        );
        assert_eq!(
            read_entry(&cleaned.bytes, "word/document.xml"),
            "<w:document>Wages withheld since May</w:document>",
            "the content stays"
        );
        assert_eq!(office_kind(&cleaned.bytes), Some(EvidenceKind::Docx));
        assert!(is_clean(EvidenceKind::Docx, &cleaned.bytes));
    }

    #[test]
    fn the_author_leaves_an_odf_document_and_mimetype_stays_first_and_stored() {
        let odt = office_zip(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "meta.xml",
                "<office:document-meta><office:meta><meta:initial-creator>Ana Kovač</meta:initial-creator></office:meta></office:document-meta>",
            ),
            (
                "content.xml",
                "<office:document-content>Payslip</office:document-content>",
            ),
        ]);
        assert_eq!(office_kind(&odt), Some(EvidenceKind::Odt));
        let cleaned = strip(EvidenceKind::Odt, &odt).unwrap();
        assert!(!read_entry(&cleaned.bytes, "meta.xml").contains("Ana"));
        // ODF readers find the type at a fixed offset: the first entry, stored.
        assert_eq!(&cleaned.bytes[30..38], b"mimetype");
        assert!(contains(
            &cleaned.bytes[..100],
            b"application/vnd.oasis.opendocument.text"
        ));
        assert!(is_clean(EvidenceKind::Odt, &cleaned.bytes));
        assert_eq!(office_kind(&cleaned.bytes), Some(EvidenceKind::Odt));
    }

    #[test]
    fn a_zip_that_is_not_an_office_document_is_not_one() {
        let zip = office_zip(&[("payload.exe", "MZ")]);
        assert_eq!(office_kind(&zip), None);
        assert_eq!(office_kind(b"PK\x03\x04 damaged"), None);
    }

    /// A small PDF with an Info dictionary, a document ID and an XMP stream.
    pub(crate) fn pdf_with_info() -> Vec<u8> {
        use lopdf::{Object, Stream, dictionary};
        let mut doc = lopdf::Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let content = doc.add_object(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 72 712 Td (Wages withheld) Tj ET".to_vec(),
        ));
        let page = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages",
                "Kids" => vec![page.into()],
                "Count" => 1,
            }),
        );
        let xmp = doc.add_object(Stream::new(
            dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
            b"<x:xmpmeta><dc:creator>Ana Kovac</dc:creator></x:xmpmeta>".to_vec(),
        ));
        let catalog = doc.add_object(dictionary! {
            "Type" => "Catalog",
            "Pages" => pages_id,
            "Metadata" => xmp,
        });
        let info = doc.add_object(dictionary! {
            "Author" => Object::string_literal("Ana Kovac"),
            "Producer" => Object::string_literal("Farm 12 Payroll"),
        });
        doc.trailer.set("Root", catalog);
        doc.trailer.set("Info", info);
        doc.trailer.set(
            "ID",
            vec![
                Object::string_literal("ANAPCID"),
                Object::string_literal("ANAPCID"),
            ],
        );
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn the_info_dictionary_and_xmp_leave_a_pdf() {
        let pdf = pdf_with_info();
        assert!(contains(&pdf, b"Ana Kovac"));
        assert!(!is_clean(EvidenceKind::Pdf, &pdf));
        let cleaned = strip(EvidenceKind::Pdf, &pdf).unwrap();
        assert_eq!(
            cleaned.removed,
            vec![Removed::DocumentProperties, Removed::Xmp]
        );
        for gone in [&b"Ana Kovac"[..], b"Farm 12", b"ANAPCID", b"xmpmeta"] {
            assert!(
                !contains(&cleaned.bytes, gone),
                "{}",
                String::from_utf8_lossy(gone)
            );
        }
        assert!(
            contains(&cleaned.bytes, b"Wages withheld"),
            "the page stays"
        );
        assert!(is_clean(EvidenceKind::Pdf, &cleaned.bytes));
    }

    #[test]
    fn a_damaged_pdf_is_kept_as_sent_not_a_panic() {
        assert!(strip(EvidenceKind::Pdf, b"%PDF-1.7 wages withheld since May").is_err());
        assert!(!is_clean(EvidenceKind::Pdf, b"%PDF-1.7 wages"));
    }
}

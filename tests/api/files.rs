//! Evidence files: only accepted types, recognised by their bytes, and metadata removed from
//! documents as from photos, with the reporter told per file what was removed and what could
//! not be.

use std::io::{Cursor, Write};

use crate::helpers::fixtures;
use crate::helpers::{TestApp, each_backend, every_file};
use crate::intake::open_evidence;
use kedja::store::entities::attachments;
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::Value;

async fn upload(app: &TestApp, cookie: &str, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    // The declared type is always a harmless one: kedja must judge by the bytes.
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(name.to_string())
        .mime_str("application/pdf")
        .unwrap();
    app.client
        .post(app.url("/api/v1/reporter/attachments"))
        .header(COOKIE, cookie)
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A zip of these entries, as office suites write them (with times of day and a comment).
pub fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stamped = zip::DateTime::from_date_and_time(2026, 11, 29, 14, 35, 12).unwrap();
    for (name, content) in entries {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(stamped);
        zip.start_file(*name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.set_comment("ANA-LAPTOP").unwrap();
    zip.finish().unwrap().into_inner()
}

/// A Word document whose properties name its author, last editor and company.
pub fn docx_with_author() -> Vec<u8> {
    zip_of(&[
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

/// A one-page PDF with an Info dictionary (author, producer), a document ID and XMP.
pub fn pdf_with_author() -> Vec<u8> {
    use lopdf::{Object, Stream, dictionary};
    let mut doc = lopdf::Document::with_version("1.7");
    let pages = doc.new_object_id();
    let content = doc.add_object(Stream::new(
        dictionary! {},
        b"BT /F1 12 Tf 72 712 Td (Wages withheld) Tj ET".to_vec(),
    ));
    let page = doc.add_object(dictionary! {
        "Type" => "Page",
        "Parent" => pages,
        "Contents" => content,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! {"Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1},
        ),
    );
    let xmp = doc.add_object(Stream::new(
        dictionary! {"Type" => "Metadata", "Subtype" => "XML"},
        b"<x:xmpmeta><dc:creator>Ana Kovac</dc:creator></x:xmpmeta>".to_vec(),
    ));
    let catalog =
        doc.add_object(dictionary! {"Type" => "Catalog", "Pages" => pages, "Metadata" => xmp});
    let info = doc.add_object(dictionary! {
        "Author" => Object::string_literal("Ana Kovac"),
        "Producer" => Object::string_literal("Farm 12 Payroll"),
    });
    doc.trailer.set("Root", catalog);
    doc.trailer.set("Info", info);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[tokio::test]
async fn files_of_other_types_are_refused_naming_what_is_accepted() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Typ").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Payslips")).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        let mut program = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF".to_vec();
        program.resize(4096, 0);
        let refused: Vec<(&str, Vec<u8>)> = vec![
            ("payslip.pdf", program),
            ("photos.zip", zip_of(&[("payload.exe", "MZ")])),
            ("anim.gif", b"GIF89a\x01\0\x01\0\x80\0\0".to_vec()),
            ("notes.txt", b"almost text\0\x01\x02 but binary".to_vec()),
        ];
        for (name, bytes) in refused {
            let response = upload(&app, &cookie, name, bytes).await;
            assert_eq!(
                response.status(),
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "{name}"
            );
            let body: Value = response.json().await.unwrap();
            assert_eq!(body["error"], "unsupported_file_type", "{name}");
            let message = body["message"].as_str().unwrap();
            for accepted in ["JPEG", "PDF", "DOCX", "plain text", "MP3", "MP4"] {
                assert!(message.contains(accepted), "{message}");
            }
        }
        let mut blobs = Vec::new();
        every_file(&app.data_dir.join("blobs"), &mut blobs);
        assert!(blobs.is_empty(), "a refused file leaves no blob: {blobs:?}");

        // On the status page, the refusal is in the reporter's language.
        let page = app
            .client
            .get(app.url("/status/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = crate::helpers::staff::csrf_in(&page);
        let form = reqwest::multipart::Form::new().text("csrf", csrf).part(
            "file",
            reqwest::multipart::Part::bytes(b"\x7FELF\x02\x01\x01\0\0\0\0\0".to_vec())
                .file_name("tool"),
        );
        let refused = app
            .client
            .post(app.url("/status/case/attachments"))
            .header(COOKIE, &cookie)
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
        let html = refused.text().await.unwrap();
        assert!(html.contains("This type of file cannot be added"), "{html}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn document_metadata_is_removed_and_the_reporter_is_told_per_file() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Dok").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Payslips")).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;

        let docx = upload(&app, &cookie, "payslip_ana.docx", docx_with_author()).await;
        assert_eq!(docx.status(), StatusCode::CREATED);
        let docx: Value = docx.json().await.unwrap();
        assert_eq!(docx["name"], "file-1.docx");
        assert_eq!(docx["metadata_removed"], true);
        assert_eq!(docx["metadata"], "removed");
        assert_eq!(docx["removed"], serde_json::json!(["document_properties"]));

        let pdf = upload(&app, &cookie, "payslip_ana.pdf", pdf_with_author()).await;
        assert_eq!(pdf.status(), StatusCode::CREATED);
        let pdf: Value = pdf.json().await.unwrap();
        assert_eq!(pdf["metadata_removed"], true);
        assert_eq!(
            pdf["removed"],
            serde_json::json!(["document_properties", "xmp"])
        );

        let text = upload(&app, &cookie, "notes", "Lön: 0 € sedan maj\n".into()).await;
        assert_eq!(text.status(), StatusCode::CREATED);
        let text: Value = text.json().await.unwrap();
        assert_eq!(text["name"], "file-3.txt");
        assert_eq!(text["metadata"], "plain_text");

        let mut video = b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2mp41".to_vec();
        video.resize(2000, 0);
        let video = upload(&app, &cookie, "VID_20261129_143512.mp4", video).await;
        assert_eq!(video.status(), StatusCode::CREATED);
        let video: Value = video.json().await.unwrap();
        assert_eq!(video["name"], "file-4.mp4");
        assert_eq!(video["metadata"], "kept_as_sent");
        assert_eq!(video["metadata_removed"], false);

        let damaged = upload(
            &app,
            &cookie,
            "scan.pdf",
            b"%PDF-1.7 wages withheld".to_vec(),
        )
        .await;
        assert_eq!(damaged.status(), StatusCode::CREATED);
        let damaged: Value = damaged.json().await.unwrap();
        assert_eq!(
            damaged["metadata"], "kept_as_sent",
            "a PDF kedja cannot read is kept as sent"
        );

        // What the organisation will open holds the content, not the author.
        let rows = attachments::Entity::find()
            .order_by_asc(attachments::Column::Id)
            .all(app.state.db().conn())
            .await
            .unwrap();
        let mut opened = Vec::new();
        for row in &rows {
            opened.push(open_evidence(&app, &buyer, row).await);
        }
        let office = opened
            .iter()
            .find(|bytes| bytes.starts_with(b"PK"))
            .expect("the docx is stored");
        let mut archive = zip::ZipArchive::new(Cursor::new(office.clone())).unwrap();
        let mut core = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("docProps/core.xml").unwrap(),
            &mut core,
        )
        .unwrap();
        assert!(!core.contains("Ana"), "{core}");
        assert!(!contains(office, b"ANA-LAPTOP"));
        let mut body = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/document.xml").unwrap(),
            &mut body,
        )
        .unwrap();
        assert!(body.contains("Wages withheld since May"));
        let stored_pdf = opened
            .iter()
            .find(|bytes| bytes.starts_with(b"%PDF") && contains(bytes, b"Wages withheld)"))
            .expect("the PDF is stored");
        assert!(!contains(stored_pdf, b"Ana Kovac"));
        assert!(!contains(stored_pdf, b"Farm 12"));

        // The reporter's case, as JSON and as the page, says for each file what became of it.
        let case: Value = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        // Files of one day are listed in no particular order.
        let mut metadata: Vec<&str> = case["attachments"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["metadata"].as_str().unwrap())
            .collect();
        metadata.sort_unstable();
        assert_eq!(
            metadata,
            [
                "kept_as_sent",
                "kept_as_sent",
                "plain_text",
                "removed",
                "removed"
            ]
        );
        let page = app
            .client
            .get(app.url("/status/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        for told in [
            "hidden details removed: author, company and document details",
            "author, company and document details, embedded XMP details",
            "plain text: no hidden details to remove",
            "could not check this file&#39;s hidden details: it is kept as sent",
        ] {
            assert!(page.contains(told), "{told}: {page}");
        }
        app.stop().await;
    })
    .await;
}

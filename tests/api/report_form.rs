//! The report form with photos and documents, sent in one post as a browser with JavaScript
//! off sends it (`multipart/form-data`, text fields first, then the files).

use crate::helpers::staff::reporter_case;
use crate::helpers::{Options, TestApp, each_backend, each_backend_with, fixtures};
use kedja::store::entities::cases;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};
use sea_orm::{EntityTrait, PaginatorTrait};

fn csrf_of(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    html[at..].split('"').next().unwrap().to_string()
}

fn receipt_of(html: &str) -> String {
    let at = html.find("id=\"receipt\">").expect("the receipt is shown") + 13;
    let shown = html[at..].split("</p>").next().unwrap();
    shown
        .replace("<bdi dir=\"ltr\">", "")
        .replace("</bdi>", "")
        .trim()
        .to_string()
}

/// The report form's text fields, as the page orders them.
async fn form_with(app: &TestApp, supplier_id: uuid::Uuid, narrative: &str) -> Form {
    let page = app.get("/report").await.text().await.unwrap();
    assert!(
        page.contains("enctype=\"multipart/form-data\"")
            && page.contains("type=\"file\" id=\"file\" name=\"file\" multiple"),
        "the form takes files"
    );
    Form::new()
        .text("csrf", csrf_of(&page))
        .text("language", "en")
        .text("supplier_id", supplier_id.to_string())
        .text("country", "SE")
        .text("indicators", "documents")
        .text("indicators", "wages")
        .text("people_affected", "two_to_five")
        .text("relationship", "worker")
        .text("narrative", narrative.to_string())
}

fn photo(name: &str) -> Part {
    Part::bytes(fixtures::photo_with_exif())
        .file_name(name.to_string())
        .mime_str("image/jpeg")
        .unwrap()
}

#[tokio::test]
async fn a_report_with_two_photos_is_filed_in_one_post() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Photos").await;
        let form = form_with(&app, buyer.supplier_id, "They keep our passports")
            .await
            .part("file", photo("IMG_20261129_143512.jpg"))
            .part("file", photo("IMG_20261129_143600.jpg"));
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let html = response.text().await.unwrap();
        assert!(html.contains("Files sent with your report"), "{html}");
        for name in ["photo-1.jpg", "photo-2.jpg"] {
            assert!(html.contains(name), "{name} is listed: {html}");
        }
        assert!(
            !html.contains("IMG_2026"),
            "the camera's names, which carry the time, are not kept"
        );
        assert!(
            html.contains("141 B ·"),
            "sizes read as people read them: {html}"
        );
        let reporter = fixtures::sign_in(&app, &receipt_of(&html)).await;
        let case = reporter_case(&app, &reporter).await;
        assert_eq!(case.attachments.len(), 2);
        assert!(case.attachments.iter().all(|a| a.metadata_removed));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_file_refused_does_not_cost_the_report() {
    let options = Options {
        env: vec![
            ("KEDJA_UPLOAD_LIMIT_BYTES".into(), "2000".into()),
            ("KEDJA_CASE_UPLOAD_LIMIT_BYTES".into(), "100000".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        let buyer = fixtures::buyer(&app, "Region Big").await;
        let form = form_with(&app, buyer.supplier_id, "The boss threatens us")
            .await
            .part(
                "file",
                Part::bytes(vec![b'x'; 5000]).file_name("big.pdf".to_string()),
            )
            .part(
                "file",
                Part::bytes(b"%PDF-1.4 small".to_vec()).file_name("small.pdf".to_string()),
            );
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let html = response.text().await.unwrap();
        assert!(html.contains("Not added"), "{html}");
        assert!(
            html.contains("big.pdf"),
            "the refused file is named back: {html}"
        );
        assert!(html.contains("file-1.pdf"), "the small one is kept: {html}");
        let reporter = fixtures::sign_in(&app, &receipt_of(&html)).await;
        assert_eq!(reporter_case(&app, &reporter).await.attachments.len(), 1);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_refused_report_keeps_no_file_and_keeps_what_was_typed() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Refused").await;
        let count = || cases::Entity::find().count(app.state.db().conn());
        let before = count().await.unwrap();
        let form = form_with(&app, buyer.supplier_id, "")
            .await
            .text("supplier_text", "Greenhouse near the lake")
            .part("file", photo("a.jpg"));
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let html = response.text().await.unwrap();
        assert!(
            html.contains("Greenhouse near the lake"),
            "typed text is kept"
        );
        assert_eq!(count().await.unwrap(), before, "no case was stored");
        // Without a valid token nothing is stored either.
        let forged = Form::new()
            .text("csrf", "forged")
            .text("narrative", "x")
            .part("file", photo("b.jpg"));
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(forged)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        assert_eq!(count().await.unwrap(), before);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_form_larger_than_a_case_may_hold_is_refused_before_anything_is_stored() {
    let options = Options {
        env: vec![
            ("KEDJA_UPLOAD_LIMIT_BYTES".into(), "2000".into()),
            ("KEDJA_CASE_UPLOAD_LIMIT_BYTES".into(), "50000".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        let buyer = fixtures::buyer(&app, "Region Huge").await;
        let form = form_with(&app, buyer.supplier_id, "They keep our passports")
            .await
            .part(
                "file",
                Part::bytes(vec![b'x'; 400_000]).file_name("video.mp4".to_string()),
            );
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
        let count = cases::Entity::find()
            .count(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(
            count, 0,
            "no report was filed without its receipt being shown"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_receipt_says_per_file_what_was_removed_and_what_was_refused() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Kvitto").await;
        let form = form_with(&app, buyer.supplier_id, "They keep our passports")
            .await
            .part("file", photo("IMG_20261129_143512.jpg"))
            .part(
                "file",
                Part::bytes(crate::files::docx_with_author()).file_name("payslip_ana.docx"),
            )
            .part(
                "file",
                Part::bytes(b"MZ\x90\0\x03\0\0\0\x04\0\0\0".to_vec()).file_name("setup.exe"),
            );
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CREATED);
        let html = response.text().await.unwrap();
        assert!(
            html.contains("hidden details removed: place, time and camera details"),
            "{html}"
        );
        assert!(html.contains("file-2.docx"), "{html}");
        assert!(
            html.contains("hidden details removed: author, company and document details"),
            "{html}"
        );
        assert!(html.contains("setup.exe"), "{html}");
        assert!(
            html.contains("This type of file cannot be added"),
            "the refusal names what is accepted: {html}"
        );
        let reporter = fixtures::sign_in(&app, &receipt_of(&html)).await;
        assert_eq!(reporter_case(&app, &reporter).await.attachments.len(), 2);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_refused_report_names_the_files_to_choose_again() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Igen").await;
        // No narrative: the report is refused, and its files with it.
        let form = form_with(&app, buyer.supplier_id, "")
            .await
            .part("file", photo("dorm.jpg"))
            .part(
                "file",
                Part::bytes(b"%PDF-1.7 wages".to_vec()).file_name("payslip.pdf"),
            );
        let response = app
            .client
            .post(app.url("/report"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        let html = response.text().await.unwrap();
        assert!(
            html.contains("Please choose them again: dorm.jpg, payslip.pdf"),
            "{html}"
        );
        let mut blobs = Vec::new();
        crate::helpers::every_file(&app.data_dir.join("blobs"), &mut blobs);
        assert!(blobs.is_empty(), "no file of a refused report is kept");
        app.stop().await;
    })
    .await;
}

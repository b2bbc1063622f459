//! Test data: organisations made through the real provisioning code, photos with metadata,
//! and helpers for the reporter's side of the API.

use bytes::Bytes;
use img_parts::ImageEXIF;
use img_parts::jpeg::{Jpeg, JpegSegment, markers};
use kedja::admin::provision::{self, CreatedOrganisation, NewOrganisation, NewSupplier};
use kedja::domain::accounts::OrgKind;
use reqwest::StatusCode;
use secrecy::SecretString;
use serde_json::{Value, json};

use super::TestApp;

/// A buyer with a supplier and the recovery key that opens everything sealed to it.
pub struct Buyer {
    pub org: CreatedOrganisation,
    pub supplier_id: uuid::Uuid,
    pub site_code: String,
}

/// Creates a buyer organisation and a supplier it buys from.
pub async fn buyer(app: &TestApp, name: &str) -> Buyer {
    let state = &app.state;
    let org = provision::create_organisation(
        state.db(),
        state.clock(),
        NewOrganisation {
            name: name.to_string(),
            kind: OrgKind::Buyer,
            admin_email: format!("admin@{}.example", name.to_lowercase().replace(' ', "-")),
            admin_password: SecretString::from("a long admin passphrase"),
            with_totp: false,
        },
    )
    .await
    .expect("organisation");
    let supplier = provision::add_supplier(
        state.db(),
        state.clock(),
        NewSupplier {
            org_id: org.org_id,
            name: format!("{name} Berry Farm"),
            country: "SE".into(),
            city: Some("Umeå".into()),
            sector: Some("agriculture".into()),
            contract: Some("C-1".into()),
            other_names: None,
        },
    )
    .await
    .expect("supplier");
    Buyer {
        org,
        supplier_id: supplier.supplier_id,
        site_code: supplier.site_code,
    }
}

/// A report body for the API.
pub fn report(supplier_id: uuid::Uuid, narrative: &str) -> Value {
    json!({
        "language": "en",
        "supplier_id": supplier_id,
        "country": "SE",
        "indicators": ["documents", "deception"],
        "immediate_danger": false,
        "people_affected": "six_to_twenty",
        "relationship": "worker",
        "narrative": narrative,
    })
}

/// Submits a report through the API and returns the receipt.
pub async fn submit(app: &TestApp, body: &Value) -> String {
    let response = app
        .client
        .post(app.url("/api/v1/reports"))
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().await.unwrap();
    body["receipt"].as_str().unwrap().to_string()
}

/// Extracts `name=value` of a cookie from a response's Set-Cookie headers.
pub fn cookie_from(response: &reqwest::Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
}

/// Signs in with a receipt and returns the Cookie header value.
pub async fn sign_in(app: &TestApp, receipt: &str) -> String {
    let response = app
        .client
        .post(app.url("/api/v1/reporter/session"))
        .json(&json!({ "receipt": receipt }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NO_CONTENT);
    cookie_from(&response, "__Host-kedja-reporter").expect("a session cookie")
}

/// The smallest valid JPEG (1×1 grey), with EXIF naming a camera and a GPS position, and a
/// comment segment.
pub fn photo_with_exif() -> Vec<u8> {
    let base: &[u8] = &[
        0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08, 0x07,
        0x07, 0x07, 0x09, 0x09, 0x08, 0x0A, 0x0C, 0x14, 0x0D, 0x0C, 0x0B, 0x0B, 0x0C, 0x19, 0x12,
        0x13, 0x0F, 0x14, 0x1D, 0x1A, 0x1F, 0x1E, 0x1D, 0x1A, 0x1C, 0x1C, 0x20, 0x24, 0x2E, 0x27,
        0x20, 0x22, 0x2C, 0x23, 0x1C, 0x1C, 0x28, 0x37, 0x29, 0x2C, 0x30, 0x31, 0x34, 0x34, 0x34,
        0x1F, 0x27, 0x39, 0x3D, 0x38, 0x32, 0x3C, 0x2E, 0x33, 0x34, 0x32, 0xFF, 0xC0, 0x00, 0x0B,
        0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00, 0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x08, 0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01,
        0x00, 0x00, 0x3F, 0x00, 0x37, 0xFF, 0xD9,
    ];
    let mut jpeg = Jpeg::from_bytes(Bytes::from_static(base)).unwrap();
    jpeg.set_exif(Some(Bytes::from_static(
        b"Exif\0\0MM\0*\0\0\0\x08Make\0Canon\0Model\0EOS 5D\0GPSLatitude\0 59.3293 N\0GPSLongitude\0 18.0686 E",
    )));
    jpeg.segments_mut().insert(
        1,
        JpegSegment::new_with_contents(markers::COM, Bytes::from_static(b"taken at Farm 12 dorm")),
    );
    jpeg.encoder().bytes().to_vec()
}

/// A buyer whose admin enrolled TOTP at creation; `totp` is the otpauth URI.
pub struct BuyerWithTotp {
    pub buyer: Buyer,
    pub totp: Option<String>,
}

/// Like [`buyer`], with the admin enrolled in TOTP.
pub async fn buyer_with_totp(app: &TestApp, name: &str) -> BuyerWithTotp {
    let state = &app.state;
    let org = provision::create_organisation(
        state.db(),
        state.clock(),
        NewOrganisation {
            name: name.to_string(),
            kind: OrgKind::Buyer,
            admin_email: format!("admin@{}.example", name.to_lowercase().replace(' ', "-")),
            admin_password: SecretString::from("a long admin passphrase"),
            with_totp: true,
        },
    )
    .await
    .expect("organisation");
    let supplier = provision::add_supplier(
        state.db(),
        state.clock(),
        NewSupplier {
            org_id: org.org_id,
            name: format!("{name} Berry Farm"),
            country: "SE".into(),
            city: None,
            sector: None,
            contract: None,
            other_names: None,
        },
    )
    .await
    .expect("supplier");
    let totp = org.otpauth_uri.as_ref().map(|u| u.to_string());
    BuyerWithTotp {
        buyer: Buyer {
            org,
            supplier_id: supplier.supplier_id,
            site_code: supplier.site_code,
        },
        totp,
    }
}

/// An authority organisation; returns its admin's otpauth URI.
pub async fn authority_admin(app: &TestApp, name: &str) -> String {
    let org = provision::create_organisation(
        app.state.db(),
        app.state.clock(),
        NewOrganisation {
            name: name.to_string(),
            kind: OrgKind::Authority,
            admin_email: format!("admin@{}.example", name.to_lowercase().replace(' ', "-")),
            admin_password: SecretString::from("a long admin passphrase"),
            with_totp: true,
        },
    )
    .await
    .expect("authority");
    org.otpauth_uri.expect("enrolled").to_string()
}

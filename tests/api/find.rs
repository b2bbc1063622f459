//! Finding the workplace: a search that ignores case, diacritics and the script typed in and
//! knows the city and other names.

use crate::helpers::fixtures;
use crate::helpers::{TestApp, each_backend};
use kedja::admin::provision::{self, NewSupplier};
use serde_json::Value;

struct Solbar {
    id: uuid::Uuid,
    site_code: String,
}

/// "Solbär Bärplock AB" in Kalmar, also known as "Nordbär", bought by a buyer whose own
/// supplier ("… Berry Farm", Umeå) must never turn up in these searches.
async fn solbar(app: &TestApp) -> Solbar {
    let buyer = fixtures::buyer(app, "Region Norrland").await;
    let created = provision::add_supplier(
        app.state.db(),
        app.state.clock(),
        NewSupplier {
            org_id: buyer.org.org_id,
            name: "Solbär Bärplock AB".into(),
            country: "SE".into(),
            city: Some("Kalmar".into()),
            sector: Some("agriculture".into()),
            contract: None,
            other_names: Some("Nordbär, ".into()),
        },
    )
    .await
    .unwrap();
    Solbar {
        id: created.supplier_id,
        site_code: created.site_code,
    }
}

#[tokio::test]
async fn the_public_directory_finds_a_supplier_by_name_city_or_other_name_in_any_spelling() {
    each_backend(|app| async move {
        let solbar = solbar(&app).await;
        let id = solbar.id.to_string();
        // солбар, калмар: Cyrillic, percent-encoded in the URL.
        for query in [
            "solbar",
            "SOLBAR",
            "Solb%C3%A4r",
            "kalmar",
            "%D1%81%D0%BE%D0%BB%D0%B1%D0%B0%D1%80",
            "%D0%BA%D0%B0%D0%BB%D0%BC%D0%B0%D1%80",
            "nordbar",
            "solbar+kalmar",
        ] {
            let found: Value = app
                .get(&format!("/api/v1/suppliers?q={query}"))
                .await
                .json()
                .await
                .unwrap();
            let found = found.as_array().unwrap();
            assert_eq!(found.len(), 1, "{query}: {found:?}");
            assert_eq!(found[0]["id"], id, "{query}");
        }
        for query in ["solbar+umea", "%25", "_"] {
            let found: Value = app
                .get(&format!("/api/v1/suppliers?q={query}"))
                .await
                .json()
                .await
                .unwrap();
            assert_eq!(found, serde_json::json!([]), "{query}");
        }
        app.stop().await;
    })
    .await;
}

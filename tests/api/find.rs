//! Finding the workplace on the report form: a search that ignores case, diacritics and the
//! script typed in and knows the city and other names; a site code shown with its workplace
//! before the report goes; the poster's link that opens the form with the workplace chosen.

use crate::helpers::fixtures;
use crate::helpers::{TestApp, each_backend};
use kedja::admin::provision::{self, NewSupplier};
use kedja::store::entities::cases;
use reqwest::StatusCode;
use sea_orm::EntityTrait;
use serde_json::Value;

const NARRATIVE: &str = "They keep our passports in the office safe and pay us half";

/// The value of the first field named `name` on a page.
fn field(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("a {name} field"))
        + marker.len();
    html[at..].split('"').next().unwrap().to_string()
}

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

async fn form_page(app: &TestApp, path: &str) -> (StatusCode, String) {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    (response.status(), response.text().await.unwrap())
}

async fn post(
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    language: &str,
) -> (StatusCode, String) {
    let response = app
        .client
        .post(app.url(path))
        .header("accept-language", language)
        .form(fields)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
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

#[tokio::test]
async fn the_search_finds_a_workplace_whatever_the_case_accents_script_city_or_other_name() {
    each_backend(|app| async move {
        let solbar = solbar(&app).await;
        let (_, empty) = form_page(&app, "/report").await;
        let csrf = field(&empty, "csrf");
        let id = solbar.id.to_string();
        for query in [
            "solbar",
            "SOLBAR",
            "Solbär",
            "kalmar",
            "солбар",
            "Калмар",
            "nordbar",
            "solbar kalmar",
        ] {
            let (status, html) = post(
                &app,
                "/report/search",
                &[("csrf", csrf.as_str()), ("q", query)],
                "en",
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{query}");
            assert!(
                html.contains(&format!("value=\"{id}\" checked")),
                "{query}: the one workplace found is picked"
            );
            assert!(
                html.contains("One workplace was found and picked for you"),
                "{query}"
            );
            assert!(!html.contains("Berry Farm"), "{query}: only Solbär matches");
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_search_without_hits_says_so_and_points_to_the_site_code_and_the_description() {
    each_backend(|app| async move {
        solbar(&app).await;
        let (_, empty) = form_page(&app, "/report").await;
        assert!(
            empty.contains("formaction=\"/report/search#found\""),
            "the results come back where the search is"
        );
        assert!(!empty.contains("No workplace with that name"));
        let (status, html) = post(
            &app,
            "/report/search",
            &[
                ("csrf", field(&empty, "csrf").as_str()),
                ("q", "Blåbärsgården"),
                ("narrative", "Typed before searching"),
            ],
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("No workplace with that name was found"));
        assert!(html.contains("href=\"#site_code\"") && html.contains("href=\"#supplier_text\""));
        assert!(
            html.contains("Typed before searching"),
            "nothing typed is lost"
        );
        // The message sits right below the search field, before the site code.
        let found = html.find("id=\"found\"").unwrap();
        assert!(html.find("id=\"q\"").unwrap() < found);
        assert!(found < html.find("No workplace with that name").unwrap());
        assert!(
            html.find("No workplace with that name").unwrap()
                < html.find("id=\"site_code\"").unwrap()
        );
        assert!(!html.contains("<script"));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_site_code_shows_its_workplace_and_the_report_goes_only_once_it_was_seen() {
    each_backend(|app| async move {
        let solbar = solbar(&app).await;
        let (_, empty) = form_page(&app, "/report").await;
        let csrf = field(&empty, "csrf");
        let typed = solbar.site_code.to_lowercase();
        let mut fields = vec![
            ("csrf", csrf.as_str()),
            ("form_id", "AAAAAAAAAAAAAAAAAAAAAA"),
            ("site_code", typed.as_str()),
            ("people_affected", "one"),
            ("relationship", "worker"),
            ("narrative", NARRATIVE),
        ];
        let (status, html) = post(&app, "/report", &fields, "en").await;
        assert_eq!(status, StatusCode::OK, "{html}");
        let shown = format!(
            "<bdi dir=\"ltr\">{}</bdi> = <bdi>Solbär Bärplock AB, Kalmar</bdi>",
            solbar.site_code
        );
        assert!(html.contains(&shown), "{html}");
        assert!(html.contains("Is this your workplace?"));
        assert!(html.contains("Not sent yet"));
        assert!(html.contains(NARRATIVE), "nothing typed is lost");
        assert!(
            cases::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
                .is_empty(),
            "nothing is sent before the worker saw the workplace"
        );

        // In Swedish, the question is Swedish.
        let (_, swedish) = post(&app, "/report", &fields, "sv").await;
        assert!(swedish.contains(&shown));
        assert!(swedish.contains("Är det här din arbetsplats?"));

        // Sent again from the page that showed it, the report goes to Solbär.
        let checked = field(&html, "site_code_checked");
        assert_eq!(checked, solbar.site_code);
        fields.push(("site_code_checked", checked.as_str()));
        let (status, _) = post(&app, "/report", &fields, "en").await;
        assert_eq!(status, StatusCode::CREATED);
        let stored = cases::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].supplier_id, Some(solbar.id));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_unknown_site_code_is_an_error_at_its_field_in_the_page_language_with_everything_kept() {
    each_backend(|app| async move {
        solbar(&app).await;
        let (_, empty) = form_page(&app, "/report").await;
        let csrf = field(&empty, "csrf");
        for (code, language, message) in [
            ("ZZZZZZ", "en", "We do not know this site code."),
            (
                "not a code",
                "sv",
                "Vi känner inte till den här platskoden.",
            ),
        ] {
            let (status, html) = post(
                &app,
                "/report",
                &[
                    ("csrf", csrf.as_str()),
                    ("site_code", code),
                    ("indicators", "wages"),
                    ("people_affected", "one"),
                    ("relationship", "worker"),
                    ("narrative", NARRATIVE),
                ],
                language,
            )
            .await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{code}");
            assert!(
                html.contains(&format!(
                    "<p class=\"error\" id=\"site-code-error\">{message}"
                )),
                "{code}: {html}"
            );
            let input = {
                let at = html.find("<input type=\"text\" id=\"site_code\"").unwrap();
                html[at..].split('>').next().unwrap().to_string()
            };
            assert!(input.contains("aria-invalid=\"true\""), "{input}");
            assert!(
                input.contains("aria-describedby=\"site-code-hint site-code-error\""),
                "{input}"
            );
            assert!(input.contains(&format!("value=\"{code}\"")), "{input}");
            assert!(html.contains(NARRATIVE) && html.contains("value=\"wages\" checked"));
        }
        assert!(
            cases::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
                .is_empty()
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_poster_link_opens_the_form_with_the_workplace_chosen() {
    each_backend(|app| async move {
        let solbar = solbar(&app).await;
        let (status, html) = form_page(
            &app,
            &format!("/report?site={}", solbar.site_code.to_lowercase()),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(&format!("value=\"{}\" checked", solbar.id)));
        assert!(html.contains(&format!(
            "<bdi dir=\"ltr\">{}</bdi> = <bdi>Solbär Bärplock AB, Kalmar</bdi>",
            solbar.site_code
        )));
        assert!(!html.contains("aria-invalid"));

        // The chosen workplace is sent as it is: no second round.
        let csrf = field(&html, "csrf");
        let supplier = field(&html, "supplier_id");
        let (status, _) = post(
            &app,
            "/report",
            &[
                ("csrf", csrf.as_str()),
                ("supplier_id", supplier.as_str()),
                ("site_code", solbar.site_code.as_str()),
                ("people_affected", "one"),
                ("relationship", "worker"),
                ("narrative", NARRATIVE),
            ],
            "en",
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);

        for code in ["ZZZZZZ", "x%3Cb%3E"] {
            let (status, html) = form_page(&app, &format!("/report?site={code}")).await;
            assert_eq!(
                status,
                StatusCode::OK,
                "{code}: the form opens all the same"
            );
            assert!(html.contains("aria-invalid=\"true\""), "{code}");
            assert!(html.contains("id=\"site-code-error\""), "{code}");
            assert!(!html.contains("<b>"), "{code}: the code is escaped");
        }
        app.stop().await;
    })
    .await;
}

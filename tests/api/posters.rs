//! Posters and wallet cards: printable, in the languages the admin picks, with a QR code for
//! the report form with the workplace chosen; only for admins of a buyer of the workplace.

use crate::helpers::staff::{self, get_text};
use crate::helpers::{Options, TestApp, each_backend, each_backend_with};
use reqwest::StatusCode;
use reqwest::header::COOKIE;

async fn status_of(app: &TestApp, path: &str, cookie: &str) -> StatusCode {
    app.client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn an_admin_prints_a_poster_with_a_working_qr_code() {
    let options = Options {
        env: vec![(
            "KEDJA_PUBLIC_URL".into(),
            "https://report.example.org".into(),
        )],
    };
    each_backend_with(options, |app| async move {
        let team = staff::make_team(&app, "Region Poster").await;
        let id = team.buyer.supplier_id;
        let code = team.buyer.site_code.clone();

        let suppliers = get_text(&app, "/staff/suppliers", &team.admin).await;
        assert!(suppliers.contains(&format!("/staff/suppliers/{id}/poster")));
        let chooser = get_text(&app, &format!("/staff/suppliers/{id}/poster"), &team.admin).await;
        assert!(
            chooser.contains("name=\"languages\" value=\"th\""),
            "{chooser}"
        );

        let path = format!("/staff/suppliers/{id}/poster?languages=th&languages=ar&languages=en");
        let poster = get_text(&app, &path, &team.admin).await;
        assert!(!poster.contains("<script"));
        assert!(
            poster.contains("lang=\"th\" dir=\"ltr\"")
                && poster.contains("lang=\"ar\" dir=\"rtl\"")
        );
        assert!(poster.contains("Are you forced to work, cheated or threatened?"));
        assert!(poster.contains(&format!("<bdi dir=\"ltr\">{code}</bdi>")));
        // The QR code is the one for the report form with this workplace chosen: drawn again
        // from that address, it is the same picture.
        let url = format!("https://report.example.org/report?site={code}");
        assert!(poster.contains(&url), "the address is printed: {poster}");
        let qr = kedja::web::qr::svg(&url);
        assert!(
            qr.starts_with("<svg") && poster.contains(&qr),
            "the QR code encodes {url}"
        );

        let card = get_text(&app, &format!("{path}&format=card"), &team.admin).await;
        assert!(card.contains("sheet card") && card.contains(&qr));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn posters_are_for_admins_of_a_buyer_of_the_workplace() {
    let options = Options {
        env: vec![(
            "KEDJA_PUBLIC_URL".into(),
            "https://report.example.org".into(),
        )],
    };
    each_backend_with(options, |app| async move {
        let team = staff::make_team(&app, "Region Own").await;
        let other = staff::make_team(&app, "Region Other").await;
        let id = team.buyer.supplier_id;
        let path = format!("/staff/suppliers/{id}/poster?languages=en");
        assert_eq!(status_of(&app, &path, &team.admin).await, StatusCode::OK);
        assert_eq!(
            status_of(&app, &path, &team.handler).await,
            StatusCode::FORBIDDEN
        );
        assert_eq!(
            status_of(&app, &path, &other.admin).await,
            StatusCode::NOT_FOUND
        );
        let anonymous = app.client.get(app.url(&path)).send().await.unwrap();
        assert!(matches!(
            anonymous.status(),
            StatusCode::UNAUTHORIZED | StatusCode::SEE_OTHER | StatusCode::FOUND
        ));
        let four = format!(
            "/staff/suppliers/{id}/poster?languages=en&languages=sv&languages=th&languages=ar"
        );
        assert_eq!(
            status_of(&app, &four, &team.admin).await,
            StatusCode::BAD_REQUEST
        );
        let unknown = format!("/staff/suppliers/{id}/poster?languages=xx");
        assert_eq!(
            status_of(&app, &unknown, &team.admin).await,
            StatusCode::BAD_REQUEST
        );
        let bad_id = "/staff/suppliers/not-a-uuid/poster";
        assert_eq!(
            status_of(&app, bad_id, &team.admin).await,
            StatusCode::NOT_FOUND
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_languages_page_says_which_translations_nobody_has_checked() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Region Lang").await;
        let page = get_text(&app, "/staff/languages", &team.handler).await;
        assert!(page.contains("machine-made, not checked by a native speaker"));
        assert!(page.contains("العربية") && page.contains("right to left"));
        assert!(
            !page.contains("checked by a native speaker</td>"),
            "none is claimed checked"
        );
        let anonymous = app
            .client
            .get(app.url("/staff/languages"))
            .send()
            .await
            .unwrap();
        assert_ne!(anonymous.status(), StatusCode::OK);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn without_a_public_address_no_poster_is_printed() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Region Nowhere").await;
        let id = team.buyer.supplier_id;
        let path = format!("/staff/suppliers/{id}/poster?languages=en&lang=en");
        let response = app
            .client
            .get(app.url(&path))
            .header(COOKIE, &team.admin)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::CONFLICT);
        assert!(response.text().await.unwrap().contains("KEDJA_PUBLIC_URL"));
        app.stop().await;
    })
    .await;
}

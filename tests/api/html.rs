//! The reporter's pages with plain HTML forms, as a browser with JavaScript off uses them.

use crate::helpers::fixtures;
use crate::helpers::{TestApp, each_backend};
use kedja::store::entities::cases;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use sea_orm::EntityTrait;

const NARRATIVE: &str = "They keep our passports in the office safe and pay us half";

/// The value of the first `name="csrf"` field on a page.
fn csrf_of(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

fn receipt_of(html: &str) -> String {
    let at = html.find("id=\"receipt\">").expect("the receipt is shown") + "id=\"receipt\">".len();
    // The code is isolated left to right: `<bdi dir="ltr">1234 …</bdi>`.
    let shown = html[at..].split("</p>").next().unwrap();
    shown
        .replace("<bdi dir=\"ltr\">", "")
        .replace("</bdi>", "")
        .trim()
        .to_string()
}

async fn page(app: &TestApp, path: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    assert!(
        cookie.is_some() || response.headers().get(SET_COOKIE).is_none(),
        "{path} sets no cookie before a receipt login"
    );
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn a_reporter_uses_the_pages_without_javascript() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Form").await;

        // Find the workplace with the search form (a POST: no search term in any URL), then
        // report.
        let (status, empty) = page(&app, "/report", None).await;
        assert_eq!(status, StatusCode::OK);
        let found = app
            .client
            .post(app.url("/report/search"))
            .form(&[
                ("csrf", csrf_of(&empty).as_str()),
                ("q", "berry"),
                ("narrative", "Typed before searching"),
                ("indicators", "wages"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(found.status(), StatusCode::OK);
        assert!(found.headers().get(SET_COOKIE).is_none());
        let form = found.text().await.unwrap();
        assert!(
            form.contains(&buyer.supplier_id.to_string()),
            "the search lists the supplier"
        );
        assert!(
            form.contains("Typed before searching") && form.contains("value=\"wages\" checked"),
            "searching keeps what was typed"
        );
        assert!(
            form.contains("formaction=\"/report/search#found\""),
            "the search is a button of the report form"
        );
        assert!(form.contains("Leave this site quickly"));
        assert!(!form.contains("<script"));
        let csrf = csrf_of(&form);
        let form_id = {
            let at = form.find("name=\"form_id\" value=\"").expect("a form id")
                + "name=\"form_id\" value=\"".len();
            form[at..].split('"').next().unwrap().to_string()
        };
        let supplier_id = buyer.supplier_id.to_string();
        let fields = [
            ("csrf", csrf.as_str()),
            ("form_id", form_id.as_str()),
            ("language", "en"),
            ("supplier_id", supplier_id.as_str()),
            ("country", "SE"),
            ("indicators", "documents"),
            ("indicators", "wages"),
            ("indicators", "violence"),
            ("people_affected", "two_to_five"),
            ("relationship", "co_worker"),
            ("narrative", NARRATIVE),
        ];
        let submitted = app
            .client
            .post(app.url("/report"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(submitted.status(), StatusCode::CREATED);
        assert!(submitted.headers().get(SET_COOKIE).is_none());
        let receipt = receipt_of(&submitted.text().await.unwrap());
        assert_eq!(receipt.len(), 19, "{receipt}");
        let stored = cases::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(stored[0].priority, "critical", "violence makes it critical");

        // Reloading the receipt page sends the form again: nothing new is filed.
        let again = app
            .client
            .post(app.url("/report"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::CONFLICT);
        let again = again.text().await.unwrap();
        assert!(again.contains("already sent"), "{again}");
        assert!(again.contains("Leave this site quickly"));
        assert_eq!(
            cases::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
                .len(),
            1
        );

        // Come back with the receipt.
        let (_, status_page) = page(&app, "/status", None).await;
        let signed_in = app
            .client
            .post(app.url("/status"))
            .form(&[
                ("csrf", csrf_of(&status_page).as_str()),
                ("receipt", receipt.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
        assert_eq!(signed_in.headers()[LOCATION], "/status/case");
        let cookie = fixtures::cookie_from(&signed_in, "__Host-kedja-reporter").unwrap();

        let (status, case) = page(&app, "/status/case", Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(case.contains("Received. The case handlers have not confirmed it yet."));
        let csrf = csrf_of(&case);

        let reply = app
            .client
            .post(app.url("/status/case/messages"))
            .header(COOKIE, &cookie)
            .form(&[
                ("csrf", csrf.as_str()),
                ("body", "The safe is in the site office"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(reply.status(), StatusCode::SEE_OTHER);

        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf.clone())
            .part(
                "file",
                reqwest::multipart::Part::bytes(fixtures::photo_with_exif())
                    .file_name("safe.jpg")
                    .mime_str("image/jpeg")
                    .unwrap(),
            );
        let uploaded = app
            .client
            .post(app.url("/status/case/attachments"))
            .header(COOKIE, &cookie)
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(uploaded.status(), StatusCode::SEE_OTHER);

        let (_, case) = page(&app, "/status/case?done=file", Some(&cookie)).await;
        assert!(case.contains("The safe is in the site office"));
        assert!(case.contains("photo-1.jpg"));
        assert!(case.contains("hidden details removed: place, time and camera details"));
        assert!(case.contains("Your file was added."));

        // Forms without their token are refused.
        let forged = app
            .client
            .post(app.url("/status/case/messages"))
            .header(COOKIE, &cookie)
            .form(&[("csrf", "forged"), ("body", "x")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);

        let out = app
            .client
            .post(app.url("/status/logout"))
            .header(COOKIE, &cookie)
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(out.status(), StatusCode::SEE_OTHER);
        assert!(
            out.headers()[SET_COOKIE]
                .to_str()
                .unwrap()
                .contains("Max-Age=0")
        );
        let after = app
            .client
            .get(app.url("/status/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(
            after.status(),
            StatusCode::SEE_OTHER,
            "back to the receipt form"
        );
        assert_eq!(after.headers()[LOCATION], "/status");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_form_with_an_error_comes_back_with_the_answers_kept() {
    each_backend(|app| async move {
        let (_, form) = page(&app, "/report", None).await;
        let csrf = csrf_of(&form);
        let response = app
            .client
            .post(app.url("/report"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("supplier_text", "Greenhouse near Kalmar"),
                ("country", "SE"),
                ("indicators", "debt"),
                ("people_affected", "one"),
                ("relationship", "worker"),
                ("narrative", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
        // Fluent isolates placeables with U+2068/U+2069 for right-to-left languages.
        let html = response
            .text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            html.contains("Please fill in “Tell us what happened”"),
            "the error names the field by its label: {html}"
        );
        assert!(!html.contains("is required"), "no developer text");
        assert!(
            html.contains("Greenhouse near Kalmar"),
            "what was typed is kept"
        );
        assert!(
            html.contains("value=\"debt\" checked"),
            "ticked boxes stay ticked"
        );

        let expired = app
            .client
            .post(app.url("/report"))
            .form(&[("csrf", "1.forged"), ("narrative", NARRATIVE)])
            .send()
            .await
            .unwrap();
        assert_eq!(expired.status(), StatusCode::FORBIDDEN);
        assert!(
            cases::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
                .is_empty()
        );

        let (_, status_page) = page(&app, "/status", None).await;
        let wrong = app
            .client
            .post(app.url("/status"))
            .form(&[
                ("csrf", csrf_of(&status_page).as_str()),
                ("receipt", "1234 5678 9012 3456"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
        assert!(wrong.headers().get(SET_COOKIE).is_none());
        assert!(
            wrong
                .text()
                .await
                .unwrap()
                .contains("could not find a report")
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_pages_speak_swedish() {
    each_backend(|app| async move {
        fixtures::buyer(&app, "Region Svenska").await;
        let (_, form) = page(&app, "/report?lang=sv", None).await;
        assert!(form.contains("Gör en anmälan"));
        assert!(form.contains("Har arbetsgivaren eller någon annan ditt pass"));
        assert!(
            form.contains("<option value=\"SE\">Sverige</option>")
                && !form.contains("<option value=\"DE\">"),
            "the directory's countries by name, in Swedish; another is written by name"
        );
        let (_, status) = page(&app, "/status?lang=sv", None).await;
        assert!(status.contains("Följ din anmälan"));
        // Errors too.
        let missing = app
            .client
            .post(app.url("/report?lang=sv"))
            .form(&[
                ("csrf", csrf_of(&form).as_str()),
                ("language", "sv"),
                ("supplier_text", "Växthus nära Kalmar"),
                ("country", "SE"),
                ("indicators", "debt"),
                ("people_affected", "one"),
                ("relationship", "worker"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), StatusCode::BAD_REQUEST);
        let html = missing
            .text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(html.contains("Fyll i ”Berätta vad som har hänt”"), "{html}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn quick_exit_ends_the_session_and_clears_the_site() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Utgång").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let cookie = fixtures::sign_in(&app, &receipt).await;
        let exit = app
            .client
            .get(app.url("/exit"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(exit.status(), StatusCode::SEE_OTHER);
        assert!(
            exit.headers()[LOCATION]
                .to_str()
                .unwrap()
                .starts_with("https://"),
            "a neutral site"
        );
        assert_eq!(
            exit.headers()["clear-site-data"],
            "\"cache\", \"cookies\", \"storage\""
        );
        assert!(
            exit.headers()[SET_COOKIE]
                .to_str()
                .unwrap()
                .contains("Max-Age=0")
        );
        let back = app
            .client
            .get(app.url("/status/case"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(
            back.status(),
            StatusCode::SEE_OTHER,
            "pressing Back finds no report"
        );
        // Every page's quick-exit button goes through /exit.
        let (_, home) = page(&app, "/", None).await;
        assert!(home.contains("class=\"quick-exit\" href=\"/exit\""));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_receipt_page_offers_no_way_to_lose_the_receipt_and_errors_are_pages() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Kvitto").await;
        let (_, form) = page(&app, "/report", None).await;
        let supplier_id = buyer.supplier_id.to_string();
        let submitted = app
            .client
            .post(app.url("/report"))
            .form(&[
                ("csrf", csrf_of(&form).as_str()),
                ("supplier_id", supplier_id.as_str()),
                ("country", "SE"),
                ("people_affected", "one"),
                ("relationship", "worker"),
                ("narrative", NARRATIVE),
            ])
            .send()
            .await
            .unwrap();
        let html = submitted.text().await.unwrap();
        assert!(
            !html.contains("/language/"),
            "no language links on the receipt page"
        );
        let receipt = receipt_of(&html);

        // A form sent back for an error keeps the workplace that was picked.
        let again = app
            .client
            .post(app.url("/report"))
            .form(&[
                ("csrf", csrf_of(&form).as_str()),
                ("supplier_id", supplier_id.as_str()),
                ("narrative", ""),
            ])
            .send()
            .await
            .unwrap();
        let html = again.text().await.unwrap();
        assert!(
            html.contains(&format!("value=\"{supplier_id}\" checked")),
            "the pick survives the error"
        );

        // An empty reply is answered with a page, not JSON.
        let cookie = fixtures::sign_in(&app, &receipt).await;
        let (_, case) = page(&app, "/status/case", Some(&cookie)).await;
        let empty = app
            .client
            .post(app.url("/status/case/messages"))
            .header(COOKIE, &cookie)
            .form(&[("csrf", csrf_of(&case).as_str()), ("body", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
        let html = empty.text().await.unwrap();
        assert!(
            html.contains("<html")
                && html.contains("href=\"/exit\"")
                && html.contains("/status/case"),
            "{html}"
        );
        app.stop().await;
    })
    .await;
}

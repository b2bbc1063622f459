//! The foundation over HTTP: the home page in each language, the security headers, health
//! checks, errors as JSON, start-up refusing secrets that do not belong to the database.

use crate::helpers::{Options, each_backend, each_backend_with, each_database};
use reqwest::StatusCode;
use reqwest::header::{
    ACCEPT_ENCODING, ACCEPT_LANGUAGE, CACHE_CONTROL, CONTENT_ENCODING, LOCATION, SET_COOKIE,
};

#[tokio::test]
async fn the_home_page_speaks_english_and_swedish() {
    each_backend(|app| async move {
        let english = app.get("/").await;
        assert_eq!(english.status(), StatusCode::OK);
        let html = english.text().await.unwrap();
        assert!(html.contains("<html lang=\"en\""));
        assert!(html.contains("Report forced labour safely and anonymously"));

        let swedish = app
            .client
            .get(app.url("/"))
            .header(ACCEPT_LANGUAGE, "sv-SE,sv;q=0.9,en;q=0.4")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(swedish.contains("<html lang=\"sv\""));
        assert!(swedish.contains("Rapportera tvångsarbete säkert och anonymt"));

        let by_query = app.get("/?lang=sv").await.text().await.unwrap();
        assert!(by_query.contains("<html lang=\"sv\""));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    each_backend(|app| async move {
        for path in ["/", "/static/kedja.css", "/healthz", "/no-such-page"] {
            let response = app.get(path).await;
            let headers = response.headers();
            let csp = headers["content-security-policy"].to_str().unwrap();
            assert!(csp.contains("default-src 'none'"), "{path}: {csp}");
            assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
            assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
            assert!(!csp.contains("unsafe-eval"), "{path}: {csp}");
            assert_eq!(headers["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(headers["referrer-policy"], "no-referrer", "{path}");
            assert_eq!(headers["x-frame-options"], "DENY", "{path}");
            assert!(
                headers["permissions-policy"]
                    .to_str()
                    .unwrap()
                    .contains("camera=()"),
                "{path}"
            );
            assert!(
                headers.get("strict-transport-security").is_none(),
                "no HSTS over plain http"
            );
        }
        let page = app.get("/").await;
        assert_eq!(
            page.headers()[CACHE_CONTROL],
            "no-store",
            "pages are never cached"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn an_https_public_url_turns_on_hsts() {
    let options = Options {
        env: vec![(
            "KEDJA_PUBLIC_URL".into(),
            "https://report.example.org".into(),
        )],
    };
    each_backend_with(options, |app| async move {
        let response = app.get("/").await;
        let hsts = response.headers()["strict-transport-security"]
            .to_str()
            .unwrap();
        assert!(hsts.starts_with("max-age=63072000"), "{hsts}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_page_loads_nothing_from_elsewhere() {
    each_backend(|app| async move {
        let html = app.get("/").await.text().await.unwrap();
        for attribute in ["src=\"http", "href=\"//", "src=\"//", "<script", "style=\""] {
            assert!(!html.contains(attribute), "{attribute}");
        }
        // Not even a link leaves the site: the quick exit goes through /exit, which clears the
        // site's data first.
        let absolute: Vec<&str> = html
            .match_indices("href=\"http")
            .map(|(i, _)| &html[i..i + 40])
            .collect();
        assert!(absolute.is_empty(), "{absolute:?}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn health_and_readiness_answer() {
    each_backend(|app| async move {
        assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
        assert_eq!(app.get("/readyz").await.status(), StatusCode::OK);
        // Once the database is gone, the process lives but is not ready.
        app.state.db().conn().clone().close().await.unwrap();
        assert_eq!(app.get("/healthz").await.status(), StatusCode::OK);
        assert_eq!(
            app.get("/readyz").await.status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn unknown_paths_answer_with_the_json_error_shape() {
    each_backend(|app| async move {
        let response = app.get("/api/v1/nothing-here").await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["error"], "not_found");
        assert!(body["message"].is_string());
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn picking_a_language_sets_a_cookie_and_stays_on_the_site() {
    each_backend(|app| async move {
        let response = app.get("/language/sv?next=/report").await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER);
        assert_eq!(response.headers()[LOCATION], "/report");
        let cookie = response.headers()[SET_COOKIE].to_str().unwrap();
        assert!(cookie.starts_with("lang=sv;"), "{cookie}");
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );

        let html = app
            .client
            .get(app.url("/"))
            .header("cookie", "lang=sv")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<html lang=\"sv\""));

        let away = app.get("/language/sv?next=//evil.example").await;
        assert_eq!(
            away.headers()[LOCATION],
            "/",
            "never redirects off the site"
        );
        let unknown = app.get("/language/xx?next=/report").await;
        assert_eq!(
            unknown.status(),
            StatusCode::SEE_OTHER,
            "a mistyped link goes on"
        );
        assert_eq!(unknown.headers()[LOCATION], "/report");
        assert!(unknown.headers().get("set-cookie").is_none());
        let back = app.get("/language/sv?next=/authority").await;
        assert_eq!(back.headers()[LOCATION], "/authority");

        // A page that does not exist is a page, in the visitor's language.
        let missing = app.get("/nonexistent?lang=sv").await;
        assert_eq!(missing.status(), StatusCode::NOT_FOUND);
        let missing = missing.text().await.unwrap();
        assert!(missing.contains("Sidan finns inte"), "{missing}");
        assert!(missing.contains("/exit"), "with the quick-exit button");
        let api = app.get("/api/v1/nothing").await;
        assert_eq!(api.status(), StatusCode::NOT_FOUND);
        assert!(
            api.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json"),
            "the API stays JSON"
        );
        let staff = app.get("/staff/stats").await;
        assert_eq!(staff.status(), StatusCode::SEE_OTHER);
        assert_eq!(staff.headers()[LOCATION], "/staff/login");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_home_page_sets_no_cookie() {
    each_backend(|app| async move {
        let response = app.get("/").await;
        assert!(response.headers().get(SET_COOKIE).is_none());
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn static_assets_are_compressed_and_cacheable_but_pages_are_not_compressed() {
    each_backend(|app| async move {
        let css = app
            .client
            .get(app.url("/static/kedja.css"))
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(css.headers()[CONTENT_ENCODING], "gzip");
        assert!(
            css.headers()[CACHE_CONTROL]
                .to_str()
                .unwrap()
                .contains("max-age")
        );
        let page = app
            .client
            .get(app.url("/"))
            .header(ACCEPT_ENCODING, "gzip")
            .send()
            .await
            .unwrap();
        assert!(
            page.headers().get(CONTENT_ENCODING).is_none(),
            "pages stay uncompressed (BREACH)"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn start_up_refuses_secrets_that_do_not_belong_to_the_database() {
    each_database(|db, data| async move {
        let env: std::collections::HashMap<String, String> = [
            ("KEDJA_DATA_DIR".to_string(), data.display().to_string()),
            ("KEDJA_DATABASE_URL".to_string(), db.url.clone()),
        ]
        .into_iter()
        .collect();
        let settings = kedja::Settings::load(&env).unwrap();
        let build = || kedja::App::build(settings.clone(), &env, kedja::clock::Clock::system());
        build().await.unwrap();
        let secrets = data.join("secrets.toml");
        assert!(secrets.exists(), "first start writes the secrets");

        // A second start with the file intact is fine.
        build().await.unwrap();

        // Losing the file must not silently mint a new pepper.
        std::fs::remove_file(&secrets).unwrap();
        let error = build().await.err().expect("start-up is refused");
        assert!(
            format!("{error:#}").contains("do not belong to this database"),
            "{error:#}"
        );
        assert!(!secrets.exists(), "no new secrets were written");

        // An unreadable file is an error too.
        std::fs::write(&secrets, "not toml at all = = =").unwrap();
        assert!(build().await.is_err());
    })
    .await;
}

#[tokio::test]
async fn the_openapi_document_describes_the_reporter_and_staff_apis() {
    each_backend(|app| async move {
        let response = app.get("/api/openapi.json").await;
        assert_eq!(response.status(), StatusCode::OK);
        let doc: serde_json::Value = response.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let paths = doc["paths"].as_object().unwrap();
        for (path, method) in [
            ("/api/v1/intake", "get"),
            ("/api/v1/suppliers", "get"),
            ("/api/v1/reports", "post"),
            ("/api/v1/reporter/session", "post"),
            ("/api/v1/reporter/session", "delete"),
            ("/api/v1/reporter/case", "get"),
            ("/api/v1/reporter/messages", "post"),
            ("/api/v1/reporter/attachments", "post"),
            ("/api/v1/auth/login", "post"),
            ("/api/v1/auth/logout", "post"),
            ("/api/v1/members", "get"),
            ("/api/v1/members/{id}/confirm", "post"),
            ("/api/v1/cases", "get"),
            ("/api/v1/cases/{id}", "get"),
            ("/api/v1/cases/{id}/transitions", "post"),
            ("/api/v1/cases/{id}/messages", "post"),
            ("/api/v1/cases/{id}/notes", "post"),
            ("/api/v1/cases/{id}/assignee", "put"),
            ("/api/v1/cases/{id}/attachments/{attachment_id}", "get"),
            ("/api/v1/auth/totp", "post"),
            ("/api/v1/auth/totp/confirm", "post"),
            ("/api/v1/auth/password", "post"),
            ("/api/v1/members/{id}/reset", "post"),
            ("/api/v1/cases/{id}/priority", "put"),
            ("/api/v1/cases/{id}/recusal", "post"),
            ("/api/v1/cases/{id}/feedback-deadline", "put"),
            ("/api/v1/cases/{id}/retaliation-risk", "put"),
            ("/api/v1/cases/{id}/transfer", "post"),
            ("/api/v1/cases/{id}/shares", "post"),
            ("/api/v1/cases/{id}/shares/{org_id}", "delete"),
            ("/api/v1/cases/{id}/escalations", "post"),
            ("/api/v1/cases/{id}/escalations", "get"),
            ("/api/v1/cases/{id}/consent-request", "post"),
            ("/api/v1/escalations", "get"),
            ("/api/v1/escalations/{id}", "get"),
            ("/api/v1/escalations/{id}/evidence/{evidence_id}", "get"),
            ("/api/v1/escalations/{id}/export", "get"),
            ("/api/v1/escalations/{id}/responses", "post"),
            ("/api/v1/signing-key", "get"),
            ("/api/v1/reporter/consent", "post"),
            ("/api/v1/stats", "get"),
        ] {
            assert!(
                paths.get(path).and_then(|p| p.get(method)).is_some(),
                "{method} {path}"
            );
        }
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for schema in [
            "ReportInput",
            "ReporterCase",
            "CaseSummary",
            "CaseDetail",
            "TransitionInput",
            "ErrorBody",
        ] {
            assert!(schemas.contains_key(schema), "{schema}");
        }
        app.stop().await;
    })
    .await;
}

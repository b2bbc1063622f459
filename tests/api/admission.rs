//! Brute force and admission: sign-in budgets per staff account and for the receipt-guessing
//! population (shared through the database, whatever address a guess comes from), staff
//! sign-in's own rate bucket, and argon2 capacity kept for staff.

use std::time::Duration;

use kedja::crypto::kdf::Lane;
use kedja::store::entities::sign_in_budgets;
use reqwest::StatusCode;
use reqwest::header::RETRY_AFTER;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::helpers::staff::{self, PASSWORD};
use crate::helpers::{Options, TestApp, each_backend, each_backend_with, fixtures};

/// A client whose requests come from `127.0.0.{n}`: one more address on this machine.
fn client_from(n: u8) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, n]))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn login_from(app: &TestApp, n: u8, email: &str, password: &str) -> reqwest::Response {
    client_from(n)
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap()
}

async fn receipt_from(app: &TestApp, n: u8, receipt: &str) -> reqwest::Response {
    client_from(n)
        .post(app.url("/api/v1/reporter/session"))
        .json(&json!({ "receipt": receipt }))
        .send()
        .await
        .unwrap()
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get(RETRY_AFTER)
        .expect("a Retry-After header")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn an_accounts_budget_holds_whatever_address_the_guesses_come_from() {
    let options = Options {
        env: vec![("KEDJA_SIGN_IN_BUDGET_ACCOUNT".into(), "4".into())],
    };
    each_backend_with(options, |app| async move {
        fixtures::buyer(&app, "Aurora").await;
        fixtures::buyer(&app, "Borealis").await;
        let email = "admin@aurora.example";
        // Five wrong passwords, each from an address of its own: the per-address limiter
        // never sees more than one, but the account's budget (4 free) counts all five.
        for n in 2..7 {
            let response = login_from(&app, n, email, "not the passphrase at all").await;
            assert_eq!(
                response.status(),
                StatusCode::UNAUTHORIZED,
                "guess from .{n}"
            );
        }
        // The sixth guess, from yet another address, waits, before any argon2 work.
        let refused = login_from(&app, 7, email, "not the passphrase either").await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(retry_after(&refused), 1, "the first wait is short");
        let body: Value = refused.json().await.unwrap();
        assert_eq!(body["error"], "rate_limited");
        // Even the right passphrase waits while the account does.
        let right = login_from(&app, 8, email, PASSWORD).await;
        assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
        // Another account is not held up by this one's guesses.
        let other = login_from(&app, 8, "admin@borealis.example", PASSWORD).await;
        assert_eq!(other.status(), StatusCode::NO_CONTENT);

        // A delay, not a lock: after the wait one more guess is heard, and the next wait is
        // twice as long.
        app.state.clock().advance(Duration::from_secs(2));
        let again = login_from(&app, 9, email, "still not it").await;
        assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
        let refused = login_from(&app, 9, email, "still not it").await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(retry_after(&refused), 2, "the wait doubles");
        app.state.clock().advance(Duration::from_secs(3));
        let right = login_from(&app, 10, email, PASSWORD).await;
        assert_eq!(right.status(), StatusCode::NO_CONTENT, "the member gets in");

        // The budget rows name no account, address or e-mail.
        let rows = sign_in_budgets::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert!(!rows.is_empty());
        for row in rows {
            assert!(!row.key.contains("aurora") && !row.key.contains("127.0.0"));
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_receipt_guessing_population_has_a_budget_that_leaves_no_time_of_day() {
    let options = Options {
        env: vec![("KEDJA_SIGN_IN_BUDGET_RECEIPTS".into(), "3".into())],
    };
    each_backend_with(options, |app| async move {
        let buyer = fixtures::buyer(&app, "Aurora").await;
        let receipt = fixtures::submit(
            &app,
            &fixtures::report(
                buyer.supplier_id,
                "The agent keeps our passports in his car",
            ),
        )
        .await;
        let guesses = [
            "1111-2222-3333-4444",
            "2222-3333-4444-5555",
            "3333-4444-5555-6666",
            "4444-5555-6666-7777",
        ];
        for (n, guess) in (2..).zip(guesses) {
            let response = receipt_from(&app, n, guess).await;
            assert_eq!(
                response.status(),
                StatusCode::UNAUTHORIZED,
                "guess from .{n}"
            );
        }
        let refused = receipt_from(&app, 7, "5555-6666-7777-8888").await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        assert!(retry_after(&refused) >= 1);
        // While guessers are held up, so is everyone, briefly: a delay, not a lock.
        assert_eq!(
            receipt_from(&app, 8, &receipt).await.status(),
            StatusCode::TOO_MANY_REQUESTS
        );
        app.state.clock().advance(Duration::from_secs(2));
        assert_eq!(
            receipt_from(&app, 8, &receipt).await.status(),
            StatusCode::NO_CONTENT
        );

        // The database holds the day's count and nothing finer: no receipt, no time of day.
        let rows = sign_in_budgets::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(rows.len(), 1, "one row: the day's count");
        let row = &rows[0];
        assert_eq!(row.failures, 4);
        assert_eq!(row.window_start.time(), chrono::NaiveTime::MIN, "midnight");
        assert_eq!(row.blocked_until, None);
        assert!(!row.key.contains("1111") && !row.key.contains(&receipt[..4]));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_days_receipt_budget_is_shared_by_every_replica() {
    let options = Options {
        env: vec![
            ("KEDJA_SIGN_IN_BUDGET_RECEIPTS".into(), "100".into()),
            ("KEDJA_SIGN_IN_BUDGET_RECEIPTS_DAILY".into(), "10".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        // Another replica spent the day's budget: its count is in the shared row.
        let now = app.state.clock().now();
        let midnight = now.date_naive().and_hms_opt(0, 0, 0).unwrap().and_utc();
        sign_in_budgets::Entity::insert(sign_in_budgets::ActiveModel {
            key: sea_orm::Set("receipts-day".into()),
            window_start: sea_orm::Set(midnight),
            failures: sea_orm::Set(10),
            blocked_until: sea_orm::Set(None),
        })
        .exec(app.state.db().conn())
        .await
        .unwrap();
        // This replica has seen one failure only, far inside its own budget, yet waits.
        let first = receipt_from(&app, 2, "1111-2222-3333-4444").await;
        assert_eq!(first.status(), StatusCode::UNAUTHORIZED);
        let refused = receipt_from(&app, 3, "2222-3333-4444-5555").await;
        assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn staff_sign_in_has_a_rate_bucket_apart_from_anonymous_posts() {
    let options = Options {
        env: vec![
            ("KEDJA_RATE_LIMIT_BURST".into(), "2".into()),
            ("KEDJA_RATE_LIMIT_PERIOD_MS".into(), "60000".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        fixtures::buyer(&app, "Aurora").await;
        // The office address spends its anonymous bucket on reports.
        let office = client_from(4);
        let mut last = StatusCode::OK;
        for _ in 0..3 {
            last = office
                .post(app.url("/api/v1/reports"))
                .json(&json!({"narrative": ""}))
                .send()
                .await
                .unwrap()
                .status();
        }
        assert_eq!(
            last,
            StatusCode::TOO_MANY_REQUESTS,
            "the anonymous bucket is spent"
        );
        // A handler behind the same address still signs in.
        let response = login_from(&app, 4, "admin@aurora.example", PASSWORD).await;
        assert_eq!(response.status(), StatusCode::NO_CONTENT);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reporter_flood_does_not_refuse_staff_sign_in() {
    let options = Options {
        env: vec![
            ("KEDJA_KDF_WORKERS".into(), "1".into()),
            ("KEDJA_KDF_QUEUE".into(), "0".into()),
        ],
    };
    each_backend_with(options, |app| async move {
        fixtures::buyer(&app, "Aurora").await;
        // The reporters' share of argon2 is taken, as in a flood of submissions.
        let (started, flood_started) = tokio::sync::oneshot::channel::<()>();
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let kdf = app.state.kdf().clone();
        let flood = tokio::spawn(async move {
            kdf.run(Lane::Reporter, move || {
                started.send(()).unwrap();
                wait.recv().is_ok()
            })
            .await
        });
        flood_started.await.unwrap();
        let reporter = receipt_from(&app, 2, "1111-2222-3333-4444").await;
        assert_eq!(
            reporter.status(),
            StatusCode::SERVICE_UNAVAILABLE,
            "a reporter is told to come back"
        );
        let staff = staff::login(&app, "admin@aurora.example", PASSWORD, None).await;
        assert_eq!(staff.status(), StatusCode::NO_CONTENT, "a handler is not");
        release.send(()).unwrap();
        assert!(flood.await.unwrap().unwrap());
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn exporting_and_resetting_need_a_code_from_the_last_five_minutes() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Aurora").await;
        // Signing in gave a code; six minutes later it no longer counts.
        app.state.clock().advance(Duration::from_secs(6 * 60));
        let (status, body) = staff::get_json(&app, "/api/v1/cases.csv", &team.admin).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["error"], "step_up_required");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("/api/v1/auth/step-up")
        );
        let reset = format!("/api/v1/members/{}/totp-reset", team.handler_id);
        let (status, body) = staff::post_json(&app, &reset, &team.admin, json!({})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["error"], "step_up_required");

        // A wrong code does not step up.
        let (status, body) = staff::post_json(
            &app,
            "/api/v1/auth/step-up",
            &team.admin,
            json!({"code": "000000"}),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        // A current one does, and works once.
        let code = staff::code(&app, &team.admin_totp);
        let (status, _) = staff::post_json(
            &app,
            "/api/v1/auth/step-up",
            &team.admin,
            json!({ "code": code }),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = staff::post_json(
            &app,
            "/api/v1/auth/step-up",
            &team.admin,
            json!({ "code": code }),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "a code works once");
        let csv = app
            .client
            .get(app.url("/api/v1/cases.csv"))
            .header(reqwest::header::COOKIE, &team.admin)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), StatusCode::OK);

        // Five minutes and a second later, the code no longer counts.
        app.state.clock().advance(Duration::from_secs(5 * 60 + 1));
        let (status, body) = staff::post_json(&app, &reset, &team.admin, json!({})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(body["error"], "step_up_required");
        let code = staff::code(&app, &team.admin_totp);
        let (status, _) = staff::post_json(
            &app,
            "/api/v1/auth/step-up",
            &team.admin,
            json!({ "code": code }),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = staff::post_json(&app, &reset, &team.admin, json!({})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_staff_page_asks_for_the_code_and_returns_to_the_action_without_javascript() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Aurora").await;
        app.state.clock().advance(Duration::from_secs(6 * 60));
        let get = |path: String| {
            app.client
                .get(app.url(&path))
                .header(reqwest::header::COOKIE, &team.admin)
                .send()
        };
        let refused = get("/staff/cases.csv?q=Berry".into()).await.unwrap();
        assert_eq!(refused.status(), StatusCode::SEE_OTHER);
        let location = refused.headers()["location"].to_str().unwrap().to_string();
        assert_eq!(
            location,
            "/staff/step-up?next=%2Fstaff%2Fcases.csv%3Fq%3DBerry"
        );
        let form = get(location).await.unwrap();
        assert_eq!(form.status(), StatusCode::OK);
        let html = form.text().await.unwrap();
        assert!(html.contains("name=\"code\""));
        let csrf = staff::csrf_in(&html);
        let code = staff::code(&app, &team.admin_totp);
        let sent = app
            .client
            .post(app.url("/staff/step-up"))
            .header(reqwest::header::COOKIE, &team.admin)
            .form(&[
                ("csrf", csrf.as_str()),
                ("code", code.as_str()),
                ("next", "/staff/cases.csv?q=Berry"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), StatusCode::SEE_OTHER);
        assert_eq!(sent.headers()["location"], "/staff/cases.csv?q=Berry");
        let csv = get("/staff/cases.csv?q=Berry".into()).await.unwrap();
        assert_eq!(csv.status(), StatusCode::OK);

        // A form sent without a recent code returns to its page after the code.
        app.state.clock().advance(Duration::from_secs(6 * 60));
        let page = get("/staff/members".into())
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let csrf = staff::csrf_in(&page);
        let reset = app
            .client
            .post(app.url(&format!("/staff/members/{}/totp-reset", team.handler_id)))
            .header(reqwest::header::COOKIE, &team.admin)
            .form(&[("csrf", csrf.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(reset.status(), StatusCode::SEE_OTHER);
        let location = reset.headers()["location"].to_str().unwrap();
        assert!(
            location.starts_with("/staff/step-up?next=%2Fstaff%2Fmembers"),
            "{location}"
        );
        app.stop().await;
    })
    .await;
}

//! Case handling over HTTP: login with password and TOTP, the urgency-ordered list, the
//! decrypted case, the workflow as the reporter sees it, notes the reporter never sees,
//! evidence download, and an authorisation matrix of callers who must be refused.

use crate::helpers::fixtures;
use crate::helpers::staff::*;
use crate::helpers::{TestApp, each_backend};
use kedja::admin::provision::{self, NewMember};
use kedja::cases::service::CaseSummary;
use kedja::domain::accounts::Role;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, COOKIE, SET_COOKIE};
use sea_orm::EntityTrait;
use secrecy::SecretString;
use serde_json::{Value, json};

const NARRATIVE: &str = "The recruiter took 2000 euros from each of us and keeps our passports";
const NOTE: &str = "Internal: cross-check with the labour inspectorate list from May";

#[tokio::test]
async fn a_handler_triages_a_critical_report_end_to_end() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Nord").await;
        let supplier = team.buyer.supplier_id;
        let mut medium = fixtures::report(supplier, "Overtime every Sunday without pay");
        medium["indicators"] = json!(["overtime"]);
        medium["people_affected"] = json!("one");
        fixtures::submit(&app, &medium).await;
        let mut critical = fixtures::report(supplier, NARRATIVE);
        critical["immediate_danger"] = json!(true);
        let receipt = fixtures::submit(&app, &critical).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let photo = reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("passports.jpg");
        let uploaded = app
            .client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &reporter)
            .multipart(reqwest::multipart::Form::new().part("file", photo))
            .send()
            .await
            .unwrap();
        assert_eq!(uploaded.status(), StatusCode::CREATED);

        // The critical report is at the top of the list.
        let list = cases(&app, &team.handler, "").await;
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].priority, "critical");
        assert_eq!(list[1].priority, "medium");
        assert_eq!(list[0].supplier.as_deref(), Some("Region Nord Berry Farm"));
        let id = list[0].id;
        assert_eq!(cases(&app, &team.handler, "?priority=medium&state=received").await.len(), 1);
        assert_eq!(cases(&app, &team.handler, "?indicator=documents").await.len(), 1);
        let (status, _) = get_json(&app, "/api/v1/cases?priority=urgent", &team.handler).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // It reads decrypted.
        let detail = case(&app, id, &team.handler).await;
        assert_eq!(detail.narrative, NARRATIVE);
        assert!(detail.immediate_danger);
        let attachment = detail.attachments[0].id;

        // An illegal transition is refused; acknowledging reaches the reporter.
        let refused = post_as::<CaseSummary>(&app, &format!("/api/v1/cases/{id}/transitions"), &team.handler, json!({"to": "remediation"})).await;
        assert_eq!(refused.unwrap_err(), (StatusCode::CONFLICT, "illegal_transition".to_string()));
        let moved: CaseSummary = post_as(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &team.handler,
            json!({"to": "acknowledged", "message": "We are contacting the site this week."}),
        )
        .await
        .unwrap();
        assert_eq!(moved.state, "acknowledged");
        assert!(moved.feedback_by.is_some());

        // A note the reporter never sees.
        let (status, _) = post_json(&app, &format!("/api/v1/cases/{id}/notes"), &team.handler, json!({"body": NOTE})).await;
        assert_eq!(status, StatusCode::CREATED);
        let seen = reporter_case(&app, &reporter).await;
        assert_eq!(seen.status, "acknowledged");
        let thread: Vec<&str> = seen.messages.iter().map(|m| m.body.as_str()).collect();
        assert!(thread.iter().any(|m| m.contains("received and read")), "{thread:?}");
        assert!(thread.iter().any(|m| m.contains("contacting the site")), "{thread:?}");
        let (_, everything) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert!(!everything.to_string().contains("cross-check"), "the note never reaches the reporter");
        let detail = case(&app, id, &team.handler).await;
        assert_eq!(detail.notes[0].body, NOTE);
        assert!(detail.timeline.iter().any(|e| e.action == "case.transition"));

        // Evidence downloads without its metadata.
        let download = app
            .client
            .get(app.url(&format!("/api/v1/cases/{id}/attachments/{attachment}")))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert!(download.headers()[CONTENT_DISPOSITION].to_str().unwrap().starts_with("attachment;"));
        assert_eq!(download.headers()["content-type"], "application/octet-stream");
        let bytes = download.bytes().await.unwrap();
        assert!(bytes.starts_with(&[0xFF, 0xD8]));
        for gone in ["Canon", "GPSLatitude", "Farm 12"] {
            assert!(!bytes.windows(gone.len()).any(|w| w == gone.as_bytes()), "{gone}");
        }

        // Another organisation's handler gets 404, like a case that does not exist.
        let other = make_team(&app, "Kommun Syd").await;
        for path in [format!("/api/v1/cases/{id}"), format!("/api/v1/cases/{id}/attachments/{attachment}")] {
            let (status, _) = get_json(&app, &path, &other.handler).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        }
        let (status, _) = post_json(&app, &format!("/api/v1/cases/{id}/transitions"), &other.handler, json!({"to": "assessing"})).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, theirs) = get_json(&app, "/api/v1/cases", &other.handler).await;
        assert_eq!(theirs, json!([]));
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{}", uuid::Uuid::new_v4()), &team.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Closing writes to the reporter as well.
        for to in ["assessing", "investigating"] {
            let (status, _) = post_json(&app, &format!("/api/v1/cases/{id}/transitions"), &team.handler, json!({"to": to})).await;
            assert_eq!(status, StatusCode::OK, "{to}");
        }
        let (status, closed) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &team.admin,
            json!({"to": "closed", "resolution": "substantiated", "reason": "Confirmed on site visit"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(closed["state"], "closed");
        let (_, seen) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(seen["status"], "closed");
        assert!(seen["messages"].to_string().contains("has been closed"));
        assert!(!seen.to_string().contains("site visit"), "the reason is internal");

        // The chain holds every step.
        match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { entries, .. } => assert!(entries > 10),
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn every_login_failure_is_answered_alike() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer_with_totp(&app, "Region Login").await;
        let email = "admin@region-login.example";
        let good = code(&app, buyer.totp.as_deref().unwrap());
        let wrong_code = if good == "000000" {
            "111111".to_string()
        } else {
            "000000".to_string()
        };
        let attempts = [
            ("nobody@region-login.example", PASSWORD, Some(good.clone())),
            (email, "a wrong passphrase!!", Some(good.clone())),
            (email, PASSWORD, None),
            (email, PASSWORD, Some(wrong_code)),
            ("not an email", PASSWORD, Some(good.clone())),
        ];
        let mut bodies = Vec::new();
        for (email, password, totp) in attempts {
            let response = login(&app, email, password, totp).await;
            assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{email}");
            assert!(response.headers().get(SET_COOKIE).is_none());
            bodies.push(response.text().await.unwrap());
        }
        assert!(bodies.windows(2).all(|w| w[0] == w[1]), "{bodies:?}");
        let garbage = app
            .client
            .post(app.url("/api/v1/auth/login"))
            .header("content-type", "application/json")
            .body("{")
            .send()
            .await
            .unwrap();
        assert_eq!(garbage.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(garbage.text().await.unwrap(), bodies[0]);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_member_without_totp_must_enrol_before_anything_else() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Enrol").await;
        let cookie = session(
            &app,
            "admin@region-enrol.example",
            "a long admin passphrase",
            None,
        )
        .await;
        let (status, error) = get_json(&app, "/api/v1/cases", &cookie).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(error["error"], "totp_enrolment_required");
        let page = app
            .client
            .get(app.url("/staff/totp"))
            .header(COOKIE, &cookie)
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("<svg") && page.contains("otpauth://totp/"),
            "a QR code to scan, and the link beside it"
        );
        assert!(!page.contains("<script"));
        let (status, enrolment) = post_json(&app, "/api/v1/auth/totp", &cookie, json!({})).await;
        assert_eq!(status, StatusCode::OK);
        let uri = enrolment["otpauth_uri"].as_str().unwrap().to_string();
        let (status, _) = post_json(
            &app,
            "/api/v1/auth/totp/confirm",
            &cookie,
            json!({"code": "12345x"}),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = post_json(
            &app,
            "/api/v1/auth/totp/confirm",
            &cookie,
            json!({"code": code(&app, &uri)}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (status, _) = get_json(&app, "/api/v1/cases", &cookie).await;
        assert_eq!(status, StatusCode::OK);
        // From now on the code is required.
        let again = login(
            &app,
            "admin@region-enrol.example",
            "a long admin passphrase",
            None,
        )
        .await;
        assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
        session(
            &app,
            "admin@region-enrol.example",
            "a long admin passphrase",
            Some(code(&app, &uri)),
        )
        .await;
        drop(buyer);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn callers_without_the_right_are_refused_on_every_staff_route() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Matrix").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        let attachment = uuid::Uuid::new_v4();

        // Callers: nobody, a pending member, an authority member, another buyer's handler, and
        // a handler recused from the case.
        let pending = provision::create_member(
            app.state.db(),
            app.state.clock(),
            NewMember {
                org_id: team.buyer.org.org_id,
                email: "pending@region-matrix.example".into(),
                role: Role::Handler,
                password: SecretString::from(HANDLER_PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();
        let pending = session(
            &app,
            "pending@region-matrix.example",
            HANDLER_PASSWORD,
            Some(code(&app, &pending.otpauth_uri.unwrap())),
        )
        .await;
        let authority = fixtures::authority_admin(&app, "Labour Inspectorate").await;
        let authority = session(
            &app,
            "admin@labour-inspectorate.example",
            PASSWORD,
            Some(code(&app, &authority)),
        )
        .await;
        let other = team_handler(&app, "Kommun Matrix").await;
        let recused = provision::create_member(
            app.state.db(),
            app.state.clock(),
            NewMember {
                org_id: team.buyer.org.org_id,
                email: "recused@region-matrix.example".into(),
                role: Role::Handler,
                password: SecretString::from(HANDLER_PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();
        let confirmed = app
            .client
            .post(app.url(&format!("/api/v1/members/{}/confirm", recused.member_id)))
            .header(COOKIE, &team.admin)
            .send()
            .await
            .unwrap();
        assert_eq!(confirmed.status(), StatusCode::NO_CONTENT);
        let recused = session(
            &app,
            "recused@region-matrix.example",
            HANDLER_PASSWORD,
            Some(code(&app, &recused.otpauth_uri.unwrap())),
        )
        .await;
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/recusal"),
            &recused,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);

        let case_routes: Vec<(reqwest::Method, String, Value)> = vec![
            (
                reqwest::Method::GET,
                format!("/api/v1/cases/{id}"),
                Value::Null,
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/transitions"),
                json!({"to": "acknowledged"}),
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/messages"),
                json!({"body": "hello"}),
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/notes"),
                json!({"body": "note"}),
            ),
            (
                reqwest::Method::PUT,
                format!("/api/v1/cases/{id}/assignee"),
                json!({"user_id": team.handler_id}),
            ),
            (
                reqwest::Method::PUT,
                format!("/api/v1/cases/{id}/priority"),
                json!({"priority": "low", "reason": "x"}),
            ),
            (
                reqwest::Method::GET,
                format!("/api/v1/cases/{id}/attachments/{attachment}"),
                Value::Null,
            ),
            (
                reqwest::Method::PUT,
                format!("/api/v1/cases/{id}/feedback-deadline"),
                json!({"months": 1, "reason": "x"}),
            ),
            (
                reqwest::Method::PUT,
                format!("/api/v1/cases/{id}/retaliation-risk"),
                json!({"risk": "high"}),
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/transfer"),
                json!({"org_id": team.buyer.org.org_id}),
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/shares"),
                json!({"org_id": team.buyer.org.org_id}),
            ),
            (
                reqwest::Method::DELETE,
                format!("/api/v1/cases/{id}/shares/{}", team.buyer.org.org_id),
                Value::Null,
            ),
            (
                reqwest::Method::GET,
                format!("/api/v1/cases/{id}/escalations"),
                Value::Null,
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/escalations"),
                json!({"authority_org_id": team.buyer.org.org_id, "summary": "x", "legal_reason": "x"}),
            ),
            (
                reqwest::Method::POST,
                format!("/api/v1/cases/{id}/consent-request"),
                json!({}),
            ),
        ];
        let send = |method: reqwest::Method, path: &str, body: &Value, cookie: Option<&str>| {
            let mut request = app.client.request(method, app.url(path));
            if let Some(cookie) = cookie {
                request = request.header(COOKIE, cookie);
            }
            if !body.is_null() {
                request = request.json(body);
            }
            request.send()
        };
        for (method, path, body) in &case_routes {
            let status = send(method.clone(), path, body, None)
                .await
                .unwrap()
                .status();
            assert_eq!(status, StatusCode::UNAUTHORIZED, "nobody: {method} {path}");
            for (who, cookie) in [
                ("pending", &pending),
                ("authority", &authority),
                ("other buyer", &other),
                ("recused", &recused),
            ] {
                let status = send(method.clone(), path, body, Some(cookie))
                    .await
                    .unwrap()
                    .status();
                assert_eq!(status, StatusCode::NOT_FOUND, "{who}: {method} {path}");
            }
        }
        // Statistics are for confirmed members of buyers and coordinators.
        let nobody = app
            .client
            .get(app.url("/api/v1/stats"))
            .send()
            .await
            .unwrap();
        assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);
        for (who, cookie) in [("pending", &pending), ("authority", &authority)] {
            let (status, _) = get_json(&app, "/api/v1/stats", cookie).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{who}: stats");
        }
        let (status, _) = get_json(&app, "/api/v1/cases", &pending).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "a pending member reads nothing"
        );
        let (_, list) = get_json(&app, "/api/v1/cases", &recused).await;
        assert_eq!(
            list,
            json!([]),
            "a recused handler does not even see it listed"
        );

        // Member administration is for admins of the organisation.
        for (who, cookie) in [
            ("handler", &team.handler),
            ("pending", &pending),
            ("authority of another org", &other),
        ] {
            let (status, _) = get_json(&app, "/api/v1/members", cookie).await;
            assert_eq!(status, StatusCode::FORBIDDEN, "{who}");
        }
        let (status, members) = get_json(&app, "/api/v1/members", &team.admin).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            members
                .as_array()
                .unwrap()
                .iter()
                .any(|m| m["pending"] == true)
        );
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/members/{}/confirm", team.handler_id),
            &team.admin,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT, "already confirmed");
        let outsider = app
            .client
            .post(app.url(&format!("/api/v1/members/{}/confirm", team.handler_id)))
            .send()
            .await
            .unwrap();
        assert_eq!(outsider.status(), StatusCode::UNAUTHORIZED);
        app.stop().await;
    })
    .await;
}

async fn team_handler(app: &TestApp, name: &str) -> String {
    make_team(app, name).await.handler
}

#[tokio::test]
async fn concurrent_audit_appends_make_one_unbroken_chain() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Chain").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        let notes = (0..20).map(|i| {
            app.client
                .post(app.url(&format!("/api/v1/cases/{id}/notes")))
                .header(COOKIE, &team.handler)
                .json(&json!({"body": format!("note {i}")}))
                .send()
        });
        for response in futures_util::future::join_all(notes).await {
            assert_eq!(response.unwrap().status(), StatusCode::CREATED);
        }
        match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { entries, .. } => assert!(entries >= 25, "{entries}"),
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_reporter_is_written_to_in_their_own_language() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Språk").await;
        let mut report = fixtures::report(team.buyer.supplier_id, NARRATIVE);
        report["language"] = json!("sv");
        let receipt = fixtures::submit(&app, &report).await;
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &team.handler,
            json!({"to": "acknowledged"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let (_, seen) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert!(
            seen["messages"]
                .to_string()
                .contains("Din anmälan har tagits emot"),
            "{seen}"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn extensions_need_a_reason_risk_is_recorded_and_duplicates_name_their_original() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Triage").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, "The same recruiter, again")).await;
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let (first, second) = (list[0]["id"].as_str().unwrap().to_string(), list[1]["id"].as_str().unwrap().to_string());
        let put = |path: String, body: Value| {
            let app = &app;
            let cookie = team.handler.clone();
            async move {
                let response = app.client.put(app.url(&path)).header(COOKIE, cookie).json(&body).send().await.unwrap();
                (response.status(), response.json::<Value>().await.unwrap_or(Value::Null))
            }
        };
        let (status, error) = put(format!("/api/v1/cases/{first}/feedback-deadline"), json!({"months": 1, "reason": "site visit"})).await;
        assert_eq!(status, StatusCode::CONFLICT, "{error}");
        post_json(&app, &format!("/api/v1/cases/{first}/transitions"), &team.handler, json!({"to": "acknowledged"})).await;
        let (status, error) = put(format!("/api/v1/cases/{first}/feedback-deadline"), json!({"months": 1, "reason": "  "})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(error["message"].as_str().unwrap().starts_with("reason"));
        let (status, _) = put(format!("/api/v1/cases/{first}/feedback-deadline"), json!({"months": 9, "reason": "x"})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (_, before) = get_json(&app, &format!("/api/v1/cases/{first}"), &team.handler).await;
        let (status, after) = put(format!("/api/v1/cases/{first}/feedback-deadline"), json!({"months": 2, "reason": "waiting for the inspectorate"})).await;
        assert_eq!(status, StatusCode::OK);
        assert!(after["feedback_by"].as_str().unwrap() > before["feedback_by"].as_str().unwrap());

        let (status, _) = put(format!("/api/v1/cases/{first}/retaliation-risk"), json!({"risk": "extreme"})).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _) = put(format!("/api/v1/cases/{first}/retaliation-risk"), json!({"risk": "high", "note": "only two workers on that line"})).await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{first}"), &team.handler).await;
        assert_eq!(detail["retaliation_risk"], "high");

        let close = |duplicate_of: Value| json!({"to": "closed", "resolution": "duplicate", "duplicate_of": duplicate_of});
        let (status, _) = post_json(&app, &format!("/api/v1/cases/{second}/transitions"), &team.handler, close(Value::Null)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "a duplicate names its original");
        let (status, _) = post_json(&app, &format!("/api/v1/cases/{second}/transitions"), &team.handler, close(json!(second))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "not itself");
        let (status, _) = post_json(&app, &format!("/api/v1/cases/{second}/transitions"), &team.handler, close(json!(uuid::Uuid::new_v4()))).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "not a case out of sight");
        let (status, closed) = post_json(&app, &format!("/api/v1/cases/{second}/transitions"), &team.handler, close(json!(first))).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(closed["state"], "closed");
        let stored = kedja::store::entities::cases::Entity::find_by_id(uuid::Uuid::parse_str(&second).unwrap())
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(stored.duplicate_of.map(|d| d.to_string()), Some(first.clone()));
        app.stop().await;
    })
    .await;
}

fn csrf_of(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn a_handler_works_through_the_staff_pages_without_javascript() {
    use reqwest::header::LOCATION;
    each_backend(|app| async move {
        let buyer = fixtures::buyer_with_totp(&app, "Region Sidor").await;
        fixtures::submit(&app, &fixtures::report(buyer.buyer.supplier_id, NARRATIVE)).await;

        let away = app.get("/staff").await;
        assert_eq!(away.status(), StatusCode::SEE_OTHER);
        assert_eq!(away.headers()[LOCATION], "/staff/login");
        let form = app.get("/staff/login").await.text().await.unwrap();
        let wrong = app
            .client
            .post(app.url("/staff/login"))
            .form(&[
                ("csrf", csrf_of(&form).as_str()),
                ("email", "admin@region-sidor.example"),
                ("password", "wrong wrong wrong"),
                ("totp", "000000"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
        assert!(wrong.text().await.unwrap().contains("is not right"));
        let code = code(&app, buyer.totp.as_deref().unwrap());
        let signed_in = app
            .client
            .post(app.url("/staff/login"))
            .form(&[
                ("csrf", csrf_of(&form).as_str()),
                ("email", "admin@region-sidor.example"),
                ("password", PASSWORD),
                ("totp", code.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
        let cookie = fixtures::cookie_from(&signed_in, "__Host-kedja-staff").unwrap();
        let get = |path: String| {
            let (app, cookie) = (&app, cookie.clone());
            async move {
                let response = app
                    .client
                    .get(app.url(&path))
                    .header(COOKIE, cookie)
                    .send()
                    .await
                    .unwrap();
                (response.status(), response.text().await.unwrap())
            }
        };
        let (status, list) = get("/staff".into()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(list.contains("priority-high"), "{list}");
        let at = list.find("href=\"/staff/cases/").unwrap() + "href=\"/staff/cases/".len();
        let id = list[at..].split('"').next().unwrap().to_string();

        let (status, case) = get(format!("/staff/cases/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            case.contains("keeps our passports"),
            "the report reads decrypted"
        );
        assert!(!case.contains("<script"));
        assert!(
            case.contains("<option value=\"acknowledged\">")
                && case.contains("<option value=\"closed\">")
                && !case.contains("<option value=\"investigating\">"),
            "a new report offers only the moves it allows"
        );
        let csrf = csrf_of(&case);
        let post = |path: String, fields: Vec<(&'static str, String)>| {
            let (app, cookie) = (&app, cookie.clone());
            async move {
                app.client
                    .post(app.url(&path))
                    .header(COOKIE, cookie)
                    .form(&fields)
                    .send()
                    .await
                    .unwrap()
            }
        };
        let illegal = post(
            format!("/staff/cases/{id}/transitions"),
            vec![("csrf", csrf.clone()), ("to", "remediation".into())],
        )
        .await;
        assert_eq!(illegal.status(), StatusCode::CONFLICT);
        assert!(
            illegal
                .text()
                .await
                .unwrap()
                .contains("The case cannot move to that state from the state it is in now")
        );
        let moved = post(
            format!("/staff/cases/{id}/transitions"),
            vec![("csrf", csrf.clone()), ("to", "acknowledged".into())],
        )
        .await;
        assert_eq!(moved.status(), StatusCode::SEE_OTHER);
        let written = post(
            format!("/staff/cases/{id}/messages"),
            vec![
                ("csrf", csrf.clone()),
                ("body", "We read your report.".into()),
            ],
        )
        .await;
        assert_eq!(written.status(), StatusCode::SEE_OTHER);
        let noted = post(
            format!("/staff/cases/{id}/notes"),
            vec![("csrf", csrf.clone()), ("body", NOTE.into())],
        )
        .await;
        assert_eq!(noted.status(), StatusCode::SEE_OTHER);
        let forged = post(
            format!("/staff/cases/{id}/notes"),
            vec![("csrf", "forged".into()), ("body", "x".into())],
        )
        .await;
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        let (_, case) = get(format!("/staff/cases/{id}")).await;
        assert!(
            case.contains("acknowledged")
                && case.contains("We read your report.")
                && case.contains("cross-check")
        );

        let (status, members) = get("/staff/members".into()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(members.contains("admin@region-sidor.example"));
        let out = post("/staff/logout".into(), vec![("csrf", csrf.clone())]).await;
        assert_eq!(out.status(), StatusCode::SEE_OTHER);
        let (status, _) = get("/staff/cases/x".into()).await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "the session is gone: back to the sign-in page"
        );
        let (status, _) = get_json(&app, "/api/v1/cases", &cookie).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "the session is gone");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_transferred_case_is_readable_by_the_new_owner_only() {
    each_backend(|app| async move {
        let from = make_team(&app, "Region Från").await;
        let to = make_team(&app, "Region Till").await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(from.buyer.supplier_id, NARRATIVE)).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let photo =
            reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("dorm.jpg");
        app.client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &reporter)
            .multipart(reqwest::multipart::Form::new().part("file", photo))
            .send()
            .await
            .unwrap();
        let (_, list) = get_json(&app, "/api/v1/cases", &from.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        post_json(
            &app,
            &format!("/api/v1/cases/{id}/notes"),
            &from.handler,
            json!({"body": NOTE}),
        )
        .await;
        post_json(
            &app,
            &format!("/api/v1/cases/{id}/messages"),
            &from.handler,
            json!({"body": "We are passing this on."}),
        )
        .await;

        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transfer"),
            &from.handler,
            json!({"org_id": from.buyer.org.org_id}),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "not to itself");
        let (status, refused) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transfer"),
            &from.handler,
            json!({"org_id": to.buyer.org.org_id, "include_notes": true}),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "not to a buyer that does not buy from the supplier: {refused}"
        );
        assert!(
            refused["message"].as_str().unwrap().starts_with("org_id"),
            "{refused}"
        );
        link_buyer(&app, to.buyer.org.org_id, from.buyer.supplier_id).await;
        let (status, moved) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transfer"),
            &from.handler,
            json!({"org_id": to.buyer.org.org_id, "include_notes": true}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{moved}");

        let (status, _) = get_json(&app, &format!("/api/v1/cases/{id}"), &from.handler).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "the old owner no longer sees it"
        );
        let (status, case) = get_json(&app, &format!("/api/v1/cases/{id}"), &to.handler).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(case["narrative"], NARRATIVE);
        assert_eq!(case["notes"][0]["body"], NOTE);
        let attachment = case["attachments"][0]["id"].as_str().unwrap();
        let download = app
            .client
            .get(app.url(&format!("/api/v1/cases/{id}/attachments/{attachment}")))
            .header(COOKIE, &to.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(download.status(), StatusCode::OK);
        assert!(download.bytes().await.unwrap().starts_with(&[0xFF, 0xD8]));
        let (_, seen) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert!(
            seen["messages"].to_string().contains("passing this on"),
            "the reporter still reads the thread"
        );

        let mut blobs = Vec::new();
        let mut dirs = vec![app.data_dir.join("blobs")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                if entry.path().is_dir() {
                    dirs.push(entry.path());
                } else {
                    blobs.push(entry.path());
                }
            }
        }
        assert_eq!(blobs.len(), 1, "the old ciphertext is gone: {blobs:?}");
        match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { .. } => {}
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn admins_manage_their_suppliers_on_a_page_and_handlers_may_not() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Lev").await;
        let page = |cookie: String| {
            let app = &app;
            async move {
                let response = app
                    .client
                    .get(app.url("/staff/suppliers"))
                    .header(COOKIE, cookie)
                    .send()
                    .await
                    .unwrap();
                (response.status(), response.text().await.unwrap())
            }
        };
        let (status, html) = page(team.admin.clone()).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            html.contains(&team.buyer.site_code),
            "the site code is shown for posters"
        );
        let csrf = csrf_of(&html);
        let add = |fields: Vec<(&'static str, &'static str)>| {
            let (app, cookie, csrf) = (&app, team.admin.clone(), csrf.clone());
            async move {
                let mut all = vec![("csrf", csrf.as_str().to_owned())];
                all.extend(fields.into_iter().map(|(k, v)| (k, v.to_owned())));
                app.client
                    .post(app.url("/staff/suppliers"))
                    .header(COOKIE, cookie)
                    .form(&all)
                    .send()
                    .await
                    .unwrap()
            }
        };
        let bad = add(vec![("name", "Dhaka Knit"), ("country", "XX")]).await;
        assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
        assert!(bad.text().await.unwrap().contains("country"));
        let added = add(vec![
            ("name", "Dhaka Knit Ltd"),
            ("country", "BD"),
            ("sector", "garments"),
        ])
        .await;
        assert_eq!(added.status(), StatusCode::SEE_OTHER);
        let (_, html) = page(team.admin.clone()).await;
        assert!(html.contains("Dhaka Knit Ltd"));
        let (status, _) = page(team.handler.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn another_buyer_of_the_supplier_handles_a_shared_case_until_it_is_unshared() {
    each_backend(|app| async move {
        let owner = make_team(&app, "Region Ägare").await;
        let partner = make_team(&app, "Region Delad").await;
        let outsider = make_team(&app, "Region Utanför").await;
        link_buyer(&app, partner.buyer.org.org_id, owner.buyer.supplier_id).await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(owner.buyer.supplier_id, NARRATIVE)).await;
        let (_, list) = get_json(&app, "/api/v1/cases", &owner.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        post_json(
            &app,
            &format!("/api/v1/cases/{id}/notes"),
            &owner.handler,
            json!({"body": NOTE}),
        )
        .await;

        let share = |org: uuid::Uuid| json!({"org_id": org});
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &owner.handler,
            share(outsider.buyer.org.org_id),
        )
        .await;
        assert_eq!(
            status,
            StatusCode::BAD_REQUEST,
            "only buyers of the same supplier"
        );
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{id}"), &partner.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "not shared yet");
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &owner.handler,
            share(partner.buyer.org.org_id),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &owner.handler,
            share(partner.buyer.org.org_id),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);

        // The partner reads, adds a note and follows the workflow; it cannot reshare or transfer.
        let (status, case) = get_json(&app, &format!("/api/v1/cases/{id}"), &partner.handler).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(case["narrative"], NARRATIVE);
        assert_eq!(case["notes"][0]["body"], NOTE);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/notes"),
            &partner.handler,
            json!({"body": "We audit this site in March."}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        // The worker hears one voice: only the owner writes to them and moves the case.
        for (path, body) in [
            ("transitions", json!({"to": "acknowledged"})),
            (
                "transitions",
                json!({"to": "closed", "resolution": "no_action"}),
            ),
            ("messages", json!({"body": "From the partner."})),
            ("transfer", json!({"org_id": partner.buyer.org.org_id})),
        ] {
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/cases/{id}/{path}"),
                &partner.handler,
                body,
            )
            .await;
            assert_eq!(status, StatusCode::FORBIDDEN, "a co-buyer may not {path}");
        }
        for (path, body) in [
            ("assignee", json!({"user_id": null})),
            (
                "priority",
                json!({"priority": "low", "reason": "Not ours."}),
            ),
            ("retaliation-risk", json!({"risk": "low"})),
        ] {
            let (status, _) = put_json(
                &app,
                &format!("/api/v1/cases/{id}/{path}"),
                &partner.handler,
                body,
            )
            .await;
            assert_eq!(
                status,
                StatusCode::FORBIDDEN,
                "a co-buyer may not change the {path}"
            );
        }
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/transitions"),
            &owner.handler,
            json!({"to": "acknowledged"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &partner.handler,
            share(outsider.buyer.org.org_id),
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "only the owner shares");
        let (_, case) = get_json(&app, &format!("/api/v1/cases/{id}"), &owner.handler).await;
        assert!(
            case["notes"].to_string().contains("audit this site"),
            "the owner reads the partner's note"
        );
        let (_, partner_list) = get_json(&app, "/api/v1/cases", &partner.handler).await;
        assert_eq!(partner_list.as_array().unwrap().len(), 1);
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{id}"), &outsider.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // Unsharing stops access; the reporter still reads the thread.
        let gone = app
            .client
            .delete(app.url(&format!(
                "/api/v1/cases/{id}/shares/{}",
                partner.buyer.org.org_id
            )))
            .header(COOKIE, &owner.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(gone.status(), StatusCode::NO_CONTENT);
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{id}"), &partner.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let (status, seen) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(seen["status"], "acknowledged");
        match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { .. } => {}
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn statistics_never_show_a_count_under_k() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, IntoActiveModel};
    each_backend(|app| async move {
        let team = make_team(&app, "Region Statistik").await;
        let db = app.state.db();
        let org = kedja::store::entities::organisations::Entity::find_by_id(team.buyer.org.org_id)
            .one(db.conn())
            .await
            .unwrap()
            .unwrap();
        let mut org = org.into_active_model();
        org.suppression_k = Set(3);
        org.update(db.conn()).await.unwrap();
        let mut suppliers = vec![team.buyer.supplier_id];
        for name in ["Two Farm", "Four Farm", "One Farm"] {
            let added = provision::add_supplier(
                db,
                app.state.clock(),
                provision::NewSupplier {
                    org_id: team.buyer.org.org_id,
                    name: name.into(),
                    country: "SE".into(),
                    city: None,
                    sector: Some("agriculture".into()),
                    contract: None,
                    other_names: None,
                },
            )
            .await
            .unwrap();
            suppliers.push(added.supplier_id);
        }
        // k − 1, k and k + 1 reports, and one more small supplier so that the hidden cells
        // together reach k (else k would be hidden too, as the next test shows).
        for (supplier, count) in [
            (suppliers[1], 2),
            (suppliers[0], 3),
            (suppliers[2], 4),
            (suppliers[3], 1),
        ] {
            for _ in 0..count {
                fixtures::submit(&app, &fixtures::report(supplier, NARRATIVE)).await;
            }
        }
        let (status, rows) = get_json(&app, "/api/v1/stats?by=supplier", &team.handler).await;
        assert_eq!(status, StatusCode::OK);
        let by_key = |rows: &Value, key: &str| {
            rows.as_array()
                .unwrap()
                .iter()
                .find(|r| r["key"] == key)
                .cloned()
                .unwrap()
        };
        assert_eq!(
            by_key(&rows, "Two Farm"),
            json!({"key": "Two Farm", "count": null, "suppressed": true})
        );
        assert_eq!(by_key(&rows, "Region Statistik Berry Farm")["count"], 3);
        assert_eq!(by_key(&rows, "Four Farm")["count"], 4);
        for row in rows.as_array().unwrap() {
            assert!(
                row["count"].is_null() || row["count"].as_u64().unwrap() >= 3,
                "{row}"
            );
        }
        assert!(by_key(&rows, "One Farm")["count"].is_null());
        let (_, countries) = get_json(&app, "/api/v1/stats?by=country", &team.handler).await;
        assert_eq!(by_key(&countries, "SE")["count"], 10);
        let (_, indicators) = get_json(&app, "/api/v1/stats?by=indicator", &team.handler).await;
        assert_eq!(by_key(&indicators, "documents")["count"], 10);

        // Subtraction: the total by country minus the suppliers shown leaves at least k.
        let hidden_total = |rows: &Value, total: u64| {
            total
                - rows
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter_map(|r| r["count"].as_u64())
                    .sum::<u64>()
        };
        assert!(hidden_total(&rows, 10) >= 3);
        // Two more reports for One Farm leave Two Farm (k − 1) the only small cell: alone it
        // could be read off as total minus shown, so a cell of k is hidden with it.
        for _ in 0..2 {
            fixtures::submit(&app, &fixtures::report(suppliers[3], NARRATIVE)).await;
        }
        let (_, rows) = get_json(&app, "/api/v1/stats?by=supplier", &team.handler).await;
        assert!(
            by_key(&rows, "Two Farm")["count"].is_null(),
            "k − 1 stays hidden"
        );
        assert_eq!(by_key(&rows, "Four Farm")["count"], 4);
        let (_, countries) = get_json(&app, "/api/v1/stats?by=country", &team.handler).await;
        let total = by_key(&countries, "SE")["count"].as_u64().unwrap();
        assert_eq!(total, 12);
        assert!(
            hidden_total(&rows, total) >= 3,
            "the lone hidden cell took the next smallest with it: {rows}"
        );
        let hidden: Vec<&Value> = rows
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["suppressed"] == true)
            .collect();
        assert_eq!(hidden.len(), 2, "{rows}");
        let (status, _) = get_json(&app, "/api/v1/stats?by=worker", &team.handler).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        let page = app
            .client
            .get(app.url("/staff/stats?by=supplier"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        assert!(html.contains("<svg") && html.contains("&lt; 3") && !html.contains("<script"));
        let csv = app
            .client
            .get(app.url("/staff/stats.csv?by=supplier"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert!(
            csv.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        let csv = csv.text().await.unwrap();
        assert!(csv.starts_with("supplier,count,suppressed\r\n"));
        assert!(csv.contains("\"Two Farm\",,true"), "{csv}");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn writes_racing_a_transfer_never_leave_the_case_unreadable() {
    each_backend(|app| async move {
        let from = make_team(&app, "Region Kapp").await;
        let to = make_team(&app, "Region Löpning").await;
        link_buyer(&app, to.buyer.org.org_id, from.buyer.supplier_id).await;
        let receipt =
            fixtures::submit(&app, &fixtures::report(from.buyer.supplier_id, NARRATIVE)).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let photo = reqwest::multipart::Part::bytes(vec![b'x'; 2_000_000]).file_name("big.txt");
        app.client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &reporter)
            .multipart(reqwest::multipart::Form::new().part("file", photo))
            .send()
            .await
            .unwrap();
        let (_, list) = get_json(&app, "/api/v1/cases", &from.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();

        let transfer_path = format!("/api/v1/cases/{id}/transfer");
        let transfer = post_json(
            &app,
            &transfer_path,
            &from.handler,
            json!({"org_id": to.buyer.org.org_id}),
        );
        let replies = futures_util::future::join_all((0..8).map(|i| {
            app.client
                .post(app.url("/api/v1/reporter/messages"))
                .header(COOKIE, &reporter)
                .json(&json!({"body": format!("reply {i}")}))
                .send()
        }));
        let ((status, _), replies) = tokio::join!(transfer, replies);
        for reply in replies {
            let reply = reply.unwrap().status();
            assert!(
                matches!(reply, StatusCode::CREATED | StatusCode::CONFLICT),
                "{reply}"
            );
        }
        // Whichever won, whoever owns the case reads all of it, and so does the reporter.
        let owner = if status == StatusCode::OK {
            &to.handler
        } else {
            &from.handler
        };
        assert!(
            matches!(status, StatusCode::OK | StatusCode::CONFLICT),
            "{status}"
        );
        let (status, case) = get_json(&app, &format!("/api/v1/cases/{id}"), owner).await;
        assert_eq!(status, StatusCode::OK, "{case}");
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_totp_code_signs_in_once() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer_with_totp(&app, "Region Engång").await;
        let once = code(&app, buyer.totp.as_deref().unwrap());
        let email = "admin@region-engång.example";
        let first = login(&app, email, PASSWORD, Some(once.clone())).await;
        assert_eq!(first.status(), StatusCode::NO_CONTENT);
        let replay = login(&app, email, PASSWORD, Some(once)).await;
        assert_eq!(
            replay.status(),
            StatusCode::UNAUTHORIZED,
            "a seen code is not accepted again"
        );
        let next = login(
            &app,
            email,
            PASSWORD,
            Some(code(&app, buyer.totp.as_deref().unwrap())),
        )
        .await;
        assert_eq!(next.status(), StatusCode::NO_CONTENT, "the next code works");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn successive_totp_codes_sign_in_without_waiting_for_the_next_window() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer_with_totp(&app, "Region Tredje").await;
        let otpauth = buyer.totp.as_deref().unwrap();
        let email = "admin@region-tredje.example";
        // Three codes one after the other: the third lies beyond the window of the real time,
        // and is accepted only because the server checks codes against the app's clock, which
        // the helper moved forward instead of waiting.
        for attempt in 1..=3 {
            let response = login(&app, email, PASSWORD, Some(code(&app, otpauth))).await;
            assert_eq!(response.status(), StatusCode::NO_CONTENT, "code {attempt}");
        }
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn sessions_end_after_thirty_idle_minutes_on_the_apps_clock() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Klocka").await;
        let receipt = fixtures::submit(
            &app,
            &fixtures::report(team.buyer.supplier_id, "The gate is locked at night"),
        )
        .await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let minutes = |m: u64| std::time::Duration::from_secs(m * 60);
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::OK);

        // Use keeps a staff session alive; the reporter's, left idle, ends.
        app.state.clock().advance(minutes(29));
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::OK, "29 idle minutes");
        app.state.clock().advance(minutes(2));
        let (status, _) = get_json(&app, "/api/v1/reporter/case", &reporter).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "31 idle minutes");
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(
            status,
            StatusCode::OK,
            "31 minutes, but 2 since the last use"
        );

        app.state.clock().advance(minutes(31));
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "31 idle minutes");
        app.stop().await;
    })
    .await;
}

//! Password change and admin reset over HTTP: a change revokes every session and keeps the
//! member's keys (cases still read decrypted); a reset issues a new identity that the admin
//! re-grants, so the member enrols TOTP again and still reads; who may reset whom.

use crate::helpers::fixtures;
use crate::helpers::staff::*;
use crate::helpers::{TestApp, each_backend};
use kedja::admin::provision::{self, NewMember};
use kedja::domain::accounts::Role;
use kedja::store::entities::audit_log;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use sea_orm::EntityTrait;
use secrecy::SecretString;
use serde_json::{Value, json};

const NEW_PASSWORD: &str = "a brand new handler passphrase";
const TEMPORARY_PASSWORD: &str = "a temporary passphrase from the admin";
const NARRATIVE: &str = "The recruiter took 2000 euros from each of us and keeps our passports";

/// Submits a report to the team's supplier and returns the case id as the handler sees it.
async fn a_case(app: &TestApp, team: &Team) -> String {
    fixtures::submit(app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
    let (status, list) = get_json(app, "/api/v1/cases", &team.handler).await;
    assert_eq!(status, StatusCode::OK);
    list[0]["id"].as_str().unwrap().to_string()
}

async fn reads_the_case(app: &TestApp, cookie: &str, id: &str) {
    let (status, case) = get_json(app, &format!("/api/v1/cases/{id}"), cookie).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(case["narrative"], NARRATIVE, "the case reads decrypted");
}

async fn change_password(
    app: &TestApp,
    cookie: &str,
    current: &str,
    new: &str,
) -> reqwest::Response {
    app.client
        .post(app.url("/api/v1/auth/password"))
        .header(COOKIE, cookie)
        .json(&json!({ "current_password": current, "new_password": new }))
        .send()
        .await
        .unwrap()
}

async fn reset(app: &TestApp, cookie: &str, member: &str, temporary: &str) -> (StatusCode, Value) {
    post_json(
        app,
        &format!("/api/v1/members/{member}/reset"),
        cookie,
        json!({ "temporary_password": temporary }),
    )
    .await
}

/// Enrols a second factor in a session that has none yet; returns the otpauth URI.
async fn enrol(app: &TestApp, cookie: &str) -> String {
    let (status, error) = get_json(app, "/api/v1/cases", cookie).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error["error"], "totp_enrolment_required");
    let (status, enrolment) = post_json(app, "/api/v1/auth/totp", cookie, json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let uri = enrolment["otpauth_uri"].as_str().unwrap().to_string();
    let (status, _) = post_json(
        app,
        "/api/v1/auth/totp/confirm",
        cookie,
        json!({ "code": code(app, &uri) }),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    uri
}

async fn audit_entries(app: &TestApp) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .all(app.state.db().conn())
        .await
        .unwrap()
}

async fn assert_chain_intact(app: &TestApp) {
    match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
        kedja::audit::Verdict::Intact { .. } => {}
        broken => panic!("{broken:?}"),
    }
}

#[tokio::test]
async fn a_changed_password_ends_every_session_and_keeps_the_cases_readable() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Byte").await;
        let id = a_case(&app, &team).await;
        let second_device = session(
            &app,
            &team.handler_email,
            HANDLER_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;

        let changed = change_password(&app, &team.handler, HANDLER_PASSWORD, NEW_PASSWORD).await;
        assert_eq!(changed.status(), StatusCode::NO_CONTENT);
        let cleared = changed.headers()[SET_COOKIE].to_str().unwrap();
        assert!(cleared.contains("Max-Age=0"), "{cleared}");

        // Both sessions are revoked, not only the one that asked.
        for cookie in [&team.handler, &second_device] {
            let (status, _) = get_json(&app, "/api/v1/cases", cookie).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
        }
        let old = login(
            &app,
            &team.handler_email,
            HANDLER_PASSWORD,
            Some("000000".to_string()), /* refused on the password first */
        )
        .await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);
        let without_code = login(&app, &team.handler_email, NEW_PASSWORD, None).await;
        assert_eq!(
            without_code.status(),
            StatusCode::UNAUTHORIZED,
            "the second factor survives the change"
        );

        // Same identity, so the grant and the TOTP secret still open.
        let fresh = session(
            &app,
            &team.handler_email,
            NEW_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;
        reads_the_case(&app, &fresh, &id).await;
        // Other members are not signed out.
        reads_the_case(&app, &team.admin, &id).await;

        let entries = audit_entries(&app).await;
        let entry = entries
            .iter()
            .find(|e| e.action == "member.password_changed")
            .expect("the change is audited");
        assert_eq!(entry.actor_id, Some(team.handler_id));
        assert_eq!(entry.subject_id, Some(team.handler_id));
        assert_eq!(
            serde_json::from_str::<Value>(&entry.details).unwrap()["sessions_ended"],
            2
        );
        for e in &entries {
            for secret in [HANDLER_PASSWORD, NEW_PASSWORD] {
                assert!(!e.details.contains(secret), "{}", e.action);
            }
        }
        assert_chain_intact(&app).await;
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_weak_new_password_or_a_wrong_current_one_changes_nothing() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Svag").await;
        let id = a_case(&app, &team).await;

        let weak = change_password(&app, &team.handler, HANDLER_PASSWORD, "short").await;
        assert_eq!(weak.status(), StatusCode::BAD_REQUEST);
        let body: Value = weak.json().await.unwrap();
        assert_eq!(body["error"], "invalid_input");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .starts_with("new_password:"),
            "{body}"
        );
        assert!(
            !body.to_string().contains("short"),
            "the value is not echoed"
        );

        let wrong =
            change_password(&app, &team.handler, "a wrong passphrase!!", NEW_PASSWORD).await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
        let wrong: Value = wrong.json().await.unwrap();
        let refused: Value = login(&app, &team.handler_email, "a wrong passphrase!!", None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(wrong, refused, "answered like a failed login");

        let malformed = app
            .client
            .post(app.url("/api/v1/auth/password"))
            .header(COOKIE, &team.handler)
            .json(&json!({ "current_password": HANDLER_PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(malformed.status(), StatusCode::BAD_REQUEST);
        let nobody = app
            .client
            .post(app.url("/api/v1/auth/password"))
            .json(&json!({ "current_password": HANDLER_PASSWORD, "new_password": NEW_PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);

        // The session lives on and the old password still signs in.
        reads_the_case(&app, &team.handler, &id).await;
        session(
            &app,
            &team.handler_email,
            HANDLER_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;
        assert!(
            !audit_entries(&app)
                .await
                .iter()
                .any(|e| e.action == "member.password_changed")
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reset_member_signs_in_with_the_temporary_password_enrols_again_and_reads() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Reset").await;
        let id = a_case(&app, &team).await;
        let handler_id = team.handler_id.to_string();

        let (status, _) = reset(&app, &team.admin, &handler_id, TEMPORARY_PASSWORD).await;
        assert_eq!(status, StatusCode::NO_CONTENT);

        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(
            status,
            StatusCode::UNAUTHORIZED,
            "the member's sessions end"
        );
        let old = login(
            &app,
            &team.handler_email,
            HANDLER_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;
        assert_eq!(old.status(), StatusCode::UNAUTHORIZED);

        // The old second factor is gone with the old identity: the member enrols again.
        let temporary = session(&app, &team.handler_email, TEMPORARY_PASSWORD, None).await;
        let uri = enrol(&app, &temporary).await;
        assert_ne!(uri, team.handler_totp, "a new TOTP secret");
        reads_the_case(&app, &temporary, &id).await;

        // Then replaces the temporary password with one only they know.
        let changed = change_password(&app, &temporary, TEMPORARY_PASSWORD, NEW_PASSWORD).await;
        assert_eq!(changed.status(), StatusCode::NO_CONTENT);
        let own = session(
            &app,
            &team.handler_email,
            NEW_PASSWORD,
            Some(code(&app, &uri)),
        )
        .await;
        reads_the_case(&app, &own, &id).await;
        // The admin's own session was untouched.
        reads_the_case(&app, &team.admin, &id).await;

        let entries = audit_entries(&app).await;
        let entry = entries
            .iter()
            .find(|e| e.action == "member.reset")
            .expect("the reset is audited");
        assert_eq!(entry.actor_id, Some(team.admin_id));
        assert_eq!(entry.subject_id, Some(team.handler_id));
        let details: Value = serde_json::from_str(&entry.details).unwrap();
        assert_eq!(details["totp_cleared"], true);
        assert_eq!(details["regranted"], true);
        for e in &entries {
            assert!(!e.details.contains(TEMPORARY_PASSWORD), "{}", e.action);
        }
        assert_chain_intact(&app).await;
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reset_pending_member_stays_pending_until_confirmed() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Vänta").await;
        let id = a_case(&app, &team).await;
        let pending = provision::create_member(
            app.state.db(),
            app.state.clock(),
            NewMember {
                org_id: team.buyer.org.org_id,
                email: "pending@region-vanta.example".into(),
                role: Role::Handler,
                password: SecretString::from(HANDLER_PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();

        let (status, _) = reset(
            &app,
            &team.admin,
            &pending.member_id.to_string(),
            TEMPORARY_PASSWORD,
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let cookie = session(
            &app,
            "pending@region-vanta.example",
            TEMPORARY_PASSWORD,
            None,
        )
        .await;
        let uri = enrol(&app, &cookie).await;
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{id}"), &cookie).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "still pending: reads nothing"
        );

        // Confirmation wraps the organisation identity to the new identity.
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/members/{}/confirm", pending.member_id),
            &team.admin,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::NO_CONTENT);
        let cookie = session(
            &app,
            "pending@region-vanta.example",
            TEMPORARY_PASSWORD,
            Some(code(&app, &uri)),
        )
        .await;
        reads_the_case(&app, &cookie, &id).await;
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn only_an_admin_of_the_same_organisation_resets_and_never_themselves() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Rätt").await;
        let other = make_team(&app, "Kommun Rätt").await;
        let id = a_case(&app, &team).await;
        let handler_id = team.handler_id.to_string();
        let admin_id = team.admin_id.to_string();

        let (status, _) = reset(&app, &team.handler, &admin_id, TEMPORARY_PASSWORD).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "a handler cannot reset");
        let (status, _) = reset(&app, &team.handler, &handler_id, TEMPORARY_PASSWORD).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "not even themselves");
        let (status, _) = reset(&app, &other.admin, &handler_id, TEMPORARY_PASSWORD).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "another organisation's admin"
        );
        let (status, error) = reset(&app, &team.admin, &admin_id, TEMPORARY_PASSWORD).await;
        assert_eq!(
            status,
            StatusCode::CONFLICT,
            "an admin does not reset themselves"
        );
        assert_eq!(error["error"], "own_account");
        for unknown in [uuid::Uuid::new_v4().to_string(), "not-an-id".to_string()] {
            let (status, _) = reset(&app, &team.admin, &unknown, TEMPORARY_PASSWORD).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{unknown}");
        }
        let (status, error) = reset(&app, &team.admin, &handler_id, "short").await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            error["message"]
                .as_str()
                .unwrap()
                .starts_with("temporary_password:"),
            "{error}"
        );
        let nobody = app
            .client
            .post(app.url(&format!("/api/v1/members/{handler_id}/reset")))
            .json(&json!({ "temporary_password": TEMPORARY_PASSWORD }))
            .send()
            .await
            .unwrap();
        assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);

        // Nothing changed: the handler's session and password both still work.
        reads_the_case(&app, &team.handler, &id).await;
        session(
            &app,
            &team.handler_email,
            HANDLER_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;
        assert!(
            !audit_entries(&app)
                .await
                .iter()
                .any(|e| e.action == "member.reset")
        );
        assert_chain_intact(&app).await;
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_reset_racing_a_change_leaves_one_consistent_set_of_keys() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Kapp").await;
        let id = a_case(&app, &team).await;
        let handler_id = team.handler_id.to_string();

        let (changed, (reset_status, _)) = tokio::join!(
            change_password(&app, &team.handler, HANDLER_PASSWORD, NEW_PASSWORD),
            reset(&app, &team.admin, &handler_id, TEMPORARY_PASSWORD),
        );
        let changed = changed.status();
        assert!(
            changed == StatusCode::NO_CONTENT || reset_status == StatusCode::NO_CONTENT,
            "one of them wins: change {changed}, reset {reset_status}"
        );
        // Whichever committed last is what holds; its password opens an identity that the
        // organisation grant was sealed to.
        if reset_status == StatusCode::NO_CONTENT {
            let cookie = session(&app, &team.handler_email, TEMPORARY_PASSWORD, None).await;
            enrol(&app, &cookie).await;
            reads_the_case(&app, &cookie, &id).await;
        } else {
            assert_eq!(reset_status, StatusCode::CONFLICT);
            let cookie = session(
                &app,
                &team.handler_email,
                NEW_PASSWORD,
                Some(code(&app, &team.handler_totp)),
            )
            .await;
            reads_the_case(&app, &cookie, &id).await;
        }
        assert_chain_intact(&app).await;
        app.stop().await;
    })
    .await;
}

/// The value of the first `name="csrf"` field on a page.
fn csrf_of(html: &str) -> String {
    let start =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[start..].split('"').next().unwrap().to_string()
}

async fn post_form(app: &TestApp, cookie: &str, form: &[(&str, &str)]) -> reqwest::Response {
    app.client
        .post(app.url("/staff/password"))
        .header(COOKIE, cookie)
        .form(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_password_page_changes_the_password_with_a_csrf_token() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Sida").await;
        let id = a_case(&app, &team).await;

        let nobody = app.get("/staff/password").await;
        assert_eq!(nobody.status(), StatusCode::SEE_OTHER);
        assert_eq!(nobody.headers()[LOCATION], "/staff/login");
        let swedish = app
            .client
            .get(app.url("/staff/password?lang=sv"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(swedish.status(), StatusCode::OK);
        assert!(swedish.text().await.unwrap().contains("Byt lösenord"));
        let page = app
            .client
            .get(app.url("/staff/password"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.unwrap();
        assert!(html.contains("name=\"current_password\""), "{html}");
        assert!(html.contains("autocomplete=\"new-password\""));
        let csrf = csrf_of(&html);

        let forged = post_form(
            &app,
            &team.handler,
            &[
                ("csrf", "forged"),
                ("current_password", HANDLER_PASSWORD),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
        assert_eq!(forged.status(), StatusCode::FORBIDDEN);
        let wrong = post_form(
            &app,
            &team.handler,
            &[
                ("csrf", &csrf),
                ("current_password", "a wrong passphrase!!"),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
        assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
        assert!(
            wrong
                .text()
                .await
                .unwrap()
                .contains("current password is not right")
        );
        let weak = post_form(
            &app,
            &team.handler,
            &[
                ("csrf", &csrf),
                ("current_password", HANDLER_PASSWORD),
                ("new_password", "short"),
            ],
        )
        .await;
        assert_eq!(weak.status(), StatusCode::BAD_REQUEST);
        let html = weak.text().await.unwrap();
        assert!(html.contains("role=\"alert\""), "{html}");
        assert!(html.contains("must be at least"), "{html}");

        let done = post_form(
            &app,
            &team.handler,
            &[
                ("csrf", &csrf),
                ("current_password", HANDLER_PASSWORD),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
        assert_eq!(done.status(), StatusCode::SEE_OTHER);
        assert_eq!(done.headers()[LOCATION], "/staff/login");
        assert!(
            done.headers()[SET_COOKIE]
                .to_str()
                .unwrap()
                .contains("Max-Age=0")
        );
        let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        let fresh = session(
            &app,
            &team.handler_email,
            NEW_PASSWORD,
            Some(code(&app, &team.handler_totp)),
        )
        .await;
        reads_the_case(&app, &fresh, &id).await;
        app.stop().await;
    })
    .await;
}

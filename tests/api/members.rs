//! An organisation manages its own members from the web: an admin invites a member, who
//! chooses a password through the e-mailed link and sets up an authenticator; the admin
//! confirms, disables (every session ends at once) and re-enables them, changes roles and
//! resets passwords and authenticators. Nobody else may, a used or expired link is refused, no
//! change leaves the organisation without an admin, and the link's token reaches no log.

use std::time::Duration;

use crate::helpers::binary::Served;
use crate::helpers::smtp::SmtpServer;
use crate::helpers::staff::*;
use crate::helpers::{Options, TestApp, each_backend, each_backend_with, fixtures};
use kedja::admin::members::MemberView;
use kedja::domain::accounts::MemberStatus;
use kedja::notify::{self, Mailer};
use kedja::store::entities::{audit_log, member_links, outbox};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use sha2::Digest;
use url::Url;

const PUBLIC_URL: &str = "https://kedja.example";
const NEW_EMAIL: &str = "new.member@region-medlem.example";
const CHOSEN: &str = "a passphrase the member chose";
const NARRATIVE: &str = "The recruiter keeps our passports in his car";

/// The app's settings: links are built on the public address and mailed to the test server.
fn options(smtp: &SmtpServer) -> Options {
    Options {
        env: vec![
            ("KEDJA_PUBLIC_URL".into(), PUBLIC_URL.into()),
            (
                "KEDJA_SMTP_URL".into(),
                format!("smtp://127.0.0.1:{}", smtp.port),
            ),
        ],
    }
}

/// The value of the first `name="csrf"` field on a page.
fn csrf_of(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

/// Posts a form, as a browser with JavaScript off does.
async fn post_form(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app.client.post(app.url(path)).form(fields);
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.unwrap()
}

/// Posts a button of the members page (a form with nothing but its CSRF token).
async fn press(app: &TestApp, admin: &str, path: &str) -> reqwest::Response {
    let page = get_text(app, "/staff/members", admin).await;
    post_form(app, path, Some(admin), &[("csrf", &csrf_of(&page))]).await
}

fn location(response: &reqwest::Response) -> String {
    response
        .headers()
        .get(LOCATION)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

async fn members(app: &TestApp, admin: &str) -> Vec<MemberView> {
    get_as(app, "/api/v1/members", admin).await
}

async fn member(app: &TestApp, admin: &str, email: &str) -> MemberView {
    members(app, admin)
        .await
        .into_iter()
        .find(|m| m.email == email)
        .expect("the member is listed")
}

/// Mails what is due, and returns the token of the newest link mailed to `to` (the serving
/// process's own worker may have sent it first: the test server receives it either way).
async fn mailed_token(app: &TestApp, smtp: &SmtpServer, to: &str, before: usize) -> String {
    let mailer = Mailer::new(&smtp.url(), None).unwrap();
    let public_url = Url::parse(PUBLIC_URL).unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        notify::run_once(
            app.state.db(),
            &mailer,
            app.state.clock(),
            Some(&public_url),
            None,
            app.state.locales(),
        )
        .await
        .unwrap();
        let mails = smtp.mails();
        if let Some(mail) = mails[before..].iter().rev().find(|m| m.recipients == [to]) {
            let text = mail.text();
            let prefix = format!("{PUBLIC_URL}/staff/invite/");
            let at = text.find(&prefix).expect("the mail holds the link") + prefix.len();
            return text[at..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                .collect();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "no link mailed to {to}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Chooses a password through the link's page; returns the response to the form.
async fn choose(app: &TestApp, token: &str, password: &str, again: &str) -> reqwest::Response {
    let path = format!("/staff/invite/{token}");
    let page = app.get(&path).await;
    assert_eq!(page.status(), StatusCode::OK, "the link opens its page");
    let page = page.text().await.unwrap();
    post_form(
        app,
        &path,
        None,
        &[
            ("csrf", &csrf_of(&page)),
            ("password", password),
            ("password_again", again),
        ],
    )
    .await
}

/// Sets up an authenticator on the enrolment page, as a member does after choosing a
/// password; returns its otpauth URI.
async fn enrol_on_the_page(app: &TestApp, cookie: &str) -> String {
    let page = get_text(app, "/staff/totp", cookie).await;
    let at = page
        .find("otpauth://")
        .expect("the enrolment page shows the URI");
    let uri = page[at..].split('<').next().unwrap().replace("&amp;", "&");
    let enrolled = post_form(
        app,
        "/staff/totp",
        Some(cookie),
        &[("csrf", &csrf_of(&page)), ("code", &code(app, &uri))],
    )
    .await;
    assert_eq!(enrolled.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&enrolled), "/staff");
    uri
}

async fn audited(app: &TestApp, action: &str) -> usize {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(action))
        .all(app.state.db().conn())
        .await
        .unwrap()
        .len()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_admin_invites_disables_and_re_enables_a_member_from_the_web() {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| {
        let smtp = &smtp;
        async move {
            let team = make_team(&app, "Region Medlem").await;
            let admin = team.admin.as_str();
            let before = smtp.mails().len();

            // The admin invites a member with the page's form.
            let page = get_text(&app, "/staff/members", admin).await;
            let invited = post_form(
                &app,
                "/staff/members",
                Some(admin),
                &[
                    ("csrf", &csrf_of(&page)),
                    ("email", NEW_EMAIL),
                    ("role", "handler"),
                ],
            )
            .await;
            assert_eq!(invited.status(), StatusCode::SEE_OTHER);
            assert_eq!(location(&invited), "/staff/members?done=invited");
            let page = get_text(&app, "/staff/members?done=invited", admin).await;
            assert!(page.contains("role=\"status\""), "{page}");
            assert!(page.contains("The invitation is on its way."));
            assert!(page.contains(NEW_EMAIL));
            assert!(page.contains("Invited: has not chosen a password yet"));
            let new = member(&app, admin, NEW_EMAIL).await;
            assert_eq!(new.status, MemberStatus::AwaitingPassword);
            assert_eq!(new.role, "handler");
            assert_eq!(audited(&app, "member.invited").await, 1);

            // Until the e-mail is sent, no token exists; once it is, only its hash is stored.
            let link = member_links::Entity::find_by_id(new.id)
                .one(app.state.db().conn())
                .await
                .unwrap()
                .unwrap();
            assert_eq!(link.purpose, "invitation");
            let token = mailed_token(&app, smtp, NEW_EMAIL, before).await;
            assert_eq!(token.len(), 43);
            let link = member_links::Entity::find_by_id(new.id)
                .one(app.state.db().conn())
                .await
                .unwrap()
                .unwrap();
            let hash = sha2::Sha256::digest(
                base64::Engine::decode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, &token)
                    .unwrap(),
            );
            assert_eq!(link.token_hash.as_deref(), Some(hash.as_slice()));
            for row in outbox::Entity::find()
                .all(app.state.db().conn())
                .await
                .unwrap()
            {
                assert_eq!(row.payload, "{}", "the outbox holds no token");
            }
            let mail = smtp.mails().last().unwrap().text();
            assert!(
                mail.contains("Subject: kedja: choose your password"),
                "{mail}"
            );
            assert!(
                !mail.contains("Region Medlem"),
                "the mail names no organisation"
            );

            // The member cannot sign in before choosing a password.
            assert_eq!(
                login(&app, NEW_EMAIL, CHOSEN, None).await.status(),
                StatusCode::UNAUTHORIZED
            );
            // Two different passwords: the page says so and nothing is spent.
            let mismatch = choose(&app, &token, CHOSEN, "another passphrase typed").await;
            assert_eq!(mismatch.status(), StatusCode::BAD_REQUEST);
            assert!(
                mismatch
                    .text()
                    .await
                    .unwrap()
                    .contains("The two passwords are not the same.")
            );
            // The member chooses a password and is signed in, on to the authenticator.
            let chosen = choose(&app, &token, CHOSEN, CHOSEN).await;
            assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
            assert_eq!(location(&chosen), "/staff/totp");
            let cookie = fixtures::cookie_from(&chosen, "__Host-kedja-staff").unwrap();
            let totp = enrol_on_the_page(&app, &cookie).await;
            let new = member(&app, admin, NEW_EMAIL).await;
            assert_eq!(new.status, MemberStatus::Pending, "pending until confirmed");
            assert!(new.totp_enrolled);
            assert_eq!(audited(&app, "member.password_set").await, 1);

            // The link worked once.
            let spent = app.get(&format!("/staff/invite/{token}")).await;
            assert_eq!(spent.status(), StatusCode::NOT_FOUND);
            assert!(
                spent
                    .text()
                    .await
                    .unwrap()
                    .contains("This link does not work")
            );

            // The admin confirms; the member signs in and reads the organisation's cases.
            let confirmed = press(&app, admin, &format!("/staff/members/{}/confirm", new.id)).await;
            assert_eq!(location(&confirmed), "/staff/members?done=confirmed");
            fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
            let signed_in = session(&app, NEW_EMAIL, CHOSEN, Some(code(&app, &totp))).await;
            let staff = app
                .client
                .get(app.url("/staff"))
                .header(COOKIE, &signed_in)
                .send()
                .await
                .unwrap();
            assert_eq!(staff.status(), StatusCode::OK);
            let listed = cases(&app, &signed_in, "").await;
            assert_eq!(
                case(&app, listed[0].id, &signed_in).await.narrative,
                NARRATIVE
            );

            // Disabled: the open session is refused at once, and signing in fails.
            let disabled = press(&app, admin, &format!("/staff/members/{}/disable", new.id)).await;
            assert_eq!(location(&disabled), "/staff/members?done=disabled");
            let (status, _) = get_json(&app, "/api/v1/cases", &signed_in).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            let refused = app
                .client
                .get(app.url("/staff"))
                .header(COOKIE, &signed_in)
                .send()
                .await
                .unwrap();
            assert_eq!(location(&refused), "/staff/login");
            assert_eq!(
                login(&app, NEW_EMAIL, CHOSEN, Some(code(&app, &totp)))
                    .await
                    .status(),
                StatusCode::UNAUTHORIZED
            );
            let page = get_text(&app, "/staff/members?done=disabled", admin).await;
            assert!(page.contains("signed out everywhere"));
            assert!(page.contains("Enable again"));
            assert_eq!(
                member(&app, admin, NEW_EMAIL).await.status,
                MemberStatus::Disabled
            );
            assert_eq!(audited(&app, "member.disabled").await, 1);

            // Re-enabled: the same password, key and authenticator work again.
            let enabled = press(&app, admin, &format!("/staff/members/{}/enable", new.id)).await;
            assert_eq!(location(&enabled), "/staff/members?done=enabled");
            let again = session(&app, NEW_EMAIL, CHOSEN, Some(code(&app, &totp))).await;
            let listed = cases(&app, &again, "").await;
            assert_eq!(listed.len(), 1);
            assert_eq!(audited(&app, "member.enabled").await, 1);

            // A role change from the page takes effect on the member's next request.
            let page = get_text(&app, "/staff/members", admin).await;
            let promoted = post_form(
                &app,
                &format!("/staff/members/{}/role", new.id),
                Some(admin),
                &[("csrf", &csrf_of(&page)), ("role", "admin")],
            )
            .await;
            assert_eq!(location(&promoted), "/staff/members?done=role");
            assert_eq!(member(&app, admin, NEW_EMAIL).await.role, "admin");
            let (status, _) = get_json(&app, "/api/v1/members", &again).await;
            assert_eq!(status, StatusCode::OK, "the new admin administers at once");
            assert_eq!(audited(&app, "member.role_changed").await, 1);
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_invite_form_keeps_what_was_typed_beside_its_errors() {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| async move {
        let team = make_team(&app, "Region Formular").await;
        let admin = team.admin.as_str();
        let page = get_text(&app, "/staff/members", admin).await;
        let refused = post_form(
            &app,
            "/staff/members",
            Some(admin),
            &[
                ("csrf", &csrf_of(&page)),
                ("email", "not an address"),
                ("role", "handler"),
            ],
        )
        .await;
        assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
        let page = refused.text().await.unwrap();
        assert!(page.contains("id=\"invite-email-error\""), "{page}");
        assert!(
            page.contains("value=\"not an address\""),
            "what was typed is kept"
        );
        // An address that is taken is a conflict, said in the page's language.
        let taken = post_form(
            &app,
            "/staff/members?lang=sv",
            Some(admin),
            &[
                ("csrf", &csrf_of(&page)),
                ("email", &team.handler_email),
                ("role", "handler"),
            ],
        )
        .await;
        assert_eq!(taken.status(), StatusCode::CONFLICT);
        assert!(taken.text().await.unwrap().contains(&team.handler_email));
        // A role this kind of organisation has no member of.
        let (status, body) = post_json(
            &app,
            "/api/v1/members",
            admin,
            json!({ "email": "someone@region-formular.example", "role": "authority" }),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body["message"].as_str().unwrap().starts_with("role:"),
            "{body}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn admins_reset_passwords_and_authenticators_and_keep_an_admin() {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| {
        let smtp = &smtp;
        async move {
            let team = make_team(&app, "Region Reset").await;
            let admin = team.admin.as_str();
            let handler = team.handler_id;
            fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;

            // An authenticator reset ends the sessions; the member enrols again, keeps the key.
            let reset = press(&app, admin, &format!("/staff/members/{handler}/totp-reset")).await;
            assert_eq!(location(&reset), "/staff/members?done=totp-reset");
            let (status, _) = get_json(&app, "/api/v1/cases", &team.handler).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            let first_factor = session(&app, &team.handler_email, HANDLER_PASSWORD, None).await;
            let (status, body) = get_json(&app, "/api/v1/cases", &first_factor).await;
            assert_eq!(status, StatusCode::CONFLICT);
            assert_eq!(body["error"], "totp_enrolment_required");
            let totp = enrol_on_the_page(&app, &first_factor).await;
            let handler_session = session(
                &app,
                &team.handler_email,
                HANDLER_PASSWORD,
                Some(code(&app, &totp)),
            )
            .await;
            assert_eq!(cases(&app, &handler_session, "").await.len(), 1);

            // A password reset: the old password stops working at once, a link is mailed.
            let before = smtp.mails().len();
            let reset = press(
                &app,
                admin,
                &format!("/staff/members/{handler}/password-reset"),
            )
            .await;
            assert_eq!(location(&reset), "/staff/members?done=password-reset");
            let (status, _) = get_json(&app, "/api/v1/cases", &handler_session).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED);
            assert_eq!(
                login(
                    &app,
                    &team.handler_email,
                    HANDLER_PASSWORD,
                    Some(code(&app, &totp))
                )
                .await
                .status(),
                StatusCode::UNAUTHORIZED
            );
            let token = mailed_token(&app, smtp, &team.handler_email, before).await;
            let mail = smtp.mails().last().unwrap().text();
            assert!(
                mail.contains("Subject: kedja: choose a new password"),
                "{mail}"
            );
            let chosen = choose(&app, &token, CHOSEN, CHOSEN).await;
            assert_eq!(location(&chosen), "/staff/totp");
            let cookie = fixtures::cookie_from(&chosen, "__Host-kedja-staff").unwrap();
            let totp = enrol_on_the_page(&app, &cookie).await;
            // A new key: pending until the admin confirms it, then the cases read again.
            let view = member(&app, admin, &team.handler_email).await;
            assert_eq!(view.status, MemberStatus::Pending);
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/members/{handler}/confirm"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT);
            let handler_session =
                session(&app, &team.handler_email, CHOSEN, Some(code(&app, &totp))).await;
            let listed = cases(&app, &handler_session, "").await;
            assert_eq!(
                case(&app, listed[0].id, &handler_session).await.narrative,
                NARRATIVE
            );
            assert_eq!(audited(&app, "member.password_reset").await, 1);
            assert_eq!(audited(&app, "member.totp_reset").await, 1);

            // An admin resets other members only.
            let me = team.admin_id;
            for action in ["password-reset", "totp-reset"] {
                let (status, body) = post_json(
                    &app,
                    &format!("/api/v1/members/{me}/{action}"),
                    admin,
                    json!({}),
                )
                .await;
                assert_eq!(status, StatusCode::CONFLICT, "{action}");
                assert_eq!(body["error"], "own_account");
            }

            // The only admin can neither demote nor disable themselves: on the page, the
            // refusal is in their row.
            let page = get_text(&app, "/staff/members", admin).await;
            let demoted = post_form(
                &app,
                &format!("/staff/members/{me}/role"),
                Some(admin),
                &[("csrf", &csrf_of(&page)), ("role", "handler")],
            )
            .await;
            assert_eq!(demoted.status(), StatusCode::CONFLICT);
            assert!(demoted.text().await.unwrap().contains("no admin left"));
            let (status, body) = post_json(
                &app,
                &format!("/api/v1/members/{me}/disable"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::CONFLICT);
            assert_eq!(body["error"], "last_admin");
            let response = app
                .client
                .put(app.url(&format!("/api/v1/members/{me}")))
                .header(COOKIE, admin)
                .json(&json!({ "role": "handler" }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::CONFLICT);

            // With a second admin, the first may step down.
            let response = app
                .client
                .put(app.url(&format!("/api/v1/members/{handler}")))
                .header(COOKIE, admin)
                .json(&json!({ "role": "admin" }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), StatusCode::OK);
            let view: MemberView = response.json().await.unwrap();
            assert_eq!(view.role, "admin");
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/members/{me}/disable"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT);
            let (status, _) = get_json(&app, "/api/v1/members", admin).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "their own session ended");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn member_administration_refuses_who_must_be_refused() {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| async move {
        let team = make_team(&app, "Region Rätt").await;
        let other = make_team(&app, "Region Annan").await;
        let target = team.handler_id;
        let member_routes = [
            ("PUT", format!("/api/v1/members/{target}")),
            ("POST", format!("/api/v1/members/{target}/confirm")),
            ("POST", format!("/api/v1/members/{target}/disable")),
            ("POST", format!("/api/v1/members/{target}/enable")),
            ("POST", format!("/api/v1/members/{target}/password-reset")),
            ("POST", format!("/api/v1/members/{target}/totp-reset")),
        ];
        let send = |method: &str, path: &str, cookie: Option<&str>| {
            let mut request = match method {
                "PUT" => app.client.put(app.url(path)),
                _ => app.client.post(app.url(path)),
            }
            .json(&json!({ "role": "admin" }));
            if let Some(cookie) = cookie {
                request = request.header(COOKIE, cookie);
            }
            request.send()
        };
        for (method, path) in &member_routes {
            let status = |r: reqwest::Response| r.status();
            assert_eq!(
                status(send(method, path, Some(&team.handler)).await.unwrap()),
                StatusCode::FORBIDDEN,
                "a handler on {method} {path}"
            );
            assert_eq!(
                status(send(method, path, Some(&other.admin)).await.unwrap()),
                StatusCode::NOT_FOUND,
                "another organisation's admin on {method} {path}"
            );
            assert_eq!(
                status(send(method, path, None).await.unwrap()),
                StatusCode::UNAUTHORIZED,
                "no session on {method} {path}"
            );
        }
        let invite = json!({ "email": "x@region-ratt.example", "role": "handler" });
        let (status, _) = post_json(&app, "/api/v1/members", &team.handler, invite.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let response = app
            .client
            .post(app.url("/api/v1/members"))
            .json(&invite)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);

        // The page and its forms: a handler is refused, another organisation's member is not
        // found, and without a session nothing is posted.
        let (status, _) = get_json(&app, "/staff/members", &team.handler).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let handler_page = get_text(&app, "/staff/languages", &team.handler).await;
        let other_page = get_text(&app, "/staff/members", &other.admin).await;
        for action in [
            "disable",
            "enable",
            "password-reset",
            "totp-reset",
            "confirm",
        ] {
            let path = format!("/staff/members/{target}/{action}");
            let refused = post_form(
                &app,
                &path,
                Some(&team.handler),
                &[("csrf", &csrf_of(&handler_page))],
            )
            .await;
            assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{path}");
            let hidden = post_form(
                &app,
                &path,
                Some(&other.admin),
                &[("csrf", &csrf_of(&other_page))],
            )
            .await;
            assert_eq!(hidden.status(), StatusCode::NOT_FOUND, "{path}");
            let anonymous = post_form(&app, &path, None, &[("csrf", "x")]).await;
            assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED, "{path}");
        }
        let refused = post_form(
            &app,
            "/staff/members",
            Some(&team.handler),
            &[
                ("csrf", &csrf_of(&handler_page)),
                ("email", "y@region-ratt.example"),
                ("role", "handler"),
            ],
        )
        .await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        // Nothing changed.
        let listed = members(&app, &team.admin).await;
        assert_eq!(listed.len(), 2);
        assert!(listed.iter().all(|m| m.status == MemberStatus::Active));
    })
    .await;
}

#[tokio::test]
async fn invitations_need_mail_and_a_public_address() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Utan").await;
        let (status, body) = post_json(
            &app,
            "/api/v1/members",
            &team.admin,
            json!({ "email": "z@region-utan.example", "role": "handler" }),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "no_public_url");
        let (status, body) = post_json(
            &app,
            &format!("/api/v1/members/{}/password-reset", team.handler_id),
            &team.admin,
            json!({}),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(body["error"], "no_public_url");
        // Nothing was written.
        let handler = member(&app, &team.admin, &team.handler_email).await;
        assert_eq!(handler.status, MemberStatus::Active);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_used_replaced_or_expired_link_is_refused() {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| {
        let smtp = &smtp;
        async move {
            let team = make_team(&app, "Region Länk").await;
            let before = smtp.mails().len();
            let invited: MemberView = post_as(
                &app,
                "/api/v1/members",
                &team.admin,
                json!({ "email": NEW_EMAIL, "role": "handler" }),
            )
            .await
            .unwrap();
            assert_eq!(invited.status, MemberStatus::AwaitingPassword);
            let first = mailed_token(&app, smtp, NEW_EMAIL, before).await;

            // Sending again (a reset of someone who never chose a password) invites again, and
            // only the newest link works.
            let before = smtp.mails().len();
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/members/{}/password-reset", invited.id),
                &team.admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT);
            let second = mailed_token(&app, smtp, NEW_EMAIL, before).await;
            let mail = smtp.mails().last().unwrap().text();
            assert!(
                mail.contains("Subject: kedja: choose your password"),
                "{mail}"
            );
            assert_ne!(first, second);
            let replaced = app.get(&format!("/staff/invite/{first}")).await;
            assert_eq!(replaced.status(), StatusCode::NOT_FOUND);

            // Unknown and malformed tokens look the same.
            for token in ["nonsense".to_string(), "A".repeat(43)] {
                let response = app.get(&format!("/staff/invite/{token}")).await;
                assert_eq!(response.status(), StatusCode::NOT_FOUND, "{token}");
            }

            // Seven days later the link is dead, and a post with it changes nothing.
            let page = app.get(&format!("/staff/invite/{second}")).await;
            let csrf = csrf_of(&page.text().await.unwrap());
            app.state
                .clock()
                .advance(Duration::from_secs(7 * 24 * 3600 + 60));
            let expired = app.get(&format!("/staff/invite/{second}")).await;
            assert_eq!(expired.status(), StatusCode::NOT_FOUND);
            let posted = post_form(
                &app,
                &format!("/staff/invite/{second}"),
                None,
                &[
                    ("csrf", csrf.as_str()),
                    ("password", CHOSEN),
                    ("password_again", CHOSEN),
                ],
            )
            .await;
            assert_eq!(posted.status(), StatusCode::NOT_FOUND);
            assert_eq!(
                login(&app, NEW_EMAIL, CHOSEN, None).await.status(),
                StatusCode::UNAUTHORIZED
            );
            assert_eq!(
                member_links::Entity::find()
                    .filter(member_links::Column::MemberId.eq(invited.id))
                    .all(app.state.db().conn())
                    .await
                    .unwrap()
                    .len(),
                1,
                "an expired link stays until it is replaced"
            );
        }
    })
    .await;
}

/// A writer that keeps everything logged, for reading afterwards.
/// The real binary serves the invitation and the password form, with its log at debug level;
/// the team is set up in-process first, on the same database and data folder. Its own process
/// keeps the log apart from the tests running beside it.
#[tokio::test]
async fn the_link_token_never_reaches_the_log() {
    let smtp = SmtpServer::start().await;
    let env = options(&smtp).env;
    each_backend_with(options(&smtp), |app| {
        let (smtp, env) = (&smtp, env.clone());
        async move {
            let mut app = app;
            let team = make_team(&app, "Region Logg").await;
            let served = Served::start(&app.database.url, &app.data_dir, &env).await;
            app.base = served.base.clone();
            let before = smtp.mails().len();
            let invited: MemberView = post_as(
                &app,
                "/api/v1/members",
                &team.admin,
                json!({ "email": NEW_EMAIL, "role": "handler" }),
            )
            .await
            .unwrap();
            assert_eq!(invited.status, MemberStatus::AwaitingPassword);
            let token = mailed_token(&app, smtp, NEW_EMAIL, before).await;
            let chosen = choose(&app, &token, CHOSEN, CHOSEN).await;
            assert_eq!(location(&chosen), "/staff/totp");
            assert!(chosen.headers().get(SET_COOKIE).is_some());
            let log = served.stop();
            // Staff requests are logged at once, by their route pattern; the invite page is
            // public, counted in the day's line written at the stop.
            assert!(
                log.contains("route=\"/api/v1/members\""),
                "the staff request was logged, by its route:\n{log}"
            );
            assert!(
                log.contains("public requests of the day"),
                "the public requests were counted:\n{log}"
            );
            for secret in [token.as_str(), CHOSEN, NEW_EMAIL] {
                assert!(!log.contains(secret), "{secret:?} reached the log:\n{log}");
            }
        }
    })
    .await;
}

/// Confirming seals the organisation's key to the member's own: never to a disabled member,
/// and never to a key replaced while the admin looked (a password reset racing the confirm).
#[tokio::test]
async fn only_an_enabled_member_with_the_key_the_admin_saw_is_confirmed_and_the_link_keeps_its_language()
 {
    let smtp = SmtpServer::start().await;
    each_backend_with(options(&smtp), |app| {
        let smtp = &smtp;
        async move {
            let team = make_team(&app, "Region Bekraefta").await;
            let admin = team.admin.as_str();
            let before = smtp.mails().len();
            let invited: MemberView = post_as(
                &app,
                "/api/v1/members",
                admin,
                json!({ "email": NEW_EMAIL, "role": "handler" }),
            )
            .await
            .unwrap();
            let token = mailed_token(&app, smtp, NEW_EMAIL, before).await;
            // The language picker on the link's page comes back to the link.
            let page = app
                .get(&format!("/staff/invite/{token}"))
                .await
                .text()
                .await
                .unwrap();
            let picker = format!("/language/sv?next=/staff/invite/{token}");
            assert!(page.contains(&picker), "{page}");
            let picked = app.get(&picker).await;
            assert_eq!(location(&picked), format!("/staff/invite/{token}"));
            assert_eq!(
                choose(&app, &token, CHOSEN, CHOSEN).await.status(),
                StatusCode::SEE_OTHER
            );
            let id = invited.id;
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/members/{id}/disable"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT);
            let (status, error) = post_json(
                &app,
                &format!("/api/v1/members/{id}/confirm"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::CONFLICT, "{error}");
            assert_eq!(error["error"], "member_disabled");
            let (status, _) = post_json(
                &app,
                &format!("/api/v1/members/{id}/enable"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT);

            // The store confirms only the key the grant was sealed to.
            let conn = app.state.db().conn();
            let row = kedja::store::orgs::member(conn, id).await.unwrap().unwrap();
            assert!(
                !kedja::store::orgs::confirm_member(conn, id, "age1anotherkey")
                    .await
                    .unwrap()
            );
            assert!(
                kedja::store::orgs::member(conn, id)
                    .await
                    .unwrap()
                    .unwrap()
                    .pending
            );

            let (status, error) = post_json(
                &app,
                &format!("/api/v1/members/{id}/confirm"),
                admin,
                json!({}),
            )
            .await;
            assert_eq!(status, StatusCode::NO_CONTENT, "{error}");
            let row_after = kedja::store::orgs::member(conn, id).await.unwrap().unwrap();
            assert!(!row_after.pending);
            assert_eq!(row_after.recipient, row.recipient);
        }
    })
    .await;
}

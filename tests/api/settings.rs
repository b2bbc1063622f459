//! Organisation settings from the web, times in the organisation's zone, the daily deadline
//! digest, and the alert about reports nobody could receive.

use chrono::{Days, Months, NaiveDate, TimeDelta};
use kedja::admin::provision::{self, NewOrganisation};
use kedja::cases::service::{CaseDetail, CaseSummary};
use kedja::domain::accounts::OrgKind;
use kedja::domain::settings::Zone;
use kedja::notify::{self, Mailer, Payload};
use kedja::store::entities::{audit_log, outbox, recusals, refused_reports};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::{Value, json};
use url::Url;

use crate::helpers::smtp::SmtpServer;
use crate::helpers::staff::{self, Team, get_as, get_json, get_text, make_team, post_as};
use crate::helpers::{Options, TestApp, each_backend, each_backend_with, fixtures};

const NARRATIVE: &str = "The agent at the Kalmar packing hall keeps our passports";

/// The value of the first `name="csrf"` field on a page.
fn csrf_of(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

/// The settings form's fields as the defaults fill them, with `changes` applied.
fn form<'a>(csrf: &'a str, changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("csrf", csrf),
        ("acknowledge_days", "7"),
        ("feedback_months", "3"),
        ("retention_months", "24"),
        ("suppression_k", "5"),
        ("time_zone", "UTC"),
        ("alert_email", ""),
    ];
    for (name, value) in changes {
        if let Some(field) = fields.iter_mut().find(|(n, _)| n == name) {
            field.1 = value;
        }
    }
    fields
}

/// Posts the settings form as `cookie`, with a token from the page.
async fn post_settings(app: &TestApp, cookie: &str, changes: &[(&str, &str)]) -> reqwest::Response {
    let page = get_text(app, "/staff/settings", cookie).await;
    let csrf = csrf_of(&page);
    app.client
        .post(app.url("/staff/settings"))
        .header(COOKIE, cookie)
        .form(&form(&csrf, changes))
        .send()
        .await
        .unwrap()
}

async fn put_settings(app: &TestApp, cookie: &str, body: Value) -> (StatusCode, Value) {
    let response = app
        .client
        .put(app.url("/api/v1/organisation/settings"))
        .header(COOKIE, cookie)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn newest_case(app: &TestApp, team: &Team) -> CaseSummary {
    staff::cases(app, &team.handler, "")
        .await
        .into_iter()
        .max_by_key(|c| c.received_on)
        .unwrap()
}

#[tokio::test]
async fn settings_change_the_next_cases_deadlines() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Inställning").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let before = newest_case(&app, &team).await;
        assert_eq!(before.acknowledge_by, before.received_on + Days::new(7));

        let page = get_text(&app, "/staff/settings", &team.admin).await;
        assert!(page.contains("Organisation settings"), "{page}");
        assert!(page.contains("value=\"7\"") && page.contains("value=\"UTC\""));
        assert!(!page.contains("<script"));
        let saved = post_settings(
            &app,
            &team.admin,
            &[("acknowledge_days", "3"), ("feedback_months", "1")],
        )
        .await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        assert_eq!(saved.headers()[LOCATION], "/staff/settings?done=saved");
        let page = get_text(&app, "/staff/settings?done=saved", &team.admin).await;
        assert!(
            page.contains("role=\"status\">The settings were saved."),
            "{page}"
        );
        assert!(page.contains("name=\"acknowledge_days\" value=\"3\""));

        // The case that was there keeps its deadline; the next report gets the new one.
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let cases = staff::cases(&app, &team.handler, "").await;
        let old = cases.iter().find(|c| c.id == before.id).unwrap();
        assert_eq!(old.acknowledge_by, before.acknowledge_by);
        let next = cases.iter().find(|c| c.id != before.id).unwrap();
        assert_eq!(next.acknowledge_by, next.received_on + Days::new(3));

        // And acknowledging it starts a one-month feedback deadline.
        let acknowledged = post_as::<CaseSummary>(
            &app,
            &format!("/api/v1/cases/{}/transitions", next.id),
            &team.handler,
            json!({"to": "acknowledged"}),
        )
        .await
        .unwrap();
        let today = app.state.clock().today();
        assert_eq!(
            acknowledged.feedback_by,
            Some(today.checked_add_months(Months::new(1)).unwrap())
        );

        let (status, api) = get_json(&app, "/api/v1/organisation/settings", &team.admin).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(api["acknowledge_days"], 3);
        assert_eq!(api["feedback_months"], 1);
        assert_eq!(api["time_zone"], "UTC");
        assert_eq!(api["alert_email"], Value::Null);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn staff_times_are_shown_in_the_organisations_time_zone() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Tidszon").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let case = newest_case(&app, &team).await;
        let (status, _) = staff::post_json(
            &app,
            &format!("/api/v1/cases/{}/notes", case.id),
            &team.handler,
            json!({"body": "Call the inspectorate"}),
        )
        .await;
        assert!(status.is_success(), "{status}");
        let detail: CaseDetail =
            get_as(&app, &format!("/api/v1/cases/{}", case.id), &team.handler).await;
        let noted = detail.notes[0].created_at;

        let utc = get_text(&app, &format!("/staff/cases/{}", case.id), &team.handler).await;
        assert!(utc.contains(&Zone::default().when(&noted)), "{utc}");

        let (status, body) = put_settings(
            &app,
            &team.admin,
            json!({"acknowledge_days": 7, "feedback_months": 3, "retention_months": 24,
                   "suppression_k": 5, "time_zone": "Asia/Kolkata"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        let kolkata = Zone::parse("Asia/Kolkata").unwrap();
        let shown = kolkata.when(&noted);
        assert!(shown.ends_with(" Asia/Kolkata"));
        let page = get_text(&app, &format!("/staff/cases/{}", case.id), &team.handler).await;
        assert!(page.contains(&shown), "the note's time in the zone: {page}");
        assert!(
            !page.contains(&Zone::default().when(&noted)),
            "no UTC time left"
        );
        // The reporter's side keeps days: the received day is a date, in no zone.
        assert!(page.contains(&case.received_on.to_string()));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn settings_are_for_admins_of_their_own_organisation_only() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Behörighet").await;
        let other = make_team(&app, "Region Annan").await;
        let valid = json!({"acknowledge_days": 5, "feedback_months": 2, "retention_months": 36,
                           "suppression_k": 7, "time_zone": "Europe/Stockholm",
                           "alert_email": "Larm@Region-Annan.example"});

        // A handler: 403 on every route, the form included.
        let (status, _) = get_json(&app, "/api/v1/organisation/settings", &team.handler).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = put_settings(&app, &team.handler, valid.clone()).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let page = app
            .client
            .get(app.url("/staff/settings"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), StatusCode::FORBIDDEN);
        // The handler's own token, from a page they may see.
        let cases_page = get_text(&app, "/staff", &team.handler).await;
        let refused = app
            .client
            .post(app.url("/staff/settings"))
            .header(COOKIE, &team.handler)
            .form(&form(&csrf_of(&cases_page), &[("acknowledge_days", "1")]))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        assert!(!cases_page.contains("href=\"/staff/settings\""), "no link");

        // No session: the API refuses, the page sends to sign-in, the form is refused.
        let anonymous = app
            .client
            .get(app.url("/api/v1/organisation/settings"))
            .send()
            .await
            .unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
        let anonymous = app
            .client
            .put(app.url("/api/v1/organisation/settings"))
            .json(&valid)
            .send()
            .await
            .unwrap();
        assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
        let away = app.get("/staff/settings").await;
        assert_eq!(away.status(), StatusCode::SEE_OTHER);
        assert_eq!(away.headers()[LOCATION], "/staff/login");
        let anonymous = app
            .client
            .post(app.url("/staff/settings"))
            .form(&form("forged", &[]))
            .send()
            .await
            .unwrap();
        assert!(anonymous.status().is_client_error() || anonymous.status().is_redirection());

        // Another organisation's admin changes their own organisation, never this one.
        let (status, body) = put_settings(&app, &other.admin, valid).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["alert_email"], "larm@region-annan.example");
        let (_, mine) = get_json(&app, "/api/v1/organisation/settings", &team.admin).await;
        assert_eq!(mine["acknowledge_days"], 7);
        assert_eq!(mine["time_zone"], "UTC");

        let org = kedja::store::entities::organisations::Entity::find_by_id(team.buyer.org.org_id)
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            org.acknowledge_days, 7,
            "nothing the handler sent was stored"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn mistakes_are_named_beside_their_fields_and_keep_what_was_typed() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Misstag").await;
        let wrong = post_settings(
            &app,
            &team.admin,
            &[
                ("acknowledge_days", "9"),
                ("feedback_months", "three"),
                ("retention_months", "200"),
                ("suppression_k", "2"),
                ("time_zone", "Europe/Stokholm"),
                ("alert_email", "alerts at example"),
            ],
        )
        .await;
        assert_eq!(wrong.status(), StatusCode::BAD_REQUEST);
        let page = wrong.text().await.unwrap();
        for (field, typed, message) in [
            ("acknowledge_days", "9", "days from 1 to 7"),
            ("feedback_months", "three", "months from 1 to 3"),
            ("retention_months", "200", "months from 3 to 120"),
            ("suppression_k", "2", "whole number from 3 to 100"),
            (
                "time_zone",
                "Europe/Stokholm",
                "not a time zone kedja knows",
            ),
            ("alert_email", "alerts at example", "e-mail address like"),
        ] {
            assert!(
                page.contains(&format!("name=\"{field}\" value=\"{typed}\"")),
                "{field} keeps what was typed"
            );
            let error = format!("<p class=\"error\" id=\"{field}-error\">");
            let at = page
                .find(&error)
                .unwrap_or_else(|| panic!("{field}: {page}"));
            assert!(
                page[at..].split("</p>").next().unwrap().contains(message),
                "{field}"
            );
            assert!(page.contains(&format!(
                "{field}-hint {field}-error\" aria-invalid=\"true\""
            )));
        }
        let (_, stored) = get_json(&app, "/api/v1/organisation/settings", &team.admin).await;
        assert_eq!(stored["acknowledge_days"], 7, "nothing stored");

        // One field wrong: only it is marked.
        let one = post_settings(&app, &team.admin, &[("acknowledge_days", "0")]).await;
        assert_eq!(one.status(), StatusCode::BAD_REQUEST);
        let page = one.text().await.unwrap();
        assert!(page.contains("id=\"acknowledge_days-error\""));
        assert!(!page.contains("id=\"feedback_months-error\""));

        // The API names the field.
        for (field, value) in [
            ("acknowledge_days", json!(8)),
            ("feedback_months", json!(4)),
            ("retention_months", json!(2)),
            ("suppression_k", json!(1)),
            ("time_zone", json!("Nowhere/Special")),
            ("alert_email", json!("@example.org")),
        ] {
            let mut body = json!({"acknowledge_days": 7, "feedback_months": 3,
                                  "retention_months": 24, "suppression_k": 5,
                                  "time_zone": "UTC"});
            body[field] = value;
            let (status, error) = put_settings(&app, &team.admin, body).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{field}");
            assert_eq!(error["error"], "invalid_input");
            assert!(
                error["message"].as_str().unwrap().starts_with(field),
                "{field}: {error}"
            );
        }

        // A change is audited with the names of what changed, not the address.
        let saved = post_settings(
            &app,
            &team.admin,
            &[
                ("suppression_k", "10"),
                ("alert_email", "larm@region-misstag.example"),
            ],
        )
        .await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER);
        let entries = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("org.settings_changed"))
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].actor_id, Some(team.admin_id));
        let details: Value = serde_json::from_str(&entries[0].details).unwrap();
        assert_eq!(details["changed"], json!(["suppression_k", "alert_email"]));
        assert!(!entries[0].details.contains("larm@"));
        // Saving the same again changes nothing and adds no entry.
        post_settings(
            &app,
            &team.admin,
            &[
                ("suppression_k", "10"),
                ("alert_email", "larm@region-misstag.example"),
            ],
        )
        .await;
        let again = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("org.settings_changed"))
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(again.len(), 1);
        app.stop().await;
    })
    .await;
}

async fn digests(app: &TestApp) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::Kind.eq("deadline_digest"))
        .all(app.state.db().conn())
        .await
        .unwrap()
}

fn at_nine(day: NaiveDate) -> chrono::DateTime<chrono::Utc> {
    day.and_hms_opt(9, 0, 0).unwrap().and_utc()
}

#[tokio::test]
async fn an_overdue_case_is_reminded_daily_in_one_digest_per_member() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Digest").await;
        for _ in 0..2 {
            fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        }
        let cases = staff::cases(&app, &team.handler, "").await;
        let due = cases[0].acknowledge_by;
        let db = app.state.db();
        outbox::Entity::delete_many().exec(db.conn()).await.unwrap();
        let queue = |day: NaiveDate| kedja::notify::reminders::queue_due(db, at_nine(day));

        assert_eq!(
            queue(due - Days::new(3)).await.unwrap(),
            0,
            "three days out"
        );
        assert_eq!(
            queue(due - Days::new(1)).await.unwrap(),
            2,
            "the admin and the handler"
        );
        assert_eq!(queue(due - Days::new(1)).await.unwrap(), 0, "once a day");
        let first = digests(&app).await;
        assert_eq!(first.len(), 2, "one digest each, however many cases");
        for digest in &first {
            let payload = Payload::parse(&digest.payload);
            assert_eq!((payload.overdue, payload.due_soon), (Some(0), Some(2)));
            assert_eq!(digest.case_id, None, "a digest names no case");
        }

        // Late: reminded again the next day, and the day after.
        let handler_recused_from = cases[1].id;
        recusals::Entity::insert(recusals::ActiveModel {
            case_id: Set(handler_recused_from),
            member_id: Set(team.handler_id),
            created_at: Set(app.state.clock().now()),
        })
        .exec_without_returning(db.conn())
        .await
        .unwrap();
        for late in 1..=2 {
            assert_eq!(queue(due + Days::new(late)).await.unwrap(), 2, "day {late}");
        }
        let all = digests(&app).await;
        assert_eq!(all.len(), 6);
        let last_day = notify::outbox::start_of_day(at_nine(due + Days::new(2)));
        let newest: Vec<_> = all.iter().filter(|d| d.created_at == last_day).collect();
        for digest in newest {
            let payload = Payload::parse(&digest.payload);
            let expected = if digest.member_id == Some(team.handler_id) {
                1 // the case the handler stepped back from is not theirs to count
            } else {
                2
            };
            assert_eq!(payload.overdue, Some(expected));
            assert_eq!(payload.due_soon, Some(0));
        }

        // Acknowledged (feedback months away) and nothing is due: no digest.
        for case in &cases {
            let acknowledged = post_as::<CaseSummary>(
                &app,
                &format!("/api/v1/cases/{}/transitions", case.id),
                &team.admin,
                json!({"to": "acknowledged"}),
            )
            .await;
            assert!(acknowledged.is_ok(), "{acknowledged:?}");
        }
        assert_eq!(queue(due + Days::new(3)).await.unwrap(), 0);

        // The e-mail says how many and links to the list, nothing about any case.
        outbox::Entity::delete_many()
            .filter(outbox::Column::Kind.ne("deadline_digest"))
            .exec(db.conn())
            .await
            .unwrap();
        let smtp = SmtpServer::start().await;
        let mailer = Mailer::new(&smtp.url(), None).unwrap();
        let public = Url::parse("https://report.example.org").unwrap();
        let late_clock = kedja::clock::Clock::fixed(at_nine(due + Days::new(3)));
        let sent = notify::run_once(
            db,
            &mailer,
            &late_clock,
            Some(&public),
            None,
            app.state.locales(),
        )
        .await
        .unwrap();
        assert_eq!(sent, 6);
        let mails = smtp.mails();
        let text = mails
            .iter()
            .find(|m| {
                m.recipients == [team.handler_email.clone()]
                    && m.text().contains("Past their deadline: 1")
            })
            .map(|m| m.text())
            .expect("the handler's digest");
        assert!(text.contains("Due within two days: 0"), "{text}");
        assert!(text.contains("https://report.example.org/staff"), "{text}");
        assert!(!text.contains("/staff/cases"), "{text}");
        for case in &cases {
            assert!(!text.contains(&case.id.to_string()));
            assert!(!text.contains(&case.reference));
        }
        assert!(!text.contains("Kalmar"));
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn refused_reports_are_counted_per_day_and_alerted_the_next_day() {
    let options = Options {
        env: vec![("KEDJA_OPERATOR_EMAIL".into(), "Ops@Kedja.example".into())],
    };
    each_backend_with(options, |app| async move {
        let nobody_can_receive = json!({
            "supplier_text": "A car wash on the E4 near Gävle",
            "country": "SE",
            "indicators": ["wages"],
            "people_affected": "one",
            "relationship": "worker",
            "narrative": NARRATIVE,
        });
        for _ in 0..3 {
            let refused = app
                .client
                .post(app.url("/api/v1/reports"))
                .json(&nobody_can_receive)
                .send()
                .await
                .unwrap();
            assert_eq!(refused.status(), StatusCode::SERVICE_UNAVAILABLE);
        }
        let db = app.state.db();
        let today = app.state.clock().today();
        let counted = refused_reports::Entity::find()
            .all(db.conn())
            .await
            .unwrap();
        assert_eq!(counted.len(), 1, "one row for the day");
        assert_eq!((counted[0].day, counted[0].count), (today, 3));

        // A coordinator is set up later the same day, with an alert address.
        let coordinator = provision::create_organisation(
            db,
            app.state.clock(),
            NewOrganisation {
                name: "Kedja Coordination".into(),
                kind: OrgKind::Coordinator,
                admin_email: "admin@coordination.example".into(),
                admin_password: SecretString::from(staff::PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();
        let otpauth = coordinator.otpauth_uri.as_ref().unwrap().to_string();
        let admin = staff::session(
            &app,
            "admin@coordination.example",
            staff::PASSWORD,
            Some(staff::code(&app, &otpauth)),
        )
        .await;
        let (status, _) = put_settings(
            &app,
            &admin,
            json!({"acknowledge_days": 7, "feedback_months": 3, "retention_months": 24,
                   "suppression_k": 5, "time_zone": "UTC",
                   "alert_email": "alerts@coordination.example"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);

        // Nobody is told on the day itself: that would date the reporter's visit.
        let now = app.state.clock().now();
        let operator = app.state.settings().operator_email.as_deref();
        assert_eq!(operator, Some("ops@kedja.example"));
        assert_eq!(
            notify::alerts::queue_refused(db, now, operator)
                .await
                .unwrap(),
            0
        );
        let tomorrow = at_nine(today + Days::new(1));
        assert_eq!(
            notify::alerts::queue_refused(db, tomorrow, operator)
                .await
                .unwrap(),
            3
        );
        assert_eq!(
            notify::alerts::queue_refused(db, tomorrow + TimeDelta::hours(1), operator)
                .await
                .unwrap(),
            0,
            "told once"
        );
        let alerts = outbox::Entity::find()
            .filter(outbox::Column::Kind.eq("refused_reports"))
            .all(db.conn())
            .await
            .unwrap();
        assert_eq!(
            alerts.len(),
            3,
            "the admin, the alert address, the operator"
        );
        for alert in &alerts {
            assert_eq!(alert.created_at, notify::outbox::start_of_day(tomorrow));
        }

        let smtp = SmtpServer::start().await;
        let mailer = Mailer::new(&smtp.url(), None).unwrap();
        let sent = notify::run_once(
            db,
            &mailer,
            &kedja::clock::Clock::fixed(tomorrow),
            None,
            operator,
            app.state.locales(),
        )
        .await
        .unwrap();
        assert_eq!(sent, 3);
        let mut recipients: Vec<String> = smtp
            .mails()
            .iter()
            .flat_map(|m| m.recipients.clone())
            .collect();
        recipients.sort();
        assert_eq!(
            recipients,
            [
                "admin@coordination.example",
                "alerts@coordination.example",
                "ops@kedja.example"
            ]
        );
        for mail in smtp.mails() {
            let text = mail.text();
            assert!(
                text.contains(&format!("On {today} (UTC), 3 reports could not be sent")),
                "{text}"
            );
            for secret in ["Gävle", "car wash", "Kalmar", "wages"] {
                assert!(!text.contains(secret), "{secret} in {text}");
            }
        }
        app.stop().await;
    })
    .await;
}

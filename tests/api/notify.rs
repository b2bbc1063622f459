//! E-mail notifications against a real (tiny) SMTP server: staff are told that something
//! happened and nothing more, each notice is sent once, and a relay outage delays mail without
//! losing it.

use crate::helpers::smtp::SmtpServer;
use crate::helpers::{TestApp, each_backend, fixtures};
use chrono::{DateTime, TimeDelta, Utc};
use kedja::admin::provision::{self, NewMember};
use kedja::clock::Clock;
use kedja::domain::accounts::Role;
use kedja::notify::{self, Mailer, NoticeKind};
use kedja::store::entities::{cases, members, outbox, recusals};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use url::Url;
use uuid::Uuid;

const NARRATIVE: &str = "Foreman Bergkvist took our passports at the Umeå gate";
const PUBLIC_URL: &str = "https://report.example.org";

fn now(app: &TestApp) -> DateTime<Utc> {
    app.state.clock().now()
}

async fn unsent(app: &TestApp) -> Vec<outbox::Model> {
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .all(app.state.db().conn())
        .await
        .unwrap()
}

async fn row(app: &TestApp, id: Uuid) -> outbox::Model {
    outbox::Entity::find_by_id(id)
        .one(app.state.db().conn())
        .await
        .unwrap()
        .unwrap()
}

async fn run(app: &TestApp, mailer: &Mailer, clock: &Clock) -> usize {
    let public_url = Url::parse(PUBLIC_URL).unwrap();
    notify::run_once(
        app.state.db(),
        mailer,
        clock,
        Some(&public_url),
        None,
        app.state.locales(),
    )
    .await
    .unwrap()
}

async fn enqueue(app: &TestApp, kind: NoticeKind, member_id: Uuid, case_id: Uuid) -> Uuid {
    let txn = app.state.db().begin().await.unwrap();
    notify::enqueue(&*txn, now(app), kind, member_id, Some(case_id))
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let row = unsent(app)
        .await
        .into_iter()
        .find(|r| r.member_id == Some(member_id) && r.kind == kind.as_code())
        .unwrap();
    row.id
}

fn start_of_day(at: DateTime<Utc>) -> DateTime<Utc> {
    at.date_naive().and_hms_opt(0, 0, 0).unwrap().and_utc()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn notices_are_mailed_once_without_content_and_survive_a_relay_outage() {
    each_backend(|app| async move {
        let mut smtp = SmtpServer::start().await;
        let buyer = fixtures::buyer(&app, "Region Notis").await;
        let admin_email = "admin@region-notis.example";
        let db = app.state.db();
        let admin = members::Entity::find_by_id(buyer.org.admin_id)
            .one(db.conn())
            .await
            .unwrap()
            .unwrap();
        assert!(!admin.pending, "the first admin is confirmed at creation");
        assert_eq!(admin.email, admin_email);

        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let case = cases::Entity::find().one(db.conn()).await.unwrap().unwrap();
        let txn = db.begin().await.unwrap();
        let queued = notify::enqueue_for_org_handlers(
            &*txn,
            now(&app),
            NoticeKind::NewReport,
            buyer.org.org_id,
            Some(case.id),
        )
        .await
        .unwrap();
        txn.commit().await.unwrap();
        assert_eq!(queued, 1, "the organisation has one confirmed member");
        // Intake may queue its own notice for the same report; every one must hold.
        let due = unsent(&app).await;
        assert!(!due.is_empty());
        for notice in &due {
            assert_eq!(notice.payload, "{}");
            assert_eq!(notice.created_at, start_of_day(notice.created_at));
            assert_eq!(notice.next_attempt_at, start_of_day(notice.next_attempt_at));
        }

        let mailer = Mailer::new(&smtp.url(), None).unwrap();
        let clock = app.state.clock().clone();
        assert_eq!(run(&app, &mailer, &clock).await, due.len());
        let mails = smtp.mails();
        assert_eq!(mails.len(), due.len());
        let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
        for mail in &mails {
            assert_eq!(mail.recipients, [admin_email]);
            let text = mail.text();
            assert!(
                text.contains("Subject: kedja: a new report needs triage"),
                "{text}"
            );
            assert!(text.contains("A new report was routed to your organisation."));
            assert!(text.contains(&format!(
                "Sign in to read it:\r\n{PUBLIC_URL}/staff/cases/{}\r\n",
                case.id
            )));
            for secret in [
                NARRATIVE,
                "Bergkvist",
                "passports",
                receipt.as_str(),
                digits.as_str(),
                case.reference.as_str(),
                "Berry Farm",
                "Region Notis",
            ] {
                assert!(!text.contains(secret), "the mail holds {secret:?}: {text}");
            }
        }

        // Sent notices are closed, at day precision, and never sent again.
        for notice in &due {
            let done = row(&app, notice.id).await;
            let day = start_of_day(now(&app));
            assert_eq!(done.sent_at, Some(day));
            assert_eq!(done.next_attempt_at, day);
        }
        assert_eq!(run(&app, &mailer, &clock).await, 0);
        assert_eq!(smtp.mails().len(), due.len());

        // The relay goes away: the notice waits with a backoff, the password stays out of it.
        smtp.stop().await;
        let before = now(&app);
        let reply = enqueue(&app, NoticeKind::ReporterReply, admin.id, case.id).await;
        let with_password = Mailer::new(
            &SecretString::from(format!(
                "smtp://kedja:relay-hunter2@127.0.0.1:{}",
                smtp.port
            )),
            None,
        )
        .unwrap();
        assert_eq!(run(&app, &with_password, &clock).await, 0);
        let failed = row(&app, reply).await;
        assert_eq!(failed.attempts, 1);
        assert!(failed.sent_at.is_none());
        assert!(failed.next_attempt_at > before, "{failed:?}");
        let error = failed.last_error.clone().expect("the failure is recorded");
        assert!(!error.contains("relay-hunter2"), "{error}");

        // Back, but the backoff has not passed: nothing yet.
        smtp.restart().await;
        assert_eq!(run(&app, &mailer, &clock).await, 0);
        assert_eq!(row(&app, reply).await.attempts, 1);

        // Later, it goes out once.
        let later = Clock::fixed(failed.next_attempt_at + TimeDelta::seconds(1));
        assert_eq!(run(&app, &mailer, &later).await, 1);
        let mails = smtp.mails();
        assert_eq!(mails.len(), due.len() + 1);
        let last = mails.last().unwrap();
        assert_eq!(last.recipients, [admin_email]);
        assert!(
            last.text()
                .contains("A reporter added a message to a case your organisation handles.")
        );
        assert!(!last.text().contains("Bergkvist"));
        assert!(row(&app, reply).await.sent_at.is_some());
        assert_eq!(run(&app, &mailer, &later).await, 0);

        // Two workers side by side share ten notices without sending any twice (on PostgreSQL
        // through SKIP LOCKED, on SQLite through its single writer).
        let txn = db.begin().await.unwrap();
        for _ in 0..10 {
            notify::enqueue(
                &*txn,
                now(&app),
                NoticeKind::AcknowledgementDue,
                admin.id,
                Some(case.id),
            )
            .await
            .unwrap();
        }
        txn.commit().await.unwrap();
        let other = Mailer::new(&smtp.url(), None).unwrap();
        let before = smtp.mails().len();
        let (a, b) = tokio::join!(run(&app, &mailer, &later), run(&app, &other, &later));
        assert_eq!(a + b, 10, "{a} + {b}");
        assert_eq!(smtp.mails().len(), before + 10);
        assert!(unsent(&app).await.is_empty());
        smtp.stop().await;
    })
    .await;
}

#[tokio::test]
async fn only_confirmed_active_handlers_who_are_not_recused_are_notified() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Urval").await;
        let db = app.state.db();
        let mut ids = Vec::new();
        for name in ["pending", "recused", "disabled", "handler"] {
            let member = provision::create_member(
                db,
                app.state.clock(),
                NewMember {
                    org_id: buyer.org.org_id,
                    email: format!("{name}@region-urval.example"),
                    role: Role::Handler,
                    password: SecretString::from("another long passphrase"),
                    with_totp: false,
                },
            )
            .await
            .unwrap();
            ids.push(member.member_id);
        }
        let [pending, recused, disabled, handler] = ids[..] else {
            unreachable!()
        };
        for (id, is_disabled) in [(recused, false), (disabled, true), (handler, false)] {
            members::Entity::update(members::ActiveModel {
                id: Set(id),
                pending: Set(false),
                disabled: Set(is_disabled),
                ..Default::default()
            })
            .exec(db.conn())
            .await
            .unwrap();
        }
        fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let case = cases::Entity::find().one(db.conn()).await.unwrap().unwrap();
        recusals::Entity::insert(recusals::ActiveModel {
            case_id: Set(case.id),
            member_id: Set(recused),
            created_at: Set(now(&app)),
        })
        .exec_without_returning(db.conn())
        .await
        .unwrap();
        outbox::Entity::delete_many().exec(db.conn()).await.unwrap();

        let notified = |kind: NoticeKind, case_id: Option<Uuid>| {
            let app = &app;
            async move {
                let txn = app.state.db().begin().await.unwrap();
                notify::enqueue_for_org_handlers(&*txn, now(app), kind, buyer.org.org_id, case_id)
                    .await
                    .unwrap();
                txn.commit().await.unwrap();
                let rows = outbox::Entity::find()
                    .all(app.state.db().conn())
                    .await
                    .unwrap();
                outbox::Entity::delete_many()
                    .exec(app.state.db().conn())
                    .await
                    .unwrap();
                let mut members: Vec<Uuid> = rows.iter().filter_map(|r| r.member_id).collect();
                members.sort();
                members
            }
        };
        let mut expected = vec![buyer.org.admin_id, handler];
        expected.sort();
        assert_eq!(
            notified(NoticeKind::ReporterReply, Some(case.id)).await,
            expected
        );
        let mut with_recused = vec![buyer.org.admin_id, handler, recused];
        with_recused.sort();
        assert_eq!(notified(NoticeKind::CaseShared, None).await, with_recused);
        assert!(!expected.contains(&pending) && !with_recused.contains(&disabled));

        // A member recused after a notice was queued is not mailed either.
        let smtp = SmtpServer::start().await;
        for member in [recused, handler] {
            let txn = db.begin().await.unwrap();
            notify::enqueue(
                &*txn,
                now(&app),
                NoticeKind::FeedbackDue,
                member,
                Some(case.id),
            )
            .await
            .unwrap();
            txn.commit().await.unwrap();
        }
        let mailer = Mailer::new(&smtp.url(), None).unwrap();
        assert_eq!(run(&app, &mailer, app.state.clock()).await, 1);
        let mails = smtp.mails();
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].recipients, ["handler@region-urval.example"]);
        let skipped = outbox::Entity::find()
            .filter(outbox::Column::MemberId.eq(recused))
            .one(db.conn())
            .await
            .unwrap()
            .unwrap();
        assert!(skipped.sent_at.is_some());
        assert_eq!(
            skipped.last_error.as_deref(),
            Some("member recused from the case")
        );
    })
    .await;
}

#[tokio::test]
async fn a_member_gets_notices_in_the_language_they_picked() {
    each_backend(|app| async move {
        let smtp = SmtpServer::start().await;
        let team = crate::helpers::staff::make_team(&app, "Region Sprak").await;
        let picked = app
            .client
            .get(app.url("/language/sv?next=/staff"))
            .header(reqwest::header::COOKIE, &team.admin)
            .send()
            .await
            .unwrap();
        assert!(picked.status().is_redirection());
        let admin = members::Entity::find_by_id(team.admin_id)
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(admin.language.as_deref(), Some("sv"));

        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let case = cases::Entity::find()
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        enqueue(&app, NoticeKind::NewReport, team.admin_id, case.id).await;
        let mailer = Mailer::new(&smtp.url(), None).unwrap();
        let clock = app.state.clock().clone();
        assert!(run(&app, &mailer, &clock).await >= 1);
        let to_admin: Vec<_> = smtp
            .mails()
            .into_iter()
            .filter(|m| m.recipients.iter().any(|r| r.starts_with("admin@")))
            .collect();
        assert!(!to_admin.is_empty());
        for mail in to_admin {
            let text = mail.text();
            assert!(!text.contains("a new report needs triage"), "{text}");
            assert!(!text.contains("Sign in to read it"), "{text}");
        }
        app.stop().await;
    })
    .await;
}

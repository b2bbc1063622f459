//! The audit chain gives no reporter's time of day, not even by its order: a reporter's
//! entries wait, dated to the day, and join the chain together, in random order, once their
//! day is over; the chain still verifies, and the case's timeline shows them meanwhile.

use crate::helpers::staff::*;
use crate::helpers::{TestApp, each_backend, fixtures};
use kedja::audit::{self, Verdict};
use kedja::store::entities::{audit_log, audit_pending};
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use sea_orm::{EntityTrait, PaginatorTrait, QueryOrder};
use serde_json::json;

const REPLIES: usize = 10;

async fn chain(app: &TestApp) -> Vec<audit_log::Model> {
    audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Seq)
        .all(app.state.db().conn())
        .await
        .unwrap()
}

#[tokio::test]
async fn reporter_entries_join_the_chain_a_whole_day_at_a_time_in_random_order() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Kedja").await;
        let receipt = fixtures::submit(
            &app,
            &fixtures::report(team.buyer.supplier_id, "The foreman keeps our passports"),
        )
        .await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        for n in 0..REPLIES {
            let sent = app
                .client
                .post(app.url("/api/v1/reporter/messages"))
                .header(COOKIE, &reporter)
                .json(&json!({ "body": format!("reply number {n}") }))
                .send()
                .await
                .unwrap();
            assert_eq!(sent.status(), StatusCode::CREATED);
        }
        let id = cases(&app, &team.handler, "").await[0].id;
        // A handler acts between and after the reporter: those entries join at once.
        let detail = case(&app, id, &team.handler).await;

        // Nothing of the reporter's is in the chain yet, and the waiting rows hold the day only.
        let before = chain(&app).await;
        assert!(
            before.iter().all(|e| e.actor_kind != "reporter"),
            "a reporter's entry took its place in the chain at once"
        );
        let waiting = audit_pending::Entity::find()
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(waiting.len(), 1 + REPLIES);
        assert!(waiting.iter().all(|e| e.day == app.state.clock().today()));
        // The timeline shows them meanwhile, the receipt of the case first among them.
        let theirs: Vec<&str> = detail
            .timeline
            .iter()
            .filter(|e| e.actor == "reporter")
            .map(|e| e.action.as_str())
            .collect();
        assert_eq!(theirs.len(), 1 + REPLIES, "{theirs:?}");
        assert_eq!(theirs[0], "case.received");

        // The day is not over: nothing joins.
        let today = app.state.clock().today();
        assert_eq!(
            audit::seal_reporter_days(app.state.db(), today)
                .await
                .unwrap(),
            0
        );

        // The next day (as the server's hourly run would see it), the whole day joins after
        // the chain as it stood, dated to its day.
        let tomorrow = today.succ_opt().unwrap();
        assert_eq!(
            audit::seal_reporter_days(app.state.db(), tomorrow)
                .await
                .unwrap(),
            1 + REPLIES as u64
        );
        let after = chain(&app).await;
        assert_eq!(after.len(), before.len() + 1 + REPLIES);
        assert_eq!(
            after[..before.len()],
            before[..],
            "the chain before stays as it was"
        );
        let batch = &after[before.len()..];
        let midnight = today.and_time(chrono::NaiveTime::MIN).and_utc();
        assert!(
            batch
                .iter()
                .all(|e| e.actor_kind == "reporter" && e.at == midnight)
        );
        assert_eq!(batch[0].action, "case.received");
        // The replies in the order they joined: 10! orders, one of them the order sent.
        let detail = case(&app, id, &team.handler).await;
        let number_of = |message_id: &str| {
            let message = detail
                .messages
                .iter()
                .find(|m| m.id.to_string() == message_id)
                .expect("the entry names a message of the case");
            message
                .body
                .trim_start_matches("reply number ")
                .parse::<usize>()
                .unwrap()
        };
        let mut joined: Vec<usize> = batch[1..]
            .iter()
            .map(|e| {
                let details: serde_json::Value = serde_json::from_str(&e.details).unwrap();
                number_of(details["message_id"].as_str().unwrap())
            })
            .collect();
        let sent: Vec<usize> = (0..REPLIES).collect();
        assert_ne!(
            joined, sent,
            "the batch keeps the order the replies were sent in"
        );
        joined.sort_unstable();
        assert_eq!(joined, sent, "every reply joined, once");

        // Nothing waits; a second run (another replica) appends nothing twice.
        assert_eq!(
            audit_pending::Entity::find()
                .count(app.state.db().conn())
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            audit::seal_reporter_days(app.state.db(), tomorrow)
                .await
                .unwrap(),
            0
        );
        let verdict = audit::verify(app.state.db().conn()).await.unwrap();
        let now = chain(&app).await.len() as i64;
        assert!(
            matches!(verdict, Verdict::Intact { entries, .. } if entries == now),
            "{verdict:?}"
        );
        // The timeline reads them from the chain now, once each.
        let detail = case(&app, id, &team.handler).await;
        assert_eq!(
            detail
                .timeline
                .iter()
                .filter(|e| e.actor == "reporter")
                .count(),
            1 + REPLIES
        );
    })
    .await;
}

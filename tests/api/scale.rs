//! More cases than SQLite's bind-variable limit (32,766), inserted directly: the list, its
//! filters and searches, the CSV export, the statistics and the daily deadline digest still
//! answer, a page at a time.

use chrono::{Days, NaiveDate};
use kedja::store::entities::{case_indicators, cases};
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LINK};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::staff::{self, get_text};
use crate::helpers::{TestApp, each_backend};

const CASES: usize = 40_000;

/// Inserts `CASES` cases of `org` about `supplier`: every priority and state, deadlines spread
/// over a year around `today`, a few due now; one or two indicators each.
/// Returns how many open cases are overdue (and so due a reminder).
async fn insert_cases(
    app: &TestApp,
    org: uuid::Uuid,
    supplier: uuid::Uuid,
    assignee: uuid::Uuid,
    today: NaiveDate,
) -> usize {
    let priorities = ["low", "medium", "high", "critical"];
    let states = ["received", "acknowledged", "investigating", "closed"];
    let indicators = ["wages", "documents", "debt", "threats"];
    let db = app.state.db().conn();
    let mut batch = Vec::new();
    let mut marks = Vec::new();
    let mut overdue = 0;
    for i in 0..CASES {
        let id = uuid::Uuid::new_v4();
        let state = states[i % states.len()];
        // Most deadlines lie far ahead; every 401st case is a day late.
        let late = i % 401 == 0;
        let due = if late {
            today - Days::new(1)
        } else {
            today + Days::new(30 + (i % 300) as u64)
        };
        if late && state != "closed" {
            overdue += 1;
        }
        let priority = priorities[(i / 7) % priorities.len()];
        let received = today - Days::new((i % 365) as u64);
        batch.push(cases::ActiveModel {
            id: Set(id),
            reference: Set(format!("KJ-S{i:06}")),
            owner_org_id: Set(org),
            supplier_id: Set(Some(supplier)),
            country: Set("SE".into()),
            sector: Set(Some("agriculture".into())),
            state: Set(state.into()),
            resolution: Set((state == "closed").then(|| "unsubstantiated".into())),
            priority: Set(priority.into()),
            assessed_priority: Set(priority.into()),
            retaliation_risk: Set(None),
            receipt_lookup: Set(id.as_bytes().to_vec()),
            reporter_recipient: Set("age1scale".into()),
            received_on: Set(received),
            acknowledge_by: Set(due),
            acknowledged_on: Set((state != "received").then_some(received)),
            feedback_by: Set((state != "received").then_some(due)),
            closed_on: Set((state == "closed").then_some(today)),
            // Every third case is assigned.
            assignee_id: Set((i % 3 == 0).then_some(assignee)),
            duplicate_of: Set(None),
            purged_on: Set(None),
            consent: Set(None),
            consent_on: Set(None),
        });
        marks.push(case_indicators::ActiveModel {
            case_id: Set(id),
            indicator: Set(indicators[i % indicators.len()].into()),
        });
        if batch.len() == 1_000 {
            cases::Entity::insert_many(std::mem::take(&mut batch))
                .exec(db)
                .await
                .unwrap();
            case_indicators::Entity::insert_many(std::mem::take(&mut marks))
                .exec(db)
                .await
                .unwrap();
        }
    }
    overdue
}

/// A page of the JSON list and its next link.
async fn page(app: &TestApp, path: &str, cookie: &str) -> (Vec<serde_json::Value>, Option<String>) {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    let next = response.headers().get(LINK).map(|link| {
        let link = link.to_str().unwrap();
        assert!(link.ends_with("; rel=\"next\""), "{link}");
        link.trim_start_matches('<')
            .split(">;")
            .next()
            .unwrap()
            .to_string()
    });
    (response.json().await.unwrap(), next)
}

fn rank(priority: &str) -> u8 {
    match priority {
        "critical" => 0,
        "high" => 1,
        "medium" => 2,
        _ => 3,
    }
}

#[tokio::test]
async fn forty_thousand_cases_page_filter_count_and_remind() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Region Scale").await;
        let today = app.state.clock().today();
        let overdue = insert_cases(
            &app,
            team.buyer.org.org_id,
            team.buyer.supplier_id,
            team.handler_id,
            today,
        )
        .await;
        assert!(overdue > 50);

        // Pages follow each other in order, without repeats, and say when more follow.
        let mut seen = std::collections::HashSet::new();
        let mut path = "/api/v1/cases?limit=200".to_string();
        let mut last_rank = 0;
        for _ in 0..4 {
            let (cases, next) = page(&app, &path, &team.handler).await;
            assert_eq!(cases.len(), 200);
            for case in &cases {
                assert!(
                    seen.insert(case["id"].as_str().unwrap().to_string()),
                    "a repeat"
                );
                let rank = rank(case["priority"].as_str().unwrap());
                assert!(rank >= last_rank, "most urgent first");
                last_rank = rank;
            }
            path = next.expect("more follow");
        }
        let (first, _) = page(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(first.len(), 50, "50 unless asked");
        assert_eq!(first[0]["priority"], "critical");
        assert!(
            first[0]["overdue"].is_string(),
            "overdue critical cases come first"
        );

        for (filter, check) in [
            ("overdue=true", "overdue"),
            ("state=received", "state"),
            ("indicator=wages", "indicators"),
            ("priority=high", "priority"),
            ("supplier_id=SUPPLIER", "supplier"),
            ("assignee=HANDLER", "assignee"),
            ("assignee=none", "unassigned"),
            ("q=berry+farm", "supplier"),
        ] {
            let filter = filter
                .replace("SUPPLIER", &team.buyer.supplier_id.to_string())
                .replace("HANDLER", &team.handler_id.to_string());
            let (cases, next) = page(&app, &format!("/api/v1/cases?{filter}"), &team.handler).await;
            assert_eq!(cases.len(), 50, "{filter}");
            assert!(
                next.is_some_and(|n| n.contains(&filter)),
                "{filter}: the filter stays"
            );
            for case in &cases {
                match check {
                    "overdue" => assert!(case["overdue"].is_string()),
                    "state" => assert_eq!(case["state"], "received"),
                    "indicators" => assert!(case["indicators"].to_string().contains("wages")),
                    "priority" => assert_eq!(case["priority"], "high"),
                    "assignee" => assert_eq!(case["assignee"], team.handler_id.to_string()),
                    "unassigned" => assert!(case["assignee"].is_null()),
                    _ => assert!(case["supplier"].is_string()),
                }
            }
        }
        // A reference finds its one case among them all; report text finds nothing.
        let (found, next) = page(&app, "/api/v1/cases?q=kj-s012345", &team.handler).await;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0]["reference"], "KJ-S012345");
        assert!(next.is_none());
        let (found, _) = page(&app, "/api/v1/cases?q=passports", &team.handler).await;
        assert!(found.is_empty());

        // The export walks every page: all the cases, one line each, and the header.
        let csv = app
            .client
            .get(app.url("/api/v1/cases.csv?state=received"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(csv.status(), StatusCode::OK);
        let csv = csv.text().await.unwrap();
        assert_eq!(csv.lines().count(), CASES / 4 + 1);
        assert_eq!(
            csv.lines().filter(|l| l.starts_with("KJ-S")).count(),
            CASES / 4,
            "no case twice, none left out"
        );

        let bad = app
            .client
            .get(app.url("/api/v1/cases?limit=201"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
        let forged = app
            .client
            .get(app.url("/api/v1/cases?after=not-a-key"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), StatusCode::BAD_REQUEST);

        let html = get_text(&app, "/staff", &team.handler).await;
        assert!(
            html.contains("rel=\"next\""),
            "the page links the next page"
        );

        for by in ["supplier", "indicator", "month", "country"] {
            let (status, body) =
                staff::get_json(&app, &format!("/api/v1/stats?by={by}"), &team.admin).await;
            assert_eq!(status, StatusCode::OK, "{by}: {body}");
        }
        let (_, counts) = staff::get_json(&app, "/api/v1/stats?by=indicator", &team.admin).await;
        assert!(
            counts.to_string().contains("10000"),
            "each indicator counted: {counts}"
        );

        let digests = kedja::notify::reminders::queue_due(app.state.db(), app.state.clock().now())
            .await
            .unwrap();
        assert_eq!(digests, 2, "one digest each for the admin and the handler");
        // The late open cases, no more: the rest are far from their deadlines.
        let digest = kedja::store::entities::outbox::Entity::find()
            .filter(kedja::store::entities::outbox::Column::MemberId.eq(team.handler_id))
            .filter(kedja::store::entities::outbox::Column::Kind.eq("deadline_digest"))
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        let payload = kedja::notify::Payload::parse(&digest.payload);
        assert_eq!(payload.overdue, Some(overdue as u64));
        assert_eq!(payload.due_soon, Some(0));
        app.stop().await;
    })
    .await;
}

//! Retention: an expired case loses everything a person wrote, keeps what the aggregates count,
//! and the audit chain still verifies.

use crate::helpers::{each_backend, fixtures};
use kedja::store::entities::{attachments, case_contents, case_indicators, cases, messages};
use reqwest::StatusCode;
use reqwest::header::COOKIE;
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait, IntoActiveModel};
use serde_json::json;

const NARRATIVE: &str = "Retention test: the owner of the farm keeps our passports";

#[tokio::test]
async fn purge_removes_an_expired_case_content_and_keeps_the_chain() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Gallring").await;
        let receipt = fixtures::submit(&app, &fixtures::report(buyer.supplier_id, NARRATIVE)).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let photo = reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("p.jpg");
        let uploaded = app
            .client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &reporter)
            .multipart(reqwest::multipart::Form::new().part("file", photo))
            .send()
            .await
            .unwrap();
        assert_eq!(uploaded.status(), StatusCode::CREATED);
        app.client
            .post(app.url("/api/v1/reporter/messages"))
            .header(COOKIE, &reporter)
            .json(&json!({"body": "one more thing"}))
            .send()
            .await
            .unwrap();
        fixtures::submit(
            &app,
            &fixtures::report(buyer.supplier_id, "A second, open case"),
        )
        .await;
        let db = app.state.db();
        let all = cases::Entity::find().all(db.conn()).await.unwrap();
        let (old, open) = (all[0].clone(), all[1].clone());
        // Closed three years ago: past the default 24 months.
        let mut closed = old.clone().into_active_model();
        closed.state = Set("closed".into());
        closed.resolution = Set(Some("substantiated".into()));
        closed.closed_on = Set(Some(app.state.clock().today() - chrono::Days::new(3 * 365)));
        closed.update(db.conn()).await.unwrap();

        let blobs = app.state.blobs().clone();
        let dry = kedja::retention::purge(db, &blobs, app.state.clock(), true)
            .await
            .unwrap();
        assert_eq!(dry.cases.len(), 1);
        assert!(dry.to_string().starts_with("would purge 1 case(s)"));
        assert!(
            case_contents::Entity::find_by_id(old.id)
                .one(db.conn())
                .await
                .unwrap()
                .is_some(),
            "a dry run deletes nothing"
        );

        let done = kedja::retention::purge(db, &blobs, app.state.clock(), false)
            .await
            .unwrap();
        assert_eq!(done.cases.len(), 1);
        assert_eq!(done.blobs, 1);
        assert!(
            case_contents::Entity::find_by_id(old.id)
                .one(db.conn())
                .await
                .unwrap()
                .is_none()
        );
        let left_messages = messages::Entity::find().all(db.conn()).await.unwrap();
        assert!(left_messages.iter().all(|m| m.case_id != old.id));
        assert!(
            attachments::Entity::find()
                .all(db.conn())
                .await
                .unwrap()
                .is_empty()
        );
        let row = cases::Entity::find_by_id(old.id)
            .one(db.conn())
            .await
            .unwrap()
            .unwrap();
        assert!(
            row.purged_on.is_some(),
            "the clear row stays for the aggregates"
        );
        let indicators = case_indicators::Entity::find()
            .all(db.conn())
            .await
            .unwrap();
        assert!(
            indicators.iter().any(|i| i.case_id == old.id),
            "so do its indicator codes"
        );
        assert!(
            case_contents::Entity::find_by_id(open.id)
                .one(db.conn())
                .await
                .unwrap()
                .is_some(),
            "the open case is untouched"
        );

        // The reporter's receipt opens nothing any more; the chain still verifies.
        let again = app
            .client
            .post(app.url("/api/v1/reporter/session"))
            .json(&json!({"receipt": receipt}))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
        let stale = app
            .client
            .get(app.url("/api/v1/reporter/case"))
            .header(COOKIE, &reporter)
            .send()
            .await
            .unwrap();
        assert_eq!(stale.status(), StatusCode::UNAUTHORIZED);
        match kedja::audit::verify(db.conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { .. } => {}
            broken => panic!("{broken:?}"),
        }
        let second = kedja::retention::purge(db, &blobs, app.state.clock(), false)
            .await
            .unwrap();
        assert!(second.cases.is_empty(), "purging twice finds nothing new");
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn purge_removes_escalated_copies_and_leaves_no_evidence_file() {
    use crate::helpers::staff::{get_json, make_team, post_json};
    use kedja::store::entities::{escalation_evidence, escalation_responses, escalations};
    each_backend(|app| async move {
        let team = make_team(&app, "Region Arkiv").await;
        let authority = kedja::admin::provision::create_organisation(
            app.state.db(),
            app.state.clock(),
            kedja::admin::provision::NewOrganisation {
                name: "Inspectorate Arkiv".into(),
                kind: kedja::domain::accounts::OrgKind::Authority,
                admin_email: "admin@inspectorate-arkiv.example".into(),
                admin_password: secrecy::SecretString::from("a long admin passphrase"),
                with_totp: false,
            },
        )
        .await
        .unwrap();
        let receipt =
            fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let photo = reqwest::multipart::Part::bytes(fixtures::photo_with_exif()).file_name("p.jpg");
        app.client
            .post(app.url("/api/v1/reporter/attachments"))
            .header(COOKIE, &reporter)
            .multipart(reqwest::multipart::Form::new().part("file", photo))
            .send()
            .await
            .unwrap();
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let id = list[0]["id"].as_str().unwrap().to_string();
        let (_, detail) = get_json(&app, &format!("/api/v1/cases/{id}"), &team.handler).await;
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/escalations"),
            &team.handler,
            json!({
                "authority_org_id": authority.org_id,
                "summary": "Escalated before retention ran",
                "attachment_ids": [detail["attachments"][0]["id"]],
                "legal_reason": "duty to report",
            }),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);
        let mut files = Vec::new();
        crate::helpers::every_file(&app.data_dir.join("blobs"), &mut files);
        let evidence_files = |files: &[std::path::PathBuf]| {
            files
                .iter()
                .filter(|f| !f.to_string_lossy().contains("staging"))
                .count()
        };
        assert_eq!(
            evidence_files(&files),
            2,
            "the original and the authority's copy"
        );

        let db = app.state.db();
        let case = cases::Entity::find_by_id(uuid::Uuid::parse_str(&id).unwrap())
            .one(db.conn())
            .await
            .unwrap()
            .unwrap();
        let mut closed = case.into_active_model();
        closed.state = Set("closed".into());
        closed.resolution = Set(Some("substantiated".into()));
        closed.closed_on = Set(Some(app.state.clock().today() - chrono::Days::new(3 * 365)));
        closed.update(db.conn()).await.unwrap();
        let blobs = app.state.blobs().clone();
        let done = kedja::retention::purge(db, &blobs, app.state.clock(), false)
            .await
            .unwrap();
        assert_eq!(done.cases.len(), 1);
        assert_eq!(done.blobs, 2);
        let mut files = Vec::new();
        crate::helpers::every_file(&app.data_dir.join("blobs"), &mut files);
        assert_eq!(evidence_files(&files), 0, "{files:?}");
        assert!(
            escalations::Entity::find()
                .all(db.conn())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            escalation_evidence::Entity::find()
                .all(db.conn())
                .await
                .unwrap()
                .is_empty()
        );
        assert!(
            escalation_responses::Entity::find()
                .all(db.conn())
                .await
                .unwrap()
                .is_empty()
        );
        match kedja::audit::verify(db.conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { .. } => {}
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

//! Admins and the shared supplier directory: linking to an existing record instead of making a
//! second one, the suggestion when a new supplier resembles one, and the routing rules page.

use crate::helpers::each_backend;
use crate::helpers::fixtures;
use crate::helpers::staff::*;
use kedja::admin::provision::{self, NewOrganisation};
use kedja::domain::accounts::OrgKind;
use kedja::store::entities::contracts;
use reqwest::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::json;

#[tokio::test]
async fn an_admin_links_an_existing_supplier_and_is_offered_linking_before_adding_a_copy() {
    each_backend(|app| async move {
        let first = make_team(&app, "Region Först").await;
        let second = make_team(&app, "Region Andra").await;
        let page = get_text(&app, "/staff/suppliers", &second.admin).await;
        let csrf = csrf_in(&page);

        // The directory search finds the first buyer's supplier, not the second's own.
        let found = get_text(
            &app,
            "/staff/suppliers?q=forst+berry&country=se",
            &second.admin,
        )
        .await;
        let link = format!("/staff/suppliers/{}/link", first.buyer.supplier_id);
        assert!(found.contains(&link), "{found}");

        // Adding a copy of it is held: the page offers the existing record, keeps what was typed.
        let copy = [
            ("name", "Region Först Berry Farm AB"),
            ("country", "SE"),
            ("city", "Kalmar"),
        ];
        let (status, _, body) =
            post_form(&app, "/staff/suppliers", &second.admin, &csrf, &copy).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(
            body.contains(&link) && body.contains("value=\"Kalmar\""),
            "{body}"
        );
        assert!(body.contains("name=\"new_anyway\""));

        // Linking makes the second buyer a buyer of the same record.
        let (status, location, _) = post_form(&app, &link, &second.admin, &csrf, &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location.as_deref(), Some("/staff/suppliers?done=linked"));
        let (status, _, _) = post_form(&app, &link, &second.admin, &csrf, &[]).await;
        assert_eq!(status, StatusCode::CONFLICT, "linked once");
        let mine = get_text(&app, "/staff/suppliers?done=linked", &second.admin).await;
        assert!(mine.contains("Region Först Berry Farm") && mine.contains("role=\"status\""));

        // A report about it reaches the first buyer, which can now share it with the second.
        fixtures::submit(
            &app,
            &fixtures::report(first.buyer.supplier_id, "Passports kept"),
        )
        .await;
        let (_, list) = get_json(&app, "/api/v1/cases", &first.handler).await;
        let id = list[0]["id"].as_str().unwrap();
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{id}/shares"),
            &first.handler,
            json!({"org_id": second.buyer.org.org_id}),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED);

        // A different workplace of a similar name is added once the admin says so.
        let mut different = copy.to_vec();
        different.push(("new_anyway", "on"));
        let (status, location, _) =
            post_form(&app, "/staff/suppliers", &second.admin, &csrf, &different).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location.as_deref(), Some("/staff/suppliers?done=added"));

        // A supplier nobody buys from now cannot be claimed: its reports stay with the
        // coordinator until the operator links it.
        let orphan = fixtures::buyer(&app, "Region Slutat").await;
        contracts::Entity::update_many()
            .col_expr(contracts::Column::Active, false.into())
            .filter(contracts::Column::SupplierId.eq(orphan.supplier_id))
            .exec(app.state.db().conn())
            .await
            .unwrap();
        let claim = format!("/staff/suppliers/{}/link", orphan.supplier_id);
        let (status, _, body) = post_form(&app, &claim, &second.admin, &csrf, &[]).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(body.contains("operator"), "{body}");

        // Handlers do not manage suppliers.
        let (status, _, _) = post_form(&app, &link, &second.handler, &csrf, &[]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let response = app
            .client
            .get(app.url("/staff/suppliers"))
            .header(reqwest::header::COOKIE, &second.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_coordinators_admin_sets_routing_rules_and_a_buyers_admin_only_reads_its_own() {
    each_backend(|app| async move {
        let buyer = make_team(&app, "Region Regel").await;
        let other = make_team(&app, "Region Annan").await;
        let coordinator = provision::create_organisation(
            app.state.db(),
            app.state.clock(),
            NewOrganisation {
                name: "Samordnaren".into(),
                kind: OrgKind::Coordinator,
                admin_email: "admin@samordnaren.example".into(),
                admin_password: SecretString::from(PASSWORD),
                with_totp: true,
            },
        )
        .await
        .unwrap();
        let otpauth = coordinator.otpauth_uri.unwrap().to_string();
        let admin = session(
            &app,
            "admin@samordnaren.example",
            PASSWORD,
            Some(code(&app, &otpauth)),
        )
        .await;
        let page = get_text(&app, "/staff/routing", &admin).await;
        assert!(page.contains("No routing rules"), "{page}");
        let csrf = csrf_in(&page);

        // A rule must say what it matches; what was typed comes back.
        let target = buyer.buyer.org.org_id.to_string();
        let (status, _, body) = post_form(
            &app,
            "/staff/routing",
            &admin,
            &csrf,
            &[("org_id", &target), ("sector", ""), ("position", "5")],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.contains("role=\"alert\"") && body.contains("value=\"5\""));

        // Reports about the other buyer's supplier go to the first buyer while the rule stands.
        let (status, location, body) = post_form(
            &app,
            "/staff/routing",
            &admin,
            &csrf,
            &[("org_id", &target), ("site_code", &other.buyer.site_code)],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
        assert_eq!(location.as_deref(), Some("/staff/routing?done=added"));
        fixtures::submit(
            &app,
            &fixtures::report(other.buyer.supplier_id, "Wages held"),
        )
        .await;
        assert_eq!(cases(&app, &buyer.handler, "").await.len(), 1);
        assert!(cases(&app, &other.handler, "").await.is_empty());

        // Both buyers' admins read the rule (it names one's organisation and the other's
        // supplier); neither may change it, and handlers may not see it.
        for team in [&buyer, &other] {
            let read = get_text(&app, "/staff/routing", &team.admin).await;
            assert!(read.contains("Region Annan Berry Farm") && !read.contains("/delete"));
            let (status, _, _) = post_form(
                &app,
                "/staff/routing",
                &team.admin,
                &csrf_in(&read),
                &[("org_id", &target), ("country", "SE")],
            )
            .await;
            assert_eq!(status, StatusCode::FORBIDDEN);
        }
        let refused = app
            .client
            .get(app.url("/staff/routing"))
            .header(reqwest::header::COOKIE, &buyer.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);

        // Removing it sends the next report by contract again.
        let listed = get_text(&app, "/staff/routing", &admin).await;
        let at = listed.find("/staff/routing/").unwrap();
        let remove = listed[at..].split('"').next().unwrap().to_string();
        let (status, location, _) = post_form(&app, &remove, &admin, &csrf, &[]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location.as_deref(), Some("/staff/routing?done=removed"));
        let (status, _, _) = post_form(&app, &remove, &admin, &csrf, &[]).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        fixtures::submit(
            &app,
            &fixtures::report(other.buyer.supplier_id, "Still held"),
        )
        .await;
        assert_eq!(cases(&app, &other.handler, "").await.len(), 1);
        app.stop().await;
    })
    .await;
}

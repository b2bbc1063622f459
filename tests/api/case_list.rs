//! The case list's tools: search by reference and supplier name (never by report text), the
//! assignee and supplier filters, bulk assignment and closing, and the CSV export.

use kedja::admin::provision::{self, NewSupplier};
use reqwest::StatusCode;
use reqwest::header::{CONTENT_DISPOSITION, CONTENT_TYPE, COOKIE};
use serde_json::json;

use crate::helpers::staff::{self, Team, get_json, get_text, make_team, post_json, put_json};
use crate::helpers::{TestApp, each_backend, fixtures};

const NARRATIVE: &str = "The foreman keeps our passports in a locked drawer";

/// The value of the first `name="csrf"` field on a page.
fn csrf_of(html: &str) -> String {
    let at =
        html.find("name=\"csrf\" value=\"").expect("a CSRF field") + "name=\"csrf\" value=\"".len();
    html[at..].split('"').next().unwrap().to_string()
}

/// Adds a supplier the team's buyer has a contract with.
async fn supplier(app: &TestApp, team: &Team, name: &str) -> uuid::Uuid {
    provision::add_supplier(
        app.state.db(),
        app.state.clock(),
        NewSupplier {
            org_id: team.buyer.org.org_id,
            name: name.into(),
            country: "TR".into(),
            city: Some("Adana".into()),
            sector: None,
            contract: Some("C-2".into()),
            other_names: None,
        },
    )
    .await
    .unwrap()
    .supplier_id
}

fn references(list: &serde_json::Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| c["reference"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn search_finds_cases_by_reference_and_supplier_name_but_never_by_report_text() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Sok").await;
        let textile = supplier(&app, &team, "Çukurova Tekstil").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        fixtures::submit(&app, &fixtures::report(textile, NARRATIVE)).await;
        let (_, all) = get_json(&app, "/api/v1/cases", &team.handler).await;
        assert_eq!(all.as_array().unwrap().len(), 2);
        let berry = all
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["supplier"] == "Region Sok Berry Farm")
            .unwrap()
            .clone();
        let reference = berry["reference"].as_str().unwrap().to_string();

        // A reference as typed: any case, spaces inside.
        let lower = reference.to_lowercase();
        let typed = format!(" {} {} ", &lower[..7], &lower[7..]);
        for q in [reference.clone(), typed] {
            let (status, found) = get_json(
                &app,
                &format!("/api/v1/cases?q={}", urlencode(&q)),
                &team.handler,
            )
            .await;
            assert_eq!(status, StatusCode::OK, "{q}");
            assert_eq!(references(&found), std::slice::from_ref(&reference), "{q}");
        }
        // A supplier's name, folded: diacritics and case do not matter.
        for (q, supplier) in [
            ("cukurova", "Çukurova Tekstil"),
            ("ÇUKUROVA tekstil", "Çukurova Tekstil"),
            ("berry farm", "Region Sok Berry Farm"),
        ] {
            let (_, found) = get_json(
                &app,
                &format!("/api/v1/cases?q={}", urlencode(q)),
                &team.handler,
            )
            .await;
            let found = found.as_array().unwrap();
            assert_eq!(found.len(), 1, "{q}");
            assert_eq!(found[0]["supplier"], supplier, "{q}");
        }
        // What the worker wrote is sealed: it finds nothing, nor does punctuation alone.
        for q in ["passports", "foreman locked drawer", "%", "KJ-ZZZZZZZZ"] {
            let (status, found) = get_json(
                &app,
                &format!("/api/v1/cases?q={}", urlencode(q)),
                &team.handler,
            )
            .await;
            assert_eq!(status, StatusCode::OK);
            assert!(found.as_array().unwrap().is_empty(), "{q} finds nothing");
        }
        let (status, body) = get_json(
            &app,
            &format!("/api/v1/cases?q={}", "x".repeat(201)),
            &team.handler,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body["message"].as_str().unwrap().contains('q'), "{body}");

        // Another organisation's handler finds none of these cases by reference.
        let other = make_team(&app, "Kommun Sok").await;
        let (_, found) = get_json(
            &app,
            &format!("/api/v1/cases?q={reference}"),
            &other.handler,
        )
        .await;
        assert!(found.as_array().unwrap().is_empty());

        // The page searches the same way and says what cannot be searched.
        let html = get_text(&app, "/staff?q=cukurova", &team.handler).await;
        assert!(html.contains("Çukurova Tekstil"));
        assert!(!html.contains("Region Sok Berry Farm</td>"));
        assert!(html.contains("value=\"cukurova\""), "the search is kept");
        assert!(html.contains("cannot be searched"), "the page says so");
        app.stop().await;
    })
    .await;
}

fn urlencode(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[tokio::test]
async fn the_list_filters_on_assignee_and_supplier_and_shows_the_feedback_deadline() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Filter").await;
        let textile = supplier(&app, &team, "Dhaka Knit").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        fixtures::submit(&app, &fixtures::report(textile, NARRATIVE)).await;
        let (_, all) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let knit = all
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["supplier"] == "Dhaka Knit")
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let (status, _) = put_json(
            &app,
            &format!("/api/v1/cases/{knit}/assignee"),
            &team.handler,
            json!({"user_id": team.handler_id}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{knit}/transitions"),
            &team.handler,
            json!({"to": "acknowledged"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);

        let (_, mine) = get_json(
            &app,
            &format!("/api/v1/cases?assignee={}", team.handler_id),
            &team.handler,
        )
        .await;
        assert_eq!(mine.as_array().unwrap().len(), 1);
        assert_eq!(mine[0]["id"], knit.as_str());
        let (_, nobodys) = get_json(&app, "/api/v1/cases?assignee=none", &team.handler).await;
        assert_eq!(nobodys.as_array().unwrap().len(), 1);
        assert_ne!(nobodys[0]["id"], knit.as_str());
        let (status, _) = get_json(&app, "/api/v1/cases?assignee=someone", &team.handler).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (_, knits) = get_json(
            &app,
            &format!("/api/v1/cases?supplier_id={textile}"),
            &team.handler,
        )
        .await;
        assert_eq!(knits.as_array().unwrap().len(), 1);

        // The page offers both filters, keeps what was chosen and shows the feedback deadline.
        let html = get_text(
            &app,
            &format!("/staff?assignee={}&supplier_id={textile}", team.handler_id),
            &team.handler,
        )
        .await;
        assert!(html.contains("name=\"assignee\""));
        assert!(html.contains("name=\"supplier_id\""));
        assert!(html.contains(&format!("value=\"{textile}\" selected")));
        assert!(html.contains(&format!("value=\"{}\" selected", team.handler_id)));
        assert!(html.contains("Feedback by"));
        let feedback = mine[0]["feedback_by"].as_str().unwrap();
        assert!(html.contains(&format!("<td>{feedback}</td>")), "{html}");
        assert!(
            html.contains(&format!("<td>{}</td>", team.handler_email)),
            "the assignee is shown"
        );
        assert!(!html.contains("Region Filter Berry Farm ("), "filtered out");
        app.stop().await;
    })
    .await;
}

/// Posts the bulk form as a browser would: the CSRF token of the list page, the ticked cases.
async fn bulk(app: &TestApp, cookie: &str, fields: &[(&str, String)]) -> (StatusCode, String) {
    let list = get_text(app, "/staff", cookie).await;
    let mut form = vec![("csrf", csrf_of(&list))];
    form.extend(fields.iter().cloned());
    let response = app
        .client
        .post(app.url("/staff/cases/bulk"))
        .header(COOKIE, cookie)
        .form(&form)
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

#[tokio::test]
async fn bulk_actions_go_case_by_case_and_say_which_were_refused_and_why() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Bulk").await;
        for _ in 0..3 {
            fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        }
        let (_, list) = get_json(&app, "/api/v1/cases", &team.handler).await;
        let ids: Vec<String> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect();
        let other = make_team(&app, "Kommun Bulk").await;
        fixtures::submit(&app, &fixtures::report(other.buyer.supplier_id, NARRATIVE)).await;
        let (_, theirs) = get_json(&app, "/api/v1/cases", &other.handler).await;
        let their_reference = theirs[0]["reference"].as_str().unwrap().to_string();
        let theirs = theirs[0]["id"].as_str().unwrap().to_string();

        // Assign all three to the handler: each through the same checks as on the case page.
        let mut fields: Vec<(&str, String)> = ids.iter().map(|id| ("case", id.clone())).collect();
        fields.push(("action", "assign".into()));
        fields.push(("user_id", team.handler_id.to_string()));
        let (status, html) = bulk(&app, &team.handler, &fields).await;
        assert_eq!(status, StatusCode::OK, "{html}");
        assert!(html.contains("3 cases assigned."), "{html}");
        let (_, mine) = get_json(
            &app,
            &format!("/api/v1/cases?assignee={}", team.handler_id),
            &team.handler,
        )
        .await;
        assert_eq!(mine.as_array().unwrap().len(), 3);

        // Close with one resolution: one case is closed already, one belongs to another
        // organisation. Those two are refused and said why; the rest are closed.
        let (status, _) = post_json(
            &app,
            &format!("/api/v1/cases/{}/transitions", ids[0]),
            &team.handler,
            json!({"to": "closed", "resolution": "withdrawn"}),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        let closed_ref = list[0]["reference"].as_str().unwrap().to_string();
        let mut fields: Vec<(&str, String)> = ids.iter().map(|id| ("case", id.clone())).collect();
        fields.push(("case", theirs.clone()));
        fields.push(("action", "close".into()));
        fields.push(("resolution", "out_of_scope".into()));
        let (status, html) = bulk(&app, &team.handler, &fields).await;
        assert_eq!(status, StatusCode::OK, "{html}");
        assert!(html.contains("2 cases closed."), "{html}");
        let refused = html.split("id=\"bulk-refused\"").nth(1).unwrap();
        let refused = refused.split("</div>").next().unwrap();
        assert!(
            refused.contains(&closed_ref),
            "the closed case, by reference"
        );
        assert!(
            refused.contains(&theirs),
            "the other organisation's, by the id sent only"
        );
        assert!(
            !html.contains(&their_reference),
            "a case the caller may not see is not named"
        );
        for id in &ids[1..] {
            let case = staff::case(&app, id, &team.handler).await;
            assert_eq!(case.summary.state, "closed");
            assert_eq!(case.resolution.as_deref(), Some("out_of_scope"));
        }
        let (_, still) = get_json(&app, "/api/v1/cases", &other.handler).await;
        assert_eq!(
            still[0]["state"], "received",
            "another organisation's case is untouched"
        );

        // Form mistakes come back beside the form, with the ticks kept.
        let (status, html) = bulk(
            &app,
            &team.handler,
            &[("action", "assign".into()), ("user_id", String::new())],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(html.contains("id=\"bulk-error\""), "{html}");
        let (status, html) = bulk(
            &app,
            &team.handler,
            &[("case", ids[1].clone()), ("action", "close".into())],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(html.contains("id=\"bulk-error\""));
        let (status, _) = bulk(
            &app,
            &team.handler,
            &[
                ("case", ids[1].clone()),
                ("action", "close".into()),
                ("resolution", "duplicate".into()),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "duplicates one at a time");
        let too_many: Vec<(&str, String)> = (0..201)
            .map(|_| ("case", uuid::Uuid::new_v4().to_string()))
            .chain([("action", "assign".to_string())])
            .collect();
        let (status, _) = bulk(&app, &team.handler, &too_many).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "at most one page");

        // Callers who must be refused: no session, a forged token, an authority member.
        let response = app
            .client
            .post(app.url("/staff/cases/bulk"))
            .form(&[("case", ids[1].as_str()), ("action", "assign")])
            .send()
            .await
            .unwrap();
        assert!(
            matches!(
                response.status(),
                StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::SEE_OTHER
            ),
            "{}",
            response.status()
        );
        let response = app
            .client
            .post(app.url("/staff/cases/bulk"))
            .header(COOKIE, &team.handler)
            .form(&[
                ("csrf", "forged"),
                ("case", ids[1].as_str()),
                ("action", "assign"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let authority = authority_session(&app).await;
        let page = get_text(&app, "/authority", &authority).await;
        let response = app
            .client
            .post(app.url("/staff/cases/bulk"))
            .header(COOKIE, &authority)
            .form(&[
                ("csrf", csrf_of(&page).as_str()),
                ("case", theirs.as_str()),
                ("action", "assign"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN);
        let (_, still) = get_json(&app, "/api/v1/cases", &other.handler).await;
        assert!(still[0]["assignee"].is_null());
        app.stop().await;
    })
    .await;
}

async fn authority_session(app: &TestApp) -> String {
    let totp = fixtures::authority_admin(app, "Labour Inspectorate").await;
    staff::session(
        app,
        "admin@labour-inspectorate.example",
        staff::PASSWORD,
        Some(staff::code(app, &totp)),
    )
    .await
}

/// A CSV download and its parsed rows.
async fn csv(app: &TestApp, path: &str, cookie: &str) -> (StatusCode, Vec<Vec<String>>, String) {
    let response = app
        .client
        .get(app.url(path))
        .header(COOKIE, cookie)
        .send()
        .await
        .unwrap();
    let status = response.status();
    if status != StatusCode::OK {
        return (status, Vec::new(), String::new());
    }
    assert!(
        response.headers()[CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let disposition = response.headers()[CONTENT_DISPOSITION].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment; filename=\"cases-"),
        "{disposition}"
    );
    let text = response.text().await.unwrap();
    let rows = text
        .lines()
        .map(|line| line.split(',').map(str::to_string).collect())
        .collect();
    (status, rows, text)
}

#[tokio::test]
async fn the_csv_export_holds_clear_columns_only_and_no_formula() {
    each_backend(|app| async move {
        let team = make_team(&app, "Region Export").await;
        let formula = supplier(&app, &team, "=HYPERLINK(\"http://evil.example\")").await;
        fixtures::submit(&app, &fixtures::report(team.buyer.supplier_id, NARRATIVE)).await;
        fixtures::submit(&app, &fixtures::report(formula, NARRATIVE)).await;
        let other = make_team(&app, "Kommun Export").await;
        fixtures::submit(&app, &fixtures::report(other.buyer.supplier_id, NARRATIVE)).await;
        let (_, theirs) = get_json(&app, "/api/v1/cases", &other.handler).await;
        let their_reference = theirs[0]["reference"].as_str().unwrap().to_string();
        let (_, ours) = get_json(&app, "/api/v1/cases", &team.handler).await;

        for path in ["/staff/cases.csv", "/api/v1/cases.csv"] {
            let (status, rows, text) = csv(&app, path, &team.handler).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            assert_eq!(
                rows[0],
                [
                    "reference",
                    "state",
                    "priority",
                    "retaliation_risk",
                    "supplier",
                    "country",
                    "received_on",
                    "acknowledge_by",
                    "feedback_by",
                    "overdue",
                    "assignee_email"
                ]
            );
            assert_eq!(rows.len(), 3, "{text}");
            for case in ours.as_array().unwrap() {
                assert!(text.contains(case["reference"].as_str().unwrap()));
            }
            assert!(
                !text.contains(&their_reference),
                "another organisation's case"
            );
            for word in NARRATIVE.split(' ').filter(|w| w.len() > 4) {
                assert!(!text.contains(word), "report text: {word}");
            }
            assert!(
                text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
                "the formula is text: {text}"
            );
            assert!(!text.contains(",=") && !text.contains("\n="));
        }
        // The list's filters apply.
        let (_, rows, _) = csv(
            &app,
            &format!("/staff/cases.csv?supplier_id={formula}"),
            &team.handler,
        )
        .await;
        assert_eq!(rows.len(), 2);
        let (_, rows, _) = csv(&app, "/api/v1/cases.csv?q=berry", &team.handler).await;
        assert_eq!(rows.len(), 2);
        let (status, _, _) = csv(&app, "/api/v1/cases.csv?state=nonsense", &team.handler).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // Each export is audited, without what was searched for.
        use kedja::store::entities::audit_log;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let exports = audit_log::Entity::find()
            .filter(audit_log::Column::Action.eq("cases.exported"))
            .all(app.state.db().conn())
            .await
            .unwrap();
        assert_eq!(
            exports.len(),
            4,
            "each export that ran, not the refused one"
        );
        assert!(exports.iter().all(|e| !e.details.contains("berry")));

        // Callers who must be refused: no session, an authority member.
        let response = app.get("/api/v1/cases.csv").await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        let response = app.get("/staff/cases.csv").await;
        assert_ne!(response.status(), StatusCode::OK);
        let authority = authority_session(&app).await;
        let (status, _, _) = csv(&app, "/api/v1/cases.csv", &authority).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = csv(&app, "/staff/cases.csv", &authority).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        app.stop().await;
    })
    .await;
}

//! The case page as a handler uses it with JavaScript off: a form for every action the API
//! has, errors beside their form with what was typed kept, a notice after each action, and
//! what a co-buyer, an outsider and a stale session may not do.

use crate::helpers::fixtures;
use crate::helpers::staff::*;
use crate::helpers::{TestApp, each_backend};
use reqwest::StatusCode;
use serde_json::Value;

const NARRATIVE: &str = "The agency keeps our passports in its office safe";
const OWNER_NOTE: &str = "Internal: the site manager is the director's cousin";
const PARTNER_NOTE: &str = "Partner: we audit this site in March";

/// Two reports about the owner's supplier, most urgent first; answers their ids.
async fn two_cases(app: &TestApp, owner: &Team) -> (String, String) {
    fixtures::submit(app, &fixtures::report(owner.buyer.supplier_id, NARRATIVE)).await;
    fixtures::submit(
        app,
        &fixtures::report(owner.buyer.supplier_id, "The same: passports kept"),
    )
    .await;
    let (_, list) = get_json(app, "/api/v1/cases", &owner.handler).await;
    let ids: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    (ids[0].clone(), ids[1].clone())
}

/// The case page and its CSRF token.
async fn page(app: &TestApp, id: &str, cookie: &str) -> (String, String) {
    let html = get_text(app, &format!("/staff/cases/{id}"), cookie).await;
    let csrf = csrf_in(&html);
    (html, csrf)
}

async fn case_json(app: &TestApp, id: &str, cookie: &str) -> Value {
    let (status, case) = get_json(app, &format!("/api/v1/cases/{id}"), cookie).await;
    assert_eq!(status, StatusCode::OK, "{case}");
    case
}

#[tokio::test]
async fn every_case_action_works_from_the_case_page_without_javascript() {
    each_backend(|app| async move {
        let owner = make_team(&app, "Region Ägare").await;
        let (a, b) = two_cases(&app, &owner).await;
        let (html, csrf) = page(&app, &a, &owner.handler).await;
        for action in [
            "transitions",
            "messages",
            "notes",
            "assignee",
            "priority",
            "retaliation-risk",
            "recusal",
            "escalations",
        ] {
            assert!(
                html.contains(&format!("action=\"/staff/cases/{a}/{action}\"")),
                "the page has a form for {action}"
            );
        }
        assert!(html.contains("Region Ägare") && html.contains("Not assessed yet"));
        assert!(
            html.contains("<option value=\"\">Choose a state</option>")
                && !html.contains("<option value=\"acknowledged\" selected"),
            "no state is preselected"
        );
        assert!(
            !html.contains("name=\"message\""),
            "the state form sends no message: writing to the reporter is its own form"
        );
        let path = |action: &str| format!("/staff/cases/{a}/{action}");

        // A mistake comes back beside its form, with what was typed kept.
        let (status, _, body) = post_form(
            &app,
            &path("transitions"),
            &owner.handler,
            &csrf,
            &[("to", ""), ("reason", "typed and kept")],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body.contains("id=\"state-error\"") && body.contains("typed and kept"),
            "{body}"
        );
        let (status, _, body) = post_form(
            &app,
            &path("priority"),
            &owner.handler,
            &csrf,
            &[("priority", "critical"), ("reason", "")],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(
            body.contains("<option value=\"critical\" selected>"),
            "the chosen priority is kept"
        );
        assert!(body.contains("role=\"alert\""), "{body}");

        // Each action returns to the page with a notice.
        let handler_id = owner.handler_id.to_string();
        for (action, fields, done) in [
            ("transitions", vec![("to", "acknowledged")], "state"),
            (
                "messages",
                vec![("body", "We read your report.")],
                "message",
            ),
            ("notes", vec![("body", OWNER_NOTE)], "note"),
            ("assignee", vec![("user_id", handler_id.as_str())], "assign"),
            (
                "priority",
                vec![("priority", "critical"), ("reason", "Passports held")],
                "priority",
            ),
            (
                "retaliation-risk",
                vec![("risk", "high"), ("note", "Small site")],
                "risk",
            ),
            (
                "feedback-deadline",
                vec![("months", "2"), ("reason", "Waiting for the audit")],
                "deadline",
            ),
        ] {
            let before = case_json(&app, &a, &owner.handler).await;
            let (status, location, body) =
                post_form(&app, &path(action), &owner.handler, &csrf, &fields).await;
            assert_eq!(status, StatusCode::SEE_OTHER, "{action}: {body}");
            let location = location.unwrap();
            assert!(
                location.starts_with(&format!("/staff/cases/{a}?done={done}")),
                "{location}"
            );
            let shown = get_text(&app, &location, &owner.handler).await;
            assert!(shown.contains("role=\"status\""), "{action} shows a notice");
            if action == "feedback-deadline" {
                let after = case_json(&app, &a, &owner.handler).await;
                assert_ne!(before["feedback_by"], after["feedback_by"]);
            }
        }
        let case = case_json(&app, &a, &owner.handler).await;
        assert_eq!(case["state"], "acknowledged");
        assert_eq!(case["priority"], "critical");
        assert_eq!(case["retaliation_risk"], "high");
        assert_eq!(case["assignee"], owner.handler_id.to_string());
        let (html, _) = page(&app, &a, &owner.handler).await;
        assert!(
            html.contains("High: approaching the supplier could expose the reporter")
                && html.contains("answers gave high")
                && html.contains("cousin")
                && html.contains(&owner.handler_email),
            "risk beside priority, the override, and the note author: {html}"
        );
        for code in [
            "case.transition",
            "case.read",
            "note.added",
            "case.assigned",
        ] {
            assert!(
                !html.contains(code),
                "the timeline shows no raw code {code}"
            );
        }

        // A duplicate is named by the reference handlers see, in any case, and both cases
        // show the link.
        let reference = case["reference"].as_str().unwrap().to_string();
        let (status, _, body) = post_form(
            &app,
            &format!("/staff/cases/{b}/transitions"),
            &owner.handler,
            &csrf,
            &[
                ("to", "closed"),
                ("resolution", "duplicate"),
                ("duplicate_of", &reference.to_lowercase()),
            ],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
        let (html_b, _) = page(&app, &b, &owner.handler).await;
        assert!(html_b.contains("Repeats") && html_b.contains(&format!("/staff/cases/{a}")));
        let (html_a, _) = page(&app, &a, &owner.handler).await;
        let reference_b = case_json(&app, &b, &owner.handler).await["reference"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(html_a.contains("Repeated by") && html_a.contains(&reference_b));

        // Stepping aside: the case is gone for the handler, not for the organisation.
        let (status, _, body) = post_form(&app, &path("recusal"), &owner.handler, &csrf, &[]).await;
        assert_eq!(status, StatusCode::OK);
        assert!(body.contains("You stepped aside"));
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{a}"), &owner.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{a}"), &owner.admin).await;
        assert_eq!(status, StatusCode::OK);

        // A forged token is refused, and so is a caller with no session.
        let (status, _, _) = post_form(
            &app,
            &format!("/staff/cases/{b}/notes"),
            &owner.handler,
            "forged",
            &[("body", "x")],
        )
        .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = post_form(
            &app,
            &format!("/staff/cases/{b}/notes"),
            "__Host-kedja-staff=nothing",
            &csrf,
            &[("body", "x")],
        )
        .await;
        assert!(!status.is_success(), "no session: {status}");
        assert!(
            !case_json(&app, &b, &owner.handler).await["notes"]
                .to_string()
                .contains("\"x\""),
            "nothing was written without a session"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn a_co_buyer_reads_and_notes_but_the_owner_alone_acts_and_transfers_go_only_to_buyers_of_the_supplier()
 {
    each_backend(|app| async move {
        let owner = make_team(&app, "Region Ägare").await;
        let partner = make_team(&app, "Region Delad").await;
        let outsider = make_team(&app, "Region Utanför").await;
        link_buyer(&app, partner.buyer.org.org_id, owner.buyer.supplier_id).await;
        let (a, _) = two_cases(&app, &owner).await;
        let (html, csrf) = page(&app, &a, &owner.handler).await;
        assert!(
            html.contains(&partner.buyer.org.org_id.to_string())
                && !html.contains(&outsider.buyer.org.org_id.to_string()),
            "share and transfer offer the supplier's other buyer, not an outsider"
        );
        let owner_path = |action: &str| format!("/staff/cases/{a}/{action}");
        post_form(
            &app,
            &owner_path("notes"),
            &owner.handler,
            &csrf,
            &[("body", OWNER_NOTE)],
        )
        .await;
        let partner_id = partner.buyer.org.org_id.to_string();
        let (status, location, _) = post_form(
            &app,
            &owner_path("shares"),
            &owner.handler,
            &csrf,
            &[("org_id", &partner_id)],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(location.unwrap().contains("done=share"));

        // The owner assigns it; a co-buyer's export names nobody of the owner's staff.
        let owner_id = owner.handler_id.to_string();
        let (status, _, _) = post_form(
            &app,
            &owner_path("assignee"),
            &owner.handler,
            &csrf,
            &[("user_id", &owner_id)],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let csv = get_text(&app, "/api/v1/cases.csv", &partner.handler).await;
        let reference = case_json(&app, &a, &owner.handler).await["reference"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            csv.contains(&reference) && !csv.contains(&owner.handler_email),
            "{csv}"
        );

        // The co-buyer's page says who owns the case and offers notes only.
        let (html, partner_csrf) = page(&app, &a, &partner.handler).await;
        assert!(
            html.contains("because it was shared with you") && html.contains("cousin"),
            "{html}"
        );
        for action in [
            "transitions",
            "messages",
            "assignee",
            "priority",
            "transfer",
        ] {
            assert!(
                !html.contains(&format!("action=\"/staff/cases/{a}/{action}\"")),
                "a co-buyer is not offered {action}"
            );
        }
        for (action, fields) in [
            ("transitions", vec![("to", "acknowledged")]),
            (
                "transitions",
                vec![("to", "closed"), ("resolution", "no_action")],
            ),
            ("messages", vec![("body", "From the partner")]),
            ("assignee", vec![("user_id", "")]),
            (
                "priority",
                vec![("priority", "low"), ("reason", "ours now")],
            ),
        ] {
            let (status, _, _) = post_form(
                &app,
                &owner_path(action),
                &partner.handler,
                &partner_csrf,
                &fields,
            )
            .await;
            assert_eq!(status, StatusCode::FORBIDDEN, "a co-buyer may not {action}");
        }
        let (status, _, _) = post_form(
            &app,
            &owner_path("notes"),
            &partner.handler,
            &partner_csrf,
            &[("body", PARTNER_NOTE)],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "a co-buyer adds notes");
        assert_eq!(
            case_json(&app, &a, &owner.handler).await["state"],
            "received"
        );

        // An outsider sees nothing; a transfer to a buyer of another supplier is refused.
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{a}"), &outsider.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let outsider_id = outsider.buyer.org.org_id.to_string();
        let (status, _, body) = post_form(
            &app,
            &owner_path("transfer"),
            &owner.handler,
            &csrf,
            &[("org_id", &outsider_id)],
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        assert!(body.contains("role=\"alert\"") && body.contains("id=\"tr-org\""));

        // Ending the share, then transferring without the owner's notes.
        let (status, location, _) = post_form(
            &app,
            &format!("/staff/cases/{a}/shares/{partner_id}/end"),
            &owner.handler,
            &csrf,
            &[],
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert!(location.unwrap().contains("done=unshare"));
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{a}"), &partner.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "the share ended");
        let (status, _, body) = post_form(
            &app,
            &owner_path("transfer"),
            &owner.handler,
            &csrf,
            &[("org_id", &partner_id)],
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert!(body.contains("The case was transferred"));
        let (status, _) = get_json(&app, &format!("/api/v1/cases/{a}"), &owner.handler).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let moved = case_json(&app, &a, &partner.handler).await;
        let notes = moved["notes"].to_string();
        assert!(
            notes.contains("audit this site") && !notes.contains("cousin"),
            "the partner's own note travels back, the old owner's stays behind: {notes}"
        );
        assert!(moved["narrative"].as_str().unwrap().contains("passports"));
        match kedja::audit::verify(app.state.db().conn()).await.unwrap() {
            kedja::audit::Verdict::Intact { .. } => {}
            broken => panic!("{broken:?}"),
        }
        app.stop().await;
    })
    .await;
}

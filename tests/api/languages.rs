//! Every page in every language: no message key and no raw code where words belong, the
//! receipt isolated from the page's direction, the languages offered by the operator.

use crate::helpers::staff::{self, get_text, post_json};
use crate::helpers::{TestApp, each_backend, fixtures};
use reqwest::header::COOKIE;
use sea_orm::EntityTrait;
use serde_json::{Value, json};

/// The text a reader sees: tags dropped (attribute values such as `value="wages"` are for the
/// server), e-mail addresses dropped (a member's address may contain any word).
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|word| !word.contains('@'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Codes the API uses that a page must show as words: states, indicators, roles, audit
/// actions, relationship and people codes, stats groupings.
const RAW_CODES: &[&str] = &[
    "awaiting_reporter",
    "child_labour",
    "recruitment_fees",
    "co_worker",
    "six_to_twenty",
    "more_than_twenty",
    "partly_substantiated",
    "out_of_scope",
    "case.read",
    "case.transition",
    "case.note",
    "case.assign",
    "report.submit",
    "handler",
    "wages",
    "indicator",
];

/// The words of `text` that are raw codes or message keys.
fn raw_words(text: &str, keys: &[String]) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | '·' | '"'))
        .filter(|word| RAW_CODES.contains(word) || keys.iter().any(|k| k == word))
        .map(str::to_string)
        .collect()
}

/// Every English message key, as a missing translation would show it.
fn english_keys() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("frontend/locales/en");
    let mut keys = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(path).unwrap();
            keys.extend(
                text.lines()
                    .filter(|l| !l.starts_with(['#', ' ']) && l.contains(" = "))
                    .filter_map(|l| l.split(" = ").next())
                    .filter(|k| k.contains('-'))
                    .map(str::to_string),
            );
        }
    }
    assert!(keys.len() > 400, "{}", keys.len());
    keys
}

async fn reporter_page(app: &TestApp, path: &str, cookie: Option<&str>) -> String {
    let mut request = app.client.get(app.url(path));
    if let Some(cookie) = cookie {
        request = request.header(COOKIE, cookie);
    }
    request.send().await.unwrap().text().await.unwrap()
}

#[tokio::test]
async fn the_intake_lists_thirty_languages_with_their_direction() {
    each_backend(|app| async move {
        let catalogue: Value = app.get("/api/v1/intake").await.json().await.unwrap();
        let languages = catalogue["languages"].as_array().unwrap();
        assert!(languages.len() >= 30, "{} languages", languages.len());
        let direction = |code: &str| {
            languages
                .iter()
                .find(|l| l["code"] == code)
                .unwrap_or_else(|| panic!("{code} is offered"))["direction"]
                .clone()
        };
        for code in ["ar", "fa", "ur", "ps"] {
            assert_eq!(direction(code), "rtl", "{code}");
        }
        for code in ["en", "sv", "th", "my", "uk", "ti", "bn"] {
            assert_eq!(direction(code), "ltr", "{code}");
        }
        assert!(
            languages.iter().all(|l| l["reviewed"] == false),
            "no native speaker has reviewed any language yet, and none pretends otherwise"
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn every_page_in_every_language_shows_words_not_codes() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Region Words").await;
        let mut report = fixtures::report(team.buyer.supplier_id, "Passports kept");
        report["indicators"] = json!(["wages", "child_labour", "recruitment_fees"]);
        report["relationship"] = json!("co_worker");
        report["people_affected"] = json!("six_to_twenty");
        let receipt = fixtures::submit(&app, &report).await;
        let reporter = fixtures::sign_in(&app, &receipt).await;
        let case = staff::cases(&app, &team.handler, "").await.remove(0);
        let id = case.id;
        let assigned = app
            .client
            .put(app.url(&format!("/api/v1/cases/{id}/assignee")))
            .header(COOKIE, &team.handler)
            .json(&json!({"user_id": team.handler_id}))
            .send()
            .await
            .unwrap();
        assert!(assigned.status().is_success(), "{}", assigned.status());
        for (path, body) in [
            (
                format!("/api/v1/cases/{id}/notes"),
                json!({"body": "Called the farm"}),
            ),
            (
                format!("/api/v1/cases/{id}/transitions"),
                json!({"to": "acknowledged", "message": "We have your report"}),
            ),
            (
                format!("/api/v1/cases/{id}/transitions"),
                json!({"to": "awaiting_reporter", "message": "Which field?"}),
            ),
        ] {
            let (status, answer) = post_json(&app, &path, &team.handler, body).await;
            assert!(status.is_success(), "{path}: {status} {answer}");
        }
        let keys = english_keys();
        let catalogue: Value = app.get("/api/v1/intake").await.json().await.unwrap();
        let mut found = Vec::new();
        for language in catalogue["languages"].as_array().unwrap() {
            let code = language["code"].as_str().unwrap();
            let reporter_pages = ["/", "/report", "/status", "/status/case"];
            let staff_pages = [
                "/staff".to_string(),
                format!("/staff/cases/{id}"),
                "/staff/stats".to_string(),
                "/staff/stats?by=indicator".to_string(),
                "/staff/stats?by=state".to_string(),
                "/staff/suppliers".to_string(),
                "/staff/members".to_string(),
                "/staff/password".to_string(),
            ];
            let mut pages = Vec::new();
            for path in reporter_pages {
                let html =
                    reporter_page(&app, &format!("{path}?lang={code}"), Some(&reporter)).await;
                pages.push((path.to_string(), html));
            }
            for path in &staff_pages {
                let joiner = if path.contains('?') { '&' } else { '?' };
                let html = get_text(&app, &format!("{path}{joiner}lang={code}"), &team.admin).await;
                pages.push((path.clone(), html));
            }
            for (path, html) in pages {
                assert!(
                    html.contains(&format!("lang=\"{code}\"")),
                    "{code} {path} is not in {code}"
                );
                let dir = language["direction"].as_str().unwrap();
                assert!(html.contains(&format!("dir=\"{dir}\"")), "{code} {path}");
                let raw = raw_words(&visible_text(&html), &keys);
                // English pages may say "handler" or "wages" as words, and a language may
                // have the same word as a code (Romanian "indicator").
                let own = kedja::web::i18n::Lang::from_code(code).language();
                // The language's own labels, where it has them (`text` does not fall back).
                let words: Vec<String> = ["grouping", "indicator", "role"]
                    .iter()
                    .flat_map(|kind| {
                        ["indicator", "wages", "handler"]
                            .map(|c| own.text(&format!("code-{kind}-{c}"), None))
                    })
                    .flatten()
                    .collect();
                let raw: Vec<_> = if code == "en" {
                    raw.into_iter()
                        .filter(|w| w.contains(['_', '.', '-']))
                        .collect()
                } else {
                    raw.into_iter()
                        .filter(|w| {
                            !words
                                .iter()
                                .any(|own| own.split_whitespace().any(|o| o == w))
                        })
                        .collect()
                };
                if !raw.is_empty() {
                    found.push(format!("{code} {path}: {raw:?}"));
                }
            }
        }
        assert!(
            found.is_empty(),
            "raw codes or keys on pages:\n{}",
            found.join("\n")
        );
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn the_receipt_reads_left_to_right_on_a_right_to_left_page() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Rtl").await;
        let form = reporter_page(&app, "/report?lang=ar", None).await;
        assert!(form.contains("dir=\"rtl\""));
        let csrf = {
            let at = form.find("name=\"csrf\" value=\"").unwrap() + 19;
            form[at..].split('"').next().unwrap().to_string()
        };
        let supplier = buyer.supplier_id.to_string();
        let response = app
            .client
            .post(app.url("/report?lang=ar"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("language", "ar"),
                ("supplier_id", supplier.as_str()),
                ("country", "SE"),
                ("indicators", "documents"),
                ("people_affected", "one"),
                ("relationship", "worker"),
                ("narrative", "They keep our passports"),
            ])
            .send()
            .await
            .unwrap();
        let html = response.text().await.unwrap();
        let at = html.find("id=\"receipt\">").expect("the receipt page") + 13;
        let shown = html[at..].split("</p>").next().unwrap();
        assert!(
            shown.starts_with("<bdi dir=\"ltr\">"),
            "the receipt's groups keep their order: {shown}"
        );
        // A phone set to Arabic types Arabic-Indic digits: they open the same report.
        let digits: String = shown
            .trim_start_matches("<bdi dir=\"ltr\">")
            .trim_end_matches("</bdi>")
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x0660 + d).unwrap(),
                None => c,
            })
            .collect();
        let signed_in = app
            .client
            .post(app.url("/api/v1/reporter/session"))
            .json(&json!({ "receipt": digits }))
            .send()
            .await
            .unwrap();
        assert!(signed_in.status().is_success(), "{}", signed_in.status());
        app.stop().await;
    })
    .await;
}

#[tokio::test]
async fn staff_errors_speak_the_page_language() {
    each_backend(|app| async move {
        let team = staff::make_team(&app, "Region Fel").await;
        let response = app
            .client
            .get(app.url("/staff/members?lang=sv"))
            .header(COOKIE, &team.handler)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::FORBIDDEN);
        let html = response.text().await.unwrap();
        assert!(html.contains("Din roll tillåter inte det här"), "{html}");
        // A field error names the field by its label, not by its code.
        let response = app
            .client
            .post(app.url("/staff/suppliers?lang=sv"))
            .header(COOKIE, &team.admin)
            .form(&[
                (
                    "csrf",
                    csrf_of_page(&app, "/staff/suppliers", &team.admin)
                        .await
                        .as_str(),
                ),
                ("name", ""),
                ("country", "SE"),
            ])
            .send()
            .await
            .unwrap();
        let html = response
            .text()
            .await
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            html.contains("<p class=\"error\" role=\"alert\">Fyll i ”Leverantör”.</p>"),
            "{html}"
        );
        app.stop().await;
    })
    .await;
}

async fn csrf_of_page(app: &TestApp, path: &str, cookie: &str) -> String {
    let html = get_text(app, path, cookie).await;
    let at = html.find("name=\"csrf\" value=\"").unwrap() + 19;
    html[at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn another_country_is_written_by_name_in_any_script() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Land").await;
        kedja::admin::provision::add_rule(
            app.state.db(),
            app.state.clock(),
            kedja::admin::provision::NewRule {
                org_id: buyer.org.org_id,
                supplier_id: None,
                country: Some("BD".into()),
                sector: None,
                position: 1,
            },
        )
        .await
        .unwrap();
        let form = reporter_page(&app, "/report?lang=th", None).await;
        // The form offers the directory's countries, not all 249.
        assert!(
            form.contains("<option value=\"SE\">สวีเดน</option>"),
            "{form}"
        );
        assert!(!form.contains("value=\"BD\""));
        assert!(form.contains("name=\"country_name\""));
        let csrf = {
            let at = form.find("name=\"csrf\" value=\"").unwrap() + 19;
            form[at..].split('"').next().unwrap().to_string()
        };
        let post = |name: &'static str| {
            let csrf = csrf.clone();
            let app = &app;
            async move {
                app.client
                    .post(app.url("/report?lang=th"))
                    .form(&[
                        ("csrf", csrf.as_str()),
                        ("language", "th"),
                        ("supplier_text", "Garment factory in Gazipur"),
                        ("country", ""),
                        ("country_name", name),
                        ("indicators", "wages"),
                        ("people_affected", "one"),
                        ("relationship", "worker"),
                        ("narrative", "No pay for three months"),
                    ])
                    .send()
                    .await
                    .unwrap()
            }
        };
        let unknown = post("Atlantis").await;
        assert_eq!(unknown.status(), reqwest::StatusCode::BAD_REQUEST);
        assert!(
            unknown.text().await.unwrap().contains("value=\"Atlantis\""),
            "kept"
        );
        // Bengali, as a worker from Bangladesh might write it, on the Thai form.
        let filed = post("বাংলাদেশ").await;
        assert_eq!(filed.status(), reqwest::StatusCode::CREATED);
        let case = kedja::store::entities::cases::Entity::find()
            .one(app.state.db().conn())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(case.country, "BD");
        app.stop().await;
    })
    .await;
}

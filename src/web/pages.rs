//! Pages every audience shares: home, health checks, the language picker and static assets.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::i18n::{self, Lang};
use crate::error::AppError;
use crate::state::AppState;

/// Where the quick-exit button leads: a neutral, widely used site.
pub const QUICK_EXIT_URL: &str = "https://www.wikipedia.org/";

/// The home page: what kedja is, how to report safely, where to go.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub lang: Lang,
    pub quick_exit: &'static str,
    pub emergency: Emergency,
}

/// The danger box's numbers, from the deployment's settings (`KEDJA_EMERGENCY_NUMBER` and
/// `KEDJA_EMERGENCY_NUMBERS`), in the page's language.
pub struct Emergency {
    /// "If you or someone else is in danger right now, call …", with this deployment's number.
    pub notice: String,
    /// Other countries' numbers: (country name, number), by name.
    pub elsewhere: Vec<(String, String)>,
}

impl Emergency {
    /// The numbers in `settings`, worded in `lang`.
    pub fn new(settings: &crate::config::Settings, lang: Lang) -> Self {
        let numbers = &settings.emergency;
        let mut elsewhere: Vec<(String, String)> = numbers
            .by_country
            .iter()
            .map(|(code, number)| (lang.t(&format!("country-{code}")), number.clone()))
            .collect();
        elsewhere.sort();
        Self {
            notice: lang.t_with(
                "home-emergency",
                &[("number", numbers.number.clone().into())],
            ),
            elsewhere,
        }
    }
}

/// `GET /`
pub async fn home(State(state): State<AppState>, lang: Lang) -> Response {
    super::render(&HomePage {
        lang,
        quick_exit: QUICK_EXIT_URL,
        emergency: Emergency::new(state.settings(), lang),
    })
}

/// `GET /healthz`: the process is alive.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    if crate::store::ping(state.db().conn()).await {
        (StatusCode::OK, "ready").into_response()
    } else {
        let retry = crate::error::DATABASE_RETRY_AFTER.as_secs().to_string();
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(axum::http::header::RETRY_AFTER, retry)],
            "database unavailable",
        )
            .into_response()
    }
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The pages the language picker may return to. A fixed list: browsers forgive so much in a
/// `Location` (tabs, backslashes, encoded slashes) that any pattern check can be talked into
/// leaving the site.
const RETURN_PATHS: &[&str] = &[
    "/",
    "/report",
    "/status",
    "/status/case",
    "/staff",
    "/staff/login",
    "/authority",
];

fn safe_next(next: Option<&str>) -> std::borrow::Cow<'static, str> {
    let Some(path) = next else {
        return "/".into();
    };
    if let Some(known) = RETURN_PATHS.iter().find(|known| **known == path) {
        return (*known).into();
    }
    // A member's link to choose a password: rebuilt from its token's own characters (the
    // URL-safe base64 alphabet), so nothing else can ride along.
    match path.strip_prefix("/staff/invite/") {
        Some(token)
            if (1..=64).contains(&token.len())
                && token
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
        {
            format!("/staff/invite/{token}").into()
        }
        _ => "/".into(),
    }
}

/// `GET /language/{code}?next=/path`: remembers a language the reporter picked, then returns.
pub async fn pick_language(
    State(state): State<AppState>,
    lang: Lang,
    member: Result<super::session::Member, AppError>,
    Path(code): Path<String>,
    Query(query): Query<Next>,
) -> Result<Response, AppError> {
    // An unknown language (a mistyped link) keeps the current one and goes on.
    let Some(language) = lang.find(&code) else {
        return Ok(Redirect::to(&safe_next(query.next.as_deref())).into_response());
    };
    // A member of staff who picks a language gets their e-mails in it too. A reporter's
    // choice stays in their browser only.
    if let Ok(member) = member {
        crate::store::orgs::set_member_language(
            state.db().conn(),
            member.member_id,
            &language.code,
        )
        .await?;
    }
    let value = super::cookies::language(i18n::COOKIE, &language.code)?;
    let mut response = Redirect::to(&safe_next(query.next.as_deref())).into_response();
    response.headers_mut().insert(header::SET_COOKIE, value);
    Ok(response)
}

const CSS: &str = include_str!("../../frontend/static/kedja.css");

/// `GET /static/kedja.css`: embedded, cacheable for a day.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        CSS,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(safe_next(Some("/report")), "/report");
        assert_eq!(safe_next(Some("//evil.example")), "/");
        assert_eq!(safe_next(Some("https://evil.example")), "/");
        assert_eq!(safe_next(Some("/\\evil.example")), "/");
        assert_eq!(safe_next(Some("/\t/evil.example")), "/");
        assert_eq!(safe_next(Some("/%09/evil.example")), "/");
        assert_eq!(safe_next(Some("/status/case")), "/status/case");
        assert_eq!(safe_next(None), "/");
        assert_eq!(
            safe_next(Some("/staff/invite/AbC-_09")),
            "/staff/invite/AbC-_09"
        );
        assert_eq!(safe_next(Some("/staff/invite/")), "/");
        assert_eq!(safe_next(Some("/staff/invite/a/../../x")), "/");
        assert_eq!(safe_next(Some("/staff/invite/a\\evil")), "/");
        assert_eq!(safe_next(Some("/staff/invite/a%2F%2Fevil")), "/");
    }

    #[test]
    fn the_home_page_renders_in_every_language() {
        for language in i18n::Locales::embedded().all() {
            let lang = Lang::from_code(&language.code);
            let page = HomePage {
                lang,
                quick_exit: QUICK_EXIT_URL,
                emergency: Emergency {
                    notice: lang.t_with("home-emergency", &[("number", "191".into())]),
                    elsewhere: vec![("Thailand".into(), "191".into())],
                },
            };
            let html = page.render().unwrap();
            assert!(html.contains(&format!("lang=\"{}\"", language.code)));
            assert!(!html.contains("<script"), "no script on the home page");
            assert!(
                !html.contains("style="),
                "no inline style: the CSP forbids it"
            );
        }
    }
}

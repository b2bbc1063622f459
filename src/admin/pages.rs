//! The members page for organisation admins.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};

use super::members::{self, MemberView};
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::{CsrfForm, MemberId, NoFields, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// `/staff/members`
#[derive(Template)]
#[template(path = "staff/members.html")]
pub struct MembersPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub members: Vec<MemberView>,
}

/// `GET /staff/members`
pub async fn members(State(state): State<AppState>, lang: Lang, member: Member) -> Response {
    match members::list(&state, &member).await {
        Ok(list) => crate::web::render(&MembersPage {
            lang,
            chrome: Chrome::of(&state, &member),
            members: list,
        }),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

/// `POST /staff/members/{id}/confirm`
pub async fn confirm(page: StaffPage, MemberId(id): MemberId, _: CsrfForm<NoFields>) -> Response {
    match members::confirm(&page.state, &page.member, id).await {
        Ok(()) => Redirect::to("/staff/members").into_response(),
        Err(err) => error_page(page.lang, err, "/staff/members"),
    }
}

/// `/staff/languages`: every language, its direction, and whether a native speaker has
/// reviewed it, so that nobody takes a machine-made translation for a checked one.
#[derive(Template)]
#[template(path = "staff/languages.html")]
pub struct LanguagesPage {
    pub lang: Lang,
    pub chrome: Chrome,
}

impl LanguagesPage {
    /// Every loaded language, offered or not.
    pub fn languages(&self) -> &'static [crate::web::i18n::Language] {
        self.lang.locales().all()
    }

    /// Whether the service offers `code` to its users.
    pub fn offered(&self, code: &str) -> bool {
        self.lang.find(code).is_some()
    }
}

/// `GET /staff/languages`: any signed-in member.
pub async fn languages(State(state): State<AppState>, lang: Lang, member: Member) -> Response {
    crate::web::render(&LanguagesPage {
        lang,
        chrome: Chrome::of(&state, &member),
    })
}

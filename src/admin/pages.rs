//! The members page for organisation admins.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use uuid::Uuid;

use super::members::{self, MemberView};
use crate::accounts::session::Member;
use crate::app::AppState;
use crate::cases::pages::{Chrome, error_page};
use crate::error::AppError;
use crate::web::i18n::Lang;

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

#[derive(Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /staff/members/{id}/confirm`
pub async fn confirm(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Path(id): Path<String>,
    Form(form): Form<CsrfForm>,
) -> Response {
    let outcome = async {
        member.check_csrf(&state, &form.csrf)?;
        let id = Uuid::parse_str(&id).map_err(|_| AppError::NotFound)?;
        members::confirm(&state, &member, id).await
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to("/staff/members").into_response(),
        Err(err) => error_page(lang, err, "/staff/members"),
    }
}

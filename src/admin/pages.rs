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

/// `/staff/suppliers`
#[derive(Template)]
#[template(path = "staff/suppliers.html")]
pub struct SuppliersPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub suppliers: Vec<crate::store::entities::suppliers::Model>,
    pub error: Option<String>,
}

fn admin_only(member: &Member) -> Result<(), AppError> {
    // A pending admin has not been vouched for: it may not shape the directory or routing.
    if member.role == crate::domain::accounts::Role::Admin && !member.pending {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

async fn suppliers_page(
    state: &AppState,
    lang: Lang,
    member: &Member,
    error: Option<String>,
) -> Result<Response, AppError> {
    admin_only(member)?;
    let suppliers = crate::store::suppliers::bought_by(state.db().conn(), member.org_id).await?;
    Ok(crate::web::render(&SuppliersPage {
        lang,
        chrome: Chrome::of(state, member),
        suppliers,
        error,
    }))
}

/// `GET /staff/suppliers`: the organisation's suppliers with their site codes (admins).
pub async fn suppliers(State(state): State<AppState>, lang: Lang, member: Member) -> Response {
    suppliers_page(&state, lang, &member, None)
        .await
        .unwrap_or_else(|err| error_page(lang, err, "/staff"))
}

#[derive(Deserialize)]
pub struct SupplierForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    country: String,
    city: Option<String>,
    sector: Option<String>,
    contract: Option<String>,
}

/// `POST /staff/suppliers`: adds a supplier with a contract for the admin's organisation.
pub async fn add_supplier(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    Form(form): Form<SupplierForm>,
) -> Response {
    let outcome = async {
        admin_only(&member)?;
        member.check_csrf(&state, &form.csrf)?;
        let input = crate::admin::provision::NewSupplier {
            org_id: member.org_id,
            name: form.name,
            country: form.country,
            city: form.city,
            sector: form.sector,
            contract: form.contract,
        };
        match crate::admin::provision::add_supplier_by(
            state.db(),
            state.clock(),
            input,
            member.actor(),
        )
        .await
        {
            Ok(_) => Ok(None),
            Err(
                crate::admin::provision::ProvisionError::Invalid(message)
                | crate::admin::provision::ProvisionError::Conflict(message),
            ) => Ok(Some(message)),
            Err(other) => Err(AppError::internal(other)),
        }
    }
    .await;
    match outcome {
        Ok(None) => Redirect::to("/staff/suppliers").into_response(),
        Ok(Some(message)) => suppliers_page(&state, lang, &member, Some(message))
            .await
            .map(|mut r| {
                *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
                r
            })
            .unwrap_or_else(|err| error_page(lang, err, "/staff/suppliers")),
        Err(err) => error_page(lang, err, "/staff/suppliers"),
    }
}

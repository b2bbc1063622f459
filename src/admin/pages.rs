//! The admin's supplier page, and the languages page every member sees.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::error::AppError;
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::{CsrfForm, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

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

/// `/staff/suppliers`
#[derive(Template)]
#[template(path = "staff/suppliers.html")]
pub struct SuppliersPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub suppliers: Vec<crate::store::entities::suppliers::Model>,
    pub error: Option<String>,
}

async fn suppliers_page(
    state: &AppState,
    lang: Lang,
    member: &Member,
    error: Option<String>,
) -> Result<Response, AppError> {
    crate::access::organisation_admin(member)?;
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
    name: String,
    #[serde(default)]
    country: String,
    city: Option<String>,
    sector: Option<String>,
    contract: Option<String>,
    other_names: Option<String>,
}

/// Adds the supplier; a mistake in the form is a message to show beside it.
async fn add(
    state: &AppState,
    lang: Lang,
    member: &Member,
    form: SupplierForm,
) -> Result<Option<String>, AppError> {
    crate::access::organisation_admin(member)?;
    let input = crate::admin::provision::NewSupplier {
        org_id: member.org_id,
        name: form.name,
        country: form.country,
        city: form.city,
        sector: form.sector,
        contract: form.contract,
        other_names: form.other_names,
    };
    match crate::admin::provision::add_supplier_by(state.db(), state.clock(), input, member.actor())
        .await
    {
        Ok(_) => Ok(None),
        Err(crate::admin::provision::ProvisionError::Invalid(message)) => Ok(Some(
            crate::web::chrome::staff_message(lang, &field_error(&message)),
        )),
        Err(crate::admin::provision::ProvisionError::Conflict(_)) => Ok(Some(
            crate::web::chrome::staff_message(lang, &AppError::case_changed()),
        )),
        Err(other) => Err(AppError::internal(other)),
    }
}

/// Provisioning's "field: what is wrong" as a field error, so that the page names the field
/// by its label in the page's language.
fn field_error(message: &str) -> AppError {
    let (field, detail) = message.split_once(':').unwrap_or(("", message));
    let field = [
        "name",
        "country",
        "city",
        "sector",
        "contract",
        "other_names",
        "email",
        "role",
    ]
    .into_iter()
    .find(|known| *known == field.trim())
    .unwrap_or("form");
    if detail.contains("must not be empty") {
        AppError::missing(field, "is required")
    } else if detail.contains("at most") {
        AppError::too_long(field, "is too long")
    } else {
        AppError::invalid(field, "is not valid")
    }
}

/// `POST /staff/suppliers`: adds a supplier with a contract for the admin's organisation.
pub async fn add_supplier(page: StaffPage, CsrfForm(form): CsrfForm<SupplierForm>) -> Response {
    match add(&page.state, page.lang, &page.member, form).await {
        Ok(None) => Redirect::to("/staff/suppliers").into_response(),
        Ok(Some(message)) => suppliers_page(&page.state, page.lang, &page.member, Some(message))
            .await
            .map(|mut r| {
                *r.status_mut() = axum::http::StatusCode::BAD_REQUEST;
                r
            })
            .unwrap_or_else(|err| error_page(page.lang, err, "/staff/suppliers")),
        Err(err) => error_page(page.lang, err, "/staff/suppliers"),
    }
}

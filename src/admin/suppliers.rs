//! The suppliers page for organisation admins: the organisation's suppliers with their site
//! codes, linking to a record already in the shared directory, and adding a new one, which
//! first suggests linking when the directory already has a supplier of that name and country
//! (a second record would split the supplier's reports between two buyers' copies).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::provision::{self, ProvisionError};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::entities::suppliers::Model as Supplier;
use crate::web::chrome::{Chrome, error_page, staff_message};
use crate::web::extract::{CsrfForm, StaffPage, SupplierId};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// How many directory records a search or a suggestion shows.
const SHOWN: u64 = 20;

/// `/staff/suppliers`
#[derive(Template)]
#[template(path = "staff/suppliers.html")]
pub struct SuppliersPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub suppliers: Vec<Supplier>,
    /// The directory search as typed, and what it found that the organisation does not buy
    /// from yet.
    pub search: DirectorySearch,
    pub found: Option<Vec<Supplier>>,
    /// Records like the one being added, offered for linking instead.
    pub similar: Vec<Supplier>,
    /// The add form as last sent, when it came back.
    pub typed: SupplierForm,
    pub error: Option<String>,
    pub done: Option<&'static str>,
}

/// `?q=&country=` searches the directory; `?done=` shows a notice.
#[derive(Debug, Default, Deserialize)]
pub struct DirectorySearch {
    #[serde(default)]
    pub q: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    done: String,
}

impl SuppliersPage {
    async fn load(
        state: &AppState,
        lang: Lang,
        member: &Member,
        search: DirectorySearch,
    ) -> Result<Self, AppError> {
        crate::access::organisation_admin(member)?;
        let db = state.db().conn();
        let suppliers = crate::store::suppliers::bought_by(db, member.org_id).await?;
        let found = if search.q.trim().is_empty() {
            None
        } else {
            let country = crate::domain::countries::parse(search.country.trim()).ok();
            let mut found =
                crate::store::suppliers::directory(db, &search.q, country, SHOWN).await?;
            found.retain(|f| suppliers.iter().all(|s| s.id != f.id));
            Some(found)
        };
        let done = match search.done.as_str() {
            "linked" => Some("suppliers-done-linked"),
            "added" => Some("suppliers-done-added"),
            _ => None,
        };
        Ok(Self {
            lang,
            chrome: Chrome::of(state, member),
            suppliers,
            search,
            found,
            similar: Vec::new(),
            typed: SupplierForm::default(),
            error: None,
            done,
        })
    }

    /// Whether the form came back asking to link instead.
    pub fn confirm_new(&self) -> bool {
        !self.similar.is_empty()
    }
}

/// `GET /staff/suppliers`: the organisation's suppliers (admins), and a directory search.
pub async fn suppliers(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    search: Result<Query<DirectorySearch>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let search = search.map(|Query(s)| s).unwrap_or_default();
    match SuppliersPage::load(&state, lang, &member, search).await {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct SupplierForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub contract: String,
    #[serde(default)]
    pub other_names: String,
    /// Ticked after a suggestion: the admin checked the similar records and this is another
    /// workplace.
    #[serde(default)]
    pub new_anyway: String,
}

fn some(value: &str) -> Option<String> {
    Some(value.trim().to_string()).filter(|v| !v.is_empty())
}

/// Provisioning's refusal as a field error, so that the page names the field by its label in
/// the page's language.
fn form_error(err: ProvisionError) -> AppError {
    match err {
        ProvisionError::Invalid(message) => field_error(&message),
        ProvisionError::Conflict(_) => AppError::case_changed(),
        ProvisionError::NotFound(_) => AppError::NotFound,
        other => AppError::internal(other),
    }
}

fn field_error(message: &str) -> AppError {
    let (field, detail) = message.split_once(':').unwrap_or(("", message));
    let field = [
        "name",
        "country",
        "city",
        "sector",
        "contract",
        "other_names",
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

/// `POST /staff/suppliers`: adds a supplier with a contract for the admin's organisation; when
/// the directory has records of that name in that country, first offers to link one.
pub async fn add_supplier(page: StaffPage, CsrfForm(form): CsrfForm<SupplierForm>) -> Response {
    let (state, member, lang) = (&page.state, &page.member, page.lang);
    if let Err(err) = crate::access::organisation_admin(member) {
        return error_page(lang, err, "/staff");
    }
    let similar = if form.new_anyway.is_empty() {
        match crate::domain::countries::parse(form.country.trim()) {
            Ok(country) => {
                crate::store::suppliers::similar(state.db().conn(), &form.name, country, SHOWN)
                    .await
                    .map_err(AppError::from)
            }
            Err(_) => Ok(Vec::new()),
        }
    } else {
        Ok(Vec::new())
    };
    let outcome = match similar {
        Ok(similar) if !similar.is_empty() => Err((StatusCode::CONFLICT, None, similar)),
        Ok(_) => {
            let input = provision::NewSupplier {
                org_id: member.org_id,
                name: form.name.clone(),
                country: form.country.clone(),
                city: some(&form.city),
                sector: some(&form.sector),
                contract: some(&form.contract),
                other_names: some(&form.other_names),
            };
            match provision::add_supplier_by(state.db(), state.clock(), input, member.actor()).await
            {
                Ok(_) => Ok(()),
                Err(err) => {
                    let err = form_error(err);
                    Err((err.status(), Some(err), Vec::new()))
                }
            }
        }
        Err(err) => Err((err.status(), Some(err), Vec::new())),
    };
    let (status, err, similar) = match outcome {
        Ok(()) => return Redirect::to("/staff/suppliers?done=added").into_response(),
        Err(refusal) => refusal,
    };
    if status.is_server_error() {
        return error_page(lang, err.unwrap_or(AppError::NotFound), "/staff/suppliers");
    }
    match SuppliersPage::load(state, lang, member, DirectorySearch::default()).await {
        Ok(mut shown) => {
            // Records the organisation already buys from are in its list; the rest are offered.
            shown.similar.extend(
                similar
                    .into_iter()
                    .filter(|s| shown.suppliers.iter().all(|o| o.id != s.id)),
            );
            shown.error = err.map(|e| staff_message(lang, &e));
            shown.typed = form;
            let mut response = crate::web::render(&shown);
            *response.status_mut() = status;
            response
        }
        Err(err) => error_page(lang, err, "/staff/suppliers"),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    contract: String,
}

/// `POST /staff/suppliers/{id}/link`: the admin's organisation buys from a supplier already in
/// the directory.
pub async fn link(
    page: StaffPage,
    SupplierId(id): SupplierId,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Response {
    let outcome = async {
        crate::access::organisation_admin(&page.member)?;
        // Reports about a supplier go to its oldest active buyer, else to the coordinator. An
        // admin may join a supplier's buyers, but not claim one nobody buys from now: that
        // would quietly take its reports from the coordinator. The operator links those.
        if crate::store::suppliers::buyers_of(page.state.db().conn(), id)
            .await?
            .is_empty()
        {
            return Err(AppError::Conflict {
                code: "no_active_buyer",
                message: "No organisation buys from this supplier now, so its reports go to the \
                          coordinator. Ask the operator to link it."
                    .into(),
            });
        }
        provision::link_supplier_by(
            page.state.db(),
            page.state.clock(),
            page.member.org_id,
            id,
            some(&form.contract),
            page.member.actor(),
        )
        .await
        .map_err(|err| match err {
            // Already linked: the list shows it; nothing to do twice.
            ProvisionError::Conflict(_) => AppError::Conflict {
                code: "already_linked",
                message: "Your organisation already buys from this supplier.".into(),
            },
            other => form_error(other),
        })
    }
    .await;
    match outcome {
        Ok(_) => Redirect::to("/staff/suppliers?done=linked").into_response(),
        Err(err) => error_page(page.lang, err, "/staff/suppliers"),
    }
}

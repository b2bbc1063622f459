//! The routing rules page. Rules decide which organisation owns a new report before contracts
//! and the coordinator fallback do (`store::routing`), for the whole instance, so a coordinator's
//! admins set them; a buyer's admin sees the rules that send reports to its organisation or name
//! one of its suppliers, and nothing about other organisations' suppliers.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use uuid::Uuid;

use super::provision::{self, NewRule, ProvisionError};
use crate::domain::accounts::OrgKind;
use crate::error::AppError;
use crate::state::AppState;
use crate::store::entities::{organisations, routing_rules};
use crate::web::chrome::{Chrome, error_page, staff_message};
use crate::web::extract::{CsrfForm, RuleId, StaffPage};
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// One rule in words.
pub struct RuleLine {
    pub id: Uuid,
    pub position: i32,
    pub to: String,
    pub supplier: Option<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
}

/// `/staff/routing`
#[derive(Template)]
#[template(path = "staff/routing.html")]
pub struct RoutingPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub rules: Vec<RuleLine>,
    /// Whether the caller changes the rules (a coordinator's admin).
    pub manages: bool,
    /// The organisations a rule can send reports to.
    pub targets: Vec<organisations::Model>,
    pub typed: RuleForm,
    pub error: Option<String>,
    pub done: Option<&'static str>,
}

impl RoutingPage {
    pub fn country_name(&self, code: &str) -> String {
        self.lang.t(&format!("country-{code}"))
    }
    pub fn countries(&self) -> Vec<&'static str> {
        crate::domain::countries::all().collect()
    }
    pub fn chose_target(&self, id: &Uuid) -> bool {
        self.typed.org_id == id.to_string()
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Done {
    #[serde(default)]
    done: String,
}

async fn load(
    state: &AppState,
    lang: Lang,
    member: &Member,
    done: &str,
) -> Result<RoutingPage, AppError> {
    let manages = crate::access::routing_reader(member)?;
    let db = state.db().conn();
    let mut rules = crate::store::routing::rules(db).await?;
    if !manages {
        let own: Vec<Uuid> = crate::store::suppliers::bought_by(db, member.org_id)
            .await?
            .into_iter()
            .map(|s| s.id)
            .collect();
        rules.retain(|r: &routing_rules::Model| {
            r.org_id == member.org_id || r.supplier_id.is_some_and(|s| own.contains(&s))
        });
    }
    // The instance has a handful of rules and organisations: looked up one by one.
    let mut orgs: HashMap<Uuid, String> = HashMap::new();
    let mut lines = Vec::new();
    for r in rules {
        if let std::collections::hash_map::Entry::Vacant(slot) = orgs.entry(r.org_id) {
            let name = crate::store::orgs::find_org(db, r.org_id)
                .await?
                .map(|o| o.name)
                .unwrap_or_default();
            slot.insert(name);
        }
        let supplier = match r.supplier_id {
            Some(id) => crate::store::suppliers::find(db, id).await?.map(|s| s.name),
            None => None,
        };
        lines.push(RuleLine {
            id: r.id,
            position: r.position,
            to: orgs[&r.org_id].clone(),
            supplier,
            country: r.country,
            sector: r.sector,
        });
    }
    let targets = if manages {
        let mut targets = crate::store::orgs::of_kind(db, OrgKind::Buyer.as_code()).await?;
        targets.extend(crate::store::orgs::of_kind(db, OrgKind::Coordinator.as_code()).await?);
        targets
    } else {
        Vec::new()
    };
    Ok(RoutingPage {
        lang,
        chrome: Chrome::of(state, member),
        rules: lines,
        manages,
        targets,
        typed: RuleForm::default(),
        error: None,
        done: match done {
            "added" => Some("routing-done-added"),
            "removed" => Some("routing-done-removed"),
            _ => None,
        },
    })
}

/// `GET /staff/routing`: admins of buyers and coordinators.
pub async fn page(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    done: Result<Query<Done>, axum::extract::rejection::QueryRejection>,
) -> Response {
    let done = done.map(|Query(d)| d).unwrap_or_default();
    match load(&state, lang, &member, &done.done).await {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(lang, err, "/staff"),
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct RuleForm {
    #[serde(default)]
    pub org_id: String,
    /// The supplier by its site code, as printed on posters.
    #[serde(default)]
    pub site_code: String,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub sector: String,
    #[serde(default)]
    pub position: String,
}

/// The form as a rule, or what is wrong with it.
async fn rule_of(state: &AppState, form: &RuleForm) -> Result<NewRule, AppError> {
    let org_id = Uuid::parse_str(form.org_id.trim())
        .map_err(|_| AppError::missing("org_id", "choose the organisation"))?;
    let supplier_id = match form.site_code.trim() {
        "" => None,
        code => {
            let code = crate::domain::site_code::SiteCode::parse(code)
                .map_err(|_| AppError::invalid("site_code", "is not a site code"))?;
            Some(
                crate::store::suppliers::find_by_site_code(state.db().conn(), &code.to_string())
                    .await?
                    .ok_or_else(|| AppError::invalid("site_code", "names no supplier"))?
                    .id,
            )
        }
    };
    let position = match form.position.trim() {
        "" => 100,
        raw => raw
            .parse::<i32>()
            .ok()
            .filter(|p| (0..=10_000).contains(p))
            .ok_or_else(|| {
                AppError::invalid("position", "must be a whole number from 0 to 10000")
            })?,
    };
    let optional = |v: &str| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    Ok(NewRule {
        org_id,
        supplier_id,
        country: optional(&form.country),
        sector: optional(&form.sector),
        position,
    })
}

fn provision_error(err: ProvisionError) -> AppError {
    match err {
        ProvisionError::Invalid(message) if message.starts_with("rule:") => {
            AppError::missing("rule", "name a supplier, a country or a sector")
        }
        ProvisionError::Invalid(message) if message.starts_with("country") => {
            AppError::invalid("country", "is not a country code")
        }
        ProvisionError::Invalid(message) if message.starts_with("sector") => {
            AppError::too_long("sector", "is too long")
        }
        ProvisionError::Invalid(_) => AppError::invalid("org_id", "cannot receive reports"),
        ProvisionError::NotFound(what) => AppError::invalid("org_id", format!("{what} not found")),
        ProvisionError::Conflict(_) => AppError::case_changed(),
        other => AppError::internal(other),
    }
}

/// `POST /staff/routing`: a coordinator's admin adds a rule.
pub async fn add(page: StaffPage, CsrfForm(form): CsrfForm<RuleForm>) -> Response {
    let (state, member, lang) = (&page.state, &page.member, page.lang);
    let outcome = async {
        crate::access::routing_admin(member)?;
        let rule = rule_of(state, &form).await?;
        provision::add_rule_by(state.db(), state.clock(), rule, member.actor())
            .await
            .map_err(provision_error)
    }
    .await;
    let err = match outcome {
        Ok(_) => return Redirect::to("/staff/routing?done=added").into_response(),
        Err(err) => err,
    };
    if !err.status().is_client_error() || err.status() == StatusCode::FORBIDDEN {
        return error_page(lang, err, "/staff/routing");
    }
    match load(state, lang, member, "").await {
        Ok(mut shown) => {
            shown.error = Some(staff_message(lang, &err));
            shown.typed = form;
            let mut response = crate::web::render(&shown);
            *response.status_mut() = err.status();
            response
        }
        Err(err) => error_page(lang, err, "/staff/routing"),
    }
}

/// `POST /staff/routing/{id}/delete`: a coordinator's admin removes a rule.
pub async fn remove(
    page: StaffPage,
    RuleId(id): RuleId,
    _: CsrfForm<crate::web::extract::NoFields>,
) -> Response {
    let outcome = async {
        crate::access::routing_admin(&page.member)?;
        provision::remove_rule(page.state.db(), page.state.clock(), id, page.member.actor())
            .await
            .map_err(|err| match err {
                ProvisionError::NotFound(_) => AppError::NotFound,
                other => provision_error(other),
            })
    }
    .await;
    match outcome {
        Ok(()) => Redirect::to("/staff/routing?done=removed").into_response(),
        Err(err) => error_page(page.lang, err, "/staff/routing"),
    }
}

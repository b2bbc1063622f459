//! Submitting a report: validate, route, derive the receipt's keys on the pool, seal, store in
//! one transaction with its audit entry, and only then hand out the receipt.

use serde::Deserialize;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::audit::{self, Actor, AuditAction, Event};
use crate::crypto::records::{CaseContent, Context};
use crate::crypto::{self, keys, receipts};
use crate::domain::deadlines::{self, DeadlinePolicy};
use crate::domain::{Indicator, PeopleAffected, Receipt, Relationship, countries, priority};
use crate::error::AppError;
use crate::state::AppState;
use crate::store::{cases, routing, suppliers};

/// Longest narrative accepted, in characters.
pub const MAX_NARRATIVE: usize = 20_000;
/// Longest free-text description of a workplace.
pub const MAX_SUPPLIER_TEXT: usize = 2_000;

/// A report as the API and the form send it. Strings are checked by [`ReportInput::validate`].
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    /// A language code the service offers; the default language if absent.
    pub language: Option<String>,
    /// A supplier from `GET /api/v1/suppliers`.
    #[schema(format = Uuid)]
    pub supplier_id: Option<String>,
    /// The workplace in the reporter's words, when it is not in the directory.
    #[schema(schema_with = supplier_text)]
    pub supplier_text: Option<String>,
    /// The six letters and digits on a poster.
    pub site_code: Option<String>,
    /// Required unless the supplier gives it.
    #[schema(schema_with = crate::web::schema::country)]
    pub country: Option<String>,
    #[serde(default)]
    #[schema(schema_with = indicators)]
    pub indicators: Vec<String>,
    #[serde(default)]
    pub immediate_danger: bool,
    #[schema(schema_with = people_affected, required = true)]
    pub people_affected: Option<String>,
    #[schema(schema_with = relationship, required = true)]
    pub relationship: Option<String>,
    /// What happened, in the reporter's words.
    #[schema(schema_with = narrative, required = true)]
    pub narrative: Option<String>,
}

fn supplier_text() -> utoipa::openapi::schema::Object {
    crate::web::schema::text(MAX_SUPPLIER_TEXT)
}

fn narrative() -> utoipa::openapi::schema::Object {
    crate::web::schema::text(MAX_NARRATIVE)
}

fn indicators() -> utoipa::openapi::schema::Array {
    crate::web::schema::list_of(Indicator::ALL.iter().map(|i| i.as_code()))
}

fn people_affected() -> utoipa::openapi::schema::Object {
    crate::web::schema::one_of(PeopleAffected::ALL.iter().map(|p| p.as_code()))
}

fn relationship() -> utoipa::openapi::schema::Object {
    crate::web::schema::one_of(Relationship::ALL.iter().map(|r| r.as_code()))
}

/// A report that passed validation.
pub struct ValidReport {
    pub language: &'static str,
    pub supplier_id: Option<Uuid>,
    pub supplier_text: Option<Zeroizing<String>>,
    pub country: &'static str,
    pub indicators: Vec<Indicator>,
    pub immediate_danger: bool,
    pub people_affected: PeopleAffected,
    pub relationship: Relationship,
    pub narrative: Zeroizing<String>,
    sector: Option<String>,
}

fn trimmed(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn reject_control(field: &'static str, text: &str) -> Result<(), AppError> {
    if text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t')
    {
        return Err(AppError::invalid(field, "contains control characters"));
    }
    Ok(())
}

impl ReportInput {
    /// Checks every field and resolves the supplier; errors name the field, never echo it.
    #[allow(
        clippy::too_many_lines,
        reason = "one check per form field, in the form's order"
    )]
    pub async fn validate(&self, state: &AppState) -> Result<ValidReport, AppError> {
        let locales = state.locales();
        let language = match trimmed(self.language.as_ref()) {
            Some(code) => locales
                .find(code)
                .ok_or_else(|| AppError::invalid("language", "is not a supported language"))?
                .code
                .as_str(),
            None => locales.default_language().code.as_str(),
        };
        let narrative = trimmed(self.narrative.as_ref())
            .ok_or_else(|| AppError::missing("narrative", "is required: tell us what happened"))?;
        if narrative.chars().count() > MAX_NARRATIVE {
            return Err(AppError::too_long(
                "narrative",
                format!("must be at most {MAX_NARRATIVE} characters"),
            ));
        }
        reject_control("narrative", narrative)?;
        let people_affected: PeopleAffected = trimmed(self.people_affected.as_ref())
            .ok_or_else(|| AppError::missing("people_affected", "is required"))?
            .parse()
            .map_err(|_| {
                AppError::invalid(
                    "people_affected",
                    allowed(PeopleAffected::ALL.iter().map(|p| p.as_code())),
                )
            })?;
        let relationship: Relationship = trimmed(self.relationship.as_ref())
            .ok_or_else(|| AppError::missing("relationship", "is required"))?
            .parse()
            .map_err(|_| {
                AppError::invalid(
                    "relationship",
                    allowed(Relationship::ALL.iter().map(|r| r.as_code())),
                )
            })?;
        let mut indicators = Vec::with_capacity(self.indicators.len());
        for (i, code) in self.indicators.iter().enumerate() {
            let indicator: Indicator = code.parse().map_err(|_| {
                AppError::invalid(
                    "indicators",
                    format!("item {i} is not a known indicator code"),
                )
            })?;
            if !indicators.contains(&indicator) {
                indicators.push(indicator);
            }
        }
        let supplier_text = trimmed(self.supplier_text.as_ref()).map(str::to_string);
        if let Some(text) = &supplier_text {
            if text.chars().count() > MAX_SUPPLIER_TEXT {
                return Err(AppError::too_long(
                    "supplier_text",
                    format!("must be at most {MAX_SUPPLIER_TEXT} characters"),
                ));
            }
            reject_control("supplier_text", text)?;
        }

        let supplier = self.resolve_supplier(state).await?;
        let country = match (trimmed(self.country.as_ref()), &supplier) {
            (Some(code), _) => countries::parse(code).map_err(|_| {
                AppError::invalid(
                    "country",
                    "must be an ISO 3166-1 alpha-2 code such as SE or BD",
                )
            })?,
            (None, Some(s)) => countries::parse(&s.country).map_err(AppError::internal)?,
            (None, None) => return Err(AppError::missing("country", "is required")),
        };
        if supplier.is_none() && supplier_text.is_none() {
            return Err(AppError::invalid(
                "supplier_text",
                "name or describe the workplace, or pick it from the list",
            ));
        }
        Ok(ValidReport {
            language,
            supplier_id: supplier.as_ref().map(|s| s.id),
            sector: supplier.and_then(|s| s.sector),
            supplier_text: supplier_text.map(Zeroizing::new),
            country,
            indicators,
            immediate_danger: self.immediate_danger,
            people_affected,
            relationship,
            narrative: Zeroizing::new(narrative.to_string()),
        })
    }

    async fn resolve_supplier(
        &self,
        state: &AppState,
    ) -> Result<Option<crate::store::entities::suppliers::Model>, AppError> {
        let db = state.db().conn();
        if let Some(raw) = trimmed(self.supplier_id.as_ref()) {
            let id = Uuid::parse_str(raw)
                .map_err(|_| AppError::invalid("supplier_id", "is not a valid id"))?;
            return suppliers::find(db, id).await?.map(Some).ok_or_else(|| {
                AppError::invalid("supplier_id", "is not a supplier in the directory")
            });
        }
        if let Some(raw) = trimmed(self.site_code.as_ref()) {
            let code = crate::domain::site_code::SiteCode::parse(raw).map_err(|_| {
                AppError::invalid(
                    "site_code",
                    "must be the six letters and digits on the poster",
                )
            })?;
            return suppliers::find_by_site_code(db, code.as_str())
                .await?
                .map(Some)
                .ok_or_else(|| {
                    AppError::invalid(
                        "site_code",
                        "does not match any workplace; check the poster",
                    )
                });
        }
        Ok(None)
    }
}

fn allowed<'a>(codes: impl Iterator<Item = &'a str>) -> String {
    format!("must be one of {}", codes.collect::<Vec<_>>().join(", "))
}

/// A short, random, non-sequential reference for staff ("KJ-7F3Q2A9M"): a sequence would tell
/// a supplier how many reports came before.
fn new_reference() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    crate::crypto::random::fill(&mut bytes)?;
    let alphabet = crate::domain::site_code::ALPHABET;
    let code: String = bytes
        .iter()
        .filter(|b| **b < 248)
        .take(8)
        .map(|b| char::from(alphabet[usize::from(*b) % alphabet.len()]))
        .collect();
    Ok(format!("KJ-{code}"))
}

/// Counts a report nobody could receive, for the day only: the coordinators and the operator
/// are told the next day (`notify::alerts`), so nothing records when the reporter came.
/// A counter that cannot be written is logged and left: the reporter is told what matters to
/// them (nobody can receive the report), never a server error about a statistic.
async fn count_refusal(state: &AppState) {
    let counted = async {
        let txn = state.db().begin().await?;
        crate::store::refusals::count(&*txn, state.clock().today()).await?;
        txn.commit().await
    };
    if let Err(err) = counted.await {
        tracing::warn!(error = %err, "could not count a refused report");
    }
}

/// Stores a validated report and returns its receipt, which exists nowhere else.
/// Files a report. `form` is the report page's single-use form id: a second submission of the
/// same form (a reload of the receipt page) is refused with `409 already_sent` and stores
/// nothing.
#[allow(
    clippy::too_many_lines,
    reason = "one report from routing to commit in one transaction, so nothing is half stored"
)]
pub async fn submit(
    state: &AppState,
    report: ValidReport,
    form: Option<&str>,
) -> Result<Filed, AppError> {
    // Keyed, so a copy of the database cannot be matched against a form id read from a device.
    let form_hash = form.map(|id| {
        crate::crypto::keyed_hash(
            state.secrets().receipt_pepper(),
            "kedja spent report form v1",
            id.as_bytes(),
        )
    });
    if let Some(hash) = &form_hash
        && crate::store::spent_forms::is_spent(state.db().conn(), hash).await?
    {
        return Err(already_sent());
    }
    let Some(owner) = routing::route(
        state.db().conn(),
        &routing::Target {
            supplier_id: report.supplier_id,
            country: report.country,
            sector: report.sector.as_deref(),
        },
    )
    .await?
    else {
        count_refusal(state).await;
        return Err(AppError::Unavailable {
            code: "no_recipient",
            message:
                "No organisation can receive reports about this workplace yet. Nothing was stored. \
                  Please contact the organisation that buys from it in another way."
                    .into(),
        });
    };

    let receipt = receipts::generate()?;
    let pepper = *state.secrets().receipt_pepper();
    let for_kdf = receipt.clone();
    let derived = state
        .kdf()
        .run(crate::crypto::kdf::Lane::Reporter, move || {
            receipts::derive(&for_kdf, &pepper)
        })
        .await
        .map_err(|_| AppError::Busy {
            retry_after: std::time::Duration::from_secs(2),
        })??;

    let case_id = Uuid::new_v4();
    let content = CaseContent {
        language: report.language.to_string(),
        narrative: report.narrative.to_string(),
        supplier_text: report.supplier_text.as_ref().map(|t| t.to_string()),
        relationship: report.relationship,
        people_affected: report.people_affected,
        immediate_danger: report.immediate_danger,
    };
    let plaintext = Zeroizing::new(serde_json::to_vec(&content)?);
    drop(content);
    let org_recipient = keys::parse_recipient(&owner.recipient)?;
    let reporter_recipient = derived.identity.to_public();
    let sealed = crypto::seal(
        &Context::CaseContent { case: case_id },
        &[org_recipient, reporter_recipient.clone()],
        &plaintext,
    )?;
    let content_hash = crate::crypto::sha256_hex(&sealed);

    let priority = priority::assess(
        &report.indicators,
        report.immediate_danger,
        report.people_affected,
    );
    let today = state.clock().today();
    let policy = DeadlinePolicy {
        acknowledge_days: u32::try_from(owner.acknowledge_days).unwrap_or(7),
        feedback_months: u32::try_from(owner.feedback_months).unwrap_or(3),
    };

    let txn = state.db().begin().await?;
    if let Some(hash) = &form_hash
        && !crate::store::spent_forms::spend(&*txn, hash, today).await?
    {
        return Err(already_sent());
    }
    cases::insert(
        &*txn,
        cases::NewCase {
            id: case_id,
            reference: new_reference()?,
            owner_org_id: owner.id,
            supplier_id: report.supplier_id,
            country: report.country.to_string(),
            sector: report.sector.clone(),
            priority: priority.as_code().to_string(),
            receipt_lookup: derived.lookup.to_vec(),
            reporter_recipient: reporter_recipient.to_string(),
            received_on: today,
            acknowledge_by: deadlines::acknowledge_by(today, &policy),
            indicators: report.indicators.iter().map(|i| i.as_code()).collect(),
            sealed_content: sealed,
        },
    )
    .await?;
    audit::defer(
        &*txn,
        state.clock().today(),
        Event::new(Actor::Reporter, AuditAction::CaseReceived)
            .org(owner.id)
            .subject("case", case_id)
            .details(serde_json::json!({
                "priority": priority.as_code(),
                "content_sha256": content_hash,
            })),
    )
    .await?;
    crate::notify::enqueue_for_org_handlers(
        &*txn,
        state.clock().now(),
        crate::notify::NoticeKind::NewReport,
        owner.id,
        Some(case_id),
    )
    .await?;
    txn.commit().await?;
    Ok(Filed { receipt, case_id })
}

/// A report stored: its receipt, to show once, and its case, for evidence sent with it.
pub struct Filed {
    pub receipt: Receipt,
    pub case_id: Uuid,
}

/// The answer to a report form sent twice.
pub fn already_sent() -> AppError {
    AppError::Conflict {
        code: "already_sent",
        message: "This report was already sent.".into(),
    }
}

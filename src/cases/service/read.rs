//! Reading cases: the list in order of urgency, one case opened for a handler (audited), and
//! an evidence file decrypted for download (audited).

use super::*;
use crate::domain::search::CaseSearch;
use crate::store::cases::AssigneeFilter;

pub(super) fn overdue_of(case: &entities::cases::Model, today: NaiveDate) -> Option<&'static str> {
    let state: CaseState = case.state.parse().ok()?;
    deadlines::overdue(state, today, case.acknowledge_by, case.feedback_by).map(|o| match o {
        Overdue::Acknowledgement => "acknowledgement",
        Overdue::Feedback => "feedback",
    })
}

/// The list filters as sent; each is checked.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    pub state: Option<String>,
    pub priority: Option<String>,
    pub overdue: Option<String>,
    pub supplier_id: Option<String>,
    pub indicator: Option<String>,
    /// A member's id, or `none` for cases nobody is assigned to.
    pub assignee: Option<String>,
    /// A case reference (`KJ-…`) or words of a supplier's name; report content is sealed and
    /// cannot be searched.
    pub q: Option<String>,
    /// How many cases a page holds: 50 unless asked, at most 200.
    pub limit: Option<String>,
    /// The page after this key (from the previous page's `next` link).
    pub after: Option<String>,
}

/// The longest search the case list takes.
pub const MAX_SEARCH: usize = 200;

/// The default page size.
pub const PAGE: u64 = 50;

/// One page of the case list, and the key the next page starts after, if there is one.
#[derive(Debug)]
pub struct CasePage {
    pub cases: Vec<CaseSummary>,
    pub next: Option<String>,
}

pub(super) fn some(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

impl ListQuery {
    pub(super) fn filter(&self) -> Result<(ListFilter, Option<bool>), AppError> {
        let state = some(&self.state)
            .map(|s| s.parse::<CaseState>().map(|s| s.as_code().to_string()))
            .transpose()
            .map_err(|e| {
                AppError::invalid(
                    "state",
                    e.to_string().trim_start_matches("state: ").to_string(),
                )
            })?;
        let priority = some(&self.priority)
            .map(|p| p.parse::<Priority>().map(|p| p.as_code().to_string()))
            .transpose()
            .map_err(|e| {
                AppError::invalid(
                    "priority",
                    e.to_string().trim_start_matches("priority: ").to_string(),
                )
            })?;
        let indicator = some(&self.indicator)
            .map(|i| {
                i.parse::<crate::domain::Indicator>()
                    .map(|i| i.as_code().to_string())
            })
            .transpose()
            .map_err(|_| AppError::invalid("indicator", "is not a known indicator code"))?;
        let supplier_id = some(&self.supplier_id)
            .map(Uuid::parse_str)
            .transpose()
            .map_err(|_| AppError::invalid("supplier_id", "is not a valid id"))?;
        let assignee = match some(&self.assignee) {
            None => None,
            Some("none") => Some(AssigneeFilter::Nobody),
            Some(raw) => Some(AssigneeFilter::Member(Uuid::parse_str(raw).map_err(
                |_| AppError::invalid("assignee", "is not a valid id or none"),
            )?)),
        };
        let search = match some(&self.q) {
            Some(q) if q.chars().count() > MAX_SEARCH => {
                return Err(AppError::too_long(
                    "q",
                    format!("must be at most {MAX_SEARCH} characters"),
                ));
            }
            q => q.and_then(CaseSearch::parse),
        };
        let overdue = match some(&self.overdue) {
            None => None,
            Some("true") => Some(true),
            Some("false") => Some(false),
            Some(_) => return Err(AppError::invalid("overdue", "must be true or false")),
        };
        Ok((
            ListFilter {
                state,
                priority,
                supplier_id,
                indicator,
                assignee,
                search,
                any_supplier: None,
                include_purged: false,
            },
            overdue,
        ))
    }
}

/// One page of the caller's cases, most urgent first: priority, then the deadline that
/// matters now (so overdue cases come first), then age. The order and the overdue filter are
/// the database's; a page is one index range (`store::queue`).
pub async fn list(
    state: &AppState,
    member: &Member,
    query: &ListQuery,
) -> Result<CasePage, AppError> {
    let caller = crate::access::case_reader(member)?;
    let (filter, overdue) = query.filter()?;
    let limit = match some(&query.limit) {
        None => PAGE,
        Some(raw) => raw
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=queue::MAX_PAGE).contains(n))
            .ok_or_else(|| AppError::invalid("limit", "must be a whole number from 1 to 200"))?,
    };
    let after = some(&query.after)
        .map(|raw| {
            queue::QueueKey::parse(raw)
                .ok_or_else(|| AppError::invalid("after", "is not a page link this list made"))
        })
        .transpose()?;
    let db = state.db().conn();
    let today = state.clock().today();
    // One more than the page, to know whether another follows.
    let mut rows = queue::page(
        db,
        caller,
        &filter,
        overdue.map(|want| (want, today)),
        after.as_ref(),
        limit + 1,
    )
    .await?;
    let more = rows.len() > usize::try_from(limit).unwrap_or(usize::MAX);
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next = more
        .then(|| rows.last().map(|last| queue::QueueKey::of(last).token()))
        .flatten();
    // A page is at most 200 cases: these lists are bounded by it.
    let ids: Vec<Uuid> = rows.iter().map(|c| c.id).collect();
    let indicators = cases::indicators_of(db, &ids).await?;
    let supplier_ids: Vec<Uuid> = rows.iter().filter_map(|c| c.supplier_id).collect();
    let names = crate::store::suppliers::names_of(db, &supplier_ids).await?;
    let cases = rows
        .iter()
        .map(|case| summary(case, &indicators, &names, today))
        .collect();
    Ok(CasePage { cases, next })
}

pub(super) fn summary(
    case: &entities::cases::Model,
    indicators: &std::collections::HashMap<Uuid, Vec<String>>,
    names: &std::collections::HashMap<Uuid, String>,
    today: NaiveDate,
) -> CaseSummary {
    CaseSummary {
        id: case.id,
        reference: case.reference.clone(),
        state: case.state.clone(),
        priority: case.priority.clone(),
        received_on: case.received_on,
        acknowledge_by: case.acknowledge_by,
        feedback_by: case.feedback_by,
        supplier: case.supplier_id.and_then(|id| names.get(&id).cloned()),
        country: case.country.clone(),
        indicators: indicators.get(&case.id).cloned().unwrap_or_default(),
        assignee: case.assignee_id,
        overdue: overdue_of(case, today).map(std::borrow::Cow::Borrowed),
    }
}

/// The list entry of one case.
pub async fn summary_of(
    state: &AppState,
    case: &entities::cases::Model,
) -> Result<CaseSummary, AppError> {
    let db = state.db().conn();
    let indicators = cases::indicators_of(db, &[case.id]).await?;
    let names =
        crate::store::suppliers::names_of(db, &case.supplier_id.into_iter().collect::<Vec<_>>())
            .await?;
    Ok(summary(case, &indicators, &names, state.clock().today()))
}

pub(super) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Opens a case: decrypts content, thread, notes and evidence list. Audited as content access.
#[allow(
    clippy::too_many_lines,
    reason = "opens each sealed part of one case in turn with the same identity, then audits the read"
)]
pub async fn detail(state: &AppState, member: &Member, id: Uuid) -> Result<CaseDetail, AppError> {
    let case = open_case(state, member, id).await?;
    let identity = std::slice::from_ref(member.org_identity()?);
    let db = state.db().conn();
    let sealed = cases::content(db, case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let plain = crypto::open(&Context::CaseContent { case: case.id }, identity, &sealed)?;
    let content: CaseContent = serde_json::from_slice(&plain)?;
    let mut messages = Vec::new();
    for m in cases::messages(db, case.id).await? {
        let body = crypto::open(
            &Context::Message {
                case: case.id,
                message: m.id,
            },
            identity,
            &m.sealed,
        )?;
        messages.push(StaffMessage {
            id: m.id,
            from: m.author,
            author_id: m.author_member_id,
            body: text(&body),
            sent_on: m.sent_on,
        });
    }
    let mut notes = Vec::new();
    for n in cases::notes(db, case.id).await? {
        let body = crypto::open(
            &Context::Note {
                case: case.id,
                note: n.id,
            },
            identity,
            &n.sealed,
        )?;
        notes.push(StaffNote {
            id: n.id,
            author: n.author_member_id,
            body: text(&body),
            created_at: n.created_at,
        });
    }
    let mut attachments = Vec::new();
    for a in cases::attachments(db, case.id).await? {
        let meta = crypto::open(
            &Context::AttachmentMeta {
                case: case.id,
                attachment: a.id,
            },
            identity,
            &a.sealed_meta,
        )?;
        let meta: AttachmentMeta = serde_json::from_slice(&meta)?;
        attachments.push(StaffAttachment {
            id: a.id,
            name: meta.name,
            content_type: meta.content_type,
            size: a.size,
            metadata_removed: a.metadata_removed,
            sha256: meta.sha256,
        });
    }
    let summary = summary_of(state, &case).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::CaseRead)
            .org(member.org_id)
            .subject("case", case.id),
    )
    .await?;
    txn.commit().await?;
    // The chain's entries, then the reporter's that wait for their day's batch.
    let chained = cases::timeline(db, case.id)
        .await?
        .into_iter()
        .map(|e| (e.at, e.action, e.actor_kind, e.actor_id, e.details));
    let waiting = audit::pending_for(db, case.id).await?.into_iter().map(|e| {
        let midnight = e.day.and_time(chrono::NaiveTime::MIN).and_utc();
        (midnight, e.action, "reporter".to_string(), None, e.details)
    });
    let timeline = chained
        .chain(waiting)
        .map(|(at, action, actor, actor_id, details)| {
            let details: serde_json::Value =
                serde_json::from_str(&details).unwrap_or(serde_json::Value::Null);
            let state = |key: &str| details[key].as_str().map(str::to_string);
            TimelineEntry {
                at,
                from: state("from"),
                to: state("to"),
                action,
                actor,
                actor_id,
            }
        })
        .collect();
    let caller = crate::access::case_reader(member)?;
    let link = |c: &entities::cases::Model| CaseLink {
        id: c.id,
        reference: c.reference.clone(),
    };
    let duplicate_of = match case.duplicate_of {
        Some(other) => cases::get_for(db, caller, other).await?.map(|c| link(&c)),
        None => None,
    };
    let mut duplicated_by = Vec::new();
    for other in cases::duplicates_of(db, case.id, 20).await? {
        if cases::get_for(db, caller, other.id).await?.is_some() {
            duplicated_by.push(link(&other));
        }
    }
    let org_ref = |o: entities::organisations::Model| OrgRef {
        id: o.id,
        name: o.name,
    };
    let owner = cases::owner(db, &case)
        .await?
        .map(org_ref)
        .ok_or(AppError::NotFound)?;
    let mut shared_with = Vec::new();
    for org in cases::shared_with(db, case.id).await? {
        if let Some(o) = crate::store::orgs::find_org(db, org).await? {
            shared_with.push(org_ref(o));
        }
    }
    Ok(CaseDetail {
        summary,
        assessed_priority: case.assessed_priority.clone(),
        owner,
        shared_with,
        duplicate_of,
        duplicated_by,
        narrative: content.narrative.clone(),
        supplier_text: content.supplier_text.clone(),
        relationship: content.relationship.as_code().to_string(),
        people_affected: content.people_affected.as_code().to_string(),
        immediate_danger: content.immediate_danger,
        resolution: case.resolution,
        retaliation_risk: case.retaliation_risk,
        consent: case.consent,
        consent_on: case.consent_on,
        messages,
        notes,
        attachments,
        timeline,
    })
}

/// The language the reporter wrote in.
pub(super) async fn reporter_language(
    state: &AppState,
    member: &Member,
    case: &entities::cases::Model,
) -> Result<Lang, AppError> {
    let sealed = cases::content(state.db().conn(), case.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let plain = crypto::open(
        &Context::CaseContent { case: case.id },
        std::slice::from_ref(member.org_identity()?),
        &sealed,
    )?;
    let content: CaseContent = serde_json::from_slice(&plain)?;
    Ok(Lang::in_locales(state.locales(), Some(&content.language)))
}

/// Decrypts one evidence file of a case, as the client reads it.
pub async fn download(
    state: &AppState,
    member: &Member,
    id: Uuid,
    attachment_id: Uuid,
) -> Result<StreamedDownload, AppError> {
    let case = open_case(state, member, id).await?;
    let identity = member.org_identity()?.clone();
    let attachment = cases::attachment(state.db().conn(), case.id, attachment_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (meta, body) =
        crate::evidence::stream_attachment(state, &identity, case.id, &attachment).await?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::AttachmentDownloaded)
            .org(member.org_id)
            .subject("case", case.id)
            // The ciphertext's hash, never the file's: a document's plain hash in a clear
            // column would let whoever holds the same document confirm it was reported.
            .details(serde_json::json!({
                "attachment_id": attachment.id,
                "ciphertext_sha256": attachment.ciphertext_sha256,
            })),
    )
    .await?;
    txn.commit().await?;
    Ok(StreamedDownload {
        name: meta.name,
        body,
    })
}

//! The case list as CSV: the same filters as the list, clear columns only (never a word of a
//! report, which is sealed), written a keyset batch at a time so memory stays one batch
//! however many cases match. One audit entry per export.

use bytes::Bytes;
use futures_util::Stream;

use super::*;
use crate::store::cases::Caller;

/// The columns of the export, in order.
pub const CSV_COLUMNS: [&str; 11] = [
    "reference",
    "state",
    "priority",
    "retaliation_risk",
    "supplier",
    "country",
    "received_on",
    "acknowledge_by",
    "feedback_by",
    "overdue",
    "assignee_email",
];

/// Where an export has got to.
struct Cursor {
    state: AppState,
    caller: Caller,
    filter: ListFilter,
    overdue: Option<(bool, NaiveDate)>,
    today: NaiveDate,
    after: Option<queue::QueueKey>,
    header_sent: bool,
    done: bool,
}

/// Starts an export of the caller's cases with the list's filters (`limit` and `after` are
/// ignored: an export is the whole filtered list). The export is audited before the first byte
/// leaves; the stream then reads one page of the list at a time.
pub async fn export_csv(
    state: &AppState,
    member: &Member,
    query: &ListQuery,
) -> Result<impl Stream<Item = Result<Bytes, AppError>> + Send + 'static, AppError> {
    let caller = crate::access::case_list_tools(member)?;
    member.require_step_up(state)?;
    let (filter, overdue) = query.filter()?;
    let txn = state.db().begin().await?;
    audit::append(
        &*txn,
        state.clock().now(),
        Event::new(member.actor(), AuditAction::CasesExported)
            .org(member.org_id)
            // Which filters, never what was searched for: a search box can hold anything.
            .details(serde_json::json!({
                "state": filter.state,
                "priority": filter.priority,
                "indicator": filter.indicator,
                "supplier_id": filter.supplier_id,
                "assignee": some(&query.assignee),
                "overdue": overdue,
                "search": filter.search.is_some(),
            })),
    )
    .await?;
    txn.commit().await?;
    let today = state.clock().today();
    let cursor = Cursor {
        state: state.clone(),
        caller,
        filter,
        overdue: overdue.map(|want| (want, today)),
        today,
        after: None,
        header_sent: false,
        done: false,
    };
    Ok(futures_util::stream::try_unfold(cursor, next_batch))
}

/// The next batch of lines (the header first), or the end.
async fn next_batch(mut cursor: Cursor) -> Result<Option<(Bytes, Cursor)>, AppError> {
    if cursor.done {
        return Ok(None);
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    if !cursor.header_sent {
        out.write_record(CSV_COLUMNS).map_err(csv_error)?;
        cursor.header_sent = true;
    }
    let db = cursor.state.db().conn();
    let rows = queue::page(
        db,
        cursor.caller,
        &cursor.filter,
        cursor.overdue,
        cursor.after.as_ref(),
        queue::MAX_PAGE,
    )
    .await?;
    cursor.done = rows.len() < usize::try_from(queue::MAX_PAGE).unwrap_or(usize::MAX);
    cursor.after = rows.last().map(queue::QueueKey::of);
    let supplier_ids: Vec<Uuid> = rows.iter().filter_map(|c| c.supplier_id).collect();
    let names = crate::store::suppliers::names_of(db, &supplier_ids).await?;
    let assignee_ids: Vec<Uuid> = rows.iter().filter_map(|c| c.assignee_id).collect();
    // Only the caller's own colleagues by address: a shared case's assignee belongs to the
    // owner, whose handlers' addresses are not the co-buyer's to export.
    let emails = crate::store::orgs::emails_of(db, cursor.caller.org_id, &assignee_ids).await?;
    for case in &rows {
        write_case(&mut out, case, &names, &emails, cursor.today)?;
    }
    let bytes = out
        .into_inner()
        .map_err(|e| csv_error(e.into_error().into()))?;
    Ok(Some((Bytes::from(bytes), cursor)))
}

fn write_case(
    out: &mut csv::Writer<Vec<u8>>,
    case: &entities::cases::Model,
    names: &std::collections::HashMap<Uuid, String>,
    emails: &std::collections::HashMap<Uuid, String>,
    today: NaiveDate,
) -> Result<(), AppError> {
    use crate::domain::spreadsheet::text_cell;
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let supplier = case
        .supplier_id
        .and_then(|id| names.get(&id))
        .map_or("", String::as_str);
    let assignee = case
        .assignee_id
        .and_then(|id| emails.get(&id))
        .map_or("", String::as_str);
    let record = [
        case.reference.clone(),
        case.state.clone(),
        case.priority.clone(),
        case.retaliation_risk.clone().unwrap_or_default(),
        supplier.to_string(),
        case.country.clone(),
        date(Some(case.received_on)),
        date(Some(case.acknowledge_by)),
        date(case.feedback_by),
        overdue_of(case, today).unwrap_or_default().to_string(),
        assignee.to_string(),
    ];
    // Every cell, not only the typed ones: no cell of this file is ever read as a formula.
    out.write_record(record.iter().map(|cell| text_cell(cell).into_owned()))
        .map_err(csv_error)
}

fn csv_error(err: csv::Error) -> AppError {
    AppError::Internal(anyhow::anyhow!("writing the CSV export failed: {err}"))
}

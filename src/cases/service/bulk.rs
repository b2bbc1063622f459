//! One action on several cases chosen from the list: assigning them, or closing them with one
//! resolution. Each case goes through the very function a single case goes through
//! (`assign`, `transition`), so every access rule and workflow rule applies to each case on
//! its own, each in its own transaction with its own audit entry. A case that is refused
//! does not stop the others; the outcome says which were done and why the others were not.

use super::*;

/// The most cases one bulk action takes: one page of the list.
pub const MAX_BULK: usize = queue::MAX_PAGE as usize;

/// What to do to every chosen case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    /// Assign to this member, or to nobody.
    Assign(Option<Uuid>),
    /// Close with this resolution.
    Close(Resolution),
}

/// A case a bulk action did not change, and why.
#[derive(Debug)]
pub struct BulkRefusal {
    /// The case's reference where the caller may see the case; otherwise the id as sent.
    pub case: String,
    pub reason: AppError,
}

/// What a bulk action did.
#[derive(Debug, Default)]
pub struct BulkOutcome {
    /// The references of the cases changed.
    pub done: Vec<String>,
    pub refused: Vec<BulkRefusal>,
}

impl BulkAction {
    /// The resolution a bulk close may use: every one but `duplicate`, which names one other
    /// case per case and so is done one case at a time.
    pub fn close(resolution: &str) -> Result<Self, AppError> {
        match resolution.parse::<Resolution>() {
            Ok(Resolution::Duplicate) => Err(AppError::invalid(
                "resolution",
                "duplicate is set one case at a time",
            )),
            Ok(resolution) => Ok(Self::Close(resolution)),
            Err(e) => Err(AppError::invalid(
                "resolution",
                format!("must be one of {}", e.allowed),
            )),
        }
    }
}

/// The chosen cases' ids as sent: each must be an id, none twice, at least one and at most
/// [`MAX_BULK`].
pub fn bulk_ids(raw: &[String]) -> Result<Vec<Uuid>, AppError> {
    let mut ids: Vec<Uuid> = Vec::new();
    for value in raw.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let id =
            Uuid::parse_str(value).map_err(|_| AppError::invalid("case", "is not a case id"))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.is_empty() {
        return Err(AppError::missing("case", "choose at least one case"));
    }
    if ids.len() > MAX_BULK {
        return Err(AppError::invalid(
            "case",
            format!("at most {MAX_BULK} cases at once"),
        ));
    }
    Ok(ids)
}

/// Applies `action` to each case in turn.
pub async fn bulk(
    state: &AppState,
    member: &Member,
    ids: &[Uuid],
    action: BulkAction,
) -> Result<BulkOutcome, AppError> {
    let caller = crate::access::case_list_tools(member)?;
    if ids.len() > MAX_BULK {
        return Err(AppError::invalid(
            "case",
            format!("at most {MAX_BULK} cases at once"),
        ));
    }
    let mut outcome = BulkOutcome::default();
    for &id in ids {
        let result = match action {
            BulkAction::Assign(user) => assign(state, member, id, user).await,
            BulkAction::Close(resolution) => {
                let input = TransitionInput {
                    to: CaseState::Closed.as_code().to_string(),
                    resolution: Some(resolution.as_code().to_string()),
                    message: None,
                    reason: None,
                    duplicate_of: None,
                };
                transition(state, member, id, input).await
            }
        };
        match result {
            Ok(summary) => outcome.done.push(summary.reference),
            // A fault of the service stops the batch; the cases done so far stay done.
            Err(err) if err.status().is_server_error() => return Err(err),
            Err(reason) => {
                // Named by reference only if the caller may see the case.
                let case = cases::get_for(state.db().conn(), caller, id)
                    .await?
                    .map_or_else(|| id.to_string(), |c| c.reference);
                outcome.refused.push(BulkRefusal { case, reason });
            }
        }
    }
    Ok(outcome)
}

//! Alerts about reports nobody could receive. When routing finds no organisation for a report,
//! intake refuses it and counts it for the day (`store::refusals`), nothing more. This job,
//! run by the server with the reminders, tells the coordinator organisations' admins, their
//! alert addresses and the operator how many reports were refused on the days before today.
//!
//! Why the day after: an e-mail sent the moment a reporter is turned away would record that
//! moment to the second (in its `Date` header, in the relay's logs). Sent the next day, with a
//! count and the days, it says no more than the day, like everything else a reporter leaves.
//! It names no supplier and no country: the count is all there is.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::{Addressee, NoticeKind, Payload, Refused, outbox};
use crate::domain::accounts::{OrgKind, Role};
use crate::store::Db;
use crate::store::entities::{members, organisations};

/// Queues one alert per coordinator admin, coordinator alert address and the operator (if
/// `operator` is set) for the refusals of the days before `now`'s day not yet told, and marks
/// those days told. Returns how many refused reports the alerts count (0: nothing to tell).
pub async fn queue_refused(
    db: &Db,
    now: DateTime<Utc>,
    operator: Option<&str>,
) -> Result<u64, DbErr> {
    let txn = db.begin().await?;
    let days = crate::store::refusals::untold_before(&*txn, now.date_naive()).await?;
    let (Some(first), Some(last)) = (days.first(), days.last()) else {
        return Ok(0);
    };
    let count: u64 = days
        .iter()
        .map(|day| u64::try_from(day.count).unwrap_or(0))
        .sum();
    let payload = Payload {
        refused: Some(Refused {
            count,
            from: first.day,
            to: last.day,
        }),
        ..Payload::default()
    };
    let coordinators: Vec<(Uuid, Option<String>)> = organisations::Entity::find()
        .select_only()
        .column(organisations::Column::Id)
        .column(organisations::Column::AlertEmail)
        .filter(organisations::Column::Kind.eq(OrgKind::Coordinator.as_code()))
        .into_tuple()
        .all(&*txn)
        .await?;
    let admins: Vec<Uuid> = members::Entity::find()
        .select_only()
        .column(members::Column::Id)
        .filter(members::Column::OrgId.is_in(coordinators.iter().map(|(id, _)| *id)))
        .filter(members::Column::Role.eq(Role::Admin.as_code()))
        .filter(members::Column::Pending.eq(false))
        .filter(members::Column::Disabled.eq(false))
        .into_tuple()
        .all(&*txn)
        .await?;
    let addressed = |to: Addressee| Payload {
        to: Some(to),
        ..payload.clone()
    };
    let mut alerts: Vec<(Option<Uuid>, Payload)> = admins
        .into_iter()
        .map(|admin| (Some(admin), payload.clone()))
        .collect();
    alerts.extend(
        coordinators
            .iter()
            .filter(|(_, address)| address.is_some())
            .map(|(org, _)| (None, addressed(Addressee::Organisation(*org)))),
    );
    if operator.is_some() {
        alerts.push((None, addressed(Addressee::Operator)));
    }
    outbox::enqueue_with_payloads(&*txn, now, NoticeKind::RefusedReports, alerts).await?;
    let told: Vec<_> = days.iter().map(|day| day.day).collect();
    crate::store::refusals::mark_told(&*txn, &told).await?;
    txn.commit().await?;
    Ok(count)
}

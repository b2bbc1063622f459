//! The database refuses a code the service does not know, in every coded column, on both
//! databases: a bug or a hand-edited row cannot put a case into a state the workflow has no
//! rule for.

use crate::helpers::{TestApp, each_backend, fixtures};
use kedja::domain::accounts::{OrgKind, Role};
use kedja::domain::escalation::Consent;
use kedja::domain::{CaseState, Priority, Resolution, RetaliationRisk};
use sea_orm::ConnectionTrait;

fn codes(all: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
    all.collect()
}

async fn set(app: &TestApp, table: &str, column: &str, value: &str) -> bool {
    app.state
        .db()
        .conn()
        .execute_unprepared(&format!("UPDATE {table} SET {column} = '{value}'"))
        .await
        .is_ok()
}

#[tokio::test]
async fn every_coded_column_takes_its_codes_and_refuses_others() {
    each_backend(|app| async move {
        let buyer = fixtures::buyer(&app, "Region Nord").await;
        fixtures::submit(&app, &fixtures::report(buyer.supplier_id, "Checks")).await;
        let columns: Vec<(&str, &str, Vec<&str>)> = vec![
            (
                "cases",
                "state",
                codes(CaseState::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "cases",
                "resolution",
                codes(Resolution::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "cases",
                "priority",
                codes(Priority::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "cases",
                "assessed_priority",
                codes(Priority::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "cases",
                "retaliation_risk",
                codes(RetaliationRisk::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "cases",
                "consent",
                codes(Consent::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "members",
                "role",
                codes(Role::ALL.iter().map(|c| c.as_code())),
            ),
            (
                "organisations",
                "kind",
                codes(OrgKind::ALL.iter().map(|c| c.as_code())),
            ),
        ];
        for (table, column, known) in columns {
            for code in &known {
                assert!(
                    set(&app, table, column, code).await,
                    "{table}.{column} refused {code}"
                );
            }
            assert!(
                !set(&app, table, column, "no_such_code").await,
                "{table}.{column} took an unknown code"
            );
        }
    })
    .await;
}

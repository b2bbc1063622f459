//! Facts about the instance kept in the database: for now, the fingerprint of the receipt
//! pepper, so that starting with different secrets is refused instead of orphaning receipts.

use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait};

use super::entities::instance;

const PEPPER_FINGERPRINT: &str = "receipt_pepper_fingerprint";

/// What the database said about the secrets it was given.
#[derive(Debug, PartialEq, Eq)]
pub enum SecretsCheck {
    /// The database knew these secrets.
    Matches,
    /// A new database: the fingerprint is now recorded.
    Recorded,
    /// The database belongs to other secrets.
    Mismatch,
}

/// Compares the pepper's fingerprint with the one on record, recording it on first start.
pub async fn check_secrets(
    db: &DatabaseConnection,
    fingerprint: &str,
) -> Result<SecretsCheck, sea_orm::DbErr> {
    match instance::Entity::find_by_id(PEPPER_FINGERPRINT.to_string())
        .one(db)
        .await?
    {
        Some(row) if row.value == fingerprint => Ok(SecretsCheck::Matches),
        Some(_) => Ok(SecretsCheck::Mismatch),
        None => {
            instance::Entity::insert(instance::ActiveModel {
                key: Set(PEPPER_FINGERPRINT.to_string()),
                value: Set(fingerprint.to_string()),
            })
            .exec(db)
            .await?;
            Ok(SecretsCheck::Recorded)
        }
    }
}

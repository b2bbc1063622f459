//! What every handler can reach: the settings, the database, the blob store, the instance
//! secrets, the argon2 pool and the clock. Built once by `server` at start-up; cheap to clone.

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Settings;
use crate::crypto::KdfPool;
use crate::crypto::secrets::InstanceSecrets;
use crate::domain::admission::LocalWindow;
use crate::locales::Locales;
use crate::store::Db;
use crate::store::blobs::BlobStore;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    settings: Settings,
    db: Db,
    blobs: BlobStore,
    photos: Arc<tokio::sync::Semaphore>,
    exports: Arc<tokio::sync::Semaphore>,
    secrets: InstanceSecrets,
    kdf: KdfPool,
    clock: Clock,
    locales: &'static Locales,
    receipt_failures: std::sync::Mutex<LocalWindow>,
}

impl AppState {
    /// The settings the service started with.
    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.0.db
    }

    /// The blob store.
    pub fn blobs(&self) -> &BlobStore {
        &self.0.blobs
    }

    /// Room for photos held in memory while their metadata is removed.
    pub fn photo_permits(&self) -> &Arc<tokio::sync::Semaphore> {
        &self.0.photos
    }

    /// Room for escalation exports built in memory.
    pub fn export_permits(&self) -> &Arc<tokio::sync::Semaphore> {
        &self.0.exports
    }

    /// The instance secrets.
    pub fn secrets(&self) -> &InstanceSecrets {
        &self.0.secrets
    }

    /// The argon2 pool.
    pub fn kdf(&self) -> &KdfPool {
        &self.0.kdf
    }

    /// The clock.
    pub fn clock(&self) -> &Clock {
        &self.0.clock
    }

    /// This process's count of failed receipt sign-ins (kept in memory only: a reporter's
    /// failure may leave no time of day in the database; see `domain::admission`).
    pub fn receipt_failures(&self) -> std::sync::MutexGuard<'_, LocalWindow> {
        self.0
            .receipt_failures
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The languages, loaded once for the process.
    pub fn locales(&self) -> &'static Locales {
        self.0.locales
    }
}

/// The parts an [`AppState`] is made of.
pub struct Parts {
    pub settings: Settings,
    pub db: Db,
    pub blobs: BlobStore,
    pub secrets: InstanceSecrets,
    pub kdf: KdfPool,
    pub clock: Clock,
    pub locales: &'static Locales,
}

impl AppState {
    /// Assembles the state.
    pub fn new(parts: Parts) -> Self {
        Self(Arc::new(Inner {
            settings: parts.settings,
            db: parts.db,
            blobs: parts.blobs,
            // Each photo being cleaned is held whole (up to the per-file limit, about three
            // copies): a few at a time bounds that memory.
            photos: Arc::new(tokio::sync::Semaphore::new(4)),
            // An export holds a case's decrypted evidence in memory (up to the per-case limit).
            exports: Arc::new(tokio::sync::Semaphore::new(2)),
            secrets: parts.secrets,
            kdf: parts.kdf,
            clock: parts.clock,
            locales: parts.locales,
            receipt_failures: std::sync::Mutex::default(),
        }))
    }
}

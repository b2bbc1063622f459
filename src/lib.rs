//! kedja: anonymous grievance and tip reporting for supply chains.
//!
//! Workers at suppliers report forced labour; case handlers at the buying organisations follow
//! up; authorities receive escalations.
//!
//! # Floors
//!
//! The module tree is the architecture. A module imports only modules on floors below its own,
//! and no two top-level modules import each other (`.ci/layers.py` checks both in CI):
//!
//! ```text
//! 10 cli                                   the command line; main.rs only calls it
//!  9 server                                router, OpenAPI document, listeners, background jobs
//!  8 intake accounts cases escalation      the audiences: one per kind of user, thin HTTP edges
//!    admin stats
//!  7 access                                every role gate
//!  6 web                                   HTTP kernel: sessions, cookies, CSRF, extractors,
//!                                          page chrome, error pages, downloads, i18n, limits
//!  5 notify evidence retention             outbox and e-mail; evidence files; purge
//!  4 audit state                           the hash-chained log; AppState
//!  3 store                                 the only module that speaks SQL; the blob store
//!  2 crypto                                the only module that seals, opens or draws randomness
//!  1 error                                 AppError, the one error type
//!  0 domain config clock durable locales   pure rules; settings; the one clock; fsync;
//!                                          the languages and their messages
//! ```
//!
//! An audience imports no other audience, except where one audience's page embeds another's
//! panel: `cases` → `escalation` (the case page carries the escalation panel and its forms) and
//! `intake` → `escalation` (the reporter's status page asks the consent question). Only
//! `server` and `cli` name every audience.
#![forbid(unsafe_code)]

pub mod access;
pub mod accounts;
pub mod admin;
pub mod audit;
pub mod cases;
pub mod cli;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod durable;
pub mod error;
pub mod escalation;
pub mod evidence;
pub mod intake;
pub mod locales;
pub mod notify;
pub mod retention;
pub mod server;
pub mod state;
pub mod stats;
pub mod store;
pub mod web;

pub use config::Settings;
pub use error::AppError;
pub use server::App;
pub use state::AppState;

//! kedja: anonymous grievance and tip reporting for supply chains.
//!
//! Workers at suppliers report forced labour; case handlers at the buying organisations follow
//! up; authorities receive escalations. The module tree is the architecture: `domain` holds the
//! rules and does no I/O, `crypto` is the only place plaintext is sealed or opened, `store` is
//! the only place that speaks SQL, and one module per audience (`intake`, `cases`, ...) holds
//! the thin HTTP edge. `app` assembles the router; `cli` is what `main.rs` calls.
#![forbid(unsafe_code)]

pub mod accounts;
pub mod admin;
pub mod app;
pub mod audit;
pub mod cases;
pub mod cli;
pub mod clock;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod error;
pub mod escalation;
pub mod intake;
pub mod notify;
pub mod retention;
pub mod stats;
pub mod store;
pub mod web;

pub use app::{App, AppState};
pub use config::Settings;
pub use error::AppError;

//! Organisations, members, suppliers and routing: provisioning used by the CLI and, later,
//! by the admin pages. Keys are made here and sealed before anything is stored.

pub mod provision;

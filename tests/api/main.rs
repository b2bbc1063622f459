//! kedja's integration tests: one binary, one module per area, as zero2prod arranges them.
//!
//! One binary links once instead of once per file, which is most of a cold test build. Every
//! test spawns the real app (or runs the real CLI) through [`helpers`], once on SQLite and once
//! on PostgreSQL when `KEDJA_TEST_POSTGRES_URL` is set.

// Test code: a panic is a failed test, and a test that tells one story end to end is as long
// as the story.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::too_many_lines)]

mod helpers;

mod admission;
mod audit;
mod case_list;
mod case_page;
mod cli;
mod database_down;
mod directory;
mod escalation;
mod files;
mod find;
mod foundation;
mod hostile;
mod html;
mod intake;
mod languages;
mod logs;
mod members;
mod notify;
mod openapi;
mod passwords;
mod perf;
mod posters;
mod report_form;
mod retention;
mod scale;
mod schema;
mod settings;
mod staff;

//! The report form sent as `multipart/form-data`: its text fields first, then any number of
//! `file` fields, so that a worker adds photos and documents in the same visit, without
//! typing the receipt again.
//!
//! The text is read whole (it is small and bounded); files are not read until the report is
//! stored, then each is streamed into evidence as an upload on the reporter's page would be.

use axum::extract::Multipart;
use axum::extract::multipart::Field;

use super::pages::{FileOutcome, ReportForm};
use super::submit::{self, Filed};
use crate::domain::text::size_label;
use crate::error::AppError;
use crate::evidence;
use crate::state::AppState;
use crate::web::chrome::reporter_message;
use crate::web::i18n::Lang;

/// At most this many text fields: the form has about twenty.
pub const MAX_TEXT_FIELDS: usize = 100;

/// At most this many files with one report.
pub const MAX_FILES: usize = 10;

fn unreadable() -> AppError {
    AppError::invalid("file", "the form could not be read as multipart form data")
}

/// What became of a report form sent with files.
pub enum Received {
    /// The form could not be read at all.
    Unreadable(AppError),
    /// The form was read: the report filed (and what became of each file), or refused.
    Read {
        form: Box<ReportForm>,
        filed: Result<Filed, AppError>,
        files: Vec<FileOutcome>,
    },
}

/// Reads the text fields (at most `limit` bytes in all), files the report when the first file
/// field arrives (or the form ends), then stores each file with it. A refused report stores no
/// file; the rest of the form is read and dropped so that the browser gets its answer.
pub async fn receive(
    state: &AppState,
    lang: Lang,
    multipart: &mut Multipart,
    limit: usize,
) -> Received {
    let mut text = FormText::new(limit);
    let mut report: Option<(ReportForm, Result<Filed, AppError>)> = None;
    let mut files = Vec::new();
    loop {
        let mut field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(_) if report.is_none() => return Received::Unreadable(unreadable()),
            Err(_) => break,
        };
        let is_file = field.name() == Some("file");
        if !is_file && report.is_none() {
            if let Err(err) = text.read(field).await {
                return Received::Unreadable(err);
            }
            continue;
        }
        if report.is_none() {
            let form = match parse_form(text.pairs()) {
                Ok(form) => form,
                Err(err) => return Received::Unreadable(err),
            };
            let filed = file(state, &form).await;
            report = Some((form, filed));
        }
        match &report {
            Some((_, Ok(filed))) if is_file && chosen(&field) && files.len() <= MAX_FILES => {
                files.push(store(state, lang, filed.case_id, files.len(), field).await);
            }
            // The report was refused: the file is read past, and named back so that the
            // worker knows to choose it again (a browser cannot refill a file field).
            Some((_, Err(_))) if is_file && chosen(&field) => {
                files.push(FileOutcome {
                    name: shown_name(&field),
                    detail: String::new(),
                    stored: false,
                });
                while let Ok(Some(_)) = field.chunk().await {}
            }
            // Not a file, or no file chosen: read past it.
            _ => while let Ok(Some(_)) = field.chunk().await {},
        }
    }
    let (form, filed) = match report {
        Some(report) => report,
        None => match parse_form(text.pairs()) {
            Ok(form) => {
                let filed = file(state, &form).await;
                (form, filed)
            }
            Err(err) => return Received::Unreadable(err),
        },
    };
    Received::Read {
        form: Box::new(form),
        filed,
        files,
    }
}

/// The text fields of a report form sent as multipart, read one field at a time until the
/// first `file` field: at most [`MAX_TEXT_FIELDS`] fields and a byte limit in all, each value
/// valid UTF-8. Public, with [`parse_form`], so that the fuzz targets and property tests
/// (`fuzz/`, `tests/parsers/`) drive the very parser the report form uses.
pub struct FormText {
    pairs: Vec<(String, String)>,
    bytes: usize,
    limit: usize,
}

impl FormText {
    /// No field read yet; the values may hold `limit` bytes in all.
    pub fn new(limit: usize) -> Self {
        Self {
            pairs: Vec::new(),
            bytes: 0,
            limit,
        }
    }

    /// Reads one text field whole. Too many fields or bytes answer 413; a field that cannot be
    /// read or is not UTF-8 answers 400, naming the form.
    pub async fn read(&mut self, mut field: Field<'_>) -> Result<(), AppError> {
        if self.pairs.len() >= MAX_TEXT_FIELDS {
            return Err(AppError::PayloadTooLarge);
        }
        let name = field.name().unwrap_or_default().to_string();
        let mut value = Vec::new();
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) => {
                    self.bytes += chunk.len();
                    if self.bytes > self.limit {
                        return Err(AppError::PayloadTooLarge);
                    }
                    value.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(_) => return Err(unreadable()),
            }
        }
        let value = String::from_utf8(value).map_err(|_| unreadable())?;
        self.pairs.push((name, value));
        Ok(())
    }

    /// The fields read so far, in the order sent.
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }
}

/// The report form from its text fields (see [`FormText`]).
pub fn parse_form(pairs: &[(String, String)]) -> Result<ReportForm, AppError> {
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    serde_html_form::from_str::<ReportForm>(&encoded)
        .map_err(|_| AppError::invalid("report", "the form's fields could not be read"))
}

/// Checks the form's token and that a site code's workplace was seen, then validates and
/// stores the report.
pub async fn file(state: &AppState, form: &ReportForm) -> Result<Filed, AppError> {
    super::pages::check_form(state, form)?;
    super::pages::check_site_code_seen(state, form).await?;
    let report = form.input(state.locales()).validate(state).await?;
    submit::submit(state, report, form.form_id()).await
}

/// Whether a file field carries a file: with no file chosen, browsers still send the field,
/// with an empty name and no bytes.
fn chosen(field: &Field<'_>) -> bool {
    field.file_name().is_some_and(|name| !name.is_empty())
}

/// The name the device gave a file, shown back on the page that answers the form only (never
/// stored); a long name is cut.
fn shown_name(field: &Field<'_>) -> String {
    field
        .file_name()
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

/// Adds one file to the case filed a moment ago, and says what became of it.
async fn store(
    state: &AppState,
    lang: Lang,
    case_id: uuid::Uuid,
    already: usize,
    mut field: Field<'_>,
) -> FileOutcome {
    let name = shown_name(&field);
    let outcome = if already >= MAX_FILES {
        while let Ok(Some(_)) = field.chunk().await {}
        Err(AppError::PayloadTooLarge)
    } else {
        match crate::store::cases::find(state.db().conn(), case_id).await {
            Ok(Some(case)) => evidence::store_upload(state, case, field).await,
            Ok(None) => Err(AppError::NotFound),
            Err(err) => Err(err.into()),
        }
    };
    match outcome {
        Ok(stored) => FileOutcome {
            detail: format!(
                "{} · {}",
                size_label(stored.size),
                super::reporter::metadata_text(lang, &stored.metadata, &stored.removed)
            ),
            name: stored.name,
            stored: true,
        },
        Err(err) => {
            if err.status().is_server_error() {
                tracing::warn!(error = %err, "a file sent with a report was not stored");
            }
            FileOutcome {
                name,
                detail: reporter_message(lang, &err),
                stored: false,
            }
        }
    }
}

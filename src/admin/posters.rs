//! Posters and wallet cards for a workplace: how to report safely, the site code, and a QR
//! code for `/report?site=CODE`, in the languages the admin picks. Drawn on the server, printed
//! from the browser; no script.

use askama::Template;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use serde::Deserialize;

use crate::error::AppError;
use crate::state::AppState;
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::SupplierId;
use crate::web::i18n::{Lang, Language};
use crate::web::session::Member;

/// At most this many languages on one poster: more would not fit on A4.
const MAX_LANGUAGES: usize = 3;

#[derive(Debug, Default, Deserialize)]
pub struct PosterQuery {
    #[serde(default)]
    languages: Vec<String>,
    /// `card` for a wallet card; a poster otherwise.
    format: Option<String>,
}

/// The chooser: which languages, poster or card.
#[derive(Template)]
#[template(path = "staff/poster-choose.html")]
pub struct ChoosePage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub supplier: crate::store::entities::suppliers::Model,
    pub languages: Vec<&'static Language>,
}

/// One language's text on a poster.
pub struct Block {
    pub lang: Lang,
}

/// The printable sheet.
#[derive(Template)]
#[template(path = "staff/poster.html")]
pub struct PosterPage {
    pub lang: Lang,
    pub card: bool,
    pub blocks: Vec<Block>,
    pub site_code: String,
    pub supplier: String,
    pub url: String,
    pub onion: Option<String>,
    pub qr: String,
}

/// The address the poster sends workers to: the public URL, else the onion address. Never the
/// address the admin happened to reach this page at: a poster printed from `localhost` or an
/// office network would send workers nowhere, or over plain HTTP.
fn report_url(state: &AppState, site_code: &str) -> Result<String, AppError> {
    let settings = state.settings();
    let base = settings
        .public_url
        .as_ref()
        .or(settings.onion_url.as_ref())
        .ok_or(AppError::Conflict {
            code: "no_public_url",
            message: "Posters need the address workers reach the service at: set KEDJA_PUBLIC_URL \
                      (or KEDJA_ONION_URL)."
                .into(),
        })?;
    Ok(format!(
        "{}/report?site={site_code}",
        base.as_str().trim_end_matches('/')
    ))
}

/// `GET /staff/suppliers/{id}/poster`: the chooser, or with `?languages=…` the poster or card
/// (admins of a buyer of the supplier).
pub async fn poster(
    State(state): State<AppState>,
    lang: Lang,
    member: Member,
    SupplierId(id): SupplierId,
    RawQuery(query): RawQuery,
) -> Response {
    // Repeated `languages=` keys: serde_html_form reads them into the list.
    let query = match serde_html_form::from_str::<PosterQuery>(query.as_deref().unwrap_or("")) {
        Ok(query) => query,
        Err(_) => {
            let err = AppError::invalid("languages", "could not be read");
            return error_page(lang, err, "/staff/suppliers");
        }
    };
    match render(&state, lang, &member, id, query).await {
        Ok(response) => response,
        Err(err) => error_page(lang, err, "/staff/suppliers"),
    }
}

async fn render(
    state: &AppState,
    lang: Lang,
    member: &Member,
    id: uuid::Uuid,
    query: PosterQuery,
) -> Result<Response, AppError> {
    crate::access::organisation_admin(member)?;
    let supplier = crate::store::suppliers::bought_by(state.db().conn(), member.org_id)
        .await?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or(AppError::NotFound)?;
    let mut picked: Vec<Lang> = Vec::new();
    for code in &query.languages {
        let language = lang.find(code).ok_or_else(|| {
            AppError::invalid("languages", "names a language this service does not offer")
        })?;
        let block = lang.with_code(&language.code);
        if !picked.iter().any(|p| p.code() == block.code()) {
            picked.push(block);
        }
    }
    if picked.len() > MAX_LANGUAGES {
        return Err(AppError::invalid(
            "languages",
            "at most three fit on one sheet",
        ));
    }
    if picked.is_empty() {
        return Ok(crate::web::render(&ChoosePage {
            lang,
            chrome: Chrome::of(state, member),
            supplier,
            languages: lang.all(),
        }));
    }
    let url = report_url(state, &supplier.site_code)?;
    let onion = state
        .settings()
        .onion_url
        .as_ref()
        .map(|onion| {
            format!(
                "{}/report?site={}",
                onion.as_str().trim_end_matches('/'),
                supplier.site_code
            )
        })
        .filter(|onion| *onion != url);
    let place = match &supplier.city {
        Some(city) => format!("{}, {city}", supplier.name),
        None => supplier.name.clone(),
    };
    Ok(crate::web::render(&PosterPage {
        lang: picked[0],
        card: query.format.as_deref() == Some("card"),
        qr: crate::web::qr::svg(&url),
        blocks: picked.into_iter().map(|lang| Block { lang }).collect(),
        site_code: supplier.site_code,
        supplier: place,
        url,
        onion,
    }))
}

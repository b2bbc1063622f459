//! Aggregates for procurement: counts of an organisation's own and shared cases per supplier,
//! country, sector, indicator and month, with every count under k suppressed so that no figure
//! points at a single worker. Purged cases still count: their clear columns stay.

use std::collections::BTreeMap;

use askama::Template;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use crate::domain::aggregates::{Cell, Shown, suppress, suppress_partition};
use crate::error::{AppError, AppResult};
use crate::state::AppState;
use crate::store::queue::{self, Tally};
use crate::web::chrome::{Chrome, error_page};
use crate::web::extract::StaffPage;
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// `/api/v1/stats`, `/staff/stats` and its CSV.
pub fn router() -> utoipa_axum::router::OpenApiRouter<AppState> {
    use axum::routing::get;
    utoipa_axum::router::OpenApiRouter::new()
        .routes(utoipa_axum::routes!(api))
        .route("/staff/stats", get(page))
        .route("/staff/stats.csv", get(csv))
}

/// What the counts are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Supplier,
    Country,
    Sector,
    Indicator,
    Month,
}

impl By {
    fn parse(raw: Option<&str>) -> AppResult<Self> {
        match raw.unwrap_or("supplier") {
            "supplier" => Ok(Self::Supplier),
            "country" => Ok(Self::Country),
            "sector" => Ok(Self::Sector),
            "indicator" => Ok(Self::Indicator),
            "month" => Ok(Self::Month),
            _ => Err(AppError::invalid(
                "by",
                "must be one of supplier, country, sector, indicator, month",
            )),
        }
    }

    fn code(self) -> &'static str {
        match self {
            Self::Supplier => "supplier",
            Self::Country => "country",
            Self::Sector => "sector",
            Self::Indicator => "indicator",
            Self::Month => "month",
        }
    }
}

/// One row of the statistics.
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Row {
    pub key: String,
    /// `null` when suppressed.
    pub count: Option<u64>,
    pub suppressed: bool,
}

#[derive(Debug, Deserialize)]
pub struct StatsQuery {
    by: Option<String>,
}

/// Counts the caller's organisation's cases, suppressing cells under its k.
pub async fn counts(state: &AppState, member: &Member, by: By) -> AppResult<(Vec<Row>, u64)> {
    let caller = crate::access::statistics_reader(member)?;
    let db = state.db().conn();
    let org = crate::store::orgs::find_org(db, member.org_id)
        .await?
        .ok_or(AppError::Forbidden)?;
    let k = u64::try_from(org.suppression_k)
        .unwrap_or(crate::domain::aggregates::DEFAULT_K)
        .max(1);
    // Counted in the database: no case is loaded, however many there are.
    let grouping = match by {
        By::Supplier => Tally::Supplier,
        By::Country => Tally::Country,
        By::Sector => Tally::Sector,
        By::Indicator => Tally::Indicator,
        By::Month => Tally::Day,
    };
    let mut tally: BTreeMap<String, u64> = BTreeMap::new();
    for (key, n) in queue::tally(db, caller, grouping).await? {
        let key = match (by, key) {
            (By::Supplier, None) => "(not in the directory)".to_string(),
            (_, None) => "(none)".to_string(),
            // `YYYY-MM-DD` to its month.
            (By::Month, Some(day)) => day.chars().take(7).collect(),
            (_, Some(key)) => key,
        };
        *tally.entry(key).or_default() += u64::try_from(n).unwrap_or(0);
    }
    let cells = tally.into_iter().map(|(key, count)| Cell { key, count });
    // Indicators overlap (a case names several); every other grouping partitions the cases.
    let shown = match by {
        By::Indicator => suppress(cells, k),
        _ => suppress_partition(cells, k),
    };
    Ok((
        shown
            .into_iter()
            .map(|(key, shown)| match shown {
                Shown::Count(count) => Row {
                    key,
                    count: Some(count),
                    suppressed: false,
                },
                Shown::Suppressed => Row {
                    key,
                    count: None,
                    suppressed: true,
                },
            })
            .collect(),
        k,
    ))
}

/// `GET /api/v1/stats?by=supplier|country|sector|indicator|month`
#[utoipa::path(get, path = "/api/v1/stats", tag = "staff", security(("staff_session" = [])),
    params(("by" = Option<String>, Query, description = "supplier (default), country, sector, indicator or month")),
    responses((status = 200, description = "Counts; those under k are null with suppressed: true", body = [Row]),
        (status = 400, description = "Unknown grouping"), (status = 403, description = "Pending members and authorities")))]
pub async fn api(
    State(state): State<AppState>,
    member: Member,
    query: Result<Query<StatsQuery>, axum::extract::rejection::QueryRejection>,
) -> AppResult<Json<Vec<Row>>> {
    let Query(query) =
        query.map_err(|_| AppError::invalid("query", "names a parameter twice or is malformed"))?;
    let by = By::parse(query.by.as_deref())?;
    Ok(Json(counts(&state, &member, by).await?.0))
}

/// One bar of the chart, laid out on the server (SVG, no script).
pub struct Bar {
    pub row: Row,
    pub y: usize,
    pub width: u64,
}

/// `/staff/stats`
#[derive(Template)]
#[template(path = "staff/stats.html")]
pub struct StatsPage {
    pub lang: Lang,
    pub chrome: Chrome,
    pub by: &'static str,
    pub k: u64,
    pub bars: Vec<Bar>,
    pub height: usize,
}

impl StatsPage {
    /// Explains the suppression.
    pub fn hint(&self) -> String {
        self.lang
            .t_with("staff-stats-hint", &[("k", self.k.into())])
    }

    pub fn groupings(&self) -> [&'static str; 5] {
        ["supplier", "country", "sector", "indicator", "month"]
    }

    /// A grouping's name in the page's language.
    pub fn grouping_label(&self, grouping: &str) -> String {
        self.lang.label("grouping", grouping)
    }

    /// A row's key in words: an indicator or a country by name; a supplier, sector or month
    /// as it is.
    pub fn row_label(&self, key: &str) -> String {
        match self.by {
            "indicator" => self.lang.label("indicator", key),
            "country" => {
                let code = key;
                self.lang.t(&format!("country-{code}"))
            }
            _ => key.to_string(),
        }
    }
}

/// `GET /staff/stats?by=…`: a table and a bar chart drawn on the server.
pub async fn page(page: StaffPage, Query(query): Query<StatsQuery>) -> Response {
    let outcome = async {
        let by = By::parse(query.by.as_deref())?;
        let (rows, k) = counts(&page.state, &page.member, by).await?;
        let max = rows
            .iter()
            .filter_map(|r| r.count)
            .max()
            .unwrap_or(1)
            .max(1);
        let bars: Vec<Bar> = rows
            .into_iter()
            .enumerate()
            .map(|(i, row)| Bar {
                width: row.count.map_or(0, |c| c * 400 / max),
                y: i * 24,
                row,
            })
            .collect();
        let height = bars.len() * 24 + 4;
        Ok::<_, AppError>(StatsPage {
            lang: page.lang,
            chrome: Chrome::of(&page.state, &page.member),
            by: by.code(),
            k,
            bars,
            height,
        })
    }
    .await;
    match outcome {
        Ok(page) => crate::web::render(&page),
        Err(err) => error_page(page.lang, err, "/staff"),
    }
}

/// Quotes a CSV field (RFC 4180) and defuses spreadsheet formulas.
fn csv_field(text: &str) -> String {
    let defused = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

/// `GET /staff/stats.csv?by=…`
pub async fn csv(
    State(state): State<AppState>,
    member: Member,
    Query(query): Query<StatsQuery>,
) -> AppResult<Response> {
    let by = By::parse(query.by.as_deref())?;
    let (rows, _) = counts(&state, &member, by).await?;
    let mut out = format!("{},count,suppressed\r\n", by.code());
    for row in rows {
        out.push_str(&format!(
            "{},{},{}\r\n",
            csv_field(&row.key),
            row.count.map_or(String::new(), |c| c.to_string()),
            row.suppressed
        ));
    }
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"kedja-{}.csv\"", by.code()),
            ),
        ],
        out,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_formulas_defused() {
        assert_eq!(csv_field("Acme \"Best\" AB"), "\"Acme \"\"Best\"\" AB\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    }
}

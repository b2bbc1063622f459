//! The OpenAPI document's frame: title, description and tags. Its paths are added by the
//! routers themselves (utoipa-axum's `routes!`), so a route and its description are registered
//! in one place and cannot drift apart.

use utoipa::OpenApi;

/// The API description.
#[derive(OpenApi)]
#[openapi(
    info(title = "kedja", description = "Anonymous grievance and tip reporting for supply chains: the reporter API (anonymous, receipt sessions) and the staff API (cookie sessions)."),
    tags((name = "reporter", description = "Anonymous intake and follow-up with a receipt"), (name = "staff", description = "Case handling"),
        (name = "authority", description = "Escalations received by authorities"))
)]
pub struct ApiDoc;

//! The languages page every member sees.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::state::AppState;
use crate::web::chrome::Chrome;
use crate::web::i18n::Lang;
use crate::web::session::Member;

/// `/staff/languages`: every language, its direction, and whether a native speaker has
/// reviewed it, so that nobody takes a machine-made translation for a checked one.
#[derive(Template)]
#[template(path = "staff/languages.html")]
pub struct LanguagesPage {
    pub lang: Lang,
    pub chrome: Chrome,
}

impl LanguagesPage {
    /// Every loaded language, offered or not.
    pub fn languages(&self) -> &'static [crate::web::i18n::Language] {
        self.lang.locales().all()
    }

    /// Whether the service offers `code` to its users.
    pub fn offered(&self, code: &str) -> bool {
        self.lang.find(code).is_some()
    }
}

/// `GET /staff/languages`: any signed-in member.
pub async fn languages(State(state): State<AppState>, lang: Lang, member: Member) -> Response {
    crate::web::render(&LanguagesPage {
        lang,
        chrome: Chrome::of(&state, &member),
    })
}

//! Downloads: evidence always of opaque type and `Content-Disposition: attachment`, so a
//! browser never renders a reporter's file in this origin; and CSV exports, streamed.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::evidence::{Download, StreamedDownload};

/// Bytes as a download of opaque type, so a browser never renders evidence in this origin.
pub fn attachment(mut file: Download, content_type: &'static str) -> Response {
    // Moved, not copied: one plaintext copy fewer left in freed memory.
    let mut response = std::mem::take(&mut *file.bytes).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, disposition(&file.name));
    response
}

/// A decrypted file streamed as it is decrypted, as a download of opaque type (see
/// [`attachment`]). An error part-way ends the download short.
pub fn streamed_attachment(file: StreamedDownload, content_type: &'static str) -> Response {
    let mut response = axum::body::Body::from_stream(file.body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, disposition(&file.name));
    response
}

/// A CSV file streamed as it is written: each item of `lines` is sent as it comes, so a large
/// export never sits whole in memory. An error part-way ends the download short (a browser
/// shows it as failed) and is logged.
pub fn csv<S, E>(lines: S, name: &str) -> Response
where
    S: futures_util::Stream<Item = Result<bytes::Bytes, E>> + Send + 'static,
    E: std::error::Error + Send + Sync + 'static,
{
    use futures_util::TryStreamExt;
    let lines = lines.inspect_err(|err| tracing::error!(error = ?err, "a CSV download stopped"));
    let mut response = axum::body::Body::from_stream(lines).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    headers.insert(header::CONTENT_DISPOSITION, disposition(name));
    response
}

/// RFC 6266 / 5987 filename: an ASCII fallback and the UTF-8 original, percent-encoded.
pub fn disposition(name: &str) -> HeaderValue {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"._-".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_in_the_header() {
        let header = disposition("löneb\"esked\r\n.pdf");
        let text = header.to_str().unwrap();
        assert!(
            text.starts_with("attachment; filename=\"l_neb_esked__.pdf\""),
            "{text}"
        );
        assert!(
            text.contains("filename*=UTF-8''l%C3%B6neb%22esked%0D%0A.pdf"),
            "{text}"
        );
    }
}

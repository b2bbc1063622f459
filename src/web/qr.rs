//! QR codes drawn on the server as inline SVG: nothing is fetched, no script runs.

/// Draws `text` as a QR code in SVG, without the XML declaration, for inlining in a page.
pub fn svg(text: &str) -> String {
    match qrcode::QrCode::new(text.as_bytes()) {
        Ok(code) => {
            let svg = code
                .render::<qrcode::render::svg::Color<'_>>()
                .min_dimensions(200, 200)
                .quiet_zone(true)
                .build();
            svg.find("<svg")
                .map(|start| svg[start..].to_string())
                .unwrap_or_default()
        }
        // Too long for a QR code: the URI below it still works.
        Err(_) => String::new(),
    }
}

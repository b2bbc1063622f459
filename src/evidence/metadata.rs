//! Removing metadata from photos before they are encrypted.
//!
//! A phone photo carries the camera make and model, often the GPS position and the time, in
//! EXIF, XMP or text chunks: enough to find the worker who took it. For JPEG, PNG and WebP every
//! segment or chunk that is not needed to show the picture is dropped (with `img-parts`, which
//! rewrites containers without decoding pixels). Other types are kept as sent and labelled
//! "metadata not removed", and the reporter is told so before uploading.
//!
//! JPEG is walked marker by marker here rather than with `img-parts`: that crate parses only up
//! to the first scan and keeps the rest verbatim, so metadata segments between progressive
//! scans and everything after the end-of-image marker (the second images phones append for
//! previews and gain maps, each with its own EXIF and GPS, Motion Photo video, maker
//! trailers) would survive. The walker keeps only what decoding needs and stops at the first
//! end-of-image marker.

use bytes::Bytes;
use img_parts::png::Png;
use img_parts::webp::WebP;

/// A type whose metadata kedja can remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageKind {
    Jpeg,
    Png,
    WebP,
}

impl ImageKind {
    /// Recognises an image by its first bytes, never by the name or the declared type.
    pub fn sniff(head: &[u8]) -> Option<Self> {
        if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
            Some(Self::WebP)
        } else {
            None
        }
    }

    /// The content type recorded for the file.
    /// The file extension used for the stored name.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::WebP => "webp",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::WebP => "image/webp",
        }
    }
}

/// The file could not be parsed as the image it claims to be.
#[derive(Debug, thiserror::Error)]
#[error("file: the image is damaged or not a valid {0:?}")]
pub struct DamagedImage(pub ImageKind);

/// PNG chunks needed to show the picture; everything else (tEXt, zTXt, iTXt, eXIf, tIME,
/// iCCP …) is dropped.
const PNG_KEEP: &[&[u8; 4]] = &[
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"sBIT", b"bKGD",
    b"acTL", b"fcTL", b"fdAT",
];

/// Returns the image without metadata.
pub fn strip(kind: ImageKind, bytes: Bytes) -> Result<Bytes, DamagedImage> {
    match kind {
        ImageKind::Jpeg => strip_jpeg(&bytes)
            .map(Bytes::from)
            .ok_or(DamagedImage(kind)),
        ImageKind::Png => {
            let mut png = Png::from_bytes(bytes).map_err(|_| DamagedImage(kind))?;
            png.chunks_mut()
                .retain(|chunk| PNG_KEEP.contains(&&chunk.kind()));
            Ok(png.encoder().bytes())
        }
        ImageKind::WebP => {
            let mut webp = WebP::from_bytes(bytes).map_err(|_| DamagedImage(kind))?;
            for id in [*b"EXIF", *b"XMP ", *b"ICCP"] {
                webp.remove_chunks_by_id(id);
            }
            Ok(webp.encoder().bytes())
        }
    }
}

/// Whether a JPEG segment is kept: frames (SOFn), tables (DHT, DAC, DQT), the restart interval,
/// scans and the other decoding markers (DNL, DHP, EXP), APP0 (JFIF) and APP14 (Adobe colour
/// transform). Everything else is dropped: APP1 (EXIF, XMP) to APP13 (IPTC), APP15, comments,
/// and the reserved and extension markers (0x02-0xBF, JPG, JPG0-13), whose segments decoders
/// skip and which could carry anything (the fuzzer found EXIF with GPS kept inside one).
fn is_kept(marker: u8) -> bool {
    matches!(marker, 0xC0..=0xC7 | 0xC9..=0xCF | 0xDA..=0xDF | 0xE0 | 0xEE)
}

/// Rewrites a JPEG without metadata segments, ending at the first end-of-image marker.
/// `None` when the file is not a well-formed JPEG.
fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    const SOS: u8 = 0xDA;
    const EOI: u8 = 0xD9;
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    let mut i = 2;
    loop {
        if *bytes.get(i)? != 0xFF {
            return None;
        }
        // Any number of 0xFF fill bytes may precede a marker.
        while *bytes.get(i)? == 0xFF {
            i += 1;
        }
        let marker = bytes[i];
        i += 1;
        match marker {
            EOI => {
                out.extend_from_slice(&[0xFF, EOI]);
                return Some(out);
            }
            // Stand-alone markers (TEM, RSTn) carry no length.
            0x01 | 0xD0..=0xD7 => out.extend_from_slice(&[0xFF, marker]),
            0x00 | 0xD8 => return None,
            _ => {
                let length = usize::from(u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]));
                let end = i
                    .checked_add(length)
                    .filter(|end| length >= 2 && *end <= bytes.len())?;
                if is_kept(marker) {
                    out.extend_from_slice(&[0xFF, marker]);
                    out.extend_from_slice(&bytes[i..end]);
                }
                i = end;
                if marker == SOS {
                    // Entropy-coded data runs to the next marker that is neither a stuffed
                    // 0xFF00 nor a restart marker.
                    let start = i;
                    loop {
                        let byte = *bytes.get(i)?;
                        if byte == 0xFF {
                            let next = *bytes.get(i + 1)?;
                            if next == 0x00 || (0xD0..=0xD7).contains(&next) {
                                i += 2;
                                continue;
                            }
                            break;
                        }
                        i += 1;
                    }
                    out.extend_from_slice(&bytes[start..i]);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use img_parts::ImageEXIF;
    use img_parts::jpeg::{Jpeg, JpegSegment, markers};
    use proptest::prelude::*;

    /// The smallest valid JPEG (a 1×1 grey pixel), with an EXIF segment and a comment added.
    pub(crate) fn jpeg_with_exif(exif: &[u8]) -> Vec<u8> {
        let base: &[u8] = &[
            0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00, 0x08, 0x06, 0x06, 0x07, 0x06, 0x05, 0x08,
            0x07, 0x07, 0x07, 0x09, 0x09, 0x08, 0x0A, 0x0C, 0x14, 0x0D, 0x0C, 0x0B, 0x0B, 0x0C,
            0x19, 0x12, 0x13, 0x0F, 0x14, 0x1D, 0x1A, 0x1F, 0x1E, 0x1D, 0x1A, 0x1C, 0x1C, 0x20,
            0x24, 0x2E, 0x27, 0x20, 0x22, 0x2C, 0x23, 0x1C, 0x1C, 0x28, 0x37, 0x29, 0x2C, 0x30,
            0x31, 0x34, 0x34, 0x34, 0x1F, 0x27, 0x39, 0x3D, 0x38, 0x32, 0x3C, 0x2E, 0x33, 0x34,
            0x32, 0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00,
            0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0xFF, 0xC4, 0x00, 0x14, 0x10,
            0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
            0x00, 0x00, 0x00, 0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x37,
            0xFF, 0xD9,
        ];
        let mut jpeg = Jpeg::from_bytes(Bytes::from_static(base)).unwrap();
        jpeg.set_exif(Some(Bytes::copy_from_slice(exif)));
        let comment =
            JpegSegment::new_with_contents(markers::COM, Bytes::from_static(b"shot at Farm 12"));
        jpeg.segments_mut().insert(1, comment);
        jpeg.encoder().bytes().to_vec()
    }

    #[test]
    fn exif_and_comments_leave_a_jpeg() {
        let exif = b"Exif\0\0MM\0*Canon EOS GPSLatitude 59.3293";
        let photo = jpeg_with_exif(exif);
        assert!(photo.windows(5).any(|w| w == b"Canon"));
        let kind = ImageKind::sniff(&photo).unwrap();
        assert_eq!(kind, ImageKind::Jpeg);
        let clean = strip(kind, Bytes::from(photo)).unwrap();
        assert!(!clean.windows(5).any(|w| w == b"Canon"));
        assert!(!clean.windows(7).any(|w| w == b"Farm 12"));
        let reparsed = Jpeg::from_bytes(clean).unwrap();
        assert!(reparsed.exif().is_none());
        assert!(
            reparsed.segment_by_marker(markers::SOS).is_some(),
            "the picture stays"
        );
    }

    #[test]
    fn text_chunks_leave_a_png() {
        let png = png_with_text();
        assert!(png.windows(6).any(|w| w == b"Author"));
        let clean = strip(ImageKind::Png, Bytes::from(png)).unwrap();
        assert!(!clean.windows(6).any(|w| w == b"Author"));
        assert!(
            Png::from_bytes(clean)
                .unwrap()
                .chunk_by_type(*b"IDAT")
                .is_some()
        );
    }

    fn png_with_text() -> Vec<u8> {
        use img_parts::png::PngChunk;
        // A 1×1 RGBA PNG built chunk by chunk (img-parts computes the CRCs), plus a tEXt chunk.
        let ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
        let idat = [0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01];
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        for (kind, contents) in [
            (*b"IHDR", Bytes::copy_from_slice(&ihdr)),
            (*b"tEXt", Bytes::from_static(b"Author\0Worker at Farm 12")),
            (*b"IDAT", Bytes::copy_from_slice(&idat)),
            (*b"IEND", Bytes::new()),
        ] {
            png.extend_from_slice(&PngChunk::new(kind, contents).encoder().bytes());
        }
        png
    }

    #[test]
    fn other_types_are_not_recognised_as_images() {
        assert_eq!(ImageKind::sniff(b"%PDF-1.7"), None);
        assert_eq!(ImageKind::sniff(b""), None);
        assert_eq!(
            ImageKind::sniff(b"RIFF\0\0\0\0WEBPVP8 "),
            Some(ImageKind::WebP)
        );
    }

    #[test]
    fn metadata_after_the_first_scan_and_after_the_end_is_gone() {
        let mut photo = jpeg_with_exif(b"Exif\0\0MM\0*Canon");
        // An APP1 between scans (as in progressive files) and a whole second image with its own
        // EXIF after the end-of-image marker, as phones append for previews and gain maps.
        let eoi = photo.len() - 2;
        let mut between = vec![0xFF, 0xE1, 0x00, 0x10];
        between.extend_from_slice(b"GPSLatitude!\0\0");
        photo.splice(eoi..eoi, between);
        photo.extend_from_slice(&jpeg_with_exif(b"Exif\0\0MM\0*GPSLongitude 18.07"));
        photo.extend_from_slice(b"MotionPhoto_Data trailing video");
        let clean = strip(ImageKind::Jpeg, Bytes::from(photo)).unwrap();
        for gone in [
            &b"Canon"[..],
            b"GPSLatitude",
            b"GPSLongitude",
            b"MotionPhoto",
            b"Farm 12",
        ] {
            assert!(
                !clean.windows(gone.len()).any(|w| w == gone),
                "{}",
                String::from_utf8_lossy(gone)
            );
        }
        assert!(clean.ends_with(&[0xFF, 0xD9]));
        let reparsed = Jpeg::from_bytes(clean).unwrap();
        assert!(
            reparsed.segment_by_marker(markers::SOS).is_some(),
            "the picture stays"
        );
    }

    proptest! {
        // Whatever arrives, stripping answers or refuses; it never panics, and what it answers
        // holds no metadata segment.
        #[test]
        fn stripping_never_panics(tail in prop::collection::vec(any::<u8>(), 0..512)) {
            let mut bytes = vec![0xFF, 0xD8];
            bytes.extend_from_slice(&tail);
            if let Some(clean) = strip_jpeg(&bytes) {
                prop_assert!(clean.ends_with(&[0xFF, 0xD9]));
            }
        }
    }

    #[test]
    fn a_damaged_image_is_an_error_not_a_panic() {
        assert!(
            strip(
                ImageKind::Jpeg,
                Bytes::from_static(&[0xFF, 0xD8, 0xFF, 0x00])
            )
            .is_err()
        );
    }
}

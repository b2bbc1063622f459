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

/// Returns the image without metadata: only the segments or chunks on each format's
/// allow-list are kept (see [`is_clean`], which checks the result by parsing it again).
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
        ImageKind::WebP => strip_webp(&bytes)
            .map(Bytes::from)
            .ok_or(DamagedImage(kind)),
    }
}

/// Whether a parse of `bytes` finds nothing outside the format's allow-list: the check behind
/// every "metadata removed" kedja shows. It is run on what [`strip`] returned, so a gap in the
/// stripping is reported as metadata not removed rather than claimed clean.
pub fn is_clean(kind: ImageKind, bytes: &[u8]) -> bool {
    match kind {
        ImageKind::Jpeg => jpeg_is_clean(bytes),
        ImageKind::Png => png_is_clean(bytes),
        ImageKind::WebP => webp_is_clean(bytes),
    }
}

/// What is done with one JPEG segment.
enum Verdict {
    Keep,
    /// Kept, cut down to its fixed part (a JFIF header without its thumbnail, the Adobe
    /// marker without anything after it).
    Rewrite(Vec<u8>),
    Drop,
}

/// The fixed JFIF header: identifier, version, units, densities, and a 0×0 thumbnail.
const JFIF_LEN: usize = 14;
/// The fixed Adobe marker: identifier, version, two flag words and the colour transform.
const ADOBE_LEN: usize = 12;

/// JPEG segments decoders need: frames (SOFn), Huffman and arithmetic tables, quantisation
/// tables, restart interval, scans, line count, hierarchical markers. APP0 only as a plain JFIF
/// header (no thumbnail; JFXX extensions carry one), APP14 only as the fixed Adobe marker.
/// Everything else (EXIF, XMP, ICC, IPTC, maker segments, comments, JPG extensions) is dropped.
fn jpeg_verdict(marker: u8, payload: &[u8]) -> Verdict {
    match marker {
        0xC0..=0xC7 | 0xC9..=0xCF | 0xDA..=0xDF => Verdict::Keep,
        0xE0 if payload.len() >= JFIF_LEN && payload.starts_with(b"JFIF\0") => {
            let mut header = payload[..JFIF_LEN].to_vec();
            header[12] = 0;
            header[13] = 0;
            if header == payload {
                Verdict::Keep
            } else {
                Verdict::Rewrite(header)
            }
        }
        0xEE if payload.len() >= ADOBE_LEN && payload.starts_with(b"Adobe") => {
            if payload.len() == ADOBE_LEN {
                Verdict::Keep
            } else {
                Verdict::Rewrite(payload[..ADOBE_LEN].to_vec())
            }
        }
        _ => Verdict::Drop,
    }
}

/// One piece of a JPEG stream, as byte ranges into it.
enum Piece {
    /// A marker with a length: the marker and its payload (after the length).
    Segment(u8, std::ops::Range<usize>),
    /// A marker without a length (TEM, RSTn) outside entropy-coded data.
    Standalone(u8),
    /// Entropy-coded data after a scan header.
    Entropy(std::ops::Range<usize>),
}

/// Splits a JPEG into its pieces up to the first end-of-image marker; returns them and where
/// that marker ends. `None` when the file is not a well-formed JPEG.
fn jpeg_pieces(bytes: &[u8]) -> Option<(Vec<Piece>, usize)> {
    const SOS: u8 = 0xDA;
    const EOI: u8 = 0xD9;
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let mut pieces = Vec::new();
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
            EOI => return Some((pieces, i)),
            // Stand-alone markers (TEM, RSTn) carry no length.
            0x01 | 0xD0..=0xD7 => pieces.push(Piece::Standalone(marker)),
            0x00 | 0xD8 => return None,
            _ => {
                let length = usize::from(u16::from_be_bytes([*bytes.get(i)?, *bytes.get(i + 1)?]));
                let end = i
                    .checked_add(length)
                    .filter(|end| length >= 2 && *end <= bytes.len())?;
                pieces.push(Piece::Segment(marker, i + 2..end));
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
                    pieces.push(Piece::Entropy(start..i));
                }
            }
        }
    }
}

/// Rewrites a JPEG with only the segments decoders need, ending at the first end-of-image
/// marker. `None` when the file is not a well-formed JPEG.
fn strip_jpeg(bytes: &[u8]) -> Option<Vec<u8>> {
    let (pieces, _) = jpeg_pieces(bytes)?;
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    for piece in pieces {
        match piece {
            Piece::Segment(marker, range) => {
                let kept = match jpeg_verdict(marker, &bytes[range.clone()]) {
                    Verdict::Keep => bytes[range].to_vec(),
                    Verdict::Rewrite(payload) => payload,
                    Verdict::Drop => continue,
                };
                let length = u16::try_from(kept.len() + 2).ok()?;
                out.extend_from_slice(&[0xFF, marker]);
                out.extend_from_slice(&length.to_be_bytes());
                out.extend_from_slice(&kept);
            }
            Piece::Standalone(marker) => out.extend_from_slice(&[0xFF, marker]),
            Piece::Entropy(range) => out.extend_from_slice(&bytes[range]),
        }
    }
    out.extend_from_slice(&[0xFF, 0xD9]);
    Some(out)
}

/// A JPEG is clean when it parses to its end-of-image marker with nothing after it, and every
/// segment is on the allow-list in its fixed form.
fn jpeg_is_clean(bytes: &[u8]) -> bool {
    let Some((pieces, end)) = jpeg_pieces(bytes) else {
        return false;
    };
    end == bytes.len()
        && pieces.iter().all(|piece| match piece {
            Piece::Segment(marker, range) => {
                matches!(jpeg_verdict(*marker, &bytes[range.clone()]), Verdict::Keep)
            }
            Piece::Standalone(_) | Piece::Entropy(_) => true,
        })
}

/// A PNG is clean when it is the signature and chunks on the allow-list up to IEND, with
/// nothing after it.
fn png_is_clean(bytes: &[u8]) -> bool {
    let Some(mut rest) = bytes.strip_prefix(b"\x89PNG\r\n\x1a\n") else {
        return false;
    };
    loop {
        let Some((head, after)) = rest.split_first_chunk::<8>() else {
            return false;
        };
        let length = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind: &[u8; 4] = &[head[4], head[5], head[6], head[7]];
        if !PNG_KEEP.contains(&kind) {
            return false;
        }
        let Some(next) = length.checked_add(4).and_then(|n| after.get(n..)) else {
            return false;
        };
        if kind == b"IEND" {
            return next.is_empty();
        }
        rest = next;
    }
}

/// WebP chunks needed to show the picture or animation; EXIF, XMP, ICCP and anything unknown
/// are dropped.
const WEBP_KEEP: &[&[u8; 4]] = &[b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"];
/// Chunks an animation frame (ANMF) may hold after its 16-byte header.
const WEBP_FRAME_KEEP: &[&[u8; 4]] = &[b"VP8 ", b"VP8L", b"ALPH"];
/// The ANMF header before the frame's chunks.
const ANMF_HEADER: usize = 16;
/// VP8X flag bits kept: alpha and animation (ICC, EXIF and XMP are cleared with their chunks).
const VP8X_KEEP_FLAGS: u8 = 0x10 | 0x02;

/// Splits a RIFF chunk list into (fourcc, payload); `None` when a chunk runs past the end.
fn riff_chunks(mut rest: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let mut chunks = Vec::new();
    while !rest.is_empty() {
        let (head, after) = rest.split_first_chunk::<8>()?;
        let id = [head[0], head[1], head[2], head[3]];
        let size = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
        let payload = after.get(..size)?;
        // Chunks are padded to an even size.
        let padded = size.checked_add(size % 2)?;
        rest = after.get(padded..).unwrap_or_default();
        chunks.push((id, payload));
    }
    Some(chunks)
}

fn push_chunk(out: &mut Vec<u8>, id: [u8; 4], payload: &[u8]) -> Option<()> {
    out.extend_from_slice(&id);
    out.extend_from_slice(&u32::try_from(payload.len()).ok()?.to_le_bytes());
    out.extend_from_slice(payload);
    if payload.len() % 2 == 1 {
        out.push(0);
    }
    Some(())
}

/// The chunks of a WebP file (inside RIFF, after "WEBP"), and whether the RIFF size matches
/// the file's.
fn webp_body(bytes: &[u8]) -> Option<(&[u8], bool)> {
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WEBP" {
        return None;
    }
    let size = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let end = size.checked_add(8)?;
    let body = bytes.get(12..end.min(bytes.len()))?;
    Some((body, end == bytes.len()))
}

/// Rewrites a WebP with only the chunks on the allow-list (inside animation frames too), the
/// VP8X flags of dropped chunks cleared, and nothing after the RIFF container.
fn strip_webp(bytes: &[u8]) -> Option<Vec<u8>> {
    let (body, _) = webp_body(bytes)?;
    let mut chunks = Vec::with_capacity(bytes.len());
    for (id, payload) in riff_chunks(body)? {
        if !WEBP_KEEP.contains(&&id) {
            continue;
        }
        match &id {
            b"VP8X" => {
                let mut header = payload.get(..10)?.to_vec();
                header[0] &= VP8X_KEEP_FLAGS;
                push_chunk(&mut chunks, id, &header)?;
            }
            b"ANMF" => {
                let mut frame = payload.get(..ANMF_HEADER)?.to_vec();
                for (inner, data) in riff_chunks(&payload[ANMF_HEADER..])? {
                    if WEBP_FRAME_KEEP.contains(&&inner) {
                        push_chunk(&mut frame, inner, data)?;
                    }
                }
                push_chunk(&mut chunks, id, &frame)?;
            }
            _ => push_chunk(&mut chunks, id, payload)?,
        }
    }
    let mut out = Vec::with_capacity(chunks.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&u32::try_from(chunks.len() + 4).ok()?.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&chunks);
    Some(out)
}

/// A WebP is clean when its RIFF container spans the file exactly, every chunk (and every
/// chunk inside an animation frame) is on the allow-list, and VP8X announces no metadata.
fn webp_is_clean(bytes: &[u8]) -> bool {
    let Some((body, exact)) = webp_body(bytes) else {
        return false;
    };
    let Some(chunks) = riff_chunks(body) else {
        return false;
    };
    exact
        && chunks.iter().all(|(id, payload)| {
            WEBP_KEEP.contains(&id)
                && match id {
                    b"VP8X" => payload.len() == 10 && payload[0] & !VP8X_KEEP_FLAGS == 0,
                    b"ANMF" => payload
                        .get(ANMF_HEADER..)
                        .and_then(riff_chunks)
                        .is_some_and(|frames| {
                            frames
                                .iter()
                                .all(|(inner, _)| WEBP_FRAME_KEEP.contains(&inner))
                        }),
                    _ => true,
                }
        })
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

    /// `segment` (marker and payload) put right after the start-of-image marker.
    fn with_segment(photo: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
        let length = u16::try_from(payload.len() + 2).unwrap();
        let mut segment = vec![0xFF, marker];
        segment.extend_from_slice(&length.to_be_bytes());
        segment.extend_from_slice(payload);
        let mut out = photo.to_vec();
        out.splice(2..2, segment);
        out
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn a_jfif_thumbnail_and_a_jfxx_thumbnail_leave_a_jpeg() {
        let base = jpeg_with_exif(b"Exif\0\0MM\0*");
        // A JFIF header with a 2×1 thumbnail, then a JFXX extension with a JPEG thumbnail.
        let mut jfif = b"JFIF\0\x01\x02\0\0\x01\0\x01\x02\x01".to_vec();
        jfif.extend_from_slice(b"THUMB1");
        let mut jfxx = b"JFXX\0\x10".to_vec();
        jfxx.extend_from_slice(b"GPS thumbnail of Farm 12");
        let photo = with_segment(&with_segment(&base, 0xE0, &jfxx), 0xE0, &jfif);
        let clean = strip(ImageKind::Jpeg, Bytes::from(photo)).unwrap();
        assert!(!contains(&clean, b"THUMB1"), "the JFIF thumbnail is gone");
        assert!(!contains(&clean, b"JFXX"), "the JFXX extension is gone");
        assert!(!contains(&clean, b"Farm 12"));
        // The plain JFIF header stays, with a 0×0 thumbnail.
        assert!(contains(
            &clean,
            b"\xFF\xE0\x00\x10JFIF\0\x01\x02\0\0\x01\0\x01\0\0"
        ));
        assert!(is_clean(ImageKind::Jpeg, &clean));
    }

    #[test]
    fn an_adobe_segment_keeps_only_its_fixed_marker() {
        let base = jpeg_with_exif(b"Exif\0\0MM\0*");
        let mut adobe = b"Adobe\0\x64\0\0\0\0\x01".to_vec();
        adobe.extend_from_slice(b"Photoshop path of Farm 12");
        let photo = with_segment(&base, 0xEE, &adobe);
        let clean = strip(ImageKind::Jpeg, Bytes::from(photo)).unwrap();
        assert!(!contains(&clean, b"Farm 12"));
        assert!(contains(&clean, b"\xFF\xEE\x00\x0EAdobe\0\x64\0\0\0\0\x01"));
        assert!(is_clean(ImageKind::Jpeg, &clean));
    }

    #[test]
    fn a_clean_check_finds_what_an_allow_list_would_not_keep() {
        let base = strip(ImageKind::Jpeg, Bytes::from(jpeg_with_exif(b"Exif"))).unwrap();
        assert!(is_clean(ImageKind::Jpeg, &base));
        assert!(!is_clean(
            ImageKind::Jpeg,
            &with_segment(&base, 0xE0, b"JFXX\0\x10thumb")
        ));
        assert!(!is_clean(
            ImageKind::Jpeg,
            &with_segment(&base, 0xEE, b"Adobe\0\x64\0\0\0\0\x01more")
        ));
        assert!(!is_clean(
            ImageKind::Jpeg,
            &with_segment(&base, 0xE1, b"Exif\0\0")
        ));
        let mut trailing = base.to_vec();
        trailing.extend_from_slice(b"appended");
        assert!(!is_clean(ImageKind::Jpeg, &trailing));
        let png = png_with_text();
        assert!(!is_clean(ImageKind::Png, &png));
        assert!(is_clean(
            ImageKind::Png,
            &strip(ImageKind::Png, Bytes::from(png)).unwrap()
        ));
    }

    /// A RIFF chunk: id, little-endian size, payload, padding to an even size.
    fn chunk(id: &[u8; 4], payload: &[u8]) -> Vec<u8> {
        let mut out = id.to_vec();
        out.extend_from_slice(&u32::try_from(payload.len()).unwrap().to_le_bytes());
        out.extend_from_slice(payload);
        if payload.len() % 2 == 1 {
            out.push(0);
        }
        out
    }

    fn webp(chunks: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = chunks.concat();
        let mut out = b"RIFF".to_vec();
        out.extend_from_slice(&u32::try_from(body.len() + 4).unwrap().to_le_bytes());
        out.extend_from_slice(b"WEBP");
        out.extend_from_slice(&body);
        out
    }

    /// A 1×1 lossless WebP bitstream.
    const VP8L: &[u8] = &[
        0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0,
    ];

    #[test]
    fn unknown_and_metadata_chunks_leave_a_webp() {
        // VP8X announcing EXIF and XMP, an unknown chunk, EXIF, and the picture.
        let vp8x = [0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let photo = webp(&[
            chunk(b"VP8X", &vp8x),
            chunk(b"ABCD", b"camera owner Ana, Farm 12"),
            chunk(b"EXIF", b"MM\0*GPSLatitude"),
            chunk(b"VP8L", VP8L),
        ]);
        let clean = strip(ImageKind::WebP, Bytes::from(photo)).unwrap();
        assert!(!contains(&clean, b"Farm 12"), "the unknown chunk is gone");
        assert!(!contains(&clean, b"GPSLatitude"));
        assert!(contains(&clean, &chunk(b"VP8L", VP8L)), "the picture stays");
        assert!(
            contains(&clean, &chunk(b"VP8X", &[0; 10])),
            "VP8X no longer announces EXIF or XMP"
        );
        assert!(is_clean(ImageKind::WebP, &clean));
    }

    #[test]
    fn unknown_chunks_inside_an_animation_frame_are_dropped() {
        let mut frame = vec![0u8; 16];
        frame.extend_from_slice(&chunk(b"VP8L", VP8L));
        frame.extend_from_slice(&chunk(b"XYZW", b"frame note Farm 12"));
        let animation = webp(&[
            chunk(b"VP8X", &[0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            chunk(b"ANIM", &[0; 6]),
            chunk(b"ANMF", &frame),
        ]);
        assert!(!is_clean(ImageKind::WebP, &animation));
        let clean = strip(ImageKind::WebP, Bytes::from(animation)).unwrap();
        assert!(!contains(&clean, b"Farm 12"));
        assert!(contains(&clean, &chunk(b"VP8L", VP8L)));
        assert!(is_clean(ImageKind::WebP, &clean));
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

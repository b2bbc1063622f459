//! The types of evidence kedja accepts, recognised by their first bytes (magic numbers), never
//! by the file's name or the type the browser declared.
//!
//! The list is closed: photos (JPEG, PNG, WebP, HEIC), PDF, office documents (OOXML docx, xlsx,
//! pptx and ODF odt, ods), plain UTF-8 text, common audio (MP3, M4A/AAC, Ogg/Opus, WAV, AMR)
//! and video (MP4/MOV, 3GP, WebM). Anything else is refused with a message naming what is
//! accepted: an executable, an archive or an unknown format is not evidence a handler should
//! have to open. Nothing here does I/O.

use super::metadata::ImageKind;

/// One accepted type, as stored: it gives the stored name's extension and the recorded content
/// type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvidenceKind {
    Jpeg,
    Png,
    WebP,
    Heic,
    Pdf,
    Docx,
    Xlsx,
    Pptx,
    Odt,
    Ods,
    Text,
    Mp3,
    M4a,
    Aac,
    Ogg,
    Wav,
    Amr,
    Mp4,
    Mov,
    ThreeGp,
    WebM,
}

impl EvidenceKind {
    /// The extension of the stored name.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Jpeg => "jpg",
            Self::Png => "png",
            Self::WebP => "webp",
            Self::Heic => "heic",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
            Self::Pptx => "pptx",
            Self::Odt => "odt",
            Self::Ods => "ods",
            Self::Text => "txt",
            Self::Mp3 => "mp3",
            Self::M4a => "m4a",
            Self::Aac => "aac",
            Self::Ogg => "ogg",
            Self::Wav => "wav",
            Self::Amr => "amr",
            Self::Mp4 => "mp4",
            Self::Mov => "mov",
            Self::ThreeGp => "3gp",
            Self::WebM => "webm",
        }
    }

    /// The content type recorded for the file (and sent with a download).
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::WebP => "image/webp",
            Self::Heic => "image/heic",
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Pptx => {
                "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            }
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Self::Text => "text/plain; charset=utf-8",
            Self::Mp3 => "audio/mpeg",
            Self::M4a => "audio/mp4",
            Self::Aac => "audio/aac",
            Self::Ogg => "audio/ogg",
            Self::Wav => "audio/wav",
            Self::Amr => "audio/amr",
            Self::Mp4 => "video/mp4",
            Self::Mov => "video/quicktime",
            Self::ThreeGp => "video/3gpp",
            Self::WebM => "video/webm",
        }
    }

    /// Photos are stored as `photo-N`, everything else as `file-N`.
    pub fn is_photo(self) -> bool {
        matches!(self, Self::Jpeg | Self::Png | Self::WebP | Self::Heic)
    }
}

impl From<ImageKind> for EvidenceKind {
    fn from(kind: ImageKind) -> Self {
        match kind {
            ImageKind::Jpeg => Self::Jpeg,
            ImageKind::Png => Self::Png,
            ImageKind::WebP => Self::WebP,
        }
    }
}

/// What the first bytes say, and so how the rest is handled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    /// A photo whose metadata kedja removes: held whole, cleaned, then sealed.
    Image(ImageKind),
    /// A PDF: held whole, its Info dictionary and XMP streams removed.
    Pdf,
    /// A zip container: accepted only if it turns out to be an OOXML or ODF document, which
    /// is known once the whole file (its central directory at the end) has arrived.
    Zip,
    /// Plain text: streamed through, checked to be UTF-8 to the last byte.
    Text,
    /// A type kept as sent (HEIC, audio, video): streamed through.
    AsSent(EvidenceKind),
}

/// Bytes looked at before deciding; a shorter file is judged on what there is.
pub const SNIFF_BYTES: usize = 512;

/// Recognises an accepted type from the first bytes; `None` for anything else.
pub fn sniff(head: &[u8]) -> Option<Sniffed> {
    if let Some(kind) = ImageKind::sniff(head) {
        return Some(Sniffed::Image(kind));
    }
    if head.starts_with(b"%PDF-") {
        return Some(Sniffed::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        return Some(Sniffed::Zip);
    }
    if let Some(kind) = iso_media(head) {
        return Some(Sniffed::AsSent(kind));
    }
    if let Some(kind) = audio_or_video(head) {
        return Some(Sniffed::AsSent(kind));
    }
    text_start(head).then_some(Sniffed::Text)
}

/// ISO base media files (`ftyp` box first): HEIC photos, M4A audio, MP4, MOV and 3GP video,
/// told apart by the major brand.
fn iso_media(head: &[u8]) -> Option<EvidenceKind> {
    if head.get(4..8)? != b"ftyp" {
        return None;
    }
    let brand = head.get(8..12)?;
    Some(match brand {
        b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"mif1" | b"msf1" => {
            EvidenceKind::Heic
        }
        b"M4A " | b"M4B " | b"M4P " => EvidenceKind::M4a,
        b"qt  " => EvidenceKind::Mov,
        [b'3', b'g', ..] => EvidenceKind::ThreeGp,
        _ if infer::video::is_mp4(head) || infer::video::is_m4v(head) => EvidenceKind::Mp4,
        _ => return None,
    })
}

/// Audio and video recognised by `infer`, limited to the accepted list.
fn audio_or_video(head: &[u8]) -> Option<EvidenceKind> {
    use infer::{audio, video};
    Some(if audio::is_mp3(head) {
        EvidenceKind::Mp3
    } else if audio::is_aac(head) {
        EvidenceKind::Aac
    } else if audio::is_ogg(head) || audio::is_ogg_opus(head) {
        EvidenceKind::Ogg
    } else if audio::is_wav(head) {
        EvidenceKind::Wav
    } else if audio::is_amr(head) {
        EvidenceKind::Amr
    } else if video::is_webm(head) {
        EvidenceKind::WebM
    } else if video::is_mov(head) {
        EvidenceKind::Mov
    } else {
        return None;
    })
}

/// Whether a control character other than tab, line feed, form feed and carriage return
/// appears: such bytes mark a binary file, not text.
fn has_binary(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .any(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r')) || b == 0x7F)
}

/// Whether the first bytes can start a plain UTF-8 text (a character cut at the end of the
/// head is allowed).
fn text_start(head: &[u8]) -> bool {
    if head.is_empty() || has_binary(head) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(err) => err.error_len().is_none(),
    }
}

/// Checks plain text as it streams: UTF-8 throughout, no control characters, nothing cut off
/// at the end. It holds at most the three bytes of a character split between chunks.
#[derive(Default)]
pub struct TextCheck {
    pending: Vec<u8>,
    failed: bool,
}

impl TextCheck {
    /// Takes the next bytes; returns `false` once the text is known not to be plain UTF-8.
    pub fn feed(&mut self, bytes: &[u8]) -> bool {
        if self.failed {
            return false;
        }
        if has_binary(bytes) {
            self.failed = true;
            return false;
        }
        let mut joined = std::mem::take(&mut self.pending);
        joined.extend_from_slice(bytes);
        match std::str::from_utf8(&joined) {
            Ok(_) => {}
            Err(err) if err.error_len().is_none() => {
                self.pending = joined[err.valid_up_to()..].to_vec();
            }
            Err(_) => self.failed = true,
        }
        !self.failed
    }

    /// Whether everything fed was plain UTF-8 text, ending on a whole character.
    pub fn finish(self) -> bool {
        !self.failed && self.pending.is_empty()
    }
}

/// The accepted types, named for the error that refuses anything else.
pub const ACCEPTED: &str = "photos (JPEG, PNG, WebP, HEIC), PDF, documents (DOCX, XLSX, PPTX, ODT, ODS), plain text (UTF-8), audio (MP3, M4A, AAC, Ogg, Opus, WAV, AMR) and video (MP4, MOV, 3GP, WebM)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_types_are_recognised_by_their_first_bytes() {
        let cases: &[(&[u8], Sniffed)] = &[
            (
                b"\xFF\xD8\xFF\xE0\0\x10JFIF\0",
                Sniffed::Image(ImageKind::Jpeg),
            ),
            (
                b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR",
                Sniffed::Image(ImageKind::Png),
            ),
            (b"RIFF\0\0\0\0WEBPVP8L", Sniffed::Image(ImageKind::WebP)),
            (
                b"\0\0\0\x18ftypheic\0\0\0\0",
                Sniffed::AsSent(EvidenceKind::Heic),
            ),
            (b"%PDF-1.7\n", Sniffed::Pdf),
            (b"PK\x03\x04\x14\0\0\0", Sniffed::Zip),
            (
                "Wages not paid since May. Überstunden.\n".as_bytes(),
                Sniffed::Text,
            ),
            (b"ID3\x04\0\0\0\0\0\0", Sniffed::AsSent(EvidenceKind::Mp3)),
            (
                b"\0\0\0\x20ftypM4A \0\0\0\0",
                Sniffed::AsSent(EvidenceKind::M4a),
            ),
            (
                b"\xFF\xF1\x50\x80\x02\x1F\xFC",
                Sniffed::AsSent(EvidenceKind::Aac),
            ),
            (
                b"OggS\0\x02\0\0\0\0\0\0\0\0",
                Sniffed::AsSent(EvidenceKind::Ogg),
            ),
            (b"RIFF\0\0\0\0WAVEfmt ", Sniffed::AsSent(EvidenceKind::Wav)),
            (
                b"#!AMR\n\x3c\x91\x17\x16\xbe\x66\x78",
                Sniffed::AsSent(EvidenceKind::Amr),
            ),
            (
                b"\0\0\0\x20ftypisom\0\0\x02\0",
                Sniffed::AsSent(EvidenceKind::Mp4),
            ),
            (
                b"\0\0\0\x14ftypqt  \0\0\0\0",
                Sniffed::AsSent(EvidenceKind::Mov),
            ),
            (
                b"\0\0\0\x14ftyp3gp4\0\0\0\0",
                Sniffed::AsSent(EvidenceKind::ThreeGp),
            ),
        ];
        for (head, expected) in cases {
            assert_eq!(sniff(head), Some(*expected), "{head:?}");
        }
        let mut webm = b"\x1A\x45\xDF\xA3\x9F\x42\x86\x81\x01\x42\x82\x84webm".to_vec();
        webm.resize(SNIFF_BYTES, 0);
        assert_eq!(sniff(&webm), Some(Sniffed::AsSent(EvidenceKind::WebM)));
    }

    #[test]
    fn other_types_are_refused() {
        for head in [
            &b"MZ\x90\0\x03\0\0\0\x04\0"[..],        // a Windows program
            b"\x7FELF\x02\x01\x01\0",                // a Linux program
            b"GIF89a\x01\0\x01\0",                   // GIF
            b"Rar!\x1a\x07\x01\0",                   // RAR
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", // old Office (OLE)
            b"\0\0\0\x14ftypcrx \0\0\0\0",           // a camera raw
            b"plain start\0then a NUL",              // binary
            b"\xC3\x28 invalid UTF-8",               // not UTF-8
            b"",
        ] {
            assert_eq!(sniff(head), None, "{head:?}");
        }
    }

    #[test]
    fn text_is_checked_to_its_last_byte_across_chunks() {
        let text = "Lön: 0 €, 0 ₹".as_bytes();
        let mut check = TextCheck::default();
        for byte in text {
            assert!(check.feed(std::slice::from_ref(byte)));
        }
        assert!(check.finish());

        let mut cut = TextCheck::default();
        assert!(cut.feed(&"€".as_bytes()[..2]));
        assert!(!cut.finish(), "a character cut off at the end");

        let mut binary = TextCheck::default();
        assert!(binary.feed(b"fine so far"));
        assert!(!binary.feed(b"\0\x01\x02"));
        assert!(!binary.finish());
    }
}

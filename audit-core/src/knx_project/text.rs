//! The bytes of an export as text. ETS writes its exports in UTF-8 with a byte-order mark; the
//! "Unicode" choice of older ETS versions and some spreadsheet round trips give UTF-16 with a
//! BOM; older exports and files saved by Excel on Western Windows are Windows-1252 (a superset
//! of ISO 8859-1). Without a BOM, valid UTF-8 is taken as UTF-8, anything else as
//! Windows-1252 (every octet maps to a character, so that never fails).

/// `Err((line, what))` only for a BOM whose text does not follow it.
pub fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return std::str::from_utf8(rest).map(str::to_owned).map_err(|e| {
            let good = rest.get(..e.valid_up_to()).unwrap_or_default();
            (
                line_of(good),
                format!("invalid UTF-8 after octet {}", e.valid_up_to() + 3),
            )
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(_) => Ok(bytes.iter().map(|b| windows_1252(*b)).collect()),
    }
}

fn line_of(text: &[u8]) -> usize {
    text.iter().filter(|b| **b == b'\n').count() + 1
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16) -> Result<String, (usize, String)> {
    if !bytes.len().is_multiple_of(2) {
        return Err((1, "UTF-16 text with an odd number of octets".to_owned()));
    }
    let units = bytes.chunks_exact(2).map(|c| {
        word([
            c.first().copied().unwrap_or(0),
            c.get(1).copied().unwrap_or(0),
        ])
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                out.push(c);
            }
            Err(_) => return Err((line, "a broken UTF-16 surrogate pair".to_owned())),
        }
    }
    Ok(out)
}

/// Windows-1252: ISO 8859-1 except 0x80..0x9F, which hold typographic characters (the five
/// undefined positions keep their C1 control, escaped when shown).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH
            .get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{fffd}'),
        _ => char::from(b),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn encodings() {
        assert_eq!(decode(b"\xef\xbb\xbfGr\xc3\xbc\xc3\x9fe").unwrap(), "Grüße");
        assert_eq!(decode("Grüße".as_bytes()).unwrap(), "Grüße");
        // Windows-1252: ü = FC, ß = DF, € = 80, – = 96
        assert_eq!(decode(b"Gr\xfc\xdfe \x80 \x96").unwrap(), "Grüße € –");
        let mut le = vec![0xFF, 0xFE];
        le.extend("Bad 1/1/1\nK".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), "Bad 1/1/1\nK");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Wohnen".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), "Wohnen");
        assert_eq!(decode(b"\xef\xbb\xbfa\nb\n\xff").unwrap_err().0, 3);
        assert!(decode(&[0xFF, 0xFE, 0x41]).is_err());
        // an unpaired high surrogate on line 2
        assert_eq!(
            decode(&[0xFF, 0xFE, 0x0A, 0x00, 0x00, 0xD8, 0x41, 0x00])
                .unwrap_err()
                .0,
            2
        );
    }
}

//! Numbers, dates and times as each language writes them, in texts and reports. JSON and CSV
//! stay locale-free (ISO dates, `.` decimals): they do not call these.
//!
//! English keeps the ISO forms the product has always shown (2026-12-07 14:03); German writes
//! 07.12.2026 and 14:03 Uhr only in prose, Dutch 07-12-2026; both use a decimal comma.

use chrono::{Datelike, NaiveDate, Timelike};

use super::Lang;

/// A calendar date.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::En | Lang::Pseudo => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        Lang::De => format!("{:02}.{:02}.{:04}", d.day(), d.month(), d.year()),
        Lang::Nl => format!("{:02}-{:02}-{:04}", d.day(), d.month(), d.year()),
    }
}

/// A date with hours and minutes (the caller converts to the time zone it means).
pub fn date_time<T: Datelike + Timelike>(lang: Lang, t: &T) -> String {
    let d = NaiveDate::from_ymd_opt(t.year(), t.month(), t.day()).unwrap_or_default();
    let sep = match lang {
        Lang::De => ", ",
        _ => " ",
    };
    format!("{}{sep}{:02}:{:02}", date(lang, d), t.hour(), t.minute())
}

/// A date with seconds (logs, packet times).
pub fn date_time_seconds<T: Datelike + Timelike>(lang: Lang, t: &T) -> String {
    format!("{}:{:02}", date_time(lang, t), t.second())
}

/// A number with `places` decimals, with the language's decimal mark.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let s = format!("{value:.places$}");
    match lang {
        Lang::De | Lang::Nl => s.replace('.', ","),
        Lang::En | Lang::Pseudo => s,
    }
}

/// A number already written with a decimal point (`21.36`, `-0.5`), with the language's
/// decimal mark (`21,36` in German and Dutch).
pub fn decimal_mark(lang: Lang, number: &str) -> String {
    match lang {
        Lang::De | Lang::Nl => number.replace('.', ","),
        Lang::En | Lang::Pseudo => number.to_owned(),
    }
}

/// The language of the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG` on Unix; the user's
/// UI language on Windows and macOS), English when we do not speak it.
pub fn system_lang() -> Lang {
    sys_locale::get_locale()
        .as_deref()
        .and_then(Lang::from_locale)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_decimals_per_language() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let t = d.and_hms_opt(9, 5, 3).unwrap();
        assert_eq!(date(Lang::En, d), "2026-12-07");
        assert_eq!(date(Lang::De, d), "07.12.2026");
        assert_eq!(date(Lang::Nl, d), "07-12-2026");
        assert_eq!(date_time(Lang::En, &t), "2026-12-07 09:05");
        assert_eq!(date_time(Lang::De, &t), "07.12.2026, 09:05");
        assert_eq!(date_time_seconds(Lang::Nl, &t), "07-12-2026 09:05:03");
        assert_eq!(decimal(Lang::En, 1.26, 1), "1.3");
        assert_eq!(decimal(Lang::De, 12.5, 1), "12,5");
        assert_eq!(decimal(Lang::Nl, 0.333, 2), "0,33");
        assert_eq!(decimal_mark(Lang::De, "21.36"), "21,36");
        assert_eq!(decimal_mark(Lang::En, "21.36"), "21.36");
    }

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::from_locale("de-AT"), Some(Lang::De));
        assert_eq!(Lang::from_locale("nl_BE@euro"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("fr_FR"), None);
        assert_eq!(Lang::from_locale("C"), None);
        // The pseudo-language is for tests; no locale selects it.
        assert_eq!(Lang::from_locale("pseudo"), None);
    }
}

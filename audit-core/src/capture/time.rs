//! Capture timestamps (nanoseconds since the Unix epoch) as RFC 3339 UTC text, without a
//! date-time dependency: the civil-from-days algorithm of H. Hinnant
//! (<https://howardhinnant.github.io/date_algorithms.html>).

const NANOS_PER_SEC: i64 = 1_000_000_000;

/// `2008-08-17T00:26:56.381127Z`: six fractional digits when the time is a whole microsecond
/// (all pcap and most pcapng files), nine otherwise.
pub fn rfc3339(ns: i64) -> String {
    let secs = ns.div_euclid(NANOS_PER_SEC);
    let frac = ns.rem_euclid(NANOS_PER_SEC);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let (hh, mm, ss) = (sod / 3600, sod % 3600 / 60, sod % 60);
    if frac % 1000 == 0 {
        format!(
            "{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{:06}Z",
            frac / 1000
        )
    } else {
        format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:{ss:02}.{frac:09}Z")
    }
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    // d is in 1..=31 and m in 1..=12 by construction.
    (
        y,
        u32::try_from(m).unwrap_or(0),
        u32::try_from(d).unwrap_or(0),
    )
}

/// Convert a pcapng timestamp (`units` per second) plus the interface's offset in seconds to
/// nanoseconds; `None` when it does not fit (year > 2262 or a corrupt resolution).
pub fn units_to_ns(ts: u64, units_per_sec: u64, offset_s: i64) -> Option<i64> {
    if units_per_sec == 0 {
        return None;
    }
    let secs = i64::try_from(ts / units_per_sec)
        .ok()?
        .checked_add(offset_s)?;
    let frac = ts % units_per_sec;
    let frac_ns = match units_per_sec {
        1_000_000_000 => frac,
        1_000_000 => frac * 1000,
        _ => u64::try_from(u128::from(frac) * 1_000_000_000 / u128::from(units_per_sec)).ok()?,
    };
    secs.checked_mul(NANOS_PER_SEC)?
        .checked_add(i64::try_from(frac_ns).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_instants() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000000Z");
        // emreekin_BACnetIP-MSTP-Mix.pcap frame 851 (tshark: Aug 17, 2008 00:26:56.381127000).
        assert_eq!(
            rfc3339(1_218_932_816_381_127_000),
            "2008-08-17T00:26:56.381127Z"
        );
        assert_eq!(
            rfc3339(951_782_400_000_000_001),
            "2000-02-29T00:00:00.000000001Z"
        );
        assert_eq!(rfc3339(-1_000), "1969-12-31T23:59:59.999999Z");
    }

    #[test]
    fn converts_resolutions() {
        assert_eq!(units_to_ns(1_500_000, 1_000_000, 0), Some(1_500_000_000));
        assert_eq!(units_to_ns(3, 1_000_000_000, 10), Some(10_000_000_003));
        // 2^-10 s units.
        assert_eq!(units_to_ns(1536, 1024, 0), Some(1_500_000_000));
        assert_eq!(units_to_ns(u64::MAX, 1, 0), None);
        assert_eq!(units_to_ns(1, 0, 0), None);
    }
}

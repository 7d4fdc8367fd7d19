//! Today's date as `YYYY-MM-DD`, without a date crate: the system clock in UTC and the
//! days-to-civil conversion of Howard Hinnant's "chrono-compatible low-level date algorithms".

use std::time::{SystemTime, UNIX_EPOCH};

/// Today's date in UTC, `YYYY-MM-DD`. A clock set before 1970 gives 1970-01-01.
pub fn today() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    format_days(days)
}

/// A day number (days since 1970-01-01) as `YYYY-MM-DD`.
pub fn format_days(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month (1–12) and day (1–31) of a day number counted from 1970-01-01 (day 0), in the
/// proleptic Gregorian calendar. Valid for any day a clock can show.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    // Shift the epoch to 0000-03-01, so the leap day is the last day of the (March-based) year.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // day of era, 0..=146096
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // year of era, 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of (March-based) year, 0..=365
    let mp = (5 * doy + 2) / 153; // month from March, 0..=11
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(format_days(0), "1970-01-01");
    }

    #[test]
    fn leap_day_2000() {
        // 30 years of 365 days plus the 7 leap days 1972–1996, plus January and February 2000.
        let days = 30 * 365 + 7 + 31 + 28;
        assert_eq!(civil_from_days(days), (2000, 2, 29));
        assert_eq!(civil_from_days(days + 1), (2000, 3, 1));
    }

    #[test]
    fn a_day_in_2026() {
        assert_eq!(civil_from_days(20_780), (2026, 11, 23));
        assert_eq!(format_days(20_780), "2026-11-23");
    }

    #[test]
    fn before_the_epoch_and_year_ends() {
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(365), (1971, 1, 1));
        assert_eq!(civil_from_days(-719_468), (0, 3, 1));
    }

    #[test]
    fn every_day_follows_the_previous_one() {
        let mut prev = civil_from_days(-1);
        for days in 0..200_000 {
            let cur = civil_from_days(days);
            let next_in_month = (prev.0, prev.1, prev.2 + 1);
            let next_month = if prev.1 == 12 {
                (prev.0 + 1, 1, 1)
            } else {
                (prev.0, prev.1 + 1, 1)
            };
            assert!(
                cur == next_in_month || cur == next_month,
                "{prev:?} → {cur:?}"
            );
            assert!((1..=31).contains(&cur.2));
            prev = cur;
        }
    }

    #[test]
    fn today_is_well_formed() {
        let t = today();
        assert_eq!(t.len(), 10, "{t}");
        assert!(t.as_str() >= "2024-01-01", "{t}");
    }
}

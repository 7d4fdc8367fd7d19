//! Today's date as `YYYY-MM-DD`, in the computer's own time zone: a team in Denmark that starts
//! at 00:30 gets today's date, not yesterday's UTC date. `jiff` finds the zone on every platform
//! (`/etc/localtime` or `TZ` on Unix, the system setting on Windows) and falls back to UTC when
//! there is none.

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    date_in(jiff::Timestamp::now(), &jiff::tz::TimeZone::system())
}

/// The calendar date of `at` in `zone`, `YYYY-MM-DD`.
pub fn date_in(at: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    // `Date` displays as ISO 8601, `YYYY-MM-DD`.
    at.to_zoned_datetime(zone.clone()).date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    #[test]
    fn just_after_midnight_in_copenhagen_is_that_day() {
        // Denmark's rule as a POSIX TZ string, so the test needs no time zone database.
        let zone = TimeZone::posix("CET-1CEST,M3.5.0,M10.5.0/3").unwrap();
        // 2026-12-01 00:30 in Copenhagen (UTC+1 in winter) is still 2026-11-30 in UTC.
        let at: jiff::Timestamp = "2026-11-30T23:30:00Z".parse().unwrap();
        assert_eq!(date_in(at, &zone), "2026-12-01");
        assert_eq!(date_in(at, &TimeZone::UTC), "2026-11-30");
        // Summer time (UTC+2): 01:30 local is 23:30 UTC the day before.
        let at: jiff::Timestamp = "2026-06-14T23:30:00Z".parse().unwrap();
        assert_eq!(date_in(at, &zone), "2026-06-15");
    }

    #[test]
    fn today_is_well_formed() {
        let t = today();
        assert_eq!(t.len(), 10, "{t}");
        assert!(t.as_str() >= "2024-01-01", "{t}");
        assert_eq!(&t[4..5], "-");
    }
}

//! Today's date as `YYYY-MM-DD`, in the computer's own time zone: a team in Denmark that starts
//! at 00:30 gets today's date, not yesterday's UTC date. `jiff` finds the zone on every platform
//! (`/etc/localtime` or `TZ` on Unix, the system setting on Windows) and falls back to UTC when
//! there is none.
//!
//! Dates typed the Danish way are read here (`parse_danish`) and every stored `YYYY-MM-DD` is
//! shown the Danish way from here (`danish_date`), so the month names live once. Files keep
//! `YYYY-MM-DD`.

/// Today's date in the local time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    date_in(jiff::Timestamp::now(), &jiff::tz::TimeZone::system())
}

/// The calendar date of `at` in `zone`, `YYYY-MM-DD`.
pub fn date_in(at: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> String {
    // `Date` displays as ISO 8601, `YYYY-MM-DD`.
    at.to_zoned_datetime(zone.clone()).date().to_string()
}

/// The months as written in Danish, January first.
const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// `2026-11-17` → "17. november 2026". Anything else is returned as it is.
pub fn danish_date(iso: &str) -> String {
    match iso_parts(iso.trim()) {
        Some((y, m, d)) => format!("{d}. {} {y}", MONTHS[usize::from(m.unsigned_abs()) - 1]),
        None => iso.to_string(),
    }
}

/// A real calendar date written `YYYY-MM-DD`, as its year, month and day.
fn iso_parts(text: &str) -> Option<(i16, i8, i8)> {
    let [y, m, d] = split3(text, '-')?;
    (y.len() == 4 && m.len() == 2 && d.len() == 2).then_some(())?;
    checked(y, m, d)
}

/// A date as Danes write it, as `YYYY-MM-DD`; `None` when it is not one. Understood:
/// `2027-03-31`, `31/3-27`, `31/3-2027`, `31/3/2027`, `31.3.27`, `31.3.2027`, `31-03-2027`,
/// `31. marts 2027`, `31 marts 27`, `31. mar. 2027` (a month's name or its first three letters, any
/// case). A two-digit year is this century's (27 → 2027). A day that does not exist (31/2-27)
/// is not understood. Year first (`2027-3-31`) is understood too.
pub fn parse_danish(text: &str) -> Option<String> {
    let text = text.trim();
    if let Some((y, m, d)) = iso_parts(text) {
        return Some(format!("{y:04}-{m:02}-{d:02}"));
    }
    let (d, m, y) = if let Some(parts) = by_name(text) {
        parts
    } else {
        let parts: Vec<&str> = text.split(['-', '.', '/']).map(str::trim).collect();
        let [d, m, y] = parts.as_slice() else {
            return None;
        };
        let (d, y) = if d.len() == 4 { (*y, *d) } else { (*d, *y) };
        (d, month_number(m)?, y)
    };
    let year = match y.len() {
        2 => format!("20{y}"),
        4 => y.to_string(),
        _ => return None,
    };
    let (y, m, d) = checked(&year, &m, d)?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// "31. marts 2027" → ("31", "3", "2027"): a day, a month by name, a year, apart by spaces.
fn by_name(text: &str) -> Option<(&str, String, &str)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [d, m, y] = words.as_slice() else {
        return None;
    };
    let d = d.strip_suffix('.').unwrap_or(d);
    let m = m.strip_suffix('.').unwrap_or(m).to_lowercase();
    let n = MONTHS
        .iter()
        .position(|name| *name == m || (m.chars().count() == 3 && name.starts_with(m.as_str())))?;
    Some((d, (n + 1).to_string(), y))
}

/// A month as digits, 1 to 12 (a leading zero allowed).
fn month_number(m: &str) -> Option<String> {
    (!m.is_empty() && m.len() <= 2 && m.bytes().all(|b| b.is_ascii_digit())).then(|| m.to_string())
}

fn split3(text: &str, sep: char) -> Option<[&str; 3]> {
    let mut it = text.split(sep);
    let parts = [it.next()?, it.next()?, it.next()?];
    it.next().is_none().then_some(parts)
}

/// Digits only, and a day that exists in that month of that year.
fn checked(y: &str, m: &str, d: &str) -> Option<(i16, i8, i8)> {
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    (digits(y) && digits(m) && digits(d) && d.len() <= 2).then_some(())?;
    let (y, m, d): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    (1000..=9999).contains(&y).then_some(())?;
    jiff::civil::Date::new(y, m, d).ok()?;
    Some((y, m, d))
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

    #[test]
    fn every_danish_form_is_understood() {
        for text in [
            "31/3-27",
            "31/3-2027",
            "31/3/2027",
            "31.3.27",
            "31.3.2027",
            "31-03-2027",
            "31-3-27",
            "2027-03-31",
            "31. marts 2027",
            "31 marts 2027",
            "31. Marts 27",
            "31. mar. 2027",
            "31 mar 2027",
            "  31.03.2027  ",
        ] {
            assert_eq!(parse_danish(text).as_deref(), Some("2027-03-31"), "{text}");
        }
    }

    #[test]
    fn every_month_by_name() {
        for (i, name) in MONTHS.iter().enumerate() {
            let want = format!("2027-{:02}-01", i + 1);
            assert_eq!(
                parse_danish(&format!("1. {name} 2027")),
                Some(want.clone()),
                "{name}"
            );
            assert_eq!(parse_danish(&format!("1 {name} 27")), Some(want), "{name}");
        }
    }

    #[test]
    fn two_digit_years_are_this_century() {
        assert_eq!(parse_danish("1/1-27").as_deref(), Some("2027-01-01"));
        assert_eq!(parse_danish("1.1.00").as_deref(), Some("2000-01-01"));
        assert_eq!(parse_danish("1.1.99").as_deref(), Some("2099-01-01"));
    }

    #[test]
    fn what_is_not_a_date_is_not_understood() {
        for text in [
            "31/2-27",
            "29/2-27",
            "31. april 2027",
            "32.1.2027",
            "0.1.2027",
            "1.13.2027",
            "1.0.2027",
            "2027-13-01",
            "1.1.027",
            "1.1.20277",
            "31. mats 2027",
            "31. ma 2027",
            "31/3",
            "31.3.2027.1",
            "til sommer",
            "",
            "+1.+1.2027",
            "-1.1.2027",
            "1. 1. 2027 x",
        ] {
            assert_eq!(parse_danish(text), None, "{text}");
        }
        assert_eq!(parse_danish("29/2-28").as_deref(), Some("2028-02-29"));
        // Year first, as the file has it, also with one digit for month or day.
        assert_eq!(parse_danish("2027-3-31").as_deref(), Some("2027-03-31"));
        assert_eq!(parse_danish("2027.3.1").as_deref(), Some("2027-03-01"));
    }

    #[test]
    fn dates_are_shown_the_danish_way() {
        assert_eq!(danish_date("2026-11-17"), "17. november 2026");
        assert_eq!(danish_date("2027-01-05"), "5. januar 2027");
        assert_eq!(danish_date("i morgen"), "i morgen");
        assert_eq!(danish_date("2026-13-01"), "2026-13-01");
        assert_eq!(danish_date("2027-02-31"), "2027-02-31");
        assert_eq!(danish_date(""), "");
    }

    #[test]
    fn a_shown_date_reads_back() {
        for iso in ["2027-03-31", "2028-02-29", "2030-12-01"] {
            assert_eq!(parse_danish(&danish_date(iso)).as_deref(), Some(iso));
        }
    }
}

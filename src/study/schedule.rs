//! When an item comes back: FSRS through `rs-fsrs`'s long-term scheduler (whole days, no
//! minutes-long learning steps: a learner drills a few minutes a day, not in one sitting), with
//! the crate's default weights and 90 % wished-for retention, no fuzz (the same answers on the
//! same days give the same dates).

use chrono::{DateTime, TimeZone, Utc};
use jiff::civil::Date;
use rs_fsrs::{Card, FSRS, Parameters, State};
use serde::{Deserialize, Serialize};

/// An item whose next review is at least this many days after its last counts as learned.
pub const LEARNED_DAYS: i64 = 7;

/// How well the learner knew the answer, as they say after seeing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// 1: did not know it.
    Igen,
    /// 2: knew it with difficulty.
    Svaert,
    /// 3: knew it (also Space and Enter).
    Godt,
    /// 4: knew it at once.
    Let,
}

impl Rating {
    pub const ALL: [Rating; 4] = [Rating::Igen, Rating::Svaert, Rating::Godt, Rating::Let];

    /// The rating of a digit key, `1`–`4`.
    pub fn from_digit(c: char) -> Option<Rating> {
        let i = c.to_digit(10)?.checked_sub(1)?;
        Self::ALL.get(usize::try_from(i).ok()?).copied()
    }

    pub fn word(self) -> &'static str {
        match self {
            Rating::Igen => "igen",
            Rating::Svaert => "svært",
            Rating::Godt => "godt",
            Rating::Let => "let",
        }
    }

    fn fsrs(self) -> rs_fsrs::Rating {
        match self {
            Rating::Igen => rs_fsrs::Rating::Again,
            Rating::Svaert => rs_fsrs::Rating::Hard,
            Rating::Godt => rs_fsrs::Rating::Good,
            Rating::Let => rs_fsrs::Rating::Easy,
        }
    }
}

/// One drilled item's state, as `øvelser.toml` keeps it: the next and last review dates, the
/// FSRS memory state, and how often it was answered and answered right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The next review, `YYYY-MM-DD`.
    pub due: String,
    /// The last review, `YYYY-MM-DD`.
    pub last: String,
    pub stability: f64,
    pub difficulty: f64,
    pub reps: u32,
    pub lapses: u32,
    pub answered: u32,
    pub right: u32,
}

impl Entry {
    pub fn due_date(&self) -> Option<Date> {
        self.due.parse().ok()
    }

    pub fn last_date(&self) -> Option<Date> {
        self.last.parse().ok()
    }

    /// Learned: the scheduler trusts it for a week or more.
    pub fn is_learned(&self) -> bool {
        match (self.last_date(), self.due_date()) {
            (Some(last), Some(due)) => (due - last).get_days() >= LEARNED_DAYS as i32,
            _ => false,
        }
    }

    /// True when the numbers are what the scheduler can work with (a file edited by hand may
    /// hold anything; we never write such an entry).
    pub(super) fn is_sane(&self) -> bool {
        self.due_date().is_some()
            && self.last_date().is_some()
            && self.stability.is_finite()
            && self.stability > 0.0
            && self.difficulty.is_finite()
            && (1.0..=10.0).contains(&self.difficulty)
            && self.right <= self.answered
    }
}

/// Noon UTC on the date: the scheduler counts whole days between reviews.
fn instant(date: Date) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(
        i32::from(date.year()),
        u32::try_from(date.month()).unwrap_or(1),
        u32::try_from(date.day()).unwrap_or(1),
        12,
        0,
        0,
    )
    .single()
    .unwrap_or_default()
}

/// The entry after an answer on `today`: `before` is the item's entry (none for a new item);
/// `right` says whether the answer was right (for items without a right answer, the caller
/// passes whether the learner knew it).
pub fn review(before: Option<&Entry>, rating: Rating, right: bool, today: Date) -> Entry {
    let now = instant(today);
    let card = match before {
        Some(e) if e.is_sane() && e.reps > 0 => Card {
            due: instant(e.due_date().unwrap_or(today)),
            stability: e.stability,
            difficulty: e.difficulty,
            reps: i32::try_from(e.reps).unwrap_or(i32::MAX),
            lapses: i32::try_from(e.lapses).unwrap_or(i32::MAX),
            state: State::Review,
            last_review: instant(e.last_date().unwrap_or(today)),
            ..Card::default()
        },
        _ => Card {
            due: now,
            last_review: now,
            ..Card::default()
        },
    };
    let parameters = Parameters {
        enable_short_term: false,
        enable_fuzz: false,
        ..Parameters::default()
    };
    let next = FSRS::new(parameters).next(card, now, rating.fsrs()).card;
    // At least a day: an item answered today is not due again today.
    let days = next.scheduled_days.clamp(1, 36_500);
    let due = today
        .checked_add(jiff::Span::new().days(days))
        .unwrap_or(today);
    let (answered, right_before) = before.map_or((0, 0), |e| (e.answered, e.right));
    Entry {
        due: due.to_string(),
        last: today.to_string(),
        stability: next.stability,
        difficulty: next.difficulty,
        reps: u32::try_from(next.reps).unwrap_or(0),
        lapses: before.map_or(0, |e| e.lapses) + u32::from(rating == Rating::Igen),
        answered: answered.saturating_add(1),
        right: right_before.saturating_add(u32::from(right)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn days(e: &Entry) -> i32 {
        (e.due_date().unwrap() - e.last_date().unwrap()).get_days()
    }

    #[test]
    fn a_new_item_answered_igen_comes_back_sooner_than_one_answered_let() {
        let today = date(2026, 12, 4);
        let igen = review(None, Rating::Igen, false, today);
        let let_ = review(None, Rating::Let, true, today);
        assert_eq!(igen.due, "2026-12-05");
        assert!(igen.due < let_.due, "{igen:?} {let_:?}");
        // Every rating gives a later date than the one below it.
        let dates: Vec<String> = Rating::ALL
            .into_iter()
            .map(|r| review(None, r, true, today).due)
            .collect();
        assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
    }

    #[test]
    fn a_known_item_answered_igen_comes_back_sooner_than_one_answered_let() {
        let first = review(None, Rating::Godt, true, date(2026, 12, 4));
        let on_time = first.due_date().unwrap();
        let igen = review(Some(&first), Rating::Igen, false, on_time);
        let let_ = review(Some(&first), Rating::Let, true, on_time);
        assert!(days(&igen) < days(&let_), "{igen:?} {let_:?}");
        assert_eq!(igen.lapses, 1);
        assert_eq!(let_.lapses, 0);
        // Knowing it again on time stretches the interval.
        let godt = review(Some(&first), Rating::Godt, true, on_time);
        assert!(days(&godt) > days(&first), "{first:?} {godt:?}");
        assert_eq!((godt.answered, godt.right, godt.reps), (2, 2, 2));
    }

    #[test]
    fn the_same_answers_on_the_same_days_give_the_same_dates() {
        let today = date(2027, 3, 1);
        let a = review(None, Rating::Godt, true, today);
        let b = review(None, Rating::Godt, true, today);
        assert_eq!(a, b);
    }

    #[test]
    fn learned_means_a_week_or_more() {
        let today = date(2026, 12, 4);
        assert!(review(None, Rating::Let, true, today).is_learned());
        assert!(!review(None, Rating::Igen, false, today).is_learned());
    }

    #[test]
    fn an_entry_edited_into_nonsense_is_treated_as_new() {
        let today = date(2026, 12, 4);
        let mut bad = review(None, Rating::Godt, true, today);
        bad.stability = f64::NAN;
        assert!(!bad.is_sane());
        let next = review(Some(&bad), Rating::Godt, true, today);
        assert!(next.is_sane());
    }

    #[test]
    fn digits_are_ratings() {
        assert_eq!(Rating::from_digit('1'), Some(Rating::Igen));
        assert_eq!(Rating::from_digit('4'), Some(Rating::Let));
        assert_eq!(Rating::from_digit('0'), None);
        assert_eq!(Rating::from_digit('5'), None);
        assert_eq!(Rating::from_digit('x'), None);
    }
}

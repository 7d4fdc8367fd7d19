//! The drill itself, as pure state: today's queue (what is due, then a few new items), the
//! item being asked, the answer given, and the rating that turns it into the answer to record.
//! The app draws it and hands it keys; the runner records each answer at once
//! ([`super::record`]), so leaving at any moment loses nothing.

use jiff::civil::Date;

use super::items::{Item, ItemKind};
use super::progress::Progress;
use super::schedule::{Rating, review};

/// New items a day, at most (a few minutes' work: more new ones than that and the reviews
/// they bring in the following days pile up).
pub const NEW_PER_DAY: usize = 10;
/// Items due for review in one session, at most; the rest wait for the next.
pub const REVIEWS_PER_SESSION: usize = 40;

/// One answer, as `øvelser.toml` records it: the item's id, the rating, and whether it was
/// right.
pub type Answer = (String, Rating, bool);

/// Where the learner is with the current item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The question is on screen, unanswered.
    Ask,
    /// The answer is on screen. `chose`: the index of the choice picked (none for items the
    /// learner only turns over); `right`: whether that was the right one.
    Shown { chose: Option<usize>, right: bool },
    /// Every item of the session is answered (or there was none).
    End,
}

/// A drill session.
#[derive(Debug, Clone, PartialEq)]
pub struct Drill {
    queue: Vec<Item>,
    at: usize,
    step: Step,
    /// The progress as this session sees it: what was read, with each answer added as it is
    /// given (the runner saves the same answers to the file).
    progress: Progress,
    today: Date,
    /// The card the session is limited to.
    pub card: Option<String>,
    /// With a card: the ids of its items (what `next_due` looks at).
    scope: Option<std::collections::HashSet<String>>,
    /// Answers given this session, and how many were right.
    pub answered: usize,
    pub right: usize,
}

/// Today's items for `card` (or all): those due (longest overdue first, at most
/// [`REVIEWS_PER_SESSION`]), then new ones, at most [`NEW_PER_DAY`] less those already begun
/// today. New ones take the kinds in turn (lovkrav, scenarie, frist, retningslinje) so a
/// session is not one card's anvisninger asked twice in a row.
pub fn plan(items: &[Item], progress: &Progress, today: Date, card: Option<&str>) -> Vec<Item> {
    let of_card = |i: &&Item| card.is_none_or(|c| i.card == c);
    let mut due: Vec<(Date, usize, &Item)> = items
        .iter()
        .enumerate()
        .filter(|(_, i)| of_card(i))
        .filter_map(|(n, i)| {
            let d = progress.items.get(&i.id)?.due_date().unwrap_or(today);
            (d <= today).then_some((d, n, i))
        })
        .collect();
    due.sort_by_key(|(d, n, _)| (*d, *n));
    due.truncate(REVIEWS_PER_SESSION);
    let begun_today = progress
        .items
        .values()
        .filter(|e| e.answered == 1 && e.last_date() == Some(today))
        .count();
    let room = NEW_PER_DAY.saturating_sub(begun_today);
    let order = [
        ItemKind::Lovkrav,
        ItemKind::Scenarie,
        ItemKind::Frist,
        ItemKind::Retningslinje,
    ];
    let mut by_kind: Vec<std::collections::VecDeque<&Item>> = order
        .iter()
        .map(|k| {
            let mut q: std::collections::VecDeque<&Item> = items
                .iter()
                .filter(of_card)
                .filter(|i| i.kind == *k && !progress.items.contains_key(&i.id))
                .collect();
            // »Hvilken retningslinje?« shows an anvisning's words: asked right after its
            // »Lovkrav eller anbefaling?« (which names its card), it would answer itself.
            if *k == ItemKind::Retningslinje {
                let half = q.len() / 2;
                q.rotate_left(half);
            }
            q
        })
        .collect();
    let mut new = Vec::new();
    while new.len() < room && by_kind.iter().any(|q| !q.is_empty()) {
        for q in &mut by_kind {
            if new.len() < room
                && let Some(i) = q.pop_front()
            {
                new.push(i);
            }
        }
    }
    due.into_iter()
        .map(|(_, _, i)| i)
        .chain(new)
        .cloned()
        .collect()
}

impl Drill {
    /// A session on `today` over the deck's `items`, from the progress read from the store.
    pub fn new(items: &[Item], progress: Progress, today: Date, card: Option<&str>) -> Drill {
        let queue = plan(items, &progress, today, card);
        let step = if queue.is_empty() {
            Step::End
        } else {
            Step::Ask
        };
        Drill {
            queue,
            at: 0,
            step,
            progress,
            today,
            card: card.map(str::to_string),
            scope: card.map(|c| {
                items
                    .iter()
                    .filter(|i| i.card == c)
                    .map(|i| i.id.clone())
                    .collect()
            }),
            answered: 0,
            right: 0,
        }
    }

    pub fn step(&self) -> &Step {
        &self.step
    }

    /// The item asked or answered now; `None` at the end.
    pub fn current(&self) -> Option<&Item> {
        match self.step {
            Step::End => None,
            _ => self.queue.get(self.at),
        }
    }

    /// The current item's number (from 1) and the session's length.
    pub fn position(&self) -> (usize, usize) {
        ((self.at + 1).min(self.queue.len()), self.queue.len())
    }

    /// Answers the question with a choice's key (`l`, `a`, `1`–`4`). False when the item has
    /// no choice with that key, or nothing is being asked.
    pub fn choose(&mut self, key: char) -> bool {
        if self.step != Step::Ask {
            return false;
        }
        let Some(item) = self.current() else {
            return false;
        };
        let lower = key.to_lowercase().next().unwrap_or(key);
        let Some(at) = item.choices.iter().position(|c| c.key == lower) else {
            return false;
        };
        let right = at == item.right;
        self.step = Step::Shown {
            chose: Some(at),
            right,
        };
        true
    }

    /// Turns the answer over for an item without choices (a deadline, a scenario). False when
    /// the item has choices (it must be answered), or nothing is being asked.
    pub fn show(&mut self) -> bool {
        if self.step != Step::Ask || self.current().is_none_or(|i| !i.choices.is_empty()) {
            return false;
        }
        self.step = Step::Shown {
            chose: None,
            right: true,
        };
        true
    }

    /// The rating Space and Enter give: godt, or igen after a wrong choice (a wrong answer
    /// called »godt« would send the item away for days).
    pub fn default_rating(&self) -> Rating {
        match self.step {
            Step::Shown { right: false, .. } => Rating::Igen,
            _ => Rating::Godt,
        }
    }

    /// Rates the answer on screen and moves on. Returns the answer to record; `None` when no
    /// answer is on screen. For items without choices, knowing it (godt, let) counts as right.
    pub fn rate(&mut self, rating: Rating) -> Option<Answer> {
        let Step::Shown { chose, right } = self.step else {
            return None;
        };
        let item = self.queue.get(self.at)?;
        let right = match chose {
            Some(_) => right,
            None => matches!(rating, Rating::Godt | Rating::Let),
        };
        let id = item.id.clone();
        let entry = review(self.progress.items.get(&id), rating, right, self.today);
        self.progress.items.insert(id.clone(), entry);
        self.answered += 1;
        self.right += usize::from(right);
        self.at += 1;
        self.step = if self.at < self.queue.len() {
            Step::Ask
        } else {
            Step::End
        };
        Some((id, rating, right))
    }

    /// When the next items of this session's card (or of any) are due after today, and how
    /// many then; `None` when nothing drilled comes back. New items wait too, but are not
    /// counted here.
    pub fn next_due(&self) -> Option<(Date, usize)> {
        let dates = self
            .progress
            .items
            .iter()
            .filter(|(id, _)| self.scope.as_ref().is_none_or(|s| s.contains(*id)))
            .filter_map(|(_, e)| e.due_date())
            .filter(|d| *d > self.today);
        let first = dates.clone().min()?;
        Some((first, dates.filter(|d| *d == first).count()))
    }

    /// The progress with this session's answers, for the home screen's count.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    pub fn today(&self) -> Date {
        self.today
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::study::items;
    use jiff::civil::date;

    fn all() -> Vec<Item> {
        items(&Deck::embedded())
    }

    #[test]
    fn a_first_session_has_ten_new_items_taking_the_kinds_in_turn() {
        let all = all();
        let queue = plan(&all, &Progress::default(), date(2026, 12, 5), None);
        assert_eq!(queue.len(), NEW_PER_DAY);
        let kinds: Vec<ItemKind> = queue.iter().take(4).map(|i| i.kind).collect();
        assert_eq!(
            kinds,
            [
                ItemKind::Lovkrav,
                ItemKind::Scenarie,
                ItemKind::Frist,
                ItemKind::Retningslinje
            ]
        );
        assert_eq!(queue[0].id, "lovkrav/2.1.1");
        // One card only: every item is of that card.
        let card = plan(&all, &Progress::default(), date(2026, 12, 5), Some("3.4"));
        assert!(!card.is_empty() && card.iter().all(|i| i.card == "3.4"));
    }

    #[test]
    fn due_items_come_first_longest_overdue_first_and_new_ones_are_limited_per_day() {
        let all = all();
        let day1 = date(2026, 12, 1);
        let mut p = Progress::default();
        p.items.insert(
            "lovkrav/3.4.2".into(),
            review(None, Rating::Igen, false, date(2026, 12, 3)),
        );
        p.items.insert(
            "lovkrav/3.4.1".into(),
            review(None, Rating::Igen, false, day1),
        );
        // Eight new items begun today: room for two more.
        let today = date(2026, 12, 5);
        for i in all.iter().filter(|i| i.card == "2.2").take(8) {
            p.items
                .insert(i.id.clone(), review(None, Rating::Godt, true, today));
        }
        let queue = plan(&all, &p, today, None);
        let ids: Vec<&str> = queue.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(&ids[..2], ["lovkrav/3.4.1", "lovkrav/3.4.2"]);
        assert_eq!(queue.len(), 2 + 2, "{ids:?}");
    }

    #[test]
    fn reviews_are_capped_per_session() {
        let all = all();
        let mut p = Progress::default();
        let long_ago = date(2026, 1, 1);
        for i in all.iter().take(REVIEWS_PER_SESSION + 5) {
            p.items
                .insert(i.id.clone(), review(None, Rating::Igen, false, long_ago));
        }
        let queue = plan(&all, &p, date(2026, 12, 5), None);
        let due = queue.iter().filter(|i| p.items.contains_key(&i.id)).count();
        assert_eq!(due, REVIEWS_PER_SESSION);
    }

    #[test]
    fn a_choice_answers_a_rating_records_and_the_session_moves_on() {
        let all = all();
        let today = date(2026, 12, 5);
        let mut d = Drill::new(&all, Progress::default(), today, Some("3.4"));
        assert_eq!(d.position(), (1, d.position().1));
        let first = d.current().unwrap().clone();
        assert_eq!(first.id, "lovkrav/3.4.1");
        // Keys that are not a choice do nothing; a rating before the answer neither.
        assert!(!d.choose('3'));
        assert!(!d.show(), "a question with choices must be answered");
        assert_eq!(d.rate(Rating::Godt), None);
        assert!(d.choose('L'));
        assert_eq!(
            d.step(),
            &Step::Shown {
                chose: Some(0),
                right: true
            }
        );
        assert!(!d.choose('a'), "answered once");
        assert_eq!(d.default_rating(), Rating::Godt);
        let answer = d.rate(Rating::Godt).unwrap();
        assert_eq!(answer, ("lovkrav/3.4.1".into(), Rating::Godt, true));
        assert_eq!(d.step(), &Step::Ask);
        assert_eq!(d.position().0, 2);
        assert_eq!((d.answered, d.right), (1, 1));
        assert_eq!(
            d.progress().items["lovkrav/3.4.1"].last,
            today.to_string(),
            "the session's own progress has the answer"
        );
    }

    #[test]
    fn a_wrong_choice_defaults_to_igen_and_counts_as_wrong() {
        let all = all();
        let mut d = Drill::new(&all, Progress::default(), date(2026, 12, 5), Some("3.4"));
        assert!(d.choose('a'));
        assert_eq!(
            d.step(),
            &Step::Shown {
                chose: Some(1),
                right: false
            }
        );
        assert_eq!(d.default_rating(), Rating::Igen);
        let (_, _, right) = d.rate(Rating::Godt).unwrap();
        assert!(!right, "a wrong choice stays wrong whatever the rating");
        assert_eq!((d.answered, d.right), (1, 0));
    }

    #[test]
    fn items_without_choices_are_turned_over_and_right_when_known() {
        let all = all();
        let mut d = Drill::new(&all, Progress::default(), date(2026, 12, 5), Some("3.4"));
        d.choose('l');
        d.rate(Rating::Godt);
        let item = d.current().unwrap().clone();
        assert_eq!(item.kind, ItemKind::Scenarie);
        assert!(!d.choose('l'));
        assert!(d.show());
        assert!(!d.rate(Rating::Svaert).unwrap().2);
        let frist = d.current().unwrap().clone();
        assert_eq!(frist.kind, ItemKind::Frist);
        assert!(d.show());
        assert!(d.rate(Rating::Let).unwrap().2);
    }

    #[test]
    fn the_end_says_when_the_next_are_due() {
        let all = all();
        let today = date(2026, 12, 5);
        let mut d = Drill::new(&all, Progress::default(), today, Some("3.4"));
        let (_, n) = d.position();
        for _ in 0..n {
            if !d.show() {
                let key = d.current().unwrap().choices[0].key;
                d.choose(key);
            }
            d.rate(Rating::Igen).unwrap();
        }
        assert_eq!(d.step(), &Step::End);
        assert_eq!(d.current(), None);
        assert_eq!(d.answered, n);
        // All answered igen: all back tomorrow.
        assert_eq!(d.next_due(), Some((date(2026, 12, 6), n)));
        // Nothing to do: the session is over at once.
        let again = Drill::new(&all, d.progress().clone(), today, Some("3.4"));
        assert_eq!(again.step(), &Step::End);
        assert_eq!(again.position(), (0, 0));
    }
}

//! The round's state machine: who has voted what (hidden until the reveal), the reveal order,
//! what the team agreed; [`Round::input`] takes one [`Input`] and says what happened.

use std::collections::BTreeMap;

use super::{Edit, Event, Input, LineInput, Reveal, Step, VoteResult};
use crate::app::limit::MAX_LINE_CHARS;
use crate::assessment::{Score, VoteStats, parse_tally, vote_stats};

/// One step of the collecting, kept so Backspace can take it back.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Taken {
    Vote {
        voter: usize,
        item: usize,
    },
    /// A skip, with the votes it cleared and where the voter was.
    Skip {
        voter: usize,
        item: usize,
        row: Vec<Option<Score>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    /// The anvisninger voted on, in card order.
    items: Vec<String>,
    /// Per item: it already holds votes, so the round asks before voting on it again.
    asks: Vec<bool>,
    /// A round on a whole card (`V`): a no to one anvisning leaves that one out.
    pub(super) card: bool,
    voters: Vec<String>,
    scale: Vec<u8>,
    anonymous: bool,
    /// `cast[voter][item]`.
    cast: Vec<Vec<Option<Score>>>,
    absent: Vec<bool>,
    /// Votes without names, per anvisning: a typed tally, or a tally already in the file.
    extra: Vec<Vec<Score>>,
    agreed: Vec<Option<Score>>,
    /// Item indices, most disputed first; filled when collecting ends.
    order: Vec<usize>,
    /// The last reveal has been agreed on or passed: the round can close.
    over: bool,
    /// The votes were read from the file (`r`): they go back as they were, named or counted,
    /// whatever the assessment now says about names.
    from_file: bool,
    /// What collecting has done so far, last on top.
    trail: Vec<Taken>,
    /// The results have reached the assessment once (earlier votes were kept then).
    kept: bool,
    pub step: Step,
}

impl Round {
    /// A named round over `items` (one anvisning for `v`, a whole card for `V`). `None` without
    /// voters or items. `voted`: the items that already hold votes; the round asks about each
    /// of them first.
    pub fn new(
        items: Vec<String>,
        voters: Vec<String>,
        scale: Vec<u8>,
        anonymous: bool,
        voted: &[String],
    ) -> Option<Round> {
        if items.is_empty() || voters.is_empty() {
            return None;
        }
        // Votes are kept by name: two people of the same name must not share one vote.
        let voters = crate::text::unique_labels(voters);
        let mut round = Round {
            asks: items.iter().map(|i| voted.contains(i)).collect(),
            card: items.len() > 1,
            cast: vec![vec![None; items.len()]; voters.len()],
            absent: vec![false; voters.len()],
            agreed: vec![None; items.len()],
            extra: vec![Vec::new(); items.len()],
            order: Vec::new(),
            over: false,
            from_file: false,
            trail: Vec::new(),
            kept: false,
            step: Step::Collecting { voter: 0, item: 0 },
            items,
            voters,
            scale,
            anonymous,
        };
        round.step = round.ask_from(0);
        Some(round)
    }

    /// A round where the team enters its counts per level for one anvisning.
    pub fn tally(item: String, scale: Vec<u8>, replaces: bool) -> Round {
        let first = Step::Tally {
            text: LineInput::empty(MAX_LINE_CHARS),
            error: None,
        };
        Round {
            items: vec![item],
            asks: vec![replaces],
            card: false,
            voters: Vec::new(),
            scale,
            anonymous: true,
            cast: Vec::new(),
            absent: Vec::new(),
            extra: vec![Vec::new()],
            agreed: vec![None],
            order: Vec::new(),
            over: false,
            from_file: false,
            trail: Vec::new(),
            kept: false,
            step: if replaces {
                Step::Confirm { item: 0 }
            } else {
                first
            },
        }
    }

    /// A reveal of votes already in the file (merged pre-assessments, or a round the team left
    /// before agreeing): straight to the table, most disputed first. `None` without votes.
    /// The voters come in the order people sit (`participants`); a name not on the list after.
    pub fn saved(
        items: Vec<(String, BTreeMap<String, Score>, Vec<Score>)>,
        participants: &[String],
        scale: Vec<u8>,
        anonymous: bool,
    ) -> Option<Round> {
        if items.is_empty() {
            return None;
        }
        let mut voters: Vec<String> = Vec::new();
        for (_, votes, _) in &items {
            for name in votes.keys() {
                if !voters.contains(name) {
                    voters.push(name.clone());
                }
            }
        }
        let seats = crate::text::unique_labels(participants.to_vec());
        voters.sort_by_key(|v| seats.iter().position(|p| p == v).unwrap_or(usize::MAX));
        let cast = voters
            .iter()
            .map(|name| items.iter().map(|(_, v, _)| v.get(name).copied()).collect())
            .collect();
        let mut round = Round {
            cast,
            absent: vec![false; voters.len()],
            agreed: vec![None; items.len()],
            extra: items.iter().map(|(_, _, t)| t.clone()).collect(),
            order: Vec::new(),
            over: false,
            from_file: true,
            trail: Vec::new(),
            kept: false,
            step: Step::Revealed { at: 0 },
            asks: vec![false; items.len()],
            card: items.len() > 1,
            items: items.into_iter().map(|(id, _, _)| id).collect(),
            voters,
            scale,
            anonymous,
        };
        round.begin_reveal();
        Some(round)
    }

    /// Pasted text (cleaned, one line) into the tally's line; `NotMine` outside a tally.
    pub fn paste(&mut self, line: &str) -> Edit {
        let Step::Tally { text, error } = &mut self.step else {
            return Edit::NotMine;
        };
        let edit = text.paste(line);
        if edit == Edit::Changed {
            *error = None;
        }
        edit
    }

    pub fn input(&mut self, input: Input) -> Event {
        match (&mut self.step, input) {
            (&mut Step::Confirm { item }, Input::Confirm) => {
                self.step = self.ask_from(item + 1);
                Event::Moved
            }
            (&mut Step::Confirm { item }, Input::Decline) => self.leave_out(item),
            (Step::Confirm { .. }, Input::Cancel) => Event::Cancelled,
            (Step::CancelAsk { .. }, Input::Confirm) => Event::Cancelled,
            (Step::CancelAsk { back }, Input::Decline | Input::Cancel) => {
                self.step = std::mem::replace(back, Step::Revealed { at: 0 });
                Event::Moved
            }
            (Step::Collecting { .. } | Step::Tally { .. }, Input::Cancel) => {
                if self.hidden_votes() == 0 && !self.tally_typed() {
                    return Event::Cancelled;
                }
                let back = std::mem::replace(&mut self.step, Step::Revealed { at: 0 });
                self.step = Step::CancelAsk {
                    back: Box::new(back),
                };
                Event::Moved
            }
            (&mut Step::Collecting { voter, item }, Input::Vote(score)) => {
                self.cast[voter][item] = Some(score);
                self.trail.push(Taken::Vote { voter, item });
                self.advance(voter, item + 1)
            }
            (&mut Step::Collecting { voter, item }, Input::Skip) => {
                self.absent[voter] = true;
                let row = std::mem::replace(&mut self.cast[voter], vec![None; self.items.len()]);
                self.trail.push(Taken::Skip { voter, item, row });
                self.advance(voter + 1, 0)
            }
            (Step::Collecting { .. }, Input::TakeBack) => match self.trail.pop() {
                Some(Taken::Vote { voter, item }) => {
                    self.cast[voter][item] = None;
                    self.step = Step::Collecting { voter, item };
                    Event::Moved
                }
                Some(Taken::Skip { voter, item, row }) => {
                    self.absent[voter] = false;
                    self.cast[voter] = row;
                    self.step = Step::Collecting { voter, item };
                    Event::Moved
                }
                None => Event::NothingToTakeBack,
            },
            (Step::Tally { text, error }, Input::Edit(key)) => {
                let edit = text.key(&key);
                if edit == Edit::Changed {
                    *error = None;
                }
                Event::Edited(edit)
            }
            (Step::Tally { text, error }, Input::Submit) => {
                let max = self.scale.iter().copied().max().unwrap_or(0);
                match parse_tally(text.text(), max) {
                    Ok(votes) if votes.is_empty() => {
                        *error = Some(crate::strings::TALLY_EMPTY.to_string());
                        Event::Nothing
                    }
                    Ok(votes) => {
                        self.extra[0] = votes;
                        self.begin_reveal()
                    }
                    Err(e) => {
                        *error = Some(e.0);
                        Event::Nothing
                    }
                }
            }
            (&mut Step::Revealed { at }, Input::Agree) => match self.stats(self.order[at]).median {
                Some(m) => self.agree(at, Score::Level(m)),
                None => Event::NoMedian,
            },
            (&mut Step::Revealed { at }, Input::AgreeOn(score)) => self.agree(at, score),
            (&mut Step::Revealed { at }, Input::Next) => self.next_reveal(at),
            _ => Event::Nothing,
        }
    }

    fn is_tally(&self) -> bool {
        self.voters.is_empty()
    }

    /// The first question from `from` on about an anvisning that already holds votes, or the
    /// round's first step when none is left to ask about.
    fn ask_from(&self, from: usize) -> Step {
        match (from..self.items.len()).find(|&i| self.asks[i]) {
            Some(item) => Step::Confirm { item },
            None if self.is_tally() => Step::Tally {
                text: LineInput::empty(MAX_LINE_CHARS),
                error: None,
            },
            None => Step::Collecting { voter: 0, item: 0 },
        }
    }

    /// No to voting again on `item`: a card round goes on without it (its votes stay as they
    /// are); a round on that one anvisning alone is over.
    fn leave_out(&mut self, item: usize) -> Event {
        if self.items.len() <= 1 {
            return if self.card {
                Event::NothingLeft
            } else {
                Event::Cancelled
            };
        }
        self.items.remove(item);
        self.asks.remove(item);
        self.agreed.remove(item);
        self.extra.remove(item);
        for row in &mut self.cast {
            row.remove(item);
        }
        self.step = self.ask_from(item);
        Event::Moved
    }

    /// Votes cast and still hidden: what Esc would throw away.
    pub fn hidden_votes(&self) -> usize {
        if !matches!(self.step, Step::Collecting { .. } | Step::CancelAsk { .. }) {
            return 0;
        }
        self.cast.iter().flatten().filter(|v| v.is_some()).count()
    }

    /// A tally typed and not yet read: Esc asks before it goes.
    pub fn tally_typed(&self) -> bool {
        let typed = |step: &Step| matches!(step, Step::Tally { text, .. } if !text.text().trim().is_empty());
        match &self.step {
            Step::CancelAsk { back } => typed(back),
            step => typed(step),
        }
    }

    /// The next hidden vote: the same voter's next anvisning, else the next voter present.
    fn advance(&mut self, voter: usize, item: usize) -> Event {
        let (mut voter, mut item) = (voter, item);
        if item >= self.items.len() {
            voter += 1;
            item = 0;
        }
        while voter < self.voters.len() && self.absent[voter] {
            voter += 1;
        }
        if voter < self.voters.len() {
            self.step = Step::Collecting { voter, item };
            return Event::Moved;
        }
        if self.absent.iter().all(|a| *a) {
            return Event::NoVotes;
        }
        self.begin_reveal()
    }

    fn begin_reveal(&mut self) -> Event {
        let mut order: Vec<usize> = (0..self.items.len()).collect();
        let key = |i: &usize| crate::assessment::dispute_key(&self.stats(*i));
        // Most disputed first; a stable sort keeps card order among equals.
        order.sort_by_key(|i| std::cmp::Reverse(key(i)));
        self.order = order;
        self.step = Step::Revealed { at: 0 };
        Event::Moved
    }

    fn agree(&mut self, at: usize, score: Score) -> Event {
        let item = self.order[at];
        self.agreed[item] = Some(score);
        let flagged = self.stats(item).disagreement;
        let anvisning = self.items[item].clone();
        if let Event::Finished = self.next_reveal(at) {
            // Stay on the last reveal; the update layer closes the round (after the note).
            self.step = Step::Revealed { at };
        }
        Event::Agreed { anvisning, flagged }
    }

    fn next_reveal(&mut self, at: usize) -> Event {
        if at + 1 < self.order.len() {
            self.step = Step::Revealed { at: at + 1 };
            Event::Moved
        } else {
            self.over = true;
            Event::Finished
        }
    }

    /// The results are in the assessment: from now on they replace themselves, and earlier
    /// votes are not kept a second time.
    pub fn mark_kept(&mut self) {
        if !self.results().is_empty() {
            self.kept = true;
        }
    }

    /// Takes back the agreement on `id` (a "not relevant" left without its reason): its votes
    /// stay, its score is not set by the round.
    pub fn unagree(&mut self, id: &str) {
        if let Some(i) = self.items.iter().position(|x| x == id) {
            self.agreed[i] = None;
        }
    }

    /// The score agreed on `id` in this round, if any.
    pub fn agreed_on(&self, id: &str) -> Option<Score> {
        let i = self.items.iter().position(|x| x == id)?;
        self.agreed[i]
    }

    /// Nothing is left to reveal: the round should close (after any dissent note).
    pub fn is_over(&self) -> bool {
        self.over
    }

    /// Every vote on item `i`, named or not.
    fn votes_on(&self, i: usize) -> Vec<Score> {
        self.cast
            .iter()
            .filter_map(|row| row[i])
            .chain(self.extra[i].iter().copied())
            .collect()
    }

    fn stats(&self, i: usize) -> VoteStats {
        vote_stats(self.votes_on(i), &self.scale)
    }

    /// True when every agreeable anvisning has been agreed on.
    pub fn all_agreed(&self) -> bool {
        !self.order.is_empty() && self.order.iter().all(|&i| self.agreed[i].is_some())
    }

    /// What the round leaves in the assessment: nothing before the reveal (hidden votes are
    /// never written), every revealed anvisning's votes after it, with any agreed score.
    pub fn results(&self) -> Vec<VoteResult> {
        if !matches!(self.step, Step::Revealed { .. }) {
            return Vec::new();
        }
        (0..self.items.len())
            .map(|i| {
                let named: BTreeMap<String, Score> = self
                    .voters
                    .iter()
                    .zip(&self.cast)
                    .filter_map(|(name, row)| row[i].map(|s| (name.clone(), s)))
                    .collect();
                let (votes, mut tally) = if self.anonymous && !self.from_file {
                    (BTreeMap::new(), self.votes_on(i))
                } else {
                    (named, self.extra[i].clone())
                };
                Score::sort_votes(&mut tally);
                let absent = (!self.from_file).then(|| {
                    self.voters
                        .iter()
                        .zip(&self.absent)
                        .filter(|(_, away)| **away)
                        .map(|(name, _)| name.clone())
                        .collect()
                });
                VoteResult {
                    anvisning: self.items[i].clone(),
                    votes,
                    tally,
                    agreed: self.agreed[i],
                    absent,
                    keep_earlier: !self.from_file && !self.kept,
                }
            })
            .collect()
    }

    // What the view may read. Nothing here gives a hidden vote's value.

    pub fn items(&self) -> &[String] {
        &self.items
    }

    pub fn voters(&self) -> &[String] {
        &self.voters
    }

    pub fn is_absent(&self, voter: usize) -> bool {
        self.absent.get(voter).copied().unwrap_or(false)
    }

    /// Voters who have cast all their votes, and voters present: "2 af 3 har stemt".
    pub fn voted(&self) -> (usize, usize) {
        let present = self.absent.iter().filter(|a| !**a).count();
        let done = self
            .cast
            .iter()
            .zip(&self.absent)
            .filter(|(row, absent)| !**absent && row.iter().all(Option::is_some))
            .count();
        (done, present)
    }

    /// The voter whose turn it is, and the anvisning they score.
    pub fn turn(&self) -> Option<(&str, &str)> {
        match self.step {
            Step::Collecting { voter, item } => {
                Some((self.voters[voter].as_str(), self.items[item].as_str()))
            }
            _ => None,
        }
    }

    pub fn reveal(&self) -> Option<Reveal<'_>> {
        let Step::Revealed { at } = self.step else {
            return None;
        };
        Some(self.reveal_at(at))
    }

    /// The reveal of `id`, wherever it is in the order: the dissent note is about an anvisning
    /// the round has already moved past. `None` before the reveal.
    pub fn reveal_of(&self, id: &str) -> Option<Reveal<'_>> {
        if !matches!(self.step, Step::Revealed { .. }) {
            return None;
        }
        let at = self.order.iter().position(|&i| self.items[i] == id)?;
        Some(self.reveal_at(at))
    }

    fn reveal_at(&self, at: usize) -> Reveal<'_> {
        let i = self.order[at];
        let named = if self.anonymous {
            Vec::new()
        } else {
            self.voters
                .iter()
                .zip(&self.cast)
                .map(|(name, row)| (name.as_str(), row[i]))
                .collect()
        };
        Reveal {
            anvisning: &self.items[i],
            named,
            stats: self.stats(i),
            place: (at + 1, self.order.len()),
            agreed: self.agreed[i],
        }
    }
}

//! What every report shows, gathered once from `summarize` and the deck, so the four formats only
//! decide how it looks. Also the few Danish words and numbers they share.

use std::collections::HashMap;

use crate::assessment::{
    Action, Answer, Assessment, GuidelineSummary, NonScore, Score, Summary, VoteStats, summarize,
    tally_text, vote_stats,
};
use crate::deck::{Anvisning, Deck, Guideline};

/// One assessment, ready to be formatted.
pub(crate) struct Content<'a> {
    pub a: &'a Assessment,
    pub deck: &'a Deck,
    pub summary: Summary,
    /// True when the assessment was made with exactly this deck.
    pub matches_deck: bool,
    /// The chosen guidelines in deck order, plus any other guideline that holds answers or
    /// reflections (a card can be deselected after it was scored; its answers are not hidden).
    pub sections: Vec<Section<'a>>,
    /// Legal requirements scored below 3, in deck order.
    pub below: Vec<Item<'a>>,
    /// Anvisninger marked as focus areas, in deck order.
    pub focus: Vec<Item<'a>>,
    /// Anvisninger whose votes disagreed: legal requirements first, then deck order.
    pub disputed: Vec<Item<'a>>,
    pub actions: Vec<ActionItem<'a>>,
    /// Answers whose anvisning the deck does not have, in id order.
    pub orphans: Vec<(&'a str, &'a Answer)>,
    /// Reflection answers on a guideline the deck does not have.
    pub orphan_reflections: Vec<OrphanReflection<'a>>,
}

pub(crate) struct Section<'a> {
    pub guideline: &'a Guideline,
    pub summary: GuidelineSummary,
    /// False when the card was not chosen for this assessment but still holds answers.
    pub chosen: bool,
    pub rows: Vec<Row<'a>>,
    pub reflections: Vec<Reflection<'a>>,
}

/// One anvisning of a card and the team's answer, if any.
pub(crate) struct Row<'a> {
    pub anvisning: &'a Anvisning,
    pub answer: Option<&'a Answer>,
}

/// An anvisning picked out for a list at the top (below 3, focus).
pub(crate) struct Item<'a> {
    pub anvisning: &'a Anvisning,
    pub answer: &'a Answer,
}

pub(crate) struct ActionItem<'a> {
    pub action: &'a Action,
    /// `None` when the deck does not have the anvisning the action is tied to.
    pub guideline: Option<&'a Guideline>,
}

/// A reflection answer. `question` is `None` when the card no longer has that question.
pub(crate) struct Reflection<'a> {
    pub number: &'a str,
    pub question: Option<&'a str>,
    pub answer: &'a str,
}

pub(crate) struct OrphanReflection<'a> {
    pub guideline: &'a str,
    pub number: &'a str,
    pub answer: &'a str,
}

impl<'a> Content<'a> {
    pub fn new(a: &'a Assessment, deck: &'a Deck) -> Content<'a> {
        let summary = summarize(a, deck);
        let index: HashMap<&str, (&Guideline, &Anvisning)> = deck
            .guidelines
            .iter()
            .flat_map(|g| g.anvisninger.iter().map(move |x| (x.id.as_str(), (g, x))))
            .collect();
        let item = |id: &str| {
            let (_, anvisning) = *index.get(id)?;
            Some(Item {
                anvisning,
                answer: a.answer(id)?,
            })
        };
        let below = summary
            .requirements_below
            .iter()
            .filter_map(|(id, _, _)| item(id))
            .collect();
        let focus = summary.focus.iter().filter_map(|id| item(id)).collect();
        let disputed = crate::assessment::disputed(a, deck)
            .into_iter()
            .filter_map(item)
            .collect();
        let actions = a
            .actions
            .iter()
            .map(|action| ActionItem {
                action,
                guideline: index.get(action.anvisning.as_str()).map(|(g, _)| *g),
            })
            .collect();
        let orphans = a
            .answers
            .iter()
            .filter(|(id, answer)| {
                !index.contains_key(id.as_str()) || answer.off_scale(deck.max_level())
            })
            .map(|(id, answer)| (id.as_str(), answer))
            .collect();
        let orphan_reflections = a
            .reflections
            .iter()
            .filter(|(g, _)| deck.guideline(g).is_none())
            .flat_map(|(g, answers)| {
                sorted_reflections(answers).map(move |(number, answer)| OrphanReflection {
                    guideline: g,
                    number,
                    answer,
                })
            })
            .collect();

        Content {
            a,
            deck,
            sections: sections(a, deck),
            matches_deck: a.deck.fingerprint == deck.fingerprint(),
            summary,
            below,
            focus,
            disputed,
            actions,
            orphans,
            orphan_reflections,
        }
    }

    /// The anvisning rows of every section, in order: what the CSV has one line for.
    pub fn rows(&self) -> impl Iterator<Item = (&Section<'a>, &Row<'a>)> {
        self.sections
            .iter()
            .flat_map(|s| s.rows.iter().map(move |r| (s, r)))
    }

    /// How many cards were chosen (all of them when the assessment names none).
    pub fn chosen_count(&self) -> usize {
        self.sections.iter().filter(|s| s.chosen).count()
    }
}

fn sections<'a>(a: &'a Assessment, deck: &'a Deck) -> Vec<Section<'a>> {
    let chosen: Vec<&str> = a.chosen(deck).iter().map(|g| g.id.as_str()).collect();
    let holds_data = |g: &Guideline| {
        a.reflections.get(&g.id).is_some_and(|r| !r.is_empty())
            || g.anvisninger.iter().any(|x| a.answers.contains_key(&x.id))
    };
    // Summarize over the widened choice, so a deselected card that still holds answers gets its
    // average the same way as the others.
    let mut widened = a.clone();
    widened.cards = deck
        .guidelines
        .iter()
        .filter(|g| chosen.contains(&g.id.as_str()) || holds_data(g))
        .map(|g| g.id.clone())
        .collect();
    summarize(&widened, deck)
        .guidelines
        .into_iter()
        .filter_map(|summary| {
            let guideline = deck.guideline(&summary.id)?;
            let rows = guideline
                .anvisninger
                .iter()
                .map(|anvisning| Row {
                    anvisning,
                    answer: a.answer(&anvisning.id),
                })
                .collect();
            let reflections = a
                .reflections
                .get(&guideline.id)
                .map(|answers| {
                    sorted_reflections(answers)
                        .map(|(number, answer)| Reflection {
                            number,
                            question: number
                                .parse::<usize>()
                                .ok()
                                .and_then(|n| n.checked_sub(1))
                                .and_then(|i| guideline.questions.get(i))
                                .map(|q| q.text.as_str()),
                            answer,
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(Section {
                chosen: chosen.contains(&guideline.id.as_str()),
                guideline,
                summary,
                rows,
                reflections,
            })
        })
        .collect()
}

/// Reflection answers by question number (the file's keys are text, so "10" would sort before
/// "2"); keys that are not numbers come last; empty answers are left out.
fn sorted_reflections(
    answers: &std::collections::BTreeMap<String, String>,
) -> impl Iterator<Item = (&str, &str)> {
    let mut list: Vec<(&str, &str)> = answers
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    list.sort_by_key(|(k, _)| (k.parse::<usize>().unwrap_or(usize::MAX), *k));
    list.into_iter()
}

/// The score as people read it: "3 Fast praksis", "Ikke relevant", "Ved ikke", or "–".
pub(crate) fn score_text(deck: &Deck, score: Option<Score>) -> String {
    match score {
        None => "–".to_string(),
        Some(Score::Level(v)) => match deck.level(v) {
            Some(level) => format!("{v} {}", level.label),
            None => v.to_string(),
        },
        Some(Score::Other(n)) => non_score_label(deck, n),
    }
}

/// The deck's label for a non-score ("Ikke relevant", "Ved ikke").
pub(crate) fn non_score_label(deck: &Deck, n: NonScore) -> String {
    let (label, fallback) = match n {
        NonScore::NotRelevant => (&deck.non_scores.not_relevant.label, "Ikke relevant"),
        NonScore::Unknown => (&deck.non_scores.unknown.label, "Ved ikke"),
    };
    if label.trim().is_empty() {
        fallback.to_string()
    } else {
        label.clone()
    }
}

pub(crate) use crate::number::decimal;

pub(crate) use crate::date::danish_date;

/// "Anne, Bo og Carl".
pub(crate) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} og {last}", rest.join(", ")),
    }
}

/// How many answers on a card: "4 af 5 vurderet, heraf 1 ikke relevant · 1 ved ikke" (*ved
/// ikke* is still open, so it is told apart from what is assessed).
pub(crate) fn answered_text(deck: &Deck, s: &GuidelineSummary) -> String {
    let mut out = format!("{} af {} vurderet", s.answered, s.total);
    if s.not_relevant > 0 {
        out.push_str(&format!(
            ", heraf {} {}",
            s.not_relevant,
            non_score_label(deck, NonScore::NotRelevant).to_lowercase()
        ));
    }
    if s.unknown > 0 {
        out.push_str(&format!(
            " · {} {}",
            s.unknown,
            non_score_label(deck, NonScore::Unknown).to_lowercase()
        ));
    }
    out
}

/// Where an action stands, in words: "i gang", "udført (fra sidst)"; "" when nothing is known.
pub(crate) fn status_text(action: &Action) -> String {
    let status = action.status.map_or("", |s| s.label());
    match (status, action.carried) {
        ("", true) => "fra sidst".to_string(),
        (s, true) => format!("{s} (fra sidst)"),
        (s, false) => s.to_string(),
    }
}

impl Content<'_> {
    /// True when any action has a status or was carried over: then the status is a column.
    pub fn has_status(&self) -> bool {
        self.actions
            .iter()
            .any(|x| x.action.status.is_some() || x.action.carried)
    }
}

/// The statistics of an answer's votes over the deck's scale; `None` when nobody voted.
pub(crate) fn vote_stats_of(deck: &Deck, answer: &Answer) -> Option<VoteStats> {
    answer.has_votes().then(|| {
        let scale = deck.scale_values();
        vote_stats(answer.all_votes(), &scale)
    })
}

/// The votes before the team agreed, in seating order with who was away, then what they
/// say: "Ahmad 2, Bo ikke til stede, Jonas 1 (median 1,
/// spredning 1–2, Enige · 2 stemmer (få stemmer))", or as counts for a tally ("2 × 3, 1 × 4 (…)").
/// The kind of agreement is said in the reveal's words.
/// The goal for next time and the basis of the score, as every view and report says them:
/// "Mål: 3 · Grundlag: dokumenteret"; `None` when neither is set.
pub(crate) fn goal_basis_text(answer: &Answer) -> Option<String> {
    let goal = answer
        .goal
        .map(|g| format!("{}: {g}", crate::strings::GOAL));
    let basis = answer
        .basis
        .map(|b| format!("{}: {}", crate::strings::BASIS, b.label()));
    let parts: Vec<String> = goal.into_iter().chain(basis).collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

pub(crate) fn votes_text(deck: &Deck, participants: &[String], answer: &Answer) -> Option<String> {
    let last = round_text(deck, participants, answer)?;
    if answer.rounds.is_empty() {
        return Some(last);
    }
    // Every round in turn, then how the last moved: "Runde 1: … · Runde 2: …; spredning 0–4 → 2–3; 3 flyttede sig".
    let mut parts: Vec<String> = answer
        .rounds
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let text = round_text(deck, participants, &r.as_answer())?;
            Some(format!("{}: {text}", crate::strings::round_label(i + 1)))
        })
        .collect();
    parts.push(format!(
        "{}: {last}",
        crate::strings::round_label(answer.rounds.len() + 1)
    ));
    let mut out = parts.join(" · ");
    if let Some(m) = crate::assessment::movement(answer, &deck.scale_values()) {
        out.push_str(&format!("; {}", crate::assessment::movement_text(&m)));
    }
    Some(out)
}

/// One round's votes and what they say.
fn round_text(deck: &Deck, participants: &[String], answer: &Answer) -> Option<String> {
    let stats = vote_stats_of(deck, answer)?;
    // In the order people sit, the absent among them.
    let mut parts: Vec<String> = answer
        .seated(participants)
        .into_iter()
        .map(|(who, score)| match score {
            Some(Score::Level(v)) => format!("{who} {v}"),
            Some(Score::Other(n)) => {
                format!("{who} {}", non_score_label(deck, n).to_lowercase())
            }
            None => format!("{who} {}", crate::strings::VOTE_ABSENT),
        })
        .collect();
    if !answer.tally.is_empty() {
        let scale = deck.scale_values();
        parts.push(tally_text(&vote_stats(
            answer.tally.iter().copied(),
            &scale,
        )));
    }
    let mut about = Vec::new();
    if let Some(m) = stats.median {
        about.push(format!("median {m}"));
    }
    if let Some((lo, hi)) = stats.spread {
        about.push(format!("spredning {lo}–{hi}"));
    }
    // The same words as the reveal: "Polariseret · 4 stemmer".
    about.extend(crate::assessment::kind_text(&stats));
    about.extend(crate::assessment::relevance_text(&stats));
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({})", about.join(", "))
    };
    Some(format!("{}{about}", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_end_with_og() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(&v(&[])), "");
        assert_eq!(and_list(&v(&["Anne"])), "Anne");
        assert_eq!(and_list(&v(&["Anne", "Bo", "Carl"])), "Anne, Bo og Carl");
    }

    #[test]
    fn deselected_cards_with_answers_are_kept_and_orphans_found() {
        let deck = Deck::embedded();
        let first = &deck.guidelines[0];
        let last = &deck.guidelines[deck.guidelines.len() - 1];
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![first.id.clone()], "2026-01-01");
        a.answer_mut(&last.anvisninger[0].id).score = Some(Score::Level(2));
        a.answer_mut("9.9.9").note = "gammel".into();
        // 12: past the card's last question, and before "2" if sorted as text.
        a.set_reflection(&first.id, 12, "tolv".into());
        a.set_reflection(&first.id, 2, "to".into());
        a.set_reflection("9.9", 1, "væk".into());
        let c = Content::new(&a, &deck);
        let ids: Vec<(&str, bool)> = c
            .sections
            .iter()
            .map(|s| (s.guideline.id.as_str(), s.chosen))
            .collect();
        assert_eq!(ids, [(first.id.as_str(), true), (last.id.as_str(), false)]);
        assert_eq!(c.sections[1].summary.average, Some(2.0));
        assert_eq!(
            c.summary.progress.1,
            first.anvisninger.len(),
            "progress unchanged"
        );
        let numbers: Vec<&str> = c.sections[0].reflections.iter().map(|r| r.number).collect();
        assert_eq!(numbers, ["2", "12"]);
        assert!(first.questions.len() < 12);
        assert!(
            c.sections[0].reflections[1].question.is_none(),
            "no question 12"
        );
        assert_eq!(c.orphans.len(), 1);
        assert_eq!(c.orphan_reflections.len(), 1);
        assert_eq!(c.chosen_count(), 1);
    }
}

//! The numbers behind the summary screen and the reports: per guideline how far the team got and
//! its average, and the lists that come first in a summary (legal requirements not yet secured,
//! focus areas, answers the deck no longer knows).

use super::model::{Assessment, NonScore, Score};
use crate::deck::{Deck, Kind};

/// A legal requirement scored below this level is not yet secured (DESIGN: Scoring).
pub const SECURED_LEVEL: u8 = 3;

/// One chosen guideline, in deck order.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidelineSummary {
    pub id: String,
    pub title: String,
    /// Anvisninger assessed: a level or *ikke relevant* (not *ved ikke*, which is still open).
    pub answered: usize,
    /// Anvisninger on the card.
    pub total: usize,
    /// Mean of the levels; non-scores are left out. `None` when no anvisning has a level.
    pub average: Option<f64>,
    pub not_relevant: usize,
    pub unknown: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The chosen guidelines, in deck order.
    pub guidelines: Vec<GuidelineSummary>,
    /// Anvisninger assessed and in all, over the chosen guidelines.
    pub progress: (usize, usize),
    /// Anvisninger of the chosen guidelines marked *ved ikke*, shown apart from progress.
    pub unknown: usize,
    /// Legal requirements not yet secured, in deck order: (anvisning id, guideline id, score),
    /// where the score is a level below [`SECURED_LEVEL`] or *ved ikke* (a duty nobody can vouch
    /// for is not secured). *Ikke relevant* and unanswered ones are not in it.
    /// Covers the whole deck, so an answer outside the chosen cards is never hidden.
    pub requirements_below: Vec<(String, String, Score)>,
    /// Anvisninger marked as focus areas, in deck order (whole deck, as above).
    pub focus: Vec<String>,
    /// Answers whose anvisning the deck does not have, in id order. They are kept in the file.
    pub orphans: Vec<String>,
}

pub fn summarize(a: &Assessment, deck: &Deck) -> Summary {
    // A score above the deck's scale (the deck changed under the file) is never counted.
    let max = deck.max_level();
    let guidelines: Vec<GuidelineSummary> = a
        .chosen(deck)
        .into_iter()
        .map(|g| {
            let scores: Vec<Score> = g
                .anvisninger
                .iter()
                .filter_map(|x| a.answer(&x.id))
                .filter(|ans| !ans.off_scale(max))
                .filter_map(|ans| ans.score)
                .collect();
            let levels: Vec<u8> = scores.iter().filter_map(|s| s.level()).collect();
            let count = |n: NonScore| scores.iter().filter(|&&s| s == Score::Other(n)).count();
            GuidelineSummary {
                id: g.id.clone(),
                title: g.title.clone(),
                answered: scores.iter().filter(|s| s.is_assessed()).count(),
                total: g.anvisninger.len(),
                average: mean(&levels),
                not_relevant: count(NonScore::NotRelevant),
                unknown: count(NonScore::Unknown),
            }
        })
        .collect();
    let progress = guidelines
        .iter()
        .fold((0, 0), |(done, all), g| (done + g.answered, all + g.total));
    let unknown = guidelines.iter().map(|g| g.unknown).sum();

    let mut requirements_below = Vec::new();
    let mut focus = Vec::new();
    for g in &deck.guidelines {
        for x in &g.anvisninger {
            let Some(answer) = a.answer(&x.id).filter(|ans| !ans.off_scale(max)) else {
                continue;
            };
            if x.kind == Kind::Requirement
                && let Some(score) = answer.score
                && not_secured(score)
            {
                requirements_below.push((x.id.clone(), g.id.clone(), score));
            }
            if answer.focus {
                focus.push(x.id.clone());
            }
        }
    }

    Summary {
        guidelines,
        progress,
        unknown,
        requirements_below,
        focus,
        orphans: a.orphans(deck).into_iter().map(str::to_string).collect(),
    }
}

/// A requirement with this score is not yet secured: a level below [`SECURED_LEVEL`], or
/// *ved ikke*.
pub fn not_secured(score: Score) -> bool {
    match score {
        Score::Level(v) => v < SECURED_LEVEL,
        Score::Other(n) => n == NonScore::Unknown,
    }
}

fn mean(levels: &[u8]) -> Option<f64> {
    if levels.is_empty() {
        return None;
    }
    let sum: u32 = levels.iter().map(|&v| u32::from(v)).sum();
    Some(f64::from(sum) / levels.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::embedded()
    }

    /// The first guideline of the embedded deck that has a requirement and a recommendation.
    fn mixed(deck: &Deck) -> &crate::deck::Guideline {
        deck.guidelines
            .iter()
            .find(|g| {
                g.anvisninger.len() >= 3
                    && g.requirement_count() > 0
                    && g.requirement_count() < g.anvisninger.len()
            })
            .expect("the deck has a card with both kinds")
    }

    #[test]
    fn averages_leave_non_scores_out() {
        let deck = deck();
        let g = mixed(&deck);
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![g.id.clone()], "2026-11-23");
        let ids: Vec<&str> = g.anvisninger.iter().map(|x| x.id.as_str()).collect();
        a.answer_mut(ids[0]).score = Some(Score::Level(4));
        a.answer_mut(ids[1]).score = Some(Score::Other(NonScore::NotRelevant));
        a.answer_mut(ids[2]).score = Some(Score::Other(NonScore::Unknown));
        let s = summarize(&a, &deck);
        assert_eq!(s.guidelines.len(), 1);
        let gs = &s.guidelines[0];
        assert_eq!(gs.average, Some(4.0), "unknown is never counted as 0");
        assert_eq!(
            (gs.answered, gs.total),
            (2, g.anvisninger.len()),
            "ved ikke is still open: not counted as assessed"
        );
        assert_eq!((gs.not_relevant, gs.unknown), (1, 1));
        assert_eq!(s.progress, (2, g.anvisninger.len()));
        assert_eq!(s.unknown, 1);
        assert_eq!(a.progress(&deck), s.progress);
        assert_eq!(a.unknown_count(&deck), 1);
    }

    #[test]
    fn only_non_scores_give_no_average() {
        let deck = deck();
        let g = mixed(&deck);
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![g.id.clone()], "2026-11-23");
        a.answer_mut(&g.anvisninger[0].id).score = Some(Score::Other(NonScore::Unknown));
        a.answer_mut(&g.anvisninger[1].id).note = "Kun en note".into();
        let gs = &summarize(&a, &deck).guidelines[0];
        assert_eq!(gs.average, None);
        assert_eq!(
            gs.answered, 0,
            "a note alone is not an answer, ved ikke is still open"
        );
        assert_eq!(gs.unknown, 1);
    }

    #[test]
    fn averages_are_means_of_levels() {
        let deck = deck();
        let g = mixed(&deck);
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![], "2026-11-23");
        a.answer_mut(&g.anvisninger[0].id).score = Some(Score::Level(1));
        a.answer_mut(&g.anvisninger[1].id).score = Some(Score::Level(2));
        let s = summarize(&a, &deck);
        assert_eq!(
            s.guidelines.len(),
            deck.guidelines.len(),
            "empty cards means all"
        );
        let gs = s.guidelines.iter().find(|x| x.id == g.id).unwrap();
        assert_eq!(gs.average, Some(1.5));
        assert!(
            s.guidelines
                .iter()
                .filter(|x| x.id != g.id)
                .all(|x| x.average.is_none())
        );
        assert_eq!(s.progress, (2, deck.anvisning_count()));
    }

    #[test]
    fn requirements_below_three_in_deck_order() {
        let deck = deck();
        let requirements: Vec<(&str, &str)> = deck
            .guidelines
            .iter()
            .flat_map(|g| {
                g.anvisninger
                    .iter()
                    .filter(|x| x.kind == Kind::Requirement)
                    .map(move |x| (x.id.as_str(), g.id.as_str()))
            })
            .collect();
        assert!(requirements.len() >= 5, "the deck has requirements");
        let recommendation = deck
            .anvisninger()
            .find(|x| x.kind == Kind::Recommendation)
            .unwrap();
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![], "2026-11-23");
        // Answer in reverse order: the list must still follow the deck.
        let last = requirements[requirements.len() - 1];
        a.answer_mut(last.0).score = Some(Score::Level(0));
        a.answer_mut(requirements[0].0).score = Some(Score::Level(2));
        a.answer_mut(requirements[1].0).score = Some(Score::Level(3)); // secured
        a.answer_mut(requirements[2].0).score = Some(Score::Other(NonScore::Unknown));
        a.answer_mut(requirements[3].0).score = Some(Score::Other(NonScore::NotRelevant));
        a.answer_mut(&recommendation.id).score = Some(Score::Level(0)); // not a requirement
        let s = summarize(&a, &deck);
        assert_eq!(
            s.requirements_below,
            vec![
                (
                    requirements[0].0.to_string(),
                    requirements[0].1.to_string(),
                    Score::Level(2)
                ),
                (
                    requirements[2].0.to_string(),
                    requirements[2].1.to_string(),
                    Score::Other(NonScore::Unknown)
                ),
                (last.0.to_string(), last.1.to_string(), Score::Level(0)),
            ]
        );
    }

    #[test]
    fn focus_in_deck_order_and_orphans_kept() {
        let deck = deck();
        let first = &deck.guidelines[0].anvisninger[0].id;
        let later = &deck.guidelines[deck.guidelines.len() - 1].anvisninger[0].id;
        let mut a = Assessment::new(&deck, "Hold", vec![], vec![], "2026-11-23");
        a.answer_mut(later).focus = true;
        a.answer_mut(first).focus = true;
        a.answer_mut("9.9.9").score = Some(Score::Level(1));
        let s = summarize(&a, &deck);
        assert_eq!(s.focus, vec![first.clone(), later.clone()]);
        assert_eq!(s.orphans, vec!["9.9.9".to_string()]);
        assert_eq!(s.progress.0, 0, "orphans and focus flags are not answers");
    }
}

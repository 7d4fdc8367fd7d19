//! The numbers across teams: per anvisning, legal requirements not secured, focus areas.

use std::cmp::Reverse;

use super::{AnvisningCount, Focus, NotSecured};
use crate::aggregate::digest::{DeckIndex, Digest, NOT_RELEVANT, UNANSWERED, UNKNOWN};
use crate::assessment::{MAX_LEVEL, SECURED_LEVEL};
use crate::deck::{Deck, Kind};

/// Counts per anvisning, requirements not secured and focus areas, over each team's newest file.
pub(super) fn across(
    deck: &Deck,
    index: &DeckIndex,
    newest: &[&Digest],
) -> (Vec<AnvisningCount>, Vec<NotSecured>, Vec<Focus>) {
    let top = usize::from(
        deck.max_level().max(
            newest
                .iter()
                .flat_map(|d| d.scores.iter())
                .copied()
                .filter(|&v| v <= MAX_LEVEL)
                .max()
                .unwrap_or(0),
        ),
    );
    let mut counts = Vec::with_capacity(index.len());
    let mut focus_teams = vec![0usize; index.len()];
    for d in newest {
        for &i in d.focus.iter() {
            if let Some(n) = focus_teams.get_mut(usize::from(i)) {
                *n += 1;
            }
        }
    }
    let mut not_secured = Vec::new();
    let mut focus = Vec::new();
    let mut i = 0;
    for g in &deck.guidelines {
        for x in &g.anvisninger {
            let mut c = AnvisningCount {
                id: x.id.clone(),
                guideline: g.id.clone(),
                kind: x.kind,
                text: x.text.clone(),
                levels: vec![0; top + 1],
                not_relevant: 0,
                unknown: 0,
                unanswered: 0,
            };
            for d in newest {
                match d.scores[i] {
                    UNANSWERED => c.unanswered += 1,
                    NOT_RELEVANT => c.not_relevant += 1,
                    UNKNOWN => c.unknown += 1,
                    v => {
                        if let Some(n) = c.levels.get_mut(usize::from(v)) {
                            *n += 1;
                        }
                    }
                }
            }
            let below: usize = c.levels.iter().take(usize::from(SECURED_LEVEL)).sum();
            if x.kind == Kind::Requirement && below > 0 {
                not_secured.push(NotSecured {
                    id: x.id.clone(),
                    guideline: g.id.clone(),
                    text: x.text.clone(),
                    teams: newest
                        .iter()
                        .enumerate()
                        .filter(|(_, d)| d.scores[i] < SECURED_LEVEL)
                        .map(|(t, _)| u32::try_from(t).unwrap_or(u32::MAX))
                        .collect(),
                    below,
                    of: newest.len(),
                    without_level: c.unanswered + c.not_relevant + c.unknown,
                });
            }
            if focus_teams[i] > 0 {
                focus.push(Focus {
                    id: x.id.clone(),
                    guideline: g.id.clone(),
                    text: x.text.clone(),
                    teams: focus_teams[i],
                });
            }
            counts.push(c);
            i += 1;
        }
    }
    // Stable sorts: ties stay in deck order.
    not_secured.sort_by_key(|n| Reverse(n.below));
    focus.sort_by_key(|f| Reverse(f.teams));
    (counts, not_secured, focus)
}

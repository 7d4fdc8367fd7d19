//! `refleks merge FILE... --team NAME`: staff's individual pre-assessments become the silent votes
//! of one new team assessment. Scores are left open for the team to agree on; every note,
//! reason, reflection, action and parked topic is carried over under the person's name.

use std::path::{Path, PathBuf};

use super::Output;
use crate::assessment::{Answer, Assessment, NonScore, Parked, Score};
use crate::deck::Deck;
use crate::store::Store;
use crate::text::clean_line;
use crate::text::unique_labels;

/// The merged assessment, and what the current deck does not know (kept in the file anyway).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub assessment: Assessment,
    /// The voter each file became, in file order.
    pub voters: Vec<String>,
    /// Per file (as shown), the anvisning and guideline ids the deck does not have.
    pub unmatched: Vec<(String, Vec<String>)>,
}

/// The voter a file speaks for: its only participant, else its team name.
pub fn voter_of(a: &Assessment) -> String {
    match a.participants.as_slice() {
        [one] if !one.trim().is_empty() => one.trim().to_string(),
        _ => a.team.trim().to_string(),
    }
}

/// Merges loaded files (with the names they are shown by) into a new assessment for `team`.
pub fn merge(files: &[(String, Assessment)], deck: &Deck, team: &str, today: &str) -> Merged {
    let voters = unique_labels(files.iter().map(|(_, a)| voter_of(a)).collect());
    // All cards when any file covers all; otherwise the cards any of them chose, in deck order.
    let cards = if files.iter().any(|(_, a)| a.cards.is_empty()) {
        Vec::new()
    } else {
        deck.guidelines
            .iter()
            .map(|g| g.id.clone())
            .filter(|id| files.iter().any(|(_, a)| a.cards.contains(id)))
            .collect()
    };
    let mut merged = Assessment::new(deck, team, voters.clone(), cards, today);
    let known_anvisning = |id: &str| {
        deck.guidelines
            .iter()
            .any(|g| g.anvisninger.iter().any(|x| x.id == id))
    };
    let mut unmatched = Vec::new();
    for ((shown, a), name) in files.iter().zip(&voters) {
        let mut missing: Vec<String> = Vec::new();
        for (id, answer) in &a.answers {
            if !known_anvisning(id) {
                missing.push(id.clone());
            }
            gather_answer(merged.answer_mut(id), answer, name);
        }
        for (guideline, answers) in &a.reflections {
            if deck.guideline(guideline).is_none() {
                missing.push(guideline.clone());
            }
            for (question, text) in answers {
                let slot = merged
                    .reflections
                    .entry(guideline.clone())
                    .or_default()
                    .entry(question.clone())
                    .or_default();
                append(slot, name, text);
            }
        }
        for action in &a.actions {
            let mut action = action.clone();
            if action.who.trim().is_empty() {
                action.who = name.clone();
            }
            merged.actions.push(action);
        }
        for p in &a.parked {
            merged.parked.push(Parked {
                anvisning: p.anvisning.clone(),
                text: format!("{name}: {}", p.text),
            });
        }
        missing.sort();
        missing.dedup();
        if !missing.is_empty() {
            unmatched.push((shown.clone(), missing));
        }
    }
    merged.prune();
    Merged {
        assessment: merged,
        voters,
        unmatched,
    }
}

/// One person's answer into the team's: the score becomes their vote, text gets their name.
fn gather_answer(into: &mut Answer, from: &Answer, name: &str) {
    if let Some(score) = from.score {
        into.votes.insert(name.to_string(), score);
    }
    if from.score == Some(Score::Other(NonScore::NotRelevant)) && !from.reason.trim().is_empty() {
        append(
            &mut into.note,
            name,
            &format!("ikke relevant: {}", from.reason),
        );
    } else if !from.reason.trim().is_empty() {
        append(&mut into.reason, name, &from.reason);
    }
    append(&mut into.note, name, &from.note);
    append(&mut into.dissent, name, &from.dissent);
    if from.focus {
        append(&mut into.note, name, "foreslår det som fokusområde");
    }
    // A file that already held votes (an earlier merge) keeps them, under their own names.
    for (who, vote) in &from.votes {
        into.votes.entry(who.clone()).or_insert(*vote);
    }
    into.tally.extend(from.tally.iter().copied());
}

/// Adds "Navn: text" on a line of its own; blank text adds nothing.
fn append(slot: &mut String, name: &str, text: &str) {
    let text = text.trim();
    if text.is_empty() {
        return;
    }
    if !slot.is_empty() {
        slot.push('\n');
    }
    slot.push_str(&format!("{name}: {text}"));
}

/// How the merge went, in a few lines: where the file is, who voted, what did not match.
pub fn merge_report(m: &Merged, path: &Path) -> String {
    let voted = m
        .assessment
        .answers
        .values()
        .filter(|a| !a.votes.is_empty())
        .count();
    let shown = clean_line(&path.display().to_string());
    let mut out = format!(
        "Den fælles vurdering for {} er gemt i {shown}.\n\
         Stemmer fra {} ({}) på {voted} {}. Vurderingerne er åbne, så teamet kan blive enigt.\n",
        clean_line(&m.assessment.team),
        m.voters.len(),
        m.voters
            .iter()
            .map(|v| clean_line(v))
            .collect::<Vec<_>>()
            .join(", "),
        if voted == 1 {
            "anvisning"
        } else {
            "anvisninger"
        },
    );
    if !m.unmatched.is_empty() {
        out.push_str(
            "Ikke i kortsættet (lavet med en anden udgave; bevaret i filen og vist som ukendte):\n",
        );
        for (file, ids) in &m.unmatched {
            out.push_str(&format!(
                "  {}: {}\n",
                clean_line(file),
                ids.iter()
                    .map(|i| clean_line(i))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    out.push_str(&format!(
        "Åbn den med: refleks open \"{shown}\"\n\
         Tryk så r for at vise stemmerne, mest uenige først.\n"
    ));
    out
}

/// The first file given again (by its real path, so `./a.toml` and `a.toml` are one): it would
/// give one person two votes. A file that cannot be resolved is left for the load to report.
fn same_file_twice(files: &[PathBuf]) -> Option<String> {
    let mut seen: Vec<(PathBuf, &PathBuf)> = Vec::with_capacity(files.len());
    for file in files {
        let Ok(real) = std::fs::canonicalize(file) else {
            continue;
        };
        if let Some((_, first)) = seen.iter().find(|(r, _)| *r == real) {
            let shown = clean_line(&file.display().to_string());
            let first = clean_line(&first.display().to_string());
            let what = if shown == first {
                format!("{shown} er givet to gange")
            } else {
                format!("{shown} er den samme fil som {first}")
            };
            return Some(format!(
                "fejl: {what}, så den samme persons stemmer ville tælle to gange.\n  = hjælp: \
                 Skriv hver fil én gang, og prøv igen.\n"
            ));
        }
        seen.push((real, file));
    }
    None
}

pub(super) fn run(
    files: &[PathBuf],
    team: &str,
    store: Option<&Path>,
    cards: Option<&Path>,
    color: bool,
) -> Output {
    let fail = |stderr: String, code: u8| Output {
        stderr,
        code,
        ..Output::default()
    };
    if team.trim().is_empty() {
        return fail(
            "fejl: Teamets navn er tomt.\n  = hjælp: Skriv fx `refleks merge anna.toml bo.toml --team \"Team Øst\"`.\n"
                .to_string(),
            2,
        );
    }
    if files.is_empty() {
        return fail(
            "fejl: Der er ingen filer at lægge sammen.\n  = hjælp: Skriv fx `refleks merge anna.toml bo.toml --team \"Team Øst\"`.\n"
                .to_string(),
            2,
        );
    }
    if let Some(stderr) = same_file_twice(files) {
        return fail(stderr, 2);
    }
    let deck = match Deck::load(cards) {
        Ok(deck) => deck,
        Err(e) => return Output::deck_error(&e, color),
    };
    let mut loaded = Vec::with_capacity(files.len());
    let mut errors = String::new();
    let mut failed = 0;
    for file in files {
        match Store::load_for(file, &deck) {
            Ok(a) => loaded.push((file.display().to_string(), a)),
            Err(e) => {
                failed += 1;
                errors.push_str(&e.render(color));
            }
        }
    }
    if failed > 0 {
        errors.push_str(&format!(
            "Der er ikke lagt noget sammen: {failed} af {} filer kan ikke læses. Ret eller \
             udelad {}, og prøv igen.\n",
            files.len(),
            if failed == 1 { "filen" } else { "filerne" }
        ));
        return fail(errors, 1);
    }
    let store = match Store::open(store) {
        Ok(store) => store,
        Err(e) => return fail(e.render(color), 1),
    };
    let today = crate::date::today();
    let merged = merge(&loaded, &deck, team.trim(), &today);
    // `create` claims a free name atomically and writes under the lock; the lock is released
    // when this command ends, so the workshop can open the file at once.
    match store.create(&merged.assessment) {
        Ok(lock) => Output::ok(merge_report(&merged, lock.path())),
        Err(e) => fail(e.render(color), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(deck: &Deck, name: &str, scores: &[(&str, u8)], note: &str) -> Assessment {
        let mut a = Assessment::new(deck, name, vec![name.into()], vec![], "2026-11-20");
        for (id, s) in scores {
            a.answer_mut(id).score = Some(Score::Level(*s));
        }
        if !note.is_empty() {
            a.answer_mut(scores[0].0).note = note.into();
        }
        a
    }

    #[test]
    fn scores_become_votes_and_notes_keep_their_author() {
        let deck = Deck::load(None).unwrap();
        let files = vec![
            (
                "anna.toml".to_string(),
                person(
                    &deck,
                    "Anna",
                    &[("2.1.1", 2), ("2.1.2", 4)],
                    "Vi mangler MI-kursus",
                ),
            ),
            (
                "bo.toml".to_string(),
                person(&deck, "Bo", &[("2.1.1", 3)], "Det går fint"),
            ),
        ];
        let m = merge(&files, &deck, "Team Øst", "2026-12-01");
        let a = &m.assessment;
        assert_eq!(m.voters, ["Anna", "Bo"]);
        assert_eq!(a.participants, ["Anna", "Bo"]);
        let x = &a.answers["2.1.1"];
        assert_eq!(x.score, None);
        assert_eq!(x.votes["Anna"], Score::Level(2));
        assert_eq!(x.votes["Bo"], Score::Level(3));
        assert_eq!(x.note, "Anna: Vi mangler MI-kursus\nBo: Det går fint");
        assert!(m.unmatched.is_empty());
    }

    #[test]
    fn a_file_of_several_participants_votes_by_its_team_name_and_equal_names_are_told_apart() {
        let deck = Deck::load(None).unwrap();
        let mut group = person(&deck, "Team Vest", &[("2.1.1", 1)], "");
        group.participants = vec!["A".into(), "B".into()];
        let files = vec![
            ("vest.toml".to_string(), group),
            (
                "anna1.toml".to_string(),
                person(&deck, "Anna", &[("2.1.1", 2)], ""),
            ),
            (
                "anna2.toml".to_string(),
                person(&deck, "Anna", &[("2.1.1", 4)], ""),
            ),
        ];
        let m = merge(&files, &deck, "Team Øst", "2026-12-01");
        assert_eq!(m.voters, ["Team Vest", "Anna", "Anna (2)"]);
        assert_eq!(m.assessment.answers["2.1.1"].votes.len(), 3);
    }

    #[test]
    fn ids_of_another_edition_are_listed_and_kept() {
        let deck = Deck::load(None).unwrap();
        let mut old = person(&deck, "Bo", &[("2.1.1", 3), ("9.9.9", 1)], "");
        old.answer_mut("9.9.9").note = "Gammel anvisning".into();
        let m = merge(&[("bo.toml".into(), old)], &deck, "Team Øst", "2026-12-01");
        assert_eq!(
            m.unmatched,
            vec![("bo.toml".to_string(), vec!["9.9.9".to_string()])]
        );
        assert_eq!(m.assessment.answers["9.9.9"].note, "Bo: Gammel anvisning");
        let out = merge_report(&m, Path::new("x.toml"));
        assert!(out.contains("bo.toml: 9.9.9"), "{out}");
    }

    #[test]
    fn the_most_disputed_come_first() {
        let deck = Deck::load(None).unwrap();
        let files = vec![
            (
                "a".to_string(),
                person(&deck, "A", &[("2.1.1", 2), ("2.1.2", 0)], ""),
            ),
            (
                "b".to_string(),
                person(&deck, "B", &[("2.1.1", 3), ("2.1.2", 4)], ""),
            ),
        ];
        let m = merge(&files, &deck, "T", "2026-12-01");
        let scale = deck.scale_values();
        assert_eq!(
            crate::assessment::most_disputed_first(&m.assessment, &scale),
            ["2.1.2", "2.1.1"]
        );
    }
}

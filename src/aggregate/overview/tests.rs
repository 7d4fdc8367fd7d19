use super::*;
use crate::aggregate::team_key;
use crate::assessment::{Assessment, NonScore, Score};
use crate::deck::Deck;

struct Setup {
    deck: Deck,
    index: DeckIndex,
}

fn setup() -> Setup {
    let deck = Deck::embedded();
    let index = DeckIndex::new(&deck);
    Setup { deck, index }
}

fn requirement(deck: &Deck) -> (usize, &str) {
    deck.guidelines
        .iter()
        .flat_map(|g| &g.anvisninger)
        .enumerate()
        .find(|(_, x)| x.kind == Kind::Requirement)
        .map(|(i, x)| (i, x.id.as_str()))
        .unwrap()
}

/// An assessment of `team` with the first anvisning of the first card at `level`.
fn digest(s: &Setup, team: &str, created: &str, place: &str, level: u8) -> Digest {
    let mut a = Assessment::new(&s.deck, team, vec![], vec![], created);
    let first = &s.deck.guidelines[0].anvisninger;
    a.answer_mut(&first[0].id).score = Some(Score::Level(level));
    a.answer_mut(&first[1].id).score = Some(Score::Other(NonScore::Unknown));
    let file = format!("{place}/{}-{created}.toml", team_key(team));
    Digest::new(&a, &s.index, file, place.to_string())
}

fn overview(s: &Setup, all: bool, digests: Vec<Digest>) -> Overview {
    let mut fold = Fold::new(all);
    digests.into_iter().for_each(|d| fold.add(d));
    fold.finish(&s.deck, &s.index)
}

#[test]
fn a_team_is_its_name_without_case_or_spaces_in_its_folder() {
    let s = setup();
    let o = overview(
        &s,
        false,
        vec![
            digest(&s, "Team Nord", "2025-11-18", "aarhus", 1),
            digest(&s, "  team NORD ", "2026-11-17", "aarhus", 3),
            digest(&s, "Team Nord", "2026-01-01", "odense", 2),
        ],
    );
    assert_eq!(
        o.teams, 2,
        "the same name in another folder is another team"
    );
    assert_eq!(o.read, 3);
    assert_eq!(o.rows.len(), 2);
    let aarhus = &o.rows[0];
    assert_eq!(
        (aarhus.place.as_str(), aarhus.created.as_str()),
        ("aarhus", "2026-11-17")
    );
    assert_eq!(
        aarhus.team, "team NORD",
        "shown as written in the newest file, trimmed"
    );
    assert_eq!(
        aarhus.cells[0].mean,
        Some(3.0),
        "unknown is left out, not 0"
    );
    assert_eq!(aarhus.cells[0].scored, 1);
    let p = aarhus.previous.as_ref().unwrap();
    assert_eq!(p.created, "2025-11-18");
    assert_eq!(p.change[0], Some(2.0));
    assert_eq!(p.change[1], None, "no mean on either side, no change");
    assert!(o.rows[1].previous.is_none());
}

#[test]
fn newest_does_not_depend_on_the_order_files_are_read_in() {
    let s = setup();
    let files = || {
        vec![
            digest(&s, "Hold", "2024-01-01", "x", 0),
            digest(&s, "Hold", "2026-01-01", "x", 4),
            digest(&s, "Hold", "2025-01-01", "x", 2),
        ]
    };
    let forward = overview(&s, false, files());
    let mut reversed = files();
    reversed.reverse();
    assert_eq!(forward, overview(&s, false, reversed));
    assert_eq!(forward.rows[0].cells[0].mean, Some(4.0));
    assert_eq!(
        forward.rows[0].previous.as_ref().unwrap().created,
        "2025-01-01"
    );
}

#[test]
fn folds_merge_to_the_same_overview() {
    let s = setup();
    let mut one = Fold::new(false);
    let mut a = Fold::new(false);
    let mut b = Fold::new(false);
    for (i, year) in ["2021", "2022", "2023", "2024", "2025"].iter().enumerate() {
        let d = digest(&s, "Hold", &format!("{year}-01-01"), "x", i as u8 % 5);
        one.add(d.clone());
        if i % 2 == 0 { a.add(d) } else { b.add(d) }
    }
    a.merge(b);
    assert_eq!(a.read, 5);
    assert_eq!(one.finish(&s.deck, &s.index), a.finish(&s.deck, &s.index));
}

#[test]
fn all_gives_one_row_per_file_oldest_first_each_with_its_change() {
    let s = setup();
    let o = overview(
        &s,
        true,
        vec![
            digest(&s, "Hold", "2026-01-01", "x", 3),
            digest(&s, "Hold", "2024-01-01", "x", 1),
            digest(&s, "Hold", "2025-01-01", "x", 2),
        ],
    );
    let dates: Vec<&str> = o.rows.iter().map(|r| r.created.as_str()).collect();
    assert_eq!(dates, ["2024-01-01", "2025-01-01", "2026-01-01"]);
    assert!(o.rows[0].previous.is_none());
    assert_eq!(o.rows[2].previous.as_ref().unwrap().change[0], Some(1.0));
    assert_eq!(
        o.teams, 1,
        "counts across teams still use each team's newest"
    );
    assert_eq!(o.anvisninger[0].levels[3], 1);
    assert_eq!(o.label(&o.rows[0]), "Hold 2024-01-01");
}

#[test]
fn requirements_not_secured_worst_first_and_counts_per_level() {
    let s = setup();
    let (i, id) = requirement(&s.deck);
    let mut digests = Vec::new();
    for (n, level) in [0u8, 1, 3, 4].iter().enumerate() {
        let mut d = digest(&s, &format!("Hold {n}"), "2026-01-01", "x", 2);
        d.scores[i] = *level;
        digests.push(d);
    }
    let o = overview(&s, false, digests);
    let first = &o.not_secured[0];
    assert_eq!((first.id.as_str(), first.below, first.of), (id, 2, 4));
    let counts = &o.anvisninger[i];
    assert_eq!(counts.levels, vec![1, 1, 0, 1, 1]);
    assert!(
        o.not_secured.windows(2).all(|w| w[0].below >= w[1].below),
        "worst first"
    );
}

#[test]
fn places_lose_the_folders_they_all_share() {
    let short = short_places(["kommuner/aalborg/team", "kommuner/aarhus/team"]);
    assert_eq!(short["kommuner/aalborg/team"], "aalborg");
    assert_eq!(short["kommuner/aarhus/team"], "aarhus");
    let short = short_places(["aarhus/nord", "aarhus/syd", "odense/syd"]);
    assert_eq!(short["aarhus/nord"], "aarhus/nord", "nothing shared by all");
    let short = short_places(["kommuner/aarhus/nord"]);
    assert_eq!(
        short["kommuner/aarhus/nord"], "nord",
        "one place: its last folder"
    );
    let short = short_places(["a", "a/b"]);
    assert_eq!((short["a"].as_str(), short["a/b"].as_str()), ("a", "a/b"));
}

#[test]
fn a_total_per_municipality_of_two_or_more_teams_and_one_for_all() {
    let s = setup();
    let o = overview(
        &s,
        true,
        vec![
            digest(&s, "Nord", "2026-01-01", "aalborg", 1),
            digest(&s, "Nord", "2025-01-01", "aarhus/nord", 0),
            digest(&s, "Nord", "2026-01-01", "aarhus/nord", 2),
            digest(&s, "Syd", "2026-01-01", "aarhus/syd", 4),
        ],
    );
    let places: Vec<Option<&str>> = o.totals.iter().map(|t| t.place.as_deref()).collect();
    assert_eq!(
        places,
        [Some("aarhus"), None],
        "aalborg has one team: no total"
    );
    let aarhus = &o.totals[0];
    assert_eq!(aarhus.teams, 2);
    assert_eq!(
        aarhus.cells[0],
        TeamsMean {
            mean: Some(3.0),
            n: 2
        },
        "each team's newest, not the 2025 file"
    );
    let all = &o.totals[1];
    assert_eq!((all.teams, all.cells[0].n), (3, 3));
    assert_eq!(all.cells[0].mean.map(rounded), Some(2.3));
    assert_eq!(o.rows[1].place_short, "aarhus/nord");
    let nord = o.rows[2].previous.as_ref().unwrap();
    assert_eq!(nord.mean_change, Some(2.0), "one figure per team");
}

#[test]
fn requirements_not_secured_name_their_teams_until_anonymised() {
    let s = setup();
    let (i, _) = requirement(&s.deck);
    let mut low = digest(&s, "Nord", "2026-01-01", "aalborg", 2);
    low.scores[i] = 1;
    let mut o = overview(
        &s,
        false,
        vec![low, digest(&s, "Syd", "2026-01-01", "aarhus", 2)],
    );
    assert_eq!(o.not_secured[0].teams, [0]);
    assert_eq!(o.not_secured_names(&o.not_secured[0]), ["Nord (aalborg)"]);
    assert!(!o.not_secured[0].text.is_empty(), "the anvisning's words");
    o.anonymise();
    assert!(o.not_secured_names(&o.not_secured[0]).is_empty());
    assert_eq!(o.not_secured[0].below, 1, "the count stays");
    assert_eq!(o.totals[0].place, None);
}

#[test]
fn change_is_the_difference_of_the_shown_means() {
    // 2.25 is shown as 2,3 and 2.14 as 2,1: the change people can check is 0,2.
    assert_eq!(change(2.14, 2.25), 0.2);
    assert_eq!(rounded(2.25), 2.3);
}

#[test]
fn anonymise_replaces_teams_places_and_files() {
    let s = setup();
    let mut o = overview(
        &s,
        true,
        vec![
            digest(&s, "Team Nord", "2025-01-01", "aarhus", 1),
            digest(&s, "Team Nord", "2026-01-01", "aarhus", 2),
            digest(&s, "Team Syd", "2026-01-01", "odense", 2),
        ],
    );
    o.unreadable.push(Passed {
        file: "odense/ødelagt.toml".into(),
        reason: "linje 1, kolonne 1: TOML-syntaksfejl".into(),
    });
    o.anonymise();
    let names: Vec<(&str, &str, &str)> = o
        .rows
        .iter()
        .map(|r| (r.team.as_str(), r.place.as_str(), r.file.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("Team A", "Sted A", ""),
            ("Team A", "Sted A", ""),
            ("Team B", "Sted B", "")
        ]
    );
    assert_eq!(o.rows[1].previous.as_ref().unwrap().file, "");
    assert_eq!(o.unreadable[0].file, "fil 1");
    assert!(o.anonymous);
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::assessment::{Assessment, Score};

    /// The deck, its index and a blank assessment, made once for all cases.
    static DECK: std::sync::LazyLock<(Deck, DeckIndex, Assessment)> =
        std::sync::LazyLock::new(|| {
            let deck = Deck::embedded();
            let index = DeckIndex::new(&deck);
            let blank = Assessment::new(&deck, "Hold", vec![], vec![], "2020-01-01");
            (deck, index, blank)
        });

    /// (team, year, level on the first anvisning, folder)
    fn file() -> impl Strategy<Value = (u8, u16, u8, u8)> {
        (0u8..4, 2020u16..2027, 0u8..5, 0u8..2)
    }

    fn digest((team, year, level, folder): (u8, u16, u8, u8), n: usize) -> Digest {
        let (deck, index, blank) = &*DECK;
        let mut a = blank.clone();
        // Case and spaces differ between files of one team; they are still one team.
        a.team = if n.is_multiple_of(2) {
            format!("Hold {team}")
        } else {
            format!("  HOLD {team} ")
        };
        a.created = format!("{year}-01-01");
        a.answer_mut(&deck.guidelines[0].anvisninger[0].id).score = Some(Score::Level(level));
        Digest::new(
            &a,
            index,
            format!("f{folder}/{n:03}.toml"),
            format!("f{folder}"),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// However the files are spread over threads and in whatever order they are read, the
        /// overview is the same: each team once (or each file with `all`), its newest file, the
        /// change from the one before.
        #[test]
        fn the_overview_does_not_depend_on_reading_order(
            files in prop::collection::vec(file(), 1..24),
            split in 0usize..24,
            all in any::<bool>(),
        ) {
            let (deck, index, _) = &*DECK;
            let digests: Vec<Digest> =
                files.iter().enumerate().map(|(n, f)| digest(*f, n)).collect();
            let mut one = Fold::new(all);
            digests.iter().cloned().for_each(|d| one.add(d));
            let mut a = Fold::new(all);
            let mut b = Fold::new(all);
            for (n, d) in digests.iter().rev().cloned().enumerate() {
                if n < split { a.add(d) } else { b.add(d) }
            }
            b.merge(a);
            let (one, merged) = (one.finish(deck, index), b.finish(deck, index));
            prop_assert_eq!(&one, &merged);
            prop_assert_eq!(one.read, files.len());
            let teams: std::collections::BTreeSet<(u8, u8)> =
                files.iter().map(|f| (f.0, f.3)).collect();
            prop_assert_eq!(one.teams, teams.len());
            prop_assert_eq!(one.rows.len(), if all { files.len() } else { teams.len() });
        }
    }
}

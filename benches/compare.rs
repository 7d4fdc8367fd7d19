//! DESIGN.md's scale target for `compare` and `list`: a facilitator's store of 1,000
//! assessments must feel instant. Run with `cargo bench --bench compare`. The store is made once,
//! in a temp folder, from a fixed seed; numbers go in closing notes, never into tests.

use std::path::PathBuf;
use std::sync::OnceLock;

use divan::Bencher;
use refleks::assessment::{Action, Assessment, NonScore, Score};
use refleks::cli::{compare_labels, list_table};
use refleks::compare::{CompareFormat, compare, render};
use refleks::deck::Deck;
use refleks::store::Store;

const ASSESSMENTS: usize = 1000;

fn main() {
    // Made before timing starts, so no sample pays for it.
    let store = fixture().store.dir().to_path_buf();
    divan::main();
    let _ = std::fs::remove_dir_all(store);
}

struct Fixture {
    deck: Deck,
    store: Store,
    files: Vec<PathBuf>,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let deck = Deck::embedded();
        let dir =
            std::env::temp_dir().join(format!("refleks-bench-compare-{}", std::process::id()));
        let store = Store::open(Some(&dir)).unwrap();
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let mut files = Vec::with_capacity(ASSESSMENTS);
        for i in 0..ASSESSMENTS {
            let a = assessment(&deck, i, &mut rng);
            files.push(store.create(&a).unwrap().path().to_path_buf());
        }
        Fixture { deck, store, files }
    })
}

/// xorshift64*: random-looking, the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const TEAMS: [&str; 8] = [
    "Team Nord",
    "Team Syd",
    "Team Øst",
    "Team Vest",
    "Ungeteamet",
    "Rusmiddelcentret",
    "Misbrugscenter Å",
    "Familieteamet",
];

const NOTES: [&str; 6] = [
    "Vi mangler en fast procedure for det.",
    "Gøres i de fleste forløb, men ikke når vi har travlt.",
    "Drøftet på personalemødet; ingen beslutning endnu.",
    "Skabelonen bruges af alle, også nye kolleger.",
    "Borgerne siger, at de ikke kender muligheden.\nVi tager det op med ledelsen.",
    "Kun enkelte behandlere gør det; afhænger af personen.",
];

/// A realistic assessment: most of the deck, mostly levels, a few non-scores, notes on about
/// a third, a focus area or two, a couple of actions.
fn assessment(deck: &Deck, i: usize, rng: &mut Rng) -> Assessment {
    let team = format!("{} {}", TEAMS[i % TEAMS.len()], i / TEAMS.len() + 1);
    let year = 2020 + (i % 7);
    let created = format!("{year}-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
    let mut a = Assessment::new(
        deck,
        &team,
        vec!["Anne".into(), "Bo".into(), "Cecilie".into()],
        vec![],
        &created,
    );
    a.updated = created.clone();
    let skip = rng.below(40);
    for g in &deck.guidelines {
        for x in &g.anvisninger {
            if rng.below(134) < skip {
                continue;
            }
            let answer = a.answer_mut(&x.id);
            answer.score = Some(match rng.below(20) {
                0 => Score::Other(NonScore::Unknown),
                1 => Score::Other(NonScore::NotRelevant),
                _ => Score::Level(rng.below(5) as u8),
            });
            if answer.score == Some(Score::Other(NonScore::NotRelevant)) {
                answer.reason = "Gælder ikke vores målgruppe.".into();
            }
            if rng.below(3) == 0 {
                answer.note = NOTES[rng.below(NOTES.len() as u64) as usize].into();
            }
            answer.focus = rng.below(40) == 0;
        }
        if rng.below(2) == 0 {
            a.set_reflection(
                &g.id,
                1,
                "Vi er enige om at tage det op igen i foråret.".into(),
            );
        }
    }
    for k in 0..2 {
        a.actions.push(Action {
            anvisning: deck.guidelines[(i + k) % deck.guidelines.len()].anvisninger[0]
                .id
                .clone(),
            what: "Lav en tjekliste og brug den i tre måneder".into(),
            who: "Bo".into(),
            due: format!("{}-06-30", year + 1),
            ..Action::default()
        });
    }
    a
}

fn load_all(files: &[PathBuf]) -> Vec<Assessment> {
    files.iter().map(|f| Store::load(f).unwrap()).collect()
}

/// Reads and parses every file in the store once (what `refleks list` does before printing).
#[divan::bench(sample_count = 20)]
fn store_list_1000() -> usize {
    let f = fixture();
    f.store.list().len()
}

/// The whole `refleks list` after the deck is loaded: read, progress, table.
#[divan::bench(sample_count = 20)]
fn list_table_1000() -> usize {
    let f = fixture();
    list_table(&f.store, &f.store.list(), &f.deck).len()
}

/// `compare` of all 1,000: load every file, compare.
#[divan::bench(sample_count = 20)]
fn compare_1000_load_and_compare() -> usize {
    let f = fixture();
    let assessments = load_all(&f.files);
    let items: Vec<(String, &Assessment)> = compare_labels(&assessments, &f.files)
        .into_iter()
        .zip(&assessments)
        .collect();
    compare(&items, &f.deck).guidelines.len()
}

/// `compare` of all 1,000 already in memory: the comparison alone.
#[divan::bench(sample_count = 20)]
fn compare_1000_in_memory(bencher: Bencher) {
    let f = fixture();
    let assessments = load_all(&f.files);
    let items: Vec<(String, &Assessment)> = compare_labels(&assessments, &f.files)
        .into_iter()
        .zip(&assessments)
        .collect();
    bencher.bench_local(|| compare(&items, &f.deck).guidelines.len());
}

/// The formats over 1,000 columns (comparison made once, outside the timing).
#[divan::bench(args = ["table", "md", "csv", "json"], sample_count = 10)]
fn render_1000(bencher: Bencher, format: &str) {
    let f = fixture();
    let assessments = load_all(&f.files);
    let items: Vec<(String, &Assessment)> = compare_labels(&assessments, &f.files)
        .into_iter()
        .zip(&assessments)
        .collect();
    let c = compare(&items, &f.deck);
    let format = match format {
        "table" => CompareFormat::Table,
        "md" => CompareFormat::Md,
        "csv" => CompareFormat::Csv,
        _ => CompareFormat::Json,
    };
    bencher.bench_local(|| render(&c, format).len());
}

/// `refleks compare A B`: load two files, compare, print the table.
#[divan::bench]
fn compare_2_load_compare_table() -> usize {
    let f = fixture();
    let assessments = load_all(&f.files[..2]);
    let items: Vec<(String, &Assessment)> = compare_labels(&assessments, &f.files)
        .into_iter()
        .zip(&assessments)
        .collect();
    render(&compare(&items, &f.deck), CompareFormat::Table).len()
}

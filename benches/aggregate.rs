//! DESIGN.md's scale target for `aggregate`: 10,000 assessments (~118 MB) in under 2 s on two
//! cores and under 100 MB. This bench times the parts on a tree of 2,000 files
//! (`kommune/team/…toml`, made once in a temp folder from a fixed seed); the full 10,000 are
//! measured with `scripts/gen-store.py` and `/usr/bin/time -v` (see README); `national_100000`
//! takes a 100,000-file tree made that way (see it). Run with
//! `cargo bench --bench aggregate`; numbers go in notes, never into tests.

use std::path::PathBuf;
use std::sync::OnceLock;

use refleks::aggregate::{AggregateFormat, DeckIndex, Digest, Fold, render};
use refleks::assessment::{Assessment, NonScore, Score, to_toml};
use refleks::deck::Deck;
use refleks::store::Store;

const FILES: usize = 2000;

fn main() {
    let root = fixture().root.clone();
    divan::main();
    let _ = std::fs::remove_dir_all(root);
}

struct Fixture {
    deck: Deck,
    root: PathBuf,
    files: Vec<PathBuf>,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let deck = Deck::embedded();
        let root =
            std::env::temp_dir().join(format!("refleks-bench-aggregate-{}", std::process::id()));
        let mut rng = 0x5eed_1234_abcd_0002_u64;
        let mut files = Vec::with_capacity(FILES);
        for i in 0..FILES {
            let (team, year) = (i / 4, 2023 + i % 4);
            let dir = root.join(format!("kommune-{:02}/team-{:02}", team / 25, team % 25));
            std::fs::create_dir_all(&dir).unwrap();
            let mut a = Assessment::new(
                &deck,
                &format!("Team {:02}", team % 25),
                vec!["Mette".into(), "Jonas".into()],
                vec![],
                &format!("{year}-06-{:02}", 1 + i % 28),
            );
            for x in deck.guidelines.iter().flat_map(|g| &g.anvisninger) {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                let answer = a.answer_mut(&x.id);
                answer.score = Some(match rng % 20 {
                    0 => Score::Other(NonScore::Unknown),
                    n => Score::Level((n % 5) as u8),
                });
                if rng % 10 < 7 {
                    answer.note = "Gøres i nogle forløb, men ikke systematisk. Vi vil tage det \
                                   op på næste temadag."
                        .into();
                }
            }
            let path = dir.join(format!("team-{year}.toml"));
            std::fs::write(&path, to_toml(&a)).unwrap();
            files.push(path);
        }
        Fixture { deck, root, files }
    })
}

/// The whole of `refleks aggregate` but printing: walk, read on every core, fold, finish.
#[divan::bench(sample_count = 10)]
fn overview_2000() -> usize {
    let f = fixture();
    refleks::aggregate::gather(std::slice::from_ref(&f.root), &f.deck, false)
        .rows
        .len()
}

/// Reading and parsing alone, one thread: what each file costs.
#[divan::bench(sample_count = 10)]
fn load_2000_one_thread() -> usize {
    let f = fixture();
    f.files.iter().filter(|p| Store::load(p).is_ok()).count()
}

/// Digesting and folding already parsed assessments: the cost on top of parsing.
#[divan::bench(sample_count = 10)]
fn digest_and_fold_2000(b: divan::Bencher) {
    let f = fixture();
    let loaded: Vec<Assessment> = f.files.iter().map(|p| Store::load(p).unwrap()).collect();
    let index = DeckIndex::new(&f.deck);
    b.bench(|| {
        let mut fold = Fold::new(false);
        for (a, p) in loaded.iter().zip(&f.files) {
            let place = p.parent().unwrap().display().to_string();
            fold.add(Digest::new(a, &index, p.display().to_string(), place));
        }
        fold.finish(&f.deck, &index).rows.len()
    });
}

/// Every format of the finished overview of 500 teams.
#[divan::bench(args = ["table", "md", "csv", "json", "html"], sample_count = 10)]
fn render_500_teams(b: divan::Bencher, format: &str) {
    let f = fixture();
    let o = refleks::aggregate::gather(std::slice::from_ref(&f.root), &f.deck, false);
    let format = match format {
        "table" => AggregateFormat::Table,
        "md" => AggregateFormat::Md,
        "csv" => AggregateFormat::Csv,
        "json" => AggregateFormat::Json,
        _ => AggregateFormat::Html,
    };
    b.bench(|| render(&o, format).len());
}

/// The Excel workbook of the same overview (issue 18): every sheet, zipped.
#[divan::bench(sample_count = 10)]
fn xlsx_500_teams(b: divan::Bencher) {
    let f = fixture();
    let o = refleks::aggregate::gather(std::slice::from_ref(&f.root), &f.deck, false);
    b.bench(|| refleks::aggregate::xlsx(&o).map_or(0, |bytes| bytes.len()));
}

/// The national scale of issue 18: 100,000 assessments in 98 municipality folders, gathered and
/// written in every format to nowhere (`io::sink`), as `aggregate -o` streams them. The tree is
/// too big to make here: make it once with
/// `python3 scripts/gen-store.py 100000 /tmp/refleks-100k --kommuner 98` and run
/// `REFLEKS_BENCH_100K=/tmp/refleks-100k cargo bench --bench aggregate national_100000`.
/// Without the variable the bench does nothing. Never run in CI; peak memory is measured
/// apart, with `/usr/bin/time -v refleks aggregate … -o FILE`.
#[divan::bench(args = ["table", "md", "csv", "json", "html", "xlsx"], sample_count = 1, sample_size = 1)]
fn national_100000(format: &str) -> usize {
    let Some(root) = std::env::var_os("REFLEKS_BENCH_100K") else {
        return 0;
    };
    let deck = Deck::embedded();
    let o = refleks::aggregate::gather(&[PathBuf::from(root)], &deck, false);
    let sink = std::io::sink();
    let format = match format {
        "table" => AggregateFormat::Table,
        "md" => AggregateFormat::Md,
        "csv" => AggregateFormat::Csv,
        "json" => AggregateFormat::Json,
        "html" => AggregateFormat::Html,
        _ => return refleks::aggregate::xlsx_to(&o, sink).map_or(0, |()| o.rows.len()),
    };
    refleks::aggregate::render_to(&o, format, &mut std::io::sink()).map_or(0, |()| o.rows.len())
}

//! Many files into one overview: the store walks the trees and reads each file (on every
//! core), and each assessment is reduced to a digest and folded as soon as it is read.

use std::path::PathBuf;

use super::{DeckIndex, Digest, Fold, Overview};
use crate::deck::Deck;
use crate::store::tree::{Passed, Read, each_parallel, read, shown, walk};

/// Reads every assessment under `roots` into an overview: each file once, on every core, folded
/// as it is read. A file that cannot be read is listed with its reason; a TOML file that is not
/// an assessment is listed as skipped. Nothing is fatal.
pub fn gather(roots: &[PathBuf], deck: &Deck, all: bool) -> Overview {
    let walked = walk(roots);
    let index = DeckIndex::new(deck);
    let folds = each_parallel(
        &walked.files,
        || Fold::new(all),
        |fold, _, found| {
            let file = shown(&found.path);
            match read(&found.path, deck) {
                Read::Assessment(a) => {
                    fold.add(Digest::new(&a, &index, file, found.place.clone()));
                }
                Read::NotAnAssessment => fold.skipped.push(Passed {
                    file,
                    reason: "TOML-filen er ikke en vurdering (den har hverken `schema` eller \
                             `team`); den springes over."
                        .to_string(),
                }),
                Read::Failed(e) => fold.unreadable.push(Passed {
                    file,
                    reason: e.reason(),
                }),
            }
        },
    );
    // 100,000 paths are 13 MB: gone before the overview is made.
    drop(walked.files);
    let mut fold = Fold::new(all);
    for f in folds {
        fold.merge(f);
    }
    fold.unreadable.extend(walked.unreadable);
    fold.skipped.extend(walked.skipped);
    fold.finish(deck, &index)
}

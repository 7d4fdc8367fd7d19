//! The house's shape, read from the source: every `crate::…` and `super::…` path in `src/`
//! is an arrow from the file that names it to the module it names. Between the folders of
//! `src/` the arrows point down the layer order of ARCHITECTURE.md (`LAYERS`); between the
//! files of one folder they make no circle. The reading is textual (comments are skipped) and
//! errs towards seeing an arrow.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The folders (and top-level files) of `src/`, top to bottom: a module may use what stands
/// in a later row, never what stands in its own row or an earlier one. ARCHITECTURE.md says
/// the same.
const LAYERS: &[&[&str]] = &[
    &["cli", "tui", "line"],
    &["ui"],
    &["app"],
    &["session", "study", "aggregate"],
    &["store", "print"],
    &["report", "compare"],
    &["assessment"],
    &["deck"],
    &["widgets"],
    &["strings", "csv", "xlsx"],
    &["text", "number", "date"],
];

/// Circles between the files of one folder, left to the folder's own work: (folder, a, b).
const KNOWN_CIRCLES: &[(&str, &str, &str)] = &[
    // Course and overview share the mean's arithmetic (MeanSum); the facilitator's work
    // on aggregate/ moves it below both.
    ("aggregate", "course", "overview"),
];

type Module = Vec<String>;

/// Every module of the crate (`src/main.rs` is the binary, not the library) with its text.
fn modules() -> BTreeMap<Module, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<Module, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix("src").unwrap().with_extension("");
                let mut module: Module = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                if module == ["main"] {
                    continue;
                }
                if matches!(module.last().map(String::as_str), Some("mod" | "lib")) {
                    module.pop();
                }
                out.insert(module, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

/// The paths a file names from `crate::` or `super::`, made absolute; a `{…}` group gives one
/// path per item at its first level.
fn paths(module: &[String], text: &str) -> Vec<Module> {
    let code: String = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = Vec::new();
    for base in ["crate::", "super::"] {
        for (at, _) in code.match_indices(base) {
            if code[..at].ends_with(ident) || code[..at].ends_with("::") {
                continue;
            }
            let mut path: Module = if base == "crate::" {
                Vec::new()
            } else {
                module[..module.len().saturating_sub(1)].to_vec()
            };
            let mut rest = &code[at + base.len()..];
            loop {
                if let Some(after) = rest.strip_prefix("super::") {
                    path.pop();
                    rest = after;
                    continue;
                }
                let end = rest.find(|c: char| !ident(c)).unwrap_or(rest.len());
                if end == 0 {
                    break;
                }
                path.push(rest[..end].to_string());
                rest = &rest[end..];
                match rest.strip_prefix("::") {
                    Some(after) => rest = after,
                    None => break,
                }
            }
            if let Some(group) = rest.strip_prefix('{') {
                let mut depth = 0;
                let mut item = String::new();
                for c in group.chars() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            if !item.is_empty() && !item.ends_with(':') {
                                let mut full = path.clone();
                                full.push(std::mem::take(&mut item));
                                out.push(full);
                            }
                            item.clear();
                        }
                        c if depth == 0 && item.is_empty() && ident(c) => {
                            item.push(c);
                        }
                        c if depth == 0 && !item.is_empty() && !item.ends_with(':') => {
                            if ident(c) {
                                item.push(c);
                            } else {
                                let mut full = path.clone();
                                full.push(std::mem::take(&mut item));
                                out.push(full);
                                item.push(':');
                            }
                        }
                        _ => {}
                    }
                }
                if !item.is_empty() && !item.ends_with(':') {
                    let mut full = path.clone();
                    full.push(item);
                    out.push(full);
                }
            } else {
                out.push(path);
            }
        }
    }
    out
}

/// Per folder (the common parent), the arrows between its children: `a -> b` where a file in
/// `a` names something in the module `b`.
fn arrows() -> BTreeMap<Module, BTreeSet<(String, String)>> {
    let modules = modules();
    let mut arrows: BTreeMap<Module, BTreeSet<(String, String)>> = BTreeMap::new();
    for (module, text) in &modules {
        for target in paths(module, text) {
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            // A path into the file's own module, its parent or its children is no arrow.
            if common == module.len() || common == target.len() {
                continue;
            }
            let child = [&target[..common], &target[common..=common]].concat();
            if modules.contains_key(&child) {
                arrows
                    .entry(target[..common].to_vec())
                    .or_default()
                    .insert((module[common].clone(), target[common].clone()));
            }
        }
    }
    arrows
}

/// Every pair in a circle: `a` reaches `b` and `b` reaches `a`.
fn circles(arrows: &BTreeSet<(String, String)>) -> Vec<(String, String)> {
    let reaches = |from: &str, to: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(at) = todo.pop() {
            for (a, b) in arrows {
                if *a == at && seen.insert(b.clone()) {
                    todo.push(b.clone());
                }
            }
        }
        seen.contains(to)
    };
    let names: BTreeSet<&String> = arrows.iter().flat_map(|(a, b)| [a, b]).collect();
    let mut out = Vec::new();
    for a in &names {
        for b in &names {
            if a < b && reaches(a, b) && reaches(b, a) {
                out.push(((*a).clone(), (*b).clone()));
            }
        }
    }
    out
}

#[test]
fn the_folders_point_down_the_layer_order() {
    let rank = |name: &str| LAYERS.iter().position(|row| row.contains(&name));
    let arrows = arrows();
    let mut wrong = Vec::new();
    for (a, b) in arrows.get(&Vec::new()).into_iter().flatten() {
        match (rank(a), rank(b)) {
            (Some(ra), Some(rb)) if ra < rb => {}
            (Some(_), Some(_)) => wrong.push(format!("{a} -> {b} runs back up (or sideways)")),
            _ => wrong.push(format!(
                "{a} -> {b}: put both in LAYERS and ARCHITECTURE.md"
            )),
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The reading sees the arrows it should.
    let top = &arrows[&Vec::new()];
    assert!(top.contains(&("app".into(), "assessment".into())));
    assert!(top.contains(&("ui".into(), "app".into())));
}

#[test]
fn no_circle_between_the_files_of_a_folder() {
    let mut found = Vec::new();
    for (folder, arrows) in arrows() {
        for (a, b) in circles(&arrows) {
            let folder = folder.join("::");
            if !KNOWN_CIRCLES.contains(&(folder.as_str(), a.as_str(), b.as_str())) {
                found.push(format!("{folder}: {a} <-> {b}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_reading_finds_grouped_and_relative_paths() {
    let module: Module = vec!["app".into(), "layers".into(), "help".into()];
    let text = "use super::super::keymap::{Action, label};\nuse crate::{deck::Deck, text};\n// crate::ui\n";
    let found = paths(&module, text);
    assert!(found.contains(&vec!["app".into(), "keymap".into(), "Action".into()]));
    assert!(found.contains(&vec!["deck".into()]));
    assert!(found.contains(&vec!["text".into()]));
    assert!(!found.iter().any(|p| p.first().is_some_and(|f| f == "ui")));
    let arrows: BTreeSet<(String, String)> = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(circles(&arrows).len(), 3);
}

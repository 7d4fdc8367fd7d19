//! Saving over a file a person may have written in: the new content is laid into the file's
//! own TOML document (as cargo edits Cargo.toml), so a hand-written `# comment`, the order of
//! keys and tables, a byte-order mark and Windows line ends (CRLF) all stay. Only values that
//! changed are replaced, keys that went are removed, new ones are added.

use toml_edit::{DocumentMut, Item, Table, Value};

use super::file::{from_toml, to_toml};
use super::model::Assessment;

const BOM: char = '\u{feff}';

/// The text of `a` laid over `base` (the file's text as last read or written). What this
/// returns always reads back as `a`: when the file's layout cannot carry it, the plain
/// [`to_toml`] text is returned instead.
pub fn to_toml_over(base: &str, a: &Assessment) -> String {
    let fresh = to_toml(a);
    let bom = base.starts_with(BOM);
    let body = base.strip_prefix(BOM).unwrap_or(base);
    let crlf = body.contains("\r\n");
    let (Ok(mut doc), Ok(new)) = (body.parse::<DocumentMut>(), fresh.parse::<DocumentMut>()) else {
        return fresh;
    };
    lay_over(doc.as_table_mut(), new.as_table());
    let laid = doc.to_string();
    let mut text = if crlf {
        crlf_outside_strings(&laid)
    } else {
        laid.clone()
    };
    if bom {
        text.insert(0, BOM);
    }
    // The guarantee: the file says exactly what the assessment holds. Else the layout without
    // its line ends, else the plain text.
    let want = from_toml(&fresh, "");
    let says = |t: &str| {
        from_toml(t, "")
            .ok()
            .is_some_and(|got| Ok(&got) == want.as_ref())
    };
    if says(&text) {
        text
    } else if says(&laid) {
        laid
    } else {
        fresh
    }
}

/// `text` with CRLF line ends, except inside multi-line strings (a line end there is part of
/// the value). Comments and one-line strings are stepped over so a quote in them is not taken
/// for the start of a string.
fn crlf_outside_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let skip = if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            let quote = &rest[..3];
            let literal = quote == "'''";
            // The closing quotes: the first run of three not escaped (basic strings only).
            let mut end = None;
            let body = &rest[3..];
            let mut i = 0;
            while i < body.len() {
                if !literal && body[i..].starts_with('\\') {
                    i += 2;
                    continue;
                }
                if body[i..].starts_with(quote) {
                    // Up to two more quotes may belong to the value ("\"\"\"a\"\"\"\"\"").
                    let mut j = i + 3;
                    while j < body.len() && body[j..].starts_with(&quote[..1]) && j < i + 5 {
                        j += 1;
                    }
                    end = Some(3 + j);
                    break;
                }
                i += body[i..].chars().next().map_or(1, char::len_utf8);
            }
            end.unwrap_or(rest.len())
        } else if c == '"' || c == '\'' {
            let mut i = 1;
            while i < rest.len() {
                let ch = rest[i..].chars().next().unwrap_or(c);
                if ch == '\n' {
                    break;
                }
                if c == '"' && ch == '\\' {
                    i += 1 + rest[i + 1..].chars().next().map_or(0, char::len_utf8);
                    continue;
                }
                i += ch.len_utf8();
                if ch == c {
                    break;
                }
            }
            i.min(rest.len())
        } else if c == '#' {
            rest.find('\n').unwrap_or(rest.len())
        } else if c == '\n' {
            out.push_str("\r\n");
            rest = &rest[1..];
            continue;
        } else if c == '\r' && rest.starts_with("\r\n") {
            out.push_str("\r\n");
            rest = &rest[2..];
            continue;
        } else {
            c.len_utf8()
        };
        out.push_str(&rest[..skip]);
        rest = &rest[skip..];
    }
    out
}

/// Makes `old` hold what `new` holds, keeping `old`'s comments, spacing and order.
fn lay_over(old: &mut Table, new: &Table) {
    let gone: Vec<String> = old
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !new.contains_key(k))
        .collect();
    for key in gone {
        old.remove(&key);
    }
    for (key, item) in new.iter() {
        match (old.get_mut(key), item) {
            (Some(Item::Table(o)), Item::Table(n)) => lay_over(o, n),
            (Some(Item::ArrayOfTables(o)), Item::ArrayOfTables(n)) if o.len() == n.len() => {
                for (o, n) in o.iter_mut().zip(n.iter()) {
                    lay_over(o, n);
                }
            }
            (Some(Item::Value(o)), Item::Value(n)) => {
                if !same_value(o, n) {
                    let decor = o.decor().clone();
                    *o = n.clone();
                    *o.decor_mut() = decor;
                }
            }
            (Some(o), n) => *o = n.clone(),
            (None, n) => {
                old.insert(key, n.clone());
            }
        }
    }
}

/// True when two values say the same, however they are written (quotes, escapes, spacing).
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value().to_bits() == y.value().to_bits(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(x, y)| same_value(x, y))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_value(v, w)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Score;
    use crate::deck::Deck;

    fn assessment() -> Assessment {
        let deck = Deck::embedded();
        let mut a = Assessment::new(
            &deck,
            "Team Nord",
            vec!["Anne".into()],
            vec![],
            "2026-11-01",
        );
        a.answer_mut("2.1.1").score = Some(Score::Level(2));
        a.answer_mut("2.1.1").note = "første linje\nanden linje".into();
        a
    }

    /// Issue 24, break 9: a comment, the key order, a BOM and CRLF survive an edit.
    #[test]
    fn a_hand_written_comment_and_the_layout_survive_an_edit() {
        let written = to_toml(&assessment()).replace(
            "[answers.\"2.1.1\"]",
            "# Husk: spørg Bo om tallene\n[answers.\"2.1.1\"]",
        );
        // As a Windows editor saves it: a BOM, CRLF everywhere (in the note too).
        let base = format!("{BOM}{}", written.replace('\n', "\r\n"));
        let a = from_toml(&base, "").unwrap();
        // Unchanged, it is the very same text.
        assert_eq!(to_toml_over(&base, &a), base);
        let mut edited = a.clone();
        edited.answer_mut("2.1.1").score = Some(Score::Level(3));
        edited.answer_mut("2.1.2").note = "ny\nlinje".into();
        let text = to_toml_over(&base, &edited);
        assert!(text.starts_with(BOM), "{text:?}");
        assert!(
            text.contains("# Husk: spørg Bo om tallene\r\n[answers.\"2.1.1\"]\r\nscore = 3\r\n"),
            "{text:?}"
        );
        assert!(text.contains("\r\n[answers.\"2.1.2\"]\r\n"), "{text:?}");
        assert_eq!(
            from_toml(&text, "").unwrap(),
            from_toml(&to_toml(&edited), "").unwrap()
        );
        // Keys the team's file had in its own order keep it.
        let order = |t: &str| ["team =", "schema =", "created ="].map(|k| t.find(k).unwrap());
        let swapped = base.replace(
            "schema = 4\r\nteam = \"Team Nord\"",
            "team = \"Team Nord\"\r\nschema = 4",
        );
        let text = to_toml_over(&swapped, &edited);
        let [team, schema, created] = order(&text);
        assert!(team < schema && schema < created, "{text:?}");
    }

    #[test]
    fn a_file_that_cannot_be_laid_over_gets_the_plain_text() {
        let a = assessment();
        assert_eq!(to_toml_over("not = [toml", &a), to_toml(&a));
    }
}

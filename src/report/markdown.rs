//! Minutes for the meeting, in Markdown: who, when, what is not yet secured, what the team will
//! work on, then every card. Text from the team is escaped, so a `|` in a note cannot break a
//! table and a `*` cannot turn into emphasis.

use super::content::{
    Content, Item, Section, and_list, answered_text, danish_date, decimal, score_text, status_text,
    votes_text,
};
use crate::assessment::{Answer, NonScore, Score};
use crate::text::clean_text;

pub(crate) fn render(c: &Content) -> String {
    let mut out = String::new();
    head(&mut out, c);
    lists(&mut out, c);
    actions(&mut out, c);
    parked(&mut out, c);
    out.push_str("## Vurdering pr. retningslinje\n");
    for section in &c.sections {
        guideline(&mut out, c, section);
    }
    orphans(&mut out, c);
    out
}

fn head(out: &mut String, c: &Content) {
    let a = c.a;
    out.push_str(&format!(
        "# Referat: {}, {}\n\n",
        md(&a.team),
        md(&danish_date(&a.created))
    ));
    if !a.participants.is_empty() {
        let names: Vec<String> = a.participants.iter().map(|p| md(p)).collect();
        out.push_str(&format!("- Deltagere: {}\n", and_list(&names)));
    }
    out.push_str(&format!(
        "- Kortsæt: {} (udgave {})\n",
        md(&a.deck.name),
        md(&a.deck.edition)
    ));
    let (done, total) = c.summary.progress;
    // "kort" is the same in singular and plural.
    out.push_str(&format!(
        "- Vurderet: {done} af {total} anvisninger på {} kort\n",
        c.chosen_count()
    ));
    out.push_str(&format!(
        "- Startet {}, senest ændret {}\n",
        md(&danish_date(&a.created)),
        md(&danish_date(&a.updated))
    ));
    if !c.matches_deck {
        out.push_str(&format!(
            "\n> **Bemærk:** Vurderingen er lavet med en anden udgave af kortsættet end den, der \
             bruges nu ({} udgave {}). Svar på anvisninger, som kortsættet ikke længere har, står \
             til sidst.\n",
            md(&c.deck.name),
            md(&c.deck.edition)
        ));
    }
    out.push('\n');
}

fn lists(out: &mut String, c: &Content) {
    out.push_str("## Lovkrav, der endnu ikke er sikret\n\n");
    if c.below.is_empty() {
        out.push_str("Ingen lovkrav er vurderet under 3 eller sat til »ved ikke«.\n\n");
    } else {
        out.push_str(
            "Lovkrav, som teamet har vurderet under 3 (Fast praksis) eller sat til »ved ikke«:\n\n",
        );
        for item in &c.below {
            list_item(out, c, item);
        }
        out.push('\n');
    }

    out.push_str("## Fokusområder\n\n");
    if c.focus.is_empty() {
        out.push_str("Ingen fokusområder valgt.\n\n");
    } else {
        for item in &c.focus {
            list_item(out, c, item);
        }
        out.push('\n');
    }

    if !c.disputed.is_empty() {
        out.push_str("## Uenighed i stemmerne\n\n");
        out.push_str("Anvisninger, hvor stemmerne var polariserede eller spredte (polariserede først, så lovkrav):\n\n");
        for item in &c.disputed {
            list_item(out, c, item);
            if let Some(votes) = votes_text(c.deck, &c.a.participants, item.answer) {
                out.push_str(&format!("  - Stemmer: {}\n", md(&votes)));
            }
            if !item.answer.dissent.trim().is_empty() {
                out.push_str(&format!("  - Uenighed: {}\n", md(&item.answer.dissent)));
            }
        }
        out.push('\n');
    }
}

fn parked(out: &mut String, c: &Content) {
    if c.a.parked.is_empty() {
        return;
    }
    out.push_str("## Parkerede emner\n\n");
    for p in &c.a.parked {
        let place = if p.anvisning.trim().is_empty() {
            String::new()
        } else {
            format!(" (under {})", md(&p.anvisning))
        };
        out.push_str(&format!("- {}{place}\n", md(&p.text)));
    }
    out.push('\n');
}

/// "- **3.4.1** (3.4) text — 1 Drøftet / enkeltstående", with the note below it.
fn list_item(out: &mut String, c: &Content, item: &Item) {
    out.push_str(&format!(
        "- **{}** {} — {}\n",
        md(&item.anvisning.id),
        md(&item.anvisning.text),
        md(&score_text(c.deck, item.answer.score))
    ));
    if !item.answer.note.trim().is_empty() {
        out.push_str(&format!(
            "  - Note: {}\n",
            md_lines(&item.answer.note, "    ")
        ));
    }
}

fn actions(out: &mut String, c: &Content) {
    out.push_str("## Handlinger\n\n");
    if c.actions.is_empty() {
        out.push_str("Ingen handlinger aftalt.\n\n");
        return;
    }
    let status = c.has_status();
    if status {
        out.push_str("| Hvad | Hvem | Hvornår | Anvisning | Status |\n|---|---|---|---|---|\n");
    } else {
        out.push_str("| Hvad | Hvem | Hvornår | Anvisning |\n|---|---|---|---|\n");
    }
    for item in &c.actions {
        let x = item.action;
        out.push_str(&format!(
            "| {} | {} | {} | {} |",
            cell(&x.what),
            cell(&x.who),
            cell(&danish_date(&x.due)),
            cell(&x.anvisning)
        ));
        if status {
            out.push_str(&format!(" {} |", cell(&status_text(x))));
        }
        out.push('\n');
    }
    out.push('\n');
}

fn guideline(out: &mut String, c: &Content, s: &Section) {
    let g = s.guideline;
    let aside = if s.chosen {
        ""
    } else {
        " (ikke valgt i denne vurdering)"
    };
    out.push_str(&format!("\n### {} {}{aside}\n\n", md(&g.id), md(&g.title)));
    let average = match s.summary.average {
        Some(avg) => format!(
            "Gennemsnit **{}** på skalaen 0–{}",
            decimal(avg),
            c.deck.max_level()
        ),
        None => "Intet gennemsnit endnu".to_string(),
    };
    out.push_str(&format!(
        "{average} · {}.\n\n",
        md(&answered_text(c.deck, &s.summary))
    ));

    out.push_str("| Anvisning | Type | Vurdering | Note |\n|---|---|---|---|\n");
    for row in &s.rows {
        let x = row.anvisning;
        let focus = if row.answer.is_some_and(|a| a.focus) {
            " *(fokus)*"
        } else {
            ""
        };
        out.push_str(&format!(
            "| **{}**{focus} {} | {} | {} | {} |\n",
            md(&x.id),
            md(&x.text),
            x.kind.badge(),
            cell(&score_text(c.deck, row.answer.and_then(|a| a.score))),
            row.answer.map(|a| note_cell(c, a)).unwrap_or_default()
        ));
    }

    let asked = g.questions.len();
    let answered = s
        .reflections
        .iter()
        .filter(|r| r.question.is_some())
        .count();
    out.push_str(&format!(
        "\nRefleksionsspørgsmål: {answered} af {asked} besvaret.\n"
    ));
    for r in &s.reflections {
        let question = match r.question {
            Some(q) => md(q),
            None => "*(spørgsmålet findes ikke længere på kortet)*".to_string(),
        };
        out.push_str(&format!(
            "\n**{}.** {question}\n\n> {}\n",
            md(r.number),
            md_block(r.answer, "> ")
        ));
    }
}

/// The note column: the reason for "ikke relevant" first, then the note, then the votes.
fn note_cell(c: &Content, a: &Answer) -> String {
    let mut parts = Vec::new();
    if a.score == Some(Score::Other(NonScore::NotRelevant)) || !a.reason.trim().is_empty() {
        let reason = if a.reason.trim().is_empty() {
            "*(ingen begrundelse)*".to_string()
        } else {
            md(&a.reason)
        };
        parts.push(format!("Begrundelse: {reason}"));
    }
    if !a.note.trim().is_empty() {
        parts.push(md(&a.note));
    }
    if let Some(goal) = super::content::goal_basis_text(a) {
        parts.push(md(&goal));
    }
    if let Some(votes) = votes_text(c.deck, &c.a.participants, a) {
        parts.push(format!("Stemmer: {}", md(&votes)));
    }
    if !a.dissent.trim().is_empty() {
        parts.push(format!("Uenighed: {}", md(&a.dissent)));
    }
    parts.join("<br>")
}

fn orphans(out: &mut String, c: &Content) {
    if c.orphans.is_empty() && c.orphan_reflections.is_empty() {
        return;
    }
    out.push_str("\n## Svar uden anvisning i kortsættet\n\n");
    out.push_str(
        "Kortsættet har ikke disse anvisninger (længere). Svarene er bevaret i filen.\n\n",
    );
    if !c.orphans.is_empty() {
        out.push_str("| Anvisning | Vurdering | Note |\n|---|---|---|\n");
        for (id, answer) in &c.orphans {
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                cell(id),
                cell(&score_text(c.deck, answer.score)),
                note_cell(c, answer)
            ));
        }
    }
    for r in &c.orphan_reflections {
        out.push_str(&format!(
            "\n**{} spørgsmål {}.**\n\n> {}\n",
            md(r.guideline),
            md(r.number),
            md_block(r.answer, "> ")
        ));
    }
}

/// Text from the deck or the team as inline Markdown that shows exactly that text: cleaned of
/// control characters, every character with a meaning in Markdown escaped, and line breaks as
/// `<br>`, so a note stays in its table cell (a GFM table cell cannot hold a real line break).
pub(crate) fn md(s: &str) -> String {
    md_joined(s, "<br>")
}

/// Like [`md`], for text in a list item or a quote: each line break becomes a Markdown hard
/// break (two spaces, newline) followed by `continuation` (the indent or `> ` that keeps the next
/// line inside the item), so renderers that show HTML tags literally still break the line.
fn md_lines(s: &str, continuation: &str) -> String {
    md_joined(s, &format!("  \n{continuation}"))
}

fn md_joined(s: &str, line_break: &str) -> String {
    let clean = clean_text(s.trim());
    let mut out = String::with_capacity(clean.len() + 8);
    for (i, line) in clean.split('\n').enumerate() {
        if i > 0 {
            out.push_str(line_break);
        }
        for c in line.chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '$'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Like [`md_lines`], for text that opens a block (a quote): a leading "- ", "+ " or "1. " on
/// any line would start a list there, so its marker is escaped too.
fn md_block(s: &str, continuation: &str) -> String {
    let lines: Vec<String> = clean_text(s.trim())
        .split('\n')
        .map(|line| {
            let mut out = md(line);
            let digits = out.bytes().take_while(u8::is_ascii_digit).count();
            if digits > 0 && out[digits..].starts_with(['.', ')']) {
                out.insert(digits, '\\');
            } else if out.starts_with(['-', '+', '=']) {
                out.insert(0, '\\');
            }
            out
        })
        .collect();
    lines.join(&format!("  \n{continuation}"))
}

/// Text for a table cell: like [`md`], and an empty cell shows "–".
fn cell(s: &str) -> String {
    if s.trim().is_empty() {
        "–".to_string()
    } else {
        md(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Assessment;
    use crate::deck::Deck;

    #[test]
    fn escaping_keeps_tables_tables() {
        assert_eq!(md("a | b"), "a \\| b");
        assert_eq!(md("linje 1\nlinje 2"), "linje 1<br>linje 2");
        assert_eq!(md("*vigtigt* <b>"), "\\*vigtigt\\* \\<b\\>");
        assert_eq!(md("- punkt"), "- punkt", "not a block start: left alone");
        assert_eq!(md_block("- punkt", "> "), "\\- punkt");
        assert_eq!(md_block("1. punkt", "> "), "1\\. punkt");
        assert_eq!(md_block("12) punkt", "> "), "12\\) punkt");
        assert_eq!(md_block("2,4 er fint", "> "), "2,4 er fint");
        assert_eq!(
            md_block("Ceylan foreslår:\n- fast skema\n- dato", "> "),
            "Ceylan foreslår:  \n> \\- fast skema  \n> \\- dato",
            "each line stays in the quote, with a hard break and no <br>"
        );
        assert_eq!(md_lines("a\nb", "    "), "a  \n    b");
        assert_eq!(md("3.12.1"), "3.12.1");
        assert_eq!(md("rød\u{1b}[31m\u{202e}"), "rød\u{FFFD}\\[31m\u{FFFD}");
        assert_eq!(cell("  "), "–");
    }

    #[test]
    fn a_hostile_note_stays_in_its_cell() {
        let deck = Deck::embedded();
        let g = &deck.guidelines[0];
        let mut a = Assessment::new(&deck, "Hold | x", vec![], vec![g.id.clone()], "2026-01-02");
        let note = "Første | anden\n\n# Ikke en overskrift\n- ikke en liste\n<script>";
        a.answer_mut(&g.anvisninger[0].id).note = note.into();
        a.answer_mut(&g.anvisninger[0].id).score = Some(Score::Level(2));
        let out = render(&super::Content::new(&a, &deck));
        let row = out
            .lines()
            .find(|l| l.starts_with(&format!("| **{}**", g.anvisninger[0].id)))
            .unwrap();
        // Four columns: five unescaped bars.
        let bars = row.len() - row.replace('|', "").len();
        let escaped = row.matches("\\|").count();
        assert_eq!(bars - escaped, 5, "{row}");
        assert!(row.contains("<br><br>\\# Ikke en overskrift<br>- ikke en liste<br>\\<script\\>"));
        assert!(out.starts_with("# Referat: Hold \\| x, 2. januar 2026\n"));
    }
}

//! *Værd at vide* (Markdown) as a few plain blocks that every print format lays out its own way.
//! Raw HTML in the Markdown is dropped, and every text is cleaned, so a card cannot smuggle
//! markup or control characters into a printout.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::text::clean_line;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub strong: bool,
    pub em: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(Vec<Run>),
    Paragraph(Vec<Run>),
    /// A list item; `depth` 0 is the outer list, `number` is set in a numbered list.
    Item {
        depth: usize,
        number: Option<u64>,
        runs: Vec<Run>,
    },
}

impl Block {
    pub fn runs(&self) -> &[Run] {
        match self {
            Block::Heading(r) | Block::Paragraph(r) | Block::Item { runs: r, .. } => r,
        }
    }
}

/// The plain text of some runs, without emphasis.
pub fn plain(runs: &[Run]) -> String {
    runs.iter().map(|r| r.text.as_str()).collect()
}

pub fn blocks(markdown: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut runs: Vec<Run> = Vec::new();
    // What the runs being collected will become when flushed.
    let mut pending: Option<Block> = None;
    let mut lists: Vec<Option<u64>> = Vec::new();
    let (mut strong, mut em) = (0usize, 0usize);
    let flush = |out: &mut Vec<Block>, pending: &mut Option<Block>, runs: &mut Vec<Run>| {
        let taken = std::mem::take(runs);
        let has_text = taken.iter().any(|r| !r.text.trim().is_empty());
        match pending.take() {
            Some(Block::Heading(_)) if has_text => out.push(Block::Heading(taken)),
            Some(Block::Item { depth, number, .. }) if has_text => out.push(Block::Item {
                depth,
                number,
                runs: taken,
            }),
            _ if has_text => out.push(Block::Paragraph(taken)),
            _ => {}
        }
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                flush(&mut out, &mut pending, &mut runs);
                pending = Some(Block::Heading(Vec::new()));
            }
            Event::Start(Tag::Paragraph) if lists.is_empty() => {
                flush(&mut out, &mut pending, &mut runs);
            }
            Event::End(TagEnd::Heading(_)) => flush(&mut out, &mut pending, &mut runs),
            Event::End(TagEnd::Paragraph) if lists.is_empty() => {
                flush(&mut out, &mut pending, &mut runs);
            }
            Event::Start(Tag::List(start)) => {
                flush(&mut out, &mut pending, &mut runs);
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut out, &mut pending, &mut runs);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut out, &mut pending, &mut runs);
                let number = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        Some(*n - 1)
                    }
                    _ => None,
                };
                pending = Some(Block::Item {
                    depth: lists.len().saturating_sub(1),
                    number,
                    runs: Vec::new(),
                });
            }
            Event::End(TagEnd::Item) => flush(&mut out, &mut pending, &mut runs),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Emphasis) => em += 1,
            Event::End(TagEnd::Emphasis) => em = em.saturating_sub(1),
            Event::Text(text) | Event::Code(text) => runs.push(Run {
                text: clean_line(&text),
                strong: strong > 0,
                em: em > 0,
            }),
            Event::SoftBreak | Event::HardBreak => runs.push(Run {
                text: " ".to_string(),
                strong: false,
                em: false,
            }),
            _ => {}
        }
    }
    flush(&mut out, &mut pending, &mut runs);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_items() {
        let b = blocks(
            "Et afsnit\nder fortsætter.\n\n## Overskrift\n\n- **et** punkt\n  - under\n\n1. a\n2. b\n",
        );
        let shape: Vec<(String, String)> = b
            .iter()
            .map(|b| {
                let kind = match b {
                    Block::Heading(_) => "h".to_string(),
                    Block::Paragraph(_) => "p".to_string(),
                    Block::Item { depth, number, .. } => format!("i{depth}{number:?}"),
                };
                (kind, plain(b.runs()))
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("p".into(), "Et afsnit der fortsætter.".into()),
                ("h".into(), "Overskrift".into()),
                ("i0None".into(), "et punkt".into()),
                ("i1None".into(), "under".into()),
                ("i0Some(1)".into(), "a".into()),
                ("i0Some(2)".into(), "b".into()),
            ]
        );
        assert!(b[2].runs()[0].strong);
    }

    #[test]
    fn raw_html_and_control_characters_are_dropped() {
        let b = blocks("a <script>x</script> b\u{1b}[2J\n\n<div>y</div>\n");
        let text: String = b.iter().map(|b| plain(b.runs())).collect();
        assert!(!text.contains('<'), "{text}");
        assert!(!text.chars().any(crate::text::is_unsafe));
    }
}

//! Markdown (the cards' *værd at vide*) to styled lines. Paragraph wrapping is left to the
//! widget, so this only handles structure: headings, lists, emphasis.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::text::clean_line;

pub fn render(markdown: &str) -> Vec<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut style = Style::default();
    let mut styles: Vec<Style> = Vec::new();
    let mut lists: Vec<Option<u64>> = Vec::new();
    let flush = |lines: &mut Vec<Line<'static>>, current: &mut Vec<Span<'static>>| {
        if !current.is_empty() {
            lines.push(Line::from(std::mem::take(current)));
        }
    };
    let blank = |lines: &mut Vec<Line<'static>>| {
        if lines.last().is_some_and(|l| !l.spans.is_empty()) {
            lines.push(Line::default());
        }
    };
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut lines, &mut current);
                blank(&mut lines);
                styles.push(style);
                style = style.add_modifier(Modifier::BOLD);
                if level <= HeadingLevel::H2 {
                    style = style.add_modifier(Modifier::UNDERLINED);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                flush(&mut lines, &mut current);
                style = styles.pop().unwrap_or_default();
            }
            Event::Start(Tag::Paragraph) if lists.is_empty() => blank(&mut lines),
            Event::End(TagEnd::Paragraph) => flush(&mut lines, &mut current),
            Event::Start(Tag::List(start)) => {
                flush(&mut lines, &mut current);
                if lists.is_empty() {
                    blank(&mut lines);
                }
                lists.push(start);
            }
            Event::End(TagEnd::List(_)) => {
                flush(&mut lines, &mut current);
                lists.pop();
            }
            Event::Start(Tag::Item) => {
                flush(&mut lines, &mut current);
                let depth = lists.len().saturating_sub(1);
                let bullet = match lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => "• ".to_string(),
                };
                current.push(Span::raw(format!("{}{bullet}", "  ".repeat(depth))));
            }
            Event::End(TagEnd::Item) => flush(&mut lines, &mut current),
            Event::Start(Tag::Emphasis) => {
                styles.push(style);
                style = style.add_modifier(Modifier::ITALIC);
            }
            Event::Start(Tag::Strong) => {
                styles.push(style);
                style = style.add_modifier(Modifier::BOLD);
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong) => {
                style = styles.pop().unwrap_or_default();
            }
            Event::Text(text) | Event::Code(text) => {
                current.push(Span::styled(clean_line(&text), style));
            }
            Event::SoftBreak => current.push(Span::raw(" ")),
            Event::HardBreak => flush(&mut lines, &mut current),
            _ => {}
        }
    }
    flush(&mut lines, &mut current);
    while lines.first().is_some_and(|l| l.spans.is_empty()) {
        lines.remove(0);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line]) -> Vec<String> {
        lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn headings_lists_and_paragraphs() {
        let md = "Første afsnit\nfortsætter.\n\n## Overskrift\n\n- et\n- to\n\n1. a\n2. b\n";
        assert_eq!(
            plain(&render(md)),
            [
                "Første afsnit fortsætter.",
                "",
                "Overskrift",
                "",
                "• et",
                "• to",
                "",
                "1. a",
                "2. b"
            ]
        );
    }

    #[test]
    fn emphasis_is_styled_not_printed() {
        let lines = render("Det er *vigtigt* og **meget** vigtigt.");
        assert_eq!(plain(&lines), ["Det er vigtigt og meget vigtigt."]);
        assert!(
            lines[0].spans[1]
                .style
                .add_modifier
                .contains(Modifier::ITALIC)
        );
        assert!(
            lines[0].spans[3]
                .style
                .add_modifier
                .contains(Modifier::BOLD)
        );
    }

    #[test]
    fn control_characters_do_not_survive() {
        let lines = render("a\u{1b}[2Jb \u{202e}c");
        assert!(!plain(&lines)[0].chars().any(crate::text::is_unsafe));
    }
}

//! One line of typed text: the text, where the cursor is, the keys that edit it and how it is
//! shown. Every one-line field uses it (the new form, the team and action forms, the search, the
//! folder prompts), so each takes the same keys: typing, Backspace, Delete, ←→, Home/End,
//! Ctrl+W (the word before the cursor), Ctrl+U (all before it), Ctrl+K (all after it), pastes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::strings as s;

/// A one-line field. The text never holds more than `max` characters: input that would make it
/// longer is refused whole (a name or a path cut short would be wrong, not shorter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Where the cursor is, in characters from the start (0 ..= the text's length).
    cursor: usize,
    max: usize,
}

/// What a key did to a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The text changed.
    Changed,
    /// Only the cursor moved (or the key changed nothing, e.g. Backspace at the start).
    Moved,
    /// The input did not fit; the text is as it was. The Danish sentence for the status line.
    Full(String),
    /// Not an editing key: the place the field is in decides what it means.
    NotMine,
}

impl LineInput {
    /// A field holding `text` (taken as it is), the cursor at its end.
    pub fn new(text: &str, max: usize) -> LineInput {
        LineInput {
            text: text.to_string(),
            cursor: text.chars().count(),
            max,
        }
    }

    /// An empty field.
    pub fn empty(max: usize) -> LineInput {
        LineInput::new("", max)
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The cursor, in characters from the start.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// A key press. Letters go in when `Ctrl` is not held (AltGr's characters come as letters).
    pub fn key(&mut self, key: &KeyEvent) -> Edit {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let len = self.text.chars().count();
        let moved = |this: &mut LineInput, to: usize| {
            this.cursor = to;
            Edit::Moved
        };
        match key.code {
            KeyCode::Char(c) if !ctrl => match self.insert(&c.to_string()) {
                Ok(()) => Edit::Changed,
                Err(full) => Edit::Full(full),
            },
            KeyCode::Char(c) => match c.to_ascii_lowercase() {
                'w' => self.remove(self.word_start(), self.cursor),
                'u' => self.remove(0, self.cursor),
                'k' => self.remove(self.cursor, len),
                _ => Edit::NotMine,
            },
            KeyCode::Backspace => self.remove(self.cursor.saturating_sub(1), self.cursor),
            KeyCode::Delete => self.remove(self.cursor, (self.cursor + 1).min(len)),
            KeyCode::Left => moved(self, self.cursor.saturating_sub(1)),
            KeyCode::Right => moved(self, (self.cursor + 1).min(len)),
            KeyCode::Home => moved(self, 0),
            KeyCode::End => moved(self, len),
            _ => Edit::NotMine,
        }
    }

    /// Pasted text at the cursor (already cleaned, on one line), all of it or none.
    pub fn paste(&mut self, text: &str) -> Edit {
        match self.insert(text) {
            Ok(()) => Edit::Changed,
            Err(full) => Edit::Full(full),
        }
    }

    /// Typed or pasted text at the cursor, all of it or (when it does not fit) none.
    pub fn insert(&mut self, added: &str) -> Result<(), String> {
        fits(self.text.chars().count() + added.chars().count(), self.max)?;
        let at = self.byte(self.cursor);
        self.text.insert_str(at, added);
        self.cursor += added.chars().count();
        Ok(())
    }

    /// The text as shown: the cursor mark `▏` where the cursor is when `focused`. With `room`
    /// (characters of text that fit), a long text is cut so the cursor stays in sight; with
    /// the cursor at the end (as after typing) that is the text's end. Control characters are
    /// never shown.
    pub fn shown(&self, room: Option<usize>, focused: bool) -> String {
        if !focused {
            // Unfocused, the end of the text is what shows, as with the cursor at the end.
            let all: Vec<char> = crate::text::clean_line(&self.text).chars().collect();
            let room = room.unwrap_or(usize::MAX);
            return all[all.len().saturating_sub(room)..].iter().collect();
        }
        let (before, after) = self.around_cursor(room);
        format!("{before}▏{after}")
    }

    /// What shows before and after the cursor (for a view that draws the cursor itself), cut
    /// to `room` characters as `shown` cuts it.
    pub fn around_cursor(&self, room: Option<usize>) -> (String, String) {
        let clean = |s: &str| crate::text::clean_line(s).chars().collect::<Vec<char>>();
        let at = self.byte(self.cursor);
        let (before, after) = (clean(&self.text[..at]), clean(&self.text[at..]));
        let room = room.unwrap_or(usize::MAX);
        let kept = before.len().min(room);
        (
            before[before.len() - kept..].iter().collect(),
            after[..after.len().min(room - kept)].iter().collect(),
        )
    }

    /// Takes the characters `from..to` out.
    fn remove(&mut self, from: usize, to: usize) -> Edit {
        if from >= to {
            return Edit::Moved;
        }
        let (a, b) = (self.byte(from), self.byte(to));
        self.text.replace_range(a..b, "");
        self.cursor = from;
        Edit::Changed
    }

    /// Where the word before the cursor starts (spaces before the cursor go with it).
    fn word_start(&self) -> usize {
        let chars: Vec<char> = self.text.chars().take(self.cursor).collect();
        let mut at = chars.len();
        while at > 0 && chars[at - 1].is_whitespace() {
            at -= 1;
        }
        while at > 0 && !chars[at - 1].is_whitespace() {
            at -= 1;
        }
        at
    }

    /// The byte offset of the `chars`-th character.
    fn byte(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }
}

/// `Err` with the Danish sentence when `chars` characters are more than `max`.
pub fn fits(chars: usize, max: usize) -> Result<(), String> {
    if chars <= max {
        return Ok(());
    }
    Err(format!(
        "{} {} {}",
        s::FIELD_FULL,
        thousands(max),
        s::FIELD_FULL_UNIT
    ))
}

/// `20000` as Danes write it: `20.000`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(input: &mut LineInput, code: KeyCode) -> Edit {
        input.key(&KeyEvent::from(code))
    }

    fn ctrl(input: &mut LineInput, c: char) -> Edit {
        input.key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    #[test]
    fn typing_goes_in_at_the_cursor_and_the_keys_move_it() {
        let mut input = LineInput::new("Team ord", 200);
        press(&mut input, KeyCode::Left);
        press(&mut input, KeyCode::Left);
        press(&mut input, KeyCode::Left);
        assert_eq!(press(&mut input, KeyCode::Char('N')), Edit::Changed);
        assert_eq!(input.text(), "Team Nord");
        press(&mut input, KeyCode::Home);
        press(&mut input, KeyCode::Delete);
        assert_eq!(input.text(), "eam Nord");
        press(&mut input, KeyCode::End);
        press(&mut input, KeyCode::Backspace);
        assert_eq!(input.text(), "eam Nor");
        assert_eq!(press(&mut input, KeyCode::Right), Edit::Moved);
        assert_eq!(input.cursor(), 7);
        assert_eq!(press(&mut input, KeyCode::Tab), Edit::NotMine);
    }

    #[test]
    fn ctrl_w_u_k_take_a_word_the_start_and_the_end() {
        let mut input = LineInput::new("Åse, Bjørn  Cæcilie", 200);
        assert_eq!(ctrl(&mut input, 'w'), Edit::Changed);
        assert_eq!(input.text(), "Åse, Bjørn  ");
        ctrl(&mut input, 'w');
        assert_eq!(input.text(), "Åse, ");
        press(&mut input, KeyCode::Home);
        press(&mut input, KeyCode::Right);
        assert_eq!(ctrl(&mut input, 'k'), Edit::Changed);
        assert_eq!(input.text(), "Å");
        assert_eq!(ctrl(&mut input, 'u'), Edit::Changed);
        assert_eq!(input.text(), "");
        assert_eq!(ctrl(&mut input, 'u'), Edit::Moved);
        assert_eq!(ctrl(&mut input, 'x'), Edit::NotMine);
    }

    #[test]
    fn input_that_does_not_fit_is_refused_whole() {
        let mut input = LineInput::new("abc", 4);
        assert_eq!(press(&mut input, KeyCode::Char('d')), Edit::Changed);
        let Edit::Full(why) = press(&mut input, KeyCode::Char('e')) else {
            panic!("a fifth character fits in four");
        };
        assert!(why.contains("4 tegn"), "{why}");
        assert_eq!(input.text(), "abcd");
        assert!(input.insert("xy").is_err());
        assert_eq!(input.text(), "abcd");
    }

    #[test]
    fn a_long_text_shows_the_part_around_the_cursor() {
        let mut input = LineInput::new("abcdefghij", 200);
        assert_eq!(input.shown(Some(4), true), "ghij▏");
        assert_eq!(input.shown(Some(4), false), "ghij");
        assert_eq!(input.shown(None, true), "abcdefghij▏");
        press(&mut input, KeyCode::Home);
        assert_eq!(input.shown(Some(4), true), "▏abcd");
        press(&mut input, KeyCode::Right);
        press(&mut input, KeyCode::Right);
        assert_eq!(input.shown(Some(4), true), "ab▏cd");
        assert_eq!(input.shown(Some(20), true), "ab▏cdefghij");
        assert_eq!(input.shown(Some(4), false), "ghij");
        // Nothing typed shows a control character.
        let input = LineInput::new("a\u{1b}b", 200);
        assert!(!input.shown(None, true).contains('\u{1b}'));
    }
}

//! The multi-line text editor for notes, reasons and answers to reflection questions.
//! Every keystroke is written straight into the assessment, so nothing typed can be lost.

use ratatui_textarea::{TextArea, WrapMode};

use crate::assessment::Assessment;

/// What the text being edited belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditTarget {
    Note {
        anvisning: String,
    },
    /// The reason for "not relevant"; the non-score is set when the editor closes with text.
    Reason {
        anvisning: String,
    },
    Reflection {
        guideline: String,
        question: usize,
    },
    /// What the team disagreed about, asked for after a flagged round.
    Dissent {
        anvisning: String,
    },
    /// Who takes part, one name per line.
    Participants,
    /// A parked topic: the `index`-th of the list, added when it does not exist yet.
    Parked {
        index: usize,
        anvisning: String,
    },
    /// The planned minutes per card; empty for no timebox.
    Timebox,
}

pub struct Editor {
    pub target: EditTarget,
    pub area: TextArea<'static>,
}

impl Editor {
    pub fn open(target: EditTarget, assessment: &Assessment) -> Editor {
        // A file written by another tool may hold control characters; the editor shows text
        // as typed, so they are made harmless before it ever sees them.
        let text = crate::text::clean_text(&target.read(assessment));
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.set_max_histories(200);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Editor { target, area }
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }
}

impl EditTarget {
    pub fn read(&self, a: &Assessment) -> String {
        match self {
            EditTarget::Note { anvisning } => a
                .answer(anvisning)
                .map(|x| x.note.clone())
                .unwrap_or_default(),
            EditTarget::Reason { anvisning } => a
                .answer(anvisning)
                .map(|x| x.reason.clone())
                .unwrap_or_default(),
            EditTarget::Reflection {
                guideline,
                question,
            } => a
                .reflection(guideline, *question)
                .unwrap_or_default()
                .to_string(),
            EditTarget::Dissent { anvisning } => a
                .answer(anvisning)
                .map(|x| x.dissent.clone())
                .unwrap_or_default(),
            EditTarget::Participants => a.participants.join("\n"),
            EditTarget::Parked { index, .. } => a
                .parked
                .get(*index)
                .map(|p| p.text.clone())
                .unwrap_or_default(),
            EditTarget::Timebox => a.timebox.map(|m| m.to_string()).unwrap_or_default(),
        }
    }

    /// Writes the text being typed into the assessment.
    pub fn write(&self, a: &mut Assessment, text: String) {
        match self {
            EditTarget::Note { anvisning } => a.answer_mut(anvisning).note = text,
            EditTarget::Reason { anvisning } => a.answer_mut(anvisning).reason = text,
            EditTarget::Reflection {
                guideline,
                question,
            } => a.set_reflection(guideline, *question, text),
            EditTarget::Dissent { anvisning } => a.answer_mut(anvisning).dissent = text,
            EditTarget::Participants => {
                // Names are single lines; a comma typed out of habit also separates.
                a.participants = text
                    .split(['\n', ','])
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .collect();
            }
            EditTarget::Parked { index, anvisning } => match a.parked.get_mut(*index) {
                Some(p) => p.text = text,
                None => a.parked.push(crate::assessment::Parked {
                    anvisning: anvisning.clone(),
                    text,
                }),
            },
            // Half-typed or mistyped minutes leave the timebox as it was.
            EditTarget::Timebox => {
                if let Some(minutes) = parse_minutes(&text) {
                    a.timebox = minutes;
                }
            }
        }
    }
}

/// Minutes as typed: empty is no timebox, 1–600 a timebox; anything else is not understood.
pub fn parse_minutes(text: &str) -> Option<Option<u32>> {
    let t = text.trim().trim_end_matches("min").trim();
    if t.is_empty() {
        return Some(None);
    }
    match t.parse::<u32>() {
        Ok(m) if (1..=600).contains(&m) => Some(Some(m)),
        _ => None,
    }
}
